/* test-scanner.c — the identifier scanner, per category and language
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-scanner"

#include "config.h"

#include <string.h>

#include "kasus-case.h"
#include "kasus-scanner.h"

static KasusScanner *
scanner (void)
{
  KasusScanner *s = kasus_scanner_get_default ();

  g_assert_nonnull (s);
  return s;
}

/* The finding whose text is surface (and of severity medium or more
 * unless any), or NULL. */
static KasusFinding *
find (GPtrArray *findings, const char *surface)
{
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);
      if (strstr (f->text, surface) != NULL || strstr (surface, f->text) != NULL)
        return f;
    }
  return NULL;
}

static void
expect (const char *text, KasusLanguage lang, const char *surface, KasusCategory category)
{
  g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, lang, NULL);
  KasusFinding         *f = find (findings, surface);

  if (f == NULL || f->category != category || f->severity < KASUS_SEVERITY_MEDIUM)
    g_error ("“%s”: expected %s “%s”, got %s", text, kasus_category_to_string (category), surface,
             f ? kasus_category_to_string (f->category) : "nothing");
  g_assert_nonnull (f->suggestion);
  g_assert_cmpstr (f->suggestion, !=, "");
}

/* Nothing of medium or high severity. */
static void
expect_quiet (const char *text, KasusLanguage lang)
{
  g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, lang, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);
      if (f->severity >= KASUS_SEVERITY_MEDIUM && f->category != KASUS_CATEGORY_VARIANT &&
          f->category != KASUS_CATEGORY_GENE)
        g_error ("“%s”: unexpected %s “%s” (%s)", text, kasus_category_to_string (f->category),
                 f->text, f->rule);
    }
}

/* A finding of exactly surface (medium or more): one span, not two. */
static void
expect_span (const char *text, KasusLanguage lang, const char *surface, KasusCategory category)
{
  g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, lang, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);

      if (g_str_equal (f->text, surface) && f->category == category &&
          f->severity >= KASUS_SEVERITY_MEDIUM)
        return;
    }
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);
      g_message ("  found %s “%s”", kasus_category_to_string (f->category), f->text);
    }
  g_error ("“%s”: expected one %s span “%s”", text, kasus_category_to_string (category), surface);
}

#define DA   KASUS_LANGUAGE_DA
#define EN   KASUS_LANGUAGE_EN
#define AUTO KASUS_LANGUAGE_AUTO

static void
test_cpr (void)
{
  expect ("Pt. 010203-1234 indlagt.", DA, "010203-1234", KASUS_CATEGORY_CPR);
  expect ("CPR 0711751204 slettes.", DA, "0711751204", KASUS_CATEGORY_CPR);
  expect ("Patient CPR 030862-2381.", EN, "030862-2381", KASUS_CATEGORY_CPR);
  /* day 45 is no date */
  expect_quiet ("Værdi 450203-1234 ukendt", DA);
}

static void
test_age (void)
{
  expect ("En 72-årig mand", DA, "72-årig", KASUS_CATEGORY_AGE);
  expect ("hans 44-årige søster", DA, "44-årige", KASUS_CATEGORY_AGE);
  expect ("37 år gammel mand", DA, "37 år", KASUS_CATEGORY_AGE);
  expect ("Kvinde i en alder af 47 år ved diagnosen", DA, "47", KASUS_CATEGORY_AGE);
  expect ("en mand på 58, fisker", DA, "58", KASUS_CATEGORY_AGE);
  expect ("Pt. er født 1969 og landmand", DA, "født 1969", KASUS_CATEGORY_AGE);
  expect ("A 64-year-old man", EN, "64-year-old", KASUS_CATEGORY_AGE);
  expect ("a woman aged 41, never-smoker", EN, "41", KASUS_CATEGORY_AGE);
  expect ("the youngest only 3 years old", EN, "3 years old", KASUS_CATEGORY_AGE);
  expect ("Patient K.M., 24 y, male", EN, "24 y", KASUS_CATEGORY_AGE);
  expect_quiet ("Behandlet i 3 år med tamoxifen, efter 3 måneder PD.", DA);
  expect_quiet ("En patient i 60'erne.", DA);
  expect_quiet ("Six weeks later she was in her sixties.", EN);
}

static void
test_date (void)
{
  expect ("opereret 12. marts 2023 på", DA, "12. marts 2023", KASUS_CATEGORY_DATE);
  expect ("Koloskopi 3/4-23: tumor", DA, "3/4-23", KASUS_CATEGORY_DATE);
  expect ("startede 21.11.2022 med", DA, "21.11.2022", KASUS_CATEGORY_DATE);
  expect ("crizotinib fra marts 2023", DA, "marts 2023", KASUS_CATEGORY_DATE);
  expect ("Scanned on 14th March and again", EN, "14th March", KASUS_CATEGORY_DATE);
  expect_quiet ("Second-line therapy; the 4th cycle in the 2nd line.", EN);
  expect ("diagnosticeret i 2021 med", DA, "2021", KASUS_CATEGORY_DATE);
  expect ("Debut nytårsaften 2022 med hoste", DA, "nytårsaften 2022", KASUS_CATEGORY_DATE);
  expect ("indlagt 2. påskedag 2022 på", DA, "påskedag", KASUS_CATEGORY_DATE);
  expect ("Forundersøgelse uge 51", DA, "uge 51", KASUS_CATEGORY_DATE);
  expect ("diagnosed in March 2021 with", EN, "March 2021", KASUS_CATEGORY_DATE);
  expect ("Meeting 12/01/2024 MDT", EN, "12/01/2024", KASUS_CATEGORY_DATE);
  expect ("in spring 2021 (PSA 312)", EN, "spring 2021", KASUS_CATEGORY_DATE);
  expect_quiet ("intermediær risiko (ELN 2022) og WHO 2016-klassifikation", DA);
  expect_quiet ("efter 3 måneder og 15/20 metafaser, TMB 2.1", DA);
  expect_quiet ("forløst ved sectio i uge 34", DA);
  expect_quiet ("You may start after six weeks.", EN);
}

static void
test_family (void)
{
  expect ("Pt. er gift og har to voksne børn.", DA, "gift", KASUS_CATEGORY_FAMILY);
  expect ("Pt. er gift og har to voksne børn.", DA, "to voksne børn", KASUS_CATEGORY_FAMILY);
  expect ("Hendes svigerdatter er rask.", DA, "svigerdatter", KASUS_CATEGORY_FAMILY);
  expect ("halvbror og tvillingesøster testet", DA, "halvbror", KASUS_CATEGORY_FAMILY);
  expect ("deltog i barnebarnets dåb", DA, "barnebarnets", KASUS_CATEGORY_FAMILY);
  expect ("Morfar døde af sarkom", DA, "Morfar", KASUS_CATEGORY_FAMILY);
  expect ("hun er enke", DA, "enke", KASUS_CATEGORY_FAMILY);
  expect ("His wife will accompany him.", EN, "His wife", KASUS_CATEGORY_FAMILY);
  expect ("HLA typing of his two siblings", EN, "siblings", KASUS_CATEGORY_FAMILY);
  expect ("he is the brother-in-law of a nurse", EN, "brother-in-law", KASUS_CATEGORY_FAMILY);
  expect_quiet ("familiær disposition ikke afklaret; ingen kendt cancer i familien", DA);
  expect_quiet ("sister chromatid exchange in daughter cells", EN);
  expect_quiet ("Børn med leukæmi behandles efter protokol.", DA);
}

static void
test_occupation (void)
{
  expect ("kvinde, tidligere skolelærer fra", DA, "skolelærer", KASUS_CATEGORY_OCCUPATION);
  expect ("Pt. er elitehåndboldspiller i klubben", DA, "elitehåndboldspiller",
          KASUS_CATEGORY_OCCUPATION);
  expect ("mand, landmand med svineproduktion", DA, "landmand", KASUS_CATEGORY_OCCUPATION);
  expect ("a retired ferry captain from", EN, "captain", KASUS_CATEGORY_OCCUPATION);
  expect ("works as a taxi driver.", EN, "taxi driver", KASUS_CATEGORY_OCCUPATION);
  expect ("hun arbejder som sygeplejerske", DA, "sygeplejerske", KASUS_CATEGORY_OCCUPATION);
  expect_quiet ("Kontaktsygeplejersken ringer. Pensionist.", DA);
  expect_quiet ("WGS fandt en behandlingsbar driver (Sanger-verificeret).", DA);
  /* the broader lexicon and its compound heads */
  expect ("mand, uddannet anlægsgartner, ryger", DA, "anlægsgartner", KASUS_CATEGORY_OCCUPATION);
  expect ("Pt. er møbelsnedker og bor alene", DA, "møbelsnedker", KASUS_CATEGORY_OCCUPATION);
  expect ("a 61-year-old plasterer who smokes", EN, "plasterer", KASUS_CATEGORY_OCCUPATION);
  /* a job told by its construction, the word unknown */
  expect ("Han arbejder som stilladsmontør på havnen", DA, "stilladsmontør",
          KASUS_CATEGORY_OCCUPATION);
  expect ("He is employed as a scaffolder.", EN, "scaffolder", KASUS_CATEGORY_OCCUPATION);
  expect ("She worked as a warehouse operative until 2019.", EN, "warehouse operative",
          KASUS_CATEGORY_OCCUPATION);
  expect_quiet ("Pumpen arbejder som normalt. The port works as expected.", DA);
  expect ("Han er IT-konsulent i en bank", DA, "IT-konsulent", KASUS_CATEGORY_OCCUPATION);
  expect ("tidligere VVS-montør, ryger", DA, "VVS-montør", KASUS_CATEGORY_OCCUPATION);
  expect ("a long career as a flight attendant", EN, "flight attendant", KASUS_CATEGORY_OCCUPATION);
  expect ("She is a nurse by profession.", EN, "nurse", KASUS_CATEGORY_OCCUPATION);
  expect_quiet ("CT-scanneren og PET-skanneren var optaget; MR-kontrollen venter.", DA);
  expect_quiet ("The device worked as intended; WGS was employed as a first-line test.", EN);
}

static void
test_name (void)
{
  expect ("Pt.: Jesper Kragh Andersen, indlagt", DA, "Jesper Kragh Andersen", KASUS_CATEGORY_NAME);
  expect ("informeres af ovl. Helle Damgaard i amb.", DA, "Helle Damgaard", KASUS_CATEGORY_NAME);
  expect ("Re: Mr. Ahmad Rahimi, CPR", EN, "Ahmad Rahimi", KASUS_CATEGORY_NAME);
  expect ("Hi Birgitte,\n\nAs promised", EN, "Birgitte", KASUS_CATEGORY_NAME);
  expect ("Pt. KL er informeret.", DA, "KL", KASUS_CATEGORY_NAME);
  expect ("Konklusion v/ KH", DA, "KH", KASUS_CATEGORY_NAME);
  expect ("Present: L. Winther, T. Okafor, nurse", EN, "T. Okafor", KASUS_CATEGORY_NAME);
  expect ("Med venlig hilsen\n\nAnne-Sofie Bak, afdelingslæge", DA, "Anne-Sofie Bak",
          KASUS_CATEGORY_NAME);
  expect ("Henvist af Peter van der Berg i går", DA, "Peter van der Berg", KASUS_CATEGORY_NAME);
  expect_quiet ("Patienten, der blev henvist, og de Pågældende test.", DA);
  expect_quiet ("Lynch syndrom og Hodgkin lymfom; Li-Fraumeni syndrom blev bekræftet.", DA);
  expect_quiet ("Behandlet med pembrolizumab og carboplatin efter KEYNOTE-studiet.", DA);
  expect_quiet ("Casen viser, at WGS kan stille diagnosen.", DA);
}

static void
test_place_institution (void)
{
  expect ("fisker fra Hvide Sande", DA, "Hvide Sande", KASUS_CATEGORY_PLACE);
  expect ("bosat i Holstebro", DA, "Holstebro", KASUS_CATEGORY_PLACE);
  expect ("pensionist fra Ærø", DA, "Ærø", KASUS_CATEGORY_PLACE);
  expect ("Adresse: Kastanievej 14, 1. th., 2830 Virum", DA, "Kastanievej 14",
          KASUS_CATEGORY_PLACE);
  expect ("He came from Herat as a young man", EN, "Herat", KASUS_CATEGORY_PLACE);
  /* a town in the genitive, a company by its group, an English university */
  expect ("Hun bor i udkanten af Koldings opland", DA, "Koldings", KASUS_CATEGORY_PLACE);
  expect ("ansat i Danfoss-koncernen siden 1998", DA, "Danfoss-koncernen",
          KASUS_CATEGORY_INSTITUTION);
  expect ("a lecturer at the University of Southern Denmark.", EN, "University of Southern Denmark",
          KASUS_CATEGORY_INSTITUTION);
  expect_quiet ("Resultaterne af WGS-analysen var som ventet.", DA);
  expect ("EBUS på Regionshospitalet Viborg viste", DA, "Regionshospitalet Viborg",
          KASUS_CATEGORY_INSTITUTION);
  expect ("henvist til OUH", DA, "OUH", KASUS_CATEGORY_INSTITUTION);
  expect ("Onkologisk Afdeling, Vejle Sygehus", DA, "Onkologisk Afdeling",
          KASUS_CATEGORY_INSTITUTION);
  expect ("Department of Oncology, Aarhus University Hospital", EN, "Department of Oncology",
          KASUS_CATEGORY_INSTITUTION);
  expect ("spiller i Skjern Håndbold", DA, "Skjern Håndbold", KASUS_CATEGORY_INSTITUTION);
  expect_quiet ("biopsi på et regionshospital og henvist til klinisk genetisk afdeling", DA);
  expect_quiet ("set hos få i Danmark og internationalt", DA);
}

