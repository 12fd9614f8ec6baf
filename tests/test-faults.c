/* test-faults.c — saving when the disk is full or failing, and when killed
 *
 * Runs itself under tests/fault-shim.c (LD_PRELOAD), which makes the Nth
 * write/fsync/rename fail with ENOSPC or EIO. For every way Kasus writes a
 * file (case, review file, PDF export, consent form, `kasus-cli new -o`):
 * the save fails with an error naming the file, the previous file is
 * intact and loads, and no temporary file is left. Then a child that saves
 * in a loop is killed at random: the file is always the old or the new
 * version, never torn.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-faults"

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-consent-form.h"
#include "kasus-core.h"
#include "kasus-pdf-writer.h"
#include "kasus-review-file.h"

typedef int (*ArmFunc) (const char *func, int nth, int repeat, int err);
static ArmFunc fault_arm;

typedef struct
{
  const char *func;
  int         nth;
  int         err;
} Fault;

static const Fault faults[] = {
  { "write", 1, ENOSPC }, { "write", 1, EIO },  { "fsync", 1, EIO },
  { "fsync", 1, ENOSPC }, { "rename", 1, EIO }, { "rename", 1, ENOSPC },
};

/* ------------------------------------------------------------------ */

static char *
make_folder (void)
{
  g_autoptr (GError) error = NULL;
  char              *dir = g_dir_make_tmp ("kasus-test-faults-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_folder (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char      *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The folder holds exactly `expected` (sorted, comma-separated). */
static void
assert_folder (const char *dir, const char *expected)
{
  g_autoptr (GDir)      d = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char      *joined = NULL;
  const char           *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (",", (char **) names->pdata);
  g_assert_cmpstr (joined, ==, expected);
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
arm (const Fault *fault)
{
  g_assert_cmpint (fault_arm (fault->func, fault->nth, FALSE, fault->err), ==, 0);
}

static void
disarm (void)
{
  fault_arm (NULL, 0, 0, 0);
}

static void
assert_names (GError *error, const char *basename, int err)
{
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_nonnull (strstr (error->message, g_strerror (err)));
}

static KasusCase *
make_case (const char *text)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  KasusCase *kase = kasus_case_new (template);

  kasus_case_set_title (kase, "Fejltest");
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    kasus_case_set_section_text (kase, i, text);
  return kase;
}

/* ------------------------------------------------------------------ */

static void
test_case_save (gconstpointer data)
{
  const Fault          *fault = data;
  g_autofree char      *dir = make_folder ();
  g_autofree char      *path = g_build_filename (dir, "sag.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) old = make_case ("Den gamle tekst.");
  g_autoptr (KasusCase) changed = make_case ("Den nye tekst, som ikke kom på disken.");
  g_autoptr (KasusCase) loaded = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *old_data = NULL;
  gsize                 old_length;

  g_assert_true (kasus_case_save (old, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &old_data, &old_length, NULL);

  arm (fault);
  g_assert_false (kasus_case_save (changed, file, &error));
  disarm ();
  assert_names (error, "sag.kasus", fault->err);

  assert_contents (path, old_data, old_length);
  assert_folder (dir, "sag.kasus");
  g_clear_error (&error);
  loaded = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_get_section_text (loaded, 0), ==, "Den gamle tekst.");

  /* And it saves once the disk is well again. */
  g_assert_true (kasus_case_save (changed, file, &error));
  g_assert_no_error (error);
  remove_folder (dir);
}

static void
test_review_save (gconstpointer data)
{
  const Fault                *fault = data;
  g_autofree char            *dir = make_folder ();
  g_autofree char            *path = g_build_filename (dir, "sag.kasus-review", NULL);
  g_autoptr (GFile)           file = g_file_new_for_path (path);
  g_autoptr (KasusReviewFile) review = kasus_review_file_new ();
  g_autoptr (KasusReviewFile) loaded = NULL;
  g_autoptr (GError)          error = NULL;
  g_autofree char            *old_data = NULL;
  gsize                       old_length;

  kasus_review_file_set_reviewer (review, "Tovholder");
  g_assert_true (kasus_review_file_save (review, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &old_data, &old_length, NULL);

  kasus_review_file_add_comment (review, "Tovholder", "2026-01-01", "Ny kommentar");
  arm (fault);
  g_assert_false (kasus_review_file_save (review, file, &error));
  disarm ();
  assert_names (error, "sag.kasus-review", fault->err);

  assert_contents (path, old_data, old_length);
  assert_folder (dir, "sag.kasus-review");
  g_clear_error (&error);
  loaded = kasus_review_file_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kasus_review_file_get_comments (loaded)->len, ==, 0);
  remove_folder (dir);
}

static void
test_pdf_export (gconstpointer data)
{
  const Fault               *fault = data;
  g_autofree char           *dir = make_folder ();
  g_autofree char           *path = g_build_filename (dir, "sag.pdf", NULL);
  g_autoptr (GFile)          file = g_file_new_for_path (path);
  g_autoptr (KasusCase)      kase = make_case ("En tekst til PDF.");
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  const char                *old = "%PDF-1.5 the previous export\n";

  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  arm (fault);
  g_assert_false (kasus_pdf_writer_export_case (writer, kase, file, KASUS_PDF_FLAGS_DRAFT, &error));
  disarm ();
  assert_names (error, "sag.pdf", fault->err);
  assert_contents (path, old, strlen (old));
  assert_folder (dir, "sag.pdf");
  remove_folder (dir);
}

static void
test_consent_export (gconstpointer data)
{
  const Fault                 *fault = data;
  g_autofree char             *dir = make_folder ();
  g_autofree char             *path = g_build_filename (dir, "samtykke.pdf", NULL);
  g_autoptr (GFile)            file = g_file_new_for_path (path);
  g_autoptr (KasusCase)        kase = make_case ("En tekst.");
  g_autoptr (KasusConsentForm) form = kasus_consent_form_new (KASUS_LANGUAGE_DA, kase, NULL);
  g_autoptr (GError)           error = NULL;
  const char                  *old = "%PDF-1.5 the previous form\n";

  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  arm (fault);
  g_assert_false (kasus_consent_form_export (form, file, &error));
  disarm ();
  assert_names (error, "samtykke.pdf", fault->err);
  assert_contents (path, old, strlen (old));
  assert_folder (dir, "samtykke.pdf");
  remove_folder (dir);
}

static void
test_cli_new (gconstpointer data)
{
  const Fault     *fault = data;
  g_autofree char *dir = make_folder ();
  g_autofree char *path = g_build_filename (dir, "ny.kasus", NULL);
  g_autofree char *spec =
    g_strdup_printf ("%s:%d:%s", fault->func, fault->nth, fault->err == ENOSPC ? "ENOSPC" : "EIO");
  g_autoptr (GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GSubprocess) proc = NULL;
  g_autoptr (GError)      error = NULL;
  g_autofree char        *out = NULL;
  g_autofree char        *err = NULL;
  const char             *old = "{\"format\": \"kasus-case\", \"version\": 1}";

  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_subprocess_launcher_setenv (launcher, "KASUS_FAULT", spec, TRUE);
  proc = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("KASUS_CLI"), "new", "--force",
                                      "-o", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("kasus-cli: %s", err);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 2);
  g_assert_nonnull (strstr (err, "ny.kasus"));
  g_assert_nonnull (strstr (err, g_strerror (fault->err)));
  assert_contents (path, old, strlen (old));
  assert_folder (dir, "ny.kasus");
  remove_folder (dir);
}

/* ------------------------------------------------------------------ */
/* SIGKILL while saving */

static char *
version_text (char which)
{
  /* Big enough that a save takes several write() calls. */
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 4000; i++)
    g_string_append_printf (s, "Version %c, linje %u. ", which, i);
  return g_string_free (s, FALSE);
}

static int
save_loop (const char *path)
{
  g_autofree char      *a = version_text ('A');
  g_autofree char      *b = version_text ('B');
  g_autoptr (KasusCase) case_a = make_case (a);
  g_autoptr (KasusCase) case_b = make_case (b);
  g_autoptr (GFile)     file = g_file_new_for_path (path);

  for (guint i = 0;; i++)
    {
      g_autoptr (GError) error = NULL;

      if (!kasus_case_save (i % 2 ? case_b : case_a, file, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (i == 0)
        {
          /* Tell the parent the first version is on disk. */
          if (write (STDOUT_FILENO, "1", 1) != 1)
            return 1;
        }
    }
  return 0;
}

static void
test_kill_during_save (void)
{
  g_autofree char  *dir = make_folder ();
  g_autofree char  *path = g_build_filename (dir, "sag.kasus", NULL);
  g_autofree char  *a = version_text ('A');
  g_autofree char  *b = version_text ('B');
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const char       *self = g_getenv ("KASUS_TEST_FAULTS_SELF");
  guint             n_a = 0, n_b = 0;

  g_assert_nonnull (self);
  for (guint round = 0; round < 25; round++)
    {
      g_autoptr (GError)      error = NULL;
      g_autoptr (KasusCase)   loaded = NULL;
      g_autoptr (GSubprocess) proc = NULL;
      g_autoptr (GBytes)      ready = NULL;
      const char             *text;

      proc =
        g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, self, "--save-loop", path, NULL);
      g_assert_no_error (error);
      ready = g_input_stream_read_bytes (g_subprocess_get_stdout_pipe (proc), 1, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (ready), ==, 1);
      g_usleep (g_random_int_range (0, 40000));
      g_subprocess_send_signal (proc, SIGKILL);
      g_subprocess_wait (proc, NULL, NULL);

      loaded = kasus_case_new_from_file (file, &error);
      g_assert_no_error (error);
      text = kasus_case_get_section_text (loaded, 0);
      if (g_str_equal (text, a))
        n_a++;
      else if (g_str_equal (text, b))
        n_b++;
      else
        g_assert_not_reached ();
    }
  g_test_message ("old/new after a kill: %u A, %u B", n_a, n_b);
  /* A kill can leave a temporary file behind, never a torn case. */
  remove_folder (dir);
}

/* ------------------------------------------------------------------ */

static const char *
errno_name (int err)
{
  return err == ENOSPC ? "ENOSPC" : "EIO";
}

int
main (int argc, char *argv[])
{
  g_autofree char *self = NULL;

  setlocale (LC_ALL, "");
  if (argc == 3 && g_str_equal (argv[1], "--save-loop"))
    return save_loop (argv[2]);

  fault_arm = (ArmFunc) dlsym (RTLD_DEFAULT, "kasus_fault_arm");
  if (fault_arm == NULL && g_getenv ("KASUS_TEST_FAULTS_SELF") == NULL)
    {
      /* Run again with the shim preloaded. */
      const char      *asan = g_getenv ("ASAN_OPTIONS");
      g_autofree char *asan_options =
        g_strdup_printf ("%s%sverify_asan_link_order=0", asan ? asan : "", asan ? ":" : "");

      self = g_file_read_link ("/proc/self/exe", NULL);
      g_setenv ("LD_PRELOAD", FAULT_SHIM, TRUE);
      g_setenv ("ASAN_OPTIONS", asan_options, TRUE);
      g_setenv ("KASUS_TEST_FAULTS_SELF", self ? self : argv[0], TRUE);
      execv (self ? self : argv[0], argv);
      g_printerr ("cannot run again under %s: %s\n", FAULT_SHIM, g_strerror (errno));
      return 1;
    }

  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();
  if (fault_arm == NULL)
    {
      g_test_skip ("the fault shim is not preloaded");
      return g_test_run ();
    }

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      const Fault       *f = &faults[i];
      static const char *kinds[] = { "case-save", "review-save", "pdf-export", "consent-export",
                                     "cli-new" };
      static const GTestDataFunc funcs[] = { test_case_save, test_review_save, test_pdf_export,
                                             test_consent_export, test_cli_new };

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *name =
            g_strdup_printf ("/faults/%s/%s-%s", kinds[k], f->func, errno_name (f->err));

          g_test_add_data_func (name, f, funcs[k]);
        }
    }
  g_test_add_func ("/faults/kill-during-save", test_kill_during_save);

  return g_test_run ();
}
