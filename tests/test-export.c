/* test-export.c — the export dialog, the PDF view, the preview and printing,
 * under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <poppler.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-consent-page.h"
#include "kasus-export-dialog.h"
#include "kasus-pdf-view.h"
#include "kasus-pdf-writer.h"
#include "kasus-preview-window.h"
#include "kasus-print-operation.h"
#include "kasus-readiness.h"
#include "kasus-section-editor.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

/* poppler-glib 22 has no autoptr of its own. */
typedef PopplerDocument TestPdf;
typedef PopplerPage     TestPdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdf, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestPdfPage, g_object_unref)

typedef struct
{
  char      *tmpdir;
  GtkWindow *parent;
} Fixture;

static KasusApplication *app;

/* Iterates until get (obj) is FALSE, for at most 10 s. */
static void
wait_while (gpointer obj, gboolean (*get) (gpointer))
{
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (get (obj) && g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
  g_assert_false (get (obj));
}

static GtkWidget *
find_button (GtkWidget *root, const char *action_name)
{
  g_autoptr (GPtrArray) buttons = kasus_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action_name) ==
        0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* The toplevel of type transient for parent, or NULL. */
static GtkWindow *
find_toplevel (GType type, GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == parent)
        return toplevel;
    }

  return NULL;
}

static KasusCase *
load_fixture (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  KasusCase         *kase = kasus_case_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kase);
  return kase;
}

static KasusCase *
demo_case (void)
{
  g_autoptr (GError) error = NULL;
  KasusCase         *kase = kasus_case_new_demo (&error);

  g_assert_no_error (error);
  return kase;
}

/* The demo case with a long first section: several pages. */
static KasusCase *
long_case (void)
{
  KasusCase          *kase = demo_case ();
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    g_string_append (text, "Patienten blev udredt over flere år med gentagne undersøgelser, "
                           "uden at en genetisk årsag blev fundet, før helgenomsekventering "
                           "gav svaret.\n");
  kasus_case_set_section_text (kase, 0, text->str);

  return kase;
}

static PopplerDocument *
open_pdf (GFile *file)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *uri = g_file_get_uri (file);
  PopplerDocument   *document = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static char *
pdf_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr (TestPdfPage) page = poppler_document_get_page (document, i);
      g_autofree char        *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static GFile *
