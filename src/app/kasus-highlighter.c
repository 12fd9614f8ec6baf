/* kasus-highlighter.c — live identifier findings painted in a text buffer
 *
 * Edits are tracked in code-point offsets: the findings after an edit move
 * with it, those it touches are dropped, and the edited range joins a set
 * of dirty ranges. Once the main loop is idle, the paragraphs (text between
 * blank lines) around the first dirty range are copied and scanned in a
 * worker thread, at most CHUNK_CHARS at a time so that a large paste or a
 * freshly loaded case is scanned piece by piece while the window stays
 * usable. One scan is in flight at a time; an edit that touches its range
 * cancels it (a new generation) and puts the range back in the dirty set,
 * so its results are dropped. Results are applied on the main thread:
 * tags of the chunk removed, findings replaced and painted, ::changed.
 *
 * A new finding that ends at the cursor right after a keystroke there is
 * a word still being typed ("3", "35", "35 år"): it is held back until
 * the writer moves on, moves the cursor, or pauses for HOLD_MS, so the
 * text and the findings list do not flicker with every letter.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-highlighter"

#include "config.h"

#include <adwaita.h>

#include "kasus-highlighter.h"
#include "kasus-scanner.h"

/* At most this many code points go to one scan (a paragraph longer than
 * this is cut at a line, or at the cap itself). */
#define CHUNK_CHARS 16384

/* How long a finding still being typed is held back after the last
 * keystroke; the longest insertion that counts as typing. */
#define HOLD_MS          700
#define TYPING_MAX_CHARS 2

typedef struct
{
  gint64      start;
  gint64      end;
  GtkTextTag *tag; /* for paint to remove: the tag it has */
} Range;

typedef struct
{
  char         *text;
  GPtrArray    *known;
  gint64        n_chars;
  guint64       generation;
  KasusLanguage language;
} ScanData;

struct _KasusHighlighter
{
  GObject parent_instance;

  GtkTextBuffer *buffer;
  KasusCase     *kase;
  char          *section_id;
  guint          section_index;

  GPtrArray  *items;       /* KasusFindingItem, by start */
  GArray     *dirty;       /* Range, sorted, disjoint */
  GArray     *stale_paint; /* Range: paint of findings an edit dropped */
  GPtrArray  *dropped;     /* KasusFindingItem an edit dropped, until rescanned */
  GArray     *held;        /* Range: findings held back while typed */
  GtkTextTag *tags[KASUS_N_CATEGORIES][2];

  GCancellable *cancellable; /* of the scan in flight */
  guint64       generation;
  gint64        flight_start;
  gint64        flight_end;
  gint64        main_usec;
  guint         idle_id;
  guint         hold_id;
  gint64        typed_at;   /* offset just after the last keystroke, or -1 */
  gint64        typed_time; /* when, monotonic */

  guint in_flight : 1;
  guint invalidated : 1;
};

G_DEFINE_FINAL_TYPE (KasusHighlighter, kasus_highlighter, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *light;
  const char *dark;
} palette[KASUS_N_CATEGORIES] = {
  [KASUS_CATEGORY_CPR] = { "#e01b24", "#ff7b63" },
  [KASUS_CATEGORY_NAME] = { "#9141ac", "#dc8add" },
  [KASUS_CATEGORY_AGE] = { "#ff7800", "#ffa348" },
  [KASUS_CATEGORY_DATE] = { "#1c71d8", "#62a0ea" },
  [KASUS_CATEGORY_FAMILY] = { "#d6336c", "#f5739f" },
  [KASUS_CATEGORY_VARIANT] = { "#26a269", "#57e389" },
  [KASUS_CATEGORY_GENE] = { "#2190a4", "#5bc8d6" },
  [KASUS_CATEGORY_PLACE] = { "#986a44", "#cdab8f" },
  [KASUS_CATEGORY_INSTITUTION] = { "#e5a50a", "#f8e45c" },
  [KASUS_CATEGORY_CONTACT] = { "#613583", "#c061cb" },
  [KASUS_CATEGORY_ID] = { "#5e5c64", "#c0bfbc" },
  [KASUS_CATEGORY_OCCUPATION] = { "#63452c", "#b5835a" },
};

void
kasus_highlighter_get_color (KasusCategory category, gboolean dark, GdkRGBA *color)
{
  g_return_if_fail (color != NULL);

  if (category >= KASUS_N_CATEGORIES)
    category = KASUS_CATEGORY_ID;
  gdk_rgba_parse (color, dark ? palette[category].dark : palette[category].light);
}

static void
scan_data_free (gpointer data)
{
  ScanData *scan = data;

  g_free (scan->text);
  g_clear_pointer (&scan->known, g_ptr_array_unref);
  g_free (scan);
}

static void
known_free (gpointer data)
{
  KasusKnownIdentifier *known = data;

  g_free (known->text);
  g_free (known);
}

