/* kasus-preview-window.h — the PDF itself, as poppler reads it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-case.h"
#include "kasus-pdf-view.h"

G_BEGIN_DECLS

#define KASUS_TYPE_PREVIEW_WINDOW (kasus_preview_window_get_type ())
G_DECLARE_FINAL_TYPE (KasusPreviewWindow, kasus_preview_window, KASUS, PREVIEW_WINDOW, AdwWindow)

KasusPreviewWindow *kasus_preview_window_new (GtkWindow *parent);

/* The preview of parent's case: one window per parent, reused. */
KasusPreviewWindow *
kasus_preview_window_present_case (GtkWindow *parent, KasusCase *kase, GFile *case_file);

/* Shows the PDF kase exports to now — final when it is ready, else the
 * draft — rendered in a worker from a copy and read back with poppler:
 * what you see is the file. It follows later edits of kase. */
void kasus_preview_window_set_case (KasusPreviewWindow *self, KasusCase *kase, GFile *case_file);
/* Shows an exported file. kase (may be NULL) is the case it came from,
 * for Print and Export; draft says whether the file is its draft, so
 * printing gives the same. */
gboolean kasus_preview_window_load_file (KasusPreviewWindow *self,
                                         GFile              *file,
                                         KasusCase          *kase,
                                         gboolean            draft,
                                         GError            **error);

/* TRUE while a case is being rendered ("loading" property). */
gboolean kasus_preview_window_get_loading (KasusPreviewWindow *self);
/* Whether what is shown is a draft (with the watermark). */
gboolean      kasus_preview_window_get_draft (KasusPreviewWindow *self);
KasusPdfView *kasus_preview_window_get_view (KasusPreviewWindow *self);

G_END_DECLS
