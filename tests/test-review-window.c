/* test-review-window.c — the review window on a folder of submissions, under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-review-window"

#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-consent.h"
#include "kasus-pdf-view.h"
#include "kasus-pdf-writer.h"
#include "kasus-readiness.h"
#include "kasus-review-file.h"
#include "kasus-review-window.h"
#include "kasus-submission.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

#define GROUP       "Sjældne sygdomme"
#define OTHER_GROUP "Kræft hos voksne"

typedef struct
{
  char              *dir;
  KasusReviewWindow *window;
} Fixture;

static KasusApplication *app;

/* GTK 4.8 warns "Trying to snapshot GtkGizmo 0x… without a current
 * allocation" when a frame is drawn while one of its own internal widgets
 * (a scrollbar slider, a popover arrow) waits for its allocation, e.g. as
 * a dialog is dismissed under load; later GTK releases no longer do. It is
 * no fault of Kasus, so exactly that message is not fatal here; every
 * other warning still is. GTK logs through the structured API, which
 * g_test_log_set_fatal_handler() does not see, hence a writer. */
static GLogWriterOutput
filter_gtk_quirks (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  const char *domain = NULL, *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN") && fields[i].length < 0)
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        message = fields[i].value;
    }
  if ((log_level & G_LOG_LEVEL_WARNING) && g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
      g_str_has_prefix (message, "Trying to snapshot GtkGizmo ") &&
      g_str_has_suffix (message, " without a current allocation"))
    {
      g_test_message ("ignored GTK 4.8 quirk: %s", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/* ------------------------------------------------------------------ */
/* Helpers */

static gboolean
window_loaded (gpointer window)
{
  return !kasus_review_window_is_loading (window);
}

static void
wait_loaded (KasusReviewWindow *window)
{
  g_assert_true (kasus_test_iterate_until (window_loaded, window, 60));
  /* Let the rows be laid out. */
  kasus_test_iterate (100);
}

static GtkWidget *
find_named (GtkWidget *root, const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The visible labels under root, as one text. */
static char *
visible_text (GtkWidget *root)
{
  g_autoptr (GPtrArray) labels = kasus_test_find_all (root, GTK_TYPE_LABEL);
  GString              *text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_is_drawable (g_ptr_array_index (labels, i)))
      {
        g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
        g_string_append_c (text, '\n');
      }
  return g_string_free (text, FALSE);
}

/* The AdwMessageDialog transient for parent, or NULL. */
static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

static KasusSubmission *
find_submission (KasusReviewWindow *window, const char *name)
{
  GListModel *model = kasus_review_window_get_submissions (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KasusSubmission) submission = g_list_model_get_item (model, i);

      if (g_str_equal (kasus_submission_get_name (submission), name))
        return submission;
    }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* The folder */

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

static void
set_section (KasusCase *kase, const char *id, const char *text)
{
  int index = kasus_case_find_section (kase, id);

  g_assert_cmpint (index, >=, 0);
  kasus_case_set_section_text (kase, index, text);
}

/* A Danish WGS case, ready for export, not yet reviewed. */
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

  g_assert_true (kasus_case_is_ready (kase, NULL));
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
write_file (const char *dir, const char *name, const char *data, gssize length)
{
  g_autofree char   *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, data, length, &error));
  g_assert_no_error (error);
}

/* What a tovholder finds: two good cases, a PDF that still identifies its
 * patient, a PDF cut short and a case that is not JSON. */