tmp_file (Fixture *fixture, const char *name)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);

  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->tmpdir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->parent = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (fixture->parent),
                                      adw_toast_overlay_new ());
  gtk_window_set_default_size (fixture->parent, 900, 700);
  gtk_window_present (fixture->parent);
  kasus_test_iterate (50);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char      *name;

  gtk_window_destroy (fixture->parent);
  kasus_test_iterate (50);

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (fixture->tmpdir, name, NULL);

      g_remove (child);
    }
  g_rmdir (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static KasusExportDialog *
open_dialog (Fixture *fixture, KasusCase *kase)
{
  KasusExportDialog *dialog = kasus_export_dialog_new (fixture->parent, kase, NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  wait_while (dialog, (gboolean (*) (gpointer)) kasus_export_dialog_get_checking);
  kasus_test_iterate (50);

  return dialog;
}

static void
test_not_ready (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  g_autoptr (GPtrArray) expected = kasus_case_get_readiness (kase, NULL);
  KasusExportDialog    *dialog;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GFile)     file = tmp_file (fixture, "final.pdf");
  g_autoptr (GError)    error = NULL;
  GPtrArray            *reasons;
  GtkWidget            *final_button, *draft_button;

  g_assert_cmpuint (expected->len, >, 0);

  dialog = open_dialog (fixture, kase);
  g_assert_false (kasus_export_dialog_get_ready (dialog));

  final_button = find_button (GTK_WIDGET (dialog), "export.final");
  draft_button = find_button (GTK_WIDGET (dialog), "export.draft");
  g_assert_nonnull (final_button);
  g_assert_nonnull (draft_button);
  g_assert_false (gtk_widget_is_sensitive (final_button));
  g_assert_true (gtk_widget_is_sensitive (draft_button));
  g_assert_true (gtk_widget_get_mapped (final_button));

  /* The reasons listed are the core's, in its order, each on screen. */
  reasons = kasus_export_dialog_get_reasons (dialog);
  g_assert_cmpuint (reasons->len, ==, expected->len);
  rows = kasus_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      KasusReadinessReason *want = g_ptr_array_index (expected, i);
      KasusReadinessReason *got = g_ptr_array_index (reasons, i);
      AdwPreferencesRow    *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (got->message, ==, want->message);
      g_assert_cmpstr (adw_preferences_row_get_title (row), ==, want->message);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
    }

  /* The gate holds even without the button. */
  g_assert_false (kasus_export_dialog_export_to (dialog, file, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_false (g_file_query_exists (file, NULL));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_ready (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = load_fixture ("case-ready.kasus");
  g_autoptr (GFile)     file = tmp_file (fixture, "final.pdf");
  g_autoptr (GError)    error = NULL;
  g_autoptr (TestPdf)   document = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *path = NULL;
  KasusExportDialog    *dialog;
  g_autoptr (GPtrArray) rows = NULL;
  GStatBuf              st;

  g_assert_true (kasus_case_is_ready (kase, NULL));

  dialog = open_dialog (fixture, kase);
  g_assert_true (kasus_export_dialog_get_ready (dialog));
  g_assert_cmpuint (kasus_export_dialog_get_reasons (dialog)->len, ==, 0);
  rows = kasus_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (gtk_widget_get_mapped (g_ptr_array_index (rows, i)));
  g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "export.final")));
  g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (dialog), "export.draft")));

  g_assert_true (kasus_export_dialog_export_to (dialog, file, FALSE, &error));
  g_assert_no_error (error);

  path = g_file_get_path (file);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  document = open_pdf (file);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  text = pdf_text (document);
  g_assert_nonnull (strstr (text, kasus_case_get_patient_group (kase)));
  g_assert_null (strstr (text, "UDKAST"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_draft (Fixture *fixture, gconstpointer data)
{
  const char *fixtures[] = { NULL, "case-ready.kasus" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr (KasusCase) kase = fixtures[i] ? load_fixture (fixtures[i]) : demo_case ();
      g_autoptr (GFile)     file = tmp_file (fixture, "draft.pdf");
      g_autoptr (GError)    error = NULL;
      g_autoptr (TestPdf)   document = NULL;
      g_autofree char      *text = NULL;
      KasusExportDialog    *dialog = open_dialog (fixture, kase);

      g_assert_true (kasus_export_dialog_export_to (dialog, file, TRUE, &error));
      g_assert_no_error (error);

      document = open_pdf (file);
      text = pdf_text (document);
      g_assert_nonnull (strstr (text, "UDKAST"));

      gtk_window_destroy (GTK_WINDOW (dialog));
      g_file_delete (file, NULL, NULL);
    }
}

static void
test_unwritable (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  g_autoptr (GFile)     file = g_file_new_for_path ("/nonexistent-kasus-dir/draft.pdf");
  g_autoptr (GError)    error = NULL;
  KasusExportDialog    *dialog = open_dialog (fixture, kase);

  g_assert_false (kasus_export_dialog_export_to (dialog, file, TRUE, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "draft.pdf"));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
goto_section_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  char **out = user_data;

  g_free (*out);
  *out = g_variant_dup_string (param, NULL);
}

static GtkWidget *
find_label (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = kasus_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

/* The buttons' way: a chooser (GTK's own dialog without a portal), the
 * export in a worker, then a toast whose "Open" shows the file. */
static void
test_export_via_chooser (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  g_autoptr (GFile)     folder = g_file_new_for_path (fixture->tmpdir);
  g_autoptr (GFile)     file = tmp_file (fixture, "via chooser.pdf");
  g_autoptr (TestPdf)   document = NULL;
  g_autofree char      *text = NULL;
  KasusExportDialog    *dialog = open_dialog (fixture, kase);
  GtkWindow            *chooser = NULL;
  GtkWidget            *toast_label, *open_button = NULL;
  g_autoptr (GPtrArray) buttons = NULL;
  KasusPreviewWindow   *preview;
  gint64                until;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.draft", NULL));
  kasus_test_iterate (200);

  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (dialog));
  g_assert_nonnull (chooser);
  /* Suggested from the title, as a draft. */
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
    g_autofree char *want = g_strdup_printf ("%s (draft).pdf", kasus_case_get_title (kase));

    g_assert_cmpstr (name, ==, want);
  }
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  /* Without ".pdf": the dialog adds it. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "via chooser");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (dialog != NULL && g_get_monotonic_time () < until)
    kasus_test_iterate (20);
  g_assert_null (dialog);

  g_assert_true (g_file_query_exists (file, NULL));
  document = open_pdf (file);
  text = pdf_text (document);
  g_assert_nonnull (strstr (text, "UDKAST"));

  kasus_test_iterate (300);
  toast_label = find_label (GTK_WIDGET (fixture->parent), "Exported “via chooser.pdf”");
  g_assert_nonnull (toast_label);
  buttons = kasus_test_find_all (GTK_WIDGET (fixture->parent), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Open") == 0)
      open_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (open_button);

  g_signal_emit_by_name (open_button, "clicked");
  kasus_test_iterate (200);
  preview = KASUS_PREVIEW_WINDOW (find_toplevel (KASUS_TYPE_PREVIEW_WINDOW, fixture->parent));
  g_assert_nonnull (preview);
  g_assert_true (kasus_preview_window_get_draft (preview));
  g_assert_cmpint (kasus_pdf_view_get_n_pages (kasus_preview_window_get_view (preview)), ==,
                   poppler_document_get_n_pages (document));
  gtk_window_destroy (GTK_WINDOW (preview));
}

static void
test_activate_reason (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase)     kase = demo_case ();
  g_autoptr (GSimpleAction) consent = g_simple_action_new ("show-consent", G_VARIANT_TYPE_STRING);
  g_autofree char          *shown = NULL;
  g_autoptr (GPtrArray)     rows = NULL;
  g_autofree char          *item = NULL;
  KasusReadinessReason     *first;
  KasusExportDialog        *dialog;

  g_signal_connect (consent, "activate", G_CALLBACK (goto_section_cb), &shown);
  g_action_map_add_action (G_ACTION_MAP (fixture->parent), G_ACTION (consent));

  dialog = open_dialog (fixture, kase);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* The demo case lacks checklist confirmations: the consent page. */
  first = g_ptr_array_index (kasus_export_dialog_get_reasons (dialog), 0);
  g_assert_cmpint (first->kind, ==, KASUS_READINESS_CHECKLIST_ITEM);
  item = g_strdup (first->item);
  rows = kasus_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_list_box_row_get_activatable (g_ptr_array_index (rows, 0)));

  gtk_widget_activate (g_ptr_array_index (rows, 0));
  kasus_test_iterate (100);
  g_assert_cmpstr (shown, ==, item);
  /* The dialog made way for the fix. */
  g_assert_null (dialog);

  g_action_map_remove_action (G_ACTION_MAP (fixture->parent), "show-consent");
}

