/* test-readiness.c — the export gate: readiness, the checklist, and the
 * CLI's check and export as a user runs them
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-readiness"

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-consent.h"
#include "kasus-core.h"
#include "kasus-readiness.h"
#include "kasus-scanner.h"
#include "kasus-test-util.h"

/* ------------------------------------------------------------------ */
/* Helpers */

/* Plain text the scanner has nothing to say about, by section id. */
static const struct
{
  const char *id;
  const char *text;
} clean_texts[] = {
  { "history", "Patienten fik gennem flere år tiltagende symptomer fra musklerne og blev "
               "udredt uden at få en diagnose." },
  { "prior-analyses", "Et bredt genpanel og en kromosomanalyse var normale." },
  { "sequencing", "Analysen viste en sjælden variant i et gen for en ionkanal." },
  { "added-value", "Diagnosen ændrede behandlingen og sparede patienten for flere undersøgelser." },
  { "conclusion", "Overvej en bred genetisk analyse tidligt, når målrettede analyser er normale." },
};

#define STATES_WGS                                                                                 \
  "Der blev lavet helgenomsekventering (WGS), som viste en sjælden variant i et gen for en "      \
  "ionkanal."

static KasusScanner *
scanner (void)
{
  KasusScanner *s = kasus_scanner_get_default ();

  g_assert_nonnull (s);
  return s;
}

static GPtrArray *
readiness (KasusCase *kase)
{
  GPtrArray *reasons = kasus_case_get_readiness (kase, scanner ());

  g_assert_nonnull (reasons);
  return reasons;
}

static guint
count_kind (GPtrArray *reasons, KasusReadinessKind kind)
{
  guint n = 0;

  for (guint i = 0; i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      g_assert_nonnull (reason->message);
      g_assert_cmpstr (reason->message, !=, "");
      if (reason->kind == kind)
        n++;
    }
  return n;
}

static const KasusReadinessReason *
find_kind (GPtrArray *reasons, KasusReadinessKind kind)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      if (reason->kind == kind)
        return reason;
    }
  return NULL;
}

/* For failures: what is still missing. */
static char *
describe (GPtrArray *reasons)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      g_string_append_printf (out, "\n  %s", reason->message);
    }
  return g_string_free (out, FALSE);
}

static void
assert_ready (KasusCase *kase)
{
  g_autoptr (GPtrArray) reasons = readiness (kase);

  if (reasons->len > 0)
    {
      g_autofree char *text = describe (reasons);

      g_error ("expected the case to be ready, but:%s", text);
    }
  g_assert_true (kasus_case_is_ready (kase, scanner ()));
}

static void
set_section (KasusCase *kase, const char *id, const char *text)
{
  int index = kasus_case_find_section (kase, id);

  g_assert_cmpint (index, >=, 0);
  kasus_case_set_section_text (kase, index, text);
}

static void
fill_sections (KasusCase *kase)
{
  kasus_case_set_title (kase, "Udredning af uforklarede muskelsymptomer");
  kasus_case_set_patient_group (kase, "Sjældne sygdomme");
  for (guint i = 0; i < G_N_ELEMENTS (clean_texts); i++)
    set_section (kase, clean_texts[i].id, clean_texts[i].text);
}

static void
confirm_checklist (KasusCase *kase)
{
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    kasus_case_set_consent_item (kase, kasus_consent_get_item (i)->id, TRUE);
}

/* A Danish WGS case that is ready: every step done, no consent needed. */
static KasusCase *
make_ready_case (void)
{
  KasusCase *kase = kasus_case_new (NULL);

  fill_sections (kase);
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  set_section (kase, "sequencing", STATES_WGS);
  confirm_checklist (kase);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_ANONYMIZED);
  assert_ready (kase);
  return kase;
}

/* ------------------------------------------------------------------ */
/* Readiness, one step at a time */

