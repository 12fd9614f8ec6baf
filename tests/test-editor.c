/* test-editor.c — live highlighting, the findings panel, known identifiers
 * and recovery of drafts, under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-editor"

#include "config.h"

#include <sys/stat.h>
#include <utime.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-autosave.h"
#include "kasus-case.h"
#include "kasus-finding-header.h"
#include "kasus-finding-header.h"
#include "kasus-finding-item.h"
#include "kasus-finding-row.h"
#include "kasus-findings-panel.h"
#include "kasus-highlighter.h"
#include "kasus-readiness.h"
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

/* Runs the main loop until the window has scanned everything and shown
 * it, with a generous bound: a failure, not a timing. */
static gboolean
window_idle (gpointer window)
{
  return !kasus_window_get_busy (window);
}

static void
settle (KasusWindow *window)
{
  g_assert_true (kasus_test_iterate_until (window_idle, window, 20));
}

/* Drafts other tests' windows left behind. */
static void
clear_drafts (void)
{
  g_autofree char *folder = kasus_autosave_dup_folder ();

  kasus_test_remove_tree (folder);
}

static void
show_case (Fixture *fixture, KasusCase *kase)
{
  g_set_object (&fixture->kase, kase);
  kasus_window_set_case (fixture->window, kase, NULL);
  settle (fixture->window);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (KasusCase) kase = NULL;

  fixture->tmpdir = g_dir_make_tmp ("test-editor-XXXXXX", &error);
  g_assert_no_error (error);

  template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  kase = kasus_case_new (template);

  fixture->window = kasus_test_window_new (app, NULL, 1200, 800);
  show_case (fixture, kase);
  kasus_test_iterate (100);
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

static KasusSectionEditor *
first_editor (KasusWindow *window)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (window), KASUS_TYPE_SECTION_EDITOR);

  g_assert_cmpuint (editors->len, >, 0);
  return g_ptr_array_index (editors, 0);
}

/* The names of the finding tags on the character at offset. */
static char *
tags_at (GtkTextBuffer *buffer, gint64 offset)
{
  GtkTextIter         iter;
  g_autoptr (GString) names = g_string_new (NULL);
  GSList             *tags;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (name != NULL && g_str_has_prefix (name, KASUS_HIGHLIGHTER_TAG_PREFIX))
        g_string_append_printf (names, "%s%s", names->len ? " " : "", name);
    }
  g_slist_free (tags);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static gint64
offset_of (GtkTextBuffer *buffer, const char *needle, guint nth)
{
  g_autofree char *text = kasus_test_buffer_text (buffer);
  const char      *p = text;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, needle);
      g_assert_nonnull (p);
    }

  return g_utf8_pointer_to_offset (text, p);
}

static KasusFindingItem *
item_for (KasusSectionEditor *editor, const char *text)
{
  GPtrArray *items = kasus_highlighter_get_items (kasus_section_editor_get_highlighter (editor));

  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (kasus_finding_item_get_text (g_ptr_array_index (items, i)), text))
      return g_ptr_array_index (items, i);

  return NULL;
}

/* The scanner's reasons are in the case's language; the editor shows them
 * in the interface's (English here), next to the translated category. */
static void
test_reason_follows_ui (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  KasusFindingItem   *item;

  gtk_text_buffer_set_text (buffer, "Der blev fundet BRCA2 c.5946delT.", -1);
  settle (fixture->window);

  item = item_for (editor, "BRCA2 c.5946delT");
  g_assert_nonnull (item);
  g_assert_cmpstr (kasus_finding_item_get_why (item), ==, "rare or unknown variant");
  /* The suggestion replaces the text: it stays in the case's language. */
  g_assert_cmpstr (kasus_finding_item_get_suggestion (item), ==,
                   "en sjælden variant i et DNA-reparationsgen");
}

/* Typing an age paints it with the age tag once the main loop has run. */
static void
test_typing_paints (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  const char         *sentence = "En 72-årig mand";
  g_autofree char    *tags = NULL;
  g_autofree char    *before = NULL;
  gint64              age;

  /* Typed one character at a time, like a person. */
  for (const char *p = sentence; *p; p = g_utf8_next_char (p))
    {
      char c[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      gtk_text_buffer_insert_interactive_at_cursor (buffer, c, -1, TRUE);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  settle (fixture->window);

  age = offset_of (buffer, "72-årig", 0);
  tags = tags_at (buffer, age + 2);
  g_assert_true (g_str_has_prefix (tags, KASUS_HIGHLIGHTER_TAG_PREFIX "age"));
  before = tags_at (buffer, 0);
  g_assert_cmpstr (before, ==, "");
  g_assert_nonnull (item_for (editor, "72-årig"));

  /* The panel lists it, the sidebar says the section has findings. */
  g_assert_cmpuint (
    kasus_findings_panel_get_n_open (kasus_window_get_findings_panel (fixture->window)), ==, 1);
  {
    g_autoptr (GPtrArray) rows =
      kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);
    gboolean found = FALSE;

    for (guint i = 0; i < rows->len; i++)
      if (kasus_section_row_get_target (g_ptr_array_index (rows, i)) == GTK_WIDGET (editor))
        {
          found = TRUE;
          g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, i)), ==,
                           KASUS_SECTION_STATE_FINDINGS);
        }
    g_assert_true (found);
  }

  /* Editing it away takes the paint away. */
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_offset (buffer, &start, age);
    gtk_text_buffer_get_iter_at_offset (buffer, &end, age + 7);
    gtk_text_buffer_delete (buffer, &start, &end);
    gtk_text_buffer_insert (buffer, &start, "ældre", -1);
  }
  settle (fixture->window);
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, offset_of (buffer, "ældre", 0) + 1);
  g_assert_cmpstr (tags, ==, "");
  g_assert_cmpuint (
    kasus_findings_panel_get_n_open (kasus_window_get_findings_panel (fixture->window)), ==, 0);
}

