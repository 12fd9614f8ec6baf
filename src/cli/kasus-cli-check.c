/* kasus-cli-check.c — `kasus-cli check`: validate case files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-case.h"
#include "kasus-cli.h"
#include "kasus-readiness.h"

/* A check looks at a case that loaded and adds one line per problem to
 * problems (plain messages, without the file name). */
typedef void (*CaseCheck) (KasusCase *kase, GPtrArray *problems);

static void
check_template (KasusCase *kase, GPtrArray *problems)
{
  KasusTemplate *template = kasus_case_get_template (kase);

  if (template == NULL)
    {
      g_ptr_array_add (problems, g_strdup_printf (_ ("unknown case template “%s”"),
                                                  kasus_case_get_template_id (kase)));
      return;
    }

  /* Text a newer or older template left behind is kept by the loader, but
   * the editor has no place for it. */
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      const char                 *id = kasus_case_get_section_id (kase, i);
      const KasusTemplateSection *section = kasus_template_find_section (template, id);

      if (section == NULL || section->metadata_key != NULL)
        g_ptr_array_add (problems,
                         g_strdup_printf (_ ("section “%s” is not part of the case template"), id));
    }
}

/* Every reason the case may not be exported as final yet. */
static void
check_readiness (KasusCase *kase, GPtrArray *problems)
{
  g_autoptr (GPtrArray) reasons = NULL;

  /* A case this version cannot lay out is not judged further: its
   * sections are unknown, and check_template already says why. */
  if (kasus_case_get_template (kase) == NULL)
    return;

  reasons = kasus_case_get_readiness (kase, kasus_scanner_get_default ());

  for (guint i = 0; i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      g_ptr_array_add (problems, g_strdup (reason->message));
    }
}

static const CaseCheck checks[] = {
  check_template,
  check_readiness,
};

/* Returns the exit status for one file. */
static int
check_file (const char *path, gboolean quiet)
{
  g_autoptr (GFile)     file = g_file_new_for_commandline_arg (path);
  g_autoptr (GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  /* The message already starts with the file name as given. */
  kase = kasus_case_new_from_file_full (file, path, &error);
  if (kase == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KASUS_CLI_ERROR;
    }

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    checks[i](kase, problems);

  for (guint i = 0; i < problems->len; i++)
    g_print ("%s: %s\n", path, (const char *) g_ptr_array_index (problems, i));

  if (problems->len > 0)
    return KASUS_CLI_PROBLEMS;

  if (!quiet)
    g_print (_ ("%s: ok\n"), path);
  return KASUS_CLI_OK;
}

int
kasus_cli_check (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  gboolean                   quiet = FALSE;
  int                        status = KASUS_CLI_OK;
  const GOptionEntry         entries[] = { { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
                                             N_ ("Print only problems, not the files that are fine"),
                                             NULL },
                                           { NULL } };

  context = g_option_context_new (_ ("FILE…"));
  g_option_context_set_summary (context,
                                _ ("Check that each FILE is a Kasus case that can be opened "
                                   "and is ready for a final export, and list its problems: "
                                   "empty required sections, no analysis chosen, identifiers "
                                   "still in the text, genome or exome sequencing not stated, "
                                   "checklist items not confirmed, no consent decision, "
                                   "consent needed but not recorded as obtained."));
  g_option_context_set_description (context,
                                    _ ("Each problem is printed as “FILE: problem”.\n"
                                       "Exit status: 0 all files fine and ready, 1 problems "
                                       "found or not ready, 2 a file could not be read or is "
                                       "damaged."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (argc < 2)
    {
      g_printerr (_ ("kasus-cli check: no file given; see “kasus-cli check --help”\n"));
      return KASUS_CLI_ERROR;
    }

  /* Broken built-in rules: no file can be judged. */
  if (kasus_scanner_get_default () == NULL)
    return KASUS_CLI_ERROR;

  /* Every file is checked, even after a bad one; the worst status wins. */
  for (int i = 1; i < argc; i++)
    {
      int file_status = check_file (argv[i], quiet);

      status = MAX (status, file_status);
    }

  return status;
}