static void
test_steps (void)
{
  g_autoptr (KasusCase) kase = kasus_case_new (NULL);
  KasusTemplate *template = kasus_case_get_template (kase);
  guint n_required = 0;
  guint n_items = kasus_consent_get_n_items ();

  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    if (kasus_template_get_section (template, i)->required)
      n_required++;
  g_assert_cmpuint (n_required, >, 0);

  /* An empty case: everything is missing. */
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *analysis = find_kind (reasons, KASUS_READINESS_ANALYSIS_UNSET);

    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_EMPTY_SECTION), ==, n_required);
    g_assert_nonnull (analysis);
    g_assert_cmpstr (analysis->section, ==, KASUS_READINESS_SECTION_ANALYSIS);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_CHECKLIST_ITEM), ==, n_items);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_CONSENT_UNDECIDED), ==, 1);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_FINDINGS), ==, 0);
    g_assert_cmpuint (reasons->len, ==, n_required + 1 + n_items + 1);
    g_assert_false (kasus_case_is_ready (kase, scanner ()));
  }

  /* The sections one by one: each takes its reason with it. */
  {
    g_autoptr (GPtrArray)       before = readiness (kase);
    g_autoptr (GPtrArray)       after = NULL;
    const KasusReadinessReason *history = NULL;

    for (guint i = 0; i < before->len; i++)
      {
        const KasusReadinessReason *r = g_ptr_array_index (before, i);

        if (r->kind == KASUS_READINESS_EMPTY_SECTION && g_strcmp0 (r->section, "history") == 0)
          history = r;
      }
    g_assert_nonnull (history);
    g_assert_nonnull (
      strstr (history->message, kasus_template_find_section (template, "history")->title));

    /* White space is not text. */
    set_section (kase, "history", "  \n\t ");
    after = readiness (kase);
    g_assert_cmpuint (count_kind (after, KASUS_READINESS_EMPTY_SECTION), ==, n_required);
    g_clear_pointer (&after, g_ptr_array_unref);

    set_section (kase, "history", clean_texts[0].text);
    after = readiness (kase);
    g_assert_cmpuint (count_kind (after, KASUS_READINESS_EMPTY_SECTION), ==, n_required - 1);
    g_clear_pointer (&after, g_ptr_array_unref);

    /* Metadata fields of the template count as sections. */
    kasus_case_set_title (kase, "Udredning af uforklarede muskelsymptomer");
    after = readiness (kase);
    g_assert_cmpuint (count_kind (after, KASUS_READINESS_EMPTY_SECTION), ==, n_required - 2);
  }

  fill_sections (kase);
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_EMPTY_SECTION), ==, 0);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_FINDINGS), ==, 0);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_ANALYSIS_UNSET), ==, 1);
    /* Nothing to compare the text with until the analysis is chosen. */
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED), ==, 0);
  }

  /* Choosing WGS: the text must now say so. */
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *stated = find_kind (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED);

    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_ANALYSIS_UNSET), ==, 0);
    g_assert_nonnull (stated);
    g_assert_cmpstr (stated->section, ==, "sequencing");
    g_assert_nonnull (strstr (stated->message, "WGS"));
  }

  set_section (kase, "sequencing", STATES_WGS);
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED), ==, 0);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_ANALYSIS_MISMATCH), ==, 0);
    g_assert_cmpuint (reasons->len, ==, n_items + 1);
  }

  /* The checklist, item by item. */
  for (guint i = 0; i < n_items; i++)
    {
      const KasusConsentItem *item = kasus_consent_get_item (i);
      g_autoptr (GPtrArray)   before = readiness (kase);
      g_autoptr (GPtrArray)   after = NULL;
      gboolean                listed = FALSE;

      for (guint j = 0; j < before->len; j++)
        {
          const KasusReadinessReason *r = g_ptr_array_index (before, j);

          if (r->kind == KASUS_READINESS_CHECKLIST_ITEM && g_strcmp0 (r->item, item->id) == 0)
            {
              listed = TRUE;
              g_assert_nonnull (
                strstr (r->message, kasus_consent_item_get_title (item, KASUS_LANGUAGE_AUTO)));
            }
        }
      g_assert_true (listed);

      kasus_case_set_consent_item (kase, item->id, TRUE);
      after = readiness (kase);
      g_assert_cmpuint (count_kind (after, KASUS_READINESS_CHECKLIST_ITEM), ==, n_items - i - 1);
      g_assert_cmpuint (after->len, ==, before->len - 1);
    }

  /* Consent needed: obtained, then its date. */
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_NEEDED);
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED), ==, 1);
  }
  kasus_case_set_consent_obtained (kase, TRUE);
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_CONSENT_NO_DATE), ==, 1);
  }
  kasus_case_set_consent_date (kase, "2025-02-30");
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_cmpuint (count_kind (reasons, KASUS_READINESS_CONSENT_NO_DATE), ==, 1);
    g_assert_nonnull (
      strstr (((KasusReadinessReason *) g_ptr_array_index (reasons, 0))->message, "2025-02-30"));
  }
  kasus_case_set_consent_date (kase, "2025-11-03");
  assert_ready (kase);

  /* Anonymized well enough needs no consent at all. */
  kasus_case_set_consent_obtained (kase, FALSE);
  kasus_case_set_consent_date (kase, NULL);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_ANONYMIZED);
  assert_ready (kase);

  /* And unconfirming an item takes it back. */
  kasus_case_set_consent_item (kase, KASUS_CONSENT_ITEM_AGE, FALSE);
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_CHECKLIST_ITEM);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_cmpstr (reason->item, ==, KASUS_CONSENT_ITEM_AGE);
  }
}

