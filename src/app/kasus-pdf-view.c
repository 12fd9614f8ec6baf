/* kasus-pdf-view.c — one page of a PDF at a time, zoomable, with overlays
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-pdf-view.h"

/* Space around the page, in pixels. */
#define MARGIN    18.0
#define PX_PER_PT (96.0 / 72.0)

static const double zoom_steps[] = {
  0.25, 0.33, 0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
};

struct _KasusPdfView
{
  GtkWidget parent_instance;

  PopplerDocument *document;
  PopplerPage     *current; /* page of document at index page */
  int              page;
  int              n_pages;
  double           zoom;
  GHashTable      *highlights; /* page index → GArray of KasusPdfHighlight */

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
  guint          fit_width : 1;
  guint          scroll_to_top : 1;
  guint          keep_center : 1;
  double         center_x;    /* with keep_center: the point of the page */
  double         center_y;    /* at the middle of the view, 0..1 */
  double         zoom_scroll; /* Ctrl+scroll not yet turned into a zoom step */
  guint          notify_zoom_id;
};

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  PROP_FIT_WIDTH,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE_WITH_CODE (KasusPdfView,
                               kasus_pdf_view,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

GtkWidget *
kasus_pdf_view_new (void)
{
  return g_object_new (KASUS_TYPE_PDF_VIEW, NULL);
}

/* The current page in points; A4 while there is none. */
static void
get_page_size (KasusPdfView *self, double *width, double *height)
{
  *width = 595.276;
  *height = 841.89;

  if (self->current != NULL)
    poppler_page_get_size (self->current, width, height);
}

static double
get_scale (KasusPdfView *self)
{
  return self->zoom * PX_PER_PT;
}

static void
get_content_size (KasusPdfView *self, double *width, double *height)
{
  double page_width, page_height;

  get_page_size (self, &page_width, &page_height);
  *width = ceil (page_width * get_scale (self)) + 2 * MARGIN;
  *height = ceil (page_height * get_scale (self)) + 2 * MARGIN;
}

static void
update_accessible_label (KasusPdfView *self)
{
  g_autofree char *label = NULL;

  if (self->n_pages > 0)
    /* Translators: the accessible name of the PDF page view */
    label = g_strdup_printf (_ ("Page %d of %d"), self->page + 1, self->n_pages);
  else
    label = g_strdup (_ ("No document"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Remembers the point in the middle of the view so a new zoom keeps it. */
static void
remember_center (KasusPdfView *self)
{
  double width, height;

  if (self->keep_center || self->hadjustment == NULL || self->vadjustment == NULL)
    return;

  get_content_size (self, &width, &height);
  self->center_x = (gtk_adjustment_get_value (self->hadjustment) +
                    gtk_adjustment_get_page_size (self->hadjustment) / 2) /
                   width;
  self->center_y = (gtk_adjustment_get_value (self->vadjustment) +
                    gtk_adjustment_get_page_size (self->vadjustment) / 2) /
                   height;
  self->keep_center = TRUE;
}

static void
set_zoom_internal (KasusPdfView *self, double zoom)
{
  zoom = CLAMP (zoom, KASUS_PDF_VIEW_ZOOM_MIN, KASUS_PDF_VIEW_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-6))
    return;

  remember_center (self);
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
configure_adjustment (GtkAdjustment *adjustment, double value, double content, double viewport)
{
  double upper = MAX (content, viewport);

  gtk_adjustment_configure (adjustment, CLAMP (value, 0, upper - viewport), 0, upper,
                            viewport * 0.1, viewport * 0.9, viewport);
}

static gboolean
notify_zoom_cb (gpointer user_data)
{
  KasusPdfView *self = user_data;

  self->notify_zoom_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);

  return G_SOURCE_REMOVE;
}

static void
kasus_pdf_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  KasusPdfView *self = KASUS_PDF_VIEW (widget);
  double        content_width, content_height;
  double        hvalue, vvalue;

  if (self->fit_width && width > 0)
    {
      double page_width, page_height;
      double zoom;

      get_page_size (self, &page_width, &page_height);
      zoom = CLAMP ((width - 2 * MARGIN) / (page_width * PX_PER_PT), KASUS_PDF_VIEW_ZOOM_MIN,
                    KASUS_PDF_VIEW_ZOOM_MAX);
      if (!G_APPROX_VALUE (zoom, self->zoom, 1e-6))
        {
          remember_center (self);
          self->zoom = zoom;
          /* Not now: a handler resizing a zoom label would do it in
           * the middle of the allocation. */
          if (self->notify_zoom_id == 0)
            self->notify_zoom_id = g_idle_add (notify_zoom_cb, self);
        }
    }

  get_content_size (self, &content_width, &content_height);
  hvalue = gtk_adjustment_get_value (self->hadjustment);
  vvalue = gtk_adjustment_get_value (self->vadjustment);

  if (self->scroll_to_top)
    {
      vvalue = 0;
      self->scroll_to_top = FALSE;
      self->keep_center = FALSE;
    }
  else if (self->keep_center)
    {
      hvalue = self->center_x * content_width - width / 2.0;
      vvalue = self->center_y * content_height - height / 2.0;
      self->keep_center = FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self->hadjustment));
  g_object_freeze_notify (G_OBJECT (self->vadjustment));
  configure_adjustment (self->hadjustment, hvalue, content_width, width);
  configure_adjustment (self->vadjustment, vvalue, content_height, height);
  g_object_thaw_notify (G_OBJECT (self->hadjustment));
  g_object_thaw_notify (G_OBJECT (self->vadjustment));
}

static void
kasus_pdf_view_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  KasusPdfView *self = KASUS_PDF_VIEW (widget);
  double        width, height;

  /* Whatever the size, the adjustments reach the rest of the page. */
  get_content_size (self, &width, &height);
  *minimum = 0;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) width : (int) height;
}

