/* kasus-case.h — a patient case and its .kasus file
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-template.h"
#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_CASE_FORMAT  "kasus-case"
#define KASUS_CASE_VERSION 1

#define KASUS_CASE_ERROR (kasus_case_error_quark ())

typedef enum
{
  KASUS_CASE_ERROR_UNREADABLE,
  KASUS_CASE_ERROR_NOT_UTF8,
  KASUS_CASE_ERROR_MALFORMED,  /* JSON syntax; message has line:column */
  KASUS_CASE_ERROR_NOT_A_CASE, /* no "format": "kasus-case" */
  KASUS_CASE_ERROR_NEWER_VERSION,
  KASUS_CASE_ERROR_WRONG_TYPE, /* a field of the wrong JSON type */
  KASUS_CASE_ERROR_UNWRITABLE,
} KasusCaseError;

typedef enum
{
  KASUS_CONSENT_UNDECIDED = 0,
  KASUS_CONSENT_ANONYMIZED, /* anonymized well enough, no consent needed */
  KASUS_CONSENT_NEEDED,
} KasusConsentDecision;

typedef enum
{
  KASUS_REVIEW_NEW = 0,
  KASUS_REVIEW_COMMENTED,
  KASUS_REVIEW_APPROVED,
  KASUS_REVIEW_RETURNED,
} KasusReviewStatus;

/* What the author knows identifies this patient. Never exported. */
typedef struct
{
  KasusCategory category;
  char         *text;
} KasusKnownIdentifier;

/* A finding the author accepted, with the reason. It matches a finding by
 * section, category and text; when the text changes it no longer matches. */
typedef struct
{
  char         *section;
  KasusCategory category;
  char         *text;
  char         *reason;
} KasusAcceptedFinding;

typedef struct
{
  char *author;
  char *date; /* ISO 8601 */
  char *text;
} KasusReviewComment;

#define KASUS_TYPE_CONSENT_DECISION (kasus_consent_decision_get_type ())
#define KASUS_TYPE_REVIEW_STATUS    (kasus_review_status_get_type ())

GType kasus_consent_decision_get_type (void) G_GNUC_CONST;
GType kasus_review_status_get_type (void) G_GNUC_CONST;

#define KASUS_TYPE_CASE (kasus_case_get_type ())
G_DECLARE_FINAL_TYPE (KasusCase, kasus_case, KASUS, CASE, GObject)

GQuark kasus_case_error_quark (void);

/* An empty case laid out by template (its sections, its language); NULL
 * means the built-in Danish template. */
KasusCase *kasus_case_new (KasusTemplate *template);
/* display_name names the file in error messages. */
KasusCase *kasus_case_new_from_data (const char *data,
                                     gssize      length,
                                     const char *display_name,
                                     GError    **error);
KasusCase *kasus_case_new_from_file (GFile *file, GError **error);
/* As above; display_name (e.g. the path as typed on a command line) names
 * the file in error messages instead of its parse name. */
KasusCase *kasus_case_new_from_file_full (GFile *file, const char *display_name, GError **error);
/* The demo case shipped in the resources (Danish, fully anonymized). */
KasusCase *kasus_case_new_demo (GError **error);

/* Atomic: temporary file in the same folder, fsync, rename; mode 0600.
 * On failure the old file is left as it was. */
gboolean kasus_case_save (KasusCase *self, GFile *file, GError **error);
char    *kasus_case_to_data (KasusCase *self, gsize *length);

/* Metadata (each is also a GObject property of the same name, with "-"
 * for "_": "patient-group", "show-author", and read-only "template-id").
 * Text getters never return NULL; unset text is "". get_metadata and
 * set_metadata also take "analysis" ("wgs", "wes" or "") and "language". */
