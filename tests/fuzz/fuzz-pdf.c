/* fuzz-pdf.c — PDF import: poppler's text through the scanner
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-pdf"

#include "fuzz-common.h"
#include "kasus-core.h"
#include "kasus-pdf-document.h"
#include "kasus-scanner.h"

static KasusScanner *scanner;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;

  fuzz_init_common ();
  kasus_core_init ();
  scanner = kasus_scanner_new (&error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GBytes)           bytes = g_bytes_new (data, size);
  g_autoptr (KasusPdfDocument) doc = NULL;
  g_autoptr (GError)           error = NULL;
  g_autofree char             *text = NULL;
  GPtrArray                   *findings;

  doc = kasus_pdf_document_new_from_bytes (bytes, "fuzz.pdf", NULL, &error);
  g_assert ((doc == NULL) == (error != NULL));
  if (doc == NULL)
    return 0;

  kasus_pdf_document_scan (doc, scanner, NULL);
  text = kasus_pdf_document_dup_text (doc);
  g_assert (text != NULL && g_utf8_validate (text, -1, NULL));
  findings = kasus_pdf_document_get_findings (doc);
  g_assert (findings != NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      guint n_boxes = 0;

      (void) kasus_pdf_document_get_finding_boxes (doc, g_ptr_array_index (findings, i), &n_boxes);
    }
  for (guint p = 0; p < kasus_pdf_document_get_n_pages_read (doc); p++)
    {
      double w = 0, h = 0;

      (void) kasus_pdf_document_get_page_text (doc, p);
      g_autoptr (GPtrArray) on_page = kasus_pdf_document_get_page_findings (doc, p);

      g_assert (on_page != NULL);
      kasus_pdf_document_get_page_size (doc, p, &w, &h);
    }
  (void) kasus_pdf_document_get_title (doc);
  (void) kasus_pdf_document_is_draft (doc);
  g_free (kasus_pdf_document_describe_truncation (doc));
  return 0;
}
