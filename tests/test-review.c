/* test-review.c — the tovholder's review: PDFs read back, a folder of
 * submissions, review files, and the bundle
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-review"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pango.h>
#include <poppler.h>

#include "kasus-case.h"
#include "kasus-consent.h"
#include "kasus-core.h"
#include "kasus-pdf-document.h"
#include "kasus-pdf-writer.h"
#include "kasus-readiness.h"
#include "kasus-review-bundle.h"
#include "kasus-review-file.h"
#include "kasus-submission.h"
#include "kasus-test-pdf-util.h"
#include "kasus-test-util.h"

/* poppler-glib 22 has no autoptr support. */
typedef PopplerDocument PdfDoc;
typedef PopplerPage     PdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfDoc, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfPage, g_object_unref)

/* ------------------------------------------------------------------ */
/* Cases */

static const struct
{
  const char *id;
  const char *text;
} clean_texts[] = {
  { "history", "Patienten fik gennem flere år tiltagende symptomer fra musklerne og blev "
               "udredt uden at få en diagnose." },
  { "prior-analyses", "Et bredt genpanel og en kromosomanalyse var normale." },
  { "sequencing", "Der blev lavet helgenomsekventering (WGS), som viste en sjælden variant i et "
                  "gen for en ionkanal." },
  { "added-value", "Diagnosen ændrede behandlingen og sparede patienten for flere undersøgelser." },
  { "conclusion", "Overvej en bred genetisk analyse tidligt, når målrettede analyser er normale." },
};

#define GROUP "Sjældne sygdomme"

static void
set_section (KasusCase *kase, const char *id, const char *text)
{
  int index = kasus_case_find_section (kase, id);

  g_assert_cmpint (index, >=, 0);
  kasus_case_set_section_text (kase, index, text);
}

/* A Danish WGS case that is ready and approved. */
static KasusCase *
make_ready_case (const char *title, const char *group)
{
  KasusCase *kase = kasus_case_new (NULL);

  kasus_case_set_title (kase, title);
  kasus_case_set_patient_group (kase, group);
  kasus_case_set_prior_analyses (kase, "Genpanel, mikroarray");
  for (guint i = 0; i < G_N_ELEMENTS (clean_texts); i++)
    set_section (kase, clean_texts[i].id, clean_texts[i].text);
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    kasus_case_set_consent_item (kase, kasus_consent_get_item (i)->id, TRUE);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_ANONYMIZED);
  kasus_case_set_review_status (kase, KASUS_REVIEW_APPROVED);
  kasus_case_set_reviewer (kase, "Tovholder Test");

  if (!kasus_case_is_ready (kase, NULL))
    {
      g_autoptr (GPtrArray) reasons = kasus_case_get_readiness (kase, NULL);

      for (guint i = 0; i < reasons->len; i++)
        g_printerr ("not ready: %s\n",
                    ((KasusReadinessReason *) g_ptr_array_index (reasons, i))->message);
      g_assert_not_reached ();
    }
  return kase;
}

/* The case a colleague should not have sent: it names age, town, date,
 * family and the variant. */
static KasusCase *
make_identifying_case (void)
{
  KasusCase *kase = make_ready_case ("Udredning af en arvelig kræftsygdom", GROUP);

  set_section (kase, "history",
               "En 72-årig mand fra Thisted blev henvist i marts 2023 med tiltagende symptomer. "
               "Hans datter havde haft lignende symptomer.");
  set_section (kase, "sequencing",
               "Der blev lavet helgenomsekventering, som viste varianten BRCA2 c.5946delT.");
  return kase;
}

static void
save_case (KasusCase *kase, const char *dir, const char *name)
{
  g_autofree char   *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (kasus_case_save (kase, file, &error));
  g_assert_no_error (error);
}

static void
export_case (KasusCase *kase, const char *dir, const char *name, KasusPdfFlags flags)
{
  g_autofree char           *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile)          file = g_file_new_for_path (path);
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;

  g_assert_true (kasus_pdf_writer_export_case (writer, kase, file, flags, &error));
  g_assert_no_error (error);
}

static void
write_file (const char *dir, const char *name, const char *data, gsize length)
{
  g_autofree char   *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, length, &error));
  g_assert_no_error (error);
}

/* A PDF cut short, as a failed download leaves it. */
static void
write_broken_pdf (const char *dir, const char *name)
{
  g_autoptr (KasusCase)      kase = make_ready_case ("Afbrudt overførsel", GROUP);
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  g_autoptr (GBytes)         bytes =
    kasus_pdf_writer_render_case (writer, kase, KASUS_PDF_FLAGS_NONE, &error);

  g_assert_no_error (error);
  write_file (dir, name, g_bytes_get_data (bytes, NULL), 200);
}

