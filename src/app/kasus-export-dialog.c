/* kasus-export-dialog.c — whether a case is ready, and exporting its PDF
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-export-dialog.h"
#include "kasus-pdf-writer.h"
#include "kasus-preview-window.h"
#include "kasus-readiness.h"
#include "kasus-readiness-list.h"

/* A check quicker than this shows no spinner. */
#define SPINNER_DELAY_MS 300

struct _KasusExportDialog
{
  AdwWindow parent_instance;

  KasusCase            *kase;
  GFile                *case_file;
  AdwToastOverlay      *toast_overlay; /* weak */
  GPtrArray            *reasons;       /* KasusReadinessReason */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  guint                 spinner_id;
  guint                 checking : 1;
  guint                 ready : 1;
  guint                 exporting : 1;
  guint                 chooser_draft : 1;

  /* Template children */
  AdwWindowTitle     *window_title;
  GtkStack           *stack;
  GtkWidget          *checking_box;
  GtkSpinner         *spinner;
  GtkImage           *status_image;
  GtkLabel           *status_title;
  GtkLabel           *status_description;
  GtkWidget          *result_box;
  KasusReadinessList *reasons_list;
  GtkButton          *final_button;
};

enum
{
  PROP_0,
  PROP_CASE,
  PROP_CASE_FILE,
  PROP_CHECKING,
  PROP_READY,
  N_PROPS
};

enum
{
  ACTIVATE_REASON,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* Where the last export went, for the next chooser of this session. */
static GFile *last_folder;

G_DEFINE_FINAL_TYPE (KasusExportDialog, kasus_export_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  char    *data;
  gsize    length;
  GFile   *file;
  gboolean draft;
} Job;

static void
job_free (Job *job)
{
  g_free (job->data);
  g_clear_object (&job->file);
  g_free (job);
}

/* A serialized copy: workers never touch the case the editor owns. */
static Job *
job_new (KasusCase *kase, GFile *file, gboolean draft)
{
  Job *job = g_new0 (Job, 1);

  job->data = kasus_case_to_data (kase, &job->length);
  job->file = file ? g_object_ref (file) : NULL;
  job->draft = draft;

  return job;
}

static KasusCase *
job_dup_case (Job *job, GError **error)
{
  return kasus_case_new_from_data (job->data, job->length, NULL, error);
}

static void
check_readiness_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) kase = job_dup_case (task_data, &error);

  if (kase == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, kasus_case_get_readiness (kase, NULL),
                           (GDestroyNotify) g_ptr_array_unref);
}

void
kasus_export_check_readiness_async (KasusCase          *kase,
                                    GCancellable       *cancellable,
                                    GAsyncReadyCallback callback,
                                    gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (KASUS_IS_CASE (kase));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kasus_export_check_readiness_async);
  g_task_set_task_data (task, job_new (kase, NULL, FALSE), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, check_readiness_thread);
}

GPtrArray *
kasus_export_check_readiness_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The export itself, the same for the buttons (in a worker) and tests. */
static gboolean
export_case (KasusCase *kase, GFile *file, gboolean draft, GError **error)
{
  g_autoptr (KasusPdfWriter) writer = NULL;

  /* The button is insensitive when not ready; this is the gate itself. */
  if (!draft && !kasus_case_is_ready (kase, NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("The case is not ready for a final export. Deal with the points "
                              "listed first, or export a draft."));
      return FALSE;
    }

  writer = kasus_pdf_writer_new ();
  return kasus_pdf_writer_export_case (writer, kase, file,
                                       draft ? KASUS_PDF_FLAGS_DRAFT : KASUS_PDF_FLAGS_NONE, error);
}

