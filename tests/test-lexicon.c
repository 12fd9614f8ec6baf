/* test-lexicon.c — sorted word lists looked up in place
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-lexicon"

#include "config.h"

#include <string.h>

#include "kasus-core.h"
#include "kasus-lexicon.h"

static KasusLexicon *
lexicon_from_string (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  KasusLexicon      *lexicon;

  lexicon = kasus_lexicon_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lexicon);
  return lexicon;
}

/* As `LC_ALL=C sort -u` writes it: TAB sorts before '-'. */
static const char *sample = "# Sample list for the tests\n"
                            "# License: CC0\n"
                            "alpha\n"
                            "beta\tB\n"
                            "beta-carotene\n"
                            "gamma\tG value\n";

static void
test_contains (void)
{
  g_autoptr (KasusLexicon) lexicon = lexicon_from_string (sample);

  /* The header is not an entry. */
  g_assert_cmpuint (kasus_lexicon_get_size (lexicon), ==, 4);
  g_assert_false (kasus_lexicon_contains (lexicon, "# License: CC0", -1));

  g_assert_true (kasus_lexicon_contains (lexicon, "alpha", -1));
  g_assert_true (kasus_lexicon_contains (lexicon, "beta", -1));
  g_assert_true (kasus_lexicon_contains (lexicon, "beta-carotene", -1));
  g_assert_true (kasus_lexicon_contains (lexicon, "gamma", -1));

  /* Exact keys only: no prefixes, no longer words, no values, no case folding. */
  g_assert_false (kasus_lexicon_contains (lexicon, "alph", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "alphabet", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "B", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "beta\tB", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "Alpha", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "aaa", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "zzz", -1));

  /* A key inside a longer text, by length. */
  g_assert_true (kasus_lexicon_contains (lexicon, "betamax", 4));
  g_assert_false (kasus_lexicon_contains (lexicon, "betamax", 5));
}

static void
test_lookup (void)
{
  g_autoptr (KasusLexicon) lexicon = lexicon_from_string (sample);
  g_autofree char         *b = kasus_lexicon_lookup (lexicon, "beta", -1);
  g_autofree char         *g = kasus_lexicon_lookup (lexicon, "gamma", -1);
  g_autofree char         *none = kasus_lexicon_lookup (lexicon, "alpha", -1);
  g_autofree char         *missing = kasus_lexicon_lookup (lexicon, "delta", -1);

  g_assert_cmpstr (b, ==, "B");
  g_assert_cmpstr (g, ==, "G value");
  g_assert_cmpstr (none, ==, "");
  g_assert_null (missing);
}

static void
test_prefix (void)
{
  g_autoptr (KasusLexicon) lexicon = lexicon_from_string (sample);

  g_assert_true (kasus_lexicon_has_prefix (lexicon, "bet", -1));
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "beta", -1));
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "beta-c", -1));
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "g", -1));
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "", -1));
  g_assert_false (kasus_lexicon_has_prefix (lexicon, "beta-d", -1));
  g_assert_false (kasus_lexicon_has_prefix (lexicon, "delta", -1));
  g_assert_false (kasus_lexicon_has_prefix (lexicon, "alphabet", -1));
  /* The value is not part of the key. */
  g_assert_false (kasus_lexicon_has_prefix (lexicon, "beta\tB", -1));
}

static void
test_keys (void)
{
  g_autoptr (KasusLexicon) lexicon = lexicon_from_string (sample);
  const char              *keys[] = { "alpha", "beta", "beta-carotene", "gamma" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = kasus_lexicon_get_key (lexicon, i);

      g_assert_cmpstr (key, ==, keys[i]);
    }
}

/* Danish letters sort bytewise (å < æ < ø in UTF-8). */
static void
test_utf8 (void)
{
  g_autoptr (KasusLexicon) lexicon = lexicon_from_string ("åben\næble\tfrugt\nørn\n");
  g_autofree char         *value = kasus_lexicon_lookup (lexicon, "æble", -1);

  g_assert_true (kasus_lexicon_contains (lexicon, "åben", -1));
  g_assert_true (kasus_lexicon_contains (lexicon, "ørn", -1));
  g_assert_false (kasus_lexicon_contains (lexicon, "orn", -1));
  g_assert_cmpstr (value, ==, "frugt");
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "æ", -1));
}

