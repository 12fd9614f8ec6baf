/* test-i18n.c — the app in Danish, the interface language preference, and
 * a case's language independent of the interface's
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The process runs with LANGUAGE=da, set up by kasus_application_init_i18n()
 * as main() does, from this build's .mo files ($KASUS_LOCALEDIR). The tests
 * of the "ui-language" key each run in a subprocess of their own, since the
 * language is fixed once at start.
 */
#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <poppler.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-pdf-writer.h"
#include "kasus-scanner.h"
#include "kasus-section-row.h"
#include "kasus-template.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

static KasusApplication *app;
static gboolean          have_locale;

static gboolean
has_tooltip (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) widgets = kasus_test_find_all (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (widgets, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* The titles of the sidebar's rows, in order, joined by " | " for messages. */
static GPtrArray *
sidebar_titles (KasusWindow *window)
{
  g_autoptr (GPtrArray) rows = kasus_test_find_all (GTK_WIDGET (window), KASUS_TYPE_SECTION_ROW);
  GPtrArray            *titles = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (titles, (gpointer) kasus_section_row_get_title (g_ptr_array_index (rows, i)));
  return titles;
}

static gboolean
contains_str (GPtrArray *strings, const char *s)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_strcmp0 (g_ptr_array_index (strings, i), s) == 0)
      return TRUE;
  return FALSE;
}

static KasusWindow *
open_window (KasusCase *kase)
{
  KasusWindow *window = kasus_test_window_new (app, kase, 1100, 800);

  kasus_test_iterate (300);
  return window;
}

/* The "ui-language" preference ------------------------------------------ */

/* Stores ui-language for the GSettings keyfile backend, in this
 * subprocess's own config folder. */
static void
store_ui_language (const char *value)
{
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (dir, "keyfile", NULL);
  g_autofree char *contents = g_strdup_printf ("[dk/kasus/Kasus]\nui-language='%s'\n", value);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
}

