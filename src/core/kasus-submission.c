/* kasus-submission.c — one submitted case in a review folder
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-submission"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kasus-core.h"
#include "kasus-readiness.h"
#include "kasus-submission.h"

struct _KasusSubmission
{
  GObject parent_instance;

  GFile              *file;
  char               *name;
  KasusSubmissionKind kind;
  char               *error;
  char               *warning;
  GDateTime          *modified;

  KasusCase        *kase;
  KasusPdfDocument *pdf;
  KasusReviewFile  *review;

  char           *title;
  char           *pdf_group; /* what the PDF itself says */
  KasusSequencing sequencing;
  GPtrArray      *findings; /* KasusFinding */
  guint           n_findings[KASUS_SEVERITY_HIGH + 1];
  GPtrArray      *readiness; /* KasusReadinessReason */
  gboolean        draft;
};

G_DEFINE_FINAL_TYPE (KasusSubmission, kasus_submission, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FILE,
  PROP_NAME,
  PROP_KIND,
  PROP_ERROR,
  PROP_WARNING,
  PROP_TITLE,
  PROP_PATIENT_GROUP,
  PROP_ANALYSIS,
  PROP_SEQUENCING,
  PROP_N_HIGH,
  PROP_N_MEDIUM,
  PROP_N_LOW,
  PROP_CONSENT_DECISION,
  PROP_CONSENT_OBTAINED,
  PROP_HAS_READINESS,
  PROP_READY,
  PROP_DRAFT,
  PROP_REVIEW_STATUS,
  PROP_REVIEWER,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GEnumValue kind_values[] = { { KASUS_SUBMISSION_CASE, "KASUS_SUBMISSION_CASE",
                                            "case" },
                                          { KASUS_SUBMISSION_PDF, "KASUS_SUBMISSION_PDF", "pdf" },
                                          { 0, NULL, NULL } };

static const GFlagsValue sequencing_values[] = {
  { KASUS_SEQUENCING_NONE, "KASUS_SEQUENCING_NONE", "none" },
  { KASUS_SEQUENCING_GENOME, "KASUS_SEQUENCING_GENOME", "genome" },
  { KASUS_SEQUENCING_EXOME, "KASUS_SEQUENCING_EXOME", "exome" },
  { 0, NULL, NULL }
};

GType
kasus_submission_kind_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (
      &type, g_enum_register_static (g_intern_static_string ("KasusSubmissionKind"), kind_values));
  return type;
}

GType
kasus_sequencing_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_flags_register_static (g_intern_static_string ("KasusSequencing"),
                                                       sequencing_values));
  return type;
}

static void
kasus_submission_finalize (GObject *object)
{
  KasusSubmission *self = KASUS_SUBMISSION (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->warning, g_free);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_object (&self->kase);
  g_clear_object (&self->pdf);
  g_clear_object (&self->review);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->pdf_group, g_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->readiness, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_submission_parent_class)->finalize (object);
}

