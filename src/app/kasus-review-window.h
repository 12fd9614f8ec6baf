/* kasus-review-window.h — the coordinator's window: a folder of submitted cases
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-review-detail.h"
#include "kasus-review-panel.h"

G_BEGIN_DECLS

#define KASUS_TYPE_REVIEW_WINDOW (kasus_review_window_get_type ())
G_DECLARE_FINAL_TYPE (KasusReviewWindow,
                      kasus_review_window,
                      KASUS,
                      REVIEW_WINDOW,
                      AdwApplicationWindow)

/* Actions: review.open-folder, review.export-bundle, review.clear-deadline. */
KasusReviewWindow *kasus_review_window_new (KasusApplication *application);

/* Reads every .kasus and .pdf in folder into the list (in the background:
 * rows come as they are read), cancelling a load still running, and
 * remembers the folder ("review-folder"). */
void kasus_review_window_load_folder (KasusReviewWindow *self, GFile *folder);
/* Loads the folder last opened ("review-folder"); FALSE when there is
 * none or it is gone. */
gboolean kasus_review_window_reopen_last_folder (KasusReviewWindow *self);
GFile   *kasus_review_window_get_folder (KasusReviewWindow *self);
gboolean kasus_review_window_is_loading (KasusReviewWindow *self);
/* Every submission of the folder (KasusSubmission), unfiltered. */
GListModel *kasus_review_window_get_submissions (KasusReviewWindow *self);

/* Shows only group's submissions (NULL: all); the bundle is group's. */
void kasus_review_window_set_group_filter (KasusReviewWindow *self, const char *group);
/* The bundle of the group shown (else of the selected case's group):
 * checks it, and when refused shows a dialog listing every reason and
 * returns FALSE. With dest, writes it there in the background and tells
 * in a toast; without, only checks (review.export-bundle then asks where). */
gboolean kasus_review_window_export_bundle (KasusReviewWindow *self, GFile *dest);
/* Selects the row of the file called basename; FALSE when it is not shown. */
gboolean kasus_review_window_select (KasusReviewWindow *self, const char *basename);

KasusReviewDetail *kasus_review_window_get_detail (KasusReviewWindow *self);
KasusReviewPanel  *kasus_review_window_get_panel (KasusReviewWindow *self);

G_END_DECLS