static void
test_reason_without_action (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  g_autoptr (GPtrArray) rows = NULL;
  KasusExportDialog    *dialog = open_dialog (fixture, kase);

  /* The parent has no win.show-consent: the dialog stays. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  rows = kasus_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  gtk_widget_activate (g_ptr_array_index (rows, 0));
  kasus_test_iterate (100);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (dialog);
}

static void
test_pdf_view (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase)      kase = long_case ();
  g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
  g_autoptr (GError)         error = NULL;
  g_autoptr (GBytes)         pdf =
    kasus_pdf_writer_render_case (writer, kase, KASUS_PDF_FLAGS_DRAFT, &error);
  g_autoptr (TestPdf)     document = NULL;
  GtkWidget              *scroller = gtk_scrolled_window_new ();
  KasusPdfView           *view = KASUS_PDF_VIEW (kasus_pdf_view_new ());
  const KasusPdfHighlight marks[] = {
    { 72, 72, 200, 14, { 1, 0.8, 0, 0.4 } },
    { 72, 100, 120, 14, { 0.9, 0.2, 0.2, 0.4 } },
  };
  const KasusPdfHighlight *got;
  guint                    n_got;
  int                      n_pages;
  double                   zoom;

  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (adw_application_window_get_content (
                                 ADW_APPLICATION_WINDOW (fixture->parent))),
                               scroller);

  g_assert_cmpint (kasus_pdf_view_get_n_pages (view), ==, 0);
  kasus_pdf_view_set_document (view, document);
  kasus_test_iterate (100);
  g_assert_cmpint (kasus_pdf_view_get_n_pages (view), ==, n_pages);
  g_assert_cmpint (kasus_pdf_view_get_page (view), ==, 0);

  /* Fit width by default: the page fills the width of the view. */
  g_assert_true (kasus_pdf_view_get_fit_width (view));
  zoom = kasus_pdf_view_get_zoom (view);
  g_assert_cmpfloat (zoom * KASUS_PDF_A4_WIDTH * 96 / 72, <=,
                     gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpfloat (zoom * KASUS_PDF_A4_WIDTH * 96 / 72, >,
                     gtk_widget_get_width (GTK_WIDGET (view)) - 60);

  /* Navigation, clamped at both ends. */
  g_assert_false (kasus_pdf_view_previous_page (view));
  g_assert_true (kasus_pdf_view_next_page (view));
  g_assert_cmpint (kasus_pdf_view_get_page (view), ==, 1);
  kasus_pdf_view_set_page (view, n_pages + 5);
  g_assert_cmpint (kasus_pdf_view_get_page (view), ==, n_pages - 1);
  g_assert_false (kasus_pdf_view_next_page (view));
  g_assert_true (kasus_pdf_view_previous_page (view));
  g_assert_cmpint (kasus_pdf_view_get_page (view), ==, n_pages - 2);
  kasus_pdf_view_set_page (view, 0);
  kasus_test_iterate (50);

  /* Zoom steps turn fit-width off and stop at the limits. */
  kasus_pdf_view_set_zoom (view, 1.0);
  g_assert_false (kasus_pdf_view_get_fit_width (view));
  kasus_pdf_view_zoom_in (view);
  g_assert_cmpfloat (kasus_pdf_view_get_zoom (view), >, 1.0);
  kasus_pdf_view_zoom_out (view);
  kasus_pdf_view_zoom_out (view);
  g_assert_cmpfloat (kasus_pdf_view_get_zoom (view), <, 1.0);
  for (guint i = 0; i < 30; i++)
    kasus_pdf_view_zoom_in (view);
  g_assert_cmpfloat (kasus_pdf_view_get_zoom (view), ==, KASUS_PDF_VIEW_ZOOM_MAX);
  g_assert_false (kasus_pdf_view_can_zoom_in (view));
  kasus_test_iterate (50);
  kasus_pdf_view_set_fit_width (view, TRUE);
  kasus_test_iterate (100);
  g_assert_cmpfloat_with_epsilon (kasus_pdf_view_get_zoom (view), zoom, 1e-6);

  /* Overlays per page, copied, and gone with the document. */
  kasus_pdf_view_set_highlights (view, 0, marks, G_N_ELEMENTS (marks));
  got = kasus_pdf_view_get_highlights (view, 0, &n_got);
  g_assert_cmpuint (n_got, ==, 2);
  g_assert_true (got != marks);
  g_assert_cmpfloat (got[1].y, ==, 100);
  g_assert_null (kasus_pdf_view_get_highlights (view, 1, &n_got));
  g_assert_cmpuint (n_got, ==, 0);
  kasus_test_iterate (50);
  kasus_pdf_view_set_document (view, NULL);
  g_assert_null (kasus_pdf_view_get_highlights (view, 0, NULL));
  g_assert_cmpint (kasus_pdf_view_get_n_pages (view), ==, 0);
  kasus_test_iterate (50);
}

static void
test_preview (Fixture *fixture, gconstpointer data)
{
  const char *fixtures[] = { NULL, "case-ready.kasus" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr (KasusCase)      kase = fixtures[i] ? load_fixture (fixtures[i]) : long_case ();
      gboolean                   ready = kasus_case_is_ready (kase, NULL);
      g_autoptr (KasusPdfWriter) writer = kasus_pdf_writer_new ();
      g_autoptr (GFile)          file = tmp_file (fixture, "exported.pdf");
      g_autoptr (GError)         error = NULL;
      g_autoptr (TestPdf)        exported = NULL;
      KasusPreviewWindow        *preview;
      KasusPdfView              *view;

      g_assert_true (kasus_pdf_writer_export_case (
        writer, kase, file, ready ? KASUS_PDF_FLAGS_NONE : KASUS_PDF_FLAGS_DRAFT, &error));
      g_assert_no_error (error);
      exported = open_pdf (file);

      /* The case: final when ready, else the draft — the exported file's pages. */
      preview = kasus_preview_window_present_case (fixture->parent, kase, NULL);
      g_assert_true (preview == kasus_preview_window_present_case (fixture->parent, kase, NULL));
      wait_while (preview, (gboolean (*) (gpointer)) kasus_preview_window_get_loading);
      kasus_test_iterate (100);
      view = kasus_preview_window_get_view (preview);
      g_assert_cmpint (kasus_pdf_view_get_n_pages (view), ==,
                       poppler_document_get_n_pages (exported));
      g_assert_cmpint (kasus_preview_window_get_draft (preview), ==, !ready);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

      /* The header bar's page buttons. */
      if (kasus_pdf_view_get_n_pages (view) > 1)
        {
          g_assert_true (
            gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL));
          g_assert_cmpint (kasus_pdf_view_get_page (view), ==, 1);
          g_assert_true (
            gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL));
          g_assert_cmpint (kasus_pdf_view_get_page (view), ==, 0);
        }
      gtk_widget_activate_action (GTK_WIDGET (preview), "preview.zoom-in", NULL);
      g_assert_false (kasus_pdf_view_get_fit_width (view));
      gtk_widget_activate_action (GTK_WIDGET (preview), "preview.fit-width", NULL);
      g_assert_true (kasus_pdf_view_get_fit_width (view));
      /* Again: the actual size. */
      gtk_widget_activate_action (GTK_WIDGET (preview), "preview.fit-width", NULL);
      g_assert_false (kasus_pdf_view_get_fit_width (view));
      g_assert_cmpfloat (kasus_pdf_view_get_zoom (view), ==, 1.0);

      /* An edit shows up after the pause. */
      kasus_case_set_section_text (kase, 0, "Kort.");
      kasus_test_iterate (1000);
      wait_while (preview, (gboolean (*) (gpointer)) kasus_preview_window_get_loading);
      if (fixtures[i] == NULL)
        g_assert_cmpint (kasus_pdf_view_get_n_pages (view), <,
                         poppler_document_get_n_pages (exported));

      /* The exported file itself. */
      g_assert_true (kasus_preview_window_load_file (preview, file, kase, !ready, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kasus_pdf_view_get_n_pages (view), ==,
                       poppler_document_get_n_pages (exported));

      gtk_window_destroy (GTK_WINDOW (preview));
      kasus_test_iterate (50);
      g_assert_null (g_object_get_data (G_OBJECT (fixture->parent), "kasus-preview-window"));
      g_file_delete (file, NULL, NULL);
    }
}

