/* bench-spell.c — how fast KasusSpell loads, checks and suggests
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kasus-core.h"
#include "kasus-spell.h"

static const char danish_sentences[] =
  "Patienten blev henvist til udredning i et pakkeforløb for lungekræft efter "
  "længerevarende hoste og vægttab. CT-scanning viste en tumor i højre overlap "
  "med lymfeknudemetastaser, og biopsien viste adenokarcinom. Molekylærpatologisk "
  "undersøgelse med et NGS-panel fandt en EGFR-mutation (exon 19-deletion, "
  "c.2235_2249del; p.Glu746_Ala750del), og PD-L1-ekspressionen var under 1 %. "
  "Der blev startet førstelinjebehandling med osimertinib 80 mg dagligt med god "
  "behandlingsrespons. Efter 14 måneder blev der konstateret progression med "
  "nye levermetastaser, og rebiopsien viste småcellet transformation. "
  "Helgenomsekventering af tumorvæv og normalvæv viste desuden en kimbanevariant "
  "i et DNA-reparationsgen, som ikke var fundet ved den tidligere panelsekventering. "
  "Patienten blev derfor henvist til genetisk rådgivning, og familien blev tilbudt "
  "kaskadetestning. Behandlingen blev ændret til carboplatin og etoposid. ";

static const char english_sentences[] =
  "The patient was referred for assessment of suspected lung cancer after a "
  "persistent cough and weight loss. A CT scan showed a tumour in the right upper "
  "lobe with nodal metastases, and the biopsy showed adenocarcinoma. Molecular "
  "testing with a targeted NGS panel found an EGFR exon 19 deletion, and PD-L1 "
  "expression was below 1%. First-line treatment with osimertinib 80 mg daily gave "
  "a good response. After 14 months, progression with new liver metastases was "
  "found, and a repeat biopsy showed small cell transformation. Whole-genome "
  "sequencing of tumour and normal tissue also revealed a germline variant in a "
  "DNA repair gene that the earlier panel had missed, and the family was offered "
  "cascade testing. Treatment was changed to carboplatin and etoposide. ";

static const char *const danish_typos[] = {
  "behandlnig",
  "patinet",
  "undersøgelesn",
  "sekvenetring",
  "kemoterpai",
  "metastaer",
  "diagnsoe",
  "udrednig",
  "biopssi",
  "progresion",
  "afdelnig",
  "resulatet",
  "mutatoin",
  "analsye",
  "genetsik",
  "varinat",
  "laegemiddel",
  "kraeft",
  "lungekraeft",
  "foerste",
  "stoerre",
  "paavist",
  "aarsag",
  "naeste",
  "laege",
  "undersoegelse",
  "maaned",
  "tilfaelde",
  "pembrolizumb",
  "osimertnib",
  "carboplatni",
  "kimbanevaraint",
  "helgenomsekvenetring",
  "immunteraip",
  "oplysnigner",
  "sygdomen",
  "efterfølgnede",
  "anbefallet",
  "kemotreapi",
  "stralebehandling",
};

static const char *const english_typos[] = {
  "patinet",      "teh",        "recieved",      "tumuor",     "sequncing",
  "chemotherpay", "diagnossis", "metastatc",     "pathogneic", "germlnie",
  "heterozygus",  "varaint",    "treatmnet",     "mutaton",    "oncologyst",
  "biospy",       "carcinomma", "pembrolizumub", "olapairb",   "whcih",
  "occured",      "reccurence", "seperate",      "definately", "neccessary",
};

typedef struct
{
  gboolean done;
  gint64   last_tick;
  gint64   max_gap;
  guint    ticks;
} LoadState;

static gboolean
tick (gpointer user_data)
{
  LoadState *state = user_data;
  gint64     now = g_get_monotonic_time ();

  state->max_gap = MAX (state->max_gap, now - state->last_tick);
  state->last_tick = now;
  state->ticks++;
  return G_SOURCE_CONTINUE;
}

static void
loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  LoadState         *state = user_data;
  g_autoptr (GError) error = NULL;

  if (!kasus_spell_load_finish (KASUS_SPELL (object), result, &error))
    g_error ("%s", error->message);
  state->done = TRUE;
}

/* Loads one language in the worker while a 1 ms timer runs on the main
 * loop: the longest gap between its ticks is how long the window would
 * have been frozen. */