/* A copy the worker can read while the case changes. */
static GPtrArray *
copy_known (KasusCase *kase)
{
  GPtrArray *known = kasus_case_get_known_identifiers (kase);
  GPtrArray *copy = g_ptr_array_new_full (known->len, known_free);

  for (guint i = 0; i < known->len; i++)
    {
      const KasusKnownIdentifier *src = g_ptr_array_index (known, i);
      KasusKnownIdentifier       *dst = g_new0 (KasusKnownIdentifier, 1);

      dst->category = src->category;
      dst->text = g_strdup (src->text);
      g_ptr_array_add (copy, dst);
    }

  return copy;
}

/* Tags */

static void
update_tag_colors (KasusHighlighter *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    {
      GdkRGBA color, background, strong;

      kasus_highlighter_get_color (c, dark, &color);
      background = color;
      background.alpha = dark ? 0.28 : 0.20;
      strong = color;
      strong.alpha = dark ? 0.46 : 0.36;

      g_object_set (self->tags[c][0], "background-rgba", &background, NULL);
      g_object_set (self->tags[c][1], "background-rgba", &strong, "underline",
                    PANGO_UNDERLINE_SINGLE, "underline-rgba", &color, NULL);
    }
}

static void
create_tags (KasusHighlighter *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    for (guint high = 0; high < 2; high++)
      {
        g_autofree char *name = g_strdup_printf (KASUS_HIGHLIGHTER_TAG_PREFIX "%s%s",
                                                 kasus_category_to_string (c), high ? "-high" : "");

        self->tags[c][high] = gtk_text_tag_table_lookup (table, name);
        if (self->tags[c][high] == NULL)
          self->tags[c][high] = gtk_text_buffer_create_tag (self->buffer, name, NULL);
      }

  update_tag_colors (self);
}

static void
paint (KasusHighlighter *self, KasusFindingItem *item, gboolean on)
{
  GtkTextIter   start, end;
  KasusCategory category = kasus_finding_item_get_category (item);
  gboolean      high = kasus_finding_item_get_severity (item) == KASUS_SEVERITY_HIGH;

  if (category >= KASUS_N_CATEGORIES)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, kasus_finding_item_get_start (item));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, kasus_finding_item_get_end (item));
  if (on)
    gtk_text_buffer_apply_tag (self->buffer, self->tags[category][high], &start, &end);
  else
    gtk_text_buffer_remove_tag (self->buffer, self->tags[category][high], &start, &end);
}

static GtkTextTag *
tag_for (KasusHighlighter *self, KasusFindingItem *item)
{
  KasusCategory category = kasus_finding_item_get_category (item);

  if (category >= KASUS_N_CATEGORIES)
    return NULL;

  return self->tags[category][kasus_finding_item_get_severity (item) == KASUS_SEVERITY_HIGH];
}

/* Removes tag (or every finding tag, for NULL) from the range. */
static void
unpaint_range (KasusHighlighter *self, gint64 start_offset, gint64 end_offset, GtkTextTag *tag)
{
  GtkTextIter start, end;

  if (start_offset >= end_offset)
    return;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, end_offset);
  if (tag != NULL)
    {
      gtk_text_buffer_remove_tag (self->buffer, tag, &start, &end);
      return;
    }
  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    for (guint high = 0; high < 2; high++)
      gtk_text_buffer_remove_tag (self->buffer, self->tags[c][high], &start, &end);
}

/* Whether tag is on some of [start, end), or on all of it. */
static gboolean
tag_in (KasusHighlighter *self, GtkTextTag *tag, gint64 start, gint64 end, gboolean all)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, start);
  if (gtk_text_iter_has_tag (&iter, tag) != all)
    return !all;
  if (!gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return all;
  return all ? gtk_text_iter_get_offset (&iter) >= end : gtk_text_iter_get_offset (&iter) < end;
}

/* Removes tag from [start, end) but where keep (in order) has it, and
 * only where it is: each tag change makes GTK lay the lines out again. */
static void
unpaint_except (KasusHighlighter *self, gint64 start, gint64 end, GtkTextTag *tag, GArray *keep)
{
  for (guint k = 0; k < keep->len && start < end; k++)
    {
      const Range *r = &g_array_index (keep, Range, k);

      if (r->tag != tag || r->end <= start || r->start >= end)
        continue;
      if (r->start > start && tag_in (self, tag, start, r->start, FALSE))
        unpaint_range (self, start, r->start, tag);
      start = MAX (start, r->end);
    }
  if (start < end && tag_in (self, tag, start, end, FALSE))
    unpaint_range (self, start, end, tag);
}

/* Dirty ranges */