static void
test_preview_bad_file (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GFile)   file = tmp_file (fixture, "broken.pdf");
  g_autoptr (GError)  error = NULL;
  KasusPreviewWindow *preview = kasus_preview_window_new (fixture->parent);

  g_assert_true (g_file_replace_contents (file, "not a pdf", 9, NULL, FALSE, G_FILE_CREATE_NONE,
                                          NULL, NULL, &error));
  g_assert_false (kasus_preview_window_load_file (preview, file, NULL, FALSE, &error));
  g_assert_nonnull (error);
  gtk_window_destroy (GTK_WINDOW (preview));
}

static void
test_print (Fixture *fixture, gconstpointer data)
{
  for (guint draft = 0; draft <= 1; draft++)
    {
      g_autoptr (KasusCase)           kase = long_case ();
      g_autoptr (KasusPrintOperation) operation = NULL;
      g_autoptr (KasusPdfLayout)      layout = NULL;
      g_autoptr (GFile)               file = tmp_file (fixture, "printed.pdf");
      g_autofree char                *path = g_file_get_path (file);
      g_autoptr (GError)              error = NULL;
      g_autoptr (TestPdf)             document = NULL;
      g_autofree char                *text = NULL;
      GtkPrintOperationResult         result;

      layout =
        kasus_pdf_layout_new_for_case (kase, NULL, draft ? KASUS_PDF_FLAGS_DRAFT : 0, &error);
      g_assert_no_error (error);

      /* Printing to a file goes through begin-print and draw-page. */
      operation =
        kasus_print_operation_new (kase, draft ? KASUS_PDF_FLAGS_DRAFT : KASUS_PDF_FLAGS_NONE);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
      result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                        GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
      g_assert_null (kasus_print_operation_get_layout_error (operation));

      document = open_pdf (file);
      g_assert_cmpint (poppler_document_get_n_pages (document), ==,
                       kasus_pdf_layout_get_n_pages (layout));
      text = pdf_text (document);
      g_assert_nonnull (strstr (text, "Patienten blev udredt"));
      if (draft)
        g_assert_nonnull (strstr (text, "UDKAST"));
      else
        g_assert_null (strstr (text, "UDKAST"));

      g_file_delete (file, NULL, NULL);
    }
}

