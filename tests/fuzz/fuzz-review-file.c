/* fuzz-review-file.c — the tovholder's review-file loader on arbitrary bytes
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-review-file"

#include "fuzz-common.h"
#include "kasus-core.h"
#include "kasus-review-file.h"

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
  g_autoptr (KasusReviewFile) review = NULL;
  g_autoptr (GError)          error = NULL;

  review = kasus_review_file_new_from_data ((const char *) data, size, "fuzz.kasus-review", &error);
  g_assert ((review == NULL) == (error != NULL));
  if (review != NULL)
    {
      g_autofree char            *out = NULL;
      g_autoptr (KasusReviewFile) again = NULL;
      g_autoptr (GError)          error2 = NULL;

      out = kasus_review_file_to_data (review, NULL);
      g_assert (out != NULL);
      again = kasus_review_file_new_from_data (out, -1, "again.kasus-review", &error2);
      if (again == NULL)
        g_error ("saved review does not load again: %s", error2->message);
    }
  return 0;
}
