/* bench-review.c — scanning a 20-page PDF, loading a folder of 50 submissions
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-pdf-document.h"
#include "kasus-pdf-writer.h"
#include "kasus-submission.h"

#define RUNS        7
#define FOLDER_RUNS 3
#define N_FILES     50
#define N_PDFS      10

static const char *paragraphs[] = {
  "En 72-årig mand fra Thisted blev henvist med langvarige, uforklarede symptomer fra flere "
  "organsystemer. Forløbet strakte sig over flere år med mange undersøgelser på forskellige "
  "afdelinger, og der var mistanke om en arvelig årsag, fordi hans datter havde lignende "
  "symptomer.",
  "Før helgenomsekventeringen i marts 2023 var der udført et genpanel med de kendte gener for "
  "tilstanden og en kromosomanalyse (mikroarray), som begge var normale. Også målrettede analyser "
  "for de hyppigste årsager var uden fund, og udredningen stod stille i flere år.",
  "Der blev udført helgenomsekventering af patienten. Den påviste varianten BRCA2 c.5946delT og en "
  "sjælden strukturel variant i et gen, der er involveret i cellens energiomsætning, og som "
  "forklarer "
  "de fleste af patientens symptomer.",
  "Helgenomsekventeringen gav en diagnose efter mange års udredning på Aalborg "
  "Universitetshospital. "
  "Den ændrede behandlingen, sparede yderligere undersøgelser og gjorde det muligt at tilbyde "
  "genetisk rådgivning til familien.",
  "Læringspunktet er, at en bred analyse kan afsløre årsager, som målrettede test overser. Søg "
  "tidligt råd hos de regionale genomcentre.",
};

static KasusCase *
make_case (guint n, guint paragraphs_per_section)
{
  KasusCase       *kase = kasus_case_new (NULL);
  g_autofree char *title =
    g_strdup_printf ("Case %u: helgenomsekventering afklarede en sjælden sygdom", n);
  guint t = n;

  kasus_case_set_title (kase, title);
  kasus_case_set_patient_group (kase, n % 3 ? "Sjældne sygdomme" : "Kræft hos voksne");
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  kasus_case_set_prior_analyses (kase, "Genpanel, mikroarray");
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      g_autoptr (GString) text = g_string_new (NULL);

      for (guint p = 0; p < paragraphs_per_section; p++)
        {
          if (p > 0)
            g_string_append (text, "\n\n");
          g_string_append (text, paragraphs[t++ % G_N_ELEMENTS (paragraphs)]);
        }
      kasus_case_set_section_text (kase, i, text->str);
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

static void export(KasusCase *kase, const char *path)
{
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GFile)          file = g_file_new_for_path (path);
  g_autoptr (GError)         error = NULL;

  if (!kasus_pdf_writer_export_case (writer, kase, file, KASUS_PDF_FLAGS_NONE, &error))
    g_error ("%s", error->message);
}

/* A case of about 20 pages: paragraphs per section found by trying. */
static guint
write_twenty_pages (const char *path)
{
  for (guint per_section = 8; per_section < 60; per_section++)
    {
      g_autoptr (KasusCase)        kase = make_case (0, per_section);
      g_autoptr (GFile)            file = g_file_new_for_path (path);
      g_autoptr (KasusPdfDocument) doc = NULL;
      guint                        n_pages;

      export(kase, path);
      doc = kasus_pdf_document_new_from_file (file, NULL, NULL, NULL);
      n_pages = kasus_pdf_document_get_n_pages (doc);
      if (n_pages >= 20)
        return n_pages;
    }
  g_error ("could not make 20 pages");
  return 0;
}

typedef struct
{
  GMainLoop *loop;
  gint64     start;
  gint64     first_row;
  gint64     all_rows;
  guint      n_rows;
} FolderRun;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, gpointer user_data)
{
  FolderRun *run = user_data;

  if (run->first_row == 0 && added > 0)
    run->first_row = g_get_monotonic_time ();
  run->n_rows += added;
}

static void
on_loaded (GObject *source, GAsyncResult *result, gpointer user_data)
{
  FolderRun         *run = user_data;
  g_autoptr (GError) error = NULL;

  if (!kasus_submission_load_folder_finish (result, &error))
    g_error ("%s", error->message);
  run->all_rows = g_get_monotonic_time ();
  g_main_loop_quit (run->loop);
}

/* The longest the main loop went without running while the folder
 * loaded: what a user would feel as a frozen window. */