/* Applying a suggestion is one edit that undo takes back. */
static void
test_apply_and_undo (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  const char         *original = "Patienten, en 72-årig mand, blev henvist.";
  g_autofree char    *applied = NULL;
  g_autofree char    *undone = NULL;
  g_autofree char    *redone = NULL;
  g_autofree char    *expected = NULL;
  KasusFindingItem   *item;
  const char         *suggestion;

  gtk_text_buffer_insert_at_cursor (buffer, original, -1);
  settle (fixture->window);
  item = item_for (editor, "72-årig");
  g_assert_nonnull (item);
  suggestion = kasus_finding_item_get_suggestion (item);
  g_assert_nonnull (suggestion);
  expected = g_strdup_printf ("Patienten, en %s mand, blev henvist.", suggestion);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-finding", "t",
                              kasus_finding_item_get_id (item));
  applied = kasus_test_buffer_text (buffer);
  g_assert_cmpstr (applied, ==, expected);
  g_assert_cmpstr (
    kasus_case_get_section_text (fixture->kase, kasus_section_editor_get_case_index (editor)), ==,
    expected);
  settle (fixture->window);
  g_assert_null (item_for (editor, "72-årig"));

  gtk_text_buffer_undo (buffer);
  undone = kasus_test_buffer_text (buffer);
  g_assert_cmpstr (undone, ==, original);
  g_assert_cmpstr (
    kasus_case_get_section_text (fixture->kase, kasus_section_editor_get_case_index (editor)), ==,
    original);
  settle (fixture->window);
  g_assert_nonnull (item_for (editor, "72-årig"));

  gtk_text_buffer_redo (buffer);
  redone = kasus_test_buffer_text (buffer);
  g_assert_cmpstr (redone, ==, expected);
}

/* As a click on a response button: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog, const char *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  kasus_test_iterate (50);
}

static AdwMessageDialog *
only_dialog (GtkWindow *window)
{
  g_autoptr (GPtrArray) dialogs = kasus_test_find_dialogs (window);

  g_assert_cmpuint (dialogs->len, ==, 1);
  return g_ptr_array_index (dialogs, 0);
}

/* Accepting with a reason keeps the reason in the file; the accepted
 * finding is not painted, then or after loading. */
static void
test_accept_survives (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)    error = NULL;
  KasusSectionEditor   *editor = first_editor (fixture->window);
  GtkTextBuffer        *buffer = kasus_section_editor_get_buffer (editor);
  g_autofree char      *path = g_build_filename (fixture->tmpdir, "accepted.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) loaded = NULL;
  g_autofree char      *tags = NULL;
  AdwMessageDialog     *dialog;
  GtkWidget            *entry;
  KasusFindingItem     *item;
  GListModel           *model;
  gboolean              listed = FALSE;
  gint64                place;

  gtk_text_buffer_insert_at_cursor (buffer, "Familien bor i Nordby. En 72-årig mand.", -1);
  settle (fixture->window);
  item = item_for (editor, "Nordby");
  g_assert_nonnull (item);
  place = offset_of (buffer, "Nordby", 0);
  tags = tags_at (buffer, place + 1);
  g_assert_cmpstr (tags, !=, "");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.accept-finding", "t",
                              kasus_finding_item_get_id (item));
  kasus_test_iterate (50);
  dialog = only_dialog (GTK_WINDOW (fixture->window));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EDITABLE (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Opdigtet stednavn  ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  respond (dialog, "accept");
  settle (fixture->window);

  g_assert_nonnull (kasus_case_lookup_accepted (
    fixture->kase, kasus_section_editor_get_section_id (editor), KASUS_CATEGORY_PLACE, "Nordby"));
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, place + 1);
  g_assert_cmpstr (tags, ==, "");
  g_assert_cmpuint (
    kasus_findings_panel_get_n_open (kasus_window_get_findings_panel (fixture->window)), ==, 1);

  /* Saved, loaded again: still accepted, listed as such, not painted. */
  g_assert_true (kasus_window_save_to_file (fixture->window, file, &error));
  g_assert_no_error (error);
  loaded = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_lookup_accepted (loaded, kasus_section_editor_get_section_id (editor),
                                               KASUS_CATEGORY_PLACE, "Nordby")
                     ->reason,
                   ==, "Opdigtet stednavn");
  kasus_window_set_case (fixture->window, loaded, file);
  settle (fixture->window);
  editor = first_editor (fixture->window);
  buffer = kasus_section_editor_get_buffer (editor);
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, offset_of (buffer, "Nordby", 0) + 1);
  g_assert_cmpstr (tags, ==, "");
  item = item_for (editor, "Nordby");
  g_assert_nonnull (item);
  g_assert_cmpstr (kasus_finding_item_get_accepted (item), ==, "Opdigtet stednavn");
  model = kasus_findings_panel_get_model (kasus_window_get_findings_panel (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) row = g_list_model_get_item (model, i);

      listed |= (GObject *) item == row;
    }
  g_assert_true (listed);

  /* Changing the text brings it back. */
  {
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "Nordby", 0) + 6);
    gtk_text_buffer_insert (buffer, &iter, "lund", -1);
  }
  settle (fixture->window);
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, offset_of (buffer, "Nordbylund", 0) + 1);
  g_assert_true (g_str_has_prefix (tags, KASUS_HIGHLIGHTER_TAG_PREFIX "place"));

  /* Undoing the acceptance paints it again. */
  item = item_for (editor, "72-årig");
  g_assert_nonnull (item);
  kasus_case_accept_finding (loaded, kasus_section_editor_get_section_id (editor),
                             KASUS_CATEGORY_AGE, "72-årig", "Test");
  settle (fixture->window);
  g_assert_cmpstr (kasus_finding_item_get_accepted (item), ==, "Test");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.unaccept-finding", "t",
                              kasus_finding_item_get_id (item));
  settle (fixture->window);
  g_assert_null (kasus_finding_item_get_accepted (item));
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, offset_of (buffer, "72-årig", 0) + 1);
  g_assert_true (g_str_has_prefix (tags, KASUS_HIGHLIGHTER_TAG_PREFIX "age"));
}

