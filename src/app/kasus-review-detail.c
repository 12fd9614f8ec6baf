/* kasus-review-detail.c — what a submission still shows: its findings and its pages
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-review-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-highlighter.h"
#include "kasus-readiness.h"
#include "kasus-review-detail.h"

/* As KasusPdfView draws: zoom 1.0 is the page at its size on 96 dpi. */
#define PX_PER_PT (96.0 / 72.0)

struct _KasusReviewDetail
{
  AdwBin parent_instance;

  GtkLabel     *findings_count;
  GtkStack     *findings_stack;
  GtkListBox   *findings_list;
  GtkRevealer  *warning_revealer;
  GtkLabel     *warning_label;
  GtkWidget    *page_toolbar;
  GtkLabel     *page_label;
  GtkButton    *zoom_button;
  GtkStack     *document_stack;
  KasusPdfView *pdf_view;
  GtkTextView  *text_view;

  KasusSubmission *submission;
  GPtrArray       *findings;     /* KasusFinding shown, in list order */
  GHashTable      *section_base; /* case section id → char offset in the buffer */
  GtkTextTag      *tags[KASUS_N_CATEGORIES];
  GtkTextTag      *selected_tag;
  int              selected; /* index into findings, or -1 */

  /* A box to scroll to once the page view has laid out its page. */
  KasusPdfBox    pending_box;
  GdkFrameClock *frame_clock;
  gulong         after_paint_id;
};

G_DEFINE_FINAL_TYPE (KasusReviewDetail, kasus_review_detail, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_SUBMISSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static KasusPdfDocument *
get_pdf (KasusReviewDetail *self)
{
  if (self->submission == NULL || kasus_submission_get_error (self->submission) != NULL)
    return NULL;

  return kasus_submission_get_pdf (self->submission);
}

static KasusCase *
get_case (KasusReviewDetail *self)
{
  if (self->submission == NULL || kasus_submission_get_error (self->submission) != NULL)
    return NULL;

  return kasus_submission_get_case (self->submission);
}

/* ------------------------------------------------------------------ */
/* The page view */

static void
update_page_state (KasusReviewDetail *self)
{
  int              n_pages = kasus_pdf_view_get_n_pages (self->pdf_view);
  int              page = kasus_pdf_view_get_page (self->pdf_view);
  g_autofree char *label = NULL;

  if (n_pages > 0)
    /* Translators: under the page view of a submitted PDF */
    label = g_strdup_printf (_ ("Page %d of %d"), page + 1, n_pages);
  gtk_label_set_label (self->page_label, label ? label : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.previous-page",
                                 n_pages > 0 && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.next-page", page + 1 < n_pages);
}

static void
page_changed_cb (KasusReviewDetail *self)
{
  update_page_state (self);
}

static void
zoom_changed_cb (KasusReviewDetail *self)
{
  g_autofree char *label = NULL;
  gboolean         has_document = kasus_pdf_view_get_document (self->pdf_view) != NULL;

  /* Translators: the zoom of the page view, e.g. "125 %" */
  label = g_strdup_printf (_ ("%.0f %%"), kasus_pdf_view_get_zoom (self->pdf_view) * 100);
  gtk_button_set_label (self->zoom_button, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.zoom-in",
                                 has_document && kasus_pdf_view_can_zoom_in (self->pdf_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.zoom-out",
                                 has_document && kasus_pdf_view_can_zoom_out (self->pdf_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "document.fit-width",
                                 has_document && !kasus_pdf_view_get_fit_width (self->pdf_view));
}

static void
previous_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_previous_page (KASUS_REVIEW_DETAIL (widget)->pdf_view);
}

static void
next_page_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_next_page (KASUS_REVIEW_DETAIL (widget)->pdf_view);
}

static void
zoom_in_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_zoom_in (KASUS_REVIEW_DETAIL (widget)->pdf_view);
}

static void
zoom_out_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_zoom_out (KASUS_REVIEW_DETAIL (widget)->pdf_view);
}

static void
fit_width_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  kasus_pdf_view_set_fit_width (KASUS_REVIEW_DETAIL (widget)->pdf_view, TRUE);
}

