/* kasus-pdf-writer.h — cases and bundles as PDF files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-case.h"
#include "kasus-pdf-bundle.h"
#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

#define KASUS_TYPE_PDF_WRITER (kasus_pdf_writer_get_type ())
G_DECLARE_FINAL_TYPE (KasusPdfWriter, kasus_pdf_writer, KASUS, PDF_WRITER, GObject)

KasusPdfWriter *kasus_pdf_writer_new (void);

/* Paper and margins of what it writes; A4 unless set. */
void kasus_pdf_writer_set_page_setup (KasusPdfWriter *self, const KasusPdfPageSetup *setup);
void kasus_pdf_writer_get_page_setup (KasusPdfWriter *self, KasusPdfPageSetup *setup);

/* Writes the case to dest (a local file): a temporary file in the same
 * folder, mode 0600 (it holds patient text), renamed over dest on success.
 * On failure nothing is left behind and the error names dest. The PDF
 * carries title (the case title), subject and creator "Kasus"; no author
 * and nothing from the private block, accepted findings or review. */
gboolean kasus_pdf_writer_export_case (KasusPdfWriter *self,
                                       KasusCase      *kase,
                                       GFile          *dest,
                                       KasusPdfFlags   flags,
                                       GError        **error);
/* The same PDF in memory, e.g. for a preview with
 * poppler_document_new_from_bytes(): what you see is the file. */
GBytes *kasus_pdf_writer_render_case (KasusPdfWriter *self,
                                      KasusCase      *kase,
                                      KasusPdfFlags   flags,
                                      GError        **error);

/* Paginates bundle with the writer's page setup and writes it: cover,
 * contents with links, each part from a new page, an outline entry per
 * part. Gating (drafts, unapproved cases) is the caller's. */
gboolean kasus_pdf_writer_export_bundle (KasusPdfWriter *self,
                                         KasusPdfBundle *bundle,
                                         GFile          *dest,
                                         KasusPdfFlags   flags,
                                         GError        **error);
GBytes  *kasus_pdf_writer_render_bundle (KasusPdfWriter *self,
                                         KasusPdfBundle *bundle,
                                         KasusPdfFlags   flags,
                                         GError        **error);

G_END_DECLS
