/* fuzz-case.c — the case-file loader on arbitrary bytes
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-case"

#include "fuzz-common.h"
#include "kasus-case.h"
#include "kasus-core.h"

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
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_data ((const char *) data, size, "fuzz.kasus", &error);
  g_assert ((kase == NULL) == (error != NULL));
  if (kase != NULL)
    {
      /* What loads must save and load again. */
      g_autofree char      *out = NULL;
      g_autoptr (KasusCase) again = NULL;
      g_autoptr (GError)    error2 = NULL;
      gsize                 len = 0;

      out = kasus_case_to_data (kase, &len);
      g_assert (out != NULL);
      again = kasus_case_new_from_data (out, len, "fuzz-again.kasus", &error2);
      if (again == NULL)
        g_error ("saved case does not load again: %s", error2->message);
      g_assert_cmpuint (kasus_case_get_n_sections (again), ==, kasus_case_get_n_sections (kase));
    }
  else
    {
      g_assert (error->message != NULL && error->message[0] != '\0');
    }
  return 0;
}
