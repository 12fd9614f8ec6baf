/* kasus-cli-scan.c — `kasus-cli scan`: list what identifies a patient
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-cli.h"
#include "kasus-pdf-document.h"
#include "kasus-scanner.h"

typedef struct
{
  gboolean      json;
  KasusLanguage language;
  KasusSeverity min_severity;
  gboolean      show_private;
} ScanOptions;

static char *
json_string (const char *s)
{
  g_autoptr (JsonNode)      node = json_node_new (JSON_NODE_VALUE);
  g_autoptr (JsonGenerator) gen = json_generator_new ();

  json_node_set_string (node, s);
  json_generator_set_root (gen, node);
  return json_generator_to_data (gen, NULL);
}

/* Line and column (1-based, in characters) of code point offset. */
static void
line_col (const char *text, gint64 offset, int *line, int *col)
{
  const char *p = text;

  *line = 1;
  *col = 1;
  for (gint64 i = 0; i < offset && *p; i++, p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          (*line)++;
          *col = 1;
        }
      else
        (*col)++;
    }
}

/* line_col() for offsets in increasing order, in linear time overall:
 * a 10 MB text with many findings on one line is not quadratic. */
typedef struct
{
  const char *p;
  gint64      offset;
  int         line;
  int         col;
} LineCursor;

static void
line_cursor_init (LineCursor *cursor, const char *text)
{
  cursor->p = text;
  cursor->offset = 0;
  cursor->line = 1;
  cursor->col = 1;
}

static void
line_cursor_seek (LineCursor *cursor, const char *text, gint64 offset, int *line, int *col)
{
  if (offset < cursor->offset)
    line_cursor_init (cursor, text);
  for (; cursor->offset < offset && *cursor->p;
       cursor->offset++, cursor->p = g_utf8_next_char (cursor->p))
    {
      if (*cursor->p == '\n')
        {
          cursor->line++;
          cursor->col = 1;
        }
      else
        cursor->col++;
    }
  *line = cursor->line;
  *col = cursor->col;
}

typedef struct
{
  const char *section;
  const char *text;
  GPtrArray  *findings;
} Part;

static void
part_clear (gpointer data)
{
  Part *part = data;

  g_clear_pointer (&part->findings, g_ptr_array_unref);
}

static void
print_results (const char        *display,
               GArray            *parts,
               const ScanOptions *opts,
               GPtrArray         *known,
               gboolean          *problems)
{
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean            first = TRUE;

  if (opts->json)
    {
      g_autofree char *name = json_string (display);
      g_string_append_printf (out, "{\"file\": %s, \"findings\": [", name);
    }

  for (guint p = 0; p < parts->len; p++)
    {
      Part      *part = &g_array_index (parts, Part, p);
      LineCursor cursor;

      line_cursor_init (&cursor, part->text);
      for (guint i = 0; i < part->findings->len; i++)
        {
          KasusFinding *f = g_ptr_array_index (part->findings, i);

          if (f->severity < opts->min_severity)
            continue;
          if (f->severity >= KASUS_SEVERITY_MEDIUM)
            *problems = TRUE;
          if (part->section)
            kasus_finding_set_section (f, part->section);
          if (opts->json)
            {
              g_autofree char *j = kasus_finding_to_json (f);
              if (!first)
                g_string_append (out, ", ");
              g_string_append (out, j);
            }
          else
            {
              int line, col;

              line_cursor_seek (&cursor, part->text, f->start, &line, &col);
              if (part->section)
                g_string_append_printf (out, "%s:%s:%d:%d", display, part->section, line, col);
              else
                g_string_append_printf (out, "%s:%d:%d", display, line, col);
              g_string_append_printf (out, " %s %s %s → %s\n",
                                      kasus_category_to_string (f->category),
                                      kasus_severity_to_string (f->severity), f->text,
                                      f->suggestion ? f->suggestion : "");
            }
          first = FALSE;
        }
    }

  if (opts->json)
    {
      g_string_append (out, "]");
      if (opts->show_private && known != NULL)
        {
          g_string_append (out, ", \"private\": [");
          for (guint i = 0; i < known->len; i++)
            {
              const KasusKnownIdentifier *id = g_ptr_array_index (known, i);
              g_autofree char            *t = json_string (id->text ? id->text : "");
              g_string_append_printf (out, "%s{\"category\": \"%s\", \"text\": %s}", i ? ", " : "",
                                      kasus_category_to_string (id->category), t);
            }
          g_string_append (out, "]");
        }
      g_string_append (out, "}\n");
    }
  else if (opts->show_private && known != NULL)
    {
      for (guint i = 0; i < known->len; i++)
        {
          const KasusKnownIdentifier *id = g_ptr_array_index (known, i);
          g_string_append_printf (out, "%s: %s %s %s\n", display, _ ("private"),
                                  kasus_category_to_string (id->category), id->text);
        }
    }
  fwrite (out->str, 1, out->len, stdout);
}

