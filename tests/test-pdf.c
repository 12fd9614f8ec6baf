/* test-pdf.c — the PDF writer, read back with poppler-glib
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-pdf-writer.h"
#include "kasus-test-pdf-util.h"
#include "kasus-test-util.h"

/* ------------------------------------------------------------------ */
/* Helpers */

/* poppler-glib 22 has no autoptr support; an alias avoids a clash with
 * versions that do. */
typedef PopplerDocument PdfDoc;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfDoc, g_object_unref)

static const char *section_texts_da[] = {
  "En patient i 50'erne blev henvist med langvarige, uforklarede symptomer fra flere "
  "organsystemer. "
  "Forløbet strakte sig over flere år, og der var mistanke om en arvelig årsag.",
  "Før helgenomsekventeringen var der udført et genpanel og en kromosomanalyse (mikroarray), "
  "som begge var normale. Også målrettede analyser for de hyppigste årsager var uden fund.",
  "Der blev udført helgenomsekventering. Den påviste en sjælden variant i et gen, der er "
  "involveret i cellens energiomsætning, og som forklarer de fleste af patientens symptomer.",
  "Helgenomsekventeringen fandt en strukturel variant, som genpanelet ikke kunne se. "
  "Det gav en diagnose, ændrede behandlingen og gjorde det muligt at tilbyde rådgivning til "
  "familien.",
  "Læringspunktet er, at en bred analyse kan afsløre årsager, som målrettede test overser. "
  "Søg tidligt råd hos de regionale genomcentre: øget diagnostisk udbytte, færre undersøgelser.",
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

static KasusCase *
make_case (KasusLanguage language, const char *title, const char **texts, guint n_texts)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (language, &error);
  KasusCase *kase;
  guint      t = 0;

  g_assert_no_error (error);
  kase = kasus_case_new (template);
  kasus_case_set_title (kase, title);
  kasus_case_set_patient_group (kase, language == KASUS_LANGUAGE_EN ? "Rare diseases"
                                                                    : "Sjældne sygdomme");
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  kasus_case_set_prior_analyses (kase, language == KASUS_LANGUAGE_EN ? "Gene panel, microarray"
                                                                     : "Genpanel, mikroarray");
  kasus_case_set_author (kase, "Forfatter Forfattersen");
  kasus_case_set_department (kase, "Klinisk Genetisk Afdeling");
  kasus_case_set_show_author (kase, FALSE);

  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      const KasusTemplateSection *section =
        kasus_template_find_section (template, kasus_case_get_section_id (kase, i));

      if (section != NULL && section->metadata_key != NULL)
        continue;
      if (texts != NULL && n_texts > 0)
        kasus_case_set_section_text (kase, i, texts[t++ % n_texts]);
    }
  return kase;
}

static KasusCase *
make_demo_case (void)
{
  return make_case (KASUS_LANGUAGE_DA, "Helgenomsekventering afklarede årsagen til sjælden sygdom",
                    section_texts_da, G_N_ELEMENTS (section_texts_da));
}

/* Headings of the case's text sections, in order. */
static GPtrArray *
case_headings (KasusCase *kase)
{
  g_autoptr (KasusTemplate) template =
    kasus_template_new_default (kasus_case_get_language (kase), NULL);
  GPtrArray *headings = g_ptr_array_new ();

  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      const KasusTemplateSection *section =
        kasus_template_find_section (template, kasus_case_get_section_id (kase, i));

      if (section == NULL || section->metadata_key != NULL)
        continue;
      g_ptr_array_add (headings, (gpointer) g_intern_string (section->title));
    }
  return headings;
}

static PopplerDocument *
open_bytes (GBytes *bytes)
{
  g_autoptr (GError) error = NULL;
  static guint       n_saved;
  const char        *keep = g_getenv ("KASUS_TEST_KEEP_PDF");

  /* To look at what the tests see: KASUS_TEST_KEEP_PDF=DIR */
  if (keep != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s-%02u.pdf", g_test_get_path (), ++n_saved);
      g_autofree char *path = NULL;

      g_strdelimit (name, "/", '_');
      path = g_build_filename (keep, name, NULL);
      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
    }
  PopplerDocument *doc = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static PopplerDocument *
open_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  PopplerDocument   *doc;
  const char        *keep = g_getenv ("KASUS_TEST_KEEP_PDF");

  if (keep != NULL)
    {
      g_autofree char   *data = NULL;
      gsize              length;
      g_autoptr (GBytes) bytes = NULL;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&data), length);
      g_object_unref (open_bytes (bytes));
    }
  doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static char *
