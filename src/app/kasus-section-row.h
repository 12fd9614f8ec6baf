/* kasus-section-row.h — a section in the sidebar, with its state
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  KASUS_SECTION_STATE_EMPTY,
  KASUS_SECTION_STATE_INCOMPLETE,
  KASUS_SECTION_STATE_WRITTEN,
  KASUS_SECTION_STATE_FINDINGS, /* written, with open findings */
} KasusSectionState;

#define KASUS_TYPE_SECTION_ROW (kasus_section_row_get_type ())
G_DECLARE_FINAL_TYPE (KasusSectionRow, kasus_section_row, KASUS, SECTION_ROW, GtkListBoxRow)

/* target is the widget the row scrolls to; the row does not own it. */
KasusSectionRow  *kasus_section_row_new (const char *title, GtkWidget *target);
GtkWidget        *kasus_section_row_get_target (KasusSectionRow *self);
const char       *kasus_section_row_get_title (KasusSectionRow *self);
KasusSectionState kasus_section_row_get_state (KasusSectionRow *self);
/* detail says more about the state ("84 words", "Analysis missing"). */
void
kasus_section_row_set_state (KasusSectionRow *self, KasusSectionState state, const char *detail);

G_END_DECLS
