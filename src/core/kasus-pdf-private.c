/* kasus-pdf-private.c — typography and output shared by every PDF Kasus makes
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "kasus-file.h"
#include "kasus-pdf-private.h"

void
_kasus_pdf_context_set_metrics (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
}

PangoContext *
_kasus_pdf_context_new (KasusLanguage language)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  _kasus_pdf_context_set_metrics (context);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (
    context, pango_language_from_string (language == KASUS_LANGUAGE_EN ? "en" : "da"));
  return context;
}

PangoLayout *
_kasus_pdf_make_text (PangoContext            *context,
                      const char              *text,
                      const KasusPdfTextStyle *style,
                      double                   width,
                      PangoAlignment           alignment)
{
  PangoLayout          *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (KASUS_PDF_FONT_FAMILY);
  g_autofree char      *upper = NULL;

  pango_font_description_set_size (font, (int) (style->size * PANGO_SCALE));
  pango_font_description_set_weight (font, style->weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (style->letter_spacing > 0)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (
        attrs, pango_attr_letter_spacing_new ((int) (style->letter_spacing * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_spacing (layout, (int) (style->spacing * PANGO_SCALE));

  if (style->uppercase)
    text = upper = g_utf8_strup (text, -1);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

double
_kasus_pdf_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

void
_kasus_pdf_set_color (cairo_t *cr, guint32 color, double alpha)
{
  cairo_set_source_rgba (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                         (color & 0xff) / 255.0, alpha);
}

/* ------------------------------------------------------------------ */
/* Where the bytes go: a private file or memory */

typedef struct
{
  KasusPrivateFileWriter *file; /* NULL for memory */
  GByteArray             *bytes;
  GError                 *error; /* the first failed write */
} Sink;

static cairo_status_t
sink_write (void *closure, const unsigned char *data, unsigned int length)
{
  Sink *sink = closure;

  if (sink->file == NULL)
    {
      g_byte_array_append (sink->bytes, data, length);
      return CAIRO_STATUS_SUCCESS;
    }
  if (sink->error != NULL ||
      !kasus_private_file_writer_write (sink->file, data, length, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
draw_to_sink (Sink            *sink,
              const char      *display_name,
              double           width,
              double           height,
              KasusPdfDrawFunc draw,
              gpointer         user_data,
              GError         **error)
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  cairo_status_t   status;

  surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
  cr = cairo_create (surface);
  draw (surface, cr, user_data);

  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _ ("Cannot write “%s”: %s"), display_name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
_kasus_pdf_write_file (GFile           *dest,
                       double           width,
                       double           height,
                       KasusPdfDrawFunc draw,
                       gpointer         user_data,
                       GError         **error)
{
  g_autofree char                   *display_name = g_file_get_parse_name (dest);
  g_autoptr (KasusPrivateFileWriter) file = NULL;
  Sink                               sink = { NULL, NULL, NULL };

  file = kasus_private_file_writer_open (dest, display_name, error);
  if (file == NULL)
    return FALSE;
  sink.file = file;
  /* On failure the writer goes, and the temporary file with it. */
  return draw_to_sink (&sink, display_name, width, height, draw, user_data, error) &&
         kasus_private_file_writer_commit (file, error);
}

GBytes *
_kasus_pdf_write_bytes (double           width,
                        double           height,
                        KasusPdfDrawFunc draw,
                        gpointer         user_data,
                        GError         **error)
{
  Sink sink = { NULL, g_byte_array_new (), NULL };

  if (!draw_to_sink (&sink, "PDF", width, height, draw, user_data, error))
    {
      g_byte_array_unref (sink.bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (sink.bytes);
}
