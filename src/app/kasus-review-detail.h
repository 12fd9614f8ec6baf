/* kasus-review-detail.h — what a submission still shows: its findings and its pages
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-pdf-view.h"
#include "kasus-submission.h"

G_BEGIN_DECLS

#define KASUS_TYPE_REVIEW_DETAIL (kasus_review_detail_get_type ())
G_DECLARE_FINAL_TYPE (KasusReviewDetail, kasus_review_detail, KASUS, REVIEW_DETAIL, AdwBin)

/* Property "submission". A readable PDF shows its pages with a coloured
 * box over every finding; a case shows its exported text with the
 * findings painted in. */
void kasus_review_detail_set_submission (KasusReviewDetail *self, KasusSubmission *submission);
KasusSubmission *kasus_review_detail_get_submission (KasusReviewDetail *self);

/* The findings list, in the order of kasus_submission_get_findings(). */
guint kasus_review_detail_get_n_findings (KasusReviewDetail *self);
/* Selects finding index of the list: its page is shown and scrolled to
 * its box (a PDF), or its text is selected and scrolled to (a case). */
void kasus_review_detail_select_finding (KasusReviewDetail *self, guint index);
/* The page view of a PDF, for the zoom and page actions. */
KasusPdfView *kasus_review_detail_get_pdf_view (KasusReviewDetail *self);
/* The read-only text of a case. */
GtkTextView *kasus_review_detail_get_text_view (KasusReviewDetail *self);

G_END_DECLS
