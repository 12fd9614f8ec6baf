/* fuzz-scanner.c — the identifier scanner on arbitrary text
 *
 * Input: byte 0 picks the language and whether known identifiers are
 * used, bytes 1–4 pick a code-point range for kasus_scanner_scan_range(),
 * the rest is the text (made valid UTF-8, as every caller does). With
 * known identifiers, the text up to the first U+0001 is a comma-separated
 * list of them.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "fuzz-scanner"

#include <string.h>

#include "fuzz-common.h"
#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-finding.h"
#include "kasus-scanner.h"

static KasusScanner *scanner;
static KasusTemplate *template;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;

  fuzz_init_common ();
  kasus_core_init ();
  scanner = kasus_scanner_new (&error);
  g_assert_no_error (error);
  template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  return 0;
}

static void
check_findings (GPtrArray *findings, const char *text, glong n_chars, gint64 lo, gint64 hi)
{
  gint64 prev_start = -1;

  g_assert (findings != NULL);
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding    *f = g_ptr_array_index (findings, i);
      g_autofree char *surface = NULL;
      const char      *s, *e;

      g_assert_cmpint (f->start, >=, lo);
      g_assert_cmpint (f->end, <=, hi);
      g_assert_cmpint (f->start, <, f->end);
      g_assert_cmpint (f->end, <=, n_chars);
      g_assert_cmpint (f->start, >=, prev_start);
      prev_start = f->start;
      g_assert (f->text != NULL);
      g_assert (g_utf8_validate (f->text, -1, NULL));
      if (f->suggestion != NULL)
        g_assert (g_utf8_validate (f->suggestion, -1, NULL));
      s = g_utf8_offset_to_pointer (text, f->start);
      e = g_utf8_offset_to_pointer (text, f->end);
      surface = g_strndup (s, e - s);
      g_assert_cmpstr (surface, ==, f->text);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const KasusLanguage languages[] = {
    KASUS_LANGUAGE_AUTO,
    KASUS_LANGUAGE_DA,
    KASUS_LANGUAGE_EN,
    KASUS_LANGUAGE_DA,
  };
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GPtrArray) findings = NULL;
  g_autoptr (GPtrArray) ranged = NULL;
  g_autofree char      *text = NULL;
  GPtrArray            *known = NULL;
  KasusLanguage         language;
  const char           *body;
  glong                 n_chars;
  gint64                a, b;

  if (size < 5)
    return 0;

  language = languages[data[0] & 3];
  text = g_utf8_make_valid ((const char *) data + 5, size - 5);
  body = text;

  if (data[0] & 4)
    {
      const char *sep = strchr (text, '\001');

      kase = kasus_case_new (template);
      if (sep != NULL)
        {
          g_autofree char *list = g_strndup (text, sep - text);
          g_auto (GStrv) items = g_strsplit (list, ",", 8);

          for (guint i = 0; items[i] != NULL; i++)
            if (*g_strstrip (items[i]) != '\0')
              kasus_case_add_known_identifier (
                kase, (KasusCategory) (i % (KASUS_CATEGORY_OCCUPATION + 1)), items[i]);
          body = sep + 1;
        }
      known = kasus_case_get_known_identifiers (kase);
    }

  n_chars = g_utf8_strlen (body, -1);
  findings = kasus_scanner_scan (scanner, body, -1, language, known);
  check_findings (findings, body, n_chars, 0, n_chars);

  /* A paragraph-sized range, as the editor scans after a keystroke. */
  a = n_chars > 0 ? ((data[1] << 8) | data[2]) % (n_chars + 1) : 0;
  b = n_chars > 0 ? ((data[3] << 8) | data[4]) % (n_chars + 1) : 0;
  if (a > b)
    {
      gint64 t = a;
      a = b;
      b = t;
    }
  ranged = kasus_scanner_scan_range (scanner, body, strlen (body), a, b, language, known);
  check_findings (ranged, body, n_chars, a, b);

  (void) kasus_scanner_detect_language (scanner, body, -1);
  return 0;
}