/* Where the page is, in widget coordinates. */
static void
get_page_rect (KasusPdfView *self, graphene_rect_t *rect)
{
  double page_width, page_height;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double scaled_width, scaled_height;
  double x, y;

  get_page_size (self, &page_width, &page_height);
  scaled_width = ceil (page_width * get_scale (self));
  scaled_height = ceil (page_height * get_scale (self));

  /* Centred while it is smaller than the view. */
  x = MAX (MARGIN, (width - scaled_width) / 2);
  y = MAX (MARGIN, (height - scaled_height) / 2);
  x -= gtk_adjustment_get_value (self->hadjustment);
  y -= gtk_adjustment_get_value (self->vadjustment);

  graphene_rect_init (rect, round (x), round (y), scaled_width, scaled_height);
}

static void
kasus_pdf_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  KasusPdfView   *self = KASUS_PDF_VIEW (widget);
  graphene_rect_t page_rect, visible, area;
  GskRoundedRect  outline;
  GArray         *overlay;
  cairo_t        *cr;
  double          scale;

  if (self->current == NULL)
    return;

  get_page_rect (self, &page_rect);
  scale = get_scale (self);

  gsk_rounded_rect_init_from_rect (&outline, &page_rect, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &(GdkRGBA){ 0, 0, 0, 0.25 }, 0, 1, 1, 4);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA){ 1, 1, 1, 1 }, &page_rect);

  /* Only the part in view is rendered. */
  graphene_rect_init (&visible, 0, 0, gtk_widget_get_width (widget),
                      gtk_widget_get_height (widget));
  if (!graphene_rect_intersection (&page_rect, &visible, &area))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &area);
  cairo_translate (cr, page_rect.origin.x, page_rect.origin.y);
  cairo_scale (cr, scale, scale);
  poppler_page_render (self->current, cr);

  overlay = g_hash_table_lookup (self->highlights, GINT_TO_POINTER (self->page));
  for (guint i = 0; overlay != NULL && i < overlay->len; i++)
    {
      const KasusPdfHighlight *h = &g_array_index (overlay, KasusPdfHighlight, i);

      gdk_cairo_set_source_rgba (cr, &h->color);
      cairo_rectangle (cr, h->x, h->y, h->width, h->height);
      cairo_fill (cr);
    }

  cairo_destroy (cr);
}

