/* kasus-readiness.c — every reason a case is not ready for final export
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-readiness"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kasus-consent.h"
#include "kasus-core.h"
#include "kasus-readiness.h"

/* ------------------------------------------------------------------ */
/* Types */

static const GEnumValue kind_values[] = {
  { KASUS_READINESS_EMPTY_SECTION, "KASUS_READINESS_EMPTY_SECTION", "empty-section" },
  { KASUS_READINESS_ANALYSIS_UNSET, "KASUS_READINESS_ANALYSIS_UNSET", "analysis-unset" },
  { KASUS_READINESS_FINDINGS, "KASUS_READINESS_FINDINGS", "findings" },
  { KASUS_READINESS_ANALYSIS_NOT_STATED, "KASUS_READINESS_ANALYSIS_NOT_STATED",
    "analysis-not-stated" },
  { KASUS_READINESS_ANALYSIS_MISMATCH, "KASUS_READINESS_ANALYSIS_MISMATCH", "analysis-mismatch" },
  { KASUS_READINESS_CHECKLIST_ITEM, "KASUS_READINESS_CHECKLIST_ITEM", "checklist-item" },
  { KASUS_READINESS_CONSENT_UNDECIDED, "KASUS_READINESS_CONSENT_UNDECIDED", "consent-undecided" },
  { KASUS_READINESS_CONSENT_NOT_OBTAINED, "KASUS_READINESS_CONSENT_NOT_OBTAINED",
    "consent-not-obtained" },
  { KASUS_READINESS_CONSENT_NO_DATE, "KASUS_READINESS_CONSENT_NO_DATE", "consent-no-date" },
  { 0, NULL, NULL }
};

GType
kasus_readiness_kind_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    g_once_init_leave (
      &type, g_enum_register_static (g_intern_static_string ("KasusReadinessKind"), kind_values));
  return type;
}

KasusReadinessReason *
kasus_readiness_reason_copy (const KasusReadinessReason *reason)
{
  KasusReadinessReason *copy;

  g_return_val_if_fail (reason != NULL, NULL);

  copy = g_new0 (KasusReadinessReason, 1);
  copy->kind = reason->kind;
  copy->category = reason->category;
  copy->count = reason->count;
  copy->section = g_strdup (reason->section);
  copy->item = g_strdup (reason->item);
  copy->message = g_strdup (reason->message);
  return copy;
}

void
kasus_readiness_reason_free (KasusReadinessReason *reason)
{
  if (reason == NULL)
    return;
  g_free (reason->section);
  g_free (reason->item);
  g_free (reason->message);
  g_free (reason);
}

G_DEFINE_BOXED_TYPE (KasusReadinessReason,
                     kasus_readiness_reason,
                     kasus_readiness_reason_copy,
                     kasus_readiness_reason_free)

/* Takes message. */
static KasusReadinessReason *
reason_add (GPtrArray *reasons, KasusReadinessKind kind, const char *section, char *message)
{
  KasusReadinessReason *reason = g_new0 (KasusReadinessReason, 1);

  reason->kind = kind;
  reason->category = KASUS_N_CATEGORIES;
  reason->section = g_strdup (section);
  reason->message = message;
  g_ptr_array_add (reasons, reason);
  return reason;
}

/* ------------------------------------------------------------------ */
/* What is exported, part by part */

typedef struct
{
  const char *section;
  const char *text;
} Part;

/* The id by which the template names a metadata field, so that findings
 * and reasons point at the field the editor shows. */
static const char *
metadata_section_id (KasusTemplate *template, const char *key, const char *fallback)
{
  if (template == NULL)
    return fallback;
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (g_strcmp0 (section->metadata_key, key) == 0)
        return section->id;
    }
  return fallback;
}

/* The exported fields in the order of the PDF. */
static GArray *
exported_parts (KasusCase *self)
{
  KasusTemplate *template = kasus_case_get_template (self);
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (Part));
  Part    part;

  part.section = metadata_section_id (template, "title", "title");
  part.text = kasus_case_get_title (self);
  g_array_append_val (parts, part);
  part.section = metadata_section_id (template, "patient_group", "patient-group");
  part.text = kasus_case_get_patient_group (self);
  g_array_append_val (parts, part);
  part.section = metadata_section_id (template, "prior_analyses", "prior_analyses");
  part.text = kasus_case_get_prior_analyses (self);
  g_array_append_val (parts, part);

  for (guint i = 0; i < kasus_case_get_n_sections (self); i++)
    {
      part.section = kasus_case_get_section_id (self, i);
      part.text = kasus_case_get_section_text (self, i);
      g_array_append_val (parts, part);
    }
  return parts;
}