/* A known identifier is a high finding wherever it is, also inflected;
 * the list changing rescans everything. */
static void
test_known_identifier (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  KasusSectionEditor *first = g_ptr_array_index (editors, 0);
  KasusSectionEditor *last = g_ptr_array_index (editors, editors->len - 1);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (first);
  GtkTextBuffer      *other = kasus_section_editor_get_buffer (last);
  g_autofree char    *tags = NULL;
  g_autofree char    *genitive = NULL;
  g_autofree char    *elsewhere = NULL;

  gtk_text_buffer_insert_at_cursor (
    buffer, "Hr. Bjerregaard kom til samtale. Bjerregaards søster var med.", -1);
  gtk_text_buffer_insert_at_cursor (other, "Senere talte vi med BJERREGAARD igen.", -1);
  settle (fixture->window);

  /* Added on the identifiers page: every occurrence is painted, high. */
  kasus_case_add_known_identifier (fixture->kase, KASUS_CATEGORY_NAME, "Bjerregaard");
  settle (fixture->window);
  tags = tags_at (buffer, offset_of (buffer, "Bjerregaard", 0) + 1);
  genitive = tags_at (buffer, offset_of (buffer, "Bjerregaards", 0) + 1);
  elsewhere = tags_at (other, offset_of (other, "BJERREGAARD", 0) + 1);
  g_assert_cmpstr (tags, ==, KASUS_HIGHLIGHTER_TAG_PREFIX "name-high");
  g_assert_cmpstr (genitive, ==, KASUS_HIGHLIGHTER_TAG_PREFIX "name-high");
  g_assert_cmpstr (elsewhere, ==, KASUS_HIGHLIGHTER_TAG_PREFIX "name-high");
  g_assert_nonnull (item_for (first, "Bjerregaards"));

  /* Removed: gone again (unless the rules find it on their own). */
  kasus_case_remove_known_identifier (fixture->kase, 0);
  settle (fixture->window);
  g_clear_pointer (&elsewhere, g_free);
  elsewhere = tags_at (other, offset_of (other, "BJERREGAARD", 0) + 1);
  g_assert_cmpstr (elsewhere, !=, KASUS_HIGHLIGHTER_TAG_PREFIX "name-high");
}

/* A case with 200 findings lists every one, under its section. */
static void
test_many_findings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  g_autoptr (GString)   text = g_string_new (NULL);
  GListModel           *model;
  guint                 n_items = 0, n_headers = 0;
  int                   index;

  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (text, "Patient %u var en %u-årig mand.%s", i, 20 + i % 70,
                            i % 10 == 9 ? "\n\n" : " ");
  index = kasus_case_find_section (
    kase, kasus_section_editor_get_section_id (first_editor (fixture->window)));
  g_assert_cmpint (index, >=, 0);
  kasus_case_set_section_text (kase, index, text->str);
  kasus_case_set_section_text (kase, index + 1, "Hun var 45 år.");

  show_case (fixture, kase);
  model = kasus_findings_panel_get_model (kasus_window_get_findings_panel (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) row = g_list_model_get_item (model, i);

      if (KASUS_IS_FINDING_ITEM (row))
        n_items++;
      else if (KASUS_IS_FINDING_HEADER (row))
        n_headers++;
    }
  g_assert_cmpuint (n_items, ==, 201);
  g_assert_cmpuint (n_headers, ==, 2);
  g_assert_cmpuint (
    kasus_findings_panel_get_n_open (kasus_window_get_findings_panel (fixture->window)), ==, 201);
  {
    g_autoptr (GObject) header = g_list_model_get_item (model, 0);

    g_assert_true (KASUS_IS_FINDING_HEADER (header));
    g_assert_cmpuint (kasus_finding_header_get_n_open (KASUS_FINDING_HEADER (header)), ==, 200);
  }
}