static void
bench_load (KasusLanguage language, const char *name)
{
  g_autoptr (KasusSpell) spell = kasus_spell_new ();
  LoadState              state = { 0 };
  gint64                 start, returned, end;
  guint                  source;

  start = g_get_monotonic_time ();
  kasus_spell_load_async (spell, language, NULL, loaded, &state);
  returned = g_get_monotonic_time ();
  state.last_tick = returned;
  source = g_timeout_add (1, tick, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();
  g_source_remove (source);

  printf ("load %s (worker thread, with the medical supplement): %.1f ms; "
          "load_async() returned in %.2f ms; main loop ticked %u times, longest gap %.1f ms\n",
          name, (end - start) / 1000.0, (returned - start) / 1000.0, state.ticks,
          state.max_gap / 1000.0);
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static double
percentile (double *values, guint n, double p)
{
  guint i;

  qsort (values, n, sizeof (double), compare_doubles);
  i = (guint) (p / 100.0 * (n - 1) + 0.5);
  return values[MIN (i, n - 1)];
}

static char *
paragraph (const char *sentences, gsize size)
{
  GString *s = g_string_new (NULL);

  while (s->len < size)
    g_string_append (s, sentences);
  /* Cut at a space, to about size bytes. */
  while (s->len > size && strrchr (s->str, ' ') != NULL)
    g_string_truncate (s, strrchr (s->str, ' ') - s->str);
  return g_string_free (s, FALSE);
}

static void
bench_check (KasusSpell *spell, KasusLanguage language, const char *sentences, const char *name)
{
  g_autofree char *text = paragraph (sentences, 2048);
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  double times[200];
  gint64 start;
  double cold;
  guint  n_found;

  start = g_get_monotonic_time ();
  {
    g_autoptr (GPtrArray) found = kasus_spell_check_text (spell, text, -1, language);

    n_found = found->len;
  }
  cold = (g_get_monotonic_time () - start) / 1000.0;

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr (GPtrArray) found = NULL;

      start = g_get_monotonic_time ();
      found = kasus_spell_check_text (spell, text, -1, language);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  printf ("check a %zu-byte %s paragraph (%u words, %u flagged): first %.3f ms, "
          "then median %.3f ms, p99 %.3f ms (aim ≤ 1 ms)\n",
          strlen (text), name, g_strv_length (words), n_found, cold,
          percentile (times, G_N_ELEMENTS (times), 50),
          percentile (times, G_N_ELEMENTS (times), 99));
}

static void
bench_suggest (KasusSpell        *spell,
               KasusLanguage      language,
               const char *const *typos,
               guint              n,
               const char        *name)
{
  g_autofree double *times = g_new (double, n);
  double             first = 0;

  for (guint i = 0; i < n; i++)
    {
      g_auto (GStrv) s = NULL;
      gint64 start = g_get_monotonic_time ();

      s = kasus_spell_suggest (spell, typos[i], language);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (i == 0)
        first = times[i];
    }

  /* The first call also makes the suggestion handle. */
  printf ("suggest %s: first call %.1f ms (loads the suggestion dictionary); "
          "then p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%u)\n",
          name, first, percentile (times + 1, n - 1, 50), percentile (times + 1, n - 1, 99),
          percentile (times + 1, n - 1, 100), n - 1);
}

int
main (int argc, char *argv[])
{
  g_autoptr (KasusSpell) spell = NULL;
  g_autoptr (GError)     error = NULL;

  kasus_core_init ();

  bench_load (KASUS_LANGUAGE_DA, "da_DK");
  bench_load (KASUS_LANGUAGE_EN, "en_US");

  spell = kasus_spell_new ();
  if (!kasus_spell_load (spell, KASUS_LANGUAGE_AUTO, NULL, &error))
    g_error ("%s", error->message);

  bench_check (spell, KASUS_LANGUAGE_DA, danish_sentences, "Danish");
  bench_check (spell, KASUS_LANGUAGE_EN, english_sentences, "English");
  bench_suggest (spell, KASUS_LANGUAGE_DA, danish_typos, G_N_ELEMENTS (danish_typos), "da_DK");
  bench_suggest (spell, KASUS_LANGUAGE_EN, english_typos, G_N_ELEMENTS (english_typos), "en_US");

  return 0;
}