static void
export_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  Job                  *job = task_data;
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) kase = job_dup_case (job, &error);

  if (kase == NULL || !export_case (kase, job->file, job->draft, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

gboolean
kasus_export_dialog_export_to (KasusExportDialog *self, GFile *file, gboolean draft, GError **error)
{
  g_return_val_if_fail (KASUS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return export_case (self->kase, file, draft, error);
}

static char *
dup_display_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);

  return g_file_get_uri (file);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static const char *
get_case_title (KasusExportDialog *self)
{
  const char *title = kasus_case_get_title (self->kase);

  return is_blank (title) ? _ ("Untitled Case") : title;
}

/* "<title>.pdf" without what file systems dislike. */
static char *
suggest_file_name (KasusExportDialog *self, gboolean draft)
{
  g_autofree char *name = g_strstrip (g_strdup (get_case_title (self)));
  g_autofree char *stem = NULL;

  g_strdelimit (name, "/\\:*?\"<>|\n\t", '-');
  if (g_utf8_strlen (name, -1) > 100)
    {
      char *shorter = g_utf8_substring (name, 0, 100);

      g_free (name);
      name = shorter;
    }

  if (draft)
    /* Translators: the file name of a draft export; %s is the case title */
    stem = g_strdup_printf (_ ("%s (draft)"), name);
  else
    stem = g_steal_pointer (&name);

  return g_strconcat (stem, ".pdf", NULL);
}

static AdwToastOverlay *
find_toast_overlay (KasusExportDialog *self)
{
  GtkWindow *parent;
  GtkWidget *content = NULL;

  if (self->toast_overlay != NULL)
    return self->toast_overlay;

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (ADW_IS_APPLICATION_WINDOW (parent))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (parent));
  else if (ADW_IS_WINDOW (parent))
    content = adw_window_get_content (ADW_WINDOW (parent));

  return ADW_IS_TOAST_OVERLAY (content) ? ADW_TOAST_OVERLAY (content) : NULL;
}

static void
toast_open_cb (AdwToast *toast, AdwToastOverlay *overlay)
{
  GFile              *file = g_object_get_data (G_OBJECT (toast), "kasus-file");
  KasusCase          *kase = g_object_get_data (G_OBJECT (toast), "kasus-case");
  gboolean            draft = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toast), "kasus-draft"));
  GtkRoot            *root = gtk_widget_get_root (GTK_WIDGET (overlay));
  g_autoptr (GError)  error = NULL;
  KasusPreviewWindow *preview;

  preview = kasus_preview_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  if (!kasus_preview_window_load_file (preview, file, kase, draft, &error))
    {
      g_autofree char *name = dup_display_path (file);
      g_autofree char *body = NULL;
      GtkWidget       *dialog;

      gtk_window_destroy (GTK_WINDOW (preview));
      body = g_strdup_printf (_ ("“%s” could not be opened.\n\n%s"), name, error->message);
      dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       _ ("Could Not Open the PDF"), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  gtk_window_present (GTK_WINDOW (preview));
}

static void
show_exported_toast (KasusExportDialog *self, GFile *file, gboolean draft)
{
  AdwToastOverlay *overlay = find_toast_overlay (self);
  g_autofree char *basename = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  AdwToast        *toast;

  if (overlay == NULL)
    return;

  basename = g_file_get_basename (file);
  name = g_filename_display_name (basename);
  escaped = g_markup_escape_text (name, -1);
  /* Translators: %s is the name of the PDF file written */
  title = g_strdup_printf (_ ("Exported “%s”"), escaped);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _ ("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "kasus-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "kasus-case", g_object_ref (self->kase),
                          g_object_unref);
  g_object_set_data (G_OBJECT (toast), "kasus-draft", GINT_TO_POINTER (draft));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_open_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

static void
show_export_error (KasusExportDialog *self, GFile *file, const GError *error)
{
  g_autofree char *name = dup_display_path (file);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  body = g_strdup_printf (_ ("The PDF could not be exported as “%s”.\n\n%s"), name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Export the PDF"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (KasusExportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.draft", !self->exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.final",
                                 !self->exporting && !self->checking && self->ready);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->final_button),
                               self->ready ? _ ("The PDF to submit, without a watermark")
                                           : _ ("Deal with the points listed first"));
}

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (source);
  GFile             *file = user_data;
  g_autoptr (GError) error = NULL;

  self->exporting = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          update_actions (self);
          show_export_error (self, file, error);
        }
      g_object_unref (file);
      return;
    }

  show_exported_toast (self, file, ((Job *) g_task_get_task_data (G_TASK (result)))->draft);
  g_object_unref (file);
  gtk_window_close (GTK_WINDOW (self));
}