page_text (PopplerDocument *doc, int index)
{
  PopplerPage *page = poppler_document_get_page (doc, index);
  char        *text = poppler_page_get_text (page);

  g_object_unref (page);
  return text;
}

static char *
document_text (PopplerDocument *doc)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *text = page_text (doc, i);

      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }
  return g_string_free (all, FALSE);
}

static PopplerDocument *
render (KasusCase *kase, KasusPdfFlags flags)
{
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  g_autoptr (GBytes)         bytes = kasus_pdf_writer_render_case (writer, kase, flags, &error);

  g_assert_no_error (error);
  return open_bytes (bytes);
}

/* Finds needle (whitespace-normalized) in haystack at or after *pos. */
static gboolean
find_after (const char *haystack, const char *needle, gsize *pos)
{
  g_autofree char *n = normalize (needle);
  const char      *hit = strstr (haystack + *pos, n);

  if (hit == NULL)
    return FALSE;
  *pos = (hit - haystack) + strlen (n);
  return TRUE;
}

/* ------------------------------------------------------------------ */

static void
test_text_in_order (void)
{
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (PdfDoc)    doc = render (kase, KASUS_PDF_FLAGS_NONE);
  g_autofree char      *raw = document_text (doc);
  g_autofree char      *text = normalize (raw);
  g_autoptr (GPtrArray) headings = case_headings (kase);
  gsize                 pos = 0;

  g_assert_cmpuint (headings->len, ==, G_N_ELEMENTS (section_texts_da));

  g_assert_true (find_after (text, kasus_case_get_title (kase), &pos));
  g_assert_true (find_after (text, "Sjældne sygdomme", &pos));
  g_assert_true (find_after (text, "Helgenomsekventering (WGS)", &pos));
  g_assert_true (find_after (text, "Genpanel, mikroarray", &pos));

  for (guint i = 0; i < headings->len; i++)
    {
      const char *heading = g_ptr_array_index (headings, i);

      if (!find_after (text, heading, &pos))
        g_error ("heading %u “%s” missing or out of order in:\n%s", i, heading, text);
      if (!find_after (text, section_texts_da[i], &pos))
        g_error ("section %u missing or out of order in:\n%s", i, text);
    }

  /* æøå intact, not decomposed or replaced */
  g_assert_nonnull (strstr (text, "Læringspunktet"));
  g_assert_nonnull (strstr (text, "øget diagnostisk udbytte"));
  g_assert_nonnull (strstr (text, "Før helgenomsekventeringen"));
  g_assert_nonnull (strstr (text, "Side 1 af "));

  /* Author and department only when the author chose so. */
  g_assert_null (strstr (text, "Forfattersen"));
  g_assert_null (strstr (text, "Klinisk Genetisk Afdeling"));
}

static void
test_show_author (void)
{
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (PdfDoc)    doc = NULL;
  g_autofree char      *raw = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *author = NULL;

  kasus_case_set_show_author (kase, TRUE);
  doc = render (kase, KASUS_PDF_FLAGS_NONE);
  raw = document_text (doc);
  text = normalize (raw);
  g_assert_nonnull (strstr (text, "Forfatter Forfattersen"));
  g_assert_nonnull (strstr (text, "Klinisk Genetisk Afdeling"));

  /* Even then, the metadata carries no person. */
  author = poppler_document_get_author (doc);
  g_assert_true (author == NULL || *author == '\0');
}