/* ------------------------------------------------------------------ */
/* Genome or exome */

static void
test_exome_not_stated (void)
{
  g_autoptr (KasusCase) kase = make_ready_case ();

  /* The text says genome sequencing; the metadata says exome. */
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WES);
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_ANALYSIS_MISMATCH);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_nonnull (reason);
    g_assert_cmpstr (reason->section, ==, "sequencing");
    g_assert_nonnull (strstr (reason->message, "WES"));
  }

  /* The text says nothing about either. */
  set_section (kase, "sequencing", clean_texts[2].text);
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_nonnull (find_kind (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED));
    g_assert_false (kasus_case_is_ready (kase, scanner ()));
  }

  /* Said anywhere in the text, in any of its forms. */
  set_section (kase, "conclusion", "Eksomsekventering var nok i dette forløb.");
  assert_ready (kase);

  set_section (kase, "conclusion", clean_texts[4].text);
  set_section (kase, "sequencing", "Der blev lavet exomsekventering, ikke helgenomsekventering.");
  assert_ready (kase);

  /* WGS in the metadata, exome only in the text. */
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  set_section (kase, "sequencing", "Der blev lavet eksomsekventering (WES).");
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_nonnull (find_kind (reasons, KASUS_READINESS_ANALYSIS_MISMATCH));
  }

  /* Only what was not done: the analysis is not stated, and that is all. */
  set_section (kase, "sequencing", "Der blev ikke lavet eksomsekventering.");
  {
    g_autoptr (GPtrArray) reasons = readiness (kase);

    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_nonnull (find_kind (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED));
  }

  /* Said, with what was not done beside it: ready. */
  set_section (kase, "sequencing",
               "Der blev lavet helgenomsekventering (WGS), altså ikke eksomsekventering.");
  assert_ready (kase);
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WES);
  set_section (kase, "sequencing",
               "Der blev lavet eksomsekventering (WES) frem for helgenomsekventering.");
  assert_ready (kase);
}