static void
start_export (KasusExportDialog *self, GFile *file, gboolean draft)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (GFile) parent = g_file_get_parent (file);

  if (parent != NULL)
    g_set_object (&last_folder, parent);

  self->exporting = TRUE;
  update_actions (self);

  task = g_task_new (self, self->cancellable, export_done_cb, g_object_ref (file));
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job_new (self->kase, file, draft), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response_cb (KasusExportDialog *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *folded = g_utf8_casefold (basename, -1);

      if (!g_str_has_suffix (folded, ".pdf"))
        {
          g_autofree char  *name = g_strconcat (basename, ".pdf", NULL);
          g_autoptr (GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, name);
        }
      start_export (self, file, self->chooser_draft);
    }

  g_clear_object (&self->chooser);
}

static void
choose_file (KasusExportDialog *self, gboolean draft)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char          *name = suggest_file_name (self, draft);
  g_autoptr (GFile)         folder = NULL;

  if (self->chooser != NULL || self->exporting)
    return;

  self->chooser = gtk_file_chooser_native_new (draft ? _ ("Export Draft") : _ ("Export Final PDF"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _ ("_Export"), _ ("_Cancel"));
  self->chooser_draft = !!draft;
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (filter, _ ("PDF Documents"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_pattern (filter, "*.PDF");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  if (last_folder != NULL)
    folder = g_object_ref (last_folder);
  else if (self->case_file != NULL)
    folder = g_file_get_parent (self->case_file);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_final_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  choose_file (KASUS_EXPORT_DIALOG (widget), FALSE);
}

static void
export_draft_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  choose_file (KASUS_EXPORT_DIALOG (widget), TRUE);
}

/* The window up the transient-for chain that has the "win." action. */
static GtkWindow *
find_action_window (KasusExportDialog *self, const char *name)
{
  for (GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (self)); window != NULL;
       window = gtk_window_get_transient_for (window))
    {
      if (G_IS_ACTION_GROUP (window) && g_action_group_has_action (G_ACTION_GROUP (window), name) &&
          g_action_group_get_action_enabled (G_ACTION_GROUP (window), name))
        return window;
    }

  return NULL;
}

/* Checklist and consent reasons are fixed on the consent page; the rest
 * where their section is. */
static const char *
reason_action (const KasusReadinessReason *reason)
{
  switch (reason->kind)
    {
      case KASUS_READINESS_CHECKLIST_ITEM:
      case KASUS_READINESS_CONSENT_UNDECIDED:
      case KASUS_READINESS_CONSENT_NOT_OBTAINED:
      case KASUS_READINESS_CONSENT_NO_DATE:
        return "show-consent";
      default:
        return reason->section != NULL ? "goto-section" : NULL;
    }
}

static void
kasus_export_dialog_real_activate_reason (KasusExportDialog *self, KasusReadinessReason *reason)
{
  const char *action = reason_action (reason);
  GtkWindow  *window = action ? find_action_window (self, action) : NULL;
  const char *target;

  /* Nowhere to go: the dialog stays, with the list. */
  if (window == NULL)
    return;

  if (g_str_equal (action, "goto-section"))
    target = reason->section;
  else
    target = reason->item ? reason->item : "";

  g_action_group_activate_action (G_ACTION_GROUP (window), action, g_variant_new_string (target));
  gtk_window_present (window);
  gtk_window_close (GTK_WINDOW (self));
}

