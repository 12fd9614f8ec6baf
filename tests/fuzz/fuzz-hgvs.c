/* fuzz-hgvs.c — the HGVS variant recogniser on arbitrary bytes
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-hgvs"

#include <string.h>

#include "fuzz-common.h"
#include "kasus-hgvs.h"

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_init_common ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  /* An exact-size heap copy without a terminator, so ASan sees any read
   * past `length`. */
  g_autofree char *copy = g_malloc (size > 0 ? size : 1);
  KasusHgvs        result;
  gboolean         versioned = FALSE;
  gsize            n;

  if (size > 0)
    memcpy (copy, data, size);
  memset (&result, 0, sizeof result);
  if (kasus_hgvs_parse (copy, size, &result))
    {
      g_assert_cmpuint (result.length, >, 0);
      g_assert_cmpuint (result.length, <=, size);
      g_assert (memchr (result.protein, '\0', sizeof result.protein) != NULL);
    }
  n = kasus_hgvs_accession_length (copy, size, &versioned);
  g_assert_cmpuint (n, <=, size);
  return 0;
}