/* The boxes of every finding on page, the selected one stronger, each
 * with a line under it as the editor underlines. */
static void
paint_page (KasusReviewDetail *self, guint page)
{
  KasusPdfDocument  *pdf = get_pdf (self);
  g_autoptr (GArray) highlights = NULL;
  gboolean           dark = is_dark ();

  if (pdf == NULL)
    return;

  highlights = g_array_new (FALSE, FALSE, sizeof (KasusPdfHighlight));
  for (guint i = 0; i < self->findings->len; i++)
    {
      const KasusFinding *finding = g_ptr_array_index (self->findings, i);
      const KasusPdfBox  *boxes;
      guint               n_boxes = 0;
      GdkRGBA             color;

      if (finding->page != (int) page + 1)
        continue;

      kasus_highlighter_get_color (finding->category, dark, &color);
      boxes = kasus_pdf_document_get_finding_boxes (pdf, finding, &n_boxes);
      for (guint b = 0; b < n_boxes; b++)
        {
          KasusPdfHighlight fill = { boxes[b].x, boxes[b].y, boxes[b].width, boxes[b].height,
                                     color };
          KasusPdfHighlight line = fill;

          fill.color.alpha = (int) i == self->selected ? 0.5 : 0.24;
          line.y = boxes[b].y + boxes[b].height - 1.0;
          line.height = (int) i == self->selected ? 2.0 : 1.0;
          line.color.alpha = 0.9;
          g_array_append_val (highlights, fill);
          g_array_append_val (highlights, line);
        }
    }

  kasus_pdf_view_set_highlights (self->pdf_view, page, (const KasusPdfHighlight *) highlights->data,
                                 highlights->len);
}

static void
paint_pages (KasusReviewDetail *self)
{
  KasusPdfDocument *pdf = get_pdf (self);

  kasus_pdf_view_clear_highlights (self->pdf_view);
  if (pdf == NULL)
    return;

  for (guint page = 0; page < kasus_pdf_document_get_n_pages_read (pdf); page++)
    paint_page (self, page);
}

static void
stop_pending_scroll (KasusReviewDetail *self)
{
  if (self->frame_clock != NULL)
    {
      g_clear_signal_handler (&self->after_paint_id, self->frame_clock);
      g_clear_object (&self->frame_clock);
    }
}

/* Centres the pending box in the view, in the page's layout of now. */
static void
scroll_to_pending_box (KasusReviewDetail *self)
{
  GtkAdjustment    *hadjustment = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->pdf_view));
  GtkAdjustment    *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->pdf_view));
  KasusPdfDocument *pdf = get_pdf (self);
  double            scale = kasus_pdf_view_get_zoom (self->pdf_view) * PX_PER_PT;
  double            page_width, page_height;
  double            margin, target;

  if (pdf == NULL || hadjustment == NULL || vadjustment == NULL)
    return;

  kasus_pdf_document_get_page_size (pdf, kasus_pdf_view_get_page (self->pdf_view), &page_width,
                                    &page_height);

  /* The view puts its margin (or the centring) around the page evenly. */
  margin = MAX (0, (gtk_adjustment_get_upper (vadjustment) - ceil (page_height * scale)) / 2);
  target = margin + (self->pending_box.y + self->pending_box.height / 2) * scale -
           gtk_adjustment_get_page_size (vadjustment) / 2;
  gtk_adjustment_set_value (vadjustment, target);

  margin = MAX (0, (gtk_adjustment_get_upper (hadjustment) - ceil (page_width * scale)) / 2);
  target = margin + (self->pending_box.x + self->pending_box.width / 2) * scale -
           gtk_adjustment_get_page_size (hadjustment) / 2;
  gtk_adjustment_set_value (hadjustment, target);
}

static void
after_paint_cb (GdkFrameClock *frame_clock, KasusReviewDetail *self)
{
  stop_pending_scroll (self);
  scroll_to_pending_box (self);
}

/* A new page is laid out (and scrolled to its top) in the next frame:
 * scroll after it. */
