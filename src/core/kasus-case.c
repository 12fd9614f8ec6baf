/* kasus-case.c — a patient case and its .kasus file
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-case"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-file.h"
#include "kasus-json-private.h"

typedef struct
{
  char *id;
  char *text;
} Section;

struct _KasusCase
{
  GObject parent_instance;

  KasusTemplate *template; /* NULL when the file names an unknown one */
  char *template_id;

  /* Metadata */
  char         *title;
  char         *patient_group;
  char         *prior_analyses;
  char         *author;
  char         *department;
  char         *region;
  KasusAnalysis analysis;
  KasusLanguage language;
  gboolean      show_author;

  GPtrArray *sections; /* Section */

  /* Consent */
  GHashTable          *consent_items; /* id → GINT_TO_POINTER (confirmed) */
  KasusConsentDecision consent_decision;
  gboolean             consent_obtained;
  char                *consent_date;

  /* Review */
  KasusReviewStatus review_status;
  char             *reviewer;
  GPtrArray        *review_comments; /* KasusReviewComment */

  GPtrArray *known_identifiers; /* KasusKnownIdentifier */
  GStrv      ignored_words;     /* spelling "ignore all", sorted */
  GPtrArray *accepted_findings; /* KasusAcceptedFinding */
};

G_DEFINE_FINAL_TYPE (KasusCase, kasus_case, G_TYPE_OBJECT)

G_DEFINE_QUARK (kasus - case -error - quark, kasus_case_error)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_PATIENT_GROUP,
  PROP_PRIOR_ANALYSES,
  PROP_AUTHOR,
  PROP_DEPARTMENT,
  PROP_REGION,
  PROP_ANALYSIS,
  PROP_LANGUAGE,
  PROP_SHOW_AUTHOR,
  PROP_TEMPLATE_ID,
  PROP_CONSENT_DECISION,
  PROP_CONSENT_OBTAINED,
  PROP_CONSENT_DATE,
  PROP_REVIEW_STATUS,
  PROP_REVIEWER,
  N_PROPS
};

enum
{
  CHANGED,
  SECTION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

/* The free-text metadata: file key, property, and where it lives. */
static const struct
{
  const char *key;
  guint       prop_id;
  gsize       offset;
} string_fields[] = {
  { "title", PROP_TITLE, G_STRUCT_OFFSET (KasusCase, title) },
  { "patient_group", PROP_PATIENT_GROUP, G_STRUCT_OFFSET (KasusCase, patient_group) },
  { "prior_analyses", PROP_PRIOR_ANALYSES, G_STRUCT_OFFSET (KasusCase, prior_analyses) },
  { "author", PROP_AUTHOR, G_STRUCT_OFFSET (KasusCase, author) },
  { "department", PROP_DEPARTMENT, G_STRUCT_OFFSET (KasusCase, department) },
  { "region", PROP_REGION, G_STRUCT_OFFSET (KasusCase, region) },
};

#define STRING_FIELD(self, i) G_STRUCT_MEMBER (char *, self, string_fields[i].offset)

static const GEnumValue consent_decision_values[] = {
  { KASUS_CONSENT_UNDECIDED, "KASUS_CONSENT_UNDECIDED", "undecided" },
  { KASUS_CONSENT_ANONYMIZED, "KASUS_CONSENT_ANONYMIZED", "anonymized" },
  { KASUS_CONSENT_NEEDED, "KASUS_CONSENT_NEEDED", "needed" },
  { 0, NULL, NULL },
};

static const GEnumValue review_status_values[] = {
  { KASUS_REVIEW_NEW, "KASUS_REVIEW_NEW", "new" },
  { KASUS_REVIEW_COMMENTED, "KASUS_REVIEW_COMMENTED", "commented" },
  { KASUS_REVIEW_APPROVED, "KASUS_REVIEW_APPROVED", "approved" },
  { KASUS_REVIEW_RETURNED, "KASUS_REVIEW_RETURNED", "returned" },
  { 0, NULL, NULL },
};

GType
kasus_consent_decision_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id,
                       g_enum_register_static (g_intern_static_string ("KasusConsentDecision"),
                                               consent_decision_values));
  return type_id;
}

GType
kasus_review_status_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    g_once_init_leave (
      &type_id,
      g_enum_register_static (g_intern_static_string ("KasusReviewStatus"), review_status_values));
  return type_id;
}

static const char *
enum_to_nick (const GEnumValue *values, int value)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (values[i].value == value)
      return values[i].value_nick;
  return values[0].value_nick;
}

static gboolean
enum_from_nick (const GEnumValue *values, const char *nick, int *value)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (g_strcmp0 (values[i].value_nick, nick) == 0)
      {
        *value = values[i].value;
        return TRUE;
      }
  return FALSE;
}

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->id);
  g_free (section->text);
  g_free (section);
}

static void
review_comment_free (gpointer data)
{
  KasusReviewComment *comment = data;

  g_free (comment->author);
  g_free (comment->date);
  g_free (comment->text);
  g_free (comment);
}

static void
known_identifier_free (gpointer data)
{
  KasusKnownIdentifier *known = data;

  g_free (known->text);
  g_free (known);
}

static void
accepted_finding_free (gpointer data)
{
  KasusAcceptedFinding *accepted = data;

  g_free (accepted->section);
  g_free (accepted->text);
  g_free (accepted->reason);
  g_free (accepted);
}

static void
emit_changed (KasusCase *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Replaces *field with a copy of value (NULL reads as ""); TRUE if it changed. */
static gboolean
replace_text (char **field, const char *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
set_string_field (KasusCase *self, guint i, const char *value)
{
  g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL));

  if (replace_text (&STRING_FIELD (self, i), value))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[string_fields[i].prop_id]);
      emit_changed (self);
    }
}

static int
string_field_for_prop (guint prop_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    if (string_fields[i].prop_id == prop_id)
      return i;
  return -1;
}

