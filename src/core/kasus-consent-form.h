/* kasus-consent-form.h — the consent form (samtykkeblanket) as PDF
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kasus-case.h"
#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

#define KASUS_TYPE_CONSENT_FORM (kasus_consent_form_get_type ())
G_DECLARE_FINAL_TYPE (KasusConsentForm, kasus_consent_form, KASUS, CONSENT_FORM, GObject)

/* The form the patient signs before a case that cannot be anonymized well
 * enough is published: what the case is for, what is shared and what is
 * not, that consent is voluntary and can be withdrawn until the report is
 * sent to print, then blank fields for the patient's and the physician's
 * name, date and signature. Kasus fills in nothing about the patient.
 *
 * language: DA or EN; AUTO means the case's language, or Danish without a
 * case. kase may be NULL; only its title is read, printed as the reference
 * (with the case's known identifiers blacked out). Without a case the
 * reference is a blank line to write on. setup NULL means A4.
 *
 * Like KasusPdfLayout, it is measured once and can be painted onto any
 * cairo_t (a print operation, a preview); measure and paint in one thread. */
KasusConsentForm *
kasus_consent_form_new (KasusLanguage language, KasusCase *kase, const KasusPdfPageSetup *setup);

KasusLanguage kasus_consent_form_get_language (KasusConsentForm *self);
/* "Samtykkeblanket" / "Consent form": the PDF title, a file name. */
const char *kasus_consent_form_get_title (KasusConsentForm *self);
guint       kasus_consent_form_get_n_pages (KasusConsentForm *self);
void        kasus_consent_form_get_page_setup (KasusConsentForm *self, KasusPdfPageSetup *setup);
/* Draws page index (0-based) in points, origin top-left of the paper.
 * The cairo state is saved and restored. */
void kasus_consent_form_paint_page (KasusConsentForm *self, cairo_t *cr, guint index);

/* The PDF in memory, e.g. for a preview. */
GBytes *kasus_consent_form_render (KasusConsentForm *self, GError **error);
/* Writes the PDF to dest (a local file) as the PDF writer does: a
 * temporary file in the same folder, mode 0600, renamed over dest on
 * success; on failure nothing is left behind and the error names dest. */
gboolean kasus_consent_form_export (KasusConsentForm *self, GFile *dest, GError **error);

G_END_DECLS
