/* test-consent-page.c — the consent page on its own, under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-consent-page"

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <poppler.h>

#include "kasus-case.h"
#include "kasus-consent.h"
#include "kasus-consent-page.h"
#include "kasus-readiness.h"
#include "kasus-readiness-list.h"
#include "kasus-template.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

/* poppler-glib 22 has no autoptr support. */
typedef PopplerDocument PdfDoc;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfDoc, g_object_unref)
typedef PopplerPage PdfPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfPage, g_object_unref)

/* Scans run in a worker after a pause; sanitizers make them slow. */
#define WAIT_MS 30000

typedef struct
{
  GtkWindow        *window;
  KasusConsentPage *page;
  AdwToastOverlay  *overlay;
  KasusCase        *kase;
  guint             text_index; /* the first text section */
  char             *tmpdir;
} Fixture;

typedef gboolean (*Condition) (Fixture *fixture, gconstpointer data);

/* Runs the main loop until condition holds; FALSE after WAIT_MS. */
static gboolean
iterate_until (Fixture *fixture, Condition condition, gconstpointer data)
{
  gint64 until = g_get_monotonic_time () + (gint64) WAIT_MS * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (condition (fixture, data))
        return TRUE;
      g_usleep (2000);
    }
  return condition (fixture, data);
}

static gpointer
find_first (GtkWidget *root, GType type)
{
  g_autoptr (GPtrArray) all = kasus_test_find_all (root, type);

  return all->len > 0 ? g_ptr_array_index (all, 0) : NULL;
}

static AdwActionRow *
find_row (Fixture *fixture, const char *title)
{
  g_autoptr (GPtrArray) rows =
    kasus_test_find_all (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) == 0)
        return ADW_ACTION_ROW (row);
    }
  g_error ("No row “%s”", title);
  return NULL;
}

static AdwActionRow *
item_row (Fixture *fixture, const char *item_id)
{
  const KasusConsentItem *item = kasus_consent_find_item (item_id);

  g_assert_nonnull (item);
  return find_row (fixture, kasus_consent_item_get_title (item, KASUS_LANGUAGE_AUTO));
}

/* Whether a visible label in row reads text, with the CSS class style. */
static gboolean
row_shows (AdwActionRow *row, const char *text, const char *style)
{
  g_autoptr (GPtrArray) labels = kasus_test_find_all (GTK_WIDGET (row), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_visible (label) &&
          (style == NULL || gtk_widget_has_css_class (label, style)))
        return TRUE;
    }
  return FALSE;
}

static GtkButton *
show_button (AdwActionRow *row)
{
  g_autoptr (GPtrArray) buttons = kasus_test_find_all (GTK_WIDGET (row), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (!GTK_IS_CHECK_BUTTON (button) && g_strcmp0 (gtk_button_get_label (button), "_Show") == 0)
        return button;
    }
  return NULL;
}

