/* kasus-test-window-util.h — helpers shared by the widget tests
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-window.h"

G_BEGIN_DECLS

/* Points XDG_DATA_HOME and XDG_STATE_HOME at a new temporary folder and
 * GSettings at the memory backend, so that the recent files, drafts and
 * settings of whoever runs the tests stay untouched. Call it before
 * g_test_init(); returns the folder. */
char *kasus_test_isolate_home (const char *prefix);
/* Removes what the application left in that folder, then the folder. */
void kasus_test_clean_home (const char *home);

/* A registered application with flags (G_APPLICATION_NON_UNIQUE at least),
 * as the tests drive it. */
KasusApplication *kasus_test_app_new (GApplicationFlags flags);

/* What widget shows now, drawn by its window's renderer. A widget that
 * changed since its window's last frame has nothing drawn to show: this
 * waits for a frame (up to 10 s). NULL when it never draws. */
GdkTexture *kasus_test_render_widget (GtkWidget *widget);
/* The same as a PNG at path (for the screenshots some tests can take). */
void kasus_test_save_png (GtkWidget *widget, const char *path);

/* Every widget of type under root (root included), in tree order. */
GPtrArray *kasus_test_find_all (GtkWidget *root, GType type);
char      *kasus_test_buffer_text (GtkTextBuffer *buffer);
/* The message dialogs transient for parent (any, when NULL), newest last. */
GPtrArray *kasus_test_find_dialogs (GtkWindow *parent);
void       kasus_test_close_dialogs (GtkWindow *parent);

/* An editor window of width × height showing kase (none when NULL),
 * presented; the caller runs the main loop as long as it needs. */
KasusWindow *kasus_test_window_new (KasusApplication *app, KasusCase *kase, int width, int height);
/* Closes the window's dialogs, then the window. */
void kasus_test_window_destroy (KasusWindow *window);

G_END_DECLS
