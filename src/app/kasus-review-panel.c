/* kasus-review-panel.c — the reviewer's side of one submission: comments, approval
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-review-panel"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kasus-application.h"
#include "kasus-readiness.h"
#include "kasus-review-panel.h"

struct _KasusReviewPanel
{
  AdwBin parent_instance;

  GtkLabel            *title_label;
  GtkLabel            *status_label;
  GtkLabel            *file_label;
  AdwEntryRow         *reviewer_row;
  AdwEntryRow         *group_row;
  AdwPreferencesGroup *readiness_group;
  GtkListBox          *readiness_list;
  GtkListBox          *comments_list;
  GtkTextView         *comment_view;
  GtkWidget           *open_button;

  KasusSubmission *submission;
  GSettings       *settings;
  const char      *status_class; /* the class on status_label now */
};

G_DEFINE_FINAL_TYPE (KasusReviewPanel, kasus_review_panel, ADW_TYPE_BIN)

enum
{
  REVIEW_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
kasus_review_panel_get_status_label (KasusReviewStatus status)
{
  switch (status)
    {
      case KASUS_REVIEW_COMMENTED:
        return C_ ("review status", "Commented");
      case KASUS_REVIEW_APPROVED:
        return C_ ("review status", "Approved");
      case KASUS_REVIEW_RETURNED:
        return C_ ("review status", "Returned");
      case KASUS_REVIEW_NEW:
      default:
        return C_ ("review status", "New");
    }
}

const char *
kasus_review_panel_get_status_class (KasusReviewStatus status)
{
  switch (status)
    {
      case KASUS_REVIEW_COMMENTED:
        return "commented";
      case KASUS_REVIEW_APPROVED:
        return "approved";
      case KASUS_REVIEW_RETURNED:
        return "returned";
      case KASUS_REVIEW_NEW:
      default:
        return "new";
    }
}

KasusReviewPanel *
kasus_review_panel_new (void)
{
  return g_object_new (KASUS_TYPE_REVIEW_PANEL, NULL);
}

static gboolean
is_readable (KasusReviewPanel *self)
{
  return self->submission != NULL && kasus_submission_get_error (self->submission) == NULL;
}

static char *
dup_comment_text (KasusReviewPanel *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->comment_view);
  GtkTextIter    start, end;
  char          *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (text);
}

static void
update_actions (KasusReviewPanel *self)
{
  g_autofree char *comment = dup_comment_text (self);
  gboolean         readable = is_readable (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.add-comment",
                                 readable && comment[0] != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.approve", readable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.return", readable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.open-in-editor",
                                 readable && kasus_submission_get_kind (self->submission) ==
                                               KASUS_SUBMISSION_CASE);
}

static void
update_status (KasusReviewPanel *self)
{
  KasusReviewStatus status =
    self->submission ? kasus_submission_get_review_status (self->submission) : KASUS_REVIEW_NEW;

  if (self->status_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
  self->status_class = kasus_review_panel_get_status_class (status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), self->status_class);
  gtk_label_set_label (self->status_label, kasus_review_panel_get_status_label (status));
}

static char *
format_date (const char *iso8601)
{
  g_autoptr (GTimeZone) local = g_time_zone_new_local ();
  g_autoptr (GDateTime) date = NULL;

  if (iso8601 == NULL)
    return g_strdup ("");
  date = g_date_time_new_from_iso8601 (iso8601, local);
  if (date == NULL)
    return g_strdup (iso8601);
  /* Translators: the date of a review comment, see g_date_time_format() */
  return g_date_time_format (date, _ ("%-d %b %Y, %H:%M"));
}

static GtkWidget *
create_comment_row (const KasusReviewComment *comment)
{
  g_autofree char *date = format_date (comment->date);
  GtkWidget       *row, *box, *header, *label;

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), header);
  label = gtk_label_new (comment->author && comment->author[0] ? comment->author
                                                               : _ ("Unknown reviewer"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header), label);
  label = gtk_label_new (date);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (header), label);

  label = gtk_label_new (comment->text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  return row;
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  /* The placeholder is not a row: it stays. */
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))))
    gtk_list_box_remove (list, child);
}