static void
test_english (void)
{
  static const char *texts[] = {
    "A patient was referred with long-standing symptoms.",
    "A gene panel and a microarray were normal.",
    "Whole-genome sequencing found a structural variant.",
    "It gave a diagnosis and changed the treatment.",
    "Broad testing early saves time.",
  };
  g_autoptr (KasusCase) kase = make_case (
    KASUS_LANGUAGE_EN, "Genome sequencing ended a long search", texts, G_N_ELEMENTS (texts));
  g_autoptr (PdfDoc)    doc = NULL;
  g_autofree char      *raw = NULL;
  g_autofree char      *text = NULL;
  g_autoptr (GPtrArray) headings = case_headings (kase);
  gsize                 pos = 0;

  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WES);
  doc = render (kase, KASUS_PDF_FLAGS_DRAFT);
  raw = document_text (doc);
  text = normalize (raw);

  g_assert_nonnull (strstr (text, "Whole-exome sequencing (WES)"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
  g_assert_nonnull (strstr (text, "DRAFT"));
  g_assert_null (strstr (text, "Side 1"));
  g_assert_null (strstr (text, "UDKAST"));
  for (guint i = 0; i < headings->len; i++)
    {
      g_assert_true (find_after (text, g_ptr_array_index (headings, i), &pos));
      g_assert_true (find_after (text, texts[i], &pos));
    }
}

static void
test_page_size (void)
{
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (PdfDoc)    doc = render (kase, KASUS_PDF_FLAGS_NONE);

  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 1);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      double       width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.276, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
      g_object_unref (page);
    }
}

/* A case with n paragraphs of body text spread over the sections. */
static KasusCase *
make_long_case (guint n_paragraphs)
{
  g_autoptr (GString) text = g_string_new (NULL);
  const char         *texts[1];
  KasusCase          *kase;

  for (guint i = 0; i < n_paragraphs; i++)
    {
      if (i > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text, "Afsnit %u. ", i + 1);
      for (guint j = 0; j < 1 + i % 4; j++)
        g_string_append (text, section_texts_da[(i + j) % G_N_ELEMENTS (section_texts_da)]);
    }
  texts[0] = text->str;
  kase = make_case (KASUS_LANGUAGE_DA, "En lang case", texts, 1);
  return kase;
}

static guint
count_pages (KasusCase *kase)
{
  g_autoptr (GError)         error = NULL;
  g_autoptr (KasusPdfLayout) layout =
    kasus_pdf_layout_new_for_case (kase, NULL, KASUS_PDF_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return kasus_pdf_layout_get_n_pages (layout);
}

static void
test_thirty_pages (void)
{
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (PdfDoc)    doc = NULL;
  guint                 lo = 1, hi = 400;

  /* The fewest paragraphs that make 30 pages. */
  while (lo < hi)
    {
      guint                 mid = (lo + hi) / 2;
      g_autoptr (KasusCase) probe = make_long_case (mid);

      if (count_pages (probe) >= 30)
        hi = mid;
      else
        lo = mid + 1;
    }
  kase = make_long_case (lo);
  g_assert_cmpuint (count_pages (kase), ==, 30);

  doc = render (kase, KASUS_PDF_FLAGS_NONE);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==, 30);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *raw = page_text (doc, i);
      g_autofree char *text = normalize (raw);
      g_autofree char *number = g_strdup_printf ("Side %d af 30", i + 1);

      if (strstr (text, number) == NULL)
        g_error ("page %d lacks “%s”: %s", i + 1, number, text);
      /* The running header with the title, from page 2 */
      if (i > 0)
        g_assert_true (g_str_has_prefix (text, "En lang case"));
    }

  /* Every paragraph is there, in order, across the page breaks. */
  {
    g_autofree char *raw = document_text (doc);
    g_autofree char *text = normalize (raw);
    gsize            pos = 0;

    for (guint i = 0; i < lo; i++)
      {
        g_autofree char *marker = g_strdup_printf ("Afsnit %u. ", i + 1);

        g_assert_true (find_after (text, marker, &pos));
      }
  }
}

/* The last line of body text on every page but the last is never a
 * heading, whatever the length of the text above it. */
static void
test_heading_keeps_with_text (void)
{
  g_autoptr (GString) filler = g_string_new (NULL);

  for (guint words = 0; words < 1200; words += 40)
    {
      g_autoptr (KasusCase) kase = NULL;
      g_autoptr (PdfDoc)    doc = NULL;
      g_autoptr (GPtrArray) headings = NULL;
      const char           *texts[G_N_ELEMENTS (section_texts_da)];

      g_string_truncate (filler, 0);
      for (guint w = 0; w < 600 + words; w++)
        g_string_append (filler, w % 9 == 8 ? "ord.\n\n" : "ord ");
      texts[0] = filler->str;
      for (guint i = 1; i < G_N_ELEMENTS (section_texts_da); i++)
        texts[i] = section_texts_da[i];

      kase = make_case (KASUS_LANGUAGE_DA, "Overskrifter", texts, G_N_ELEMENTS (texts));
      headings = case_headings (kase);
      doc = render (kase, KASUS_PDF_FLAGS_NONE);

      for (int p = 0; p < poppler_document_get_n_pages (doc) - 1; p++)
        {
          g_autofree char *raw = page_text (doc, p);
          g_auto (GStrv) lines = g_strsplit (raw, "\n", -1);
          int last = -1;

          /* The last line above the footer */
          for (int l = 0; lines[l] != NULL; l++)
            if (*g_strstrip (lines[l]) != '\0' && strstr (lines[l], "Side ") == NULL &&
                strstr (lines[l], "netværk") == NULL)
              last = l;
          g_assert_cmpint (last, >=, 0);
          for (guint h = 0; h < headings->len; h++)
            if (g_str_equal (lines[last], g_ptr_array_index (headings, h)))
              g_error ("page %d ends with heading “%s”", p + 1, lines[last]);
        }
    }
}

