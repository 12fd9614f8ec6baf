/* kasus-window.h — the case editor window
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-autosave.h"
#include "kasus-case.h"
#include "kasus-findings-panel.h"
#include "kasus-highlighter.h"

G_BEGIN_DECLS

#define KASUS_TYPE_WINDOW (kasus_window_get_type ())
G_DECLARE_FINAL_TYPE (KasusWindow, kasus_window, KASUS, WINDOW, AdwApplicationWindow)

KasusWindow *kasus_window_new (KasusApplication *application);
/* Shows kase; file is where it is saved (NULL: not saved yet). */
void       kasus_window_set_case (KasusWindow *self, KasusCase *kase, GFile *file);
KasusCase *kasus_window_get_case (KasusWindow *self);
GFile     *kasus_window_get_file (KasusWindow *self);
gboolean   kasus_window_get_modified (KasusWindow *self);
/* Drafts of the case, written ≤ 2 s after the last change. */
KasusAutosave *kasus_window_get_autosave (KasusWindow *self);
/* A new case nobody has typed in: opening a file may replace it. */
gboolean kasus_window_is_pristine (KasusWindow *self);
/* Loads file into this window. On failure the current case stays as it
 * was, a dialog names the file and the problem, and FALSE is returned. */
gboolean kasus_window_open_file (KasusWindow *self, GFile *file);
void     kasus_window_show_open_error (KasusWindow *self, GFile *file, const GError *error);
/* Saves to file (which becomes the case's file). On failure a dialog
 * names the file and the problem; the text stays in the window. */
gboolean kasus_window_save_to_file (KasusWindow *self, GFile *file, GError **error);

/* Shows kase, the text of draft, as unsaved changes to file (NULL: a
 * case never saved). The draft is kept until the case is saved or closed. */
void kasus_window_recover_draft (KasusWindow *self, KasusCase *kase, GFile *file, GFile *draft);
/* TRUE while some text is waiting to be scanned or the findings panel
 * to be updated. */
gboolean kasus_window_get_busy (KasusWindow *self);
/* Microseconds spent in the window's own handlers on the main thread so
 * far (for the benchmark). */
gint64              kasus_window_get_main_usec (KasusWindow *self);
KasusFindingsPanel *kasus_window_get_findings_panel (KasusWindow *self);
/* The highlighter of the section with case index section_index. */
KasusHighlighter *kasus_window_get_highlighter (KasusWindow *self, guint section_index);

G_END_DECLS