static void
dirty_add (KasusHighlighter *self, gint64 start, gint64 end)
{
  GArray *dirty = self->dirty;
  guint   i = 0;

  /* Skip those wholly before; merge those touching. */
  while (i < dirty->len && g_array_index (dirty, Range, i).end < start)
    i++;
  while (i < dirty->len && g_array_index (dirty, Range, i).start <= end)
    {
      Range *r = &g_array_index (dirty, Range, i);

      start = MIN (start, r->start);
      end = MAX (end, r->end);
      g_array_remove_index (dirty, i);
    }
  g_array_insert_val (dirty, i, ((Range){ start, end }));
}

/* Removes [start, end) from the dirty set; an empty range at end stays
 * unless end is the end of the buffer. */
static void
dirty_take (KasusHighlighter *self, gint64 start, gint64 end, gint64 n_chars)
{
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (Range));

  for (guint i = 0; i < self->dirty->len; i++)
    {
      Range r = g_array_index (self->dirty, Range, i);

      if (r.start == r.end)
        {
          if (r.start < start || (r.start >= end && !(r.start == end && end >= n_chars)))
            g_array_append_val (kept, r);
          continue;
        }
      if (r.start < start)
        g_array_append_val (kept, ((Range){ r.start, MIN (r.end, start) }));
      if (r.end > end)
        g_array_append_val (kept, ((Range){ MAX (r.start, end), r.end }));
    }

  g_array_set_size (self->dirty, 0);
  g_array_append_vals (self->dirty, kept->data, kept->len);
}

/* Scheduling */

static void dispatch (KasusHighlighter *self);

static gboolean
dispatch_idle_cb (gpointer user_data)
{
  KasusHighlighter *self = user_data;

  self->idle_id = 0;
  dispatch (self);

  return G_SOURCE_REMOVE;
}

static void
schedule (KasusHighlighter *self)
{
  if (self->idle_id != 0 || self->in_flight || self->dirty->len == 0 || self->buffer == NULL)
    return;

  self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, dispatch_idle_cb, self, NULL);
}

/* Forgets the scan in flight: its range is scanned again. */
static void
drop_flight (KasusHighlighter *self, gint64 start, gint64 end)
{
  if (!self->in_flight)
    return;

  self->in_flight = FALSE;
  self->generation++;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  dirty_add (self, start, end);
}

static void
ranges_insert (GArray *ranges, gint64 pos, gint64 n)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      Range *r = &g_array_index (ranges, Range, i);

      if (r->start > pos)
        r->start += n;
      if (r->end >= pos)
        r->end += n;
    }
}

static inline gint64 map_deleted (gint64 x, gint64 a, gint64 b);

static void
ranges_delete (GArray *ranges, gint64 a, gint64 b)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      Range *r = &g_array_index (ranges, Range, i);

      r->start = map_deleted (r->start, a, b);
      r->end = map_deleted (r->end, a, b);
    }
}

/* Edits */

static void
insert_text_cb (KasusHighlighter *self,
                GtkTextIter      *location,
                const char       *text,
                int               length,
                GtkTextBuffer    *buffer)
{
  gint64 t0 = g_get_monotonic_time ();
  gint64 pos = gtk_text_iter_get_offset (location);
  gint64 n = g_utf8_strlen (text, length);
  guint  i;

  if (n == 0)
    return;

  if (n <= TYPING_MAX_CHARS)
    {
      self->typed_at = pos + n;
      self->typed_time = t0;
    }
  else
    self->typed_at = -1;
  ranges_insert (self->held, pos, n);
  ranges_insert (self->stale_paint, pos, n);
  for (i = 0; i < self->dropped->len; i++)
    {
      KasusFindingItem *item = g_ptr_array_index (self->dropped, i);
      gint64            start = kasus_finding_item_get_start (item);
      gint64            end = kasus_finding_item_get_end (item);

      kasus_finding_item_set_range (item, start > pos ? start + n : start,
                                    end >= pos ? end + n : end);
    }

  /* Findings after it move; one it touches is gone until rescanned. */
  i = self->items->len;
  while (i > 0)
    {
      KasusFindingItem *item = g_ptr_array_index (self->items, i - 1);
      gint64            start = kasus_finding_item_get_start (item);
      gint64            end = kasus_finding_item_get_end (item);

      if (end < pos)
        break;
      i--;
      if (start > pos)
        kasus_finding_item_set_range (item, start + n, end + n);
      else
        {
          /* Its paint stays (and spreads to text typed inside) until
           * the paragraph is scanned again. */
          if (kasus_finding_item_get_accepted (item) == NULL)
            g_array_append_val (self->stale_paint,
                                ((Range){ start, end + n, tag_for (self, item) }));
          kasus_finding_item_set_range (item, start, end + n);
          g_ptr_array_add (self->dropped, g_ptr_array_steal_index (self->items, i));
          self->invalidated = TRUE;
        }
    }

  ranges_insert (self->dirty, pos, n);
  dirty_add (self, pos, pos + n);

  if (self->in_flight && self->flight_end >= pos)
    {
      if (self->flight_start > pos)
        {
          self->flight_start += n;
          self->flight_end += n;
        }
      else
        drop_flight (self, self->flight_start, self->flight_end + n);
    }

  schedule (self);
  self->main_usec += g_get_monotonic_time () - t0;
}

