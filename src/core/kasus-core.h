/* kasus-core.h — the core library: no GTK
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KASUS_CORE_RESOURCE_PATH "/dk/kasus/Kasus/core"

/* Registers the core resources (rules, templates, demo case) and the
 * translation domain. Idempotent and thread safe; every core entry point
 * that needs resources calls it. */
void kasus_core_init (void);

/* A resource under KASUS_CORE_RESOURCE_PATH, e.g. "templates/case-da.json". */
GBytes *kasus_core_lookup_resource (const char  *relative_path,
                                    GError     **error);

G_END_DECLS