/* Builds a PDF by hand: objects[i] is object i + 1; offsets are right. */
static GString *
build_pdf (GPtrArray *objects, const char *trailer_extra)
{
  GString           *out = g_string_new ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  g_autoptr (GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize              xref;

  for (guint i = 0; i < objects->len; i++)
    {
      gsize offset = out->len;

      g_array_append_val (offsets, offset);
      g_string_append_printf (out, "%u 0 obj\n%s\nendobj\n", i + 1,
                              (char *) g_ptr_array_index (objects, i));
    }
  xref = out->len;
  g_string_append_printf (out, "xref\n0 %u\n0000000000 65535 f \n", objects->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (out, "%010" G_GSIZE_FORMAT " 00000 n \n",
                            g_array_index (offsets, gsize, i));
  g_string_append_printf (
    out, "trailer\n<< /Size %u /Root 1 0 R %s>>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
    objects->len + 1, trailer_extra ? trailer_extra : "", xref);
  return out;
}

/* Standard security handler with a user password that is not empty: the
 * /U entry does not match the empty password, so it cannot be opened. */
static void
write_encrypted_pdf (const char *dir, const char *name)
{
  g_autoptr (GPtrArray) objects = g_ptr_array_new ();
  g_autoptr (GString)   pdf = NULL;
  const char           *o = "<8A6F3C2D1E0B9A8877665544332211FFEEDDCCBBAA99887766554433221100FF>";
  const char           *u = "<0F1E2D3C4B5A69788796A5B4C3D2E1F00112233445566778899AABBCCDDEEFF>";
  g_autofree char      *encrypt =
    g_strdup_printf ("<< /Filter /Standard /V 1 /R 2 /O %s /U %s /P -44 >>", o, u);

  g_ptr_array_add (objects, "<< /Type /Catalog /Pages 2 0 R >>");
  g_ptr_array_add (objects, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  g_ptr_array_add (objects, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  g_ptr_array_add (objects, encrypt);
  pdf = build_pdf (objects, "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                            "<0123456789ABCDEF0123456789ABCDEF>] ");
  write_file (dir, name, pdf->str, pdf->len);
}

/* n_pages pages that all show one line of text: a tiny file that claims
 * a lot of work. */
static void
write_many_pages_pdf (const char *path, guint n_pages)
{
  g_autoptr (GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString)   kids = g_string_new (NULL);
  g_autoptr (GString)   pdf = NULL;
  g_autoptr (GError)    error = NULL;
  const char *content = "BT /F1 12 Tf 72 720 Td (Side med tekst om en patient i Thisted) Tj ET";

  g_ptr_array_add (objects, g_strdup ("<< /Type /Catalog /Pages 2 0 R >>"));
  for (guint i = 0; i < n_pages; i++)
    g_string_append_printf (kids, "%u 0 R ", 5 + i);
  g_ptr_array_add (objects,
                   g_strdup_printf ("<< /Type /Pages /Kids [%s] /Count %u >>", kids->str, n_pages));
  g_ptr_array_add (objects, g_strdup_printf ("<< /Length %zu >>\nstream\n%s\nendstream",
                                             strlen (content), content));
  g_ptr_array_add (objects, g_strdup ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
  for (guint i = 0; i < n_pages; i++)
    g_ptr_array_add (objects,
                     g_strdup ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                               "/Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"));
  pdf = build_pdf (objects, NULL);
  g_assert_true (g_file_set_contents (path, pdf->str, pdf->len, &error));
  g_assert_no_error (error);
}

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

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* "category:text" of each finding, once, sorted. */
static char *
finding_set (GPtrArray *findings)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  GString              *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const KasusFinding *f = g_ptr_array_index (findings, i);
      g_autofree char    *text = normalize (f->text);
      char    *item = g_strdup_printf ("%s:%s", kasus_category_to_string (f->category), text);
      gboolean seen = FALSE;

      for (guint j = 0; j < items->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (items, j), item);
      if (seen)
        g_free (item);
      else
        g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_strings);
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (items, i));
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* PDF documents */

static gboolean
boxes_intersect (const KasusPdfBox *a, double x1, double y1, double x2, double y2)
{
  return a->x < x2 && x1 < a->x + a->width && a->y < y2 && y1 < a->y + a->height;
}

/* Whether box lies on one of poppler's own matches of word on the page
 * (poppler_page_find_text: bottom-left origin, turned around here). */
static gboolean
box_on_word (PopplerPage *page, const KasusPdfBox *box, const char *word)
{
  GList   *matches = poppler_page_find_text_with_options (page, word, POPPLER_FIND_CASE_SENSITIVE);
  double   width, height;
  gboolean hit = FALSE;

  poppler_page_get_size (page, &width, &height);
  for (GList *l = matches; l != NULL; l = l->next)
    {
      PopplerRectangle *r = l->data;
      double            top = height - MAX (r->y1, r->y2);
      double            bottom = height - MIN (r->y1, r->y2);

      if (boxes_intersect (box, MIN (r->x1, r->x2), top, MAX (r->x1, r->x2), bottom))
        hit = TRUE;
    }
  g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
  return hit;
}

static void
test_pdf_findings (void)
{
  g_autofree char             *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autofree char             *path = g_build_filename (dir, "identifying.pdf", NULL);
  g_autoptr (GFile)            file = g_file_new_for_path (path);
  g_autoptr (KasusCase)        kase = make_identifying_case ();
  g_autoptr (KasusPdfDocument) doc = NULL;
  g_autoptr (GPtrArray)        case_findings = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *expected = NULL;
  g_autofree char             *got = NULL;
  GPtrArray                   *findings;
  guint                        n_boxes_checked = 0;

  export_case (kase, dir, "identifying.pdf", KASUS_PDF_FLAGS_NONE);
  doc = kasus_pdf_document_new_from_file (file, "identifying.pdf", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpuint (kasus_pdf_document_get_n_pages (doc), >=, 1);
  g_assert_cmpuint (kasus_pdf_document_get_n_pages_read (doc), ==,
                    kasus_pdf_document_get_n_pages (doc));
  g_assert_false (kasus_pdf_document_is_truncated (doc));
  g_assert_null (kasus_pdf_document_describe_truncation (doc));
  g_assert_false (kasus_pdf_document_is_draft (doc));
  g_assert_cmpstr (kasus_pdf_document_get_title (doc), ==, kasus_case_get_title (kase));

  kasus_pdf_document_scan (doc, NULL, NULL);
  findings = kasus_pdf_document_get_findings (doc);

  /* The same identifiers as in the case, as the editor sees them. */
  case_findings = kasus_readiness_scan_case (kase, NULL);
  expected = finding_set (case_findings);
  got = finding_set (findings);
  g_test_message ("case findings:\n%s\nPDF findings:\n%s", expected, got);
  g_assert_cmpstr (got, ==, expected);
  g_assert_nonnull (strstr (got, "age:72-årig"));
  g_assert_nonnull (strstr (got, "place:Thisted"));

  /* Each finding on its page, in boxes on poppler's own words. */
  {
    g_autoptr (PdfDoc) pdoc = poppler_document_new_from_gfile (file, NULL, NULL, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < findings->len; i++)
      {
        const KasusFinding *f = g_ptr_array_index (findings, i);
        g_autoptr (PdfPage) page = NULL;
        g_auto (GStrv) words = g_regex_split_simple ("\\s+", f->text, 0, 0);
        const KasusPdfBox *boxes;
        guint              n_boxes = 0;
        const char        *page_text;
        g_autofree char   *surface = NULL;

        g_assert_cmpint (f->page, >=, 1);
        g_assert_cmpint (f->page, <=, (int) kasus_pdf_document_get_n_pages (doc));
        page_text = kasus_pdf_document_get_page_text (doc, f->page - 1);
        surface = g_utf8_substring (page_text, f->start, f->end);
        g_assert_cmpstr (surface, ==, f->text);

        boxes = kasus_pdf_document_get_finding_boxes (doc, f, &n_boxes);
        g_assert_cmpuint (n_boxes, >=, 1);
        g_assert_nonnull (boxes);
        page = poppler_document_get_page (pdoc, f->page - 1);
        for (guint b = 0; b < n_boxes; b++)
          {
            gboolean on_a_word = FALSE;

            g_assert_cmpfloat (boxes[b].width, >, 0);
            g_assert_cmpfloat (boxes[b].height, >, 0);
            for (guint w = 0; words[w] != NULL && !on_a_word; w++)
              if (*words[w] != '\0')
                on_a_word = box_on_word (page, &boxes[b], words[w]);
            if (!on_a_word)
              g_error ("box %u of “%s” (%.1f,%.1f %.1f×%.1f) lies on none of its words", b, f->text,
                       boxes[b].x, boxes[b].y, boxes[b].width, boxes[b].height);
            n_boxes_checked++;
          }
        /* The first box is where the first word is. */
        g_assert_true (box_on_word (page, &boxes[0], words[0]));
      }
  }
  g_assert_cmpuint (n_boxes_checked, >=, findings->len);

  /* Per page */
  {
    guint total = 0;

    for (guint p = 0; p < kasus_pdf_document_get_n_pages_read (doc); p++)
      {
        g_autoptr (GPtrArray) on_page = kasus_pdf_document_get_page_findings (doc, p);

        for (guint i = 0; i < on_page->len; i++)
          g_assert_cmpint (((KasusFinding *) g_ptr_array_index (on_page, i))->page, ==, p + 1);
        total += on_page->len;
      }
    g_assert_cmpuint (total, ==, findings->len);
  }

  /* The one-call form for the CLI */
  {
    g_autoptr (GPtrArray) boxes = NULL;
    g_autoptr (GPtrArray) again = kasus_pdf_document_scan_file (file, NULL, &boxes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (again->len, ==, findings->len);
    g_assert_cmpuint (boxes->len, ==, again->len);
    for (guint i = 0; i < again->len; i++)
      {
        const KasusFinding *f = g_ptr_array_index (again, i);

        g_assert_cmpint (f->page, >, 0);
        g_assert_cmpuint (((GArray *) g_ptr_array_index (boxes, i))->len, >, 0);
      }
  }

  /* A finding of another document has no boxes here. */
  {
    g_autoptr (KasusFinding) stranger =
      kasus_finding_new (0, 1, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, "x", "x", NULL);
    guint n = 99;

    g_assert_null (kasus_pdf_document_get_finding_boxes (doc, stranger, &n));
    g_assert_cmpuint (n, ==, 0);
  }

  kasus_test_remove_tree (dir);
}

/* The metadata table of a Kasus PDF, read back: each value is a word of
 * its own, not glued to its label ("AfdelingKlinisk …"), and the finding
 * in it is painted on the value, not on the label. */
static void
assert_table_read_apart (const char *path, const char *label, const char *value, const char *word)
{
  g_autoptr (GFile)            file = g_file_new_for_path (path);
  g_autoptr (KasusPdfDocument) doc = NULL;
  g_autoptr (PdfDoc)           pdoc = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *text = NULL;
  g_autofree char             *glued = g_strconcat (label, value, NULL);
  g_autofree char             *pattern = NULL;
  GPtrArray                   *findings;
  const KasusFinding          *found = NULL;

  doc = kasus_pdf_document_new_from_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  text = kasus_pdf_document_dup_text (doc);
  if (strstr (text, glued) != NULL)
    g_error ("%s: “%s” glued to its label:\n%s", path, value, text);
  pattern = g_strdup_printf ("(^|\\s)%s\\s+%s", label, value);
  if (!g_regex_match_simple (pattern, text, 0, 0))
    g_error ("%s: no “%s” then “%s”:\n%s", path, label, value, text);
  /* The other labels too */
  g_assert_null (strstr (text, "PatientgruppeVoksne"));
  g_assert_null (strstr (text, "AnalyseHelgenom"));

  kasus_pdf_document_scan (doc, NULL, NULL);
  findings = kasus_pdf_document_get_findings (doc);
  for (guint i = 0; i < findings->len && found == NULL; i++)
    {
      const KasusFinding *f = g_ptr_array_index (findings, i);

      g_assert_null (strstr (f->text, glued));
      if (g_str_has_prefix (f->text, word))
        found = f;
    }
  if (found == NULL)
    g_error ("%s: no finding starts with “%s”:\n%s", path, word, finding_set (findings));

  pdoc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr (PdfPage) page = poppler_document_get_page (pdoc, found->page - 1);
    g_autofree char    *surface = NULL;
    const KasusPdfBox  *boxes;
    guint               n_boxes = 0;
    GList              *matches;
    double              width, height, word_x = -1;

    surface = g_utf8_substring (kasus_pdf_document_get_page_text (doc, found->page - 1),
                                found->start, found->end);
    g_assert_cmpstr (surface, ==, found->text);

    boxes = kasus_pdf_document_get_finding_boxes (doc, found, &n_boxes);
    g_assert_cmpuint (n_boxes, ==, 1);
    g_assert_true (box_on_word (page, &boxes[0], word));

    /* It starts where the value does, right of the label column. */
    poppler_page_get_size (page, &width, &height);
    matches = poppler_page_find_text_with_options (page, word, POPPLER_FIND_CASE_SENSITIVE);
    for (GList *l = matches; l != NULL; l = l->next)
      {
        PopplerRectangle *r = l->data;
        double            top = height - MAX (r->y1, r->y2);

        if (fabs (top - boxes[0].y) < boxes[0].height)
          word_x = MIN (r->x1, r->x2);
      }
    g_list_free_full (matches, (GDestroyNotify) poppler_rectangle_free);
    g_assert_cmpfloat (word_x, >, 100);
    g_assert_cmpfloat (fabs (boxes[0].x - word_x), <, 1.0);
  }
}

static void
test_pdf_table_words (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autofree char      *case_pdf = g_build_filename (dir, "case.pdf", NULL);
  g_autofree char      *bundle_pdf = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (GFile)     dest = g_file_new_for_path (bundle_pdf);
  g_autoptr (KasusCase) kase = make_ready_case ("Helgenomsekventering afklarede en muskelsygdom",
                                                "Voksne med fremskreden kræft");
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) refusals = NULL;
  g_autoptr (GError)    error = NULL;

  kasus_case_set_author (kase, "Overlæge Hans Jensen");
  kasus_case_set_department (kase, "Klinisk Genetisk Afdeling");
  kasus_case_set_show_author (kase, TRUE);
  export_case (kase, dir, "case.pdf", KASUS_PDF_FLAGS_NONE);
  assert_table_read_apart (case_pdf, "Afdeling", "Klinisk Genetisk Afdeling", "Klinisk");
  assert_table_read_apart (case_pdf, "Forfatter", "Overlæge Hans Jensen", "Overlæge");

  save_case (kase, dir, "case.kasus");
  {
    g_autofree char  *path = g_build_filename (dir, "case.kasus", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    list = g_ptr_array_new_with_free_func (g_object_unref);
    g_ptr_array_add (list, kasus_submission_new_for_file (file, NULL, NULL));
  }
  g_assert_true (kasus_review_bundle_export (list, "Voksne med fremskreden kræft",
                                             KASUS_LANGUAGE_DA, NULL, dest, &refusals, &error));
  g_assert_no_error (error);
  assert_table_read_apart (bundle_pdf, "Afdeling", "Klinisk Genetisk Afdeling", "Klinisk");

  kasus_test_remove_tree (dir);
}

/* A one-page PDF from elsewhere (not Kasus): lines of Latin-1 text. */
static void
write_text_pdf (const char *dir, const char *name, const char *const *lines)
{
  g_autoptr (GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString)   content = g_string_new ("BT /F1 11 Tf 72 760 Td 14 TL");
  g_autoptr (GString)   pdf = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *latin1 = g_convert (lines[i], -1, "ISO-8859-1", "UTF-8", NULL, NULL, NULL);

      g_assert_nonnull (latin1);
      g_string_append (content, " (");
      for (const guchar *c = (const guchar *) latin1; *c != '\0'; c++)
        if (*c >= 0x80)
          g_string_append_printf (content, "\\%03o", *c);
        else
          g_string_append_c (content, *c);
      g_string_append (content, ") Tj T*");
    }
  g_string_append (content, " ET");
  g_ptr_array_add (objects, g_strdup ("<< /Type /Catalog /Pages 2 0 R >>"));
  g_ptr_array_add (objects, g_strdup ("<< /Type /Pages /Kids [5 0 R] /Count 1 >>"));
  g_ptr_array_add (objects, g_strdup_printf ("<< /Length %zu >>\nstream\n%s\nendstream",
                                             content->len, content->str));
  g_ptr_array_add (objects, g_strdup ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                                      "/Encoding /WinAnsiEncoding >>"));
  g_ptr_array_add (objects, g_strdup ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                                      "/Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"));
  pdf = build_pdf (objects, NULL);
  write_file (dir, name, pdf->str, pdf->len);
}