static void
kasus_case_finalize (GObject *object)
{
  KasusCase *self = KASUS_CASE (object);

  g_clear_object (&self->template);
  g_clear_pointer (&self->template_id, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    g_clear_pointer (&STRING_FIELD (self, i), g_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->consent_items, g_hash_table_unref);
  g_clear_pointer (&self->consent_date, g_free);
  g_clear_pointer (&self->reviewer, g_free);
  g_clear_pointer (&self->review_comments, g_ptr_array_unref);
  g_clear_pointer (&self->known_identifiers, g_ptr_array_unref);
  g_clear_pointer (&self->ignored_words, g_strfreev);
  g_clear_pointer (&self->accepted_findings, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_case_parent_class)->finalize (object);
}

static void
kasus_case_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusCase *self = KASUS_CASE (object);
  int        field = string_field_for_prop (prop_id);

  if (field >= 0)
    {
      g_value_set_string (value, STRING_FIELD (self, field));
      return;
    }

  switch (prop_id)
    {
      case PROP_ANALYSIS:
        g_value_set_enum (value, self->analysis);
        break;

      case PROP_LANGUAGE:
        g_value_set_enum (value, self->language);
        break;

      case PROP_SHOW_AUTHOR:
        g_value_set_boolean (value, self->show_author);
        break;

      case PROP_TEMPLATE_ID:
        g_value_set_string (value, self->template_id);
        break;

      case PROP_CONSENT_DECISION:
        g_value_set_enum (value, self->consent_decision);
        break;

      case PROP_CONSENT_OBTAINED:
        g_value_set_boolean (value, self->consent_obtained);
        break;

      case PROP_CONSENT_DATE:
        g_value_set_string (value, self->consent_date);
        break;

      case PROP_REVIEW_STATUS:
        g_value_set_enum (value, self->review_status);
        break;

      case PROP_REVIEWER:
        g_value_set_string (value, self->reviewer);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_case_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  KasusCase *self = KASUS_CASE (object);
  int        field = string_field_for_prop (prop_id);

  if (field >= 0)
    {
      set_string_field (self, field, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
      case PROP_ANALYSIS:
        kasus_case_set_analysis (self, g_value_get_enum (value));
        break;

      case PROP_LANGUAGE:
        kasus_case_set_language (self, g_value_get_enum (value));
        break;

      case PROP_SHOW_AUTHOR:
        kasus_case_set_show_author (self, g_value_get_boolean (value));
        break;

      case PROP_CONSENT_DECISION:
        kasus_case_set_consent_decision (self, g_value_get_enum (value));
        break;

      case PROP_CONSENT_OBTAINED:
        kasus_case_set_consent_obtained (self, g_value_get_boolean (value));
        break;

      case PROP_CONSENT_DATE:
        kasus_case_set_consent_date (self, g_value_get_string (value));
        break;

      case PROP_REVIEW_STATUS:
        kasus_case_set_review_status (self, g_value_get_enum (value));
        break;

      case PROP_REVIEWER:
        kasus_case_set_reviewer (self, g_value_get_string (value));
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_case_class_init (KasusCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kasus_case_finalize;
  object_class->get_property = kasus_case_get_property;
  object_class->set_property = kasus_case_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_PATIENT_GROUP] = g_param_spec_string ("patient-group", NULL, NULL, "", flags);
  properties[PROP_PRIOR_ANALYSES] = g_param_spec_string ("prior-analyses", NULL, NULL, "", flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, "", flags);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "", flags);
  properties[PROP_REGION] = g_param_spec_string ("region", NULL, NULL, "", flags);
  properties[PROP_ANALYSIS] =
    g_param_spec_enum ("analysis", NULL, NULL, KASUS_TYPE_ANALYSIS, KASUS_ANALYSIS_UNSET, flags);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, KASUS_TYPE_LANGUAGE, KASUS_LANGUAGE_DA, flags);
  properties[PROP_SHOW_AUTHOR] = g_param_spec_boolean ("show-author", NULL, NULL, FALSE, flags);
  properties[PROP_TEMPLATE_ID] = g_param_spec_string ("template-id", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_DECISION] = g_param_spec_enum (
    "consent-decision", NULL, NULL, KASUS_TYPE_CONSENT_DECISION, KASUS_CONSENT_UNDECIDED, flags);
  properties[PROP_CONSENT_OBTAINED] =
    g_param_spec_boolean ("consent-obtained", NULL, NULL, FALSE, flags);
  properties[PROP_CONSENT_DATE] = g_param_spec_string ("consent-date", NULL, NULL, NULL, flags);
  properties[PROP_REVIEW_STATUS] = g_param_spec_enum (
    "review-status", NULL, NULL, KASUS_TYPE_REVIEW_STATUS, KASUS_REVIEW_NEW, flags);
  properties[PROP_REVIEWER] = g_param_spec_string ("reviewer", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Any change at all: what "unsaved changes" and autosave listen to. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  signals[SECTION_CHANGED] =
    g_signal_new ("section-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
kasus_case_init (KasusCase *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    STRING_FIELD (self, i) = g_strdup ("");
  self->reviewer = g_strdup ("");
  self->language = KASUS_LANGUAGE_DA;
  self->sections = g_ptr_array_new_with_free_func (section_free);
  self->consent_items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->review_comments = g_ptr_array_new_with_free_func (review_comment_free);
  self->known_identifiers = g_ptr_array_new_with_free_func (known_identifier_free);
  self->ignored_words = g_new0 (char *, 1);
  self->accepted_findings = g_ptr_array_new_with_free_func (accepted_finding_free);
}

static void
add_section (KasusCase *self, const char *id, const char *text)
{
  Section *section = g_new0 (Section, 1);

  section->id = g_strdup (id);
  section->text = g_strdup (text ? text : "");
  g_ptr_array_add (self->sections, section);
}

static void
apply_template (KasusCase *self, KasusTemplate *template)
{
  g_set_object (&self->template, template);
  g_free (self->template_id);
  self->template_id = g_strdup (kasus_template_get_id (template));

  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (section->metadata_key == NULL)
        add_section (self, section->id, "");
    }
}

KasusCase *
kasus_case_new (KasusTemplate *template)
{
  g_autoptr (KasusTemplate) fallback = NULL;
  KasusCase                *self;

  g_return_val_if_fail (template == NULL || KASUS_IS_TEMPLATE (template), NULL);

  if (template == NULL)
    {
      fallback = kasus_template_new_default (KASUS_LANGUAGE_DA, NULL);
      g_return_val_if_fail (fallback != NULL, NULL);
      template = fallback;
    }

  self = g_object_new (KASUS_TYPE_CASE, NULL);
  self->language = kasus_template_get_language (template);
  apply_template (self, template);
  return self;
}

/* Loading */

typedef struct
{
  const char *name; /* the file, for messages */
  KasusCase  *self;
} Loader;

static gboolean
wrong_type (Loader *loader, const char *field, const char *expected, JsonNode *node, GError **error)
{
  g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE,
               /* Translators: "case.kasus: “metadata.title” should be text, but is a number" */
               _ ("%s: “%s” should be %s, but is %s"), loader->name, field, expected,
               _kasus_json_describe_node (node));
  return FALSE;
}

static gboolean
unknown_value (Loader *loader, const char *field, const char *value, GError **error)
{
  g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE,
               _ ("%s: “%s” has the unknown value “%s”"), loader->name, field, value);
  return FALSE;
}

/* A missing or null member leaves *value as it is. */
static gboolean
read_string (Loader     *loader,
             JsonObject *object,
             const char *member,
             const char *field,
             char      **value,
             GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!_kasus_json_holds_string (node))
    return wrong_type (loader, field, _ ("text"), node, error);

  g_free (*value);
  /* json-glib turns a lone surrogate escape ("\udc00") into bytes that
   * are not UTF-8: keep the rest of the text, or the case would save and
   * then not open again. */
  *value = g_utf8_make_valid (json_node_get_string (node), -1);
  return TRUE;
}

