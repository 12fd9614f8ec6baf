/* kasus-template.h — the case template: sections, prompts and help
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_TEMPLATE_ERROR (kasus_template_error_quark ())

typedef enum
{
  KASUS_TEMPLATE_ERROR_INVALID,
  KASUS_TEMPLATE_ERROR_NOT_FOUND,
} KasusTemplateError;

/* One entry of the template, in order. An entry with a metadata_key
 * ("title", "patient_group") is a one-line field stored in the case's
 * metadata; the others are free-text sections stored by id. */
typedef struct
{
  char    *id;
  char    *title;
  char    *prompt;       /* one line, shown as placeholder */
  char    *help;         /* a longer help text */
  char    *metadata_key; /* NULL for text sections */
  gboolean required;
} KasusTemplateSection;

#define KASUS_TYPE_TEMPLATE (kasus_template_get_type ())
G_DECLARE_FINAL_TYPE (KasusTemplate, kasus_template, KASUS, TEMPLATE, GObject)

GQuark kasus_template_error_quark (void);

/* The built-in template in `language` (DA or EN; AUTO means DA). */
KasusTemplate *kasus_template_new_default (KasusLanguage language, GError **error);
KasusTemplate *kasus_template_new_from_data (const char *data, gssize length, GError **error);

const char                 *kasus_template_get_id (KasusTemplate *self);
const char                 *kasus_template_get_name (KasusTemplate *self);
KasusLanguage               kasus_template_get_language (KasusTemplate *self);
guint                       kasus_template_get_n_sections (KasusTemplate *self);
const KasusTemplateSection *kasus_template_get_section (KasusTemplate *self, guint index);
const KasusTemplateSection *kasus_template_find_section (KasusTemplate *self, const char *id);

G_END_DECLS
