/* kasus-pdf-writer.c — cases and bundles as PDF files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kasus-pdf-writer.h"

struct _KasusPdfWriter
{
  GObject           parent_instance;

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
kasus_pdf_writer_set_page_setup (KasusPdfWriter          *self,
                                 const KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_PDF_WRITER (self));

  if (setup != NULL)
    self->setup = *setup;
  else
    kasus_pdf_page_setup_init_a4 (&self->setup);
}

void
kasus_pdf_writer_get_page_setup (KasusPdfWriter    *self,
                                 KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_PDF_WRITER (self));
  g_return_if_fail (setup != NULL);

  *setup = self->setup;
}

/* ------------------------------------------------------------------ */
/* Where the bytes go: a file descriptor or memory */

typedef struct
{
  int         fd;          /* -1 for memory */
  GByteArray *bytes;
  int         saved_errno;
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->fd < 0)
    {
      g_byte_array_append (sink->bytes, data, length);
      return CAIRO_STATUS_SUCCESS;
    }

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= n;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* What is drawn: one case or a bundle. */
typedef struct
{
  KasusPdfLayout *layout;
  KasusPdfBundle *bundle;
} Source;

static gboolean
render (Source      *source,
        Sink        *sink,
        const char  *display_name,
        GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  const char *title;
  const char *subject;
  KasusPdfPageSetup setup;
  guint n_pages;

  if (source->layout != NULL)
    {
      kasus_pdf_layout_get_page_setup (source->layout, &setup);
      n_pages = kasus_pdf_layout_get_n_pages (source->layout);
      title = kasus_pdf_layout_get_title (source->layout);
      subject = kasus_pdf_layout_get_subject (source->layout);
    }
  else
    {
      n_pages = kasus_pdf_bundle_get_n_pages (source->bundle);
      kasus_pdf_bundle_get_page_size (source->bundle, 0, &setup.width, &setup.height);
      title = kasus_pdf_bundle_get_title (source->bundle);
      subject = kasus_pdf_bundle_get_subject (source->bundle);
    }

  surface = cairo_pdf_surface_create_for_stream (sink_write, sink, setup.width, setup.height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (subject != NULL && *subject != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kasus");

  cr = cairo_create (surface);
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
          g_autofree char *link = g_strdup_printf ("page=%u",
                                                   kasus_pdf_bundle_get_part_first_page (source->bundle, i) + 1);

          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                         kasus_pdf_bundle_get_part_title (source->bundle, i),
                                         link, 0);
        }
    }

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      if (sink->saved_errno != 0)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (sink->saved_errno),
                     _("Cannot write “%s”: %s"), display_name, g_strerror (sink->saved_errno));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Cannot write “%s”: %s"), display_name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
render_to_file (Source  *source,
                GFile   *dest,
                GError **error)
{
  g_autofree char *display_name = g_file_get_parse_name (dest);
  g_autofree char *path = g_file_get_path (dest);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_name = NULL;
  g_autofree char *tmp_path = NULL;
  Sink sink = { -1, NULL, 0 };
  int saved_errno;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot write “%s”: not a local file"), display_name);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  tmp_path = g_build_filename (dir, tmp_name, NULL);

  /* 0600: the PDF holds patient text. */
  sink.fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  if (!render (source, &sink, display_name, error))
    goto fail;

  if (fsync (sink.fd) != 0 || close (sink.fd) != 0)
    {
      saved_errno = errno;
      sink.fd = -1;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), display_name, g_strerror (saved_errno));
      goto fail;
    }
  sink.fd = -1;

  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write “%s”: %s"), display_name, g_strerror (saved_errno));
      goto fail;
    }
  return TRUE;

fail:
  if (sink.fd >= 0)
    close (sink.fd);
  g_unlink (tmp_path);
  return FALSE;
}

static GBytes *
render_to_bytes (Source  *source,
                 GError **error)
{
  Sink sink = { -1, g_byte_array_new (), 0 };

  if (!render (source, &sink, "PDF", error))
    {
      g_byte_array_unref (sink.bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (sink.bytes);
}

/* ------------------------------------------------------------------ */

gboolean
kasus_pdf_writer_export_case (KasusPdfWriter  *self,
                              KasusCase       *kase,
                              GFile           *dest,
                              KasusPdfFlags    flags,
                              GError         **error)
{
  g_autoptr(KasusPdfLayout) layout = NULL;
  Source source = { 0 };

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
kasus_pdf_writer_render_case (KasusPdfWriter  *self,
                              KasusCase       *kase,
                              KasusPdfFlags    flags,
                              GError         **error)
{
  g_autoptr(KasusPdfLayout) layout = NULL;
  Source source = { 0 };

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
kasus_pdf_writer_export_bundle (KasusPdfWriter  *self,
                                KasusPdfBundle  *bundle,
                                GFile           *dest,
                                KasusPdfFlags    flags,
                                GError         **error)
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
kasus_pdf_writer_render_bundle (KasusPdfWriter  *self,
                                KasusPdfBundle  *bundle,
                                KasusPdfFlags    flags,
                                GError         **error)
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