/* The tooltip and the context menu speak of the finding at hand. */
static void
test_context_menu (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  GtkTextView        *view = kasus_section_editor_get_text_view (editor);
  GMenuModel         *menu = kasus_section_editor_get_findings_menu (editor);
  GtkTextIter         iter;

  gtk_text_buffer_insert_at_cursor (buffer, "Han er 72 år og bor i Nordby.", -1);
  settle (fixture->window);
  /* Part of what the text view offers (spelling may add its own). */
  g_assert_nonnull (gtk_text_view_get_extra_menu (view));

  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 0);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset_of (buffer, "Nordby", 0) + 2);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  {
    GMenuModel          *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_autofree char     *action = NULL;
    g_autoptr (GVariant) target = NULL;

    g_assert_cmpint (g_menu_model_get_n_items (section), ==, 3);
    g_assert_true (
      g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_cmpstr (action, ==, "win.apply-finding");
    target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET,
                                                    G_VARIANT_TYPE_UINT64);
    g_assert_cmpuint (g_variant_get_uint64 (target), ==,
                      kasus_finding_item_get_id (item_for (editor, "Nordby")));
    g_object_unref (section);

    /* What the menu item does. */
    g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "apply-finding", target);
  }
  {
    g_autofree char *text = kasus_test_buffer_text (buffer);

    g_assert_null (strstr (text, "Nordby"));
  }
}

/* Autosave writes a private draft; a draft newer than its file is offered
 * at start, and recovering shows its text as unsaved changes to the file. */
