/* kasus-types.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kasus-types.h"

static const GEnumValue language_values[] = {
  { KASUS_LANGUAGE_AUTO, "KASUS_LANGUAGE_AUTO", "auto" },
  { KASUS_LANGUAGE_DA, "KASUS_LANGUAGE_DA", "da" },
  { KASUS_LANGUAGE_EN, "KASUS_LANGUAGE_EN", "en" },
  { 0, NULL, NULL },
};

static const GEnumValue category_values[] = {
  { KASUS_CATEGORY_CPR, "KASUS_CATEGORY_CPR", "cpr" },
  { KASUS_CATEGORY_NAME, "KASUS_CATEGORY_NAME", "name" },
  { KASUS_CATEGORY_AGE, "KASUS_CATEGORY_AGE", "age" },
  { KASUS_CATEGORY_DATE, "KASUS_CATEGORY_DATE", "date" },
  { KASUS_CATEGORY_FAMILY, "KASUS_CATEGORY_FAMILY", "family" },
  { KASUS_CATEGORY_VARIANT, "KASUS_CATEGORY_VARIANT", "variant" },
  { KASUS_CATEGORY_GENE, "KASUS_CATEGORY_GENE", "gene" },
  { KASUS_CATEGORY_PLACE, "KASUS_CATEGORY_PLACE", "place" },
  { KASUS_CATEGORY_INSTITUTION, "KASUS_CATEGORY_INSTITUTION", "institution" },
  { KASUS_CATEGORY_CONTACT, "KASUS_CATEGORY_CONTACT", "contact" },
  { KASUS_CATEGORY_ID, "KASUS_CATEGORY_ID", "id" },
  { KASUS_CATEGORY_OCCUPATION, "KASUS_CATEGORY_OCCUPATION", "occupation" },
  { 0, NULL, NULL },
};

static const GEnumValue severity_values[] = {
  { KASUS_SEVERITY_LOW, "KASUS_SEVERITY_LOW", "low" },
  { KASUS_SEVERITY_MEDIUM, "KASUS_SEVERITY_MEDIUM", "medium" },
  { KASUS_SEVERITY_HIGH, "KASUS_SEVERITY_HIGH", "high" },
  { 0, NULL, NULL },
};

static const GEnumValue analysis_values[] = {
  { KASUS_ANALYSIS_UNSET, "KASUS_ANALYSIS_UNSET", "unset" },
  { KASUS_ANALYSIS_WGS, "KASUS_ANALYSIS_WGS", "wgs" },
  { KASUS_ANALYSIS_WES, "KASUS_ANALYSIS_WES", "wes" },
  { 0, NULL, NULL },
};

#define DEFINE_ENUM(TypeName, type_name, values)                                                   \
  GType type_name##_get_type (void)                                                                \
  {                                                                                                \
    static gsize type_id;                                                                          \
    if (g_once_init_enter (&type_id))                                                              \
      g_once_init_leave (&type_id,                                                                 \
                         g_enum_register_static (g_intern_static_string (#TypeName), values));     \
    return type_id;                                                                                \
  }                                                                                                \
                                                                                                   \
  const char *type_name##_to_string (TypeName value)                                               \
  {                                                                                                \
    for (guint i = 0; values[i].value_nick != NULL; i++)                                           \
      if (values[i].value == (int) value)                                                          \
        return values[i].value_nick;                                                               \
    return NULL;                                                                                   \
  }                                                                                                \
                                                                                                   \
  gboolean type_name##_from_string (const char *str, TypeName *value)                              \
  {                                                                                                \
    if (str == NULL)                                                                               \
      return FALSE;                                                                                \
    for (guint i = 0; values[i].value_nick != NULL; i++)                                           \
      if (g_strcmp0 (values[i].value_nick, str) == 0)                                              \
        {                                                                                          \
          *value = values[i].value;                                                                \
          return TRUE;                                                                             \
        }                                                                                          \
    return FALSE;                                                                                  \
  }

DEFINE_ENUM (KasusLanguage, kasus_language, language_values)
DEFINE_ENUM (KasusCategory, kasus_category, category_values)
DEFINE_ENUM (KasusSeverity, kasus_severity, severity_values)
DEFINE_ENUM (KasusAnalysis, kasus_analysis, analysis_values)

const char *
kasus_category_get_label (KasusCategory category)
{
  switch (category)
    {
      case KASUS_CATEGORY_CPR:
        return _ ("CPR number");
      case KASUS_CATEGORY_NAME:
        return _ ("Name");
      case KASUS_CATEGORY_AGE:
        return _ ("Age");
      case KASUS_CATEGORY_DATE:
        return _ ("Date");
      case KASUS_CATEGORY_FAMILY:
        return _ ("Family relation");
      case KASUS_CATEGORY_VARIANT:
        return _ ("Gene alteration");
      case KASUS_CATEGORY_GENE:
        return _ ("Gene");
      case KASUS_CATEGORY_PLACE:
        return _ ("Place");
      case KASUS_CATEGORY_INSTITUTION:
        return _ ("Institution");
      case KASUS_CATEGORY_CONTACT:
        return _ ("Contact details");
      case KASUS_CATEGORY_ID:
        return _ ("Record or sample number");
      case KASUS_CATEGORY_OCCUPATION:
        return _ ("Occupation");
      case KASUS_N_CATEGORIES:
      default:
        return "";
    }
}

const char *
kasus_severity_get_label (KasusSeverity severity)
{
  switch (severity)
    {
      case KASUS_SEVERITY_LOW:
        return _ ("Low");
      case KASUS_SEVERITY_MEDIUM:
        return _ ("Medium");
      case KASUS_SEVERITY_HIGH:
        return _ ("High");
      default:
        return "";
    }
}
