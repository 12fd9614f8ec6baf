/* test-consent-form.c — the consent form, read back with poppler-glib
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-consent-form"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "kasus-case.h"
#include "kasus-consent-form.h"
#include "kasus-core.h"
#include "kasus-test-util.h"

/* poppler-glib 22 has no autoptr support. */
typedef PopplerDocument PdfDoc;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfDoc, g_object_unref)
typedef PopplerPage PdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfPage, g_object_unref)

#define CASE_TITLE "Uafklaret kardiomyopati fik en genetisk forklaring"

/* What every form must say, per language: the purpose and where the case
 * is published, what is shared and what is not, that consent is voluntary
 * and until when it can be withdrawn, and the fields to fill in. */
static const char *clauses_da[] = {
  "Samtykke til offentliggørelse af en patientcase",
  "statusrapport",
  "offentliggøres i rapporten og på netværkets hjemmeside",
  "Hvad der deles",
  "Kun den anonymiserede tekst om dit forløb deles",
  "Hvad der ikke deles",
  "Dit navn, dit CPR-nummer",
  "lægens private noter om casen",
  "Det er frivilligt at give samtykke",
  "Du kan trække dit samtykke tilbage",
  "indtil rapporten sendes til tryk",
  "giver samtykke til, at casen offentliggøres",
  "Patientens navn",
  "Lægens navn",
  "Dato",
  "Underskrift",
  "Casens titel",
};

static const char *clauses_en[] = {
  "Consent to the publication of a patient case",
  "status report",
  "published in the report and on the network's web site",
  "What is shared",
  "Only the anonymised text about your course is shared",
  "What is not shared",
  "Your name, your CPR number",
  "physician's private notes about the case",
  "Giving consent is voluntary",
  "You can withdraw your consent",
  "until the report is sent to print",
  "consent to the case being published",
  "Patient's name",
  "Physician's name",
  "Date",
  "Signature",
  "Title of the case",
};

/* Everything a case holds that the form must not show. */
static const char *private_bits[] = {
  "Jens Hansen",
  "Skive",
  "Forfatterens navn",
  "Klinisk Genetisk Afdeling",
  "Region Midtjylland",
  "Tovholderen",
  "Skriv livsfase",
  "En livsfase, ikke en alder",
  "åndenød",
  "2025-11-03",
  "Arvelige hjertesygdomme",
};

static char *
normalize (const char *text)
{
  g_auto (GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static PdfDoc *
open_bytes (GBytes *bytes)
{
  g_autoptr (GError) error = NULL;
  PopplerDocument   *doc = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static PdfDoc *
open_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  PopplerDocument   *doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* The whole text, white space collapsed (lines break anywhere). */
static char *
document_text (PopplerDocument *doc)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr (PdfPage) page = poppler_document_get_page (doc, i);
      g_autofree char    *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }
  return normalize (text->str);
}

static void
assert_contains (const char *text, const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("the form does not say “%s”:\n%s", needle, text);
}

static void
assert_lacks (const char *text, const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("the form shows “%s”", needle);
}

static KasusCase *
load_fixture (void)
{
  g_autofree char   *path = kasus_test_fixture_path ("case-valid.kasus");
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  KasusCase         *kase = kasus_case_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_get_title (kase), ==, CASE_TITLE);
  return kase;
}

static char *
render_text (KasusLanguage language, KasusCase *kase, guint *n_pages)
{
  g_autoptr (KasusConsentForm) form = kasus_consent_form_new (language, kase, NULL);
  g_autoptr (GError)           error = NULL;
  g_autoptr (GBytes)           bytes = kasus_consent_form_render (form, &error);
  g_autoptr (PdfDoc)           doc = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  doc = open_bytes (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, kasus_consent_form_get_n_pages (form));
  if (n_pages != NULL)
    *n_pages = poppler_document_get_n_pages (doc);
  return document_text (doc);
}

