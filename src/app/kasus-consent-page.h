/* kasus-consent-page.h — the consent checklist, decision and form
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-case.h"
#include "kasus-section-row.h"

G_BEGIN_DECLS

/* The section id that jump-to-finding names for the author field. */
#define KASUS_CONSENT_PAGE_SECTION_AUTHOR "author"

#define KASUS_TYPE_CONSENT_PAGE (kasus_consent_page_get_type ())
G_DECLARE_FINAL_TYPE (KasusConsentPage, kasus_consent_page, KASUS, CONSENT_PAGE, GtkWidget)

/* The consent page of the editor: the checklist from the network's
 * guidance (with the scanner's verdict where it can judge an item), the
 * decision whether consent is needed and obtained, and the consent form.
 * It lays out as a column of preferences groups, to sit in the window's
 * scrolled content.
 *
 * Signals:
 *
 * ::jump-to-finding (const char *section, gint64 start, gint64 end)
 *   The author asked to see where something is to be fixed. section is
 *   the id a KasusFinding carries (a template section id such as
 *   "history" or "title", "prior_analyses"), KASUS_READINESS_SECTION_ANALYSIS
 *   for the analysis field, or KASUS_CONSENT_PAGE_SECTION_AUTHOR for the
 *   author's name. start/end are code-point offsets into that text, end
 *   exclusive; both are -1 when the section as a whole is meant.
 *
 * notify::state
 *   The sidebar state (kasus_consent_page_get_state()) may have changed. */
KasusConsentPage *kasus_consent_page_new (void);

void       kasus_consent_page_set_case (KasusConsentPage *self, KasusCase *kase);
KasusCase *kasus_consent_page_get_case (KasusConsentPage *self);

/* The page's state for its row in the sidebar, from the decision and the
 * checklist; detail (transfer full, may be NULL) says it in words,
 * e.g. "Consent needed, not obtained". */
KasusSectionState kasus_consent_page_get_state (KasusConsentPage *self, char **detail);

/* The same for kase, without a page (NULL: empty). */
KasusSectionState kasus_consent_page_get_case_state (KasusCase *kase, char **detail);

/* Moves the focus to the checklist item item_id (a KasusConsentItem id)
 * and returns its row (transfer none), for the caller to scroll to;
 * NULL when there is no such item. */
GtkWidget *kasus_consent_page_focus_item (KasusConsentPage *self, const char *item_id);

/* The language the consent form is printed in: DA or EN. It follows the
 * case's language until the author chooses. */
KasusLanguage kasus_consent_page_get_form_language (KasusConsentPage *self);
void          kasus_consent_page_set_form_language (KasusConsentPage *self, KasusLanguage language);

/* What the "Save Consent Form…" button does once a file is chosen: writes
 * the form as PDF (atomically, mode 0600) and shows a toast; on failure
 * an error dialog, and the error is returned. */
gboolean kasus_consent_page_save_form (KasusConsentPage *self, GFile *file, GError **error);

/* TRUE while a scan is due or running. */
gboolean kasus_consent_page_is_busy (KasusConsentPage *self);

G_END_DECLS