/* Files edited on Windows, without a final newline, or with blank lines. */
static void
test_line_endings (void)
{
  g_autoptr (KasusLexicon) crlf = lexicon_from_string ("alpha\r\nbeta\tB\r\n");
  g_autoptr (KasusLexicon) last = lexicon_from_string ("alpha\nbeta\tB");
  g_autoptr (KasusLexicon) blank = lexicon_from_string ("\nalpha\n\nbeta\n\n");
  g_autofree char         *crlf_value = kasus_lexicon_lookup (crlf, "beta", -1);
  g_autofree char         *last_value = kasus_lexicon_lookup (last, "beta", -1);

  g_assert_true (kasus_lexicon_contains (crlf, "alpha", -1));
  g_assert_cmpstr (crlf_value, ==, "B");
  g_assert_cmpstr (last_value, ==, "B");
  g_assert_cmpuint (kasus_lexicon_get_size (blank), ==, 2);
  g_assert_true (kasus_lexicon_contains (blank, "beta", -1));
}

static void
test_empty (void)
{
  g_autoptr (KasusLexicon) empty = lexicon_from_string ("");
  g_autoptr (KasusLexicon) header = lexicon_from_string ("# only a header\n");

  g_assert_cmpuint (kasus_lexicon_get_size (empty), ==, 0);
  g_assert_false (kasus_lexicon_contains (empty, "a", -1));
  g_assert_false (kasus_lexicon_has_prefix (empty, "", -1));
  g_assert_null (kasus_lexicon_lookup (empty, "a", -1));
  g_assert_cmpuint (kasus_lexicon_get_size (header), ==, 0);
}

/* Every key of a big list is found, and nothing between them is. */
static void
test_large (void)
{
  g_autoptr (GString)      text = g_string_new ("# generated\n");
  g_autoptr (KasusLexicon) lexicon = NULL;
  const guint              n = 20000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "w%06u\tv%u\n", i * 2, i);
  lexicon = lexicon_from_string (text->str);

  g_assert_cmpuint (kasus_lexicon_get_size (lexicon), ==, n);
  for (guint i = 0; i < n; i++)
    {
      char             present[16], absent[16], value_expected[16];
      g_autofree char *value = NULL;

      g_snprintf (present, sizeof present, "w%06u", i * 2);
      g_snprintf (absent, sizeof absent, "w%06u", i * 2 + 1);
      g_snprintf (value_expected, sizeof value_expected, "v%u", i);

      g_assert_true (kasus_lexicon_contains (lexicon, present, -1));
      g_assert_false (kasus_lexicon_contains (lexicon, absent, -1));
      value = kasus_lexicon_lookup (lexicon, present, -1);
      g_assert_cmpstr (value, ==, value_expected);
    }
  g_assert_true (kasus_lexicon_has_prefix (lexicon, "w0399", -1));
  g_assert_false (kasus_lexicon_has_prefix (lexicon, "w04", -1));
}

static void
test_missing_resource (void)
{
  g_autoptr (KasusLexicon) lexicon = NULL;
  g_autoptr (GError)       error = NULL;

  lexicon =
    kasus_lexicon_new_from_resource (KASUS_CORE_RESOURCE_PATH "/rules/no-such-list.txt", &error);
  g_assert_null (lexicon);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/lexicon/contains", test_contains);
  g_test_add_func ("/lexicon/lookup", test_lookup);
  g_test_add_func ("/lexicon/prefix", test_prefix);
  g_test_add_func ("/lexicon/keys", test_keys);
  g_test_add_func ("/lexicon/utf8", test_utf8);
  g_test_add_func ("/lexicon/line-endings", test_line_endings);
  g_test_add_func ("/lexicon/empty", test_empty);
  g_test_add_func ("/lexicon/large", test_large);
  g_test_add_func ("/lexicon/missing-resource", test_missing_resource);

  return g_test_run ();
}