static void
reason_activated_cb (KasusExportDialog *self, KasusReadinessReason *reason)
{
  g_signal_emit (self, signals[ACTIVATE_REASON], 0, reason);
}

static void
show_result (KasusExportDialog *self, const GError *error)
{
  guint n = self->reasons->len;

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_image), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_image), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_image), "error");

  if (error != NULL)
    {
      gtk_image_set_from_icon_name (self->status_image, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_image), "error");
      gtk_label_set_text (self->status_title, _ ("The Case Could Not Be Checked"));
      gtk_label_set_text (self->status_description, error->message);
    }
  else if (self->ready)
    {
      gtk_image_set_from_icon_name (self->status_image, "emblem-ok-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_image), "success");
      gtk_label_set_text (self->status_title, _ ("Ready for Final Export"));
      gtk_label_set_text (self->status_description,
                          _ ("Every point of the guidance has been dealt with. "
                             "Export the final PDF to submit the case."));
    }
  else
    {
      g_autofree char *description = NULL;

      gtk_image_set_from_icon_name (self->status_image, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_image), "warning");
      gtk_label_set_text (self->status_title, _ ("Not Ready for Final Export"));
      description = g_strdup_printf (ngettext ("One point must be dealt with before the final PDF "
                                               "can be exported. A draft with a watermark can be "
                                               "exported at any time.",
                                               "%u points must be dealt with before the final PDF "
                                               "can be exported. A draft with a watermark can be "
                                               "exported at any time.",
                                               n),
                                     n);
      gtk_label_set_text (self->status_description, description);
    }

  kasus_readiness_list_set_reasons (self->reasons_list, self->reasons);
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_list), n > 0);
  /* Without a list the verdict alone sits in the middle. */
  gtk_widget_set_valign (self->result_box, n > 0 ? GTK_ALIGN_START : GTK_ALIGN_CENTER);

  gtk_stack_set_visible_child_name (self->stack, "result");
}

static void
set_checking (KasusExportDialog *self, gboolean checking)
{
  self->checking = !!checking;
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  gtk_spinner_set_spinning (self->spinner, FALSE);
  gtk_widget_set_visible (self->checking_box, FALSE);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

static gboolean
show_spinner_cb (gpointer user_data)
{
  KasusExportDialog *self = user_data;

  self->spinner_id = 0;
  gtk_widget_set_visible (self->checking_box, TRUE);
  gtk_spinner_set_spinning (self->spinner, TRUE);

  return G_SOURCE_REMOVE;
}

static void
check_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KasusExportDialog) self = user_data;
  g_autoptr (GPtrArray)         reasons = NULL;
  g_autoptr (GError)            error = NULL;

  reasons = kasus_export_check_readiness_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_pointer (&self->reasons, g_ptr_array_unref);
  self->reasons = reasons
                    ? g_steal_pointer (&reasons)
                    : g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_readiness_reason_free);
  self->ready = error == NULL && self->reasons->len == 0;

  set_checking (self, FALSE);
  show_result (self, error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
start_check (KasusExportDialog *self)
{
  gtk_stack_set_visible_child_name (self->stack, "checking");
  set_checking (self, TRUE);
  self->spinner_id = g_timeout_add (SPINNER_DELAY_MS, show_spinner_cb, self);

  kasus_export_check_readiness_async (self->kase, self->cancellable, check_done_cb,
                                      g_object_ref (self));
}

KasusExportDialog *
kasus_export_dialog_new (GtkWindow *parent, KasusCase *kase, GFile *case_file)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);
  g_return_val_if_fail (case_file == NULL || G_IS_FILE (case_file), NULL);

  return g_object_new (KASUS_TYPE_EXPORT_DIALOG, "transient-for", parent, "case", kase, "case-file",
                       case_file, NULL);
}

