/* kasus-submission.h — one submitted case in a review folder
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-case.h"
#include "kasus-pdf-document.h"
#include "kasus-review-file.h"
#include "kasus-scanner.h"

G_BEGIN_DECLS

/* The network's rule: up to five cases per patient group. */
#define KASUS_SUBMISSION_MAX_PER_GROUP 5

typedef enum
{
  KASUS_SUBMISSION_CASE = 0, /* a .kasus file */
  KASUS_SUBMISSION_PDF,      /* a PDF, reviewed in NAME.pdf.kasus-review */
} KasusSubmissionKind;

/* Which sequencing the submission says was used: the metadata of a case,
 * or its text (a PDF has only text). */
typedef enum
{
  KASUS_SEQUENCING_NONE = 0,
  KASUS_SEQUENCING_GENOME = 1 << 0,
  KASUS_SEQUENCING_EXOME = 1 << 1,
} KasusSequencing;

#define KASUS_TYPE_SUBMISSION_KIND (kasus_submission_kind_get_type ())
#define KASUS_TYPE_SEQUENCING      (kasus_sequencing_get_type ())
GType kasus_submission_kind_get_type (void) G_GNUC_CONST;
GType kasus_sequencing_get_type (void) G_GNUC_CONST;

#define KASUS_TYPE_SUBMISSION (kasus_submission_get_type ())
G_DECLARE_FINAL_TYPE (KasusSubmission, kasus_submission, KASUS, SUBMISSION, GObject)

/* TRUE for the names a review folder lists: *.kasus and *.pdf, not hidden. */
gboolean kasus_submission_is_submission_name (const char *basename);

/* Reads, scans and checks file. Never fails: a file that cannot be read
 * gives a submission whose error says why (naming the file). Blocking
 * (opening, scanning, readiness): call it in a worker thread. scanner NULL
 * means the default scanner. After it returns, use the submission from one
 * thread (the main thread, in the app). */
KasusSubmission *
kasus_submission_new_for_file (GFile *file, KasusScanner *scanner, GCancellable *cancellable);

/* Every getter below is also a read-only property (in brackets), for
 * GtkExpression bindings; changes by the review functions notify. */
GFile              *kasus_submission_get_file (KasusSubmission *self); /* "file" */
const char         *kasus_submission_get_name (KasusSubmission *self); /* "name": the basename */
KasusSubmissionKind kasus_submission_get_kind (KasusSubmission *self); /* "kind" */
/* NULL when the file was read ("error"). */
const char *kasus_submission_get_error (KasusSubmission *self);
/* NULL, or what was not checked, e.g. pages of a very long PDF ("warning"). */
const char *kasus_submission_get_warning (KasusSubmission *self);
/* The case title, or the PDF's title (metadata, else its first line);
 * "" when unknown ("title"). */
const char *kasus_submission_get_title (KasusSubmission *self);
/* The case's group; for a PDF the reviewer's choice (review file), else
 * what the PDF says ("Patientgruppe …", the Kasus writer's subject); ""
 * when unknown ("patient-group"). */
const char *kasus_submission_get_patient_group (KasusSubmission *self);
/* The metadata choice of a case; UNSET for a PDF ("analysis"). */
KasusAnalysis kasus_submission_get_analysis (KasusSubmission *self);
/* What the metadata and the text say ("sequencing"). */
KasusSequencing kasus_submission_get_sequencing (KasusSubmission *self);
/* Findings still to deal with, by severity: for a case those not accepted
 * by the author ("n-high", "n-medium", "n-low"). */
guint kasus_submission_get_n_findings (KasusSubmission *self, KasusSeverity severity);
/* Every finding (KasusFinding; section set for a case, page for a PDF).
 * Transfer none. */
GPtrArray *kasus_submission_get_findings (KasusSubmission *self);
/* A case's consent decision and whether consent is recorded as obtained;
 * UNDECIDED/FALSE for a PDF, which has no such record
 * ("consent-decision", "consent-obtained"). */
KasusConsentDecision kasus_submission_get_consent_decision (KasusSubmission *self);
gboolean             kasus_submission_get_consent_obtained (KasusSubmission *self);
/* Readiness of a case (kasus_case_get_readiness()); a PDF has none:
 * has_readiness FALSE ("has-readiness", "ready"). */
