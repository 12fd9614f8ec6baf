/* test-window.c — the editor window on the demo case, under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-consent.h"
#include "kasus-consent-page.h"
#include "kasus-identifiers-group.h"
#include "kasus-section-editor.h"
#include "kasus-section-row.h"
#include "kasus-template.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

typedef struct
{
  KasusWindow *window;
  KasusCase   *kase;
  char        *tmpdir;
} Fixture;

static KasusApplication *app;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  fixture->tmpdir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->kase = kasus_case_new_demo (&error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->kase);

  fixture->window = kasus_test_window_new (app, fixture->kase, 1100, 800);
  kasus_test_iterate (300);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  if (fixture->window != NULL)
    kasus_test_window_destroy (fixture->window);
  g_clear_object (&fixture->kase);
  kasus_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static KasusTemplate *
demo_template (KasusCase *kase)
{
  g_autoptr (GError) error = NULL;
  KasusTemplate *template;

  template = kasus_template_new_default (kasus_case_get_language (kase), &error);
  g_assert_no_error (error);
  return template;
}

static gboolean
label_shown (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) labels = kasus_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_get_mapped (label))
        return TRUE;
    }

  return FALSE;
}

static GtkTextView *
text_view_holding (GtkWidget *root, const char *text)
{
  g_autoptr (GPtrArray) views = kasus_test_find_all (root, GTK_TYPE_TEXT_VIEW);

  for (guint i = 0; i < views->len; i++)
    {
      GtkTextView     *view = g_ptr_array_index (views, i);
      g_autofree char *shown = kasus_test_buffer_text (gtk_text_view_get_buffer (view));

      if (g_strcmp0 (shown, text) == 0 && gtk_widget_get_mapped (GTK_WIDGET (view)))
        return view;
    }

  return NULL;
}

static void
test_shows_every_section (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusTemplate) template = demo_template (fixture->kase);
  GtkWidget            *root = GTK_WIDGET (fixture->window);
  guint                 n_text_sections = 0;
  g_autoptr (GPtrArray) rows = kasus_test_find_all (root, KASUS_TYPE_SECTION_ROW);

  g_assert_cmpuint (kasus_template_get_n_sections (template), >, 0);

  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);
      int                         index;
      const char                 *text;

      /* Metadata entries are rows labelled in the UI's language (not the
       * case's, whose headings the template gives); text sections have a
       * heading and a text view with the case's text. */
      if (section->metadata_key != NULL)
        {
          g_autoptr (GPtrArray) entry_rows = kasus_test_find_all (root, ADW_TYPE_ENTRY_ROW);
          const char *value = kasus_case_get_metadata (fixture->kase, section->metadata_key);
          const char *label =
            g_str_equal (section->metadata_key, "title") ? "Title" : "Patient Group";
          gboolean found = FALSE;

          g_assert_true (g_str_equal (section->metadata_key, "title") ||
                         g_str_equal (section->metadata_key, "patient_group"));

          for (guint j = 0; j < entry_rows->len; j++)
            {
              AdwPreferencesRow *row = g_ptr_array_index (entry_rows, j);

              g_assert_cmpstr (adw_preferences_row_get_title (row), !=, section->title);
              if (g_strcmp0 (adw_preferences_row_get_title (row), label) == 0)
                {
                  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, value);
                  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
                  found = TRUE;
                }
            }
          g_assert_true (found);
          continue;
        }

      n_text_sections++;
      g_test_message ("section %s", section->id);
      g_assert_true (label_shown (root, section->title));
      index = kasus_case_find_section (fixture->kase, section->id);
      g_assert_cmpint (index, >=, 0);
      text = kasus_case_get_section_text (fixture->kase, index);
      g_assert_nonnull (text);
      g_assert_cmpstr (text, !=, "");
      g_assert_nonnull (text_view_holding (root, text));
    }

  /* The sidebar lists the details, every text section, each written,
   * the (empty) known identifiers and the consent page (decided, but
   * the checklist not confirmed). */
  g_assert_cmpuint (rows->len, ==, n_text_sections + 3);
  for (guint i = 0; i + 2 < rows->len; i++)
    {
      g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, i)), ==,
                       KASUS_SECTION_STATE_WRITTEN);
      g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (rows, i)));
    }
  g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, rows->len - 2)), ==,
                   KASUS_SECTION_STATE_EMPTY);
  g_assert_cmpstr (kasus_section_row_get_title (g_ptr_array_index (rows, rows->len - 1)), ==,
                   "Consent");
  g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, rows->len - 1)), ==,
                   KASUS_SECTION_STATE_INCOMPLETE);
}

