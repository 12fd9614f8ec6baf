/* kasus-pdf-bundle.h — several cases (Kasus cases and PDFs) as one document
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <poppler.h>

#include "kasus-case.h"
#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

#define KASUS_TYPE_PDF_BUNDLE (kasus_pdf_bundle_get_type ())
G_DECLARE_FINAL_TYPE (KasusPdfBundle, kasus_pdf_bundle, KASUS, PDF_BUNDLE, GObject)

/* The bundle of one patient group: a cover page (network, patient group,
 * number of cases, date), a table of contents with page numbers, then each
 * part from a new page, numbered across the bundle. language is the
 * language of the cover and contents (AUTO means Danish); each Kasus case
 * keeps its own language. */
KasusPdfBundle *kasus_pdf_bundle_new (const char *patient_group, KasusLanguage language);

/* The date on the cover; defaults to today. */
void          kasus_pdf_bundle_set_date (KasusPdfBundle *self, GDateTime *date);
const char   *kasus_pdf_bundle_get_patient_group (KasusPdfBundle *self);
KasusLanguage kasus_pdf_bundle_get_language (KasusPdfBundle *self);

/* Parts, in order. A Kasus case is rendered by KasusPdfLayout; a PDF's
 * pages are placed as they are (at their own size), with the bundle's page
 * number stamped in the bottom margin. title names a PDF part in the
 * contents and the outline (NULL: the document's title, else "PDF n"). */
void  kasus_pdf_bundle_add_case (KasusPdfBundle *self, KasusCase *kase);
void  kasus_pdf_bundle_add_pdf (KasusPdfBundle *self, PopplerDocument *document, const char *title);
guint kasus_pdf_bundle_get_n_parts (KasusPdfBundle *self);

/* Lays every part out and numbers the pages. Call again after adding
 * parts; the functions below need it. */
gboolean kasus_pdf_bundle_paginate (KasusPdfBundle          *self,
                                    const KasusPdfPageSetup *setup,
                                    KasusPdfFlags            flags,
                                    GError                 **error);

guint kasus_pdf_bundle_get_n_pages (KasusPdfBundle *self);
/* A placed PDF page keeps its own size; the others are setup's size. */
void
kasus_pdf_bundle_get_page_size (KasusPdfBundle *self, guint index, double *width, double *height);
/* The part's title as printed in the contents, and the 0-based index of
 * its first page in the bundle. */
const char *kasus_pdf_bundle_get_part_title (KasusPdfBundle *self, guint part);
guint       kasus_pdf_bundle_get_part_first_page (KasusPdfBundle *self, guint part);
/* Title and subject for the PDF metadata. */
const char *kasus_pdf_bundle_get_title (KasusPdfBundle *self);
const char *kasus_pdf_bundle_get_subject (KasusPdfBundle *self);

/* Draws page index (0-based), origin top-left, in points. Entries of the
 * contents are PDF links when cr targets a PDF surface. */
void kasus_pdf_bundle_paint_page (KasusPdfBundle *self, cairo_t *cr, guint index);

G_END_DECLS