static void
scroll_to_box (KasusReviewDetail *self, const KasusPdfBox *box)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->pdf_view));

  self->pending_box = *box;
  stop_pending_scroll (self);
  if (frame_clock == NULL)
    {
      scroll_to_pending_box (self);
      return;
    }

  self->frame_clock = g_object_ref (frame_clock);
  self->after_paint_id =
    g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self->pdf_view));
}

/* ------------------------------------------------------------------ */
/* The text of a case */

static void
update_tag_colors (KasusReviewDetail *self)
{
  gboolean dark = is_dark ();

  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    {
      GdkRGBA color, background;

      kasus_highlighter_get_color (c, dark, &color);
      background = color;
      background.alpha = dark ? 0.28 : 0.20;
      g_object_set (self->tags[c], "background-rgba", &background, "underline",
                    PANGO_UNDERLINE_SINGLE, "underline-rgba", &color, NULL);
    }
}

static void
create_tags (KasusReviewDetail *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.5,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.1,
                              "pixels-above-lines", 14, "pixels-below-lines", 4, NULL);
  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    self->tags[c] = gtk_text_buffer_create_tag (buffer, NULL, NULL);
  /* Last, so it wins over the category's background. */
  self->selected_tag =
    gtk_text_buffer_create_tag (buffer, "selected-finding", "weight", PANGO_WEIGHT_BOLD, NULL);
  update_tag_colors (self);
}

static void
append_part (KasusReviewDetail *self,
             const char        *section,
             const char        *heading,
             const char        *text,
             const char        *tag)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (heading != NULL)
    {
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, heading, -1, "heading", NULL);
      gtk_text_buffer_insert (buffer, &end, "\n", 1);
    }

  g_hash_table_insert (self->section_base, g_strdup (section),
                       GINT_TO_POINTER (gtk_text_iter_get_offset (&end)));
  if (tag != NULL)
    gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
  else
    gtk_text_buffer_insert (buffer, &end, text, -1);
  gtk_text_buffer_insert (buffer, &end, "\n", 1);
}

static const char *
section_title (KasusCase *kase, const char *section, const char *fallback)
{
  KasusTemplate *template = kasus_case_get_template (kase);
  const KasusTemplateSection *entry =
    template ? kasus_template_find_section (template, section) : NULL;

  return entry != NULL && entry->title != NULL ? entry->title : fallback;
}

static const char *
metadata_section (KasusCase *kase, const char *key, const char *fallback)
{
  KasusTemplate *template = kasus_case_get_template (kase);

  for (guint i = 0; template != NULL && i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *entry = kasus_template_get_section (template, i);

      if (g_strcmp0 (entry->metadata_key, key) == 0)
        return entry->id;
    }
  return fallback;
}

/* The heading of a part of the case, as the text shown has it: the
 * template's, or the case language's name of a field the template has no
 * section for (never a bare id such as "prior_analyses"). */
static const char *
part_title (KasusCase *kase, const char *id)
{
  gboolean en = kasus_case_get_language (kase) == KASUS_LANGUAGE_EN;

  if (g_strcmp0 (id, metadata_section (kase, "patient_group", "patient-group")) == 0)
    return section_title (kase, id, en ? "Patient group" : "Patientgruppe");
  if (g_strcmp0 (id, metadata_section (kase, "prior_analyses", "prior_analyses")) == 0)
    return section_title (kase, id, en ? "Prior analyses" : "Tidligere analyser");
  return section_title (kase, id, id);
}

/* The exported text in the order the scanner read it, so the findings'
 * sections and offsets point into it. */