static gboolean
has_reason (GPtrArray *reasons, KasusReadinessKind kind)
{
  for (guint i = 0; i < reasons->len; i++)
    if (((KasusReadinessReason *) g_ptr_array_index (reasons, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static gboolean
has_item_reason (GPtrArray *reasons, const char *item_id)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      if (reason->kind == KASUS_READINESS_CHECKLIST_ITEM && g_strcmp0 (reason->item, item_id) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  GtkWidget *scroller;

  g_assert_no_error (error);
  fixture->tmpdir = g_dir_make_tmp ("test-consent-page-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->kase = kasus_case_new (template);
  g_assert_cmpuint (kasus_case_get_n_sections (fixture->kase), >, 0);
  fixture->text_index = 0;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 1400);
  fixture->page = kasus_consent_page_new ();
  fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (fixture->page));
  adw_toast_overlay_set_child (fixture->overlay, scroller);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->overlay));
  kasus_consent_page_set_case (fixture->page, fixture->kase);
  gtk_window_present (fixture->window);
  kasus_test_iterate (100);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  kasus_test_iterate (50);
  g_clear_object (&fixture->kase);
  kasus_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static void
test_checklist_toggles (Fixture *fixture, gconstpointer data)
{
  AdwActionRow         *row = item_row (fixture, KASUS_CONSENT_ITEM_AGE);
  GtkCheckButton       *check = find_first (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
  g_autoptr (GPtrArray) reasons = NULL;

  /* One row with a check button per item of the guidance. */
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    {
      AdwActionRow *r = item_row (fixture, kasus_consent_get_item (i)->id);

      g_assert_nonnull (find_first (GTK_WIDGET (r), GTK_TYPE_CHECK_BUTTON));
      g_assert_cmpstr (adw_action_row_get_subtitle (r), !=, NULL);
    }

  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (check));
  g_assert_false (kasus_case_get_consent_item (fixture->kase, KASUS_CONSENT_ITEM_AGE));

  /* Ticking the box (by activating the row) confirms the item. */
  adw_action_row_activate (row);
  g_assert_true (gtk_check_button_get_active (check));
  g_assert_true (kasus_case_get_consent_item (fixture->kase, KASUS_CONSENT_ITEM_AGE));
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_false (has_item_reason (reasons, KASUS_CONSENT_ITEM_AGE));
  g_assert_true (has_item_reason (reasons, KASUS_CONSENT_ITEM_FAMILY));

  gtk_check_button_set_active (check, FALSE);
  g_assert_false (kasus_case_get_consent_item (fixture->kase, KASUS_CONSENT_ITEM_AGE));

  /* A change made elsewhere shows. */
  kasus_case_set_consent_item (fixture->kase, KASUS_CONSENT_ITEM_FAMILY, TRUE);
  check =
    find_first (GTK_WIDGET (item_row (fixture, KASUS_CONSENT_ITEM_FAMILY)), GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_check_button_get_active (check));
}

typedef struct
{
  const char *item;
  const char *text;
  const char *style;
} Expect;

static gboolean
item_shows (Fixture *fixture, gconstpointer data)
{
  const Expect *expect = data;

  return !kasus_consent_page_is_busy (fixture->page) &&
         row_shows (item_row (fixture, expect->item), expect->text, expect->style);
}

typedef struct
{
  char  *section;
  gint64 start;
  gint64 end;
  guint  n;
} Jump;

static void
jump_cb (KasusConsentPage *page, const char *section, gint64 start, gint64 end, Jump *jump)
{
  g_free (jump->section);
  jump->section = g_strdup (section);
  jump->start = start;
  jump->end = end;
  jump->n++;
}

static void
test_age_state (Fixture *fixture, gconstpointer data)
{
  const char   *text = "En 72-årig mand blev henvist med hjertesvigt.";
  const Expect  found = { KASUS_CONSENT_ITEM_AGE, "1 age still in the text", "warning" };
  const Expect  clean = { KASUS_CONSENT_ITEM_AGE, "Nothing found", "success" };
  const Expect  family_clean = { KASUS_CONSENT_ITEM_FAMILY, "Nothing found", "success" };
  const Expect  not_stated = { KASUS_CONSENT_ITEM_ANALYSIS_STATED, "Sequencing not chosen",
                               "warning" };
  const Expect  stated = { KASUS_CONSENT_ITEM_ANALYSIS_STATED, "Stated in the text", "success" };
  AdwActionRow *row;
  GtkButton    *button;
  Jump          jump = { 0 };

  g_signal_connect (fixture->page, "jump-to-finding", G_CALLBACK (jump_cb), &jump);

  /* An empty case: nothing found, nothing to show. */
  g_assert_true (iterate_until (fixture, item_shows, &clean));
  g_assert_true (iterate_until (fixture, item_shows, &not_stated));

  kasus_case_set_section_text (fixture->kase, fixture->text_index, text);
  g_assert_true (iterate_until (fixture, item_shows, &found));
  g_assert_true (
    row_shows (item_row (fixture, KASUS_CONSENT_ITEM_FAMILY), "Nothing found", "success"));

  /* Show jumps to the age. */
  row = item_row (fixture, KASUS_CONSENT_ITEM_AGE);
  button = show_button (row);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (button)));
  {
    GtkButton *family_show = show_button (item_row (fixture, KASUS_CONSENT_ITEM_FAMILY));

    g_assert_true (family_show == NULL || !gtk_widget_is_visible (GTK_WIDGET (family_show)));
  }
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (jump.n, ==, 1);
  g_assert_cmpstr (jump.section, ==,
                   kasus_case_get_section_id (fixture->kase, fixture->text_index));
  g_assert_cmpint (jump.start, ==, 3);
  g_assert_cmpint (jump.end, ==, 10); /* "72-årig": code points */

  /* Generalised: nothing found any more. */
  kasus_case_set_section_text (fixture->kase, fixture->text_index,
                               "En mand i 70'erne blev henvist med hjertesvigt. "
                               "Der blev udført helgenomsekventering (WGS).");
  g_assert_true (iterate_until (fixture, item_shows, &clean));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (show_button (row))));
  g_assert_true (iterate_until (fixture, item_shows, &family_clean));

  /* The sequencing item follows the analysis and the text. */
  kasus_case_set_analysis (fixture->kase, KASUS_ANALYSIS_WGS);
  g_assert_true (iterate_until (fixture, item_shows, &stated));

  g_free (jump.section);
}

