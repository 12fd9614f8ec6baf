/* kasus-json-private.c — shared by the readers of case and review files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-json"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kasus-json-private.h"

gboolean
_kasus_json_holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

const char *
_kasus_json_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
      case JSON_NODE_OBJECT:
        return _ ("a group of fields");
      case JSON_NODE_ARRAY:
        return _ ("a list");
      case JSON_NODE_NULL:
        return _ ("empty (null)");
      case JSON_NODE_VALUE:
      default:
        break;
    }

  switch (json_node_get_value_type (node))
    {
      case G_TYPE_STRING:
        return _ ("text");
      case G_TYPE_BOOLEAN:
        return _ ("true or false");
      case G_TYPE_INT64:
      case G_TYPE_DOUBLE:
      default:
        return _ ("a number");
    }
}

char *
_kasus_json_parse_error (const char *message, int *line, int *column)
{
  const char *p = strstr (message, ">:");
  char       *end;

  *line = *column = 0;
  if (p == NULL)
    return g_strdup (message);
  p += 2;
  *line = strtol (p, &end, 10);
  if (*end != ':')
    return g_strdup (message);
  *column = strtol (end + 1, &end, 10);
  if (*end != ':')
    return g_strdup (message);
  return g_strdup (g_strchug (end + 1));
}