static KasusSequencing
sequencing_of_pdf (const char *dir, const char *name)
{
  g_autofree char            *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile)           file = g_file_new_for_path (path);
  g_autoptr (KasusSubmission) submission = kasus_submission_new_for_file (file, NULL, NULL);

  g_assert_null (kasus_submission_get_error (submission));
  return kasus_submission_get_sequencing (submission);
}

/* The sequencing column of a submitted PDF: what the case says was done,
 * not the template's heading "Genom- eller eksomsekventering og fundet"
 * nor "altså ikke eksomsekventering". */
static void
test_pdf_sequencing (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autoptr (KasusCase) wgs =
    make_ready_case ("Helgenomsekventering afklarede en muskelsygdom", GROUP);
  g_autoptr (KasusCase) wes =
    make_ready_case ("Eksomsekventering afklarede en muskelsygdom", GROUP);
  g_autoptr (KasusCase) unset = make_ready_case ("Uden analyse", GROUP);
  const char *const     heading_and_negation[] = {
        "Genom- eller eksomsekventering og fundet",
        "Der blev lavet helgenomsekventering (WGS) af tumorvæv og blod,",
        "altså ikke eksomsekventering.",
        NULL,
  };
  const char *const english[] = {
    "Genome or exome sequencing and the finding",
    "Whole-genome sequencing was done rather than exome sequencing.",
    NULL,
  };
  const char *const exome[] = {
    "Genetiske analyser før helgenomsekventering",
    "Et genpanel var normalt.",
    "Genom- eller eksomsekventering og fundet",
    "Der blev lavet eksomsekventering (WES).",
    NULL,
  };

  /* Kasus PDFs: the "Analyse" row */
  set_section (wgs, "sequencing",
               "Der blev lavet helgenomsekventering (WGS) af både tumorvæv og blod, altså ikke "
               "eksomsekventering.");
  export_case (wgs, dir, "wgs.pdf", KASUS_PDF_FLAGS_NONE);
  g_assert_cmpint (sequencing_of_pdf (dir, "wgs.pdf"), ==, KASUS_SEQUENCING_GENOME);

  kasus_case_set_analysis (wes, KASUS_ANALYSIS_WES);
  set_section (wes, "sequencing",
               "Der blev lavet eksomsekventering (WES) frem for helgenomsekventering.");
  export_case (wes, dir, "wes.pdf", KASUS_PDF_FLAGS_NONE);
  g_assert_cmpint (sequencing_of_pdf (dir, "wes.pdf"), ==, KASUS_SEQUENCING_EXOME);

  /* No analysis chosen ("Ikke angivet"): the text, without the headings,
   * the network's name in the header, and what was not done */
  kasus_case_set_analysis (unset, KASUS_ANALYSIS_UNSET);
  set_section (unset, "sequencing",
               "Der blev lavet eksomsekventering (WES), ikke helgenomsekventering.");
  export_case (unset, dir, "unset.pdf", KASUS_PDF_FLAGS_DRAFT);
  g_assert_cmpint (sequencing_of_pdf (dir, "unset.pdf"), ==, KASUS_SEQUENCING_EXOME);

  /* PDFs from elsewhere: the text alone */
  write_text_pdf (dir, "other.pdf", heading_and_negation);
  g_assert_cmpint (sequencing_of_pdf (dir, "other.pdf"), ==, KASUS_SEQUENCING_GENOME);
  write_text_pdf (dir, "english.pdf", english);
  g_assert_cmpint (sequencing_of_pdf (dir, "english.pdf"), ==, KASUS_SEQUENCING_GENOME);
  write_text_pdf (dir, "exome.pdf", exome);
  g_assert_cmpint (sequencing_of_pdf (dir, "exome.pdf"), ==, KASUS_SEQUENCING_EXOME);

  kasus_test_remove_tree (dir);
}

static void
test_pdf_errors (void)
{
  g_autofree char             *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autoptr (GError)           error = NULL;
  g_autoptr (KasusPdfDocument) doc = NULL;

  write_broken_pdf (dir, "broken.pdf");
  write_encrypted_pdf (dir, "locked.pdf");
  write_file (dir, "text.pdf", "Dette er ikke en PDF.\n", -1);

  {
    g_autofree char  *path = g_build_filename (dir, "broken.pdf", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    doc = kasus_pdf_document_new_from_file (file, "broken.pdf", NULL, &error);
    g_assert_null (doc);
    g_assert_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED);
    g_assert_true (g_str_has_prefix (error->message, "broken.pdf: "));
    g_assert_nonnull (strstr (error->message, "damaged"));
    g_clear_error (&error);
  }
  {
    g_autofree char  *path = g_build_filename (dir, "locked.pdf", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autofree char  *parse_name = g_file_get_parse_name (file);

    /* Without a display name the error names the path. */
    doc = kasus_pdf_document_new_from_file (file, NULL, NULL, &error);
    g_assert_null (doc);
    g_assert_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_ENCRYPTED);
    g_assert_true (g_str_has_prefix (error->message, parse_name));
    g_assert_nonnull (strstr (error->message, "password protected"));
    g_clear_error (&error);
  }
  {
    g_autofree char  *path = g_build_filename (dir, "text.pdf", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    doc = kasus_pdf_document_new_from_file (file, "text.pdf", NULL, &error);
    g_assert_null (doc);
    g_assert_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED);
    g_assert_true (g_str_has_prefix (error->message, "text.pdf: "));
    g_clear_error (&error);
  }
  {
    g_autofree char  *path = g_build_filename (dir, "missing.pdf", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);

    doc = kasus_pdf_document_new_from_file (file, "missing.pdf", NULL, &error);
    g_assert_null (doc);
    g_assert_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE);
    g_assert_true (g_str_has_prefix (error->message, "missing.pdf: "));
    g_clear_error (&error);
  }
  {
    g_autoptr (GFile) file = g_file_new_for_path (dir);

    doc = kasus_pdf_document_new_from_file (file, "folder.pdf", NULL, &error);
    g_assert_null (doc);
    g_assert_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE);
    g_clear_error (&error);
  }

  kasus_test_remove_tree (dir);
}