static void
make_folder (const char *dir)
{
  g_autoptr (KasusCase) good1 =
    make_ready_case ("Helgenomsekventering afklarede en muskelsygdom", GROUP);
  g_autoptr (KasusCase) good2 = make_ready_case ("Tidlig diagnose af en stofskiftesygdom", GROUP);
  g_autoptr (KasusCase) identifying =
    make_ready_case ("Udredning af en arvelig kræftsygdom", GROUP);
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autofree char           *pdf_path = g_build_filename (dir, "c-identifying.pdf", NULL);
  g_autoptr (GFile)          pdf = g_file_new_for_path (pdf_path);
  g_autoptr (GBytes)         bytes = NULL;
  g_autoptr (GError)         error = NULL;

  save_case (good1, dir, "a-good.kasus");
  save_case (good2, dir, "b-good.kasus");

  set_section (identifying, "history",
               "En 72-årig mand fra Thisted blev henvist i marts 2023 med tiltagende symptomer. "
               "Hans datter havde haft lignende symptomer.");
  g_assert_true (
    kasus_pdf_writer_export_case (writer, identifying, pdf, KASUS_PDF_FLAGS_NONE, &error));
  g_assert_no_error (error);

  bytes = kasus_pdf_writer_render_case (writer, good1, KASUS_PDF_FLAGS_NONE, &error);
  g_assert_no_error (error);
  write_file (dir, "d-broken.pdf", g_bytes_get_data (bytes, NULL), 200);

  write_file (dir, "e-malformed.kasus", "{ \"format\": \"kasus-case\", \"version\": 1, ", -1);
  write_file (dir, "notes.txt", "husk fristen\n", -1);
}

static void
load (Fixture *fixture, const char *dir)
{
  g_autoptr (GFile) folder = g_file_new_for_path (dir);

  kasus_review_window_load_folder (fixture->window, folder);
  wait_loaded (fixture->window);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-review-window-XXXXXX", &error);
  g_assert_no_error (error);
  make_folder (fixture->dir);

  fixture->window = kasus_review_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1300, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *dialog;

  while ((dialog = find_dialog (GTK_WINDOW (fixture->window))))
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
  kasus_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* ------------------------------------------------------------------ */
/* Tests */

static void
test_rows (Fixture *fixture, gconstpointer data)
{
  const char      *broken[] = { "d-broken.pdf", "e-malformed.kasus" };
  GListModel      *model;
  g_autofree char *shown = NULL;
  g_autofree char *count = NULL;
  GtkWidget       *label;
  KasusSubmission *submission;

  load (fixture, fixture->dir);
  model = kasus_review_window_get_submissions (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  submission = find_submission (fixture->window, "a-good.kasus");
  g_assert_null (kasus_submission_get_error (submission));
  g_assert_cmpstr (kasus_submission_get_patient_group (submission), ==, GROUP);
  g_assert_true (kasus_submission_get_ready (submission));

  submission = find_submission (fixture->window, "c-identifying.pdf");
  g_assert_null (kasus_submission_get_error (submission));
  g_assert_cmpuint (kasus_submission_get_n_findings (submission, KASUS_SEVERITY_HIGH), >, 0);

  submission = find_submission (fixture->window, "d-broken.pdf");
  g_assert_nonnull (kasus_submission_get_error (submission));
  g_assert_nonnull (strstr (kasus_submission_get_error (submission), "d-broken.pdf"));
  submission = find_submission (fixture->window, "e-malformed.kasus");
  g_assert_nonnull (kasus_submission_get_error (submission));
  g_assert_nonnull (strstr (kasus_submission_get_error (submission), "e-malformed.kasus"));
  g_assert_null (find_submission (fixture->window, "notes.txt"));

  /* The table shows every row, the unreadable ones with their error in
   * the error style. */
  shown = visible_text (find_named (GTK_WIDGET (fixture->window), "submissions"));
  g_assert_nonnull (strstr (shown, "Helgenomsekventering afklarede en muskelsygdom"));
  g_assert_nonnull (strstr (shown, "Genome"));
  g_assert_nonnull (strstr (shown, "Ready"));
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr (GPtrArray) labels = NULL;
      gboolean              found = FALSE;

      g_assert_true (kasus_review_window_select (fixture->window, broken[i]));
      kasus_test_iterate (100);
      labels = kasus_test_find_all (find_named (GTK_WIDGET (fixture->window), "submissions"),
                                    GTK_TYPE_LABEL);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkWidget *l = g_ptr_array_index (labels, j);

          found |= gtk_widget_has_css_class (l, "error") && gtk_widget_is_drawable (l) &&
                   strstr (gtk_label_get_text (GTK_LABEL (l)), broken[i]) != NULL;
        }
      g_assert_true (found);
    }
  g_assert_true (kasus_review_window_select (fixture->window, "c-identifying.pdf"));
  kasus_test_iterate (100);
  g_free (shown);
  shown = visible_text (find_named (GTK_WIDGET (fixture->window), "submissions"));
  g_assert_nonnull (strstr (shown, "Udredning af en arvelig kræftsygdom"));

  label = find_named (GTK_WIDGET (fixture->window), "count-label");
  count = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  g_assert_cmpstr (count, ==, "5 cases");
  g_assert_false (
    gtk_widget_get_visible (find_named (GTK_WIDGET (fixture->window), "load-progress")));

  /* An unreadable row shows its error instead of the detail. */
  g_assert_true (kasus_review_window_select (fixture->window, "e-malformed.kasus"));
  kasus_test_iterate (50);
  g_free (shown);
  shown = visible_text (GTK_WIDGET (fixture->window));
  g_assert_nonnull (strstr (shown, "The File Could Not Be Read"));
}

