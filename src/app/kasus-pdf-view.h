/* kasus-pdf-view.h — one page of a PDF at a time, zoomable, with overlays
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <poppler.h>

G_BEGIN_DECLS

/* Zoom 1.0 is 100 %: the page at its printed size on a 96 dpi screen. */
#define KASUS_PDF_VIEW_ZOOM_MIN 0.25
#define KASUS_PDF_VIEW_ZOOM_MAX 4.0

/* A rectangle painted over a page, e.g. a finding in a submitted PDF.
 * In PDF points with the origin at the top-left corner of the page, as
 * poppler_page_get_text_layout() gives them (poppler_page_find_text()
 * counts y from the bottom: use page height - y2 and - y1). */
typedef struct
{
  double  x;
  double  y;
  double  width;
  double  height;
  GdkRGBA color; /* the fill; give it an alpha so the text shows */
} KasusPdfHighlight;

#define KASUS_TYPE_PDF_VIEW (kasus_pdf_view_get_type ())
G_DECLARE_FINAL_TYPE (KasusPdfView, kasus_pdf_view, KASUS, PDF_VIEW, GtkWidget)

/* A GtkScrollable: put it in a GtkScrolledWindow. */
GtkWidget *kasus_pdf_view_new (void);

/* Properties "document", "page" (0-based), "n-pages" (read-only), "zoom"
 * and "fit-width" (the zoom follows the width of the view; the default). */
void             kasus_pdf_view_set_document (KasusPdfView *self, PopplerDocument *document);
PopplerDocument *kasus_pdf_view_get_document (KasusPdfView *self);
/* For a new rendering of the same text: like set_document, but keeps the
 * page (when it still exists), the zoom and the scroll position. */
void kasus_pdf_view_replace_document (KasusPdfView *self, PopplerDocument *document);
int  kasus_pdf_view_get_n_pages (KasusPdfView *self);

/* Clamped to the document's pages; scrolls to the top of the page. */
void kasus_pdf_view_set_page (KasusPdfView *self, int page);
int  kasus_pdf_view_get_page (KasusPdfView *self);
/* FALSE when there is no such page. */
gboolean kasus_pdf_view_next_page (KasusPdfView *self);
gboolean kasus_pdf_view_previous_page (KasusPdfView *self);

/* Setting the zoom turns fit-width off; it is clamped to MIN..MAX. */
void     kasus_pdf_view_set_zoom (KasusPdfView *self, double zoom);
double   kasus_pdf_view_get_zoom (KasusPdfView *self);
void     kasus_pdf_view_zoom_in (KasusPdfView *self);
void     kasus_pdf_view_zoom_out (KasusPdfView *self);
gboolean kasus_pdf_view_can_zoom_in (KasusPdfView *self);
gboolean kasus_pdf_view_can_zoom_out (KasusPdfView *self);
void     kasus_pdf_view_set_fit_width (KasusPdfView *self, gboolean fit_width);
gboolean kasus_pdf_view_get_fit_width (KasusPdfView *self);

/* Replaces the overlay of page (0-based) with a copy of highlights;
 * n_highlights 0 removes it. The overlays go with the document. */
void kasus_pdf_view_set_highlights (KasusPdfView            *self,
                                    int                      page,
                                    const KasusPdfHighlight *highlights,
                                    guint                    n_highlights);
/* transfer none; NULL when the page has none. */
const KasusPdfHighlight      *
kasus_pdf_view_get_highlights (KasusPdfView *self, int page, guint *n_highlights);
void kasus_pdf_view_clear_highlights (KasusPdfView *self);

G_END_DECLS
