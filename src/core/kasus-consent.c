/* kasus-consent.c — the consent checklist from the network's guidance
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-consent"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kasus-consent.h"
#include "kasus-core.h"
#include "kasus-finding.h"

#define BIT KASUS_CONSENT_CATEGORY_BIT

/* The English texts are the msgids of the UI strings; the Danish ones are
 * printed in Danish documents whatever the desktop's language is. */
static const KasusConsentItem items[] = {
  {
    KASUS_CONSENT_ITEM_GENERAL_TERMS,
    BIT (KASUS_CATEGORY_NAME) | BIT (KASUS_CATEGORY_CPR) | BIT (KASUS_CATEGORY_CONTACT) |
      BIT (KASUS_CATEGORY_ID) | BIT (KASUS_CATEGORY_OCCUPATION),
    N_ ("The history is told in general terms"),
    N_ ("Only what is needed to understand why the patient was tested: no names, numbers, "
        "contact details or occupation, and no rare or striking details that the patient or "
        "the relatives could recognise."),
    "Sygehistorien er fortalt i generelle vendinger",
    "Kun det, der er nødvendigt for at forstå, hvorfor patienten blev undersøgt: ingen navne, "
    "numre, kontaktoplysninger eller erhverv og ingen sjældne eller særprægede detaljer, som "
    "patienten eller de pårørende kan genkende.",
  },
  {
    KASUS_CONSENT_ITEM_AGE,
    BIT (KASUS_CATEGORY_AGE),
    N_ ("Age is limited or generalised"),
    N_ ("Give age as a stage of life (“in childhood”, “as a young adult”) or a decade "
        "(“in his seventies”), not as an exact age or a year of birth."),
    "Alder er begrænset eller gjort generel",
    "Angiv alder som livsfase (»i barnealderen«, »som ung voksen«) eller årti (»i 70'erne«), "
    "ikke som præcis alder eller fødselsår.",
  },
  {
    KASUS_CONSENT_ITEM_FAMILY,
    BIT (KASUS_CATEGORY_FAMILY),
    N_ ("Family relations are limited"),
    N_ ("Mention relatives such as siblings and children only where the case needs them, "
        "and then in general terms (“a close relative”)."),
    "Familieforhold er begrænset",
    "Nævn kun slægtninge som søskende og børn, hvis casen kræver det, og da i generelle "
    "vendinger (»et nært familiemedlem«).",
  },
  {
    KASUS_CONSENT_ITEM_VARIANT_NAME,
    BIT (KASUS_CATEGORY_VARIANT),
    N_ ("The name of the gene alteration is left out"),
    N_ ("No c. or p. names, rs numbers or variant names: describe the finding instead "
        "(“a rare variant in a gene for DNA repair”), especially when the variant is "
        "seen in few people in Denmark or internationally."),
    "Navnet på genforandringen er udeladt",
    "Ingen c.- eller p.-betegnelser, rs-numre eller variantnavne: beskriv fundet i stedet "
    "(»en sjælden variant i et gen for DNA-reparation«), især hvis varianten kun er set hos få "
    "personer i Danmark eller internationalt.",
  },
  {
    KASUS_CONSENT_ITEM_PLACES_DATES,
    BIT (KASUS_CATEGORY_PLACE) | BIT (KASUS_CATEGORY_INSTITUTION) | BIT (KASUS_CATEGORY_DATE),
    N_ ("Places, institutions and dates are generalised"),
    N_ ("No towns, addresses, hospitals, departments or workplaces, and time as a course "
        "(“some years later”) instead of dates and years."),
    "Steder, institutioner og datoer er gjort generelle",
    "Ingen byer, adresser, sygehuse, afdelinger eller arbejdspladser, og tid som forløb "
    "(»nogle år senere«) i stedet for datoer og årstal.",
  },
  {
    KASUS_CONSENT_ITEM_ANALYSIS_STATED,
    0,
    N_ ("The case states whether genome or exome sequencing was used"),
    N_ ("The text must say explicitly whether whole-genome sequencing (WGS) or exome "
        "sequencing (WES) was used, in agreement with the analysis chosen for the case."),
    "Casen angiver, om der er brugt genom- eller eksomsekventering",
    "Det skal fremgå udtrykkeligt af teksten, om der er brugt helgenomsekventering (WGS) "
    "eller eksomsekventering (WES), i overensstemmelse med den analyse, der er valgt for "
    "casen.",
  },
};

guint
kasus_consent_get_n_items (void)
{
  return G_N_ELEMENTS (items);
}

