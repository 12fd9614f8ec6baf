/* test-spell-editor.c — misspellings underlined in a text view, under xvfb
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-spell-editor"

#include "config.h"

#include <unistd.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-preferences-window.h"
#include "kasus-spell.h"
#include "kasus-spell-checker.h"
#include "kasus-template.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

/* Generous: a slow, shared CI machine under ASan. Never a timing claim. */
#define WAIT_USEC (20 * G_USEC_PER_SEC)

typedef struct
{
  GtkWindow         *window;
  GtkTextView       *view;
  GtkTextBuffer     *buffer;
  KasusSpellChecker *checker;
} Fixture;

static KasusSpell *spell;
static char       *data_home;

static void
wait_until_idle (KasusSpellChecker *checker)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_USEC;

  /* Let a pending recheck get scheduled, then drain it. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (kasus_spell_checker_is_busy (checker) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (kasus_spell_checker_is_busy (checker));
}

/* The underlined words, in order, joined with "|". */
static char *
underlined (GtkTextBuffer *buffer)
{
  GtkTextTag *tag =
    gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), KASUS_SPELL_CHECKER_TAG);
  g_autoptr (GString) out = g_string_new (NULL);
  GtkTextIter         iter, end;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (TRUE)
    {
      if (!gtk_text_iter_starts_tag (&iter, tag) &&
          !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        break;
      if (!gtk_text_iter_starts_tag (&iter, tag))
        break;
      end = iter;
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      {
        g_autofree char *word = gtk_text_iter_get_slice (&iter, &end);

        if (out->len > 0)
          g_string_append_c (out, '|');
        g_string_append (out, word);
      }
      iter = end;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
type_text (GtkTextBuffer *buffer, const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      gtk_text_buffer_insert_interactive_at_cursor (buffer, p, next - p, TRUE);
      /* Keystrokes are handled between iterations of the main loop. */
      g_main_context_iteration (NULL, FALSE);
    }
}

static void
place_cursor_in (GtkTextBuffer *buffer, const char *word)
{
  g_autofree char *text = NULL;
  GtkTextIter      start, end;
  const char      *at;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  at = strstr (text, word);
  g_assert_nonnull (at);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, at) + 2);
  gtk_text_buffer_place_cursor (buffer, &start);
}

/* The suggestions shown in the section, or the placeholder's label. */
static GPtrArray *
menu_corrections (KasusSpellChecker *checker)
{
  GMenuModel            *section = kasus_spell_checker_get_menu_section (checker);
  g_autoptr (GMenuModel) corrections = g_menu_model_get_item_link (section, 0, G_MENU_LINK_SECTION);
  GPtrArray             *out = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (corrections);
  for (int i = 0; i < g_menu_model_get_n_items (corrections); i++)
    {
      g_autoptr (GVariant) target = g_menu_model_get_item_attribute_value (
        corrections, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
      if (target != NULL)
        g_ptr_array_add (out, g_variant_dup_string (target, NULL));
    }

  return out;
}

static gboolean
contains (GPtrArray *words, const char *word)
{
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_ptr_array_index (words, i), word))
      return TRUE;
  return FALSE;
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (fixture->view, GTK_WRAP_WORD_CHAR);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_set_default_size (fixture->window, 500, 300);
  fixture->buffer = gtk_text_view_get_buffer (fixture->view);
  fixture->checker = kasus_spell_checker_new (fixture->view, spell);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->checker);
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_typing (Fixture *fixture, gconstpointer data)
{
  g_autofree char      *marked = NULL;
  g_autoptr (GPtrArray) suggestions = NULL;

  type_text (fixture->buffer, "Pateinten fik kemoterapi");
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten");

  /* The context menu: the word under the cursor, its suggestions. */
  place_cursor_in (fixture->buffer, "Pateinten");
  kasus_spell_checker_prepare_menu (fixture->checker);
  g_assert_cmpstr (kasus_spell_checker_get_menu_word (fixture->checker), ==, "Pateinten");
  wait_until_idle (fixture->checker);
  suggestions = menu_corrections (fixture->checker);
  g_assert_cmpuint (suggestions->len, >, 0);
  g_assert_cmpuint (suggestions->len, <=, 5);
  g_assert_true (contains (suggestions, "Patienten"));

  /* Choosing one replaces the word; nothing is underlined then. */
  g_assert_true (
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), "spell.correct", "s", "Patienten"));
  wait_until_idle (fixture->checker);
  {
    g_autofree char *text = NULL;
    g_autofree char *after = NULL;
    GtkTextIter      start, end;

    gtk_text_buffer_get_bounds (fixture->buffer, &start, &end);
    text = gtk_text_buffer_get_text (fixture->buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Patienten fik kemoterapi");
    after = underlined (fixture->buffer);
    g_assert_cmpstr (after, ==, "");
  }
}

