/* kasus-spell-checker.c — misspellings underlined in a text view
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-spell-checker"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kasus-spell-checker.h"

/* Typing restarts the wait, but an edit is never left unchecked longer
 * than MAX_WAIT. */
#define RECHECK_DELAY_MSEC 200
#define MAX_WAIT_USEC      (G_USEC_PER_SEC)
/* An insertion this short at the cursor is typing, not a paste. */
#define MAX_TYPED_CHARS 4
/* At most about this many characters are checked at a time (then to the
 * end of the line): a large paste or a case just loaded is checked piece
 * by piece, and the window stays responsive. */
#define CHUNK_CHARS 2048

struct _KasusSpellChecker
{
  GObject parent_instance;

  GtkTextView   *view; /* weak */
  GtkTextBuffer *buffer;
  KasusSpell    *spell;
  KasusCase     *kase;
  GtkTextTag    *tag;

  /* The text to recheck; NULL when all is checked. */
  GtkTextMark *dirty_begin;
  GtkTextMark *dirty_end;
  /* A misspelled word left unmarked while it is being typed. */
  GtkTextMark *deferred;
  gint64       typed_offset; /* the cursor after the last typed text, or -1 */

  GHashTable *ignored;      /* lower-cased words */
  GStrv       case_ignored; /* the case's list ignored was made from */

  GMenu              *section;
  GMenu              *corrections;
  GMenuModel         *wrapped_menu; /* the view's own extra menu */
  GMenu              *merged_menu;  /* ours, set as the view's extra menu */
  GSimpleActionGroup *actions;
  GtkEventController *click;
  GtkEventController *keys;

  char         *menu_word;
  KasusLanguage menu_language;
  GtkTextMark  *menu_begin;
  GtkTextMark  *menu_end;
  GCancellable *suggest_cancellable;

  KasusLanguage language;
  gint64        pending_since;
  gint64        main_usec;
  guint         recheck_source;
  guint         enabled : 1;
};

G_DEFINE_FINAL_TYPE (KasusSpellChecker, kasus_spell_checker, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ENABLED,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void clear_menu (KasusSpellChecker *self);

static gboolean
is_ignored (KasusSpellChecker *self, const char *word)
{
  g_autofree char *lower = NULL;

  if (g_hash_table_size (self->ignored) == 0)
    return FALSE;
  lower = g_utf8_strdown (word, -1);
  return g_hash_table_contains (self->ignored, lower);
}

static void
remove_all_tags (KasusSpellChecker *self)
{
  GtkTextIter begin, end;

  if (self->buffer == NULL)
    return;
  gtk_text_buffer_get_bounds (self->buffer, &begin, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->tag, &begin, &end);
}

static void
clear_mark (KasusSpellChecker *self, GtkTextMark **mark)
{
  if (*mark == NULL)
    return;
  if (self->buffer != NULL && !gtk_text_mark_get_deleted (*mark))
    gtk_text_buffer_delete_mark (self->buffer, *mark);
  g_clear_object (mark);
}

static void
set_mark (KasusSpellChecker *self,
          GtkTextMark      **mark,
          const GtkTextIter *where,
          gboolean           left_gravity)
{
  if (*mark != NULL)
    {
      gtk_text_buffer_move_mark (self->buffer, *mark, where);
      return;
    }
  *mark = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, where, left_gravity));
}

typedef struct
{
  gint64 start, end;
} Span;

/* Where tag is in [begin, end), in order. */
static GArray *
tagged_spans (GtkTextTag *tag, const GtkTextIter *begin, const GtkTextIter *end)
{
  GArray     *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  GtkTextIter iter = *begin;
  gint64      limit = gtk_text_iter_get_offset (end);

  if (!gtk_text_iter_has_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return spans;
  while (gtk_text_iter_get_offset (&iter) < limit)
    {
      gint64   start = gtk_text_iter_get_offset (&iter);
      gboolean more = gtk_text_iter_forward_to_tag_toggle (&iter, tag);

      g_array_append_val (spans, ((Span){ start, MIN (gtk_text_iter_get_offset (&iter), limit) }));
      if (!more || !gtk_text_iter_forward_to_tag_toggle (&iter, tag))
        break;
    }

  return spans;
}

/* The parts of a outside b; each in order, without overlaps. */
static GArray *
spans_subtract (GArray *a, GArray *b)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Span));
  guint   j = 0;

  for (guint i = 0; i < a->len; i++)
    {
      gint64 start = g_array_index (a, Span, i).start;
      gint64 end = g_array_index (a, Span, i).end;

      while (j < b->len && g_array_index (b, Span, j).end <= start)
        j++;
      for (guint k = j; k < b->len && g_array_index (b, Span, k).start < end; k++)
        {
          if (g_array_index (b, Span, k).start > start)
            g_array_append_val (out, ((Span){ start, g_array_index (b, Span, k).start }));
          start = MAX (start, g_array_index (b, Span, k).end);
        }
      if (start < end)
        g_array_append_val (out, ((Span){ start, end }));
    }

  return out;
}

