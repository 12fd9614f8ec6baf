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

G_END_DECLS