/* The context menu merges with what else the view offers. */
static void
test_menu (Fixture *fixture, gconstpointer data)
{
  GMenuModel       *section = kasus_spell_checker_get_menu_section (fixture->checker);
  g_autoptr (GMenu) findings = g_menu_new ();
  GMenuModel       *extra;
  gboolean          found_ours = FALSE, found_theirs = FALSE;

  extra = gtk_text_view_get_extra_menu (fixture->view);
  g_assert_nonnull (extra);

  /* Someone else sets their own menu later: both are offered. */
  g_menu_append (findings, "Apply Suggestion", "finding.apply");
  gtk_text_view_set_extra_menu (fixture->view, G_MENU_MODEL (findings));
  extra = gtk_text_view_get_extra_menu (fixture->view);
  for (int i = 0; i < g_menu_model_get_n_items (extra); i++)
    {
      g_autoptr (GMenuModel) link = g_menu_model_get_item_link (extra, i, G_MENU_LINK_SECTION);

      found_ours |= link == section;
      found_theirs |= link == G_MENU_MODEL (findings);
    }
  g_assert_true (found_ours);
  g_assert_true (found_theirs);

  /* On a correct word the spelling items are hidden. */
  gtk_text_buffer_set_text (fixture->buffer, "Patienten fik kemoterapi", -1);
  wait_until_idle (fixture->checker);
  place_cursor_in (fixture->buffer, "kemoterapi");
  kasus_spell_checker_prepare_menu (fixture->checker);
  g_assert_null (kasus_spell_checker_get_menu_word (fixture->checker));
  {
    g_autoptr (GPtrArray) none = menu_corrections (fixture->checker);

    g_assert_cmpuint (none->len, ==, 0);
  }
}

static void
test_ignore_all (Fixture *fixture, gconstpointer data)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  g_autoptr (KasusCase)         kase = kasus_case_new (template);
  g_autoptr (KasusCase)         loaded = NULL;
  g_autoptr (KasusSpellChecker) other = NULL;
  g_autoptr (GError)            error = NULL;
  g_autofree char              *marked = NULL;
  g_autofree char              *data_out = NULL;
  GtkTextView                  *other_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  GtkTextBuffer                *other_buffer = gtk_text_view_get_buffer (other_view);
  gsize                         length;

  g_object_ref_sink (other_view);
  kasus_spell_checker_set_case (fixture->checker, kase);
  other = kasus_spell_checker_new (other_view, spell);
  kasus_spell_checker_set_case (other, kase);

  gtk_text_buffer_set_text (fixture->buffer, "Pateinten fik kemoterapi. Pateinten fik det godt.",
                            -1);
  gtk_text_buffer_set_text (other_buffer, "Pateinten havde det skidt.", -1);
  wait_until_idle (fixture->checker);
  wait_until_idle (other);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten|Pateinten");
  g_clear_pointer (&marked, g_free);

  place_cursor_in (fixture->buffer, "Pateinten");
  kasus_spell_checker_prepare_menu (fixture->checker);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "spell.ignore", NULL));
  wait_until_idle (fixture->checker);
  wait_until_idle (other);

  /* Everywhere in the case, and kept in its file. */
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);
  marked = underlined (other_buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);
  g_assert_cmpuint (g_strv_length ((char **) kasus_case_get_ignored_words (kase)), ==, 1);
  g_assert_cmpstr (kasus_case_get_ignored_words (kase)[0], ==, "pateinten");

  data_out = kasus_case_to_data (kase, &length);
  loaded = kasus_case_new_from_data (data_out, length, "ignored.kasus", &error);
  g_assert_no_error (error);
  kasus_spell_checker_set_case (fixture->checker, loaded);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);

  /* A case that never ignored it underlines it again. */
  kasus_spell_checker_set_case (fixture->checker, NULL);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten|Pateinten");

  g_clear_object (&other);
  g_object_unref (other_view);
}