static void
test_recovery (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)        error = NULL;
  g_autofree char          *path = g_build_filename (fixture->tmpdir, "crashed.kasus", NULL);
  g_autoptr (GFile)         file = g_file_new_for_path (path);
  g_autoptr (KasusAutosave) autosave = kasus_autosave_new ();
  KasusSectionEditor       *editor = first_editor (fixture->window);
  guint                     index = kasus_section_editor_get_case_index (editor);
  g_autoptr (KasusCase)     on_disk = NULL;
  g_autoptr (GPtrArray)     drafts = NULL;
  g_autofree char          *draft_path = NULL;
  g_autofree char          *shown = NULL;
  KasusWindow              *recovered = NULL;
  struct stat               st;
  GtkTextBuffer            *buffer;
  GListModel               *toplevels;

  clear_drafts ();

  /* The saved file, then more typed and drafted, then a "crash". */
  kasus_case_set_section_text (fixture->kase, index, "Gemt tekst.");
  g_assert_true (kasus_case_save (fixture->kase, file, &error));
  g_assert_no_error (error);
  kasus_case_set_section_text (fixture->kase, index, "Gemt tekst. Og mere, som ikke blev gemt.");
  kasus_autosave_set_case (autosave, fixture->kase, file);
  g_assert_true (kasus_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  draft_path = g_file_get_path (kasus_autosave_get_draft (autosave));
  g_assert_cmpint (g_stat (draft_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    /* The file a minute older than the draft. */
    struct utimbuf times = { st.st_mtime - 60, st.st_mtime - 60 };

    g_assert_cmpint (g_utime (path, &times), ==, 0);
  }
  g_clear_object (&autosave);

  drafts = kasus_autosave_find_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_true (g_file_equal (((KasusDraft *) g_ptr_array_index (drafts, 0))->file, file));

  /* A pristine window: recovering fills it. */
  {
    g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
    g_autoptr (KasusCase) empty = kasus_case_new (template);

    show_case (fixture, empty);
  }
  kasus_application_offer_recovery (app, GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
  respond (only_dialog (GTK_WINDOW (fixture->window)), "recover");
  kasus_test_iterate (50);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (KASUS_IS_WINDOW (toplevel) && kasus_window_get_file (KASUS_WINDOW (toplevel)) != NULL &&
          g_file_equal (kasus_window_get_file (KASUS_WINDOW (toplevel)), file))
        recovered = KASUS_WINDOW (toplevel);
    }
  g_assert_true (recovered == fixture->window);
  g_assert_true (kasus_window_get_modified (recovered));
  buffer = kasus_section_editor_get_buffer (first_editor (recovered));
  shown = kasus_test_buffer_text (buffer);
  g_assert_cmpstr (shown, ==, "Gemt tekst. Og mere, som ikke blev gemt.");
  /* The draft stays until the case is saved. */
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  on_disk = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_get_section_text (on_disk, index), ==, "Gemt tekst.");

  g_assert_true (kasus_window_save_to_file (recovered, file, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = kasus_autosave_find_drafts ();
  g_assert_cmpuint (drafts->len, ==, 0);
}

/* Discarding removes it; a draft of a case never saved is offered too;
 * one older than its file is not. */
static void
test_recovery_discard (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError)        error = NULL;
  g_autoptr (KasusAutosave) unsaved = kasus_autosave_new ();
  g_autoptr (KasusAutosave) stale = kasus_autosave_new ();
  g_autofree char          *path = g_build_filename (fixture->tmpdir, "newer.kasus", NULL);
  g_autoptr (GFile)         file = g_file_new_for_path (path);
  g_autoptr (GPtrArray)     drafts = NULL;
  g_autofree char          *unsaved_path = NULL;
  g_autofree char          *stale_path = NULL;

  clear_drafts ();
  kasus_autosave_set_case (unsaved, fixture->kase, NULL);
  g_assert_true (kasus_autosave_flush (unsaved, &error));
  unsaved_path = g_file_get_path (kasus_autosave_get_draft (unsaved));
  kasus_autosave_set_case (stale, fixture->kase, file);
  g_assert_true (kasus_autosave_flush (stale, &error));
  stale_path = g_file_get_path (kasus_autosave_get_draft (stale));
  g_usleep (20000);
  g_assert_true (kasus_case_save (fixture->kase, file, &error));
  g_assert_no_error (error);

  drafts = kasus_autosave_find_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_null (((KasusDraft *) g_ptr_array_index (drafts, 0))->file);
  g_assert_false (g_file_test (stale_path, G_FILE_TEST_EXISTS));

  kasus_application_offer_recovery (app, GTK_WINDOW (fixture->window));
  kasus_test_iterate (50);
  respond (only_dialog (GTK_WINDOW (fixture->window)), "discard");
  kasus_test_iterate (50);
  g_assert_false (g_file_test (unsaved_path, G_FILE_TEST_EXISTS));
  {
    g_autoptr (GPtrArray) left = kasus_test_find_dialogs (GTK_WINDOW (fixture->window));

    for (guint i = 0; i < left->len; i++)
      g_test_message ("left: %s / %s (visible %d)",
                      adw_message_dialog_get_heading (g_ptr_array_index (left, i)),
                      adw_message_dialog_get_body (g_ptr_array_index (left, i)),
                      gtk_widget_get_visible (g_ptr_array_index (left, i)));
    g_assert_cmpuint (left->len, ==, 0);
  }
}

/* Selecting a finding in the panel selects its text. */
static void
test_panel_selects (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  GtkTextIter         start, end;
  g_autofree char    *selected = NULL;
  KasusFindingItem   *item;

  gtk_text_buffer_insert_at_cursor (buffer, "Hun blev født 3. marts 1961 på Rigshospitalet.", -1);
  settle (fixture->window);
  item = item_for (editor, "Rigshospitalet");
  g_assert_nonnull (item);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-finding", "t",
                              kasus_finding_item_get_id (item));
  g_signal_emit_by_name (kasus_window_get_findings_panel (fixture->window), "item-selected", item);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "Rigshospitalet");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-finding", "t",
                              kasus_finding_item_get_id (item_for (editor, "3. marts 1961")));
  kasus_test_iterate (50);
  g_clear_pointer (&selected, g_free);
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "3. marts 1961");
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (kasus_section_editor_get_text_view (editor))));
}

