/* kasus-review-bundle.c — the bundle PDF of one patient group, if it may be made
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-review-bundle"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kasus-core.h"
#include "kasus-pdf-writer.h"
#include "kasus-readiness.h"
#include "kasus-review-bundle.h"

G_DEFINE_QUARK (kasus - review - bundle - error - quark, kasus_review_bundle_error)

G_DEFINE_BOXED_TYPE (KasusBundleRefusal,
                     kasus_bundle_refusal,
                     kasus_bundle_refusal_copy,
                     kasus_bundle_refusal_free)

KasusBundleRefusal *
kasus_bundle_refusal_copy (const KasusBundleRefusal *refusal)
{
  KasusBundleRefusal *copy;

  g_return_val_if_fail (refusal != NULL, NULL);

  copy = g_new0 (KasusBundleRefusal, 1);
  copy->submission = refusal->submission ? g_object_ref (refusal->submission) : NULL;
  copy->message = g_strdup (refusal->message);
  copy->reason = g_strdup (refusal->reason);
  copy->not_ready = refusal->not_ready;
  return copy;
}

void
kasus_bundle_refusal_free (KasusBundleRefusal *refusal)
{
  if (refusal == NULL)
    return;
  g_clear_object (&refusal->submission);
  g_free (refusal->message);
  g_free (refusal->reason);
  g_free (refusal);
}

static KasusBundleRefusal *
refuse_full (GPtrArray *refusals, KasusSubmission *submission, char *message, char *reason)
{
  KasusBundleRefusal *refusal = g_new0 (KasusBundleRefusal, 1);

  refusal->submission = submission ? g_object_ref (submission) : NULL;
  refusal->message = message;
  refusal->reason = reason ? reason : g_strdup (message);
  g_ptr_array_add (refusals, refusal);
  return refusal;
}

static void
refuse (GPtrArray *refusals, KasusSubmission *submission, char *message)
{
  refuse_full (refusals, submission, message, NULL);
}

/* "case.pdf: the PDF is damaged …" -> "The PDF is damaged …" */
static char *
without_name (const char *message, const char *name)
{
  gsize       length = strlen (name);
  const char *rest = message;

  if (strncmp (message, name, length) == 0 && message[length] == ':')
    rest = message + length + 1;
  while (*rest == ' ')
    rest++;
  if (*rest == '\0')
    return g_strdup (message);
  {
    char     upper[8] = { 0 };
    gunichar first = g_unichar_toupper (g_utf8_get_char (rest));

    g_unichar_to_utf8 (first, upper);
    return g_strconcat (upper, g_utf8_next_char (rest), NULL);
  }
}

static const char *
status_label (KasusReviewStatus status)
{
  switch (status)
    {
      case KASUS_REVIEW_NEW:
        return C_ ("review status", "new");
      case KASUS_REVIEW_COMMENTED:
        return C_ ("review status", "commented");
      case KASUS_REVIEW_APPROVED:
        return C_ ("review status", "approved");
      case KASUS_REVIEW_RETURNED:
        return C_ ("review status", "returned");
      default:
        return "";
    }
}

static GPtrArray *
members_of (GPtrArray *submissions, const char *patient_group)
{
  GPtrArray *members = g_ptr_array_new ();

  for (guint i = 0; i < submissions->len; i++)
    {
      KasusSubmission *submission = g_ptr_array_index (submissions, i);

      if (kasus_submission_in_group (submission, patient_group))
        g_ptr_array_add (members, submission);
    }
  return members;
}

