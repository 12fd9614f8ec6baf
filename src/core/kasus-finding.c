/* kasus-finding.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-finding"

#include "config.h"

#include <json-glib/json-glib.h>

#include "kasus-finding.h"

G_DEFINE_BOXED_TYPE (KasusFinding, kasus_finding, kasus_finding_ref, kasus_finding_unref)

KasusFinding *
kasus_finding_new (gint64        start,
                   gint64        end,
                   KasusCategory category,
                   KasusSeverity severity,
                   const char   *rule,
                   const char   *text,
                   const char   *suggestion)
{
  KasusFinding *self;

  g_return_val_if_fail (start <= end, NULL);

  self = g_new0 (KasusFinding, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->start = start;
  self->end = end;
  self->category = category;
  self->severity = severity;
  self->rule = g_strdup (rule);
  self->text = g_strdup (text);
  self->suggestion = g_strdup (suggestion);
  return self;
}

KasusFinding *
kasus_finding_copy (const KasusFinding *self)
{
  KasusFinding *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = kasus_finding_new (self->start, self->end, self->category, self->severity, self->rule,
                            self->text, self->suggestion);
  kasus_finding_copy_reason (copy, self);
  copy->section = g_strdup (self->section);
  copy->page = self->page;
  return copy;
}

KasusFinding *
kasus_finding_ref (KasusFinding *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kasus_finding_unref (KasusFinding *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->rule);
      g_free (self->text);
      g_free (self->suggestion);
      g_free (self->reason);
      g_free (self->section);
      g_free (self);
    }
}

void
kasus_finding_set_reason (KasusFinding *self, KasusReason reason, int count, KasusLanguage language)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (reason < KASUS_N_REASONS);

  g_free (self->reason);
  self->reason = kasus_reason_to_text (reason, count, language);
  self->reason_id = reason;
  self->reason_count = count;
}

void
kasus_finding_copy_reason (KasusFinding *self, const KasusFinding *from)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (from != NULL);

  if (self->reason != from->reason)
    {
      g_free (self->reason);
      self->reason = g_strdup (from->reason);
    }
  self->reason_id = from->reason_id;
  self->reason_count = from->reason_count;
}

void
kasus_finding_set_section (KasusFinding *self, const char *section)
{
  g_return_if_fail (self != NULL);

  g_free (self->section);
  self->section = g_strdup (section);
}

int
kasus_finding_compare (gconstpointer a, gconstpointer b)
{
  const KasusFinding *fa = *(const KasusFinding *const *) a;
  const KasusFinding *fb = *(const KasusFinding *const *) b;

  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end > fb->end ? -1 : 1;
  return 0;
}

char *
kasus_finding_to_json (const KasusFinding *self)
{
  g_autoptr (JsonBuilder)   builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode)      root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, self->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, self->end);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, kasus_category_to_string (self->category));
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (builder, kasus_severity_to_string (self->severity));
  json_builder_set_member_name (builder, "rule");
  json_builder_add_string_value (builder, self->rule ? self->rule : "");
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, self->text ? self->text : "");
  json_builder_set_member_name (builder, "suggestion");
  json_builder_add_string_value (builder, self->suggestion ? self->suggestion : "");
  if (self->reason != NULL)
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, self->reason);
    }
  if (self->section != NULL)
    {
      json_builder_set_member_name (builder, "section");
      json_builder_add_string_value (builder, self->section);
    }
  if (self->page > 0)
    {
      json_builder_set_member_name (builder, "page");
      json_builder_add_int_value (builder, self->page);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