/* Pixels of the watermark's red tint on a rendering of the page. */
static guint
count_tinted_pixels (PopplerDocument *doc, int index)
{
  PopplerPage     *page = poppler_document_get_page (doc, index);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  cairo_t         *cr = cairo_create (surface);
  const guint8    *data;
  int              stride;
  guint            count = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 0.5, 0.5);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < 421; y++)
    for (int x = 0; x < 298; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        int     r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (r > 200 && r - g >= 8 && r - b >= 8)
          count++;
      }

  cairo_surface_destroy (surface);
  g_object_unref (page);
  return count;
}

static void
test_watermark (void)
{
  g_autoptr (KasusCase) kase = make_long_case (12);
  g_autoptr (PdfDoc)    draft = render (kase, KASUS_PDF_FLAGS_DRAFT);
  g_autoptr (PdfDoc)    final = render (kase, KASUS_PDF_FLAGS_NONE);
  g_autofree char      *final_text = document_text (final);

  g_assert_cmpint (poppler_document_get_n_pages (draft), >, 1);
  g_assert_cmpint (poppler_document_get_n_pages (draft), ==, poppler_document_get_n_pages (final));
  for (int i = 0; i < poppler_document_get_n_pages (draft); i++)
    {
      g_autofree char *raw = page_text (draft, i);
      g_autofree char *text = normalize (raw);

      /* In words, in the footer */
      if (strstr (text, "UDKAST") == NULL)
        g_error ("draft page %d is not marked as a draft: %s", i + 1, text);
      /* and the diagonal mark across the page */
      g_assert_cmpuint (count_tinted_pixels (draft, i), >, 2000);
      g_assert_cmpuint (count_tinted_pixels (final, i), ==, 0);
    }
  g_assert_null (strstr (final_text, "UDKAST"));
  g_assert_null (strstr (final_text, "DRAFT"));
}

static void
test_nothing_private (void)
{
  static const char *secrets[] = {
    "Jens Hansen",
    "Ærøskøbing",
    "Hemmeligvej 12",
    "Fru Jensen",
    "begrundelse-for-accept-XYZ",
    "kommentar-fra-tovholder-QQQ",
    "Anmelder Anmeldersen",
  };
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (PdfDoc)    doc = NULL;
  g_autofree char      *raw = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *title = NULL;
  g_autofree char      *author = NULL;
  g_autofree char      *subject = NULL;
  g_autofree char      *keywords = NULL;
  g_autofree char      *creator = NULL;
  g_autofree char      *metadata = NULL;
  g_autofree char      *all_meta = NULL;
  int                   history;

  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_PLACE, "Ærøskøbing");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_PLACE, "Hemmeligvej 12");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Fru Jensen");
  kasus_case_accept_finding (kase, "history", KASUS_CATEGORY_AGE, "50'erne",
                             "begrundelse-for-accept-XYZ");
  kasus_case_add_review_comment (kase, "Anmelder Anmeldersen", "2026-01-02",
                                 "kommentar-fra-tovholder-QQQ");
  kasus_case_set_reviewer (kase, "Anmelder Anmeldersen");
  kasus_case_set_author (kase, "Jens Hansen");

  /* A known identifier left in the text by mistake is blacked out. */
  history = kasus_case_find_section (kase, "history");
  g_assert_cmpint (history, >=, 0);
  kasus_case_set_section_text (
    kase, history, "Patienten fra ærøskøbing blev henvist. Jens Hansens søster var rask.");

  doc = render (kase, KASUS_PDF_FLAGS_DRAFT);
  raw = document_text (doc);
  text = normalize (raw);
  title = poppler_document_get_title (doc);
  author = poppler_document_get_author (doc);
  subject = poppler_document_get_subject (doc);
  keywords = poppler_document_get_keywords (doc);
  creator = poppler_document_get_creator (doc);
  metadata = poppler_document_get_metadata (doc);
  all_meta =
    g_strjoin ("\n", title ? title : "", author ? author : "", subject ? subject : "",
               keywords ? keywords : "", creator ? creator : "", metadata ? metadata : "", NULL);

  g_assert_nonnull (strstr (text, "Patienten fra"));
  g_assert_nonnull (strstr (text, "søster var rask"));
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      g_autofree char *folded_text = g_utf8_casefold (text, -1);
      g_autofree char *folded_meta = g_utf8_casefold (all_meta, -1);
      g_autofree char *folded = g_utf8_casefold (secrets[i], -1);

      if (strstr (folded_text, folded) != NULL)
        g_error ("“%s” is in the text: %s", secrets[i], text);
      if (strstr (folded_meta, folded) != NULL)
        g_error ("“%s” is in the metadata: %s", secrets[i], all_meta);
    }
  /* The genitive ("Jens Hansens") goes too. */
  g_assert_null (strstr (text, "Jens"));
}