static KasusScanner *
ensure_scanner (KasusScanner *scanner)
{
  return scanner != NULL ? scanner : kasus_scanner_get_default ();
}

GPtrArray *
kasus_readiness_scan_case (KasusCase *self, KasusScanner *scanner)
{
  g_autoptr (GArray) parts = NULL;
  GPtrArray         *known;
  GPtrArray         *all;

  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (scanner == NULL || KASUS_IS_SCANNER (scanner), NULL);

  all = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  scanner = ensure_scanner (scanner);
  if (scanner == NULL)
    return all;

  known = kasus_case_get_known_identifiers (self);
  parts = exported_parts (self);
  for (guint p = 0; p < parts->len; p++)
    {
      const Part           *part = &g_array_index (parts, Part, p);
      g_autoptr (GPtrArray) findings = NULL;

      if (part->text == NULL || *part->text == '\0')
        continue;
      /* AUTO: per paragraph, as `kasus-cli scan` does; a Danish case may
       * quote English. */
      findings = kasus_scanner_scan (scanner, part->text, -1, KASUS_LANGUAGE_AUTO, known);
      for (guint i = 0; findings != NULL && i < findings->len; i++)
        {
          KasusFinding *f = g_ptr_array_index (findings, i);

          kasus_finding_set_section (f, part->section);
          g_ptr_array_add (all, kasus_finding_ref (f));
        }
    }
  return all;
}

gboolean
kasus_readiness_finding_blocks (KasusCase *self, const KasusFinding *finding)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);
  g_return_val_if_fail (finding != NULL, FALSE);

  if (finding->severity < KASUS_SEVERITY_MEDIUM)
    return FALSE;
  if (g_strcmp0 (finding->rule, "known") == 0)
    return TRUE;
  return kasus_case_lookup_accepted (self, finding->section, finding->category, finding->text) ==
         NULL;
}

GPtrArray *
kasus_readiness_get_unresolved_findings (KasusCase *self, KasusScanner *scanner)
{
  g_autoptr (GPtrArray) all = NULL;
  GPtrArray            *unresolved;

  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (scanner == NULL || KASUS_IS_SCANNER (scanner), NULL);

  all = kasus_readiness_scan_case (self, scanner);
  unresolved = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  for (guint i = 0; i < all->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (all, i);

      if (kasus_readiness_finding_blocks (self, f))
        g_ptr_array_add (unresolved, kasus_finding_ref (f));
    }
  return unresolved;
}

/* ------------------------------------------------------------------ */
/* Genome or exome, as the text says it */

static GRegex *
compile_once (GRegex **regex, const char *pattern, GRegexCompileFlags flags)
{
  if (g_once_init_enter (regex))
    {
      g_autoptr (GError) error = NULL;
      GRegex            *r = g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, &error);

      /* The patterns are constants: a failure is a bug. */
      g_assert_no_error (error);
      g_once_init_leave (regex, r);
    }
  return *regex;
}

/* The template's headings, casefolded, in both languages: a PDF of a case
 * repeats them, and "Genom- eller eksomsekventering og fundet" names both
 * analyses without saying which was used. */
static GHashTable *
template_headings (gsize *longest)
{
  static GHashTable *headings;
  static gsize       longest_heading;

  if (g_once_init_enter (&headings))
    {
      GHashTable         *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      const KasusLanguage languages[] = { KASUS_LANGUAGE_DA, KASUS_LANGUAGE_EN };

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autoptr (KasusTemplate) template = kasus_template_new_default (languages[l], NULL);

          for (guint i = 0; template != NULL && i < kasus_template_get_n_sections (template); i++)
            {
              const char *title = kasus_template_get_section (template, i)->title;

              if (title == NULL || *title == '\0')
                continue;
              longest_heading = MAX (longest_heading, strlen (title));
              g_hash_table_add (set, g_utf8_casefold (title, -1));
            }
        }
      g_once_init_leave (&headings, set);
    }
  *longest = longest_heading;
  return headings;
}

