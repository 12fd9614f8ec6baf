/* kasus-review-file.h — the review of a submitted PDF, kept next to it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-case.h"

G_BEGIN_DECLS

#define KASUS_REVIEW_FILE_FORMAT  "kasus-review"
#define KASUS_REVIEW_FILE_VERSION 1
#define KASUS_REVIEW_FILE_SUFFIX  ".kasus-review"

#define KASUS_REVIEW_FILE_ERROR (kasus_review_file_error_quark ())

typedef enum
{
  KASUS_REVIEW_FILE_ERROR_UNREADABLE,
  KASUS_REVIEW_FILE_ERROR_MALFORMED,    /* not JSON; message has line:column */
  KASUS_REVIEW_FILE_ERROR_NOT_A_REVIEW, /* no "format": "kasus-review" */
  KASUS_REVIEW_FILE_ERROR_NEWER_VERSION,
  KASUS_REVIEW_FILE_ERROR_WRONG_TYPE, /* a field of the wrong type or value */
  KASUS_REVIEW_FILE_ERROR_UNWRITABLE,
} KasusReviewFileError;

#define KASUS_TYPE_REVIEW_FILE (kasus_review_file_get_type ())
G_DECLARE_FINAL_TYPE (KasusReviewFile, kasus_review_file, KASUS, REVIEW_FILE, GObject)

/* The file format (UTF-8 JSON, mode 0600):
 *   { "format": "kasus-review", "version": 1,
 *     "status": "new" | "commented" | "approved" | "returned",
 *     "reviewer": "…",
 *     "patient_group": "…",         (optional: set by the reviewer when the
 *                                    PDF does not say it)
 *     "comments": [ { "author": "…", "date": "ISO 8601", "text": "…" } ] } */

GQuark kasus_review_file_error_quark (void);

/* NAME.pdf -> NAME.pdf.kasus-review, in the same folder. */
GFile *kasus_review_file_get_file_for (GFile *pdf);

KasusReviewFile *kasus_review_file_new (void);
/* Reads a review file; errors name the file and the problem. */
KasusReviewFile *kasus_review_file_new_from_file (GFile *file, GError **error);
KasusReviewFile *kasus_review_file_new_from_data (const char *data,
                                                  gssize      length,
                                                  const char *display_name,
                                                  GError    **error);
/* The review of pdf: read from its review file, or a new one (status new)
 * when there is none yet. */
KasusReviewFile *kasus_review_file_load_for (GFile *pdf, GError **error);

char *kasus_review_file_to_data (KasusReviewFile *self, gsize *length);
/* Atomic (temporary file in the same folder, fsync, rename), mode 0600;
 * on failure the old file is left as it was and the error names file. */
gboolean kasus_review_file_save (KasusReviewFile *self, GFile *file, GError **error);
gboolean kasus_review_file_save_for (KasusReviewFile *self, GFile *pdf, GError **error);

/* Also properties: "status", "reviewer", "patient-group". */
KasusReviewStatus kasus_review_file_get_status (KasusReviewFile *self);
void              kasus_review_file_set_status (KasusReviewFile *self, KasusReviewStatus status);
const char       *kasus_review_file_get_reviewer (KasusReviewFile *self);
void              kasus_review_file_set_reviewer (KasusReviewFile *self, const char *reviewer);
/* "" when the reviewer has not set one. */
const char *kasus_review_file_get_patient_group (KasusReviewFile *self);
void        kasus_review_file_set_patient_group (KasusReviewFile *self, const char *group);
/* Element type KasusReviewComment; transfer none. */
GPtrArray *kasus_review_file_get_comments (KasusReviewFile *self);
/* date NULL means now (ISO 8601, local time). */
void kasus_review_file_add_comment (KasusReviewFile *self,
                                    const char      *author,
                                    const char      *date,
                                    const char      *text);

G_END_DECLS