static inline gint64
map_deleted (gint64 x, gint64 a, gint64 b)
{
  return x <= a ? x : (x >= b ? x - (b - a) : a);
}

static void
delete_range_cb (KasusHighlighter *self,
                 GtkTextIter      *start_iter,
                 GtkTextIter      *end_iter,
                 GtkTextBuffer    *buffer)
{
  gint64 t0 = g_get_monotonic_time ();
  gint64 a = gtk_text_iter_get_offset (start_iter);
  gint64 b = gtk_text_iter_get_offset (end_iter);
  gint64 d;
  guint  i;

  if (a > b)
    {
      gint64 tmp = a;
      a = b;
      b = tmp;
    }
  d = b - a;
  if (d == 0)
    return;

  /* Deleting a letter is typing too: "35 åre" back to "35 år". */
  self->typed_at = d <= TYPING_MAX_CHARS ? a : -1;
  self->typed_time = t0;
  ranges_delete (self->held, a, b);
  ranges_delete (self->stale_paint, a, b);
  for (i = 0; i < self->dropped->len; i++)
    {
      KasusFindingItem *item = g_ptr_array_index (self->dropped, i);

      kasus_finding_item_set_range (item, map_deleted (kasus_finding_item_get_start (item), a, b),
                                    map_deleted (kasus_finding_item_get_end (item), a, b));
    }

  i = self->items->len;
  while (i > 0)
    {
      KasusFindingItem *item = g_ptr_array_index (self->items, i - 1);
      gint64            start = kasus_finding_item_get_start (item);
      gint64            end = kasus_finding_item_get_end (item);

      if (end < a)
        break;
      i--;
      if (start > b)
        kasus_finding_item_set_range (item, start - d, end - d);
      else
        {
          if (kasus_finding_item_get_accepted (item) == NULL)
            g_array_append_val (self->stale_paint,
                                ((Range){ map_deleted (start, a, b), map_deleted (end, a, b),
                                          tag_for (self, item) }));
          kasus_finding_item_set_range (item, map_deleted (start, a, b), map_deleted (end, a, b));
          g_ptr_array_add (self->dropped, g_ptr_array_steal_index (self->items, i));
          self->invalidated = TRUE;
        }
    }

  ranges_delete (self->dirty, a, b);
  /* Ranges may touch now: add merges them. */
  {
    g_autoptr (GArray) old = g_array_copy (self->dirty);

    g_array_set_size (self->dirty, 0);
    for (i = 0; i < old->len; i++)
      dirty_add (self, g_array_index (old, Range, i).start, g_array_index (old, Range, i).end);
  }
  dirty_add (self, a, a);

  if (self->in_flight && self->flight_end >= a)
    {
      if (self->flight_start > b)
        {
          self->flight_start -= d;
          self->flight_end -= d;
        }
      else
        drop_flight (self, map_deleted (self->flight_start, a, b),
                     map_deleted (self->flight_end, a, b));
    }

  schedule (self);
  self->main_usec += g_get_monotonic_time () - t0;
}

/* Paragraphs */

static gboolean
line_is_blank (const GtkTextIter *line_start)
{
  GtkTextIter iter = *line_start;

  while (!gtk_text_iter_ends_line (&iter))
    {
      if (!g_unichar_isspace (gtk_text_iter_get_char (&iter)))
        return FALSE;
      if (!gtk_text_iter_forward_char (&iter))
        break;
    }

  return TRUE;
}

/* Back to the start of the paragraph holding iter. */
static void
paragraph_start (GtkTextIter *iter)
{
  gint64 from = gtk_text_iter_get_offset (iter);

  gtk_text_iter_set_line_offset (iter, 0);
  while (gtk_text_iter_get_line (iter) > 0 &&
         from - gtk_text_iter_get_offset (iter) < CHUNK_CHARS / 2)
    {
      GtkTextIter previous = *iter;

      gtk_text_iter_backward_line (&previous);
      if (line_is_blank (&previous))
        break;
      *iter = previous;
    }
}

/* On to the end of the paragraph holding iter (the start of the next
 * line, or of a blank line). */
static void
paragraph_end (GtkTextIter *iter, gboolean at_line_start_is_end)
{
  gint64 from = gtk_text_iter_get_offset (iter);

  if (gtk_text_iter_starts_line (iter) && at_line_start_is_end)
    return;

  if (!gtk_text_iter_forward_line (iter))
    return;
  while (!gtk_text_iter_is_end (iter) && !line_is_blank (iter) &&
         gtk_text_iter_get_offset (iter) - from < CHUNK_CHARS / 2)
    if (!gtk_text_iter_forward_line (iter))
      break;
}