static void
test_window_actions (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  KasusWindow          *window = kasus_window_new (app);
  GtkWindow            *dialog, *preview;
  g_auto (GStrv) accels = NULL;

  kasus_window_set_case (window, kase, NULL);
  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (200);

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-pdf"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "print"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "preview"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.print");
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>p");
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.export-pdf");
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, "<Control>e");

  g_action_group_activate_action (G_ACTION_GROUP (window), "export-pdf", NULL);
  kasus_test_iterate (50);
  dialog = find_toplevel (KASUS_TYPE_EXPORT_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_true (kasus_export_dialog_get_case (KASUS_EXPORT_DIALOG (dialog)) == kase);
  wait_while (dialog, (gboolean (*) (gpointer)) kasus_export_dialog_get_checking);
  gtk_window_destroy (dialog);

  g_action_group_activate_action (G_ACTION_GROUP (window), "preview", NULL);
  kasus_test_iterate (50);
  preview = find_toplevel (KASUS_TYPE_PREVIEW_WINDOW, GTK_WINDOW (window));
  g_assert_nonnull (preview);
  wait_while (preview, (gboolean (*) (gpointer)) kasus_preview_window_get_loading);
  g_assert_cmpint (
    kasus_pdf_view_get_n_pages (kasus_preview_window_get_view (KASUS_PREVIEW_WINDOW (preview))), >,
    0);

  /* Closing the editor takes its preview along. */
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (100);
  g_assert_null (find_toplevel (KASUS_TYPE_PREVIEW_WINDOW, NULL));
}