static void
test_pdf (Fixture *fixture, gconstpointer data)
{
  KasusReviewDetail *detail = kasus_review_window_get_detail (fixture->window);
  KasusSubmission   *submission;
  KasusPdfView      *view;
  GPtrArray         *findings;
  guint              n_boxes = 0;
  int                last = -1;

  load (fixture, fixture->dir);
  submission = find_submission (fixture->window, "c-identifying.pdf");
  findings = kasus_submission_get_findings (submission);
  g_assert_cmpuint (findings->len, >=, 3);

  g_assert_true (kasus_review_window_select (fixture->window, "c-identifying.pdf"));
  kasus_test_iterate (100);
  g_assert_true (kasus_review_detail_get_submission (detail) == submission);

  view = kasus_review_detail_get_pdf_view (detail);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (view)));
  g_assert_cmpint (kasus_pdf_view_get_n_pages (view), >=, 1);
  g_assert_cmpuint (kasus_review_detail_get_n_findings (detail), ==, findings->len);
  {
    GtkWidget *list = find_named (GTK_WIDGET (detail), "findings-list");
    guint      rows = 0;

    for (GtkWidget *row = gtk_widget_get_first_child (list); row;
         row = gtk_widget_get_next_sibling (row))
      rows += GTK_IS_LIST_BOX_ROW (row);
    g_assert_cmpuint (rows, ==, findings->len);
  }

  /* Every finding has its box on its page, two rectangles (fill, line). */
  for (int page = 0; page < kasus_pdf_view_get_n_pages (view); page++)
    {
      guint n = 0;

      kasus_pdf_view_get_highlights (view, page, &n);
      n_boxes += n;
    }
  g_assert_cmpuint (n_boxes, >=, 2 * findings->len);

  /* Selecting a finding shows its page. */
  for (guint i = 0; i < findings->len; i++)
    {
      const KasusFinding *finding = g_ptr_array_index (findings, i);

      kasus_review_detail_select_finding (detail, i);
      kasus_test_iterate (30);
      g_assert_cmpint (kasus_pdf_view_get_page (view), ==, finding->page - 1);
      last = finding->page - 1;
    }
  g_assert_cmpint (last, >=, 0);

  /* … and scrolls its box to the middle of the view, as far as it goes. */
  {
    const KasusFinding *finding = g_ptr_array_index (findings, findings->len - 1);
    GtkAdjustment      *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
    const KasusPdfBox  *boxes;
    double              scale = kasus_pdf_view_get_zoom (view) * 96.0 / 72.0;
    double              page_width, page_height, margin, expected;
    guint               n = 0;

    boxes =
      kasus_pdf_document_get_finding_boxes (kasus_submission_get_pdf (submission), finding, &n);
    g_assert_cmpuint (n, >, 0);
    kasus_pdf_document_get_page_size (kasus_submission_get_pdf (submission), finding->page - 1,
                                      &page_width, &page_height);
    kasus_review_detail_select_finding (detail, 0);
    kasus_test_iterate (50);
    kasus_review_detail_select_finding (detail, findings->len - 1);
    kasus_test_iterate (100);

    g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >,
                       gtk_adjustment_get_page_size (vadjustment));
    margin = (gtk_adjustment_get_upper (vadjustment) - ceil (page_height * scale)) / 2;
    expected = margin + (boxes[0].y + boxes[0].height / 2) * scale -
               gtk_adjustment_get_page_size (vadjustment) / 2;
    expected =
      CLAMP (expected, 0,
             gtk_adjustment_get_upper (vadjustment) - gtk_adjustment_get_page_size (vadjustment));
    g_assert_cmpfloat (expected, >, 0);
    g_assert_cmpfloat (fabs (gtk_adjustment_get_value (vadjustment) - expected), <, 2);
  }

  /* Zooming in leaves fit-width. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "document.zoom-in", NULL));
  kasus_test_iterate (30);
  g_assert_false (kasus_pdf_view_get_fit_width (view));
}

static void
test_case_text (Fixture *fixture, gconstpointer data)
{
  KasusReviewDetail *detail = kasus_review_window_get_detail (fixture->window);
  GtkTextBuffer     *buffer = gtk_text_view_get_buffer (kasus_review_detail_get_text_view (detail));
  KasusSubmission   *submission;
  g_autofree char   *text = NULL;
  GtkTextIter        start, end;

  load (fixture, fixture->dir);
  submission = find_submission (fixture->window, "a-good.kasus");
  g_assert_true (kasus_review_window_select (fixture->window, "a-good.kasus"));
  kasus_test_iterate (50);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "Helgenomsekventering afklarede en muskelsygdom"));
  g_assert_nonnull (strstr (text, "Et bredt genpanel og en kromosomanalyse var normale."));
  g_assert_cmpuint (kasus_review_detail_get_n_findings (detail), ==,
                    kasus_submission_get_findings (submission)->len);
  g_assert_true (
    gtk_widget_get_visible (find_named (GTK_WIDGET (fixture->window), "comments-list")));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (kasus_review_detail_get_text_view (detail))));
}

static void
test_approve (Fixture *fixture, gconstpointer data)
{
  KasusReviewPanel *panel = kasus_review_window_get_panel (fixture->window);
  g_autofree char  *review_path =
    g_build_filename (fixture->dir, "c-identifying.pdf.kasus-review", NULL);
  g_autoptr (GFile)           review_file = g_file_new_for_path (review_path);
  g_autoptr (KasusReviewFile) review = NULL;
  g_autoptr (GError)          error = NULL;
  g_autofree char            *shown = NULL;
  KasusSubmission            *submission;
  GtkWidget                  *reviewer, *comment;
  GPtrArray                  *comments;
  struct stat                 st;

  load (fixture, fixture->dir);
  submission = find_submission (fixture->window, "c-identifying.pdf");
  g_assert_true (kasus_review_window_select (fixture->window, "c-identifying.pdf"));
  kasus_test_iterate (50);
  g_assert_true (kasus_review_panel_get_submission (panel) == submission);

  /* No comment typed: nothing to add. */
  reviewer = find_named (GTK_WIDGET (panel), "reviewer-row");
  comment = find_named (GTK_WIDGET (panel), "comment-view");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (panel), "case.add-comment", NULL) &&
                  g_file_query_exists (review_file, NULL));

  /* Without a reviewer's name nothing is saved. */
  gtk_editable_set_text (GTK_EDITABLE (reviewer), "");
  gtk_widget_activate_action (GTK_WIDGET (panel), "case.approve", NULL);
  g_assert_false (g_file_query_exists (review_file, NULL));
  g_assert_true (gtk_widget_has_css_class (reviewer, "error"));

  gtk_editable_set_text (GTK_EDITABLE (reviewer), "Tove Holder");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (comment)),
                            "Alder og bopæl skal generaliseres.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "case.add-comment", NULL));
  kasus_test_iterate (30);
  g_assert_true (g_file_query_exists (review_file, NULL));
  g_assert_cmpint (kasus_submission_get_review_status (submission), ==, KASUS_REVIEW_COMMENTED);
  shown = visible_text (find_named (GTK_WIDGET (panel), "comments-list"));
  g_assert_nonnull (strstr (shown, "Alder og bopæl skal generaliseres."));
  g_assert_nonnull (strstr (shown, "Tove Holder"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "case.approve", NULL));
  kasus_test_iterate (30);
  g_assert_cmpint (kasus_submission_get_review_status (submission), ==, KASUS_REVIEW_APPROVED);
  g_assert_null (find_dialog (GTK_WINDOW (fixture->window)));

  g_assert_cmpint (g_stat (review_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  review = kasus_review_file_new_from_file (review_file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kasus_review_file_get_status (review), ==, KASUS_REVIEW_APPROVED);
  g_assert_cmpstr (kasus_review_file_get_reviewer (review), ==, "Tove Holder");
  comments = kasus_review_file_get_comments (review);
  g_assert_cmpuint (comments->len, ==, 1);
  g_assert_cmpstr (((KasusReviewComment *) g_ptr_array_index (comments, 0))->text, ==,
                   "Alder og bopæl skal generaliseres.");
  g_assert_cmpstr (((KasusReviewComment *) g_ptr_array_index (comments, 0))->author, ==,
                   "Tove Holder");

  /* The table and the panel say so; the name is remembered. */
  g_free (shown);
  shown = visible_text (find_named (GTK_WIDGET (fixture->window), "submissions"));
  g_assert_nonnull (strstr (shown, "Approved"));
  g_assert_cmpstr (
    gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (panel), "review-status"))), ==,
    "Approved");
  {
    GSettings       *settings = kasus_application_get_settings (app);
    g_autofree char *name = g_settings_get_string (settings, "reviewer-name");

    g_assert_cmpstr (name, ==, "Tove Holder");
  }

  /* A case is reviewed in its own file. */
  g_assert_true (kasus_review_window_select (fixture->window, "b-good.kasus"));
  kasus_test_iterate (30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reviewer)), ==, "Tove Holder");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "case.return", NULL));
  kasus_test_iterate (30);
  {
    g_autofree char      *path = g_build_filename (fixture->dir, "b-good.kasus", NULL);
    g_autoptr (GFile)     file = g_file_new_for_path (path);
    g_autoptr (KasusCase) kase = kasus_case_new_from_file (file, &error);

    g_assert_no_error (error);
    g_assert_cmpint (kasus_case_get_review_status (kase), ==, KASUS_REVIEW_RETURNED);
    g_assert_cmpstr (kasus_case_get_reviewer (kase), ==, "Tove Holder");
  }
}