/* Scanning */

static void
scan_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  ScanData  *scan = task_data;
  GPtrArray *findings;

  if (g_task_return_error_if_cancelled (task))
    return;

  findings = kasus_scanner_scan_range (kasus_scanner_get_default (), scan->text, -1, 0,
                                       scan->n_chars, scan->language, scan->known);
  g_task_return_pointer (task, findings, (GDestroyNotify) g_ptr_array_unref);
}

static gboolean
same_content (KasusFindingItem *item, const KasusFinding *finding)
{
  const KasusFinding *old = kasus_finding_item_get_finding (item);

  return old->category == finding->category && old->severity == finding->severity &&
         g_strcmp0 (old->rule, finding->rule) == 0 && g_strcmp0 (old->text, finding->text) == 0 &&
         g_strcmp0 (old->suggestion, finding->suggestion) == 0 &&
         g_strcmp0 (old->reason, finding->reason) == 0;
}

static gboolean
same_finding (KasusFindingItem *item, const KasusFinding *finding, gint64 base)
{
  return kasus_finding_item_get_start (item) == base + finding->start &&
         kasus_finding_item_get_end (item) == base + finding->end && same_content (item, finding);
}

/* A finding an edit dropped (typing just after it, say) found again where
 * it was: the same item, so the findings list keeps its row. */
static KasusFindingItem *
take_dropped (KasusHighlighter *self, const KasusFinding *finding, gint64 base)
{
  for (guint d = 0; d < self->dropped->len; d++)
    {
      KasusFindingItem *old = g_ptr_array_index (self->dropped, d);

      if (kasus_finding_item_get_start (old) <= base + finding->end &&
          base + finding->start <= kasus_finding_item_get_end (old) && same_content (old, finding))
        {
          kasus_finding_item_set_range (old, base + finding->start, base + finding->end);
          return g_ptr_array_steal_index (self->dropped, d);
        }
    }

  return NULL;
}

static gboolean
intersects (GArray *ranges, gint64 start, gint64 end)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *r = &g_array_index (ranges, Range, i);

      if (r->start < end && start < r->end)
        return TRUE;
    }

  return FALSE;
}

/* The findings held back are scanned again: now they show. */
static void
release_held (KasusHighlighter *self)
{
  g_clear_handle_id (&self->hold_id, g_source_remove);
  self->typed_at = -1;
  for (guint i = 0; i < self->held->len; i++)
    dirty_add (self, g_array_index (self->held, Range, i).start,
               g_array_index (self->held, Range, i).end);
  g_array_set_size (self->held, 0);
  schedule (self);
}

static gboolean
hold_timeout_cb (gpointer user_data)
{
  KasusHighlighter *self = user_data;

  self->hold_id = 0;
  release_held (self);

  return G_SOURCE_REMOVE;
}

static void
cursor_moved_cb (KasusHighlighter  *self,
                 const GtkTextIter *location,
                 GtkTextMark       *mark,
                 GtkTextBuffer     *buffer)
{
  if (self->held->len == 0 || mark != gtk_text_buffer_get_insert (buffer))
    return;
  if (gtk_text_iter_get_offset (location) != self->typed_at)
    release_held (self);
}

/* A new finding ending at the cursor just after a keystroke there: the
 * word is still being typed. A finding that replaces one already shown
 * (dropped by the edit) is not held: it was seen, it stays seen. */
static gboolean
still_typed (KasusHighlighter *self, gint64 start, gint64 end)
{
  GtkTextIter cursor;

  if (self->typed_at < 0 || end != self->typed_at ||
      g_get_monotonic_time () - self->typed_time >= HOLD_MS * 1000)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &cursor,
                                    gtk_text_buffer_get_insert (self->buffer));
  if (gtk_text_iter_get_offset (&cursor) != end)
    return FALSE;
  for (guint d = 0; d < self->dropped->len; d++)
    {
      KasusFindingItem *old = g_ptr_array_index (self->dropped, d);

      if (kasus_finding_item_get_start (old) < end && start < kasus_finding_item_get_end (old))
        return FALSE;
    }

  return TRUE;
}

static void
hold (KasusHighlighter *self, gint64 start, gint64 end)
{
  gint64 left = HOLD_MS * 1000 - (g_get_monotonic_time () - self->typed_time);

  g_array_append_val (self->held, ((Range){ start, end, NULL }));
  g_clear_handle_id (&self->hold_id, g_source_remove);
  self->hold_id = g_timeout_add (MAX (left / 1000, 0) + 1, hold_timeout_cb, self);
}

/* Puts the findings of [start, end) in place of those there. Only paint
 * that differs is touched: each tag change makes GTK lay the lines out
 * again. */