static void
test_window_title (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW);

  g_assert_cmpstr (kasus_case_get_title (fixture->kase), !=, "");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   kasus_case_get_title (fixture->kase));
  g_assert_false (kasus_window_get_modified (fixture->window));

  /* Typing a new title retitles the window. */
  for (guint i = 0; i < editors->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (editors, i);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)),
                     kasus_case_get_title (fixture->kase)) == 0)
        {
          gtk_editable_set_text (GTK_EDITABLE (row), "Et nyt navn");
          break;
        }
    }
  g_assert_cmpstr (kasus_case_get_title (fixture->kase), ==, "Et nyt navn");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Et nyt navn");
  g_assert_true (kasus_window_get_modified (fixture->window));
}

static void
test_edit_changes_case (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  KasusSectionEditor *editor;
  GtkTextBuffer      *buffer;
  guint               index;
  g_autofree char    *before = NULL;
  g_autofree char    *expected = NULL;
  GtkTextIter         end;

  g_assert_cmpuint (editors->len, >, 0);
  editor = g_ptr_array_index (editors, editors->len - 1);
  index = kasus_section_editor_get_case_index (editor);
  before = g_strdup (kasus_case_get_section_text (fixture->kase, index));
  buffer = gtk_text_view_get_buffer (kasus_section_editor_get_text_view (editor));

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Tilføjet.", -1);
  expected = g_strconcat (before, " Tilføjet.", NULL);
  g_assert_cmpstr (kasus_case_get_section_text (fixture->kase, index), ==, expected);
  g_assert_true (kasus_window_get_modified (fixture->window));

  /* Emptying a section shows its prompt and marks it empty in the sidebar. */
  {
    GtkTextIter start;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    gtk_text_buffer_delete (buffer, &start, &end);
  }
  g_assert_cmpstr (kasus_case_get_section_text (fixture->kase, index), ==, "");
  kasus_test_iterate (50);
  {
    g_autoptr (KasusTemplate) template = demo_template (fixture->kase);
    const KasusTemplateSection *section =
      kasus_template_find_section (template, kasus_section_editor_get_section_id (editor));
    g_autoptr (GPtrArray) rows =
      kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);
    gboolean row_found = FALSE;

    g_assert_true (label_shown (GTK_WIDGET (editor), section->prompt));
    for (guint i = 0; i < rows->len; i++)
      if (kasus_section_row_get_target (g_ptr_array_index (rows, i)) == GTK_WIDGET (editor))
        {
          g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, i)), ==,
                           KASUS_SECTION_STATE_EMPTY);
          row_found = TRUE;
        }
    g_assert_true (row_found);
  }

  /* Undo brings the text back, and into the case. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  g_assert_cmpstr (kasus_case_get_section_text (fixture->kase, index), ==, expected);
}

static void
test_save (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "demo.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) loaded = NULL;
  g_autofree char      *saved_data = NULL;
  g_autofree char      *loaded_data = NULL;
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  GtkTextBuffer *buffer;
  GtkTextIter    end;
  struct stat    st;

  g_assert_true (kasus_window_save_to_file (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_true (kasus_window_get_file (fixture->window) == file ||
                 g_file_equal (kasus_window_get_file (fixture->window), file));
  g_assert_false (kasus_window_get_modified (fixture->window));

  /* An edit, then win.save (Ctrl+S) writes it to the same file. */
  buffer = kasus_section_editor_get_buffer (g_ptr_array_index (editors, 0));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nEn ny linje.", -1);
  g_assert_true (kasus_window_get_modified (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save", NULL));
  g_assert_false (kasus_window_get_modified (fixture->window));
  g_assert_cmpuint (kasus_test_find_dialogs (GTK_WINDOW (fixture->window))->len, ==, 0);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  saved_data = kasus_case_to_data (fixture->kase, NULL);
  loaded_data = kasus_case_to_data (loaded, NULL);
  g_assert_cmpstr (saved_data, ==, loaded_data);
  g_assert_nonnull (
    strstr (kasus_case_get_section_text (
              loaded, kasus_section_editor_get_case_index (g_ptr_array_index (editors, 0))),
            "En ny linje."));
}

static void
test_save_error (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "missing", "case.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) dialogs = NULL;
  g_autofree char      *before = kasus_case_to_data (fixture->kase, NULL);
  g_autofree char      *after = NULL;
  const char           *body;

  /* A folder that does not exist: the save fails, says so, loses nothing. */
  g_assert_false (kasus_window_save_to_file (fixture->window, file, &error));
  g_assert_nonnull (error);
  g_assert_null (kasus_window_get_file (fixture->window));

  kasus_test_iterate (50);
  dialogs = kasus_test_find_dialogs (GTK_WINDOW (fixture->window));
  g_assert_cmpuint (dialogs->len, ==, 1);
  body = adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0));
  g_assert_nonnull (strstr (body, "case.kasus"));
  after = kasus_case_to_data (fixture->kase, NULL);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_malformed (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "broken.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) dialogs = NULL;
  g_autofree char      *title = g_strdup (gtk_window_get_title (GTK_WINDOW (fixture->window)));
  const char           *body;

  g_file_set_contents (path, "{\"format\": \"kasus-case\", \"version\": 1, \"metadata\": {", -1,
                       &error);
  g_assert_no_error (error);

  g_assert_false (kasus_window_open_file (fixture->window, file));
  kasus_test_iterate (50);

  g_assert_true (kasus_window_get_case (fixture->window) == fixture->kase);
  g_assert_null (kasus_window_get_file (fixture->window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, title);

  dialogs = kasus_test_find_dialogs (GTK_WINDOW (fixture->window));
  g_assert_cmpuint (dialogs->len, ==, 1);
  body = adw_message_dialog_get_body (g_ptr_array_index (dialogs, 0));
  g_test_message ("%s", body);
  g_assert_nonnull (strstr (body, "broken.kasus"));
}

static void
test_open_good (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *path = g_build_filename (fixture->tmpdir, "good.kasus", NULL);
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, &error);
  g_autoptr (KasusCase) other = NULL;
  KasusWindow          *window;

  g_assert_no_error (error);
  other = kasus_case_new (template);
  kasus_case_set_title (other, "Another case");
  g_assert_true (kasus_case_save (other, file, &error));
  g_assert_no_error (error);

  /* A window with an untouched new case takes the file. */
  window = kasus_window_new (app);
  kasus_window_set_case (window, other, NULL);
  g_assert_true (kasus_window_is_pristine (window));
  g_assert_true (kasus_window_open_file (window, file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Another case");
  g_assert_true (g_file_equal (kasus_window_get_file (window), file));
  g_assert_false (kasus_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_actions (Fixture *fixture, gconstpointer data)
{
  static const struct
  {
    const char *action;
    const char *accel;
    gboolean    enabled;
  } expected[] = {
    { "win.open", "<Control>o", TRUE },
    { "win.save", "<Control>s", TRUE },
    { "win.save-as", "<Shift><Control>s", TRUE },
    { "win.close", "<Control>w", TRUE },
    { "win.export-pdf", "<Control>e", TRUE },
    { "win.print", "<Control>p", TRUE },
    { "win.preview", "<Shift><Control>p", TRUE },
    { "app.new", "<Control>n", TRUE },
    { "app.preferences", "<Control>comma", TRUE },
    { "app.quit", "<Control>q", TRUE },
    { "app.about", NULL, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char   *dot = strchr (expected[i].action, '.');
      GActionGroup *group;
      g_auto (GStrv) accels = NULL;

      if (g_str_has_prefix (expected[i].action, "win."))
        group = G_ACTION_GROUP (fixture->window);
      else
        group = G_ACTION_GROUP (app);
      g_assert_true (g_action_group_has_action (group, dot + 1));
      g_assert_cmpint (g_action_group_get_action_enabled (group, dot + 1), ==, expected[i].enabled);

      if (expected[i].accel == NULL)
        continue;
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), expected[i].action);
      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }

  /* The shortcuts window comes from the resources. */
  g_assert_nonnull (
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture->window)));
}

static void
test_close_asks (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  g_autoptr (GPtrArray) dialogs = NULL;
  GtkTextBuffer        *buffer = kasus_section_editor_get_buffer (g_ptr_array_index (editors, 0));

  gtk_text_buffer_insert_at_cursor (buffer, "x", -1);
  gtk_window_close (GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);

  /* Still open, asking. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  dialogs = kasus_test_find_dialogs (GTK_WINDOW (fixture->window));
  g_assert_cmpuint (dialogs->len, ==, 1);
  g_assert_true (adw_message_dialog_has_response (g_ptr_array_index (dialogs, 0), "cancel"));
  g_assert_true (adw_message_dialog_has_response (g_ptr_array_index (dialogs, 0), "discard"));
  g_assert_true (adw_message_dialog_has_response (g_ptr_array_index (dialogs, 0), "save"));
  adw_message_dialog_response (g_ptr_array_index (dialogs, 0), "cancel");
  kasus_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
}

static void
test_known_identifiers (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) groups =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_IDENTIFIERS_GROUP);
  g_autoptr (GPtrArray) rows =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);
  g_autoptr (GPtrArray)  entries = NULL;
  KasusIdentifiersGroup *group;
  KasusSectionRow       *row;
  GPtrArray             *known;
  AdwEntryRow           *add_row = NULL;
  g_autoptr (GPtrArray)  buttons = NULL;

  g_assert_cmpuint (groups->len, ==, 1);
  group = g_ptr_array_index (groups, 0);
  /* The row before the consent page's. */
  row = g_ptr_array_index (rows, rows->len - 2);
  g_assert_true (kasus_section_row_get_target (row) == GTK_WIDGET (group));

  /* Typing in the add row and pressing Enter adds it to the private block. */
  entries = kasus_test_find_all (GTK_WIDGET (group), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpuint (entries->len, ==, 1);
  add_row = g_ptr_array_index (entries, 0);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "  Jens & Ida <Hansen>  ");
  g_signal_emit_by_name (add_row, "entry-activated");
  known = kasus_case_get_known_identifiers (fixture->kase);
  g_assert_cmpuint (known->len, ==, 1);
  g_assert_cmpstr (((KasusKnownIdentifier *) g_ptr_array_index (known, 0))->text, ==,
                   "Jens & Ida <Hansen>");
  g_assert_cmpint (((KasusKnownIdentifier *) g_ptr_array_index (known, 0))->category, ==,
                   KASUS_CATEGORY_NAME);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  g_assert_true (kasus_window_get_modified (fixture->window));
  g_assert_cmpint (kasus_section_row_get_state (row), ==, KASUS_SECTION_STATE_WRITTEN);
  g_assert_true (kasus_identifiers_group_add (group, KASUS_CATEGORY_PLACE, "Nordby"));
  g_assert_false (kasus_identifiers_group_add (group, KASUS_CATEGORY_PLACE, "   "));
  g_assert_cmpuint (known->len, ==, 2);
  kasus_test_iterate (50);
  g_assert_true (label_shown (GTK_WIDGET (group), "Nordby"));

  /* Each has a remove button. */
  buttons = kasus_test_find_all (GTK_WIDGET (group), GTK_TYPE_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (button)), "user-trash-symbolic") == 0)
        {
          g_signal_emit_by_name (button, "clicked");
          break;
        }
    }
  g_assert_cmpuint (kasus_case_get_known_identifiers (fixture->kase)->len, ==, 1);
  g_assert_cmpstr (((KasusKnownIdentifier *) g_ptr_array_index (known, 0))->text, ==, "Nordby");
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }

  return NULL;
}

