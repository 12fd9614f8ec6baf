/* fuzz-replay.c — replays a fuzz target's seed corpus and regressions
 *
 * Linked with one fuzz target (which defines LLVMFuzzerTestOneInput), this
 * GTest program feeds it every file of tests/fuzz/corpus/<target>/ and
 * tests/fuzz/regressions/<target>/ — inputs that once crashed — so the
 * normal and the sanitizer builds keep them fixed without clang.
 *
 *   fuzz-replay-<target> [FILE…]    replay only these files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-replay"

#include <locale.h>
#include <string.h>

#include "fuzz-common.h"

#ifndef FUZZ_TARGET
#error "FUZZ_TARGET must name the target"
#endif

static void
replay_file (gconstpointer data)
{
  const char        *path = data;
  g_autofree char   *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize              length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* An exact-size copy: no terminator for the target to lean on (and,
   * as with libFuzzer, never NULL, even when empty). */
  {
    g_autofree guint8 *copy = g_malloc (MAX (length, 1));

    memcpy (copy, contents, length);
    LLVMFuzzerTestOneInput (copy, length);
  }
}

static void
add_folder (const char *kind, const char *folder)
{
  g_autoptr (GDir)      dir = g_dir_open (folder, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char           *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (name[0] == '.' || g_str_equal (name, "README.md"))
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      const char      *n = g_ptr_array_index (names, i);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s/%s", FUZZ_TARGET, kind, n);

      g_test_add_data_func_full (test_path, g_build_filename (folder, n, NULL), replay_file,
                                 g_free);
    }
}

int
main (int argc, char **argv)
{
  g_autofree char *corpus = NULL;
  g_autofree char *regressions = NULL;
  int              fake_argc = 1;
  char           **fake_argv = argv;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&fake_argc, &fake_argv);

  if (argc > 1)
    {
      for (int i = 1; i < argc; i++)
        {
          g_autofree char *base = g_path_get_basename (argv[i]);
          g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/file/%s", FUZZ_TARGET, base);

          g_test_add_data_func_full (test_path, g_strdup (argv[i]), replay_file, g_free);
        }
      return g_test_run ();
    }

  corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", FUZZ_TARGET, NULL);
  regressions = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", FUZZ_TARGET, NULL);
  add_folder ("corpus", corpus);
  add_folder ("regressions", regressions);
  return g_test_run ();
}