/* Checks the paragraphs touched since the last check, or the first
 * CHUNK_CHARS of them; TRUE when more remain. */
static gboolean
recheck_dirty (KasusSpellChecker *self)
{
  g_autoptr (GPtrArray) misspellings = NULL;
  g_autoptr (GArray)    old = NULL;
  g_autoptr (GArray)    now = NULL;
  g_autoptr (GArray)    gone = NULL;
  g_autoptr (GArray)    added = NULL;
  g_autofree char      *text = NULL;
  GtkTextIter           begin, end, cursor;
  gboolean              typing, more = FALSE;
  gint64                base;
  guint                 pos = 0;

  if (self->dirty_begin == NULL || self->buffer == NULL)
    return FALSE;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &begin, self->dirty_begin);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->dirty_end);
  gtk_text_iter_order (&begin, &end);

  if (!self->enabled)
    {
      clear_mark (self, &self->dirty_begin);
      clear_mark (self, &self->dirty_end);
      return FALSE;
    }

  /* Each line is a paragraph with its own language. */
  gtk_text_iter_set_line_offset (&begin, 0);
  if (gtk_text_iter_get_offset (&end) - gtk_text_iter_get_offset (&begin) > CHUNK_CHARS)
    {
      GtkTextIter cut = begin;

      gtk_text_iter_forward_chars (&cut, CHUNK_CHARS);
      if (!gtk_text_iter_ends_line (&cut))
        gtk_text_iter_forward_to_line_end (&cut);
      if (gtk_text_iter_compare (&cut, &end) < 0)
        {
          end = cut;
          more = TRUE;
        }
    }
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  if (more)
    {
      GtkTextIter next = end;

      /* The next chunk starts on the next line. */
      if (gtk_text_iter_forward_line (&next))
        set_mark (self, &self->dirty_begin, &next, TRUE);
      else
        more = FALSE;
    }
  if (!more)
    {
      clear_mark (self, &self->dirty_begin);
      clear_mark (self, &self->dirty_end);
    }

  if (gtk_text_iter_equal (&begin, &end))
    return more;

  /* Only the underlines that differ are touched: each change of a tag
   * makes GTK lay the paragraph out again. */
  old = tagged_spans (self->tag, &begin, &end);
  now = g_array_new (FALSE, FALSE, sizeof (Span));
  base = gtk_text_iter_get_offset (&begin);

  /* A slice keeps one character per buffer position, so offsets map. */
  text = gtk_text_iter_get_slice (&begin, &end);
  misspellings = kasus_spell_check_text (self->spell, text, -1, self->language);

  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor,
                                    gtk_text_buffer_get_insert (self->buffer));
  typing = self->typed_offset == gtk_text_iter_get_offset (&cursor) && self->view != NULL &&
           gtk_widget_has_focus (GTK_WIDGET (self->view));

  for (guint i = 0; i < misspellings->len; i++)
    {
      KasusMisspelling *misspelling = g_ptr_array_index (misspellings, i);

      if (misspelling->start < pos || misspelling->end <= misspelling->start)
        continue;
      pos = misspelling->end;

      if (is_ignored (self, misspelling->word))
        continue;

      /* Not while it is being typed: the word may not be finished. */
      if (typing && base + misspelling->end == gtk_text_iter_get_offset (&cursor))
        {
          GtkTextIter iter;

          gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, base + misspelling->start);
          set_mark (self, &self->deferred, &iter, TRUE);
          continue;
        }

      g_array_append_val (now, ((Span){ base + misspelling->start, base + misspelling->end }));
    }

  gone = spans_subtract (old, now);
  added = spans_subtract (now, old);
  for (guint i = 0; i < gone->len; i++)
    {
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, g_array_index (gone, Span, i).start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, g_array_index (gone, Span, i).end);
      gtk_text_buffer_remove_tag (self->buffer, self->tag, &a, &b);
    }
  for (guint i = 0; i < added->len; i++)
    {
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, g_array_index (added, Span, i).start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, g_array_index (added, Span, i).end);
      gtk_text_buffer_apply_tag (self->buffer, self->tag, &a, &b);
    }

  return more;
}