static void
show_case_text (KasusReviewDetail *self, KasusCase *kase)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    top;
  const char    *id;

  gtk_text_buffer_set_text (buffer, "", 0);
  g_hash_table_remove_all (self->section_base);

  append_part (self, metadata_section (kase, "title", "title"), NULL, kasus_case_get_title (kase),
               "title");
  id = metadata_section (kase, "patient_group", "patient-group");
  append_part (self, id, part_title (kase, id), kasus_case_get_patient_group (kase), NULL);
  /* Headings are the case's, in its language, as in its PDF. */
  id = metadata_section (kase, "prior_analyses", "prior_analyses");
  if (kasus_case_get_prior_analyses (kase)[0] != '\0')
    append_part (self, id, part_title (kase, id), kasus_case_get_prior_analyses (kase), NULL);
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      id = kasus_case_get_section_id (kase, i);
      append_part (self, id, section_title (kase, id, id), kasus_case_get_section_text (kase, i),
                   NULL);
    }

  for (guint i = 0; i < self->findings->len; i++)
    {
      const KasusFinding *finding = g_ptr_array_index (self->findings, i);
      gpointer            base;
      GtkTextIter         start, end;

      if (finding->section == NULL ||
          !g_hash_table_lookup_extended (self->section_base, finding->section, NULL, &base))
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &start, GPOINTER_TO_INT (base) + finding->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, GPOINTER_TO_INT (base) + finding->end);
      gtk_text_buffer_apply_tag (
        buffer, self->tags[MIN (finding->category, KASUS_N_CATEGORIES - 1)], &start, &end);
    }

  gtk_text_buffer_get_start_iter (buffer, &top);
  gtk_text_buffer_place_cursor (buffer, &top);
}

/* ------------------------------------------------------------------ */
/* The findings list */

static void
draw_swatch (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  KasusCategory category = GPOINTER_TO_UINT (user_data);
  GdkRGBA       color;
  double        radius = MIN (width, height) / 2.0;

  kasus_highlighter_get_color (category, is_dark (), &color);
  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static const char *
severity_class (KasusSeverity severity)
{
  switch (severity)
    {
      case KASUS_SEVERITY_HIGH:
        return "high";
      case KASUS_SEVERITY_MEDIUM:
        return "medium";
      case KASUS_SEVERITY_LOW:
      default:
        return "low";
    }
}

static GtkWidget *
create_finding_row (KasusReviewDetail *self, const KasusFinding *finding)
{
  KasusCase                  *kase = get_case (self);
  const KasusAcceptedFinding *accepted = NULL;
  g_autofree char            *where = NULL;
  g_autofree char            *caption = NULL;
  GtkWidget                  *row, *box, *swatch, *texts, *label, *severity;

  if (kase != NULL && finding->section != NULL)
    accepted =
      kasus_case_lookup_accepted (kase, finding->section, finding->category, finding->text);

  row = gtk_list_box_row_new ();
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 4);
  gtk_widget_set_margin_end (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 10);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 10);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  GUINT_TO_POINTER (finding->category), NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_widget_set_margin_top (swatch, 5);
  gtk_box_append (GTK_BOX (box), swatch);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  label = gtk_label_new (finding->text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (texts), label);

  if (finding->page > 0)
    /* Translators: where a finding is in a submitted PDF */
    where = g_strdup_printf (_ ("page %d"), finding->page);
  else if (kase != NULL && finding->section != NULL)
    where = g_strdup (part_title (kase, finding->section));
  /* Translators: a finding's category and where it is, e.g. "Age · page 2" */
  caption = where
              ? g_strdup_printf (_ ("%s · %s"), kasus_category_get_label (finding->category), where)
              : g_strdup (kasus_category_get_label (finding->category));
  label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (texts), label);

  if (accepted != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: a finding the author accepted; %s is the reason */
      text = g_strdup_printf (_ ("Accepted by the author: %s"),
                              accepted->reason ? accepted->reason : "");
      label = gtk_label_new (text);
      gtk_widget_add_css_class (row, "accepted");
    }
  else if (finding->suggestion != NULL && finding->suggestion[0] != '\0')
    {
      g_autofree char *text = NULL;

      /* Translators: the suggested generalisation of a finding */
      text = g_strdup_printf (_ ("Suggestion: %s"), finding->suggestion);
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "suggestion");
    }
  else
    label = NULL;
  if (label != NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (texts), label);
    }

  severity = gtk_label_new (kasus_severity_get_label (finding->severity));
  gtk_widget_set_valign (severity, GTK_ALIGN_START);
  gtk_widget_add_css_class (severity, "severity");
  gtk_widget_add_css_class (severity, "caption");
  gtk_widget_add_css_class (severity, severity_class (finding->severity));
  gtk_box_append (GTK_BOX (box), severity);

  return row;
}

