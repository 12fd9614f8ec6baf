/* kasus-pdf-private.h — shared between the PDF layout, bundle and writer
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

/* Labels printed in a PDF follow the document's language, not the UI's:
 * a Danish case exported from an English desktop is still Danish. */
typedef struct
{
  const char *network;
  const char *kind;             /* "Patientcase" */
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
  const char *bundle_kind;      /* "Samling af patientcases" */
  const char *n_cases;
  const char *date;
  const char *contents;
  const char *months[12];
} KasusPdfLabels;

const KasusPdfLabels *_kasus_pdf_labels (KasusLanguage language);

/* "Side 1 af 3" / "Page 1 of 3" */
char *_kasus_pdf_format_page_number (KasusLanguage language,
                                     guint         number,
                                     guint         total);

/* "14. marts 2026" / "14 March 2026" */
char *_kasus_pdf_format_date (KasusLanguage language,
                              GDateTime    *date);

typedef struct
{
  const char *title;
  guint       page_number;      /* 1-based, as printed */
} KasusPdfContentsEntry;

KasusPdfLayout *_kasus_pdf_layout_new_cover    (const KasusPdfPageSetup *setup,
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
void            _kasus_pdf_stamp_page_number   (cairo_t       *cr,
                                                KasusLanguage  language,
                                                double         width,
                                                double         height,
                                                guint          number,
                                                guint          total);

G_END_DECLS