static void
test_save_error (Fixture *fixture, gconstpointer data)
{
  KasusReviewPanel *panel = kasus_review_window_get_panel (fixture->window);
  KasusSubmission  *submission;
  AdwMessageDialog *dialog;
  g_autofree char  *body = NULL;

  load (fixture, fixture->dir);
  submission = find_submission (fixture->window, "c-identifying.pdf");
  g_assert_true (kasus_review_window_select (fixture->window, "c-identifying.pdf"));
  kasus_test_iterate (30);

  /* The folder is gone (a network share unmounted): nothing can be saved. */
  kasus_test_remove_tree (fixture->dir);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (panel), "reviewer-row")),
                         "Tove Holder");
  gtk_widget_activate_action (GTK_WIDGET (panel), "case.approve", NULL);
  kasus_test_iterate (30);

  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  g_object_get (dialog, "body", &body, NULL);
  g_assert_nonnull (strstr (body, "c-identifying.pdf"));
  /* What is shown is what was saved. */
  g_assert_cmpint (kasus_submission_get_review_status (submission), !=, KASUS_REVIEW_APPROVED);
}

static void
test_group_warning (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *dir = g_dir_make_tmp ("test-review-window-six-XXXXXX", &error);
  GtkWidget         *warning = find_named (GTK_WIDGET (fixture->window), "group-warning");
  GtkWidget         *revealer = gtk_widget_get_parent (gtk_widget_get_parent (warning));

  g_assert_no_error (error);
  load (fixture, fixture->dir);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char      *title = g_strdup_printf ("Case %u", i + 1);
      g_autofree char      *name = g_strdup_printf ("case-%u.kasus", i + 1);
      g_autoptr (KasusCase) kase = make_ready_case (title, GROUP);

      save_case (kase, dir, name);
    }
  {
    g_autoptr (KasusCase) other = make_ready_case ("Another group", OTHER_GROUP);

    save_case (other, dir, "other.kasus");
  }

  load (fixture, dir);
  g_assert_cmpuint (
    g_list_model_get_n_items (kasus_review_window_get_submissions (fixture->window)), ==, 7);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (warning)), GROUP));
  g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (warning)), OTHER_GROUP));

  /* The filter shows one group. */
  kasus_review_window_set_group_filter (fixture->window, OTHER_GROUP);
  kasus_test_iterate (30);
  g_assert_cmpstr (
    gtk_label_get_text (GTK_LABEL (find_named (GTK_WIDGET (fixture->window), "count-label"))), ==,
    "1 of 7 cases");
  g_assert_true (kasus_review_window_select (fixture->window, "other.kasus"));
  g_assert_false (kasus_review_window_select (fixture->window, "case-1.kasus"));
  kasus_review_window_set_group_filter (fixture->window, NULL);
  kasus_test_iterate (30);
  g_assert_true (kasus_review_window_select (fixture->window, "case-1.kasus"));

  kasus_test_remove_tree (dir);
}

