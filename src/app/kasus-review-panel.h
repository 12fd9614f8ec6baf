/* kasus-review-panel.h — the reviewer's side of one submission: comments, approval
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-submission.h"

G_BEGIN_DECLS

#define KASUS_TYPE_REVIEW_PANEL (kasus_review_panel_get_type ())
G_DECLARE_FINAL_TYPE (KasusReviewPanel, kasus_review_panel, KASUS, REVIEW_PANEL, AdwBin)

/* Actions: case.add-comment, case.approve, case.return and
 * case.open-in-editor. Each review action saves at once (the case file or
 * NAME.pdf.kasus-review); a failure is told in a dialog naming the file.
 * ::review-saved is emitted after every save. */
KasusReviewPanel *kasus_review_panel_new (void);
void kasus_review_panel_set_submission (KasusReviewPanel *self, KasusSubmission *submission);
KasusSubmission *kasus_review_panel_get_submission (KasusReviewPanel *self);
/* Where the reviewer's name is kept ("reviewer-name"); NULL: nowhere. */
void kasus_review_panel_set_settings (KasusReviewPanel *self, GSettings *settings);

/* For the list of submissions too: "New", "Approved" … and the style
 * class of the status pill. */
const char *kasus_review_panel_get_status_label (KasusReviewStatus status);
const char *kasus_review_panel_get_status_class (KasusReviewStatus status);

G_END_DECLS
