/* kasus-cli-new.c — `kasus-cli new`: an empty case from the template
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "kasus-case.h"
#include "kasus-cli.h"

/* Without --lang: English when the desktop speaks English, Danish otherwise
 * (the network's reports are Danish). */
static KasusLanguage
default_language (void)
{
  const char *const *names = g_get_language_names ();

  if (names[0] != NULL && g_str_has_prefix (names[0], "en"))
    return KASUS_LANGUAGE_EN;
  return KASUS_LANGUAGE_DA;
}

int
kasus_cli_new (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *lang = NULL;
  g_autofree char      *output = NULL;
  g_autofree char      *data = NULL;
  KasusLanguage         language;
  gboolean              force = FALSE;
  gsize                 length;
  const GOptionEntry    entries[] = {
       { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
         N_ ("Language of the template: da or en (default: the desktop’s, else da)"), "LANG" },
       { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
         N_ ("Write the case to FILE instead of standard output"), N_ ("FILE") },
       { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_ ("Overwrite FILE if it exists"), NULL },
       { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _ ("Write an empty case laid out by the case template."));
  g_option_context_set_description (
    context, _ ("Without -o the case goes to standard output.\n"
                "A file written with -o is readable by you alone (mode 0600).\n"
                "Exit status: 0 written, 2 error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (argc > 1)
    {
      g_printerr (_ ("kasus-cli new: unexpected argument “%s” (use -o FILE to name the file)\n"),
                  argv[1]);
      return KASUS_CLI_ERROR;
    }

  if (lang == NULL)
    language = default_language ();
  else if (!kasus_language_from_string (lang, &language) || language == KASUS_LANGUAGE_AUTO)
    {
      g_printerr (_ ("kasus-cli new: unknown language “%s”; use da or en\n"), lang);
      return KASUS_CLI_ERROR;
    }

  template = kasus_template_new_default (language, &error);
  if (template == NULL)
    {
      g_printerr ("kasus-cli new: %s\n", error->message);
      return KASUS_CLI_ERROR;
    }
  kase = kasus_case_new (template);

  if (output == NULL || g_str_equal (output, "-"))
    {
      data = kasus_case_to_data (kase, &length);
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_ ("kasus-cli new: could not write to standard output\n"));
          return KASUS_CLI_ERROR;
        }
      return KASUS_CLI_OK;
    }

  /* A case may already hold weeks of writing: never replace it silently. */
  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_ ("%s: already exists; not overwritten (use --force to replace it)\n"), output);
      return KASUS_CLI_ERROR;
    }

  {
    g_autoptr (GFile) file = g_file_new_for_commandline_arg (output);

    if (!kasus_case_save (kase, file, &error))
      {
        g_printerr ("%s\n", error->message);
        return KASUS_CLI_ERROR;
      }
  }

  return KASUS_CLI_OK;
}