static void
test_add_to_dictionary (Fixture *fixture, gconstpointer data)
{
  g_autofree char   *path = g_build_filename (data_home, "kasus", "dictionary-da.txt", NULL);
  g_autofree char   *contents = NULL;
  g_autofree char   *marked = NULL;
  g_autoptr (GError) error = NULL;
  GStatBuf           st;

  gtk_text_buffer_set_text (fixture->buffer, "Vi gav Kasusprotokollin som planlagt.", -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Kasusprotokollin");
  g_clear_pointer (&marked, g_free);

  place_cursor_in (fixture->buffer, "Kasusprotokollin");
  kasus_spell_checker_prepare_menu (fixture->checker);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "spell.add", NULL));
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");

  /* In the personal dictionary on disk, private. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Kasusprotokollin\n"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Another checker of the process knows it too. */
  {
    g_autoptr (KasusSpell) fresh = kasus_spell_new ();

    g_assert_true (kasus_spell_load (fresh, KASUS_LANGUAGE_DA, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (kasus_spell_check_word (fresh, "Kasusprotokollin", -1, KASUS_LANGUAGE_DA));
  }

  g_assert_true (
    kasus_spell_remove_from_dictionary (spell, "Kasusprotokollin", KASUS_LANGUAGE_DA, &error));
  g_assert_no_error (error);
}

/* Variants, genes and abbreviations are not spelling. */
static void
test_genetics_not_flagged (Fixture *fixture, gconstpointer data)
{
  g_autofree char *marked = NULL;

  gtk_text_buffer_set_text (fixture->buffer,
                            "Helgenomsekventering viste en kimbanevariant i BRCA2, c.5946delT "
                            "(p.Ser1982fs), samt KRAS G12C og EGFR exon 19-deletion. "
                            "PD-L1 var 80 %, TMB 12 mut/Mb, og CT-TAP viste ingen metastaser. "
                            "Fusionen EML4-ALK og TMPRSS2::ERG blev ikke fundet; rs80357906.",
                            -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
}

static void
test_toggle (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autofree char      *marked = NULL;

  g_assert_true (g_settings_get_boolean (settings, "spell-check"));
  g_settings_bind (settings, "spell-check", fixture->checker, "enabled", G_SETTINGS_BIND_GET);

  gtk_text_buffer_set_text (fixture->buffer, "Pateinten fik kemoterapi.\nThe patient recieved it.",
                            -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten|recieved");
  g_clear_pointer (&marked, g_free);

  g_settings_set_boolean (settings, "spell-check", FALSE);
  g_assert_false (kasus_spell_checker_get_enabled (fixture->checker));
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);

  /* Typing while off marks nothing; on again checks it all. */
  type_text (fixture->buffer, "\nDer er endnu en fejll her.");
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);
  place_cursor_in (fixture->buffer, "Pateinten");
  kasus_spell_checker_prepare_menu (fixture->checker);
  g_assert_null (kasus_spell_checker_get_menu_word (fixture->checker));

  g_settings_set_boolean (settings, "spell-check", TRUE);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten|recieved|fejll");

  g_settings_reset (settings, "spell-check");
}

/* An English paragraph in a Danish case is checked as English. */
static void
test_english_paragraph (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) suggestions = NULL;
  g_autofree char      *marked = NULL;

  kasus_spell_checker_set_language (fixture->checker, KASUS_LANGUAGE_DA);
  gtk_text_buffer_set_text (
    fixture->buffer,
    "Patienten fik kemoterapi og havde det godt bagefter.\n"
    "The patient recieved chemotherapy and the tumour responded well to the treatment.\n"
    "Derefter blev hun fulgt i ambulatoriet.",
    -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "recieved");

  place_cursor_in (fixture->buffer, "recieved");
  kasus_spell_checker_prepare_menu (fixture->checker);
  wait_until_idle (fixture->checker);
  suggestions = menu_corrections (fixture->checker);
  g_assert_true (contains (suggestions, "received"));
}