static void
kasus_submission_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusSubmission *self = KASUS_SUBMISSION (object);

  switch (prop_id)
    {
      case PROP_FILE:
        g_value_set_object (value, self->file);
        break;
      case PROP_NAME:
        g_value_set_string (value, self->name);
        break;
      case PROP_KIND:
        g_value_set_enum (value, self->kind);
        break;
      case PROP_ERROR:
        g_value_set_string (value, self->error);
        break;
      case PROP_WARNING:
        g_value_set_string (value, self->warning);
        break;
      case PROP_TITLE:
        g_value_set_string (value, kasus_submission_get_title (self));
        break;
      case PROP_PATIENT_GROUP:
        g_value_set_string (value, kasus_submission_get_patient_group (self));
        break;
      case PROP_ANALYSIS:
        g_value_set_enum (value, kasus_submission_get_analysis (self));
        break;
      case PROP_SEQUENCING:
        g_value_set_flags (value, self->sequencing);
        break;
      case PROP_N_HIGH:
        g_value_set_uint (value, self->n_findings[KASUS_SEVERITY_HIGH]);
        break;
      case PROP_N_MEDIUM:
        g_value_set_uint (value, self->n_findings[KASUS_SEVERITY_MEDIUM]);
        break;
      case PROP_N_LOW:
        g_value_set_uint (value, self->n_findings[KASUS_SEVERITY_LOW]);
        break;
      case PROP_CONSENT_DECISION:
        g_value_set_enum (value, kasus_submission_get_consent_decision (self));
        break;
      case PROP_CONSENT_OBTAINED:
        g_value_set_boolean (value, kasus_submission_get_consent_obtained (self));
        break;
      case PROP_HAS_READINESS:
        g_value_set_boolean (value, kasus_submission_get_has_readiness (self));
        break;
      case PROP_READY:
        g_value_set_boolean (value, kasus_submission_get_ready (self));
        break;
      case PROP_DRAFT:
        g_value_set_boolean (value, self->draft);
        break;
      case PROP_REVIEW_STATUS:
        g_value_set_enum (value, kasus_submission_get_review_status (self));
        break;
      case PROP_REVIEWER:
        g_value_set_string (value, kasus_submission_get_reviewer (self));
        break;
      case PROP_MODIFIED:
        g_value_set_boxed (value, self->modified);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_submission_class_init (KasusSubmissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kasus_submission_finalize;
  object_class->get_property = kasus_submission_get_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, KASUS_TYPE_SUBMISSION_KIND,
                                             KASUS_SUBMISSION_CASE, flags);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, flags);
  properties[PROP_WARNING] = g_param_spec_string ("warning", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_PATIENT_GROUP] = g_param_spec_string ("patient-group", NULL, NULL, "", flags);
  properties[PROP_ANALYSIS] =
    g_param_spec_enum ("analysis", NULL, NULL, KASUS_TYPE_ANALYSIS, KASUS_ANALYSIS_UNSET, flags);
  properties[PROP_SEQUENCING] = g_param_spec_flags ("sequencing", NULL, NULL, KASUS_TYPE_SEQUENCING,
                                                    KASUS_SEQUENCING_NONE, flags);
  properties[PROP_N_HIGH] = g_param_spec_uint ("n-high", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_MEDIUM] = g_param_spec_uint ("n-medium", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_LOW] = g_param_spec_uint ("n-low", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CONSENT_DECISION] = g_param_spec_enum (
    "consent-decision", NULL, NULL, KASUS_TYPE_CONSENT_DECISION, KASUS_CONSENT_UNDECIDED, flags);
  properties[PROP_CONSENT_OBTAINED] =
    g_param_spec_boolean ("consent-obtained", NULL, NULL, FALSE, flags);
  properties[PROP_HAS_READINESS] = g_param_spec_boolean ("has-readiness", NULL, NULL, FALSE, flags);
  properties[PROP_READY] = g_param_spec_boolean ("ready", NULL, NULL, FALSE, flags);
  properties[PROP_DRAFT] = g_param_spec_boolean ("draft", NULL, NULL, FALSE, flags);
  properties[PROP_REVIEW_STATUS] = g_param_spec_enum (
    "review-status", NULL, NULL, KASUS_TYPE_REVIEW_STATUS, KASUS_REVIEW_NEW, flags);
  properties[PROP_REVIEWER] = g_param_spec_string ("reviewer", NULL, NULL, "", flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kasus_submission_init (KasusSubmission *self)
{
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  self->readiness = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_readiness_reason_free);
  self->title = g_strdup ("");
  self->pdf_group = g_strdup ("");
}

/* ------------------------------------------------------------------ */
/* Reading */

gboolean
kasus_submission_is_submission_name (const char *basename)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (basename != NULL, FALSE);

  if (basename[0] == '.')
    return FALSE;
  lower = g_ascii_strdown (basename, -1);
  return g_str_has_suffix (lower, ".kasus") || g_str_has_suffix (lower, ".pdf");
}

