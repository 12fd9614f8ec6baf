/* kasus-json-private.h — shared by the readers of case and review files
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean _kasus_json_holds_string (JsonNode *node);

/* What a node is, in words for an error message: "text", "a list", … */
const char *_kasus_json_describe_node (JsonNode *node);

/* "<data>:2:7: Parse error: unexpected …" → line, column and the rest. */
char *_kasus_json_parse_error (const char *message, int *line, int *column);

G_END_DECLS