static void
apply (KasusHighlighter *self, gint64 start, gint64 end, GPtrArray *findings)
{
  g_autoptr (GPtrArray) items =
    g_ptr_array_new_full (self->items->len + findings->len, g_object_unref);
  g_autoptr (GArray)   cleared = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr (GArray)   kept_stale = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr (GArray)   painting = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autofree gboolean *reused = NULL;
  guint                i = 0, first, n_old = 0, next_old;
  gboolean             same;

  /* Those before the chunk stay. */
  while (i < self->items->len &&
         kasus_finding_item_get_end (g_ptr_array_index (self->items, i)) <= start &&
         kasus_finding_item_get_start (g_ptr_array_index (self->items, i)) < start)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->items, i++)));
  first = i;
  while (first + n_old < self->items->len &&
         kasus_finding_item_get_start (g_ptr_array_index (self->items, first + n_old)) < end)
    n_old++;

  /* Paint of findings edits dropped, within the chunk, goes. */
  for (guint k = 0; k < self->stale_paint->len; k++)
    {
      Range r = g_array_index (self->stale_paint, Range, k);

      if (r.end <= start || r.start >= end)
        {
          g_array_append_val (kept_stale, r);
          continue;
        }
      if (r.start < start)
        g_array_append_val (kept_stale, ((Range){ r.start, start, r.tag }));
      if (r.end > end)
        g_array_append_val (kept_stale, ((Range){ end, r.end, r.tag }));
      g_array_append_val (cleared, ((Range){ MAX (r.start, start), MIN (r.end, end), r.tag }));
    }
  g_array_set_size (self->stale_paint, 0);
  g_array_append_vals (self->stale_paint, kept_stale->data, kept_stale->len);

  /* Held back in the chunk: decided again below. */
  for (guint k = self->held->len; k > 0; k--)
    {
      const Range *r = &g_array_index (self->held, Range, k - 1);

      if (r->start < end && start <= r->end)
        g_array_remove_index (self->held, k - 1);
    }
  if (self->held->len == 0)
    g_clear_handle_id (&self->hold_id, g_source_remove);

  /* Old findings found again keep their item (and id); both lists are in
   * the scanner's order. */
  reused = g_new0 (gboolean, MAX (n_old, 1));
  next_old = 0;
  same = n_old == findings->len;
  for (guint k = 0; k < findings->len; k++)
    {
      KasusFinding     *finding = g_ptr_array_index (findings, k);
      KasusFindingItem *item = NULL;

      for (guint o = next_old; o < n_old; o++)
        {
          KasusFindingItem *old = g_ptr_array_index (self->items, first + o);

          if (kasus_finding_item_get_start (old) > start + finding->start)
            break;
          if (!reused[o] && same_finding (old, finding, start))
            {
              item = g_object_ref (old);
              reused[o] = TRUE;
              if (o == next_old)
                next_old++;
              break;
            }
        }
      if (item == NULL)
        {
          same = FALSE;
          item = take_dropped (self, finding, start);
        }
      if (item == NULL && still_typed (self, start + finding->start, start + finding->end))
        {
          hold (self, start + finding->start, start + finding->end);
          continue;
        }
      if (item == NULL)
        {
          item = kasus_finding_item_new (finding, self->section_index, self->section_id);
          kasus_finding_item_set_range (item, start + finding->start, start + finding->end);
          g_object_set_data (G_OBJECT (item), "kasus-new", GINT_TO_POINTER (TRUE));
        }
      g_ptr_array_add (items, item);
    }

  for (guint o = 0; o < n_old; o++)
    if (!reused[o])
      {
        KasusFindingItem *old = g_ptr_array_index (self->items, first + o);

        same = FALSE;
        if (kasus_finding_item_get_accepted (old) == NULL)
          g_array_append_val (cleared,
                              ((Range){ kasus_finding_item_get_start (old),
                                        kasus_finding_item_get_end (old), tag_for (self, old) }));
      }

  for (guint k = first; k < items->len; k++)
    {
      KasusFindingItem           *item = g_ptr_array_index (items, k);
      gboolean                    is_new = g_object_get_data (G_OBJECT (item), "kasus-new") != NULL;
      const KasusAcceptedFinding *accepted;

      if (is_new)
        {
          g_object_set_data (G_OBJECT (item), "kasus-new", NULL);
          accepted = kasus_case_lookup_accepted (self->kase, self->section_id,
                                                 kasus_finding_item_get_category (item),
                                                 kasus_finding_item_get_text (item));
          kasus_finding_item_set_accepted (item, accepted ? accepted->reason : NULL);
        }
      if (kasus_finding_item_get_accepted (item) == NULL && tag_for (self, item) != NULL &&
          (is_new || intersects (cleared, kasus_finding_item_get_start (item),
                                 kasus_finding_item_get_end (item))))
        g_array_append_val (painting,
                            ((Range){ kasus_finding_item_get_start (item),
                                      kasus_finding_item_get_end (item), tag_for (self, item) }));
    }

  /* Paint found again where it was stays as it is. */
  for (guint k = 0; k < cleared->len; k++)
    {
      const Range *r = &g_array_index (cleared, Range, k);

      if (r->tag != NULL)
        unpaint_except (self, r->start, r->end, r->tag, painting);
      else
        for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
          for (guint high = 0; high < 2; high++)
            unpaint_except (self, r->start, r->end, self->tags[c][high], painting);
    }
  for (guint k = 0; k < painting->len; k++)
    {
      const Range *r = &g_array_index (painting, Range, k);
      GtkTextIter  a, b;

      if (tag_in (self, r->tag, r->start, r->end, TRUE))
        continue;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, r->start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, r->end);
      gtk_text_buffer_apply_tag (self->buffer, r->tag, &a, &b);
    }

  for (i = first + n_old; i < self->items->len; i++)
    g_ptr_array_add (items, g_object_ref (g_ptr_array_index (self->items, i)));

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);

  /* Those dropped in the chunk and not found again are gone. */
  for (i = self->dropped->len; i > 0; i--)
    {
      KasusFindingItem *old = g_ptr_array_index (self->dropped, i - 1);

      if (kasus_finding_item_get_start (old) < end && start <= kasus_finding_item_get_end (old))
        g_ptr_array_remove_index (self->dropped, i - 1);
    }

  if (!same || self->invalidated)
    {
      self->invalidated = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
scan_done_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  KasusHighlighter     *self = KASUS_HIGHLIGHTER (object);
  ScanData             *scan = g_task_get_task_data (G_TASK (result));
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GError)    error = NULL;
  gint64                t0;

  findings = g_task_propagate_pointer (G_TASK (result), &error);

  /* Disposed, or stale: an edit touched the range since. */
  if (self->buffer == NULL || !self->in_flight || scan->generation != self->generation)
    return;

  t0 = g_get_monotonic_time ();
  self->in_flight = FALSE;
  g_clear_object (&self->cancellable);
  if (findings != NULL)
    apply (self, self->flight_start, self->flight_end, findings);
  else
    g_warning ("The scan failed: %s", error ? error->message : "?");

  schedule (self);
  self->main_usec += g_get_monotonic_time () - t0;

  if (!kasus_highlighter_is_busy (self) && self->invalidated)
    {
      self->invalidated = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
dispatch (KasusHighlighter *self)
{
  gint64            t0 = g_get_monotonic_time ();
  g_autoptr (GTask) task = NULL;
  GtkTextIter       start, end;
  Range             first;
  gint64            n_chars;
  ScanData         *scan;

  if (self->in_flight || self->dirty->len == 0 || self->buffer == NULL)
    return;

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  first = g_array_index (self->dirty, Range, 0);
  first.start = CLAMP (first.start, 0, n_chars);
  first.end = CLAMP (first.end, first.start, n_chars);

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, first.start);
  paragraph_start (&start);
  if (first.end - gtk_text_iter_get_offset (&start) > CHUNK_CHARS)
    {
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                          gtk_text_iter_get_offset (&start) + CHUNK_CHARS);
      paragraph_end (&end, TRUE);
    }
  else
    {
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end, first.end);
      paragraph_end (&end, first.end > first.start);
    }

  self->flight_start = gtk_text_iter_get_offset (&start);
  self->flight_end = gtk_text_iter_get_offset (&end);
  dirty_take (self, self->flight_start, self->flight_end, n_chars);

  if (self->flight_start == self->flight_end)
    {
      /* Nothing to scan (an empty buffer): only clear what was there. */
      g_autoptr (GPtrArray) none = g_ptr_array_new ();

      apply (self, self->flight_start, self->flight_end, none);
      schedule (self);
      self->main_usec += g_get_monotonic_time () - t0;
      return;
    }

  scan = g_new0 (ScanData, 1);
  scan->text = gtk_text_buffer_get_slice (self->buffer, &start, &end, TRUE);
  scan->n_chars = self->flight_end - self->flight_start;
  scan->known = copy_known (self->kase);
  scan->language = kasus_case_get_language (self->kase);
  scan->generation = ++self->generation;

  self->in_flight = TRUE;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, scan_done_cb, NULL);
  g_task_set_source_tag (task, dispatch);
  g_task_set_task_data (task, scan, scan_data_free);
  g_task_run_in_thread (task, scan_thread);

  self->main_usec += g_get_monotonic_time () - t0;
}