static KasusSequencing
sequencing_of_text (const char *text)
{
  gboolean genome = FALSE, exome = FALSE;

  kasus_readiness_text_states_analysis (text, &genome, &exome);
  return (genome ? KASUS_SEQUENCING_GENOME : 0) | (exome ? KASUS_SEQUENCING_EXOME : 0);
}

static void
read_case (KasusSubmission *self, KasusScanner *scanner)
{
  g_autoptr (GError)    error = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) readiness = NULL;
  g_autoptr (GString)   text = NULL;

  self->kase = kasus_case_new_from_file_full (self->file, self->name, &error);
  if (self->kase == NULL)
    {
      self->error = g_strdup (error->message);
      return;
    }

  g_free (self->title);
  self->title = g_strdup (kasus_case_get_title (self->kase));

  switch (kasus_case_get_analysis (self->kase))
    {
      case KASUS_ANALYSIS_WGS:
        self->sequencing |= KASUS_SEQUENCING_GENOME;
        break;
      case KASUS_ANALYSIS_WES:
        self->sequencing |= KASUS_SEQUENCING_EXOME;
        break;
      case KASUS_ANALYSIS_UNSET:
      default:
        break;
    }
  /* The analysis the author chose is what was done: the text is read only
   * when none is chosen, for it may well say "ikke eksomsekventering". */
  if (self->sequencing == 0)
    {
      text = g_string_new (kasus_case_get_title (self->kase));
      for (guint i = 0; i < kasus_case_get_n_sections (self->kase); i++)
        {
          g_string_append (text, "\n\n");
          g_string_append (text, kasus_case_get_section_text (self->kase, i));
        }
      self->sequencing = sequencing_of_text (text->str);
    }

  findings = kasus_readiness_scan_case (self->kase, scanner);
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);

      g_ptr_array_add (self->findings, kasus_finding_ref (f));
      if (f->severity == KASUS_SEVERITY_LOW || kasus_readiness_finding_blocks (self->kase, f))
        self->n_findings[f->severity]++;
    }

  readiness = kasus_case_get_readiness (self->kase, scanner);
  g_ptr_array_extend_and_steal (self->readiness, g_steal_pointer (&readiness));
  self->draft = self->readiness->len > 0;
}

/* The group a PDF names: the Kasus writer's subject ("Patientcase: …"),
 * else a "Patientgruppe …" line of the first page. */
