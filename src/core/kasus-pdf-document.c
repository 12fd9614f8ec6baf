/* kasus-pdf-document.c — a submitted PDF: its text, word boxes and findings
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf-document"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kasus-core.h"
#include "kasus-pdf-document.h"

/* A character's box, as floats: a long document has millions. */
typedef struct
{
  float x1, y1, x2, y2;
} CharBox;

typedef struct
{
  char    *text;
  CharBox *boxes; /* one per code point of text, or NULL */
  glong    n_boxes;
  double   width;
  double   height;
} Page;

struct _KasusPdfDocument
{
  GObject parent_instance;

  char            *display_name;
  GBytes          *bytes;
  PopplerDocument *document;
  char            *title;
  char            *subject;
  guint            n_pages;
  gboolean         text_truncated;
  GArray          *pages;    /* Page */
  GPtrArray       *findings; /* KasusFinding */
  GHashTable      *boxes;    /* KasusFinding* -> GArray of KasusPdfBox */
};

G_DEFINE_FINAL_TYPE (KasusPdfDocument, kasus_pdf_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (kasus - pdf - document - error - quark, kasus_pdf_document_error)

/* poppler-glib 22 has no autoptr support; an alias avoids a clash with
 * versions that do. */
typedef PopplerPage KasusPopplerPage;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusPopplerPage, g_object_unref)

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->text, g_free);
  g_clear_pointer (&page->boxes, g_free);
}

static void
kasus_pdf_document_finalize (GObject *object)
{
  KasusPdfDocument *self = KASUS_PDF_DOCUMENT (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->boxes, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->document);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (kasus_pdf_document_parent_class)->finalize (object);
}

static void
kasus_pdf_document_class_init (KasusPdfDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_pdf_document_finalize;
}

static void
kasus_pdf_document_init (KasusPdfDocument *self)
{
  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (self->pages, page_clear);
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  self->boxes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
}

/* ------------------------------------------------------------------ */
/* Opening */

static gboolean
open_document (KasusPdfDocument *self, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  self->document = poppler_document_new_from_bytes (self->bytes, NULL, &local_error);
  if (self->document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_ENCRYPTED,
                     _ ("%s: the PDF is password protected; ask the author for a copy "
                        "without a password"),
                     self->display_name);
      else
        g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED,
                     _ ("%s: the PDF is damaged or not a PDF (%s)"), self->display_name,
                     local_error ? local_error->message : _ ("unknown error"));
      return FALSE;
    }

  self->n_pages = MAX (poppler_document_get_n_pages (self->document), 0);
  if (self->n_pages == 0)
    {
      g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED,
                   _ ("%s: the PDF is damaged: it has no pages"), self->display_name);
      return FALSE;
    }

  self->title = poppler_document_get_title (self->document);
  self->subject = poppler_document_get_subject (self->document);
  if (self->title == NULL)
    self->title = g_strdup ("");
  if (self->subject == NULL)
    self->subject = g_strdup ("");
  g_strstrip (self->title);
  g_strstrip (self->subject);
  return TRUE;
}

static gboolean
box_is_empty (const CharBox *c)
{
  /* Written so that NaN counts as empty too. */
  return !(c->x2 > c->x1 && c->y2 > c->y1);
}

/* The separator poppler left out between two glyphs that follow each
 * other without white space, or 0. poppler joins the words of different
 * blocks — the label and value columns of a table, say — with nothing in
 * between ("AfdelingKlinisk Genetisk Afdeling"), so the scanner would read
 * them as one word: a gap wider than a space, a jump back on the line, or
 * a move to another line all separate words. */
static gunichar
separator_between (const CharBox *prev, const CharBox *next)
{
  float prev_height = prev->y2 - prev->y1;
  float next_height = next->y2 - next->y1;
  float prev_mid = (prev->y1 + prev->y2) / 2;
  float next_mid = (next->y1 + next->y2) / 2;

  if (box_is_empty (prev) || box_is_empty (next))
    return 0;
  if (fabsf (prev_mid - next_mid) >= MAX (prev_height, next_height) / 2)
    return '\n';
  /* A glyph's box spans its advance, so the letters of a word touch (in
   * either direction of writing): a gap of a third of the font's height,
   * forwards or back to an earlier column, is wider than any space. */
  if (MAX (next->x1 - prev->x2, prev->x1 - next->x2) > MIN (prev_height, next_height) / 3)
    return ' ';
  return 0;
}

/* Rebuilds page->text and page->boxes (one box per code point) from
 * poppler's text and character boxes, with the separators poppler left
 * out; an added separator has an empty box. */
