/* kasus-field-checker.h — identifier findings in a one-line field
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-case.h"
#include "kasus-finding-item.h"

G_BEGIN_DECLS

#define KASUS_TYPE_FIELD_CHECKER (kasus_field_checker_get_type ())
G_DECLARE_FINAL_TYPE (KasusFieldChecker, kasus_field_checker, KASUS, FIELD_CHECKER, GObject)

/* Scans the text of editable (a metadata field that is exported: the
 * title, the patient group) shortly after each change and paints what
 * it finds. Findings carry section_id, the id the template gives the
 * field, as readiness does; section_index only tells fields apart. */
KasusFieldChecker *kasus_field_checker_new (GtkEditable *editable,
                                            KasusCase   *kase,
                                            guint        section_index,
                                            const char  *section_id);
GtkEditable       *kasus_field_checker_get_editable (KasusFieldChecker *self);
GPtrArray         *kasus_field_checker_get_items (KasusFieldChecker *self);
guint              kasus_field_checker_get_n_open (KasusFieldChecker *self);
KasusFindingItem  *kasus_field_checker_lookup (KasusFieldChecker *self, guint64 id);
void               kasus_field_checker_rescan (KasusFieldChecker *self);
void               kasus_field_checker_refresh_accepted (KasusFieldChecker *self);
gboolean           kasus_field_checker_is_busy (KasusFieldChecker *self);

G_END_DECLS
