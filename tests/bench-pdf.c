/* bench-pdf.c — time to export a typical case and a 5-case bundle
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-pdf-writer.h"

#define RUNS 9

static const char *paragraphs[] = {
  "En patient i 50'erne blev henvist med langvarige, uforklarede symptomer fra flere "
  "organsystemer. "
  "Forløbet strakte sig over flere år med mange undersøgelser på forskellige afdelinger, og der "
  "var "
  "mistanke om en arvelig årsag, fordi symptomerne var begyndt tidligt og udviklede sig langsomt.",
  "Før helgenomsekventeringen var der udført et genpanel med de kendte gener for tilstanden og en "
  "kromosomanalyse (mikroarray), som begge var normale. Også målrettede analyser for de hyppigste "
  "årsager var uden fund, og udredningen stod stille i flere år.",
  "Der blev udført helgenomsekventering af patienten. Den påviste en sjælden strukturel variant i "
  "et "
  "gen, der er involveret i cellens energiomsætning, og som forklarer de fleste af patientens "
  "symptomer. "
  "Varianten lå i en region, som genpanelet ikke dækkede.",
  "Helgenomsekventeringen gav en diagnose efter mange års udredning. Den ændrede behandlingen, "
  "sparede "
  "yderligere undersøgelser og gjorde det muligt at tilbyde genetisk rådgivning.",
  "Læringspunktet er, at en bred analyse kan afsløre årsager, som målrettede test overser. Søg "
  "tidligt "
  "råd hos de regionale genomcentre.",
};

static KasusCase *
typical_case (guint n)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  KasusCase       *kase = kasus_case_new (template);
  g_autofree char *title =
    g_strdup_printf ("Case %u: helgenomsekventering afklarede en sjælden sygdom", n);
  guint t = 0;

  kasus_case_set_title (kase, title);
  kasus_case_set_patient_group (kase, "Sjældne sygdomme");
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  kasus_case_set_prior_analyses (kase, "Genpanel, mikroarray");
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      const KasusTemplateSection *section =
        kasus_template_find_section (template, kasus_case_get_section_id (kase, i));
      g_autofree char *text = NULL;

      if (section != NULL && section->metadata_key != NULL)
        continue;
      /* Two paragraphs a section: about two pages in all. */
      text = g_strdup_printf ("%s\n\n%s", paragraphs[t % G_N_ELEMENTS (paragraphs)],
                              paragraphs[(t + 2) % G_N_ELEMENTS (paragraphs)]);
      kasus_case_set_section_text (kase, i, text);
      t++;
    }
  return kase;
}

static int
compare (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values, guint n)
{
  qsort (values, n, sizeof (double), compare);
  return values[n / 2];
}

int
main (int argc, char *argv[])
{
  g_autoptr (KasusPdfWriter) writer = NULL;
  g_autoptr (KasusCase)      kase = NULL;
  g_autoptr (GPtrArray)      cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError)         error = NULL;
  g_autofree char           *dir = NULL;
  g_autofree char           *case_path = NULL;
  g_autofree char           *bundle_path = NULL;
  g_autoptr (GFile)          case_file = NULL;
  g_autoptr (GFile)          bundle_file = NULL;
  double                     case_ms[RUNS], bundle_ms[RUNS];
  guint                      n_pages = 0, n_bundle_pages = 0;

  kasus_core_init ();
  writer = kasus_pdf_writer_new ();
  kase = typical_case (1);
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (cases, typical_case (i + 1));

  dir = g_dir_make_tmp ("kasus-bench-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  case_path = g_build_filename (dir, "case.pdf", NULL);
  bundle_path = g_build_filename (dir, "bundle.pdf", NULL);
  case_file = g_file_new_for_path (case_path);
  bundle_file = g_file_new_for_path (bundle_path);

  /* Warm up fontconfig and the font caches, as a running app would be. */
  if (!kasus_pdf_writer_export_case (writer, kase, case_file, KASUS_PDF_FLAGS_NONE, &error))
    g_error ("%s", error->message);

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();

      if (!kasus_pdf_writer_export_case (writer, kase, case_file, KASUS_PDF_FLAGS_NONE, &error))
        g_error ("%s", error->message);
      case_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
    }

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (KasusPdfBundle) bundle =
        kasus_pdf_bundle_new ("Sjældne sygdomme", KASUS_LANGUAGE_DA);
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < cases->len; i++)
        kasus_pdf_bundle_add_case (bundle, g_ptr_array_index (cases, i));
      if (!kasus_pdf_writer_export_bundle (writer, bundle, bundle_file, KASUS_PDF_FLAGS_NONE,
                                           &error))
        g_error ("%s", error->message);
      bundle_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      n_bundle_pages = kasus_pdf_bundle_get_n_pages (bundle);
    }

  {
    g_autoptr (KasusPdfLayout) layout =
      kasus_pdf_layout_new_for_case (kase, NULL, KASUS_PDF_FLAGS_NONE, NULL);
    n_pages = kasus_pdf_layout_get_n_pages (layout);
  }

  g_print ("export of a typical case (%u pages): median %.1f ms over %d runs (aim <= 50 ms)\n",
           n_pages, median (case_ms, RUNS), RUNS);
  g_print ("export of a 5-case bundle (%u pages): median %.1f ms over %d runs (aim <= 200 ms)\n",
           n_bundle_pages, median (bundle_ms, RUNS), RUNS);

  g_unlink (case_path);
  g_unlink (bundle_path);
  g_rmdir (dir);
  return 0;
}