static KasusFindingRow *
row_for (KasusFindingsPanel *panel, gpointer item)
{
  g_autoptr (GPtrArray) rows = kasus_test_find_all (GTK_WIDGET (panel), KASUS_TYPE_FINDING_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (kasus_finding_row_get_item (g_ptr_array_index (rows, i)) == item)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* The heading of the section item is listed in. */
static KasusFindingHeader *
header_of (KasusFindingsPanel *panel, gpointer item)
{
  GListModel *model = kasus_findings_panel_get_model (panel);
  guint       position;

  g_assert_true (g_list_store_find (G_LIST_STORE (model), item, &position));
  while (position > 0)
    {
      g_autoptr (GObject) row = g_list_model_get_item (model, --position);

      if (KASUS_IS_FINDING_HEADER (row))
        return KASUS_FINDING_HEADER (row);
    }
  g_assert_not_reached ();
}

static gboolean
shows_label (GtkWidget *widget, const char *text)
{
  g_autoptr (GPtrArray) labels = kasus_test_find_all (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

static void
type_at (GtkTextBuffer *buffer, gint64 offset, const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset++);
      gtk_text_buffer_insert_interactive (buffer, &iter, p, g_utf8_next_char (p) - p, TRUE);
      kasus_test_iterate (1);
    }
}

static gboolean
holds_one (gpointer highlighter)
{
  return kasus_highlighter_get_n_held (highlighter) > 0;
}

static gboolean
holds_none (gpointer highlighter)
{
  return kasus_highlighter_get_n_held (highlighter) == 0 &&
         !kasus_highlighter_is_busy (highlighter);
}

static void
type_at_cursor (GtkTextBuffer *buffer, const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gtk_text_buffer_insert_interactive_at_cursor (buffer, p, g_utf8_next_char (p) - p, TRUE);
      kasus_test_iterate (1);
    }
}

/* An age still being typed ("3", "35", "35 år") is neither painted nor
 * listed until the writer pauses; moving the cursor away shows it at once.
 * A finding already shown stays shown while its word grows. */
static void
test_held_while_typed (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  KasusHighlighter   *highlighter = kasus_section_editor_get_highlighter (editor);
  KasusFindingsPanel *panel = kasus_window_get_findings_panel (fixture->window);
  GtkTextIter         start;
  g_autofree char    *tags = NULL;

  type_at_cursor (buffer, "Hun er 35 år");
  g_assert_true (kasus_test_iterate_until (holds_one, highlighter, 10));
  g_assert_null (item_for (editor, "35 år"));
  tags = tags_at (buffer, 8);
  g_assert_cmpstr (tags, ==, "");
  g_assert_cmpuint (kasus_findings_panel_get_n_open (panel), ==, 0);

  /* A pause: it shows. */
  g_assert_true (kasus_test_iterate_until (holds_none, highlighter, 10));
  settle (fixture->window);
  g_assert_nonnull (item_for (editor, "35 år"));
  g_assert_cmpuint (kasus_findings_panel_get_n_open (panel), ==, 1);

  /* Held again, then the cursor goes elsewhere: it shows without a pause. */
  type_at_cursor (buffer, ". Hun bor i Skive");
  g_assert_true (kasus_test_iterate_until (holds_one, highlighter, 10));
  g_assert_null (item_for (editor, "Skive"));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  g_assert_cmpuint (kasus_highlighter_get_n_held (highlighter), ==, 0);
  settle (fixture->window);
  g_assert_nonnull (item_for (editor, "Skive"));

  /* Typing on at the end of a finding already shown keeps it listed:
   * "72-årig" becomes "72-årige" without a gap. */
  gtk_text_buffer_get_end_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  type_at_cursor (buffer, ". En 72-årig");
  g_assert_true (kasus_test_iterate_until (holds_none, highlighter, 10));
  settle (fixture->window);
  g_assert_nonnull (item_for (editor, "72-årig"));
  type_at_cursor (buffer, "e");
  for (guint i = 0; i < 5000 && item_for (editor, "72-årige") == NULL &&
                    kasus_highlighter_get_n_held (highlighter) == 0;
       i++)
    kasus_test_iterate (2);
  g_assert_nonnull (item_for (editor, "72-årige"));
  g_assert_cmpuint (kasus_highlighter_get_n_held (highlighter), ==, 0);
}

/* Typing a new finding elsewhere in the section, and deleting it again,
 * leaves the finding selected in the panel selected, on the same row. */
static void
test_panel_keeps_selection (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor   *editor = first_editor (fixture->window);
  GtkTextBuffer        *buffer = kasus_section_editor_get_buffer (editor);
  KasusFindingsPanel   *panel = kasus_window_get_findings_panel (fixture->window);
  g_autoptr (GPtrArray) lists = kasus_test_find_all (GTK_WIDGET (panel), GTK_TYPE_LIST_VIEW);
  GtkSingleSelection   *selection;
  KasusFindingItem     *item;
  KasusFindingRow      *row;
  KasusFindingHeader   *header;
  GtkTextIter           start, end;
  const char           *typed = "Hun bor i Skive. ";

  g_assert_cmpuint (lists->len, ==, 1);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (g_ptr_array_index (lists, 0)));

  gtk_text_buffer_insert_at_cursor (buffer, "Hun blev født 3. marts 1961 på Rigshospitalet.", -1);
  settle (fixture->window);
  kasus_test_iterate (20);
  item = item_for (editor, "Rigshospitalet");
  g_assert_nonnull (item);
  kasus_findings_panel_select (panel, item);
  kasus_test_iterate (20);
  row = row_for (panel, item);
  g_assert_nonnull (row);
  header = header_of (panel, item);
  g_assert_cmpuint (kasus_finding_header_get_n_open (header), ==, 2);

  type_at (buffer, 0, typed);
  settle (fixture->window);
  kasus_test_iterate (20);
  g_assert_nonnull (item_for (editor, "Skive"));
  g_assert_true (item_for (editor, "Rigshospitalet") == item);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) item);
  g_assert_true (row_for (panel, item) == row);
  /* The heading counts the new one, on screen too. */
  header = header_of (panel, item);
  g_assert_cmpuint (kasus_finding_header_get_n_open (header), ==, 3);
  g_assert_true (shows_label (GTK_WIDGET (row_for (panel, header)), "3"));

  gtk_text_buffer_get_iter_at_offset (buffer, &start, 0);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_strlen (typed, -1));
  gtk_text_buffer_delete_interactive (buffer, &start, &end, TRUE);
  settle (fixture->window);
  kasus_test_iterate (20);
  g_assert_null (item_for (editor, "Skive"));
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) item);
  g_assert_true (row_for (panel, item) == row);
  header = header_of (panel, item);
  g_assert_true (shows_label (GTK_WIDGET (row_for (panel, header)), "2"));
}

