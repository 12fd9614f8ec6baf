/* kasus-review-file.c — the review of a submitted PDF, kept next to it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-review-file"

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

#include "kasus-core.h"
#include "kasus-file.h"
#include "kasus-json-private.h"
#include "kasus-review-file.h"

struct _KasusReviewFile
{
  GObject parent_instance;

  KasusReviewStatus status;
  char             *reviewer;
  char             *patient_group;
  GPtrArray        *comments; /* KasusReviewComment */
};

G_DEFINE_FINAL_TYPE (KasusReviewFile, kasus_review_file, G_TYPE_OBJECT)

G_DEFINE_QUARK (kasus - review - file - error - quark, kasus_review_file_error)

enum
{
  PROP_0,
  PROP_STATUS,
  PROP_REVIEWER,
  PROP_PATIENT_GROUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
comment_free (gpointer data)
{
  KasusReviewComment *comment = data;

  g_free (comment->author);
  g_free (comment->date);
  g_free (comment->text);
  g_free (comment);
}

static void
kasus_review_file_finalize (GObject *object)
{
  KasusReviewFile *self = KASUS_REVIEW_FILE (object);

  g_clear_pointer (&self->reviewer, g_free);
  g_clear_pointer (&self->patient_group, g_free);
  g_clear_pointer (&self->comments, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_review_file_parent_class)->finalize (object);
}

static void
kasus_review_file_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusReviewFile *self = KASUS_REVIEW_FILE (object);