static void
check_language (KasusLanguage language, const char **clauses, guint n_clauses)
{
  g_autoptr (KasusCase) kase = load_fixture ();
  g_autofree char      *text = NULL;
  guint                 n_pages = 0;

  text = render_text (language, kase, &n_pages);
  for (guint i = 0; i < n_clauses; i++)
    assert_contains (text, clauses[i]);
  assert_contains (text, CASE_TITLE);
  for (guint i = 0; i < G_N_ELEMENTS (private_bits); i++)
    assert_lacks (text, private_bits[i]);
  /* One sheet to sign. */
  g_assert_cmpuint (n_pages, ==, 1);
}

static void
test_danish (void)
{
  check_language (KASUS_LANGUAGE_DA, clauses_da, G_N_ELEMENTS (clauses_da));
}

static void
test_english (void)
{
  check_language (KASUS_LANGUAGE_EN, clauses_en, G_N_ELEMENTS (clauses_en));
}

/* Without a case, the reference is a line to write on. */
static void
test_no_case (void)
{
  g_autofree char *da = render_text (KASUS_LANGUAGE_DA, NULL, NULL);
  g_autofree char *en = render_text (KASUS_LANGUAGE_EN, NULL, NULL);
  g_autofree char *fallback = render_text (KASUS_LANGUAGE_AUTO, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (clauses_da); i++)
    assert_contains (da, clauses_da[i]);
  for (guint i = 0; i < G_N_ELEMENTS (clauses_en); i++)
    assert_contains (en, clauses_en[i]);
  assert_lacks (da, CASE_TITLE);
  /* Without a case or a language: Danish. */
  assert_contains (fallback, clauses_da[0]);
}