static void
separate_words (Page *page, const PopplerRectangle *rects, guint n_rects)
{
  GString      *text = g_string_sized_new (strlen (page->text) + 64);
  GArray       *boxes = g_array_sized_new (FALSE, FALSE, sizeof (CharBox), n_rects + 32);
  const CharBox empty = { 0, 0, 0, 0 };
  CharBox       prev = empty;
  gboolean      after_space = TRUE;
  guint         i = 0;

  for (const char *p = page->text, *next; *p != '\0'; p = next, i++)
    {
      gunichar c = g_utf8_get_char (p);
      CharBox  box = empty;

      next = g_utf8_next_char (p);

      if (i < n_rects)
        {
          box.x1 = rects[i].x1;
          box.y1 = rects[i].y1;
          box.x2 = rects[i].x2;
          box.y2 = rects[i].y2;
        }

      if (g_unichar_isspace (c))
        {
          after_space = TRUE;
        }
      else
        {
          gunichar separator = after_space ? 0 : separator_between (&prev, &box);

          if (separator != 0)
            {
              g_string_append_c (text, (char) separator);
              g_array_append_val (boxes, empty);
            }
          after_space = FALSE;
          prev = box;
        }

      g_string_append_len (text, p, next - p);
      g_array_append_val (boxes, box);
    }

  g_free (page->text);
  g_free (page->boxes);
  page->n_boxes = boxes->len;
  page->boxes = (CharBox *) (void *) g_array_free (boxes, FALSE);
  page->text = g_string_free (text, FALSE);
}

static gboolean
read_pages (KasusPdfDocument *self, GCancellable *cancellable, GError **error)
{
  guint n_read = MIN (self->n_pages, KASUS_PDF_DOCUMENT_MAX_PAGES);
  glong total_chars = 0;

  for (guint i = 0; i < n_read; i++)
    {
      g_autoptr (KasusPopplerPage) ppage = NULL;
      g_autofree PopplerRectangle *rects = NULL;
      guint                        n_rects = 0;
      Page                         page = {
                                0,
      };
      glong n_chars;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      ppage = poppler_document_get_page (self->document, i);
      if (ppage == NULL)
        {
          g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_DAMAGED,
                       _ ("%s: the PDF is damaged: page %u cannot be read"), self->display_name,
                       i + 1);
          return FALSE;
        }

      poppler_page_get_size (ppage, &page.width, &page.height);
      page.text = poppler_page_get_text (ppage);
      if (page.text == NULL || !g_utf8_validate (page.text, -1, NULL))
        {
          g_free (page.text);
          page.text = g_strdup ("");
        }
      else if (*page.text != '\0' && poppler_page_get_text_layout (ppage, &rects, &n_rects))
        {
          separate_words (&page, rects, n_rects);
        }
      n_chars = page.n_boxes > 0 ? page.n_boxes : g_utf8_strlen (page.text, -1);

      if (total_chars + n_chars > KASUS_PDF_DOCUMENT_MAX_CHARS)
        {
          /* Keep what fits of this page, and stop. */
          glong keep = KASUS_PDF_DOCUMENT_MAX_CHARS - total_chars;
          char *end = g_utf8_offset_to_pointer (page.text, keep);

          *end = '\0';
          n_chars = keep;
          page.n_boxes = MIN (page.n_boxes, keep);
          self->text_truncated = TRUE;
        }
      if (page.n_boxes == 0)
        g_clear_pointer (&page.boxes, g_free);

      total_chars += n_chars;
      g_array_append_val (self->pages, page);
      if (self->text_truncated)
        break;
    }

  return TRUE;
}