static void
test_about (Fixture *fixture, gconstpointer data)
{
  GtkWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  kasus_test_iterate (50);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==,
                   GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==, APP_ID);
  gtk_window_destroy (about);
}

static void
test_preferences (Fixture *fixture, gconstpointer data)
{
  GSettings            *settings = kasus_application_get_settings (app);
  GtkWindow            *preferences;
  g_autoptr (GPtrArray) combos = NULL;
  g_autofree char      *value = NULL;

  g_assert_nonnull (settings);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  kasus_test_iterate (50);
  preferences = find_toplevel (ADW_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);

  /* The case language row (after the interface language row) is bound to
   * the setting new cases follow. */
  combos = kasus_test_find_all (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (combos->len, ==, 2);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 2);
  value = g_settings_get_string (settings, "default-case-language");
  g_assert_cmpstr (value, ==, "en");
  g_assert_cmpint (kasus_application_get_default_language (app), ==, KASUS_LANGUAGE_EN);
  adw_combo_row_set_selected (g_ptr_array_index (combos, 1), 1);
  g_assert_cmpint (kasus_application_get_default_language (app), ==, KASUS_LANGUAGE_DA);
  g_settings_reset (settings, "default-case-language");
  gtk_window_destroy (preferences);
}

/* Opening never replaces a case someone worked on: a new window. */
static void
test_open_keeps_work (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *path = g_build_filename (fixture->tmpdir, "other.kasus", NULL);
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_autoptr (KasusCase) other = kasus_case_new (template);
  g_autoptr (GList)     windows = NULL;
  KasusWindow          *opened = NULL;

  kasus_case_set_title (other, "En anden kasus");
  g_assert_true (kasus_case_save (other, file, &error));
  g_assert_no_error (error);

  g_assert_false (kasus_window_is_pristine (fixture->window) &&
                  kasus_window_get_modified (fixture->window));
  kasus_case_set_title (fixture->kase, "Ændret");
  g_assert_true (kasus_window_get_modified (fixture->window));

  kasus_application_open_file (app, file, GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
  g_assert_true (kasus_window_get_case (fixture->window) == fixture->kase);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));
  for (GList *l = windows; l; l = l->next)
    if (KASUS_IS_WINDOW (l->data) && kasus_window_get_file (l->data) &&
        g_file_equal (kasus_window_get_file (l->data), file))
      opened = l->data;
  g_assert_nonnull (opened);
  g_assert_true (opened != fixture->window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (opened)), ==, "En anden kasus");

  /* Asking again shows the window that has it. */
  kasus_application_open_file (app, file, GTK_WINDOW (fixture->window));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    g_list_length (windows));
  gtk_window_destroy (GTK_WINDOW (opened));

  /* A saved file goes into the recent files. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  }
}

static gboolean
menu_has_recent (GMenuModel *menu, const char *uri)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char       *action = NULL;
      g_autoptr (GVariant)   target = NULL;
      g_autoptr (GMenuModel) link = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
          g_str_equal (action, "win.open-recent") &&
          (target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                           G_VARIANT_TYPE_STRING)) &&
          g_str_equal (g_variant_get_string (target, NULL), uri))
        return TRUE;

      if ((link = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU)) &&
          menu_has_recent (link, uri))
        return TRUE;
      g_clear_object (&link);
      if ((link = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION)) &&
          menu_has_recent (link, uri))
        return TRUE;
    }

  return FALSE;
}

/* Saving puts the file in the primary menu's Open Recent. */
static void
test_recent_menu (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "recent.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autofree char      *uri = g_file_get_uri (file);
  g_autoptr (GPtrArray) buttons =
    kasus_test_find_all (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = NULL;
  gint64      deadline;

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i)))
      menu = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));
  g_assert_nonnull (menu);
  g_assert_false (menu_has_recent (menu, uri));

  g_assert_true (kasus_window_save_to_file (fixture->window, file, &error));
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (!menu_has_recent (menu, uri) && g_get_monotonic_time () < deadline)
    kasus_test_iterate (20);
  g_assert_true (menu_has_recent (menu, uri));
}