static void
test_contact_id (void)
{
  expect ("Direkte tlf. 3868 2145 ·", DA, "3868 2145", KASUS_CATEGORY_CONTACT);
  expect ("Ring på 20 84 66 17", DA, "20 84 66 17", KASUS_CATEGORY_CONTACT);
  expect ("Phone +45 7846 2531", EN, "+45 7846 2531", KASUS_CATEGORY_CONTACT);
  expect ("mail anne-sofie.bak@regionh.dk tak", DA, "anne-sofie.bak@regionh.dk",
          KASUS_CATEGORY_CONTACT);
  expect ("see https://deling.rsyd.dk/sag/OUH-1 now", EN, "https://deling.rsyd.dk/sag/OUH-1",
          KASUS_CATEGORY_CONTACT);
  expect ("WGS (prøve-ID R23-004471)", DA, "R23-004471", KASUS_CATEGORY_ID);
  expect ("journal nr. 8812 er", DA, "8812", KASUS_CATEGORY_ID);
  expect ("MDT-nr.: MDT-23-1187", DA, "MDT-23-1187", KASUS_CATEGORY_ID);
  expect_quiet ("PD-L1 TPS 80%, Ki-67 70%, ECOG 1, Gleason 4+5=9, TMB 212 mut/Mb, 200 mg q3w", DA);
  expect_quiet ("Hb 5,9 mmol/l, CA-125 1.240 kU/l, leuk. 84 x 10^9/l, 100x dækning", DA);
}

/* The general forms of each category, beyond the dev corpus: every way
 * clinicians write an age, a date, a relation, a name … and the generic
 * text around them that must stay quiet. */
typedef struct
{
  const char   *text;
  KasusLanguage lang;
  const char   *surface; /* NULL: nothing of medium or high severity */
  KasusCategory category;
} SpanCase;

/* Each case found as exactly that one span, or nothing at all. */
static void
expect_span_cases (const SpanCase *cases, gsize n_cases)
{
  for (gsize k = 0; k < n_cases; k++)
    if (cases[k].surface)
      expect_span (cases[k].text, cases[k].lang, cases[k].surface, cases[k].category);
    else
      expect_quiet (cases[k].text, cases[k].lang);
}

/* surface found as exactly that one span of category, suggested as suggestion. */
static void
expect_suggestion (const char   *text,
                   KasusLanguage lang,
                   const char   *surface,
                   KasusCategory category,
                   const char   *suggestion)
{
  g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, lang, NULL);
  KasusFinding         *f = NULL;

  expect_span (text, lang, surface, category);
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((KasusFinding *) g_ptr_array_index (findings, i))->text, surface))
      f = g_ptr_array_index (findings, i);
  g_assert_nonnull (f);
  if (g_strcmp0 (f->suggestion, suggestion) != 0)
    g_error ("“%s”: “%s” suggested as “%s”, expected “%s”", text, f->text, f->suggestion,
             suggestion);
}

/* A department and its hospital are one institution, whatever the form
 * of either and whatever joins them (CONVENTIONS: "Onkologisk Afdeling,
 * Vejle Sygehus"). */