static char *
pdf_patient_group (KasusPdfDocument *pdf)
{
  static const char     *prefixes[] = { "Patientcase:", "Patient case:" };
  static GRegex         *regex;
  static gsize           once;
  const char            *subject = kasus_pdf_document_get_subject (pdf);
  g_autoptr (GMatchInfo) match = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (subject, prefixes[i]))
      {
        char *group = g_strstrip (g_strdup (subject + strlen (prefixes[i])));

        if (*group != '\0')
          return group;
        g_free (group);
      }

  if (g_once_init_enter (&once))
    {
      regex =
        g_regex_new ("^[ \\t]*(?:patientgruppe|patient group)[ \\t]*:?[ \\t]*(\\S[^\\n]*?)[ \\t]*$",
                     G_REGEX_MULTILINE | G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  if (kasus_pdf_document_get_n_pages_read (pdf) > 0 &&
      g_regex_match (regex, kasus_pdf_document_get_page_text (pdf, 0), 0, &match))
    return g_match_info_fetch (match, 1);

  return g_strdup ("");
}

/* The metadata title, else the first line of text. */
static char *
pdf_title (KasusPdfDocument *pdf)
{
  const char *text;

  if (*kasus_pdf_document_get_title (pdf) != '\0')
    return g_strdup (kasus_pdf_document_get_title (pdf));
  if (kasus_pdf_document_get_n_pages_read (pdf) == 0)
    return g_strdup ("");

  text = kasus_pdf_document_get_page_text (pdf, 0);
  while (*text != '\0')
    {
      const char      *end = strchr (text, '\n');
      g_autofree char *line = g_strndup (text, end ? (gsize) (end - text) : strlen (text));

      g_strstrip (line);
      if (*line != '\0')
        {
          if (g_utf8_strlen (line, -1) > 120)
            *g_utf8_offset_to_pointer (line, 120) = '\0';
          return g_steal_pointer (&line);
        }
      if (end == NULL)
        break;
      text = end + 1;
    }
  return g_strdup ("");
}

/* What a Kasus PDF's metadata table says was done: its "Analyse" /
 * "Analysis" row on the first page ("Helgenomsekventering (WGS)"). The
 * text around it repeats the template's headings and may say what was not
 * done, so the row is the better witness. 0 for other PDFs, and when the
 * row says "Ikke angivet". */
static KasusSequencing
pdf_stated_sequencing (KasusPdfDocument *pdf)
{
  static GRegex         *regex;
  static gsize           once;
  g_autofree char       *creator = NULL;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char       *value = NULL;

  if (kasus_pdf_document_get_n_pages_read (pdf) == 0)
    return 0;
  creator = poppler_document_get_creator (kasus_pdf_document_get_poppler (pdf));
  if (g_strcmp0 (creator, "Kasus") != 0)
    return 0;

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("^[ \\t]*(?:Analyse|Analysis)[ \\t]*:?[ \\t]+(\\S[^\\n]*?)[ \\t]*$",
                           G_REGEX_MULTILINE | G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  if (!g_regex_match (regex, kasus_pdf_document_get_page_text (pdf, 0), 0, &match))
    return 0;
  value = g_match_info_fetch (match, 1);
  return sequencing_of_text (value);
}

static void
read_pdf (KasusSubmission *self, KasusScanner *scanner, GCancellable *cancellable)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *text = NULL;
  GPtrArray         *findings;

  self->pdf = kasus_pdf_document_new_from_file (self->file, self->name, cancellable, &error);
  if (self->pdf == NULL)
    {
      self->error = g_strdup (error->message);
      return;
    }

  self->review = kasus_review_file_load_for (self->file, &error);
  if (self->review == NULL)
    self->error = g_strdup (error->message);

  kasus_pdf_document_scan (self->pdf, scanner, NULL);
  findings = kasus_pdf_document_get_findings (self->pdf);
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);

      g_ptr_array_add (self->findings, kasus_finding_ref (f));
      self->n_findings[f->severity]++;
    }

  g_free (self->title);
  self->title = pdf_title (self->pdf);
  g_free (self->pdf_group);
  self->pdf_group = pdf_patient_group (self->pdf);
  self->sequencing = pdf_stated_sequencing (self->pdf);
  if (self->sequencing == 0)
    {
      text = kasus_pdf_document_dup_text (self->pdf);
      self->sequencing = sequencing_of_text (text);
    }
  self->draft = kasus_pdf_document_is_draft (self->pdf);
  self->warning = kasus_pdf_document_describe_truncation (self->pdf);
}

KasusSubmission *
kasus_submission_new_for_file (GFile *file, KasusScanner *scanner, GCancellable *cancellable)
{
  g_autoptr (KasusSubmission) self = NULL;
  g_autoptr (GFileInfo)       info = NULL;
  g_autofree char            *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!scanner || KASUS_IS_SCANNER (scanner), NULL);

  kasus_core_init ();
  if (scanner == NULL)
    scanner = kasus_scanner_get_default ();

  self = g_object_new (KASUS_TYPE_SUBMISSION, NULL);
  self->file = g_object_ref (file);
  self->name = g_file_get_basename (file);
  if (self->name == NULL)
    self->name = g_file_get_parse_name (file);
  lower = g_ascii_strdown (self->name, -1);
  self->kind = g_str_has_suffix (lower, ".pdf") ? KASUS_SUBMISSION_PDF : KASUS_SUBMISSION_CASE;

  info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                       G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL)
    {
      g_autoptr (GDateTime) utc = g_file_info_get_modification_date_time (info);

      if (utc != NULL)
        self->modified = g_date_time_to_local (utc);
    }

  if (self->kind == KASUS_SUBMISSION_PDF)
    read_pdf (self, scanner, cancellable);
  else
    read_case (self, scanner);

  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------ */
/* Getters */

GFile *
kasus_submission_get_file (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->file;
}