static void
test_window_size_kept (Fixture *fixture, gconstpointer data)
{
  GSettings   *settings = kasus_application_get_settings (app);
  KasusWindow *window;
  int          width, height;

  window = kasus_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 777, 555);
  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (100);
  gtk_window_close (GTK_WINDOW (window));
  kasus_test_iterate (50);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 555);

  window = kasus_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 777);
  g_assert_cmpint (height, ==, 555);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

/* Save in the close dialog writes the file, then closes. */
static void
test_close_saves (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)      error = NULL;
  g_autofree char        *path = g_build_filename (fixture->tmpdir, "closing.kasus", NULL);
  g_autoptr (GFile)       file = g_file_new_for_path (path);
  g_autoptr (KasusCase)   kase = kasus_case_new_demo (&error);
  g_autoptr (KasusCase)   loaded = NULL;
  g_autoptr (GPtrArray)   dialogs = NULL;
  g_autoptr (KasusWindow) window = NULL;

  g_assert_no_error (error);
  window = g_object_ref_sink (kasus_window_new (app));
  kasus_window_set_case (window, kase, NULL);
  g_assert_true (kasus_window_save_to_file (window, file, &error));
  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (100);

  kasus_case_set_region (kase, "Region Nord");
  g_assert_true (kasus_window_get_modified (window));
  {
    g_autoptr (GPtrArray) entries = kasus_test_find_all (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);
    gboolean              shown = FALSE;

    for (guint i = 0; i < entries->len; i++)
      shown |=
        g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (entries, i)), "Region Nord") == 0;
    g_assert_true (shown);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  kasus_test_iterate (50);
  dialogs = kasus_test_find_dialogs (GTK_WINDOW (window));
  g_assert_cmpuint (dialogs->len, ==, 1);
  adw_message_dialog_response (g_ptr_array_index (dialogs, 0), "save");
  kasus_test_iterate (100);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  loaded = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_get_region (loaded), ==, "Region Nord");
}

