/* kasus-readiness-list.h — the reasons a case is not ready, as rows
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-readiness.h"

G_BEGIN_DECLS

#define KASUS_TYPE_READINESS_LIST (kasus_readiness_list_get_type ())
G_DECLARE_FINAL_TYPE (KasusReadinessList, kasus_readiness_list, KASUS, READINESS_LIST, GtkWidget)

/* A boxed list of readiness reasons (kasus_case_get_readiness()), one row
 * each with its message. A row that names a place to fix it (a section or
 * a checklist item) is activatable and emits
 *
 * ::activate-reason (const KasusReadinessReason *reason)
 *
 * An empty list shows a "ready" row instead. */
KasusReadinessList *kasus_readiness_list_new (void);

/* reasons: KasusReadinessReason elements, copied; NULL means none. */
void  kasus_readiness_list_set_reasons (KasusReadinessList *self, GPtrArray *reasons);
guint kasus_readiness_list_get_n_reasons (KasusReadinessList *self);

G_END_DECLS