const char *
kasus_submission_get_name (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->name;
}

KasusSubmissionKind
kasus_submission_get_kind (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), KASUS_SUBMISSION_CASE);
  return self->kind;
}

const char *
kasus_submission_get_error (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->error;
}

const char *
kasus_submission_get_warning (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->warning;
}

const char *
kasus_submission_get_title (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);

  if (self->kase != NULL)
    return kasus_case_get_title (self->kase);
  return self->title;
}

const char *
kasus_submission_get_patient_group (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);

  if (self->kase != NULL)
    return kasus_case_get_patient_group (self->kase);
  if (self->review != NULL && *kasus_review_file_get_patient_group (self->review) != '\0')
    return kasus_review_file_get_patient_group (self->review);
  return self->pdf_group;
}

KasusAnalysis
kasus_submission_get_analysis (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), KASUS_ANALYSIS_UNSET);

  if (self->kase != NULL)
    return kasus_case_get_analysis (self->kase);
  return KASUS_ANALYSIS_UNSET;
}

KasusSequencing
kasus_submission_get_sequencing (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), KASUS_SEQUENCING_NONE);
  return self->sequencing;
}

guint
kasus_submission_get_n_findings (KasusSubmission *self, KasusSeverity severity)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), 0);
  g_return_val_if_fail (severity <= KASUS_SEVERITY_HIGH, 0);
  return self->n_findings[severity];
}

GPtrArray *
kasus_submission_get_findings (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->findings;
}

KasusConsentDecision
kasus_submission_get_consent_decision (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), KASUS_CONSENT_UNDECIDED);

  if (self->kase != NULL)
    return kasus_case_get_consent_decision (self->kase);
  return KASUS_CONSENT_UNDECIDED;
}

gboolean
kasus_submission_get_consent_obtained (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);

  if (self->kase != NULL)
    return kasus_case_get_consent_obtained (self->kase);
  return FALSE;
}

gboolean
kasus_submission_get_has_readiness (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);
  return self->kase != NULL;
}

gboolean
kasus_submission_get_ready (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);
  return self->kase != NULL && self->readiness->len == 0;
}

GPtrArray *
kasus_submission_get_readiness (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->readiness;
}

gboolean
kasus_submission_get_draft (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);
  return self->draft;
}

KasusReviewStatus
kasus_submission_get_review_status (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), KASUS_REVIEW_NEW);

  if (self->kase != NULL)
    return kasus_case_get_review_status (self->kase);
  if (self->review != NULL)
    return kasus_review_file_get_status (self->review);
  return KASUS_REVIEW_NEW;
}

const char *
kasus_submission_get_reviewer (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);

  if (self->kase != NULL)
    return kasus_case_get_reviewer (self->kase);
  if (self->review != NULL)
    return kasus_review_file_get_reviewer (self->review);
  return "";
}

GPtrArray *
kasus_submission_get_review_comments (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);

  if (self->kase != NULL)
    return kasus_case_get_review_comments (self->kase);
  if (self->review != NULL)
    return kasus_review_file_get_comments (self->review);
  return NULL;
}

GDateTime *
kasus_submission_get_modified (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->modified;
}

KasusCase *
kasus_submission_get_case (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->kase;
}

KasusPdfDocument *
kasus_submission_get_pdf (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->pdf;
}

KasusReviewFile *
kasus_submission_get_review_file (KasusSubmission *self)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), NULL);
  return self->review;
}

/* ------------------------------------------------------------------ */
/* Reviewing */

void
kasus_submission_set_review_status (KasusSubmission *self, KasusReviewStatus status)
{
  g_return_if_fail (KASUS_IS_SUBMISSION (self));

  if (kasus_submission_get_review_status (self) == status)
    return;
  if (self->kase != NULL)
    kasus_case_set_review_status (self->kase, status);
  else if (self->review != NULL)
    kasus_review_file_set_status (self->review, status);
  else
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_STATUS]);
}