static gboolean
read_input (const char *path, char **contents, gsize *length, GError **error)
{
  if (g_str_equal (path, "-"))
    {
      g_autoptr (GString) s = g_string_new (NULL);
      char                buf[65536];
      size_t              n;

      while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
        g_string_append_len (s, buf, n);
      if (ferror (stdin))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _ ("cannot read standard input"));
          return FALSE;
        }
      *length = s->len;
      *contents = g_string_free (g_steal_pointer (&s), FALSE);
      return TRUE;
    }
  /* A regular file of a sane size only: a FIFO or /dev/zero must not hang. */
  if (!kasus_core_read_file (path, path, KASUS_CORE_MAX_FILE_SIZE, contents, length, error))
    {
      /* The caller names the file. */
      g_autofree char *prefix = g_strdup_printf ("%s: ", path);

      if (error != NULL && *error != NULL && g_str_has_prefix ((*error)->message, prefix))
        memmove ((*error)->message, (*error)->message + strlen (prefix),
                 strlen ((*error)->message) - strlen (prefix) + 1);
      return FALSE;
    }
  return TRUE;
}

/* A PDF: every page read (see KasusPdfDocument for the limits), findings
 * with their page; in JSON also where they are on it, in points from the
 * top-left corner: "box" around all of it, "boxes" one per line. */
static int
scan_pdf (KasusScanner *scanner, const char *path, const ScanOptions *opts)
{
  g_autoptr (GFile)            file = g_file_new_for_commandline_arg (path);
  g_autoptr (KasusPdfDocument) doc = NULL;
  g_autoptr (GError)           error = NULL;
  g_autoptr (GString)          out = g_string_new (NULL);
  g_autofree char             *truncated = NULL;
  gboolean                     problems = FALSE;
  gboolean                     first = TRUE;
  GPtrArray                   *findings;

  doc = kasus_pdf_document_new_from_file (file, path, NULL, &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KASUS_CLI_ERROR;
    }
  kasus_pdf_document_scan (doc, scanner, NULL);
  findings = kasus_pdf_document_get_findings (doc);
  truncated = kasus_pdf_document_describe_truncation (doc);
  if (truncated != NULL)
    g_printerr ("%s: %s\n", path, truncated);

  if (opts->json)
    {
      g_autofree char *name = json_string (path);
      g_string_append_printf (out, "{\"file\": %s, \"findings\": [", name);
    }

  for (guint i = 0; i < findings->len; i++)
    {
      const KasusFinding *f = g_ptr_array_index (findings, i);
      const KasusPdfBox  *boxes;
      guint               n_boxes = 0;

      if (f->severity < opts->min_severity)
        continue;
      if (f->severity >= KASUS_SEVERITY_MEDIUM)
        problems = TRUE;
      boxes = kasus_pdf_document_get_finding_boxes (doc, f, &n_boxes);

      if (opts->json)
        {
          g_autofree char *j = kasus_finding_to_json (f);
          gsize            len = strlen (j);
          double           x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

          /* The shared serialisation, with the box added before its "}". */
          if (len > 0 && j[len - 1] == '}')
            j[len - 1] = '\0';
          if (!first)
            g_string_append (out, ", ");
          g_string_append (out, j);
          for (guint b = 0; b < n_boxes; b++)
            {
              x1 = MIN (x1, boxes[b].x);
              y1 = MIN (y1, boxes[b].y);
              x2 = MAX (x2, boxes[b].x + boxes[b].width);
              y2 = MAX (y2, boxes[b].y + boxes[b].height);
            }
          if (n_boxes > 0)
            {
              g_string_append_printf (out, ", \"box\": [%.1f, %.1f, %.1f, %.1f], \"boxes\": [", x1,
                                      y1, x2 - x1, y2 - y1);
              for (guint b = 0; b < n_boxes; b++)
                g_string_append_printf (out, "%s[%.1f, %.1f, %.1f, %.1f]", b ? ", " : "",
                                        boxes[b].x, boxes[b].y, boxes[b].width, boxes[b].height);
              g_string_append (out, "]");
            }
          g_string_append (out, "}");
        }
      else
        {
          int line, col;

          line_col (kasus_pdf_document_get_page_text (doc, f->page - 1), f->start, &line, &col);
          /* As for a case's sections: FILE:page-N:LINE:COL */
          g_string_append_printf (out, "%s:page-%d:%d:%d %s %s %s → %s\n", path, f->page, line, col,
                                  kasus_category_to_string (f->category),
                                  kasus_severity_to_string (f->severity), f->text,
                                  f->suggestion ? f->suggestion : "");
        }
      first = FALSE;
    }

  if (opts->json)
    g_string_append (out, "]}\n");
  fwrite (out->str, 1, out->len, stdout);
  return problems ? KASUS_CLI_PROBLEMS : KASUS_CLI_OK;
}