/* Editing one paragraph leaves the verdict on the others alone, and
 * nothing is checked on the keystroke itself. */
static void
test_only_changed_paragraph (Fixture *fixture, gconstpointer data)
{
  g_autofree char *marked = NULL;
  GtkTextTag      *tag;
  GtkTextIter      iter;

  gtk_text_buffer_set_text (fixture->buffer, "Førsste afsnit.\nAndet afsnit.", -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Førsste");
  g_clear_pointer (&marked, g_free);

  gtk_text_buffer_get_end_iter (fixture->buffer, &iter);
  gtk_text_buffer_place_cursor (fixture->buffer, &iter);
  gtk_text_buffer_insert_interactive_at_cursor (fixture->buffer, " Trejde", -1, TRUE);
  /* The keystroke did not check: nothing new is underlined yet. */
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Førsste");
  g_clear_pointer (&marked, g_free);
  g_assert_true (kasus_spell_checker_is_busy (fixture->checker));

  /* Mark the first paragraph by hand: it is not rechecked. */
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (fixture->buffer),
                                   KASUS_SPELL_CHECKER_TAG);
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_offset (fixture->buffer, &start, 8);
    gtk_text_buffer_get_iter_at_offset (fixture->buffer, &end, 14);
    gtk_text_buffer_apply_tag (fixture->buffer, tag, &start, &end);
  }
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Førsste|afsnit|Trejde");
}

static void
count_removals (GtkTextBuffer *buffer,
                GtkTextTag    *tag,
                GtkTextIter   *start,
                GtkTextIter   *end,
                guint         *n)
{
  g_autofree char *name = NULL;

  g_object_get (tag, "name", &name, NULL);
  if (g_strcmp0 (name, KASUS_SPELL_CHECKER_TAG) == 0 && gtk_text_iter_get_offset (start) < 9)
    (*n)++;
}

/* Typing elsewhere in the paragraph leaves a misspelled word's underline
 * alone: it does not blink off and on (nor the line get laid out again). */
static void
test_underline_stays (Fixture *fixture, gconstpointer data)
{
  g_autofree char *marked = NULL;
  GtkTextIter      iter;
  guint            n_removed = 0;

  gtk_text_buffer_set_text (fixture->buffer, "Pateinten fik kemoterapi", -1);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten");
  g_clear_pointer (&marked, g_free);

  g_signal_connect (fixture->buffer, "remove-tag", G_CALLBACK (count_removals), &n_removed);
  gtk_text_buffer_get_end_iter (fixture->buffer, &iter);
  gtk_text_buffer_place_cursor (fixture->buffer, &iter);
  type_text (fixture->buffer, " og blev rask igen. ");
  wait_until_idle (fixture->checker);
  g_signal_handlers_disconnect_by_func (fixture->buffer, count_removals, &n_removed);

  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Pateinten");
  g_assert_cmpuint (n_removed, ==, 0);
}

/* A large paste is checked piece by piece: the main loop gets its turn
 * between the pieces, and every piece is checked in the end. */
static void
test_large_paste (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char    *marked = NULL;
  gboolean            seen_partial = FALSE;
  gint64              deadline = g_get_monotonic_time () + WAIT_USEC;

  g_string_append (text, "Førsste afsnit.\n");
  while (text->len < 40 * 1024)
    g_string_append (text, "Patienten blev henvist til udredning for kramper.\n");
  g_string_append (text, "Sidste afsnitt.");
  gtk_text_buffer_set_text (fixture->buffer, text->str, -1);

  while (kasus_spell_checker_is_busy (fixture->checker) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      if (kasus_spell_checker_is_busy (fixture->checker))
        {
          g_autofree char *so_far = underlined (fixture->buffer);

          /* The first piece is done, the last one not yet. */
          if (g_strcmp0 (so_far, "Førsste") == 0)
            seen_partial = TRUE;
        }
    }
  g_assert_false (kasus_spell_checker_is_busy (fixture->checker));
  g_assert_true (seen_partial);

  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "Førsste|afsnitt");
}