/* AUTO follows the case; the form's language does not follow the UI. */
static void
test_case_language (void)
{
  g_autoptr (KasusCase)        kase = load_fixture ();
  g_autoptr (KasusConsentForm) form = NULL;
  g_autofree char             *text = NULL;

  kasus_case_set_language (kase, KASUS_LANGUAGE_EN);
  form = kasus_consent_form_new (KASUS_LANGUAGE_AUTO, kase, NULL);
  g_assert_cmpint (kasus_consent_form_get_language (form), ==, KASUS_LANGUAGE_EN);
  g_assert_cmpstr (kasus_consent_form_get_title (form), ==, "Consent form");
  text = render_text (KASUS_LANGUAGE_AUTO, kase, NULL);
  assert_contains (text, clauses_en[0]);

  g_clear_object (&form);
  form = kasus_consent_form_new (KASUS_LANGUAGE_DA, kase, NULL);
  g_assert_cmpint (kasus_consent_form_get_language (form), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpstr (kasus_consent_form_get_title (form), ==, "Samtykkeblanket");
}

/* A known identifier in the title is blacked out on the form too. */
static void
test_title_redacted (void)
{
  g_autoptr (KasusCase) kase = load_fixture ();
  g_autofree char      *text = NULL;

  kasus_case_set_title (kase, "Kardiomyopati hos en patient fra Skive");
  text = render_text (KASUS_LANGUAGE_DA, kase, NULL);
  assert_contains (text, "Kardiomyopati hos en patient fra");
  assert_lacks (text, "Skive");
}

static void
test_export (void)
{
  g_autoptr (KasusCase)        kase = load_fixture ();
  g_autoptr (KasusConsentForm) form = kasus_consent_form_new (KASUS_LANGUAGE_DA, kase, NULL);
  g_autoptr (GError)           error = NULL;
  g_autofree char             *dir = g_dir_make_tmp ("kasus-consent-form-XXXXXX", NULL);
  g_autofree char             *path = g_build_filename (dir, "samtykke.pdf", NULL);
  g_autofree char             *missing = g_build_filename (dir, "missing", "samtykke.pdf", NULL);
  g_autoptr (GFile)            dest = g_file_new_for_path (path);
  g_autoptr (GFile)            bad = g_file_new_for_path (missing);
  g_autoptr (PdfDoc)           doc = NULL;
  g_autoptr (GDir)             listing = NULL;
  g_autofree char             *text = NULL;
  g_autofree char             *title = NULL;
  struct stat                  st;

  g_assert_true (kasus_consent_form_export (form, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  doc = open_file (path);
  title = poppler_document_get_title (doc);
  g_assert_cmpstr (title, ==, "Samtykkeblanket");
  text = document_text (doc);
  assert_contains (text, CASE_TITLE);

  /* Overwrites atomically, leaving no temporary file. */
  g_assert_true (kasus_consent_form_export (form, dest, &error));
  g_assert_no_error (error);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "samtykke.pdf");
  g_assert_null (g_dir_read_name (listing));

  g_assert_false (kasus_consent_form_export (form, bad, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));

  g_unlink (path);
  g_rmdir (dir);
}

/* Paints onto any cairo_t, e.g. a print operation's. */
static void
test_paint_anywhere (void)
{
  g_autoptr (KasusConsentForm) form = kasus_consent_form_new (KASUS_LANGUAGE_EN, NULL, NULL);
  KasusPdfPageSetup            setup;
  cairo_surface_t             *surface;
  cairo_t                     *cr;

  kasus_consent_form_get_page_setup (form, &setup);
  g_assert_cmpfloat_with_epsilon (setup.width, KASUS_PDF_A4_WIDTH, 0.01);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 420);
  cr = cairo_create (surface);
  cairo_scale (cr, 300 / setup.width, 420 / setup.height);
  for (guint i = 0; i < kasus_consent_form_get_n_pages (form); i++)
    kasus_consent_form_paint_page (form, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ------------------------------------------------------------------ */
/* kasus-cli consent-form */

static int
run_cli (const char *const *args, char **err_out)
{
  g_autofree char *out = NULL;

  return kasus_test_run_cli (args, &out, err_out);
}

static void
test_cli (void)
{
  g_autofree char *fixture = kasus_test_fixture_path ("case-valid.kasus");
  g_autofree char *broken = kasus_test_fixture_path ("case-truncated.kasus");
  g_autofree char *dir = NULL;
  g_autofree char *pdf_path = NULL;

  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI not set");
      return;
    }

  dir = g_dir_make_tmp ("kasus-consent-form-XXXXXX", NULL);
  pdf_path = g_build_filename (dir, "form.pdf", NULL);

  {
    const char *args[] = {
      "consent-form", "--lang", "en", "--case", fixture, "-o", pdf_path, NULL
    };
    g_autoptr (PdfDoc) doc = NULL;
    g_autofree char   *text = NULL;

    g_assert_cmpint (run_cli (args, NULL), ==, 0);
    doc = open_file (pdf_path);
    text = document_text (doc);
    assert_contains (text, clauses_en[0]);
    assert_contains (text, CASE_TITLE);
    for (guint i = 0; i < G_N_ELEMENTS (private_bits); i++)
      assert_lacks (text, private_bits[i]);
  }
  {
    /* Without a case or a language: a Danish form to fill in by hand. */
    const char        *args[] = { "consent-form", "-o", pdf_path, NULL };
    g_autoptr (PdfDoc) doc = NULL;
    g_autofree char   *text = NULL;

    g_assert_cmpint (run_cli (args, NULL), ==, 0);
    doc = open_file (pdf_path);
    text = document_text (doc);
    assert_contains (text, clauses_da[0]);
    assert_lacks (text, CASE_TITLE);
  }
  {
    const char      *args[] = { "consent-form", "--lang", "sv", "-o", pdf_path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "“sv”"));
  }
  {
    const char      *args[] = { "consent-form", "--lang", "da", NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, "-o"));
  }
  {
    const char      *args[] = { "consent-form", "--case", broken, "-o", pdf_path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_true (g_str_has_prefix (err, broken));
  }
  {
    const char *args[] = { "consent-form", "--help", NULL };

    g_assert_cmpint (run_cli (args, NULL), ==, 0);
  }

  g_unlink (pdf_path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/consent-form/danish", test_danish);
  g_test_add_func ("/consent-form/english", test_english);
  g_test_add_func ("/consent-form/no-case", test_no_case);
  g_test_add_func ("/consent-form/case-language", test_case_language);
  g_test_add_func ("/consent-form/title-redacted", test_title_redacted);
  g_test_add_func ("/consent-form/export", test_export);
  g_test_add_func ("/consent-form/paint-anywhere", test_paint_anywhere);
  g_test_add_func ("/consent-form/cli", test_cli);

  return g_test_run ();
}
