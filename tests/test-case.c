/* test-case.c — the case model and its .kasus file
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-case"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-test-util.h"

/* Helpers */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The names in a folder, sorted, joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr (GDir)      dir = g_dir_open (path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char           *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
write_file (const char *path, const char *contents, int mode)
{
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, mode), ==, 0);
}

static void
assert_message_mentions (const GError *error, const char *needle)
{
  g_assert_nonnull (error);
  if (strstr (error->message, needle) == NULL)
    g_error ("The message “%s” does not mention “%s”", error->message, needle);
}

static int
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* A case with every field set, and text that is hard to serialise. */
static KasusCase *
make_full_case (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, NULL);
  KasusCase *kase = kasus_case_new (template);

  kasus_case_set_title (kase, "Rare “epilepsy” — finally \"explained\"");
  kasus_case_set_patient_group (kase, "Sjældne sygdomme");
  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WES);
  kasus_case_set_prior_analyses (kase, "Microarray; gene panel\\n (not a newline)");
  kasus_case_set_author (kase, "Æbelø Østergård");
  kasus_case_set_department (kase, "Klinisk Genetik\tAfsnit 2");
  kasus_case_set_region (kase, "Region Hovedstaden");
  kasus_case_set_show_author (kase, TRUE);
  kasus_case_set_language (kase, KASUS_LANGUAGE_DA);

  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      g_autofree char *text = g_strdup_printf ("Section %u: line one\nline two\r\n"
                                               "tab\there, control \x01, emoji 🧬, "
                                               "separator \u2028 end",
                                               i);

      kasus_case_set_section_text (kase, i, text);
    }

  kasus_case_set_consent_item (kase, "general-terms", TRUE);
  kasus_case_set_consent_item (kase, "no-age", FALSE);
  kasus_case_set_consent_item (kase, "no-variant-name", TRUE);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_NEEDED);
  kasus_case_set_consent_obtained (kase, TRUE);
  kasus_case_set_consent_date (kase, "2026-01-15");

  kasus_case_set_review_status (kase, KASUS_REVIEW_RETURNED);
  kasus_case_set_reviewer (kase, "Tovholder");
  kasus_case_add_review_comment (kase, "Tovholder", "2026-02-01T09:00:00+01:00",
                                 "Please remove the age.\nAnd the town.");
  kasus_case_add_review_comment (kase, "Author", NULL, "Done.");

  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_PLACE, "Skive");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_OCCUPATION, "skolelærer");
  kasus_case_set_ignored_words (kase, (const char *const[]){ "kemoregimet", "Østjylland", NULL });

  kasus_case_accept_finding (kase, "history", KASUS_CATEGORY_AGE, "som ung voksen",
                             "A stage of life, not an age.");
  kasus_case_accept_finding (kase, "sequencing", KASUS_CATEGORY_GENE, "BRCA2",
                             "Common gene, no variant named.");

  return kase;
}

static void
assert_cases_equal (KasusCase *a, KasusCase *b)
{
  GPtrArray *pa, *pb;

  g_assert_cmpstr (kasus_case_get_title (a), ==, kasus_case_get_title (b));
  g_assert_cmpstr (kasus_case_get_patient_group (a), ==, kasus_case_get_patient_group (b));
  g_assert_cmpint (kasus_case_get_analysis (a), ==, kasus_case_get_analysis (b));
  g_assert_cmpstr (kasus_case_get_prior_analyses (a), ==, kasus_case_get_prior_analyses (b));
  g_assert_cmpstr (kasus_case_get_author (a), ==, kasus_case_get_author (b));
  g_assert_cmpstr (kasus_case_get_department (a), ==, kasus_case_get_department (b));
  g_assert_cmpstr (kasus_case_get_region (a), ==, kasus_case_get_region (b));
  g_assert_cmpint (kasus_case_get_show_author (a), ==, kasus_case_get_show_author (b));
  g_assert_cmpint (kasus_case_get_language (a), ==, kasus_case_get_language (b));
  g_assert_cmpstr (kasus_case_get_template_id (a), ==, kasus_case_get_template_id (b));

  g_assert_cmpuint (kasus_case_get_n_sections (a), ==, kasus_case_get_n_sections (b));
  for (guint i = 0; i < kasus_case_get_n_sections (a); i++)
    {
      g_assert_cmpstr (kasus_case_get_section_id (a, i), ==, kasus_case_get_section_id (b, i));
      g_assert_cmpstr (kasus_case_get_section_text (a, i), ==, kasus_case_get_section_text (b, i));
    }

  for (guint i = 0; i < 4; i++)
    {
      const char *items[] = { "general-terms", "no-age", "no-variant-name", "never-set" };

      g_assert_cmpint (kasus_case_get_consent_item (a, items[i]), ==,
                       kasus_case_get_consent_item (b, items[i]));
    }
  g_assert_cmpint (kasus_case_get_consent_decision (a), ==, kasus_case_get_consent_decision (b));
  g_assert_cmpint (kasus_case_get_consent_obtained (a), ==, kasus_case_get_consent_obtained (b));
  g_assert_cmpstr (kasus_case_get_consent_date (a), ==, kasus_case_get_consent_date (b));

  g_assert_cmpint (kasus_case_get_review_status (a), ==, kasus_case_get_review_status (b));
  g_assert_cmpstr (kasus_case_get_reviewer (a), ==, kasus_case_get_reviewer (b));
  pa = kasus_case_get_review_comments (a);
  pb = kasus_case_get_review_comments (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      KasusReviewComment *ca = g_ptr_array_index (pa, i), *cb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (ca->author, ==, cb->author);
      g_assert_cmpstr (ca->date, ==, cb->date);
      g_assert_cmpstr (ca->text, ==, cb->text);
    }

  pa = kasus_case_get_known_identifiers (a);
  pb = kasus_case_get_known_identifiers (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      KasusKnownIdentifier *ka = g_ptr_array_index (pa, i), *kb = g_ptr_array_index (pb, i);

      g_assert_cmpint (ka->category, ==, kb->category);
      g_assert_cmpstr (ka->text, ==, kb->text);
    }

  g_assert_true (g_strv_equal (kasus_case_get_ignored_words (a), kasus_case_get_ignored_words (b)));

  pa = kasus_case_get_accepted_findings (a);
  pb = kasus_case_get_accepted_findings (b);
  g_assert_cmpuint (pa->len, ==, pb->len);
  for (guint i = 0; i < pa->len; i++)
    {
      KasusAcceptedFinding *fa = g_ptr_array_index (pa, i), *fb = g_ptr_array_index (pb, i);

      g_assert_cmpstr (fa->section, ==, fb->section);
      g_assert_cmpint (fa->category, ==, fb->category);
      g_assert_cmpstr (fa->text, ==, fb->text);
      g_assert_cmpstr (fa->reason, ==, fb->reason);
    }
}