/* 10,000 pages: read the first ones, say so, and do not hang. */
static void
test_pdf_bomb (void)
{
  g_autofree char             *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autofree char             *path = g_build_filename (dir, "bomb.pdf", NULL);
  g_autoptr (GFile)            file = g_file_new_for_path (path);
  g_autoptr (KasusPdfDocument) doc = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *note = NULL;
  gint64                       start;
  double                       seconds;

  write_many_pages_pdf (path, 10000);

  start = g_get_monotonic_time ();
  doc = kasus_pdf_document_new_from_file (file, "bomb.pdf", NULL, &error);
  g_assert_no_error (error);
  kasus_pdf_document_scan (doc, NULL, NULL);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("10000-page PDF read and scanned in %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 20.0);

  g_assert_cmpuint (kasus_pdf_document_get_n_pages (doc), ==, 10000);
  g_assert_cmpuint (kasus_pdf_document_get_n_pages_read (doc), ==, KASUS_PDF_DOCUMENT_MAX_PAGES);
  g_assert_true (kasus_pdf_document_is_truncated (doc));
  note = kasus_pdf_document_describe_truncation (doc);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "10000"));
  g_assert_nonnull (strstr (kasus_pdf_document_get_page_text (doc, 0), "Thisted"));
  /* Thisted, once per page read */
  g_assert_cmpuint (kasus_pdf_document_get_findings (doc)->len, >=, KASUS_PDF_DOCUMENT_MAX_PAGES);

  /* A row says so, and the bundle refuses it. */
  {
    g_autoptr (KasusSubmission) submission = kasus_submission_new_for_file (file, NULL, NULL);
    g_autoptr (GPtrArray)       list = g_ptr_array_new ();
    g_autoptr (GPtrArray)       refusals = NULL;

    g_assert_null (kasus_submission_get_error (submission));
    g_assert_nonnull (kasus_submission_get_warning (submission));
    kasus_submission_set_patient_group (submission, GROUP);
    kasus_submission_set_review_status (submission, KASUS_REVIEW_APPROVED);
    g_ptr_array_add (list, submission);
    refusals = kasus_review_bundle_check (list, GROUP);
    g_assert_cmpuint (refusals->len, ==, 1);
    g_assert_nonnull (
      strstr (((KasusBundleRefusal *) g_ptr_array_index (refusals, 0))->message, "10000"));
  }

  /* Cancelled: stops between pages. */
  {
    g_autoptr (GCancellable)     cancellable = g_cancellable_new ();
    g_autoptr (KasusPdfDocument) cancelled = NULL;

    g_cancellable_cancel (cancellable);
    cancelled = kasus_pdf_document_new_from_file (file, "bomb.pdf", cancellable, &error);
    g_assert_null (cancelled);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  kasus_test_remove_tree (dir);
}

/* ------------------------------------------------------------------ */
/* Review files */

