/* kasus-types.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-types"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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

/* Each reason in English (the message id) and Danish (the words of a
 * Danish case); the interface translates the English through po/. */
static const struct
{
  const char *en;
  const char *da;
} reasons[KASUS_N_REASONS] = {
  [KASUS_REASON_KNOWN_IDENTIFIER] = { N_ ("known to identify this patient"),
                                      "kendt identifikation af denne patient" },
  /* Translators: %d is how many patients the hotspot was seen in */
  [KASUS_REASON_FREQUENT_HOTSPOT] = { N_ ("frequent hotspot (n=%d)"), "hyppigt hotspot (n=%d)" },
  [KASUS_REASON_COMMON_ALTERATION] = { N_ ("common alteration"), "hyppig forandring" },
  [KASUS_REASON_RARE_VARIANT] = { N_ ("rare or unknown variant"), "sjælden eller ukendt variant" },
  [KASUS_REASON_FREQUENT_GENE] = { N_ ("frequently altered gene"), "hyppigt ændret gen" },
  [KASUS_REASON_RARE_IN_GENE] = { N_ ("rare alteration in this gene"),
                                  "sjælden forandring i genet" },
  [KASUS_REASON_COMMON_FUSION] = { N_ ("common gene fusion"), "hyppig genfusion" },
  [KASUS_REASON_RARE_FUSION] = { N_ ("rare gene fusion"), "sjælden genfusion" },
  [KASUS_REASON_COMMON_AMPLIFICATION] = { N_ ("common amplification"), "hyppig amplifikation" },
  [KASUS_REASON_RARE_AMPLIFICATION] = { N_ ("rare amplification"), "sjælden amplifikation" },
  [KASUS_REASON_COMMON_CHROMOSOMAL] = { N_ ("common chromosomal change"),
                                        "hyppig kromosomforandring" },
  [KASUS_REASON_RARE_CHROMOSOMAL] = { N_ ("rare chromosomal change"),
                                      "sjælden kromosomforandring" },
  [KASUS_REASON_ROUTINE_BIOMARKER] = { N_ ("routine biomarker"), "rutinemæssig biomarkør" },
  [KASUS_REASON_PROTEIN_LOSS] = { N_ ("protein loss on immunohistochemistry"),
                                  "proteintab ved immunhistokemi" },
  [KASUS_REASON_ALREADY_GENERAL] = { N_ ("wording already general"),
                                     "allerede generaliseret formulering" },
  [KASUS_REASON_NOT_FOUND] = { N_ ("not found in the patient"), "ikke påvist hos patienten" },
  [KASUS_REASON_GENERAL_STATEMENT] = { N_ ("general statement, not the patient's"),
                                       "generel udtalelse, ikke patientens" },
  [KASUS_REASON_GENE_WITHOUT_ALTERATION] = { N_ ("gene without an alteration"),
                                             "gen uden forandring" },
};

/* text with its "%d" (the hotspot's count) replaced by count; a
 * substitution, not a printf, as the text may come from a translation. */
static char *
format_reason (const char *text, int count)
{
  const char      *mark = strstr (text, "%d");
  g_autofree char *number = NULL;

  if (mark == NULL)
    return g_strdup (text);
  number = g_strdup_printf ("%d", count);
  return g_strdup_printf ("%.*s%s%s", (int) (mark - text), text, number, mark + 2);
}

char *
kasus_reason_to_text (KasusReason reason, int count, KasusLanguage language)
{
  g_return_val_if_fail (reason < KASUS_N_REASONS, NULL);

  if (reason == KASUS_REASON_NONE)
    return NULL;
  return format_reason (language == KASUS_LANGUAGE_EN ? reasons[reason].en : reasons[reason].da,
                        count);
}

char *
kasus_reason_get_label (KasusReason reason, int count)
{
  g_return_val_if_fail (reason < KASUS_N_REASONS, NULL);

  if (reason == KASUS_REASON_NONE)
    return NULL;
  return format_reason (_ (reasons[reason].en), count);
}
