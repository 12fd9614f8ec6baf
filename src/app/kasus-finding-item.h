/* kasus-finding-item.h — a finding in a section, as the editor shows it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kasus-finding.h"

G_BEGIN_DECLS

#define KASUS_TYPE_FINDING_ITEM (kasus_finding_item_get_type ())
G_DECLARE_FINAL_TYPE (KasusFindingItem, kasus_finding_item, KASUS, FINDING_ITEM, GObject)

/* Wraps finding (its category, rule, text, suggestion) found in the
 * section with case index section_index. Its start and end are live:
 * they follow edits elsewhere in the section's buffer. Each item has an
 * id unique in the process, used as the target of the window's actions. */
KasusFindingItem         *
kasus_finding_item_new (KasusFinding *finding, guint section_index, const char *section_id);
guint64 kasus_finding_item_get_id (KasusFindingItem *self);
KasusFinding *kasus_finding_item_get_finding (KasusFindingItem *self);
guint         kasus_finding_item_get_section_index (KasusFindingItem *self);
const char   *kasus_finding_item_get_section_id (KasusFindingItem *self);
KasusCategory kasus_finding_item_get_category (KasusFindingItem *self);
KasusSeverity kasus_finding_item_get_severity (KasusFindingItem *self);
const char   *kasus_finding_item_get_text (KasusFindingItem *self);
const char   *kasus_finding_item_get_suggestion (KasusFindingItem *self);
/* finding->reason, or a sentence about the category when it has none. */
const char *kasus_finding_item_get_why (KasusFindingItem *self);
/* Code-point offsets in the section's buffer, end exclusive. */
gint64 kasus_finding_item_get_start (KasusFindingItem *self);
gint64 kasus_finding_item_get_end (KasusFindingItem *self);
void   kasus_finding_item_set_range (KasusFindingItem *self, gint64 start, gint64 end);
/* The reason the author accepted it with, or NULL while not accepted. */
const char *kasus_finding_item_get_accepted (KasusFindingItem *self);
void        kasus_finding_item_set_accepted (KasusFindingItem *self, const char *reason);

G_END_DECLS