static gboolean
recheck_cb (gpointer user_data)
{
  KasusSpellChecker *self = user_data;
  gint64             t0 = g_get_monotonic_time ();
  gboolean           more;

  self->recheck_source = 0;
  more = recheck_dirty (self);
  /* The rest once GTK has had its turn (events, a frame). */
  if (more && self->enabled)
    {
      self->recheck_source = g_idle_add_full (G_PRIORITY_LOW, recheck_cb, self, NULL);
      g_source_set_name_by_id (self->recheck_source, "[kasus] spell recheck");
    }
  self->main_usec += g_get_monotonic_time () - t0;

  return G_SOURCE_REMOVE;
}

static void
schedule_recheck (KasusSpellChecker *self, guint delay_msec)
{
  gint64 now = g_get_monotonic_time ();

  if (!self->enabled)
    return;

  if (self->recheck_source != 0)
    {
      /* Already due soon enough. */
      if (delay_msec > 0 && now - self->pending_since >= MAX_WAIT_USEC)
        return;
      g_clear_handle_id (&self->recheck_source, g_source_remove);
    }
  else
    self->pending_since = now;

  self->recheck_source =
    g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, delay_msec, recheck_cb, self, NULL);
  g_source_set_name_by_id (self->recheck_source, "[kasus] spell recheck");
}

static void
mark_dirty (KasusSpellChecker *self, const GtkTextIter *begin, const GtkTextIter *end)
{
  GtkTextIter old_begin, old_end, new_begin = *begin, new_end = *end;

  if (self->dirty_begin != NULL)
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &old_begin, self->dirty_begin);
      gtk_text_buffer_get_iter_at_mark (self->buffer, &old_end, self->dirty_end);
      if (gtk_text_iter_compare (&old_begin, &new_begin) < 0)
        new_begin = old_begin;
      if (gtk_text_iter_compare (&old_end, &new_end) > 0)
        new_end = old_end;
    }

  set_mark (self, &self->dirty_begin, &new_begin, TRUE);
  set_mark (self, &self->dirty_end, &new_end, FALSE);
}

void
kasus_spell_checker_recheck_all (KasusSpellChecker *self)
{
  GtkTextIter begin, end;

  g_return_if_fail (KASUS_IS_SPELL_CHECKER (self));

  if (self->buffer == NULL)
    return;

  gtk_text_buffer_get_bounds (self->buffer, &begin, &end);
  mark_dirty (self, &begin, &end);
  schedule_recheck (self, 0);
}

/* The word left unmarked while typing gets its verdict once the cursor
 * leaves it. */
static void
flush_deferred (KasusSpellChecker *self)
{
  GtkTextIter iter;

  self->typed_offset = -1;
  if (self->deferred == NULL)
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->deferred);
  clear_mark (self, &self->deferred);
  mark_dirty (self, &iter, &iter);
  schedule_recheck (self, 0);
}

static void
insert_text_after_cb (KasusSpellChecker *self,
                      GtkTextIter       *location,
                      const char        *text,
                      int                length,
                      GtkTextBuffer     *buffer)
{
  GtkTextIter begin = *location, cursor;
  glong       n_chars = g_utf8_strlen (text, length);

  gtk_text_iter_backward_chars (&begin, n_chars);
  mark_dirty (self, &begin, location);

  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (n_chars <= MAX_TYPED_CHARS && gtk_text_iter_equal (&cursor, location))
    self->typed_offset = gtk_text_iter_get_offset (location);
  else
    self->typed_offset = -1;

  schedule_recheck (self, RECHECK_DELAY_MSEC);
}