static void
test_autosave (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  KasusAutosave        *autosave = kasus_window_get_autosave (fixture->window);
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  GtkTextBuffer        *buffer = kasus_section_editor_get_buffer (g_ptr_array_index (editors, 0));
  g_autofree char      *folder = kasus_autosave_dup_folder ();
  g_autofree char      *draft_path = NULL;
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "drafted.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) draft = NULL;
  g_autofree char      *expected = NULL;
  g_autofree char      *got = NULL;
  struct stat           st;
  GFile                *draft_file;

  kasus_autosave_set_delay (autosave, 20);
  draft_file = kasus_autosave_get_draft (autosave);
  g_assert_nonnull (draft_file);
  draft_path = g_file_get_path (draft_file);
  g_assert_true (g_str_has_prefix (draft_path, folder));
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  /* A keystroke, a pause: a private draft with the text. */
  gtk_text_buffer_insert_at_cursor (buffer, "Kladde. ", -1);
  kasus_test_iterate (150);
  g_assert_cmpint (g_stat (draft_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  draft = kasus_case_new_from_file (draft_file, &error);
  g_assert_no_error (error);
  expected = kasus_case_to_data (fixture->kase, NULL);
  got = kasus_case_to_data (draft, NULL);
  g_assert_cmpstr (expected, ==, got);

  /* A clean save removes it. */
  g_assert_true (kasus_window_save_to_file (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));

  /* Closing with Discard removes the next one too. */
  gtk_text_buffer_insert_at_cursor (buffer, "Mere. ", -1);
  kasus_test_iterate (150);
  g_clear_pointer (&draft_path, g_free);
  draft_path = g_file_get_path (kasus_autosave_get_draft (autosave));
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  gtk_window_close (GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
  {
    g_autoptr (GPtrArray) dialogs = kasus_test_find_dialogs (GTK_WINDOW (fixture->window));

    g_assert_cmpuint (dialogs->len, ==, 1);
    g_object_ref (fixture->window);
    adw_message_dialog_response (g_ptr_array_index (dialogs, 0), "discard");
    kasus_test_iterate (50);
  }
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_clear_object (&fixture->window);
}

static void
test_consent_row (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) pages =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_CONSENT_PAGE);
  g_autoptr (GPtrArray) rows =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);
  KasusSectionRow *row;

  /* The last entry of the sidebar leads to the consent page of this case
   * (built once the first frame is out). */
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_true (kasus_consent_page_get_case (g_ptr_array_index (pages, 0)) == fixture->kase);
  row = g_ptr_array_index (rows, rows->len - 1);
  g_assert_true (
    gtk_widget_is_ancestor (g_ptr_array_index (pages, 0), kasus_section_row_get_target (row)));
  gtk_widget_activate (GTK_WIDGET (row));
  kasus_test_iterate (100);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (pages, 0)));

  /* It shows the decision. */
  g_assert_true (label_shown (GTK_WIDGET (fixture->window), "No consent needed · 0/6"));
  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_NEEDED);
  g_assert_cmpint (kasus_section_row_get_state (row), ==, KASUS_SECTION_STATE_INCOMPLETE);
  g_assert_true (label_shown (GTK_WIDGET (fixture->window), "Needed, not obtained · 0/6"));
  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_UNDECIDED);
  g_assert_cmpint (kasus_section_row_get_state (row), ==, KASUS_SECTION_STATE_EMPTY);
  g_assert_true (kasus_window_get_modified (fixture->window));
}

