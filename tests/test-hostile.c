/* test-hostile.c — a catalogue of hostile inputs for the core and the CLI
 *
 * Each input either works or gives a clear error naming the file; none
 * crashes, none hangs. The CLI runs in a child with a deadline; the core
 * entry points run in a forked test subprocess with a timeout, so a hang
 * or a crash fails one case instead of the whole program.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-hostile"

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-pdf-document.h"
#include "kasus-review-file.h"
#include "kasus-scanner.h"
#include "kasus-template.h"
#include "kasus-test-util.h"

/* Generous for a loaded CI machine under ASan; a hang is far longer. */
#define DEADLINE_SECONDS 120

static char *dir;

static char *
path_of (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
write_file (const char *name, const char *data, gssize length)
{
  g_autofree char   *path = path_of (name);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static char *
repeat (const char *unit, gsize times)
{
  GString *s = g_string_sized_new (strlen (unit) * times + 1);

  for (gsize i = 0; i < times; i++)
    g_string_append (s, unit);
  return g_string_free (s, FALSE);
}

/* A PDF with n_pages page objects that share one content stream. */
static char *
pdf_bomb (guint n_pages, const char *media_box, const char *extra_resources)
{
  GString    *s = g_string_new ("%PDF-1.4\n");
  const char *content = "BT /F1 12 Tf 72 720 Td (Jens Hansen, 72-aarig, fra Aarhus) Tj ET";

  g_string_append (s, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  g_string_append (s, "2 0 obj << /Type /Pages /Kids [");
  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (s, "%u 0 R ", 10 + i);
  g_string_append_printf (s, "] /Count %u >> endobj\n", n_pages);
  g_string_append_printf (s, "4 0 obj << /Length %zu >> stream\n%s\nendstream endobj\n",
                          strlen (content), content);
  g_string_append (s, "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (s,
                            "%u 0 obj << /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R "
                            "/Resources << /Font << /F1 5 0 R >> %s >> >> endobj\n",
                            10 + i, media_box, extra_resources ? extra_resources : "");
  g_string_append (s, "trailer << /Root 1 0 R >>\n%%EOF\n");
  return g_string_free (s, FALSE);
}

static void
make_inputs (void)
{
  g_autofree char *line =
    repeat ("Patienten Jens Hansen, 72-årig, fra Aarhus, ", 10 * 1024 * 1024 / 46);
  g_autofree char *deep_arrays = NULL;
  g_autofree char *deep_objects = NULL;
  g_autofree char *open_a = repeat ("[", 100000);
  g_autofree char *close_a = repeat ("]", 100000);
  g_autofree char *open_o = repeat ("{\"a\":", 100000);
  g_autofree char *close_o = repeat ("}", 100000);
  g_autofree char *case_line = NULL;
  g_autofree char *pdf_pages = pdf_bomb (20000, "0 0 595 842", NULL);
  g_autofree char *pdf_huge = pdf_bomb (1, "0 0 1e9 1e9", NULL);
  g_autofree char *pdf_deep = NULL;
  g_autofree char *fifo = path_of ("fifo.kasus");
  g_autofree char *fifo_txt = path_of ("fifo.txt");
  g_autofree char *folder = path_of ("folder.kasus");
  g_autofree char *link = path_of ("link.kasus");
  g_autofree char *dangling = path_of ("dangling.kasus");
  g_autofree char *valid = kasus_test_fixture_path ("case-valid.kasus");

  write_file ("long.txt", line, -1);
  case_line = g_strdup_printf ("{\"format\": \"kasus-case\", \"version\": 1, \"sections\": "
                               "[{\"id\": \"history\", \"text\": \"%s\"}]}",
                               line);
  write_file ("long.kasus", case_line, -1);
  write_file ("nul.txt", "Jens\0Hansen bor i Aarhus\n", 25);
  write_file ("nul.kasus",
              "{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": {\"title\": \"a\0b\"}}",
              66);
  write_file (
    "nul-escaped.kasus",
    "{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": {\"title\": \"a\\u0000b\"}, "
    "\"sections\": [{\"id\": \"history\", \"text\": \"x\\u0000y \\udc00 Jens\"}]}",
    -1);
  write_file ("bad-utf8.txt", "Jens \xff\xfe Hansen \xc3 bor i \xed\xa0\x80 Aarhus\n", -1);
  write_file ("bad-utf8.kasus",
              "{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": {\"title\": \"\xc3(\"}}",
              -1);
  deep_arrays = g_strconcat (open_a, close_a, NULL);
  write_file ("deep-arrays.kasus", deep_arrays, -1);
  deep_objects = g_strconcat ("{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": ", open_o,
                              "1", close_o, "}", NULL);
  write_file ("deep-objects.kasus", deep_objects, -1);
  write_file ("huge-float.kasus",
              "{\"format\": \"kasus-case\", \"version\": 1e999, \"metadata\": {}}", -1);
  write_file ("huge-int.kasus",
              "{\"format\": \"kasus-case\", \"version\": 99999999999999999999999999}", -1);
  write_file ("huge-fields.kasus",
              "{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": {\"show_author\": 1e308, "
              "\"analysis\": -99999999999999999999}, \"consent\": {\"decision\": 1e400}}",
              -1);
  write_file ("empty.kasus", "", 0);
  write_file ("empty.txt", "", 0);
  write_file ("pages.pdf", pdf_pages, -1);
  write_file ("huge-page.pdf", pdf_huge, -1);
  {
    g_autofree char *nest = g_strconcat ("/Deep ", open_a, close_a, NULL);
    pdf_deep = pdf_bomb (3, "0 0 595 842", nest);
  }
  write_file ("deep.pdf", pdf_deep, -1);
  write_file ("truncated.pdf", pdf_huge, 200);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (mkfifo (fifo_txt, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink (valid, link), ==, 0);
  g_assert_cmpint (symlink ("/nonexistent/kasus/case.kasus", dangling), ==, 0);
}

/* ------------------------------------------------------------------ */
/* The CLI, with a deadline */

typedef struct
{
  GMainLoop *loop;
  gboolean   timed_out;
} Wait;

static gboolean
deadline_cb (gpointer data)
{
  Wait *wait = data;

  wait->timed_out = TRUE;
  g_main_loop_quit (wait->loop);
  return G_SOURCE_REMOVE;
}

static void
exited_cb (GObject *object, GAsyncResult *result, gpointer data)
{
  Wait *wait = data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  g_main_loop_quit (wait->loop);
}

/* Runs kasus-cli with args; returns its exit status, fails on a signal or
 * the deadline. stderr is returned in *err. */
static int
run_cli (const char *const *args, char **err)
{
  g_autoptr (GPtrArray)           argv = g_ptr_array_new ();
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess)         proc = NULL;
  g_autoptr (GError)              error = NULL;
  g_autoptr (GMainContext)        context = g_main_context_new ();
  g_autofree char                *out_path = path_of ("cli-stdout");
  g_autofree char                *err_path = path_of ("cli-stderr");
  g_autofree char                *joined = g_strjoinv (" ", (char **) args);
  Wait                            wait = { NULL, FALSE };
  GSource                        *timeout;

  g_main_context_push_thread_default (context);
  g_ptr_array_add (argv, (char *) g_getenv ("KASUS_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  /* Output to files: a 10 MB text has many findings, more than a pipe holds. */
  g_unlink (out_path);
  g_unlink (err_path);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_INHERIT);
  g_subprocess_launcher_set_stdout_file_path (launcher, out_path);
  g_subprocess_launcher_set_stderr_file_path (launcher, err_path);
  g_subprocess_launcher_set_cwd (launcher, dir);
  proc = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);

  wait.loop = g_main_loop_new (context, FALSE);
  timeout = g_timeout_source_new_seconds (DEADLINE_SECONDS);
  g_source_set_callback (timeout, deadline_cb, &wait, NULL);
  g_source_attach (timeout, context);
  g_subprocess_wait_async (proc, NULL, exited_cb, &wait);
  g_main_loop_run (wait.loop);
  g_source_destroy (timeout);
  g_source_unref (timeout);
  if (wait.timed_out)
    {
      g_subprocess_force_exit (proc);
      g_subprocess_wait (proc, NULL, NULL);
    }
  g_main_loop_unref (wait.loop);
  g_main_context_pop_thread_default (context);

  if (wait.timed_out)
    g_error ("kasus-cli %s: still running after %d s", joined, DEADLINE_SECONDS);
  if (!g_subprocess_get_if_exited (proc))
    g_error ("kasus-cli %s: killed by signal %d", joined, g_subprocess_get_term_sig (proc));

  g_file_get_contents (err_path, err, NULL, NULL);
  g_test_message ("kasus-cli %s → %d: %.300s", joined, g_subprocess_get_exit_status (proc), *err);
  return g_subprocess_get_exit_status (proc);
}

typedef struct
{
  const char *command; /* check, scan, spell, export */
  const char *file;
  int         expect;  /* exit status; -1: 0 or 1 (it worked) */
  const char *message; /* in stderr when it is an error, or NULL */
} CliCase;

static const CliCase cli_cases[] = {
  { "scan", "long.txt", -1, NULL },
  { "scan", "long.kasus", -1, NULL },
  { "check", "long.txt", 2, "long.txt" },
  { "spell", "long.txt", -1, NULL },
  { "scan", "nul.txt", 2, "nul.txt" },
  { "check", "nul.kasus", 2, "nul.kasus" },
  { "scan", "nul-escaped.kasus", -1, NULL },
  { "check", "nul-escaped.kasus", -1, NULL },
  { "scan", "bad-utf8.txt", 2, "not UTF-8" },
  { "spell", "bad-utf8.txt", 2, "not UTF-8" },
  { "check", "bad-utf8.kasus", 2, "not UTF-8" },
  { "check", "deep-arrays.kasus", 2, "nested" },
  { "scan", "deep-objects.kasus", 2, "nested" },
  { "export", "deep-objects.kasus", 2, "nested" },
  { "check", "huge-float.kasus", 2, "version" },
  { "check", "huge-int.kasus", 2, "version" },
  { "check", "huge-fields.kasus", 2, "huge-fields.kasus" },
  { "check", "empty.kasus", 2, "empty" },
  { "scan", "empty.txt", 0, NULL },
  { "scan", "pages.pdf", -1, NULL },
  { "scan", "huge-page.pdf", -1, NULL },
  { "scan", "deep.pdf", -1, NULL },
  { "scan", "truncated.pdf", 2, "truncated.pdf" },
  { "check", "link.kasus", -1, NULL },
  { "check", "dangling.kasus", 2, "dangling.kasus" },
  { "check", "fifo.kasus", 2, "not a regular file" },
  { "scan", "fifo.kasus", 2, "not a regular file" },
  { "scan", "fifo.txt", 2, "not a regular file" },
  { "spell", "fifo.txt", 2, "not a regular file" },
  { "export", "fifo.kasus", 2, "not a regular file" },
  { "check", "folder.kasus", 2, "folder" },
  { "scan", "folder.kasus", 2, "folder" },
  { "check", "/dev/zero", 2, "not a regular file" },
  { "scan", "/dev/zero", 2, "not a regular file" },
};

static void
test_cli (gconstpointer data)
{
  const CliCase   *c = data;
  g_autofree char *err = NULL;
  g_autofree char *pdf = path_of ("out.pdf");
  int              status;

  if (g_str_equal (c->command, "export"))
    {
      const char *args[] = { "export", "--draft", "-o", pdf, c->file, NULL };
      status = run_cli (args, &err);
    }
  else
    {
      const char *args[] = { c->command, c->file, NULL };
      status = run_cli (args, &err);
    }

  if (c->expect < 0)
    {
      g_assert_cmpint (status, >=, 0);
      g_assert_cmpint (status, <=, 1);
    }
  else
    g_assert_cmpint (status, ==, c->expect);
  if (c->message != NULL)
    g_assert_nonnull (strstr (err, c->message));
}

/* ------------------------------------------------------------------ */
/* The core, in a subprocess with a timeout */

static void
core_case_files (void)
{
  static const char *files[] = {
    "long.kasus",        "nul.kasus",          "nul-escaped.kasus", "bad-utf8.kasus",
    "deep-arrays.kasus", "deep-objects.kasus", "huge-float.kasus",  "huge-int.kasus",
    "huge-fields.kasus", "empty.kasus",        "link.kasus",        "dangling.kasus",
    "fifo.kasus",        "folder.kasus",       "long.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char      *path = path_of (files[i]);
      g_autoptr (GFile)     file = g_file_new_for_path (path);
      g_autoptr (GError)    error = NULL;
      g_autoptr (KasusCase) kase = kasus_case_new_from_file (file, &error);

      g_assert_true ((kase == NULL) == (error != NULL));
      if (error != NULL)
        g_assert_nonnull (strstr (error->message, files[i]));
      else
        {
          /* What loads, saves and loads again. */
          g_autofree char      *copy = path_of ("copy.kasus");
          g_autoptr (GFile)     copy_file = g_file_new_for_path (copy);
          g_autoptr (KasusCase) again = NULL;

          g_assert_true (kasus_case_save (kase, copy_file, &error));
          g_assert_no_error (error);
          again = kasus_case_new_from_file (copy_file, &error);
          g_assert_no_error (error);
        }
    }
  {
    g_autoptr (GFile)     zero = g_file_new_for_path ("/dev/zero");
    g_autoptr (GError)    error = NULL;
    g_autoptr (KasusCase) kase = kasus_case_new_from_file (zero, &error);

    g_assert_null (kase);
    g_assert_nonnull (error);
  }
}

static void
core_review_files (void)
{
  static const char *files[] = { "fifo.kasus", "deep-arrays.kasus", "nul.kasus", "folder.kasus",
                                 "empty.kasus" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char            *path = path_of (files[i]);
      g_autoptr (GFile)           file = g_file_new_for_path (path);
      g_autoptr (GError)          error = NULL;
      g_autoptr (KasusReviewFile) review = kasus_review_file_new_from_file (file, &error);

      g_assert_null (review);
      g_assert_nonnull (error);
    }
}

static void
core_templates (void)
{
  static const char *files[] = { "deep-arrays.kasus", "deep-objects.kasus", "nul-escaped.kasus",
                                 "huge-float.kasus" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char   *path = path_of (files[i]);
      g_autofree char   *contents = NULL;
      gsize              length = 0;
      g_autoptr (GError) error = NULL;
      g_autoptr (KasusTemplate) template = NULL;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      template = kasus_template_new_from_data (contents, length, &error);
      g_assert_null (template);
      g_assert_nonnull (error);
    }
}

static void
core_pdfs (void)
{
  static const char *files[] = { "pages.pdf",     "huge-page.pdf", "deep.pdf",
                                 "truncated.pdf", "long.txt",      "empty.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char             *path = path_of (files[i]);
      g_autofree char             *contents = NULL;
      gsize                        length = 0;
      g_autoptr (GBytes)           bytes = NULL;
      g_autoptr (GError)           error = NULL;
      g_autoptr (KasusPdfDocument) doc = NULL;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      doc = kasus_pdf_document_new_from_bytes (bytes, files[i], NULL, &error);
      g_assert_true ((doc == NULL) == (error != NULL));
      if (doc != NULL)
        {
          kasus_pdf_document_scan (doc, NULL, NULL);
          g_test_message (
            "%s: %u pages, %u read, %u findings", files[i], kasus_pdf_document_get_n_pages (doc),
            kasus_pdf_document_get_n_pages_read (doc), kasus_pdf_document_get_findings (doc)->len);
        }
      else
        g_assert_nonnull (strstr (error->message, files[i]));
    }
}

static void
core_scanner (void)
{
  g_autofree char      *path = path_of ("long.txt");
  g_autofree char      *contents = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) ranged = NULL;
  KasusScanner         *scanner = kasus_scanner_get_default ();
  const char           *odd = "Jens\xc3\x28 Hansen \xff";

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  findings = kasus_scanner_scan (scanner, contents, -1, KASUS_LANGUAGE_AUTO, NULL);
  g_assert_cmpuint (findings->len, >, 0);
  ranged =
    kasus_scanner_scan_range (scanner, contents, -1, 5000000, 5001000, KASUS_LANGUAGE_DA, NULL);
  g_assert_cmpuint (ranged->len, >, 0);
  /* Not UTF-8: it scans what comes before (and warns), never past it. */
  g_clear_pointer (&findings, g_ptr_array_unref);
  g_test_expect_message ("kasus-scanner", G_LOG_LEVEL_WARNING, "*not valid UTF-8*");
  findings = kasus_scanner_scan (scanner, odd, -1, KASUS_LANGUAGE_DA, NULL);
  g_test_assert_expected_messages ();
  g_assert_nonnull (findings);
}

typedef void (*CoreFunc) (void);

static void
test_core (gconstpointer data)
{
  const char *name = data;

  if (g_test_subprocess ())
    {
      static const struct
      {
        const char *name;
        CoreFunc    func;
      } funcs[] = {
        { "case-files", core_case_files }, { "review-files", core_review_files },
        { "templates", core_templates },   { "pdfs", core_pdfs },
        { "scanner", core_scanner },
      };

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        if (g_str_equal (funcs[i].name, name))
          funcs[i].func ();
      return;
    }
  g_test_trap_subprocess (NULL, DEADLINE_SECONDS * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* ------------------------------------------------------------------ */

int
main (int argc, char *argv[])
{
  static const char *core_names[] = { "case-files", "review-files", "templates", "pdfs",
                                      "scanner" };
  gboolean           subprocess;
  int                ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  /* The inputs are made once, by the parent; a subprocess finds them. */
  subprocess = g_test_subprocess ();
  if (subprocess)
    dir = g_strdup (g_getenv ("KASUS_TEST_HOSTILE_DIR"));
  else
    {
      g_autoptr (GError) error = NULL;

      dir = g_dir_make_tmp ("kasus-test-hostile-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("KASUS_TEST_HOSTILE_DIR", dir, TRUE);
      make_inputs ();
    }

  for (guint i = 0; i < G_N_ELEMENTS (cli_cases); i++)
    {
      const CliCase   *c = &cli_cases[i];
      g_autofree char *base = g_path_get_basename (c->file);
      g_autofree char *name = g_strdup_printf ("/hostile/cli/%s/%s", c->command, base);

      g_test_add_data_func (name, c, test_cli);
    }
  for (guint i = 0; i < G_N_ELEMENTS (core_names); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/core/%s", core_names[i]);

      g_test_add_data_func (name, core_names[i], test_core);
    }

  ret = g_test_run ();
  if (!subprocess)
    kasus_test_remove_tree (dir);
  g_free (dir);
  return ret;
}