static void
test_analysis_words (void)
{
  static const struct
  {
    const char *text;
    gboolean    genome;
    gboolean    exome;
  } cases[] = {
    { "Der blev lavet helgenomsekventering.", TRUE, FALSE },
    { "Genomsekventering viste en variant.", TRUE, FALSE },
    { "Trio-WGS blev udført.", TRUE, FALSE },
    { "We used whole-genome sequencing.", TRUE, FALSE },
    { "Whole genome sequencing was done.", TRUE, FALSE },
    { "Genome sequencing found it.", TRUE, FALSE },
    { "Der blev lavet eksomsekventering.", FALSE, TRUE },
    { "Exomsekventering blev brugt.", FALSE, TRUE },
    { "Whole-exome sequencing (WES) was used.", FALSE, TRUE },
    { "An exome analysis was done.", FALSE, TRUE },
    { "WES var normal.", FALSE, TRUE },
    { "Helgenom- og eksomsekventering blev sammenlignet.", TRUE, TRUE },
    /* What was not done does not count, nor do the template's headings
     * and the network's name that a PDF of a case repeats. */
    { "Der blev lavet helgenomsekventering (WGS), altså ikke eksomsekventering.", TRUE, FALSE },
    { "Der blev ikke lavet eksomsekventering, men helgenomsekventering.", TRUE, FALSE },
    { "WGS blev valgt frem for eksomsekventering.", TRUE, FALSE },
    { "Der blev lavet eksomsekventering i stedet for helgenomsekventering.", FALSE, TRUE },
    { "Whole-genome sequencing was done rather than exome sequencing.", TRUE, FALSE },
    { "We used WGS, not exome sequencing.", TRUE, FALSE },
    { "Exome sequencing (WES) was used instead of whole-genome sequencing.", FALSE, TRUE },
    { "Genom- eller eksomsekventering og fundet\nDer blev lavet helgenomsekventering.", TRUE,
      FALSE },
    { "Genome or exome sequencing and the finding\nExome sequencing (WES) was used.", FALSE, TRUE },
    { "Genetiske analyser før helgenomsekventering\nDer blev lavet eksomsekventering.", FALSE,
      TRUE },
    { "PATIENTCASE · DET NATIONALE NETVÆRK FOR HELGENOMSEKVENTERING\nWES blev udført.", FALSE,
      TRUE },
    { "Genom- eller eksomsekventering og fundet", FALSE, FALSE },
    /* "ikke kun", "not only": both were done */
    { "Der blev lavet helgenomsekventering, ikke kun eksomsekventering.", TRUE, TRUE },
    { "Not only exome sequencing but also WGS was done.", TRUE, TRUE },
    /* A heading inside a sentence is a statement. */
    { "Vi lavede genom- eller eksomsekventering og fundet var det samme.", FALSE, TRUE },
    /* Lower-case acronyms are words, not analyses. */
    { "wes and wgs", FALSE, FALSE },
    { "Et genpanel var normalt.", FALSE, FALSE },
    { "", FALSE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean genome = !cases[i].genome, exome = !cases[i].exome;

      kasus_readiness_text_states_analysis (cases[i].text, &genome, &exome);
      if (genome != cases[i].genome || exome != cases[i].exome)
        g_error ("“%s”: genome %d exome %d, expected %d %d", cases[i].text, genome, exome,
                 cases[i].genome, cases[i].exome);
    }
  kasus_readiness_text_states_analysis (NULL, NULL, NULL);
}

/* ------------------------------------------------------------------ */
/* Findings */

static void
test_high_findings_block (void)
{
  g_autoptr (KasusCase) kase = make_ready_case ();
  g_autoptr (GPtrArray) unresolved = NULL;
  const KasusFinding   *age = NULL;

  set_section (kase, "history", "En 72-årig mand fik gennem flere år tiltagende symptomer.");
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_FINDINGS);

    g_assert_nonnull (reason);
    g_assert_cmpuint (reasons->len, ==, 1);
    g_assert_cmpint (reason->category, ==, KASUS_CATEGORY_AGE);
    g_assert_cmpuint (reason->count, ==, 1);
    g_assert_cmpstr (reason->section, ==, "history");
    g_assert_cmpstr (reason->message, ==, "1 age still in the text");
  }

  /* What the findings panel shows, with its section. */
  unresolved = kasus_readiness_get_unresolved_findings (kase, scanner ());
  g_assert_cmpuint (unresolved->len, ==, 1);
  age = g_ptr_array_index (unresolved, 0);
  g_assert_cmpint (age->category, ==, KASUS_CATEGORY_AGE);
  g_assert_cmpint (age->severity, ==, KASUS_SEVERITY_HIGH);
  g_assert_cmpstr (age->section, ==, "history");
  g_assert_nonnull (strstr (age->text, "72-årig"));
  g_assert_true (kasus_readiness_finding_blocks (kase, age));

  /* The checklist item that judges ages says so. */
  {
    const KasusConsentItem *item = kasus_consent_find_item (KASUS_CONSENT_ITEM_AGE);
    g_autofree char        *state = kasus_consent_item_describe_findings (item, unresolved);
    g_autofree char        *none = kasus_consent_item_describe_findings (
             kasus_consent_find_item (KASUS_CONSENT_ITEM_FAMILY), unresolved);

    g_assert_cmpuint (kasus_consent_item_count_findings (item, unresolved), ==, 1);
    g_assert_cmpstr (state, ==, "1 age still in the text");
    g_assert_null (none);
  }

  /* Accepted with a reason, it no longer blocks. */
  kasus_case_accept_finding (kase, age->section, age->category, age->text,
                             "Alderen er afgørende for forløbet, og patienten har givet samtykke.");
  g_assert_false (kasus_readiness_finding_blocks (kase, age));
  assert_ready (kase);

  /* Accepted in another section it does not count. */
  set_section (kase, "history", clean_texts[0].text);
  set_section (kase, "conclusion", "En 72-årig mand kan have gavn af en bred analyse.");
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_FINDINGS);

    g_assert_nonnull (reason);
    g_assert_cmpstr (reason->section, ==, "conclusion");
  }
  set_section (kase, "conclusion", clean_texts[4].text);
  assert_ready (kase);

  /* Two new ages: counted together (the accepted one still counts as
   * accepted, where it was accepted). */
  set_section (kase, "history",
               "En 64-årig mand, en 45-årig kvinde og en 72-årig mand fik symptomer.");
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_FINDINGS);

    g_assert_nonnull (reason);
    g_assert_cmpuint (reason->count, ==, 2);
    g_assert_cmpstr (reason->message, ==, "2 ages still in the text");
  }

  /* The title is exported too. */
  set_section (kase, "history", clean_texts[0].text);
  kasus_case_set_title (kase, "En 72-årig mand med muskelsymptomer");
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = find_kind (reasons, KASUS_READINESS_FINDINGS);

    g_assert_nonnull (reason);
    g_assert_cmpstr (reason->section, ==, "title");
  }
}