/* text without the lines that are a heading of the template. */
static char *
without_headings (const char *text)
{
  gsize       longest;
  GHashTable *headings = template_headings (&longest);
  GString    *out = g_string_sized_new (strlen (text));
  const char *line = text;

  for (;;)
    {
      gsize       length = strcspn (line, "\n\f");
      const char *end = line + length;
      gboolean    heading = FALSE;

      /* Most lines are far longer than any heading. */
      if (length <= longest + 8)
        {
          g_autofree char *stripped = g_strstrip (g_strndup (line, length));
          g_autofree char *folded = g_utf8_casefold (stripped, -1);

          heading = g_hash_table_contains (headings, folded);
        }
      if (!heading)
        g_string_append_len (out, line, length);
      if (*end == '\0')
        break;
      g_string_append_c (out, *end);
      line = end + 1;
    }
  /* With zeroed room after the end: PCRE's JIT searches 16 bytes at a
   * time and may read past the end, which valgrind reports when the bytes
   * there are uninitialised (a GString's slack) or not allocated. */
  {
    char *padded = g_malloc0 (out->len + 1 + 32);

    memcpy (padded, out->str, out->len);
    g_string_free (out, TRUE);
    return padded;
  }
}

/* Blanks out, in place, what regex matches in text. */
static void
blank_matches (GRegex *regex, char *text)
{
  g_autoptr (GMatchInfo) match = NULL;
  g_autoptr (GArray)     spans = g_array_new (FALSE, FALSE, sizeof (int));

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;

      if (g_match_info_fetch_pos (match, 0, &start, &end) && end > start)
        {
          g_array_append_val (spans, start);
          g_array_append_val (spans, end);
        }
      g_match_info_next (match, NULL);
    }
  /* Same length, and only whole characters: still valid UTF-8. */
  for (guint i = 0; i + 1 < spans->len; i += 2)
    memset (text + g_array_index (spans, int, i), ' ',
            g_array_index (spans, int, i + 1) - g_array_index (spans, int, i));
}

void
kasus_readiness_text_states_analysis (const char *text, gboolean *genome, gboolean *exome)
{
  static GRegex         *genome_words;
  static GRegex         *exome_words;
  static GRegex         *acronyms;
  static GRegex         *not_stated;
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char       *statements = NULL;
  gboolean               wgs = FALSE, wes = FALSE;

  if (text != NULL && *text != '\0')
    {
      /* helgenomsekventering, genomsekventering, helgenom-, whole-genome,
       * whole genome, genome sequencing … */
      compile_once (&genome_words,
                    "\\b(?:(?:hel)?genome?[-\\s]?(?:sekvent|sequenc)|helgenom|whole[-\\s]+genome)",
                    G_REGEX_CASELESS);
      /* eksomsekventering, exomsekventering, eksom-, exome, whole-exome … */
      compile_once (&exome_words, "\\be(?:ks|x)om", G_REGEX_CASELESS);
      /* The acronyms only in capitals: "wes" could be a word or a name. */
      compile_once (&acronyms, "\\b(?:WGS|WES)\\b", 0);
      /* Mentions that say what was not done ("altså ikke
       * eksomsekventering", "rather than exome sequencing", "frem for
       * eksom…"), and the network's name in a PDF's header. "Not only"
       * and "ikke kun" are no negation: they are left alone. */
      compile_once (&not_stated,
                    "\\b(?:ikke|aldrig|not|never|rather\\s+than|instead\\s+of|frem\\s*for"
                    "|i\\s+stedet\\s+for|snarere\\s+end)\\s+"
                    "(?:(?:en|et|a|an|the|any|nogen|lavet|udført|brugt|foretaget|used|done"
                    "|performed|af|of|med|with|som|as)\\s+){0,3}"
                    "(?:whole[-\\s]+(?:genome|exome)|(?:hel)?genom|e(?:ks|x)om|WGS|WES)"
                    "[\\w-]*(?:\\s+(?:sekvent|sequenc)\\w*)?"
                    "|\\bnetværk(?:et)?\\s+for\\s+helgenomsekventering"
                    "|\\bnetwork\\s+for\\s+whole[-\\s]+genome\\s+sequencing",
                    G_REGEX_CASELESS);

      statements = without_headings (text);
      blank_matches (not_stated, statements);

      wgs = g_regex_match (genome_words, statements, 0, NULL);
      wes = g_regex_match (exome_words, statements, 0, NULL);

      g_regex_match (acronyms, statements, 0, &match);
      while (g_match_info_matches (match) && !(wgs && wes))
        {
          g_autofree char *word = g_match_info_fetch (match, 0);

          if (g_str_equal (word, "WGS"))
            wgs = TRUE;
          else
            wes = TRUE;
          g_match_info_next (match, NULL);
        }
    }

  if (genome != NULL)
    *genome = wgs;
  if (exome != NULL)
    *exome = wes;
}