const char   *kasus_case_get_title (KasusCase *self);
void          kasus_case_set_title (KasusCase *self, const char *title);
const char   *kasus_case_get_patient_group (KasusCase *self);
void          kasus_case_set_patient_group (KasusCase *self, const char *group);
KasusAnalysis kasus_case_get_analysis (KasusCase *self);
void          kasus_case_set_analysis (KasusCase *self, KasusAnalysis analysis);
const char   *kasus_case_get_prior_analyses (KasusCase *self);
void          kasus_case_set_prior_analyses (KasusCase *self, const char *text);
const char   *kasus_case_get_author (KasusCase *self);
void          kasus_case_set_author (KasusCase *self, const char *author);
const char   *kasus_case_get_department (KasusCase *self);
void          kasus_case_set_department (KasusCase *self, const char *department);
const char   *kasus_case_get_region (KasusCase *self);
void          kasus_case_set_region (KasusCase *self, const char *region);
gboolean      kasus_case_get_show_author (KasusCase *self);
void          kasus_case_set_show_author (KasusCase *self, gboolean show);
KasusLanguage kasus_case_get_language (KasusCase *self);
void          kasus_case_set_language (KasusCase *self, KasusLanguage language);
const char   *kasus_case_get_template_id (KasusCase *self);
/* The template the sections are laid out by; NULL when the file names a
 * template this version does not know. Transfer none. */
KasusTemplate *kasus_case_get_template (KasusCase *self);
/* A metadata field by the template's metadata_key ("title", …). */
const char *kasus_case_get_metadata (KasusCase *self, const char *key);
void        kasus_case_set_metadata (KasusCase *self, const char *key, const char *value);

/* Text sections, in template order. set_section_text emits
 * ::section-changed with the index. */
guint       kasus_case_get_n_sections (KasusCase *self);
const char *kasus_case_get_section_id (KasusCase *self, guint index);
const char *kasus_case_get_section_text (KasusCase *self, guint index);
void        kasus_case_set_section_text (KasusCase *self, guint index, const char *text);
int         kasus_case_find_section (KasusCase *self, const char *id);

/* Consent block. Checklist items are keyed by id ("general-terms", …).
 * Decision, obtained and date are also properties ("consent-decision",
 * "consent-obtained", "consent-date"), as are "review-status" and
 * "reviewer". */
gboolean kasus_case_get_consent_item (KasusCase *self, const char *item_id);
void     kasus_case_set_consent_item (KasusCase *self, const char *item_id, gboolean confirmed);
KasusConsentDecision kasus_case_get_consent_decision (KasusCase *self);
void        kasus_case_set_consent_decision (KasusCase *self, KasusConsentDecision decision);
gboolean    kasus_case_get_consent_obtained (KasusCase *self);
void        kasus_case_set_consent_obtained (KasusCase *self, gboolean obtained);
const char *kasus_case_get_consent_date (KasusCase *self); /* YYYY-MM-DD or NULL */
void        kasus_case_set_consent_date (KasusCase *self, const char *date);

/* Review block. */
KasusReviewStatus kasus_case_get_review_status (KasusCase *self);
void              kasus_case_set_review_status (KasusCase *self, KasusReviewStatus status);
const char       *kasus_case_get_reviewer (KasusCase *self);
void              kasus_case_set_reviewer (KasusCase *self, const char *reviewer);
/* Element type KasusReviewComment; transfer none. */
GPtrArray *kasus_case_get_review_comments (KasusCase *self);
void       kasus_case_add_review_comment (KasusCase  *self,
                                          const char *author,
                                          const char *date,
                                          const char *text);

/* Private block: known identifiers. Element type KasusKnownIdentifier. */
GPtrArray *kasus_case_get_known_identifiers (KasusCase *self);
void kasus_case_add_known_identifier (KasusCase *self, KasusCategory category, const char *text);
void kasus_case_remove_known_identifier (KasusCase *self, guint index);
/* Spelling: the words "ignore all" accepts in this case, sorted (never
 * NULL). set_ignored_words sorts, drops duplicates and empty words, and
 * emits ::changed when the list is different. */
const char *const *kasus_case_get_ignored_words (KasusCase *self);
void               kasus_case_set_ignored_words (KasusCase *self, const char *const *words);

/* Accepted findings. Element type KasusAcceptedFinding. */
GPtrArray *kasus_case_get_accepted_findings (KasusCase *self);
void       kasus_case_accept_finding (KasusCase    *self,
                                      const char   *section,
                                      KasusCategory category,
                                      const char   *text,
                                      const char   *reason);
void       kasus_case_unaccept_finding (KasusCase *self, guint index);
/* The accepted entry for this finding, or NULL. */
const KasusAcceptedFinding *kasus_case_lookup_accepted (KasusCase    *self,
                                                        const char   *section,
                                                        KasusCategory category,
                                                        const char   *text);

G_END_DECLS