static void
test_known_identifier_blocks (void)
{
  g_autoptr (KasusCase) kase = make_ready_case ();
  g_autoptr (GPtrArray) unresolved = NULL;
  const KasusFinding   *name;

  /* Known, but not in the text: nothing to do. */
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  assert_ready (kase);

  set_section (kase, "added-value",
               "Diagnosen hjalp Jens Hansen og sparede ham for flere undersøgelser.");
  {
    g_autoptr (GPtrArray)       reasons = readiness (kase);
    const KasusReadinessReason *reason = NULL;

    for (guint i = 0; i < reasons->len; i++)
      {
        const KasusReadinessReason *r = g_ptr_array_index (reasons, i);

        /* Never the identifier itself: the reasons are printed. */
        g_assert_null (strstr (r->message, "Jens"));
        g_assert_null (strstr (r->message, "Hansen"));
        if (r->kind == KASUS_READINESS_FINDINGS && r->category == KASUS_CATEGORY_NAME)
          reason = r;
      }
    g_assert_nonnull (reason);
    g_assert_cmpstr (reason->section, ==, "added-value");
  }

  /* Accepting a known identifier does not make it safe. */
  unresolved = kasus_readiness_get_unresolved_findings (kase, scanner ());
  name = NULL;
  for (guint i = 0; i < unresolved->len; i++)
    {
      const KasusFinding *f = g_ptr_array_index (unresolved, i);

      if (f->category == KASUS_CATEGORY_NAME)
        name = f;
    }
  g_assert_nonnull (name);
  g_assert_cmpstr (name->rule, ==, "known");
  kasus_case_accept_finding (kase, name->section, name->category, name->text, "Det er fint.");
  g_assert_false (kasus_case_is_ready (kase, scanner ()));

  set_section (kase, "added-value", clean_texts[3].text);
  assert_ready (kase);
}

/* The fixtures other tests rely on: case-ready.kasus is case-valid.kasus
 * with the whole checklist confirmed (consent needed, obtained, dated). */
