/* kasus-culling-bin.h — a scrolled window's content that paints only
 * what is in view
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KASUS_TYPE_CULLING_BIN (kasus_culling_bin_get_type ())
G_DECLARE_FINAL_TYPE (KasusCullingBin, kasus_culling_bin, KASUS, CULLING_BIN, GtkWidget)

GtkWidget *kasus_culling_bin_new (void);
GtkWidget *kasus_culling_bin_get_child (KasusCullingBin *self);
void       kasus_culling_bin_set_child (KasusCullingBin *self, GtkWidget *child);

G_END_DECLS
