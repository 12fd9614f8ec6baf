/* kasus-finding-header.h — the heading of a section in the findings list
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KASUS_TYPE_FINDING_HEADER (kasus_finding_header_get_type ())
G_DECLARE_FINAL_TYPE (KasusFindingHeader, kasus_finding_header, KASUS, FINDING_HEADER, GObject)

KasusFindingHeader *kasus_finding_header_new (const char *title, guint section_index);
const char         *kasus_finding_header_get_title (KasusFindingHeader *self);
guint               kasus_finding_header_get_section_index (KasusFindingHeader *self);
guint               kasus_finding_header_get_n_open (KasusFindingHeader *self);
guint               kasus_finding_header_get_n_accepted (KasusFindingHeader *self);
void kasus_finding_header_set_counts (KasusFindingHeader *self, guint n_open, guint n_accepted);

G_END_DECLS