const KasusConsentItem *
kasus_consent_get_item (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (items), NULL);

  return &items[index];
}

const KasusConsentItem *
kasus_consent_find_item (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    if (g_str_equal (items[i].id, id))
      return &items[i];
  return NULL;
}

const char *
kasus_consent_item_get_title (const KasusConsentItem *item, KasusLanguage language)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (language)
    {
      case KASUS_LANGUAGE_DA:
        return item->title_da;
      case KASUS_LANGUAGE_EN:
        return item->title_en;
      case KASUS_LANGUAGE_AUTO:
      default:
        kasus_core_init ();
        return _ (item->title_en);
    }
}

const char *
kasus_consent_item_get_help (const KasusConsentItem *item, KasusLanguage language)
{
  g_return_val_if_fail (item != NULL, NULL);

  switch (language)
    {
      case KASUS_LANGUAGE_DA:
        return item->help_da;
      case KASUS_LANGUAGE_EN:
        return item->help_en;
      case KASUS_LANGUAGE_AUTO:
      default:
        kasus_core_init ();
        return _ (item->help_en);
    }
}

gboolean
kasus_consent_item_judges_category (const KasusConsentItem *item, KasusCategory category)
{
  g_return_val_if_fail (item != NULL, FALSE);

  if ((guint) category >= KASUS_N_CATEGORIES)
    return FALSE;
  return (item->categories & BIT (category)) != 0;
}

static void
count_by_category (const KasusConsentItem *item,
                   GPtrArray              *findings,
                   guint                   counts[KASUS_N_CATEGORIES])
{
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const KasusFinding *f = g_ptr_array_index (findings, i);

      if (kasus_consent_item_judges_category (item, f->category))
        counts[f->category]++;
    }
}

guint
kasus_consent_item_count_findings (const KasusConsentItem *item, GPtrArray *findings)
{
  guint counts[KASUS_N_CATEGORIES] = { 0 };
  guint total = 0;

  g_return_val_if_fail (item != NULL, 0);

  count_by_category (item, findings, counts);
  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    total += counts[c];
  return total;
}

/* Each category spelled out: plural forms differ per word and per
 * language. Written out in full for xgettext and -Wformat. */
char *
kasus_consent_format_category_count (KasusCategory category, guint n)
{
  kasus_core_init ();

  switch (category)
    {
      case KASUS_CATEGORY_CPR:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u CPR number", "%u CPR numbers", n),
                                n);
      case KASUS_CATEGORY_NAME:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u name", "%u names", n), n);
      case KASUS_CATEGORY_AGE:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u age", "%u ages", n), n);
      case KASUS_CATEGORY_DATE:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u date", "%u dates", n), n);
      case KASUS_CATEGORY_FAMILY:
        return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u family relation", "%u family relations", n), n);
      case KASUS_CATEGORY_VARIANT:
        return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u named gene alteration", "%u named gene alterations", n),
          n);
      case KASUS_CATEGORY_GENE:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u gene name", "%u gene names", n),
                                n);
      case KASUS_CATEGORY_PLACE:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place", "%u places", n), n);
      case KASUS_CATEGORY_INSTITUTION:
        return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u institution", "%u institutions", n), n);
      case KASUS_CATEGORY_CONTACT:
        return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%u contact detail", "%u contact details", n), n);
      case KASUS_CATEGORY_ID:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u record or sample number",
                                             "%u record or sample numbers", n),
                                n);
      case KASUS_CATEGORY_OCCUPATION:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u occupation", "%u occupations", n),
                                n);
      case KASUS_N_CATEGORIES:
      default:
        g_return_val_if_reached (g_strdup_printf ("%u", n));
    }
}

char *
kasus_consent_item_describe_findings (const KasusConsentItem *item, GPtrArray *findings)
{
  guint                 counts[KASUS_N_CATEGORIES] = { 0 };
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char      *list = NULL;
  guint                 total = 0;

  g_return_val_if_fail (item != NULL, NULL);

  count_by_category (item, findings, counts);
  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    if (counts[c] > 0)
      {
        g_ptr_array_add (parts, kasus_consent_format_category_count (c, counts[c]));
        total += counts[c];
      }
  if (total == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: joins "1 place", "2 dates" … */
  list = g_strjoinv (_ (", "), (char **) parts->pdata);
  /* Translators: %s is a list such as "3 ages" or "1 place, 2 dates" */
  return g_strdup_printf (_ ("%s still in the text"), list);
}
