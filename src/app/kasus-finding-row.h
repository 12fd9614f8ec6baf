/* kasus-finding-row.h — a row of the findings list: a heading or a finding
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KASUS_TYPE_FINDING_ROW (kasus_finding_row_get_type ())
G_DECLARE_FINAL_TYPE (KasusFindingRow, kasus_finding_row, KASUS, FINDING_ROW, GtkWidget)

KasusFindingRow *kasus_finding_row_new (void);
/* item is a KasusFindingHeader or a KasusFindingItem (or NULL). */
void     kasus_finding_row_set_item (KasusFindingRow *self, GObject *item);
GObject *kasus_finding_row_get_item (KasusFindingRow *self);

/* Markup showing text painted in the colour of category, as in the text. */
char *kasus_finding_row_dup_painted_markup (const char *text, guint category, gboolean strong);

G_END_DECLS