static gboolean
read_boolean (Loader     *loader,
              JsonObject *object,
              const char *member,
              const char *field,
              gboolean   *value,
              GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (loader, field, _ ("true or false"), node, error);

  *value = json_node_get_boolean (node);
  return TRUE;
}

/* A member that must be an object (or array); NULL with no error if missing. */
static JsonNode *
get_container (Loader      *loader,
               JsonObject  *object,
               const char  *member,
               const char  *field,
               JsonNodeType type,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (json_node_get_node_type (node) != type)
    {
      wrong_type (loader, field, type == JSON_NODE_ARRAY ? _ ("a list") : _ ("a group of fields"),
                  node, error);
      return NULL;
    }
  return node;
}

#define GET_OBJECT(l, o, m, f, e) get_container (l, o, m, f, JSON_NODE_OBJECT, e)
#define GET_ARRAY(l, o, m, f, e)  get_container (l, o, m, f, JSON_NODE_ARRAY, e)

/* Each element of a list must be a group of fields. */
static JsonObject *
get_element_object (Loader *loader, JsonArray *array, guint i, const char *list, GError **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *field = g_strdup_printf ("%s[%u]", list, i);

      wrong_type (loader, field, _ ("a group of fields"), node, error);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
read_category (Loader        *loader,
               JsonObject    *object,
               const char    *field_prefix,
               KasusCategory *category,
               GError       **error)
{
  g_autofree char *field = g_strdup_printf ("%s.category", field_prefix);
  g_autofree char *value = NULL;

  if (!read_string (loader, object, "category", field, &value, error))
    return FALSE;
  if (value == NULL || !kasus_category_from_string (value, category))
    return unknown_value (loader, field, value ? value : "", error);
  return TRUE;
}

static gboolean
load_metadata (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase       *self = loader->self;
  g_autofree char *analysis = NULL;
  g_autofree char *language = NULL;
  GError          *local_error = NULL;
  JsonObject      *metadata;
  JsonNode        *node;

  if (!(node = GET_OBJECT (loader, root, "metadata", "metadata", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  metadata = json_node_get_object (node);

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    {
      g_autofree char *field = g_strconcat ("metadata.", string_fields[i].key, NULL);

      if (!read_string (loader, metadata, string_fields[i].key, field, &STRING_FIELD (self, i),
                        error))
        return FALSE;
    }

  if (!read_boolean (loader, metadata, "show_author", "metadata.show_author", &self->show_author,
                     error))
    return FALSE;

  if (!read_string (loader, metadata, "analysis", "metadata.analysis", &analysis, error))
    return FALSE;
  if (analysis != NULL && !kasus_analysis_from_string (analysis, &self->analysis))
    return unknown_value (loader, "metadata.analysis", analysis, error);

  if (!read_string (loader, metadata, "language", "metadata.language", &language, error))
    return FALSE;
  if (language != NULL && !kasus_language_from_string (language, &self->language))
    return unknown_value (loader, "metadata.language", language, error);

  return TRUE;
}

static gboolean
load_sections (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase *self = loader->self;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (GPtrArray) from_file = g_ptr_array_new_with_free_func (section_free);
  GError               *local_error = NULL;
  JsonArray            *array = NULL;
  JsonNode             *node;

  node = GET_ARRAY (loader, root, "sections", "sections", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node != NULL)
    array = json_node_get_array (node);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("sections[%u]", i);
      g_autofree char *id_field = g_strconcat (prefix, ".id", NULL);
      g_autofree char *text_field = g_strconcat (prefix, ".text", NULL);
      g_autofree char *id = NULL;
      g_autofree char *text = NULL;
      JsonObject      *object;
      Section         *section;

      if (!(object = get_element_object (loader, array, i, "sections", error)))
        return FALSE;
      if (!read_string (loader, object, "id", id_field, &id, error) ||
          !read_string (loader, object, "text", text_field, &text, error))
        return FALSE;
      if (id == NULL || *id == '\0')
        {
          g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE,
                       _ ("%s: “%s” is missing"), loader->name, id_field);
          return FALSE;
        }

      section = g_new0 (Section, 1);
      section->id = g_steal_pointer (&id);
      section->text = text ? g_steal_pointer (&text) : g_strdup ("");
      g_ptr_array_add (from_file, section);
    }

  /* Lay the case out by its template when we know it, so the editor always
   * finds every section; sections the template does not know are kept after
   * them rather than dropped, so nothing the author wrote is lost. */
  template = kasus_template_new_default (self->language, NULL);
  if (template != NULL && (self->template_id == NULL ||
                           g_strcmp0 (self->template_id, kasus_template_get_id (template)) == 0))
    apply_template (self, template);

  for (guint i = 0; i < from_file->len; i++)
    {
      Section *section = g_ptr_array_index (from_file, i);
      int      index = kasus_case_find_section (self, section->id);

      if (index < 0)
        add_section (self, section->id, section->text);
      else if (((Section *) g_ptr_array_index (self->sections, index))->text[0] == '\0')
        replace_text (&((Section *) g_ptr_array_index (self->sections, index))->text,
                      section->text);
    }

  return TRUE;
}

static gboolean
load_consent (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase       *self = loader->self;
  g_autofree char *decision = NULL;
  GError          *local_error = NULL;
  JsonObject      *consent;
  JsonNode        *node;

  if (!(node = GET_OBJECT (loader, root, "consent", "consent", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  consent = json_node_get_object (node);

  node = GET_OBJECT (loader, consent, "items", "consent.items", &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (node != NULL)
    {
      g_autoptr (GList) members = json_object_get_members (json_node_get_object (node));

      for (const GList *l = members; l; l = l->next)
        {
          g_autofree char *field = g_strconcat ("consent.items.", l->data, NULL);
          gboolean         confirmed = FALSE;

          if (!read_boolean (loader, json_node_get_object (node), l->data, field, &confirmed,
                             error))
            return FALSE;
          g_hash_table_replace (self->consent_items, g_strdup (l->data),
                                GINT_TO_POINTER (confirmed));
        }
    }

  if (!read_string (loader, consent, "decision", "consent.decision", &decision, error))
    return FALSE;
  if (decision != NULL)
    {
      int value;

      if (!enum_from_nick (consent_decision_values, decision, &value))
        return unknown_value (loader, "consent.decision", decision, error);
      self->consent_decision = value;
    }

  if (!read_boolean (loader, consent, "obtained", "consent.obtained", &self->consent_obtained,
                     error) ||
      !read_string (loader, consent, "date", "consent.date", &self->consent_date, error))
    return FALSE;

  if (self->consent_date != NULL && self->consent_date[0] == '\0')
    g_clear_pointer (&self->consent_date, g_free);

  return TRUE;
}

static gboolean
load_review (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase       *self = loader->self;
  g_autofree char *status = NULL;
  GError          *local_error = NULL;
  JsonObject      *review;
  JsonArray       *comments;
  JsonNode        *node;

  if (!(node = GET_OBJECT (loader, root, "review", "review", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  review = json_node_get_object (node);

  if (!read_string (loader, review, "status", "review.status", &status, error))
    return FALSE;
  if (status != NULL)
    {
      int value;

      if (!enum_from_nick (review_status_values, status, &value))
        return unknown_value (loader, "review.status", status, error);
      self->review_status = value;
    }

  if (!read_string (loader, review, "reviewer", "review.reviewer", &self->reviewer, error))
    return FALSE;

  if (!(node = GET_ARRAY (loader, review, "comments", "review.comments", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  comments = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (comments); i++)
    {
      g_autofree char    *prefix = g_strdup_printf ("review.comments[%u]", i);
      g_autofree char    *author_field = g_strconcat (prefix, ".author", NULL);
      g_autofree char    *date_field = g_strconcat (prefix, ".date", NULL);
      g_autofree char    *text_field = g_strconcat (prefix, ".text", NULL);
      KasusReviewComment *comment;
      JsonObject         *object;

      if (!(object = get_element_object (loader, comments, i, "review.comments", error)))
        return FALSE;

      comment = g_new0 (KasusReviewComment, 1);
      g_ptr_array_add (self->review_comments, comment);
      if (!read_string (loader, object, "author", author_field, &comment->author, error) ||
          !read_string (loader, object, "date", date_field, &comment->date, error) ||
          !read_string (loader, object, "text", text_field, &comment->text, error))
        return FALSE;
      if (comment->author == NULL)
        comment->author = g_strdup ("");
      if (comment->text == NULL)
        comment->text = g_strdup ("");
    }

  return TRUE;
}

static gboolean
load_ignored_words (Loader *loader, JsonObject *private, GError **error)
{
  KasusCase               *self = loader->self;
  g_autoptr (GStrvBuilder) builder = NULL;
  GError                  *local_error = NULL;
  JsonArray               *words;
  JsonNode                *node;

  if (!(node = GET_ARRAY (loader, private, "ignored_words", "private.ignored_words", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  words = json_node_get_array (node);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (words); i++)
    {
      JsonNode *element = json_array_get_element (words, i);

      if (!_kasus_json_holds_string (element))
        {
          g_autofree char *field = g_strdup_printf ("private.ignored_words[%u]", i);

          return wrong_type (loader, field, _ ("text"), element, error);
        }
      {
        g_autofree char *word = g_utf8_make_valid (json_node_get_string (element), -1);

        g_strv_builder_add (builder, word);
      }
    }

  g_strfreev (self->ignored_words);
  self->ignored_words = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
load_private (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase *self = loader->self;
  GError    *local_error = NULL;
  JsonArray *known;
  JsonNode  *node;

  if (!(node = GET_OBJECT (loader, root, "private", "private", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  if (!load_ignored_words (loader, json_node_get_object (node), error))
    return FALSE;
  if (!(node = GET_ARRAY (loader, json_node_get_object (node), "known_identifiers",
                          "private.known_identifiers", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  known = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (known); i++)
    {
      g_autofree char *prefix = g_strdup_printf ("private.known_identifiers[%u]", i);
      g_autofree char *text_field = g_strconcat (prefix, ".text", NULL);
      g_autofree char *text = NULL;
      KasusCategory    category;
      JsonObject      *object;

      if (!(object = get_element_object (loader, known, i, "private.known_identifiers", error)) ||
          !read_category (loader, object, prefix, &category, error) ||
          !read_string (loader, object, "text", text_field, &text, error))
        return FALSE;

      /* An empty identifier would match everywhere. */
      if (text != NULL && *text != '\0')
        {
          KasusKnownIdentifier *entry = g_new0 (KasusKnownIdentifier, 1);

          entry->category = category;
          entry->text = g_steal_pointer (&text);
          g_ptr_array_add (self->known_identifiers, entry);
        }
    }

  return TRUE;
}

static gboolean
load_accepted (Loader *loader, JsonObject *root, GError **error)
{
  KasusCase *self = loader->self;
  GError    *local_error = NULL;
  JsonArray *accepted;
  JsonNode  *node;

  if (!(node = GET_ARRAY (loader, root, "accepted_findings", "accepted_findings", &local_error)))
    {
      if (local_error)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }
  accepted = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (accepted); i++)
    {
      g_autofree char      *prefix = g_strdup_printf ("accepted_findings[%u]", i);
      g_autofree char      *section_field = g_strconcat (prefix, ".section", NULL);
      g_autofree char      *text_field = g_strconcat (prefix, ".text", NULL);
      g_autofree char      *reason_field = g_strconcat (prefix, ".reason", NULL);
      KasusAcceptedFinding *entry;
      JsonObject           *object;

      if (!(object = get_element_object (loader, accepted, i, "accepted_findings", error)))
        return FALSE;

      entry = g_new0 (KasusAcceptedFinding, 1);
      g_ptr_array_add (self->accepted_findings, entry);
      if (!read_string (loader, object, "section", section_field, &entry->section, error) ||
          !read_category (loader, object, prefix, &entry->category, error) ||
          !read_string (loader, object, "text", text_field, &entry->text, error) ||
          !read_string (loader, object, "reason", reason_field, &entry->reason, error))
        return FALSE;
      if (entry->section == NULL)
        entry->section = g_strdup ("");
      if (entry->text == NULL)
        entry->text = g_strdup ("");
      if (entry->reason == NULL)
        entry->reason = g_strdup ("");
    }

  return TRUE;
}

/* A case that starts like one but does not end like one was most likely cut
 * short: a full disk, a copy that stopped, a mail attachment. Saying so helps
 * more than the parser's view of the last token. */
static gboolean
looks_cut_short (const char *data, gsize length)
{
  const char *start = data, *end = data + length;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  return start < end && *start == '{' && end[-1] != '}';
}

KasusCase *
kasus_case_new_from_data (const char *data, gssize length, const char *display_name, GError **error)
{
  g_autoptr (KasusCase)  self = NULL;
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError)     local_error = NULL;
  const char            *invalid = NULL;
  const char            *format;
  JsonObject            *root;
  JsonNode              *node;
  Loader                 loader;
  gint64                 version;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  if (data == NULL)
    data = ""; /* an empty file: json-glib wants a string, not NULL */

  if (display_name == NULL)
    display_name = _ ("the case");
  if (length < 0)
    length = strlen (data);

  /* Editors on Windows like to start UTF-8 with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!g_utf8_validate (data, length, &invalid))
    {
      gsize offset = invalid - data;
      guint line = 1;

      for (const char *p = data; p < invalid; p++)
        if (*p == '\n')
          line++;
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_NOT_UTF8,
                   _ ("%s: not UTF-8 text: invalid byte at offset %lu (line %u)"), display_name,
                   (unsigned long) offset, line);
      return NULL;
    }

  if (!kasus_core_json_depth_ok (data, length, KASUS_CORE_JSON_MAX_DEPTH))
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_MALFORMED,
                   _ ("%s: damaged file: nested more than %d levels deep"), display_name,
                   KASUS_CORE_JSON_MAX_DEPTH);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_autofree char *detail = NULL;
      int              line, column;

      detail = _kasus_json_parse_error (local_error->message, &line, &column);
      if (looks_cut_short (data, length))
        g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_MALFORMED,
                     /* Translators: "case.kasus:25:3: damaged file, not valid JSON: …" */
                     _ ("%s:%d:%d: damaged file, not valid JSON: it ends too early, "
                        "as if cut short (%s)"),
                     display_name, line, column, detail);
      else
        g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_MALFORMED,
                     /* Translators: "case.kasus:2:7: damaged file, not valid JSON (…)" */
                     _ ("%s:%d:%d: damaged file, not valid JSON (%s)"), display_name, line, column,
                     detail);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL)
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_MALFORMED, _ ("%s: the file is empty"),
                   display_name);
      return NULL;
    }

  format = NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *format_node = json_object_get_member (json_node_get_object (node), "format");

      if (format_node != NULL && _kasus_json_holds_string (format_node))
        format = json_node_get_string (format_node);
    }
  if (g_strcmp0 (format, KASUS_CASE_FORMAT) != 0)
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_NOT_A_CASE,
                   _ ("%s: not a Kasus case file"), display_name);
      return NULL;
    }
  root = json_node_get_object (node);

  loader.name = display_name;
  loader.self = NULL;

  node = json_object_get_member (root, "version");
  if (node == NULL)
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE, _ ("%s: “%s” is missing"),
                   display_name, "version");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      wrong_type (&loader, "version", _ ("a whole number"), node, error);
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > KASUS_CASE_VERSION)
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_NEWER_VERSION,
                   _ ("%s: written by a newer version of Kasus (file format %lld, "
                      "this version reads up to %d); update Kasus to open it"),
                   display_name, (long long) version, KASUS_CASE_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_WRONG_TYPE,
                   _ ("%s: “version” has the unknown value %lld"), display_name,
                   (long long) version);
      return NULL;
    }

  self = g_object_new (KASUS_TYPE_CASE, NULL);
  loader.self = self;

  node = json_object_get_member (root, "template");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node) && !_kasus_json_holds_string (node))
    {
      wrong_type (&loader, "template", _ ("text"), node, error);
      return NULL;
    }
  /* No template at all reads as the built-in one (see load_sections). */
  if (node != NULL && _kasus_json_holds_string (node) && *json_node_get_string (node) != '\0')
    self->template_id = g_utf8_make_valid (json_node_get_string (node), -1);

  if (!load_metadata (&loader, root, error) || !load_sections (&loader, root, error) ||
      !load_consent (&loader, root, error) || !load_review (&loader, root, error) ||
      !load_private (&loader, root, error) || !load_accepted (&loader, root, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Reads a local file with errno at hand, so the message can say why in
 * plain words and name the file once. */
static gboolean
read_local_file (const char *path, const char *name, char **contents, gsize *length, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  /* Only a regular file: a FIFO must not block, /dev/zero must not fill
   * the memory, and a case is never bigger than KASUS_CORE_MAX_FILE_SIZE. */
  if (kasus_core_read_file (path, name, KASUS_CORE_MAX_FILE_SIZE, contents, length, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ISDIR))
    g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNREADABLE,
                 _ ("%s: cannot be read: it is a folder, not a case file"), name);
  else
    g_set_error_literal (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNREADABLE,
                         local_error->message);
  return FALSE;
}

KasusCase *
kasus_case_new_from_file_full (GFile *file, const char *display_name, GError **error)
{
  g_autofree char *parse_name = NULL;
  g_autofree char *contents = NULL;
  gsize            length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = parse_name = g_file_get_parse_name (file);

  if (g_file_peek_path (file) != NULL)
    {
      if (!read_local_file (g_file_peek_path (file), display_name, &contents, &length, error))
        return NULL;
    }
  else
    {
      g_autoptr (GError) local_error = NULL;

      if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
        {
          g_set_error (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNREADABLE,
                       _ ("%s: cannot be read: %s"), display_name, local_error->message);
          return NULL;
        }
    }

  return kasus_case_new_from_data (contents, length, display_name, error);
}

KasusCase *
kasus_case_new_from_file (GFile *file, GError **error)
{
  return kasus_case_new_from_file_full (file, NULL, error);
}

KasusCase *
kasus_case_new_demo (GError **error)
{
  g_autoptr (GBytes) bytes = NULL;

  bytes = kasus_core_lookup_resource ("templates/demo-da.kasus", error);
  if (bytes == NULL)
    return NULL;

  return kasus_case_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   "demo-da.kasus", error);
}

/* Saving */

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
add_string (JsonBuilder *builder, const char *member, const char *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_boolean (JsonBuilder *builder, const char *member, gboolean value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, value);
}

char *
kasus_case_to_data (KasusCase *self, gsize *length)
{
  g_autoptr (JsonBuilder)   builder = json_builder_new_immutable ();
  g_autoptr (JsonGenerator) generator = NULL;
  g_autoptr (JsonNode)      root = NULL;
  g_autoptr (GPtrArray)     item_ids = NULL;
  g_autofree char          *json = NULL;
  GHashTableIter            iter;
  gpointer                  key;
  char                     *data;
  gsize                     len;

  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", KASUS_CASE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KASUS_CASE_VERSION);

  json_builder_set_member_name (builder, "metadata");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    add_string (builder, string_fields[i].key, STRING_FIELD (self, i));
  add_string (builder, "analysis",
              self->analysis == KASUS_ANALYSIS_UNSET ? NULL
                                                     : kasus_analysis_to_string (self->analysis));
  add_boolean (builder, "show_author", self->show_author);
  add_string (builder, "language", kasus_language_to_string (self->language));
  json_builder_end_object (builder);

  add_string (builder, "template", self->template_id);

  json_builder_set_member_name (builder, "sections");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", section->id);
      add_string (builder, "text", section->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* Sorted, so that saving twice gives the same bytes. */
  item_ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->consent_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (item_ids, key);
  g_ptr_array_sort (item_ids, compare_strings);

  json_builder_set_member_name (builder, "consent");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_object (builder);
  for (guint i = 0; i < item_ids->len; i++)
    add_boolean (
      builder, g_ptr_array_index (item_ids, i),
      GPOINTER_TO_INT (g_hash_table_lookup (self->consent_items, g_ptr_array_index (item_ids, i))));
  json_builder_end_object (builder);
  add_string (builder, "decision", enum_to_nick (consent_decision_values, self->consent_decision));
  add_boolean (builder, "obtained", self->consent_obtained);
  add_string (builder, "date", self->consent_date);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "review");
  json_builder_begin_object (builder);
  add_string (builder, "status", enum_to_nick (review_status_values, self->review_status));
  add_string (builder, "reviewer", self->reviewer);
  json_builder_set_member_name (builder, "comments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->review_comments->len; i++)
    {
      KasusReviewComment *comment = g_ptr_array_index (self->review_comments, i);

      json_builder_begin_object (builder);
      add_string (builder, "author", comment->author);
      add_string (builder, "date", comment->date);
      add_string (builder, "text", comment->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "private");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "known_identifiers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->known_identifiers->len; i++)
    {
      KasusKnownIdentifier *known = g_ptr_array_index (self->known_identifiers, i);

      json_builder_begin_object (builder);
      add_string (builder, "category", kasus_category_to_string (known->category));
      add_string (builder, "text", known->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "ignored_words");
  json_builder_begin_array (builder);
  for (guint i = 0; self->ignored_words[i] != NULL; i++)
    json_builder_add_string_value (builder, self->ignored_words[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "accepted_findings");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->accepted_findings->len; i++)
    {
      KasusAcceptedFinding *accepted = g_ptr_array_index (self->accepted_findings, i);

      json_builder_begin_object (builder);
      add_string (builder, "section", accepted->section);
      add_string (builder, "category", kasus_category_to_string (accepted->category));
      add_string (builder, "text", accepted->text);
      add_string (builder, "reason", accepted->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &len);

  data = g_malloc (len + 2);
  memcpy (data, json, len);
  data[len++] = '\n';
  data[len] = '\0';
  if (length != NULL)
    *length = len;
  return data;
}

gboolean
kasus_case_save (KasusCase *self, GFile *file, GError **error)
{
  g_autofree char   *name = NULL;
  g_autofree char   *data = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize              length;

  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The case names a patient's identifiers in its private block. */
  name = g_file_get_parse_name (file);
  data = kasus_case_to_data (self, &length);
  if (!kasus_file_write_private (file, name, data, length, &local_error))
    {
      g_set_error_literal (error, KASUS_CASE_ERROR, KASUS_CASE_ERROR_UNWRITABLE,
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Metadata */

#define DEFINE_STRING_ACCESSORS(field, index)                                                      \
  const char *kasus_case_get_##field (KasusCase *self)                                             \
  {                                                                                                \
    g_return_val_if_fail (KASUS_IS_CASE (self), NULL);                                             \
    return self->field;                                                                            \
  }                                                                                                \
                                                                                                   \
  void kasus_case_set_##field (KasusCase *self, const char *value)                                 \
  {                                                                                                \
    g_return_if_fail (KASUS_IS_CASE (self));                                                       \
    set_string_field (self, index, value);                                                         \
  }

DEFINE_STRING_ACCESSORS (title, 0)
DEFINE_STRING_ACCESSORS (patient_group, 1)
DEFINE_STRING_ACCESSORS (prior_analyses, 2)
DEFINE_STRING_ACCESSORS (author, 3)
DEFINE_STRING_ACCESSORS (department, 4)
DEFINE_STRING_ACCESSORS (region, 5)

KasusAnalysis
kasus_case_get_analysis (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), KASUS_ANALYSIS_UNSET);

  return self->analysis;
}

void
kasus_case_set_analysis (KasusCase *self, KasusAnalysis analysis)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (analysis <= KASUS_ANALYSIS_WES);

  if (self->analysis == analysis)
    return;
  self->analysis = analysis;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANALYSIS]);
  emit_changed (self);
}

gboolean
kasus_case_get_show_author (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);

  return self->show_author;
}

void
kasus_case_set_show_author (KasusCase *self, gboolean show)
{
  g_return_if_fail (KASUS_IS_CASE (self));

  show = !!show;
  if (self->show_author == show)
    return;
  self->show_author = show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_AUTHOR]);
  emit_changed (self);
}

KasusLanguage
kasus_case_get_language (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), KASUS_LANGUAGE_AUTO);

  return self->language;
}

void
kasus_case_set_language (KasusCase *self, KasusLanguage language)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (language <= KASUS_LANGUAGE_EN);

  if (self->language == language)
    return;
  self->language = language;

  /* The built-in template exists in both languages with the same sections:
   * follow the case's language so prompts and help match the text. */
  if (self->template != NULL)
    {
      g_autoptr (KasusTemplate) translated = kasus_template_new_default (language, NULL);

      if (translated != NULL &&
          g_strcmp0 (kasus_template_get_id (translated), self->template_id) == 0)
        g_set_object (&self->template, translated);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  emit_changed (self);
}

const char *
kasus_case_get_template_id (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->template_id;
}

KasusTemplate *
kasus_case_get_template (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->template;
}

const char *
kasus_case_get_metadata (KasusCase *self, const char *key)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    if (g_str_equal (string_fields[i].key, key))
      return STRING_FIELD (self, i);

  if (g_str_equal (key, "analysis"))
    return self->analysis == KASUS_ANALYSIS_UNSET ? "" : kasus_analysis_to_string (self->analysis);
  if (g_str_equal (key, "language"))
    return kasus_language_to_string (self->language);

  return NULL;
}