static KasusPdfDocument *
kasus_pdf_document_new_take (GBytes       *bytes,
                             char         *display_name,
                             GCancellable *cancellable,
                             GError      **error)
{
  g_autoptr (KasusPdfDocument) self = g_object_new (KASUS_TYPE_PDF_DOCUMENT, NULL);

  self->bytes = bytes;
  self->display_name = display_name;

  if (!open_document (self, error) || !read_pages (self, cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

KasusPdfDocument *
kasus_pdf_document_new_from_bytes (GBytes       *bytes,
                                   const char   *display_name,
                                   GCancellable *cancellable,
                                   GError      **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  kasus_core_init ();

  if (g_bytes_get_size (bytes) > KASUS_PDF_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_TOO_LARGE,
                   _ ("%s: the PDF is too large to open (more than %u MB)"),
                   display_name ? display_name : "PDF",
                   KASUS_PDF_DOCUMENT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  return kasus_pdf_document_new_take (
    g_bytes_ref (bytes), g_strdup (display_name ? display_name : "PDF"), cancellable, error);
}

KasusPdfDocument *
kasus_pdf_document_new_from_file (GFile        *file,
                                  const char   *display_name,
                                  GCancellable *cancellable,
                                  GError      **error)
{
  g_autoptr (GError)    local_error = NULL;
  g_autoptr (GFileInfo) info = NULL;
  g_autofree char      *name = NULL;
  char                 *contents = NULL;
  gsize                 length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), NULL);

  kasus_core_init ();

  name = display_name ? g_strdup (display_name) : g_file_get_parse_name (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE,
                     _ ("%s: cannot be read: %s"), name, g_strerror (ENOENT));
      else
        g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE,
                     _ ("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE,
                   _ ("%s: cannot be read: it is a folder, not a PDF"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > KASUS_PDF_DOCUMENT_MAX_BYTES)
    {
      g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_TOO_LARGE,
                   _ ("%s: the PDF is too large to open (more than %u MB)"), name,
                   KASUS_PDF_DOCUMENT_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, KASUS_PDF_DOCUMENT_ERROR, KASUS_PDF_DOCUMENT_ERROR_UNREADABLE,
                     _ ("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }

  return kasus_pdf_document_new_take (g_bytes_new_take (contents, length), g_steal_pointer (&name),
                                      cancellable, error);
}

/* ------------------------------------------------------------------ */
/* Scanning */

static gboolean
same_line (const KasusPdfBox *box, const CharBox *c)
{
  double box_mid = box->y + box->height / 2;
  double c_mid = (c->y1 + c->y2) / 2.0;
  double tolerance = MAX (box->height, c->y2 - c->y1) / 2;

  /* Same baseline band, and not jumping back to the start of a line. */
  return fabs (box_mid - c_mid) < tolerance && c->x1 >= box->x - 1.0;
}

static GArray *
boxes_for_range (const Page *page, gint64 start, gint64 end)
{
  GArray     *boxes = g_array_new (FALSE, FALSE, sizeof (KasusPdfBox));
  const char *p;
  KasusPdfBox current = {
    0,
  };
  gboolean open = FALSE;

  if (page->boxes == NULL || start >= page->n_boxes)
    return boxes;
  end = MIN (end, page->n_boxes);
  p = g_utf8_offset_to_pointer (page->text, start);

  for (gint64 i = start; i < end; i++, p = g_utf8_next_char (p))
    {
      const CharBox *c = &page->boxes[i];

      if (g_unichar_isspace (g_utf8_get_char (p)) || c->x2 <= c->x1 || c->y2 <= c->y1)
        continue;

      if (open && same_line (&current, c))
        {
          double x2 = MAX (current.x + current.width, c->x2);
          double y2 = MAX (current.y + current.height, c->y2);

          current.x = MIN (current.x, c->x1);
          current.y = MIN (current.y, c->y1);
          current.width = x2 - current.x;
          current.height = y2 - current.y;
          continue;
        }

      if (open)
        g_array_append_val (boxes, current);
      current.x = c->x1;
      current.y = c->y1;
      current.width = c->x2 - c->x1;
      current.height = c->y2 - c->y1;
      open = TRUE;
    }
  if (open)
    g_array_append_val (boxes, current);

  return boxes;
}

void
kasus_pdf_document_scan (KasusPdfDocument *self, KasusScanner *scanner, GPtrArray *known)
{
  g_return_if_fail (KASUS_IS_PDF_DOCUMENT (self));
  g_return_if_fail (!scanner || KASUS_IS_SCANNER (scanner));

  if (scanner == NULL)
    scanner = kasus_scanner_get_default ();
  g_return_if_fail (scanner != NULL);

  g_hash_table_remove_all (self->boxes);
  g_ptr_array_set_size (self->findings, 0);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const Page           *page = &g_array_index (self->pages, Page, i);
      g_autoptr (GPtrArray) found = NULL;

      if (*page->text == '\0')
        continue;

      found = kasus_scanner_scan (scanner, page->text, -1, KASUS_LANGUAGE_AUTO, known);
      for (guint f = 0; f < found->len; f++)
        {
          KasusFinding *finding = g_ptr_array_index (found, f);

          finding->page = i + 1;
          g_hash_table_insert (self->boxes, finding,
                               boxes_for_range (page, finding->start, finding->end));
          g_ptr_array_add (self->findings, kasus_finding_ref (finding));
        }
    }
}

/* ------------------------------------------------------------------ */
/* Getters */

const char *
kasus_pdf_document_get_display_name (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->display_name;
}

GBytes *
kasus_pdf_document_get_bytes (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->bytes;
}

PopplerDocument *
kasus_pdf_document_get_poppler (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->document;
}

const char *
kasus_pdf_document_get_title (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->title;
}

const char *
kasus_pdf_document_get_subject (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->subject;
}

guint
kasus_pdf_document_get_n_pages (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), 0);
  return self->n_pages;
}

guint
kasus_pdf_document_get_n_pages_read (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), 0);
  return self->pages->len;
}