static void
adjustment_value_changed_cb (KasusPdfView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (KasusPdfView *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (adjustment != NULL && adjustment == *slot)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_clear_object (slot);
    }

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (adjustment_value_changed_cb),
                            self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
set_current_page (KasusPdfView *self, int page)
{
  g_clear_object (&self->current);
  self->page = page;
  if (self->document != NULL && page >= 0 && page < self->n_pages)
    self->current = poppler_document_get_page (self->document, page);
}

void
kasus_pdf_view_set_document (KasusPdfView *self, PopplerDocument *document)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));
  g_return_if_fail (document == NULL || POPPLER_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  g_set_object (&self->document, document);
  self->n_pages = document ? poppler_document_get_n_pages (document) : 0;
  g_hash_table_remove_all (self->highlights);
  set_current_page (self, 0);
  self->scroll_to_top = TRUE;
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  g_object_thaw_notify (G_OBJECT (self));
}

void
kasus_pdf_view_replace_document (KasusPdfView *self, PopplerDocument *document)
{
  int page;

  g_return_if_fail (KASUS_IS_PDF_VIEW (self));
  g_return_if_fail (document == NULL || POPPLER_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  g_set_object (&self->document, document);
  self->n_pages = document ? poppler_document_get_n_pages (document) : 0;
  g_hash_table_remove_all (self->highlights);
  page = CLAMP (self->page, 0, MAX (self->n_pages - 1, 0));
  set_current_page (self, page);
  update_accessible_label (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);

  g_object_thaw_notify (G_OBJECT (self));
}

PopplerDocument *
kasus_pdf_view_get_document (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), NULL);

  return self->document;
}

int
kasus_pdf_view_get_n_pages (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), 0);

  return self->n_pages;
}