  switch (prop_id)
    {
      case PROP_STATUS:
        g_value_set_enum (value, self->status);
        break;
      case PROP_REVIEWER:
        g_value_set_string (value, self->reviewer);
        break;
      case PROP_PATIENT_GROUP:
        g_value_set_string (value, self->patient_group);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_review_file_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KasusReviewFile *self = KASUS_REVIEW_FILE (object);

  switch (prop_id)
    {
      case PROP_STATUS:
        kasus_review_file_set_status (self, g_value_get_enum (value));
        break;
      case PROP_REVIEWER:
        kasus_review_file_set_reviewer (self, g_value_get_string (value));
        break;
      case PROP_PATIENT_GROUP:
        kasus_review_file_set_patient_group (self, g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_review_file_class_init (KasusReviewFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags   flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kasus_review_file_finalize;
  object_class->get_property = kasus_review_file_get_property;
  object_class->set_property = kasus_review_file_set_property;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, KASUS_TYPE_REVIEW_STATUS, KASUS_REVIEW_NEW, flags);
  properties[PROP_REVIEWER] = g_param_spec_string ("reviewer", NULL, NULL, "", flags);
  properties[PROP_PATIENT_GROUP] = g_param_spec_string ("patient-group", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kasus_review_file_init (KasusReviewFile *self)
{
  self->status = KASUS_REVIEW_NEW;
  self->reviewer = g_strdup ("");
  self->patient_group = g_strdup ("");
  self->comments = g_ptr_array_new_with_free_func (comment_free);
}

KasusReviewFile *
kasus_review_file_new (void)
{
  return g_object_new (KASUS_TYPE_REVIEW_FILE, NULL);
}

GFile *
kasus_review_file_get_file_for (GFile *pdf)
{
  g_autofree char  *basename = NULL;
  g_autofree char  *name = NULL;
  g_autoptr (GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (pdf), NULL);

  basename = g_file_get_basename (pdf);
  name = g_strconcat (basename, KASUS_REVIEW_FILE_SUFFIX, NULL);
  parent = g_file_get_parent (pdf);
  if (parent == NULL)
    return g_file_new_for_path (name);
  return g_file_get_child (parent, name);
}

/* ------------------------------------------------------------------ */
/* Reading */

static gboolean
wrong_type (const char *name,
            const char *field,
            const char *expected,
            JsonNode   *node,
            GError    **error)
{
  g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_WRONG_TYPE,
               /* Translators: "case.kasus: “metadata.title” should be text, but is a number" */
               _ ("%s: “%s” should be %s, but is %s"), name, field, expected,
               _kasus_json_describe_node (node));
  return FALSE;
}

/* A missing or null member leaves *value as it is. */
static gboolean
read_string (const char *name,
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
    return wrong_type (name, field, _ ("text"), node, error);
  g_free (*value);
  /* json-glib turns a lone surrogate escape ("\udc00") into bytes that
   * are not UTF-8; keep the rest of the text. */
  *value = g_utf8_make_valid (json_node_get_string (node), -1);
  return TRUE;
}

static gboolean
status_from_nick (const char *nick, KasusReviewStatus *status)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (KASUS_TYPE_REVIEW_STATUS);
  GEnumValue            *value = g_enum_get_value_by_nick (klass, nick);

  if (value == NULL)
    return FALSE;
  *status = value->value;
  return TRUE;
}

static const char *
status_to_nick (KasusReviewStatus status)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (KASUS_TYPE_REVIEW_STATUS);
  GEnumValue            *value = g_enum_get_value (klass, status);

  return value ? value->value_nick : "new";
}

KasusReviewFile *
kasus_review_file_new_from_data (const char *data,
                                 gssize      length,
                                 const char *display_name,
                                 GError    **error)
{
  g_autoptr (KasusReviewFile) self = NULL;
  g_autoptr (JsonParser)      parser = NULL;
  g_autoptr (GError)          local_error = NULL;
  g_autofree char            *status = NULL;
  const char                 *invalid = NULL;
  JsonObject                 *root;
  JsonNode                   *node;
  gint64                      version;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  if (data == NULL)
    data = ""; /* an empty file: json-glib wants a string, not NULL */

  kasus_core_init ();

  if (display_name == NULL)
    display_name = KASUS_REVIEW_FILE_SUFFIX;
  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate (data, length, &invalid))
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_MALFORMED,
                   _ ("%s: not UTF-8 text: invalid byte at offset %lu"), display_name,
                   (unsigned long) (invalid - data));
      return NULL;
    }

  if (!kasus_core_json_depth_ok (data, length, KASUS_CORE_JSON_MAX_DEPTH))
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_MALFORMED,
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
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_MALFORMED,
                   /* Translators: "case.kasus:2:7: damaged file, not valid JSON (…)" */
                   _ ("%s:%d:%d: damaged file, not valid JSON (%s)"), display_name, line, column,
                   detail);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL)
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_MALFORMED,
                   _ ("%s: the file is empty"), display_name);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      (node = json_object_get_member (json_node_get_object (json_parser_get_root (parser)),
                                      "format")) == NULL ||
      !_kasus_json_holds_string (node) ||
      g_strcmp0 (json_node_get_string (node), KASUS_REVIEW_FILE_FORMAT) != 0)
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_NOT_A_REVIEW,
                   _ ("%s: not a Kasus review file"), display_name);
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  node = json_object_get_member (root, "version");
  if (node == NULL)
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_WRONG_TYPE,
                   _ ("%s: “%s” is missing"), display_name, "version");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      wrong_type (display_name, "version", _ ("a whole number"), node, error);
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > KASUS_REVIEW_FILE_VERSION)
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_NEWER_VERSION,
                   _ ("%s: written by a newer version of Kasus (file format %lld, "
                      "this version reads up to %d); update Kasus to open it"),
                   display_name, (long long) version, KASUS_REVIEW_FILE_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_WRONG_TYPE,
                   _ ("%s: “version” has the unknown value %lld"), display_name,
                   (long long) version);
      return NULL;
    }

  self = kasus_review_file_new ();

  if (!read_string (display_name, root, "status", "status", &status, error) ||
      !read_string (display_name, root, "reviewer", "reviewer", &self->reviewer, error) ||
      !read_string (display_name, root, "patient_group", "patient_group", &self->patient_group,
                    error))
    return NULL;
  if (status != NULL && !status_from_nick (status, &self->status))
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_WRONG_TYPE,
                   _ ("%s: “%s” has the unknown value “%s”"), display_name, "status", status);
      return NULL;
    }

  node = json_object_get_member (root, "comments");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      JsonArray *comments;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          wrong_type (display_name, "comments", _ ("a list"), node, error);
          return NULL;
        }
      comments = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (comments); i++)
        {
          JsonNode           *element = json_array_get_element (comments, i);
          g_autofree char    *field = g_strdup_printf ("comments[%u]", i);
          g_autofree char    *author_field = g_strconcat (field, ".author", NULL);
          g_autofree char    *date_field = g_strconcat (field, ".date", NULL);
          g_autofree char    *text_field = g_strconcat (field, ".text", NULL);
          KasusReviewComment *comment;
          JsonObject         *object;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            {
              wrong_type (display_name, field, _ ("an object"), element, error);
              return NULL;
            }
          object = json_node_get_object (element);

          comment = g_new0 (KasusReviewComment, 1);
          g_ptr_array_add (self->comments, comment);
          if (!read_string (display_name, object, "author", author_field, &comment->author,
                            error) ||
              !read_string (display_name, object, "date", date_field, &comment->date, error) ||
              !read_string (display_name, object, "text", text_field, &comment->text, error))
            return NULL;
          if (comment->author == NULL)
            comment->author = g_strdup ("");
          if (comment->text == NULL)
            comment->text = g_strdup ("");
        }
    }

  return g_steal_pointer (&self);
}