static void
delete_range_after_cb (KasusSpellChecker *self,
                       GtkTextIter       *begin,
                       GtkTextIter       *end,
                       GtkTextBuffer     *buffer)
{
  GtkTextIter cursor;

  mark_dirty (self, begin, end);

  /* Backspace while typing is still typing. */
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  if (gtk_text_iter_equal (&cursor, begin) &&
      self->typed_offset >= gtk_text_iter_get_offset (begin))
    self->typed_offset = gtk_text_iter_get_offset (begin);
  else
    self->typed_offset = -1;

  schedule_recheck (self, RECHECK_DELAY_MSEC);
}

static void
mark_set_cb (KasusSpellChecker *self,
             GtkTextIter       *location,
             GtkTextMark       *mark,
             GtkTextBuffer     *buffer)
{
  if (mark != gtk_text_buffer_get_insert (buffer) ||
      gtk_text_iter_get_offset (location) == self->typed_offset)
    return;

  flush_deferred (self);
}

static void
has_focus_cb (KasusSpellChecker *self)
{
  if (self->view != NULL && !gtk_widget_has_focus (GTK_WIDGET (self->view)))
    flush_deferred (self);
}

/* Findings tags are made as text is scanned; keep the underline on top. */
static void
tag_added_cb (KasusSpellChecker *self, GtkTextTag *tag, GtkTextTagTable *table)
{
  if (tag != self->tag)
    gtk_text_tag_set_priority (self->tag, gtk_text_tag_table_get_size (table) - 1);
}

static void
detach_buffer (KasusSpellChecker *self)
{
  if (self->buffer == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_signal_handlers_disconnect_by_data (gtk_text_buffer_get_tag_table (self->buffer), self);
  remove_all_tags (self);
  clear_menu (self);
  clear_mark (self, &self->dirty_begin);
  clear_mark (self, &self->dirty_end);
  clear_mark (self, &self->deferred);
  g_clear_object (&self->tag);
  g_clear_object (&self->buffer);
}

static void
attach_buffer (KasusSpellChecker *self, GtkTextBuffer *buffer)
{
  GtkTextTagTable *table;

  detach_buffer (self);
  if (buffer == NULL)
    return;

  self->buffer = g_object_ref (buffer);
  table = gtk_text_buffer_get_tag_table (buffer);
  self->tag = gtk_text_tag_table_lookup (table, KASUS_SPELL_CHECKER_TAG);
  if (self->tag != NULL)
    g_object_ref (self->tag);
  else
    {
      GdkRGBA red;

      /* GNOME's red 3: readable on the light and the dark style. */
      gdk_rgba_parse (&red, "#e01b24");
      self->tag = g_object_new (GTK_TYPE_TEXT_TAG, "name", KASUS_SPELL_CHECKER_TAG, "underline",
                                PANGO_UNDERLINE_ERROR, "underline-rgba", &red, NULL);
      gtk_text_tag_table_add (table, self->tag);
    }
  gtk_text_tag_set_priority (self->tag, gtk_text_tag_table_get_size (table) - 1);

  g_signal_connect_object (table, "tag-added", G_CALLBACK (tag_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_after_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set_cb), self, G_CONNECT_SWAPPED);

  self->typed_offset = -1;
  kasus_spell_checker_recheck_all (self);
}

static void
notify_buffer_cb (KasusSpellChecker *self)
{
  attach_buffer (self, self->view ? gtk_text_view_get_buffer (self->view) : NULL);
}

/* The context menu ---------------------------------------------------- */

static void
set_action_enabled (KasusSpellChecker *self, const char *name, gboolean enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
show_placeholder (KasusSpellChecker *self, const char *label)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, "spell.no-suggestions");

  g_menu_remove_all (self->corrections);
  g_menu_append_item (self->corrections, item);
}

static void
clear_menu (KasusSpellChecker *self)
{
  g_cancellable_cancel (self->suggest_cancellable);
  g_clear_object (&self->suggest_cancellable);
  g_clear_pointer (&self->menu_word, g_free);
  clear_mark (self, &self->menu_begin);
  clear_mark (self, &self->menu_end);
  g_menu_remove_all (self->corrections);
  set_action_enabled (self, "add", FALSE);
  set_action_enabled (self, "ignore", FALSE);
  set_action_enabled (self, "correct", FALSE);
}

