/* kasus-pdf-bundle.c — several cases (Kasus cases and PDFs) as one document
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kasus-pdf-bundle.h"
#include "kasus-pdf-private.h"

typedef struct
{
  KasusCase       *kase; /* one of kase and document */
  PopplerDocument *document;
  char            *title;      /* given for a PDF; from the layout for a case */
  KasusPdfLayout  *layout;     /* a case, once paginated */
  guint            first_page; /* 0-based, in the bundle */
  guint            n_pages;
} Part;

struct _KasusPdfBundle
{
  GObject parent_instance;

  char         *patient_group;
  KasusLanguage language;
  GDateTime    *date;
  GPtrArray    *parts; /* Part */

  /* Set by paginate () */
  gboolean          paginated;
  KasusPdfPageSetup setup;
  KasusPdfLayout   *cover;
  KasusPdfLayout   *contents;
  guint             n_pages;
  char             *title;
  char             *subject;
};

G_DEFINE_FINAL_TYPE (KasusPdfBundle, kasus_pdf_bundle, G_TYPE_OBJECT)

static void
part_free (gpointer data)
{
  Part *part = data;

  g_clear_object (&part->kase);
  g_clear_object (&part->document);
  g_clear_object (&part->layout);
  g_free (part->title);
  g_free (part);
}

static void
kasus_pdf_bundle_finalize (GObject *object)
{
  KasusPdfBundle *self = KASUS_PDF_BUNDLE (object);

  g_clear_pointer (&self->patient_group, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_object (&self->cover);
  g_clear_object (&self->contents);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (kasus_pdf_bundle_parent_class)->finalize (object);
}

static void
kasus_pdf_bundle_class_init (KasusPdfBundleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_pdf_bundle_finalize;
}

static void
kasus_pdf_bundle_init (KasusPdfBundle *self)
{
  self->parts = g_ptr_array_new_with_free_func (part_free);
  self->date = g_date_time_new_now_local ();
}

KasusPdfBundle *
kasus_pdf_bundle_new (const char *patient_group, KasusLanguage language)
{
  KasusPdfBundle *self = g_object_new (KASUS_TYPE_PDF_BUNDLE, NULL);

  self->patient_group = g_strstrip (g_strdup (patient_group ? patient_group : ""));
  self->language = language == KASUS_LANGUAGE_EN ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
  return self;
}

void
kasus_pdf_bundle_set_date (KasusPdfBundle *self, GDateTime *date)
{
  g_return_if_fail (KASUS_IS_PDF_BUNDLE (self));
  g_return_if_fail (date != NULL);

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
  self->paginated = FALSE;
}

const char *
kasus_pdf_bundle_get_patient_group (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), NULL);

  return self->patient_group;
}

KasusLanguage
kasus_pdf_bundle_get_language (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), KASUS_LANGUAGE_DA);

  return self->language;
}

void
kasus_pdf_bundle_add_case (KasusPdfBundle *self, KasusCase *kase)
{
  Part *part;

  g_return_if_fail (KASUS_IS_PDF_BUNDLE (self));
  g_return_if_fail (KASUS_IS_CASE (kase));

  part = g_new0 (Part, 1);
  part->kase = g_object_ref (kase);
  g_ptr_array_add (self->parts, part);
  self->paginated = FALSE;
}

void
kasus_pdf_bundle_add_pdf (KasusPdfBundle *self, PopplerDocument *document, const char *title)
{
  Part *part;

  g_return_if_fail (KASUS_IS_PDF_BUNDLE (self));
  g_return_if_fail (POPPLER_IS_DOCUMENT (document));

  part = g_new0 (Part, 1);
  part->document = g_object_ref (document);
  if (title != NULL && *title != '\0')
    part->title = g_strdup (title);
  else
    part->title = poppler_document_get_title (document);
  if (part->title == NULL || *g_strstrip (part->title) == '\0')
    {
      g_free (part->title);
      part->title = g_strdup_printf ("PDF %u", self->parts->len + 1);
    }
  g_ptr_array_add (self->parts, part);
  self->paginated = FALSE;
}

guint
kasus_pdf_bundle_get_n_parts (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), 0);

  return self->parts->len;
}