/* A large paste is scanned in pieces; typing during it stays correct. */
static void
test_large_paste (Fixture *fixture, gconstpointer data)
{
  KasusSectionEditor *editor = first_editor (fixture->window);
  GtkTextBuffer      *buffer = kasus_section_editor_get_buffer (editor);
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char    *tags = NULL;
  GtkTextIter         end;
  gint64              t0;

  while (text->len < 200 * 1024)
    g_string_append (text, "Anamnesen var lang og uden særlige fund i familien. Hun fik medicin.\n"
                           "Ved undersøgelsen sås normale forhold, og der var ingen mistanke.\n\n");
  g_string_append (text, "Til sidst en 72-årig mand.\n");

  t0 = g_get_monotonic_time ();
  gtk_text_buffer_insert_at_cursor (buffer, text->str, -1);
  /* Typing while it is scanned. */
  gtk_text_buffer_get_start_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Hun er en 45-årig kvinde. ", -1);
  settle (fixture->window);
  g_test_message ("200 KB paste scanned in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);

  tags = tags_at (buffer, offset_of (buffer, "72-årig", 0) + 1);
  g_assert_true (g_str_has_prefix (tags, KASUS_HIGHLIGHTER_TAG_PREFIX "age"));
  g_clear_pointer (&tags, g_free);
  tags = tags_at (buffer, offset_of (buffer, "45-årig", 0) + 1);
  {
    GPtrArray *items = kasus_highlighter_get_items (kasus_section_editor_get_highlighter (editor));

    for (guint i = 0; i < items->len; i++)
      g_test_message ("item %s %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT " tags '%s'",
                      kasus_finding_item_get_text (g_ptr_array_index (items, i)),
                      kasus_finding_item_get_start (g_ptr_array_index (items, i)),
                      kasus_finding_item_get_end (g_ptr_array_index (items, i)), tags);
  }
  g_assert_true (g_str_has_prefix (tags, KASUS_HIGHLIGHTER_TAG_PREFIX "age"));
  g_assert_cmpuint (
    kasus_highlighter_get_items (kasus_section_editor_get_highlighter (editor))->len, ==, 2);
}

/* A large case: the first section at once, the rest after the first
 * frame, each read-only until its text is in; nothing marks it modified. */
static void
test_large_case_fills (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  g_autoptr (GString)   text = g_string_new (NULL);
  g_autoptr (GPtrArray) editors = NULL;
  KasusSectionEditor   *last;

  g_assert_no_error (error);
  while (text->len < 12 * 1024)
    g_string_append (text, "Forløbet var langvarigt, og undersøgelserne gav ingen forklaring.\n\n");
  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    kasus_case_set_section_text (kase, i, text->str);
  g_string_append (text, "En 72-årig mand.");
  kasus_case_set_section_text (kase, kasus_case_get_n_sections (kase) - 1, text->str);

  g_set_object (&fixture->kase, kase);
  kasus_window_set_case (fixture->window, kase, NULL);
  editors = kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  last = g_ptr_array_index (editors, editors->len - 1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (
                     kasus_section_editor_get_buffer (g_ptr_array_index (editors, 0))),
                   >, 0);
  g_assert_cmpint (gtk_text_buffer_get_char_count (kasus_section_editor_get_buffer (last)), ==, 0);
  g_assert_false (gtk_text_view_get_editable (kasus_section_editor_get_text_view (last)));
  g_assert_true (kasus_window_get_busy (fixture->window));

  settle (fixture->window);
  for (guint i = 0; i < editors->len; i++)
    {
      KasusSectionEditor *editor = g_ptr_array_index (editors, i);
      g_autofree char    *shown = kasus_test_buffer_text (kasus_section_editor_get_buffer (editor));

      g_assert_cmpstr (
        shown, ==,
        kasus_case_get_section_text (kase, kasus_section_editor_get_case_index (editor)));
      g_assert_true (gtk_text_view_get_editable (kasus_section_editor_get_text_view (editor)));
    }
  g_assert_false (kasus_window_get_modified (fixture->window));
  g_assert_nonnull (item_for (last, "72-årig"));
}

/* The title is exported too: its findings are painted, listed under Case
 * Details, fixed or accepted as the sections' are, and accepted the way
 * the export gate reads them. */
static void
test_title_findings (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) entries =
    kasus_test_find_all (GTK_WIDGET (fixture->window), ADW_TYPE_ENTRY_ROW);
  GtkEditable          *title = g_ptr_array_index (entries, 0);
  KasusFindingsPanel   *panel = kasus_window_get_findings_panel (fixture->window);
  GListModel           *model = kasus_findings_panel_get_model (panel);
  g_autoptr (GPtrArray) unresolved = NULL;
  g_autoptr (GObject)   header = NULL;
  g_autoptr (GObject)   first = NULL;
  KasusFindingItem     *item;
  g_autofree char      *expected = NULL;

  gtk_editable_set_text (title, "Epilepsi hos en 34-årig kvinde fra Skive");
  settle (fixture->window);
  g_assert_cmpstr (kasus_case_get_title (fixture->kase), ==,
                   "Epilepsi hos en 34-årig kvinde fra Skive");
  g_assert_cmpuint (kasus_findings_panel_get_n_open (panel), ==, 2);
  header = g_list_model_get_item (model, 0);
  g_assert_true (KASUS_IS_FINDING_HEADER (header));
  first = g_list_model_get_item (model, 1);
  g_assert_true (KASUS_IS_FINDING_ITEM (first));
  item = KASUS_FINDING_ITEM (first);
  g_assert_cmpstr (kasus_finding_item_get_text (item), ==, "34-årig");
  {
    g_autoptr (GPtrArray) rows =
      kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_ROW);

    g_assert_cmpint (kasus_section_row_get_state (g_ptr_array_index (rows, 0)), ==,
                     KASUS_SECTION_STATE_FINDINGS);
  }

  /* Apply: the title changes, in the case too. */
  expected = g_strdup_printf ("Epilepsi hos en %s kvinde fra Skive",
                              kasus_finding_item_get_suggestion (item));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.apply-finding", "t",
                              kasus_finding_item_get_id (item));
  g_assert_cmpstr (gtk_editable_get_text (title), ==, expected);
  g_assert_cmpstr (kasus_case_get_title (fixture->kase), ==, expected);
  settle (fixture->window);
  g_assert_cmpuint (kasus_findings_panel_get_n_open (panel), ==, 1);

  /* Accept the place: the export gate no longer counts it. */
  g_clear_object (&first);
  first = g_list_model_get_item (model, 1);
  item = KASUS_FINDING_ITEM (first);
  g_assert_cmpstr (kasus_finding_item_get_text (item), ==, "Skive");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.accept-finding", "t",
                              kasus_finding_item_get_id (item));
  kasus_test_iterate (50);
  {
    AdwMessageDialog *dialog = only_dialog (GTK_WINDOW (fixture->window));

    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                           "Stort sted");
    respond (dialog, "accept");
  }
  settle (fixture->window);
  g_assert_cmpuint (kasus_findings_panel_get_n_open (panel), ==, 0);
  g_assert_nonnull (kasus_finding_item_get_accepted (item));
  unresolved = kasus_readiness_get_unresolved_findings (fixture->kase, NULL);
  for (guint i = 0; i < unresolved->len; i++)
    g_assert_cmpstr (((KasusFinding *) g_ptr_array_index (unresolved, i))->text, !=, "Skive");
}