static void
test_bundle_refused (Fixture *fixture, gconstpointer data)
{
  AdwMessageDialog *dialog;
  g_autofree char  *refusals = NULL;
  g_auto (GStrv) lines = NULL;
  GtkWidget  *label;
  const char *names[] = { "a-good.kasus", "b-good.kasus", "c-identifying.pdf" };

  load (fixture, fixture->dir);
  kasus_review_window_set_group_filter (fixture->window, GROUP);
  kasus_test_iterate (30);

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.export-bundle", NULL));
  kasus_test_iterate (50);
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  label = find_named (GTK_WIDGET (dialog), "refusals");
  g_assert_nonnull (label);
  refusals = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  g_test_message ("%s", refusals);
  /* Each file's name once, on a line of its own, its reasons under it */
  lines = g_strsplit (refusals, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      guint n = 0;

      for (guint l = 0; lines[l] != NULL; l++)
        if (strstr (lines[l], names[i]) != NULL)
          {
            g_assert_cmpstr (lines[l], ==, names[i]);
            g_assert_nonnull (lines[l + 1]);
            g_assert_true (g_str_has_prefix (lines[l + 1], "  • "));
            n++;
          }
      g_assert_cmpuint (n, ==, 1);
    }
  g_assert_nonnull (strstr (refusals, "Not approved (review status: "));
  g_assert_null (strstr (refusals, ": not approved"));
}