static void
suggest_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KasusSpellChecker) self = user_data;
  g_autoptr (GError)            error = NULL;
  g_auto (GStrv) words = NULL;

  words = kasus_spell_suggest_finish (KASUS_SPELL (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_task_get_cancellable (G_TASK (result)) != self->suggest_cancellable)
    return;
  g_clear_object (&self->suggest_cancellable);

  if (words == NULL || words[0] == NULL)
    {
      if (error != NULL)
        g_debug ("No suggestions for “%s”: %s", self->menu_word, error->message);
      show_placeholder (self, _ ("No Suggestions"));
      return;
    }

  g_menu_remove_all (self->corrections);
  for (guint i = 0; words[i] != NULL && i < KASUS_SPELL_MAX_SUGGESTIONS; i++)
    {
      g_auto (GStrv) parts = g_strsplit (words[i], "_", -1);
      g_autofree char      *label = g_strjoinv ("__", parts);
      g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "spell.correct",
                                               g_variant_new_string (words[i]));
      g_menu_append_item (self->corrections, item);
    }
}

void
kasus_spell_checker_prepare_menu (KasusSpellChecker *self)
{
  g_autoptr (GPtrArray) misspellings = NULL;
  g_autofree char      *text = NULL;
  KasusMisspelling     *found = NULL;
  GtkTextIter           cursor, line, word_begin, word_end, sel_begin, sel_end;
  guint                 pos;

  g_return_if_fail (KASUS_IS_SPELL_CHECKER (self));

  clear_menu (self);

  if (!self->enabled || self->buffer == NULL ||
      gtk_text_buffer_get_selection_bounds (self->buffer, &sel_begin, &sel_end))
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor,
                                    gtk_text_buffer_get_insert (self->buffer));
  line = cursor;
  gtk_text_iter_set_line_offset (&line, 0);
  word_end = cursor;
  if (!gtk_text_iter_ends_line (&word_end))
    gtk_text_iter_forward_to_line_end (&word_end);
  pos = gtk_text_iter_get_offset (&cursor) - gtk_text_iter_get_offset (&line);

  /* Asked again rather than read off the tag: the verdict carries the
   * language to take suggestions from. */
  text = gtk_text_iter_get_slice (&line, &word_end);
  misspellings = kasus_spell_check_text (self->spell, text, -1, self->language);
  for (guint i = 0; i < misspellings->len && found == NULL; i++)
    {
      KasusMisspelling *misspelling = g_ptr_array_index (misspellings, i);

      if (misspelling->start <= pos && pos <= misspelling->end &&
          !is_ignored (self, misspelling->word))
        found = misspelling;
    }
  if (found == NULL)
    return;

  word_begin = line;
  gtk_text_iter_forward_chars (&word_begin, found->start);
  word_end = line;
  gtk_text_iter_forward_chars (&word_end, found->end);
  set_mark (self, &self->menu_begin, &word_begin, TRUE);
  set_mark (self, &self->menu_end, &word_end, FALSE);
  self->menu_word = g_strdup (found->word);
  self->menu_language = found->language;

  set_action_enabled (self, "add", TRUE);
  set_action_enabled (self, "ignore", TRUE);
  set_action_enabled (self, "correct", TRUE);

  /* hunspell takes a noticeable while for Danish: the menu opens at
   * once and the suggestions fill in. */
  show_placeholder (self, _ ("Looking for Suggestions…"));
  self->suggest_cancellable = g_cancellable_new ();
  kasus_spell_suggest_async (self->spell, found->word, found->language, self->suggest_cancellable,
                             suggest_cb, g_object_ref (self));
}

const char *
kasus_spell_checker_get_menu_word (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), NULL);

  return self->menu_word;
}

GMenuModel *
kasus_spell_checker_get_menu_section (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), NULL);

  return G_MENU_MODEL (self->section);
}

static gboolean
has_section (GMenuModel *menu, GMenuModel *section)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr (GMenuModel) link = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (link == section)
        return TRUE;
    }
  return FALSE;
}

/* Whoever else sets an extra menu on the view (the findings) keeps it:
 * ours is added beside theirs. */
static void
merge_extra_menu (KasusSpellChecker *self)
{
  GMenuModel *current;

  if (self->view == NULL)
    return;

  current = gtk_text_view_get_extra_menu (self->view);
  if (current != NULL && (current == G_MENU_MODEL (self->merged_menu) ||
                          has_section (current, G_MENU_MODEL (self->section))))
    return;

  g_set_object (&self->wrapped_menu, current);
  g_clear_object (&self->merged_menu);
  self->merged_menu = g_menu_new ();
  g_menu_append_section (self->merged_menu, NULL, G_MENU_MODEL (self->section));
  if (current != NULL)
    g_menu_append_section (self->merged_menu, NULL, current);
  gtk_text_view_set_extra_menu (self->view, G_MENU_MODEL (self->merged_menu));
}

