/* kasus-section-editor.h — the editor of one text section of a case
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-highlighter.h"
#include "kasus-template.h"

G_BEGIN_DECLS

#define KASUS_TYPE_SECTION_EDITOR (kasus_section_editor_get_type ())
G_DECLARE_FINAL_TYPE (KasusSectionEditor, kasus_section_editor, KASUS, SECTION_EDITOR, GtkWidget)

/* case_index is the section's index in the KasusCase. */
KasusSectionEditor *kasus_section_editor_new (const KasusTemplateSection *section,
                                              guint                       case_index);
guint               kasus_section_editor_get_case_index (KasusSectionEditor *self);
const char         *kasus_section_editor_get_section_id (KasusSectionEditor *self);
GtkTextView        *kasus_section_editor_get_text_view (KasusSectionEditor *self);
GtkTextBuffer      *kasus_section_editor_get_buffer (KasusSectionEditor *self);
/* Replaces the text; not an undoable edit. */
void  kasus_section_editor_set_text (KasusSectionEditor *self, const char *text);
char *kasus_section_editor_dup_text (KasusSectionEditor *self);
/* The findings of this section: painted, in the tooltip and the context
 * menu. */
void kasus_section_editor_set_highlighter (KasusSectionEditor *self, KasusHighlighter *highlighter);
KasusHighlighter *kasus_section_editor_get_highlighter (KasusSectionEditor *self);
/* What the context menu offers for the finding under the pointer or at
 * the cursor (part of the text view's extra menu). */
GMenuModel *kasus_section_editor_get_findings_menu (KasusSectionEditor *self);
/* Selects [start, end) (code points); focus moves to the text with focus. */
void kasus_section_editor_select_range (KasusSectionEditor *self,
                                        gint64              start,
                                        gint64              end,
                                        gboolean            focus);
/* Where the character at offset is, in relative_to's coordinates. */
gboolean kasus_section_editor_get_offset_area (KasusSectionEditor *self,
                                               gint64              offset,
                                               GtkWidget          *relative_to,
                                               graphene_rect_t    *area);

G_END_DECLS