typedef struct
{
  gint64 last;
  gint64 longest;
} Responsiveness;

static gboolean
tick (gpointer user_data)
{
  Responsiveness *r = user_data;
  gint64          now = g_get_monotonic_time ();

  if (r->last != 0)
    r->longest = MAX (r->longest, now - r->last);
  r->last = now;
  return G_SOURCE_CONTINUE;
}

int
main (int argc, char *argv[])
{
  g_autofree char  *dir = g_dir_make_tmp ("kasus-bench-review-XXXXXX", NULL);
  g_autofree char  *big = g_build_filename (dir, "twenty.pdf", NULL);
  g_autoptr (GFile) big_file = g_file_new_for_path (big);
  g_autofree char  *folder_path = g_build_filename (dir, "folder", NULL);
  g_autoptr (GFile) folder = g_file_new_for_path (folder_path);
  double scan_ms[RUNS], first_ms[FOLDER_RUNS], all_ms[FOLDER_RUNS], stall_ms[FOLDER_RUNS];
  guint  n_pages, n_findings = 0;

  kasus_core_init ();
  g_assert_nonnull (kasus_scanner_get_default ());

  /* A 20-page PDF: open, extract text and boxes, scan, map to boxes. */
  n_pages = write_twenty_pages (big);
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (GError)           error = NULL;
      g_autoptr (KasusPdfDocument) doc = NULL;
      gint64                       start = g_get_monotonic_time ();

      doc = kasus_pdf_document_new_from_file (big_file, NULL, NULL, &error);
      if (doc == NULL)
        g_error ("%s", error->message);
      kasus_pdf_document_scan (doc, NULL, NULL);
      scan_ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      n_findings = kasus_pdf_document_get_findings (doc)->len;
    }

  /* A folder of 50: 40 cases and 10 two-page PDFs. */
  g_mkdir (folder_path, 0700);
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autoptr (KasusCase) kase = make_case (i + 1, 2);
      g_autofree char *name = g_strdup_printf ("case-%02u.%s", i + 1, i < N_PDFS ? "pdf" : "kasus");
      g_autofree char *path = g_build_filename (folder_path, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);

      if (i < N_PDFS)
        export(kase, path);
      else if (!kasus_case_save (kase, file, NULL))
        g_error ("cannot save %s", path);
    }

  for (guint r = 0; r < FOLDER_RUNS; r++)
    {
      g_autoptr (GListStore) store = g_list_store_new (KASUS_TYPE_SUBMISSION);
      FolderRun              run = {
                     0,
      };
      Responsiveness resp = {
        0,
      };
      guint ticker;

      run.loop = g_main_loop_new (NULL, FALSE);
      g_signal_connect (store, "items-changed", G_CALLBACK (on_items_changed), &run);
      ticker = g_timeout_add (5, tick, &resp);
      run.start = g_get_monotonic_time ();
      kasus_submission_load_folder_async (folder, NULL, store, NULL, NULL, NULL, NULL, on_loaded,
                                          &run);
      g_main_loop_run (run.loop);
      g_source_remove (ticker);
      g_main_loop_unref (run.loop);

      if (run.n_rows != N_FILES)
        g_error ("%u rows, expected %u", run.n_rows, N_FILES);
      first_ms[r] = (run.first_row - run.start) / 1000.0;
      all_ms[r] = (run.all_rows - run.start) / 1000.0;
      stall_ms[r] = resp.longest / 1000.0;
    }

  g_print ("scan of a %u-page PDF (%u findings): %.1f ms median of %u (aim <= 300 ms)\n", n_pages,
           n_findings, median (scan_ms, RUNS), RUNS);
  g_print ("folder of %u files (%u PDFs), %u threads: first row %.1f ms, all rows %.1f ms "
           "(median of %u)\n",
           N_FILES, N_PDFS, CLAMP (g_get_num_processors (), 1, 4), median (first_ms, FOLDER_RUNS),
           median (all_ms, FOLDER_RUNS), FOLDER_RUNS);
  g_print ("main loop while loading: longest gap %.1f ms (5 ms timer)\n",
           median (stall_ms, FOLDER_RUNS));

  /* Clean up */
  for (guint i = 0; i < N_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("case-%02u.%s", i + 1, i < N_PDFS ? "pdf" : "kasus");
      g_autofree char *path = g_build_filename (folder_path, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder_path);
  g_unlink (big);
  g_rmdir (dir);
  return 0;
}