/* Public */

KasusHighlighter *
kasus_highlighter_new (GtkTextBuffer *buffer,
                       KasusCase     *kase,
                       guint          section_index,
                       const char    *section_id)
{
  KasusHighlighter *self;

  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);
  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);

  self = g_object_new (KASUS_TYPE_HIGHLIGHTER, NULL);
  self->buffer = g_object_ref (buffer);
  self->kase = g_object_ref (kase);
  self->section_index = section_index;
  self->section_id = g_strdup (section_id ? section_id : "");

  create_tags (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (insert_text_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "delete-range", G_CALLBACK (delete_range_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (cursor_moved_cb), self,
                           G_CONNECT_SWAPPED);

  kasus_highlighter_rescan (self);

  return self;
}

guint
kasus_highlighter_get_section_index (KasusHighlighter *self)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), 0);

  return self->section_index;
}

GPtrArray *
kasus_highlighter_get_items (KasusHighlighter *self)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), NULL);

  return self->items;
}

guint
kasus_highlighter_get_n_open (KasusHighlighter *self)
{
  guint n = 0;

  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    if (kasus_finding_item_get_accepted (g_ptr_array_index (self->items, i)) == NULL)
      n++;

  return n;
}

KasusFindingItem *
kasus_highlighter_lookup (KasusHighlighter *self, guint64 id)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      KasusFindingItem *item = g_ptr_array_index (self->items, i);

      if (kasus_finding_item_get_id (item) == id)
        return item;
    }

  return NULL;
}