static void
click_pressed_cb (GtkGestureClick *click, int n_press, double x, double y, KasusSpellChecker *self)
{
  GdkEventSequence *sequence = gtk_gesture_single_get_current_sequence (GTK_GESTURE_SINGLE (click));
  GdkEvent         *event = gtk_gesture_get_last_event (GTK_GESTURE (click), sequence);
  GtkTextIter       iter, begin, end;
  int               buffer_x, buffer_y;

  if (n_press != 1 || event == NULL || !gdk_event_triggers_context_menu (event) ||
      self->view == NULL || self->buffer == NULL)
    return;

  /* GtkTextView leaves the cursor where it was: move it under the
   * pointer, so the menu is about the word clicked. */
  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &begin, &end))
    {
      gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x,
                                             &buffer_y);
      gtk_text_view_get_iter_at_location (self->view, &iter, buffer_x, buffer_y);
      gtk_text_buffer_place_cursor (self->buffer, &iter);
    }

  kasus_spell_checker_prepare_menu (self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KasusSpellChecker     *self)
{
  if (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK)))
    kasus_spell_checker_prepare_menu (self);

  return GDK_EVENT_PROPAGATE;
}

static void
show_error (KasusSpellChecker *self, const char *message)
{
  GtkWidget *overlay =
    self->view ? gtk_widget_get_ancestor (GTK_WIDGET (self->view), ADW_TYPE_TOAST_OVERLAY) : NULL;

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

static void
correct_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusSpellChecker *self = user_data;
  g_autofree char   *shown = NULL;
  const char        *replacement = g_variant_get_string (param, NULL);
  GtkTextIter        begin, end;

  if (self->menu_word == NULL || self->buffer == NULL)
    return;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &begin, self->menu_begin);
  gtk_text_buffer_get_iter_at_mark (self->buffer, &end, self->menu_end);
  shown = gtk_text_iter_get_slice (&begin, &end);

  /* The text moved on since the menu was made: leave it alone. */
  if (!g_str_equal (shown, self->menu_word))
    {
      clear_menu (self);
      return;
    }

  gtk_text_buffer_begin_user_action (self->buffer);
  gtk_text_buffer_delete (self->buffer, &begin, &end);
  gtk_text_buffer_insert (self->buffer, &begin, replacement, -1);
  gtk_text_buffer_end_user_action (self->buffer);
  gtk_text_buffer_place_cursor (self->buffer, &begin);

  clear_menu (self);
}

static void
add_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusSpellChecker *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autofree char   *word = g_steal_pointer (&self->menu_word);
  KasusLanguage      language = self->menu_language;

  clear_menu (self);
  if (word == NULL)
    return;

  /* ::changed rechecks every view on the dictionary. */
  if (!kasus_spell_add_to_dictionary (self->spell, word, language, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the reason, e.g. "Permission denied" */
      message =
        g_strdup_printf (_ ("The word could not be added to the dictionary: %s"), error->message);
      show_error (self, message);
    }
}

static void
update_ignored (KasusSpellChecker *self, const char *const *words)
{
  g_hash_table_remove_all (self->ignored);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    g_hash_table_add (self->ignored, g_utf8_strdown (words[i], -1));
}

static void
ignore_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusSpellChecker *self = user_data;
  g_autofree char   *word = g_steal_pointer (&self->menu_word);

  clear_menu (self);
  if (word == NULL)
    return;

  if (self->kase != NULL)
    {
      const char *const       *old = kasus_case_get_ignored_words (self->kase);
      g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
      g_autofree char         *lower = g_utf8_strdown (word, -1);
      g_auto (GStrv) words = NULL;

      g_strv_builder_addv (builder, (const char **) old);
      g_strv_builder_add (builder, lower);
      words = g_strv_builder_end (builder);
      /* Every checker of the case hears ::changed and rechecks. */
      kasus_case_set_ignored_words (self->kase, (const char *const *) words);
    }
  else
    {
      g_hash_table_add (self->ignored, g_utf8_strdown (word, -1));
      kasus_spell_checker_recheck_all (self);
    }
}

