/* test-template.c — the case template loads, in order, and is validated
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-template"

#include "config.h"

#include <string.h>

#include "kasus-core.h"
#include "kasus-template.h"

/* The order the network's template asks for. */
static const char *expected_ids[] = {
  "title", "patient-group", "history", "prior-analyses", "sequencing", "added-value", "conclusion",
};

static void
assert_builtin (KasusLanguage language)
{
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GError) error = NULL;

  template = kasus_template_new_default (language, &error);
  g_assert_no_error (error);
  g_assert_nonnull (template);

  g_assert_cmpstr (kasus_template_get_id (template), ==, "wgs-case");
  g_assert_cmpint (kasus_template_get_language (template), ==, language);
  g_assert_cmpstr (kasus_template_get_name (template), !=, "");

  g_assert_cmpuint (kasus_template_get_n_sections (template), ==, G_N_ELEMENTS (expected_ids));
  for (guint i = 0; i < G_N_ELEMENTS (expected_ids); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      g_assert_cmpstr (section->id, ==, expected_ids[i]);
      g_assert_true (strlen (section->title) > 0);
      /* The prompt is a placeholder: one line. The help says more. */
      g_assert_true (strlen (section->prompt) > 10);
      g_assert_null (strchr (section->prompt, '\n'));
      g_assert_true (strlen (section->help) > strlen (section->prompt));
      g_assert_true (section->required);
      g_assert_true (kasus_template_find_section (template, section->id) == section);
    }

  g_assert_cmpstr (kasus_template_get_section (template, 0)->metadata_key, ==, "title");
  g_assert_cmpstr (kasus_template_get_section (template, 1)->metadata_key, ==, "patient_group");
  for (guint i = 2; i < G_N_ELEMENTS (expected_ids); i++)
    g_assert_null (kasus_template_get_section (template, i)->metadata_key);

  g_assert_null (kasus_template_find_section (template, "no-such-section"));
  g_assert_null (kasus_template_find_section (template, NULL));
}

static void
test_builtin_da (void)
{
  g_autoptr (KasusTemplate) template = NULL;
  const KasusTemplateSection *sequencing;

  assert_builtin (KASUS_LANGUAGE_DA);

  /* The sequencing section must ask which analysis was used, and the help
   * must remind of the rules that keep the patient unrecognisable. */
  template = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
  sequencing = kasus_template_find_section (template, "sequencing");
  g_assert_nonnull (strstr (sequencing->prompt, "helgenom"));
  g_assert_nonnull (strstr (sequencing->prompt, "eksom"));
  g_assert_nonnull (strstr (kasus_template_find_section (template, "history")->help, "alder"));
  g_assert_nonnull (
    strstr (kasus_template_find_section (template, "conclusion")->help, "samtykke"));
}

static void
test_builtin_en (void)
{
  g_autoptr (KasusTemplate) template = NULL;
  const KasusTemplateSection *sequencing;

  assert_builtin (KASUS_LANGUAGE_EN);

  template = kasus_template_new_default (KASUS_LANGUAGE_EN, NULL);
  sequencing = kasus_template_find_section (template, "sequencing");
  g_assert_nonnull (strstr (sequencing->prompt, "whole-genome"));
  g_assert_nonnull (strstr (sequencing->prompt, "exome"));
  g_assert_nonnull (strstr (kasus_template_find_section (template, "history")->help, "age"));
  g_assert_nonnull (strstr (kasus_template_find_section (template, "conclusion")->help, "consent"));
}

static void
test_auto_is_danish (void)
{
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_AUTO, NULL);

  g_assert_cmpint (kasus_template_get_language (template), ==, KASUS_LANGUAGE_DA);
}

static void
test_minimal (void)
{
  const char *json = "{\"format\": \"kasus-template\", \"version\": 1, \"id\": \"mini\","
                     " \"language\": \"en\", \"name\": \"Mini\", \"sections\": ["
                     " {\"id\": \"one\", \"title\": \"One\", \"prompt\": \"Write one\"}]}";
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GError)          error = NULL;
  const KasusTemplateSection *section;

  template = kasus_template_new_from_data (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kasus_template_get_n_sections (template), ==, 1);
  section = kasus_template_get_section (template, 0);
  g_assert_cmpstr (section->help, ==, "");
  g_assert_false (section->required);
  g_assert_null (section->metadata_key);
}

