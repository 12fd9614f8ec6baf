/* kasus-identifiers-group.h — what the author knows identifies the patient
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-case.h"

G_BEGIN_DECLS

#define KASUS_TYPE_IDENTIFIERS_GROUP (kasus_identifiers_group_get_type ())
G_DECLARE_FINAL_TYPE (KasusIdentifiersGroup,
                      kasus_identifiers_group,
                      KASUS,
                      IDENTIFIERS_GROUP,
                      AdwPreferencesGroup)

KasusIdentifiersGroup *kasus_identifiers_group_new (void);
void kasus_identifiers_group_set_case (KasusIdentifiersGroup *self, KasusCase *kase);
/* Adds text as a known identifier of category (what the add row does). */
gboolean
kasus_identifiers_group_add (KasusIdentifiersGroup *self, KasusCategory category, const char *text);

G_END_DECLS
