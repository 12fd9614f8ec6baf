/* kasus-pdf-document.h — a submitted PDF: its text, word boxes and findings
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <poppler.h>

#include "kasus-finding.h"
#include "kasus-scanner.h"

G_BEGIN_DECLS

#define KASUS_PDF_DOCUMENT_ERROR (kasus_pdf_document_error_quark ())

typedef enum
{
  KASUS_PDF_DOCUMENT_ERROR_UNREADABLE, /* the file cannot be read */
  KASUS_PDF_DOCUMENT_ERROR_ENCRYPTED,  /* needs a password */
  KASUS_PDF_DOCUMENT_ERROR_DAMAGED,    /* not a PDF, truncated, broken */
  KASUS_PDF_DOCUMENT_ERROR_TOO_LARGE,  /* more bytes than we open */
} KasusPdfDocumentError;

/* Guards against PDF bombs: files larger than this are refused; only the
 * first MAX_PAGES pages and at most MAX_CHARS characters of text are read
 * (kasus_pdf_document_is_truncated() says so). */
#define KASUS_PDF_DOCUMENT_MAX_BYTES (256 * 1024 * 1024)
#define KASUS_PDF_DOCUMENT_MAX_PAGES 300
#define KASUS_PDF_DOCUMENT_MAX_CHARS 2000000

/* A rectangle on a page in PDF points, origin at the top-left corner of
 * the page, y growing downwards: the space poppler_page_render() draws in
 * (scale by the zoom; a page's /Rotate is not applied, as in render). */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} KasusPdfBox;

#define KASUS_TYPE_PDF_DOCUMENT (kasus_pdf_document_get_type ())
G_DECLARE_FINAL_TYPE (KasusPdfDocument, kasus_pdf_document, KASUS, PDF_DOCUMENT, GObject)

GQuark kasus_pdf_document_error_quark (void);

/* Opens the PDF and extracts the text and character boxes of its pages
 * (at most KASUS_PDF_DOCUMENT_MAX_PAGES). Blocking: call it from a worker
 * thread for anything the user waits on. display_name names the file in
 * errors (NULL: its parse name). Errors name the file and the problem
 * ("…: password protected", "…: damaged or not a PDF"). */
KasusPdfDocument *kasus_pdf_document_new_from_file (GFile        *file,
                                                    const char   *display_name,
                                                    GCancellable *cancellable,
                                                    GError      **error);
KasusPdfDocument *kasus_pdf_document_new_from_bytes (GBytes       *bytes,
                                                     const char   *display_name,
                                                     GCancellable *cancellable,
                                                     GError      **error);

/* Scans the text of every page read with scanner (NULL: the default one)
 * and maps each finding to boxes on its page. known: optional
 * KasusKnownIdentifier elements. Replaces the findings of an earlier scan.
 * Like the constructors, it may run in a worker thread. */
void kasus_pdf_document_scan (KasusPdfDocument *self, KasusScanner *scanner, GPtrArray *known);

const char *kasus_pdf_document_get_display_name (KasusPdfDocument *self);
/* The file's bytes, e.g. for poppler_document_new_from_bytes() in another
 * thread: a PopplerDocument must be used by one thread at a time. */
GBytes *kasus_pdf_document_get_bytes (KasusPdfDocument *self);
/* The poppler document, for rendering pages in the thread that owns self.
 * Transfer none. */
PopplerDocument *kasus_pdf_document_get_poppler (KasusPdfDocument *self);
/* Metadata title and subject; "" when absent. */
const char *kasus_pdf_document_get_title (KasusPdfDocument *self);
const char *kasus_pdf_document_get_subject (KasusPdfDocument *self);

/* Pages in the file, and pages read (the first n_pages_read). */
guint kasus_pdf_document_get_n_pages (KasusPdfDocument *self);
guint kasus_pdf_document_get_n_pages_read (KasusPdfDocument *self);
/* TRUE when not every page or not all text was read (a PDF bomb, or just
 * a very long document): what was not read was not scanned either. */
gboolean kasus_pdf_document_is_truncated (KasusPdfDocument *self);
/* "Only the first 300 of 10000 pages were read." in the UI's language, or
 * NULL when everything was read. */
char *kasus_pdf_document_describe_truncation (KasusPdfDocument *self);

/* page is 0-based here, < n_pages_read. */
const char *kasus_pdf_document_get_page_text (KasusPdfDocument *self, guint page);
void        kasus_pdf_document_get_page_size (KasusPdfDocument *self,
                                              guint             page,
                                              double           *width,
                                              double           *height);
/* The text of all pages read, pages separated by "\f". Free it. */
char *kasus_pdf_document_dup_text (KasusPdfDocument *self);

/* The findings of the last scan (empty before), ordered by page and then
 * offset. finding->page is 1-based; start and end are code-point offsets
 * into kasus_pdf_document_get_page_text() of page - 1. Transfer none. */
GPtrArray *kasus_pdf_document_get_findings (KasusPdfDocument *self);
/* The findings on page (0-based). Transfer container. */
GPtrArray *kasus_pdf_document_get_page_findings (KasusPdfDocument *self, guint page);
/* Where finding (one of get_findings()) is on its page: one box per line
 * it spans. Returns the boxes (owned by self) and sets n_boxes; NULL and
 * 0 for a finding of another document. */
const KasusPdfBox *kasus_pdf_document_get_finding_boxes (KasusPdfDocument   *self,
                                                         const KasusFinding *finding,
                                                         guint              *n_boxes);

/* Whether the text looks like a draft: a "UDKAST"/"DRAFT"/"KLADDE" mark,
 * as the Kasus writer prints in the footer of a draft export. */
gboolean kasus_pdf_document_is_draft (KasusPdfDocument *self);

/* For `kasus-cli scan FILE.pdf` and friends: opens, reads and scans the
 * file; KasusFinding elements with page set (transfer full). If boxes is
 * not NULL it receives, per finding, a GArray of KasusPdfBox (same index;
 * transfer full). */
GPtrArray *kasus_pdf_document_scan_file (GFile        *file,
                                         KasusScanner *scanner,
                                         GPtrArray   **boxes,
                                         GError      **error);

G_END_DECLS
