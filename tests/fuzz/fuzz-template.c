/* fuzz-template.c — the template loader on arbitrary bytes
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-template"

#include "fuzz-common.h"
#include "kasus-core.h"
#include "kasus-template.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init_common ();
  kasus_core_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GError) error = NULL;

  template = kasus_template_new_from_data ((const char *) data, size, &error);
  g_assert ((template == NULL) == (error != NULL));
  if (template != NULL)
    {
      (void) kasus_template_get_id (template);
      (void) kasus_template_get_name (template);
      (void) kasus_template_get_n_sections (template);
    }
  return 0;
}