KasusFindingItem *
kasus_highlighter_get_item_at (KasusHighlighter *self, gint64 offset)
{
  guint lo = 0, hi;

  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), NULL);

  /* The last finding starting at or before offset, then back over any
   * that still cover it (findings may nest). */
  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (kasus_finding_item_get_start (g_ptr_array_index (self->items, mid)) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i > 0; i--)
    {
      KasusFindingItem *item = g_ptr_array_index (self->items, i - 1);

      if (kasus_finding_item_get_start (item) <= offset &&
          offset < kasus_finding_item_get_end (item))
        return item;
      if (lo - i > 16)
        break;
    }

  return NULL;
}

void
kasus_highlighter_rescan (KasusHighlighter *self)
{
  g_return_if_fail (KASUS_IS_HIGHLIGHTER (self));

  if (self->buffer == NULL)
    return;

  drop_flight (self, 0, 0);
  g_array_set_size (self->dirty, 0);
  dirty_add (self, 0, gtk_text_buffer_get_char_count (self->buffer));
  schedule (self);
}

void
kasus_highlighter_refresh_accepted (KasusHighlighter *self)
{
  gboolean changed = FALSE;

  g_return_if_fail (KASUS_IS_HIGHLIGHTER (self));

  if (self->buffer == NULL)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      KasusFindingItem           *item = g_ptr_array_index (self->items, i);
      const KasusAcceptedFinding *accepted;
      const char                 *was = kasus_finding_item_get_accepted (item);

      accepted = kasus_case_lookup_accepted (self->kase, self->section_id,
                                             kasus_finding_item_get_category (item),
                                             kasus_finding_item_get_text (item));
      if ((accepted == NULL) == (was == NULL) &&
          (accepted == NULL || g_strcmp0 (accepted->reason, was) == 0))
        continue;

      kasus_finding_item_set_accepted (item, accepted ? accepted->reason : NULL);
      paint (self, item, accepted == NULL);
      changed = TRUE;
    }

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

guint
kasus_highlighter_get_n_held (KasusHighlighter *self)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), 0);

  return self->held->len;
}

gboolean
kasus_highlighter_is_busy (KasusHighlighter *self)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), FALSE);

  return self->in_flight || self->dirty->len > 0;
}

gint64
kasus_highlighter_get_main_usec (KasusHighlighter *self)
{
  g_return_val_if_fail (KASUS_IS_HIGHLIGHTER (self), 0);

  return self->main_usec;
}

static void
kasus_highlighter_dispose (GObject *object)
{
  KasusHighlighter *self = KASUS_HIGHLIGHTER (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->hold_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->in_flight = FALSE;
  if (self->buffer != NULL)
    g_signal_handlers_disconnect_by_data (self->buffer, self);
  g_clear_object (&self->buffer);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (kasus_highlighter_parent_class)->dispose (object);
}

static void
kasus_highlighter_finalize (GObject *object)
{
  KasusHighlighter *self = KASUS_HIGHLIGHTER (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->dirty, g_array_unref);
  g_clear_pointer (&self->stale_paint, g_array_unref);
  g_clear_pointer (&self->dropped, g_ptr_array_unref);
  g_clear_pointer (&self->held, g_array_unref);
  g_clear_pointer (&self->section_id, g_free);

  G_OBJECT_CLASS (kasus_highlighter_parent_class)->finalize (object);
}

static void
kasus_highlighter_class_init (KasusHighlighterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kasus_highlighter_dispose;
  object_class->finalize = kasus_highlighter_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kasus_highlighter_init (KasusHighlighter *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->dirty = g_array_new (FALSE, FALSE, sizeof (Range));
  self->stale_paint = g_array_new (FALSE, FALSE, sizeof (Range));
  self->dropped = g_ptr_array_new_with_free_func (g_object_unref);
  self->held = g_array_new (FALSE, FALSE, sizeof (Range));
  self->typed_at = -1;
}