/* Tests */

static void
test_new_from_template (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_EN, NULL);
  g_autoptr (KasusCase) kase = kasus_case_new (template);
  g_autoptr (KasusCase) danish = kasus_case_new (NULL);
  const char *ids[] = { "history", "prior-analyses", "sequencing", "added-value", "conclusion" };

  /* Title and patient group are metadata; the rest are text sections. */
  g_assert_cmpuint (kasus_case_get_n_sections (kase), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (kasus_case_get_section_id (kase, i), ==, ids[i]);
      g_assert_cmpstr (kasus_case_get_section_text (kase, i), ==, "");
      g_assert_cmpint (kasus_case_find_section (kase, ids[i]), ==, i);
    }
  g_assert_cmpint (kasus_case_find_section (kase, "title"), ==, -1);

  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_EN);
  g_assert_cmpstr (kasus_case_get_template_id (kase), ==, "wgs-case");
  g_assert_true (kasus_case_get_template (kase) == template);
  g_assert_cmpstr (kasus_case_get_title (kase), ==, "");
  g_assert_cmpint (kasus_case_get_analysis (kase), ==, KASUS_ANALYSIS_UNSET);
  g_assert_cmpint (kasus_case_get_consent_decision (kase), ==, KASUS_CONSENT_UNDECIDED);
  g_assert_null (kasus_case_get_consent_date (kase));
  g_assert_cmpint (kasus_case_get_review_status (kase), ==, KASUS_REVIEW_NEW);

  g_assert_cmpint (kasus_case_get_language (danish), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpuint (kasus_case_get_n_sections (danish), ==, G_N_ELEMENTS (ids));
}

static void
test_round_trip_data (void)
{
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (KasusCase) loaded = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *data = NULL;
  g_autofree char      *again = NULL;
  gsize                 length, length_again;

  data = kasus_case_to_data (kase, &length);
  g_assert_cmpuint (strlen (data), ==, length);
  g_assert_true (g_utf8_validate (data, length, NULL));

  loaded = kasus_case_new_from_data (data, length, "round-trip.kasus", &error);
  g_assert_no_error (error);
  assert_cases_equal (kase, loaded);

  /* Saving what was loaded gives the same bytes: nothing drifts. */
  again = kasus_case_to_data (loaded, &length_again);
  g_assert_cmpstr (data, ==, again);
}

