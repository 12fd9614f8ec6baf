/* kasus-test-util.h — helpers shared by the test programs
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>

#include <gio/gio.h>

G_BEGIN_DECLS

typedef gboolean (*KasusTestCondition) (gpointer data);

char *kasus_test_make_temp_dir (const char *tmpl);
void  kasus_test_remove_tree (const char *path);
char *kasus_test_read_file (const char *path, gsize *length);
char *kasus_test_fixture_path (const char *name);

gboolean kasus_test_have_cli (void);
int      kasus_test_run_cli (const char *const *args, char **out, char **err);
int      kasus_test_run_cli_valist (char **out, char **err, const char *first, va_list args);

/* Runs the default main context for ms milliseconds, and, in widget tests,
 * until every window shown has drawn two frames since: on a busy machine
 * ms alone may pass before GTK has laid out what changed. */
void kasus_test_iterate (guint ms);
/* For the widget tests' helpers: frames (request) returns how many frames
 * the windows shown have drawn in all (and how many windows, in
 * n_windows), asking for a new frame of each when request is TRUE. */
typedef guint64 (*KasusTestFrames) (gboolean request, guint *n_windows);
void     kasus_test_set_frames (KasusTestFrames frames);
gboolean kasus_test_iterate_until (KasusTestCondition condition, gpointer data, double max_seconds);

G_END_DECLS
