/* kasus-consent.h — the consent checklist from the network's guidance
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kasus-types.h"

G_BEGIN_DECLS

/* Stable ids of the checklist items, as stored in a case's consent block
 * (kasus_case_get_consent_item()). */
#define KASUS_CONSENT_ITEM_GENERAL_TERMS   "general-terms"
#define KASUS_CONSENT_ITEM_AGE             "no-age"
#define KASUS_CONSENT_ITEM_FAMILY          "no-family"
#define KASUS_CONSENT_ITEM_VARIANT_NAME    "no-variant-name"
#define KASUS_CONSENT_ITEM_PLACES_DATES    "no-places-dates"
#define KASUS_CONSENT_ITEM_ANALYSIS_STATED "analysis-stated"

/* One item of the checklist. The table is static: never freed. */
typedef struct
{
  const char *id;
  /* Bit (1 << category) for each finding category the scanner judges
   * this item by; 0 when the scanner cannot judge it. */
  guint32 categories;
  /*< private >*/
  const char *title_en; /* also the msgid of the UI string */
  const char *help_en;
  const char *title_da;
  const char *help_da;
} KasusConsentItem;

#define KASUS_CONSENT_CATEGORY_BIT(category) (1u << (category))

/* The items in the order the guidance gives them. */
guint                   kasus_consent_get_n_items (void);
const KasusConsentItem *kasus_consent_get_item (guint index);
/* NULL for an id that is not on the checklist. */
const KasusConsentItem *kasus_consent_find_item (const char *id);

/* Title and help text. language DA or EN gives that language (for a
 * document in the case's language); AUTO gives the UI's translation. */
const char *kasus_consent_item_get_title (const KasusConsentItem *item, KasusLanguage language);
const char *kasus_consent_item_get_help (const KasusConsentItem *item, KasusLanguage language);

gboolean kasus_consent_item_judges_category (const KasusConsentItem *item, KasusCategory category);

/* How many of findings (KasusFinding elements, e.g. from
 * kasus_readiness_get_unresolved_findings()) fall under the item. */
guint kasus_consent_item_count_findings (const KasusConsentItem *item, GPtrArray *findings);
/* The item's state in the UI's language, e.g. "3 ages still in the text"
 * or "2 dates, 1 place still in the text" (categories in enum order);
 * NULL when none of findings falls under the item (or the scanner cannot
 * judge it). */
char *kasus_consent_item_describe_findings (const KasusConsentItem *item, GPtrArray *findings);

/* "3 ages", "1 name" … in the UI's language. */
char *kasus_consent_format_category_count (KasusCategory category, guint count);

G_END_DECLS