static gboolean
decision_shown (Fixture *fixture, gconstpointer data)
{
  gboolean needed = GPOINTER_TO_INT (data);

  return gtk_widget_is_visible (GTK_WIDGET (find_row (fixture, "Consent Obtained"))) == needed &&
         gtk_widget_is_visible (GTK_WIDGET (find_row (fixture, "Date of Consent"))) == needed;
}

static void
test_decision (Fixture *fixture, gconstpointer data)
{
  AdwActionRow *anonymized = find_row (fixture, "Anonymised Well Enough — No Consent Needed");
  AdwActionRow *needed = find_row (fixture, "Consent Needed");
  AdwActionRow *obtained = find_row (fixture, "Consent Obtained");
  GtkSwitch    *obtained_switch = find_first (GTK_WIDGET (obtained), GTK_TYPE_SWITCH);
  GtkCalendar  *calendar = find_first (GTK_WIDGET (fixture->page), GTK_TYPE_CALENDAR);
  g_autoptr (GPtrArray) reasons = NULL;
  g_autoptr (GDateTime) day = g_date_time_new_local (2026, 3, 4, 0, 0, 0);
  g_autofree char      *detail = NULL;

  g_assert_nonnull (obtained_switch);
  g_assert_nonnull (calendar);

  /* Undecided: only the two choices. */
  g_assert_true (decision_shown (fixture, GINT_TO_POINTER (FALSE)));
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_true (has_reason (reasons, KASUS_READINESS_CONSENT_UNDECIDED));
  g_clear_pointer (&reasons, g_ptr_array_unref);
  g_assert_cmpint (kasus_consent_page_get_state (fixture->page, &detail), ==,
                   KASUS_SECTION_STATE_EMPTY);
  g_assert_cmpstr (detail, ==, "Not decided · 0/6");
  g_clear_pointer (&detail, g_free);

  /* Consent needed: obtained and its date appear. */
  adw_action_row_activate (needed);
  g_assert_cmpint (kasus_case_get_consent_decision (fixture->kase), ==, KASUS_CONSENT_NEEDED);
  g_assert_true (decision_shown (fixture, GINT_TO_POINTER (TRUE)));
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_UNDECIDED));
  g_assert_true (has_reason (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED));
  g_clear_pointer (&reasons, g_ptr_array_unref);
  g_assert_cmpint (kasus_consent_page_get_state (fixture->page, &detail), ==,
                   KASUS_SECTION_STATE_INCOMPLETE);
  g_assert_cmpstr (detail, ==, "Needed, not obtained · 0/6");
  g_clear_pointer (&detail, g_free);

  /* Obtained, but no date yet. */
  gtk_switch_set_active (obtained_switch, TRUE);
  g_assert_true (kasus_case_get_consent_obtained (fixture->kase));
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED));
  g_assert_true (has_reason (reasons, KASUS_READINESS_CONSENT_NO_DATE));
  g_clear_pointer (&reasons, g_ptr_array_unref);

  /* A day picked in the calendar is stored as YYYY-MM-DD. */
  gtk_calendar_select_day (calendar, day);
  g_assert_cmpstr (kasus_case_get_consent_date (fixture->kase), ==, "2026-03-04");
  g_assert_cmpstr (adw_action_row_get_subtitle (find_row (fixture, "Date of Consent")), ==,
                   "4 March 2026");
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_NO_DATE));
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED));
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_UNDECIDED));
  g_clear_pointer (&reasons, g_ptr_array_unref);
  g_assert_cmpint (kasus_consent_page_get_state (fixture->page, &detail), ==,
                   KASUS_SECTION_STATE_INCOMPLETE);
  g_assert_cmpstr (detail, ==, "Consent obtained · 0/6");
  g_clear_pointer (&detail, g_free);

  /* Every item confirmed: the sidebar says done. */
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    kasus_case_set_consent_item (fixture->kase, kasus_consent_get_item (i)->id, TRUE);
  g_assert_cmpint (kasus_consent_page_get_state (fixture->page, &detail), ==,
                   KASUS_SECTION_STATE_WRITTEN);
  g_assert_cmpstr (detail, ==, "Consent obtained");
  g_clear_pointer (&detail, g_free);

  /* Anonymized after all: the consent rows go. */
  adw_action_row_activate (anonymized);
  g_assert_cmpint (kasus_case_get_consent_decision (fixture->kase), ==, KASUS_CONSENT_ANONYMIZED);
  g_assert_true (decision_shown (fixture, GINT_TO_POINTER (FALSE)));
  g_assert_false (
    gtk_check_button_get_active (find_first (GTK_WIDGET (needed), GTK_TYPE_CHECK_BUTTON)));
  reasons = kasus_case_get_readiness (fixture->kase, NULL);
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_UNDECIDED));
  g_assert_false (has_reason (reasons, KASUS_READINESS_CONSENT_NOT_OBTAINED));
  g_assert_false (has_reason (reasons, KASUS_READINESS_CHECKLIST_ITEM));
  g_clear_pointer (&reasons, g_ptr_array_unref);

  /* A case changed elsewhere (undo, another file) shows. */
  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_UNDECIDED);
  g_assert_false (
    gtk_check_button_get_active (find_first (GTK_WIDGET (anonymized), GTK_TYPE_CHECK_BUTTON)));
  g_assert_false (
    gtk_check_button_get_active (find_first (GTK_WIDGET (needed), GTK_TYPE_CHECK_BUTTON)));
}