static void
test_round_trip_file (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *path = g_build_filename (dir, "case.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (KasusCase) loaded = NULL;
  g_autoptr (GError)    error = NULL;

  g_assert_true (kasus_case_save (kase, file, &error));
  g_assert_no_error (error);

  loaded = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  assert_cases_equal (kase, loaded);

  kasus_test_remove_tree (dir);
}

/* The reader follows the documented contract, not just our own writer. */
static void
test_fixture_valid (void)
{
  g_autofree char            *path = kasus_test_fixture_path ("case-valid.kasus");
  g_autoptr (GFile)           file = g_file_new_for_path (path);
  g_autoptr (KasusCase)       kase = NULL;
  g_autoptr (GError)          error = NULL;
  const KasusReviewComment   *comment;
  const KasusKnownIdentifier *known;
  const KasusAcceptedFinding *accepted;

  kase = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (kasus_case_get_title (kase), ==,
                   "Uafklaret kardiomyopati fik en genetisk forklaring");
  g_assert_cmpstr (kasus_case_get_patient_group (kase), ==, "Arvelige hjertesygdomme");
  g_assert_cmpstr (kasus_case_get_prior_analyses (kase), ==, "Genpanel for kardiomyopati");
  g_assert_cmpstr (kasus_case_get_author (kase), ==, "Forfatterens navn");
  g_assert_cmpstr (kasus_case_get_department (kase), ==, "Klinisk Genetisk Afdeling");
  g_assert_cmpstr (kasus_case_get_region (kase), ==, "Region Midtjylland");
  g_assert_cmpint (kasus_case_get_analysis (kase), ==, KASUS_ANALYSIS_WGS);
  g_assert_true (kasus_case_get_show_author (kase));
  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpstr (kasus_case_get_template_id (kase), ==, "wgs-case");

  g_assert_cmpuint (kasus_case_get_n_sections (kase), ==, 5);
  g_assert_cmpstr (kasus_case_get_section_text (kase, 0), ==,
                   "Patienten fik som ung voksen tiltagende åndenød.\n"
                   "Ekkokardiografi viste nedsat pumpefunktion.");
  g_assert_cmpstr (kasus_case_get_section_id (kase, 4), ==, "conclusion");

  g_assert_true (kasus_case_get_consent_item (kase, "general-terms"));
  g_assert_false (kasus_case_get_consent_item (kase, "no-variant-name"));
  g_assert_cmpint (kasus_case_get_consent_decision (kase), ==, KASUS_CONSENT_NEEDED);
  g_assert_true (kasus_case_get_consent_obtained (kase));
  g_assert_cmpstr (kasus_case_get_consent_date (kase), ==, "2025-11-03");

  g_assert_cmpint (kasus_case_get_review_status (kase), ==, KASUS_REVIEW_COMMENTED);
  g_assert_cmpstr (kasus_case_get_reviewer (kase), ==, "Tovholderen");
  g_assert_cmpuint (kasus_case_get_review_comments (kase)->len, ==, 1);
  comment = g_ptr_array_index (kasus_case_get_review_comments (kase), 0);
  g_assert_cmpstr (comment->text, ==, "Skriv livsfase i stedet for alder.");
  g_assert_cmpstr (comment->date, ==, "2025-12-01T10:15:00+01:00");

  g_assert_cmpuint (kasus_case_get_known_identifiers (kase)->len, ==, 2);
  known = g_ptr_array_index (kasus_case_get_known_identifiers (kase), 1);
  g_assert_cmpint (known->category, ==, KASUS_CATEGORY_PLACE);
  g_assert_cmpstr (known->text, ==, "Skive");

  accepted = kasus_case_lookup_accepted (kase, "history", KASUS_CATEGORY_AGE, "som ung voksen");
  g_assert_nonnull (accepted);
  g_assert_cmpstr (accepted->reason, ==, "En livsfase, ikke en alder.");
}

static void
test_unknown_fields_ignored (void)
{
  g_autofree char      *valid = kasus_test_fixture_path ("case-valid.kasus");
  g_autofree char      *newer = kasus_test_fixture_path ("case-unknown-fields.kasus");
  g_autoptr (GFile)     valid_file = g_file_new_for_path (valid);
  g_autoptr (GFile)     newer_file = g_file_new_for_path (newer);
  g_autoptr (KasusCase) a = NULL;
  g_autoptr (KasusCase) b = NULL;
  g_autoptr (GError)    error = NULL;

  a = kasus_case_new_from_file (valid_file, &error);
  g_assert_no_error (error);
  b = kasus_case_new_from_file (newer_file, &error);
  g_assert_no_error (error);
  assert_cases_equal (a, b);
}

typedef struct
{
  const char *fixture;
  int         code;
  const char *in_message; /* besides the file name */
} MalformedFixture;

static const MalformedFixture malformed_fixtures[] = {
  { "case-truncated.kasus", KASUS_CASE_ERROR_MALFORMED, "ends too early" },
  { "case-not-utf8.kasus", KASUS_CASE_ERROR_NOT_UTF8, "UTF-8" },
  { "case-not-json.kasus", KASUS_CASE_ERROR_MALFORMED, ":1:" },
  { "case-empty.kasus", KASUS_CASE_ERROR_MALFORMED, "empty" },
  { "case-wrong-format.kasus", KASUS_CASE_ERROR_NOT_A_CASE, "not a Kasus case" },
  { "case-newer-version.kasus", KASUS_CASE_ERROR_NEWER_VERSION, "newer version" },
  { "case-wrong-type.kasus", KASUS_CASE_ERROR_WRONG_TYPE, "“sections”" },
};

static void
test_malformed_fixture (gconstpointer data)
{
  const MalformedFixture *fixture = data;
  g_autofree char  *path = g_test_build_filename (G_TEST_DIST, "fixtures", fixture->fixture, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *before = NULL;
  g_autofree char      *after = NULL;
  gsize                 before_len, after_len;

  before = kasus_test_read_file (path, &before_len);

  kase = kasus_case_new_from_file (file, &error);
  g_assert_null (kase);
  g_assert_error (error, KASUS_CASE_ERROR, fixture->code);
  assert_message_mentions (error, fixture->fixture);
  assert_message_mentions (error, fixture->in_message);

  /* The short name given by a caller (e.g. kasus-cli) is what is named. */
  g_clear_error (&error);
  kase = kasus_case_new_from_file_full (file, "given-name.kasus", &error);
  g_assert_null (kase);
  g_assert_error (error, KASUS_CASE_ERROR, fixture->code);
  g_assert_true (g_str_has_prefix (error->message, "given-name.kasus"));

  /* Reading never touches the file. */
  after = kasus_test_read_file (path, &after_len);
  g_assert_cmpmem (before, before_len, after, after_len);
}

static void
test_truncated_says_where (void)
{
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_data (
    "{\n  \"format\": \"kasus-case\",\n  \"version\": 1,\n  \"metadata\": x\n}", -1, "cut.kasus",
    &error);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_MALFORMED);
  /* line:column of the bad token, as editors and compilers print it. */
  assert_message_mentions (error, "cut.kasus:4:");
  g_assert_null (strstr (error->message, "ends too early"));
}

static void
test_not_utf8_says_where (void)
{
  g_autofree char      *path = kasus_test_fixture_path ("case-not-utf8.kasus");
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *contents = NULL;
  g_autofree char      *offset = NULL;
  gsize                 length;

  contents = kasus_test_read_file (path, &length);
  offset = g_strdup_printf ("offset %d (line 4)", (int) (strchr (contents, '\xe6') - contents));

  kase = kasus_case_new_from_data (contents, length, "latin1.kasus", &error);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_NOT_UTF8);
  assert_message_mentions (error, "latin1.kasus");
  assert_message_mentions (error, offset);
}