KasusReviewFile *
kasus_review_file_new_from_file (GFile *file, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char   *name = NULL;
  g_autofree char   *contents = NULL;
  gsize              length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  if (g_file_peek_path (file) != NULL)
    {
      /* Only a regular file of a sane size: never block on a FIFO. */
      if (!kasus_core_read_file (g_file_peek_path (file), name, KASUS_CORE_MAX_FILE_SIZE, &contents,
                                 &length, &local_error))
        {
          g_set_error_literal (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_UNREADABLE,
                               local_error->message);
          return NULL;
        }
    }
  else if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_UNREADABLE,
                   _ ("%s: cannot be read: %s"), name, local_error->message);
      return NULL;
    }
  return kasus_review_file_new_from_data (contents, length, name, error);
}

KasusReviewFile *
kasus_review_file_load_for (GFile *pdf, GError **error)
{
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (G_IS_FILE (pdf), NULL);

  file = kasus_review_file_get_file_for (pdf);
  if (!g_file_query_exists (file, NULL))
    return kasus_review_file_new ();
  return kasus_review_file_new_from_file (file, error);
}

/* ------------------------------------------------------------------ */
/* Writing */

char *
kasus_review_file_to_data (KasusReviewFile *self, gsize *length)
{
  g_autoptr (JsonBuilder)   builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode)      root = NULL;
  GString                  *out;
  char                     *data;

  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, KASUS_REVIEW_FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KASUS_REVIEW_FILE_VERSION);
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, status_to_nick (self->status));
  json_builder_set_member_name (builder, "reviewer");
  json_builder_add_string_value (builder, self->reviewer);
  if (*self->patient_group != '\0')
    {
      json_builder_set_member_name (builder, "patient_group");
      json_builder_add_string_value (builder, self->patient_group);
    }
  json_builder_set_member_name (builder, "comments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->comments->len; i++)
    {
      const KasusReviewComment *comment = g_ptr_array_index (self->comments, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "author");
      json_builder_add_string_value (builder, comment->author);
      json_builder_set_member_name (builder, "date");
      if (comment->date)
        json_builder_add_string_value (builder, comment->date);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, comment->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  if (length)
    *length = out->len;
  data = g_string_free (out, FALSE);
  return data;
}

gboolean
kasus_review_file_save (KasusReviewFile *self, GFile *file, GError **error)
{
  g_autofree char   *name = NULL;
  g_autofree char   *data = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize              length;

  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Private: comments quote the case. */
  name = g_file_get_parse_name (file);
  data = kasus_review_file_to_data (self, &length);
  if (!kasus_file_write_private (file, name, data, length, &local_error))
    {
      g_set_error_literal (error, KASUS_REVIEW_FILE_ERROR, KASUS_REVIEW_FILE_ERROR_UNWRITABLE,
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
kasus_review_file_save_for (KasusReviewFile *self, GFile *pdf, GError **error)
{
  g_autoptr (GFile) file = NULL;

  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (pdf), FALSE);

  file = kasus_review_file_get_file_for (pdf);
  return kasus_review_file_save (self, file, error);
}

/* ------------------------------------------------------------------ */
/* Accessors */

KasusReviewStatus
kasus_review_file_get_status (KasusReviewFile *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), KASUS_REVIEW_NEW);
  return self->status;
}

void
kasus_review_file_set_status (KasusReviewFile *self, KasusReviewStatus status)
{
  g_return_if_fail (KASUS_IS_REVIEW_FILE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
kasus_review_file_get_reviewer (KasusReviewFile *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), NULL);
  return self->reviewer;
}

static gboolean
set_string (char **field, const char *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

void
kasus_review_file_set_reviewer (KasusReviewFile *self, const char *reviewer)
{
  g_return_if_fail (KASUS_IS_REVIEW_FILE (self));

  if (set_string (&self->reviewer, reviewer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEWER]);
}

const char *
kasus_review_file_get_patient_group (KasusReviewFile *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), NULL);
  return self->patient_group;
}

void
kasus_review_file_set_patient_group (KasusReviewFile *self, const char *group)
{
  g_return_if_fail (KASUS_IS_REVIEW_FILE (self));

  if (set_string (&self->patient_group, group))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATIENT_GROUP]);
}

GPtrArray *
kasus_review_file_get_comments (KasusReviewFile *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_FILE (self), NULL);
  return self->comments;
}

void
kasus_review_file_add_comment (KasusReviewFile *self,
                               const char      *author,
                               const char      *date,
                               const char      *text)
{
  KasusReviewComment *comment;

  g_return_if_fail (KASUS_IS_REVIEW_FILE (self));

  comment = g_new0 (KasusReviewComment, 1);
  comment->author = g_strdup (author ? author : "");
  if (date != NULL)
    comment->date = g_strdup (date);
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_local ();

      comment->date = g_date_time_format_iso8601 (now);
    }
  comment->text = g_strdup (text ? text : "");
  g_ptr_array_add (self->comments, comment);
}