void
kasus_case_set_metadata (KasusCase *self, const char *key, const char *value)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (key != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (string_fields); i++)
    if (g_str_equal (string_fields[i].key, key))
      {
        set_string_field (self, i, value);
        return;
      }

  if (g_str_equal (key, "analysis"))
    {
      KasusAnalysis analysis = KASUS_ANALYSIS_UNSET;

      if (value != NULL && *value != '\0' && !kasus_analysis_from_string (value, &analysis))
        g_critical ("Unknown analysis “%s”", value);
      else
        kasus_case_set_analysis (self, analysis);
      return;
    }

  if (g_str_equal (key, "language"))
    {
      KasusLanguage language;

      if (!kasus_language_from_string (value, &language))
        g_critical ("Unknown language “%s”", value);
      else
        kasus_case_set_language (self, language);
      return;
    }

  g_critical ("Unknown metadata key “%s”", key);
}

/* Sections */

guint
kasus_case_get_n_sections (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), 0);

  return self->sections->len;
}

const char *
kasus_case_get_section_id (KasusCase *self, guint index)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return ((Section *) g_ptr_array_index (self->sections, index))->id;
}

const char *
kasus_case_get_section_text (KasusCase *self, guint index)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return ((Section *) g_ptr_array_index (self->sections, index))->text;
}

