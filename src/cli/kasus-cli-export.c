/* kasus-cli-export.c — kasus-cli export CASE.kasus -o OUT.pdf [--draft]
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-case.h"
#include "kasus-cli.h"
#include "kasus-pdf-writer.h"
#include "kasus-readiness.h"

int
kasus_cli_export (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autoptr (GFile)          input = NULL;
  g_autoptr (GFile)          output = NULL;
  g_autoptr (KasusCase)      kase = NULL;
  g_autoptr (KasusPdfWriter) writer = NULL;
  g_autofree char           *output_path = NULL;
  gboolean                   draft = FALSE;
  KasusPdfFlags              flags = KASUS_PDF_FLAGS_NONE;
  const GOptionEntry         entries[] = { { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
                                             N_ ("Write the PDF to FILE"), N_ ("FILE") },
                                           { "draft", 0, 0, G_OPTION_ARG_NONE, &draft,
                                             N_ ("Export a draft, marked as such on every page"), NULL },
                                           { NULL } };

  context = g_option_context_new (_ ("CASE.kasus"));
  g_option_context_set_summary (context,
                                _ ("A final export is refused, with every reason, until the "
                                   "case is ready (see “kasus-cli check”); a draft (--draft) "
                                   "is always written.\n"
                                   "Exit status: 0 written, 1 not ready, 2 error."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (argc != 2)
    {
      g_printerr ("kasus-cli export: %s\n", _ ("exactly one case file is needed"));
      return KASUS_CLI_ERROR;
    }
  if (output_path == NULL)
    {
      g_printerr ("kasus-cli export: %s\n", _ ("no output file; use -o OUT.pdf"));
      return KASUS_CLI_ERROR;
    }

  input = g_file_new_for_commandline_arg (argv[1]);
  output = g_file_new_for_commandline_arg (output_path);

  kase = kasus_case_new_from_file (input, &error);
  if (kase == NULL)
    {
      g_printerr ("kasus-cli export: %s\n", error->message);
      return KASUS_CLI_ERROR;
    }

  if (draft)
    flags |= KASUS_PDF_FLAGS_DRAFT;

  /* A folder that is not there is a usage error whatever the case's state;
   * say so before judging the case. */
  {
    g_autoptr (GFile) folder = g_file_get_parent (output);

    if (folder != NULL &&
        g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
      {
        g_printerr (_ ("kasus-cli export: cannot write “%s”: the folder does not exist\n"),
                    output_path);
        return KASUS_CLI_ERROR;
      }
  }

  /* READINESS GATE: a final export of a case that is not ready is refused
   * with every reason; a draft is always allowed. */
  if (!draft)
    {
      g_autoptr (GPtrArray) reasons = NULL;
      KasusScanner         *scanner = kasus_scanner_get_default ();

      if (scanner == NULL)
        return KASUS_CLI_ERROR;
      reasons = kasus_case_get_readiness (kase, scanner);
      if (reasons->len > 0)
        {
          g_printerr (_ ("kasus-cli export: “%s” is not ready for a final export "
                         "(use --draft for a draft):\n"),
                      argv[1]);
          for (guint i = 0; i < reasons->len; i++)
            {
              const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

              g_printerr ("  %s\n", reason->message);
            }
          return KASUS_CLI_PROBLEMS;
        }
    }

  writer = kasus_pdf_writer_new ();
  if (!kasus_pdf_writer_export_case (writer, kase, output, flags, &error))
    {
      g_printerr ("kasus-cli export: %s\n", error->message);
      return KASUS_CLI_ERROR;
    }

  return KASUS_CLI_OK;
}