void
kasus_pdf_view_set_page (KasusPdfView *self, int page)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  page = CLAMP (page, 0, MAX (self->n_pages - 1, 0));
  if (page == self->page)
    return;

  set_current_page (self, page);
  self->scroll_to_top = TRUE;
  update_accessible_label (self);
  /* Pages may differ in size. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

int
kasus_pdf_view_get_page (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), 0);

  return self->page;
}

gboolean
kasus_pdf_view_next_page (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), FALSE);

  if (self->page + 1 >= self->n_pages)
    return FALSE;

  kasus_pdf_view_set_page (self, self->page + 1);
  return TRUE;
}

gboolean
kasus_pdf_view_previous_page (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), FALSE);

  if (self->page <= 0)
    return FALSE;

  kasus_pdf_view_set_page (self, self->page - 1);
  return TRUE;
}

void
kasus_pdf_view_set_fit_width (KasusPdfView *self, gboolean fit_width)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  fit_width = !!fit_width;
  if (self->fit_width == (guint) fit_width)
    return;

  self->fit_width = fit_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_WIDTH]);
}

gboolean
kasus_pdf_view_get_fit_width (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), FALSE);

  return self->fit_width;
}

void
kasus_pdf_view_set_zoom (KasusPdfView *self, double zoom)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));
  kasus_pdf_view_set_fit_width (self, FALSE);
  set_zoom_internal (self, zoom);
  g_object_thaw_notify (G_OBJECT (self));
}

double
kasus_pdf_view_get_zoom (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), 1.0);

  return self->zoom;
}

gboolean
kasus_pdf_view_can_zoom_in (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), FALSE);

  return self->zoom < KASUS_PDF_VIEW_ZOOM_MAX - 1e-6;
}

gboolean
kasus_pdf_view_can_zoom_out (KasusPdfView *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), FALSE);

  return self->zoom > KASUS_PDF_VIEW_ZOOM_MIN + 1e-6;
}

void
kasus_pdf_view_zoom_in (KasusPdfView *self)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom + 1e-3)
      {
        kasus_pdf_view_set_zoom (self, zoom_steps[i]);
        return;
      }
  kasus_pdf_view_set_zoom (self, KASUS_PDF_VIEW_ZOOM_MAX);
}

void
kasus_pdf_view_zoom_out (KasusPdfView *self)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < self->zoom - 1e-3)
      {
        kasus_pdf_view_set_zoom (self, zoom_steps[i - 1]);
        return;
      }
  kasus_pdf_view_set_zoom (self, KASUS_PDF_VIEW_ZOOM_MIN);
}

void
kasus_pdf_view_set_highlights (KasusPdfView            *self,
                               int                      page,
                               const KasusPdfHighlight *highlights,
                               guint                    n_highlights)
{
  GArray *overlay;

  g_return_if_fail (KASUS_IS_PDF_VIEW (self));
  g_return_if_fail (page >= 0);
  g_return_if_fail (highlights != NULL || n_highlights == 0);

  if (n_highlights == 0)
    g_hash_table_remove (self->highlights, GINT_TO_POINTER (page));
  else
    {
      overlay = g_array_sized_new (FALSE, FALSE, sizeof (KasusPdfHighlight), n_highlights);
      g_array_append_vals (overlay, highlights, n_highlights);
      g_hash_table_replace (self->highlights, GINT_TO_POINTER (page), overlay);
    }

  if (page == self->page)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

const KasusPdfHighlight *
kasus_pdf_view_get_highlights (KasusPdfView *self, int page, guint *n_highlights)
{
  GArray *overlay;

  g_return_val_if_fail (KASUS_IS_PDF_VIEW (self), NULL);

  overlay = g_hash_table_lookup (self->highlights, GINT_TO_POINTER (page));
  if (n_highlights != NULL)
    *n_highlights = overlay ? overlay->len : 0;

  return overlay ? (const KasusPdfHighlight *) overlay->data : NULL;
}

void
kasus_pdf_view_clear_highlights (KasusPdfView *self)
{
  g_return_if_fail (KASUS_IS_PDF_VIEW (self));

  g_hash_table_remove_all (self->highlights);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (KasusPdfView *self, double dx, double dy, GtkEventControllerScroll *controller)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || self->document == NULL)
    return FALSE;

  /* Touchpads scroll in small steps: zoom once per whole step. */
  self->zoom_scroll += dy;
  if (self->zoom_scroll <= -1)
    kasus_pdf_view_zoom_in (self);
  else if (self->zoom_scroll >= 1)
    kasus_pdf_view_zoom_out (self);
  if (ABS (self->zoom_scroll) >= 1)
    self->zoom_scroll = 0;

  return TRUE;
}

static void
pressed_cb (KasusPdfView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* Page Down scrolls through the page, then turns it; Page Up likewise. */
static gboolean
page_down_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  KasusPdfView  *self = KASUS_PDF_VIEW (widget);
  GtkAdjustment *adj = self->vadjustment;
  double         value = gtk_adjustment_get_value (adj);
  double         bottom = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

  if (value < bottom - 1)
    gtk_adjustment_set_value (adj, value + gtk_adjustment_get_page_increment (adj));
  else
    kasus_pdf_view_next_page (self);

  return TRUE;
}

static gboolean
page_up_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  KasusPdfView  *self = KASUS_PDF_VIEW (widget);
  GtkAdjustment *adj = self->vadjustment;
  double         value = gtk_adjustment_get_value (adj);

  if (value > 1)
    gtk_adjustment_set_value (adj, value - gtk_adjustment_get_page_increment (adj));
  else if (kasus_pdf_view_previous_page (self))
    {
      /* Continue from the bottom of the page before. */
      self->scroll_to_top = FALSE;
      self->keep_center = TRUE;
      self->center_x = 0.5;
      self->center_y = 1.0;
    }

  return TRUE;
}

static gboolean
first_page_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  kasus_pdf_view_set_page (KASUS_PDF_VIEW (widget), 0);
  return TRUE;
}

static gboolean
last_page_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  KasusPdfView *self = KASUS_PDF_VIEW (widget);

  kasus_pdf_view_set_page (self, self->n_pages - 1);
  return TRUE;
}