/* Title and text sections: where the case says what was done. */
static char *
statement_text (KasusCase *self)
{
  GString *text = g_string_new (kasus_case_get_title (self));

  for (guint i = 0; i < kasus_case_get_n_sections (self); i++)
    {
      g_string_append (text, "\n\n");
      g_string_append (text, kasus_case_get_section_text (self, i));
    }
  return g_string_free (text, FALSE);
}

/* ------------------------------------------------------------------ */
/* The checks, in the order of the editor */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
check_required (KasusCase *self, GPtrArray *reasons)
{
  KasusTemplate *template = kasus_case_get_template (self);

  /* An unknown template is a problem of its own (`kasus-cli check` names
   * it); at least the title must be there. */
  if (template == NULL)
    {
      if (is_blank (kasus_case_get_title (self)))
        reason_add (reasons, KASUS_READINESS_EMPTY_SECTION, "title",
                    g_strdup (_ ("The title is empty")));
      return;
    }

  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);
      const char                 *text;

      if (!section->required)
        continue;
      if (section->metadata_key != NULL)
        {
          text = kasus_case_get_metadata (self, section->metadata_key);
        }
      else
        {
          int index = kasus_case_find_section (self, section->id);

          text = index >= 0 ? kasus_case_get_section_text (self, index) : NULL;
        }
      if (is_blank (text))
        reason_add (reasons, KASUS_READINESS_EMPTY_SECTION, section->id,
                    /* Translators: %s is the title of a section of the case */
                    g_strdup_printf (_ ("“%s” is empty"), section->title));
    }
}

static const char *
sequencing_section (KasusCase *self)
{
  if (kasus_case_find_section (self, "sequencing") >= 0)
    return "sequencing";
  return NULL;
}

static void
check_findings (KasusCase *self, KasusScanner *scanner, GPtrArray *reasons)
{
  g_autoptr (GPtrArray) unresolved = NULL;
  guint                 counts[KASUS_N_CATEGORIES] = { 0 };
  const char           *first[KASUS_N_CATEGORIES] = { NULL };

  /* Fail closed: a text that could not be scanned is not cleared. */
  if (ensure_scanner (scanner) == NULL)
    {
      reason_add (reasons, KASUS_READINESS_FINDINGS, NULL,
                  g_strdup (_ ("The text could not be checked for identifiers")));
      return;
    }

  unresolved = kasus_readiness_get_unresolved_findings (self, scanner);

  for (guint i = 0; i < unresolved->len; i++)
    {
      const KasusFinding *f = g_ptr_array_index (unresolved, i);

      if ((guint) f->category >= KASUS_N_CATEGORIES)
        continue;
      if (counts[f->category]++ == 0)
        first[f->category] = f->section;
    }

  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    {
      g_autofree char      *count = NULL;
      KasusReadinessReason *reason;

      if (counts[c] == 0)
        continue;
      count = kasus_consent_format_category_count (c, counts[c]);
      reason = reason_add (reasons, KASUS_READINESS_FINDINGS, first[c],
                           /* Translators: %s is e.g. "3 ages" */
                           g_strdup_printf (_ ("%s still in the text"), count));
      reason->category = c;
      reason->count = counts[c];
    }
}