static void
test_physician (Fixture *fixture, gconstpointer data)
{
  AdwActionRow *row = find_row (fixture, "Responsible Physician");
  Jump          jump = { 0 };
  GtkButton    *button = find_first (GTK_WIDGET (row), GTK_TYPE_BUTTON);

  g_signal_connect (fixture->page, "jump-to-finding", G_CALLBACK (jump_cb), &jump);

  /* No author: a prompt and a way to the field. */
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (jump.n, ==, 1);
  g_assert_cmpstr (jump.section, ==, KASUS_CONSENT_PAGE_SECTION_AUTHOR);
  g_assert_cmpint (jump.start, ==, -1);

  kasus_case_set_author (fixture->kase, "Anne Lægesen");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Anne Lægesen"));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (button)));

  g_free (jump.section);
}

static char *
pdf_text (const char *path)
{
  g_autoptr (GError)  error = NULL;
  g_autoptr (GFile)   file = g_file_new_for_path (path);
  g_autoptr (PdfDoc)  doc = poppler_document_new_from_gfile (file, NULL, NULL, &error);
  g_autoptr (GString) text = g_string_new (NULL);
  g_auto (GStrv) words = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 0);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr (PdfPage) page = poppler_document_get_page (doc, i);
      g_autofree char    *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_string_append_c (text, ' ');
    }

  /* White space collapsed: lines break anywhere. */
  words = g_regex_split_simple ("\\s+", text->str, 0, 0);
  g_string_truncate (text, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_save_form (Fixture *fixture, gconstpointer data)
{
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "samtykke.pdf", NULL);
  g_autofree char      *path_en = g_build_filename (fixture->tmpdir, "consent.pdf", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (GFile)     file_en = g_file_new_for_path (path_en);
  g_autoptr (GError)    error = NULL;
  g_autofree char      *text = NULL;
  g_autofree char      *text_en = NULL;
  AdwComboRow          *language_row = NULL;
  g_autoptr (GPtrArray) combos =
    kasus_test_find_all (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW);
  struct stat st;

  kasus_case_set_title (fixture->kase, "Hjertesvigt fik en forklaring");
  kasus_case_set_author (fixture->kase, "Anne Lægesen");

  /* The form follows the case's language (Danish). */
  g_assert_cmpuint (combos->len, ==, 1);
  language_row = g_ptr_array_index (combos, 0);
  g_assert_cmpint (kasus_consent_page_get_form_language (fixture->page), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (adw_combo_row_get_selected (language_row), ==, 0);

  g_assert_true (kasus_consent_page_save_form (fixture->page, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Hjertesvigt fik en forklaring"));
  g_assert_nonnull (strstr (text, "Samtykke"));
  /* Nothing about the patient or the author is filled in. */
  g_assert_null (strstr (text, "Anne Lægesen"));

  /* English, chosen in the combo row. */
  adw_combo_row_set_selected (language_row, 1);
  g_assert_cmpint (kasus_consent_page_get_form_language (fixture->page), ==, KASUS_LANGUAGE_EN);
  g_assert_true (kasus_consent_page_save_form (fixture->page, file_en, &error));
  g_assert_no_error (error);
  text_en = pdf_text (path_en);
  g_assert_nonnull (strstr (text_en, "Hjertesvigt fik en forklaring"));
  g_assert_nonnull (strstr (text_en, "Consent to the publication of a patient case"));

  /* A folder that is not there: an error, nothing written. */
  {
    g_autofree char  *bad_path = g_build_filename (fixture->tmpdir, "missing", "form.pdf", NULL);
    g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
    GListModel       *toplevels = gtk_window_get_toplevels ();
    guint             n_before = g_list_model_get_n_items (toplevels);

    g_assert_false (kasus_consent_page_save_form (fixture->page, bad, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
    /* An error dialog came up. */
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_before + 1);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (toplevel))
          {
            gtk_window_destroy (toplevel);
            break;
          }
      }
  }
}

static void
test_english_case (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, &error);
  g_autoptr (KasusCase) english = NULL;

  g_assert_no_error (error);
  english = kasus_case_new (template);
  kasus_consent_page_set_case (fixture->page, english);
  g_assert_true (kasus_consent_page_get_case (fixture->page) == english);
  g_assert_cmpint (kasus_consent_page_get_form_language (fixture->page), ==, KASUS_LANGUAGE_EN);

  /* The old case no longer drives the page. */
  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_NEEDED);
  g_assert_true (decision_shown (fixture, GINT_TO_POINTER (FALSE)));
  kasus_case_set_consent_decision (english, KASUS_CONSENT_NEEDED);
  g_assert_true (decision_shown (fixture, GINT_TO_POINTER (TRUE)));

  kasus_consent_page_set_case (fixture->page, fixture->kase);
  g_assert_cmpint (kasus_consent_page_get_form_language (fixture->page), ==, KASUS_LANGUAGE_DA);
}

static void
activate_reason_cb (KasusReadinessList         *list,
                    const KasusReadinessReason *reason,
                    KasusReadinessReason      **out)
{
  g_clear_pointer (out, kasus_readiness_reason_free);
  *out = kasus_readiness_reason_copy (reason);
}

static void
test_readiness_list (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  g_autoptr (GPtrArray) reasons = kasus_case_get_readiness (kase, NULL);
  g_autoptr (GPtrArray) rows = NULL;
  GtkWindow            *window = GTK_WINDOW (gtk_window_new ());
  KasusReadinessList   *list = kasus_readiness_list_new ();
  KasusReadinessReason *activated = NULL;
  guint                 checked = 0;

  gtk_window_set_child (window, GTK_WIDGET (list));
  gtk_window_present (window);
  g_signal_connect (list, "activate-reason", G_CALLBACK (activate_reason_cb), &activated);

  /* One row per reason, in the core's words and order. */
  g_assert_cmpuint (reasons->len, >, 0);
  kasus_readiness_list_set_reasons (list, reasons);
  g_assert_cmpuint (kasus_readiness_list_get_n_reasons (list), ==, reasons->len);
  rows = kasus_test_find_all (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, reasons->len);
  for (guint i = 0; i < rows->len; i++)
    {
      KasusReadinessReason *reason = g_ptr_array_index (reasons, i);
      g_autofree char      *escaped = g_markup_escape_text (reason->message, -1);

      g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), ==, escaped);
      if (reason->kind == KASUS_READINESS_CHECKLIST_ITEM && checked++ == 0)
        {
          g_assert_true (gtk_list_box_row_get_activatable (g_ptr_array_index (rows, i)));
          g_signal_emit_by_name (gtk_widget_get_parent (g_ptr_array_index (rows, i)),
                                 "row-activated", g_ptr_array_index (rows, i));
          g_assert_nonnull (activated);
          g_assert_cmpint (activated->kind, ==, KASUS_READINESS_CHECKLIST_ITEM);
          g_assert_cmpstr (activated->item, ==, reason->item);
        }
    }
  g_assert_cmpuint (checked, ==, kasus_consent_get_n_items ());

  /* None: the case is ready. */
  kasus_readiness_list_set_reasons (list, NULL);
  g_assert_cmpuint (kasus_readiness_list_get_n_reasons (list), ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = kasus_test_find_all (GTK_WIDGET (list), ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   "Ready for final export");

  g_clear_pointer (&activated, kasus_readiness_reason_free);
  gtk_window_destroy (window);
}