static void
test_fixtures (void)
{
  g_autofree char      *ready_path = kasus_test_fixture_path ("case-ready.kasus");
  g_autofree char      *valid_path = kasus_test_fixture_path ("case-valid.kasus");
  g_autoptr (GFile)     ready_file = g_file_new_for_path (ready_path);
  g_autoptr (GFile)     valid_file = g_file_new_for_path (valid_path);
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) ready = kasus_case_new_from_file (ready_file, &error);
  g_autoptr (KasusCase) valid = NULL;
  g_autoptr (GPtrArray) reasons = NULL;

  g_assert_no_error (error);
  assert_ready (ready);

  valid = kasus_case_new_from_file (valid_file, &error);
  g_assert_no_error (error);
  reasons = readiness (valid);
  g_assert_cmpuint (reasons->len, ==, count_kind (reasons, KASUS_READINESS_CHECKLIST_ITEM));
  g_assert_cmpuint (reasons->len, ==, 4);
}

/* ------------------------------------------------------------------ */
/* The checklist */

static void
test_checklist (void)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char            *expected[] = {
               KASUS_CONSENT_ITEM_GENERAL_TERMS, KASUS_CONSENT_ITEM_AGE,
               KASUS_CONSENT_ITEM_FAMILY,        KASUS_CONSENT_ITEM_VARIANT_NAME,
               KASUS_CONSENT_ITEM_PLACES_DATES,  KASUS_CONSENT_ITEM_ANALYSIS_STATED,
  };

  g_assert_cmpuint (kasus_consent_get_n_items (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    {
      const KasusConsentItem *item = kasus_consent_get_item (i);

      g_assert_cmpstr (item->id, ==, expected[i]);
      g_assert_true (g_hash_table_add (ids, (gpointer) item->id));
      g_assert_true (kasus_consent_find_item (item->id) == item);
      for (KasusLanguage l = KASUS_LANGUAGE_AUTO; l <= KASUS_LANGUAGE_EN; l++)
        {
          g_assert_cmpstr (kasus_consent_item_get_title (item, l), !=, "");
          g_assert_cmpstr (kasus_consent_item_get_help (item, l), !=, "");
        }
      /* The document's language, not the desktop's. */
      g_assert_cmpstr (kasus_consent_item_get_title (item, KASUS_LANGUAGE_DA), !=,
                       kasus_consent_item_get_title (item, KASUS_LANGUAGE_EN));
    }
  g_assert_null (kasus_consent_find_item ("no-such-item"));

  g_assert_true (kasus_consent_item_judges_category (
    kasus_consent_find_item (KASUS_CONSENT_ITEM_AGE), KASUS_CATEGORY_AGE));
  g_assert_true (kasus_consent_item_judges_category (
    kasus_consent_find_item (KASUS_CONSENT_ITEM_FAMILY), KASUS_CATEGORY_FAMILY));
  g_assert_true (kasus_consent_item_judges_category (
    kasus_consent_find_item (KASUS_CONSENT_ITEM_VARIANT_NAME), KASUS_CATEGORY_VARIANT));
  g_assert_false (kasus_consent_item_judges_category (
    kasus_consent_find_item (KASUS_CONSENT_ITEM_AGE), KASUS_CATEGORY_FAMILY));
  g_assert_cmpuint (kasus_consent_find_item (KASUS_CONSENT_ITEM_ANALYSIS_STATED)->categories, ==,
                    0);
  /* Every category that blocks an export falls under some item. */
  for (KasusCategory c = 0; c < KASUS_N_CATEGORIES; c++)
    {
      gboolean judged = FALSE;

      for (guint i = 0; i < kasus_consent_get_n_items (); i++)
        judged |= kasus_consent_item_judges_category (kasus_consent_get_item (i), c);
      g_assert_true (judged || c == KASUS_CATEGORY_GENE);
    }
}

static void
test_describe_findings (void)
{
  g_autoptr (GPtrArray) findings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  const KasusConsentItem *places = kasus_consent_find_item (KASUS_CONSENT_ITEM_PLACES_DATES);
  g_autofree char        *text = NULL;
  g_autofree char        *count = NULL;

  g_ptr_array_add (findings, kasus_finding_new (0, 5, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM,
                                                "x", "Skive", ""));
  g_ptr_array_add (
    findings, kasus_finding_new (9, 13, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH, "x", "2019", ""));
  g_ptr_array_add (findings, kasus_finding_new (20, 24, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH,
                                                "x", "2020", ""));
  g_ptr_array_add (findings, kasus_finding_new (30, 36, KASUS_CATEGORY_FAMILY,
                                                KASUS_SEVERITY_MEDIUM, "x", "datter", ""));

  g_assert_cmpuint (kasus_consent_item_count_findings (places, findings), ==, 3);
  text = kasus_consent_item_describe_findings (places, findings);
  g_assert_cmpstr (text, ==, "2 dates, 1 place still in the text");
  g_assert_null (kasus_consent_item_describe_findings (places, NULL));

  count = kasus_consent_format_category_count (KASUS_CATEGORY_AGE, 3);
  g_assert_cmpstr (count, ==, "3 ages");
}

static void
test_reason_boxed (void)
{
  g_autoptr (KasusCase)            kase = kasus_case_new (NULL);
  g_autoptr (GPtrArray)            reasons = readiness (kase);
  const KasusReadinessReason      *reason = find_kind (reasons, KASUS_READINESS_CHECKLIST_ITEM);
  g_autoptr (KasusReadinessReason) copy = NULL;
  GValue                           value = G_VALUE_INIT;
  GEnumClass                      *kinds;

  g_assert_nonnull (reason);
  copy = g_boxed_copy (KASUS_TYPE_READINESS_REASON, reason);
  g_assert_true (copy != reason);
  g_assert_cmpint (copy->kind, ==, reason->kind);
  g_assert_cmpstr (copy->item, ==, reason->item);
  g_assert_cmpstr (copy->message, ==, reason->message);

  g_value_init (&value, KASUS_TYPE_READINESS_REASON);
  g_value_set_boxed (&value, reason);
  g_value_unset (&value);

  kinds = g_type_class_ref (KASUS_TYPE_READINESS_KIND);
  g_assert_nonnull (g_enum_get_value (kinds, KASUS_READINESS_CONSENT_NO_DATE));
  g_type_class_unref (kinds);
}

/* ------------------------------------------------------------------ */
/* kasus-cli check and export */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run *run, const char *first, ...)
{
  va_list args;

  va_start (args, first);
  run->status = kasus_test_run_cli_valist (&run->out, &run->err, first, args);
  va_end (args);
}