static void
fill_comments (KasusReviewPanel *self)
{
  GPtrArray *comments =
    is_readable (self) ? kasus_submission_get_review_comments (self->submission) : NULL;

  clear_list (self->comments_list);
  for (guint i = 0; comments != NULL && i < comments->len; i++)
    gtk_list_box_append (self->comments_list, create_comment_row (g_ptr_array_index (comments, i)));
}

static void
add_reason_row (KasusReviewPanel *self, const char *message)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (message);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->readiness_list, row);
}

static void
fill_readiness (KasusReviewPanel *self)
{
  gboolean any = FALSE;

  clear_list (self->readiness_list);
  if (is_readable (self))
    {
      GPtrArray *reasons = kasus_submission_get_readiness (self->submission);

      for (guint i = 0; i < reasons->len; i++)
        add_reason_row (self, ((KasusReadinessReason *) g_ptr_array_index (reasons, i))->message);
      any = reasons->len > 0;
      if (kasus_submission_get_kind (self->submission) == KASUS_SUBMISSION_PDF &&
          kasus_submission_get_draft (self->submission))
        {
          add_reason_row (self, _ ("The PDF is marked as a draft."));
          any = TRUE;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->readiness_group), any);
}

static void
show_submission (KasusReviewPanel *self)
{
  KasusSubmission *submission = self->submission;
  const char      *title = submission ? kasus_submission_get_title (submission) : "";
  const char      *reviewer = submission ? kasus_submission_get_reviewer (submission) : NULL;
  g_autofree char *default_reviewer = NULL;
  gboolean is_pdf = submission && kasus_submission_get_kind (submission) == KASUS_SUBMISSION_PDF;

  gtk_label_set_label (self->title_label,
                       title[0] ? title
                                : (submission ? kasus_submission_get_name (submission) : ""));
  gtk_label_set_label (self->file_label, submission ? kasus_submission_get_name (submission) : "");
  update_status (self);

  if ((reviewer == NULL || reviewer[0] == '\0') && self->settings != NULL)
    reviewer = default_reviewer = g_settings_get_string (self->settings, "reviewer-name");
  gtk_editable_set_text (GTK_EDITABLE (self->reviewer_row), reviewer ? reviewer : "");
  gtk_widget_remove_css_class (GTK_WIDGET (self->reviewer_row), "error");

  /* Only a PDF's group is the reviewer's to set; a case's is its author's. */
  gtk_widget_set_visible (GTK_WIDGET (self->group_row), is_pdf);
  gtk_editable_set_text (GTK_EDITABLE (self->group_row),
                         submission ? kasus_submission_get_patient_group (submission) : "");

  gtk_widget_set_visible (self->open_button, submission && !is_pdf);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), "", 0);

  fill_readiness (self);
  fill_comments (self);
  update_actions (self);
}

static void
show_save_error (KasusReviewPanel *self, GError *error)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char      *name = kasus_submission_get_name (self->submission);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  /* The core names the file; make sure the dialog does. */
  if (strstr (error->message, name) != NULL)
    body = g_strdup (error->message);
  else
    body = g_strdup_printf ("%s: %s", name, error->message);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _ ("Review Not Saved"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_review (KasusReviewPanel *self)
{
  g_autoptr (GError) error = NULL;

  if (!kasus_submission_save_review (self->submission, &error))
    {
      g_debug ("%s", error->message);
      show_save_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[REVIEW_SAVED], 0);
  return TRUE;
}

/* The name from the row, remembered for the next case; NULL (and the row
 * marked) when there is none. */
static char *
take_reviewer (KasusReviewPanel *self)
{
  g_autofree char *reviewer =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reviewer_row))));

  if (reviewer[0] == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->reviewer_row), "error");
      gtk_widget_grab_focus (GTK_WIDGET (self->reviewer_row));
      return NULL;
    }

  kasus_submission_set_reviewer (self->submission, reviewer);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "reviewer-name", reviewer);

  return g_steal_pointer (&reviewer);
}

/* A comment typed but not added goes with an approval or a return. */
static gboolean
take_comment (KasusReviewPanel *self, const char *reviewer)
{
  g_autofree char *text = dup_comment_text (self);

  if (text[0] == '\0')
    return FALSE;

  kasus_submission_add_comment (self->submission, reviewer, text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->comment_view), "", 0);
  return TRUE;
}