static void
test_bundle_export (Fixture *fixture, gconstpointer data)
{
  g_autofree char  *path = g_build_filename (fixture->dir, "bundle.pdf", NULL);
  g_autoptr (GFile) dest = g_file_new_for_path (path);
  KasusReviewPanel *panel = kasus_review_window_get_panel (fixture->window);
  const char       *names[] = { "a-good.kasus", "b-good.kasus" };
  gint64            until;

  /* Only the two good cases: the PDF is moved out. */
  {
    g_autofree char *pdf = g_build_filename (fixture->dir, "c-identifying.pdf", NULL);

    g_assert_cmpint (g_unlink (pdf), ==, 0);
  }
  load (fixture, fixture->dir);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (kasus_review_window_select (fixture->window, names[i]));
      kasus_test_iterate (30);
      gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (panel), "reviewer-row")),
                             "Tove Holder");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "case.approve", NULL));
    }
  kasus_test_iterate (30);

  /* The selected case's group is the bundle's. */
  g_assert_true (kasus_review_window_export_bundle (fixture->window, dest));
  until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!g_file_query_exists (dest, NULL) && g_get_monotonic_time () < until)
    kasus_test_iterate (20);
  kasus_test_iterate (100);
  g_assert_true (g_file_query_exists (dest, NULL));
  g_assert_null (find_dialog (GTK_WINDOW (fixture->window)));
}