/* Returns the exit status for one file. */
static int
scan_file (KasusScanner *scanner, const char *path, const ScanOptions *opts)
{
  const char           *display = g_str_equal (path, "-") ? "-" : path;
  g_autoptr (GArray)    parts = g_array_new (FALSE, TRUE, sizeof (Part));
  g_autoptr (GError)    error = NULL;
  g_autofree char      *contents = NULL;
  g_autoptr (KasusCase) kase = NULL;
  gboolean              problems = FALSE;
  GPtrArray            *known = NULL;
  gsize                 length = 0;
  const char           *bad = NULL;

  g_array_set_clear_func (parts, part_clear);

  if (g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".PDF"))
    return scan_pdf (scanner, path, opts);

  if (!read_input (path, &contents, &length, &error))
    {
      g_printerr ("%s: %s\n", display, error->message);
      return KASUS_CLI_ERROR;
    }
  if (!g_utf8_validate_len (contents, length, &bad))
    {
      g_printerr (_ ("%s: not UTF-8 text (invalid byte at offset %lu)\n"), display,
                  (unsigned long) (bad - contents));
      return KASUS_CLI_ERROR;
    }

  if (g_str_has_suffix (path, ".kasus"))
    {
      KasusLanguage lang;

      kase = kasus_case_new_from_data (contents, length, display, &error);
      if (kase == NULL)
        {
          g_printerr ("%s\n", error->message);
          return KASUS_CLI_ERROR;
        }
      known = kasus_case_get_known_identifiers (kase);
      lang = opts->language != KASUS_LANGUAGE_AUTO ? opts->language : KASUS_LANGUAGE_AUTO;
      {
        Part part = { "title", kasus_case_get_title (kase), NULL };
        part.findings = kasus_scanner_scan (scanner, part.text, -1, lang, known);
        g_array_append_val (parts, part);
      }
      for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
        {
          Part part = { kasus_case_get_section_id (kase, i), kasus_case_get_section_text (kase, i),
                        NULL };

          if (part.text == NULL)
            continue;
          part.findings = kasus_scanner_scan (scanner, part.text, -1, lang, known);
          g_array_append_val (parts, part);
        }
    }
  else
    {
      Part part = { NULL, contents, NULL };

      part.findings = kasus_scanner_scan (scanner, contents, length, opts->language, NULL);
      g_array_append_val (parts, part);
    }

  print_results (display, parts, opts, known, &problems);
  return problems ? KASUS_CLI_PROBLEMS : KASUS_CLI_OK;
}

int
kasus_cli_scan (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError)         error = NULL;
  g_autofree char           *format = NULL;
  g_autofree char           *lang = NULL;
  g_autofree char           *min_severity = NULL;
  g_auto (GStrv) files = NULL;
  ScanOptions   opts = { FALSE, KASUS_LANGUAGE_AUTO, KASUS_SEVERITY_LOW, FALSE };
  KasusScanner *scanner;
  int           status = KASUS_CLI_OK;
  GOptionEntry  entries[] = {
     { "format", 0, 0, G_OPTION_ARG_STRING, &format,
       N_ ("Output format: text or json (one JSON object per file and line)"), "FORMAT" },
     { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_ ("Language of the texts: auto, da or en"),
       "LANG" },
     { "min-severity", 0, 0, G_OPTION_ARG_STRING, &min_severity,
       N_ ("Report findings of this severity or higher: low, medium or high"), "SEVERITY" },
     { "show-private", 0, 0, G_OPTION_ARG_NONE, &opts.show_private,
       N_ ("Also print the case's private known identifiers"), NULL },
     { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_ ("FILE…") },
     { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _ ("Scans text files (.txt, or - for standard input) and cases "
                                   "(.kasus, every section) for names, ages, dates, places and "
                                   "the other identifiers a published case must not contain.\n"
                                   "Exit status: 0 nothing of medium or high severity, 1 findings, "
                                   "2 error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!kasus_cli_parse (context, &argc, &argv))
    return KASUS_CLI_ERROR;

  if (format == NULL || g_str_equal (format, "text"))
    opts.json = FALSE;
  else if (g_str_equal (format, "json"))
    opts.json = TRUE;
  else
    {
      g_printerr (_ ("kasus-cli scan: unknown format “%s” (use text or json)\n"), format);
      return KASUS_CLI_ERROR;
    }
  if (lang != NULL && !g_str_equal (lang, "auto") &&
      !kasus_language_from_string (lang, &opts.language))
    {
      g_printerr (_ ("kasus-cli scan: unknown language “%s” (use auto, da or en)\n"), lang);
      return KASUS_CLI_ERROR;
    }
  if (min_severity != NULL && !kasus_severity_from_string (min_severity, &opts.min_severity))
    {
      g_printerr (_ ("kasus-cli scan: unknown severity “%s” (use low, medium or high)\n"),
                  min_severity);
      return KASUS_CLI_ERROR;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_ ("kasus-cli scan: no file given (use - for standard input)\n"));
      return KASUS_CLI_ERROR;
    }

  scanner = kasus_scanner_get_default ();
  if (scanner == NULL)
    return KASUS_CLI_ERROR;

  for (guint i = 0; files[i]; i++)
    {
      int s = scan_file (scanner, files[i], &opts);
      status = MAX (status, s);
    }
  fflush (stdout);
  return status;
}
