/* kasus-cli-bundle.c — kasus-cli bundle --group NAME -o BUNDLE.pdf FILE…
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kasus-cli.h"
#include "kasus-review-bundle.h"
#include "kasus-submission.h"

static GDateTime *
parse_date (const char *text)
{
  int  year, month, day;
  char end;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_local (year, month, day, 12, 0, 0);
}

int
kasus_cli_bundle (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (GFile)          output = NULL;
  g_autoptr (GPtrArray)      submissions = NULL;
  g_autoptr (GPtrArray)      refusals = NULL;
  g_autoptr (GDateTime)      date = NULL;
  g_autofree char           *group = NULL;
  g_autofree char           *output_path = NULL;
  g_autofree char           *lang = NULL;
  g_autofree char           *date_text = NULL;
  g_auto (GStrv) files = NULL;
  KasusLanguage      language = KASUS_LANGUAGE_DA;
  gboolean           unreadable = FALSE;
  const GOptionEntry entries[] = {
    { "group", 'g', 0, G_OPTION_ARG_STRING, &group, N_ ("The patient group to bundle"),
      N_ ("NAME") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path, N_ ("Write the bundle to FILE"),
      N_ ("FILE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_ ("Language of the cover and contents: da or en (default da)"), N_ ("LANG") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_ ("Date on the cover, YYYY-MM-DD (default today)"), N_ ("DATE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_ ("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _ ("Bundles the cases (.kasus) and PDFs of one patient group: "
                                   "a cover, a table of contents and every case from a new page. "
                                   "Files of other groups are left out. Drafts, cases that are not "
                                   "ready and cases not approved in review are refused, with the "
                                   "reasons.\n"
                                   "Exit status: 0 written, 1 refused, 2 error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (group == NULL || *group == '\0')
    {
      g_printerr ("kasus-cli bundle: %s\n", _ ("no patient group; use --group NAME"));
      return KASUS_CLI_ERROR;
    }
  if (output_path == NULL)
    {
      g_printerr ("kasus-cli bundle: %s\n", _ ("no output file; use -o BUNDLE.pdf"));
      return KASUS_CLI_ERROR;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("kasus-cli bundle: %s\n", _ ("no case files given"));
      return KASUS_CLI_ERROR;
    }
  if (lang != NULL &&
      (!kasus_language_from_string (lang, &language) || language == KASUS_LANGUAGE_AUTO))
    {
      g_printerr (_ ("kasus-cli bundle: unknown language “%s” (use da or en)\n"), lang);
      return KASUS_CLI_ERROR;
    }
  if (date_text != NULL && (date = parse_date (date_text)) == NULL)
    {
      g_printerr (_ ("kasus-cli bundle: “%s” is not a date (use YYYY-MM-DD)\n"), date_text);
      return KASUS_CLI_ERROR;
    }

  submissions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (files[i]);
      KasusSubmission  *submission = kasus_submission_new_for_file (file, NULL, NULL);

      g_ptr_array_add (submissions, submission);
      if (kasus_submission_get_error (submission) != NULL)
        {
          g_printerr ("kasus-cli bundle: %s\n", kasus_submission_get_error (submission));
          unreadable = TRUE;
        }
      else if (!kasus_submission_in_group (submission, group))
        {
          const char *other = kasus_submission_get_patient_group (submission);

          if (*other != '\0')
            g_printerr (_ ("kasus-cli bundle: %s: left out, patient group “%s”\n"), files[i],
                        other);
          else
            g_printerr (_ ("kasus-cli bundle: %s: left out, no patient group\n"), files[i]);
        }
    }
  if (unreadable)
    return KASUS_CLI_ERROR;

  output = g_file_new_for_commandline_arg (output_path);
  if (!kasus_review_bundle_export (submissions, group, language, date, output, &refusals, &error))
    {
      g_printerr ("kasus-cli bundle: %s\n", error->message);
      if (!g_error_matches (error, KASUS_REVIEW_BUNDLE_ERROR, KASUS_REVIEW_BUNDLE_ERROR_REFUSED))
        return KASUS_CLI_ERROR;
      if (refusals != NULL)
        {
          g_autofree char *list = kasus_review_bundle_describe_refusals (refusals, "  ", FALSE);

          g_printerr ("%s\n", list);
        }
      return KASUS_CLI_PROBLEMS;
    }

  return KASUS_CLI_OK;
}