typedef struct
{
  const char *name;
  const char *json;
  const char *field;
} WrongType;

#define CASE_HEAD "\"format\": \"kasus-case\", \"version\": 1"

static const WrongType wrong_types[] = {
  { "version-string", "{\"format\": \"kasus-case\", \"version\": \"1\"}", "“version”" },
  { "version-missing", "{\"format\": \"kasus-case\"}", "“version”" },
  { "metadata-list", "{" CASE_HEAD ", \"metadata\": []}", "“metadata”" },
  { "title-number", "{" CASE_HEAD ", \"metadata\": {\"title\": 12}}", "“metadata.title”" },
  { "show-author-string", "{" CASE_HEAD ", \"metadata\": {\"show_author\": \"yes\"}}",
    "“metadata.show_author”" },
  { "analysis-unknown", "{" CASE_HEAD ", \"metadata\": {\"analysis\": \"pcr\"}}",
    "“metadata.analysis”" },
  { "template-object", "{" CASE_HEAD ", \"template\": {}}", "“template”" },
  { "section-text-list", "{" CASE_HEAD ", \"sections\": [{\"id\": \"history\", \"text\": []}]}",
    "“sections[0].text”" },
  { "section-not-object", "{" CASE_HEAD ", \"sections\": [\"history\"]}", "“sections[0]”" },
  { "section-no-id", "{" CASE_HEAD ", \"sections\": [{\"text\": \"x\"}]}", "“sections[0].id”" },
  { "consent-item-string", "{" CASE_HEAD ", \"consent\": {\"items\": {\"no-age\": \"yes\"}}}",
    "“consent.items.no-age”" },
  { "consent-decision-unknown", "{" CASE_HEAD ", \"consent\": {\"decision\": \"maybe\"}}",
    "“consent.decision”" },
  { "consent-obtained-number", "{" CASE_HEAD ", \"consent\": {\"obtained\": 1}}",
    "“consent.obtained”" },
  { "review-status-number", "{" CASE_HEAD ", \"review\": {\"status\": 2}}", "“review.status”" },
  { "review-comments-object", "{" CASE_HEAD ", \"review\": {\"comments\": {}}}",
    "“review.comments”" },
  { "known-category-unknown",
    "{" CASE_HEAD ", \"private\": {\"known_identifiers\": "
    "[{\"category\": \"shoe-size\", \"text\": \"43\"}]}}",
    "“private.known_identifiers[0].category”" },
  { "ignored-word-number", "{" CASE_HEAD ", \"private\": {\"ignored_words\": [\"ok\", 3]}}",
    "“private.ignored_words[1]”" },
  { "ignored-words-string", "{" CASE_HEAD ", \"private\": {\"ignored_words\": \"ok\"}}",
    "“private.ignored_words”" },
  { "accepted-text-bool",
    "{" CASE_HEAD ", \"accepted_findings\": [{\"section\": \"history\", "
    "\"category\": \"age\", \"text\": true}]}",
    "“accepted_findings[0].text”" },
};

static void
test_wrong_type (gconstpointer data)
{
  const WrongType      *wrong = data;
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_data (wrong->json, -1, "wrong.kasus", &error);
  g_assert_null (kase);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE);
  assert_message_mentions (error, "wrong.kasus");
  assert_message_mentions (error, wrong->field);
}

static void
test_not_a_case (void)
{
  const char *inputs[] = {
    "[1, 2, 3]",
    "\"kasus-case\"",
    "{\"version\": 1}",
    "{\"format\": 1, \"version\": 1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr (KasusCase) kase = NULL;
      g_autoptr (GError)    error = NULL;

      kase = kasus_case_new_from_data (inputs[i], -1, "other.json", &error);
      g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_NOT_A_CASE);
      assert_message_mentions (error, "other.json");
    }
}

static void
test_unreadable (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *missing = g_build_filename (dir, "missing.kasus", NULL);
  g_autoptr (GFile)     missing_file = g_file_new_for_path (missing);
  g_autoptr (GFile)     dir_file = g_file_new_for_path (dir);
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_file (missing_file, &error);
  g_assert_null (kase);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNREADABLE);
  assert_message_mentions (error, missing);
  assert_message_mentions (error, g_strerror (ENOENT));
  g_clear_error (&error);

  kase = kasus_case_new_from_file (dir_file, &error);
  g_assert_null (kase);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNREADABLE);
  assert_message_mentions (error, dir);

  kasus_test_remove_tree (dir);
}

static void
test_byte_order_mark (void)
{
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_data (
    "\xEF\xBB\xBF{" CASE_HEAD ", \"metadata\": {\"title\": \"BOM\"}}", -1, "bom.kasus", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kasus_case_get_title (kase), ==, "BOM");
}

/* Sections are laid out by the template; text the template does not know
 * is kept, after the template's own sections. */