static void
test_review_file (void)
{
  g_autofree char            *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autofree char            *pdf_path = g_build_filename (dir, "case.pdf", NULL);
  g_autoptr (GFile)           pdf = g_file_new_for_path (pdf_path);
  g_autoptr (GFile)           file = kasus_review_file_get_file_for (pdf);
  g_autoptr (KasusReviewFile) review = kasus_review_file_new ();
  g_autoptr (KasusReviewFile) back = NULL;
  g_autoptr (GError)          error = NULL;
  g_autofree char            *basename = g_file_get_basename (file);
  GPtrArray                  *comments;
  GStatBuf                    st;

  g_assert_cmpstr (basename, ==, "case.pdf.kasus-review");

  /* None yet: a new review. */
  back = kasus_review_file_load_for (pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kasus_review_file_get_status (back), ==, KASUS_REVIEW_NEW);
  g_assert_cmpuint (kasus_review_file_get_comments (back)->len, ==, 0);
  g_clear_object (&back);

  kasus_review_file_set_status (review, KASUS_REVIEW_RETURNED);
  kasus_review_file_set_reviewer (review, "Tovholder Hansen");
  kasus_review_file_set_patient_group (review, GROUP);
  kasus_review_file_add_comment (review, "Tovholder Hansen", "2026-03-14T10:00:00+01:00",
                                 "Alderen “72-årig” bør generaliseres.\nOg byen.");
  kasus_review_file_add_comment (review, "Forfatter", NULL, "Rettet.");
  g_assert_true (kasus_review_file_save_for (review, pdf, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_stat (g_file_peek_path (file), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  back = kasus_review_file_load_for (pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kasus_review_file_get_status (back), ==, KASUS_REVIEW_RETURNED);
  g_assert_cmpstr (kasus_review_file_get_reviewer (back), ==, "Tovholder Hansen");
  g_assert_cmpstr (kasus_review_file_get_patient_group (back), ==, GROUP);
  comments = kasus_review_file_get_comments (back);
  g_assert_cmpuint (comments->len, ==, 2);
  g_assert_cmpstr (((KasusReviewComment *) comments->pdata[0])->text, ==,
                   "Alderen “72-årig” bør generaliseres.\nOg byen.");
  g_assert_cmpstr (((KasusReviewComment *) comments->pdata[0])->date, ==,
                   "2026-03-14T10:00:00+01:00");
  g_assert_cmpstr (((KasusReviewComment *) comments->pdata[1])->author, ==, "Forfatter");
  g_assert_nonnull (((KasusReviewComment *) comments->pdata[1])->date);

  /* Same bytes again */
  {
    g_autofree char *a = kasus_review_file_to_data (review, NULL);
    g_autofree char *b = kasus_review_file_to_data (back, NULL);
    g_autofree char *on_disk = NULL;

    g_assert_cmpstr (a, ==, b);
    g_assert_true (g_file_get_contents (g_file_peek_path (file), &on_disk, NULL, NULL));
    g_assert_cmpstr (on_disk, ==, a);
    g_assert_nonnull (strstr (on_disk, "\"format\" : \"kasus-review\""));
  }

  /* Errors name the file and the problem. */
  {
    static const struct
    {
      const char *data;
      int         code;
      const char *says;
    } bad[] = {
      { "{\"format\": \"kasus-review\", \"version\": 1, \"status\": \"appr",
        KASUS_REVIEW_FILE_ERROR_MALFORMED, "JSON" },
      { "{\"format\": \"kasus-case\", \"version\": 1}", KASUS_REVIEW_FILE_ERROR_NOT_A_REVIEW,
        "not a Kasus review file" },
      { "{\"format\": \"kasus-review\", \"version\": 7}", KASUS_REVIEW_FILE_ERROR_NEWER_VERSION,
        "newer version" },
      { "{\"format\": \"kasus-review\", \"version\": 1, \"status\": \"great\"}",
        KASUS_REVIEW_FILE_ERROR_WRONG_TYPE, "great" },
      { "{\"format\": \"kasus-review\", \"version\": 1, \"reviewer\": 3}",
        KASUS_REVIEW_FILE_ERROR_WRONG_TYPE, "reviewer" },
      { "{\"format\": \"kasus-review\", \"version\": 1, \"comments\": [1]}",
        KASUS_REVIEW_FILE_ERROR_WRONG_TYPE, "comments[0]" },
      { "", KASUS_REVIEW_FILE_ERROR_MALFORMED, "empty" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr (KasusReviewFile) none = NULL;

        g_assert_true (g_file_set_contents (g_file_peek_path (file), bad[i].data, -1, NULL));
        none = kasus_review_file_load_for (pdf, &error);
        g_assert_null (none);
        g_assert_error (error, KASUS_REVIEW_FILE_ERROR, bad[i].code);
        if (strstr (error->message, "case.pdf.kasus-review") == NULL ||
            strstr (error->message, bad[i].says) == NULL)
          g_error ("“%s” gave “%s”", bad[i].data, error->message);
        g_clear_error (&error);
      }
  }

  kasus_test_remove_tree (dir);
}

/* ------------------------------------------------------------------ */
/* A folder of submissions */

typedef struct
{
  GMainLoop *loop;
  gboolean   done;
  GError    *error;
  guint      n_progress;
  guint      last_done;
  guint      last_total;
} LoadWait;

static void
on_progress (guint n_done, guint n_total, gpointer user_data)
{
  LoadWait *wait = user_data;

  g_assert_cmpuint (n_done, <=, n_total);
  g_assert_cmpuint (n_done, >=, wait->last_done);
  wait->n_progress++;
  wait->last_done = n_done;
  wait->last_total = n_total;
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LoadWait *wait = user_data;

  kasus_submission_load_folder_finish (result, &wait->error);
  wait->done = TRUE;
  g_main_loop_quit (wait->loop);
}

static GListStore *
load_folder (const char *dir, LoadWait *wait)
{
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  GListStore       *store = g_list_store_new (KASUS_TYPE_SUBMISSION);

  wait->loop = g_main_loop_new (NULL, FALSE);
  kasus_submission_load_folder_async (folder, NULL, store, NULL, on_progress, wait, NULL, on_loaded,
                                      wait);
  g_main_loop_run (wait->loop);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
  g_assert_true (wait->done);
  return store;
}

static KasusSubmission *
find_row (GListModel *model, const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KasusSubmission) row = g_list_model_get_item (model, i);

      if (g_str_equal (kasus_submission_get_name (row), name))
        return row;
    }
  g_error ("no row for %s", name);
  return NULL;
}

/* The folder the tests share: what a tovholder finds before a deadline. */
static char *
make_review_folder (void)
{
  char                 *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autoptr (KasusCase) good1 =
    make_ready_case ("Helgenomsekventering afklarede en muskelsygdom", GROUP);
  g_autoptr (KasusCase) good2 = make_ready_case ("Tidlig diagnose af en stofskiftesygdom", GROUP);
  g_autoptr (KasusCase) other = make_ready_case ("En case om en solid tumor", "Kræft hos voksne");
  g_autoptr (KasusCase) draft = make_ready_case ("Ikke færdig endnu", GROUP);
  g_autoptr (KasusCase) identifying = make_identifying_case ();
  g_autofree char      *malformed = NULL;

  kasus_case_set_analysis (other, KASUS_ANALYSIS_WES);
  set_section (other, "sequencing",
               "Der blev lavet eksomsekventering (WES), som viste en sjælden variant.");
  kasus_case_set_review_status (other, KASUS_REVIEW_NEW);

  kasus_case_set_consent_decision (draft, KASUS_CONSENT_UNDECIDED);
  kasus_case_set_review_status (draft, KASUS_REVIEW_COMMENTED);
  kasus_case_add_review_comment (draft, "Tovholder Test", "2026-03-01", "Mangler samtykke.");

  save_case (good1, dir, "a-good.kasus");
  save_case (good2, dir, "b-good.kasus");
  save_case (other, dir, "c-other-group.kasus");
  save_case (draft, dir, "d-draft.kasus");
  export_case (identifying, dir, "e-identifying.pdf", KASUS_PDF_FLAGS_NONE);
  write_broken_pdf (dir, "f-broken.pdf");
  write_encrypted_pdf (dir, "g-encrypted.pdf");

  malformed = kasus_case_to_data (good1, NULL);
  malformed[strlen (malformed) / 2] = '\0';
  write_file (dir, "h-malformed.kasus", malformed, -1);

  /* Not submissions */
  write_file (dir, "notes.txt", "husk fristen\n", -1);
  write_file (dir, ".a-good.kasus.ABC123", "{", -1);
  {
    g_autofree char *sub = g_build_filename (dir, "older.pdf", NULL);

    g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  }
  return dir;
}

static void
test_folder (void)
{
  g_autofree char *dir = make_review_folder ();
  LoadWait         wait = {
            0,
  };
  g_autoptr (GListStore) store = NULL;
  GListModel            *model;
  KasusSubmission       *row;
  static const char     *names[] = {
        "a-good.kasus",      "b-good.kasus", "c-other-group.kasus", "d-draft.kasus",
        "e-identifying.pdf", "f-broken.pdf", "g-encrypted.pdf",     "h-malformed.kasus",
  };

  store = load_folder (dir, &wait);
  model = G_LIST_MODEL (store);
  g_assert_no_error (wait.error);

  /* Every submission a row, in name order; progress to the end. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (KasusSubmission) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (kasus_submission_get_name (item), ==, names[i]);
      g_assert_nonnull (kasus_submission_get_modified (item));
    }
  g_assert_cmpuint (wait.last_total, ==, G_N_ELEMENTS (names));
  g_assert_cmpuint (wait.last_done, ==, G_N_ELEMENTS (names));
  g_assert_cmpuint (wait.n_progress, ==, G_N_ELEMENTS (names) + 1);

  /* A good case */
  row = find_row (model, "a-good.kasus");
  g_assert_null (kasus_submission_get_error (row));
  g_assert_cmpint (kasus_submission_get_kind (row), ==, KASUS_SUBMISSION_CASE);
  g_assert_cmpstr (kasus_submission_get_title (row), ==,
                   "Helgenomsekventering afklarede en muskelsygdom");
  g_assert_cmpstr (kasus_submission_get_patient_group (row), ==, GROUP);
  g_assert_cmpint (kasus_submission_get_analysis (row), ==, KASUS_ANALYSIS_WGS);
  g_assert_cmpint (kasus_submission_get_sequencing (row), ==, KASUS_SEQUENCING_GENOME);
  g_assert_cmpuint (kasus_submission_get_n_findings (row, KASUS_SEVERITY_HIGH), ==, 0);
  g_assert_cmpuint (kasus_submission_get_n_findings (row, KASUS_SEVERITY_MEDIUM), ==, 0);
  g_assert_cmpint (kasus_submission_get_consent_decision (row), ==, KASUS_CONSENT_ANONYMIZED);
  g_assert_true (kasus_submission_get_has_readiness (row));
  g_assert_true (kasus_submission_get_ready (row));
  g_assert_false (kasus_submission_get_draft (row));
  g_assert_cmpint (kasus_submission_get_review_status (row), ==, KASUS_REVIEW_APPROVED);
  g_assert_cmpstr (kasus_submission_get_reviewer (row), ==, "Tovholder Test");
  g_assert_nonnull (kasus_submission_get_case (row));
  g_assert_null (kasus_submission_get_pdf (row));

  /* Properties for the list view */
  {
    g_autofree char  *title = NULL;
    g_autofree char  *group = NULL;
    guint             n_high = 99;
    gboolean          ready = FALSE;
    KasusReviewStatus status = KASUS_REVIEW_NEW;

    g_object_get (row, "title", &title, "patient-group", &group, "n-high", &n_high, "ready", &ready,
                  "review-status", &status, NULL);
    g_assert_cmpstr (title, ==, kasus_submission_get_title (row));
    g_assert_cmpstr (group, ==, GROUP);
    g_assert_cmpuint (n_high, ==, 0);
    g_assert_true (ready);
    g_assert_cmpint (status, ==, KASUS_REVIEW_APPROVED);
  }

  /* Exome, another group, not reviewed yet */
  row = find_row (model, "c-other-group.kasus");
  g_assert_null (kasus_submission_get_error (row));
  g_assert_cmpstr (kasus_submission_get_patient_group (row), ==, "Kræft hos voksne");
  g_assert_cmpint (kasus_submission_get_sequencing (row), ==, KASUS_SEQUENCING_EXOME);
  g_assert_cmpint (kasus_submission_get_review_status (row), ==, KASUS_REVIEW_NEW);

  /* A draft: consent undecided, so not ready */
  row = find_row (model, "d-draft.kasus");
  g_assert_false (kasus_submission_get_ready (row));
  g_assert_true (kasus_submission_get_draft (row));
  g_assert_cmpuint (kasus_submission_get_readiness (row)->len, ==, 1);
  g_assert_cmpint (kasus_submission_get_consent_decision (row), ==, KASUS_CONSENT_UNDECIDED);
  g_assert_cmpint (kasus_submission_get_review_status (row), ==, KASUS_REVIEW_COMMENTED);
  g_assert_cmpuint (kasus_submission_get_review_comments (row)->len, ==, 1);

  /* The identifying PDF */
  row = find_row (model, "e-identifying.pdf");
  g_assert_null (kasus_submission_get_error (row));
  g_assert_null (kasus_submission_get_warning (row));
  g_assert_cmpint (kasus_submission_get_kind (row), ==, KASUS_SUBMISSION_PDF);
  g_assert_cmpstr (kasus_submission_get_title (row), ==, "Udredning af en arvelig kræftsygdom");
  g_assert_cmpstr (kasus_submission_get_patient_group (row), ==, GROUP);
  g_assert_cmpint (kasus_submission_get_sequencing (row) & KASUS_SEQUENCING_GENOME, !=, 0);
  g_assert_cmpuint (kasus_submission_get_n_findings (row, KASUS_SEVERITY_HIGH), >=, 2);
  g_assert_cmpuint (kasus_submission_get_n_findings (row, KASUS_SEVERITY_MEDIUM), >=, 2);
  g_assert_false (kasus_submission_get_has_readiness (row));
  g_assert_false (kasus_submission_get_draft (row));
  g_assert_cmpint (kasus_submission_get_review_status (row), ==, KASUS_REVIEW_NEW);
  g_assert_nonnull (kasus_submission_get_pdf (row));
  g_assert_nonnull (kasus_submission_get_review_file (row));
  for (guint i = 0; i < kasus_submission_get_findings (row)->len; i++)
    g_assert_cmpint (
      ((KasusFinding *) g_ptr_array_index (kasus_submission_get_findings (row), i))->page, >=, 1);

  /* Unreadable files: a row each, with its error */
  row = find_row (model, "f-broken.pdf");
  g_assert_nonnull (kasus_submission_get_error (row));
  g_assert_true (g_str_has_prefix (kasus_submission_get_error (row), "f-broken.pdf: "));
  g_assert_nonnull (strstr (kasus_submission_get_error (row), "damaged"));
  g_assert_cmpint (kasus_submission_get_kind (row), ==, KASUS_SUBMISSION_PDF);
  g_assert_null (kasus_submission_get_pdf (row));

  row = find_row (model, "g-encrypted.pdf");
  g_assert_true (g_str_has_prefix (kasus_submission_get_error (row), "g-encrypted.pdf: "));
  g_assert_nonnull (strstr (kasus_submission_get_error (row), "password protected"));

  row = find_row (model, "h-malformed.kasus");
  g_assert_true (g_str_has_prefix (kasus_submission_get_error (row), "h-malformed.kasus:"));
  g_assert_nonnull (strstr (kasus_submission_get_error (row), "JSON"));
  g_assert_null (kasus_submission_get_case (row));
  g_assert_cmpstr (kasus_submission_get_title (row), ==, "");
  g_assert_false (kasus_submission_in_group (row, ""));

  /* Groups */
  {
    g_auto (GStrv) groups = kasus_submission_list_groups (model);
    g_autoptr (GPtrArray) rare = kasus_submission_get_group (model, "  sjældne SYGDOMME ");

    g_assert_cmpuint (g_strv_length (groups), ==, 2);
    g_assert_cmpstr (groups[0], ==, "Kræft hos voksne");
    g_assert_cmpstr (groups[1], ==, GROUP);
    g_assert_cmpuint (rare->len, ==, 4);
    g_assert_null (kasus_submission_check_group_size (model, GROUP));
  }

  kasus_test_remove_tree (dir);
}

/* A sixth case of a group warns. */
static void
test_group_size (void)
{
  g_autofree char       *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autoptr (GListStore) store = NULL;
  g_autofree char       *warning = NULL;
  LoadWait               wait = {
                  0,
  };

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char      *title = g_strdup_printf ("Case nummer %u", i + 1);
      g_autofree char      *name = g_strdup_printf ("case-%u.kasus", i + 1);
      g_autoptr (KasusCase) kase = make_ready_case (title, GROUP);

      save_case (kase, dir, name);
    }

  store = load_folder (dir, &wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 5);
  g_assert_null (kasus_submission_check_group_size (G_LIST_MODEL (store), GROUP));
  g_clear_object (&store);

  {
    g_autoptr (KasusCase) kase = make_ready_case ("Case nummer 6", "sjældne sygdomme");

    save_case (kase, dir, "case-6.kasus");
  }
  memset (&wait, 0, sizeof wait);
  store = load_folder (dir, &wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 6);
  warning = kasus_submission_check_group_size (G_LIST_MODEL (store), GROUP);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, GROUP));
  g_assert_nonnull (strstr (warning, "6"));

  /* And the bundle refuses it. */
  {
    g_autoptr (GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr (GPtrArray) refusals = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
      g_ptr_array_add (list, g_list_model_get_item (G_LIST_MODEL (store), i));
    refusals = kasus_review_bundle_check (list, GROUP);
    g_assert_cmpuint (refusals->len, ==, 1);
    g_assert_null (((KasusBundleRefusal *) g_ptr_array_index (refusals, 0))->submission);
  }

  kasus_test_remove_tree (dir);
}

