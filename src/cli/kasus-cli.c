/* kasus-cli.c — scan, check and export cases from a terminal
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "kasus-cli.h"
#include "kasus-core.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "new", kasus_cli_new, N_ ("Write an empty case from the template") },
  { "check", kasus_cli_check, N_ ("Validate case files and their readiness for export") },
  { "scan", kasus_cli_scan, N_ ("List what identifies a patient in texts and cases") },
  { "spell", kasus_cli_spell, N_ ("List misspelled words") },
  { "export", kasus_cli_export, N_ ("Export a case as PDF") },
  { "consent-form", kasus_cli_consent_form, N_ ("Print the consent form for a case") },
  { "bundle", kasus_cli_bundle, N_ ("Bundle the approved cases of a patient group as one PDF") },
};

gboolean
kasus_cli_parse (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("kasus-cli %s: %s\n", (*argv)[0], error->message);
      return FALSE;
    }
  return TRUE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _ ("Usage: kasus-cli COMMAND [OPTION…] [FILE…]"));
  fprintf (out, "%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-13s %s\n", commands[i].name, _ (commands[i].summary));
  fprintf (out, "\n%s\n", _ ("Run “kasus-cli COMMAND --help” for the options of a command."));
  fprintf (out, "%s\n", _ ("Exit status: 0 all well, 1 problems found, 2 error."));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  kasus_core_init ();
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return KASUS_CLI_ERROR;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return KASUS_CLI_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("kasus-cli %s\n", PACKAGE_VERSION);
      return KASUS_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("kasus-cli %s", commands[i].name);

        /* So that every command's --help says "kasus-cli scan", not "scan". */
        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_ ("kasus-cli: unknown command “%s”\n"), argv[1]);
  print_usage (stderr);
  return KASUS_CLI_ERROR;
}