gboolean
kasus_pdf_document_is_truncated (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), FALSE);
  return self->text_truncated || self->pages->len < self->n_pages;
}

char *
kasus_pdf_document_describe_truncation (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);

  if (!kasus_pdf_document_is_truncated (self))
    return NULL;
  if (self->text_truncated)
    /* Translators: the first %u is how many pages were read, the second
     * how many the document has */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Only the text of the first %u page of %u was read and "
                                         "checked: the document holds too much text.",
                                         "Only the text of the first %u pages of %u was read "
                                         "and checked: the document holds too much text.",
                                         self->pages->len),
                            self->pages->len, self->n_pages);
  /* Translators: the first %u is how many pages were read, the second how
   * many the document has */
  return g_strdup_printf (
    g_dngettext (GETTEXT_PACKAGE, "Only the first %u page of %u was read and checked.",
                 "Only the first %u pages of %u were read and checked.", self->pages->len),
    self->pages->len, self->n_pages);
}

const char *
kasus_pdf_document_get_page_text (KasusPdfDocument *self, guint page)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);
  return g_array_index (self->pages, Page, page).text;
}

void
kasus_pdf_document_get_page_size (KasusPdfDocument *self, guint page, double *width, double *height)
{
  const Page *p;

  g_return_if_fail (KASUS_IS_PDF_DOCUMENT (self));
  g_return_if_fail (page < self->pages->len);

  p = &g_array_index (self->pages, Page, page);
  if (width)
    *width = p->width;
  if (height)
    *height = p->height;
}

char *
kasus_pdf_document_dup_text (KasusPdfDocument *self)
{
  GString *text;

  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->pages->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\f');
      g_string_append (text, g_array_index (self->pages, Page, i).text);
    }
  return g_string_free (text, FALSE);
}

GPtrArray *
kasus_pdf_document_get_findings (KasusPdfDocument *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  return self->findings;
}

GPtrArray *
kasus_pdf_document_get_page_findings (KasusPdfDocument *self, guint page)
{
  GPtrArray *out;

  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  for (guint i = 0; i < self->findings->len; i++)
    {
      KasusFinding *finding = g_ptr_array_index (self->findings, i);

      if (finding->page == (int) page + 1)
        g_ptr_array_add (out, kasus_finding_ref (finding));
    }
  return out;
}

const KasusPdfBox *
kasus_pdf_document_get_finding_boxes (KasusPdfDocument   *self,
                                      const KasusFinding *finding,
                                      guint              *n_boxes)
{
  GArray *boxes;

  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), NULL);
  g_return_val_if_fail (finding != NULL, NULL);

  boxes = g_hash_table_lookup (self->boxes, finding);
  if (n_boxes)
    *n_boxes = boxes ? boxes->len : 0;
  if (boxes == NULL || boxes->len == 0)
    return NULL;
  return &g_array_index (boxes, KasusPdfBox, 0);
}

gboolean
kasus_pdf_document_is_draft (KasusPdfDocument *self)
{
  static GRegex *regex;
  static gsize   once;

  g_return_val_if_fail (KASUS_IS_PDF_DOCUMENT (self), FALSE);

  if (g_once_init_enter (&once))
    {
      regex = g_regex_new ("\\b(UDKAST|DRAFT|KLADDE)\\b", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }

  for (guint i = 0; i < self->pages->len; i++)
    if (g_regex_match (regex, g_array_index (self->pages, Page, i).text, 0, NULL))
      return TRUE;
  return FALSE;
}

GPtrArray *
kasus_pdf_document_scan_file (GFile *file, KasusScanner *scanner, GPtrArray **boxes, GError **error)
{
  g_autoptr (KasusPdfDocument) self = NULL;
  GPtrArray                   *findings;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = kasus_pdf_document_new_from_file (file, NULL, NULL, error);
  if (self == NULL)
    return NULL;
  kasus_pdf_document_scan (self, scanner, NULL);

  findings = g_ptr_array_new_full (self->findings->len, (GDestroyNotify) kasus_finding_unref);
  if (boxes)
    *boxes = g_ptr_array_new_full (self->findings->len, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < self->findings->len; i++)
    {
      KasusFinding *finding = g_ptr_array_index (self->findings, i);

      g_ptr_array_add (findings, kasus_finding_ref (finding));
      if (boxes)
        g_ptr_array_add (*boxes, g_array_ref (g_hash_table_lookup (self->boxes, finding)));
    }
  return findings;
}
