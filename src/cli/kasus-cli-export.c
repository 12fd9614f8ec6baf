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

int
kasus_cli_export (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(KasusCase) kase = NULL;
  g_autoptr(KasusPdfWriter) writer = NULL;
  g_autofree char *output_path = NULL;
  gboolean draft = FALSE;
  KasusPdfFlags flags = KASUS_PDF_FLAGS_NONE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
      N_("Write the PDF to FILE"), N_("FILE") },
    { "draft", 0, 0, G_OPTION_ARG_NONE, &draft,
      N_("Export a draft, marked as such on every page"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("CASE.kasus — export a case as PDF"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (argc != 2)
    {
      g_printerr ("kasus-cli export: %s\n", _("exactly one case file is needed"));
      return KASUS_CLI_ERROR;
    }
  if (output_path == NULL)
    {
      g_printerr ("kasus-cli export: %s\n", _("no output file; use -o OUT.pdf"));
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

  /* READINESS GATE (hook for the consent/readiness issue): a final export
   * (no --draft) of a case that is not ready must be refused here with the
   * list of reasons and exit status KASUS_CLI_PROBLEMS. A draft export is
   * always allowed. Until then every case exports. */

  writer = kasus_pdf_writer_new ();
  if (!kasus_pdf_writer_export_case (writer, kase, output, flags, &error))
    {
      g_printerr ("kasus-cli export: %s\n", error->message);
      return KASUS_CLI_ERROR;
    }

  return KASUS_CLI_OK;
}