void
kasus_case_set_section_text (KasusCase *self, guint index, const char *text)
{
  Section *section;

  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (index < self->sections->len);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  section = g_ptr_array_index (self->sections, index);
  if (!replace_text (&section->text, text))
    return;

  g_signal_emit (self, signals[SECTION_CHANGED], 0, index);
  emit_changed (self);
}

int
kasus_case_find_section (KasusCase *self, const char *id)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), -1);

  if (id == NULL)
    return -1;

  for (guint i = 0; i < self->sections->len; i++)
    if (g_str_equal (((Section *) g_ptr_array_index (self->sections, i))->id, id))
      return i;
  return -1;
}

/* Consent */

gboolean
kasus_case_get_consent_item (KasusCase *self, const char *item_id)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->consent_items, item_id));
}

void
kasus_case_set_consent_item (KasusCase *self, const char *item_id, gboolean confirmed)
{
  gpointer old;

  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (item_id != NULL);

  confirmed = !!confirmed;
  if (g_hash_table_lookup_extended (self->consent_items, item_id, NULL, &old) &&
      GPOINTER_TO_INT (old) == confirmed)
    return;

  g_hash_table_replace (self->consent_items, g_strdup (item_id), GINT_TO_POINTER (confirmed));
  emit_changed (self);
}