/* The sidebar shows the consent state before the page is built. */
static void
test_consent_row_early (Fixture *fixture, gconstpointer data)
{
  KasusWindow          *window = kasus_window_new (app);
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) pages = NULL;
  KasusSectionRow      *row;

  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_NEEDED);
  kasus_window_set_case (window, fixture->kase, NULL);
  rows = kasus_test_find_all (GTK_WIDGET (window), KASUS_TYPE_SECTION_ROW);
  pages = kasus_test_find_all (GTK_WIDGET (window), KASUS_TYPE_CONSENT_PAGE);
  g_assert_cmpuint (pages->len, ==, 0);
  row = g_ptr_array_index (rows, rows->len - 1);
  g_assert_cmpint (kasus_section_row_get_state (row), ==, KASUS_SECTION_STATE_INCOMPLETE);

  kasus_case_set_consent_decision (fixture->kase, KASUS_CONSENT_UNDECIDED);
  g_assert_cmpint (kasus_section_row_get_state (row), ==, KASUS_SECTION_STATE_EMPTY);

  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

static GtkButton *
consent_show_button (KasusConsentPage *page, const char *item_id)
{
  const char *title =
    kasus_consent_item_get_title (kasus_consent_find_item (item_id), KASUS_LANGUAGE_AUTO);
  g_autoptr (GPtrArray) rows = kasus_test_find_all (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr (GPtrArray) buttons = NULL;

      if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) != 0)
        continue;
      buttons = kasus_test_find_all (g_ptr_array_index (rows, i), GTK_TYPE_BUTTON);
      for (guint j = 0; j < buttons->len; j++)
        {
          GtkButton *button = g_ptr_array_index (buttons, j);

          if (!GTK_IS_CHECK_BUTTON (button) &&
              g_strcmp0 (gtk_button_get_label (button), "_Show") == 0)
            return button;
        }
    }
  return NULL;
}

static gboolean
show_ready (KasusConsentPage *page, const char *item_id)
{
  gint64 until = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      GtkButton *button;

      kasus_test_iterate (10);
      button = consent_show_button (page, item_id);
      if (!kasus_consent_page_is_busy (page) && button &&
          gtk_widget_is_visible (GTK_WIDGET (button)))
        return TRUE;
    }
  return FALSE;
}