static void
show_finding (KasusReviewDetail *self, int index)
{
  const KasusFinding *finding;
  int                 previous = self->selected;

  if (index < 0 || (guint) index >= self->findings->len)
    return;

  self->selected = index;
  finding = g_ptr_array_index (self->findings, index);

  if (get_pdf (self) != NULL && finding->page > 0)
    {
      const KasusPdfBox *boxes;
      guint              n_boxes = 0;

      if (previous >= 0 && (guint) previous < self->findings->len)
        paint_page (self,
                    ((KasusFinding *) g_ptr_array_index (self->findings, previous))->page - 1);
      paint_page (self, finding->page - 1);
      kasus_pdf_view_set_page (self->pdf_view, finding->page - 1);

      boxes = kasus_pdf_document_get_finding_boxes (get_pdf (self), finding, &n_boxes);
      if (n_boxes > 0)
        scroll_to_box (self, &boxes[0]);
    }
  else if (get_case (self) != NULL && finding->section != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
      GtkTextIter    start, end;
      GtkTextMark   *mark;
      gpointer       base;

      if (!g_hash_table_lookup_extended (self->section_base, finding->section, NULL, &base))
        return;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_buffer_get_iter_at_offset (buffer, &start, GPOINTER_TO_INT (base) + finding->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, GPOINTER_TO_INT (base) + finding->end);
      gtk_text_buffer_apply_tag (buffer, self->selected_tag, &start, &end);
      gtk_text_buffer_place_cursor (buffer, &start);

      /* A mark is scrolled to once the lines are laid out. */
      mark = gtk_text_buffer_get_mark (buffer, "finding");
      if (mark == NULL)
        mark = gtk_text_buffer_create_mark (buffer, "finding", &start, TRUE);
      else
        gtk_text_buffer_move_mark (buffer, mark, &start);
      gtk_text_view_scroll_to_mark (self->text_view, mark, 0.1, TRUE, 0.0, 0.3);
    }
}

static void
finding_selected_cb (KasusReviewDetail *self, GtkListBoxRow *row)
{
  if (row != NULL)
    show_finding (self, gtk_list_box_row_get_index (row));
}

static void
fill_findings (KasusReviewDetail *self)
{
  GtkWidget       *child;
  g_autofree char *count = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))))
    gtk_list_box_remove (self->findings_list, child);

  for (guint i = 0; i < self->findings->len; i++)
    gtk_list_box_append (self->findings_list,
                         create_finding_row (self, g_ptr_array_index (self->findings, i)));

  if (self->findings->len > 0)
    count = g_strdup_printf ("%u", self->findings->len);
  gtk_label_set_label (self->findings_count, count ? count : "");
  gtk_stack_set_visible_child_name (self->findings_stack,
                                    self->findings->len > 0 ? "list" : "empty");
}

/* ------------------------------------------------------------------ */

static void
style_dark_cb (KasusReviewDetail *self)
{
  update_tag_colors (self);
  paint_pages (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->findings_list));
}

void
kasus_review_detail_set_submission (KasusReviewDetail *self, KasusSubmission *submission)
{
  KasusPdfDocument *pdf;
  KasusCase        *kase;
  const char       *warning;

  g_return_if_fail (KASUS_IS_REVIEW_DETAIL (self));
  g_return_if_fail (submission == NULL || KASUS_IS_SUBMISSION (submission));

  if (submission == self->submission)
    return;

  stop_pending_scroll (self);
  g_set_object (&self->submission, submission);
  g_ptr_array_set_size (self->findings, 0);
  self->selected = -1;

  if (submission != NULL && kasus_submission_get_error (submission) == NULL)
    {
      GPtrArray *findings = kasus_submission_get_findings (submission);

      for (guint i = 0; i < findings->len; i++)
        g_ptr_array_add (self->findings, kasus_finding_ref (g_ptr_array_index (findings, i)));
    }

  pdf = get_pdf (self);
  kase = get_case (self);
  kasus_pdf_view_set_document (self->pdf_view, pdf ? kasus_pdf_document_get_poppler (pdf) : NULL);
  kasus_pdf_view_set_fit_width (self->pdf_view, TRUE);
  if (kase != NULL)
    show_case_text (self, kase);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", 0);

  paint_pages (self);
  fill_findings (self);
  gtk_widget_set_visible (self->page_toolbar, pdf != NULL);
  gtk_stack_set_visible_child_name (self->document_stack, pdf != NULL ? "pdf" : "text");

  warning = submission ? kasus_submission_get_warning (submission) : NULL;
  gtk_label_set_label (self->warning_label, warning ? warning : "");
  gtk_revealer_set_reveal_child (self->warning_revealer, warning != NULL);

  update_page_state (self);
  zoom_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMISSION]);
}

