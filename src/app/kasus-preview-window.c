/* kasus-preview-window.c — the PDF itself, as poppler reads it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-preview-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-export-dialog.h"
#include "kasus-pdf-writer.h"
#include "kasus-preview-window.h"
#include "kasus-print-operation.h"
#include "kasus-readiness.h"

/* Edits in the editor show here once typing pauses this long. */
#define REFRESH_DELAY_MS 800
#define PREVIEW_KEY      "kasus-preview-window"

struct _KasusPreviewWindow
{
  AdwWindow parent_instance;

  KasusCase    *kase;
  GFile        *case_file;
  GFile        *pdf_file;    /* when showing an exported file */
  GCancellable *cancellable; /* of the rendering under way */
  guint         refresh_id;
  guint         loading : 1;
  guint         draft : 1;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkLabel        *page_label;
  GtkButton       *zoom_button;
  GtkStack        *stack;
  GtkSpinner      *spinner;
  AdwStatusPage   *error_page;
  KasusPdfView    *view;
};

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_DRAFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KasusPreviewWindow, kasus_preview_window, ADW_TYPE_WINDOW)

typedef struct
{
  char *data;
  gsize length;
} RenderJob;

typedef struct
{
  GBytes  *pdf;
  gboolean draft;
} Rendering;

static void
render_job_free (RenderJob *job)
{
  g_free (job->data);
  g_free (job);
}

static void
rendering_free (Rendering *rendering)
{
  g_clear_pointer (&rendering->pdf, g_bytes_unref);
  g_free (rendering);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rendering, rendering_free)

/* poppler-glib 22 has no autoptr of its own. */
typedef PopplerDocument PdfDocument;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfDocument, g_object_unref)

/* In a worker, on a copy: the readiness scan decides final or draft, and
 * the writer renders exactly what an export would write. */
static void
render_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  RenderJob                 *job = task_data;
  g_autoptr (GError)         error = NULL;
  g_autoptr (KasusCase)      kase = NULL;
  g_autoptr (KasusPdfWriter) writer = NULL;
  g_autoptr (Rendering)      rendering = g_new0 (Rendering, 1);

  kase = kasus_case_new_from_data (job->data, job->length, NULL, &error);
  if (kase == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  rendering->draft = !kasus_case_is_ready (kase, NULL);
  if (g_task_return_error_if_cancelled (task))
    return;

  writer = kasus_pdf_writer_new ();
  rendering->pdf = kasus_pdf_writer_render_case (
    writer, kase, rendering->draft ? KASUS_PDF_FLAGS_DRAFT : KASUS_PDF_FLAGS_NONE, &error);
  if (rendering->pdf == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&rendering), (GDestroyNotify) rendering_free);
}