static void
test_template_layout (void)
{
  const char *json =
    "{" CASE_HEAD ", \"template\": \"wgs-case\", \"metadata\": {\"language\": \"en\"},"
    " \"sections\": [{\"id\": \"conclusion\", \"text\": \"C\"},"
    "                {\"id\": \"from-the-future\", \"text\": \"F\"},"
    "                {\"id\": \"history\", \"text\": \"H\"}]}";
  const char *other =
    "{" CASE_HEAD ", \"template\": \"another-template\","
    " \"sections\": [{\"id\": \"b\", \"text\": \"B\"}, {\"id\": \"a\", \"text\": \"A\"}]}";
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (KasusCase) unknown = NULL;
  g_autoptr (GError)    error = NULL;

  kase = kasus_case_new_from_data (json, -1, "layout.kasus", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kasus_case_get_n_sections (kase), ==, 6);
  g_assert_cmpstr (kasus_case_get_section_id (kase, 0), ==, "history");
  g_assert_cmpstr (kasus_case_get_section_text (kase, 0), ==, "H");
  g_assert_cmpstr (kasus_case_get_section_text (kase, 1), ==, "");
  g_assert_cmpstr (kasus_case_get_section_id (kase, 4), ==, "conclusion");
  g_assert_cmpstr (kasus_case_get_section_text (kase, 4), ==, "C");
  g_assert_cmpstr (kasus_case_get_section_id (kase, 5), ==, "from-the-future");
  g_assert_cmpstr (kasus_case_get_section_text (kase, 5), ==, "F");
  g_assert_nonnull (kasus_case_get_template (kase));
  g_assert_cmpint (kasus_template_get_language (kasus_case_get_template (kase)), ==,
                   KASUS_LANGUAGE_EN);

  unknown = kasus_case_new_from_data (other, -1, "other.kasus", &error);
  g_assert_no_error (error);
  g_assert_null (kasus_case_get_template (unknown));
  g_assert_cmpstr (kasus_case_get_template_id (unknown), ==, "another-template");
  g_assert_cmpuint (kasus_case_get_n_sections (unknown), ==, 2);
  g_assert_cmpstr (kasus_case_get_section_id (unknown, 0), ==, "b");
}

