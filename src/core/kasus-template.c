/* kasus-template.c — the case template: sections, prompts and help
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-template"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "kasus-core.h"
#include "kasus-template.h"

#define TEMPLATE_FORMAT  "kasus-template"
#define TEMPLATE_VERSION 1

struct _KasusTemplate
{
  GObject parent_instance;

  char         *id;
  char         *name;
  KasusLanguage language;
  GPtrArray    *sections; /* KasusTemplateSection */
};

G_DEFINE_FINAL_TYPE (KasusTemplate, kasus_template, G_TYPE_OBJECT)

G_DEFINE_QUARK (kasus - template - error - quark, kasus_template_error)

static void
kasus_template_section_free (gpointer data)
{
  KasusTemplateSection *section = data;

  g_free (section->id);
  g_free (section->title);
  g_free (section->prompt);
  g_free (section->help);
  g_free (section->metadata_key);
  g_free (section);
}

static void
kasus_template_finalize (GObject *object)
{
  KasusTemplate *self = KASUS_TEMPLATE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_template_parent_class)->finalize (object);
}

static void
kasus_template_class_init (KasusTemplateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_template_finalize;
}

static void
kasus_template_init (KasusTemplate *self)
{
  self->sections = g_ptr_array_new_with_free_func (kasus_template_section_free);
}

/* Ids end up in case files and as keys in code: keep them plain. */
static gboolean
is_valid_id (const char *id, gboolean allow_underscore)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' ||
          (allow_underscore && *p == '_')))
      return FALSE;
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* A member that must be a non-empty string, or NULL with error set. */
static const char *
get_string (JsonObject *object,
            const char *member,
            const char *where,
            gboolean    required,
            GError    **error)
{
  JsonNode   *node = json_object_get_member (object, member);
  const char *value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return "";
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   /* Translators: first %s is a part of the template such as
                    * "section 3", second the name of a field */
                   _ ("Invalid case template: %s has no “%s”"), where, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: “%s” of %s is not text"), member, where);
      return NULL;
    }

  value = json_node_get_string (node);
  /* A lone surrogate escape ("\udc00") parses into bytes that are not UTF-8. */
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: “%s” of %s is not text"), member, where);
      return NULL;
    }
  if (required && is_blank (value))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: “%s” of %s is empty"), member, where);
      return NULL;
    }
  return value;
}

static gboolean
parse_section (KasusTemplate *self,
               JsonNode      *node,
               guint          index,
               GHashTable    *seen_ids,
               GHashTable    *seen_keys,
               GError       **error)
{
  g_autofree char      *where = g_strdup_printf (_ ("section %u"), index + 1);
  KasusTemplateSection *section;
  JsonObject           *object;
  JsonNode             *required;
  const char           *id, *title, *prompt, *help, *metadata_key = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: %s is not an object"), where);
      return FALSE;
    }
  object = json_node_get_object (node);

  if (!(id = get_string (object, "id", where, TRUE, error)))
    return FALSE;
  if (!is_valid_id (id, FALSE))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: the id “%s” of %s may only hold a–z, 0–9 and “-”"),
                   id, where);
      return FALSE;
    }
  if (g_hash_table_contains (seen_ids, id))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: the id “%s” is used by more than one section"), id);
      return FALSE;
    }

  if (!(title = get_string (object, "title", where, TRUE, error)) ||
      !(prompt = get_string (object, "prompt", where, TRUE, error)) ||
      !(help = get_string (object, "help", where, FALSE, error)))
    return FALSE;

  /* The prompt is a text view's placeholder: one line. */
  if (strchr (prompt, '\n') != NULL)
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: the prompt of %s is more than one line"), where);
      return FALSE;
    }

  if (json_object_has_member (object, "metadata_key") &&
      !JSON_NODE_HOLDS_NULL (json_object_get_member (object, "metadata_key")))
    {
      if (!(metadata_key = get_string (object, "metadata_key", where, TRUE, error)))
        return FALSE;
      if (!is_valid_id (metadata_key, TRUE))
        {
          g_set_error (
            error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
            _ ("Invalid case template: the metadata key “%s” of %s may only hold a–z, 0–9 and “_”"),
            metadata_key, where);
          return FALSE;
        }
      if (g_hash_table_contains (seen_keys, metadata_key))
        {
          g_set_error (
            error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
            _ ("Invalid case template: the metadata key “%s” is used by more than one section"),
            metadata_key);
          return FALSE;
        }
    }

  required = json_object_get_member (object, "required");
  if (required != NULL &&
      (!JSON_NODE_HOLDS_VALUE (required) || json_node_get_value_type (required) != G_TYPE_BOOLEAN))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: “required” of %s is not true or false"), where);
      return FALSE;
    }

  section = g_new0 (KasusTemplateSection, 1);
  section->id = g_strdup (id);
  section->title = g_strdup (title);
  section->prompt = g_strdup (prompt);
  section->help = g_strdup (help);
  section->metadata_key = g_strdup (metadata_key);
  section->required = required != NULL && json_node_get_boolean (required);
  g_ptr_array_add (self->sections, section);

  g_hash_table_add (seen_ids, section->id);
  if (section->metadata_key != NULL)
    g_hash_table_add (seen_keys, section->metadata_key);

  return TRUE;
}