static void
test_folder_errors (void)
{
  g_autofree char       *dir = kasus_test_make_temp_dir ("kasus-review-XXXXXX");
  g_autofree char       *missing = g_build_filename (dir, "gone", NULL);
  g_autoptr (GListStore) store = NULL;
  LoadWait               wait = {
                  0,
  };

  /* An empty folder: done, no rows. */
  store = load_folder (dir, &wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_clear_object (&store);

  /* A folder that is not there */
  memset (&wait, 0, sizeof wait);
  store = load_folder (missing, &wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (wait.error->message, "gone"));
  g_clear_error (&wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_clear_object (&store);

  /* Cancelled at once: no rows, the error says so. */
  {
    g_autoptr (GCancellable) cancellable = g_cancellable_new ();
    g_autoptr (GFile)        folder = g_file_new_for_path (dir);
    g_autoptr (KasusCase)    kase = make_ready_case ("En case", GROUP);

    save_case (kase, dir, "one.kasus");
    memset (&wait, 0, sizeof wait);
    wait.loop = g_main_loop_new (NULL, FALSE);
    store = g_list_store_new (KASUS_TYPE_SUBMISSION);
    kasus_submission_load_folder_async (folder, NULL, store, cancellable, on_progress, &wait, NULL,
                                        on_loaded, &wait);
    g_cancellable_cancel (cancellable);
    g_main_loop_run (wait.loop);
    g_clear_pointer (&wait.loop, g_main_loop_unref);
    g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&wait.error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  }

  kasus_test_remove_tree (dir);
}

static void
count_notify (guint *n)
{
  (*n)++;
}

/* Comments and approval are kept: in the case, or next to the PDF. */
static void
test_review_round_trip (void)
{
  g_autofree char   *dir = make_review_folder ();
  g_autoptr (GError) error = NULL;

  /* A PDF */
  {
    g_autofree char            *path = g_build_filename (dir, "e-identifying.pdf", NULL);
    g_autofree char            *review_path = g_strconcat (path, ".kasus-review", NULL);
    g_autoptr (GFile)           file = g_file_new_for_path (path);
    g_autoptr (KasusSubmission) submission = kasus_submission_new_for_file (file, NULL, NULL);
    g_autoptr (KasusSubmission) again = NULL;
    GStatBuf                    st;
    guint                       notified = 0;

    g_signal_connect_swapped (submission, "notify::review-status", G_CALLBACK (count_notify),
                              &notified);

    g_assert_false (g_file_test (review_path, G_FILE_TEST_EXISTS));
    kasus_submission_set_reviewer (submission, "Tovholder Hansen");
    kasus_submission_add_comment (submission, "Tovholder Hansen", "Alder og by skal ud.");
    g_assert_cmpint (kasus_submission_get_review_status (submission), ==, KASUS_REVIEW_COMMENTED);
    g_assert_cmpuint (notified, ==, 1);
    kasus_submission_set_review_status (submission, KASUS_REVIEW_RETURNED);
    g_assert_true (kasus_submission_save_review (submission, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (review_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);

    again = kasus_submission_new_for_file (file, NULL, NULL);
    g_assert_cmpint (kasus_submission_get_review_status (again), ==, KASUS_REVIEW_RETURNED);
    g_assert_cmpstr (kasus_submission_get_reviewer (again), ==, "Tovholder Hansen");
    g_assert_cmpuint (kasus_submission_get_review_comments (again)->len, ==, 1);
    g_assert_cmpstr (
      ((KasusReviewComment *) kasus_submission_get_review_comments (again)->pdata[0])->text, ==,
      "Alder og by skal ud.");

    /* A damaged review file: the row says so, and names it. */
    g_assert_true (g_file_set_contents (review_path, "{ broken", -1, NULL));
    g_clear_object (&again);
    again = kasus_submission_new_for_file (file, NULL, NULL);
    g_assert_nonnull (kasus_submission_get_error (again));
    g_assert_nonnull (
      strstr (kasus_submission_get_error (again), "e-identifying.pdf.kasus-review"));
    g_assert_nonnull (kasus_submission_get_pdf (again));
    g_assert_false (kasus_submission_save_review (again, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }

  /* A case */
  {
    g_autofree char            *path = g_build_filename (dir, "c-other-group.kasus", NULL);
    g_autoptr (GFile)           file = g_file_new_for_path (path);
    g_autoptr (KasusSubmission) submission = kasus_submission_new_for_file (file, NULL, NULL);
    g_autoptr (KasusSubmission) again = NULL;

    kasus_submission_add_comment (submission, "Tovholder Hansen", "Fin.");
    kasus_submission_set_review_status (submission, KASUS_REVIEW_APPROVED);
    g_assert_true (kasus_submission_save_review (submission, &error));
    g_assert_no_error (error);

    again = kasus_submission_new_for_file (file, NULL, NULL);
    g_assert_cmpint (kasus_submission_get_review_status (again), ==, KASUS_REVIEW_APPROVED);
    g_assert_cmpuint (kasus_submission_get_review_comments (again)->len, ==, 1);
    {
      g_autofree char *review_path = g_strconcat (path, ".kasus-review", NULL);

      g_assert_false (g_file_test (review_path, G_FILE_TEST_EXISTS));
    }
  }

  kasus_test_remove_tree (dir);
}

/* ------------------------------------------------------------------ */
/* The bundle */

static char *
page_text (PopplerDocument *doc, int index)
{
  g_autoptr (PdfPage) page = poppler_document_get_page (doc, index);
  g_autofree char    *raw = poppler_page_get_text (page);

  return normalize (raw);
}

/* The number printed at the end of the contents line that holds title. */
static int
listed_page (const char *contents, const char *title)
{
  g_autofree char       *escaped = g_regex_escape_string (title, -1);
  g_autofree char       *pattern = g_strdup_printf ("%s[ .·…]*([0-9]+)", escaped);
  g_autoptr (GRegex)     regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_autofree char       *number = NULL;

  if (!g_regex_match (regex, contents, 0, &match))
    g_error ("“%s” is not in the contents: %s", title, contents);
  number = g_match_info_fetch (match, 1);
  return atoi (number);
}

static GPtrArray *
load_submissions (const char *dir, const char **names)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char  *path = g_build_filename (dir, names[i], NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);

      g_ptr_array_add (list, kasus_submission_new_for_file (file, NULL, NULL));
    }
  return list;
}

static void
test_bundle (void)
{
  g_autofree char      *dir = make_review_folder ();
  g_autofree char      *bundle_path = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (GFile)     dest = g_file_new_for_path (bundle_path);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 3, 14, 12, 0, 0);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) refusals = NULL;
  g_autoptr (GError)    error = NULL;
  g_autoptr (PdfDoc)    doc = NULL;
  g_autoptr (GArray)    outline = NULL;
  g_autofree char      *cover = NULL;
  g_autofree char      *contents = NULL;
  const char *names[] = { "a-good.kasus", "b-good.kasus", "c-other-group.kasus", "clean.pdf",
                          NULL };
  const char *titles[] = { "Helgenomsekventering afklarede en muskelsygdom",
                           "Tidlig diagnose af en stofskiftesygdom",
                           "En indsendt PDF om en hjertesygdom" };
  int         n_pages;

  /* A clean PDF from elsewhere, approved in its review file */
  {
    g_autoptr (KasusCase)       kase = make_ready_case (titles[2], GROUP);
    g_autoptr (KasusReviewFile) review = kasus_review_file_new ();
    g_autofree char            *path = g_build_filename (dir, "clean.pdf", NULL);
    g_autoptr (GFile)           pdf = g_file_new_for_path (path);

    export_case (kase, dir, "clean.pdf", KASUS_PDF_FLAGS_NONE);
    kasus_review_file_set_status (review, KASUS_REVIEW_APPROVED);
    g_assert_true (kasus_review_file_save_for (review, pdf, &error));
    g_assert_no_error (error);
  }

  list = load_submissions (dir, names);
  refusals = kasus_review_bundle_check (list, GROUP);
  for (guint i = 0; i < refusals->len; i++)
    g_printerr ("refused: %s\n", ((KasusBundleRefusal *) refusals->pdata[i])->message);
  g_assert_cmpuint (refusals->len, ==, 0);
  g_clear_pointer (&refusals, g_ptr_array_unref);

  g_assert_true (
    kasus_review_bundle_export (list, GROUP, KASUS_LANGUAGE_DA, date, dest, &refusals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refusals->len, ==, 0);

  {
    GStatBuf st;

    g_assert_cmpint (g_stat (bundle_path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }

  doc = poppler_document_new_from_gfile (dest, NULL, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n_pages, >=, 5);

  /* The cover */
  cover = page_text (doc, 0);
  g_assert_nonnull (strstr (cover, "DET NATIONALE NETVÆRK FOR HELGENOMSEKVENTERING"));
  g_assert_nonnull (strstr (cover, GROUP));
  if (!g_regex_match_simple ("Antal cases ?3\\b", cover, 0, 0))
    g_error ("cover: %s", cover);
  g_assert_nonnull (strstr (cover, "14. marts 2026"));

  /* The contents, whose numbers are where each case starts */
  contents = page_text (doc, 1);
  g_assert_nonnull (strstr (contents, "Indhold"));
  g_assert_null (strstr (contents, "En case om en solid tumor")); /* another group */
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      int              listed = listed_page (contents, titles[i]);
      g_autofree char *first = NULL;
      g_autofree char *number = NULL;

      g_assert_cmpint (listed, >=, 3);
      g_assert_cmpint (listed, <=, n_pages);
      first = page_text (doc, listed - 1);
      if (strstr (first, titles[i]) == NULL)
        g_error ("page %d, listed for “%s”, shows: %s", listed, titles[i], first);
      number = g_strdup_printf ("Side %d af %d", listed, n_pages);
      g_assert_nonnull (strstr (first, number));
      if (i > 0)
        g_assert_cmpint (listed, >, listed_page (contents, titles[i - 1]));
    }

  /* Every case's text is in it; nothing private or from the review. */
  {
    g_autoptr (GString) all = g_string_new (NULL);

    for (int p = 0; p < n_pages; p++)
      {
        g_autofree char *text = page_text (doc, p);

        g_string_append_printf (all, "%s\n", text);
      }
    g_assert_nonnull (strstr (all->str, "Diagnosen ændrede behandlingen"));
    g_assert_null (strstr (all->str, "Tovholder Test"));
  }

  /* An outline entry per case */
  outline = kasus_test_pdf_outline (doc);
  g_assert_cmpuint (outline->len, ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < outline->len; i++)
    {
      KasusTestOutlineEntry *entry = &g_array_index (outline, KasusTestOutlineEntry, i);

      g_assert_cmpstr (entry->title, ==, titles[i]);
      g_assert_cmpint (entry->page, ==, listed_page (contents, titles[i]));
    }

  kasus_test_remove_tree (dir);
}

static gboolean
refused_for (GPtrArray *refusals, const char *name, const char *says)
{
  for (guint i = 0; i < refusals->len; i++)
    {
      const KasusBundleRefusal *refusal = g_ptr_array_index (refusals, i);

      if (refusal->submission != NULL &&
          g_str_equal (kasus_submission_get_name (refusal->submission), name) &&
          g_str_has_prefix (refusal->message, name) && strstr (refusal->message, says) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_bundle_refused (void)
{
  g_autofree char      *dir = make_review_folder ();
  g_autofree char      *bundle_path = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (GFile)     dest = g_file_new_for_path (bundle_path);
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) refusals = NULL;
  g_autoptr (GError)    error = NULL;
  const char           *names[] = { "a-good.kasus", "d-draft.kasus",    "e-identifying.pdf",
                                    "draft.pdf",    "unapproved.kasus", NULL };

  {
    g_autoptr (KasusCase)       kase = make_ready_case ("Et udkast sendt som PDF", GROUP);
    g_autoptr (KasusCase)       unapproved = make_ready_case ("Endnu ikke godkendt", GROUP);
    g_autoptr (KasusReviewFile) review = kasus_review_file_new ();
    g_autofree char            *path = g_build_filename (dir, "draft.pdf", NULL);
    g_autoptr (GFile)           pdf = g_file_new_for_path (path);

    export_case (kase, dir, "draft.pdf", KASUS_PDF_FLAGS_DRAFT);
    kasus_review_file_set_status (review, KASUS_REVIEW_APPROVED);
    g_assert_true (kasus_review_file_save_for (review, pdf, &error));
    kasus_case_set_review_status (unapproved, KASUS_REVIEW_RETURNED);
    save_case (unapproved, dir, "unapproved.kasus");
  }

  list = load_submissions (dir, names);
  g_assert_false (
    kasus_review_bundle_export (list, GROUP, KASUS_LANGUAGE_DA, NULL, dest, &refusals, &error));
  g_assert_error (error, KASUS_REVIEW_BUNDLE_ERROR, KASUS_REVIEW_BUNDLE_ERROR_REFUSED);
  g_assert_false (g_file_test (bundle_path, G_FILE_TEST_EXISTS));
  for (guint i = 0; i < refusals->len; i++)
    g_test_message ("refused: %s", ((KasusBundleRefusal *) refusals->pdata[i])->message);

  /* The draft case: not approved, and each readiness reason */
  g_assert_true (refused_for (refusals, "d-draft.kasus", "not approved"));
  g_assert_true (refused_for (refusals, "d-draft.kasus", "draft"));
  /* The PDF nobody approved */
  g_assert_true (refused_for (refusals, "e-identifying.pdf", "not approved (review status: new)"));
  /* Approved, but a draft */
  g_assert_true (refused_for (refusals, "draft.pdf", "draft"));
  g_assert_false (refused_for (refusals, "draft.pdf", "not approved"));
  g_assert_true (refused_for (refusals, "unapproved.kasus", "returned"));
  g_assert_false (refused_for (refusals, "a-good.kasus", ""));
  g_assert_cmpuint (refusals->len, ==, 5);

  /* No case of the group at all */
  {
    g_autoptr (GPtrArray) none = kasus_review_bundle_check (list, "Hjertesygdomme");

    g_assert_cmpuint (none->len, ==, 1);
    g_assert_nonnull (strstr (((KasusBundleRefusal *) none->pdata[0])->message, "Hjertesygdomme"));
  }

  kasus_test_remove_tree (dir);
}

static guint
count_lines_with (const char *text, const char *word)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], word) != NULL)
      n++;
  return n;
}

/* A case with many reasons: what the coordinator reads names the file
 * once, with the reasons under it, not "many.kasus: a draft, not ready:"
 * on every line. */
static void
test_bundle_refusals_grouped (void)
{
  g_autofree char      *dir = make_review_folder ();
  g_autoptr (GPtrArray) list = NULL;
  g_autoptr (GPtrArray) refusals = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *markup = NULL;
  g_auto (GStrv) lines = NULL;
  const char *names[] = { "a-good.kasus", "01-many.kasus", "d-draft.kasus", "e-identifying.pdf",
                          NULL };
  guint       n_not_ready = 0, line_many = 0, line_header = 0, line_draft = 0;

  {
    g_autoptr (KasusCase) many = kasus_case_new (NULL);

    kasus_case_set_title (many, "Mange mangler");
    kasus_case_set_patient_group (many, GROUP);
    save_case (many, dir, "01-many.kasus");
  }

  list = load_submissions (dir, names);
  refusals = kasus_review_bundle_check (list, GROUP);
  for (guint i = 0; i < refusals->len; i++)
    {
      const KasusBundleRefusal *refusal = g_ptr_array_index (refusals, i);

      g_assert_nonnull (refusal->reason);
      g_assert_null (strstr (refusal->reason, ".kasus"));
      g_assert_null (strstr (refusal->reason, ".pdf"));
      if (refusal->not_ready &&
          g_str_equal (kasus_submission_get_name (refusal->submission), "01-many.kasus"))
        n_not_ready++;
    }
  g_assert_cmpuint (n_not_ready, >=, 3);

  text = kasus_review_bundle_describe_refusals (refusals, "", FALSE);
  g_test_message ("%s", text);
  /* Each file once, the good one not at all */
  g_assert_cmpuint (count_lines_with (text, "01-many.kasus"), ==, 1);
  g_assert_cmpuint (count_lines_with (text, "d-draft.kasus"), ==, 1);
  g_assert_cmpuint (count_lines_with (text, "e-identifying.pdf"), ==, 1);
  g_assert_cmpuint (count_lines_with (text, "a-good.kasus"), ==, 0);
  g_assert_null (strstr (text, "a draft, not ready:"));
  /* "A draft, not ready:" once per draft case, every reason under it */
  g_assert_cmpuint (count_lines_with (text, "A draft, not ready:"), ==, 2);
  g_assert_cmpuint (count_lines_with (text, "Not approved (review status: new)"), ==, 2);
  g_assert_cmpuint (count_lines_with (text, "Not approved (review status: commented)"), ==, 1);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "01-many.kasus:"))
        line_many = i + 1;
      else if (line_many && !line_header && strstr (lines[i], "A draft, not ready:"))
        line_header = i + 1;
      else if (g_str_equal (lines[i], "d-draft.kasus:"))
        line_draft = i + 1;
    }
  g_assert_cmpuint (line_many, >, 0);
  g_assert_cmpuint (line_header, >, line_many);
  g_assert_cmpuint (line_draft, >=, line_header + n_not_ready + 1);
  for (guint i = line_header; i < line_header + n_not_ready; i++)
    g_assert_true (g_str_has_prefix (lines[i], "    – "));

  /* Markup for the dialog: the same, the names bold */
  markup = kasus_review_bundle_describe_refusals (refusals, "", TRUE);
  g_assert_nonnull (strstr (markup, "<b>01-many.kasus</b>"));
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));

  kasus_test_remove_tree (dir);
}

