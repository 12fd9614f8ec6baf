/* kasus-review-bundle.h — the bundle PDF of one patient group, if it may be made
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-submission.h"

G_BEGIN_DECLS

#define KASUS_REVIEW_BUNDLE_ERROR (kasus_review_bundle_error_quark ())

typedef enum
{
  KASUS_REVIEW_BUNDLE_ERROR_REFUSED, /* see the refusals */
} KasusReviewBundleError;

/* One reason the bundle cannot be made. */
typedef struct
{
  KasusSubmission *submission; /* the case it is about, or NULL (the group) */
  char            *message;    /* one sentence in the UI's language,
                                * naming the file when there is one */
  char *reason;                /* the same without the file's name, as a
                                * sentence: "Not approved (review status:
                                * new)"; for a readiness reason just that
                                * ("“Title” is empty") */
  gboolean not_ready;          /* reason is one of the case's readiness
                                * reasons: the case would be a draft */
} KasusBundleRefusal;

#define KASUS_TYPE_BUNDLE_REFUSAL (kasus_bundle_refusal_get_type ())
GType               kasus_bundle_refusal_get_type (void) G_GNUC_CONST;
KasusBundleRefusal *kasus_bundle_refusal_copy (const KasusBundleRefusal *refusal);
void                kasus_bundle_refusal_free (KasusBundleRefusal *refusal);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusBundleRefusal, kasus_bundle_refusal_free)

GQuark kasus_review_bundle_error_quark (void);

/* Every reason the bundle of patient_group cannot be made from
 * submissions (KasusSubmission elements; those of other groups are left
 * out): no case in the group, more than KASUS_SUBMISSION_MAX_PER_GROUP,
 * and per case: not approved, a case that is not ready (it would be a
 * draft; each readiness reason is listed), a PDF marked as a draft, a PDF
 * not read in full, a review file that cannot be read. Empty means the
 * bundle can be made. Transfer full, with a free function. */
GPtrArray *kasus_review_bundle_check (GPtrArray *submissions, const char *patient_group);

/* The refusals as a list for people, grouped per file: the reasons about
 * the group first, then each file's name once with its reasons under it,
 * a case's readiness reasons under one "A draft, not ready:". Lines are
 * indented with indent ("" for none); with markup the text is Pango
 * markup, the file names bold. */
char *
kasus_review_bundle_describe_refusals (GPtrArray *refusals, const char *indent, gboolean markup);

/* Checks, then writes the bundle of patient_group to dest (atomic, 0600):
 * cover (language: AUTO means Danish), contents, each case from a new page
 * in the order of submissions, page numbers across, an outline. date NULL
 * means today. When refused it returns FALSE with
 * KASUS_REVIEW_BUNDLE_ERROR_REFUSED and, if refusals is not NULL, the
 * reasons. Cases and PDFs are copied before anything is laid out, so the
 * submissions are not touched by the writing. */
gboolean kasus_review_bundle_export (GPtrArray    *submissions,
                                     const char   *patient_group,
                                     KasusLanguage language,
                                     GDateTime    *date,
                                     GFile        *dest,
                                     GPtrArray   **refusals,
                                     GError      **error);

/* The same, with the checks and copies done now (call it in the thread
 * that owns the submissions) and the layout and writing in a worker
 * thread. finish returns the refusals, as export does. */
void kasus_review_bundle_export_async (GPtrArray          *submissions,
                                       const char         *patient_group,
                                       KasusLanguage       language,
                                       GDateTime          *date,
                                       GFile              *dest,
                                       GCancellable       *cancellable,
                                       GAsyncReadyCallback callback,
                                       gpointer            user_data);
gboolean
kasus_review_bundle_export_finish (GAsyncResult *result, GPtrArray **refusals, GError **error);

G_END_DECLS