static void
save_case (KasusCase *kase, const char *path)
{
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (kasus_case_save (kase, file, &error));
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char      *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_cli_check (void)
{
  g_autofree char      *dir = NULL;
  g_autofree char      *ready_path = NULL;
  g_autofree char      *waiting_path = NULL;
  g_autofree char      *broken = kasus_test_fixture_path ("case-truncated.kasus");
  g_autofree char      *expected = NULL;
  g_autoptr (KasusCase) ready = NULL;
  g_autoptr (KasusCase) waiting = NULL;
  g_autoptr (GPtrArray) reasons = NULL;

  if (!kasus_test_have_cli ())
    return;

  dir = g_dir_make_tmp ("kasus-test-readiness-XXXXXX", NULL);
  g_assert_nonnull (dir);
  ready_path = g_build_filename (dir, "klar.kasus", NULL);
  waiting_path = g_build_filename (dir, "ikke klar.kasus", NULL);

  ready = make_ready_case ();
  save_case (ready, ready_path);

  waiting = make_ready_case ();
  kasus_case_set_analysis (waiting, KASUS_ANALYSIS_WES);
  kasus_case_set_consent_item (waiting, KASUS_CONSENT_ITEM_FAMILY, FALSE);
  kasus_case_set_consent_decision (waiting, KASUS_CONSENT_NEEDED);
  kasus_case_add_known_identifier (waiting, KASUS_CATEGORY_NAME, "Jens Hansen");
  set_section (waiting, "history", "Jens Hansen fik gennem flere år tiltagende symptomer.");
  save_case (waiting, waiting_path);
  reasons = readiness (waiting);
  g_assert_cmpuint (reasons->len, ==, 4);

  /* Ready: 0. */
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "check", ready_path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    expected = g_strdup_printf ("%s: ok\n", ready_path);
    g_assert_cmpstr (run.out, ==, expected);
    g_assert_cmpstr (run.err, ==, "");
  }

  /* Not ready: 1, every reason on its own line, after the file. */
  {
    g_auto (Run) run = { 0 };
    g_autoptr (GString) lines = g_string_new (NULL);

    for (guint i = 0; i < reasons->len; i++)
      g_string_append_printf (lines, "%s: %s\n", waiting_path,
                              ((KasusReadinessReason *) g_ptr_array_index (reasons, i))->message);

    run_cli (&run, "check", waiting_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, lines->str);
    g_assert_nonnull (strstr (run.out, "1 name still in the text"));
    g_assert_nonnull (strstr (run.out, "exome sequencing (WES)"));
    g_assert_nonnull (strstr (run.out, "Family relations are limited"));
    g_assert_nonnull (strstr (run.out, "Consent is needed but not recorded as obtained"));
    /* The private block stays private. */
    g_assert_null (strstr (run.out, "Jens"));
  }

  /* Both: 1; -q leaves out the ready one. */
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "check", "-q", ready_path, waiting_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_null (strstr (run.out, ready_path));
    g_assert_nonnull (strstr (run.out, waiting_path));
  }

  /* A damaged file: 2, and the others are still checked. */
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "check", waiting_path, broken, ready_path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_true (g_str_has_prefix (run.err, broken));
    g_assert_nonnull (strstr (run.out, waiting_path));
    g_assert_nonnull (strstr (run.out, expected));
  }

  remove_dir (dir);
}

