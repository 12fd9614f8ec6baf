/* test-spell.c — KasusSpell: vocabulary, typos, tokenizer, personal dictionary
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "kasus-core.h"
#include "kasus-spell.h"

typedef struct
{
  KasusLanguage language;
  char         *text;
  char         *intended;
} Entry;

static void
entry_free (Entry *e)
{
  g_free (e->text);
  g_free (e->intended);
  g_free (e);
}

static GPtrArray *
read_fixture (const char *name)
{
  g_autofree char   *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char   *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cols = NULL;
      Entry *e;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      cols = g_strsplit (lines[i], "\t", 3);
      g_assert_nonnull (cols[1]);
      e = g_new0 (Entry, 1);
      g_assert_true (kasus_language_from_string (cols[0], &e->language));
      e->text = g_strdup (cols[1]);
      e->intended = g_strdup (cols[2]);
      g_ptr_array_add (entries, e);
    }
  return entries;
}

static KasusSpell *
loaded_spell (void)
{
  g_autoptr (GError) error = NULL;
  KasusSpell        *spell = kasus_spell_new ();

  kasus_spell_load (spell, KASUS_LANGUAGE_AUTO, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kasus_spell_has_language (spell, KASUS_LANGUAGE_DA));
  g_assert_true (kasus_spell_has_language (spell, KASUS_LANGUAGE_EN));
  return spell;
}

static void
test_terms (void)
{
  g_autoptr (KasusSpell) spell = loaded_spell ();
  g_autoptr (GPtrArray)  terms = read_fixture ("spell-terms.txt");
  guint                  flagged = 0;

  g_assert_cmpuint (terms->len, >=, 300);
  for (guint i = 0; i < terms->len; i++)
    {
      const Entry          *e = g_ptr_array_index (terms, i);
      g_autoptr (GPtrArray) found = kasus_spell_check_text (spell, e->text, -1, e->language);

      if (found->len > 0)
        {
          const KasusMisspelling *m = g_ptr_array_index (found, 0);

          g_test_message ("flagged (%s): %s: “%s”", kasus_language_to_string (e->language), e->text,
                          m->word);
          flagged++;
        }
      else if (strchr (e->text, ' ') == NULL)
        g_assert_true (kasus_spell_check_word (spell, e->text, -1, e->language));
    }
  g_test_message ("terms flagged: %u of %u", flagged, terms->len);
  g_assert_cmpuint (flagged, ==, 0);
}

typedef struct
{
  guint      pending;
  guint      top5;
  GPtrArray *misses;
} TypoRun;

static gboolean
in_top5 (char **suggestions, const char *intended)
{
  for (guint i = 0; suggestions[i] != NULL && i < 5; i++)
    if (g_utf8_collate (suggestions[i], intended) == 0)
      return TRUE;
  return FALSE;
}

static void
typo_suggested (GObject *object, GAsyncResult *result, gpointer user_data)
{
  Entry             *e = user_data;
  TypoRun           *run = g_object_get_data (object, "typo-run");
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) suggestions = kasus_spell_suggest_finish (KASUS_SPELL (object), result, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (suggestions), <=, KASUS_SPELL_MAX_SUGGESTIONS);
  if (in_top5 (suggestions, e->intended))
    run->top5++;
  else
    {
      g_autofree char *joined = g_strjoinv (", ", suggestions);

      g_ptr_array_add (run->misses,
                       g_strdup_printf ("%s → %s (want %s)", e->text, joined, e->intended));
    }
  run->pending--;
}

static void
test_typos (void)
{
  g_autoptr (KasusSpell) spell = loaded_spell ();
  g_autoptr (GPtrArray)  typos = read_fixture ("spell-typos.txt");
  g_autoptr (GPtrArray)  misses = g_ptr_array_new_with_free_func (g_free);
  TypoRun                run = { 0, 0, misses };
  guint                  flagged = 0;
  double                 rate;

  g_assert_cmpuint (typos->len, >=, 50);
  g_object_set_data (G_OBJECT (spell), "typo-run", &run);

  for (guint i = 0; i < typos->len; i++)
    {
      Entry *e = g_ptr_array_index (typos, i);

      g_assert_nonnull (e->intended);
      if (!kasus_spell_check_word (spell, e->text, -1, e->language))
        flagged++;
      else
        g_test_message ("not flagged: %s", e->text);
      /* The intended word itself is fine. */
      g_assert_true (kasus_spell_check_word (spell, e->intended, -1, e->language));
    }

  /* Danish suggestions in workers (the editor's path), English ones
   * synchronously meanwhile (kasus-cli's path). */
  for (guint i = 0; i < typos->len; i++)
    {
      Entry *e = g_ptr_array_index (typos, i);

      if (e->language != KASUS_LANGUAGE_DA)
        continue;
      run.pending++;
      kasus_spell_suggest_async (spell, e->text, e->language, NULL, typo_suggested, e);
    }
  for (guint i = 0; i < typos->len; i++)
    {
      Entry *e = g_ptr_array_index (typos, i);
      g_auto (GStrv) suggestions = NULL;

      if (e->language != KASUS_LANGUAGE_EN)
        continue;
      suggestions = kasus_spell_suggest (spell, e->text, e->language);
      g_assert_cmpuint (g_strv_length (suggestions), <=, KASUS_SPELL_MAX_SUGGESTIONS);
      if (in_top5 (suggestions, e->intended))
        run.top5++;
      else
        {
          g_autofree char *joined = g_strjoinv (", ", suggestions);

          g_ptr_array_add (misses,
                           g_strdup_printf ("%s → %s (want %s)", e->text, joined, e->intended));
        }
    }
  while (run.pending > 0)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < misses->len; i++)
    g_test_message ("not in top 5: %s", (const char *) g_ptr_array_index (misses, i));
  rate = 100.0 * run.top5 / typos->len;
  g_test_message ("typos flagged: %u of %u; intended word among the first five: %u of %u (%.1f %%)",
                  flagged, typos->len, run.top5, typos->len, rate);
  g_assert_cmpuint (flagged, ==, typos->len);
  g_assert_cmpfloat (rate, >=, 80.0);
}