void
kasus_submission_set_reviewer (KasusSubmission *self, const char *reviewer)
{
  g_return_if_fail (KASUS_IS_SUBMISSION (self));

  if (g_strcmp0 (kasus_submission_get_reviewer (self), reviewer ? reviewer : "") == 0)
    return;
  if (self->kase != NULL)
    kasus_case_set_reviewer (self->kase, reviewer);
  else if (self->review != NULL)
    kasus_review_file_set_reviewer (self->review, reviewer);
  else
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER]);
}

void
kasus_submission_add_comment (KasusSubmission *self, const char *author, const char *text)
{
  g_autoptr (GDateTime) now = NULL;
  g_autofree char      *date = NULL;

  g_return_if_fail (KASUS_IS_SUBMISSION (self));

  now = g_date_time_new_now_local ();
  date = g_date_time_format_iso8601 (now);
  if (self->kase != NULL)
    kasus_case_add_review_comment (self->kase, author, date, text);
  else if (self->review != NULL)
    kasus_review_file_add_comment (self->review, author, date, text);
  else
    return;

  if (kasus_submission_get_review_status (self) == KASUS_REVIEW_NEW)
    kasus_submission_set_review_status (self, KASUS_REVIEW_COMMENTED);
}

void
kasus_submission_set_patient_group (KasusSubmission *self, const char *group)
{
  g_return_if_fail (KASUS_IS_SUBMISSION (self));

  if (self->review == NULL)
    return;
  if (g_strcmp0 (kasus_review_file_get_patient_group (self->review), group ? group : "") == 0)
    return;
  kasus_review_file_set_patient_group (self->review, group);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_GROUP]);
}

gboolean
kasus_submission_save_review (KasusSubmission *self, GError **error)
{
  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);

  if (self->kase != NULL)
    return kasus_case_save (self->kase, self->file, error);
  if (self->review != NULL)
    return kasus_review_file_save_for (self->review, self->file, error);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("%s: the review cannot be saved: %s"),
               self->name, self->error ? self->error : _ ("the file could not be read"));
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Patient groups */

char *
kasus_submission_group_key (const char *patient_group)
{
  g_autofree char *copy = g_strstrip (g_strdup (patient_group ? patient_group : ""));
  g_autofree char *normalized = g_utf8_normalize (copy, -1, G_NORMALIZE_NFC);

  return g_utf8_casefold (normalized ? normalized : copy, -1);
}

gboolean
kasus_submission_in_group (KasusSubmission *self, const char *patient_group)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (KASUS_IS_SUBMISSION (self), FALSE);

  if (self->kase == NULL && self->pdf == NULL)
    return FALSE;
  a = kasus_submission_group_key (kasus_submission_get_patient_group (self));
  b = kasus_submission_group_key (patient_group);
  return *a != '\0' && g_str_equal (a, b);
}

static int
compare_collated (gconstpointer a, gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

GStrv
kasus_submission_list_groups (GListModel *model)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GPtrArray)  groups = g_ptr_array_new ();
  guint                  n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KasusSubmission) item = g_list_model_get_item (model, i);
      g_autofree char            *key = NULL;
      const char                 *group;

      if (item->kase == NULL && item->pdf == NULL)
        continue;
      group = kasus_submission_get_patient_group (item);
      key = kasus_submission_group_key (group);
      if (*key == '\0' || g_hash_table_contains (seen, key))
        continue;
      g_ptr_array_add (groups, g_strstrip (g_strdup (group)));
      g_hash_table_add (seen, g_steal_pointer (&key));
    }

  g_ptr_array_sort (groups, compare_collated);
  g_ptr_array_add (groups, NULL);
  return (GStrv) g_ptr_array_steal (groups, NULL);
}

GPtrArray *
kasus_submission_get_group (GListModel *model, const char *patient_group)
{
  GPtrArray *out;
  guint      n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  out = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KasusSubmission) item = g_list_model_get_item (model, i);

      if (kasus_submission_in_group (item, patient_group))
        g_ptr_array_add (out, g_steal_pointer (&item));
    }
  return out;
}