static void
test_cli_export_gate (void)
{
  g_autofree char      *dir = NULL;
  g_autofree char      *case_path = NULL;
  g_autofree char      *pdf_path = NULL;
  g_autoptr (KasusCase) kase = NULL;

  if (!kasus_test_have_cli ())
    return;

  dir = g_dir_make_tmp ("kasus-test-readiness-XXXXXX", NULL);
  g_assert_nonnull (dir);
  case_path = g_build_filename (dir, "case.kasus", NULL);
  pdf_path = g_build_filename (dir, "case.pdf", NULL);

  kase = make_ready_case ();
  set_section (kase, "history", "En 72-årig mand fik gennem flere år tiltagende symptomer.");
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_UNDECIDED);
  save_case (kase, case_path);

  /* Final: refused, with the reasons, and nothing written. */
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "export", case_path, "-o", pdf_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "not ready"));
    g_assert_nonnull (strstr (run.err, "--draft"));
    g_assert_nonnull (strstr (run.err, "1 age still in the text"));
    g_assert_nonnull (strstr (run.err, "No consent decision"));
    g_assert_false (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
  }

  /* A draft always works. */
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "export", case_path, "-o", pdf_path, "--draft", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
    g_unlink (pdf_path);
  }

  /* Once ready, the final export goes through. */
  set_section (kase, "history", clean_texts[0].text);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_ANONYMIZED);
  save_case (kase, case_path);
  {
    g_auto (Run) run = { 0 };

    run_cli (&run, "export", case_path, "-o", pdf_path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_true (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
  }

  remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/readiness/steps", test_steps);
  g_test_add_func ("/readiness/exome-not-stated", test_exome_not_stated);
  g_test_add_func ("/readiness/analysis-words", test_analysis_words);
  g_test_add_func ("/readiness/high-findings-block", test_high_findings_block);
  g_test_add_func ("/readiness/known-identifier-blocks", test_known_identifier_blocks);
  g_test_add_func ("/readiness/fixtures", test_fixtures);
  g_test_add_func ("/readiness/checklist", test_checklist);
  g_test_add_func ("/readiness/describe-findings", test_describe_findings);
  g_test_add_func ("/readiness/reason-boxed", test_reason_boxed);
  g_test_add_func ("/readiness/cli-check", test_cli_check);
  g_test_add_func ("/readiness/cli-export-gate", test_cli_export_gate);

  return g_test_run ();
}