static void
nothing_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
}

static const GActionEntry spell_actions[] = {
  { "correct", correct_action, "s" },
  { "add", add_action },
  { "ignore", ignore_action },
  { "no-suggestions", nothing_action },
};

/* The spell and the case --------------------------------------------- */

static void
spell_changed_cb (KasusSpellChecker *self)
{
  kasus_spell_checker_recheck_all (self);
}

static void
case_changed_cb (KasusSpellChecker *self)
{
  const char *const *words = kasus_case_get_ignored_words (self->kase);

  if (self->case_ignored != NULL && g_strv_equal ((const char *const *) self->case_ignored, words))
    return;

  g_strfreev (self->case_ignored);
  self->case_ignored = g_strdupv ((char **) words);
  update_ignored (self, words);
  kasus_spell_checker_recheck_all (self);
}

static void
case_language_cb (KasusSpellChecker *self)
{
  kasus_spell_checker_set_language (self, kasus_case_get_language (self->kase));
}

void
kasus_spell_checker_set_case (KasusSpellChecker *self, KasusCase *kase)
{
  g_return_if_fail (KASUS_IS_SPELL_CHECKER (self));
  g_return_if_fail (kase == NULL || KASUS_IS_CASE (kase));

  if (self->kase == kase)
    return;

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  g_set_object (&self->kase, kase);
  g_clear_pointer (&self->case_ignored, g_strfreev);
  g_hash_table_remove_all (self->ignored);

  if (kase != NULL)
    {
      g_signal_connect_object (kase, "changed", G_CALLBACK (case_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (kase, "notify::language", G_CALLBACK (case_language_cb), self,
                               G_CONNECT_SWAPPED);
      case_changed_cb (self);
      case_language_cb (self);
    }

  kasus_spell_checker_recheck_all (self);
}

/* Properties ---------------------------------------------------------- */

gboolean
kasus_spell_checker_get_enabled (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), FALSE);

  return self->enabled;
}

void
kasus_spell_checker_set_enabled (KasusSpellChecker *self, gboolean enabled)
{
  g_return_if_fail (KASUS_IS_SPELL_CHECKER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  if (enabled)
    kasus_spell_checker_recheck_all (self);
  else
    {
      g_clear_handle_id (&self->recheck_source, g_source_remove);
      clear_mark (self, &self->dirty_begin);
      clear_mark (self, &self->dirty_end);
      clear_mark (self, &self->deferred);
      remove_all_tags (self);
      clear_menu (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

KasusLanguage
kasus_spell_checker_get_language (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), KASUS_LANGUAGE_AUTO);

  return self->language;
}

void
kasus_spell_checker_set_language (KasusSpellChecker *self, KasusLanguage language)
{
  g_return_if_fail (KASUS_IS_SPELL_CHECKER (self));
  g_return_if_fail (language <= KASUS_LANGUAGE_EN);

  if (self->language == language)
    return;

  self->language = language;
  kasus_spell_checker_recheck_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

GtkTextView *
kasus_spell_checker_get_view (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), NULL);

  return self->view;
}

KasusSpell *
kasus_spell_checker_get_spell (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), NULL);

  return self->spell;
}

gint64
kasus_spell_checker_get_main_usec (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), 0);

  return self->main_usec;
}

gboolean
kasus_spell_checker_is_busy (KasusSpellChecker *self)
{
  g_return_val_if_fail (KASUS_IS_SPELL_CHECKER (self), FALSE);

  return self->recheck_source != 0 || self->suggest_cancellable != NULL;
}

KasusSpellChecker *
kasus_spell_checker_new (GtkTextView *view, KasusSpell *spell)
{
  KasusSpellChecker *self;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);
  g_return_val_if_fail (KASUS_IS_SPELL (spell), NULL);

  self = g_object_new (KASUS_TYPE_SPELL_CHECKER, NULL);
  self->spell = g_object_ref (spell);
  g_signal_connect_object (spell, "changed", G_CALLBACK (spell_changed_cb), self,
                           G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->view, view);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "spell", G_ACTION_GROUP (self->actions));

  self->click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click), 0);
  gtk_event_controller_set_propagation_phase (self->click, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->click, "pressed", G_CALLBACK (click_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), g_object_ref (self->click));

  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (view), g_object_ref (self->keys));

  g_signal_connect_object (view, "notify::buffer", G_CALLBACK (notify_buffer_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::extra-menu", G_CALLBACK (merge_extra_menu), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::has-focus", G_CALLBACK (has_focus_cb), self,
                           G_CONNECT_SWAPPED);

  merge_extra_menu (self);
  attach_buffer (self, gtk_text_view_get_buffer (view));

  return self;
}