static void
test_save_mode_0600 (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *fresh = g_build_filename (dir, "fresh.kasus", NULL);
  g_autofree char      *old = g_build_filename (dir, "old.kasus", NULL);
  g_autoptr (GFile)     fresh_file = g_file_new_for_path (fresh);
  g_autoptr (GFile)     old_file = g_file_new_for_path (old);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (GError)    error = NULL;
  mode_t                old_umask;

  /* Even with a permissive umask, and over a file others could read. */
  old_umask = umask (0);
  g_assert_true (kasus_case_save (kase, fresh_file, &error));
  g_assert_no_error (error);
  umask (old_umask);
  g_assert_cmpint (file_mode (fresh), ==, 0600);

  write_file (old, "old contents", 0644);
  g_assert_true (kasus_case_save (kase, old_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (file_mode (old), ==, 0600);

  kasus_test_remove_tree (dir);
}

static void
test_save_replaces_and_leaves_no_temp (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *path = g_build_filename (dir, "case.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (GError)    error = NULL;
  g_autofree char      *listing = NULL;
  g_autofree char      *on_disk = NULL;
  g_autofree char      *expected = NULL;
  gsize                 on_disk_len, expected_len;

  write_file (path, "an older version of the case, longer than nothing", 0600);

  for (guint i = 0; i < 3; i++)
    {
      kasus_case_set_title (kase, i == 0 ? "one" : i == 1 ? "two" : "three");
      g_assert_true (kasus_case_save (kase, file, &error));
      g_assert_no_error (error);
    }

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.kasus");

  on_disk = kasus_test_read_file (path, &on_disk_len);
  expected = kasus_case_to_data (kase, &expected_len);
  g_assert_cmpmem (on_disk, on_disk_len, expected, expected_len);

  kasus_test_remove_tree (dir);
}

/* A save that fails half-way — here the disk "fills up" after 100 bytes of
 * the temporary file, which root cannot talk its way around either — must
 * leave the old file byte-for-byte and no temporary file behind. */
static void
test_save_failure_keeps_old_file (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *path = g_build_filename (dir, "case.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (GError)    error = NULL;
  g_autofree char      *old = NULL;
  g_autofree char      *after = NULL;
  g_autofree char      *listing = NULL;
  gsize                 old_len, after_len;
  struct rlimit         saved, limited;
  void (*saved_handler) (int);
  gboolean saved_ok;

  /* The old file is a real case, bigger than the limit below. */
  g_assert_true (kasus_case_save (kase, file, &error));
  g_assert_no_error (error);
  old = kasus_test_read_file (path, &old_len);
  g_assert_cmpuint (old_len, >, 100);

  kasus_case_set_title (kase, "A new title that must not reach the disk");

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 100;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  saved_ok = kasus_case_save (kase, file, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);

  g_assert_false (saved_ok);
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNWRITABLE);
  assert_message_mentions (error, path);
  assert_message_mentions (error, g_strerror (EFBIG));

  after = kasus_test_read_file (path, &after_len);
  g_assert_cmpmem (old, old_len, after, after_len);
  g_assert_cmpint (file_mode (path), ==, 0600);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.kasus");

  kasus_test_remove_tree (dir);
}

/* A folder the user may not write in. Root may write anywhere, so there the
 * folder is one that cannot exist: its parent is a regular file. */
static void
test_save_read_only_folder (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *listing = NULL;
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (GError)    error = NULL;

  if (geteuid () != 0)
    {
      g_autofree char  *folder = g_build_filename (dir, "read-only", NULL);
      g_autofree char  *path = g_build_filename (folder, "case.kasus", NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autofree char  *after = NULL;
      gsize             after_len;

      g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
      write_file (path, "the old case", 0600);
      g_assert_cmpint (g_chmod (folder, 0500), ==, 0);

      g_assert_false (kasus_case_save (kase, file, &error));
      g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNWRITABLE);
      assert_message_mentions (error, path);
      assert_message_mentions (error, g_strerror (EACCES));
      g_clear_error (&error);

      g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
      after = kasus_test_read_file (path, &after_len);
      g_assert_cmpmem ("the old case", 12, after, after_len);
      listing = list_dir (folder);
      g_assert_cmpstr (listing, ==, "case.kasus");
      g_clear_pointer (&listing, g_free);
      kasus_test_remove_tree (folder);
    }

  {
    g_autofree char  *plain = g_build_filename (dir, "plain-file", NULL);
    g_autofree char  *path = g_build_filename (plain, "case.kasus", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autofree char  *after = NULL;
    gsize             after_len;

    write_file (plain, "not a folder", 0600);

    g_assert_false (kasus_case_save (kase, file, &error));
    g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNWRITABLE);
    assert_message_mentions (error, path);
    assert_message_mentions (error, g_strerror (ENOTDIR));

    after = kasus_test_read_file (plain, &after_len);
    g_assert_cmpmem ("not a folder", 12, after, after_len);
    listing = list_dir (dir);
    g_assert_cmpstr (listing, ==, "plain-file");
  }

  kasus_test_remove_tree (dir);
}

static void
test_save_onto_folder (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *path = g_build_filename (dir, "case.kasus", NULL);
  g_autofree char      *inside = g_build_filename (path, "keep.txt", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (GError)    error = NULL;
  g_autofree char      *listing = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  write_file (inside, "keep", 0600);

  g_assert_false (kasus_case_save (kase, file, &error));
  g_assert_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNWRITABLE);
  assert_message_mentions (error, path);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "case.kasus");
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  kasus_test_remove_tree (dir);
}

static void
test_save_through_link (void)
{
  g_autofree char      *dir = kasus_test_make_temp_dir ("kasus-test-case-XXXXXX");
  g_autofree char      *real = g_build_filename (dir, "real.kasus", NULL);
  g_autofree char      *link = g_build_filename (dir, "link.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (link);
  g_autoptr (KasusCase) kase = make_full_case ();
  g_autoptr (KasusCase) loaded = NULL;
  g_autoptr (GError)    error = NULL;
  g_autofree char      *listing = NULL;
  g_autoptr (GFile)     real_file = g_file_new_for_path (real);

  write_file (real, "old", 0600);
  g_assert_cmpint (symlink ("real.kasus", link), ==, 0);

  g_assert_true (kasus_case_save (kase, file, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  loaded = kasus_case_new_from_file (real_file, &error);
  g_assert_no_error (error);
  assert_cases_equal (kase, loaded);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "link.kasus real.kasus");

  kasus_test_remove_tree (dir);
}

typedef struct
{
  guint changed;
  guint notified;
  int   section;
  guint section_changed;
} Counts;

static void
on_changed (KasusCase *kase, Counts *counts)
{
  counts->changed++;
}

static void
on_notify (KasusCase *kase, GParamSpec *pspec, Counts *counts)
{
  counts->notified++;
}

static void
on_section_changed (KasusCase *kase, guint index, Counts *counts)
{
  counts->section = index;
  counts->section_changed++;
}

static void
test_signals (void)
{
  g_autoptr (KasusCase) kase = kasus_case_new (NULL);
  g_autofree char      *title = NULL;
  Counts                counts = { 0, 0, -1, 0 };

  g_signal_connect (kase, "changed", G_CALLBACK (on_changed), &counts);
  g_signal_connect (kase, "section-changed", G_CALLBACK (on_section_changed), &counts);
  g_signal_connect (kase, "notify::title", G_CALLBACK (on_notify), &counts);

  kasus_case_set_title (kase, "A title");
  g_assert_cmpuint (counts.notified, ==, 1);
  g_assert_cmpuint (counts.changed, ==, 1);

  /* Setting the same value again is not a change. */
  kasus_case_set_title (kase, "A title");
  g_assert_cmpuint (counts.notified, ==, 1);
  g_assert_cmpuint (counts.changed, ==, 1);

  /* The property and the setter are one and the same. */
  g_object_set (kase, "title", "Another", NULL);
  g_assert_cmpuint (counts.notified, ==, 2);
  g_object_get (kase, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Another");
  g_assert_cmpstr (kasus_case_get_metadata (kase, "title"), ==, "Another");

  kasus_case_set_section_text (kase, 2, "Sequencing");
  g_assert_cmpuint (counts.section_changed, ==, 1);
  g_assert_cmpint (counts.section, ==, 2);
  g_assert_cmpuint (counts.changed, ==, 3);
  kasus_case_set_section_text (kase, 2, "Sequencing");
  g_assert_cmpuint (counts.section_changed, ==, 1);

  kasus_case_set_analysis (kase, KASUS_ANALYSIS_WGS);
  kasus_case_set_consent_item (kase, "no-age", TRUE);
  kasus_case_set_consent_item (kase, "no-age", TRUE);
  kasus_case_set_consent_decision (kase, KASUS_CONSENT_ANONYMIZED);
  kasus_case_set_review_status (kase, KASUS_REVIEW_APPROVED);
  kasus_case_add_review_comment (kase, "T", NULL, "Fine");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens");
  kasus_case_accept_finding (kase, "history", KASUS_CATEGORY_AGE, "ung", "ok");
  g_assert_cmpuint (counts.changed, ==, 10);
}

static void
test_metadata_keys (void)
{
  g_autoptr (KasusCase) kase = kasus_case_new (NULL);
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  const char *keys[] = { "title",  "patient_group", "prior_analyses",
                         "author", "department",    "region" };
  const char *properties[] = { "title",  "patient-group", "prior-analyses",
                               "author", "department",    "region" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = g_strdup_printf ("value of %s", keys[i]);
      g_autofree char *from_property = NULL;

      kasus_case_set_metadata (kase, keys[i], value);
      g_assert_cmpstr (kasus_case_get_metadata (kase, keys[i]), ==, value);
      g_object_get (kase, properties[i], &from_property, NULL);
      g_assert_cmpstr (from_property, ==, value);
    }

  /* Every metadata_key in the template is one the case knows. */
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (section->metadata_key != NULL)
        g_assert_nonnull (kasus_case_get_metadata (kase, section->metadata_key));
    }

  kasus_case_set_metadata (kase, "analysis", "wes");
  g_assert_cmpint (kasus_case_get_analysis (kase), ==, KASUS_ANALYSIS_WES);
  g_assert_cmpstr (kasus_case_get_metadata (kase, "analysis"), ==, "wes");
  kasus_case_set_metadata (kase, "analysis", "");
  g_assert_cmpint (kasus_case_get_analysis (kase), ==, KASUS_ANALYSIS_UNSET);
  kasus_case_set_metadata (kase, "language", "en");
  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_EN);
  /* The prompts follow the language of the case. */
  g_assert_cmpint (kasus_template_get_language (kasus_case_get_template (kase)), ==,
                   KASUS_LANGUAGE_EN);
  g_assert_null (kasus_case_get_metadata (kase, "no-such-key"));

  kasus_case_set_title (kase, NULL);
  g_assert_cmpstr (kasus_case_get_title (kase), ==, "");
}

static void
test_accepted_and_known (void)
{
  g_autoptr (KasusCase)       kase = kasus_case_new (NULL);
  const KasusAcceptedFinding *accepted;
  GPtrArray                  *known;

  kasus_case_accept_finding (kase, "history", KASUS_CATEGORY_AGE, "i barnealderen",
                             "A stage of life");
  kasus_case_accept_finding (kase, "history", KASUS_CATEGORY_AGE, "i barnealderen",
                             "Updated reason");
  g_assert_cmpuint (kasus_case_get_accepted_findings (kase)->len, ==, 1);

  accepted = kasus_case_lookup_accepted (kase, "history", KASUS_CATEGORY_AGE, "i barnealderen");
  g_assert_nonnull (accepted);
  g_assert_cmpstr (accepted->reason, ==, "Updated reason");

  /* It matches the exact section, category and text only. */
  g_assert_null (
    kasus_case_lookup_accepted (kase, "conclusion", KASUS_CATEGORY_AGE, "i barnealderen"));
  g_assert_null (
    kasus_case_lookup_accepted (kase, "history", KASUS_CATEGORY_DATE, "i barnealderen"));
  g_assert_null (
    kasus_case_lookup_accepted (kase, "history", KASUS_CATEGORY_AGE, "i barnealderen,"));

  kasus_case_unaccept_finding (kase, 0);
  g_assert_null (
    kasus_case_lookup_accepted (kase, "history", KASUS_CATEGORY_AGE, "i barnealderen"));

  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_NAME, "Jens Hansen");
  kasus_case_add_known_identifier (kase, KASUS_CATEGORY_PLACE, "Skive");
  known = kasus_case_get_known_identifiers (kase);
  g_assert_cmpuint (known->len, ==, 2);
  kasus_case_remove_known_identifier (kase, 0);
  g_assert_cmpuint (known->len, ==, 1);
  g_assert_cmpstr (((KasusKnownIdentifier *) g_ptr_array_index (known, 0))->text, ==, "Skive");
}

static void
increment (guint *count)
{
  (*count)++;
}

/* Spelling's "ignore all" list is kept, sorted and without duplicates,
 * in the private block only; setting the same list again is no change. */
static void
test_ignored_words (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  g_autoptr (KasusCase)  kase = kasus_case_new (template);
  g_autoptr (KasusCase)  loaded = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError)     error = NULL;
  g_autofree char       *data = NULL;
  const char *const     *words;
  JsonObject            *root;
  JsonArray             *array;
  guint                  changed = 0;
  gsize                  length;

  words = kasus_case_get_ignored_words (kase);
  g_assert_nonnull (words);
  g_assert_cmpuint (g_strv_length ((char **) words), ==, 0);

  g_signal_connect_swapped (kase, "changed", G_CALLBACK (increment), &changed);
  kasus_case_set_ignored_words (kase, (const char *const[]){ "Pateinten", "abc", "", "abc", NULL });
  g_assert_cmpuint (changed, ==, 1);
  words = kasus_case_get_ignored_words (kase);
  g_assert_cmpuint (g_strv_length ((char **) words), ==, 2);
  g_assert_cmpstr (words[0], ==, "Pateinten");
  g_assert_cmpstr (words[1], ==, "abc");
  kasus_case_set_ignored_words (kase, (const char *const[]){ "abc", "Pateinten", NULL });
  g_assert_cmpuint (changed, ==, 1);

  data = kasus_case_to_data (kase, &length);
  g_assert_true (json_parser_load_from_data (parser, data, length, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_false (json_object_has_member (root, "ignored_words"));
  array =
    json_object_get_array_member (json_object_get_object_member (root, "private"), "ignored_words");
  g_assert_nonnull (array);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, "Pateinten");

  loaded = kasus_case_new_from_data (data, length, "ignored.kasus", &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal (kasus_case_get_ignored_words (loaded), words));

  kasus_case_set_ignored_words (kase, NULL);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) kasus_case_get_ignored_words (kase)), ==, 0);
}

