/* kasus-types.h — enumerations shared by the core, the CLI and the app
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KASUS_LANGUAGE_AUTO = 0,
  KASUS_LANGUAGE_DA,
  KASUS_LANGUAGE_EN,
} KasusLanguage;

typedef enum
{
  KASUS_CATEGORY_CPR = 0,
  KASUS_CATEGORY_NAME,
  KASUS_CATEGORY_AGE,
  KASUS_CATEGORY_DATE,
  KASUS_CATEGORY_FAMILY,
  KASUS_CATEGORY_VARIANT,
  KASUS_CATEGORY_GENE,
  KASUS_CATEGORY_PLACE,
  KASUS_CATEGORY_INSTITUTION,
  KASUS_CATEGORY_CONTACT,
  KASUS_CATEGORY_ID,
  KASUS_CATEGORY_OCCUPATION,
  KASUS_N_CATEGORIES
} KasusCategory;

typedef enum
{
  KASUS_SEVERITY_LOW = 0,
  KASUS_SEVERITY_MEDIUM,
  KASUS_SEVERITY_HIGH,
} KasusSeverity;

/* Why the scanner reported a finding, where it says more than the
 * category (mostly gene alterations). One table in kasus-types.c holds
 * each reason in English and Danish: the scanner writes it in the case's
 * language (what kasus-cli prints), the editor shows it in the
 * interface's language. */
typedef enum
{
  KASUS_REASON_NONE = 0,
  KASUS_REASON_KNOWN_IDENTIFIER,
  KASUS_REASON_FREQUENT_HOTSPOT, /* takes a count: in how many patients */
  KASUS_REASON_COMMON_ALTERATION,
  KASUS_REASON_RARE_VARIANT,
  KASUS_REASON_FREQUENT_GENE,
  KASUS_REASON_RARE_IN_GENE,
  KASUS_REASON_COMMON_FUSION,
  KASUS_REASON_RARE_FUSION,
  KASUS_REASON_COMMON_AMPLIFICATION,
  KASUS_REASON_RARE_AMPLIFICATION,
  KASUS_REASON_COMMON_CHROMOSOMAL,
  KASUS_REASON_RARE_CHROMOSOMAL,
  KASUS_REASON_ROUTINE_BIOMARKER,
  KASUS_REASON_PROTEIN_LOSS,
  KASUS_REASON_ALREADY_GENERAL,
  KASUS_REASON_NOT_FOUND,
  KASUS_REASON_GENERAL_STATEMENT,
  KASUS_REASON_GENE_WITHOUT_ALTERATION,
  KASUS_N_REASONS
} KasusReason;

typedef enum
{
  KASUS_ANALYSIS_UNSET = 0,
  KASUS_ANALYSIS_WGS,
  KASUS_ANALYSIS_WES,
} KasusAnalysis;

#define KASUS_TYPE_LANGUAGE (kasus_language_get_type ())
#define KASUS_TYPE_CATEGORY (kasus_category_get_type ())
#define KASUS_TYPE_SEVERITY (kasus_severity_get_type ())
#define KASUS_TYPE_ANALYSIS (kasus_analysis_get_type ())

GType kasus_language_get_type (void) G_GNUC_CONST;
GType kasus_category_get_type (void) G_GNUC_CONST;
GType kasus_severity_get_type (void) G_GNUC_CONST;
GType kasus_analysis_get_type (void) G_GNUC_CONST;

/* Stable identifiers used in files and JSON ("da", "cpr", "high", "wgs"). */
const char *kasus_language_to_string (KasusLanguage language);
gboolean    kasus_language_from_string (const char *str, KasusLanguage *language);
const char *kasus_category_to_string (KasusCategory category);
gboolean    kasus_category_from_string (const char *str, KasusCategory *category);
const char *kasus_severity_to_string (KasusSeverity severity);
gboolean    kasus_severity_from_string (const char *str, KasusSeverity *severity);
const char *kasus_analysis_to_string (KasusAnalysis analysis);
gboolean    kasus_analysis_from_string (const char *str, KasusAnalysis *analysis);

/* Translated, for people. */
const char *kasus_category_get_label (KasusCategory category);
const char *kasus_severity_get_label (KasusSeverity severity);

/* reason in language (DA or EN, not translated: the words of a case in
 * that language); count is used by KASUS_REASON_FREQUENT_HOTSPOT. NULL
 * for KASUS_REASON_NONE. */
char *kasus_reason_to_text (KasusReason reason, int count, KasusLanguage language);
/* The same in the interface's language. */
char *kasus_reason_get_label (KasusReason reason, int count);

G_END_DECLS
