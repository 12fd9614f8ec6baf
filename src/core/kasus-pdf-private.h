/* kasus-pdf-private.h — shared between the PDF layout, bundle, writer and
 * the consent form
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

/* Typography shared by every PDF Kasus makes, so that a case and its
 * consent form look like they come from the same network. In points.
 * One family list: pango falls back per glyph. */
#define KASUS_PDF_FONT_FAMILY  "Cantarell, DejaVu Sans, Sans"
#define KASUS_PDF_COLOR_TEXT   0x1f2328
#define KASUS_PDF_COLOR_MUTED  0x5b6670
#define KASUS_PDF_COLOR_ACCENT 0x1b4f72
#define KASUS_PDF_COLOR_RULE   0xc8d0d8
#define KASUS_PDF_REDACTED     "█████"

typedef struct
{
  double   size;
  int      weight;
  guint32  color;
  double   spacing; /* between lines */
  double   letter_spacing;
  gboolean uppercase;
} KasusPdfTextStyle;

/* The styles that are the same everywhere, as initializers. */
#define KASUS_PDF_STYLE_KICKER                                                                     \
  {                                                                                                \
    8.0, PANGO_WEIGHT_BOLD, KASUS_PDF_COLOR_ACCENT, 0, 1.2, TRUE                                   \
  }
#define KASUS_PDF_STYLE_LABEL                                                                      \
  {                                                                                                \
    8.5, PANGO_WEIGHT_NORMAL, KASUS_PDF_COLOR_MUTED, 2.0, 0.3, FALSE                               \
  }
#define KASUS_PDF_STYLE_META                                                                       \
  {                                                                                                \
    10.0, PANGO_WEIGHT_NORMAL, KASUS_PDF_COLOR_TEXT, 2.5, 0, FALSE                                 \
  }

/* Device-independent metrics (72 dpi, no hinting): the same breaks on
 * paper, in the PDF and on screen. */
PangoContext *_kasus_pdf_context_new (KasusLanguage language);
/* The same for a context made from cr. */
void         _kasus_pdf_context_set_metrics (PangoContext *context);
PangoLayout *_kasus_pdf_make_text (PangoContext            *context,
                                   const char              *text,
                                   const KasusPdfTextStyle *style,
                                   double                   width,
                                   PangoAlignment           alignment);
double       _kasus_pdf_text_height (PangoLayout *layout);
void         _kasus_pdf_set_color (cairo_t *cr, guint32 color, double alpha);

/* Draws a whole document onto a PDF surface: metadata, pages, outline. */
typedef void (*KasusPdfDrawFunc) (cairo_surface_t *surface, cairo_t *cr, gpointer user_data);

/* Written atomically and privately (0600): a PDF holds patient text.
 * Errors are in G_IO_ERROR. */
gboolean _kasus_pdf_write_file (GFile           *dest,
                                double           width,
                                double           height,
                                KasusPdfDrawFunc draw,
                                gpointer         user_data,
                                GError         **error);
GBytes  *_kasus_pdf_write_bytes (double           width,
                                 double           height,
                                 KasusPdfDrawFunc draw,
                                 gpointer         user_data,
                                 GError         **error);

/* Labels printed in a PDF follow the document's language, not the UI's:
 * a Danish case exported from an English desktop is still Danish. */
typedef struct
{
  const char *network;
  const char *kind; /* "Patientcase" */
  const char *untitled;
  const char *draft;
  const char *patient_group;
  const char *analysis;
  const char *analysis_wgs;
  const char *analysis_wes;
  const char *analysis_unset;
  const char *prior_analyses;
  const char *author;
  const char *department;
  const char *bundle_kind; /* "Samling af patientcases" */
  const char *n_cases;
  const char *date;
  const char *contents;
  const char *months[12];
} KasusPdfLabels;

const KasusPdfLabels *_kasus_pdf_labels (KasusLanguage language);

/* "Side 1 af 3" / "Page 1 of 3" */
char *_kasus_pdf_format_page_number (KasusLanguage language, guint number, guint total);

/* "14. marts 2026" / "14 March 2026" */
char *_kasus_pdf_format_date (KasusLanguage language, GDateTime *date);

typedef struct
{
  const char *title;
  guint       page_number; /* 1-based, as printed */
} KasusPdfContentsEntry;

KasusPdfLayout *_kasus_pdf_layout_new_cover (const KasusPdfPageSetup *setup,
                                             KasusPdfFlags            flags,
                                             KasusLanguage            language,
                                             const char              *patient_group,
                                             guint                    n_cases,
                                             const char              *date_text);
KasusPdfLayout *_kasus_pdf_layout_new_contents (const KasusPdfPageSetup     *setup,
                                                KasusPdfFlags                flags,
                                                KasusLanguage                language,
                                                const KasusPdfContentsEntry *entries,
                                                guint                        n_entries);

/* The page number of a placed foreign page, small in its bottom margin. */
void _kasus_pdf_stamp_page_number (cairo_t      *cr,
                                   KasusLanguage language,
                                   double        width,
                                   double        height,
                                   guint         number,
                                   guint         total);

G_END_DECLS
