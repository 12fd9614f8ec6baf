/* kasus-cli-check.c — placeholder until its issue lands
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-cli.h"

int
kasus_cli_check (int argc, char **argv)
{
  g_printerr ("kasus-cli check: %s\n", _("not available in this build"));
  return KASUS_CLI_ERROR;
}