static void
kasus_spell_checker_dispose (GObject *object)
{
  KasusSpellChecker *self = KASUS_SPELL_CHECKER (object);

  g_clear_handle_id (&self->recheck_source, g_source_remove);
  detach_buffer (self);

  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->view, self);
      gtk_widget_insert_action_group (GTK_WIDGET (self->view), "spell", NULL);
      if (self->click != NULL)
        gtk_widget_remove_controller (GTK_WIDGET (self->view), self->click);
      if (self->keys != NULL)
        gtk_widget_remove_controller (GTK_WIDGET (self->view), self->keys);
      if (self->merged_menu != NULL &&
          gtk_text_view_get_extra_menu (self->view) == G_MENU_MODEL (self->merged_menu))
        gtk_text_view_set_extra_menu (self->view, self->wrapped_menu);
    }
  g_clear_weak_pointer (&self->view);

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  if (self->spell != NULL)
    g_signal_handlers_disconnect_by_data (self->spell, self);

  g_clear_object (&self->click);
  g_clear_object (&self->keys);
  g_clear_object (&self->merged_menu);
  g_clear_object (&self->wrapped_menu);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (kasus_spell_checker_parent_class)->dispose (object);
}

static void
kasus_spell_checker_finalize (GObject *object)
{
  KasusSpellChecker *self = KASUS_SPELL_CHECKER (object);

  g_clear_object (&self->spell);
  g_clear_object (&self->section);
  g_clear_object (&self->corrections);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_clear_pointer (&self->case_ignored, g_strfreev);
  g_clear_pointer (&self->menu_word, g_free);

  G_OBJECT_CLASS (kasus_spell_checker_parent_class)->finalize (object);
}

static void
kasus_spell_checker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusSpellChecker *self = KASUS_SPELL_CHECKER (object);

  switch (prop_id)
    {
      case PROP_ENABLED:
        g_value_set_boolean (value, self->enabled);
        break;

      case PROP_LANGUAGE:
        g_value_set_enum (value, self->language);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_spell_checker_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KasusSpellChecker *self = KASUS_SPELL_CHECKER (object);

  switch (prop_id)
    {
      case PROP_ENABLED:
        kasus_spell_checker_set_enabled (self, g_value_get_boolean (value));
        break;

      case PROP_LANGUAGE:
        kasus_spell_checker_set_language (self, g_value_get_enum (value));
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_spell_checker_class_init (KasusSpellCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kasus_spell_checker_dispose;
  object_class->finalize = kasus_spell_checker_finalize;
  object_class->get_property = kasus_spell_checker_get_property;
  object_class->set_property = kasus_spell_checker_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KASUS_TYPE_LANGUAGE, KASUS_LANGUAGE_DA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kasus_spell_checker_init (KasusSpellChecker *self)
{
  g_autoptr (GMenuItem) add = NULL;
  g_autoptr (GMenuItem) ignore = NULL;
  g_autoptr (GMenu)     words = NULL;

  self->enabled = TRUE;
  self->language = KASUS_LANGUAGE_DA;
  self->typed_offset = -1;
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), spell_actions,
                                   G_N_ELEMENTS (spell_actions), self);
  set_action_enabled (self, "no-suggestions", FALSE);

  /* Two sections, so a separator sets the suggestions apart. */
  self->corrections = g_menu_new ();
  words = g_menu_new ();
  add = g_menu_item_new (_ ("_Add to Dictionary"), "spell.add");
  g_menu_item_set_attribute (add, "hidden-when", "s", "action-disabled");
  g_menu_append_item (words, add);
  ignore = g_menu_item_new (_ ("_Ignore All"), "spell.ignore");
  g_menu_item_set_attribute (ignore, "hidden-when", "s", "action-disabled");
  g_menu_append_item (words, ignore);
  self->section = g_menu_new ();
  g_menu_append_section (self->section, NULL, G_MENU_MODEL (self->corrections));
  g_menu_append_section (self->section, NULL, G_MENU_MODEL (words));

  clear_menu (self);
}