static void
on_bundle_written (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_bundle_async (void)
{
  g_autofree char         *dir = make_review_folder ();
  g_autofree char         *bundle_path = g_build_filename (dir, "bundle.pdf", NULL);
  g_autoptr (GFile)        dest = g_file_new_for_path (bundle_path);
  g_autoptr (GPtrArray)    list = NULL;
  g_autoptr (GPtrArray)    refusals = NULL;
  g_autoptr (GAsyncResult) result = NULL;
  g_autoptr (GError)       error = NULL;
  const char              *names[] = { "a-good.kasus", "b-good.kasus", NULL };

  list = load_submissions (dir, names);
  kasus_review_bundle_export_async (list, GROUP, KASUS_LANGUAGE_EN, NULL, dest, NULL,
                                    on_bundle_written, &result);
  /* The submissions are free to change while it writes. */
  kasus_submission_add_comment (g_ptr_array_index (list, 0), "Tovholder", "Sendt videre.");
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (kasus_review_bundle_export_finish (result, &refusals, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refusals->len, ==, 0);

  {
    g_autoptr (PdfDoc) doc = poppler_document_new_from_gfile (dest, NULL, NULL, &error);
    g_autofree char   *contents = NULL;

    g_assert_no_error (error);
    contents = page_text (doc, 1);
    g_assert_nonnull (strstr (contents, "Contents"));
  }
  g_clear_object (&result);
  g_clear_pointer (&refusals, g_ptr_array_unref);

  /* Refused: the reasons come with the error. */
  {
    const char           *draft[] = { "d-draft.kasus", NULL };
    g_autoptr (GPtrArray) drafts = load_submissions (dir, draft);

    kasus_review_bundle_export_async (drafts, GROUP, KASUS_LANGUAGE_DA, NULL, dest, NULL,
                                      on_bundle_written, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (kasus_review_bundle_export_finish (result, &refusals, &error));
    g_assert_error (error, KASUS_REVIEW_BUNDLE_ERROR, KASUS_REVIEW_BUNDLE_ERROR_REFUSED);
    g_assert_cmpuint (refusals->len, >=, 2);
  }

  kasus_test_remove_tree (dir);
}

/* ------------------------------------------------------------------ */
/* kasus-cli */

static int
run_cli (char **out, char **err, const char *first, ...)
{
  va_list ap;
  int     status;

  va_start (ap, first);
  status = kasus_test_run_cli_valist (out, err, first, ap);
  va_end (ap);
  return status;
}

static void
test_cli_bundle (void)
{
  g_autofree char *dir = make_review_folder ();
  g_autofree char *bundle = g_build_filename (dir, "bundle.pdf", NULL);
  g_autofree char *good1 = g_build_filename (dir, "a-good.kasus", NULL);
  g_autofree char *good2 = g_build_filename (dir, "b-good.kasus", NULL);
  g_autofree char *other = g_build_filename (dir, "c-other-group.kasus", NULL);
  g_autofree char *draft = g_build_filename (dir, "d-draft.kasus", NULL);
  g_autofree char *broken = g_build_filename (dir, "f-broken.pdf", NULL);
  int              status;

  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI is not set");
      return;
    }

  /* Written; the other group's case is left out, with a note. */
  {
    g_autofree char *out = NULL, *err = NULL;

    status = run_cli (&out, &err, "bundle", "--group", GROUP, "-o", bundle, "--date", "2026-03-14",
                      good1, good2, other, NULL);
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (err, "c-other-group.kasus"));
    g_assert_true (g_file_test (bundle, G_FILE_TEST_EXISTS));
    g_unlink (bundle);
  }

  /* Refused, with the reasons */
  {
    g_autofree char *out = NULL, *err = NULL;

    status = run_cli (&out, &err, "bundle", "--group", GROUP, "-o", bundle, good1, draft, NULL);
    g_assert_cmpint (status, ==, 1);
    /* The file once, its reasons under it */
    g_assert_nonnull (strstr (err, "\n  d-draft.kasus:\n    • Not approved (review status: "));
    g_assert_nonnull (strstr (err, "    • A draft, not ready:\n      – "));
    g_assert_cmpuint (count_lines_with (err, "d-draft.kasus"), ==, 1);
    g_assert_false (g_file_test (bundle, G_FILE_TEST_EXISTS));
  }

  /* Errors */
  {
    g_autofree char *out = NULL, *err = NULL;

    status = run_cli (&out, &err, "bundle", "--group", GROUP, "-o", bundle, good1, broken, NULL);
    g_assert_cmpint (status, ==, 2);
    g_assert_nonnull (strstr (err, "f-broken.pdf"));
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    status = run_cli (&out, &err, "bundle", "-o", bundle, good1, NULL);
    g_assert_cmpint (status, ==, 2);
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    status = run_cli (&out, &err, "bundle", "--group", GROUP, good1, NULL);
    g_assert_cmpint (status, ==, 2);
  }
  {
    g_autofree char *out = NULL, *err = NULL;

    status =
      run_cli (&out, &err, "bundle", "--group", GROUP, "-o", bundle, "--date", "14/3", good1, NULL);
    g_assert_cmpint (status, ==, 2);
  }

  kasus_test_remove_tree (dir);
}

static void
test_cli_scan_pdf (void)
{
  g_autofree char       *dir = make_review_folder ();
  g_autofree char       *pdf = g_build_filename (dir, "e-identifying.pdf", NULL);
  g_autofree char       *locked = g_build_filename (dir, "g-encrypted.pdf", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError)     error = NULL;
  g_autofree char       *out = NULL, *err = NULL;
  JsonObject            *root;
  JsonArray             *findings;
  int                    status;

  if (g_getenv ("KASUS_CLI") == NULL)
    {
      g_test_skip ("KASUS_CLI is not set");
      return;
    }

  status = run_cli (&out, &err, "scan", "--format", "json", pdf, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "file"), ==, pdf);
  findings = json_object_get_array_member (root, "findings");
  g_assert_cmpuint (json_array_get_length (findings), >=, 5);
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *f = json_array_get_object_element (findings, i);
      JsonArray  *box = json_object_get_array_member (f, "box");

      g_assert_cmpint (json_object_get_int_member (f, "page"), ==, 1);
      g_assert_cmpuint (json_array_get_length (box), ==, 4);
      g_assert_cmpfloat (json_array_get_double_element (box, 2), >, 0);
      g_assert_cmpfloat (json_array_get_double_element (box, 3), >, 0);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (f, "boxes")), >=, 1);
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Text: FILE:page-N:LINE:COL */
  status = run_cli (&out, &err, "scan", pdf, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_true (g_str_has_prefix (out, pdf));
  g_assert_nonnull (strstr (out, ":page-1:"));
  g_assert_nonnull (strstr (out, "age high 72-årig"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  status = run_cli (&out, &err, "scan", locked, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "password protected"));

  kasus_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/review/pdf/findings", test_pdf_findings);
  g_test_add_func ("/review/pdf/table-words", test_pdf_table_words);
  g_test_add_func ("/review/pdf/sequencing", test_pdf_sequencing);
  g_test_add_func ("/review/pdf/errors", test_pdf_errors);
  g_test_add_func ("/review/pdf/bomb", test_pdf_bomb);
  g_test_add_func ("/review/review-file", test_review_file);
  g_test_add_func ("/review/folder/rows", test_folder);
  g_test_add_func ("/review/folder/group-size", test_group_size);
  g_test_add_func ("/review/folder/errors", test_folder_errors);
  g_test_add_func ("/review/round-trip", test_review_round_trip);
  g_test_add_func ("/review/bundle/contents", test_bundle);
  g_test_add_func ("/review/bundle/refused", test_bundle_refused);
  g_test_add_func ("/review/bundle/refusals-grouped", test_bundle_refusals_grouped);
  g_test_add_func ("/review/bundle/async", test_bundle_async);
  g_test_add_func ("/review/cli/bundle", test_cli_bundle);
  g_test_add_func ("/review/cli/scan-pdf", test_cli_scan_pdf);

  return g_test_run ();
}