static void
test_ui_language_da (void)
{
  if (g_test_subprocess ())
    {
      store_ui_language ("da");
      g_unsetenv ("LANGUAGE");
      kasus_application_init_i18n ();
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "da");
      g_assert_cmpstr (_ ("_Save"), ==, "_Gem");
      g_assert_cmpstr (_ ("Known Identifiers"), ==, "Kendte identifikatorer");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_ui_language_en (void)
{
  if (g_test_subprocess ())
    {
      /* English wins over a Danish desktop. */
      store_ui_language ("en");
      g_setenv ("LANGUAGE", "da", TRUE);
      kasus_application_init_i18n ();
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "en");
      g_assert_cmpstr (_ ("_Save"), ==, "_Save");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_ui_language_desktop (void)
{
  if (g_test_subprocess ())
    {
      /* Empty: the desktop's language, here Danish. */
      store_ui_language ("");
      g_setenv ("LANGUAGE", "da", TRUE);
      kasus_application_init_i18n ();
      g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "da");
      g_assert_cmpstr (_ ("_Save"), ==, "_Gem");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_ui_language_c_locale (void)
{
  if (g_test_subprocess ())
    {
      /* gettext ignores LANGUAGE in the plain C locale: Danish shows all the
       * same on a system without locales. */
      store_ui_language ("da");
      g_unsetenv ("LANGUAGE");
      g_setenv ("LC_ALL", "C", TRUE);
      kasus_application_init_i18n ();
      g_assert_cmpstr (_ ("_Save"), ==, "_Gem");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* No schema (an uninstalled run without GSETTINGS_SCHEMA_DIR): the desktop's
 * language, no warning, no abort. */
static void
test_ui_language_no_schema (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *empty = g_dir_make_tmp ("test-i18n-schemas-XXXXXX", NULL);

      g_setenv ("GSETTINGS_SCHEMA_DIR", empty, TRUE);
      g_setenv ("XDG_DATA_DIRS", empty, TRUE);
      g_setenv ("LANGUAGE", "da", TRUE);
      kasus_application_init_i18n ();
      g_assert_cmpstr (_ ("_Save"), ==, "_Gem");
      g_rmdir (empty);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A finding's reason in the Danish interface reads as the scanner writes
 * it in a Danish case, for every reason, with the hotspot's count. */
static void
test_reasons_danish (void)
{
  if (g_test_subprocess ())
    {
      store_ui_language ("da");
      kasus_application_init_i18n ();
      for (KasusReason r = KASUS_REASON_NONE + 1; r < KASUS_N_REASONS; r++)
        {
          g_autofree char *label = kasus_reason_get_label (r, 384);
          g_autofree char *danish = kasus_reason_to_text (r, 384, KASUS_LANGUAGE_DA);
          g_autofree char *english = kasus_reason_to_text (r, 384, KASUS_LANGUAGE_EN);

          g_assert_cmpstr (label, ==, danish);
          g_assert_cmpstr (label, !=, english);
          g_assert_null (strchr (label, '%'));
        }
      {
        g_autofree char *hotspot = kasus_reason_get_label (KASUS_REASON_FREQUENT_HOTSPOT, 12);

        g_assert_cmpstr (hotspot, ==, "hyppigt hotspot (n=12)");
      }
      g_assert_null (kasus_reason_get_label (KASUS_REASON_NONE, 0));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* The window in Danish ---------------------------------------------------- */

#define REQUIRE_LOCALE()                                                                           \
  G_STMT_START                                                                                     \
  {                                                                                                \
    if (!have_locale)                                                                              \
      {                                                                                            \
        g_test_skip ("KASUS_LOCALEDIR is not set: run through meson test");                        \
        return;                                                                                    \
      }                                                                                            \
  }                                                                                                \
  G_STMT_END

static void
test_window_danish (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  KasusWindow          *window;
  g_autoptr (GPtrArray) titles = NULL;
  g_autoptr (GPtrArray) window_titles = NULL;
  gboolean              sections_title = FALSE;

  REQUIRE_LOCALE ();

  /* A new case follows the interface language: the Danish template. */
  g_assert_cmpint (kasus_application_get_default_language (app), ==, KASUS_LANGUAGE_DA);

  window = open_window (kase);

  /* The header bars. */
  g_assert_true (has_tooltip (GTK_WIDGET (window), "Gem (Ctrl+S)"));
  g_assert_true (has_tooltip (GTK_WIDGET (window), "Eksportér PDF (Ctrl+E)"));
  g_assert_true (has_tooltip (GTK_WIDGET (window), "Hovedmenu"));
  g_assert_true (has_tooltip (GTK_WIDGET (window), "Åbn en case (Ctrl+O)"));
  g_assert_true (has_tooltip (GTK_WIDGET (window), "Fund (F9)"));
  window_titles = kasus_test_find_all (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);
  for (guint i = 0; i < window_titles->len; i++)
    if (g_strcmp0 (adw_window_title_get_title (g_ptr_array_index (window_titles, i)), "Afsnit") ==
        0)
      sections_title = TRUE;
  g_assert_true (sections_title);

  /* The sidebar: the app's own rows and the Danish template's sections. */
  titles = sidebar_titles (window);
  g_assert_true (contains_str (titles, "Oplysninger om casen"));
  g_assert_true (contains_str (titles, "Kendte identifikatorer"));
  g_assert_true (contains_str (titles, "Samtykke"));
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (section->metadata_key == NULL && !contains_str (titles, section->title))
        g_error ("The sidebar lacks the section “%s”", section->title);
    }
  g_assert_true (contains_str (titles, "Kort sygehistorie"));

  /* Menus: the primary menu's model. */
  {
    g_autoptr (GPtrArray) buttons = kasus_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
    gboolean              found = FALSE;

    for (guint i = 0; i < buttons->len && !found; i++)
      {
        GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

        for (int s = 0; model != NULL && s < g_menu_model_get_n_items (model) && !found; s++)
          {
            g_autoptr (GMenuModel) section =
              g_menu_model_get_item_link (model, s, G_MENU_LINK_SECTION);

            for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
              {
                g_autofree char *label = NULL;

                if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_LABEL, "s",
                                                     &label) &&
                    g_str_equal (label, "_Tastaturgenveje"))
                  found = TRUE;
              }
          }
      }
    g_assert_true (found);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

/* An English case in the Danish interface stays English: its template's
 * sections, the scanner's suggestions and the PDF's labels. */
static void
test_case_language_independent (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, NULL);
  g_autoptr (KasusCase)      kase = kasus_case_new (template);
  g_autoptr (GPtrArray)      titles = NULL;
  g_autoptr (GPtrArray)      findings = NULL;
  g_autoptr (KasusPdfWriter) writer = NULL;
  g_autoptr (GBytes)         pdf = NULL;
  g_autoptr (GObject)        document = NULL;
  g_autoptr (GObject)        page = NULL;
  g_autofree char           *text = NULL;
  KasusScanner              *scanner;
  KasusWindow               *window;
  gboolean                   age_found = FALSE;

  REQUIRE_LOCALE ();

  g_assert_cmpstr (_ ("Known Identifiers"), ==, "Kendte identifikatorer");
  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_EN);

  window = open_window (kase);
  titles = sidebar_titles (window);
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (section->metadata_key == NULL && !contains_str (titles, section->title))
        g_error ("The sidebar lacks the English section “%s”", section->title);
    }
  g_assert_true (contains_str (titles, "Kendte identifikatorer"));
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);

  /* Suggestions in the language of the text, not of the interface. */
  scanner = kasus_scanner_get_default ();
  g_assert_nonnull (scanner);
  findings =
    kasus_scanner_scan (scanner, "A 72-year-old man was referred.", -1, KASUS_LANGUAGE_EN, NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *finding = g_ptr_array_index (findings, i);

      if (finding->category != KASUS_CATEGORY_AGE)
        continue;
      age_found = TRUE;
      g_assert_nonnull (finding->suggestion);
      g_assert_null (strstr (finding->suggestion, "erne"));
      g_assert_null (strstr (finding->suggestion, "årig"));
    }
  g_assert_true (age_found);

  /* The PDF's labels. */
  kasus_case_set_title (kase, "Test case");
  writer = kasus_pdf_writer_new ();
  pdf = kasus_pdf_writer_render_case (writer, kase, KASUS_PDF_FLAGS_DRAFT, &error);
  g_assert_no_error (error);
  document = G_OBJECT (poppler_document_new_from_bytes (pdf, NULL, &error));
  g_assert_no_error (error);
  page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (document), 0));
  text = poppler_page_get_text (POPPLER_PAGE (page));
  g_assert_nonnull (strstr (text, "DRAFT"));
  g_assert_nonnull (strstr (text, "Patient group"));
  g_assert_nonnull (strstr (text, "Analysis"));
  g_assert_null (strstr (text, "UDKAST"));
  g_assert_null (strstr (text, "Patientgruppe"));
}

/* The preference in the Preferences window, in Danish. */
static void
test_preferences_row (void)
{
  GSettings            *settings = kasus_application_get_settings (app);
  KasusWindow          *window;
  GtkWindow            *preferences = NULL;
  GListModel           *toplevels;
  g_autoptr (GPtrArray) combos = NULL;
  g_autofree char      *value = NULL;
  AdwComboRow          *row = NULL;

  REQUIRE_LOCALE ();
  window = open_window (NULL);

  g_assert_nonnull (settings);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  kasus_test_iterate (100);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (toplevel))
        preferences = toplevel;
    }
  g_assert_nonnull (preferences);

  combos = kasus_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  for (guint i = 0; i < combos->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (combos, i)),
                   "_Sprog i brugerfladen") == 0)
      row = g_ptr_array_index (combos, i);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Træder i kraft, når Kasus genstartes");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  adw_combo_row_set_selected (row, 2);
  value = g_settings_get_string (settings, "ui-language");
  g_assert_cmpstr (value, ==, "en");
  g_clear_pointer (&value, g_free);
  adw_combo_row_set_selected (row, 1);
  value = g_settings_get_string (settings, "ui-language");
  g_assert_cmpstr (value, ==, "da");
  g_clear_pointer (&value, g_free);

  /* The running interface does not switch (a toast says when it will). */
  g_assert_cmpstr (_ ("_Save"), ==, "_Gem");

  g_settings_reset (settings, "ui-language");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *home = NULL;
  int                ret;

  /* Settings, recent files and drafts of whoever runs the tests stay
   * untouched; each process (subprocesses too) has its own folders.
   * (Not G_TEST_OPTION_ISOLATE_DIRS: it hides the system's MIME database,
   * and GdkPixbuf then cannot load SVG icons.) */
  home = g_dir_make_tmp ("test-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/ui-language/da", test_ui_language_da);
  g_test_add_func ("/i18n/ui-language/en", test_ui_language_en);
  g_test_add_func ("/i18n/ui-language/follow-desktop", test_ui_language_desktop);
  g_test_add_func ("/i18n/ui-language/c-locale", test_ui_language_c_locale);
  g_test_add_func ("/i18n/ui-language/no-schema", test_ui_language_no_schema);
  g_test_add_func ("/i18n/finding-reasons", test_reasons_danish);

  if (g_test_subprocess ())
    {
      ret = g_test_run ();
      kasus_test_remove_tree (home);
      return ret;
    }

  /* The build's .mo files; without them (run by hand) the window tests
   * skip. */
  have_locale = g_getenv ("KASUS_LOCALEDIR") != NULL;

  /* As main() does, on a Danish desktop. */
  g_setenv ("LANGUAGE", "da", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  kasus_application_init_i18n ();
  gtk_init ();

  g_test_add_func ("/i18n/window/danish", test_window_danish);
  g_test_add_func ("/i18n/window/case-language-independent", test_case_language_independent);
  g_test_add_func ("/i18n/window/preferences", test_preferences_row);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

  ret = g_test_run ();
  g_clear_object (&app);
  kasus_test_remove_tree (home);

  return ret;
}