gboolean
kasus_pdf_bundle_paginate (KasusPdfBundle          *self,
                           const KasusPdfPageSetup *setup,
                           KasusPdfFlags            flags,
                           GError                 **error)
{
  const KasusPdfLabels             *labels;
  g_autofree char                  *date_text = NULL;
  g_autofree KasusPdfContentsEntry *entries = NULL;
  guint                             contents_pages = 1;
  guint                             page;

  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->paginated = FALSE;
  g_clear_object (&self->cover);
  g_clear_object (&self->contents);
  if (setup != NULL)
    self->setup = *setup;
  else
    kasus_pdf_page_setup_init_a4 (&self->setup);

  labels = _kasus_pdf_labels (self->language);

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);

      if (part->kase != NULL)
        {
          g_clear_object (&part->layout);
          part->layout = kasus_pdf_layout_new_for_case (part->kase, &self->setup, flags, error);
          if (part->layout == NULL)
            return FALSE;
          g_free (part->title);
          part->title = g_strdup (kasus_pdf_layout_get_title (part->layout));
          part->n_pages = kasus_pdf_layout_get_n_pages (part->layout);
        }
      else
        {
          part->n_pages = poppler_document_get_n_pages (part->document);
          if (part->n_pages == 0)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("“%s” has no pages"),
                           part->title);
              return FALSE;
            }
        }
    }

  date_text = _kasus_pdf_format_date (self->language, self->date);
  self->cover = _kasus_pdf_layout_new_cover (&self->setup, flags, self->language,
                                             self->patient_group, self->parts->len, date_text);

  /* The contents list page numbers that depend on its own length: lay it
   * out until the number of its pages stays the same. */
  entries = g_new0 (KasusPdfContentsEntry, MAX (self->parts->len, 1));
  for (;;)
    {
      page = kasus_pdf_layout_get_n_pages (self->cover) + contents_pages;
      for (guint i = 0; i < self->parts->len; i++)
        {
          Part *part = g_ptr_array_index (self->parts, i);

          part->first_page = page;
          entries[i].title = part->title;
          entries[i].page_number = page + 1;
          page += part->n_pages;
        }

      g_clear_object (&self->contents);
      self->contents = _kasus_pdf_layout_new_contents (&self->setup, flags, self->language, entries,
                                                       self->parts->len);
      if (kasus_pdf_layout_get_n_pages (self->contents) == contents_pages)
        break;
      contents_pages = kasus_pdf_layout_get_n_pages (self->contents);
    }

  self->n_pages = page;
  kasus_pdf_layout_set_page_numbering (self->cover, 1, self->n_pages);
  kasus_pdf_layout_set_page_numbering (
    self->contents, kasus_pdf_layout_get_n_pages (self->cover) + 1, self->n_pages);
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);

      if (part->layout != NULL)
        kasus_pdf_layout_set_page_numbering (part->layout, part->first_page + 1, self->n_pages);
    }

  g_free (self->title);
  g_free (self->subject);
  if (*self->patient_group != '\0')
    self->title = g_strdup_printf ("%s: %s", labels->bundle_kind, self->patient_group);
  else
    self->title = g_strdup (labels->bundle_kind);
  self->subject = g_strdup (labels->network);

  self->paginated = TRUE;
  return TRUE;
}

guint
kasus_pdf_bundle_get_n_pages (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), 0);
  g_return_val_if_fail (self->paginated, 0);

  return self->n_pages;
}

/* The part holding page index, or NULL for the cover and the contents. */
static Part *
find_part (KasusPdfBundle *self, guint index, guint *local)
{
  for (guint i = self->parts->len; i > 0; i--)
    {
      Part *part = g_ptr_array_index (self->parts, i - 1);

      if (index >= part->first_page)
        {
          *local = index - part->first_page;
          return part;
        }
    }
  *local = index;
  return NULL;
}

void
kasus_pdf_bundle_get_page_size (KasusPdfBundle *self, guint index, double *width, double *height)
{
  guint  local;
  Part  *part;
  double w, h;

  g_return_if_fail (KASUS_IS_PDF_BUNDLE (self));
  g_return_if_fail (self->paginated);
  g_return_if_fail (index < self->n_pages);

  w = self->setup.width;
  h = self->setup.height;
  part = find_part (self, index, &local);
  if (part != NULL && part->document != NULL)
    {
      PopplerPage *page = poppler_document_get_page (part->document, local);

      if (page != NULL)
        {
          poppler_page_get_size (page, &w, &h);
          g_object_unref (page);
        }
    }
  if (width)
    *width = w;
  if (height)
    *height = h;
}

const char *
kasus_pdf_bundle_get_part_title (KasusPdfBundle *self, guint part)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), NULL);
  g_return_val_if_fail (part < self->parts->len, NULL);

  return ((Part *) g_ptr_array_index (self->parts, part))->title;
}

guint
kasus_pdf_bundle_get_part_first_page (KasusPdfBundle *self, guint part)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), 0);
  g_return_val_if_fail (self->paginated, 0);
  g_return_val_if_fail (part < self->parts->len, 0);

  return ((Part *) g_ptr_array_index (self->parts, part))->first_page;
}

const char *
kasus_pdf_bundle_get_title (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), NULL);

  return self->title;
}

const char *
kasus_pdf_bundle_get_subject (KasusPdfBundle *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (self), NULL);

  return self->subject;
}

void
kasus_pdf_bundle_paint_page (KasusPdfBundle *self, cairo_t *cr, guint index)
{
  guint local;
  Part *part;

  g_return_if_fail (KASUS_IS_PDF_BUNDLE (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->paginated);
  g_return_if_fail (index < self->n_pages);

  part = find_part (self, index, &local);
  if (part == NULL)
    {
      guint n_cover = kasus_pdf_layout_get_n_pages (self->cover);

      if (local < n_cover)
        kasus_pdf_layout_paint_page (self->cover, cr, local);
      else
        kasus_pdf_layout_paint_page (self->contents, cr, local - n_cover);
    }
  else if (part->layout != NULL)
    {
      kasus_pdf_layout_paint_page (part->layout, cr, local);
    }
  else
    {
      PopplerPage *page = poppler_document_get_page (part->document, local);
      double       width, height;

      if (page == NULL)
        return;
      poppler_page_get_size (page, &width, &height);
      cairo_save (cr);
      poppler_page_render_for_printing (page, cr);
      cairo_restore (cr);
      g_object_unref (page);
      _kasus_pdf_stamp_page_number (cr, self->language, width, height, index + 1, self->n_pages);
    }
}
