/* test-cli.c — `kasus-cli new` and `kasus-cli check` as a user runs them
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-test-util.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs kasus-cli with the NULL-terminated arguments. */
static void
run_cli (Run *run, const char *first, ...)
{
  va_list args;

  va_start (args, first);
  run->status = kasus_test_run_cli_valist (&run->out, &run->err, first, args);
  va_end (args);
}

static void
assert_mentions (const char *text, const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not mention “%s”", text, needle);
}

static void
remove_dir (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char      *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_new_stdout (void)
{
  g_auto (Run) run = { 0 };
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  if (!kasus_test_have_cli ())
    return;

  run_cli (&run, "new", "--lang", "da", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  kase = kasus_case_new_from_data (run.out, -1, "stdout", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpstr (kasus_case_get_template_id (kase), ==, "wgs-case");
  g_assert_cmpuint (kasus_case_get_n_sections (kase), ==, 5);
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    g_assert_cmpstr (kasus_case_get_section_text (kase, i), ==, "");
  g_assert_cmpstr (kasus_case_get_title (kase), ==, "");
}

static void
test_new_english (void)
{
  g_auto (Run) run = { 0 };
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  if (!kasus_test_have_cli ())
    return;

  run_cli (&run, "new", "--lang=en", NULL);
  g_assert_cmpint (run.status, ==, 0);
  kase = kasus_case_new_from_data (run.out, -1, "stdout", &error);
  g_assert_no_error (error);
  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_EN);
  g_assert_cmpint (kasus_template_get_language (kasus_case_get_template (kase)), ==,
                   KASUS_LANGUAGE_EN);
}

static void
test_new_bad_usage (void)
{
  g_auto (Run) lang = { 0 };
  g_auto (Run) extra = { 0 };
  g_auto (Run) option = { 0 };

  if (!kasus_test_have_cli ())
    return;

  run_cli (&lang, "new", "--lang", "sv", NULL);
  g_assert_cmpint (lang.status, ==, 2);
  g_assert_cmpstr (lang.out, ==, "");
  assert_mentions (lang.err, "“sv”");

  run_cli (&extra, "new", "case.kasus", NULL);
  g_assert_cmpint (extra.status, ==, 2);
  assert_mentions (extra.err, "-o");

  run_cli (&option, "new", "--no-such-option", NULL);
  g_assert_cmpint (option.status, ==, 2);
  assert_mentions (option.err, "--no-such-option");
}

/* The round trip a user makes: write a new case, then check it. */
static void
test_new_then_check (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_auto (Run) made = { 0 };
  g_auto (Run) checked = { 0 };
  struct stat st;

  if (!kasus_test_have_cli ())
    return;

  dir = kasus_test_make_temp_dir ("kasus-test-cli-XXXXXX");
  path = g_build_filename (dir, "ny case.kasus", NULL);

  run_cli (&made, "new", "-o", path, NULL);
  g_assert_cmpint (made.status, ==, 0);
  g_assert_cmpstr (made.out, ==, "");
  g_assert_cmpstr (made.err, ==, "");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* It opens, but an empty case is not ready for export: 1, with what
   * is missing, each line after the file. */
  run_cli (&checked, "check", path, NULL);
  g_assert_cmpint (checked.status, ==, 1);
  expected = g_strdup_printf ("%s: ", path);
  g_assert_true (g_str_has_prefix (checked.out, expected));
  assert_mentions (checked.out, "is empty");
  assert_mentions (checked.out, "No analysis chosen");
  g_assert_cmpstr (checked.err, ==, "");

  remove_dir (dir);
}

static void
test_new_refuses_overwrite (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto (Run) refused = { 0 };
  g_auto (Run) forced = { 0 };
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;
  g_autoptr (GFile)     file = NULL;

  if (!kasus_test_have_cli ())
    return;

  dir = kasus_test_make_temp_dir ("kasus-test-cli-XXXXXX");
  path = g_build_filename (dir, "case.kasus", NULL);
  g_file_set_contents (path, "weeks of writing", -1, &error);
  g_assert_no_error (error);

  run_cli (&refused, "new", "-o", path, NULL);
  g_assert_cmpint (refused.status, ==, 2);
  assert_mentions (refused.err, path);
  assert_mentions (refused.err, "--force");
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "weeks of writing");

  run_cli (&forced, "new", "--force", "-o", path, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  file = g_file_new_for_path (path);
  kase = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);

  remove_dir (dir);
}

static const char *malformed[] = {
  "case-truncated.kasus",  "case-not-utf8.kasus",     "case-not-json.kasus",
  "case-empty.kasus",      "case-wrong-format.kasus", "case-newer-version.kasus",
  "case-wrong-type.kasus",
};

static void
test_check_malformed (void)
{
  if (!kasus_test_have_cli ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", malformed[i], NULL);
      g_auto (Run) run = { 0 };

      run_cli (&run, "check", path, NULL);
      g_assert_cmpint (run.status, ==, 2);
      /* The message starts with the file, as typed. */
      g_assert_true (g_str_has_prefix (run.err, path));
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* A bad file does not stop the others from being checked. */
static void
test_check_keeps_going (void)
{
  g_autofree char *good = kasus_test_fixture_path ("case-valid.kasus");
  g_autofree char *bad = kasus_test_fixture_path ("case-truncated.kasus");
  g_autofree char *newer = kasus_test_fixture_path ("case-newer-version.kasus");
  g_autofree char *ready = kasus_test_fixture_path ("case-ready.kasus");
  g_auto (Run) run = { 0 };
  g_auto (Run) quiet = { 0 };

  if (!kasus_test_have_cli ())
    return;

  run_cli (&run, "check", bad, good, newer, "no-such-file.kasus", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_mentions (run.out, good);
  assert_mentions (run.err, bad);
  assert_mentions (run.err, newer);
  assert_mentions (run.err, "no-such-file.kasus:");

  run_cli (&quiet, "check", "-q", ready, NULL);
  g_assert_cmpint (quiet.status, ==, 0);
  g_assert_cmpstr (quiet.out, ==, "");
}

static void
test_check_problems (void)
{
  g_autofree char   *dir = NULL;
  g_autofree char   *path = NULL;
  g_autofree char   *expected = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Run) run = { 0 };

  if (!kasus_test_have_cli ())
    return;

  dir = kasus_test_make_temp_dir ("kasus-test-cli-XXXXXX");
  path = g_build_filename (dir, "other-template.kasus", NULL);
  g_file_set_contents (path,
                       "{\"format\": \"kasus-case\", \"version\": 1, \"template\": \"unheard-of\","
                       " \"sections\": [{\"id\": \"a\", \"text\": \"A\"}]}",
                       -1, &error);
  g_assert_no_error (error);

  run_cli (&run, "check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s: unknown case template “unheard-of”\n", path);
  g_assert_cmpstr (run.out, ==, expected);

  remove_dir (dir);
}

static void
test_help (void)
{
  g_auto (Run) new_help = { 0 };
  g_auto (Run) check_help = { 0 };
  g_auto (Run) check_nothing = { 0 };
  g_auto (Run) version = { 0 };

  if (!kasus_test_have_cli ())
    return;

  run_cli (&new_help, "new", "--help", NULL);
  g_assert_cmpint (new_help.status, ==, 0);
  assert_mentions (new_help.out, "kasus-cli new");
  assert_mentions (new_help.out, "--lang");
  assert_mentions (new_help.out, "--output");
  assert_mentions (new_help.out, "--force");

  run_cli (&check_help, "check", "--help", NULL);
  g_assert_cmpint (check_help.status, ==, 0);
  assert_mentions (check_help.out, "kasus-cli check");
  assert_mentions (check_help.out, "Exit status");

  run_cli (&check_nothing, "check", NULL);
  g_assert_cmpint (check_nothing.status, ==, 2);
  assert_mentions (check_nothing.err, "--help");

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  assert_mentions (version.out, PACKAGE_VERSION);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/cli/new/stdout", test_new_stdout);
  g_test_add_func ("/cli/new/english", test_new_english);
  g_test_add_func ("/cli/new/bad-usage", test_new_bad_usage);
  g_test_add_func ("/cli/new/then-check", test_new_then_check);
  g_test_add_func ("/cli/new/refuses-overwrite", test_new_refuses_overwrite);
  g_test_add_func ("/cli/check/malformed", test_check_malformed);
  g_test_add_func ("/cli/check/keeps-going", test_check_keeps_going);
  g_test_add_func ("/cli/check/problems", test_check_problems);
  g_test_add_func ("/cli/help", test_help);

  return g_test_run ();
}