GPtrArray *
kasus_review_bundle_check (GPtrArray *submissions, const char *patient_group)
{
  g_autoptr (GPtrArray) members = NULL;
  GPtrArray            *refusals;

  g_return_val_if_fail (submissions != NULL, NULL);
  g_return_val_if_fail (patient_group != NULL, NULL);

  kasus_core_init ();

  refusals = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_bundle_refusal_free);
  members = members_of (submissions, patient_group);

  if (members->len == 0)
    refuse (
      refusals, NULL,
      g_strdup_printf (_ ("No case of patient group “%s” is among the files."), patient_group));
  else if (members->len > KASUS_SUBMISSION_MAX_PER_GROUP)
    refuse (
      refusals, NULL,
      g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Patient group “%s” has %u case; a bundle holds at most %u.",
                     "Patient group “%s” has %u cases; a bundle holds at most %u.", members->len),
        patient_group, members->len, KASUS_SUBMISSION_MAX_PER_GROUP));

  for (guint i = 0; i < members->len; i++)
    {
      KasusSubmission  *submission = g_ptr_array_index (members, i);
      const char       *name = kasus_submission_get_name (submission);
      KasusReviewStatus status = kasus_submission_get_review_status (submission);

      /* A PDF whose review file is damaged: its approval is unknown. */
      if (kasus_submission_get_error (submission) != NULL)
        {
          const char *message = kasus_submission_get_error (submission);

          refuse_full (refusals, submission, g_strdup (message), without_name (message, name));
          continue;
        }

      if (status != KASUS_REVIEW_APPROVED)
        refuse_full (
          refusals, submission,
          /* Translators: "case.kasus: not approved (review status: commented)" */
          g_strdup_printf (_ ("%s: not approved (review status: %s)"), name, status_label (status)),
          /* Translators: under the file's name: "Not approved (review
           * status: commented)" */
          g_strdup_printf (_ ("Not approved (review status: %s)"), status_label (status)));

      if (kasus_submission_get_kind (submission) == KASUS_SUBMISSION_CASE)
        {
          GPtrArray *reasons = kasus_submission_get_readiness (submission);

          for (guint r = 0; r < reasons->len; r++)
            {
              const KasusReadinessReason *reason = g_ptr_array_index (reasons, r);

              KasusBundleRefusal *refusal;

              refusal = refuse_full (
                refusals, submission,
                /* Translators: "case.kasus: a draft, not ready: No analysis chosen …" */
                g_strdup_printf (_ ("%s: a draft, not ready: %s"), name, reason->message),
                g_strdup (reason->message));
              refusal->not_ready = TRUE;
            }
        }
      else
        {
          if (kasus_submission_get_draft (submission))
            refuse_full (refusals, submission,
                         g_strdup_printf (_ ("%s: the PDF is marked as a draft"), name),
                         g_strdup (_ ("The PDF is marked as a draft")));
          if (kasus_submission_get_warning (submission) != NULL)
            refuse_full (
              refusals, submission,
              g_strdup_printf ("%s: %s", name, kasus_submission_get_warning (submission)),
              g_strdup (kasus_submission_get_warning (submission)));
        }
    }

  return refusals;
}

static void
append_line (GString    *out,
             const char *indent,
             const char *bullet,
             const char *text,
             gboolean    markup)
{
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, indent);
  g_string_append (out, bullet);
  if (markup)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      g_string_append (out, escaped);
    }
  else
    {
      g_string_append (out, text);
    }
}

char *
kasus_review_bundle_describe_refusals (GPtrArray *refusals, const char *indent, gboolean markup)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new ();
  g_autofree char      *indent2 = NULL;
  g_autofree char      *indent3 = NULL;
  GString              *out = g_string_new (NULL);

  g_return_val_if_fail (refusals != NULL, NULL);

  if (indent == NULL)
    indent = "";
  indent2 = g_strconcat (indent, "  ", NULL);
  indent3 = g_strconcat (indent, "    ", NULL);

  /* The group's reasons, then the files in the order they were refused. */
  for (guint i = 0; i < refusals->len; i++)
    {
      const KasusBundleRefusal *refusal = g_ptr_array_index (refusals, i);

      if (refusal->submission == NULL)
        append_line (out, indent, "• ", refusal->message, markup);
      else if (!g_ptr_array_find (files, refusal->submission, NULL))
        g_ptr_array_add (files, refusal->submission);
    }

  for (guint f = 0; f < files->len; f++)
    {
      KasusSubmission *submission = g_ptr_array_index (files, f);
      const char      *name = kasus_submission_get_name (submission);
      gboolean         draft_said = FALSE;

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, indent);
      if (markup)
        {
          g_autofree char *escaped = g_markup_escape_text (name, -1);

          g_string_append_printf (out, "<b>%s</b>", escaped);
        }
      else
        {
          g_string_append (out, name);
          g_string_append_c (out, ':');
        }

      for (guint i = 0; i < refusals->len; i++)
        {
          const KasusBundleRefusal *refusal = g_ptr_array_index (refusals, i);

          if (refusal->submission != submission || refusal->not_ready)
            continue;
          append_line (out, indent2, "• ", refusal->reason, markup);
        }
      for (guint i = 0; i < refusals->len; i++)
        {
          const KasusBundleRefusal *refusal = g_ptr_array_index (refusals, i);

          if (refusal->submission != submission || !refusal->not_ready)
            continue;
          if (!draft_said)
            {
              /* Translators: under a file's name, above its readiness reasons */
              append_line (out, indent2, "• ", _ ("A draft, not ready:"), markup);
              draft_said = TRUE;
            }
          append_line (out, indent3, "– ", refusal->reason, markup);
        }
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* Writing */

typedef struct
{
  KasusPdfBundle *bundle;
  GFile          *dest;
  GPtrArray      *refusals;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->bundle);
  g_clear_object (&export->dest);
  g_clear_pointer (&export->refusals, g_ptr_array_unref);
  g_free (export);
}

