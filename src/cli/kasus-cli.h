/* kasus-cli.h — the subcommands of kasus-cli
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses shared by every subcommand. */
enum
{
  KASUS_CLI_OK = 0,
  KASUS_CLI_PROBLEMS = 1, /* findings, not ready, misspellings … */
  KASUS_CLI_ERROR = 2,    /* bad usage, unreadable input … */
};

/* Each takes the arguments after the subcommand name (argv[0] is the
 * subcommand) and returns the exit status. */
int kasus_cli_new (int argc, char **argv);
int kasus_cli_check (int argc, char **argv);
int kasus_cli_scan (int argc, char **argv);
int kasus_cli_spell (int argc, char **argv);
int kasus_cli_export (int argc, char **argv);
int kasus_cli_consent_form (int argc, char **argv);
int kasus_cli_bundle (int argc, char **argv);

/* Parses options; on failure prints the error naming the command and
 * returns FALSE. */
gboolean kasus_cli_parse (GOptionContext *context, int *argc, char ***argv);

G_END_DECLS