KasusConsentDecision
kasus_case_get_consent_decision (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), KASUS_CONSENT_UNDECIDED);

  return self->consent_decision;
}

void
kasus_case_set_consent_decision (KasusCase *self, KasusConsentDecision decision)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (decision <= KASUS_CONSENT_NEEDED);

  if (self->consent_decision == decision)
    return;
  self->consent_decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_DECISION]);
  emit_changed (self);
}

gboolean
kasus_case_get_consent_obtained (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), FALSE);

  return self->consent_obtained;
}

void
kasus_case_set_consent_obtained (KasusCase *self, gboolean obtained)
{
  g_return_if_fail (KASUS_IS_CASE (self));

  obtained = !!obtained;
  if (self->consent_obtained == obtained)
    return;
  self->consent_obtained = obtained;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_OBTAINED]);
  emit_changed (self);
}

const char *
kasus_case_get_consent_date (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->consent_date;
}

void
kasus_case_set_consent_date (KasusCase *self, const char *date)
{
  g_return_if_fail (KASUS_IS_CASE (self));

  if (date != NULL && *date == '\0')
    date = NULL;
  if (g_strcmp0 (self->consent_date, date) == 0)
    return;
  g_free (self->consent_date);
  self->consent_date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_DATE]);
  emit_changed (self);
}