/* Whole words, with Danish letters counted as letters. */
static gboolean
contains_word (const char *text, const char *word)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  gsize            len = strlen (word);

  for (const char *p = lower; (p = strstr (p, word)) != NULL; p++)
    {
      gboolean starts = p == lower || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean ends = p[len] == '\0' || !g_unichar_isalnum (g_utf8_get_char (p + len));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/* The demo is what a new user sees first: it must follow every rule. */
static void
test_demo (void)
{
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GError)    error = NULL;
  g_autoptr (GString)   all = g_string_new (NULL);
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  g_auto (GStrv) words = NULL;
  const char *forbidden[] = {
    "datter", "søn",      "sønnen",  "bror",           "broren",     "søster", "søsteren",  "mor",
    "moren",  "far",      "faren",   "forældre",       "forældrene", "børn",   "gift",      "enke",
    "årig",   "hospital", "sygehus", "rigshospitalet", "odense",     "aarhus", "københavn",
  };
  guint n_words = 0;

  kase = kasus_case_new_demo (&error);
  g_assert_no_error (error);

  g_assert_cmpint (kasus_case_get_language (kase), ==, KASUS_LANGUAGE_DA);
  g_assert_cmpint (kasus_case_get_analysis (kase), ==, KASUS_ANALYSIS_WGS);
  g_assert_cmpint (kasus_case_get_consent_decision (kase), ==, KASUS_CONSENT_ANONYMIZED);
  g_assert_cmpuint (kasus_case_get_known_identifiers (kase)->len, ==, 0);

  /* Every section of the template is written, in the template's order. */
  for (guint i = 0, j = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);
      const char                 *text;

      if (section->metadata_key != NULL)
        text = kasus_case_get_metadata (kase, section->metadata_key);
      else
        {
          g_assert_cmpstr (kasus_case_get_section_id (kase, j), ==, section->id);
          text = kasus_case_get_section_text (kase, j++);
        }
      g_assert_cmpstr (text, !=, "");
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }

  /* It states the analysis explicitly ... */
  g_assert_nonnull (strstr (all->str, "helgenomsekventering"));

  /* ... and has no ages, dates, years or numbers of any kind ... */
  for (const char *p = all->str; *p; p++)
    g_assert_false (g_ascii_isdigit (*p));

  /* ... no relatives, ages in words, hospitals or towns. */
  for (guint i = 0; i < G_N_ELEMENTS (forbidden); i++)
    if (contains_word (all->str, forbidden[i]))
      g_error ("The demo case says “%s”", forbidden[i]);

  words = g_strsplit_set (all->str, " \n", -1);
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      n_words++;
  g_assert_cmpuint (n_words, >=, 250);
  g_assert_cmpuint (n_words, <=, 400);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/case/new", test_new_from_template);
  g_test_add_func ("/case/round-trip/data", test_round_trip_data);
  g_test_add_func ("/case/round-trip/file", test_round_trip_file);
  g_test_add_func ("/case/load/fixture", test_fixture_valid);
  g_test_add_func ("/case/load/unknown-fields", test_unknown_fields_ignored);
  g_test_add_func ("/case/load/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/case/load/template-layout", test_template_layout);
  for (guint i = 0; i < G_N_ELEMENTS (malformed_fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case/malformed/%s", malformed_fixtures[i].fixture);

      g_test_add_data_func (path, &malformed_fixtures[i], test_malformed_fixture);
    }
  g_test_add_func ("/case/malformed/line-column", test_truncated_says_where);
  g_test_add_func ("/case/malformed/utf8-offset", test_not_utf8_says_where);
  g_test_add_func ("/case/malformed/not-a-case", test_not_a_case);
  for (guint i = 0; i < G_N_ELEMENTS (wrong_types); i++)
    {
      g_autofree char *path = g_strdup_printf ("/case/wrong-type/%s", wrong_types[i].name);

      g_test_add_data_func (path, &wrong_types[i], test_wrong_type);
    }
  g_test_add_func ("/case/unreadable", test_unreadable);
  g_test_add_func ("/case/save/mode-0600", test_save_mode_0600);
  g_test_add_func ("/case/save/no-temp-files", test_save_replaces_and_leaves_no_temp);
  g_test_add_func ("/case/save/failure-keeps-old-file", test_save_failure_keeps_old_file);
  g_test_add_func ("/case/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/case/save/onto-folder", test_save_onto_folder);
  g_test_add_func ("/case/save/through-link", test_save_through_link);
  g_test_add_func ("/case/signals", test_signals);
  g_test_add_func ("/case/metadata-keys", test_metadata_keys);
  g_test_add_func ("/case/accepted-and-known", test_accepted_and_known);
  g_test_add_func ("/case/ignored-words", test_ignored_words);
  g_test_add_func ("/case/demo", test_demo);

  return g_test_run ();
}