KasusSubmission *
kasus_review_detail_get_submission (KasusReviewDetail *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_DETAIL (self), NULL);

  return self->submission;
}

guint
kasus_review_detail_get_n_findings (KasusReviewDetail *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_DETAIL (self), 0);

  return self->findings->len;
}

void
kasus_review_detail_select_finding (KasusReviewDetail *self, guint index)
{
  GtkListBoxRow *row;

  g_return_if_fail (KASUS_IS_REVIEW_DETAIL (self));

  row = gtk_list_box_get_row_at_index (self->findings_list, index);
  if (row != NULL)
    gtk_list_box_select_row (self->findings_list, row);
}

KasusPdfView *
kasus_review_detail_get_pdf_view (KasusReviewDetail *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_DETAIL (self), NULL);

  return self->pdf_view;
}

GtkTextView *
kasus_review_detail_get_text_view (KasusReviewDetail *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_DETAIL (self), NULL);

  return self->text_view;
}

static void
kasus_review_detail_dispose (GObject *object)
{
  KasusReviewDetail *self = KASUS_REVIEW_DETAIL (object);

  stop_pending_scroll (self);
  g_clear_object (&self->submission);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_REVIEW_DETAIL);

  G_OBJECT_CLASS (kasus_review_detail_parent_class)->dispose (object);
}

static void
kasus_review_detail_finalize (GObject *object)
{
  KasusReviewDetail *self = KASUS_REVIEW_DETAIL (object);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->section_base, g_hash_table_unref);

  G_OBJECT_CLASS (kasus_review_detail_parent_class)->finalize (object);
}

static void
kasus_review_detail_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusReviewDetail *self = KASUS_REVIEW_DETAIL (object);

  switch (prop_id)
    {
      case PROP_SUBMISSION:
        g_value_set_object (value, self->submission);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_review_detail_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KasusReviewDetail *self = KASUS_REVIEW_DETAIL (object);

  switch (prop_id)
    {
      case PROP_SUBMISSION:
        kasus_review_detail_set_submission (self, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_review_detail_class_init (KasusReviewDetailClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_review_detail_dispose;
  object_class->finalize = kasus_review_detail_finalize;
  object_class->get_property = kasus_review_detail_get_property;
  object_class->set_property = kasus_review_detail_set_property;

  properties[PROP_SUBMISSION] =
    g_param_spec_object ("submission", NULL, NULL, KASUS_TYPE_SUBMISSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KASUS_TYPE_PDF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-review-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, findings_count);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, findings_stack);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, findings_list);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, page_toolbar);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, page_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, document_stack);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, pdf_view);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewDetail, text_view);
  gtk_widget_class_bind_template_callback (widget_class, finding_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_changed_cb);

  gtk_widget_class_install_action (widget_class, "document.previous-page", NULL,
                                   previous_page_action);
  gtk_widget_class_install_action (widget_class, "document.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "document.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "document.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "document.fit-width", NULL, fit_width_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "document.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "document.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "document.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "document.fit-width", NULL);
}

static void
kasus_review_detail_init (KasusReviewDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  self->section_base = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selected = -1;
  create_tags (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_dark_cb), self, G_CONNECT_SWAPPED);

  update_page_state (self);
  zoom_changed_cb (self);
}
