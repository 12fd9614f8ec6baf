/* kasus-core.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kasus-core.h"
#include "kasus-core-resources.h"

void
kasus_core_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      kasus_core_register_resource ();
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

GBytes *
kasus_core_lookup_resource (const char  *relative_path,
                            GError     **error)
{
  g_autofree char *path = NULL;

  kasus_core_init ();
  path = g_build_path ("/", KASUS_CORE_RESOURCE_PATH, relative_path, NULL);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
