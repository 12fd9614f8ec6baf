/* kasus-highlighter.h — live identifier findings painted in a text buffer
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-case.h"
#include "kasus-finding-item.h"

G_BEGIN_DECLS

/* Finding tags own the background (and, for high severity, a plain
 * underline) of the text they cover; they are named "kasus-finding-<cat>"
 * and "kasus-finding-<cat>-high". A second kind of mark (spelling) should
 * come as its own object with its own tags, made after these so it wins
 * where both set the underline. */
#define KASUS_HIGHLIGHTER_TAG_PREFIX "kasus-finding-"

#define KASUS_TYPE_HIGHLIGHTER (kasus_highlighter_get_type ())
G_DECLARE_FINAL_TYPE (KasusHighlighter, kasus_highlighter, KASUS, HIGHLIGHTER, GObject)

/* Scans the text of section section_index (id section_id) of kase as it
 * is typed into buffer: each edited paragraph is rescanned in a worker
 * thread once the main loop is idle, and its findings painted. The whole
 * buffer is scanned at first, without blocking. ::changed is emitted on
 * the main thread when the findings are different. */
KasusHighlighter *kasus_highlighter_new (GtkTextBuffer *buffer,
                                         KasusCase     *kase,
                                         guint          section_index,
                                         const char    *section_id);
guint             kasus_highlighter_get_section_index (KasusHighlighter *self);
/* The findings, KasusFindingItem ordered by start; accepted ones are in it
 * but not painted. Transfer none; it changes as the buffer does. */
GPtrArray *kasus_highlighter_get_items (KasusHighlighter *self);
/* Findings not accepted. */
guint             kasus_highlighter_get_n_open (KasusHighlighter *self);
KasusFindingItem *kasus_highlighter_lookup (KasusHighlighter *self, guint64 id);
/* The finding covering offset (a code point), or NULL. */
KasusFindingItem *kasus_highlighter_get_item_at (KasusHighlighter *self, gint64 offset);
/* Everything again: the known identifiers or the language changed. */
void kasus_highlighter_rescan (KasusHighlighter *self);
/* Looks up each finding among the case's accepted ones and paints or
 * unpaints it. */
void kasus_highlighter_refresh_accepted (KasusHighlighter *self);
/* How many findings are held back as words still being typed. */
guint kasus_highlighter_get_n_held (KasusHighlighter *self);
/* TRUE while some text has not been scanned since it last changed (a
 * finding held back is not work: see kasus_highlighter_get_n_held()). */
gboolean kasus_highlighter_is_busy (KasusHighlighter *self);
/* Microseconds spent on the main thread so far (for the benchmark). */
gint64 kasus_highlighter_get_main_usec (KasusHighlighter *self);

/* The colour of a category, for the light or the dark style. */
void kasus_highlighter_get_color (KasusCategory category, gboolean dark, GdkRGBA *color);

G_END_DECLS