static gboolean
scan_done (Fixture *fixture, gconstpointer data)
{
  return !kasus_consent_page_is_busy (fixture->page);
}

/* Not a test: KASUS_TEST_SCREENSHOT=file.png saves a picture of the page
 * with findings, consent needed and obtained. */
static void
maybe_screenshot (void)
{
  const char *path = g_getenv ("KASUS_TEST_SCREENSHOT");
  Fixture     fixture = { 0 };

  if (path == NULL)
    return;

  fixture_set_up (&fixture, NULL);
  gtk_window_set_default_size (fixture.window, 760, 1900);
  kasus_case_set_section_text (fixture.kase, 0,
                               "En 72-årig mand og hans datter blev henvist i marts 2023 "
                               "til Rigshospitalet. Der fandtes BRCA2 c.5946delT.");
  kasus_case_set_consent_item (fixture.kase, KASUS_CONSENT_ITEM_GENERAL_TERMS, TRUE);
  if (!g_getenv ("KASUS_TEST_SCREENSHOT_UNDECIDED"))
    {
      kasus_case_set_consent_decision (fixture.kase, KASUS_CONSENT_NEEDED);
      kasus_case_set_consent_obtained (fixture.kase, TRUE);
      kasus_case_set_consent_date (fixture.kase, "2026-03-04");
      kasus_case_set_author (fixture.kase, "Anne Lægesen");
    }
  iterate_until (&fixture, scan_done, NULL);
  kasus_test_iterate (500);
  kasus_test_save_png (GTK_WIDGET (fixture.page), path);
  if (g_getenv ("KASUS_TEST_SCREENSHOT_POPOVER"))
    {
      GtkMenuButton *button =
        find_first (GTK_WIDGET (find_row (&fixture, "Date of Consent")), GTK_TYPE_MENU_BUTTON);

      gtk_menu_button_popup (button);
      kasus_test_iterate (500);
      kasus_test_save_png (GTK_WIDGET (gtk_menu_button_get_popover (button)),
                           g_getenv ("KASUS_TEST_SCREENSHOT_POPOVER"));
      gtk_menu_button_popdown (button);
    }
  fixture_tear_down (&fixture, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  maybe_screenshot ();

#define ADD(name, func)                                                                            \
  g_test_add ("/consent-page/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("checklist-toggles", test_checklist_toggles);
  ADD ("age-state", test_age_state);
  ADD ("decision", test_decision);
  ADD ("physician", test_physician);
  ADD ("save-form", test_save_form);
  ADD ("english-case", test_english_case);
#undef ADD
  g_test_add_func ("/readiness-list/rows", test_readiness_list);

  return g_test_run ();
}
