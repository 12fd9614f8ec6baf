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
GBytes *kasus_core_lookup_resource (const char *relative_path, GError **error);

/* JSON nested deeper than this is refused before it is parsed: json-glib
 * parses recursively, and 100,000 brackets overflow the stack. */
#define KASUS_CORE_JSON_MAX_DEPTH 100

/* FALSE when data holds JSON arrays or objects nested deeper than
 * max_depth (brackets inside strings do not count). */
gboolean kasus_core_json_depth_ok (const char *data, gsize length, guint max_depth);

/* Files Kasus reads whole (cases, texts, review files) are at most this
 * big; a bigger one is refused rather than read into memory. */
#define KASUS_CORE_MAX_FILE_SIZE (64 * 1024 * 1024)

/* Reads a local file whole, like g_file_get_contents(), but only a
 * regular file (never blocks on a FIFO, never reads /dev/zero forever) of
 * at most max_size bytes. Errors are G_FILE_ERROR and name the file as
 * display_name. */
gboolean kasus_core_read_file (const char *path,
                               const char *display_name,
                               gsize       max_size,
                               char      **contents,
                               gsize      *length,
                               GError    **error);

G_END_DECLS