static void
check_analysis_stated (KasusCase *self, GPtrArray *reasons)
{
  KasusAnalysis    analysis = kasus_case_get_analysis (self);
  g_autofree char *text = NULL;
  gboolean         genome, exome;
  gboolean         stated, other;

  if (analysis == KASUS_ANALYSIS_UNSET)
    return;

  text = statement_text (self);
  kasus_readiness_text_states_analysis (text, &genome, &exome);
  stated = analysis == KASUS_ANALYSIS_WGS ? genome : exome;
  other = analysis == KASUS_ANALYSIS_WGS ? exome : genome;
  if (stated)
    return;

  if (other)
    reason_add (reasons, KASUS_READINESS_ANALYSIS_MISMATCH, sequencing_section (self),
                g_strdup (analysis == KASUS_ANALYSIS_WGS
                            ? _ ("The analysis is whole-genome sequencing (WGS), but the text "
                                 "mentions only exome sequencing")
                            : _ ("The analysis is exome sequencing (WES), but the text "
                                 "mentions only whole-genome sequencing")));
  else
    reason_add (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED, sequencing_section (self),
                g_strdup (analysis == KASUS_ANALYSIS_WGS
                            ? _ ("The text does not say that whole-genome sequencing (WGS) "
                                 "was used")
                            : _ ("The text does not say that exome sequencing (WES) was used")));
}

static void
check_checklist (KasusCase *self, GPtrArray *reasons)
{
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    {
      const KasusConsentItem *item = kasus_consent_get_item (i);
      KasusReadinessReason   *reason;

      if (kasus_case_get_consent_item (self, item->id))
        continue;
      reason =
        reason_add (reasons, KASUS_READINESS_CHECKLIST_ITEM, NULL,
                    /* Translators: %s is a checklist item, e.g. "Age is limited or generalised" */
                    g_strdup_printf (_ ("Not confirmed on the checklist: %s"),
                                     kasus_consent_item_get_title (item, KASUS_LANGUAGE_AUTO)));
      reason->item = g_strdup (item->id);
    }
}

static gboolean
valid_iso_date (const char *date)
{
  guint year, month, day;
  char  end;

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-')
    return FALSE;
  if (sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  return g_date_valid_dmy (day, month, year);
}

static void
check_consent (KasusCase *self, GPtrArray *reasons)
{
  const char *date;

  switch (kasus_case_get_consent_decision (self))
    {
      case KASUS_CONSENT_UNDECIDED:
        reason_add (reasons, KASUS_READINESS_CONSENT_UNDECIDED, NULL,
                    g_strdup (_ ("No consent decision: either anonymised well enough, or "
                                 "consent needed")));
        break;

      case KASUS_CONSENT_NEEDED:
        if (!kasus_case_get_consent_obtained (self))
          {
            reason_add (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED, NULL,
                        g_strdup (_ ("Consent is needed but not recorded as obtained")));
            break;
          }
        date = kasus_case_get_consent_date (self);
        if (date == NULL)
          reason_add (reasons, KASUS_READINESS_CONSENT_NO_DATE, NULL,
                      g_strdup (_ ("The date the consent was obtained is missing")));
        else if (!valid_iso_date (date))
          reason_add (reasons, KASUS_READINESS_CONSENT_NO_DATE, NULL,
                      /* Translators: %s is the date as stored in the case */
                      g_strdup_printf (_ ("The date of the consent, “%s”, is not a valid "
                                          "date (YYYY-MM-DD)"),
                                       date));
        break;

      case KASUS_CONSENT_ANONYMIZED:
      default:
        break;
    }
}

GPtrArray *
kasus_case_get_readiness (KasusCase *self, KasusScanner *scanner)
{
  GPtrArray *reasons;

  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (scanner == NULL || KASUS_IS_SCANNER (scanner), NULL);

  kasus_core_init ();
  reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_readiness_reason_free);

  check_required (self, reasons);
  if (kasus_case_get_analysis (self) == KASUS_ANALYSIS_UNSET)
    reason_add (reasons, KASUS_READINESS_ANALYSIS_UNSET, KASUS_READINESS_SECTION_ANALYSIS,
                g_strdup (_ ("No analysis chosen: whole-genome (WGS) or exome sequencing (WES)")));
  check_findings (self, scanner, reasons);
  check_analysis_stated (self, reasons);
  check_checklist (self, reasons);
  check_consent (self, reasons);

  return reasons;
}

gboolean
kasus_case_is_ready (KasusCase *self, KasusScanner *scanner)
{
  g_autoptr (GPtrArray) reasons = NULL;

  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);

  reasons = kasus_case_get_readiness (self, scanner);
  return reasons->len == 0;
}