static void
test_folder_change (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  g_autofree char      *dir = g_dir_make_tmp ("test-review-window-other-XXXXXX", &error);
  g_autoptr (GFile)     first = g_file_new_for_path (fixture->dir);
  g_autoptr (GFile)     second = g_file_new_for_path (dir);
  g_autoptr (KasusCase) kase = make_ready_case ("Den eneste case", OTHER_GROUP);
  GListModel           *model;

  g_assert_no_error (error);
  save_case (kase, dir, "only.kasus");

  /* The first load is cancelled by the second: none of its rows stay. */
  kasus_review_window_load_folder (fixture->window, first);
  g_assert_true (kasus_review_window_is_loading (fixture->window));
  kasus_review_window_load_folder (fixture->window, second);
  wait_loaded (fixture->window);
  kasus_test_iterate (200);

  model = kasus_review_window_get_submissions (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_nonnull (find_submission (fixture->window, "only.kasus"));
  g_assert_true (g_file_equal (kasus_review_window_get_folder (fixture->window), second));
  {
    g_autofree char *remembered =
      g_settings_get_string (kasus_application_get_settings (app), "review-folder");

    g_assert_cmpstr (remembered, ==, dir);
  }
  /* The only row is shown at once. */
  g_assert_nonnull (
    kasus_review_detail_get_submission (kasus_review_window_get_detail (fixture->window)));

  kasus_test_remove_tree (dir);
}

static void
test_deadline (Fixture *fixture, gconstpointer data)
{
  GSettings            *settings = kasus_application_get_settings (app);
  GtkWidget            *label = find_named (GTK_WIDGET (fixture->window), "deadline-label");
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) later = g_date_time_add_days (now, 12);
  g_autoptr (GDateTime) earlier = g_date_time_add_days (now, -2);
  g_autofree char      *later_text = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char      *earlier_text = g_date_time_format (earlier, "%Y-%m-%d");

  g_settings_set_string (settings, "review-deadline", "");
  kasus_test_iterate (20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "No Deadline");

  g_settings_set_string (settings, "review-deadline", later_text);
  kasus_test_iterate (20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "12 days left");
  g_assert_false (gtk_widget_has_css_class (label, "error"));

  g_settings_set_string (settings, "review-deadline", earlier_text);
  kasus_test_iterate (20);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Deadline passed");
  g_assert_true (gtk_widget_has_css_class (label, "error"));

  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->window), "review.clear-deadline", NULL));
  kasus_test_iterate (20);
  {
    g_autofree char *value = g_settings_get_string (settings, "review-deadline");

    g_assert_cmpstr (value, ==, "");
  }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "No Deadline");
}

static void
test_app_action (void)
{
  KasusReviewWindow *window = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "review", NULL);
  kasus_test_iterate (50);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (KASUS_IS_REVIEW_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);

  /* One review window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "review", NULL);
  kasus_test_iterate (50);
  {
    guint n = 0;

    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
      n += KASUS_IS_REVIEW_WINDOW (l->data);
    g_assert_cmpuint (n, ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = kasus_test_isolate_home ("test-review-window");
  int              ret;

  g_setenv ("GTK_USE_PORTAL", "0", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (filter_gtk_quirks, NULL, NULL);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE);
  g_application_hold (G_APPLICATION (app));

#define ADD(name, func)                                                                            \
  g_test_add ("/review-window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("rows", test_rows);
  ADD ("pdf", test_pdf);
  ADD ("case-text", test_case_text);
  ADD ("approve", test_approve);
  ADD ("save-error", test_save_error);
  ADD ("group-warning", test_group_warning);
  ADD ("bundle-refused", test_bundle_refused);
  ADD ("bundle-export", test_bundle_export);
  ADD ("folder-change", test_folder_change);
  ADD ("deadline", test_deadline);
#undef ADD
  g_test_add_func ("/review-window/app-action", test_app_action);

  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  kasus_test_remove_tree (data_home);

  return ret;
}
