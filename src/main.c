/* main.c — starts Kasus
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (KasusApplication) app = NULL;

  kasus_application_init_i18n ();

  app = kasus_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