typedef struct
{
  const char *name;
  const char *json;
  const char *in_message;
} InvalidCase;

#define HEAD                                                                                       \
  "\"format\": \"kasus-template\", \"version\": 1, \"id\": \"t\", \"language\": \"da\", "          \
  "\"name\": \"T\""
#define SECTION(id) "{\"id\": \"" id "\", \"title\": \"T\", \"prompt\": \"P\"}"

static const InvalidCase invalid_cases[] = {
  { "not-json", "{\"format\": ", NULL },
  { "not-object", "[1, 2]", NULL },
  { "wrong-format", "{\"format\": \"kasus-case\", \"version\": 1}", "format" },
  { "newer-version", "{\"format\": \"kasus-template\", \"version\": 2}", "2" },
  { "version-string", "{\"format\": \"kasus-template\", \"version\": \"1\"}", "version" },
  { "no-id",
    "{\"format\": \"kasus-template\", \"version\": 1, \"language\": \"da\", \"name\": \"T\","
    " \"sections\": [" SECTION ("a") "]}",
    "id" },
  { "bad-language",
    "{\"format\": \"kasus-template\", \"version\": 1, \"id\": \"t\", \"language\": \"sv\","
    " \"name\": \"T\", \"sections\": [" SECTION ("a") "]}",
    "sv" },
  { "no-sections", "{" HEAD ", \"sections\": []}", "sections" },
  { "sections-object", "{" HEAD ", \"sections\": {}}", "sections" },
  { "section-not-object", "{" HEAD ", \"sections\": [\"a\"]}", "section 1" },
  { "duplicate-id", "{" HEAD ", \"sections\": [" SECTION ("a") ", " SECTION ("a") "]}", "“a”" },
  { "bad-id", "{" HEAD ", \"sections\": [" SECTION ("A b") "]}", "A b" },
  { "empty-title",
    "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": \" \", \"prompt\": \"P\"}]}", "title" },
  { "no-prompt", "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": \"T\"}]}", "prompt" },
  { "two-line-prompt",
    "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": \"T\", \"prompt\": \"P\\nQ\"}]}",
    "line" },
  { "title-number", "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": 3, \"prompt\": \"P\"}]}",
    "title" },
  { "required-string",
    "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": \"T\", \"prompt\": \"P\","
    " \"required\": \"yes\"}]}",
    "required" },
  { "duplicate-key",
    "{" HEAD ", \"sections\": [{\"id\": \"a\", \"title\": \"T\", \"prompt\": \"P\","
    " \"metadata_key\": \"title\"}, {\"id\": \"b\", \"title\": \"T\", \"prompt\": \"P\","
    " \"metadata_key\": \"title\"}]}",
    "title" },
};

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *invalid = data;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GError) error = NULL;

  template = kasus_template_new_from_data (invalid->json, -1, &error);
  g_assert_null (template);
  g_assert_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID);
  if (invalid->in_message != NULL && strstr (error->message, invalid->in_message) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, invalid->in_message);
}

static void
test_not_utf8 (void)
{
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GError) error = NULL;

  template = kasus_template_new_from_data ("{\"format\": \"\xff\"}", -1, &error);
  g_assert_null (template);
  g_assert_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kasus_core_init ();

  g_test_add_func ("/template/builtin/da", test_builtin_da);
  g_test_add_func ("/template/builtin/en", test_builtin_en);
  g_test_add_func ("/template/builtin/auto", test_auto_is_danish);
  g_test_add_func ("/template/minimal", test_minimal);
  g_test_add_func ("/template/invalid/not-utf8", test_not_utf8);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/template/invalid/%s", invalid_cases[i].name);

      g_test_add_data_func (path, &invalid_cases[i], test_invalid);
    }

  return g_test_run ();
}