static void
assert_clean (KasusSpell *spell, const char *text, KasusLanguage language)
{
  g_autoptr (GPtrArray) found = kasus_spell_check_text (spell, text, -1, language);

  for (guint i = 0; i < found->len; i++)
    {
      const KasusMisspelling *m = g_ptr_array_index (found, i);

      g_test_message ("unexpected: “%s” in “%s”", m->word, text);
    }
  g_assert_cmpuint (found->len, ==, 0);
}

static void
test_tokenizer (void)
{
  g_autoptr (KasusSpell)   spell = loaded_spell ();
  static const char *const skipped[] = { "c.1799T>A",
                                         "p.Val600Glu",
                                         "p.(Val600Glu)",
                                         "c.5946delT",
                                         "c.-23A>G",
                                         "NM_000059.3:c.5946del",
                                         "chr17:g.7577120C>T",
                                         "rs80357906",
                                         "c.76_78delACT",
                                         "5mg",
                                         "5 mg/kg",
                                         "75mg/m2",
                                         "100x",
                                         "30X",
                                         "2,5 cm",
                                         "12.3",
                                         "1q21.1",
                                         "PD-L1",
                                         "CT-TAP",
                                         "BRCA1",
                                         "BRCA1/2",
                                         "KRAS-mut.",
                                         "EML4-ALK",
                                         "TMPRSS2::ERG",
                                         "HER2+",
                                         "ECOG",
                                         "NGS",
                                         "MSI-H",
                                         "dMMR",
                                         "ctDNA",
                                         "mRNA",
                                         "T790M",
                                         "https://www.ncbi.nlm.nih.gov/clinvar/",
                                         "www.sundhed.dk",
                                         "kasus.dk",
                                         "læge@rh.regionh.dk",
                                         "(2)",
                                         "[1]",
                                         "10^9/l",
                                         "f.eks.",
                                         "bl.a.",
                                         "i.v.",
                                         "p.o.",
                                         "e.g.",
                                         "i.e.",
                                         "—",
                                         "…",
                                         "«",
                                         "x",
                                         NULL };
  static const char *const skipped_da[] = { "pga.", "evt.", "ca.", "mht.", "jf.", NULL };
  static const char *const skipped_en[] = { "et al.", "approx.", "Dr.", "vs.", NULL };
  g_autoptr (GPtrArray)    found = NULL;
  const KasusMisspelling  *m;
  const char              *text;

  for (guint i = 0; skipped[i] != NULL; i++)
    {
      assert_clean (spell, skipped[i], KASUS_LANGUAGE_DA);
      assert_clean (spell, skipped[i], KASUS_LANGUAGE_EN);
      g_assert_true (kasus_spell_check_word (spell, skipped[i], -1, KASUS_LANGUAGE_DA));
    }
  for (guint i = 0; skipped_da[i] != NULL; i++)
    assert_clean (spell, skipped_da[i], KASUS_LANGUAGE_DA);
  for (guint i = 0; skipped_en[i] != NULL; i++)
    assert_clean (spell, skipped_en[i], KASUS_LANGUAGE_EN);

  /* Offsets are code points; only the bad part of a compound is marked. */
  text = "Påvist på blød væv: (Behandlnig) og KRAS-mutatoin, ændret.";
  found = kasus_spell_check_text (spell, text, -1, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (found->len, ==, 2);
  m = g_ptr_array_index (found, 0);
  g_assert_cmpstr (m->word, ==, "Behandlnig");
  g_assert_cmpuint (m->start, ==, 21);
  g_assert_cmpuint (m->end, ==, 31);
  g_assert_cmpint (m->language, ==, KASUS_LANGUAGE_DA);
  m = g_ptr_array_index (found, 1);
  g_assert_cmpstr (m->word, ==, "mutatoin");
  g_assert_cmpuint (m->start, ==, 41);
  g_assert_cmpuint (m->end, ==, 49);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* A sentence-initial capital, a hyphenated Danish compound, og/eller. */
  assert_clean (spell, "Kemoterapi og/eller strålebehandling. Helgenom-sekventering.",
                KASUS_LANGUAGE_DA);
  assert_clean (spell, "bryst- og æggestokkræft, HER2-positiv, PD-L1-positiv", KASUS_LANGUAGE_DA);
  assert_clean (spell, "The patient’s tumour; Wilms' tumour; Hodgkin's lymphoma.",
                KASUS_LANGUAGE_EN);

  /* A drug we did not list is recognised by its stem, a typo of one we
   * did list is not. */
  g_assert_true (kasus_spell_check_word (spell, "zolbetuximab", -1, KASUS_LANGUAGE_DA));
  g_assert_true (kasus_spell_check_word (spell, "ivonescimab", -1, KASUS_LANGUAGE_EN));
  g_assert_false (kasus_spell_check_word (spell, "pembrolizamab", -1, KASUS_LANGUAGE_DA));

  /* Any official gene symbol is a word. */
  g_assert_true (kasus_spell_check_word (spell, "KRAS", -1, KASUS_LANGUAGE_DA));
  g_assert_true (kasus_spell_check_word (spell, "C9orf72", -1, KASUS_LANGUAGE_EN));

  /* Words joined by a missing space after a full stop are still checked. */
  found = kasus_spell_check_text (spell, "behandling.Patinet", -1, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (found->len, ==, 1);
}

static void
test_language (void)
{
  g_autoptr (KasusSpell) spell = loaded_spell ();
  const char      *da = "Patienten fik kemoterapi, og der blev ikke fundet nogen variant i genet.";
  const char      *en = "The patient received chemotherapy and no variant was found in the gene.";
  g_autofree char *mixed = g_strdup_printf ("%s\n%s\nBehandlnig.", da, en);
  g_autoptr (GPtrArray)   found = NULL;
  const KasusMisspelling *m;

  g_assert_cmpint (kasus_spell_detect_language (da, -1, KASUS_LANGUAGE_EN), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpint (kasus_spell_detect_language (en, -1, KASUS_LANGUAGE_DA), ==, KASUS_LANGUAGE_EN);
  g_assert_cmpint (kasus_spell_detect_language ("BRCA2", -1, KASUS_LANGUAGE_DA), ==,
                   KASUS_LANGUAGE_DA);
  g_assert_cmpint (kasus_spell_detect_language ("BRCA2", -1, KASUS_LANGUAGE_AUTO), ==,
                   KASUS_LANGUAGE_AUTO);

  /* An English paragraph in a Danish case is checked in English. */
  found = kasus_spell_check_text (spell, mixed, -1, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (found->len, ==, 1);
  m = g_ptr_array_index (found, 0);
  g_assert_cmpstr (m->word, ==, "Behandlnig");
  g_assert_cmpint (m->language, ==, KASUS_LANGUAGE_DA);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* English text checked as Danish would be full of errors. */
  found = kasus_spell_check_text (spell, en, -1, KASUS_LANGUAGE_AUTO);
  g_assert_cmpuint (found->len, ==, 0);
}

static void
on_changed (KasusSpell *spell, guint *count)
{
  (*count)++;
}

static void
test_personal (void)
{
  g_autoptr (KasusSpell) spell = loaded_spell ();
  g_autoptr (GError)     error = NULL;
  g_autofree char       *path = kasus_spell_get_dictionary_path (KASUS_LANGUAGE_DA);
  g_autofree char       *dir = g_path_get_dirname (path);
  g_autofree char       *contents = NULL;
  g_auto (GStrv) words = NULL;
  GStatBuf st;
  guint    changed = 0;

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "kasus/dictionary-da.txt"));
  g_signal_connect (spell, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_false (kasus_spell_check_word (spell, "Kvistgaardsk", -1, KASUS_LANGUAGE_DA));
  kasus_spell_add_to_dictionary (spell, "Kvistgaardsk", KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (kasus_spell_check_word (spell, "Kvistgaardsk", -1, KASUS_LANGUAGE_DA));
  /* Only in Danish. */
  g_assert_false (kasus_spell_check_word (spell, "Kvistgaardsk", -1, KASUS_LANGUAGE_EN));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "Kvistgaardsk\n");

  kasus_spell_add_to_dictionary (spell, "zyxofibrin", KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  words = kasus_spell_get_dictionary_words (spell, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (g_strv_length (words), ==, 2);
  g_assert_cmpstr (words[0], ==, "Kvistgaardsk");
  g_assert_cmpstr (words[1], ==, "zyxofibrin");

  /* Suggestions know the word too (the suggestion handle catches up). */
  {
    g_auto (GStrv) sugg = kasus_spell_suggest (spell, "zyxofibrni", KASUS_LANGUAGE_DA);

    g_assert_true (g_strv_contains ((const char *const *) sugg, "zyxofibrin"));
  }

  kasus_spell_remove_from_dictionary (spell, "zyxofibrin", KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  g_assert_false (kasus_spell_check_word (spell, "zyxofibrin", -1, KASUS_LANGUAGE_DA));

  kasus_spell_add_to_dictionary (spell, "two words", KASUS_LANGUAGE_DA, &error);
  g_assert_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_INVALID_WORD);
  g_clear_error (&error);

  /* It persists: a fresh load (no KasusSpell left) reads the file. */
  g_clear_object (&spell);
  spell = loaded_spell ();
  g_assert_true (kasus_spell_check_word (spell, "Kvistgaardsk", -1, KASUS_LANGUAGE_DA));
  g_assert_false (kasus_spell_check_word (spell, "zyxofibrin", -1, KASUS_LANGUAGE_DA));

  /* Ignore all: this object only, any language, any case. */
  {
    g_autoptr (KasusSpell) other = loaded_spell ();
    g_auto (GStrv) ignored = NULL;
    g_autoptr (GPtrArray) found = NULL;

    kasus_spell_ignore_word (spell, "Qwertyx");
    g_assert_true (kasus_spell_is_ignored (spell, "qwertyx"));
    g_assert_true (kasus_spell_check_word (spell, "qwertyx", -1, KASUS_LANGUAGE_DA));
    g_assert_true (kasus_spell_check_word (spell, "Qwertyx", -1, KASUS_LANGUAGE_EN));
    found = kasus_spell_check_text (spell, "qwertyx og Qwertyx", -1, KASUS_LANGUAGE_DA);
    g_assert_cmpuint (found->len, ==, 0);
    g_assert_false (kasus_spell_check_word (other, "qwertyx", -1, KASUS_LANGUAGE_DA));
    ignored = kasus_spell_get_ignored_words (spell);
    g_assert_cmpstrv (ignored, ((const char *const[]){ "qwertyx", NULL }));
    kasus_spell_set_ignored_words (spell, NULL);
    g_assert_false (kasus_spell_check_word (spell, "qwertyx", -1, KASUS_LANGUAGE_DA));
  }
}

static void
test_missing (void)
{
  g_autofree char       *dir = g_dir_make_tmp ("kasus-spell-XXXXXX", NULL);
  g_autofree char       *aff = g_build_filename (dir, "en_US.aff", NULL);
  g_autofree char       *dic = g_build_filename (dir, "en_US.dic", NULL);
  g_autoptr (KasusSpell) spell = NULL;
  g_autoptr (GError)     error = NULL;
  g_autoptr (GPtrArray)  found = NULL;
  g_auto (GStrv) sugg = NULL;

  g_assert_cmpint (symlink ("/usr/share/hunspell/en_US.aff", aff), ==, 0);
  g_assert_cmpint (symlink ("/usr/share/hunspell/en_US.dic", dic), ==, 0);
  g_setenv ("KASUS_HUNSPELL_PATH", dir, TRUE);

  spell = kasus_spell_new ();
  g_assert_false (kasus_spell_load (spell, KASUS_LANGUAGE_AUTO, NULL, &error));
  g_assert_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_NO_DICTIONARY);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Danish"));
  g_assert_nonnull (strstr (error->message, "da_DK"));
  g_assert_nonnull (strstr (error->message, dir));

  g_assert_false (kasus_spell_has_language (spell, KASUS_LANGUAGE_DA));
  g_assert_true (kasus_spell_has_language (spell, KASUS_LANGUAGE_EN));

  /* English still works; Danish flags nothing and suggests nothing. */
  found = kasus_spell_check_text (spell, "The patinet has a tumour.", -1, KASUS_LANGUAGE_EN);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = kasus_spell_check_text (spell, "Patienten har en tumr.", -1, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_true (kasus_spell_check_word (spell, "tumr", -1, KASUS_LANGUAGE_DA));
  sugg = kasus_spell_suggest (spell, "tumr", KASUS_LANGUAGE_DA);
  g_assert_cmpuint (g_strv_length (sugg), ==, 0);

  g_unsetenv ("KASUS_HUNSPELL_PATH");
  g_clear_object (&spell);
  g_unlink (aff);
  g_unlink (dic);
  g_rmdir (dir);
}

typedef struct
{
  gboolean done;
  gint64   done_at;
  gint64   last_tick;
  gint64   max_gap;
  guint    ticks;
  GError  *error;
  char   **suggestions;
} AsyncState;

static gboolean
tick (gpointer user_data)
{
  AsyncState *state = user_data;
  gint64      now = g_get_monotonic_time ();

  state->max_gap = MAX (state->max_gap, now - state->last_tick);
  state->last_tick = now;
  state->ticks++;
  return G_SOURCE_CONTINUE;
}

static void
loaded (GObject *object, GAsyncResult *result, gpointer user_data)
{
  AsyncState *state = user_data;

  kasus_spell_load_finish (KASUS_SPELL (object), result, &state->error);
  state->done = TRUE;
  state->done_at = g_get_monotonic_time ();
}

static void
suggested (GObject *object, GAsyncResult *result, gpointer user_data)
{
  AsyncState *state = user_data;

  state->suggestions = kasus_spell_suggest_finish (KASUS_SPELL (object), result, &state->error);
  state->done = TRUE;
}

static void
test_async (void)
{
  g_autoptr (KasusSpell)   spell = kasus_spell_new ();
  g_autoptr (GCancellable) cancellable = NULL;
  AsyncState               state = { 0 };
  guint                    changed = 0;
  gint64                   start, returned;
  guint                    source;

  g_signal_connect (spell, "changed", G_CALLBACK (on_changed), &changed);

  start = g_get_monotonic_time ();
  kasus_spell_load_async (spell, KASUS_LANGUAGE_AUTO, NULL, loaded, &state);
  returned = g_get_monotonic_time ();
  g_assert_false (state.done);

  state.last_tick = returned;
  source = g_timeout_add (5, tick, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (source);

  g_assert_no_error (state.error);
  g_assert_cmpuint (changed, ==, 1);
  g_test_message ("load_async returned after %.2f ms; loaded after %.1f ms; "
                  "main loop ticked %u times, longest gap %.1f ms",
                  (returned - start) / 1000.0, (state.done_at - start) / 1000.0, state.ticks,
                  state.max_gap / 1000.0);
  /* The call returns at once, long before the dictionaries are in. */
  g_assert_cmpint (returned - start, <, (state.done_at - start) / 2);
  g_assert_cmpuint (state.ticks, >, 0);
  g_assert_true (kasus_spell_has_language (spell, KASUS_LANGUAGE_AUTO));

  /* Suggestions in a worker, and cancelled ones answer at once. */
  state.done = FALSE;
  kasus_spell_suggest_async (spell, "kemoterpai", KASUS_LANGUAGE_DA, NULL, suggested, &state);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (state.error);
  g_assert_cmpstr (state.suggestions[0], ==, "kemoterapi");
  g_clear_pointer (&state.suggestions, g_strfreev);

  state.done = FALSE;
  cancellable = g_cancellable_new ();
  kasus_spell_suggest_async (spell, "behandlnig", KASUS_LANGUAGE_DA, cancellable, suggested,
                             &state);
  g_cancellable_cancel (cancellable);
  while (!state.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (state.suggestions);
  g_clear_error (&state.error);
}

static int
run_cli (const char *const *args, const char *hunspell_path, char **out)
{
  const char           *cli = g_getenv ("KASUS_CLI");
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  int                status = -1;

  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, (char *) "spell");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (hunspell_path != NULL)
    envp = g_environ_setenv (envp, "KASUS_HUNSPELL_PATH", hunspell_path, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, out, NULL, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *typo = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *latin1 = NULL;
  g_autofree char *out = NULL;

  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI not set");
      return;
    }

  dir = g_dir_make_tmp ("kasus-spell-cli-XXXXXX", NULL);
  typo = g_build_filename (dir, "typo.txt", NULL);
  clean = g_build_filename (dir, "clean.txt", NULL);
  latin1 = g_build_filename (dir, "latin1.txt", NULL);
  g_assert_true (g_file_set_contents (
    typo, "Patienten fik osimertinib.\nÆndret behandlnig efter c.1799T>A.\n", -1, NULL));
  g_assert_true (
    g_file_set_contents (clean, "Helgenomsekventering viste en kimbanevariant.\n", -1, NULL));
  g_assert_true (g_file_set_contents (latin1, "\xe6ndret behandling\n", -1, NULL));

  g_assert_cmpint (run_cli ((const char *[]){ typo, NULL }, NULL, &out), ==, 1);
  {
    g_autofree char *want = g_strdup_printf ("%s:2:8 behandlnig → behandling", typo);

    g_test_message ("%s", out);
    g_assert_true (g_str_has_prefix (out, want));
  }
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli ((const char *[]){ "--lang", "da", clean, NULL }, NULL, &out), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli ((const char *[]){ "/nonexistent/case.txt", NULL }, NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli ((const char *[]){ latin1, NULL }, NULL, NULL), ==, 2);
  g_assert_cmpint (run_cli ((const char *[]){ "--lang", "xx", clean, NULL }, NULL, NULL), ==, 2);
  /* No dictionary at all. */
  g_assert_cmpint (run_cli ((const char *[]){ clean, NULL }, dir, NULL), ==, 2);

  g_unlink (typo);
  g_unlink (clean);
  g_unlink (latin1);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_unsetenv ("KASUS_HUNSPELL_PATH");

  g_test_add_func ("/spell/async", test_async);
  g_test_add_func ("/spell/terms", test_terms);
  g_test_add_func ("/spell/typos", test_typos);
  g_test_add_func ("/spell/tokenizer", test_tokenizer);
  g_test_add_func ("/spell/language", test_language);
  g_test_add_func ("/spell/personal", test_personal);
  g_test_add_func ("/spell/missing", test_missing);
  g_test_add_func ("/spell/cli", test_cli);

  return g_test_run ();
}
