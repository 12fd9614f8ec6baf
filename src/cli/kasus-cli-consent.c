/* kasus-cli-consent.c — kasus-cli consent-form [--lang da|en] [--case CASE] -o FORM.pdf
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-case.h"
#include "kasus-cli.h"
#include "kasus-consent-form.h"

int
kasus_cli_consent_form (int argc, char **argv)
{
  g_autoptr (GOptionContext)   context = NULL;
  g_autoptr (GError)           error = NULL;
  g_autoptr (GFile)            output = NULL;
  g_autoptr (KasusCase)        kase = NULL;
  g_autoptr (KasusConsentForm) form = NULL;
  g_autofree char             *output_path = NULL;
  g_autofree char             *case_path = NULL;
  g_autofree char             *lang = NULL;
  KasusLanguage                language = KASUS_LANGUAGE_AUTO;
  const GOptionEntry           entries[] = {
              { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
                N_ ("Language of the form: da or en (default: the case's language, else da)"), "LANG" },
              { "case", 0, 0, G_OPTION_ARG_FILENAME, &case_path,
                N_ ("Print the title of this case on the form as its reference"), N_ ("CASE") },
              { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path, N_ ("Write the PDF to FILE"),
                N_ ("FILE") },
              { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _ ("Writes the consent form (samtykkeblanket) the patient signs "
                                   "when a case cannot be anonymised well enough. Nothing about "
                                   "the patient is filled in; with --case, the case's title is "
                                   "printed as the reference."));
  g_option_context_set_description (context, _ ("Exit status: 0 the form was written, 2 error."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (argc != 1)
    {
      g_printerr ("kasus-cli consent-form: %s\n",
                  _ ("unexpected argument; the case goes with --case CASE"));
      return KASUS_CLI_ERROR;
    }
  if (output_path == NULL)
    {
      g_printerr ("kasus-cli consent-form: %s\n", _ ("no output file; use -o FORM.pdf"));
      return KASUS_CLI_ERROR;
    }
  if (lang != NULL &&
      (!kasus_language_from_string (lang, &language) || language == KASUS_LANGUAGE_AUTO))
    {
      g_printerr (_ ("kasus-cli consent-form: unknown language “%s” (use da or en)\n"), lang);
      return KASUS_CLI_ERROR;
    }

  if (case_path != NULL)
    {
      g_autoptr (GFile) input = g_file_new_for_commandline_arg (case_path);

      /* The message already starts with the file name as given. */
      kase = kasus_case_new_from_file_full (input, case_path, &error);
      if (kase == NULL)
        {
          g_printerr ("%s\n", error->message);
          return KASUS_CLI_ERROR;
        }
    }

  form = kasus_consent_form_new (language, kase, NULL);
  output = g_file_new_for_commandline_arg (output_path);
  if (!kasus_consent_form_export (form, output, &error))
    {
      g_printerr ("kasus-cli consent-form: %s\n", error->message);
      return KASUS_CLI_ERROR;
    }

  return KASUS_CLI_OK;
}
