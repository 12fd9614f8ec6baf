/* test-file.c — atomic, private file writing (kasus-file.c)
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-file"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kasus-file.h"
#include "kasus-test-util.h"

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* The names in dir, sorted and joined by commas. */
static char *
list_dir (const char *dir)
{
  g_autoptr (GDir)      d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char           *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (",", (char **) names->pdata);
}

static int
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static void
assert_contents (const char *path, const char *data, gsize length)
{
  g_autofree char   *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize              got = 0;

  g_file_get_contents (path, &contents, &got, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, got, data, length);
}

static void
assert_mentions (const GError *error, const char *needle)
{
  g_assert_nonnull (error);
  if (strstr (error->message, needle) == NULL)
    g_error ("The message “%s” does not mention “%s”", error->message, needle);
}

static void
test_write_new (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *path = g_build_filename (dir, "note.txt", NULL);
  g_autofree char   *listing = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  mode_t             old_umask;

  /* A lax umask must not make the file readable by others. */
  old_umask = umask (0);
  g_assert_true (kasus_file_write_private (file, NULL, "patient text", 12, &error));
  umask (old_umask);
  g_assert_no_error (error);

  assert_contents (path, "patient text", 12);
  g_assert_cmpint (file_mode (path), ==, 0600);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "note.txt");

  /* And over an old file, which was readable by all. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (kasus_file_write_private (file, NULL, "", 0, &error));
  g_assert_no_error (error);
  assert_contents (path, "", 0);
  g_assert_cmpint (file_mode (path), ==, 0600);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "note.txt");

  kasus_test_remove_tree (dir);
}

static void
test_write_in_pieces (void)
{
  g_autofree char                   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char                   *path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char                   *listing = NULL;
  g_autoptr (GFile)                  file = g_file_new_for_path (path);
  g_autoptr (GError)                 error = NULL;
  g_autoptr (KasusPrivateFileWriter) writer = NULL;

  g_assert_true (g_file_set_contents (path, "old", 3, NULL));

  /* Not committed: the old file stays, the temporary file goes. */
  writer = kasus_private_file_writer_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kasus_private_file_writer_write (writer, "new", 3, &error));
  g_clear_pointer (&writer, kasus_private_file_writer_free);
  assert_contents (path, "old", 3);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "out.pdf");

  writer = kasus_private_file_writer_open (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kasus_private_file_writer_write (writer, "one, ", 5, &error));
  g_assert_true (kasus_private_file_writer_write (writer, "two", 3, &error));
  /* Until committed, the old file is what there is. */
  assert_contents (path, "old", 3);
  g_assert_true (kasus_private_file_writer_commit (writer, &error));
  g_assert_no_error (error);
  g_clear_pointer (&writer, kasus_private_file_writer_free);

  assert_contents (path, "one, two", 8);
  g_assert_cmpint (file_mode (path), ==, 0600);
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "out.pdf");

  kasus_test_remove_tree (dir);
}

/* A write that fails half way (RLIMIT_FSIZE stops root as well). */
static void
test_write_fails (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *path = g_build_filename (dir, "case.kasus", NULL);
  g_autofree char   *listing = NULL;
  g_autofree char   *big = g_strnfill (4096, 'x');
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  struct rlimit      saved, limited;
  void (*saved_handler) (int);
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "the old text", 12, NULL));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 100;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  ok = kasus_file_write_private (file, "Given name", big, 4096, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (ok);
  g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EFBIG));
  assert_mentions (error, "Given name");
  assert_mentions (error, g_strerror (EFBIG));

  assert_contents (path, "the old text", 12);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.kasus");

  kasus_test_remove_tree (dir);
}

/* A folder that cannot exist: its parent is a regular file. */
static void
test_parent_is_file (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *plain = g_build_filename (dir, "plain-file", NULL);
  g_autofree char   *path = g_build_filename (plain, "case.kasus", NULL);
  g_autofree char   *sub = g_build_filename (plain, "drafts", NULL);
  g_autofree char   *listing = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GFile)  folder = g_file_new_for_path (sub);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (plain, "not a folder", 12, NULL));

  g_assert_false (kasus_file_write_private (file, NULL, "text", 4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  assert_mentions (error, path);
  assert_mentions (error, g_strerror (ENOTDIR));
  g_clear_error (&error);

  g_assert_false (kasus_file_ensure_private_dir (folder, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  assert_mentions (error, sub);

  assert_contents (plain, "not a folder", 12);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plain-file");

  kasus_test_remove_tree (dir);
}

static void
test_onto_folder (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *path = g_build_filename (dir, "case.kasus", NULL);
  g_autofree char   *listing = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (kasus_file_write_private (file, NULL, "text", 4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  assert_mentions (error, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.kasus");

  kasus_test_remove_tree (dir);
}

/* What a link points to is replaced; the link stays a link. */
static void
test_through_link (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *real = g_build_filename (dir, "real.kasus", NULL);
  g_autofree char   *link = g_build_filename (dir, "link.kasus", NULL);
  g_autofree char   *listing = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (link);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (real, "old", 3, NULL));
  g_assert_cmpint (symlink ("real.kasus", link), ==, 0);

  g_assert_true (kasus_file_write_private (file, NULL, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  assert_contents (real, "new", 3);
  g_assert_cmpint (file_mode (real), ==, 0600);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "link.kasus,real.kasus");

  kasus_test_remove_tree (dir);
}

static void
test_not_local (void)
{
  g_autoptr (GFile)  file = g_file_new_for_uri ("kasus-test-nowhere:///case.kasus");
  g_autoptr (GError) error = NULL;

  g_assert_false (kasus_file_write_private (file, "case.kasus", "text", 4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  assert_mentions (error, "case.kasus");
}

static void
test_private_dir (void)
{
  g_autofree char   *dir = kasus_test_make_temp_dir ("kasus-test-file-XXXXXX");
  g_autofree char   *deep = g_build_filename (dir, "a", "b", "kasus", NULL);
  g_autoptr (GFile)  folder = g_file_new_for_path (deep);
  g_autoptr (GError) error = NULL;

  g_assert_true (kasus_file_ensure_private_dir (folder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (deep), ==, 0700);

  /* One that was there with laxer permissions is made private. */
  g_assert_cmpint (g_chmod (deep, 0755), ==, 0);
  g_assert_true (kasus_file_ensure_private_dir (folder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (deep), ==, 0700);

  kasus_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file/write-new", test_write_new);
  g_test_add_func ("/file/write-in-pieces", test_write_in_pieces);
  g_test_add_func ("/file/write-fails", test_write_fails);
  g_test_add_func ("/file/parent-is-file", test_parent_is_file);
  g_test_add_func ("/file/onto-folder", test_onto_folder);
  g_test_add_func ("/file/through-link", test_through_link);
  g_test_add_func ("/file/not-local", test_not_local);
  g_test_add_func ("/file/private-dir", test_private_dir);

  return g_test_run ();
}