KasusCase *
kasus_export_dialog_get_case (KasusExportDialog *self)
{
  g_return_val_if_fail (KASUS_IS_EXPORT_DIALOG (self), NULL);

  return self->kase;
}

void
kasus_export_dialog_set_toast_overlay (KasusExportDialog *self, AdwToastOverlay *overlay)
{
  g_return_if_fail (KASUS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));

  g_set_weak_pointer (&self->toast_overlay, overlay);
}

gboolean
kasus_export_dialog_get_checking (KasusExportDialog *self)
{
  g_return_val_if_fail (KASUS_IS_EXPORT_DIALOG (self), FALSE);

  return self->checking;
}

gboolean
kasus_export_dialog_get_ready (KasusExportDialog *self)
{
  g_return_val_if_fail (KASUS_IS_EXPORT_DIALOG (self), FALSE);

  return self->ready;
}

GPtrArray *
kasus_export_dialog_get_reasons (KasusExportDialog *self)
{
  g_return_val_if_fail (KASUS_IS_EXPORT_DIALOG (self), NULL);

  return self->reasons;
}

static void
kasus_export_dialog_constructed (GObject *object)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (kasus_export_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->kase != NULL);

  adw_window_title_set_subtitle (self->window_title, get_case_title (self));
  start_check (self);
}

static void
kasus_export_dialog_dispose (GObject *object)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->spinner_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (kasus_export_dialog_parent_class)->dispose (object);
}

static void
kasus_export_dialog_finalize (GObject *object)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->case_file);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->toast_overlay);
  g_clear_pointer (&self->reasons, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_export_dialog_parent_class)->finalize (object);
}

static void
kasus_export_dialog_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (object);

  switch (prop_id)
    {
      case PROP_CASE:
        g_value_set_object (value, self->kase);
        break;
      case PROP_CASE_FILE:
        g_value_set_object (value, self->case_file);
        break;
      case PROP_CHECKING:
        g_value_set_boolean (value, self->checking);
        break;
      case PROP_READY:
        g_value_set_boolean (value, self->ready);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_export_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KasusExportDialog *self = KASUS_EXPORT_DIALOG (object);

  switch (prop_id)
    {
      case PROP_CASE:
        self->kase = g_value_dup_object (value);
        break;
      case PROP_CASE_FILE:
        self->case_file = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_export_dialog_class_init (KasusExportDialogClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kasus_export_dialog_constructed;
  object_class->dispose = kasus_export_dialog_dispose;
  object_class->finalize = kasus_export_dialog_finalize;
  object_class->get_property = kasus_export_dialog_get_property;
  object_class->set_property = kasus_export_dialog_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, KASUS_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_FILE] =
    g_param_spec_object ("case-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECKING] =
    g_param_spec_boolean ("checking", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KasusExportDialog::activate-reason:
   * @reason: the KasusReadinessReason activated
   *
   * The author wants to fix @reason. The default handler activates
   * win.goto-section or win.show-consent on the parent and closes the
   * dialog; stop the emission to do something else.
   */
  signals[ACTIVATE_REASON] = g_signal_new_class_handler (
    "activate-reason", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
    G_CALLBACK (kasus_export_dialog_real_activate_reason), NULL, NULL, NULL, G_TYPE_NONE, 1,
    KASUS_TYPE_READINESS_REASON | G_SIGNAL_TYPE_STATIC_SCOPE);

  g_type_ensure (KASUS_TYPE_READINESS_LIST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, checking_box);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, status_image);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, status_title);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, status_description);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, result_box);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, reasons_list);
  gtk_widget_class_bind_template_child (widget_class, KasusExportDialog, final_button);
  gtk_widget_class_bind_template_callback (widget_class, reason_activated_cb);

  gtk_widget_class_install_action (widget_class, "export.final", NULL, export_final_action);
  gtk_widget_class_install_action (widget_class, "export.draft", NULL, export_draft_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kasus_export_dialog_init (KasusExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_readiness_reason_free);
  update_actions (self);
}