char *
kasus_submission_check_group_size (GListModel *model, const char *patient_group)
{
  g_autoptr (GPtrArray) members = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  members = kasus_submission_get_group (model, patient_group);
  if (members->len <= KASUS_SUBMISSION_MAX_PER_GROUP)
    return NULL;
  return g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "Patient group “%s” has %u case; a bundle holds at most %u.",
                 "Patient group “%s” has %u cases; a bundle holds at most %u.", members->len),
    patient_group, members->len, KASUS_SUBMISSION_MAX_PER_GROUP);
}

/* ------------------------------------------------------------------ */
/* Loading a folder */

typedef struct
{
  /* Set before the workers start, then read-only. */
  GTask                  *task;
  GMainContext           *context;
  GFile                  *folder;
  KasusScanner           *scanner;
  GListStore             *store;
  GCancellable           *cancellable;
  KasusSubmissionProgress progress;
  gpointer                progress_data;
  GDestroyNotify          progress_data_free;
  GPtrArray              *files; /* GFile, set by the lister */

  /* Workers */
  guint next;      /* atomic: index of the next file */
  guint n_running; /* atomic: workers still at work */

  guint n_pending; /* atomic: messages sent, not yet handled */

  /* Main context only */
  guint    n_done;
  gboolean workers_done;
  GError  *error;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_pointer (&load->context, g_main_context_unref);
  g_clear_object (&load->folder);
  g_clear_object (&load->scanner);
  g_clear_object (&load->store);
  g_clear_object (&load->cancellable);
  if (load->progress_data_free != NULL)
    load->progress_data_free (load->progress_data);
  g_clear_pointer (&load->files, g_ptr_array_unref);
  g_clear_error (&load->error);
  g_free (load);
}