static const char *
get_case_title (KasusPreviewWindow *self)
{
  const char *title = self->kase ? kasus_case_get_title (self->kase) : NULL;

  for (const char *p = title; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return title;

  return _ ("Untitled Case");
}

static void
update_page_state (KasusPreviewWindow *self)
{
  int              n_pages = kasus_pdf_view_get_n_pages (self->view);
  int              page = kasus_pdf_view_get_page (self->view);
  gboolean         shown = !self->loading && n_pages > 0;
  g_autofree char *label = NULL;

  if (n_pages > 0)
    /* Translators: in the preview's header bar */
    label = g_strdup_printf (_ ("Page %d of %d"), page + 1, n_pages);
  gtk_label_set_text (self->page_label, label ? label : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", shown && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page",
                                 shown && page + 1 < n_pages);
}

static void
update_zoom_state (KasusPreviewWindow *self)
{
  g_autofree char *label = NULL;
  gboolean         shown = kasus_pdf_view_get_n_pages (self->view) > 0;

  /* Translators: the zoom level, e.g. "125 %"; use the way percentages are written */
  label = g_strdup_printf (_ ("%.0f %%"), kasus_pdf_view_get_zoom (self->view) * 100);
  gtk_button_set_label (self->zoom_button, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 shown && kasus_pdf_view_can_zoom_in (self->view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 shown && kasus_pdf_view_can_zoom_out (self->view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.fit-width", shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->zoom_button),
                               kasus_pdf_view_get_fit_width (self->view)
                                 ? _ ("Actual Size (Ctrl+0)")
                                 : _ ("Fit Width (Ctrl+0)"));
}

static void
update_actions (KasusPreviewWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", self->kase != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.export", self->kase != NULL);
  update_page_state (self);
  update_zoom_state (self);
}

static void
update_title (KasusPreviewWindow *self)
{
  g_autofree char *window_title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->pdf_file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->pdf_file);

      subtitle = g_filename_display_name (basename);
    }
  else if (self->kase != NULL && !self->loading)
    subtitle = g_strdup (self->draft ? _ ("Draft · not ready for final export") : _ ("Final PDF"));

  adw_window_title_set_title (self->window_title, get_case_title (self));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  /* Translators: the title of the preview window; %s is the case title */
  window_title = g_strdup_printf (_ ("Preview of “%s”"), get_case_title (self));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
set_loading (KasusPreviewWindow *self, gboolean loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_error (KasusPreviewWindow *self, const GError *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  kasus_pdf_view_set_document (self->view, NULL);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
show_document (KasusPreviewWindow *self, PopplerDocument *document, gboolean keep_place)
{
  gboolean focus = !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "document");

  if (keep_place)
    kasus_pdf_view_replace_document (self->view, document);
  else
    kasus_pdf_view_set_document (self->view, document);

  gtk_stack_set_visible_child_name (self->stack, "document");
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
render_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KasusPreviewWindow     *self = KASUS_PREVIEW_WINDOW (source);
  g_autoptr (Rendering)   rendering = NULL;
  g_autoptr (PdfDocument) document = NULL;
  g_autoptr (GError)      error = NULL;
  gboolean                keep_place = GPOINTER_TO_INT (user_data);

  rendering = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (rendering != NULL)
    document = poppler_document_new_from_bytes (rendering->pdf, NULL, &error);

  if (document == NULL)
    show_error (self, error);
  else
    {
      if (self->draft != rendering->draft)
        {
          self->draft = rendering->draft;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
        }
      show_document (self, document, keep_place);
    }

  set_loading (self, FALSE);
  update_title (self);
}

static void
render_case (KasusPreviewWindow *self, gboolean keep_place)
{
  g_autoptr (GTask) task = NULL;
  RenderJob        *job;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->kase == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  if (!keep_place)
    gtk_stack_set_visible_child_name (self->stack, "loading");

  job = g_new0 (RenderJob, 1);
  job->data = kasus_case_to_data (self->kase, &job->length);

  task = g_task_new (self, self->cancellable, render_done_cb, GINT_TO_POINTER (keep_place));
  g_task_set_source_tag (task, render_case);
  g_task_set_task_data (task, job, (GDestroyNotify) render_job_free);
  g_task_run_in_thread (task, render_thread);
}

static gboolean
refresh_cb (gpointer user_data)
{
  KasusPreviewWindow *self = user_data;

  self->refresh_id = 0;
  render_case (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
case_changed_cb (KasusPreviewWindow *self)
{
  if (self->pdf_file != NULL)
    return;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
set_case (KasusPreviewWindow *self, KasusCase *kase, GFile *case_file)
{
  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);

  g_set_object (&self->kase, kase);
  g_set_object (&self->case_file, case_file);

  if (kase != NULL)
    {
      g_signal_connect_object (kase, "changed", G_CALLBACK (case_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (kase, "section-changed", G_CALLBACK (case_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

void
kasus_preview_window_set_case (KasusPreviewWindow *self, KasusCase *kase, GFile *case_file)
{
  g_return_if_fail (KASUS_IS_PREVIEW_WINDOW (self));
  g_return_if_fail (KASUS_IS_CASE (kase));
  g_return_if_fail (case_file == NULL || G_IS_FILE (case_file));

  g_clear_object (&self->pdf_file);
  set_case (self, kase, case_file);
  update_title (self);
  render_case (self, FALSE);
}

gboolean
kasus_preview_window_load_file (KasusPreviewWindow *self,
                                GFile              *file,
                                KasusCase          *kase,
                                gboolean            draft,
                                GError            **error)
{
  g_autoptr (PdfDocument) document = NULL;
  g_autofree char        *uri = NULL;

  g_return_val_if_fail (KASUS_IS_PREVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (kase == NULL || KASUS_IS_CASE (kase), FALSE);

  uri = g_file_get_uri (file);
  document = poppler_document_new_from_file (uri, NULL, error);
  if (document == NULL)
    return FALSE;

  /* A file stays as it was written: no re-rendering. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  set_case (self, kase, NULL);
  g_set_object (&self->pdf_file, file);
  self->draft = !!draft;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT]);
  set_loading (self, FALSE);
  show_document (self, document, FALSE);
  update_actions (self);
  update_title (self);

  return TRUE;
}

gboolean
kasus_preview_window_get_loading (KasusPreviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_PREVIEW_WINDOW (self), FALSE);

  return self->loading;
}

gboolean
kasus_preview_window_get_draft (KasusPreviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_PREVIEW_WINDOW (self), FALSE);

  return self->draft;
}

KasusPdfView *
kasus_preview_window_get_view (KasusPreviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_PREVIEW_WINDOW (self), NULL);

  return self->view;
}

KasusPreviewWindow *
kasus_preview_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (KASUS_TYPE_PREVIEW_WINDOW, "transient-for", parent, "destroy-with-parent",
                       parent != NULL, NULL);
}

static void
forget_preview_cb (GtkWindow *parent)
{
  g_object_set_data (G_OBJECT (parent), PREVIEW_KEY, NULL);
}

KasusPreviewWindow *
kasus_preview_window_present_case (GtkWindow *parent, KasusCase *kase, GFile *case_file)
{
  KasusPreviewWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);

  self = g_object_get_data (G_OBJECT (parent), PREVIEW_KEY);
  if (self == NULL)
    {
      self = kasus_preview_window_new (parent);
      g_object_set_data (G_OBJECT (parent), PREVIEW_KEY, self);
      g_signal_connect_object (self, "destroy", G_CALLBACK (forget_preview_cb), parent,
                               G_CONNECT_SWAPPED);
    }

  kasus_preview_window_set_case (self, kase, case_file);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

static void
previous_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_previous_page (KASUS_PREVIEW_WINDOW (widget)->view);
}

static void
next_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_next_page (KASUS_PREVIEW_WINDOW (widget)->view);
}

static void
zoom_in_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_zoom_in (KASUS_PREVIEW_WINDOW (widget)->view);
}

static void
zoom_out_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_zoom_out (KASUS_PREVIEW_WINDOW (widget)->view);
}

/* Fit width, or from there the actual size. */
static void
fit_width_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusPdfView *view = KASUS_PREVIEW_WINDOW (widget)->view;

  if (kasus_pdf_view_get_fit_width (view))
    kasus_pdf_view_set_zoom (view, 1.0);
  else
    kasus_pdf_view_set_fit_width (view, TRUE);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusPreviewWindow             *self = KASUS_PREVIEW_WINDOW (widget);
  g_autoptr (KasusPrintOperation) operation = NULL;

  if (self->kase == NULL)
    return;

  /* The same as shown: the draft prints with its watermark. */
  operation = kasus_print_operation_new (self->kase, self->draft ? KASUS_PDF_FLAGS_DRAFT
                                                                 : KASUS_PDF_FLAGS_NONE);
  kasus_print_operation_run_dialog (operation, GTK_WINDOW (self));
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusPreviewWindow *self = KASUS_PREVIEW_WINDOW (widget);
  KasusExportDialog  *dialog;

  if (self->kase == NULL)
    return;

  dialog = kasus_export_dialog_new (GTK_WINDOW (self), self->kase, self->case_file);
  kasus_export_dialog_set_toast_overlay (dialog, self->toast_overlay);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kasus_preview_window_dispose (GObject *object)
{
  KasusPreviewWindow *self = KASUS_PREVIEW_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_PREVIEW_WINDOW);

  G_OBJECT_CLASS (kasus_preview_window_parent_class)->dispose (object);
}

static void
kasus_preview_window_finalize (GObject *object)
{
  KasusPreviewWindow *self = KASUS_PREVIEW_WINDOW (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->case_file);
  g_clear_object (&self->pdf_file);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (kasus_preview_window_parent_class)->finalize (object);
}

static void
kasus_preview_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusPreviewWindow *self = KASUS_PREVIEW_WINDOW (object);

  switch (prop_id)
    {
      case PROP_LOADING:
        g_value_set_boolean (value, self->loading);
        break;
      case PROP_DRAFT:
        g_value_set_boolean (value, self->draft);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_preview_window_class_init (KasusPreviewWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_preview_window_dispose;
  object_class->finalize = kasus_preview_window_finalize;
  object_class->get_property = kasus_preview_window_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAFT] =
    g_param_spec_boolean ("draft", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KASUS_TYPE_PDF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, page_label);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KasusPreviewWindow, view);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-width", NULL, fit_width_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "preview.fit-width", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "preview.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kasus_preview_window_init (KasusPreviewWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->view, "notify::page", G_CALLBACK (update_page_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::n-pages", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (update_zoom_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::fit-width", G_CALLBACK (update_zoom_state), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
  update_title (self);
}
