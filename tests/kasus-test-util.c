/* kasus-test-util.c — helpers shared by the test programs
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-test"

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "kasus-test-util.h"

/* A new private folder from tmpl ("kasus-test-XXXXXX"); fails the test
 * when it cannot be made. Remove it with kasus_test_remove_tree(). */
char *
kasus_test_make_temp_dir (const char *tmpl)
{
  g_autoptr (GError) error = NULL;
  char              *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes path (a file, or a folder and everything under it, read-only
 * folders included); symbolic links are removed, not followed. */
void
kasus_test_remove_tree (const char *path)
{
  g_autoptr (GFile)           file = g_file_new_for_path (path);
  g_autoptr (GFileEnumerator) children = NULL;
  GFileInfo                  *info;

  g_chmod (path, 0700);
  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, NULL, NULL, NULL) &&
         info != NULL)
    {
      g_autofree char *child = g_build_filename (path, g_file_info_get_name (info), NULL);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        kasus_test_remove_tree (child);
      else
        g_unlink (child);
    }
  if (g_rmdir (path) != 0)
    g_unlink (path);
}

/* The contents of path; fails the test when it cannot be read. */
char *
kasus_test_read_file (const char *path, gsize *length)
{
  g_autoptr (GError) error = NULL;
  char              *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* The path of tests/fixtures/name in the source tree. */
char *
kasus_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* FALSE, and the test skipped, when $KASUS_CLI is not set. */
gboolean
kasus_test_have_cli (void)
{
  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI is not set");
      return FALSE;
    }
  return TRUE;
}

static int
run_argv (GPtrArray *argv, char **out, char **err)
{
  g_autoptr (GError) error = NULL;
  int                wait_status = -1;

  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

/* Runs $KASUS_CLI with the NULL-terminated args and returns its exit
 * status; fails the test when it cannot be run or dies of a signal.
 * Its stdout and stderr go to out and err when they are not NULL. */
int
kasus_test_run_cli (const char *const *args, char **out, char **err)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char           *cli = g_getenv ("KASUS_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  return run_argv (argv, out, err);
}

/* kasus_test_run_cli() with the arguments from first to a NULL in args. */
int
kasus_test_run_cli_valist (char **out, char **err, const char *first, va_list args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  const char           *cli = g_getenv ("KASUS_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  return run_argv (argv, out, err);
}

static KasusTestFrames test_frames;

void
kasus_test_set_frames (KasusTestFrames frames)
{
  test_frames = frames;
}

/* At most this long for the frames after ms have passed. */
#define FRAME_WAIT_USEC (10 * G_USEC_PER_SEC)

void
kasus_test_iterate (guint ms)
{
  gint64  now = g_get_monotonic_time ();
  gint64  until = now + (gint64) ms * 1000;
  guint   n_windows = 0;
  guint64 first = test_frames != NULL ? test_frames (TRUE, &n_windows) : 0;

  for (;;)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      now = g_get_monotonic_time ();
      if (now >= until)
        {
          guint n = 0;

          /* Two frames each: the one that lays out what changed, and one
           * after anything that changed in it (a scroll to a widget). */
          if (n_windows == 0 || now >= until + FRAME_WAIT_USEC ||
              test_frames (FALSE, &n) >= first + 2 * (guint64) n_windows || n != n_windows)
            break;
          test_frames (TRUE, &n);
        }
      g_usleep (1000);
    }
}

/* Runs the default main context until condition (data) holds; FALSE
 * when it still does not after max_seconds. */
gboolean
kasus_test_iterate_until (KasusTestCondition condition, gpointer data, double max_seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) (max_seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (condition (data))
        return TRUE;
      g_usleep (1000);
    }
  return condition (data);
}