static void
note_focus_lost (gboolean *lost, GParamSpec *pspec, GtkWidget *widget)
{
  if (!gtk_widget_has_focus (widget))
    *lost = TRUE;
}

/* The word being typed is not underlined until the cursor leaves it. */
static void
test_word_being_typed (Fixture *fixture, gconstpointer data)
{
  g_autofree char *marked = NULL;
  gint64           deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  GtkTextIter      start;
  gboolean         focus_lost = FALSE;
  gulong           handler;

  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  while (!gtk_widget_has_focus (GTK_WIDGET (fixture->view)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (!gtk_widget_has_focus (GTK_WIDGET (fixture->view)))
    {
      g_test_skip ("The test window does not get the keyboard focus on this display");
      return;
    }

  /* Other tests' windows on the same display may take the focus. */
  handler = g_signal_connect_swapped (fixture->view, "notify::has-focus",
                                      G_CALLBACK (note_focus_lost), &focus_lost);
  type_text (fixture->buffer, "Patienten fik kemoterapii");
  wait_until_idle (fixture->checker);
  g_signal_handler_disconnect (fixture->view, handler);
  if (focus_lost)
    {
      g_test_skip ("The test window lost the keyboard focus");
      return;
    }
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);

  gtk_text_buffer_get_start_iter (fixture->buffer, &start);
  gtk_text_buffer_place_cursor (fixture->buffer, &start);
  wait_until_idle (fixture->checker);
  marked = underlined (fixture->buffer);
  g_assert_cmpstr (marked, ==, "kemoterapii");
}

/* KASUS_TEST_SCREENSHOT=prefix: the window with a misspelling, and its
 * context menu, for a look by eye. */
static void
maybe_screenshot (GtkWindow *window, GtkTextView *view)
{
  const char      *prefix = g_getenv ("KASUS_TEST_SCREENSHOT");
  g_autofree char *window_path = NULL;
  g_autofree char *menu_path = NULL;
  gint64           until;

  if (prefix == NULL)
    return;

  window_path = g_strconcat (prefix, "-window.png", NULL);
  menu_path = g_strconcat (prefix, "-menu.png", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  place_cursor_in (gtk_text_view_get_buffer (view), "Pateinten");
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  kasus_test_save_png (GTK_WIDGET (window), window_path);

  kasus_spell_checker_prepare_menu (g_object_get_data (G_OBJECT (view), "kasus-spell-checker"));
  gtk_widget_activate_action (GTK_WIDGET (view), "menu.popup", NULL);
  until = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      {
        kasus_test_save_png (child, menu_path);
        gtk_popover_popdown (GTK_POPOVER (child));
      }
}

static void
collect_views (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_TEXT_VIEW (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_views (child, out);
}

static void
collect_switches (GtkWidget *widget, GPtrArray *out)
{
  if (GTK_IS_SWITCH (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_switches (child, out);
}

/* In the editor window: every section is checked with the application's
 * dictionaries, win.spell-check turns it off, "Ignore All" goes into the
 * case. */
static void
test_window (void)
{
  g_autoptr (KasusApplication) app = kasus_application_new ();
  g_autoptr (KasusCase)        kase = NULL;
  g_autoptr (GPtrArray)        views = g_ptr_array_new ();
  g_autoptr (GPtrArray)        checkers = g_ptr_array_new ();
  g_autoptr (GVariant)         state = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *marked = NULL;
  KasusSpellChecker           *first;
  GtkTextView                 *first_view = NULL;
  KasusSpell                  *app_spell;
  KasusWindow                 *window;
  gint64                       deadline = g_get_monotonic_time () + WAIT_USEC;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* Loading started at startup, off the main thread. */
  app_spell = kasus_application_get_spell (app);
  while (!kasus_spell_has_language (app_spell, KASUS_LANGUAGE_AUTO) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (kasus_spell_has_language (app_spell, KASUS_LANGUAGE_AUTO));

  kase = kasus_case_new_demo (&error);
  g_assert_no_error (error);
  window = kasus_window_new (app);
  kasus_window_set_case (window, kase, NULL);
  gtk_window_present (GTK_WINDOW (window));

  collect_views (GTK_WIDGET (window), views);
  for (guint i = 0; i < views->len; i++)
    {
      KasusSpellChecker *checker =
        g_object_get_data (G_OBJECT (views->pdata[i]), "kasus-spell-checker");

      if (checker == NULL)
        continue;
      g_assert_true (kasus_spell_checker_get_spell (checker) == app_spell);
      g_assert_cmpint (kasus_spell_checker_get_language (checker), ==, KASUS_LANGUAGE_DA);
      if (first_view == NULL)
        first_view = views->pdata[i];
      g_ptr_array_add (checkers, checker);
    }
  g_assert_cmpuint (checkers->len, >=, 5);

  /* The demo is spelled right. */
  for (guint i = 0; i < checkers->len; i++)
    {
      GtkTextView *view = kasus_spell_checker_get_view (checkers->pdata[i]);

      wait_until_idle (checkers->pdata[i]);
      marked = underlined (gtk_text_view_get_buffer (view));
      g_assert_cmpstr (marked, ==, "");
      g_clear_pointer (&marked, g_free);
    }

  first = checkers->pdata[0];
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (first_view), "Pateinten fik kemoterapi.", -1);
  wait_until_idle (first);
  marked = underlined (gtk_text_view_get_buffer (first_view));
  g_assert_cmpstr (marked, ==, "Pateinten");
  g_clear_pointer (&marked, g_free);
  maybe_screenshot (GTK_WINDOW (window), first_view);

  /* The toggle, as a window action. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "spell-check"));
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "spell-check");
  g_assert_true (g_variant_get_boolean (state));
  g_action_group_activate_action (G_ACTION_GROUP (window), "spell-check", NULL);
  g_assert_false (kasus_spell_checker_get_enabled (first));
  marked = underlined (gtk_text_view_get_buffer (first_view));
  g_assert_cmpstr (marked, ==, "");
  g_clear_pointer (&marked, g_free);
  g_action_group_activate_action (G_ACTION_GROUP (window), "spell-check", NULL);
  g_assert_true (kasus_spell_checker_get_enabled (first));
  wait_until_idle (first);

  /* And as a switch in the preferences. */
  {
    KasusPreferencesWindow *preferences =
      kasus_preferences_window_new (kasus_application_get_settings (app));
    g_autoptr (GPtrArray) switches = g_ptr_array_new ();

    collect_switches (GTK_WIDGET (preferences), switches);
    g_assert_cmpuint (switches->len, ==, 1);
    g_assert_true (gtk_switch_get_active (switches->pdata[0]));
    gtk_switch_set_active (switches->pdata[0], FALSE);
    g_assert_false (kasus_spell_checker_get_enabled (first));
    gtk_switch_set_active (switches->pdata[0], TRUE);
    g_assert_true (kasus_spell_checker_get_enabled (first));
    gtk_window_destroy (GTK_WINDOW (preferences));
    wait_until_idle (first);
  }

  /* "Ignore All" is kept in the case, which then needs saving. */
  place_cursor_in (gtk_text_view_get_buffer (first_view), "Pateinten");
  kasus_spell_checker_prepare_menu (first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first_view), "spell.ignore", NULL));
  wait_until_idle (first);
  marked = underlined (gtk_text_view_get_buffer (first_view));
  g_assert_cmpstr (marked, ==, "");
  g_assert_cmpstr (kasus_case_get_ignored_words (kase)[0], ==, "pateinten");
  g_assert_true (kasus_window_get_modified (window));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
shows_label_containing (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label_containing (child, text))
      return TRUE;
  return FALSE;
}

/* Without the Danish dictionary the window says so, without asking, and
 * English is still checked. */
static void
test_missing_dictionary (void)
{
  g_autoptr (KasusApplication) app = NULL;
  g_autoptr (KasusCase)        kase = NULL;
  g_autoptr (GPtrArray)        views = g_ptr_array_new ();
  g_autoptr (GError)           error = NULL;
  g_autofree char             *dir = g_dir_make_tmp ("test-spell-dicts-XXXXXX", NULL);
  g_autofree char             *marked = NULL;
  KasusSpellChecker           *checker = NULL;
  GtkTextView                 *view = NULL;
  KasusWindow                 *window;
  gint64                       deadline = g_get_monotonic_time () + WAIT_USEC;

  /* An application of its own, started without the Danish dictionary. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0,
                              G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      kasus_test_remove_tree (dir);
      return;
    }

  for (guint i = 0; i < 2; i++)
    {
      const char      *name = i == 0 ? "en_US.aff" : "en_US.dic";
      g_autofree char *target = g_build_filename ("/usr/share/hunspell", name, NULL);
      g_autofree char *link = g_build_filename (dir, name, NULL);

      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        {
          g_test_skip ("No system en_US dictionary to point at");
          kasus_test_remove_tree (dir);
          return;
        }
      g_assert_cmpint (symlink (target, link), ==, 0);
    }
  g_setenv ("KASUS_HUNSPELL_PATH", dir, TRUE);

  app = kasus_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_application_get_is_registered (G_APPLICATION (app)));

  kase = kasus_case_new_demo (&error);
  g_assert_no_error (error);
  window = kasus_window_new (app);
  kasus_window_set_case (window, kase, NULL);
  gtk_window_present (GTK_WINDOW (window));

  while (!shows_label_containing (GTK_WIDGET (window), "hunspell-da") &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (shows_label_containing (GTK_WIDGET (window), "hunspell-da"));
  g_assert_false (kasus_spell_has_language (kasus_application_get_spell (app), KASUS_LANGUAGE_DA));
  g_assert_true (kasus_spell_has_language (kasus_application_get_spell (app), KASUS_LANGUAGE_EN));

  collect_views (GTK_WIDGET (window), views);
  for (guint i = 0; i < views->len && checker == NULL; i++)
    if ((checker = g_object_get_data (G_OBJECT (views->pdata[i]), "kasus-spell-checker")))
      view = views->pdata[i];
  g_assert_nonnull (checker);
  gtk_text_buffer_set_text (
    gtk_text_view_get_buffer (view),
    "Pateinten fik kemoterapi.\n"
    "The patient recieved chemotherapy and the tumour responded well to the treatment.",
    -1);
  wait_until_idle (checker);
  marked = underlined (gtk_text_view_get_buffer (view));
  g_assert_cmpstr (marked, ==, "recieved");

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unsetenv ("KASUS_HUNSPELL_PATH");
  kasus_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int                ret;

  data_home = g_dir_make_tmp ("test-spell-editor-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_STATE_HOME", data_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  spell = kasus_spell_new ();
  if (!kasus_spell_load (spell, KASUS_LANGUAGE_AUTO, NULL, &error))
    {
      g_test_skip_printf ("No hunspell dictionaries: %s", error->message);
      g_print ("1..0 # SKIP no hunspell dictionaries: %s\n", error->message);
      return 0;
    }

#define ADD(name, func)                                                                            \
  g_test_add ("/spell-editor/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("typing", test_typing);
  ADD ("menu", test_menu);
  ADD ("ignore-all", test_ignore_all);
  ADD ("add-to-dictionary", test_add_to_dictionary);
  ADD ("genetics-not-flagged", test_genetics_not_flagged);
  ADD ("toggle", test_toggle);
  ADD ("english-paragraph", test_english_paragraph);
  ADD ("only-changed-paragraph", test_only_changed_paragraph);
  ADD ("underline-stays", test_underline_stays);
  ADD ("word-being-typed", test_word_being_typed);
  ADD ("large-paste", test_large_paste);
#undef ADD
  g_test_add_func ("/spell-editor/window", test_window);
  g_test_add_func ("/spell-editor/missing-dictionary", test_missing_dictionary);

  ret = g_test_run ();

  g_clear_object (&spell);
  kasus_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