static void
test_window_goto (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusCase) kase = demo_case ();
  KasusWindow          *window = kasus_window_new (app);
  g_autoptr (GPtrArray) rows = NULL;
  KasusExportDialog    *dialog;
  GtkWidget            *focus, *editor;
  int                   history = kasus_case_find_section (kase, "history");

  g_assert_cmpint (history, >=, 0);
  kasus_window_set_case (window, kase, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (300);

  /* A section by its id: its text view takes the focus. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "goto-section",
                                  g_variant_new_string ("history"));
  kasus_test_iterate (100);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  editor = gtk_widget_get_ancestor (focus, KASUS_TYPE_SECTION_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpuint (kasus_section_editor_get_case_index (KASUS_SECTION_EDITOR (editor)), ==,
                    history);

  /* A field of the details. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "goto-section",
                                  g_variant_new_string (KASUS_READINESS_SECTION_ANALYSIS));
  kasus_test_iterate (100);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_COMBO_ROW));

  /* A checklist reason in the export dialog leads to the consent page. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-pdf", NULL);
  kasus_test_iterate (50);
  dialog = KASUS_EXPORT_DIALOG (find_toplevel (KASUS_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  g_assert_nonnull (dialog);
  wait_while (dialog, (gboolean (*) (gpointer)) kasus_export_dialog_get_checking);
  kasus_test_iterate (50);
  g_assert_cmpint (
    ((KasusReadinessReason *) g_ptr_array_index (kasus_export_dialog_get_reasons (dialog), 0))
      ->kind,
    ==, KASUS_READINESS_CHECKLIST_ITEM);
  rows = kasus_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  gtk_widget_activate (g_ptr_array_index (rows, 0));
  kasus_test_iterate (200);
  g_assert_null (find_toplevel (KASUS_TYPE_EXPORT_DIALOG, GTK_WINDOW (window)));
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, KASUS_TYPE_CONSENT_PAGE));

  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

/* KASUS_EXPORT_SCREENSHOT=dialog|ready|preview: shows one and waits,
 * for a screenshot of the screen. */
static void
maybe_show (void)
{
  const char           *what = g_getenv ("KASUS_EXPORT_SCREENSHOT");
  g_autoptr (KasusCase) kase = NULL;
  KasusWindow          *window;

  if (what == NULL)
    return;

  kase = g_str_equal (what, "ready") ? load_fixture ("case-ready.kasus") : demo_case ();
  window = kasus_window_new (app);
  kasus_window_set_case (window, kase, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (300);

  if (g_str_equal (what, "preview"))
    {
      KasusPreviewWindow *preview =
        kasus_preview_window_present_case (GTK_WINDOW (window), kase, NULL);

      gtk_window_set_default_size (GTK_WINDOW (preview), 760, 860);
    }
  else
    g_action_group_activate_action (G_ACTION_GROUP (window), "export-pdf", NULL);

  kasus_test_iterate (60 * 1000);
  exit (0);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = kasus_test_isolate_home ("test-export");
  int              ret;

  g_setenv ("GTK_USE_PORTAL", "0", TRUE);

  g_test_init (&argc, &argv, NULL);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE);
  /* Keep the application alive with no window between the tests. */
  g_application_hold (G_APPLICATION (app));

  maybe_show ();

#define ADD(name, func)                                                                            \
  g_test_add ("/export/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("not-ready", test_not_ready);
  ADD ("ready", test_ready);
  ADD ("draft", test_draft);
  ADD ("unwritable", test_unwritable);
  ADD ("export-via-chooser", test_export_via_chooser);
  ADD ("activate-reason", test_activate_reason);
  ADD ("reason-without-action", test_reason_without_action);
  ADD ("pdf-view", test_pdf_view);
  ADD ("preview", test_preview);
  ADD ("preview-bad-file", test_preview_bad_file);
  ADD ("print", test_print);
  ADD ("window-actions", test_window_actions);
  ADD ("window-goto", test_window_goto);
#undef ADD

  ret = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_clear_object (&app);
  {
    g_autofree char *recent = g_build_filename (data_home, "recently-used.xbel", NULL);

    g_remove (recent);
    g_rmdir (data_home);
  }

  return ret;
}