/* The text view with the focus: its section and what is selected. */
static char *
focused_selection (KasusWindow *window, guint *section_index)
{
  GtkWidget     *focus = gtk_window_get_focus (GTK_WINDOW (window));
  GtkWidget     *editor;
  GtkTextBuffer *buffer;
  GtkTextIter    start, end;

  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  editor = gtk_widget_get_ancestor (focus, KASUS_TYPE_SECTION_EDITOR);
  g_assert_nonnull (editor);
  *section_index = kasus_section_editor_get_case_index (KASUS_SECTION_EDITOR (editor));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus));
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return g_strdup ("");
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* "Show" on the consent page leads to the text, selected in its editor;
 * fields and checklist items are reached the same way. */
static void
test_consent_show (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusTemplate) template = demo_template (fixture->kase);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  GtkAdjustment        *vadjustment;
  g_autoptr (GPtrArray) pages = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GPtrArray) entry_rows = NULL;
  KasusConsentPage     *page;
  AdwEntryRow          *title_row = NULL;
  GtkWidget            *focus;
  g_autofree char      *selected = NULL;
  int                   history = kasus_case_find_section (kase, "history");
  int                   conclusion = kasus_case_find_section (kase, "conclusion");
  double                at_page;
  guint                 index;
  int                   start, end;

  g_assert_cmpint (history, >=, 0);
  g_assert_cmpint (conclusion, >, history);
  kasus_case_set_title (kase, "Epilepsi hos en voksen");
  kasus_case_set_section_text (kase, history,
                               "Patienten er en 72-årig mand, der blev henvist med kramper.\n\n"
                               "Han har haft anfald i mange år.");
  kasus_case_set_section_text (kase, conclusion,
                               "Helgenomsekventering gav svaret. Hans datter blev testet.");
  kasus_window_set_case (fixture->window, kase, NULL);
  kasus_test_iterate (300);

  pages = kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_CONSENT_PAGE);
  g_assert_cmpuint (pages->len, ==, 1);
  page = g_ptr_array_index (pages, 0);
  g_assert_true (kasus_consent_page_get_case (page) == kase);

  /* To the page, at the bottom. */
  rows = kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);
  gtk_widget_activate (g_ptr_array_index (rows, rows->len - 1));
  g_assert_true (show_ready (page, KASUS_CONSENT_ITEM_AGE));
  kasus_test_iterate (100);
  vadjustment = gtk_scrollable_get_vadjustment (
    GTK_SCROLLABLE (gtk_widget_get_ancestor (GTK_WIDGET (page), GTK_TYPE_VIEWPORT)));
  at_page = gtk_adjustment_get_value (vadjustment);
  g_assert_cmpfloat (at_page, >, 0);

  /* Show: the age, selected in the history. */
  g_signal_emit_by_name (consent_show_button (page, KASUS_CONSENT_ITEM_AGE), "clicked");
  kasus_test_iterate (100);
  selected = focused_selection (fixture->window, &index);
  g_assert_cmpuint (index, ==, history);
  g_assert_cmpstr (selected, ==, "72-årig");
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), <, at_page);
  g_clear_pointer (&selected, g_free);

  /* The relative, in the conclusion. */
  g_assert_true (show_ready (page, KASUS_CONSENT_ITEM_FAMILY));
  g_signal_emit_by_name (consent_show_button (page, KASUS_CONSENT_ITEM_FAMILY), "clicked");
  kasus_test_iterate (100);
  selected = focused_selection (fixture->window, &index);
  g_assert_cmpuint (index, ==, conclusion);
  g_assert_nonnull (strstr (selected, "datter"));

  /* A field with a range: selected in its row. */
  g_signal_emit_by_name (page, "jump-to-finding", "title", (gint64) 9, (gint64) 12);
  kasus_test_iterate (100);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  entry_rows = kasus_test_find_all (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW);
  for (guint i = 0; i < entry_rows->len; i++)
    if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (entry_rows, i)),
                   "Epilepsi hos en voksen") == 0)
      title_row = g_ptr_array_index (entry_rows, i);
  g_assert_nonnull (title_row);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (title_row)));
  g_assert_true (gtk_editable_get_selection_bounds (GTK_EDITABLE (title_row), &start, &end));
  g_assert_cmpint (start, ==, 9);
  g_assert_cmpint (end, ==, 12);

  /* The author's name, from "Add Name". */
  g_signal_emit_by_name (page, "jump-to-finding", KASUS_CONSENT_PAGE_SECTION_AUTHOR, (gint64) -1,
                         (gint64) -1);
  kasus_test_iterate (100);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW));
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW))),
                   ==, "Name");

  /* win.show-consent: the checklist item it names. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-consent",
                                  g_variant_new_string (KASUS_CONSENT_ITEM_FAMILY));
  kasus_test_iterate (100);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_is_ancestor (
    focus,
    gtk_widget_get_ancestor (GTK_WIDGET (consent_show_button (page, KASUS_CONSENT_ITEM_FAMILY)),
                             ADW_TYPE_ACTION_ROW)));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadjustment), >, 0);
}

/* Not a test: KASUS_TEST_SCREENSHOT=file.png saves a picture of the window. */
static void
maybe_screenshot (void)
{
  const char *path = g_getenv ("KASUS_TEST_SCREENSHOT");
  const char *popover_path = g_getenv ("KASUS_TEST_SCREENSHOT_POPOVER");
  Fixture     fixture = { 0 };

  if (path == NULL)
    return;

  fixture_set_up (&fixture, NULL);
  if (g_getenv ("KASUS_TEST_SCREENSHOT_EMPTY"))
    {
      g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, NULL);
      g_autoptr (KasusCase) empty = kasus_case_new (template);

      kasus_window_set_case (fixture.window, empty, NULL);
    }
  if (g_getenv ("KASUS_TEST_SCREENSHOT_WIDTH"))
    {
      gtk_window_set_default_size (GTK_WINDOW (fixture.window),
                                   atoi (g_getenv ("KASUS_TEST_SCREENSHOT_WIDTH")), 700);
      kasus_test_iterate (800);
    }
  if (g_getenv ("KASUS_TEST_SCREENSHOT_ROW"))
    {
      g_autoptr (GPtrArray) rows =
        kasus_test_find_all (GTK_WIDGET (fixture.window), KASUS_TYPE_SECTION_ROW);
      guint n = atoi (g_getenv ("KASUS_TEST_SCREENSHOT_ROW"));

      if (n < rows->len)
        gtk_widget_activate (g_ptr_array_index (rows, n));
    }
  kasus_test_iterate (500);
  kasus_test_save_png (GTK_WIDGET (fixture.window), path);

  /* The popover of the n-th menu button (the primary menu, a help text). */
  if (popover_path != NULL)
    {
      g_autoptr (GPtrArray) buttons =
        kasus_test_find_all (GTK_WIDGET (fixture.window), GTK_TYPE_MENU_BUTTON);
      guint n = atoi (g_getenv ("KASUS_TEST_SCREENSHOT_BUTTON") ?: "0");

      if (n < buttons->len)
        {
          GtkMenuButton *button = g_ptr_array_index (buttons, n);

          gtk_menu_button_popup (button);
          kasus_test_iterate (500);
          kasus_test_save_png (GTK_WIDGET (gtk_menu_button_get_popover (button)), popover_path);
          gtk_menu_button_popdown (button);
        }
    }
  if (g_getenv ("KASUS_TEST_SCREENSHOT_ABOUT"))
    {
      GtkWindow *about;

      g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
      kasus_test_iterate (800);
      about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
      kasus_test_save_png (GTK_WIDGET (about), g_getenv ("KASUS_TEST_SCREENSHOT_ABOUT"));
      gtk_window_destroy (about);
    }
  if (g_getenv ("KASUS_TEST_SCREENSHOT_HELP"))
    {
      GtkShortcutsWindow *help =
        gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (fixture.window));

      gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.show-help-overlay", NULL);
      kasus_test_iterate (800);
      kasus_test_save_png (GTK_WIDGET (help), g_getenv ("KASUS_TEST_SCREENSHOT_HELP"));
      gtk_window_close (GTK_WINDOW (help));
    }
  fixture_tear_down (&fixture, NULL);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = kasus_test_isolate_home ("test-window");
  int              ret;

  g_test_init (&argc, &argv, NULL);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

  maybe_screenshot ();

#define ADD(name, func)                                                                            \
  g_test_add ("/window/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shows-every-section", test_shows_every_section);
  ADD ("title", test_window_title);
  ADD ("edit-changes-case", test_edit_changes_case);
  ADD ("save", test_save);
  ADD ("save-error", test_save_error);
  ADD ("open-malformed", test_open_malformed);
  ADD ("open", test_open_good);
  ADD ("actions", test_actions);
  ADD ("close-asks", test_close_asks);
  ADD ("about", test_about);
  ADD ("known-identifiers", test_known_identifiers);
  ADD ("preferences", test_preferences);
  ADD ("open-keeps-work", test_open_keeps_work);
  ADD ("window-size-kept", test_window_size_kept);
  ADD ("recent-menu", test_recent_menu);
  ADD ("close-saves", test_close_saves);
  ADD ("autosave", test_autosave);
  ADD ("consent-row", test_consent_row);
  ADD ("consent-row-early", test_consent_row_early);
  ADD ("consent-show", test_consent_show);
#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);
  kasus_test_clean_home (data_home);

  return ret;
}
