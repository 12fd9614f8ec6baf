/* kasus-cli-spell.c — kasus-cli spell: list misspelled words
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-cli.h"
#include "kasus-spell.h"

typedef struct
{
  KasusSpell   *spell;
  KasusLanguage language;
  GHashTable   *suggestions; /* "lang:word" → char ** */
} SpellRun;

static const char *const *
lookup_suggestions (SpellRun *run, const KasusMisspelling *m)
{
  g_autofree char *key = g_strdup_printf ("%d:%s", m->language, m->word);
  char           **list = g_hash_table_lookup (run->suggestions, key);

  if (list == NULL)
    {
      list = kasus_spell_suggest (run->spell, m->word, m->language);
      g_hash_table_insert (run->suggestions, g_steal_pointer (&key), list);
    }
  return (const char *const *) list;
}

/* Prints the misspellings of text; name is the file (and section). */
static gboolean
spell_text (SpellRun *run, const char *name, const char *text, KasusLanguage language)
{
  g_autoptr (GPtrArray) found = kasus_spell_check_text (run->spell, text, -1, language);
  g_autoptr (GArray)    line_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint                 cp = 0, line = 0;

  g_array_append_val (line_starts, cp);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      cp++;
      if (*p == '\n')
        g_array_append_val (line_starts, cp);
    }

  for (guint i = 0; i < found->len; i++)
    {
      const KasusMisspelling *m = g_ptr_array_index (found, i);
      const char *const      *sugg = lookup_suggestions (run, m);
      g_autofree char        *joined = g_strjoinv (", ", (char **) sugg);

      while (line + 1 < line_starts->len &&
             g_array_index (line_starts, guint, line + 1) <= m->start)
        line++;
      printf ("%s:%u:%u %s%s%s\n", name, line + 1,
              m->start - g_array_index (line_starts, guint, line) + 1, m->word,
              sugg[0] != NULL ? " → " : "", joined);
    }
  return found->len > 0;
}

int
kasus_cli_spell (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (KasusSpell)     spell = NULL;
  g_autoptr (GHashTable)     suggestions = NULL;
  g_autoptr (GError)         error = NULL;
  g_autofree char           *lang = NULL;
  KasusLanguage              language = KASUS_LANGUAGE_AUTO;
  gboolean                   found = FALSE, failed = FALSE;
  SpellRun                   run;
  const GOptionEntry         entries[] = { { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
                                             N_ ("Language of the texts: auto (default), da or en"),
                                             "LANG" },
                                           { NULL } };

  context = g_option_context_new (_ ("FILE…"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (
    context, _ ("Checks spelling in Danish and English with the medical vocabulary of Kasus.\n"
                "Reads text files and cases (.kasus: every section, in the case’s language).\n"
                "Prints file:line:column word → suggestions (file:section:line:column for cases).\n"
                "Exit status: 0 no misspellings, 1 misspellings found, 2 error."));
  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (lang != NULL && !kasus_language_from_string (lang, &language))
    {
      g_printerr ("kasus-cli spell: %s\n", _ ("--lang must be auto, da or en"));
      return KASUS_CLI_ERROR;
    }
  if (argc < 2)
    {
      g_printerr ("kasus-cli spell: %s\n", _ ("no file given"));
      return KASUS_CLI_ERROR;
    }

  /* Both languages: a Danish case may hold English paragraphs. Only the
   * language asked for is required. */
  spell = kasus_spell_new ();
  if (!kasus_spell_load (spell, KASUS_LANGUAGE_AUTO, NULL, &error))
    {
      if (language == KASUS_LANGUAGE_AUTO || !kasus_spell_has_language (spell, language))
        {
          g_printerr ("kasus-cli spell: %s\n", error->message);
          return KASUS_CLI_ERROR;
        }
      g_printerr ("kasus-cli spell: %s\n", error->message);
    }

  suggestions =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  run.spell = spell;
  run.language = language;
  run.suggestions = suggestions;

  for (int i = 1; i < argc; i++)
    {
      const char        *path = argv[i];
      g_autofree char   *contents = NULL;
      g_autoptr (GError) local_error = NULL;
      gsize              length;

      /* A case: every section, in the case's language unless told. */
      if (g_str_has_suffix (path, ".kasus"))
        {
          g_autoptr (GFile)     file = g_file_new_for_commandline_arg (path);
          g_autoptr (KasusCase) kase = kasus_case_new_from_file (file, &local_error);
          KasusLanguage         case_language;

          if (kase == NULL)
            {
              g_printerr ("kasus-cli spell: %s\n", local_error->message);
              failed = TRUE;
              continue;
            }
          case_language =
            language != KASUS_LANGUAGE_AUTO ? language : kasus_case_get_language (kase);
          for (guint s = 0; s < kasus_case_get_n_sections (kase); s++)
            {
              const char      *text = kasus_case_get_section_text (kase, s);
              g_autofree char *name = NULL;

              if (text == NULL || *text == '\0')
                continue;
              name = g_strdup_printf ("%s:%s", path, kasus_case_get_section_id (kase, s));
              if (spell_text (&run, name, text, case_language))
                found = TRUE;
            }
          continue;
        }

      if (!kasus_core_read_file (path, path, KASUS_CORE_MAX_FILE_SIZE, &contents, &length,
                                 &local_error))
        {
          g_printerr ("kasus-cli spell: %s\n", local_error->message);
          failed = TRUE;
          continue;
        }
      if (!g_utf8_validate (contents, length, NULL) || memchr (contents, '\0', length) != NULL)
        {
          g_printerr ("kasus-cli spell: %s: %s\n", path, _ ("not UTF-8 text"));
          failed = TRUE;
          continue;
        }

      if (spell_text (&run, path, contents, language))
        found = TRUE;
    }

  fflush (stdout);
  if (failed)
    return KASUS_CLI_ERROR;
  return found ? KASUS_CLI_PROBLEMS : KASUS_CLI_OK;
}