static void
test_metadata (void)
{
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (PdfDoc)    doc = render (kase, KASUS_PDF_FLAGS_NONE);
  g_autofree char      *title = poppler_document_get_title (doc);
  g_autofree char      *creator = poppler_document_get_creator (doc);
  g_autofree char      *subject = poppler_document_get_subject (doc);
  g_autofree char      *author = poppler_document_get_author (doc);

  g_assert_cmpstr (title, ==, kasus_case_get_title (kase));
  g_assert_cmpstr (creator, ==, "Kasus");
  g_assert_nonnull (subject);
  g_assert_nonnull (strstr (subject, "Sjældne sygdomme"));
  g_assert_true (author == NULL || *author == '\0');
}

static void
test_export_file (void)
{
  g_autoptr (KasusCase)      kase = make_demo_case ();
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  g_autofree char           *dir = g_dir_make_tmp ("kasus-pdf-XXXXXX", &error);
  g_autofree char           *path = g_build_filename (dir, "case.pdf", NULL);
  g_autoptr (GFile)          dest = g_file_new_for_path (path);
  g_autoptr (PdfDoc)         doc = NULL;
  GStatBuf                   st;
  GDir                      *d;

  g_assert_no_error (error);
  g_assert_true (kasus_pdf_writer_export_case (writer, kase, dest, KASUS_PDF_FLAGS_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Overwrites an existing file, leaves no temporary file. */
  g_assert_true (kasus_pdf_writer_export_case (writer, kase, dest, KASUS_PDF_FLAGS_DRAFT, &error));
  g_assert_no_error (error);
  d = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (d), ==, "case.pdf");
  g_assert_null (g_dir_read_name (d));
  g_dir_close (d);

  doc = open_file (path);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >=, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unwritable (void)
{
  g_autoptr (KasusCase)      kase = make_demo_case ();
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  g_autofree char           *dir = g_dir_make_tmp ("kasus-pdf-XXXXXX", &error);
  g_autofree char           *missing = g_build_filename (dir, "no-such-folder", "case.pdf", NULL);
  g_autofree char           *locked_dir = g_build_filename (dir, "locked", NULL);
  g_autofree char           *locked = g_build_filename (locked_dir, "case.pdf", NULL);
  g_autoptr (GFile)          dest = g_file_new_for_path (missing);

  g_assert_no_error (error);

  g_assert_false (kasus_pdf_writer_export_case (writer, kase, dest, KASUS_PDF_FLAGS_NONE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A folder without write permission (root writes anyway: skip that part). */
  g_assert_cmpint (g_mkdir (locked_dir, 0500), ==, 0);
  if (geteuid () != 0)
    {
      g_autoptr (GFile) locked_file = g_file_new_for_path (locked);
      GDir             *d;

      g_assert_false (
        kasus_pdf_writer_export_case (writer, kase, locked_file, KASUS_PDF_FLAGS_NONE, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, locked));
      d = g_dir_open (locked_dir, 0, NULL);
      g_assert_null (g_dir_read_name (d));
      g_dir_close (d);
      g_clear_error (&error);
    }

  /* The destination is a folder: the rename fails, nothing is left. */
  {
    g_autoptr (GFile) folder = g_file_new_for_path (locked_dir);
    GDir             *d;

    g_chmod (locked_dir, 0700);
    g_assert_false (
      kasus_pdf_writer_export_case (writer, kase, folder, KASUS_PDF_FLAGS_NONE, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, locked_dir));
    d = g_dir_open (dir, 0, NULL);
    g_assert_cmpstr (g_dir_read_name (d), ==, "locked");
    g_assert_null (g_dir_read_name (d));
    g_dir_close (d);
  }

  g_rmdir (locked_dir);
  g_rmdir (dir);
}

/* ------------------------------------------------------------------ */
/* Bundles */

/* What is printed on the line of needle, to its right, without spaces;
 * NULL when needle is not on page index. */
static char *
text_right_of (PopplerDocument *doc, int index, const char *needle)
{
  PopplerPage                 *page = poppler_document_get_page (doc, index);
  g_autofree char             *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  guint                        n_rects = 0;
  const char                  *hit = strstr (text, needle);
  GString                     *out;
  double                       y, x;
  glong                        start, end;
  guint                        offset = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_object_unref (page);
  if (hit == NULL)
    return NULL;

  start = g_utf8_pointer_to_offset (text, hit);
  end = start + g_utf8_strlen (needle, -1) - 1;
  g_assert_cmpuint (end, <, n_rects);
  y = (rects[start].y1 + rects[start].y2) / 2;
  x = rects[end].x2;

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0' && offset < n_rects; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      double   cy = (rects[offset].y1 + rects[offset].y2) / 2;

      if (!g_unichar_isspace (c) && fabs (cy - y) < 3 && rects[offset].x1 > x + 1)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
test_bundle (void)
{
  static const char *titles[] = {
    "Første case om en sjælden stofskiftesygdom",
    "Anden case: helgenomsekventering ændrede behandlingen",
    "Third case, written in English",
  };
  g_autoptr (KasusPdfBundle) bundle = kasus_pdf_bundle_new ("Sjældne sygdomme", KASUS_LANGUAGE_DA);
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GDateTime)      date = g_date_time_new_local (2026, 3, 14, 12, 0, 0);
  g_autoptr (GError)         error = NULL;
  g_autoptr (GBytes)         bytes = NULL;
  g_autoptr (PdfDoc)         doc = NULL;
  g_autoptr (GArray)         outline = NULL;
  g_autofree char           *cover = NULL;
  g_autofree char           *contents = NULL;
  int                        n_pages;

  kasus_pdf_bundle_set_date (bundle, date);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr (KasusCase) kase =
        i < 2 ? make_long_case (4 + 8 * i) : make_case (KASUS_LANGUAGE_EN, "", NULL, 0);

      kasus_case_set_title (kase, titles[i]);
      kasus_pdf_bundle_add_case (bundle, kase);
    }

  bytes = kasus_pdf_writer_render_bundle (writer, bundle, KASUS_PDF_FLAGS_NONE, &error);
  g_assert_no_error (error);
  doc = open_bytes (bytes);
  n_pages = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n_pages, ==, kasus_pdf_bundle_get_n_pages (bundle));
  g_assert_cmpint (n_pages, >=, 5);

  cover = page_text (doc, 0);
  {
    g_autofree char *text = normalize (cover);

    g_assert_nonnull (strstr (text, "DET NATIONALE NETVÆRK FOR HELGENOMSEKVENTERING"));
    g_assert_nonnull (strstr (text, "Sjældne sygdomme"));
    g_autofree char *n_cases = text_right_of (doc, 0, "Antal cases");

    g_assert_cmpstr (n_cases, ==, "3");
    g_assert_nonnull (strstr (text, "14. marts 2026"));
  }

  contents = page_text (doc, 1);
  g_assert_nonnull (strstr (contents, "Indhold"));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *folded_title = normalize (titles[i]);
      g_autofree char *number_text = text_right_of (doc, 1, titles[i]);
      int              listed;
      int              found = -1;

      /* The number printed on the contents line of the title */
      if (number_text == NULL)
        g_error ("“%s” is not in the contents: %s", titles[i], contents);
      g_assert_true (g_ascii_isdigit (*number_text));
      listed = atoi (number_text);

      /* The first page after the contents that shows the title */
      for (int p = 2; p < n_pages && found < 0; p++)
        {
          g_autofree char *raw = page_text (doc, p);
          g_autofree char *text = normalize (raw);

          if (strstr (text, folded_title) != NULL)
            found = p + 1;
        }
      g_assert_cmpint (found, ==, listed);
      g_assert_cmpint (found, ==, kasus_pdf_bundle_get_part_first_page (bundle, i) + 1);

      /* Numbered across the bundle */
      {
        g_autofree char *raw = page_text (doc, found - 1);
        g_autofree char *number =
          g_strdup_printf (i < 2 ? "Side %d af %d" : "Page %d of %d", found, n_pages);

        g_assert_nonnull (strstr (raw, number));
      }
    }

  outline = kasus_test_pdf_outline (doc);
  g_assert_cmpuint (outline->len, ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < outline->len; i++)
    {
      KasusTestOutlineEntry *entry = &g_array_index (outline, KasusTestOutlineEntry, i);

      g_assert_cmpstr (entry->title, ==, titles[i]);
      g_assert_cmpint (entry->page, ==, kasus_pdf_bundle_get_part_first_page (bundle, i) + 1);
    }
}

static void
test_bundle_with_pdf (void)
{
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (KasusPdfBundle) bundle = kasus_pdf_bundle_new ("Sjældne sygdomme", KASUS_LANGUAGE_DA);
  g_autoptr (KasusCase)      kase = make_demo_case ();
  g_autoptr (KasusCase)      other = make_long_case (10);
  g_autoptr (GError)         error = NULL;
  g_autoptr (GBytes)         pdf_bytes = NULL;
  g_autoptr (PdfDoc)         pdf = NULL;
  g_autoptr (PdfDoc)         doc = NULL;
  g_autoptr (GBytes)         bytes = NULL;
  g_autofree char           *dir = g_dir_make_tmp ("kasus-pdf-XXXXXX", NULL);
  g_autofree char           *path = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (GFile)          dest = g_file_new_for_path (path);
  g_autofree char           *contents = NULL;
  int                        n_pdf;

  kasus_case_set_title (other, "Et indsendt PDF-dokument");
  pdf_bytes = kasus_pdf_writer_render_case (writer, other, KASUS_PDF_FLAGS_NONE, &error);
  g_assert_no_error (error);
  pdf = open_bytes (pdf_bytes);
  n_pdf = poppler_document_get_n_pages (pdf);
  g_assert_cmpint (n_pdf, >, 1);

  kasus_pdf_bundle_add_case (bundle, kase);
  kasus_pdf_bundle_add_pdf (bundle, pdf, NULL); /* titled from its metadata */

  g_assert_true (
    kasus_pdf_writer_export_bundle (writer, bundle, dest, KASUS_PDF_FLAGS_NONE, &error));
  g_assert_no_error (error);
  doc = open_file (path);
  g_assert_cmpint (poppler_document_get_n_pages (doc), ==,
                   2 + (int) kasus_pdf_bundle_get_n_pages (bundle) - 2);
  g_assert_cmpint (kasus_pdf_bundle_get_part_first_page (bundle, 1) + n_pdf, ==,
                   poppler_document_get_n_pages (doc));

  contents = page_text (doc, 1);
  g_assert_nonnull (strstr (contents, "Et indsendt PDF-dokument"));

  /* The placed pages carry the bundle's numbers. */
  {
    int first = kasus_pdf_bundle_get_part_first_page (bundle, 1);
    int total = poppler_document_get_n_pages (doc);

    for (int p = first; p < total; p++)
      {
        g_autofree char *raw = page_text (doc, p);
        g_autofree char *number = g_strdup_printf ("Side %d af %d", p + 1, total);

        if (strstr (raw, number) == NULL)
          g_error ("placed page %d lacks “%s”: %s", p + 1, number, raw);
      }
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* The print path: the same layout painted onto any cairo_t. */
static void
test_paint_anywhere (void)
{
  g_autoptr (KasusCase)      kase = make_long_case (8);
  g_autoptr (GError)         error = NULL;
  g_autoptr (KasusPdfLayout) layout =
    kasus_pdf_layout_new_for_case (kase, NULL, KASUS_PDF_FLAGS_DRAFT, &error);
  g_autoptr (PdfDoc) doc = render (kase, KASUS_PDF_FLAGS_DRAFT);
  KasusPdfPageSetup  setup;

  g_assert_no_error (error);
  g_assert_cmpuint (kasus_pdf_layout_get_n_pages (layout), ==, poppler_document_get_n_pages (doc));
  kasus_pdf_layout_get_page_setup (layout, &setup);
  g_assert_cmpfloat_with_epsilon (setup.width, KASUS_PDF_A4_WIDTH, 0.001);

  for (guint i = 0; i < kasus_pdf_layout_get_n_pages (layout); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 298, 421);
      cairo_t         *cr = cairo_create (surface);

      cairo_scale (cr, 0.5, 0.5);
      kasus_pdf_layout_paint_page (layout, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Letter paper through the page setup: the same text, other breaks. */
static void
test_other_paper (void)
{
  g_autoptr (KasusCase)      kase = make_long_case (20);
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  KasusPdfPageSetup          setup;
  g_autoptr (GBytes)         bytes = NULL;
  g_autoptr (PdfDoc)         doc = NULL;
  g_autoptr (GError)         error = NULL;
  PopplerPage               *page;
  double                     width, height;

  kasus_pdf_page_setup_init_a4 (&setup);
  setup.width = 612;
  setup.height = 792;
  kasus_pdf_writer_set_page_setup (writer, &setup);
  bytes = kasus_pdf_writer_render_case (writer, kase, KASUS_PDF_FLAGS_NONE, &error);
  g_assert_no_error (error);
  doc = open_bytes (bytes);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
  g_object_unref (page);
}

/* ------------------------------------------------------------------ */
/* kasus-cli export */

static int
run_cli (const char *const *args, char **err_out)
{
  return kasus_test_run_cli (args, NULL, err_out);
}

static void
test_cli_export (void)
{
  g_autoptr (KasusCase) kase = make_demo_case ();
  g_autoptr (GError)    error = NULL;
  g_autofree char      *dir = g_dir_make_tmp ("kasus-pdf-XXXXXX", NULL);
  g_autofree char      *case_path = g_build_filename (dir, "case.kasus", NULL);
  g_autofree char      *pdf_path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char      *bad_path = g_build_filename (dir, "missing", "out.pdf", NULL);
  g_autoptr (GFile)     case_file = g_file_new_for_path (case_path);
  g_autoptr (PdfDoc)    doc = NULL;
  g_autofree char      *text = NULL;

  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI not set");
      return;
    }

  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  g_assert_true (kasus_case_save (kase, case_file, &error));
  g_assert_no_error (error);

  {
    const char *args[] = { "export", case_path, "-o", pdf_path, "--draft", NULL };
    g_assert_cmpint (run_cli (args, NULL), ==, 0);
  }
  doc = open_file (pdf_path);
  text = document_text (doc);
  g_assert_nonnull (strstr (text, "UDKAST"));
  g_assert_null (strstr (text, "Jens Hansen"));

  {
    const char      *args[] = { "export", case_path, "-o", bad_path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
    g_assert_nonnull (strstr (err, bad_path));
    g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  }
  {
    const char      *args[] = { "export", case_path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
  }
  {
    const char      *args[] = { "export", bad_path, "-o", pdf_path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (args, &err), ==, 2);
  }

  g_unlink (pdf_path);
  g_unlink (case_path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/pdf/text-in-order", test_text_in_order);
  g_test_add_func ("/pdf/show-author", test_show_author);
  g_test_add_func ("/pdf/english", test_english);
  g_test_add_func ("/pdf/page-size", test_page_size);
  g_test_add_func ("/pdf/thirty-pages", test_thirty_pages);
  g_test_add_func ("/pdf/heading-keeps-with-text", test_heading_keeps_with_text);
  g_test_add_func ("/pdf/watermark", test_watermark);
  g_test_add_func ("/pdf/nothing-private", test_nothing_private);
  g_test_add_func ("/pdf/metadata", test_metadata);
  g_test_add_func ("/pdf/export-file", test_export_file);
  g_test_add_func ("/pdf/unwritable", test_unwritable);
  g_test_add_func ("/pdf/bundle", test_bundle);
  g_test_add_func ("/pdf/bundle-with-pdf", test_bundle_with_pdf);
  g_test_add_func ("/pdf/paint-anywhere", test_paint_anywhere);
  g_test_add_func ("/pdf/other-paper", test_other_paper);
  g_test_add_func ("/pdf/cli-export", test_cli_export);

  return g_test_run ();
}