KasusTemplate *
kasus_template_new_from_data (const char *data, gssize length, GError **error)
{
  g_autoptr (KasusTemplate) self = NULL;
  g_autoptr (JsonParser)    parser = NULL;
  g_autoptr (GError)        local_error = NULL;
  g_autoptr (GHashTable)    seen_ids = NULL;
  g_autoptr (GHashTable)    seen_keys = NULL;
  JsonObject               *root;
  JsonNode                 *node;
  JsonArray                *sections;
  const char               *format, *id, *name, *language;
  gint64                    version;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error_literal (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                           _ ("Invalid case template: not UTF-8 text"));
      return NULL;
    }

  if (!kasus_core_json_depth_ok (data, length, KASUS_CORE_JSON_MAX_DEPTH))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: nested more than %d levels deep"),
                   KASUS_CORE_JSON_MAX_DEPTH);
      return NULL;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: %s"), local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                           _ ("Invalid case template: not a JSON object"));
      return NULL;
    }
  root = json_node_get_object (node);

  node = json_object_get_member (root, "format");
  format = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (format, TEMPLATE_FORMAT) != 0)
    {
      g_set_error_literal (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                           _ ("Invalid case template: “format” is not “kasus-template”"));
      return NULL;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error_literal (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                           _ ("Invalid case template: “version” is not a whole number"));
      return NULL;
    }
  version = json_node_get_int (node);
  if (version != TEMPLATE_VERSION)
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: version %lld is not supported"), (long long) version);
      return NULL;
    }

  self = g_object_new (KASUS_TYPE_TEMPLATE, NULL);

  if (!(id = get_string (root, "id", _ ("the template"), TRUE, error)) ||
      !(name = get_string (root, "name", _ ("the template"), TRUE, error)) ||
      !(language = get_string (root, "language", _ ("the template"), TRUE, error)))
    return NULL;

  if (!is_valid_id (id, FALSE))
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: the id “%s” may only hold a–z, 0–9 and “-”"), id);
      return NULL;
    }
  if (!kasus_language_from_string (language, &self->language) ||
      self->language == KASUS_LANGUAGE_AUTO)
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                   _ ("Invalid case template: unknown language “%s”"), language);
      return NULL;
    }
  self->id = g_strdup (id);
  self->name = g_strdup (name);

  node = json_object_get_member (root, "sections");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (json_node_get_array (node)) == 0)
    {
      g_set_error_literal (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_INVALID,
                           _ ("Invalid case template: “sections” is not a list of sections"));
      return NULL;
    }
  sections = json_node_get_array (node);

  seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  seen_keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (sections); i++)
    if (!parse_section (self, json_array_get_element (sections, i), i, seen_ids, seen_keys, error))
      return NULL;

  return g_steal_pointer (&self);
}

/* The built-in templates never change while running: load each once. */
G_LOCK_DEFINE_STATIC (defaults);
static KasusTemplate *defaults[KASUS_LANGUAGE_EN + 1];

KasusTemplate *
kasus_template_new_default (KasusLanguage language, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char   *path = NULL;
  KasusTemplate     *self;

  if (language != KASUS_LANGUAGE_EN)
    language = KASUS_LANGUAGE_DA;

  G_LOCK (defaults);
  self = defaults[language] ? g_object_ref (defaults[language]) : NULL;
  G_UNLOCK (defaults);
  if (self != NULL)
    return self;

  path = g_strdup_printf ("templates/case-%s.json", kasus_language_to_string (language));
  bytes = kasus_core_lookup_resource (path, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, KASUS_TEMPLATE_ERROR, KASUS_TEMPLATE_ERROR_NOT_FOUND,
                   _ ("The built-in case template “%s” is missing: %s"), path,
                   local_error->message);
      return NULL;
    }

  self =
    kasus_template_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (self == NULL)
    return NULL;

  G_LOCK (defaults);
  if (defaults[language] == NULL)
    defaults[language] = g_object_ref (self);
  G_UNLOCK (defaults);

  return self;
}

const char *
kasus_template_get_id (KasusTemplate *self)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), NULL);

  return self->id;
}

const char *
kasus_template_get_name (KasusTemplate *self)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), NULL);

  return self->name;
}

KasusLanguage
kasus_template_get_language (KasusTemplate *self)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), KASUS_LANGUAGE_AUTO);

  return self->language;
}

guint
kasus_template_get_n_sections (KasusTemplate *self)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), 0);

  return self->sections->len;
}

const KasusTemplateSection *
kasus_template_get_section (KasusTemplate *self, guint index)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), NULL);
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

const KasusTemplateSection *
kasus_template_find_section (KasusTemplate *self, const char *id)
{
  g_return_val_if_fail (KASUS_IS_TEMPLATE (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->sections->len; i++)
    {
      const KasusTemplateSection *section = g_ptr_array_index (self->sections, i);

      if (g_str_equal (section->id, id))
        return section;
    }
  return NULL;
}
