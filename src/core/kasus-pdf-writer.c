/* kasus-pdf-writer.c — cases and bundles as PDF files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <cairo-pdf.h>

#include "kasus-pdf-private.h"
#include "kasus-pdf-writer.h"

struct _KasusPdfWriter
{
  GObject parent_instance;

  KasusPdfPageSetup setup;
};

G_DEFINE_FINAL_TYPE (KasusPdfWriter, kasus_pdf_writer, G_TYPE_OBJECT)

static void
kasus_pdf_writer_class_init (KasusPdfWriterClass *klass)
{
}

static void
kasus_pdf_writer_init (KasusPdfWriter *self)
{
  kasus_pdf_page_setup_init_a4 (&self->setup);
}

KasusPdfWriter *
kasus_pdf_writer_new (void)
{
  return g_object_new (KASUS_TYPE_PDF_WRITER, NULL);
}

void
kasus_pdf_writer_set_page_setup (KasusPdfWriter *self, const KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_PDF_WRITER (self));

  if (setup != NULL)
    self->setup = *setup;
  else
    kasus_pdf_page_setup_init_a4 (&self->setup);
}

void
kasus_pdf_writer_get_page_setup (KasusPdfWriter *self, KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_PDF_WRITER (self));
  g_return_if_fail (setup != NULL);

  *setup = self->setup;
}

/* What is drawn: one case or a bundle. */
typedef struct
{
  KasusPdfLayout *layout;
  KasusPdfBundle *bundle;
} Source;

static void
draw (cairo_surface_t *surface, cairo_t *cr, gpointer user_data)
{
  Source     *source = user_data;
  const char *title;
  const char *subject;
  guint       n_pages;

  if (source->layout != NULL)
    {
      n_pages = kasus_pdf_layout_get_n_pages (source->layout);
      title = kasus_pdf_layout_get_title (source->layout);
      subject = kasus_pdf_layout_get_subject (source->layout);
    }
  else
    {
      n_pages = kasus_pdf_bundle_get_n_pages (source->bundle);
      title = kasus_pdf_bundle_get_title (source->bundle);
      subject = kasus_pdf_bundle_get_subject (source->bundle);
    }

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (subject != NULL && *subject != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kasus");

  for (guint i = 0; i < n_pages; i++)
    {
      if (source->layout != NULL)
        {
          kasus_pdf_layout_paint_page (source->layout, cr, i);
        }
      else
        {
          double width, height;

          /* Placed PDF pages keep their size; set before drawing. */
          kasus_pdf_bundle_get_page_size (source->bundle, i, &width, &height);
          cairo_pdf_surface_set_size (surface, width, height);
          kasus_pdf_bundle_paint_page (source->bundle, cr, i);
        }
      cairo_show_page (cr);
    }

  if (source->bundle != NULL)
    {
      for (guint i = 0; i < kasus_pdf_bundle_get_n_parts (source->bundle); i++)
        {
          g_autofree char *link = g_strdup_printf (
            "page=%u", kasus_pdf_bundle_get_part_first_page (source->bundle, i) + 1);

          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                         kasus_pdf_bundle_get_part_title (source->bundle, i), link,
                                         0);
        }
    }
}

static void
page_size (Source *source, double *width, double *height)
{
  KasusPdfPageSetup setup;

  if (source->layout != NULL)
    {
      kasus_pdf_layout_get_page_setup (source->layout, &setup);
      *width = setup.width;
      *height = setup.height;
    }
  else
    {
      kasus_pdf_bundle_get_page_size (source->bundle, 0, width, height);
    }
}

static gboolean
render_to_file (Source *source, GFile *dest, GError **error)
{
  double width, height;

  page_size (source, &width, &height);
  return _kasus_pdf_write_file (dest, width, height, draw, source, error);
}

static GBytes *
render_to_bytes (Source *source, GError **error)
{
  double width, height;

  page_size (source, &width, &height);
  return _kasus_pdf_write_bytes (width, height, draw, source, error);
}

/* ------------------------------------------------------------------ */

gboolean
kasus_pdf_writer_export_case (KasusPdfWriter *self,
                              KasusCase      *kase,
                              GFile          *dest,
                              KasusPdfFlags   flags,
                              GError        **error)
{
  g_autoptr (KasusPdfLayout) layout = NULL;
  Source                     source = { 0 };

  g_return_val_if_fail (KASUS_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (KASUS_IS_CASE (kase), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = kasus_pdf_layout_new_for_case (kase, &self->setup, flags, error);
  if (layout == NULL)
    return FALSE;
  source.layout = layout;
  return render_to_file (&source, dest, error);
}

GBytes *
kasus_pdf_writer_render_case (KasusPdfWriter *self,
                              KasusCase      *kase,
                              KasusPdfFlags   flags,
                              GError        **error)
{
  g_autoptr (KasusPdfLayout) layout = NULL;
  Source                     source = { 0 };

  g_return_val_if_fail (KASUS_IS_PDF_WRITER (self), NULL);
  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  layout = kasus_pdf_layout_new_for_case (kase, &self->setup, flags, error);
  if (layout == NULL)
    return NULL;
  source.layout = layout;
  return render_to_bytes (&source, error);
}

gboolean
kasus_pdf_writer_export_bundle (KasusPdfWriter *self,
                                KasusPdfBundle *bundle,
                                GFile          *dest,
                                KasusPdfFlags   flags,
                                GError        **error)
{
  Source source = { 0 };

  g_return_val_if_fail (KASUS_IS_PDF_WRITER (self), FALSE);
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!kasus_pdf_bundle_paginate (bundle, &self->setup, flags, error))
    return FALSE;
  source.bundle = bundle;
  return render_to_file (&source, dest, error);
}

GBytes *
kasus_pdf_writer_render_bundle (KasusPdfWriter *self,
                                KasusPdfBundle *bundle,
                                KasusPdfFlags   flags,
                                GError        **error)
{
  Source source = { 0 };

  g_return_val_if_fail (KASUS_IS_PDF_WRITER (self), NULL);
  g_return_val_if_fail (KASUS_IS_PDF_BUNDLE (bundle), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!kasus_pdf_bundle_paginate (bundle, &self->setup, flags, error))
    return NULL;
  source.bundle = bundle;
  return render_to_bytes (&source, error);
}