/* Not a test: KASUS_TEST_EDITOR_SCREENSHOT=prefix shows the case in
 * KASUS_TEST_EDITOR_CASE and saves prefix-window.png and prefix-legend.png
 * (KASUS_TEST_EDITOR_DARK=1 for the dark style). */
static void
maybe_screenshot (void)
{
  const char           *prefix = g_getenv ("KASUS_TEST_EDITOR_SCREENSHOT");
  const char           *case_path = g_getenv ("KASUS_TEST_EDITOR_CASE");
  g_autoptr (GError)    error = NULL;
  g_autoptr (GFile)     file = NULL;
  g_autoptr (KasusCase) kase = NULL;
  g_autofree char      *window_png = NULL;
  g_autofree char      *legend_png = NULL;
  KasusWindow          *window;

  if (prefix == NULL || case_path == NULL)
    return;

  if (g_getenv ("KASUS_TEST_EDITOR_DARK"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);
  file = g_file_new_for_path (case_path);
  kase = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  window = kasus_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  kasus_window_set_case (window, kase, file);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  kasus_test_iterate (800);
  window_png = g_strconcat (prefix, "-window.png", NULL);
  kasus_test_save_png (GTK_WIDGET (window), window_png);

  {
    g_autoptr (GPtrArray) buttons = kasus_test_find_all (
      GTK_WIDGET (kasus_window_get_findings_panel (window)), GTK_TYPE_MENU_BUTTON);
    GtkMenuButton *legend = g_ptr_array_index (buttons, 0);

    gtk_menu_button_popup (legend);
    kasus_test_iterate (500);
    legend_png = g_strconcat (prefix, "-legend.png", NULL);
    kasus_test_save_png (GTK_WIDGET (gtk_menu_button_get_popover (legend)), legend_png);
    gtk_menu_button_popdown (legend);
    kasus_test_iterate (300);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = kasus_test_isolate_home ("test-editor");
  int              ret;

  g_test_init (&argc, &argv, NULL);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

  maybe_screenshot ();

#define ADD(name, func)                                                                            \
  g_test_add ("/editor/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("typing-paints", test_typing_paints);
  ADD ("held-while-typed", test_held_while_typed);
  ADD ("reason-follows-ui", test_reason_follows_ui);
  ADD ("apply-and-undo", test_apply_and_undo);
  ADD ("accept-survives", test_accept_survives);
  ADD ("known-identifier", test_known_identifier);
  ADD ("many-findings", test_many_findings);
  ADD ("context-menu", test_context_menu);
  ADD ("panel-selects", test_panel_selects);
  ADD ("panel-keeps-selection", test_panel_keeps_selection);
  ADD ("large-paste", test_large_paste);
  ADD ("large-case-fills", test_large_case_fills);
  ADD ("title-findings", test_title_findings);
  ADD ("recovery", test_recovery);
  ADD ("recovery-discard", test_recovery_discard);
#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);
  kasus_test_clean_home (data_home);

  return ret;
}