static void
test_department_hospital (void)
{
  static const SpanCase cases[] = {
    { "henvist fra Onkologisk Afdeling, Aarhus Universitetshospital til os", DA,
      "Onkologisk Afdeling, Aarhus Universitetshospital", KASUS_CATEGORY_INSTITUTION },
    { "Udredt på Klinisk Genetisk Afdeling, Rigshospitalet i foråret.", DA,
      "Klinisk Genetisk Afdeling, Rigshospitalet", KASUS_CATEGORY_INSTITUTION },
    { "Behandlet på afd. R på OUH.", DA, "afd. R på OUH", KASUS_CATEGORY_INSTITUTION },
    { "Seen at the Department of Oncology, Odense University Hospital.", EN,
      "Department of Oncology, Odense University Hospital", KASUS_CATEGORY_INSTITUTION },
    { "Kontrol i Hæmatologisk Ambulatorium ved Vejle Sygehus.", DA,
      "Hæmatologisk Ambulatorium ved Vejle Sygehus", KASUS_CATEGORY_INSTITUTION },
    { "Overflyttet til Kardiologisk Afdeling på Herlev Hospital.", DA,
      "Kardiologisk Afdeling på Herlev Hospital", KASUS_CATEGORY_INSTITUTION },
    { "referred to the oncology department at Aarhus University Hospital", EN,
      "oncology department at Aarhus University Hospital", KASUS_CATEGORY_INSTITUTION },
    { "Indlagt på medicinsk afdeling på Sygehus Lillebælt.", DA,
      "medicinsk afdeling på Sygehus Lillebælt", KASUS_CATEGORY_INSTITUTION },
    { "Svar fra Rigshospitalet, Klinisk Genetisk Klinik i dag", DA,
      "Rigshospitalet, Klinisk Genetisk Klinik", KASUS_CATEGORY_INSTITUTION },
    { "Set i afsnit 4062, Rigshospitalet.", DA, "afsnit 4062, Rigshospitalet",
      KASUS_CATEGORY_INSTITUTION },
    { "Fulgt i Onkologisk Afdeling R, OUH siden", DA, "Onkologisk Afdeling R, OUH",
      KASUS_CATEGORY_INSTITUTION },
    { "Sektion for Hæmatologi, Medicinsk Afdeling, OUH har svaret", DA,
      "Sektion for Hæmatologi, Medicinsk Afdeling, OUH", KASUS_CATEGORY_INSTITUTION },
    { "Molekylærmedicinsk Afdeling (MOMA), AUH viste", DA,
      "Molekylærmedicinsk Afdeling (MOMA), AUH", KASUS_CATEGORY_INSTITUTION },
    { "Kirurgisk Afd., Sygehus Lillebælt, Vejle, hvor", DA,
      "Kirurgisk Afd., Sygehus Lillebælt, Vejle", KASUS_CATEGORY_INSTITUTION },
    { "Hun blev set i Onkologisk Afdeling i Vejle.", DA, "Onkologisk Afdeling i Vejle",
      KASUS_CATEGORY_INSTITUTION },
    { "seen at the Clinical Genetics Clinic, Vejle Hospital, and", EN,
      "Clinical Genetics Clinic, Vejle Hospital", KASUS_CATEGORY_INSTITUTION },
    { "Genomisk Medicin, Rigshospitalet har svaret", DA, "Genomisk Medicin, Rigshospitalet",
      KASUS_CATEGORY_INSTITUTION },
    /* a list of hospitals and towns stays a list */
    { "behandlet på OUH, Vejle og Kolding", DA, "OUH", KASUS_CATEGORY_INSTITUTION },
    { "behandlet på OUH, Vejle og Kolding", DA, "Vejle", KASUS_CATEGORY_PLACE },
    { "Onkologisk Afdeling, Hæmatologisk Afdeling og Kirurgisk Afdeling", DA,
      "Hæmatologisk Afdeling", KASUS_CATEGORY_INSTITUTION },
    /* negatives: a generic department, a document's section, "Haematology clinic" */
    { "Pt. fulgt i onkologisk afdeling.", DA, NULL, 0 },
    { "Se afsnit 3 for detaljer.", DA, NULL, 0 },
    { "Follow-up in the Haematology clinic every three months.", EN, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
}

/* Forms clinicians write that the first rules missed: a name used again
 * alone, CPR numbers in groups, ages in shorthand and in lists. */
static void
test_writer_forms_2 (void)
{
  static const SpanCase cases[] = {
    /* a part of a name found once is a name everywhere in the text */
    { "Villy Søvndal er formand. Senere sagde Søvndal nej.", DA, "Søvndal", KASUS_CATEGORY_NAME },
    { "Pt. Mette Kjærsgaard, 54 år. I dag ringede Kjærsgaards datter.", DA, "Kjærsgaards",
      KASUS_CATEGORY_NAME },
    { "Seen by Dr. Holm. The plan from Holm was accepted.", EN, "Holm", KASUS_CATEGORY_NAME },
    /* CPR in groups, with dots, and a spaced dash */
    { "Pt. 12 08 59 - 1677, indlagt", DA, "12 08 59 - 1677", KASUS_CATEGORY_CPR },
    { "CPR 120859 - 1677.", DA, "120859 - 1677", KASUS_CATEGORY_CPR },
    { "pt 12 08 59-1677 set", DA, "12 08 59-1677", KASUS_CATEGORY_CPR },
    /* ages: shorthand, Danish without å, in lists before a job */
    { "3) ali, 45, taxachauffør", DA, "45", KASUS_CATEGORY_AGE },
    { "- Father: 68, retired tram driver", EN, "68", KASUS_CATEGORY_AGE },
    { "Patient 3, 34 år gl. mand", DA, "34 år gl", KASUS_CATEGORY_AGE },
    { "pt kaj, 77 aar, pens. landmand", DA, "77 aar", KASUS_CATEGORY_AGE },
    { "En 70-aarig tidligere skibsfører", DA, "70-aarig", KASUS_CATEGORY_AGE },
    { "Mrs. Bird is a 67 y/o former florist", EN, "67 y/o", KASUS_CATEGORY_AGE },
    { "41 y.o. F, flight attendant", EN, "41 y.o", KASUS_CATEGORY_AGE },
    { "Lasse Grønbech | 28 years | engineer", EN, "28 years", KASUS_CATEGORY_AGE },
    { "mr okafor – 29M, professional footballer", EN, "29M", KASUS_CATEGORY_AGE },
    /* Danish compound jobs by their heads */
    { "Han var udenrigsminister og senere landsformand.", DA, "udenrigsminister",
      KASUS_CATEGORY_OCCUPATION },
    { "Hun er lokalradiovært.", DA, "lokalradiovært", KASUS_CATEGORY_OCCUPATION },
    { "Han er murerlærling.", DA, "murerlærling", KASUS_CATEGORY_OCCUPATION },
    /* negatives */
    { "Dosis 15 mg, 2, derefter 3.", DA, NULL, 0 },
    { "dato 12 08 2019 og 44 55 66 - 1234 kr.", DA, NULL, 0 },
    { "Vi tilpasser dosis og behandlingstilbud.", DA, NULL, 0 },
    { "Lynch syndrom. Lynch syndrom er arveligt.", DA, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
}

/* General forms of dates, ids, jobs and workplaces that an earlier round
 * missed: one row (or more) per rule, and the text that must stay quiet. */
static void
test_recall_forms_5 (void)
{
  static const SpanCase cases[] = {
    /* a US date, month first */
    { "03/14/2022: CT viste tumor.", EN, "03/14/2022", KASUS_CATEGORY_DATE },
    /* a day and a month, the year apart */
    { "Gastroskopi i Nuuk 20/4 2023: tumor.", DA, "20/4 2023", KASUS_CATEGORY_DATE },
    /* a week with its year */
    { "Analyseret: uge 47/2023", DA, "uge 47/2023", KASUS_CATEGORY_DATE },
    /* a bare day/month opening a timeline line, or after "start", "MTB" */
    { "Forløb:\n13/6: WGS besluttet", DA, "13/6", KASUS_CATEGORY_DATE },
    { "start erdafitinib 17/8, ok", DA, "17/8", KASUS_CATEGORY_DATE },
    { "Next MTB 30/1. Minutes later.", EN, "30/1", KASUS_CATEGORY_DATE },
    /* an ordinal day and a month, any case */
    { "sarcoma clinic, thurs 18th jan", EN, "18th jan", KASUS_CATEGORY_DATE },
    { "dictated 3rd of july in clinic", EN, "3rd of july", KASUS_CATEGORY_DATE },
    { "Deadline is the 20th.", EN, "20th", KASUS_CATEGORY_DATE },
    /* a month and a day, also a month that is a word or a name */
    { "repotrectinib started Jan 15, PR after 8 weeks", EN, "Jan 15", KASUS_CATEGORY_DATE },
    { "Feb 2nd, 2023: WGS requested", EN, "Feb 2nd, 2023", KASUS_CATEGORY_DATE },
    /* a Danish month and a two-digit year in a timeline */
    { "Forløb:\napril 23: ipilimumab", DA, "april 23", KASUS_CATEGORY_DATE },
    /* a month after a preposition; a month and "last year" */
    { "Sønnen testes i april.", DA, "april", KASUS_CATEGORY_DATE },
    { "konfirmation i maj, da hun", DA, "maj", KASUS_CATEGORY_DATE },
    { "she started afatinib in may and", EN, "may", KASUS_CATEGORY_DATE },
    { "diagnosed february last year at", EN, "february last year", KASUS_CATEGORY_DATE },
    /* a holiday of this year */
    { "ønsker at flyve hjem i julen.", DA, "julen", KASUS_CATEGORY_DATE },
    /* a year or a span of years opening a timeline line */
    { "Tidslinje\n2019–2021: type 2-diabetes", DA, "2019–2021", KASUS_CATEGORY_DATE },
    /* codes with Danish capitals, a prefix glued by a slash, a tumour board
     * number, a tissue block */
    { "Fra Hæmatologisk Afd. – sag HÆM-24/0237", DA, "HÆM-24/0237", KASUS_CATEGORY_ID },
    { "MDT no.: SC/23/0958", EN, "MDT no.: SC/23/0958", KASUS_CATEGORY_ID },
    { "Case 1. MTB 24/112. Woman", EN, "MTB 24/112", KASUS_CATEGORY_ID },
    { "Modtaget i dag, Blok: A3", DA, "Blok: A3", KASUS_CATEGORY_ID },
    /* jobs: a prefix, a hyphen, ownership, one's own firm, new heads */
    { "pt 1: 63, ex-nurse (surg ward)", EN, "ex-nurse", KASUS_CATEGORY_OCCUPATION },
    { "Remove the harbour-master role.", EN, "harbour-master", KASUS_CATEGORY_OCCUPATION },
    { "Occupation: owner of a pizzeria in town.", EN, "owner of a pizzeria",
      KASUS_CATEGORY_OCCUPATION },
    { "de sidste år med eget murerfirma i byen", DA, "eget murerfirma", KASUS_CATEGORY_OCCUPATION },
    { "Hun er partner i et revisionsfirma.", DA, "partner i et revisionsfirma",
      KASUS_CATEGORY_OCCUPATION },
    { "Broderen arbejdede også som svinepasser.", DA, "svinepasser", KASUS_CATEGORY_OCCUPATION },
    { "56-årig landpostbud henvender sig", DA, "landpostbud", KASUS_CATEGORY_OCCUPATION },
    /* a workplace right after a job */
    { "hans kone er kirkesanger i Domkirken, så", DA, "Domkirken", KASUS_CATEGORY_INSTITUTION },
    { "Her brother is a chef at Restaurant Kadeau; no symptoms.", EN, "Restaurant Kadeau",
      KASUS_CATEGORY_INSTITUTION },
    /* negatives */
    { "Mitoses 12/5 mm², Ki-67 8 %.", EN, NULL, 0 },
    { "It is the 20th century.", EN, NULL, 0 },
    { "The drug may cause nausea in some patients.", EN, NULL, 0 },
    { "Han fik AV-blok grad 2.", DA, NULL, 0 },
    { "Der kommer ikke meget i maj og juni", DA, "maj", KASUS_CATEGORY_DATE },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_general_forms (void)
{
  /* ages */
  expect ("Pt. JHK, K 54 år, pædagog", DA, "54 år", KASUS_CATEGORY_AGE);
  expect ("- Pt.: M, 71 (f. 1952), landmand", DA, "71", KASUS_CATEGORY_AGE);
  expect ("K, 44, sygeplejerske på intensiv", DA, "44", KASUS_CATEGORY_AGE);
  expect ("Patienten er 56 år, elektriker", DA, "56 år", KASUS_CATEGORY_AGE);
  expect ("pt fylder 68 d. 24. september", DA, "68", KASUS_CATEGORY_AGE);
  expect ("hans lillebror på 15 år bor hjemme", DA, "15 år", KASUS_CATEGORY_AGE);
  expect ("farmor døde ved 58 års alderen", DA, "58 års alderen", KASUS_CATEGORY_AGE);
  expect ("kort efter sin 56-års fødselsdag", DA, "56-års", KASUS_CATEGORY_AGE);
  expect ("Pt. årgang 1957, revisor", DA, "årgang 1957", KASUS_CATEGORY_AGE);
  expect ("Patient: M, 52, bus driver", EN, "52", KASUS_CATEGORY_AGE);
  expect ("Woman, 59 years, divorced", EN, "59 years", KASUS_CATEGORY_AGE);
  expect ("She is 77, a retired pharmacist", EN, "77", KASUS_CATEGORY_AGE);
  expect ("his daughter (42) lives in Odense", EN, "42", KASUS_CATEGORY_AGE);
  expect ("Her daughter, 34, tested positive", EN, "34", KASUS_CATEGORY_AGE);
  expect ("his father died of prostate cancer at 62.", EN, "62", KASUS_CATEGORY_AGE);
  expect_quiet ("Raske bærere tilbydes test ved 18 års alder", DA);
  expect_quiet ("Tumoren er 5 cm, PSA 62, efter 6 år uden recidiv", DA);
  expect_quiet ("PSA rose to 62 ng/ml at 3 months; stable for 2 years.", EN);

  /* dates */
  expect ("Platinfølsomt recidiv Q3 2022.", DA, "Q3 2022", KASUS_CATEGORY_DATE);
  expect ("progression i 3. kvartal 2021", DA, "3. kvartal 2021", KASUS_CATEGORY_DATE);
  expect ("- Dx 05/2022: HGSOC stage IIIC", EN, "05/2022", KASUS_CATEGORY_DATE);
  expect ("Resektion. I 2020 fik hun fjernet en GIST.", DA, "I 2020", KASUS_CATEGORY_DATE);
  expect ("BRCA1/2-screening i blod var negativ (2021).", DA, "2021", KASUS_CATEGORY_DATE);
  expect ("presented in the Easter holidays 2023 with ataxia", EN, "Easter holidays 2023",
          KASUS_CATEGORY_DATE);
  expect ("debut i sommerferien 2022", DA, "sommerferien 2022", KASUS_CATEGORY_DATE);
  expect_quiet ("kasus 3/5, 15/20 metafaser, WHO-klassifikation (2016)", DA);
  expect_quiet ("classified by the ELN (2022) criteria", EN);

  /* family */
  expect ("sin papsøster og hendes børn", DA, "papsøster", KASUS_CATEGORY_FAMILY);
  expect ("hendes kæreste og hans bonusbarn", DA, "bonusbarn", KASUS_CATEGORY_FAMILY);
  expect ("voksede op hos en plejefamilie", DA, "plejefamilie", KASUS_CATEGORY_FAMILY);
  expect ("test af farbroderens efterkommere", DA, "farbroderens", KASUS_CATEGORY_FAMILY);
  expect ("moster ved 61 års alderen, mormoderen underlivskræft", DA, "mormoderen",
          KASUS_CATEGORY_FAMILY);
  expect ("fraskilt og har ingen børn", DA, "ingen børn", KASUS_CATEGORY_FAMILY);
  expect ("Hun er ugift, barnløs", DA, "barnløs", KASUS_CATEGORY_FAMILY);
  expect ("Børnene er ikke testet.", DA, "Børnene", KASUS_CATEGORY_FAMILY);
  expect ("He is single with no children", EN, "no children", KASUS_CATEGORY_FAMILY);
  expect ("He is single with no children", EN, "single", KASUS_CATEGORY_FAMILY);
  expect ("I think the brother's age should go", EN, "brother's", KASUS_CATEGORY_FAMILY);
  expect ("his wife is expecting their first child", EN, "first child", KASUS_CATEGORY_FAMILY);
  expect ("ring til datteren (Tina) i morgen", DA, "Tina", KASUS_CATEGORY_NAME);
  expect_quiet ("rask (samme far)", DA);
  expect_quiet ("arvet på mødrene side", DA);
  expect_quiet ("he discussed it with his family", EN);

  /* names and initials */
  expect ("dato 12.03.2023 · referent: AMN", DA, "AMN", KASUS_CATEGORY_NAME);
  expect ("Ok.\n\n/LBJ\n", DA, "LBJ", KASUS_CATEGORY_NAME);
  expect ("Jakob Ravn-Eriksen / JRE, 1. reservelæge", DA, "JRE", KASUS_CATEGORY_NAME);
  expect ("vejleder prof. Nielsen", DA, "prof. Nielsen", KASUS_CATEGORY_NAME);
  expect ("reservelæge Lærke Sand (LSK), molekylærbiolog", DA, "LSK", KASUS_CATEGORY_NAME);
  expect ("Ingen fund.\n\nRef. IHN\n", DA, "IHN", KASUS_CATEGORY_NAME);
  expect ("JPMK er pensioneret skolelærer", DA, "JPMK", KASUS_CATEGORY_NAME);
  expect ("Chair: Prof. Henrik Lund · Minutes: TVB\n", EN, "TVB", KASUS_CATEGORY_NAME);
  expect ("Regional Hospital Gødstrup. Reviewed by HGH.", EN, "HGH", KASUS_CATEGORY_NAME);
  expect ("Attendees: MKS, JP, Dr. Chen", EN, "JP", KASUS_CATEGORY_NAME);
  expect_quiet ("tilfældigt fund af levertumor ved UL for galdesten", DA);
  expect_quiet ("part of a study (patient ID in study: none)", EN);
  expect_quiet ("Subject: Re: case 5 (lung) – nearly ready", EN);
  expect_quiet ("  - MSS, TMB 1,8\n  - TMB var lav", DA);
  expect ("Peter Lund, MD, PhD", EN, "Peter Lund", KASUS_CATEGORY_NAME);

  /* occupations */
  expect ("Hans far er læge i Kolding", DA, "læge", KASUS_CATEGORY_OCCUPATION);
  expect ("one daughter who is a physician abroad", EN, "physician", KASUS_CATEGORY_OCCUPATION);
  expect ("lung cancer in a young nurse", EN, "nurse", KASUS_CATEGORY_OCCUPATION);
  expect ("A 67 year old farmer near Tønder", EN, "farmer", KASUS_CATEGORY_OCCUPATION);
  expect ("Patient: M, 52, bus driver with Movia", EN, "bus driver", KASUS_CATEGORY_OCCUPATION);
  expect ("works in Kalundborg as a laboratory technician", EN, "laboratory technician",
          KASUS_CATEGORY_OCCUPATION);
  expect ("en kvinde, tidligere landpost på Samsø", DA, "landpost", KASUS_CATEGORY_OCCUPATION);
  expect_quiet ("Hun driver en lille forretning.", DA);
  expect_quiet ("Note from the author: the case is ready.", EN);
  expect_quiet ("Forfatter: se nedenfor.", DA);
  expect_quiet ("contact nurse on the ward", EN);

  /* places and institutions */
  expect ("Den grønlandske oprindelse gør pt. genkendelig", DA, "grønlandske",
          KASUS_CATEGORY_PLACE);
  expect ("cancer in a Greenlandic patient", EN, "Greenlandic", KASUS_CATEGORY_PLACE);
  expect ("from a village on Funen", EN, "Funen", KASUS_CATEGORY_PLACE);
  expect ("a hunter from Sisimiut, Greenland", EN, "Sisimiut", KASUS_CATEGORY_PLACE);
  expect ("fisker på rejetrawler (Royal Greenland A/S)", DA, "Royal Greenland A/S",
          KASUS_CATEGORY_INSTITUTION);
  expect ("Til: Astrid Lindgrens Barnsjukhus, Stockholm", DA, "Barnsjukhus",
          KASUS_CATEGORY_INSTITUTION);
  expect ("behandlet på Landssjúkrahúsið i samarbejde", DA, "Landssjúkrahúsið",
          KASUS_CATEGORY_INSTITUTION);
  expect ("nu indlagt på hospice Sankt Lukas", DA, "hospice Sankt Lukas",
          KASUS_CATEGORY_INSTITUTION);
  expect ("a second opinion at MD Anderson Cancer Center, Houston", EN, "Houston",
          KASUS_CATEGORY_PLACE);
  expect ("at the Juliane Marie Centre.", EN, "Juliane Marie Centre", KASUS_CATEGORY_INSTITUTION);
  expect ("He plays in the AaB youth academy.", EN, "AaB", KASUS_CATEGORY_INSTITUTION);
  expect_quiet ("en svensk studie og tyske retningslinjer", DA);
  expect_quiet ("German guidelines and a Swedish cohort", EN);
  expect_quiet ("der(22)t(9;22) (double Philadelphia) and trisomy 8", EN);

  /* contact and ids */
  expect ("BBH · 3531 2000 lok. 4471", DA, "3531 2000", KASUS_CATEGORY_CONTACT);
  expect ("Note: tlf. til pt. 28914407 og mail", DA, "28914407", KASUS_CATEGORY_CONTACT);
  expect ("Kontakt på +4579181818", DA, "+4579181818", KASUS_CATEGORY_CONTACT);
  expect ("sygeplejerske Birgit på 9764 5210 vedr. smertepumpe", DA, "9764 5210",
          KASUS_CATEGORY_CONTACT);
  expect ("contact nurse Maja ext. 4417", EN, "4417", KASUS_CATEGORY_CONTACT);
  expect ("rekv.nr. 993012-4410) viste", DA, "993012-4410", KASUS_CATEGORY_ID);
  expect_quiet ("Hb 7,3 mmol/l, 2500 mg dagligt, 12345678 reads", DA);
}

/* No finding of category at surface (any severity of medium or more). */
static void
expect_not (const char *text, KasusLanguage lang, const char *surface, KasusCategory category)
{
  g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, lang, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (findings, i);

      if (f->category == category && f->severity >= KASUS_SEVERITY_MEDIUM &&
          (strstr (f->text, surface) != NULL || strstr (surface, f->text) != NULL))
        g_error ("“%s”: unexpected %s “%s” (%s)", text, kasus_category_to_string (category),
                 f->text, f->rule);
    }
}

/* General forms of names, ages and jobs in notes, lists and letters,
 * each with the ordinary words, genes and drugs that must stay out. */
static void
test_writer_forms_3 (void)
{
  static const struct
  {
    const char   *text;
    KasusLanguage lang;
    const char   *surface;
    KasusCategory category;
    gboolean      found;
  } cases[] = {
    /* a personal title before a word, an initial or a small name */
    { "Vi talte med hr. Smed om det.", DA, "hr. Smed", KASUS_CATEGORY_NAME, TRUE },
    { "Hr. Møller selv har givet lov.", DA, "Hr. Møller", KASUS_CATEGORY_NAME, TRUE },
    { "Kasus 2: \"Fru K.\" er for tydeligt.", DA, "Fru K.", KASUS_CATEGORY_NAME, TRUE },
    { "noter: fru jensen ringede i går", DA, "fru jensen", KASUS_CATEGORY_NAME, TRUE },
    { "seen today: mrs. petersen, stable", EN, "mrs. petersen", KASUS_CATEGORY_NAME, TRUE },
    /* a naming verb before a word or a month */
    { "Patienten hedder Sten til fornavn.", DA, "Sten", KASUS_CATEGORY_NAME, TRUE },
    { "Her first name is April, like the month.", EN, "April", KASUS_CATEGORY_NAME, TRUE },
    /* a relative's name in apposition, also one no list has */
    { "Han bor med sin hustru, Ingibjörg.", DA, "Ingibjörg", KASUS_CATEGORY_NAME, TRUE },
    { "Her grandson Teodor, 9, was tested.", EN, "Teodor", KASUS_CATEGORY_NAME, TRUE },
    { "hendes søster birthe blev testet", DA, "birthe", KASUS_CATEGORY_NAME, TRUE },
    { "Hendes søster, BRCA2-bærer, blev testet.", DA, "BRCA2", KASUS_CATEGORY_NAME, FALSE },
    { "Hans bror Herlev-patient", DA, "Herlev", KASUS_CATEGORY_NAME, FALSE },
    /* people in a list after a list label */
    { "Deltagere: Ole (patologi), Kirsten, TNJ\nEmne: lunger", DA, "Kirsten", KASUS_CATEGORY_NAME,
      TRUE },
    { "Deltagere: Ole (patologi), Kirsten, TNJ\nEmne: lunger", DA, "TNJ", KASUS_CATEGORY_NAME,
      TRUE },
    { "Present: RB, Will (radiology), Dr. Ng\n", EN, "Will", KASUS_CATEGORY_NAME, TRUE },
    { "Discussed: KRAS, PARP inhibitor, Will to follow", EN, "PARP", KASUS_CATEGORY_NAME, FALSE },
    /* initials in signatures and notes, also small */
    { "Pt. orienteret af ljk i ambulatoriet.", DA, "ljk", KASUS_CATEGORY_NAME, TRUE },
    { "Resten kommer senere.\n/bhs\n", DA, "bhs", KASUS_CATEGORY_NAME, TRUE },
    { "Ret gerne i teksten. /HLM\n", DA, "HLM", KASUS_CATEGORY_NAME, TRUE },
    { "[Note fra KJP: slet byen]", DA, "KJP", KASUS_CATEGORY_NAME, TRUE },
    { "Please ask RTV before we submit.", EN, "RTV", KASUS_CATEGORY_NAME, TRUE },
    { "Kontakt ST (tovholder) inden fredag.", DA, "ST", KASUS_CATEGORY_NAME, TRUE },
    { "Dato/underskrift: 03.04.2024 MHJ\n", DA, "MHJ", KASUS_CATEGORY_NAME, TRUE },
    { "Behandlet af os i ambulatoriet.", DA, "os", KASUS_CATEGORY_NAME, FALSE },
    { "dx: kol, tx: inh.\n", DA, "dx", KASUS_CATEGORY_NAME, FALSE },
    { "efter 3 mdr.\n/mg\n", DA, "mg", KASUS_CATEGORY_NAME, FALSE },
    { "PSA 120 µg/L. Bone scan was negative.", EN, "L. Bone", KASUS_CATEGORY_NAME, FALSE },
    /* names written small in a note, with a second clue */
    { "2) knud erik thomsen - 66 - pens. tømrer", DA, "knud erik thomsen", KASUS_CATEGORY_NAME,
      TRUE },
    { "- pt preben, 81 aar, bor alene", DA, "preben", KASUS_CATEGORY_NAME, TRUE },
    { "hej mette - her er udkastet", DA, "mette", KASUS_CATEGORY_NAME, TRUE },
    { "- pt får pembrolizumab, 200 mg", DA, "pembrolizumab", KASUS_CATEGORY_NAME, FALSE },
    { "- ny ct om 3 mdr, ok", DA, "ny", KASUS_CATEGORY_NAME, FALSE },
    /* an unknown capitalised word about whose age the sentence is */
    { "Svetlana er 44, født i Minsk.", DA, "Svetlana", KASUS_CATEGORY_NAME, TRUE },
    { "Dosis er 50 mg dagligt.", DA, "Dosis", KASUS_CATEGORY_NAME, FALSE },
    /* ages: approximate, after a name or relative, written out */
    { "Hun er omkring 48 år og ryger ikke.", DA, "omkring 48 år", KASUS_CATEGORY_AGE, TRUE },
    { "Pt. er ca. 70 år, selvhjulpen.", DA, "ca. 70 år", KASUS_CATEGORY_AGE, TRUE },
    { "He is about 52 years old and works.", EN, "about 52 years old", KASUS_CATEGORY_AGE, TRUE },
    { "Datteren, Ronja, er 15.", DA, "15", KASUS_CATEGORY_AGE, TRUE },
    { "de har tre børn, og den ældste er 19.", DA, "19", KASUS_CATEGORY_AGE, TRUE },
    { "han er jo kun atten og spiller fodbold", DA, "atten", KASUS_CATEGORY_AGE, TRUE },
    { "a brother of forty, and a sister", EN, "forty", KASUS_CATEGORY_AGE, TRUE },
    { "his father died aged about seventy", EN, "aged about seventy", KASUS_CATEGORY_AGE, TRUE },
    { "Behandlingen varede omkring 12 måneder.", DA, "12", KASUS_CATEGORY_AGE, FALSE },
    { "Hun fik kemo i fyrre dage.", DA, "fyrre", KASUS_CATEGORY_AGE, FALSE },
    { "The follow-up lasted about 15 years.", EN, "15", KASUS_CATEGORY_AGE, FALSE },
    /* English jobs known by their last word */
    { "a 50-year-old software developer from Aarhus", EN, "software developer",
      KASUS_CATEGORY_OCCUPATION, TRUE },
    { "she is a retired dental hygienist", EN, "dental hygienist", KASUS_CATEGORY_OCCUPATION,
      TRUE },
    { "He works as a warehouse worker.", EN, "warehouse worker", KASUS_CATEGORY_OCCUPATION, TRUE },
    { "The old worker ant is a metaphor.", EN, "worker", KASUS_CATEGORY_OCCUPATION, FALSE },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      if (cases[k].found)
        expect (cases[k].text, cases[k].lang, cases[k].surface, cases[k].category);
      else
        expect_not (cases[k].text, cases[k].lang, cases[k].surface, cases[k].category);
    }
}

/* A CPR number after a label ("cpr.nr.", "CPR:", "personnummer", "sagsnr.")
 * is a CPR number with its own suggestion, in any of its written forms;
 * a number with no possible date after the same label is an id. */
static void
test_cpr_label (void)
{
  static const struct
  {
    const char   *text;
    KasusLanguage lang;
    const char   *surface;
    KasusCategory category;
  } cases[] = {
    { "Patientens cpr.nr. 25.09.47-1183 er noteret.", DA, "25.09.47-1183", KASUS_CATEGORY_CPR },
    { "CPR: 250947 1183", DA, "250947 1183", KASUS_CATEGORY_CPR },
    { "Hans personnummer 250947-1183 står i journalen.", DA, "250947-1183", KASUS_CATEGORY_CPR },
    { "CPR-nr.: 12 08 59 - 1677.", DA, "12 08 59 - 1677", KASUS_CATEGORY_CPR },
    { "Cpr nr. 120859-1677 er kontrolleret.", DA, "120859-1677", KASUS_CATEGORY_CPR },
    { "CPR no. 25.09.47-1183 was checked.", EN, "25.09.47-1183", KASUS_CATEGORY_CPR },
    { "Sagsnr. 25.09.47-1183 er oprettet.", DA, "25.09.47-1183", KASUS_CATEGORY_CPR },
    /* no date: day 45, month 19 — an id after its label */
    { "Cpr.nr. 45.19.47-1183 er ugyldigt.", DA, "nr. 45.19.47-1183", KASUS_CATEGORY_ID },
    { "Sagsnr. 2023-118345 er oprettet.", DA, "Sagsnr. 2023-118345", KASUS_CATEGORY_ID },
    /* the last four masked: the birth date is still there */
    { "Cpr.nr. 010190-XXXX er udeladt.", DA, "010190-XXXX", KASUS_CATEGORY_CPR },
    { "CPR: 010190-xxxx", DA, "010190-xxxx", KASUS_CATEGORY_CPR },
    { "Patient CPR 010190-**** withheld.", EN, "010190-****", KASUS_CATEGORY_CPR },
    { "Pt. (25.09.47-XXXX) er henvist.", DA, "25.09.47-XXXX", KASUS_CATEGORY_CPR },
    /* the year in full */
    { "CPR 01.01.1990-1234 oplyst.", DA, "01.01.1990-1234", KASUS_CATEGORY_CPR },
    { "CPR 01-01-1990-1234 oplyst.", DA, "01-01-1990-1234", KASUS_CATEGORY_CPR },
    { "Pt. 01.01.1990-1234 indlagt.", DA, "01.01.1990-1234", KASUS_CATEGORY_CPR },
    { "Personnummer 1.1.1990 1234 er rettet.", DA, "1.1.1990 1234", KASUS_CATEGORY_CPR },
    /* a slash after a CPR label */
    { "CPR 010190/1234 oplyst.", DA, "010190/1234", KASUS_CATEGORY_CPR },
    /* masked, but no date: an id after its label */
    { "Prøvenr. 123456-XXXX er afsendt.", DA, "Prøvenr. 123456-XXXX", KASUS_CATEGORY_ID },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr (GPtrArray) findings =
        kasus_scanner_scan (scanner (), cases[k].text, -1, cases[k].lang, NULL);

      expect_span (cases[k].text, cases[k].lang, cases[k].surface, cases[k].category);
      for (guint i = 0; i < findings->len; i++)
        {
          KasusFinding *f = g_ptr_array_index (findings, i);

          if (f->category == KASUS_CATEGORY_CPR)
            g_assert_cmpstr (f->suggestion, ==,
                             cases[k].lang == DA ? "[CPR-nummer fjernet]" : "[CPR number removed]");
        }
      if (cases[k].category != KASUS_CATEGORY_CPR)
        expect_not (cases[k].text, cases[k].lang, cases[k].surface, KASUS_CATEGORY_CPR);
    }
  /* no CPR number at all: too few digits after the label */
  expect_not ("Prøvenr. 250947 11 er afsendt.", DA, "250947", KASUS_CATEGORY_CPR);
  /* a slash without a CPR label, an impossible date, a date and a time */
  expect_not ("Ratio 010190/1234 målt.", DA, "010190/1234", KASUS_CATEGORY_CPR);
  expect_not ("Cpr.nr. 45.19.47-XXXX er ugyldigt.", DA, "45.19.47-XXXX", KASUS_CATEGORY_CPR);
  expect_not ("Prøve 01.01.2023 1430 modtaget.", DA, "01.01.2023 1430", KASUS_CATEGORY_CPR);
}

/* Text from Word or a PDF: hyphens, dashes, minus signs and spaces of
 * every kind are read as their ASCII forms, and the findings are where
 * the characters are (an en dash between words or the dash of a clause
 * stays what it is). */
static void
test_unicode_dashes (void)
{
  static const SpanCase cases[] = {
    /* U+2013 en dash, U+2011 non-breaking hyphen, U+2010 hyphen */
    { "Patienten (CPR 010190–1234) blev henvist.", DA, "010190–1234", KASUS_CATEGORY_CPR },
    { "CPR-nummer: 010190\u20111234", DA, "010190\u20111234", KASUS_CATEGORY_CPR },
    { "CPR 010190\u20101234", DA, "010190\u20101234", KASUS_CATEGORY_CPR },
    /* set off by spaces between numbers; an em dash only between numbers */
    { "CPR-nr.: 12 08 59 – 1677.", DA, "12 08 59 – 1677", KASUS_CATEGORY_CPR },
    { "CPR-nr.: 12 08 59 — 1677.", DA, "12 08 59 — 1677", KASUS_CATEGORY_CPR },
    /* no-break, narrow, figure and thin spaces; a soft hyphen */
    { "CPR 010190\u00a01234.", DA, "010190\u00a01234", KASUS_CATEGORY_CPR },
    { "CPR 010190\u202f1234.", DA, "010190\u202f1234", KASUS_CATEGORY_CPR },
    { "CPR 010190\u20071234.", DA, "010190\u20071234", KASUS_CATEGORY_CPR },
    { "CPR 010190\u20091234.", DA, "010190\u20091234", KASUS_CATEGORY_CPR },
    { "CPR 0101\u00ad90-1234.", DA, "0101\u00ad90-1234", KASUS_CATEGORY_CPR },
    { "CPR: 010190\u2011XXXX", DA, "010190\u2011XXXX", KASUS_CATEGORY_CPR },
    /* phone numbers */
    { "Tlf. 2084\u20116617.", DA, "2084\u20116617", KASUS_CATEGORY_CONTACT },
    { "Ring på +45 2084–6617 efter kl. 16.", DA, "+45 2084–6617", KASUS_CATEGORY_CONTACT },
    { "Tlf. 20 84 66 17.", DA, "20 84 66 17", KASUS_CATEGORY_CONTACT },
    { "Tlf. 20 – 30 40 50 (datter).", DA, "20 – 30 40 50", KASUS_CATEGORY_CONTACT },
    { "Tlf. 20 - 30 40 50 (datter).", DA, "20 - 30 40 50", KASUS_CATEGORY_CONTACT },
    /* dates and spans of days and years */
    { "Set 12/3\u20112023 i ambulatoriet.", DA, "12/3\u20112023", KASUS_CATEGORY_DATE },
    { "Indlagt 3.–5. marts 2023 på afdelingen.", DA, "3.–5. marts 2023", KASUS_CATEGORY_DATE },
    { "Indlagt 3.-5. marts 2023 på afdelingen.", DA, "3.-5. marts 2023", KASUS_CATEGORY_DATE },
    { "Indlagt 3–5 marts 2023 på afdelingen.", DA, "3–5 marts 2023", KASUS_CATEGORY_DATE },
    { "Indlagt 3.–5.3.2023 på afdelingen.", DA, "3.–5.3.2023", KASUS_CATEGORY_DATE },
    { "Admitted 12–14 March 2022 for surgery.", EN, "12–14 March 2022", KASUS_CATEGORY_DATE },
    { "Tamoxifen, behandling 2019–2021 i alt.", DA, "2019–2021", KASUS_CATEGORY_DATE },
    { "Tamoxifen, behandling 2019-2021 i alt.", DA, "2019-2021", KASUS_CATEGORY_DATE },
    { "Han fik tamoxifen 2019 – 2021.", DA, "2019 – 2021", KASUS_CATEGORY_DATE },
    { "Behandlet i 2019–21 med tamoxifen.", DA, "2019–21", KASUS_CATEGORY_DATE },
    { "He was treated 1990—2000.", EN, "1990—2000", KASUS_CATEGORY_DATE },
    /* ages, ids, names, places */
    { "En 72\u2011årig kvinde.", DA, "72\u2011årig", KASUS_CATEGORY_AGE },
    { "A 64\u2011year\u2011old man.", EN, "64\u2011year\u2011old", KASUS_CATEGORY_AGE },
    { "* bror, 52 – rask", DA, "52", KASUS_CATEGORY_AGE },
    { "Journalnr. 2023\u201104512.", DA, "Journalnr. 2023\u201104512", KASUS_CATEGORY_ID },
    { "Anne\u2011Sofie Kragh\u2011Andersen bor alene.", DA, "Anne\u2011Sofie Kragh\u2011Andersen",
      KASUS_CATEGORY_NAME },
    { "Hun bor i Ringkøbing\u2011Skjern.", DA, "Ringkøbing\u2011Skjern", KASUS_CATEGORY_PLACE },
    /* ranges, doses and scores stay quiet */
    { "Se side 3–5 og pH 7–8.", DA, NULL, 0 },
    { "Dosis 50–100 mg dagligt i 2–3 uger.", DA, NULL, 0 },
    { "Dosis 40 – 60 mg dagligt i 2 – 3 uger.", DA, NULL, 0 },
    { "Dosis 2000–2500 mg dagligt.", DA, NULL, 0 },
    { "The dose was 40 — 60 mg, PS 0–1, ECOG 1–2.", EN, NULL, 0 },
    { "Vægt 71 kg (\u22124 kg siden sidst), PR (–48 %).", DA, NULL, 0 },
    { "Klassificeret efter WHO 2016–2022.", DA, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
  expect ("Varianten c.1234\u20112A>G blev fundet.", DA, "c.1234\u20112A>G",
          KASUS_CATEGORY_VARIANT);
  expect ("Varianten c.35\u22122A>G blev fundet.", DA, "c.35\u22122A>G", KASUS_CATEGORY_VARIANT);
  /* a dash between two words joins no compound; the dash of a clause
   * stays one */
  expect_span ("Ruten Hamburg–Flensburg.", DA, "Flensburg", KASUS_CATEGORY_PLACE);
  expect_not ("Tlf. 2084 6617 – ring efter kl. 8.", DA, "ring", KASUS_CATEGORY_CONTACT);
  expect_not ("Side 3–5.", DA, "3–5", KASUS_CATEGORY_CPR);
}

/* A birth date or year after "født", "f.", "born", "DOB", "fødselsdato":
 * an age, as "født 1969" is. */
static void
test_birth (void)
{
  static const SpanCase cases[] = {
    { "Født 010190, kvinde.", DA, "Født 010190", KASUS_CATEGORY_AGE },
    { "Pt. er f. 010190 og bor alene.", DA, "f. 010190", KASUS_CATEGORY_AGE },
    { "Patient born 310785 in Aarhus.", EN, "born 310785", KASUS_CATEGORY_AGE },
    { "Født d. 010190 på Rigshospitalet.", DA, "Født d. 010190", KASUS_CATEGORY_AGE },
    { "DOB: 010190", EN, "010190", KASUS_CATEGORY_AGE },
    { "Fødselsdato: 010190", DA, "010190", KASUS_CATEGORY_AGE },
    { "Date of birth 010190, female.", EN, "010190", KASUS_CATEGORY_AGE },
    { "Født: 1969", DA, "Født: 1969", KASUS_CATEGORY_AGE },
    { "Fødselsår: 1969", DA, "1969", KASUS_CATEGORY_AGE },
    { "DOB 1969, male", EN, "1969", KASUS_CATEGORY_AGE },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr (GPtrArray) f =
        kasus_scanner_scan (scanner (), cases[k].text, -1, cases[k].lang, NULL);
      KasusFinding *b = find (f, cases[k].surface);

      g_assert_nonnull (b);
      g_assert_cmpint (b->severity, ==, KASUS_SEVERITY_HIGH);
    }
  expect_suggestion ("Født 010190, kvinde.", DA, "Født 010190", KASUS_CATEGORY_AGE,
                     "født i 1990'erne");
  expect_suggestion ("Fødselsdato: 241253", DA, "241253", KASUS_CATEGORY_AGE, "1950'erne");
  expect_suggestion ("DOB: 010190", EN, "010190", KASUS_CATEGORY_AGE, "the 1990s");
  /* no label, an impossible date, "f" without its dot */
  expect_not ("Prøve 010190 modtaget.", DA, "010190", KASUS_CATEGORY_AGE);
  expect_not ("Født 450190, kvinde.", DA, "450190", KASUS_CATEGORY_AGE);
  expect_not ("Pt. er f 010190 og bor alene.", DA, "010190", KASUS_CATEGORY_AGE);
}

/* Islands are named as islands, not as towns; regions, parts of the
 * country, foreign towns and countries by what they are. */
static void
test_place_kinds (void)
{
  static const struct
  {
    const char   *text;
    KasusLanguage lang;
    const char   *surface;
    const char   *suggestion;
  } cases[] = {
    { "Hun bor på Bornholm med sin mand.", DA, "Bornholm", "en ø i Danmark" },
    { "Han er vokset op på Ærø.", DA, "Ærø", "en ø i Danmark" },
    { "De flyttede til Samsø i 2010.", DA, "Samsø", "en ø i Danmark" },
    { "Familien bor på Fanø.", DA, "Fanø", "en ø i Danmark" },
    { "Hun arbejdede på Læsø.", DA, "Læsø", "en ø i Danmark" },
    { "De har sommerhus på Møn.", DA, "Møn", "en ø i Danmark" },
    { "Han bor på Langeland.", DA, "Langeland", "en ø i Danmark" },
    { "Hun er født på Lolland.", DA, "Lolland", "en ø i Danmark" },
    { "Han voksede op på Falster.", DA, "Falster", "en ø i Danmark" },
    { "Hun bor på Fyn.", DA, "Fyn", "en ø i Danmark" },
    { "Hun bor på øen Strynø.", DA, "Strynø", "en ø i Danmark" },
    { "She lives on Bornholm with her husband.", EN, "Bornholm", "a Danish island" },
    /* negatives: towns on an island stay towns, the rest keep their kind */
    { "Han bor i Rønne.", DA, "Rønne", "en by i Danmark" },
    { "Hun bor i Marstal.", DA, "Marstal", "en by i Danmark" },
    { "She grew up in Odense.", EN, "Odense", "a town in Denmark" },
    { "Hun bor i Region Midtjylland.", DA, "Region Midtjylland", "en region i Danmark" },
    { "Han bor i Vendsyssel.", DA, "Vendsyssel", "en landsdel" },
    { "Hun flyttede til Berlin.", DA, "Berlin", "en by i udlandet" },
    { "Hun flyttede til Tyskland.", DA, "Tyskland", "et andet land" },
    { "Hun er født i Grønland.", DA, "Grønland", "et andet land" },
    { "He moved to Stockholm.", EN, "Stockholm", "a city abroad" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    expect_suggestion (cases[k].text, cases[k].lang, cases[k].surface, KASUS_CATEGORY_PLACE,
                       cases[k].suggestion);
  /* "Sjælland" is an island, not an institution */
  expect_not ("Hun har boet på Sjælland hele livet.", DA, "Sjælland", KASUS_CATEGORY_INSTITUTION);
}

/* A municipality or region where someone lives is a place; where someone
 * works, an employer. */
static void
test_municipality_reading (void)
{
  static const struct
  {
    const char   *text;
    KasusLanguage lang;
    const char   *surface;
    KasusCategory category;
    const char   *suggestion;
  } cases[] = {
    /* where someone lives, comes from or moved to */
    { "Pt. bor i Aalborg Kommune med sin kone.", DA, "Aalborg Kommune", KASUS_CATEGORY_PLACE,
      "en kommune" },
    { "Hun er bosat i Ringkøbing-Skjern Kommune.", DA, "Ringkøbing-Skjern Kommune",
      KASUS_CATEGORY_PLACE, "en kommune" },
    { "De flyttede til Vejle Kommune i 2019.", DA, "Vejle Kommune", KASUS_CATEGORY_PLACE,
      "en kommune" },
    { "Landmand fra Thisted Kommune, ryger.", DA, "Thisted Kommune", KASUS_CATEGORY_PLACE,
      "en kommune" },
    { "Han er lærer og bor i Odense Kommune.", DA, "Odense Kommune", KASUS_CATEGORY_PLACE,
      "en kommune" },
    { "Tandlæge i Hellerup (Gentofte Kommune).", DA, "Gentofte Kommune", KASUS_CATEGORY_PLACE,
      "en kommune" },
    { "Han kom fra Region Midtjylland.", DA, "Region Midtjylland", KASUS_CATEGORY_PLACE,
      "en region i Danmark" },
    { "He lives in Aalborg Municipality.", EN, "Aalborg Municipality", KASUS_CATEGORY_PLACE,
      "a municipality" },
    { "She moved to Roskilde Kommune in 2015.", EN, "Roskilde Kommune", KASUS_CATEGORY_PLACE,
      "a municipality" },
    /* where someone works */
    { "Hun er ansat i Aalborg Kommune som sosu.", DA, "Aalborg Kommune", KASUS_CATEGORY_INSTITUTION,
      "en arbejdsplads" },
    { "Han arbejder for Region Midtjylland.", DA, "Region Midtjylland", KASUS_CATEGORY_INSTITUTION,
      "en arbejdsplads" },
    { "Tidligere kommunaldirektør i Hedensted Kommune.", DA, "Hedensted Kommune",
      KASUS_CATEGORY_INSTITUTION, "en arbejdsplads" },
    { "Lokalpolitiker for et midterparti i Rebild Kommune.", DA, "Rebild Kommune",
      KASUS_CATEGORY_INSTITUTION, "en arbejdsplads" },
    { "Sagsbehandler i Jobcenter Sønderborg (Sønderborg Kommune).", DA, "Sønderborg Kommune",
      KASUS_CATEGORY_INSTITUTION, "en arbejdsplads" },
    { "He works for Aalborg Municipality.", EN, "Aalborg Municipality", KASUS_CATEGORY_INSTITUTION,
      "a workplace" },
    /* negatives: a role is not an employer for a region, a bare
     * municipality keeps its reading as an institution */
    { "A member of the regional council for Region Zealand.", EN, "Region Zealand",
      KASUS_CATEGORY_PLACE, "a region of Denmark" },
    { "Aalborg Kommune har betalt transporten.", DA, "Aalborg Kommune", KASUS_CATEGORY_INSTITUTION,
      "en arbejdsplads" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    expect_suggestion (cases[k].text, cases[k].lang, cases[k].surface, cases[k].category,
                       cases[k].suggestion);
  /* the town alone is not the place when the municipality is named */
  expect_not ("He lives in Aalborg Municipality.", EN, "Aalborg", KASUS_CATEGORY_INSTITUTION);
  expect_not ("Pt. bor i Aalborg Kommune.", DA, "Aalborg Kommune", KASUS_CATEGORY_INSTITUTION);
  expect_not ("Hun er ansat i Aalborg Kommune.", DA, "Aalborg Kommune", KASUS_CATEGORY_PLACE);
}

static void
test_writer_forms (void)
{
  /* ages: written out, after a name, in lists, relatives' */
  expect ("En treogtres-årig mand med prostatacancer.", DA, "treogtres-årig", KASUS_CATEGORY_AGE);
  expect ("You are a sixty-three-year-old electrician.", EN, "sixty-three-year-old",
          KASUS_CATEGORY_AGE);
  expect ("Patient: Kaj Bundgaard (58), ambulant.", DA, "58", KASUS_CATEGORY_AGE);
  expect ("Han har to døtre (44 og 47).", DA, "47", KASUS_CATEGORY_AGE);
  expect ("Mor 81 år, rask.", DA, "81 år", KASUS_CATEGORY_AGE);
  expect ("morfar med sarkom (52) og moster", DA, "52", KASUS_CATEGORY_AGE);
  expect ("Age at sampling: 53 y", EN, "53 y", KASUS_CATEGORY_AGE);
  expect ("my father's 80th birthday in June", EN, "80th birthday", KASUS_CATEGORY_AGE);
  /* dates: shorthand, month without year, apostrophe years */
  expect ("dx ultimo marts efter henvisning", DA, "ultimo marts", KASUS_CATEGORY_DATE);
  expect ("progression Oct '22 on sotorasib", EN, "Oct '22", KASUS_CATEGORY_DATE);
  expect ("Næste MDT 28/3.", DA, "28/3", KASUS_CATEGORY_DATE);
  expect ("Referat godkendt 23.03. af sekretær", DA, "23.03", KASUS_CATEGORY_DATE);
  expect ("moving to Denmark in March to join", EN, "March", KASUS_CATEGORY_DATE);
  expect ("Presented mid-September 2022 with dysphasia", EN, "mid-September 2022",
          KASUS_CATEGORY_DATE);
  expect ("Pt. ønsker at komme hjem inden jul.", DA, "jul", KASUS_CATEGORY_DATE);
  expect ("ADT + docetaxel 2021, enzalutamid 2022.", DA, "2021", KASUS_CATEGORY_DATE);
  expect_quiet ("Kasus 2/5 mangler samtykke; smerter VAS 2/10.", DA);
  /* names, places, institutions, occupations */
  expect ("Ktr. efter 2. serie. Dikt. HBE/lm", DA, "HBE", KASUS_CATEGORY_NAME);
  expect ("Pt. informeret den 6.4. af CLM.", DA, "CLM", KASUS_CATEGORY_NAME);
  expect ("opvokset i bygden Kapisillit, bosat i Nuuk", DA, "Kapisillit", KASUS_CATEGORY_PLACE);
  expect ("Han var borgmester i en mindre jysk kommune.", DA, "jysk", KASUS_CATEGORY_PLACE);
  expect ("Swedish-born, lives in Helsingør", EN, "Swedish", KASUS_CATEGORY_PLACE);
  expect ("Datteren er overlæge på Vejle.", DA, "Vejle", KASUS_CATEGORY_INSTITUTION);
  expect ("Pædagog i Vuggestuen Solstrålen i Hadsten.", DA, "Vuggestuen Solstrålen",
          KASUS_CATEGORY_INSTITUTION);
  expect ("Givet pjece fra Kræftens Bekæmpelse.", DA, "Kræftens Bekæmpelse",
          KASUS_CATEGORY_INSTITUTION);
  expect ("som stadig spiller tuba i et brassband", DA, "spiller tuba", KASUS_CATEGORY_OCCUPATION);
  expect ("a member of the regional council for Region Zealand", EN,
          "member of the regional council", KASUS_CATEGORY_OCCUPATION);
  expect ("72-årig tidl. kioskejer fra Marstal", DA, "tidl. kioskejer", KASUS_CATEGORY_OCCUPATION);
  expect_quiet ("Et familiemedlem var med; familien er informeret.", DA);
  expect_quiet ("The patient is a man; pensionist.", EN);
}

static void
test_offsets (void)
{
  /* code points, not bytes: æøå and an emoji before the finding */
  const char           *text = "Æøå 😀 bor i Holstebro.";
  g_autoptr (GPtrArray) f = kasus_scanner_scan (scanner (), text, -1, DA, NULL);
  KasusFinding         *h = find (f, "Holstebro");

  g_assert_nonnull (h);
  g_assert_cmpint (h->start, ==, 12);
  g_assert_cmpint (h->end, ==, 21);
  g_assert_cmpstr (h->text, ==, "Holstebro");
}

static void
test_range (void)
{
  const char           *text = "Første afsnit om 😀 Skive.\n\nAnden: en 72-årig fra Thisted.\n";
  g_autoptr (GPtrArray) all = kasus_scanner_scan (scanner (), text, -1, DA, NULL);
  g_autoptr (GPtrArray) part = NULL;
  glong                 para = g_utf8_strlen ("Første afsnit om 😀 Skive.\n\n", -1);
  glong                 total = g_utf8_strlen (text, -1);

  part = kasus_scanner_scan_range (scanner (), text, -1, para, total, DA, NULL);
  g_assert_cmpuint (part->len, ==, 2);
  for (guint i = 0; i < part->len; i++)
    {
      KasusFinding *f = g_ptr_array_index (part, i);
      KasusFinding *w = find (all, f->text);
      g_assert_cmpint (f->start, >=, para);
      g_assert_nonnull (w);
      g_assert_cmpint (f->start, ==, w->start);
      g_assert_cmpint (f->end, ==, w->end);
    }
}

/* A paragraph scanned alone finds what a scan of the whole text finds
 * there, also when the text is read with ASCII dashes and spaces. */
static void
test_range_dashes (void)
{
  const char           *text = "Før\u00adste afsnit – om 😀 Skive.\n\n"
                               "Anden: CPR 010190–1234, en 72\u2011årig fra Thisted.\n\n"
                               "Tredje: tlf. 20 84 66 17.\n";
  g_autoptr (GPtrArray) all = kasus_scanner_scan (scanner (), text, -1, DA, NULL);
  glong                 para = g_utf8_strlen ("Før\u00adste afsnit – om 😀 Skive.\n\n", -1);
  glong                 para2 =
    para + g_utf8_strlen ("Anden: CPR 010190–1234, en 72\u2011årig fra Thisted.\n\n", -1);
  glong  total = g_utf8_strlen (text, -1);
  guint  n = 0;
  gint64 bounds[] = { 0, para, para2, total };

  for (guint r = 0; r + 1 < G_N_ELEMENTS (bounds); r++)
    {
      g_autoptr (GPtrArray) part =
        kasus_scanner_scan_range (scanner (), text, -1, bounds[r], bounds[r + 1], DA, NULL);

      for (guint i = 0; i < part->len; i++)
        {
          KasusFinding    *f = g_ptr_array_index (part, i);
          KasusFinding    *w = find (all, f->text);
          g_autofree char *at = g_utf8_substring (text, f->start, f->end);

          g_assert_cmpint (f->start, >=, bounds[r]);
          g_assert_cmpint (f->end, <=, bounds[r + 1]);
          g_assert_nonnull (w);
          g_assert_cmpint (f->start, ==, w->start);
          g_assert_cmpint (f->end, ==, w->end);
          g_assert_cmpstr (f->text, ==, at);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, all->len);
  g_assert_nonnull (find (all, "010190–1234"));
  g_assert_nonnull (find (all, "20 84 66 17"));
  {
    KasusFinding *cpr = find (all, "010190–1234");

    g_assert_cmpint (cpr->start, ==, para + 11);
    g_assert_cmpint (cpr->end, ==, para + 22);
  }
}

/* Known identifiers match whichever hyphen the text or the private
 * block uses. */
static void
test_known_dashes (void)
{
  g_autoptr (GPtrArray) known = g_ptr_array_new ();
  KasusKnownIdentifier  a = { KASUS_CATEGORY_NAME, (char *) "Hans\u2011Peter" };
  KasusKnownIdentifier  b = { KASUS_CATEGORY_NAME, (char *) "Kragh-Andersen" };
  const char *text = "Hans-Peter og Hans\u2010Peter; Kragh\u2011Andersen og Kragh-Andersen.";
  g_autoptr (GPtrArray) f = NULL;
  guint                 names = 0;

  g_ptr_array_add (known, &a);
  g_ptr_array_add (known, &b);
  f = kasus_scanner_scan (scanner (), text, -1, DA, known);
  for (guint i = 0; i < f->len; i++)
    {
      KasusFinding    *x = g_ptr_array_index (f, i);
      g_autofree char *at = g_utf8_substring (text, x->start, x->end);

      g_assert_cmpstr (x->text, ==, at);
      if (x->category == KASUS_CATEGORY_NAME && x->severity == KASUS_SEVERITY_HIGH)
        names++;
    }
  g_assert_cmpuint (names, ==, 4);
}

static void
test_known (void)
{
  g_autoptr (GPtrArray) known = g_ptr_array_new ();
  KasusKnownIdentifier  name = { KASUS_CATEGORY_NAME, (char *) "Thygesen" };
  KasusKnownIdentifier  town = { KASUS_CATEGORY_PLACE, (char *) "Lille Virum" };
  const char *text = "Thygesens mor og THYGESEN's bror bor i lille  virum; Thygesenvej ikke.";
  g_autoptr (GPtrArray) f = NULL;
  guint                 names = 0, towns = 0;

  g_ptr_array_add (known, &name);
  g_ptr_array_add (known, &town);
  f = kasus_scanner_scan (scanner (), text, -1, DA, known);
  for (guint i = 0; i < f->len; i++)
    {
      KasusFinding *x = g_ptr_array_index (f, i);
      if (g_strcmp0 (x->rule, "known") != 0)
        continue;
      g_assert_cmpint (x->severity, ==, KASUS_SEVERITY_HIGH);
      if (x->category == KASUS_CATEGORY_NAME)
        names++;
      if (x->category == KASUS_CATEGORY_PLACE)
        towns++;
    }
  g_assert_cmpuint (names, ==, 2);
  g_assert_cmpuint (towns, ==, 1);
}

static void
test_language (void)
{
  g_assert_cmpint (
    kasus_scanner_detect_language (scanner (), "Patienten er en mand, og han har det godt.", -1),
    ==, KASUS_LANGUAGE_DA);
  g_assert_cmpint (
    kasus_scanner_detect_language (scanner (), "The patient is a man and he was well.", -1), ==,
    KASUS_LANGUAGE_EN);
  /* suggestions follow the paragraph */
  {
    g_autoptr (GPtrArray) f = kasus_scanner_scan (
      scanner (), "En 72-årig mand med hoste.\n\nA 54-year-old woman with cough.", -1, AUTO, NULL);
    g_assert_cmpuint (f->len, ==, 2);
    g_assert_cmpstr (((KasusFinding *) f->pdata[0])->suggestion, ==, "i 70'erne");
    g_assert_cmpstr (((KasusFinding *) f->pdata[1])->suggestion, ==, "in their 50s");
  }
}

static gpointer
thread_func (gpointer data)
{
  const char *text = data;

  for (int i = 0; i < 50; i++)
    {
      g_autoptr (GPtrArray) f = kasus_scanner_scan (scanner (), text, -1, AUTO, NULL);
      g_assert_cmpuint (f->len, >=, 3);
    }
  return NULL;
}

static void
test_threads (void)
{
  const char *text = "En 58-årig kvinde, tidligere skolelærer fra Skive, er gift. Tlf. 2084 6617.";
  GThread    *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("scan", thread_func, (gpointer) text);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
}

static void
test_odd_input (void)
{
  g_autoptr (GPtrArray) a = kasus_scanner_scan (scanner (), "", -1, AUTO, NULL);
  g_autoptr (GPtrArray) b =
    kasus_scanner_scan (scanner (), "((((( ----- :::: @@ www.", -1, AUTO, NULL);
  g_autoptr (GPtrArray) c = kasus_scanner_scan_range (scanner (), "abc", -1, 2, 99, AUTO, NULL);

  g_assert_cmpuint (a->len, ==, 0);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
}

/* Ages in form fields, lists and notes; names after labels, in lists
 * and brackets; streets and towns written without a number or small;
 * jobs after an age. Every row is a general form, not a corpus text. */
static void
test_recall_forms_6 (void)
{
  static const SpanCase cases[] = {
    /* a number closed by a dash set off by spaces */
    { "* bror, 52 – rask", DA, "52", KASUS_CATEGORY_AGE },
    /* a list item opening with the age */
    { "- 58 år, mand, tidligere ryger", DA, "58 år", KASUS_CATEGORY_AGE },
    /* an age quoted in a reviewer's note */
    { "Der stod \"47 år\" i første udkast.", DA, "47 år", KASUS_CATEGORY_AGE },
    /* a sex marker and the age in a table cell */
    { "Køn / alder | K / 66", DA, "66", KASUS_CATEGORY_AGE },
    /* "was N when" after a name */
    { "Mikkel Brandt was 19 when the tumour was found.", EN, "19", KASUS_CATEGORY_AGE },
    /* died at N, whatever follows */
    { "His father died at 58 of a heart attack.", EN, "58", KASUS_CATEGORY_AGE },
    /* a person label, a colon and the age */
    { "Patient: 43, mand, ryger", DA, "43", KASUS_CATEGORY_AGE },
    /* a name, its bracket, the age in commas */
    { "hr. Dalsgaard (Dalle), 71, bor alene", DA, "71", KASUS_CATEGORY_AGE },
    /* a form field labelled as an age earlier on the line */
    { "Felt: Alder ved henvisning / Værdi: 59", DA, "59", KASUS_CATEGORY_AGE },
    /* "y" as the unit after "pt. er" */
    { "Kort: pt. er 45 y, ryger", DA, "45 y", KASUS_CATEGORY_AGE },
    /* a name field, any case */
    { "Navn:   BRANDT, MIKKEL OLE", DA, "BRANDT, MIKKEL OLE", KASUS_CATEGORY_NAME },
    /* a first name written small in brackets after a titled surname */
    { "Seen with mr osei (kwame) today.", EN, "kwame", KASUS_CATEGORY_NAME },
    /* an initial and a surname that is a word, in a list */
    { "Comment (registrar, K. Stone): fine.", EN, "K. Stone", KASUS_CATEGORY_NAME },
    /* an initial signing off */
    { "See you soon. Thanks, M.", EN, "M.", KASUS_CATEGORY_NAME },
    /* initials with a role in brackets, even when they spell a gene */
    { "- AR (consultant radiologist) will re-read the scan", EN, "AR", KASUS_CATEGORY_NAME },
    /* "sekr." and "diktat" label initials; small initials before a slash */
    { "Ref.: mkj / sekr. LT", DA, "LT", KASUS_CATEGORY_NAME },
    { "Ref.: mkj / sekr. LT", DA, "mkj", KASUS_CATEGORY_NAME },
    { "diktat KLM 03.04.24 skrevet af tlb", DA, "KLM", KASUS_CATEGORY_NAME },
    /* the second of two people joined by "and" */
    { "Jonas Berg and Grace from the ward will call the patient.", EN, "Grace",
      KASUS_CATEGORY_NAME },
    /* a role and a name in brackets */
    { "Consent was taken with an interpreter present (Tupaarnaq).", EN, "Tupaarnaq",
      KASUS_CATEGORY_NAME },
    /* a month as a partner's name */
    { "She lives with her partner April and two cats.", EN, "April", KASUS_CATEGORY_NAME },
    /* c/o names a person before the address */
    { "Adresse: c/o Ruth Gammelgaard (søster), Skolegade 4, 7500 Holstebro", DA, "Ruth Gammelgaard",
      KASUS_CATEGORY_NAME },
    /* a street without a number, between "on" and "in" a town */
    { "She has a flower shop on Torvegade in Esbjerg.", EN, "Torvegade", KASUS_CATEGORY_PLACE },
    /* a town written small after "fra" */
    { "pens. tømrer fra hjørring, ryger", DA, "hjørring", KASUS_CATEGORY_PLACE },
    /* "har arbejdet som" */
    { "Han har arbejdet som lagerforvalter i mange år.", DA, "lagerforvalter",
      KASUS_CATEGORY_OCCUPATION },
    /* a clinician's job right after an age, a relative's in brackets */
    { "The patient, a 58-year-old consultant radiologist, was seen.", EN, "consultant",
      KASUS_CATEGORY_OCCUPATION },
    { "Her son (a nurse in Aalborg) came along.", EN, "nurse", KASUS_CATEGORY_OCCUPATION },
    /* and what stays quiet */
    { "Navn: anonymiseret", DA, NULL, 0 },
    { "Dosis 40 – 60 mg dagligt i 2 – 3 uger.", DA, NULL, 0 },
    { "The dose was 40 – 60 mg.", EN, NULL, 0 },
    { "Mark the region and Stage the tumour.", EN, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
}

/* Occupations, places, institutions, dates, ages and ids in the forms of
 * hurried notes and summaries: each row a general form. */
static void
test_recall_forms_rest (void)
{
  static const SpanCase cases[] = {
    /* a day and month without a year: zero-padded, before a time, after
     * an institution or closing a clause */
    { "Indlagt 07/03, udskrevet 12/03.", DA, "07/03", KASUS_CATEGORY_DATE },
    { "Telefonnotat 5/9 kl 10.30 om svaret.", DA, "5/9", KASUS_CATEGORY_DATE },
    { "Biopsi taget på AUH 14/5. Svar afventes.", DA, "14/5", KASUS_CATEGORY_DATE },
    { "Stent anlagt 17/11.", DA, "17/11", KASUS_CATEGORY_DATE },
    { "The report was signed 18/4", EN, "18/4", KASUS_CATEGORY_DATE },
    /* a month inside a dashed token, with a time; a month and a short year */
    { "Collected: 11-Mar-2023 09:15 by the ward", EN, "11-Mar-2023 09:15", KASUS_CATEGORY_DATE },
    { "Recidiv i leveren marts-22, derefter kemo.", DA, "marts-22", KASUS_CATEGORY_DATE },
    { "Smerter siden sep 22, tiltagende.", DA, "sep 22", KASUS_CATEGORY_DATE },
    { "Progression dec. 23. Ny biopsi.", DA, "dec. 23", KASUS_CATEGORY_DATE },
    { "CT nov.: stationære forhold.", DA, "nov.", KASUS_CATEGORY_DATE },
    { "Hoste siden efteråret 2022/23.", DA, "efteråret 2022/23", KASUS_CATEGORY_DATE },
    /* fractions, scores and counts stay quiet */
    { "Fik 2/3 af dosis, cyklus 4/6.", DA, NULL, 0 },
    { "ECOG 1/2 og smerter 7/10.", DA, NULL, 0 },
    { "Involved nodes 3/14.", EN, NULL, 0 },
    /* ages: the patient and a number, relatives' ages in a range, a
     * short unit, an age glued to the sex, written-out ages in two words */
    { "Pt. 58 år, tidligere ryger.", DA, "58 år", KASUS_CATEGORY_AGE },
    { "to sønner mellem 12 og 16 år", DA, "12", KASUS_CATEGORY_AGE },
    { "to sønner mellem 12 og 16 år", DA, "16 år", KASUS_CATEGORY_AGE },
    { "Seen in a 47 yr old man with cough.", EN, "47 yr old", KASUS_CATEGORY_AGE },
    { "Summary: 71F with dyspnoea.", EN, "71F", KASUS_CATEGORY_AGE },
    { "He is a forty two year old farmer.", EN, "forty two year old", KASUS_CATEGORY_AGE },
    { "Pt. er tre og halvfjerds, enke.", DA, "tre og halvfjerds", KASUS_CATEGORY_AGE },
    { "Her sons are 14 and 17.", EN, "14", KASUS_CATEGORY_AGE },
    { "Behandlet 60 Gy/30F uden bivirkninger.", DA, NULL, 0 },
    { "Han har boet på øen i 25 år.", DA, NULL, 0 },
    /* occupations: a job after a code, students and pupils, a business
     * run or sold, a championship, the only one of a job in a place */
    { "Han er U19-fodboldspiller.", DA, "U19-fodboldspiller", KASUS_CATEGORY_OCCUPATION },
    { "Datteren går i 2.g i byen.", DA, "går i 2.g", KASUS_CATEGORY_OCCUPATION },
    { "Sønnen studerer jura i Aarhus.", DA, "studerer jura", KASUS_CATEGORY_OCCUPATION },
    { "Her daughter studies law in Leeds.", EN, "studies law", KASUS_CATEGORY_OCCUPATION },
    { "The boy is in year 8 at the local school.", EN, "in year 8", KASUS_CATEGORY_OCCUPATION },
    { "Han har solgt frisørsalonen til en kollega.", DA, "frisørsalonen",
      KASUS_CATEGORY_OCCUPATION },
    { "She ran the bakery for twenty years.", EN, "bakery", KASUS_CATEGORY_OCCUPATION },
    { "Hun blev udtaget til U20-VM i håndbold.", DA, "udtaget til U20-VM",
      KASUS_CATEGORY_OCCUPATION },
    { "He is the town's only dentist.", EN, "dentist", KASUS_CATEGORY_OCCUPATION },
    { "Hendes mand er fanger i bygden.", DA, "fanger", KASUS_CATEGORY_OCCUPATION },
    { "Han arbejder nu som frivillig i kirken.", DA, "frivillig", KASUS_CATEGORY_OCCUPATION },
    { "Han har i mange år været tolk for kommunen.", DA, "tolk", KASUS_CATEGORY_OCCUPATION },
    { "Hun er turistguide om sommeren.", DA, "turistguide", KASUS_CATEGORY_OCCUPATION },
    { "Fiskerens båd ligger i havnen.", DA, "Fiskerens", KASUS_CATEGORY_OCCUPATION },
    /* broad groups, interpreters and trainers of the care stay quiet */
    { "Tolk deltog ved samtalen. Han træner tre gange om ugen.", DA, NULL, 0 },
    { "An interpreter was present. Suggest \"healthcare worker\".", EN, NULL, 0 },
    { "Mand i 50'erne, håndværker, bosat i en mindre by.", DA, NULL, 0 },
    { "Proben fanger de fleste varianter.", DA, NULL, 0 },
    { "Studies have shown a benefit.", EN, NULL, 0 },
    { "Han driver rundt i byen.", DA, NULL, 0 },
    /* hospitals and towns written small, a town's school, companies */
    { "prøven sendt til rigshospitalet i dag", DA, "rigshospitalet", KASUS_CATEGORY_INSTITUTION },
    { "hun er portør på skejby", DA, "skejby", KASUS_CATEGORY_INSTITUTION },
    { "referred to genetics odense for counselling", EN, "odense", KASUS_CATEGORY_PLACE },
    { "teacher at hellerup skole", EN, "hellerup skole", KASUS_CATEGORY_INSTITUTION },
    { "Han ejer Sørensen Auto ApS sammen med sin bror.", DA, "Sørensen Auto ApS",
      KASUS_CATEGORY_INSTITUTION },
    { "He works for Hansen & Søn Maling in town.", EN, "Hansen & Søn Maling",
      KASUS_CATEGORY_INSTITUTION },
    { "Hun er frivillig i Dansk Røde Kors.", DA, "Dansk Røde Kors", KASUS_CATEGORY_INSTITUTION },
    { "TV Syd har lavet et indslag om ham.", DA, "TV Syd", KASUS_CATEGORY_INSTITUTION },
    { "han går i skole og kan lide at læse", DA, NULL, 0 },
    /* places: districts and small islands, a country that is a word */
    { "Hun bor på Nólsoy med sin mand.", DA, "Nólsoy", KASUS_CATEGORY_PLACE },
    { "He fell ill after a holiday in Japan last year.", EN, "Japan", KASUS_CATEGORY_PLACE },
    { "Henvist fra Lægehuset Bakkegade i går.", DA, "Lægehuset Bakkegade",
      KASUS_CATEGORY_INSTITUTION },
    { "His wife is a nurse on ward 7.", EN, "ward 7", KASUS_CATEGORY_INSTITUTION },
    { "Se afsnit 3 i retningslinjen.", DA, NULL, 0 },
    { "Leiomyosarcoma in a welder: what WGS added", EN, "welder", KASUS_CATEGORY_OCCUPATION },
    /* holidays and festivals with a year or a before/after; a week of a
     * course is no date */
    { "He was admitted over Boxing Day 2022.", EN, "Boxing Day 2022", KASUS_CATEGORY_DATE },
    { "Symptomerne begyndte efter Eid.", DA, "Eid", KASUS_CATEGORY_DATE },
    { "Træthed i uge 2 af behandlingen.", DA, NULL, 0 },
    { "Wound infection in week 2 after surgery.", EN, NULL, 0 },
    /* an age bound of a programme or a guideline is no one's age */
    { "Screening is offered from around age 40 and MRI from the age of 25.", EN, NULL, 0 },
    { "Kræft før 60-årsalderen tyder på arvelig disposition.", DA, NULL, 0 },
    /* a firm named by a name and its trade, a home by its name, driving
     * as a job, a B&B run */
    { "Han overtog Madsens Tømrerforretning i 1998.", DA, "Madsens Tømrerforretning",
      KASUS_CATEGORY_INSTITUTION },
    { "Hun bor nu på Plejehjemmet Lindely.", DA, "Plejehjemmet Lindely",
      KASUS_CATEGORY_INSTITUTION },
    { "Han kørte taxa i tyve år.", DA, "kørte taxa", KASUS_CATEGORY_OCCUPATION },
    { "They run the B&B by the harbour.", EN, "B&B", KASUS_CATEGORY_OCCUPATION },
    /* an extension in two groups, a job quoted in a review, a typed o */
    { "Spørgsmål til laboratoriet, lokal 37 204.", DA, "37 204", KASUS_CATEGORY_CONTACT },
    { "Kommentar: \"Sognepræst\" peger på én person.", DA, "Sognepræst",
      KASUS_CATEGORY_OCCUPATION },
    { "En 6o-årig kvinde med hoste.", DA, "6o-årig", KASUS_CATEGORY_AGE },
    /* a vessel's registration and a case number */
    { "His trawler, the Havørnen (ES 412), is sold.", EN, "ES 412", KASUS_CATEGORY_ID },
    { "Se sag 2023-1187 i journalen.", DA, "2023-1187", KASUS_CATEGORY_ID },
    { "Se sag 2 på listen.", DA, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));
  /* a mutation-specific stain said to be positive names the carried
   * alteration, whatever the clause says before it */
  expect ("Histologi: ingen nekrose, BRAF V600E-IHC positiv.", DA, "BRAF V600E",
          KASUS_CATEGORY_VARIANT);
  /* a variant reported in one place is named wherever it stands, also
   * where a test for it was negative */
  expect ("FISH for ETV6::NTRK3 was negative.\n\nWGS found an ETV6::NTRK3 fusion.", EN,
          "ETV6::NTRK3", KASUS_CATEGORY_VARIANT);
  {
    g_autoptr (GPtrArray) fs = kasus_scanner_scan (
      scanner (), "FISH for ETV6::NTRK3 was negative.\n\nWGS found an ETV6::NTRK3 fusion.", -1, EN,
      NULL);
    guint n = 0;

    for (guint k = 0; k < fs->len; k++)
      {
        KasusFinding *f = g_ptr_array_index (fs, k);

        if (f->category == KASUS_CATEGORY_VARIANT && f->severity >= KASUS_SEVERITY_MEDIUM)
          n++;
      }
    g_assert_cmpuint (n, ==, 2);
  }
  /* a gene's loss in a tumour's name */
  expect ("Diagnosis revised to SMARCB1-deficient carcinoma.", EN, "SMARCB1-deficient",
          KASUS_CATEGORY_VARIANT);
  /* the language of a paragraph full of gene names and acronyms */
  expect ("WGS okt.: IDH1 p.Arg132His bekræftet, WHO grad 4, ATRX-tab og CDKN2A/B.", AUTO, "okt.",
          KASUS_CATEGORY_DATE);
}

/* Person names and family relations in the forms of unseen texts: names of
 * communities in Denmark, names that are also words, initials in notes,
 * minutes and chats, and relatives named by an adjective. Each row a
 * general form; NULL rows must stay quiet. */
static void
test_names_family_7 (void)
{
  static const SpanCase cases[] = {
    /* given names and surnames of Ukrainian, Tamil, Polish, Turkish,
     * Vietnamese and Faroese origin */
    { "Iryna Bondarenko, 61, kom til Danmark i 2022.", DA, "Iryna Bondarenko",
      KASUS_CATEGORY_NAME },
    { "Tharshini Sivakumar, sygehjælper, bor i Herning.", DA, "Tharshini Sivakumar",
      KASUS_CATEGORY_NAME },
    { "Hendes datter Zofia Grzybowska ringede i går.", DA, "Zofia Grzybowska",
      KASUS_CATEGORY_NAME },
    { "Şükrü Yıldırım ringede i går om svaret.", DA, "Şükrü Yıldırım", KASUS_CATEGORY_NAME },
    { "Sønnen tolker, manden Lê Văn Tùng taler kun lidt dansk.", DA, "Lê Văn Tùng",
      KASUS_CATEGORY_NAME },
    { "Sunneva á Rógvu, 1. reservelæge", DA, "Sunneva á Rógvu", KASUS_CATEGORY_NAME },
    /* a name no list has, right after the relative */
    { "Han kom med sønnen Emre, som ønsker at deltage.", DA, "Emre", KASUS_CATEGORY_NAME },
    { "Datteren Yuliia kom med til samtalen.", DA, "Yuliia", KASUS_CATEGORY_NAME },
    { "Gift med Kajan, to døtre.", DA, "Kajan", KASUS_CATEGORY_NAME },
    /* names that are ordinary words, told by the context */
    { "Samlevende med Bo, ingen børn.", DA, "Bo", KASUS_CATEGORY_NAME },
    { "Hun arbejder på nedsat tid, når Bo kører hende til behandling.", DA, "Bo",
      KASUS_CATEGORY_NAME },
    { "The patient agreed, and Will (her husband) will sign the form.", EN, "Will",
      KASUS_CATEGORY_NAME },
    { "His friend Oliver brings homework from school.", EN, "Oliver", KASUS_CATEGORY_NAME },
    { "He is married to Hope, a ceramicist.", EN, "Hope", KASUS_CATEGORY_NAME },
    { "Hvass (tovholder) siger, at byen skal ud.", DA, "Hvass", KASUS_CATEGORY_NAME },
    /* small names in hurried notes and dictations */
    { "pt set sm. m. datter (sara) og manden ole.", DA, "sara", KASUS_CATEGORY_NAME },
    { "pt set sm. m. datter (sara) og manden ole.", DA, "ole", KASUS_CATEGORY_NAME },
    { "patient poul erik madsen cpr følger", DA, "poul erik madsen", KASUS_CATEGORY_NAME },
    /* initials: speakers, signatures, dictations, lists, chat handles */
    { "Konklusion aftalt.\n>> BH: Send igen senest.", DA, "BH", KASUS_CATEGORY_NAME },
    { "Tak.\n\nJens Peter Vestergaard, overlæge / lk", DA, "lk", KASUS_CATEGORY_NAME },
    { "Kasus foreslået.\n\npgs / Morten Ravnsborg, Onkologisk Afd.", DA, "pgs",
      KASUS_CATEGORY_NAME },
    { "Samtykke indhentet.\nUdfyldt af: ts, d. 4/3-24", DA, "ts", KASUS_CATEGORY_NAME },
    { "diktat ohj 12.04.24 til journal ny linje", DA, "ohj", KASUS_CATEGORY_NAME },
    { "Deltagere: JK (onk.), m.h. (patologi), sbl (klin. gen.)", DA, "m.h.", KASUS_CATEGORY_NAME },
    { "Deltagere: JK (onk.), m.h. (patologi), sbl (klin. gen.)", DA, "sbl", KASUS_CATEGORY_NAME },
    { "Udarbejdet af Mikkel Brandt, sf og Trine Munk", DA, "sf", KASUS_CATEGORY_NAME },
    { "Authorised: 27-Feb-2024 15:40, KMF", EN, "KMF", KASUS_CATEGORY_NAME },
    { "tobias.r  09:12\nmorning – the sample is back", EN, "tobias.r", KASUS_CATEGORY_NAME },
    { "Kontakt A.B. Hvass for detaljer.", DA, "A.B. Hvass", KASUS_CATEGORY_NAME },
    { "Det blev aftalt med JK i dag.", DA, "JK", KASUS_CATEGORY_NAME },
    { "BH ringede til pt. i går.", DA, "BH", KASUS_CATEGORY_NAME },
    { "Notat ved mh.", DA, "mh", KASUS_CATEGORY_NAME },
    { "plan aftalt.\n\nlk/kbn", DA, "kbn", KASUS_CATEGORY_NAME },
    { "full stop end of dictation mk slash ljh", EN, "ljh", KASUS_CATEGORY_NAME },
    { "ringede til ole og sara i går", DA, "ole", KASUS_CATEGORY_NAME },
    { "Kasus 3 (Krag): ok efter rettelser.", DA, "Krag", KASUS_CATEGORY_NAME },
    { "Anja Bjerg 10:07\nPeter tager det i morgen kl 9.", DA, "Peter", KASUS_CATEGORY_NAME },
    /* relatives named by an adjective, an age group or an anniversary */
    { "Hun er rengøringsassistent og er mor til fem.", DA, "mor til fem", KASUS_CATEGORY_FAMILY },
    { "Rådgivning via video; de voksne børn ønsker test.", DA, "de voksne børn",
      KASUS_CATEGORY_FAMILY },
    { "Test tilbudt søster og halvbror; børn kan testes senere.", DA, "børn",
      KASUS_CATEGORY_FAMILY },
    { "Gift, fem børn, den yngste er 6 år.", DA, "den yngste", KASUS_CATEGORY_FAMILY },
    { "Gift, fire børn. Ahmed og Fatima (de to ældste) kom med.", DA, "de to ældste",
      KASUS_CATEGORY_FAMILY },
    { "Samlevende med Jeanette, to teenagedøtre.", DA, "to teenagedøtre", KASUS_CATEGORY_FAMILY },
    { "She lives with partner sam and two small children.", EN, "two small children",
      KASUS_CATEGORY_FAMILY },
    { "She lives with partner sam and two small children.", EN, "partner", KASUS_CATEGORY_FAMILY },
    { "Pt. vil gerne holde sølvbryllup i juli.", DA, "sølvbryllup", KASUS_CATEGORY_FAMILY },
    { "Separated; one daughter lives with her mother.", EN, "Separated", KASUS_CATEGORY_FAMILY },
    { "Fætter på mors side med testikelcancer.", DA, "Fætter på mors side", KASUS_CATEGORY_FAMILY },
    /* and what stays quiet */
    { "Behandlet med ADT; VAF 12 %; INR 1.2 og CRP 14.", DA, NULL, 0 },
    { "Progression på behandling med gem/cis og med tmz.", DA, NULL, 0 },
    { "Børn med leukæmi behandles efter protokol; de små børn tåler det.", DA, NULL, 0 },
    { "Per protokol blev pt. behandlet med kemoterapi.", DA, NULL, 0 },
    { "Anbefalet årlig mammografi + MR. Kaskadetest tilbudt.", DA, NULL, 0 },
    { "Bo i eget hjem er muligt med hjemmepleje.", DA, NULL, 0 },
    { "Will the patient benefit from further lines?", EN, NULL, 0 },
    { "Manden blev henvist til CT af egen læge.", DA, NULL, 0 },
    { "Den yngste patient i studiet var under 20.", DA, NULL, 0 },
    { "Screening af nyfødte anbefales ikke.", DA, NULL, 0 },
    { "PMH: Lung adenocarcinoma, COPD. SH: Ex-smoker.", EN, NULL, 0 },
    { "TODO: fjern kirke og by.", DA, NULL, 0 },
    { "Tak for svar. Ja, pt. har givet samtykke.", DA, NULL, 0 },
    { "Na 121, K 4,1. Date: Thu", EN, NULL, 0 },
  };

  expect_span_cases (cases, G_N_ELEMENTS (cases));

  /* initials found once stand for the person everywhere */
  {
    const char           *text = "Deltagere: JK (onk.), Dahl (bioinf.)\n\nDiskussion: pt. i PS 1, "
                                 "larotrectinib relevant. JK sender ansøgning; JK-regime nej.";
    g_autoptr (GPtrArray) findings = kasus_scanner_scan (scanner (), text, -1, DA, NULL);
    guint                 n_jk = 0;

    for (guint k = 0; k < findings->len; k++)
      {
        KasusFinding *f = g_ptr_array_index (findings, k);

        if (g_str_equal (f->text, "JK") && f->category == KASUS_CATEGORY_NAME)
          n_jk++;
      }
    g_assert_cmpuint (n_jk, ==, 2);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scanner/cpr", test_cpr);
  g_test_add_func ("/scanner/cpr-label", test_cpr_label);
  g_test_add_func ("/scanner/unicode-dashes", test_unicode_dashes);
  g_test_add_func ("/scanner/birth", test_birth);
  g_test_add_func ("/scanner/range-dashes", test_range_dashes);
  g_test_add_func ("/scanner/known-dashes", test_known_dashes);
  g_test_add_func ("/scanner/place-kinds", test_place_kinds);
  g_test_add_func ("/scanner/municipality-reading", test_municipality_reading);
  g_test_add_func ("/scanner/age", test_age);
  g_test_add_func ("/scanner/date", test_date);
  g_test_add_func ("/scanner/family", test_family);
  g_test_add_func ("/scanner/occupation", test_occupation);
  g_test_add_func ("/scanner/name", test_name);
  g_test_add_func ("/scanner/place-institution", test_place_institution);
  g_test_add_func ("/scanner/contact-id", test_contact_id);
  g_test_add_func ("/scanner/general-forms", test_general_forms);
  g_test_add_func ("/scanner/writer-forms", test_writer_forms);
  g_test_add_func ("/scanner/writer-forms-2", test_writer_forms_2);
  g_test_add_func ("/scanner/writer-forms-3", test_writer_forms_3);
  g_test_add_func ("/scanner/department-hospital", test_department_hospital);
  g_test_add_func ("/scanner/offsets", test_offsets);
  g_test_add_func ("/scanner/recall-forms-5", test_recall_forms_5);
  g_test_add_func ("/scanner/recall-forms-6", test_recall_forms_6);
  g_test_add_func ("/scanner/recall-forms-rest", test_recall_forms_rest);
  g_test_add_func ("/scanner/range", test_range);
  g_test_add_func ("/scanner/known", test_known);
  g_test_add_func ("/scanner/language", test_language);
  g_test_add_func ("/scanner/threads", test_threads);
  g_test_add_func ("/scanner/odd-input", test_odd_input);

  g_test_add_func ("/scanner/names-family-7", test_names_family_7);

  return g_test_run ();
}
