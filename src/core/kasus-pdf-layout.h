/* kasus-pdf-layout.h — a case paginated into pages, painted onto any cairo_t
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "kasus-case.h"

G_BEGIN_DECLS

#define KASUS_PDF_A4_WIDTH  595.276
#define KASUS_PDF_A4_HEIGHT 841.89

typedef enum
{
  KASUS_PDF_FLAGS_NONE = 0,
  KASUS_PDF_FLAGS_DRAFT = 1 << 0, /* diagonal "UDKAST" / "DRAFT" on every page */
} KasusPdfFlags;

/* Paper and margins in PostScript points (1/72 inch). A print dialog's
 * GtkPageSetup maps onto it with gtk_page_setup_get_paper_width (…,
 * GTK_UNIT_POINTS) and friends. */
typedef struct
{
  double width;
  double height;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
} KasusPdfPageSetup;

void kasus_pdf_page_setup_init_a4 (KasusPdfPageSetup *setup);

#define KASUS_TYPE_PDF_LAYOUT (kasus_pdf_layout_get_type ())
G_DECLARE_FINAL_TYPE (KasusPdfLayout, kasus_pdf_layout, KASUS, PDF_LAYOUT, GObject)

/* Paginates kase: title block, metadata table, the text sections under the
 * template's headings. Only the exported fields are read: the private block,
 * accepted findings and review comments never reach the layout, and any
 * occurrence of a known identifier in the exported text is blacked out.
 * setup NULL means A4 with the default margins.
 *
 * Printing: build the layout in GtkPrintOperation::begin-print from the
 * print context's page size (unit points, use-full-page TRUE), call
 * gtk_print_operation_set_n_pages() with kasus_pdf_layout_get_n_pages(),
 * then kasus_pdf_layout_paint_page() in ::draw-page.
 *
 * Measure and paint in the same thread: the layout holds fonts of that
 * thread's pango font map. */
KasusPdfLayout *kasus_pdf_layout_new_for_case (KasusCase               *kase,
                                               const KasusPdfPageSetup *setup,
                                               KasusPdfFlags            flags,
                                               GError                 **error);

guint         kasus_pdf_layout_get_n_pages (KasusPdfLayout *self);
void          kasus_pdf_layout_get_page_setup (KasusPdfLayout *self, KasusPdfPageSetup *setup);
KasusLanguage kasus_pdf_layout_get_language (KasusPdfLayout *self);
/* The title as exported (known identifiers blacked out). */
const char *kasus_pdf_layout_get_title (KasusPdfLayout *self);
/* The PDF subject ("Patientcase: <patient group>"), in the case language. */
const char *kasus_pdf_layout_get_subject (KasusPdfLayout *self);

/* Page numbers printed in the footer: page index i shows
 * first_number + i of total. Defaults to 1 and get_n_pages(); a bundle
 * numbers across its parts. */
void kasus_pdf_layout_set_page_numbering (KasusPdfLayout *self, guint first_number, guint total);

/* Draws page index (0-based) in points with the origin at the top-left
 * corner of the paper. The cairo state is saved and restored. */
void kasus_pdf_layout_paint_page (KasusPdfLayout *self, cairo_t *cr, guint index);

G_END_DECLS