static void
kasus_pdf_view_dispose (GObject *object)
{
  KasusPdfView *self = KASUS_PDF_VIEW (object);

  g_clear_handle_id (&self->notify_zoom_id, g_source_remove);
  g_clear_object (&self->current);
  g_clear_object (&self->document);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (kasus_pdf_view_parent_class)->dispose (object);
}

static void
kasus_pdf_view_finalize (GObject *object)
{
  KasusPdfView *self = KASUS_PDF_VIEW (object);

  g_clear_pointer (&self->highlights, g_hash_table_unref);

  G_OBJECT_CLASS (kasus_pdf_view_parent_class)->finalize (object);
}

static void
kasus_pdf_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusPdfView *self = KASUS_PDF_VIEW (object);

  switch (prop_id)
    {
      case PROP_DOCUMENT:
        g_value_set_object (value, self->document);
        break;
      case PROP_PAGE:
        g_value_set_int (value, self->page);
        break;
      case PROP_N_PAGES:
        g_value_set_int (value, self->n_pages);
        break;
      case PROP_ZOOM:
        g_value_set_double (value, self->zoom);
        break;
      case PROP_FIT_WIDTH:
        g_value_set_boolean (value, self->fit_width);
        break;
      case PROP_HADJUSTMENT:
        g_value_set_object (value, self->hadjustment);
        break;
      case PROP_VADJUSTMENT:
        g_value_set_object (value, self->vadjustment);
        break;
      case PROP_HSCROLL_POLICY:
        g_value_set_enum (value, self->hscroll_policy);
        break;
      case PROP_VSCROLL_POLICY:
        g_value_set_enum (value, self->vscroll_policy);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_pdf_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KasusPdfView *self = KASUS_PDF_VIEW (object);

  switch (prop_id)
    {
      case PROP_DOCUMENT:
        kasus_pdf_view_set_document (self, g_value_get_object (value));
        break;
      case PROP_PAGE:
        kasus_pdf_view_set_page (self, g_value_get_int (value));
        break;
      case PROP_ZOOM:
        kasus_pdf_view_set_zoom (self, g_value_get_double (value));
        break;
      case PROP_FIT_WIDTH:
        kasus_pdf_view_set_fit_width (self, g_value_get_boolean (value));
        break;
      case PROP_HADJUSTMENT:
        set_adjustment (self, &self->hadjustment, g_value_get_object (value));
        break;
      case PROP_VADJUSTMENT:
        set_adjustment (self, &self->vadjustment, g_value_get_object (value));
        break;
      case PROP_HSCROLL_POLICY:
        if (self->hscroll_policy != (guint) g_value_get_enum (value))
          {
            self->hscroll_policy = g_value_get_enum (value);
            gtk_widget_queue_resize (GTK_WIDGET (self));
            g_object_notify_by_pspec (object, pspec);
          }
        break;
      case PROP_VSCROLL_POLICY:
        if (self->vscroll_policy != (guint) g_value_get_enum (value))
          {
            self->vscroll_policy = g_value_get_enum (value);
            gtk_widget_queue_resize (GTK_WIDGET (self));
            g_object_notify_by_pspec (object, pspec);
          }
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_pdf_view_class_init (KasusPdfViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_pdf_view_dispose;
  object_class->finalize = kasus_pdf_view_finalize;
  object_class->get_property = kasus_pdf_view_get_property;
  object_class->set_property = kasus_pdf_view_set_property;

  widget_class->measure = kasus_pdf_view_measure;
  widget_class->size_allocate = kasus_pdf_view_size_allocate;
  widget_class->snapshot = kasus_pdf_view_snapshot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, POPPLER_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_int ("page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] = g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, KASUS_PDF_VIEW_ZOOM_MIN, KASUS_PDF_VIEW_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, page_down_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Page_Down, 0, page_down_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, page_down_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, page_up_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Page_Up, 0, page_up_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_SHIFT_MASK, page_up_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, first_page_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, last_page_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "pdfview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
kasus_pdf_view_init (KasusPdfView *self)
{
  GtkEventController *scroll;
  GtkGesture         *click;

  self->zoom = 1.0;
  self->fit_width = TRUE;
  self->highlights = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_accessible_label (self);
}
