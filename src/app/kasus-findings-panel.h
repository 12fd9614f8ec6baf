/* kasus-findings-panel.h — every finding of the case, by section
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-finding-item.h"

G_BEGIN_DECLS

#define KASUS_TYPE_FINDINGS_PANEL (kasus_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (KasusFindingsPanel, kasus_findings_panel, KASUS, FINDINGS_PANEL, GtkWidget)

KasusFindingsPanel *kasus_findings_panel_new (void);
/* Forgets every section. */
void kasus_findings_panel_clear (KasusFindingsPanel *self);
/* Sections are listed in the order they are added. */
void
kasus_findings_panel_add_section (KasusFindingsPanel *self, guint section_index, const char *title);
/* items: KasusFindingItem of the section, by start. */
void kasus_findings_panel_update_section (KasusFindingsPanel *self,
                                          guint               section_index,
                                          GPtrArray          *items);
/* The rows: a KasusFindingHeader before the findings of each section
 * that has any, open findings first, then accepted ones. */
GListModel *kasus_findings_panel_get_model (KasusFindingsPanel *self);
guint       kasus_findings_panel_get_n_open (KasusFindingsPanel *self);
guint       kasus_findings_panel_get_n_high (KasusFindingsPanel *self);
/* Selects item's row and scrolls to it (no ::item-selected). */
void kasus_findings_panel_select (KasusFindingsPanel *self, KasusFindingItem *item);

G_END_DECLS