gboolean kasus_submission_get_has_readiness (KasusSubmission *self);
gboolean kasus_submission_get_ready (KasusSubmission *self);
/* KasusReadinessReason elements; empty for a PDF. Transfer none. */
GPtrArray *kasus_submission_get_readiness (KasusSubmission *self);
/* A PDF carrying a draft mark ("UDKAST"/"DRAFT"), or a case that is not
 * ready: its export would be a draft ("draft"). */
gboolean kasus_submission_get_draft (KasusSubmission *self);
/* "review-status", "reviewer". */
KasusReviewStatus kasus_submission_get_review_status (KasusSubmission *self);
const char       *kasus_submission_get_reviewer (KasusSubmission *self);
/* KasusReviewComment elements. Transfer none. */
GPtrArray *kasus_submission_get_review_comments (KasusSubmission *self);
/* The file's modification time, or NULL ("modified"). */
GDateTime *kasus_submission_get_modified (KasusSubmission *self);

/* The case (KASUS_SUBMISSION_CASE) or the PDF and its review file
 * (KASUS_SUBMISSION_PDF); NULL otherwise or when the file could not be
 * read. Transfer none. */
KasusCase        *kasus_submission_get_case (KasusSubmission *self);
KasusPdfDocument *kasus_submission_get_pdf (KasusSubmission *self);
KasusReviewFile  *kasus_submission_get_review_file (KasusSubmission *self);

/* Reviewing, in memory until kasus_submission_save_review(). For a case
 * the review block of the case, for a PDF its review file. A comment is
 * dated now; a comment on a new submission makes it "commented". */
void kasus_submission_set_review_status (KasusSubmission *self, KasusReviewStatus status);
void kasus_submission_set_reviewer (KasusSubmission *self, const char *reviewer);
void kasus_submission_add_comment (KasusSubmission *self, const char *author, const char *text);
/* The patient group of a PDF that does not say it (kept in its review
 * file); ignored for a case, whose group is the author's. */
void kasus_submission_set_patient_group (KasusSubmission *self, const char *group);
/* Writes the case file or the review file (atomic, 0600). */
gboolean kasus_submission_save_review (KasusSubmission *self, GError **error);

/* ------------------------------------------------------------------ */
/* A folder of submissions */

/* Called in the caller's main context: n_done of n_total files read. */
typedef void (*KasusSubmissionProgress) (guint n_done, guint n_total, gpointer user_data);

/* Lists folder (the .kasus and .pdf files in it, not its subfolders) and
 * reads them in worker threads, appending each KasusSubmission to store
 * (sorted by name) in the thread-default main context of the caller as
 * soon as it is read, so the first rows show while the rest load. A file
 * that cannot be read is a row with an error. callback runs when every
 * row is in; finish fails only when the folder cannot be listed or on
 * cancellation (rows that arrive after it are dropped). */
void     kasus_submission_load_folder_async (GFile                  *folder,
                                             KasusScanner           *scanner,
                                             GListStore             *store,
                                             GCancellable           *cancellable,
                                             KasusSubmissionProgress progress,
                                             gpointer                progress_data,
                                             GDestroyNotify          progress_data_free,
                                             GAsyncReadyCallback     callback,
                                             gpointer                user_data);
gboolean kasus_submission_load_folder_finish (GAsyncResult *result, GError **error);

/* ------------------------------------------------------------------ */
/* Patient groups */

/* Trimmed and case-folded: "Sjældne sygdomme " and "sjældne Sygdomme" are
 * one group. */
char    *kasus_submission_group_key (const char *patient_group);
gboolean kasus_submission_in_group (KasusSubmission *self, const char *patient_group);
/* The patient groups of the readable submissions in model (a GListModel
 * of KasusSubmission), each once as first written, sorted; submissions
 * without a group are not counted. */
GStrv kasus_submission_list_groups (GListModel *model);
/* The readable submissions of group, in model order. Transfer container. */
GPtrArray *kasus_submission_get_group (GListModel *model, const char *patient_group);
/* "Patient group “…” has 6 cases; a bundle holds at most 5." in the UI's
 * language, or NULL when the group has at most
 * KASUS_SUBMISSION_MAX_PER_GROUP. */
char *kasus_submission_check_group_size (GListModel *model, const char *patient_group);

G_END_DECLS