/* Review */

KasusReviewStatus
kasus_case_get_review_status (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), KASUS_REVIEW_NEW);

  return self->review_status;
}

void
kasus_case_set_review_status (KasusCase *self, KasusReviewStatus status)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (status <= KASUS_REVIEW_RETURNED);

  if (self->review_status == status)
    return;
  self->review_status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_STATUS]);
  emit_changed (self);
}

const char *
kasus_case_get_reviewer (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->reviewer;
}

void
kasus_case_set_reviewer (KasusCase *self, const char *reviewer)
{
  g_return_if_fail (KASUS_IS_CASE (self));

  if (!replace_text (&self->reviewer, reviewer))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER]);
  emit_changed (self);
}

GPtrArray *
kasus_case_get_review_comments (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->review_comments;
}

void
kasus_case_add_review_comment (KasusCase  *self,
                               const char *author,
                               const char *date,
                               const char *text)
{
  KasusReviewComment *comment;

  g_return_if_fail (KASUS_IS_CASE (self));

  comment = g_new0 (KasusReviewComment, 1);
  comment->author = g_strdup (author ? author : "");
  comment->date = g_strdup (date);
  comment->text = g_strdup (text ? text : "");
  g_ptr_array_add (self->review_comments, comment);
  emit_changed (self);
}