static void
load_maybe_complete (LoadData *load)
{
  GTask *task;

  if (!load->workers_done || g_atomic_int_get (&load->n_pending) > 0)
    return;

  task = g_steal_pointer (&load->task);
  if (load->error != NULL)
    g_task_return_error (task, g_steal_pointer (&load->error));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

typedef struct
{
  LoadData        *load;
  KasusSubmission *submission; /* NULL: the count of files is known */
  guint            n_total;
} RowMessage;

static int
compare_by_name (gconstpointer a, gconstpointer b, gpointer user_data)
{
  KasusSubmission *sa = (KasusSubmission *) a;
  KasusSubmission *sb = (KasusSubmission *) b;

  return g_utf8_collate (sa->name, sb->name);
}

static gboolean
row_arrived (gpointer data)
{
  RowMessage *message = data;
  LoadData   *load = message->load;

  g_atomic_int_dec_and_test (&load->n_pending);
  if (message->submission == NULL)
    {
      if (load->progress && !g_cancellable_is_cancelled (load->cancellable))
        load->progress (0, message->n_total, load->progress_data);
    }
  else if (!g_cancellable_is_cancelled (load->cancellable))
    {
      load->n_done++;
      g_list_store_insert_sorted (load->store, message->submission, compare_by_name, NULL);
      if (load->progress)
        load->progress (load->n_done, load->files->len, load->progress_data);
    }
  load_maybe_complete (load);
  return G_SOURCE_REMOVE;
}

static void
row_message_free (gpointer data)
{
  RowMessage *message = data;

  g_clear_object (&message->submission);
  g_free (message);
}

static gboolean
workers_finished (gpointer data)
{
  LoadData *load = data;

  load->workers_done = TRUE;
  load_maybe_complete (load);
  return G_SOURCE_REMOVE;
}

/* Always through an idle source: g_main_context_invoke() would run the
 * function right here if the context happened to be free. */
static void
post (GMainContext *context, GSourceFunc func, gpointer data, GDestroyNotify notify)
{
  g_autoptr (GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[kasus] folder row");
  g_source_attach (source, context);
}

static void
send_row (LoadData *load, KasusSubmission *submission, guint n_total)
{
  RowMessage *message = g_new0 (RowMessage, 1);

  message->load = load;
  message->submission = submission;
  message->n_total = n_total;
  g_atomic_int_inc (&load->n_pending);
  post (load->context, row_arrived, message, row_message_free);
}

static gpointer
load_worker (gpointer data)
{
  LoadData *load = data;

  for (;;)
    {
      guint            index = (guint) g_atomic_int_add (&load->next, 1);
      KasusSubmission *submission;

      if (index >= load->files->len || g_cancellable_is_cancelled (load->cancellable))
        break;
      submission = kasus_submission_new_for_file (g_ptr_array_index (load->files, index),
                                                  load->scanner, load->cancellable);
      send_row (load, submission, load->files->len);
    }

  if (g_atomic_int_dec_and_test (&load->n_running))
    post (load->context, workers_finished, load, NULL);
  return NULL;
}

static int
compare_files (gconstpointer a, gconstpointer b)
{
  g_autofree char *na = g_file_get_basename (*(GFile **) a);
  g_autofree char *nb = g_file_get_basename (*(GFile **) b);

  return g_utf8_collate (na, nb);
}

/* The first worker lists the folder and starts the others. */
static gpointer
load_lister (gpointer data)
{
  LoadData                   *load = data;
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GError)          error = NULL;
  guint                       n_workers;

  enumerator = g_file_enumerate_children (
    load->folder, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
    G_FILE_QUERY_INFO_NONE, load->cancellable, &error);
  while (enumerator != NULL)
    {
      GFileInfo *info = NULL;
      GFile     *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, load->cancellable, &error) ||
          info == NULL)
        break;
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !kasus_submission_is_submission_name (g_file_info_get_name (info)))
        continue;
      g_ptr_array_add (load->files, g_object_ref (child));
    }

  if (error != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (load->folder);
      GError          *wrapped;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        wrapped = g_steal_pointer (&error);
      else
        wrapped = g_error_new (error->domain, error->code, _ ("%s: the folder cannot be read: %s"),
                               name, error->message);
      /* Reported by workers_finished in the main context. */
      load->error = wrapped;
      g_ptr_array_set_size (load->files, 0);
    }

  g_ptr_array_sort (load->files, compare_files);
  send_row (load, NULL, load->files->len);

  /* Scanning is CPU-bound; the machine may be shared. */
  n_workers = CLAMP (g_get_num_processors (), 1, 4);
  n_workers = MIN (n_workers, MAX (load->files->len, 1));
  g_atomic_int_set (&load->n_running, n_workers);
  for (guint i = 1; i < n_workers; i++)
    g_thread_unref (g_thread_new ("kasus-folder", load_worker, load));
  return load_worker (load);
}

void
kasus_submission_load_folder_async (GFile                  *folder,
                                    KasusScanner           *scanner,
                                    GListStore             *store,
                                    GCancellable           *cancellable,
                                    KasusSubmissionProgress progress,
                                    gpointer                progress_data,
                                    GDestroyNotify          progress_data_free,
                                    GAsyncReadyCallback     callback,
                                    gpointer                user_data)
{
  LoadData *load;

  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (!scanner || KASUS_IS_SCANNER (scanner));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (g_list_model_get_item_type (G_LIST_MODEL (store)) == KASUS_TYPE_SUBMISSION);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  kasus_core_init ();
  if (scanner == NULL)
    scanner = kasus_scanner_get_default ();

  load = g_new0 (LoadData, 1);
  load->task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (load->task, kasus_submission_load_folder_async);
  /* The task owns load; the workers and messages borrow it until the task
   * completes, which waits for them. */
  g_task_set_task_data (load->task, load, load_data_free);
  load->context = g_main_context_ref_thread_default ();
  load->folder = g_object_ref (folder);
  load->scanner = scanner ? g_object_ref (scanner) : NULL;
  load->store = g_object_ref (store);
  load->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  load->progress = progress;
  load->progress_data = progress_data;
  load->progress_data_free = progress_data_free;
  load->files = g_ptr_array_new_with_free_func (g_object_unref);

  g_thread_unref (g_thread_new ("kasus-folder", load_lister, load));
}

gboolean
kasus_submission_load_folder_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
