/* kasus-test-pdf-util.h — what the PDF tests read back with poppler
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

G_BEGIN_DECLS

typedef struct
{
  char *title;
  int   page; /* 1-based, as poppler gives it; -1 when it goes nowhere */
} KasusTestOutlineEntry;

GArray *kasus_test_pdf_outline (PopplerDocument *doc);

G_END_DECLS