/* Private block */

GPtrArray *
kasus_case_get_known_identifiers (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->known_identifiers;
}

void
kasus_case_add_known_identifier (KasusCase *self, KasusCategory category, const char *text)
{
  KasusKnownIdentifier *known;

  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (category < KASUS_N_CATEGORIES);
  g_return_if_fail (text != NULL && *text != '\0');

  for (guint i = 0; i < self->known_identifiers->len; i++)
    {
      known = g_ptr_array_index (self->known_identifiers, i);
      if (known->category == category && g_str_equal (known->text, text))
        return;
    }

  known = g_new0 (KasusKnownIdentifier, 1);
  known->category = category;
  known->text = g_strdup (text);
  g_ptr_array_add (self->known_identifiers, known);
  emit_changed (self);
}

void
kasus_case_remove_known_identifier (KasusCase *self, guint index)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (index < self->known_identifiers->len);

  g_ptr_array_remove_index (self->known_identifiers, index);
  emit_changed (self);
}

const char *const *
kasus_case_get_ignored_words (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return (const char *const *) self->ignored_words;
}

void
kasus_case_set_ignored_words (KasusCase *self, const char *const *words)
{
  g_autoptr (GPtrArray)    sorted = NULL;
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) list = NULL;

  g_return_if_fail (KASUS_IS_CASE (self));

  sorted = g_ptr_array_new ();
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (sorted, (gpointer) words[i]);
  g_ptr_array_sort (sorted, compare_strings);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < sorted->len; i++)
    if (i == 0 || !g_str_equal (g_ptr_array_index (sorted, i), g_ptr_array_index (sorted, i - 1)))
      g_strv_builder_add (builder, g_ptr_array_index (sorted, i));
  list = g_strv_builder_end (builder);

  if (g_strv_equal ((const char *const *) self->ignored_words, (const char *const *) list))
    return;

  g_strfreev (self->ignored_words);
  self->ignored_words = g_steal_pointer (&list);
  emit_changed (self);
}

/* Accepted findings */

GPtrArray *
kasus_case_get_accepted_findings (KasusCase *self)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  return self->accepted_findings;
}

static KasusAcceptedFinding *
find_accepted (KasusCase *self, const char *section, KasusCategory category, const char *text)
{
  if (section == NULL)
    section = "";

  for (guint i = 0; i < self->accepted_findings->len; i++)
    {
      KasusAcceptedFinding *accepted = g_ptr_array_index (self->accepted_findings, i);

      if (accepted->category == category && g_str_equal (accepted->section, section) &&
          g_strcmp0 (accepted->text, text) == 0)
        return accepted;
    }
  return NULL;
}

void
kasus_case_accept_finding (KasusCase    *self,
                           const char   *section,
                           KasusCategory category,
                           const char   *text,
                           const char   *reason)
{
  KasusAcceptedFinding *accepted;

  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (category < KASUS_N_CATEGORIES);
  g_return_if_fail (text != NULL);

  /* Accepting again only updates the reason. */
  accepted = find_accepted (self, section, category, text);
  if (accepted != NULL)
    {
      if (replace_text (&accepted->reason, reason))
        emit_changed (self);
      return;
    }

  accepted = g_new0 (KasusAcceptedFinding, 1);
  accepted->section = g_strdup (section ? section : "");
  accepted->category = category;
  accepted->text = g_strdup (text);
  accepted->reason = g_strdup (reason ? reason : "");
  g_ptr_array_add (self->accepted_findings, accepted);
  emit_changed (self);
}

void
kasus_case_unaccept_finding (KasusCase *self, guint index)
{
  g_return_if_fail (KASUS_IS_CASE (self));
  g_return_if_fail (index < self->accepted_findings->len);

  g_ptr_array_remove_index (self->accepted_findings, index);
  emit_changed (self);
}

const KasusAcceptedFinding *
kasus_case_lookup_accepted (KasusCase    *self,
                            const char   *section,
                            KasusCategory category,
                            const char   *text)
{
  g_return_val_if_fail (KASUS_IS_CASE (self), NULL);

  if (text == NULL)
    return NULL;
  return find_accepted (self, section, category, text);
}