static void
add_comment_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusReviewPanel *self = KASUS_REVIEW_PANEL (widget);
  g_autofree char  *reviewer = NULL;

  if (!is_readable (self) || !(reviewer = take_reviewer (self)))
    return;

  if (take_comment (self, reviewer))
    save_review (self);
  update_status (self);
  fill_comments (self);
  update_actions (self);
}

static void
set_status (KasusReviewPanel *self, KasusReviewStatus status)
{
  g_autofree char  *reviewer = NULL;
  KasusReviewStatus old_status;

  if (!is_readable (self) || !(reviewer = take_reviewer (self)))
    return;

  old_status = kasus_submission_get_review_status (self->submission);
  take_comment (self, reviewer);
  kasus_submission_set_review_status (self->submission, status);
  /* What is shown is what is on disk. */
  if (!save_review (self))
    kasus_submission_set_review_status (self->submission, old_status);
  update_status (self);
  fill_comments (self);
  update_actions (self);
}

static void
approve_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  set_status (KASUS_REVIEW_PANEL (widget), KASUS_REVIEW_APPROVED);
}

static void
return_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  set_status (KASUS_REVIEW_PANEL (widget), KASUS_REVIEW_RETURNED);
}

static void
open_in_editor_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusReviewPanel *self = KASUS_REVIEW_PANEL (widget);
  GtkRoot          *root = gtk_widget_get_root (widget);
  GtkApplication   *app =
    GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

  if (!is_readable (self) || !KASUS_IS_APPLICATION (app))
    return;

  kasus_application_open_file (KASUS_APPLICATION (app),
                               kasus_submission_get_file (self->submission), NULL);
}

static void
reviewer_changed_cb (KasusReviewPanel *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->reviewer_row), "error");
}

static void
group_apply_cb (KasusReviewPanel *self)
{
  g_autofree char *group = NULL;

  if (!is_readable (self))
    return;

  group = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->group_row))));
  kasus_submission_set_patient_group (self->submission, group);
  save_review (self);
}

static void
comment_changed_cb (KasusReviewPanel *self)
{
  update_actions (self);
}

void
kasus_review_panel_set_submission (KasusReviewPanel *self, KasusSubmission *submission)
{
  g_return_if_fail (KASUS_IS_REVIEW_PANEL (self));
  g_return_if_fail (submission == NULL || KASUS_IS_SUBMISSION (submission));

  if (submission == self->submission)
    return;

  g_set_object (&self->submission, submission);
  show_submission (self);
}

KasusSubmission *
kasus_review_panel_get_submission (KasusReviewPanel *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_PANEL (self), NULL);

  return self->submission;
}

void
kasus_review_panel_set_settings (KasusReviewPanel *self, GSettings *settings)
{
  g_return_if_fail (KASUS_IS_REVIEW_PANEL (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
}

static void
kasus_review_panel_dispose (GObject *object)
{
  KasusReviewPanel *self = KASUS_REVIEW_PANEL (object);

  g_clear_object (&self->submission);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_REVIEW_PANEL);

  G_OBJECT_CLASS (kasus_review_panel_parent_class)->dispose (object);
}

static void
kasus_review_panel_class_init (KasusReviewPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_review_panel_dispose;

  signals[REVIEW_SAVED] = g_signal_new ("review-saved", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-review-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, file_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, group_row);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, readiness_group);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, readiness_list);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, comments_list);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, comment_view);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewPanel, open_button);
  gtk_widget_class_bind_template_callback (widget_class, reviewer_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_apply_cb);

  gtk_widget_class_install_action (widget_class, "case.add-comment", NULL, add_comment_action);
  gtk_widget_class_install_action (widget_class, "case.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "case.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "case.open-in-editor", NULL,
                                   open_in_editor_action);
}

static void
kasus_review_panel_init (KasusReviewPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->comments_list, create_placeholder (_ ("No comments yet")));
  g_signal_connect_object (gtk_text_view_get_buffer (self->comment_view), "changed",
                           G_CALLBACK (comment_changed_cb), self, G_CONNECT_SWAPPED);
  show_submission (self);
}