/* Checks and copies: after this nothing refers to the submissions. */
static KasusPdfBundle *
prepare (GPtrArray    *submissions,
         const char   *patient_group,
         KasusLanguage language,
         GDateTime    *date,
         GPtrArray   **refusals_out,
         GError      **error)
{
  g_autoptr (GPtrArray)      refusals = kasus_review_bundle_check (submissions, patient_group);
  g_autoptr (GPtrArray)      members = NULL;
  g_autoptr (KasusPdfBundle) bundle = NULL;

  if (refusals->len > 0)
    {
      g_set_error (error, KASUS_REVIEW_BUNDLE_ERROR, KASUS_REVIEW_BUNDLE_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE, "The bundle of “%s” cannot be made: %u reason.",
                                "The bundle of “%s” cannot be made: %u reasons.", refusals->len),
                   patient_group, refusals->len);
      if (refusals_out)
        *refusals_out = g_steal_pointer (&refusals);
      return NULL;
    }

  members = members_of (submissions, patient_group);
  bundle = kasus_pdf_bundle_new (
    kasus_submission_get_patient_group (g_ptr_array_index (members, 0)), language);
  if (date != NULL)
    kasus_pdf_bundle_set_date (bundle, date);

  for (guint i = 0; i < members->len; i++)
    {
      KasusSubmission  *submission = g_ptr_array_index (members, i);
      KasusCase        *kase = kasus_submission_get_case (submission);
      KasusPdfDocument *pdf = kasus_submission_get_pdf (submission);

      if (kase != NULL)
        {
          g_autofree char      *data = NULL;
          g_autoptr (KasusCase) copy = NULL;
          gsize                 length;

          data = kasus_case_to_data (kase, &length);
          copy =
            kasus_case_new_from_data (data, length, kasus_submission_get_name (submission), error);
          if (copy == NULL)
            return NULL;
          kasus_pdf_bundle_add_case (bundle, copy);
        }
      else if (pdf != NULL)
        {
          g_autoptr (GError) local_error = NULL;
          PopplerDocument   *document;
          const char        *title = kasus_submission_get_title (submission);

          /* Its own poppler document: the review window may be rendering
           * the submission's one in the main thread. */
          document = poppler_document_new_from_bytes (kasus_pdf_document_get_bytes (pdf), NULL,
                                                      &local_error);
          if (document == NULL)
            {
              g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED,
                           _ ("%s: the PDF is damaged or not a PDF (%s)"),
                           kasus_submission_get_name (submission), local_error->message);
              return NULL;
            }
          kasus_pdf_bundle_add_pdf (bundle, document, *title ? title : NULL);
          g_object_unref (document);
        }
    }

  if (refusals_out)
    *refusals_out = g_steal_pointer (&refusals);
  return g_steal_pointer (&bundle);
}

static gboolean
write_bundle (KasusPdfBundle *bundle, GFile *dest, GError **error)
{
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();

  return kasus_pdf_writer_export_bundle (writer, bundle, dest, KASUS_PDF_FLAGS_NONE, error);
}

gboolean
kasus_review_bundle_export (GPtrArray    *submissions,
                            const char   *patient_group,
                            KasusLanguage language,
                            GDateTime    *date,
                            GFile        *dest,
                            GPtrArray   **refusals,
                            GError      **error)
{
  g_autoptr (KasusPdfBundle) bundle = NULL;

  g_return_val_if_fail (submissions != NULL, FALSE);
  g_return_val_if_fail (patient_group != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);

  bundle = prepare (submissions, patient_group, language, date, refusals, error);
  if (bundle == NULL)
    return FALSE;
  return write_bundle (bundle, dest, error);
}

static void
export_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  ExportData *export = task_data;
  GError *error = NULL;

  if (write_bundle (export->bundle, export->dest, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
kasus_review_bundle_export_async (GPtrArray          *submissions,
                                  const char         *patient_group,
                                  KasusLanguage       language,
                                  GDateTime          *date,
                                  GFile              *dest,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  GError           *error = NULL;
  ExportData *export;

  g_return_if_fail (submissions != NULL);
  g_return_if_fail (patient_group != NULL);
  g_return_if_fail (G_IS_FILE (dest));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kasus_review_bundle_export_async);
  export = g_new0 (ExportData, 1);
  export->dest = g_object_ref (dest);
  g_task_set_task_data (task, export, export_data_free);

  export->bundle = prepare (submissions, patient_group, language, date, &export->refusals, &error);
  if (export->bundle == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

gboolean
kasus_review_bundle_export_finish (GAsyncResult *result, GPtrArray **refusals, GError **error)
{
  ExportData *export;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  export = g_task_get_task_data (G_TASK (result));
  if (refusals != NULL && export->refusals != NULL)
    *refusals = g_ptr_array_ref (export->refusals);
  return g_task_propagate_boolean (G_TASK (result), error);
}
