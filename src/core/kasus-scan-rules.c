/* kasus-scan-rules.c — hand-written tokenizer and rules for every category
 * but variants: a word is looked up once in a small hash of "roles"
 * (month, family word, title …); only capitalised words go on to the big
 * lexicons (names, places, ordinary words), so a 10 MB text costs little
 * more than one pass.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-scanner"

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "kasus-core.h"
#include "kasus-lexicon.h"
#include "kasus-scan-rules.h"

/* ------------------------------------------------------------------ */
/* Roles of small words */

enum
{
  R_MONTH = 1u << 0,
  R_WEEKDAY = 1u << 1,
  R_SEASON = 1u << 2,
  R_HOLIDAY = 1u << 3,
  R_PLACE_PREP = 1u << 4,
  R_YEAR_PREP = 1u << 5,
  R_POSS = 1u << 6,
  R_COUNT = 1u << 7,
  R_FAM_ADJ = 1u << 8,
  R_PERSON = 1u << 9,
  R_GREETING = 1u << 10,
  R_SIGNOFF = 1u << 11,
  R_OCC_TRIGGER = 1u << 12,
  R_PRONOUN = 1u << 13,
  R_DA_FUNC = 1u << 14,
  R_EN_FUNC = 1u << 15,
  R_FAMILY_DA = 1u << 16,
  R_FAMILY_EN = 1u << 17,
  R_OCC = 1u << 18,
  R_TITLE = 1u << 19,
  R_ID_LABEL = 1u << 20,
  R_INST_HEAD = 1u << 21,
  R_DEPT_HEAD = 1u << 22,
  R_AGE_TRIGGER = 1u << 23,
  R_BORN = 1u << 24,
  R_PREG = 1u << 25,
  R_FAM_NEG_NEXT = 1u << 26,
  R_MEDICAL = 1u << 27,
  R_STREET_SFX = 1u << 28,
  R_MONTH_AMBIG = 1u << 29,
  R_TIME_UNIT = 1u << 30,
  R_HEADER = 1u << 31,
};
/* second word of roles */
#define R2_EPONYM_NEXT  (1u << 0)
#define R2_NATIONALITY  (1u << 1) /* tyrkisk, Greenlandic: a place with a person noun */
#define R2_ORIGIN_NOUN  (1u << 2) /* oprindelse, descent, patient … after a nationality */
#define R2_PERSON_LABEL (1u << 3) /* "referent:", "reviewed by": initials follow */
#define R2_UNIT         (1u << 4) /* a unit after 8 digits makes them a quantity */
#define R2_SEX          (1u << 5) /* K, M, kvinde, male: "K, 54" is an age */
#define R2_EXTENSION    (1u << 6) /* lok., ext.: a phone extension follows */
#define R2_HOLIDAY_TAIL (1u << 7) /* "Easter holidays 2023", "påskeferien 2022" */
#define R2_AGE_VERB     (1u << 8) /* er, is, fylder, turned: "pt er 67 år" */
#define R2_NO_INITIALS  (1u << 9) /* ID, RE, SV: upper-case words that are no person */
#define R2_HOOK         (1u << 10) /* opens a phrase the scan loop checks: "bygden X", "spiller tuba" */
#define R2_OCC_TAIL     (1u << 11) /* last word of a multi-word job: "developer", "master" */

#define ROLE2(i, r) ((guint) (i) < ctx->n && ctx->t[i].role && (ctx->t[i].role->roles2 & (r)))

#define FUNC_SLOTS 512
#define FUNC_DA    1
#define FUNC_EN    2

typedef struct
{
  char       *key;
  guint32     len;
  guint32     hash;
  guint32     roles;
  guint32     roles2;
  char        fam_da; /* 'r', 'm', 'c' */
  char        fam_en;
  char        title;     /* 'p' before a name, 't' the patient */
  guint8      num;       /* month 1-12, count 1-10 */
  const char *occ_class; /* interned; ends in '*' when staff-ish */
} Role;

struct _KasusScanRules
{
  const KasusVariantRules *variants;

  Role *roles; /* open addressing, power of two */
  guint roles_mask;
  /* a bit for the top 16 bits of every key's hash: most words of a text
   * have no role, and this answers them from the L1 cache */
  guint8 roles_filter[65536 / 8];
  gsize  roles_max_len; /* longest key, at most 64 */

  /* Function words for detecting the language, their lower-case bytes
   * packed into an integer: open addressing, 0 is empty. */
  guint64       func_keys[FUNC_SLOTS];
  guint8        func_lang[FUNC_SLOTS]; /* FUNC_DA | FUNC_EN */
  gsize         func_max_len;
  GStringChunk *strings;

  KasusLexicon *words_da;
  KasusLexicon *words_en;
  KasusLexicon *first_names;
  KasusLexicon *last_names;
  KasusLexicon *places;
  KasusLexicon *postcodes;
  KasusLexicon *hospitals;
  KasusLexicon *hospital_abbrevs;
  KasusLexicon *occupation_heads;
  /* street suffixes (roles): their longest length, and a bit for each
   * last two bytes */
  gsize  street_max_len;
  guint8 street_endings[65536 / 8];
  /* occupation heads: their lengths, and a bit for each last two bytes */
  gsize         heads_min_len;
  gsize         heads_max_len;
  guint8        heads_endings[65536 / 8];
  KasusLexicon *eponyms;
};

static inline guint64
load64 (const char *p)
{
  guint64 w;

  memcpy (&w, p, 8);
  return GUINT64_FROM_LE (w);
}

/* The high bit of every byte of w that is an ASCII letter. No carry
 * crosses a byte. */
static inline guint64
letter_byte_mask (guint64 w)
{
  const guint64 h = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64       y = (w | G_GUINT64_CONSTANT (0x2020202020202020)) & ~h;
  guint64       ge_a = y + G_GUINT64_CONSTANT (0x1F1F1F1F1F1F1F1F); /* >= 'a' */
  guint64       gt_z = y + G_GUINT64_CONSTANT (0x0505050505050505); /* > 'z' */

  return ge_a & ~gt_z & ~w & h;
}

/* p advanced over ASCII letters, eight bytes at a time while eight are
 * left before end */
static inline const guchar *
skip_letters (const guchar *p, const guchar *end)
{
  while (end - p >= 8)
    {
      guint64 other =
        ~letter_byte_mask (load64 ((const char *) p)) & G_GUINT64_CONSTANT (0x8080808080808080);

      if (other != 0)
        return p + __builtin_ctzll (other) / 8;
      p += 8;
    }
  return p;
}

static inline guint64
load32 (const char *p)
{
  guint32 w;

  memcpy (&w, p, 4);
  return GUINT32_FROM_LE (w);
}

/* A word's hash: eight bytes at a time, the tail read as overlapping
 * words, so that short words cost a few instructions. */
static inline guint32
hash_bytes (const char *s, gsize len)
{
  guint64 h = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^ len;
  guint64 w;

  if (len > 8)
    {
      const char *last = s + len - 8;

      while (s < last)
        {
          h = (h ^ load64 (s)) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
          h ^= h >> 29;
          s += 8;
        }
      w = load64 (last);
    }
  else if (len == 8)
    w = load64 (s);
  else if (len >= 4)
    w = load32 (s) | (load32 (s + len - 4) << 32);
  else if (len > 0)
    w =
      (guchar) s[0] | ((guint64) (guchar) s[len / 2] << 8) | ((guint64) (guchar) s[len - 1] << 16);
  else
    w = 0;
  h = (h ^ w) * G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
  h ^= h >> 32;
  return (guint32) h;
}

static Role *
role_slot (const KasusScanRules *self, const char *key, gsize len, guint32 h)
{
  guint i = h & self->roles_mask;

  for (;;)
    {
      Role *r = &self->roles[i];

      if (r->key == NULL || (r->hash == h && r->len == len && memcmp (r->key, key, len) == 0))
        return r;
      i = (i + 1) & self->roles_mask;
    }
}

/* The role of key, whose hash is h, or NULL. */
static inline const Role *
role_find (const KasusScanRules *self, const char *key, gsize len, guint32 h)
{
  const Role *r;

  if (!(self->roles_filter[h >> 19] & (1u << ((h >> 16) & 7))))
    return NULL;
  r = role_slot (self, key, len, h);
  return r->key ? r : NULL;
}

static inline const Role *
role_lookup (const KasusScanRules *self, const char *key, gsize len)
{
  if (len == 0 || len > 64)
    return NULL;
  return role_find (self, key, len, hash_bytes (key, len));
}

static void roles2_add_list (KasusScanRules *self, const char *words, guint32 roles2);

static Role *
role_add (KasusScanRules *self, const char *key, guint32 roles)
{
  gsize   len = strlen (key);
  guint32 h = hash_bytes (key, len);
  Role   *r = role_slot (self, key, len, h);

  if (r->key == NULL)
    {
      r->key = g_string_chunk_insert (self->strings, key);
      r->len = len;
      r->hash = h;
      self->roles_filter[h >> 19] |= 1u << ((h >> 16) & 7);
    }
  r->roles |= roles;
  return r;
}

static void
roles_add_list (KasusScanRules *self, const char *words, guint32 roles)
{
  g_auto (GStrv) v = g_strsplit_set (words, " \n", -1);

  for (guint i = 0; v[i]; i++)
    if (*v[i])
      role_add (self, v[i], roles);
}

static void
roles2_add_list (KasusScanRules *self, const char *words, guint32 roles2)
{
  g_auto (GStrv) v = g_strsplit_set (words, " \n", -1);

  for (guint i = 0; v[i]; i++)
    if (*v[i])
      role_add (self, v[i], 0)->roles2 |= roles2;
}

static gboolean
roles_add_lexicon (KasusScanRules *self, const char *name, guint32 roles, GError **error)
{
  g_autofree char   *path = g_strconcat ("rules/", name, NULL);
  g_autoptr (GBytes) bytes = kasus_core_lookup_resource (path, error);
  const char        *p, *end;
  gsize              size;

  if (bytes == NULL)
    return FALSE;
  p = g_bytes_get_data (bytes, &size);
  end = p + size;
  while (p < end)
    {
      const char      *nl = memchr (p, '\n', end - p);
      const char      *le = nl ? nl : end;
      const char      *tab = memchr (p, '\t', le - p);
      g_autofree char *key = NULL;
      const char      *val = NULL;
      gsize            vlen = 0;
      Role            *r;

      if (le > p && *p != '#')
        {
          key = g_strndup (p, (tab ? tab : le) - p);
          if (tab)
            {
              val = tab + 1;
              vlen = le - val;
            }
          r = role_add (self, key, roles);
          if (roles & R_FAMILY_DA)
            r->fam_da = vlen ? val[0] : 'r';
          if (roles & R_FAMILY_EN)
            r->fam_en = vlen ? val[0] : 'r';
          if (roles & R_TITLE)
            r->title = (vlen >= 2 && val[0] == 'p' && val[1] == 't') ? 't' : 'p';
          if (roles & R_OCC)
            {
              g_autofree char *v = g_strndup (val ? val : "other", val ? vlen : 5);
              r->occ_class = g_string_chunk_insert_const (self->strings, v);
            }
        }
      p = le + 1;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */

static const char *months_da[] = {
  "januar", "februar", "marts",     "april",   "maj",      "juni",
  "juli",   "august",  "september", "oktober", "november", "december",
};
static const char *months_en[] = {
  "january", "february", "march",     "april",   "may",      "june",
  "july",    "august",   "september", "october", "november", "december",
};
static const char *months_abbr[] = {
  "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};

static KasusLexicon *
load_lexicon (const char *name, GError **error)
{
  g_autofree char *path = g_build_path ("/", KASUS_CORE_RESOURCE_PATH, "rules", name, NULL);

  return kasus_lexicon_new_from_resource (path, error);
}

/* The last two bytes of a word, as an index into heads_endings. */
static inline guint
ending_of (const char *s, gsize len)
{
  return ((guint) (guchar) s[len - 2] << 8) | (guchar) s[len - 1];
}

static inline guint
func_slot (guint64 key)
{
  return (key * 0x9E3779B97F4A7C15ull) >> 55;
}

void
kasus_candidate_clear (KasusCandidate *c)
{
  g_clear_pointer (&c->suggestion, g_free);
  g_clear_pointer (&c->finding, kasus_finding_unref);
}

KasusScanRules *
kasus_scan_rules_new (const KasusVariantRules *variants, GError **error)
{
  KasusScanRules *self = g_new0 (KasusScanRules, 1);
  Role           *r;

  self->variants = variants;
  /* about 7000 roles: kept under half full, so that a miss costs few probes */
  self->roles_mask = (1u << 14) - 1;
  self->roles = g_new0 (Role, self->roles_mask + 1);
  self->strings = g_string_chunk_new (16384);

  for (guint i = 0; i < 12; i++)
    {
      r = role_add (self, months_da[i], R_MONTH);
      r->num = i + 1;
      r = role_add (self, months_en[i], R_MONTH);
      r->num = i + 1;
      if (*months_abbr[i])
        {
          r = role_add (self, months_abbr[i], R_MONTH | R_MONTH_AMBIG);
          r->num = i + 1;
        }
    }
  r = role_add (self, "sept", R_MONTH | R_MONTH_AMBIG);
  r->num = 9;
  r = role_add (self, "oct", R_MONTH | R_MONTH_AMBIG);
  r->num = 10;
  /* Months that are ordinary words too need a day or a year. */
  roles_add_list (self, "may march august maj", R_MONTH_AMBIG);

  roles_add_list (self,
                  "mandag tirsdag onsdag torsdag fredag lørdag søndag "
                  "monday tuesday wednesday thursday friday saturday sunday",
                  R_WEEKDAY);
  roles_add_list (self,
                  "foråret sommeren efteråret vinteren forår sommer efterår vinter "
                  "primo medio ultimo spring summer autumn fall winter early late mid "
                  "begyndelsen slutningen starten midten udgangen start end julen "
                  "påsken beginning",
                  R_SEASON);
  roles_add_list (self,
                  "juleaften juledag julen jul nytårsaften nytårsdag nytår påskedag "
                  "påske påsken pinse pinsen pinsedag skærtorsdag langfredag sankthans "
                  "sankthansaften fastelavn mortensaften christmas easter nytårsnat "
                  "grundlovsdag fødselsdag fødselsdagen birthday sommerferie sommerferien "
                  "efterårsferie efterårsferien vinterferie vinterferien juleferie "
                  "juleferien påskeferie påskeferien juleaftensdag nytårsaftensdag "
                  "juledag juledagen "
                  /* religious festivals date an event too: "efter Eid" */
                  "eid ramadan ramadanen bayram diwali hanukkah thanksgiving halloween boxing",
                  R_HOLIDAY);
  roles_add_list (self,
                  "i fra på til ved nær omkring bor bosat boende bosiddende in from near "
                  "lives living lived born født opvokset grew moved flyttede kommer comes "
                  "oprindeligt originally native hjemmehørende udenfor outside ",
                  R_PLACE_PREP);
  roles_add_list (self,
                  "i in fra from siden since til until år året year før efter before "
                  "after during under ultimo primo medio ca omkring around by of indtil inden "
                  "maj may juni june juli july",
                  R_YEAR_PREP);
  roles_add_list (self,
                  "hans hendes sin sit sine deres min mit mine vores jeres his her "
                  "their my our your din dit dine patientens pt.s pts patient's patients dennes",
                  R_POSS);
  {
    static const char *counts[] = {
      "en et ét a an one", "to two begge both", "tre three",  "fire four", "fem five",
      "seks six",          "syv seven",         "otte eight", "ni nine",   "ti ten"
    };
    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        g_auto (GStrv) v = g_strsplit (counts[i], " ", -1);
        for (guint j = 0; v[j]; j++)
          {
            r = role_add (self, v[j], R_COUNT);
            r->num = i + 1;
          }
      }
    roles_add_list (self, "flere several mange many", R_COUNT);
    /* "ingen børn", "no children": a count of none still names the relation */
    roles_add_list (self, "ingen no", R_COUNT);
    /* "their first child", "første barn" */
    {
      static const char *ordinals[] = { "første first", "anden andet second", "tredje third" };
      for (guint i = 0; i < G_N_ELEMENTS (ordinals); i++)
        {
          g_auto (GStrv) v = g_strsplit (ordinals[i], " ", -1);
          for (guint j = 0; v[j]; j++)
            role_add (self, v[j], R_COUNT)->num = 11 + i;
        }
    }
  }
  roles_add_list (self,
                  "voksne små raske yngre ældre yngste ældste mindreårige small nyfødte "
                  "biologiske hjemmeboende udeboende grown-up grown adult young younger "
                  "older elder eldest youngest teenage healthy little biological only "
                  "eneste lille store",
                  R_FAM_ADJ);
  roles_add_list (self,
                  "mand kvinde pige dreng patient patienten pt barn dame herre "
                  "person man woman boy girl child baby gentleman lady male female "
                  "teenager",
                  R_PERSON);
  roles_add_list (self, "hej hi dear kære hello goddag morning hey", R_GREETING);
  roles_add_list (self, "til to fra from cc att attn re vedr emne subject", R_HEADER);
  roles_add_list (self,
                  "mvh hilsen hilsner regards best sincerely cheers vh venlig "
                  "venligst kind thanks tak signed sign underskrevet",
                  R_SIGNOFF);
  roles_add_list (self,
                  "som as tidligere former retired pensioneret fhv forhenværende "
                  "uddannet trained arbejder arbejdede arbejdet works worked ansat employed job "
                  "erhverv occupation profession beskæftiget selvstændig self-employed "
                  "working arbejdende married career karriere været been",
                  R_OCC_TRIGGER);
  roles_add_list (self, "han hun pt patienten he she patient pte", R_PRONOUN);
  roles_add_list (self,
                  "og i er af med til på det en et ikke som der har blev ved hos efter "
                  "den de var fik for men kan skal vil også eller fra om da ingen samt "
                  "uden pga mhp hun han hans hendes sig sin deres vi jeg",
                  R_DA_FUNC);
  roles_add_list (self,
                  "the and of is was with to in a for on he she his her after were "
                  "has had are be been by from at this that which no not but an as "
                  "we our it its they their who",
                  R_EN_FUNC);
  roles_add_list (self,
                  "id nr no nummer number ref rekv rekvisition rekvisitionsnr "
                  "rekvisitionsnummer sagsnr sagsnummer journalnr journalnummer "
                  "journal sample prøve prøvenr prøvenummer biobank biobanknr mdt "
                  "record case mrn accession accessionsnr barcode stregkode lab labnr "
                  "reference referencenr requisition specimen kørsel kørselsnr run "
                  "løbenr løbenummer patientnr patientnummer projektnr project "
                  "studienr study-id screeningsnr episode henvisningsnr ydernr ydernummer mtb "
                  "blok block sag "
                  "personnummer fødselsnummer",
                  R_ID_LABEL);
  roles_add_list (self,
                  "hospital hospitalet hospitaler sygehus sygehuset sygehuse "
                  "universitetshospital universitetshospitalet apotek apoteket skole "
                  "skolen school gymnasium gymnasiet efterskole efterskolen højskole "
                  "friskole universitet universitetet university college orkester "
                  "orchestra teater teatret theatre theater kirke kirken church "
                  "håndbold fodbold boldklub fc if bk bank sparekasse lufthavn "
                  "airport museum museet bibliotek biblioteket børnehave børnehaven "
                  "vuggestue plejehjem plejehjemmet plejecenter plejecentret hospice "
                  "kaserne værft værftet mejeri slagteri company ltd inc gmbh group "
                  "gruppen lægehus lægehuset lægepraksis tandlægepraksis "
                  "tandlægeklinik lægeklinik kommune kommunes politi politikreds "
                  "brandvæsen beredskab fabrik fabrikken rederi rederiet akademi "
                  "akademiet seminarium hotel hotellet restaurant kro kroen",
                  R_INST_HEAD);
  roles_add_list (self,
                  "afdeling afdelingen afd afsnit afsnittet klinik klinikken center "
                  "centret centeret enhed enheden ambulatorium ambulatoriet sengeafsnit "
                  "department dept unit clinic centre division ward laboratory "
                  "laboratorium laboratoriet sektion section team institut institute "
                  "service",
                  R_DEPT_HEAD);
  roles_add_list (self, "aged age alder alderen", R_AGE_TRIGGER);
  roles_add_list (self, "født f born b årgang årg", R_BORN);
  roles_add_list (self,
                  "gravid gravide graviditet graviditeten graviditetsuge sectio "
                  "forløst forløsning svangerskab svangerskabet gestationsalder "
                  "pregnant pregnancy gestation gestational ga termin fødsel fødslen "
                  "delivered delivery caesarean",
                  R_PREG);
  roles_add_list (self,
                  "chromatid chromatids kromatid kromatider cell cells celle celler "
                  "cellen cellerne colonies clone clones lesion lesions nodule nodules "
                  "tumour tumor tumors tumours lineage",
                  R_FAM_NEG_NEXT);
  {
    g_auto (GStrv) v =
      g_strsplit ("syndrom syndromet syndrome sygdom sygdommen disease lymfom "
                  "lymfomet lymphoma sarkom sarkomet sarcoma tumor tumour test "
                  "testen score scoren klassifikation classification criteria "
                  "kriterier protokol protokollen protocol regime regimet regimen "
                  "trial studie studiet study stadie stage cyste cyst celler cells "
                  "paralyse palsy anæmi anemia anaemia type",
                  " ", -1);
    for (guint i = 0; v[i]; i++)
      role_add (self, v[i], 0)->roles2 |= R2_EPONYM_NEXT;
  }
  roles_add_list (self,
                  "år års years year yrs yr måneder måned mdr mdr. months month "
                  "uger uge weeks week dage dag days day timer hours",
                  R_TIME_UNIT);

  /* Nationalities but the Danish one: a place when they describe a person
   * or an origin ("en tyrkisk kvinde", "Greenlandic patient") */
  roles2_add_list (self,
                   "grønlandsk grønlandske færøsk færøske svensk svenske norsk norske "
                   "islandsk islandske finsk finske tysk tyske polsk polske tyrkisk "
                   "tyrkiske kurdisk kurdiske somalisk somaliske irakisk irakiske iransk "
                   "iranske afghansk afghanske syrisk syriske pakistansk pakistanske "
                   "libanesisk libanesiske palæstinensisk palæstinensiske marokkansk "
                   "marokkanske bosnisk bosniske serbisk serbiske kroatisk kroatiske "
                   "rumænsk rumænske bulgarsk bulgarske litauisk litauiske lettisk "
                   "lettiske estisk estiske ukrainsk ukrainske russisk russiske "
                   "vietnamesisk vietnamesiske thailandsk thailandske filippinsk "
                   "filippinske kinesisk kinesiske indisk indiske eritreisk eritreiske "
                   "etiopisk etiopiske britisk britiske engelsk engelske skotsk skotske "
                   "irsk irske amerikansk amerikanske hollandsk hollandske fransk franske "
                   "italiensk italienske spansk spanske portugisisk portugisiske græsk "
                   "græske ungarsk ungarske tjekkisk tjekkiske japansk japanske "
                   "greenlandic faroese swedish norwegian icelandic finnish german polish "
                   "turkish kurdish somali iraqi iranian afghan syrian pakistani lebanese "
                   "palestinian moroccan bosnian serbian croatian romanian bulgarian "
                   "lithuanian latvian estonian ukrainian russian vietnamese thai "
                   "filipino chinese indian eritrean ethiopian british english scottish "
                   "irish american dutch french italian spanish portuguese greek "
                   "hungarian czech japanese inuit "
                   /* regional adjectives: "en mindre jysk kommune" */
                   "jysk jyske fynsk fynske sjællandsk sjællandske sønderjysk sønderjyske "
                   "nordjysk nordjyske vestjysk vestjyske østjysk østjyske midtjysk "
                   "midtjyske bornholmsk bornholmske",
                   R2_NATIONALITY);
  roles2_add_list (self,
                   "oprindelse herkomst afstamning baggrund statsborger statsborgerskab "
                   "nationalitet familie mand kvinde pige dreng patient patienten pt barn "
                   "dame herre person borger fisker fanger "
                   "origin descent ancestry background citizen national nationality "
                   "family man woman boy girl child patient gentleman lady male female "
                   "teenager fisherman hunter "
                   "slægtninge slægt relatives kommune landsby egn ø village town island",
                   R2_ORIGIN_NOUN);
  roles2_add_list (self,
                   "referent ref minutes minutter sekretær secretary attendees deltagere "
                   "tilstede present cc bcc att attn signed sign signeret "
                   "underskrevet reviewed written dictated dikteret godkendt approved "
                   "skrevet author forfatter chair formand kontaktperson ansvarlig "
                   "responsible initialer initials dikt sek discussed drøftet addendum "
                   "participants sekr diktat dictation",
                   R2_PERSON_LABEL);
  roles2_add_list (self,
                   "mg g kg ml l dl µg mcg ug mmol µmol umol nmol pmol iu ie u e gy cgy "
                   "mm cm m km kr dkk eur usd stk x celler cells kopier copies reads bp "
                   "kb mb gb baser bases molekyler molecules år mdr uger dage timer "
                   "years months weeks days hours min sek sec",
                   R2_UNIT);
  roles2_add_list (self, "k m f kvinde mand woman man male female dreng pige boy girl", R2_SEX);
  roles2_add_list (self, "lok lokal ext extension direkte", R2_EXTENSION);
  roles2_add_list (self, "holiday holidays ferie ferien vacation break", R2_HOLIDAY_TAIL);
  roles2_add_list (self, "er is are was were var blev bliver fylder fyldte turns turned",
                   R2_AGE_VERB);
  roles2_add_list (self,
                   "id re sv fw fwd vs nb obs ps dob cns ol ok eu us uk "
                   /* note headings and roles: past medical / social / drug
                    * history, general practitioner, a to-do */
                   "pmh psh sh dh hpc ros gp todo rn np msc bsc",
                   R2_NO_INITIALS);
  roles2_add_list (self,
                   "new bygden byen landsbyen øen sognet village town island adresse "
                   "address danish dansk danske spiller spillede plays played synger sings "
                   "member medlem chairs chaired leads owner owns ejer indehaver "
                   /* rule_job_phrase(): "går i 3.g", "runs the pharmacy" */
                   "går studerer læser studies studying year grade udtaget driver drev solgt "
                   "solgte overtog runs ran run running sold kører kørte "
                   /* written-out ages: "han er kun nitten", "aged about sixty" */
                   "tretten fjorten femten seksten sytten atten nitten tyve tredive fyrre "
                   "halvtreds tres halvfjerds firs halvfems thirteen fourteen fifteen "
                   "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
                   "seventy eighty ninety",
                   R2_HOOK);

  if (!roles_add_lexicon (self, "family-da.txt", R_FAMILY_DA, error) ||
      !roles_add_lexicon (self, "family-en.txt", R_FAMILY_EN, error) ||
      !roles_add_lexicon (self, "occupations.txt", R_OCC, error) ||
      !roles_add_lexicon (self, "titles.txt", R_TITLE, error) ||
      !roles_add_lexicon (self, "medical-terms.txt", R_MEDICAL, error) ||
      !roles_add_lexicon (self, "street-suffixes.txt", R_STREET_SFX, error))
    goto fail;

  if (!(self->words_da = load_lexicon ("words-da.txt", error)) ||
      !(self->words_en = load_lexicon ("words-en.txt", error)) ||
      !(self->first_names = load_lexicon ("names-first.txt", error)) ||
      !(self->last_names = load_lexicon ("names-last.txt", error)) ||
      !(self->places = load_lexicon ("places.txt", error)) ||
      !(self->postcodes = load_lexicon ("postcodes.txt", error)) ||
      !(self->hospitals = load_lexicon ("hospitals.txt", error)) ||
      !(self->hospital_abbrevs = load_lexicon ("hospital-abbrevs.txt", error)) ||
      !(self->occupation_heads = load_lexicon ("occupation-heads.txt", error)) ||
      !(self->eponyms = load_lexicon ("eponyms.txt", error)))
    goto fail;

  /* lex_match_span() asks these for prefixes of every capitalised word */
  kasus_lexicon_index_prefixes (self->places);
  kasus_lexicon_index_prefixes (self->hospitals);

  /* the last words of multi-word jobs ("harbour master") and the English
   * heads ("en:worker"): the scan looks back from them */
  {
    g_autoptr (GPtrArray) tails = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i <= self->roles_mask; i++)
      {
        const Role *fr = &self->roles[i];
        const char *sp;

        if (fr->key && (fr->roles & R_OCC) && (sp = strrchr (fr->key, ' ')) && sp[1])
          g_ptr_array_add (tails, g_strdup (sp + 1));
      }
    for (guint i = 0; i < kasus_lexicon_get_size (self->occupation_heads); i++)
      {
        char *key = kasus_lexicon_get_key (self->occupation_heads, i);

        if (g_str_has_prefix (key, "en:") && key[3])
          g_ptr_array_add (tails, g_strdup (key + 3));
        g_free (key);
      }
    for (guint i = 0; i < tails->len; i++)
      role_add (self, g_ptr_array_index (tails, i), 0)->roles2 |= R2_OCC_TAIL;
  }

  self->heads_min_len = G_MAXSIZE;
  for (guint i = 0; i < kasus_lexicon_get_size (self->occupation_heads); i++)
    {
      g_autofree char *key = kasus_lexicon_get_key (self->occupation_heads, i);
      gsize            len = strlen (key);

      self->heads_min_len = MIN (self->heads_min_len, len);
      self->heads_max_len = MAX (self->heads_max_len, len);
      if (len >= 2)
        {
          guint e = ending_of (key, len);
          self->heads_endings[e / 8] |= 1u << (e % 8);
        }
    }

  for (guint i = 0; i <= self->roles_mask; i++)
    {
      const Role *fr = &self->roles[i];

      if (fr->key == NULL)
        continue;
      self->roles_max_len = MAX (self->roles_max_len, MIN (fr->len, 64));
      if ((fr->roles & R_STREET_SFX) && fr->len >= 2 && fr->len <= 64)
        {
          guint e = ending_of (fr->key, fr->len);

          self->street_max_len = MAX (self->street_max_len, fr->len);
          self->street_endings[e / 8] |= 1u << (e % 8);
        }
      if (fr->roles & (R_DA_FUNC | R_EN_FUNC))
        {
          guint64 key = 0;
          guint   k;

          /* every function word fits in eight bytes */
          g_assert (fr->len <= 8);
          self->func_max_len = MAX (self->func_max_len, fr->len);
          memcpy (&key, fr->key, fr->len);
          key = GUINT64_FROM_LE (key);
          k = func_slot (key);
          while (self->func_keys[k] != 0)
            k = (k + 1) & (FUNC_SLOTS - 1);
          self->func_keys[k] = key;
          self->func_lang[k] =
            ((fr->roles & R_DA_FUNC) ? FUNC_DA : 0) | ((fr->roles & R_EN_FUNC) ? FUNC_EN : 0);
        }
    }

  return self;

fail:
  kasus_scan_rules_free (self);
  return NULL;
}

void
kasus_scan_rules_free (KasusScanRules *self)
{
  if (self == NULL)
    return;
  g_free (self->roles);
  if (self->strings)
    g_string_chunk_free (self->strings);
  g_clear_pointer (&self->words_da, kasus_lexicon_free);
  g_clear_pointer (&self->words_en, kasus_lexicon_free);
  g_clear_pointer (&self->first_names, kasus_lexicon_free);
  g_clear_pointer (&self->last_names, kasus_lexicon_free);
  g_clear_pointer (&self->places, kasus_lexicon_free);
  g_clear_pointer (&self->postcodes, kasus_lexicon_free);
  g_clear_pointer (&self->hospitals, kasus_lexicon_free);
  g_clear_pointer (&self->hospital_abbrevs, kasus_lexicon_free);
  g_clear_pointer (&self->occupation_heads, kasus_lexicon_free);
  g_clear_pointer (&self->eponyms, kasus_lexicon_free);
  g_free (self);
}

/* ------------------------------------------------------------------ */
/* Tokens */

enum
{
  T_WORD = 1 << 0,  /* starts with a letter or digit */
  T_DIGIT = 1 << 1, /* has a digit */
  T_ALPHA = 1 << 2, /* has a letter */
  T_CAP = 1 << 3,   /* first letter upper-case */
  T_UPPER = 1 << 4, /* every letter upper-case */
  T_NL = 1 << 5,    /* a line break before it */
  T_NUM = 1 << 6,   /* only digits */
  T_SENT = 1 << 7,  /* starts a sentence or a line */
  T_SPACE = 1 << 8, /* white space before it */
  T_BLANK = 1 << 9, /* an empty line before it */
  T_DASH = 1 << 10, /* has a '-' (a word token: between two parts) */
};

typedef struct
{
  guint32     start;
  guint32     end;
  guint32     flags;
  const Role *role;
} Tok;

typedef struct
{
  const KasusScanRules *rules;
  const char           *text;
  char                 *lower;
  gsize                 length;
  gsize                 base;
  KasusLanguage         lang;
  Tok                  *t;
  guint                 n;
  guint8               *name_kinds; /* memo of name_kind(), NAME_KIND_UNSET until asked */
  GArray               *out;
  gsize                 name_end; /* byte offset where the last name found ends, or 0 */
} Ctx;

#define NAME_KIND_UNSET 0xFF

/* Tokens past the last one (see tokenize()). */
#define TOK_SENTINELS 4

#if defined(__SANITIZE_ADDRESS__)
#define KASUS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KASUS_ASAN 1
#endif
#endif

#ifdef KASUS_ASAN
#include <sanitizer/asan_interface.h>
#define TOKS_UNPOISON(scratch)                                                                     \
  ASAN_UNPOISON_MEMORY_REGION ((scratch)->toks, (scratch)->toks_size * sizeof (Tok))
#else
#define TOKS_UNPOISON(scratch) ((void) 0)
#endif

/* Buffers kept from one paragraph to the next: a text is scanned in
 * paragraphs, and fresh big buffers for each showed in profiles. */
struct _KasusScanScratch
{
  char   *lower;
  gsize   lower_size;
  Tok    *toks;
  gsize   toks_size;
  guint8 *name_kinds;
  gsize   name_kinds_size;
};

KasusScanScratch *
kasus_scan_scratch_new (void)
{
  return g_new0 (KasusScanScratch, 1);
}

void
kasus_scan_scratch_free (KasusScanScratch *scratch)
{
  if (scratch == NULL)
    return;
  g_free (scratch->lower);
  if (scratch->toks != NULL)
    TOKS_UNPOISON (scratch);
  g_free (scratch->toks);
  g_free (scratch->name_kinds);
  g_free (scratch);
}

/* Makes *buf hold at least size bytes. */
static void
scratch_reserve (char **buf, gsize *buf_size, gsize size)
{
  if (*buf_size < size)
    {
      g_free (*buf);
      *buf_size = MAX (size, 4096);
      *buf = g_malloc (*buf_size);
    }
}

/* Byte classes for the loops that look at every byte. */
enum
{
  C_LOWER = 1 << 0, /* a-z */
  C_UPPER = 1 << 1, /* A-Z */
  C_DIGIT = 1 << 2, /* 0-9 */
  C_SPACE = 1 << 3, /* what the tokenizer skips: space \t \r \n \f \v */
  C_JOIN = 1 << 4,  /* may join two parts of a word: - _ ' . / , : */
  C_HIGH = 1 << 5,  /* part of a multi-byte character */
  C_MARK = 1 << 6,  /* may start an e-mail or URL: @ h w H W */
};
#define C_ALPHA (C_LOWER | C_UPPER)

static const guint8 byte_class[256] = {
  ['a' ... 'g'] = C_LOWER,  ['h'] = C_LOWER | C_MARK, ['i' ... 'v'] = C_LOWER,
  ['w'] = C_LOWER | C_MARK, ['x' ... 'z'] = C_LOWER,  ['A' ... 'G'] = C_UPPER,
  ['H'] = C_UPPER | C_MARK, ['I' ... 'V'] = C_UPPER,  ['W'] = C_UPPER | C_MARK,
  ['X' ... 'Z'] = C_UPPER,  ['0' ... '9'] = C_DIGIT,  [' '] = C_SPACE,
  ['\t'] = C_SPACE,         ['\r'] = C_SPACE,         ['\n'] = C_SPACE,
  ['\f'] = C_SPACE,         ['\v'] = C_SPACE,         ['-'] = C_JOIN,
  ['_'] = C_JOIN,           ['\''] = C_JOIN,          ['.'] = C_JOIN,
  ['/'] = C_JOIN,           [','] = C_JOIN,           [':'] = C_JOIN,
  [0x80 ... 0xFF] = C_HIGH, ['@'] = C_MARK,
};

/* The high bit of every byte of w that equals c (exact for the lowest
 * one; a borrow may flag bytes above it). */
static inline guint64
has_byte (guint64 w, guchar c)
{
  guint64 x = w ^ (G_GUINT64_CONSTANT (0x0101010101010101) * c);

  return (x - G_GUINT64_CONSTANT (0x0101010101010101)) & ~x &
         G_GUINT64_CONSTANT (0x8080808080808080);
}

static inline gboolean
is_ascii_alnum (guchar c)
{
  return g_ascii_isalnum (c);
}

/* Letter or digit at p (UTF-8); *clen is its length. */
static inline gboolean
alnum_at (const char *p, const char *end, int *clen)
{
  guchar c = *p;

  if (c < 0x80)
    {
      *clen = 1;
      return is_ascii_alnum (c);
    }
  else
    {
      gunichar u = g_utf8_get_char_validated (p, end - p);

      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          *clen = 1;
          return FALSE;
        }
      *clen = g_utf8_next_char (p) - p;
      return g_unichar_isalnum (u);
    }
}

static inline gboolean
is_upper_at (const char *p)
{
  guchar c = p[0];

  if (c >= 'A' && c <= 'Z')
    return TRUE;
  if (c == 0xC3 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9E && (guchar) p[1] != 0x97)
    return TRUE;
  /* Ş, Ł, Đ, Č: the tokenizer has checked that a letter is there */
  if (c >= 0xC4 && c < 0xF0 && ((guchar) p[1] & 0xC0) == 0x80)
    return g_unichar_isupper (g_utf8_get_char (p));
  return FALSE;
}

static inline gboolean
is_lower_at (const char *p)
{
  guchar c = p[0];

  if (c >= 'a' && c <= 'z')
    return TRUE;
  if (c == 0xC3 && (guchar) p[1] >= 0x9F && (guchar) p[1] != 0xB7)
    return TRUE;
  /* ı, ş, ł, ă of foreign names (inside a token: the bytes are there) */
  if (c >= 0xC4 && c < 0xF0 && ((guchar) p[1] & 0xC0) == 0x80)
    return g_unichar_islower (g_utf8_get_char (p));
  return FALSE;
}

static gboolean
is_joiner (const char *text, const char *p, const char *end, const char *seg_start)
{
  char   c = *p;
  int    clen;
  guchar prev = p[-1];
  guchar next;

  if (p + 1 >= end || !alnum_at (p + 1, end, &clen))
    return FALSE;
  next = p[1];
  switch (c)
    {
      case '-':
      case '_':
        return TRUE;
      case '\'':
        return TRUE;
      case '.':
        if (g_ascii_isdigit (prev) && g_ascii_isdigit (next))
          return TRUE;
        /* H.C., K.M.: single letters */
        return p - seg_start == 1 && g_ascii_isalpha (prev) && g_ascii_isalpha (next) &&
               (p + 2 >= end || !is_ascii_alnum (p[2]));
      case '/':
      case ',':
      case ':':
        return g_ascii_isdigit (prev) && g_ascii_isdigit (next);
      default:
        return FALSE;
    }
}

/* Cuts text into tokens and fills lower (a copy of text, already made)
 * with the lower-case form of every word: A–Z and the Latin-1 capitals
 * À–Þ (not ×) become small; nothing outside words changes. ASCII and
 * the Latin-1 letters of Danish take a fast path; the rest goes through
 * GLib. The tokens go to scratch->toks, grown as needed. */
static Tok *
tokenize (const KasusScanRules *rules,
          const char           *text,
          char                 *lower,
          gsize                 length,
          KasusScanScratch     *scratch,
          guint                *n_out)
{
  gsize       cap;
  Tok        *t;
  guint       n = 0;
  const char *p = text, *end = text + length;
  guint32     pending = T_SENT | T_NL;

  if (scratch->toks != NULL)
    TOKS_UNPOISON (scratch);
  if (scratch->toks_size < length / 4 + 16)
    {
      g_free (scratch->toks);
      scratch->toks_size = length / 4 + 16;
      scratch->toks = g_new (Tok, scratch->toks_size);
    }
  t = scratch->toks;
  cap = scratch->toks_size;

  while (p < end)
    {
      guchar c = *p;
      int    clen;

      if (byte_class[c] & C_SPACE)
        {
          if (c == '\n')
            {
              if (pending & T_NL)
                pending |= T_BLANK;
              pending |= T_NL | T_SENT;
            }
          pending |= T_SPACE;
          p++;
          continue;
        }
      if (c == 0xC2 && p + 1 < end && (guchar) p[1] == 0xA0)
        {
          pending |= T_SPACE;
          p += 2;
          continue;
        }

      if (n == cap)
        {
          cap *= 2;
          t = g_renew (Tok, t, cap);
          scratch->toks = t;
          scratch->toks_size = cap;
        }

      if (c < 0x80 ? g_ascii_isalnum (c) : alnum_at (p, end, &clen))
        {
          const char *s = p, *seg = p;
          guint32     flags = T_WORD | pending;
          gboolean    any_lower = FALSE, any_upper = FALSE, all_digit = TRUE;
          gsize       len;

          if (is_upper_at (p))
            flags |= T_CAP;
          while (p < end)
            {
              guchar b = *p;
              guint  k = byte_class[b];

              if (k & C_LOWER)
                {
                  /* most of a text: runs of small ASCII letters */
                  flags |= T_ALPHA;
                  all_digit = FALSE;
                  any_lower = TRUE;
                  do
                    p++;
                  while (p < end && (byte_class[(guchar) *p] & C_LOWER));
                  continue;
                }
              if (k & C_UPPER)
                {
                  flags |= T_ALPHA;
                  all_digit = FALSE;
                  any_upper = TRUE;
                  lower[p - text] = b + 32;
                  p++;
                  continue;
                }
              if (k & C_DIGIT)
                {
                  flags |= T_DIGIT;
                  p++;
                  continue;
                }
              if (k & C_JOIN)
                {
                  if (!is_joiner (text, p, end, seg))
                    break;
                  if (b == '-')
                    flags |= T_DASH;
                  all_digit = FALSE;
                  p++;
                  seg = p;
                  continue;
                }
              if (!(k & C_HIGH))
                break;
              if (b == 0xC3 && p + 1 < end && ((guchar) p[1] & 0xC0) == 0x80)
                {
                  /* U+00C0..U+00FF: letters but × and ÷ */
                  guchar b1 = p[1];

                  if (b1 == 0x97 || b1 == 0xB7)
                    break;
                  flags |= T_ALPHA;
                  all_digit = FALSE;
                  if (b1 <= 0x9E)
                    {
                      any_upper = TRUE;
                      lower[p - text + 1] = b1 + 0x20;
                    }
                  else
                    any_lower = TRUE;
                  p += 2;
                  continue;
                }
              if (!alnum_at (p, end, &clen))
                break;
              /* any other letter or digit: Ş, Ł, Đ, Č of foreign names
               * are capitals, lower-cased in place when the small letter
               * is as long (İ is not) */
              flags |= T_ALPHA;
              all_digit = FALSE;
              {
                gunichar u = g_utf8_get_char (p);

                if (g_unichar_isupper (u))
                  {
                    gunichar lu = g_unichar_tolower (u);
                    char     lb[6];

                    if (p == s)
                      flags |= T_CAP;
                    any_upper = TRUE;
                    if (g_unichar_to_utf8 (lu, lb) == clen)
                      memcpy (lower + (p - text), lb, clen);
                  }
                else
                  any_lower = TRUE;
              }
              p += clen;
            }
          if (any_upper && !any_lower)
            flags |= T_UPPER;
          if (all_digit)
            flags |= T_NUM;
          len = p - s;
          t[n].start = s - text;
          t[n].end = p - text;
          t[n].flags = flags;
          t[n].role = NULL;
          if (len <= rules->roles_max_len)
            t[n].role =
              role_find (rules, lower + t[n].start, len, hash_bytes (lower + t[n].start, len));
          n++;
          pending = 0;
        }
      else
        {
          gboolean sent_end;

          clen = (c < 0x80) ? 1 : (int) (g_utf8_next_char (p) - p);
          if (p + clen > end)
            clen = end - p;
          t[n].start = p - text;
          t[n].end = p + clen - text;
          t[n].flags = pending;
          t[n].role = NULL;
          n++;
          sent_end = (c == '.' || c == '!' || c == '?' || c == ':' || c == ';');
          /* "dr." and "pt." do not end a sentence; a period after an
           * ordinary word does */
          pending = sent_end && c != ':' ? T_SENT : 0;
          if (c == ':' || c == 0xE2 /* bullets and dashes */ || c == '(' || c == '-' || c == '*')
            pending |= T_SENT;
          p += clen;
        }
    }
  /* What lies past the last token: in sanitizer builds poisoned, so a
   * rule that reads a token past the end is caught (the buffer is kept
   * from paragraph to paragraph and is bigger than the tokens of most);
   * otherwise empty tokens at the end of the text, so such a read sees
   * nothing rather than a token of an earlier paragraph. */
  if (cap < (gsize) n + TOK_SENTINELS)
    {
      cap = (gsize) n + TOK_SENTINELS;
      t = g_renew (Tok, t, cap);
      scratch->toks = t;
      scratch->toks_size = cap;
    }
#ifdef KASUS_ASAN
  ASAN_POISON_MEMORY_REGION (t + n, (cap - n) * sizeof (Tok));
#else
  for (guint k = n; k < n + TOK_SENTINELS; k++)
    t[k] = (Tok){ (guint32) length, (guint32) length, 0, NULL };
#endif
  *n_out = n;
  return t;
}

/* ------------------------------------------------------------------ */
/* Helpers */

#define TOK(i)    (&ctx->t[i])
#define TLEN(i)   ((gsize) (ctx->t[i].end - ctx->t[i].start))
#define TSTR(i)   (ctx->text + ctx->t[i].start)
#define TLOW(i)   (ctx->lower + ctx->t[i].start)
#define HAS(i, f) ((guint) (i) < ctx->n && (ctx->t[i].flags & (f)))
/* A line break before token i, or no token i: the end of the text ends the line too */
#define AT_NL(i)   ((guint) (i) >= ctx->n || (ctx->t[i].flags & T_NL))
#define ROLE(i, r) ((guint) (i) < ctx->n && ctx->t[i].role && (ctx->t[i].role->roles & (r)))

/* always inline: the rules ask it in long chains of literals */
G_ALWAYS_INLINE static inline gboolean
tok_is_n (const Ctx *ctx, guint i, const char *s, gsize l)
{
  /* the first byte first: most tokens differ there, and memcmp is a call */
  return i < ctx->n && TLEN (i) == l && (l == 0 || TLOW (i)[0] == s[0]) &&
         memcmp (TLOW (i), s, l) == 0;
}
/* literals only: the length is known at compile time */
#define tok_is(ctx, i, lit) tok_is_n ((ctx), (i), "" lit, sizeof (lit) - 1)

/* Whether token i is one of the n words of list. */
static gboolean
tok_in (const Ctx *ctx, guint i, const char *const *list, gsize n)
{
  if (i >= ctx->n)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (tok_is_n (ctx, i, list[k], strlen (list[k])))
      return TRUE;
  return FALSE;
}
#define TOK_IN(i, list) tok_in (ctx, (i), (list), G_N_ELEMENTS (list))

G_ALWAYS_INLINE static inline gboolean
punct_is (const Ctx *ctx, guint i, char c)
{
  return i < ctx->n && TLEN (i) == 1 && TSTR (i)[0] == c;
}

/* Token i+1 follows i with no space between. */
static inline gboolean
glued (const Ctx *ctx, guint i)
{
  return i + 1 < ctx->n && ctx->t[i + 1].start == ctx->t[i].end;
}

static inline gboolean
same_line (const Ctx *ctx, guint i)
{
  return i + 1 < ctx->n && !AT_NL (i + 1);
}

G_ALWAYS_INLINE static inline gboolean
tok_ends_with_n (const Ctx *ctx, guint i, const char *s, gsize l)
{
  /* the last byte first, as in tok_is_n() */
  return TLEN (i) >= l && (l == 0 || TLOW (i)[TLEN (i) - 1] == s[l - 1]) &&
         memcmp (TLOW (i) + TLEN (i) - l, s, l) == 0;
}
/* literals only: the length is known at compile time */
#define tok_ends_with(ctx, i, lit) tok_ends_with_n ((ctx), (i), "" lit, sizeof (lit) - 1)

static int
tok_int (const Ctx *ctx, guint i)
{
  int v = 0;

  if (!HAS (i, T_NUM) || TLEN (i) > 9)
    return -1;
  for (gsize k = 0; k < TLEN (i); k++)
    v = v * 10 + (TSTR (i)[k] - '0');
  return v;
}

static gboolean
is_year (int v)
{
  return v >= 1900 && v <= 2099;
}

static inline gboolean
lex_has (const KasusLexicon *lex, const char *s, gsize len)
{
  return kasus_lexicon_contains (lex, s, len);
}

static gboolean
is_common_word (const Ctx *ctx, guint i)
{
  const char *s = TLOW (i);
  gsize       l = TLEN (i);

  if (ROLE (i, R_MEDICAL | R_MONTH | R_WEEKDAY))
    return TRUE;
  return lex_has (ctx->rules->words_da, s, l) || lex_has (ctx->rules->words_en, s, l) ||
         lex_has (ctx->rules->eponyms, s, l);
}

static gboolean
is_gene (const Ctx *ctx, guint i)
{
  return ctx->rules->variants &&
         kasus_variant_rules_is_gene (ctx->rules->variants, TSTR (i), TLEN (i));
}

/* Capitalised word that could be a name: Xxxx, not an acronym. */
static gboolean
name_shaped (const Ctx *ctx, guint i)
{
  const Tok *t;

  if (i >= ctx->n)
    return FALSE;
  t = TOK (i);
  if ((t->flags & (T_WORD | T_CAP | T_ALPHA | T_DIGIT | T_UPPER)) != (T_WORD | T_CAP | T_ALPHA))
    return FALSE;
  if (TLEN (i) < 2)
    return FALSE;
  /* RNA-sekventering, Ewing-regimer, NGS-panel: compounds, not names;
   * Anne-Sofie, Kragh-Andersen: every part capitalised, then lower-case */
  {
    const char *s = TSTR (i), *e = s + TLEN (i);
    const char *seg = s;

    while (seg < e)
      {
        const char *dash = memchr (seg, '-', e - seg);
        const char *se = dash ? dash : e;

        if (!is_upper_at (seg))
          return FALSE;
        if (se - seg >= 2)
          {
            const char *second = g_utf8_next_char (seg);
            if (second < se && !is_lower_at (second) && *second != '\'')
              return FALSE;
          }
        seg = dash ? dash + 1 : e;
      }
  }
  return TRUE;
}

static void
add (Ctx          *ctx,
     gsize         start,
     gsize         end,
     KasusCategory cat,
     KasusSeverity sev,
     int           prio,
     const char   *rule,
     char         *suggestion)
{
  KasusCandidate c = { 0 };

  if (end <= start)
    {
      g_free (suggestion);
      return;
    }
  c.start = ctx->base + start;
  c.end = ctx->base + end;
  c.category = cat;
  c.severity = sev;
  c.priority = prio;
  c.rule = rule;
  c.suggestion = suggestion;
  g_array_append_val (ctx->out, c);
  if (cat == KASUS_CATEGORY_NAME)
    ctx->name_end = end;
}

#define DA        (ctx->lang != KASUS_LANGUAGE_EN)
#define S(da, en) g_strdup (DA ? (da) : (en))

static char *
age_suggestion (const Ctx *ctx, int age)
{
  if (age < 0)
    return S ("en voksen", "an adult");
  if (age < 2)
    return S ("et spædbarn", "an infant");
  if (age < 13)
    return S ("et barn", "a child");
  if (age < 20)
    return S ("en teenager", "a teenager");
  if (DA)
    return g_strdup_printf ("i %d'erne", age / 10 * 10);
  return g_strdup_printf ("in their %ds", age / 10 * 10);
}

static char *
year_suggestion (const Ctx *ctx, int year)
{
  if (year <= 0)
    return S ("tidligere", "earlier");
  if (DA)
    return g_strdup_printf ("i %d", year);
  return g_strdup_printf ("in %d", year);
}

/* ------------------------------------------------------------------ */
/* Contact: e-mail, URL, phone */

static gboolean
email_char (guchar c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static void
rule_email_url (Ctx *ctx)
{
  const char *text = ctx->text;
  gsize       len = ctx->length;

  for (gsize i = 0; i < len; i++)
    {
      /* sixteen (or eight) bytes at a time to the next '@', "ht" or "ww"
       * (any case): no true one is skipped, and a false one is only
       * looked at */
#ifdef __SSE2__
      while (i + 17 <= len)
        {
          const __m128i low = _mm_set1_epi8 (0x20);
          __m128i       v = _mm_loadu_si128 ((const __m128i *) (text + i));
          __m128i       lv = _mm_or_si128 (v, low);
          __m128i lv1 = _mm_or_si128 (_mm_loadu_si128 ((const __m128i *) (text + i + 1)), low);
          __m128i m =
            _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('@')),
                          _mm_or_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (lv, _mm_set1_epi8 ('h')),
                                                       _mm_cmpeq_epi8 (lv1, _mm_set1_epi8 ('t'))),
                                        _mm_and_si128 (_mm_cmpeq_epi8 (lv, _mm_set1_epi8 ('w')),
                                                       _mm_cmpeq_epi8 (lv1, _mm_set1_epi8 ('w')))));
          int bits = _mm_movemask_epi8 (m);

          if (bits != 0)
            {
              i += __builtin_ctz ((unsigned) bits);
              goto found;
            }
          i += 16;
        }
#endif
      while (i + 9 <= len)
        {
          guint64 w = load64 (text + i);
          guint64 lw = w | G_GUINT64_CONSTANT (0x2020202020202020);
          guint64 lw1 = load64 (text + i + 1) | G_GUINT64_CONSTANT (0x2020202020202020);
          guint64 m = has_byte (w, '@') | (has_byte (lw, 'h') & has_byte (lw1, 't')) |
                      (has_byte (lw, 'w') & has_byte (lw1, 'w'));

          if (m != 0)
            {
              i += __builtin_ctzll (m) / 8;
              break;
            }
          i += 8;
        }
#ifdef __SSE2__
    found:
#endif
      if (i >= len)
        break;
      if (!(byte_class[(guchar) text[i]] & C_MARK))
        continue;
      if (text[i] == '@' && i > 0)
        {
          gsize    s = i, e = i + 1;
          gboolean dot = FALSE;

          while (s > 0 && email_char (text[s - 1]))
            s--;
          while (e < len && (g_ascii_isalnum (text[e]) || text[e] == '.' || text[e] == '-'))
            {
              if (text[e] == '.')
                dot = TRUE;
              e++;
            }
          while (e > i + 1 && text[e - 1] == '.')
            e--;
          if (s < i && dot && e > i + 3)
            add (ctx, s, e, KASUS_CATEGORY_CONTACT, KASUS_SEVERITY_HIGH, 85, "contact.email",
                 S ("[e-mail fjernet]", "[e-mail removed]"));
          i = e;
        }
      else if ((text[i] == 'h' || text[i] == 'w' || text[i] == 'H' || text[i] == 'W') &&
               (i == 0 || !g_ascii_isalnum (text[i - 1])) && i + 1 < len &&
               ((text[i + 1] | 0x20) == 't' || (text[i + 1] | 0x20) == 'w') &&
               ((len - i > 7 && g_ascii_strncasecmp (text + i, "http://", 7) == 0) ||
                (len - i > 8 && g_ascii_strncasecmp (text + i, "https://", 8) == 0) ||
                (len - i > 4 && g_ascii_strncasecmp (text + i, "www.", 4) == 0)))
        {
          gsize e = i;

          while (e < len && !g_ascii_isspace (text[e]) && text[e] != '<' && text[e] != '>' &&
                 text[e] != '"' && text[e] != ')' && text[e] != ']')
            e++;
          while (e > i && strchr (".,;:!?'", text[e - 1]))
            e--;
          add (ctx, i, e, KASUS_CATEGORY_CONTACT, KASUS_SEVERITY_HIGH, 85, "contact.url",
               S ("[link fjernet]", "[link removed]"));
          i = e;
        }
    }
}

static gboolean
phone_trigger_before (const Ctx *ctx, guint i)
{
  /* "tlf. til pt. 28914407": the label may be a few tokens back */
  for (guint k = 1; k <= 6 && k <= i; k++)
    {
      const char *s = TLOW (i - k);
      gsize       l = TLEN (i - k);

      if (!(ctx->t[i - k].flags & T_WORD))
        continue;
      if ((l >= 3 && (memcmp (s, "tlf", 3) == 0 || memcmp (s, "tel", 3) == 0 ||
                      memcmp (s, "fax", 3) == 0 || memcmp (s, "sms", 3) == 0)) ||
          (l >= 4 && (memcmp (s, "mobil", MIN (l, 5)) == 0 || memcmp (s, "phon", 4) == 0 ||
                      memcmp (s, "ring", 4) == 0 || memcmp (s, "call", 4) == 0 ||
                      memcmp (s, "nummer", MIN (l, 6)) == 0)) ||
          (l == 6 && memcmp (s, "direct", 6) == 0) || (l == 7 && memcmp (s, "direkte", 7) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Returns the index after the phone number starting at i, or 0. */
static guint
match_phone (Ctx *ctx, guint i, gsize *start)
{
  guint    j = i, digits = 0, groups = 0;
  gboolean plus = FALSE, dashed = FALSE;
  guint    k;

  *start = ctx->t[i].start;
  if (i > 0 && punct_is (ctx, i - 1, '+') && glued (ctx, i - 1))
    {
      plus = TRUE;
      *start = ctx->t[i - 1].start;
    }
  for (k = i; k < ctx->n; k++)
    {
      /* "20 - 30 40 50": one dash set off by spaces between two groups */
      if (k > i && !dashed && punct_is (ctx, k, '-') &&
          (ctx->t[k].flags & (T_SPACE | T_NL)) == T_SPACE && HAS (k + 1, T_NUM))
        {
          dashed = TRUE;
          k++;
        }
      if (!HAS (k, T_NUM))
        break;
      if (k > i && (!(ctx->t[k].flags & T_SPACE) || AT_NL (k)))
        break;
      /* +4579181818 written without spaces */
      if (k == i && plus && TLEN (k) >= 10 && TLEN (k) <= 13)
        {
          digits = TLEN (k);
          j = k + 1;
          break;
        }
      if (TLEN (k) > 8)
        return 0;
      digits += TLEN (k);
      groups++;
      j = k + 1;
      if ((!plus && digits >= 8) || digits >= 12)
        break;
      if (plus && digits >= 10 && tok_is (ctx, i, "45"))
        break;
    }
  if (plus)
    {
      guint want = tok_is (ctx, i, "45") ? 10 : 9;
      return digits >= want && digits <= 13 ? j : 0;
    }
  if (digits != 8)
    return 0;
  if (TSTR (i)[0] < '2')
    return 0;
  if (groups == 1)
    return phone_trigger_before (ctx, i) ? j : 0;
  if (groups == 2)
    {
      int a = tok_int (ctx, i), b = tok_int (ctx, j - 1);
      if (TLEN (i) != 4 || TLEN (j - 1) != 4)
        return 0;
      if (is_year (a) && is_year (b) && !phone_trigger_before (ctx, i))
        return 0;
    }
  else if (groups == 4)
    {
      for (k = i; k < j; k++)
        if (TLEN (k) != 2 && !punct_is (ctx, k, '-'))
          return 0;
    }
  else if (!phone_trigger_before (ctx, i))
    return 0;
  /* a unit after it makes it a quantity ("vedr.", "lok." do not) */
  if (j < ctx->n && !AT_NL (j) && ROLE2 (j, R2_UNIT))
    return 0;
  return j;
}

/* ------------------------------------------------------------------ */
/* Numbers: CPR, numeric dates, ages, years, postal codes */

static gboolean
valid_dm (int d, int m)
{
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* Splits a token like 12/3-2023 or 21.11.2022 into numbers. */
static int
split_numbers (const char *s, gsize len, int *v, int *w, char *sep, int max)
{
  int   n = 0;
  gsize i = 0;

  while (i < len && n < max)
    {
      int val = 0, width = 0;

      while (i < len && g_ascii_isdigit (s[i]))
        {
          val = val * 10 + (s[i] - '0');
          width++;
          i++;
          if (width > 8)
            return -1;
        }
      if (width == 0)
        return -1;
      v[n] = val;
      w[n] = width;
      sep[n] = i < len ? s[i] : 0;
      n++;
      if (i < len)
        {
          if (s[i] != '.' && s[i] != '/' && s[i] != '-')
            return -1;
          i++;
        }
    }
  return i < len ? -1 : n;
}

static int
full_year (int y, int width)
{
  if (width == 4)
    return y;
  if (width == 2)
    return y <= 40 ? 2000 + y : 1900 + y;
  return -1;
}

/* Extends a date's start over "d.", "den", a weekday. */
static gsize
date_extend_left (const Ctx *ctx, guint i)
{
  gsize s = ctx->t[i].start;

  /* a span of days: "3.-5. marts", "3. - 5.3.2023" (a dash of any kind:
   * the scanner makes them ASCII) */
  if (i >= 3 && punct_is (ctx, i - 1, '-') && punct_is (ctx, i - 2, '.') && HAS (i - 3, T_NUM) &&
      TLEN (i - 3) <= 2 && glued (ctx, i - 3) && !HAS (i - 2, T_NL) && !HAS (i - 1, T_NL) &&
      !HAS (i, T_NL) && g_ascii_isdigit (TSTR (i)[0]))
    {
      int d0 = tok_int (ctx, i - 3), d1 = TSTR (i)[0] - '0';

      if (TLEN (i) >= 2 && g_ascii_isdigit (TSTR (i)[1]))
        d1 = d1 * 10 + (TSTR (i)[1] - '0');
      if (d0 >= 1 && d0 < d1 && d1 <= 31)
        {
          s = ctx->t[i - 3].start;
          i -= 3;
        }
    }
  if (i >= 2 && tok_is (ctx, i - 2, "d") && punct_is (ctx, i - 1, '.'))
    {
      s = ctx->t[i - 2].start;
      i -= 2;
    }
  else if (i >= 1 && tok_is (ctx, i - 1, "den"))
    {
      s = ctx->t[i - 1].start;
      i -= 1;
    }
  if (i >= 1 && ROLE (i - 1, R_WEEKDAY))
    s = ctx->t[i - 1].start;
  return s;
}

static gboolean
guideline_before (const Ctx *ctx, guint i)
{
  /* ELN 2022, WHO 2016, "version 2023" */
  if (i == 0)
    return FALSE;
  if (HAS (i - 1, T_UPPER) && HAS (i - 1, T_ALPHA) && !HAS (i - 1, T_DIGIT) && TLEN (i - 1) >= 2 &&
      !ROLE (i - 1, R_MONTH))
    return TRUE;
  return tok_is (ctx, i - 1, "version") || tok_is (ctx, i - 1, "v");
}

static gboolean
pregnancy_context (const Ctx *ctx, guint i)
{
  for (guint k = i > 25 ? i - 25 : 0; k < MIN (i + 6, ctx->n); k++)
    if (ROLE (k, R_PREG) ||
        (HAS (k, T_WORD) && TLEN (k) > 8 && g_strstr_len (TLOW (k), TLEN (k), "gravid") != NULL))
      return TRUE;
  return FALSE;
}

/* "alderen", "fødselsdag": "58 års alderen", "sin 56-års fødselsdag" */
static gboolean
age_noun_after (const Ctx *ctx, guint i)
{
  /* not "ved 18 års alder", an age in general */
  return tok_is (ctx, i, "alderen") || tok_is (ctx, i, "fødselsdag") ||
         tok_is (ctx, i, "fødselsdagen");
}

/* What may close a bare age: "K, 44, sygeplejerske", "(42)", "at 62." */
static gboolean
age_end_after (const Ctx *ctx, guint i)
{
  return i >= ctx->n || AT_NL (i) || punct_is (ctx, i, ',') || punct_is (ctx, i, ')') ||
         punct_is (ctx, i, ';') || punct_is (ctx, i, '(') ||
         (punct_is (ctx, i, '.') && !HAS (i + 1, T_NUM)) || tok_is (ctx, i, "og") ||
         tok_is (ctx, i, "and") || punct_is (ctx, i, '|') ||
         /* "søster, 46 – ikke bærer": a dash set off by spaces, not "46-50" */
         ((punct_is (ctx, i, '-') || (TLEN (i) == 3 && (guchar) TSTR (i)[0] == 0xE2)) && i >= 1 &&
          (ctx->t[i].flags & T_SPACE) && !glued (ctx, i));
}

/* A word for a person before an age: a relative, "patient", "woman". */
static gboolean
person_word (const Ctx *ctx, guint i)
{
  return ROLE (i, R_PERSON | R_FAMILY_DA | R_FAMILY_EN | R_PRONOUN) || tok_is (ctx, i, "who") ||
         tok_is (ctx, i, "der") || tok_is (ctx, i, "som");
}

/* A name ends at token k, or right before the bracket or quote k closes:
 * "Abdi Hersi (\"Abdi\") was 21", "mrs. nguyen (thi lan), 49". */
static gboolean
name_just_before (const Ctx *ctx, guint k)
{
  if (ctx->name_end == 0 || k >= ctx->n)
    return FALSE;
  if (ctx->t[k].end == ctx->name_end)
    return TRUE;
  return (punct_is (ctx, k, ')') || punct_is (ctx, k, '"') ||
          (TLEN (k) == 3 && (guchar) TSTR (k)[0] == 0xE2)) &&
         ctx->name_end <= ctx->t[k].start && ctx->t[k].start - ctx->name_end < 40;
}

/* '"' or a typographic quote at token i */
static gboolean
is_quote (const Ctx *ctx, guint i)
{
  return i < ctx->n &&
         (punct_is (ctx, i, '"') ||
          (TLEN (i) == 3 && (guchar) TSTR (i)[0] == 0xE2 && (guchar) TSTR (i)[1] == 0x80 &&
           ((guchar) TSTR (i)[2] == 0x9C || (guchar) TSTR (i)[2] == 0x9D)));
}

/* An age label ("alder", "age") earlier on the line of token k, with no
 * number between: a form field's value follows k. */
static gboolean
age_label_on_line (const Ctx *ctx, guint k)
{
  for (guint m = 0; m < 10 && k >= 1; m++)
    {
      k--;
      if (HAS (k, T_DIGIT))
        return FALSE;
      if (ROLE (k, R_AGE_TRIGGER))
        return TRUE;
      if (AT_NL (k))
        return FALSE;
    }
  return FALSE;
}

/* A word and its length, for lists of words: WORD ("siger"). */
typedef struct
{
  const char *s;
  gsize       len;
} Word;

#define WORD(s)                                                                                    \
  {                                                                                                \
    "" s, sizeof (s) - 1                                                                           \
  }

/* Written-out numbers 1..99: "treogtres", "sixty-three", "fourteen". */
static int
number_word_value (const char *s, gsize l)
{
  static const Word da[] = {
    WORD (""),       WORD ("en"),      WORD ("to"),     WORD ("tre"),     WORD ("fire"),
    WORD ("fem"),    WORD ("seks"),    WORD ("syv"),    WORD ("otte"),    WORD ("ni"),
    WORD ("ti"),     WORD ("elleve"),  WORD ("tolv"),   WORD ("tretten"), WORD ("fjorten"),
    WORD ("femten"), WORD ("seksten"), WORD ("sytten"), WORD ("atten"),   WORD ("nitten"),
  };
  static const Word da_tens[] = {
    WORD (""),          WORD (""),     WORD ("tyve"),       WORD ("tredive"), WORD ("fyrre"),
    WORD ("halvtreds"), WORD ("tres"), WORD ("halvfjerds"), WORD ("firs"),    WORD ("halvfems"),
  };
  static const Word en[] = {
    WORD (""),        WORD ("one"),     WORD ("two"),       WORD ("three"),    WORD ("four"),
    WORD ("five"),    WORD ("six"),     WORD ("seven"),     WORD ("eight"),    WORD ("nine"),
    WORD ("ten"),     WORD ("eleven"),  WORD ("twelve"),    WORD ("thirteen"), WORD ("fourteen"),
    WORD ("fifteen"), WORD ("sixteen"), WORD ("seventeen"), WORD ("eighteen"), WORD ("nineteen"),
  };
  static const Word en_tens[] = {
    WORD (""),      WORD (""),      WORD ("twenty"),  WORD ("thirty"), WORD ("forty"),
    WORD ("fifty"), WORD ("sixty"), WORD ("seventy"), WORD ("eighty"), WORD ("ninety"),
  };
  const char *og = NULL, *dash;
  gboolean    has_og, has_dash;

  /* every number word starts with one of these letters and is at most
   * 15 bytes long ("syvoghalvfjerds"): most words are asked no more */
  if (l < 2 || l > 16)
    return -1;
  switch (s[0])
    {
      case 'a':
      case 'e':
      case 'f':
      case 'h':
      case 'n':
      case 'o':
      case 's':
      case 't':
        break;
      default:
        return -1;
    }
  for (guint k = 1; k < 20; k++)
    if ((da[k].len == l && memcmp (s, da[k].s, l) == 0) ||
        (en[k].len == l && memcmp (s, en[k].s, l) == 0))
      return k;
  /* a compound has an "og" or a dash: most words are asked for the tens only */
  has_og = l > 5 && g_strstr_len (s, l, "og") != NULL;
  has_dash = l > 5 && memchr (s, '-', l) != NULL;
  for (guint k = 2; k < 10; k++)
    {
      gsize dl = da_tens[k].len, el = en_tens[k].len;

      if ((dl == l && memcmp (s, da_tens[k].s, l) == 0) ||
          (el == l && memcmp (s, en_tens[k].s, l) == 0))
        return k * 10;
      if (!has_og && !has_dash)
        continue;
      /* treogtres: unit, "og", tens */
      if (has_og && l > dl + 3 && memcmp (s + l - dl, da_tens[k].s, dl) == 0 &&
          memcmp (s + l - dl - 2, "og", 2) == 0)
        og = s + l - dl - 2;
      if (og)
        {
          for (guint u = 1; u < 10; u++)
            if (da[u].len == (gsize) (og - s) && memcmp (s, da[u].s, og - s) == 0)
              return k * 10 + u;
          og = NULL;
        }
      /* sixty-three */
      if (has_dash && l > el + 1 && memcmp (s, en_tens[k].s, el) == 0 && s[el] == '-')
        {
          dash = s + el + 1;
          for (guint u = 1; u < 10; u++)
            if (en[u].len == (gsize) (s + l - dash) && memcmp (dash, en[u].s, s + l - dash) == 0)
              return k * 10 + u;
        }
    }
  return -1;
}

/* "treogtres-årig", "sixty-three-year-old", "three-year-old": the age, or -1. */
static int
written_age (const Ctx *ctx, guint i)
{
  static const Word tails[] = { WORD ("-years-old"), WORD ("-year-old"), WORD ("-årige"),
                                WORD ("-årig"),      WORD ("årige"),     WORD ("årig") };
  const char       *low = TLOW (i);
  gsize             l = TLEN (i);

  /* every tail ends in 'd', 'e' or 'g': most long words end otherwise */
  if (l < 2 || (low[l - 1] != 'd' && low[l - 1] != 'e' && low[l - 1] != 'g'))
    return -1;
  for (guint k = 0; k < G_N_ELEMENTS (tails); k++)
    {
      gsize tl = tails[k].len;

      if (l > tl + 1 && low[l - 1] == tails[k].s[tl - 1] &&
          memcmp (low + l - tl, tails[k].s, tl) == 0)
        return number_word_value (low, l - tl);
    }
  return -1;
}

/* A written-out age: "Pt. er fyrreogtres år", "han er jo kun nitten og",
 * "en steddatter på fyrre,", "lene k., sixty-three,", "died aged about
 * sixty". Returns the last token, or 0; *v is the age. */
static guint
written_age_phrase (const Ctx *ctx, guint i, int *v, guint *st)
{
  guint    p = i - 1, e = i, first = i;
  gboolean unit;
  int      u;

  *v = -1;
  if (i < 1 || AT_NL (i))
    return 0;
  /* tens and a unit in two words: "sixty five", "thirty eight year old";
   * "en og tres" */
  if (same_line (ctx, i) && TLEN (i) >= 5 && TLEN (i + 1) >= 3 && TLEN (i + 1) <= 5 &&
      (*v = number_word_value (TLOW (i), TLEN (i))) >= 20 && *v % 10 == 0 && *v < 100 &&
      (u = number_word_value (TLOW (i + 1), TLEN (i + 1))) >= 1 && u <= 9 && !HAS (i + 1, T_CAP))
    {
      *v += u;
      e = ++i;
    }
  else if (i >= 2 && tok_is (ctx, i - 1, "og") && !AT_NL (i - 1) &&
           (*v = number_word_value (TLOW (i), TLEN (i))) >= 20 && *v % 10 == 0 && *v < 100 &&
           (u = number_word_value (TLOW (i - 2), TLEN (i - 2))) >= 1 && u <= 9)
    {
      *v += u;
      first = i - 2;
      p = first - 1;
    }
  else
    *v = -1;
  /* most long words are followed by another word: asked first, the
   * number words only then */
  unit = tok_is (ctx, i + 1, "år") || tok_is (ctx, i + 1, "aar") || tok_is (ctx, i + 1, "years") ||
         (*v > 0 && tok_is (ctx, i + 1, "year") && tok_is (ctx, i + 2, "old"));
  if (!unit && !age_end_after (ctx, i + 1))
    return 0;
  if (*v < 0)
    *v = number_word_value (TLOW (i), TLEN (i));
  if (*v < 1 || (!unit && *v < 13) || first < 1)
    return 0;
  if (unit)
    {
      e = i + 1;
      if (tok_is (ctx, e + 1, "gammel") || tok_is (ctx, e + 1, "old"))
        e++;
    }
  *st = ctx->t[first].start;
  /* about, omkring, ca. */
  if (tok_is (ctx, p, "about") || tok_is (ctx, p, "around") || tok_is (ctx, p, "omkring") ||
      tok_is (ctx, p, "cirka") || tok_is (ctx, p, "approximately"))
    {
      if (p < 1)
        return 0;
      *st = ctx->t[p].start;
      p--;
    }
  /* "er jo kun nitten", "is only nineteen" */
  while (p >= 1 && (tok_is (ctx, p, "kun") || tok_is (ctx, p, "jo") || tok_is (ctx, p, "only") ||
                    tok_is (ctx, p, "just") || tok_is (ctx, p, "nu") || tok_is (ctx, p, "now")))
    p--;
  if (ROLE2 (p, R2_AGE_VERB) && p >= 1 &&
      (person_word (ctx, p - 1) || ctx->t[p - 1].end == ctx->name_end ||
       (punct_is (ctx, p - 1, '.') && p >= 2 && tok_is (ctx, p - 2, "pt"))))
    return e;
  if ((tok_is (ctx, p, "aged") || tok_is (ctx, p, "alder")) && p >= 1)
    {
      *st = MIN (*st, ctx->t[p].start);
      return e;
    }
  if ((tok_is (ctx, p, "på") || tok_is (ctx, p, "of")) && p >= 1 &&
      ROLE (p - 1, R_FAMILY_DA | R_FAMILY_EN | R_PERSON))
    return e;
  if (punct_is (ctx, p, ',') && p >= 1 && ctx->t[p - 1].end == ctx->name_end && ctx->name_end > 0)
    return e;
  /* "a thirty eight year old teacher", "en halvtreds år gammel mand" */
  if (unit && e > i + 1 &&
      (tok_is (ctx, p, "a") || tok_is (ctx, p, "en") || tok_is (ctx, p, "is") ||
       tok_is (ctx, p, "er") || tok_is (ctx, p, "was")))
    return e;
  return 0;
}

/* A relative named shortly before a bracket: "morfar med sarkom (52)". */
static gboolean
relative_before (const Ctx *ctx, guint i, guint span)
{
  for (guint k = i; k > 0 && k + span > i; k--)
    {
      if (AT_NL (k))
        return FALSE;
      if (HAS (k - 1, T_DIGIT) || punct_is (ctx, k - 1, '(') || punct_is (ctx, k - 1, ')'))
        return FALSE;
      if (ROLE (k - 1, R_FAMILY_DA | R_FAMILY_EN) && !ROLE (k - 1, R_PERSON))
        return TRUE;
    }
  return FALSE;
}

/* More ages in a list after one: "(9, 13 og 16 år)", "aged 19 and 23".
 * Returns the last token taken. */
static guint
age_list (Ctx *ctx, guint e)
{
  for (;;)
    {
      guint k = e + 1, f;
      int   v;

      if (!(punct_is (ctx, k, ',') || tok_is (ctx, k, "og") || tok_is (ctx, k, "and")))
        return e;
      k++;
      v = tok_int (ctx, k);
      if (v < 0 || v > 110 || TLEN (k) > 3 || AT_NL (k))
        return e;
      f = k;
      if (tok_is (ctx, k + 1, "år") || tok_is (ctx, k + 1, "years"))
        f = k + 1;
      if (!age_end_after (ctx, f + 1))
        return e;
      add (ctx, ctx->t[k].start, ctx->t[f].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70,
           "age.years", age_suggestion (ctx, v));
      e = f;
    }
}

/* U+0027 or U+2019 */
static gboolean
is_apos (const Ctx *ctx, guint i)
{
  return punct_is (ctx, i, '\'') ||
         (i < ctx->n && TLEN (i) == 3 && memcmp (TSTR (i), "\xE2\x80\x99", 3) == 0);
}

/* Words that put a bare day/month ("20/3", "23.03.") on the calendar:
 * "Næste MDT 28/3", "Deadline er fortsat 20/3", "Follow-up 21/3". */
static gboolean
dm_cue_before (const Ctx *ctx, guint i)
{
  static const char *cues[] = {
    "deadline",  "mdt",    "konf",     "konference",  "møde",       "meeting",  "næste",
    "next",      "ktr",    "kontrol",  "follow-up",   "opfølgning", "dato",     "date",
    "siden",     "since",  "inden",    "godkendt",    "approved",   "planlagt", "planned",
    "scheduled", "booket", "booked",   "appointment", "tirs",       "tors",     "fre",
    "lør",       "tue",    "tues",     "thu",         "thur",       "thurs",    "fri",
    "indkaldt",  "svar",   "signeret", "signed",      "dikteret",   "skrevet",  "written",
    "mtb",       "start",  "startet",  "opstart",     "started",    "starter",  "starts",
  };

  if (i == 0)
    return FALSE;
  /* after a signature or a name: "/NB 2/10", "(Henriette Lau, 7/2)" */
  if ((ctx->name_end > 0 && ctx->t[i - 1].end == ctx->name_end) ||
      (punct_is (ctx, i - 1, ',') && i >= 2 && ctx->t[i - 2].end == ctx->name_end &&
       ctx->name_end > 0))
    return TRUE;
  /* "kasus 2/5", "serie 2/4", "VAS 2/10": counts and scores */
  if (tok_is (ctx, i - 1, "kasus") || tok_is (ctx, i - 1, "case") || tok_is (ctx, i - 1, "sag") ||
      tok_is (ctx, i - 1, "serie") || tok_is (ctx, i - 1, "cycle") || tok_is (ctx, i - 1, "af") ||
      tok_is (ctx, i - 1, "of") ||
      (HAS (i - 1, T_UPPER | T_DIGIT) && !tok_is (ctx, i - 1, "mdt") &&
       !tok_is (ctx, i - 1, "mtb")))
    return FALSE;
  for (guint k = i; k > 0 && k + 4 > i; k--)
    {
      if (AT_NL (k))
        break;
      if (ROLE (k - 1, R_WEEKDAY))
        return TRUE;
      if (TOK_IN (k - 1, cues))
        return TRUE;
      if (HAS (k - 1, T_DIGIT))
        break;
    }
  return FALSE;
}

/* A day and month with a slash and no year, token i, "s" its text: a
 * date when zero-padded ("19/02", "03/4"), when a time follows ("3/6 kl
 * 14.10"), after an institution ("OUH 29/8") or when it closes a clause
 * after a verb or a noun ("stent 2/10.", "returned 22/3") — but not a
 * fraction ("1/3"), a count ("cyklus 3/6") or a score. */
static gboolean last_found (const Ctx *ctx, guint i, KasusCategory cat);

static gboolean
dm_slash_date (const Ctx *ctx, guint i, const char *s, const int *v, const int *w)
{
  static const char *not_before[] = {
    "grad",   "grade",  "stadie", "stage",    "cyklus",     "cycle",     "cycles",   "serie",
    "dosis",  "dose",   "score",  "ratio",    "kasus",      "case",      "fraktion", "fraction",
    "uge",    "week",   "side",   "page",     "punkt",      "point",     "heraf",    "total",
    "ialt",   "kun",    "only",   "af",       "of",         "ud",        "out",      "nr",
    "no",     "ca",     "about",  "approx",   "mindst",     "least",     "sider",    "pages",
    "ecog",   "vas",    "nrs",    "par",      "para",       "gravida",   "para",     "lymfeknuder",
    "nodes",  "glas",   "slides", "positive", "positiv",    "smerter",   "smerte",   "pain",
    "scoret", "scored", "rated",  "vurderet", "intensitet", "intensity", "styrke",   "strength",
    "kraft",  "power",  "visus",  "syn",      "vision",
  };
  gboolean zero = s[0] == '0' || (w[0] == 1 ? s[2] == '0' : s[3] == '0');
  guint    p = i - 1;

  if (i == 0 || (AT_NL (i) && !zero) || punct_is (ctx, i + 1, '%') ||
      (i + 1 < ctx->n && !AT_NL (i + 1) && ROLE2 (i + 1, R2_UNIT)))
    return FALSE;
  if (zero && w[1] == 2)
    return TRUE;
  if ((tok_is (ctx, i + 1, "kl") || tok_is (ctx, i + 1, "at")) && HAS (i + 2, T_DIGIT) &&
      same_line (ctx, i + 1))
    return TRUE;
  if (i + 1 < ctx->n && !AT_NL (i + 1) && HAS (i + 1, T_NUM) && punct_is (ctx, i + 2, ':') &&
      HAS (i + 3, T_NUM) && glued (ctx, i + 1))
    return TRUE;
  /* a common fraction or a small score: "1/2", "2/3", "3/4" */
  if (v[0] <= v[1] && v[1] <= 4)
    return FALSE;
  if (!(i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, ',') ||
        punct_is (ctx, i + 1, ';') || punct_is (ctx, i + 1, ')') ||
        (punct_is (ctx, i + 1, '.') && (i + 2 >= ctx->n || !HAS (i + 2, T_NUM)))))
    return FALSE;
  if (last_found (ctx, p, KASUS_CATEGORY_INSTITUTION))
    return TRUE;
  if (!HAS (p, T_ALPHA) || HAS (p, T_CAP | T_UPPER | T_DIGIT) || TLEN (p) < 4 ||
      ROLE (p, R_COUNT | R_TIME_UNIT))
    return FALSE;
  return !TOK_IN (p, not_before);
}

/* A bound of a guideline or a programme before the age word p: "from
 * (around) age 45", "from the age of 30", "fra alderen 40", "before age
 * 50" — no one's age. */
static gboolean
age_bound_before (const Ctx *ctx, guint p)
{
  guint b = p;

  if (b >= 1 && (tok_is (ctx, b - 1, "the") || tok_is (ctx, b - 1, "an")))
    b--;
  if (b >= 1 && (tok_is (ctx, b - 1, "around") || tok_is (ctx, b - 1, "about") ||
                 tok_is (ctx, b - 1, "omkring") || tok_is (ctx, b - 1, "ca")))
    b--;
  return b >= 1 && !AT_NL (b) &&
         (tok_is (ctx, b - 1, "from") || tok_is (ctx, b - 1, "fra") ||
          tok_is (ctx, b - 1, "before") || tok_is (ctx, b - 1, "før") ||
          tok_is (ctx, b - 1, "after") || tok_is (ctx, b - 1, "efter") ||
          tok_is (ctx, b - 1, "until") || tok_is (ctx, b - 1, "indtil") ||
          tok_is (ctx, b - 1, "above") || tok_is (ctx, b - 1, "below") ||
          tok_is (ctx, b - 1, "over") || tok_is (ctx, b - 1, "under"));
}

/* A birth label before token i, on its line: a word ("født", "f.",
 * "born", "b.", "årgang"; *word TRUE) or a field ("fødselsdato", "DOB",
 * "date of birth", "birth date"; *word FALSE), with ':', "d.", "den" or
 * "on" between. *label is its first token. */
static gboolean
born_label_before (const Ctx *ctx, guint i, guint *label, gboolean *word)
{
  guint p;

  if (i == 0 || i >= ctx->n)
    return FALSE;
  p = i - 1;
  if (p >= 1 && (punct_is (ctx, p, ':') || tok_is (ctx, p, "den") || tok_is (ctx, p, "on")))
    p--;
  else if (p >= 2 && punct_is (ctx, p, '.') && tok_is (ctx, p - 1, "d") && glued (ctx, p - 1))
    p -= 2;
  if (punct_is (ctx, p, '.') && p >= 1 && glued (ctx, p - 1) && ROLE (p - 1, R_BORN))
    {
      /* "f. 010190", "b. 1961": the abbreviation with its dot */
      *label = p - 1;
      *word = TRUE;
    }
  else if (ROLE (p, R_BORN) && !tok_is (ctx, p, "f") && !tok_is (ctx, p, "b") &&
           !tok_is (ctx, p, "årg"))
    {
      *label = p;
      *word = TRUE;
    }
  else if (tok_is (ctx, p, "fødselsdato") || tok_is (ctx, p, "fødselsdatoen") ||
           tok_is (ctx, p, "fødselsår") || tok_is (ctx, p, "dob") || tok_is (ctx, p, "d.o.b") ||
           tok_is (ctx, p, "birthdate"))
    {
      *label = p;
      *word = FALSE;
    }
  /* "birth date", "date of birth", "year of birth" */
  else if (p >= 1 && tok_is (ctx, p, "date") && tok_is (ctx, p - 1, "birth"))
    {
      *label = p - 1;
      *word = FALSE;
    }
  else if (p >= 2 && tok_is (ctx, p, "birth") && tok_is (ctx, p - 1, "of") &&
           (tok_is (ctx, p - 2, "date") || tok_is (ctx, p - 2, "year")))
    {
      *label = p - 2;
      *word = FALSE;
    }
  else
    return FALSE;
  for (guint k = *label + 1; k <= i; k++)
    if (AT_NL (k))
      return FALSE;
  return TRUE;
}

/* The suggestion for a birth year: "født i 1960'erne" for a finding
 * that holds the word, "1960'erne" for the value of a field. */
static char *
born_suggestion (const Ctx *ctx, int year, gboolean word)
{
  if (word)
    return DA ? g_strdup_printf ("født i %d'erne", year / 10 * 10)
              : g_strdup_printf ("born in the %ds", year / 10 * 10);
  return DA ? g_strdup_printf ("%d'erne", year / 10 * 10)
            : g_strdup_printf ("the %ds", year / 10 * 10);
}

/* The year of a birth date written with two digits: not in the future. */
static int
birth_year (int yy)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  int                   century = g_date_time_get_year (now) / 100 * 100;

  return century + yy > g_date_time_get_year (now) ? century - 100 + yy : century + yy;
}

/* A CPR label on the line before token i: "CPR", "cpr.nr.", "CPR-nummer:",
 * "personnummer", with marks and "nr", "er" … between. */
static gboolean
cpr_label_before (const Ctx *ctx, guint i)
{
  for (guint k = i; k > 0 && i - k < 6; k--)
    {
      guint p = k - 1;

      if (AT_NL (k))
        return FALSE;
      if (!HAS (p, T_WORD))
        continue;
      if ((TLEN (p) >= 3 && memcmp (TLOW (p), "cpr", 3) == 0) || tok_is (ctx, p, "personnummer") ||
          tok_is (ctx, p, "personnr") || tok_is (ctx, p, "fødselsnummer"))
        return TRUE;
      if (!(tok_is (ctx, p, "nr") || tok_is (ctx, p, "no") || tok_is (ctx, p, "nummer") ||
            tok_is (ctx, p, "number") || tok_is (ctx, p, "er") || tok_is (ctx, p, "is")))
        return FALSE;
    }
  return FALSE;
}

static inline gboolean
is_mask (guchar c)
{
  return c == 'x' || c == 'X' || c == '*';
}

static inline int
two_digits (const char *s, int width)
{
  return width == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
}

/* A CPR number written in groups from token i on: "12 08 59 - 1677",
 * "120859 - 1677", "12 08 59-1677", "25.09.47-1183", with the year in
 * full ("01.01.1990-1234", "01-01-1990-1234"), the last four masked
 * ("010190-XXXX", "25.09.47-****"), and after a CPR label with a slash
 * or a space before the last four ("010190/1234", "1.1.1990 1234").
 * Returns the byte offset of its end, or 0. */
static gsize
cpr_grouped_end (const Ctx *ctx, guint i)
{
  const char *s = TSTR (i), *p = s, *lim = ctx->text + ctx->length;
  const char *gs[6];
  int         gl[6], masks = 0, ng = 0;
  char        sep[6];
  int         label = -1; /* not asked yet */
  gboolean    ok = FALSE;

  if (!g_ascii_isdigit (s[0]))
    return 0;
  while (ng < 6)
    {
      const char *q;
      int         n = 0, m = 0;

      while (p < lim && (g_ascii_isdigit (*p) || is_mask (*p)))
        {
          m += is_mask (*p);
          n++;
          p++;
          if (n > 6)
            return 0;
        }
      /* only the last four may be masked */
      if (m > 0 && (n != 4 || ng == 0))
        return 0;
      masks += m;
      gs[ng] = p - n;
      gl[ng] = n;
      sep[ng] = 0;
      ng++;
      if (ng == 1 && n != 1 && n != 2 && n != 6)
        return 0;
      if (m > 0)
        break;
      /* a separator: one space, '.', '-', '/' or " - " */
      q = p;
      if (q < lim && *q == ' ')
        q++;
      if (q < lim && (*q == '-' || *q == '.' || *q == '/'))
        {
          sep[ng - 1] = *q;
          q++;
          if (q < lim && *q == ' ' && p[0] == ' ')
            q++;
        }
      else
        sep[ng - 1] = ' ';
      if (q == p || q >= lim || !(g_ascii_isdigit (*q) || is_mask (*q)))
        break;
      p = q;
    }
  if (ng >= 6 || (p < lim && g_ascii_isalnum (*p)) || gl[ng - 1] != 4)
    return 0;
#define LABEL() (label < 0 ? (label = cpr_label_before (ctx, i)) : label)
  if (ng == 4 && gl[0] == 2 && gl[1] == 2 && gl[2] == 2 && sep[0] != '/' && sep[1] != '/' &&
      sep[2] != '/')
    ok = TRUE;
  else if (ng == 2 && gl[0] == 6 && (sep[0] == '-' || (sep[0] == '/' && LABEL ())))
    ok = TRUE;
  /* the year in full: d.m.yyyy-xxxx */
  else if (ng == 4 && gl[0] <= 2 && gl[1] <= 2 && gl[2] == 4 && sep[0] == sep[1] && sep[0] != ' ' &&
           (sep[2] == '-' || LABEL ()))
    {
      int y = two_digits (gs[2], 2) * 100 + two_digits (gs[2] + 2, 2);

      ok = y >= 1900 && y <= 2040;
    }
#undef LABEL
  if (!ok)
    return 0;
  if (ng == 2)
    ok = valid_dm (two_digits (gs[0], 2), two_digits (gs[0] + 2, 2));
  else
    ok = valid_dm (two_digits (gs[0], gl[0]), two_digits (gs[1], gl[1]));
  return ok ? (gsize) (p - ctx->text) : 0;
}

/* The byte offset where a CPR number starting at token i ends, or 0:
 * ddmmyy-xxxx, ddmmyyxxxx, ddmmyy/xxxx after a CPR label, the grouped
 * forms, "010203 1234". */
static gsize
cpr_end (const Ctx *ctx, guint i)
{
  const char *s;
  gsize       len, endb;

  if (i >= ctx->n || !HAS (i, T_DIGIT))
    return 0;
  s = TSTR (i);
  len = TLEN (i);
  if (((len == 11 && (s[6] == '-' || s[6] == '/')) || (len == 10 && HAS (i, T_NUM))) &&
      valid_dm ((s[0] - '0') * 10 + (s[1] - '0'), (s[2] - '0') * 10 + (s[3] - '0')))
    {
      gboolean ok = TRUE;

      for (gsize k = 0; k < len && ok; k++)
        if (k != 6 || len == 10 ? !g_ascii_isdigit (s[k]) : !(s[k] == '-' || s[k] == '/'))
          ok = FALSE;
      if (ok && (s[6] != '/' || len == 10 || cpr_label_before (ctx, i)))
        return ctx->t[i].end;
    }
  /* the first group has 2 or 6 digits, or is a day of the full-year form */
  if ((((len == 2 || len == 6) && g_ascii_isdigit (s[1])) ||
       (len >= 8 && (g_ascii_isdigit (s[1]) || s[1] == '.' || s[1] == '-' || s[1] == '/'))) &&
      (endb = cpr_grouped_end (ctx, i)) > 0)
    return endb;
  if (len == 6 && HAS (i, T_NUM) && i + 1 < ctx->n && HAS (i + 1, T_NUM) && TLEN (i + 1) == 4 &&
      ctx->t[i + 1].start == ctx->t[i].end + 1 && TSTR (i + 1)[-1] == ' ' &&
      valid_dm ((s[0] - '0') * 10 + (s[1] - '0'), (s[2] - '0') * 10 + (s[3] - '0')))
    return ctx->t[i + 1].end;
  return 0;
}

/* Whether a CPR number (with a possible date) starts at token i, in any
 * of the forms rule_number() takes as one. */
static gboolean
cpr_at (const Ctx *ctx, guint i)
{
  return cpr_end (ctx, i) > 0;
}

static const char *occupation_compound (const Ctx *ctx, guint i);
static gboolean    last_found (const Ctx *ctx, guint i, KasusCategory cat);

/* A month word inside one token with dashes: "03-Feb-2024", "juni-23",
 * "Feb-2024", and a time of day after it ("27-Feb-2024 15:40"). Returns
 * the last token of the date and adds it, or 0. */
static guint
rule_month_token (Ctx *ctx, guint i)
{
  const char *low = TLOW (i);
  gsize       l = TLEN (i), a = 0, b;
  int         day = 0, y;
  guint       e = i;
  const Role *mr;

  if (l < 6 || l > 14 || !HAS (i, T_ALPHA) || !HAS (i, T_DIGIT) || !HAS (i, T_DASH))
    return 0;
  /* the day */
  while (a < l && a < 2 && g_ascii_isdigit (low[a]))
    day = day * 10 + (low[a++] - '0');
  if (a > 0)
    {
      if (a >= l || low[a] != '-' || day < 1 || day > 31)
        return 0;
      a++;
    }
  /* the month */
  b = a;
  while (b < l && g_ascii_isalpha (low[b]))
    b++;
  if (b - a < 3 || b >= l || low[b] != '-' || !(mr = role_lookup (ctx->rules, low + a, b - a)) ||
      !(mr->roles & R_MONTH))
    return 0;
  /* the year: two or four digits, nothing after */
  b++;
  if (l - b != 2 && l - b != 4)
    return 0;
  for (gsize k = b; k < l; k++)
    if (!g_ascii_isdigit (low[k]))
      return 0;
  y = (int) g_ascii_strtoll (low + b, NULL, 10);
  y = l - b == 2 ? full_year (y, 2) : y;
  if (!is_year (y))
    return 0;
  /* "27-Feb-2024 15:40" */
  if (day && same_line (ctx, i) && HAS (i + 1, T_NUM) && TLEN (i + 1) <= 2 &&
      punct_is (ctx, i + 2, ':') && glued (ctx, i + 1) && HAS (i + 3, T_NUM) && glued (ctx, i + 2))
    e = i + 3;
  else if (day && same_line (ctx, i) && (TLEN (i + 1) == 4 || TLEN (i + 1) == 5) &&
           g_ascii_isdigit (TSTR (i + 1)[0]) && TSTR (i + 1)[TLEN (i + 1) - 3] == ':' &&
           g_ascii_isdigit (TSTR (i + 1)[TLEN (i + 1) - 1]))
    e = i + 1;
  add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_DATE,
       day ? KASUS_SEVERITY_HIGH : KASUS_SEVERITY_MEDIUM, 70,
       day ? "date.numeric" : "date.month-year", year_suggestion (ctx, y));
  return e;
}

static guint
rule_number (Ctx *ctx, guint i)
{
  const char *s = TSTR (i);
  gsize       len = TLEN (i);
  int         v[4], w[4];
  char        sep[4];
  int         n;
  gsize       ps;
  guint       j;

  /* CPR: ddmmyy-xxxx, ddmmyyxxxx, in groups, masked (cpr_end()) */
  {
    gsize endb = cpr_end (ctx, i);

    if (endb > 0)
      {
        guint k = i;

        while (k + 1 < ctx->n && ctx->t[k + 1].end <= endb)
          k++;
        add (ctx, ctx->t[i].start, endb, KASUS_CATEGORY_CPR, KASUS_SEVERITY_HIGH, 90, "cpr",
             S ("[CPR-nummer fjernet]", "[CPR number removed]"));
        return k + 1;
      }
  }

  /* A birth date as six digits, ddmmyy: "født 010190", "DOB: 010190" */
  if (len == 6 && HAS (i, T_NUM) &&
      valid_dm ((s[0] - '0') * 10 + (s[1] - '0'), (s[2] - '0') * 10 + (s[3] - '0')))
    {
      guint    label;
      gboolean word;

      if (born_label_before (ctx, i, &label, &word))
        {
          add (ctx, word ? ctx->t[label].start : ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_AGE,
               KASUS_SEVERITY_HIGH, 70, "age.born",
               born_suggestion (ctx, birth_year ((s[4] - '0') * 10 + (s[5] - '0')), word));
          return i + 1;
        }
    }

  /* An extension alone: "ext. 4417", "lok. 4471" (after a number it is
   * part of that phone number, already found) */
  if (HAS (i, T_NUM) && len >= 2 && len <= 5 && i >= 1)
    {
      guint p = punct_is (ctx, i - 1, '.') && i >= 2 ? i - 2 : i - 1;
      guint e = i;

      /* "lokal 48 815": the extension in two groups */
      if (len <= 3 && same_line (ctx, i) && HAS (i + 1, T_NUM) && TLEN (i + 1) >= 2 &&
          TLEN (i + 1) <= 3 && len + TLEN (i + 1) >= 4 && !glued (ctx, i))
        e = i + 1;
      if (ROLE2 (p, R2_EXTENSION) && !(p >= 1 && HAS (p - 1, T_NUM)) && (len >= 3 || e > i) &&
          !(e + 1 < ctx->n && !AT_NL (e + 1) && ROLE2 (e + 1, R2_UNIT)))
        {
          add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_CONTACT, KASUS_SEVERITY_HIGH, 85,
               "contact.phone", S ("[telefonnummer fjernet]", "[phone number removed]"));
          return e + 1;
        }
    }

  /* Phone numbers */
  if (HAS (i, T_NUM) && (j = match_phone (ctx, i, &ps)) > 0)
    {
      add (ctx, ps, ctx->t[j - 1].end, KASUS_CATEGORY_CONTACT, KASUS_SEVERITY_HIGH, 85,
           "contact.phone", S ("[telefonnummer fjernet]", "[phone number removed]"));
      return j;
    }

  /* A phone number with dashes after its label: "tlf. 2084-6617",
   * "mobil 20-84-66-17", "+45 2084-6617" */
  if (HAS (i, T_DASH) && !HAS (i, T_ALPHA) && len >= 9 && len <= 11 && s[0] >= '2' &&
      phone_trigger_before (ctx, i) &&
      !(i + 1 < ctx->n && !AT_NL (i + 1) && ROLE2 (i + 1, R2_UNIT)))
    {
      int   digits = 0, run = 0;
      gsize k;

      for (k = 0; k < len; k++)
        {
          if (g_ascii_isdigit (s[k]))
            {
              digits++;
              run++;
              continue;
            }
          if (s[k] != '-' || (run != 2 && run != 4))
            break;
          run = 0;
        }
      if (k == len && digits == 8 && (run == 2 || run == 4))
        {
          gsize st = ctx->t[i].start;

          if (i >= 2 && tok_is (ctx, i - 1, "45") && punct_is (ctx, i - 2, '+') &&
              glued (ctx, i - 2) && !HAS (i, T_NL))
            st = ctx->t[i - 2].start;
          add (ctx, st, ctx->t[i].end, KASUS_CATEGORY_CONTACT, KASUS_SEVERITY_HIGH, 85,
               "contact.phone", S ("[telefonnummer fjernet]", "[phone number removed]"));
          return i + 1;
        }
    }

  /* "80th birthday"; "on the 21st" */
  if (HAS (i, T_ALPHA) && len >= 3 && len <= 4 && g_ascii_isdigit (s[0]) &&
      (tok_ends_with (ctx, i, "th") || tok_ends_with (ctx, i, "st") ||
       tok_ends_with (ctx, i, "nd") || tok_ends_with (ctx, i, "rd")))
    {
      int v0 = (int) g_ascii_strtoll (s, NULL, 10);

      if (tok_is (ctx, i + 1, "birthday") && v0 >= 1 && v0 <= 110)
        {
          add (ctx, ctx->t[i].start, ctx->t[i + 1].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70,
               "age.birthday", age_suggestion (ctx, v0));
          return i + 2;
        }
      /* "18th jan", "3rd of july", "21st March 2022": an ordinal day and a month */
      if (v0 >= 1 && v0 <= 31 && !HAS (i + 1, T_NL))
        {
          guint m = tok_is (ctx, i + 1, "of") && !HAS (i + 2, T_NL) ? i + 2 : i + 1;

          if (ROLE (m, R_MONTH) && (TLEN (m) >= 3 || HAS (m, T_CAP)))
            {
              guint e = m;
              int   y = 0;

              if (punct_is (ctx, e + 1, ',') && HAS (e + 2, T_NUM) &&
                  is_year (tok_int (ctx, e + 2)))
                e++;
              if (HAS (e + 1, T_NUM) && !HAS (e + 1, T_NL) && is_year (tok_int (ctx, e + 1)))
                y = tok_int (ctx, ++e);
              else
                e = m;
              add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH,
                   70, "date.ordinal-month", year_suggestion (ctx, y));
              return e + 1;
            }
        }
      if (v0 >= 1 && v0 <= 31 && i >= 2 && tok_is (ctx, i - 1, "the") &&
          (tok_is (ctx, i - 2, "on") || tok_is (ctx, i - 2, "by") || tok_is (ctx, i - 2, "until") ||
           ((tok_is (ctx, i - 2, "is") || tok_is (ctx, i - 2, "before") ||
             tok_is (ctx, i - 2, "after") || tok_is (ctx, i - 2, "from") ||
             tok_is (ctx, i - 2, "since")) &&
            !(HAS (i + 1, T_ALPHA) && !HAS (i + 1, T_NL)))))
        {
          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH, 70,
               "date.ordinal", year_suggestion (ctx, 0));
          return i + 1;
        }
    }

  /* Ages glued to their unit: 58-årig, 64-year-old, 24y */
  if (HAS (i, T_ALPHA) && g_ascii_isdigit (s[0]))
    {
      gsize       k = 0;
      int         age = 0;
      const char *low = TLOW (i);

      while (k < len && g_ascii_isdigit (s[k]) && k < 3)
        age = age * 10 + (s[k++] - '0');
      /* "7o-årig": a letter o typed for the zero */
      if (k == 1 && k + 5 < len && (s[k] == 'o' || s[k] == 'O') &&
          (memcmp (low + k + 1, "-år", 4) == 0 || memcmp (low + k + 1, "år", 3) == 0))
        {
          age *= 10;
          k++;
        }
      if (k < len && !g_ascii_isdigit (s[k]) && age <= 120)
        {
          const char *rest = low + k;
          gsize       rl = len - k;

          if (*rest == '-')
            {
              rest++;
              rl--;
            }
#define REST_IS(lit)     (rl == strlen (lit) && memcmp (rest, lit, rl) == 0)
#define REST_STARTS(lit) (rl >= strlen (lit) && memcmp (rest, lit, strlen (lit)) == 0)
          gboolean old = tok_is (ctx, i + 1, "gammel") || tok_is (ctx, i + 1, "gamle");
          gboolean is_age;

          /* "3 år", "6 måneder" are durations unless "gammel" follows;
           * "58-års" needs "alderen" or "fødselsdag" */
          if (REST_IS ("år") || REST_STARTS ("måneder"))
            is_age = old;
          else if (REST_IS ("års"))
            is_age = age_noun_after (ctx, i + 1);
          else
            is_age = REST_STARTS ("årig") || REST_STARTS ("aarig") || REST_STARTS ("year-old") ||
                     REST_STARTS ("years-old") || REST_IS ("yo") || REST_IS ("y") ||
                     REST_IS ("yrs") || REST_STARTS ("month-old") ||
                     /* "i 50-årsalderen", not "før 50-årsalderen": a bound */
                     (REST_IS ("årsalderen") &&
                      !(i >= 1 && (tok_is (ctx, i - 1, "før") || tok_is (ctx, i - 1, "efter") ||
                                   tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "inden") ||
                                   tok_is (ctx, i - 1, "over") || tok_is (ctx, i - 1, "under"))));
          /* "29M", "41F", "54K" between commas or dashes of a list */
          if (!is_age && (REST_IS ("m") || REST_IS ("f") || REST_IS ("k")) && age >= 1 &&
              age_end_after (ctx, i + 1) && i >= 1 && !glued (ctx, i - 1) &&
              (punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, '-') ||
               punct_is (ctx, i - 1, ':') || punct_is (ctx, i - 1, '(') ||
               tok_is (ctx, i - 1, "–")))
            is_age = TRUE;
          if (is_age)
            {
              add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70,
                   "age.glued", age_suggestion (ctx, age));
              return i + 1;
            }
#undef REST_IS
#undef REST_STARTS
        }
    }

  if (HAS (i, T_ALPHA) && (j = rule_month_token (ctx, i)) > 0)
    return j + 1;

  /* "63M", "58F", "71K" in a summary: an age glued to the sex, not a
   * number of fractions ("78 Gy/39F") */
  if ((len == 3 || len == 4) && (s[len - 1] == 'M' || s[len - 1] == 'F' || s[len - 1] == 'K') &&
      !(i >= 1 && (punct_is (ctx, i - 1, '/') || punct_is (ctx, i - 1, 'x') ||
                   ROLE2 (i - 1, R2_UNIT) || (HAS (i - 1, T_NUM) && glued (ctx, i - 1)))) &&
      g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1]) && (len == 3 || g_ascii_isdigit (s[2])) &&
      (i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, ',') ||
       punct_is (ctx, i + 1, ';') || punct_is (ctx, i + 1, ')') || punct_is (ctx, i + 1, '.') ||
       tok_is (ctx, i + 1, "with") || tok_is (ctx, i + 1, "med") || tok_is (ctx, i + 1, "w") ||
       tok_is (ctx, i + 1, "presenting") || tok_is (ctx, i + 1, "admitted") ||
       tok_is (ctx, i + 1, "indlagt") || tok_is (ctx, i + 1, "henvist")))
    {
      int val = (int) g_ascii_strtoll (s, NULL, 10);

      if (val >= 15 && val <= 110)
        {
          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70,
               "age.sex", age_suggestion (ctx, val));
          return i + 1;
        }
    }

  n = split_numbers (s, len, v, w, sep, 4);

  /* "vinteren 2023/24", "i sæsonen 2022/23": a season across two years */
  if (n == 2 && w[0] == 4 && (w[1] == 2 || w[1] == 4) && sep[0] == '/' && is_year (v[0]) &&
      i >= 1 && !HAS (i, T_NL) && (ROLE (i - 1, R_SEASON | R_HOLIDAY) || tok_is (ctx, i - 1, "i")))
    {
      int y1 = w[1] == 2 ? v[0] / 100 * 100 + v[1] : v[1];

      if (y1 == v[0] + 1)
        {
          add (ctx, ROLE (i - 1, R_SEASON | R_HOLIDAY) ? ctx->t[i - 1].start : ctx->t[i].start,
               ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 65, "date.year",
               year_suggestion (ctx, v[0]));
          return i + 1;
        }
    }

  /* Numeric dates */
  if (n == 3)
    {
      int d = -1, y = -1;

      if (w[0] == 4 && sep[0] == '-' && sep[1] == '-' && valid_dm (v[2], v[1]))
        {
          y = v[0];
          d = v[2];
        }
      else if (w[0] <= 2 && w[1] <= 2 && (w[2] == 2 || w[2] == 4) && valid_dm (v[0], v[1]) &&
               (sep[0] == sep[1] || (sep[0] == '/' && sep[1] == '-')))
        {
          d = v[0];
          y = full_year (v[2], w[2]);
        }
      /* US order, month first: "03/14/2022" (the day cannot be a month) */
      else if (w[0] <= 2 && w[1] <= 2 && w[2] == 4 && sep[0] == '/' && sep[1] == '/' &&
               !valid_dm (v[0], v[1]) && valid_dm (v[1], v[0]))
        {
          d = v[1];
          y = v[2];
        }
      if (d > 0 && y > 0)
        {
          /* "3.4.5" version numbers have a 1-digit third part: excluded above */
          add (ctx, date_extend_left (ctx, i), ctx->t[i].end, KASUS_CATEGORY_DATE,
               KASUS_SEVERITY_HIGH, 70, "date.numeric", year_suggestion (ctx, y));
          return i + 1;
        }
    }
  /* "uge 47/2023", "week 12/2022": a week and its year */
  if (n == 2 && i >= 1 && w[0] <= 2 && w[1] == 4 && sep[0] == '/' && v[0] >= 1 && v[0] <= 53 &&
      is_year (v[1]) &&
      (tok_is (ctx, i - 1, "uge") || tok_is (ctx, i - 1, "week") || tok_is (ctx, i - 1, "wk")) &&
      !pregnancy_context (ctx, i))
    {
      add (ctx, ctx->t[i - 1].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH, 70,
           "date.week", year_suggestion (ctx, v[1]));
      return i + 1;
    }
  /* "2019-2021:" opening a line: a span of years in a timeline */
  if (n == 2 && w[0] == 4 && w[1] == 4 && sep[0] == '-' && is_year (v[0]) && v[1] >= v[0] &&
      v[1] <= 2040 && (i == 0 || AT_NL (i)) && punct_is (ctx, i + 1, ':'))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 65,
           "date.year", year_suggestion (ctx, v[0]));
      return i + 1;
    }
  /* a span of years in a sentence: "behandlet 2019-2021", "i 2019-21";
   * not a dose ("2000-2500 mg"), nor a guideline's years */
  if (n == 2 && w[0] == 4 && (w[1] == 4 || (w[1] == 2 && i >= 1 && ROLE (i - 1, R_YEAR_PREP))) &&
      sep[0] == '-' && is_year (v[0]) && !guideline_before (ctx, i) &&
      !(i + 1 < ctx->n && !AT_NL (i + 1) && ROLE2 (i + 1, R2_UNIT)) &&
      !(glued (ctx, i) && (punct_is (ctx, i + 1, '-') || HAS (i + 1, T_WORD))))
    {
      int y1 = w[1] == 2 ? v[0] / 100 * 100 + v[1] : v[1];

      if (y1 > v[0] && y1 - v[0] <= 30 && y1 <= 2040)
        {
          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 65,
               "date.year", year_suggestion (ctx, v[0]));
          return i + 1;
        }
    }
  /* a span of days before a month: "3-5 marts 2023", "12-14 March" */
  if (n == 2 && w[0] <= 2 && w[1] <= 2 && sep[0] == '-' && v[0] >= 1 && v[0] < v[1] && v[1] <= 31)
    {
      guint m = i + 1;

      if (punct_is (ctx, m, '.') && glued (ctx, i))
        m++;
      if (ROLE (m, R_MONTH) && !AT_NL (m) && (TLEN (m) >= 3 || HAS (m, T_CAP)) && !HAS (m, T_UPPER))
        {
          guint e = m;
          int   y = 0;

          if (punct_is (ctx, e + 1, '.') && glued (ctx, e))
            e++;
          if (HAS (e + 1, T_NUM) && !HAS (e + 1, T_NL) && is_year (tok_int (ctx, e + 1)))
            y = tok_int (ctx, ++e);
          else
            e = m;
          /* "3-5 may" is too weak without a year */
          if (y > 0 || !tok_is (ctx, m, "may"))
            {
              add (ctx, date_extend_left (ctx, i), ctx->t[e].end, KASUS_CATEGORY_DATE,
                   KASUS_SEVERITY_HIGH, 70, "date.day-month", year_suggestion (ctx, y));
              return e + 1;
            }
        }
    }
  /* "20/4 2023", "3.5 2022": a day and a month, then the year apart */
  if (n == 2 && w[0] <= 2 && w[1] <= 2 && (sep[0] == '/' || sep[0] == '.') &&
      valid_dm (v[0], v[1]) && HAS (i + 1, T_NUM) && TLEN (i + 1) == 4 &&
      is_year (tok_int (ctx, i + 1)) && ctx->t[i + 1].start == ctx->t[i].end + 1 &&
      TSTR (i + 1)[-1] == ' ')
    {
      add (ctx, date_extend_left (ctx, i), ctx->t[i + 1].end, KASUS_CATEGORY_DATE,
           KASUS_SEVERITY_HIGH, 70, "date.numeric", year_suggestion (ctx, tok_int (ctx, i + 1)));
      return i + 2;
    }
  /* 05/2022, 5.2023: a month and a year */
  if (n == 2 && w[0] <= 2 && w[1] == 4 && (sep[0] == '/' || sep[0] == '.') && v[0] >= 1 &&
      v[0] <= 12 && is_year (v[1]) && v[1] <= 2040)
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month-year", year_suggestion (ctx, v[1]));
      return i + 1;
    }
  if (n == 2 && w[0] <= 2 && w[1] <= 2 && sep[0] != '-' && valid_dm (v[0], v[1]) && i >= 1 &&
      (tok_is (ctx, i - 1, "den") ||
       (i >= 2 && tok_is (ctx, i - 2, "d") && punct_is (ctx, i - 1, '.')) ||
       tok_is (ctx, i - 1, "dato") || ROLE (i - 1, R_WEEKDAY) ||
       /* a timeline entry: "13/6: WGS besluttet" opening a line */
       (sep[0] == '/' && AT_NL (i) && punct_is (ctx, i + 1, ':')) ||
       /* "Næste MDT 28/3", "tors. 23/2", "godkendt 23.03." */
       (!(HAS (i + 1, T_ALPHA) && !HAS (i + 1, T_CAP) && !ROLE (i + 1, R_DA_FUNC | R_EN_FUNC) &&
          !tok_is (ctx, i + 1, "kl")) &&
        !punct_is (ctx, i + 1, '%') &&
        (sep[0] == '/' || (punct_is (ctx, i + 1, '.') && glued (ctx, i) && !HAS (i + 2, T_NUM))) &&
        (dm_cue_before (ctx, i) ||
         (punct_is (ctx, i - 1, '.') && i >= 2 && dm_cue_before (ctx, i - 1)))) ||
       /* "12.10." closing a header line: zero-padded, with the dot */
       (sep[0] == '.' && w[0] == 2 && w[1] == 2 && DA && punct_is (ctx, i + 1, '.') &&
        glued (ctx, i) && (i + 2 >= ctx->n || AT_NL (i + 2))) ||
       (sep[0] == '/' && dm_slash_date (ctx, i, s, v, w))))
    {
      add (ctx, date_extend_left (ctx, i), ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH,
           70, "date.numeric", year_suggestion (ctx, 0));
      return i + 1;
    }

  /* Ids without a label: MDT-23-1187, 23-04512, R23-004471 are caught by
   * rule_code; here only pure numbers with dashes. */

  if (!HAS (i, T_NUM))
    return i;

  {
    int   val = tok_int (ctx, i);
    guint nx = i + 1;

    /* 12. marts 2023, 12 March 2021 */
    if (val >= 1 && val <= 31 && TLEN (i) <= 2)
      {
        guint m = nx;
        if (punct_is (ctx, m, '.') && glued (ctx, i))
          m++;
        if (ROLE (m, R_MONTH) && !AT_NL (m))
          {
            guint e = m + 1;
            int   y = 0;
            gsize st;

            if (punct_is (ctx, e, '.') && glued (ctx, m))
              e++;
            if (e < ctx->n && HAS (e, T_NUM) && is_year (tok_int (ctx, e)) && !AT_NL (e))
              y = tok_int (ctx, e);
            else if (e < ctx->n && HAS (e, T_NUM) && TLEN (e) == 2 && TSTR (e)[-1] == '\'')
              y = full_year (tok_int (ctx, e), 2);
            else if (is_apos (ctx, e) && HAS (e + 1, T_NUM) && TLEN (e + 1) == 2 && glued (ctx, e))
              y = full_year (tok_int (ctx, ++e), 2);
            else
              e = m;
            /* "3 may" without a year is too weak; "14 August" is a date */
            if (tok_is (ctx, m, "may") && y == 0 && !(punct_is (ctx, nx, '.')))
              {
                /* "3 may" without a year: too weak */
              }
            else
              {
                st = date_extend_left (ctx, i);
                add (ctx, st, ctx->t[y ? e : m].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH, 70,
                     "date.day-month", year_suggestion (ctx, y));
                return (y ? e : m) + 1;
              }
          }
        /* 3. kvartal 2022, 1. halvår 2021 */
        if (val <= 4 && punct_is (ctx, nx, '.') && glued (ctx, i) &&
            (tok_is (ctx, nx + 1, "kvartal") || tok_is (ctx, nx + 1, "halvår")))
          {
            guint e = nx + 1;
            if ((tok_is (ctx, e + 1, "i") || tok_is (ctx, e + 1, "af")) && HAS (e + 2, T_NUM))
              e++;
            if (HAS (e + 1, T_NUM) && is_year (tok_int (ctx, e + 1)))
              {
                add (ctx, ctx->t[i].start, ctx->t[e + 1].end, KASUS_CATEGORY_DATE,
                     KASUS_SEVERITY_MEDIUM, 68, "date.quarter",
                     year_suggestion (ctx, tok_int (ctx, e + 1)));
                return e + 2;
              }
          }
        /* 2. påskedag */
        if (punct_is (ctx, nx, '.') && glued (ctx, i) && ROLE (nx + 1, R_HOLIDAY))
          {
            guint e = nx + 1;
            int   y = 0;
            if (HAS (e + 1, T_NUM) && is_year (tok_int (ctx, e + 1)))
              y = tok_int (ctx, ++e);
            add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH, 70,
                 "date.holiday", year_suggestion (ctx, y));
            return e + 1;
          }
      }

    /* Years */
    if (TLEN (i) == 4 && is_year (val) && val <= 2040)
      {
        gboolean born =
          i >= 1 &&
          (ROLE (i - 1, R_BORN) ||
           (i >= 2 && ROLE (i - 2, R_BORN) &&
            (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "in") || punct_is (ctx, i - 1, '.'))));
        if (born)
          {
            guint b = ROLE (i - 1, R_BORN) ? i - 1 : i - 2;
            /* "f. 1961" needs the dot */
            if ((tok_is (ctx, b, "f") || tok_is (ctx, b, "b")) && !punct_is (ctx, b + 1, '.'))
              born = FALSE;
            else
              {
                add (ctx, ctx->t[b].start, ctx->t[i].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH,
                     70, "age.born", born_suggestion (ctx, val, TRUE));
                return i + 1;
              }
          }
        /* "Født: 1969", "DOB 1969", "fødselsår: 1969" */
        else
          {
            guint    label;
            gboolean word;

            if (born_label_before (ctx, i, &label, &word))
              {
                add (ctx, word ? ctx->t[label].start : ctx->t[i].start, ctx->t[i].end,
                     KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70, "age.born",
                     born_suggestion (ctx, val, word));
                return i + 1;
              }
          }
        /* a span of years set off by spaces: "2019 - 2021", "2019 – 2021"
         * (not opening a timeline line: that is below) */
        if (i >= 1 && !AT_NL (i) && punct_is (ctx, i + 1, '-') && HAS (i + 2, T_NUM) &&
            TLEN (i + 2) == 4 && !HAS (i + 1, T_NL) && !HAS (i + 2, T_NL) && !glued (ctx, i) &&
            tok_int (ctx, i + 2) > val && tok_int (ctx, i + 2) - val <= 30 &&
            tok_int (ctx, i + 2) <= 2040 && !guideline_before (ctx, i) &&
            !(i + 3 < ctx->n && !AT_NL (i + 3) && ROLE2 (i + 3, R2_UNIT)) &&
            !punct_is (ctx, i + 3, ':'))
          {
            add (ctx, ctx->t[i].start, ctx->t[i + 2].end, KASUS_CATEGORY_DATE,
                 KASUS_SEVERITY_MEDIUM, 65, "date.year", year_suggestion (ctx, val));
            return i + 3;
          }
        /* a timeline entry opening a line: "2022: operation",
         * "2019–2021: type 2-diabetes" */
        if (i == 0 || AT_NL (i))
          {
            guint e = i;

            if ((punct_is (ctx, i + 1, '-') || (i + 1 < ctx->n && TLEN (i + 1) == 3 &&
                                                memcmp (TSTR (i + 1), "\xE2\x80\x93", 3) == 0)) &&
                HAS (i + 2, T_NUM) && TLEN (i + 2) == 4 && tok_int (ctx, i + 2) >= val &&
                tok_int (ctx, i + 2) <= 2040 && !HAS (i + 2, T_NL))
              e = i + 2;
            if (punct_is (ctx, e + 1, ':'))
              {
                add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_DATE,
                     KASUS_SEVERITY_MEDIUM, 65, "date.year", year_suggestion (ctx, val));
                return e + 1;
              }
          }
        if (i >= 1 && !guideline_before (ctx, i))
          {
            guint    p = i - 1;
            gboolean ok = FALSE;
            gsize    st = ctx->t[i].start;

            if (ROLE (p, R_SEASON | R_HOLIDAY | R_MONTH) && !AT_NL (i))
              {
                st = ctx->t[p].start;
                ok = TRUE;
                /* "12. marts 2023" was taken above; "i sommeren 2022" */
                if (p >= 2 && tok_is (ctx, p - 1, "af") && ROLE (p - 2, R_SEASON))
                  st = ctx->t[p - 2].start;
                else if (p >= 1 && tok_is (ctx, p - 1, "of") && ROLE (p - 2, R_SEASON))
                  st = ctx->t[p - 2].start;
              }
            else if (ROLE (p, R_YEAR_PREP) && !HAS (p, T_UPPER))
              ok = TRUE;
            /* "I 2020" opening a sentence: "I" is upper-case as one letter */
            else if (TLEN (p) == 1 && tok_is (ctx, p, "i") && HAS (p, T_SENT))
              ok = TRUE;
            /* "negativ (2021)": a year in brackets dates the event before it */
            else if (punct_is (ctx, p, '(') && punct_is (ctx, i + 1, ')') && p >= 1 &&
                     !guideline_before (ctx, p) && !tok_is (ctx, p - 1, "al") &&
                     !HAS (p - 1, T_UPPER | T_DIGIT) &&
                     !tok_ends_with (ctx, p - 1, "klassifikation") &&
                     !tok_ends_with (ctx, p - 1, "classification") &&
                     !tok_ends_with (ctx, p - 1, "kriterier") &&
                     !tok_ends_with (ctx, p - 1, "criteria") &&
                     !tok_ends_with (ctx, p - 1, "guidelines") &&
                     !tok_ends_with (ctx, p - 1, "retningslinjer"))
              ok = TRUE;
            else if (punct_is (ctx, p, '(') && p >= 1 && !guideline_before (ctx, p) &&
                     (tok_is (ctx, i + 1, "and") || tok_is (ctx, i + 1, "og")) &&
                     HAS (i + 2, T_NUM) && is_year (tok_int (ctx, i + 2)))
              ok = TRUE;
            else if (punct_is (ctx, p, '-') || punct_is (ctx, p, '/'))
              ok = FALSE;
            else if (tok_is (ctx, p, "of") || tok_is (ctx, p, "af"))
              ok = TRUE;
            /* "docetaxel 2021, enzalutamid 2022", "Opereret 2018 på …",
             * "(dx 2018)": a bare year after the event's word */
            else if (HAS (p, T_ALPHA) && !HAS (p, T_UPPER | T_DIGIT) &&
                     (!HAS (p, T_CAP) || HAS (p, T_SENT)) && TLEN (p) >= 2 && !AT_NL (i) &&
                     !ROLE2 (p, R2_UNIT) && !tok_ends_with (ctx, p, "klassifikation") &&
                     !tok_ends_with (ctx, p, "version") && !tok_ends_with (ctx, p, "udgave") &&
                     !tok_ends_with (ctx, p, "edition") && !tok_ends_with (ctx, p, "guidelines") &&
                     !tok_is (ctx, p, "al") && !tok_is (ctx, p, "nr") && !tok_is (ctx, p, "no") &&
                     !tok_is (ctx, p, "kl") && !ROLE (p, R_ID_LABEL) &&
                     (i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, ',') ||
                      (punct_is (ctx, i + 1, '.') && !HAS (i + 2, T_NUM)) ||
                      punct_is (ctx, i + 1, ')') || punct_is (ctx, i + 1, ';') ||
                      tok_is (ctx, i + 1, "på") || tok_is (ctx, i + 1, "og") ||
                      tok_is (ctx, i + 1, "and") || tok_is (ctx, i + 1, "med") ||
                      tok_is (ctx, i + 1, "with") || tok_is (ctx, i + 1, "at")))
              ok = TRUE;
            /* not "2019-klassifikationen", "i 2022-udgaven" */
            if (ok && glued (ctx, i) && punct_is (ctx, i + 1, '-'))
              ok = FALSE;
            if (ok && i + 1 < ctx->n &&
                (tok_is (ctx, i + 1, "criteria") || tok_is (ctx, i + 1, "kriterier") ||
                 tok_is (ctx, i + 1, "classification") || tok_is (ctx, i + 1, "guidelines")))
              ok = FALSE;
            if (ok)
              {
                add (ctx, st, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 65,
                     "date.year", year_suggestion (ctx, val));
                /* "(2017 and 2020)" */
                if ((tok_is (ctx, i + 1, "and") || tok_is (ctx, i + 1, "og")) &&
                    HAS (i + 2, T_NUM) && TLEN (i + 2) == 4 && is_year (tok_int (ctx, i + 2)))
                  {
                    add (ctx, ctx->t[i + 2].start, ctx->t[i + 2].end, KASUS_CATEGORY_DATE,
                         KASUS_SEVERITY_MEDIUM, 65, "date.year",
                         year_suggestion (ctx, tok_int (ctx, i + 2)));
                    return i + 3;
                  }
                return i + 1;
              }
          }
      }

    /* Ages: "37 år gammel", "58 årig", "24 y", "3 years old", "aged 41" */
    if (val >= 0 && val <= 120 && TLEN (i) <= 3)
      {
        guint    u = nx;
        gboolean age = FALSE;
        guint    e = i;
        gsize    st = ctx->t[i].start;

        if (u < ctx->n && !AT_NL (u))
          {
            if (tok_is (ctx, u, "årig") || tok_is (ctx, u, "årige") || tok_is (ctx, u, "aarig") ||
                tok_is (ctx, u, "aarige") || tok_is (ctx, u, "year-old") || tok_is (ctx, u, "yo") ||
                tok_is (ctx, u, "y/o") || tok_is (ctx, u, "y.o"))
              {
                age = TRUE;
                e = u;
              }
            /* "67 y/o", "41 y.o." */
            else if (tok_is (ctx, u, "y") &&
                     (punct_is (ctx, u + 1, '/') || punct_is (ctx, u + 1, '.')) && glued (ctx, u) &&
                     tok_is (ctx, u + 2, "o") && glued (ctx, u + 1))
              {
                age = TRUE;
                e = punct_is (ctx, u + 3, '.') && glued (ctx, u + 2) ? u + 3 : u + 2;
              }
            else if ((tok_is (ctx, u, "år") || tok_is (ctx, u, "years") ||
                      tok_is (ctx, u, "year") || tok_is (ctx, u, "yr") || tok_is (ctx, u, "yrs") ||
                      tok_is (ctx, u, "måneder") || tok_is (ctx, u, "months") ||
                      tok_is (ctx, u, "uger") || tok_is (ctx, u, "weeks") ||
                      tok_is (ctx, u, "mdr") || tok_is (ctx, u, "dage") ||
                      tok_is (ctx, u, "days")) &&
                     (tok_is (ctx, u + 1, "gammel") || tok_is (ctx, u + 1, "gamle") ||
                      tok_is (ctx, u + 1, "old") ||
                      /* "34 år gl. mand" */
                      (tok_is (ctx, u + 1, "gl") && punct_is (ctx, u + 2, '.'))))
              {
                age = TRUE;
                e = u + 1;
              }
            else if ((tok_is (ctx, u, "y") || tok_is (ctx, u, "yrs") || tok_is (ctx, u, "år") ||
                      tok_is (ctx, u, "aar")) &&
                     (u + 1 >= ctx->n || punct_is (ctx, u + 1, ',') || punct_is (ctx, u + 1, ')') ||
                      punct_is (ctx, u + 1, ';') || AT_NL (u + 1) || tok_is (ctx, u + 1, "male") ||
                      tok_is (ctx, u + 1, "female") || tok_is (ctx, u + 1, "mand") ||
                      tok_is (ctx, u + 1, "kvinde")) &&
                     (i >= 1 &&
                      (punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, '(') || (AT_NL (i)))))
              {
                age = TRUE;
                e = u;
              }
            else if (tok_is (ctx, u, "år") &&
                     (tok_is (ctx, u + 1, "ved") || tok_is (ctx, u + 1, "da")) && i >= 1 &&
                     (tok_is (ctx, i - 1, "var") || tok_is (ctx, i - 1, "blev")))
              {
                age = TRUE;
                e = u;
              }
            /* 58 års alderen, 56 års fødselsdag */
            else if (tok_is (ctx, u, "års") && age_noun_after (ctx, u + 1))
              {
                age = TRUE;
                e = tok_is (ctx, u + 1, "alderen") ? u + 1 : u;
              }
          }
        /* The word before says person: "K, 54", "M 41 år", "Woman, 59 years",
         * "pt er 67 år", "She is 77,", "fylder 68", "lillebror på 15 år",
         * "his daughter (42)", "Her daughter, 34,", "died at 62." */
        if (!age && i >= 1 && !AT_NL (i))
          {
            guint    p = i - 1;
            gboolean unit =
              (ROLE (nx, R_TIME_UNIT) && (tok_is (ctx, nx, "år") || tok_is (ctx, nx, "years"))) ||
              tok_is (ctx, nx, "y") || tok_is (ctx, nx, "yrs") || tok_is (ctx, nx, "aar");
            guint    after = unit ? nx + 1 : nx;
            gboolean closed;

            if (unit && (tok_is (ctx, after, "gammel") || tok_is (ctx, after, "gamle") ||
                         tok_is (ctx, after, "old")))
              after++;
            closed = age_end_after (ctx, after);
            /* "JRE, 1. reservelæge": an ordinal */
            if (punct_is (ctx, after, '.') && glued (ctx, after - 1) && HAS (after + 1, T_ALPHA) &&
                !HAS (after + 1, T_CAP))
              closed = FALSE;
            if ((punct_is (ctx, p, ',') || punct_is (ctx, p, '/')) && p >= 1)
              p--;
            /* a sex marker opening a line, item or table cell: "K, 44",
             * "Patient: M, 52", "| M / 74" */
            if (ROLE2 (p, R2_SEX) && (unit || closed) && val <= 110 &&
                (TLEN (p) > 1 ? TRUE : HAS (p, T_CAP)) &&
                (HAS (p, T_SENT) || HAS (p, T_NL) ||
                 (p >= 1 && (punct_is (ctx, p - 1, ',') || punct_is (ctx, p - 1, '(') ||
                             punct_is (ctx, p - 1, ':') || punct_is (ctx, p - 1, '-') ||
                             punct_is (ctx, p - 1, '|')))))
              age = TRUE;
            /* "pt er 67 år", "She is 77,", "fylder 68" */
            else if (p == i - 1 && ROLE2 (p, R2_AGE_VERB) && val <= 110 &&
                     (((tok_is (ctx, p, "fylder") || tok_is (ctx, p, "fyldte") ||
                        tok_is (ctx, p, "turns") || tok_is (ctx, p, "turned")) &&
                       (unit || !ROLE2 (nx, R2_UNIT))) ||
                      ((unit || closed) && p >= 1 &&
                       (person_word (ctx, p - 1) || ctx->t[p - 1].end == ctx->name_end ||
                        (punct_is (ctx, p - 1, '.') && p >= 2 && tok_is (ctx, p - 2, "pt"))))))
              age = TRUE;
            /* a relative or person and the age in brackets or commas */
            else if (((punct_is (ctx, i - 1, '(') &&
                       (punct_is (ctx, after, ')') || punct_is (ctx, after, ',') ||
                        tok_is (ctx, after, "og") || tok_is (ctx, after, "and"))) ||
                      (punct_is (ctx, i - 1, ',') && closed)) &&
                     i >= 2 &&
                     (ROLE (i - 2, R_PERSON | R_FAMILY_DA | R_FAMILY_EN | R_FAM_ADJ) ||
                      name_just_before (ctx, i - 2) ||
                      (tok_is (ctx, i - 2, "one") && ROLE (i - 3, R_FAM_ADJ))) &&
                     val <= 110)
              age = TRUE;
            /* "morfar med sarkom (52)" */
            else if (punct_is (ctx, i - 1, '(') && punct_is (ctx, after, ')') && !unit &&
                     val >= 1 && val <= 110 && relative_before (ctx, i - 1, 6))
              age = TRUE;
            /* "Pt. 66 år, landmand", "pt 71 år,": the patient and an age */
            else if (unit && closed && val <= 110 && p == i - 1 &&
                     (ROLE (p, R_PERSON | R_PRONOUN) ||
                      (punct_is (ctx, p, '.') && p >= 1 && tok_is (ctx, p - 1, "pt"))))
              age = TRUE;
            /* "fire børn mellem 9 og 17 år", "two sons aged between 12 and 15" */
            else if (p == i - 1 && (tok_is (ctx, p, "mellem") || tok_is (ctx, p, "between")) &&
                     val <= 110 && (tok_is (ctx, nx, "og") || tok_is (ctx, nx, "and")) &&
                     HAS (nx + 1, T_NUM) && tok_int (ctx, nx + 1) <= 110 &&
                     (tok_is (ctx, nx + 2, "år") || tok_is (ctx, nx + 2, "years")) &&
                     relative_before (ctx, p, 6))
              {
                add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH,
                     70, "age.years", age_suggestion (ctx, val));
                add (ctx, ctx->t[nx + 1].start, ctx->t[nx + 2].end, KASUS_CATEGORY_AGE,
                     KASUS_SEVERITY_HIGH, 70, "age.years",
                     age_suggestion (ctx, tok_int (ctx, nx + 1)));
                return nx + 3;
              }
            /* "Mor 81 år, rask", "lever, 81 år.", "Resumé: 53 år, …", "| 28 years |" */
            else if (unit && closed && val <= 110 &&
                     (ROLE (i - 1, R_FAMILY_DA | R_FAMILY_EN) || punct_is (ctx, i - 1, ',') ||
                      punct_is (ctx, i - 1, ':') || punct_is (ctx, i - 1, '|')))
              age = TRUE;
            /* a bare number in a list before a job: "ali, 45, taxachauffør",
             * "(Niels), 61, buschauffør", "Father: 68, retired tram driver" */
            else if (!unit && val >= 15 && val <= 110 &&
                     (punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, ':')) &&
                     punct_is (ctx, after, ',') && !HAS (after + 1, T_NL) &&
                     (ROLE (after + 1, R_OCC | R_OCC_TRIGGER) ||
                      (tok_is (ctx, after + 1, "pens") && punct_is (ctx, after + 2, '.')) ||
                      (HAS (after + 1, T_ALPHA) && !HAS (after + 1, T_CAP | T_DIGIT) &&
                       occupation_compound (ctx, after + 1))))
              age = TRUE;
            /* "Father: 68," "søster: 49.", "Patient: 37, woman" */
            else if (!unit && closed && val >= 1 && val <= 110 && punct_is (ctx, i - 1, ':') &&
                     i >= 2 && ROLE (i - 2, R_FAMILY_DA | R_FAMILY_EN | R_PERSON))
              age = TRUE;
            /* "far døde 58 år af …" */
            else if (unit && (tok_is (ctx, i - 1, "døde") || tok_is (ctx, i - 1, "død")) &&
                     val <= 110 && (closed || tok_is (ctx, after, "af")))
              age = TRUE;
            /* "gik på pension som 65.", "Nu 67." */
            else if (closed && val >= 1 && val <= 110 &&
                     ((tok_is (ctx, p, "som") && p >= 1 && tok_ends_with (ctx, p - 1, "pension")) ||
                      ((tok_is (ctx, p, "nu") || tok_is (ctx, p, "now")) && HAS (p, T_SENT))))
              age = TRUE;
            /* "lillebror på 15 år", "a brother of 9", "en søn på 24 som …" */
            else if (p == i - 1 && (tok_is (ctx, p, "på") || tok_is (ctx, p, "of")) && p >= 1 &&
                     ROLE (p - 1, R_FAMILY_DA | R_FAMILY_EN) &&
                     (unit || closed ||
                      (HAS (after, T_ALPHA) && !ROLE2 (after, R2_UNIT) &&
                       !ROLE (after, R_TIME_UNIT))))
              age = TRUE;
            /* "her mother died at 63 of …": dying at a number is an age */
            else if (p == i - 1 && tok_is (ctx, p, "at") && val >= 1 && val <= 110 && p >= 1 &&
                     tok_is (ctx, p - 1, "died") && (unit || !ROLE2 (nx, R2_UNIT)) &&
                     !ROLE (nx, R_TIME_UNIT))
              age = TRUE;
            /* "- 62 år, kvinde": a list item opening with the age */
            else if (unit && closed && val <= 110 && AT_NL (i - 1) &&
                     (punct_is (ctx, i - 1, '-') || punct_is (ctx, i - 1, '*') ||
                      (TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2)))
              age = TRUE;
            /* a form or table field labelled as an age earlier on the line:
             * "Alder ved diagnose / Værdi: 44", "Age (years) | 61" */
            else if (!unit && closed && val >= 1 && val <= 110 &&
                     (punct_is (ctx, i - 1, ':') || punct_is (ctx, i - 1, '|')) &&
                     age_label_on_line (ctx, i - 1))
              age = TRUE;
            /* an age quoted in a reviewer's note: "\"39 år\"" */
            else if (unit && val >= 1 && val <= 110 && glued (ctx, i - 1) && glued (ctx, nx) &&
                     is_quote (ctx, i - 1) && is_quote (ctx, nx + 1))
              age = TRUE;
            /* "died of prostate cancer at 62." */
            else if (p == i - 1 && tok_is (ctx, p, "at") && closed && val >= 1 && val <= 110 &&
                     p >= 1 &&
                     ((HAS (p - 1, T_ALPHA) && !HAS (p - 1, T_UPPER | T_DIGIT)) ||
                      punct_is (ctx, p - 1, '"')))
              age = TRUE;
            /* "Ifrah, er 17.", "den yngste er 6.", "Hun er omkring 55 år",
             * "pt. er ca. 50 år", "he is about 55 years old" */
            if (!age && val >= 1 && val <= 110 && (unit || closed))
              {
                guint    q = i - 1;
                gboolean approx = FALSE;

                if (punct_is (ctx, q, '.') && q >= 1 && tok_is (ctx, q - 1, "ca"))
                  q--;
                if (q >= 1 && (tok_is (ctx, q, "ca") || tok_is (ctx, q, "omkring") ||
                               tok_is (ctx, q, "cirka") || tok_is (ctx, q, "about") ||
                               tok_is (ctx, q, "around") || tok_is (ctx, q, "approximately")))
                  {
                    approx = TRUE;
                    st = ctx->t[q].start;
                    q--;
                  }
                while (q >= 1 && (tok_is (ctx, q, "kun") || tok_is (ctx, q, "jo") ||
                                  tok_is (ctx, q, "only") || tok_is (ctx, q, "nu")))
                  q--;
                if (q >= 1 && ROLE2 (q, R2_AGE_VERB) && (unit || !approx) &&
                    (q + 1 < i || approx || punct_is (ctx, q - 1, ',') ||
                     tok_is (ctx, q - 1, "yngste") || tok_is (ctx, q - 1, "ældste") ||
                     tok_is (ctx, q - 1, "youngest") || tok_is (ctx, q - 1, "eldest")) &&
                    (person_word (ctx, q - 1) || tok_is (ctx, q - 1, "yngste") ||
                     tok_is (ctx, q - 1, "ældste") || tok_is (ctx, q - 1, "youngest") ||
                     tok_is (ctx, q - 1, "eldest") || ctx->t[q - 1].end == ctx->name_end ||
                     (punct_is (ctx, q - 1, ',') && q >= 2 && ctx->t[q - 2].end == ctx->name_end &&
                      ctx->name_end > 0) ||
                     (punct_is (ctx, q - 1, '.') && q >= 2 && tok_is (ctx, q - 2, "pt"))))
                  age = TRUE;
                else
                  st = ctx->t[i].start;
              }
            /* "poul erik skovgaard - 72 -", "fru hansen (…) - 58," */
            if (!age && !unit && val >= 1 && val <= 110 &&
                (punct_is (ctx, i - 1, '-') ||
                 (TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2)) &&
                i >= 2 && ctx->name_end > 0 &&
                (ctx->t[i - 2].end == ctx->name_end ||
                 (punct_is (ctx, i - 2, ')') && ctx->name_end < ctx->t[i - 2].start &&
                  ctx->t[i - 2].start - ctx->name_end < 80)) &&
                (closed || punct_is (ctx, after, '-')))
              age = TRUE;
            if (age)
              e = after - 1;
          }
        /* a line that opens with "63 år." under the patient's name */
        if (!age && AT_NL (i) && val >= 1 && val <= 110 &&
            (tok_is (ctx, nx, "år") || tok_is (ctx, nx, "years")) && age_end_after (ctx, nx + 1) &&
            !punct_is (ctx, nx + 1, '('))
          {
            age = TRUE;
            e = nx;
          }
        /* trigger before: aged 54, alder 54, i en alder af 47 år, at the age of 47 */
        if (!age && i >= 1)
          {
            guint p = i - 1;
            if ((punct_is (ctx, p, ':') || punct_is (ctx, p, '(')) && p >= 1)
              p--;
            /* "Age at sampling: 53 y", "alder ved diagnose: 61" */
            if (p >= 2 && (tok_is (ctx, p - 1, "at") || tok_is (ctx, p - 1, "ved")) &&
                ROLE (p - 2, R_AGE_TRIGGER) && HAS (p, T_ALPHA))
              p -= 2;
            if (tok_is (ctx, p, "af") && p >= 1 && ROLE (p - 1, R_AGE_TRIGGER))
              p--;
            if (tok_is (ctx, p, "of") && p >= 1 && ROLE (p - 1, R_AGE_TRIGGER))
              p--;
            if (ROLE (p, R_AGE_TRIGGER) && !(tok_is (ctx, p, "alder") && p + 1 == i && FALSE) &&
                !age_bound_before (ctx, p))
              {
                age = TRUE;
                st = ctx->t[p].start;
                if (p >= 2 && tok_is (ctx, p - 1, "en") && tok_is (ctx, p - 2, "i"))
                  st = ctx->t[p - 2].start;
                else if (p >= 2 && tok_is (ctx, p - 1, "the") && tok_is (ctx, p - 2, "at"))
                  st = ctx->t[p - 2].start;
                e = i;
                if (tok_is (ctx, i + 1, "år") || tok_is (ctx, i + 1, "years") ||
                    tok_is (ctx, i + 1, "y") || tok_is (ctx, i + 1, "yrs"))
                  e = i + 1;
              }
            /* en mand på 58, a man of 58, pige på 2 år og 10 mdr. */
            else if ((tok_is (ctx, p, "på") || tok_is (ctx, p, "of")) && p >= 1 &&
                     ROLE (p - 1, R_PERSON))
              {
                age = TRUE;
                e = i;
                if (ROLE (i + 1, R_TIME_UNIT))
                  {
                    e = i + 1;
                    if (tok_is (ctx, e + 1, "og") && HAS (e + 2, T_NUM) &&
                        ROLE (e + 3, R_TIME_UNIT))
                      e += 3;
                  }
                else if (ROLE (i + 1, R_FAMILY_DA | R_FAMILY_EN) || HAS (i + 1, T_ALPHA))
                  {
                    /* "en pige på 3 dage" handled above; "på 58 kg" is not an age */
                    if (!ROLE (i + 1, R_TIME_UNIT) &&
                        !(punct_is (ctx, i + 1, ',') || punct_is (ctx, i + 1, '.')))
                      age = FALSE;
                  }
              }
            /* han var 23 ved diagnosen; he was 23 at diagnosis */
            else if ((tok_is (ctx, p, "var") || tok_is (ctx, p, "was")) && p >= 1 &&
                     (ROLE (p - 1, R_PRONOUN) || name_just_before (ctx, p - 1)) &&
                     (tok_is (ctx, i + 1, "ved") || tok_is (ctx, i + 1, "da") ||
                      tok_is (ctx, i + 1, "at") || tok_is (ctx, i + 1, "when") ||
                      tok_is (ctx, i + 1, "år") || tok_is (ctx, i + 1, "years")))
              {
                age = TRUE;
                e = ROLE (i + 1, R_TIME_UNIT) ? i + 1 : i;
              }
          }
        if (age)
          {
            add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70, "age.years",
                 age_suggestion (ctx, val));
            return age_list (ctx, e) + 1;
          }
      }

    /* uge 51, week 46 of 2022 — not a week of a course: "uge 3 af
     * behandlingen", "week 3 after surgery", "week 2 of cycle 1" */
    if (i >= 1 &&
        (tok_is (ctx, i - 1, "uge") || tok_is (ctx, i - 1, "week") || tok_is (ctx, i - 1, "wk")) &&
        val >= 1 && val <= 53 && !pregnancy_context (ctx, i) &&
        !(same_line (ctx, i) && !(HAS (i + 2, T_NUM) && is_year (tok_int (ctx, i + 2))) &&
          (tok_is (ctx, i + 1, "af") || tok_is (ctx, i + 1, "efter") ||
           tok_is (ctx, i + 1, "after") || tok_is (ctx, i + 1, "post") ||
           tok_is (ctx, i + 1, "since") || tok_is (ctx, i + 1, "siden") ||
           (tok_is (ctx, i + 1, "of") && !HAS (i + 2, T_NUM)))))
      {
        guint e = i;
        int   y = 0;
        if ((tok_is (ctx, i + 1, "i") || tok_is (ctx, i + 1, "of") || tok_is (ctx, i + 1, "in")) &&
            HAS (i + 2, T_NUM) && is_year (tok_int (ctx, i + 2)))
          {
            e = i + 2;
            y = tok_int (ctx, e);
          }
        else if (HAS (i + 1, T_NUM) && is_year (tok_int (ctx, i + 1)))
          {
            e = i + 1;
            y = tok_int (ctx, e);
          }
        else if (punct_is (ctx, i + 1, ','))
          {
            /* "uge 12, 2023" */
            if (HAS (i + 2, T_NUM) && is_year (tok_int (ctx, i + 2)))
              {
                e = i + 2;
                y = tok_int (ctx, e);
              }
          }
        add (ctx, ctx->t[i - 1].start, ctx->t[e].end, KASUS_CATEGORY_DATE,
             y ? KASUS_SEVERITY_HIGH : KASUS_SEVERITY_MEDIUM, 70, "date.week",
             year_suggestion (ctx, y));
        return e + 1;
      }

    /* Postal code + town: 2830 Virum, 8000 Aarhus C */
    if (TLEN (i) == 4 && val >= 1000 && val <= 9990 && name_shaped (ctx, i + 1) && !AT_NL (i + 1))
      {
        g_autofree char *town = kasus_lexicon_lookup (ctx->rules->postcodes, TSTR (i), 4);
        if (town != NULL && *town &&
            (g_ascii_strncasecmp (town, TSTR (i + 1), 1) == 0 ||
             lex_has (ctx->rules->places, TLOW (i + 1), TLEN (i + 1))))
          {
            guint e = i + 1;
            /* the town may be several words: Nørre Nebel, Aarhus C */
            while (e + 1 < ctx->n && !AT_NL (e + 1) &&
                       (HAS (e + 1, T_CAP) && HAS (e + 1, T_ALPHA)) && TLEN (e + 1) <= 12 &&
                       strstr (town, TSTR (e + 1)) == NULL
                     ? FALSE
                     : (e + 1 < ctx->n && !AT_NL (e + 1) && HAS (e + 1, T_CAP)))
              e++;
            add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_HIGH, 55,
                 "place.postcode", S ("en by i Danmark", "a town in Denmark"));
            return e + 1;
          }
      }
  }
  return i;
}

/* Codes that stand for a record or sample: MDT-23-1187, BH-2023-08812. */
static gboolean
code_shaped (const Ctx *ctx, guint i)
{
  const char *s = TSTR (i);
  gsize       len = TLEN (i);
  int         digits = 0, segs = 1, max_run = 0, run = 0, letters = 0;
  gboolean    lower = FALSE;

  if (!HAS (i, T_DIGIT) || len < 5)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    {
      guchar c = s[k];
      if (g_ascii_isdigit (c))
        {
          digits++;
          run++;
          max_run = MAX (max_run, run);
          continue;
        }
      run = 0;
      if (c == '-' || c == '_' || c == '/')
        segs++;
      else if (g_ascii_isupper (c))
        letters++;
      /* Æ, Ø, Å and the other Latin-1 capitals: "HÆM-24/0237", "NÆS-778120" */
      else if (c == 0xC3 && k + 1 < len && (guchar) s[k + 1] >= 0x80 && (guchar) s[k + 1] <= 0x9E &&
               (guchar) s[k + 1] != 0x97)
        {
          letters++;
          k++;
        }
      else if (g_ascii_islower (c))
        lower = TRUE;
      else if (c != '.')
        return FALSE;
    }
  if (lower || segs < 2 || digits < 4)
    return FALSE;
  if (letters == 0)
    {
      int  v[4], w[4];
      char sep[4];
      int  n = split_numbers (s, len, v, w, sep, 4);

      if (n == 2 && w[0] <= 2 && w[1] >= 4 && sep[0] == '-' && (s[len - w[1]] == '0' || w[1] >= 5))
        return TRUE;
      return n >= 3 && sep[0] == '-' && digits >= 7 && !(w[0] == 4 && w[1] == 2 && w[2] == 2);
    }
  return max_run >= 3 && (segs >= 3 || max_run >= 4);
}

static guint
rule_id (Ctx *ctx, guint i)
{
  guint       j = i, code;
  gboolean    label = FALSE;
  const char *low = TLOW (i);
  gsize       l = TLEN (i);

  if (ROLE (i, R_ID_LABEL))
    label = TRUE;
  else if (HAS (i, T_WORD) && HAS (i, T_ALPHA) && l >= 3)
    {
      /* prøve-ID, MDT-nr, NGC-rekv, biobank-nr, pt-id */
      const char *dash = memchr (low, '-', l);
      if (dash)
        {
          const char *last = low + l;
          const char *seg = dash + 1;
          const char *p;
          while ((p = memchr (seg, '-', last - seg)) != NULL)
            seg = p + 1;
          {
            const Role *r = role_lookup (ctx->rules, seg, last - seg);
            if (r && (r->roles & R_ID_LABEL))
              label = TRUE;
          }
        }
    }
  if (!label)
    return i;
  if (tok_is (ctx, i, "case") || tok_is (ctx, i, "journal") || tok_is (ctx, i, "lab") ||
      tok_is (ctx, i, "run") || tok_is (ctx, i, "study") || tok_is (ctx, i, "project") ||
      tok_is (ctx, i, "no") || tok_is (ctx, i, "number") || tok_is (ctx, i, "reference") ||
      tok_is (ctx, i, "episode") || tok_is (ctx, i, "nummer") || tok_is (ctx, i, "specimen") ||
      tok_is (ctx, i, "record"))
    {
      /* weak labels: need a number sign or a code right after */
    }
  j = i + 1;
  for (guint k = 0; k < 4 && j < ctx->n && !AT_NL (j); k++)
    {
      if (punct_is (ctx, j, '.') || punct_is (ctx, j, ':') || punct_is (ctx, j, '#') ||
          tok_is (ctx, j, "nr") || tok_is (ctx, j, "no") || tok_is (ctx, j, "id") ||
          tok_is (ctx, j, "number") || tok_is (ctx, j, "nummer"))
        j++;
      else
        break;
    }
  if (j >= ctx->n || AT_NL (j) || !HAS (j, T_WORD))
    return i;
  /* "sag 2024-0212": the word is no part of the id */
  code = tok_is (ctx, i, "sag") ? j : i;
  /* "MDT 2023-4412": an upper-case prefix before the code */
  if (HAS (j, T_UPPER) && !HAS (j, T_DIGIT) && TLEN (j) <= 5 && HAS (j + 1, T_DIGIT) &&
      !AT_NL (j + 1))
    j++;
  /* "SC/23/0958": the prefix glued to the number by a slash */
  else if (HAS (j, T_UPPER) && !HAS (j, T_DIGIT) && TLEN (j) <= 5 && punct_is (ctx, j + 1, '/') &&
           glued (ctx, j) && glued (ctx, j + 1) && HAS (j + 2, T_DIGIT))
    j += 2;
  if (!HAS (j, T_DIGIT))
    return i;
  /* a CPR number is the cpr rule's ("cpr.nr. 25.09.47-1183", "CPR: 250947
   * 1183"); one with an impossible date is an id */
  if (((TLEN (j) == 11 && TSTR (j)[6] == '-') || (TLEN (j) == 10 && HAS (j, T_NUM))) &&
      valid_dm ((TSTR (j)[0] - '0') * 10 + (TSTR (j)[1] - '0'),
                (TSTR (j)[2] - '0') * 10 + (TSTR (j)[3] - '0')))
    return i;
  if (cpr_at (ctx, j))
    return i;
  {
    int digits = 0;
    for (gsize k = 0; k < TLEN (j); k++)
      if (g_ascii_isdigit (TSTR (j)[k]))
        digits++;
    /* "Blok: A3", "block B12": a tissue block is named by a letter and
     * a number */
    if (digits < 3 && !(digits >= 2 && HAS (j, T_ALPHA)) &&
        !((tok_ends_with (ctx, i, "blok") || tok_ends_with (ctx, i, "block")) && digits >= 1 &&
          HAS (j, T_UPPER) && HAS (j, T_ALPHA) && TLEN (j) <= 4 && g_ascii_isalpha (TSTR (j)[0])))
      return i;
    /* "MDT-nr 3" no; a year alone is not an id, nor a date */
    if (HAS (j, T_NUM) && TLEN (j) == 4 && is_year (tok_int (ctx, j)))
      return i;
    {
      int  v[4], w[4];
      char sep[4];
      int  n = split_numbers (TSTR (j), TLEN (j), v, w, sep, 4);
      if (n == 3 && sep[0] == sep[1] && sep[0] != '-' && valid_dm (v[0], v[1]))
        return i;
      /* "MDT 28/3" is the meeting's date */
      if (n == 2 && sep[0] == '/' && w[0] <= 2 && w[1] <= 2 && valid_dm (v[0], v[1]))
        return i;
    }
  }
  add (ctx, ctx->t[code].start, ctx->t[j].end, KASUS_CATEGORY_ID, KASUS_SEVERITY_HIGH, 66,
       "id.labelled", S ("[ID fjernet]", "[ID removed]"));
  return j + 1;
}

/* ------------------------------------------------------------------ */
/* Dates in words */

/* "2nd", "20th": an ordinal day of a month */
static gboolean
ordinal_day (const Ctx *ctx, guint i)
{
  const char *o;
  gsize       ol;
  int         v;

  if (i >= ctx->n)
    return FALSE;
  o = TLOW (i);
  ol = TLEN (i);
  if (!HAS (i, T_ALPHA) || ol < 3 || ol > 4 || !g_ascii_isdigit (o[0]) ||
      !g_ascii_isdigit (o[ol - 3]))
    return FALSE;
  if (memcmp (o + ol - 2, "st", 2) != 0 && memcmp (o + ol - 2, "nd", 2) != 0 &&
      memcmp (o + ol - 2, "rd", 2) != 0 && memcmp (o + ol - 2, "th", 2) != 0)
    return FALSE;
  v = atoi (o);
  return v >= 1 && v <= 31;
}

static guint
rule_month_word (Ctx *ctx, guint i)
{
  /* marts 2023, March 2021, March 12, 2021 (day-first forms are taken by
   * rule_number) */
  guint    e = i + 1;
  int      y = 0;
  gboolean day = FALSE, ambig_ok = FALSE;

  /* "14th March", "1st May 2021": an English ordinal day before the month */
  if (i >= 1 && HAS (i, T_CAP) && !HAS (i, T_NL) && TLEN (i - 1) >= 3 && TLEN (i - 1) <= 4 &&
      g_ascii_isdigit (TLOW (i - 1)[0]))
    {
      const char *o = TLOW (i - 1);
      gsize       ol = TLEN (i - 1);
      const char *suf = o + ol - 2;

      if ((ol == 3 || g_ascii_isdigit (o[1])) && g_ascii_isdigit (o[ol - 3]) &&
          (memcmp (suf, "st", 2) == 0 || memcmp (suf, "nd", 2) == 0 || memcmp (suf, "rd", 2) == 0 ||
           memcmp (suf, "th", 2) == 0) &&
          atoi (o) >= 1 && atoi (o) <= 31)
        {
          guint f = i;

          if (HAS (i + 1, T_NUM) && !HAS (i + 1, T_NL) && is_year (tok_int (ctx, i + 1)))
            y = tok_int (ctx, f = i + 1);
          add (ctx, ctx->t[i - 1].start, ctx->t[f].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_HIGH,
               68, "date.ordinal-month", year_suggestion (ctx, y));
          return f + 1;
        }
    }
  if (punct_is (ctx, e, '.') && glued (ctx, i))
    e++;
  if (((HAS (e, T_NUM) && tok_int (ctx, e) >= 1 && tok_int (ctx, e) <= 31 && TLEN (e) <= 2) ||
       ordinal_day (ctx, e)) &&
      !AT_NL (e) && !DA)
    {
      guint f = e + 1;
      if (punct_is (ctx, f, ','))
        f++;
      day = TRUE;
      /* "March 14", "Jan 15": a day makes even a month that is a word or
       * a name a date, unless a unit follows ("May 3 mg") */
      if (ROLE (i, R_MONTH_AMBIG) && HAS (i, T_CAP) && !ROLE (e + 1, R_TIME_UNIT) &&
          !ROLE2 (e + 1, R2_UNIT))
        ambig_ok = TRUE;
      if (HAS (f, T_NUM) && is_year (tok_int (ctx, f)))
        {
          y = tok_int (ctx, f);
          e = f;
        }
    }
  else if (HAS (e, T_NUM) && is_year (tok_int (ctx, e)) && !AT_NL (e))
    y = tok_int (ctx, e);
  else if (HAS (e, T_NUM) && TLEN (e) == 2 && e >= 1 && punct_is (ctx, e - 1, '\''))
    y = full_year (tok_int (ctx, e), 2);
  else if (is_apos (ctx, e) && HAS (e + 1, T_NUM) && TLEN (e + 1) == 2 && glued (ctx, e) &&
           !AT_NL (e))
    y = full_year (tok_int (ctx, ++e), 2);
  /* "april 23:", "juli 23," in a Danish timeline: a month and a two-digit
   * year (the day would come first, "23. april") */
  else if (DA && e == i + 1 && (TLEN (i) >= 4 || (TLEN (i) == 3 && !HAS (i, T_CAP | T_UPPER))) &&
           (!ROLE (i, R_MONTH_AMBIG) || !HAS (i, T_CAP)) && HAS (e, T_NUM) && TLEN (e) == 2 &&
           !AT_NL (e) &&
           (e + 1 >= ctx->n || AT_NL (e + 1) || punct_is (ctx, e + 1, ':') ||
            punct_is (ctx, e + 1, ',') || punct_is (ctx, e + 1, ')') || punct_is (ctx, e + 1, ';')))
    y = full_year (tok_int (ctx, e), 2);
  /* "februar sidste år", "february last year", "marts i år" */
  else if (i + 2 < ctx->n && !AT_NL (i + 1) &&
           (((tok_is (ctx, i + 1, "last") || tok_is (ctx, i + 1, "this") ||
              tok_is (ctx, i + 1, "next")) &&
             tok_is (ctx, i + 2, "year")) ||
            ((tok_is (ctx, i + 1, "sidste") || tok_is (ctx, i + 1, "næste") ||
              tok_is (ctx, i + 1, "sidst")) &&
             tok_is (ctx, i + 2, "år")) ||
            (tok_is (ctx, i + 1, "i") &&
             (tok_is (ctx, i + 2, "år") || tok_is (ctx, i + 2, "fjor")))) &&
           (!ROLE (i, R_MONTH_AMBIG) || !HAS (i, T_CAP)) && TLEN (i) >= 3)
    {
      add (ctx, ctx->t[i].start, ctx->t[i + 2].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month", year_suggestion (ctx, 0));
      return i + 3;
    }
  /* "sep. 21", "okt. 22": an abbreviated month, a dot, two digits */
  else if (DA && e == i + 2 && TLEN (i) <= 4 && HAS (e, T_NUM) && TLEN (e) == 2 && !AT_NL (e) &&
           (!punct_is (ctx, e + 1, '.') || e + 2 >= ctx->n || AT_NL (e + 2) ||
            (HAS (e + 2, T_CAP) && HAS (e + 2, T_ALPHA))))
    y = full_year (tok_int (ctx, e), 2);
  /* "WGS okt.:", "kontrol i nov.": a Danish month cut short with a dot
   * means only the month */
  else if (DA && e == i + 2 && TLEN (i) >= 3 && TLEN (i) <= 4 && !HAS (i, T_CAP | T_UPPER) &&
           !tok_is (ctx, i, "maj") && !tok_is (ctx, i, "mar") &&
           (e >= ctx->n || AT_NL (e) || punct_is (ctx, e, ':') || punct_is (ctx, e, ',') ||
            punct_is (ctx, e, ')') ||
            (i >= 1 && (ROLE (i - 1, R_YEAR_PREP) || ROLE (i - 1, R_SEASON)))))
    {
      add (ctx, ctx->t[i].start, ctx->t[i + 1].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month", year_suggestion (ctx, 0));
      return i + 2;
    }
  /* "ultimo marts", "medio december", "early May", "i starten af marts" */
  else if (i >= 1 && !AT_NL (i) &&
           (ROLE (i - 1, R_SEASON) ||
            ((tok_is (ctx, i - 1, "af") || tok_is (ctx, i - 1, "of")) && ROLE (i - 2, R_SEASON))) &&
           !ROLE (i - 1, R_HOLIDAY) && (DA || HAS (i, T_CAP)))
    {
      gsize st = ctx->t[ROLE (i - 1, R_SEASON) ? i - 1 : i - 2].start;

      add (ctx, st, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68, "date.month",
           year_suggestion (ctx, 0));
      return i + 1;
    }
  /* Danish: "i april", "fra februar", "til marts" — a full month name
   * after a preposition; "maj", "august" only in lower case */
  else if (DA && i >= 1 && TLEN (i) >= 4 && !(ctx->t[i].flags & T_SENT) &&
           (!ROLE (i, R_MONTH_AMBIG) || !HAS (i, T_CAP)) && !HAS (i, T_UPPER) &&
           (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "til") ||
            tok_is (ctx, i - 1, "siden") || tok_is (ctx, i - 1, "inden") ||
            tok_is (ctx, i - 1, "indtil") || tok_is (ctx, i - 1, "efter") ||
            tok_is (ctx, i - 1, "før") || tok_is (ctx, i - 1, "omkring")))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month", year_suggestion (ctx, 0));
      return i + 1;
    }
  /* "maj": three letters, lower case, after "i" */
  else if (DA && i >= 1 && tok_is (ctx, i, "maj") && !HAS (i, T_CAP) &&
           (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "til") ||
            tok_is (ctx, i - 1, "siden") || tok_is (ctx, i - 1, "inden")))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month", year_suggestion (ctx, 0));
      return i + 1;
    }
  /* English: "in March", "since November" after a preposition; lower case
   * in dictations ("in may" only after "in", "since", "until") */
  else if (!DA && i >= 1 && !HAS (i, T_UPPER) &&
           (TLEN (i) >= 4 ||
            (tok_is (ctx, i, "may") && (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "since") ||
                                        tok_is (ctx, i - 1, "until")))) &&
           !(ctx->t[i].flags & T_SENT) &&
           (tok_is (ctx, i - 1, "in") || tok_is (ctx, i - 1, "since") ||
            tok_is (ctx, i - 1, "from") || tok_is (ctx, i - 1, "until") ||
            tok_is (ctx, i - 1, "during") || tok_is (ctx, i - 1, "before") ||
            tok_is (ctx, i - 1, "after") || tok_is (ctx, i - 1, "by")))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
           "date.month", year_suggestion (ctx, 0));
      return i + 1;
    }
  else
    return i;
  if (ROLE (i, R_MONTH_AMBIG) && !y && !ambig_ok)
    return i;
  {
    gsize st = ctx->t[i].start;
    /* medio marts 2023, early March 2021 */
    if (i >= 1 && ROLE (i - 1, R_SEASON) && !HAS (i - 1, T_NL))
      st = ctx->t[i - 1].start;
    add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_DATE,
         day ? KASUS_SEVERITY_HIGH : KASUS_SEVERITY_MEDIUM, 68, "date.month-year",
         year_suggestion (ctx, y));
  }
  return e + 1;
}

static guint
rule_holiday (Ctx *ctx, guint i)
{
  guint e = i;
  int   y = 0;
  gsize st = ctx->t[i].start;

  /* "Boxing Day 2023", "over Boxing Day" */
  if (tok_is (ctx, i, "boxing"))
    {
      if (!tok_is (ctx, i + 1, "day") || !same_line (ctx, i))
        return i;
      e = i + 1;
      if (same_line (ctx, e) && HAS (e + 1, T_NUM) && is_year (tok_int (ctx, e + 1)))
        y = tok_int (ctx, ++e);
      add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_DATE,
           y ? KASUS_SEVERITY_HIGH : KASUS_SEVERITY_MEDIUM, 68, "date.holiday",
           year_suggestion (ctx, y));
      return e + 1;
    }
  /* "jul"/"påske" alone is too vague; the eve or a year pins a date */
  if (ROLE2 (i + 1, R2_HOLIDAY_TAIL) && HAS (i + 2, T_NUM) && is_year (tok_int (ctx, i + 2)))
    {
      /* "Easter holidays 2023", "jul ferien 2021" */
      e = i + 2;
      y = tok_int (ctx, e);
    }
  else if (HAS (i + 1, T_NUM) && is_year (tok_int (ctx, i + 1)))
    {
      e = i + 1;
      y = tok_int (ctx, e);
    }
  else if (tok_is (ctx, i, "jul") || tok_is (ctx, i, "julen") || tok_is (ctx, i, "påske") ||
           tok_is (ctx, i, "påsken") || tok_is (ctx, i, "pinse") || tok_is (ctx, i, "pinsen") ||
           tok_is (ctx, i, "easter") || tok_is (ctx, i, "christmas") || tok_is (ctx, i, "nytår") ||
           tok_is (ctx, i, "fødselsdag") || tok_is (ctx, i, "fødselsdagen") ||
           tok_is (ctx, i, "birthday") || tok_ends_with (ctx, i, "ferie") ||
           tok_ends_with (ctx, i, "ferien") || tok_is (ctx, i, "eid") ||
           tok_is (ctx, i, "ramadan") || tok_is (ctx, i, "ramadanen") ||
           tok_is (ctx, i, "bayram") || tok_is (ctx, i, "diwali") || tok_is (ctx, i, "hanukkah") ||
           tok_is (ctx, i, "thanksgiving"))
    {
      gboolean ferie = tok_ends_with (ctx, i, "ferie") || tok_ends_with (ctx, i, "ferien");

      if (tok_is (ctx, i, "christmas") &&
          (tok_is (ctx, i + 1, "eve") || tok_is (ctx, i + 1, "day")))
        e = i + 1;
      /* "inden jul", "siden påske", "i påskeferien", "before Easter" */
      else if (i >= 1 && !tok_is (ctx, i, "fødselsdag") && !tok_is (ctx, i, "fødselsdagen") &&
               !tok_is (ctx, i, "birthday") &&
               (tok_is (ctx, i - 1, "inden") || tok_is (ctx, i - 1, "siden") ||
                tok_is (ctx, i - 1, "før") || tok_is (ctx, i - 1, "efter") ||
                tok_is (ctx, i - 1, "omkring") || tok_is (ctx, i - 1, "until") ||
                tok_is (ctx, i - 1, "since") || tok_is (ctx, i - 1, "before") ||
                tok_is (ctx, i - 1, "after") || tok_is (ctx, i - 1, "around") ||
                (ferie && (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "in") ||
                           tok_is (ctx, i - 1, "under") || tok_is (ctx, i - 1, "during"))) ||
                /* "i julen", "til påske", "over pinsen": a holiday of this year */
                ((tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "til") ||
                  tok_is (ctx, i - 1, "over") || tok_is (ctx, i - 1, "hen")) &&
                 (tok_is (ctx, i, "julen") || tok_is (ctx, i, "påsken") ||
                  tok_is (ctx, i, "pinsen") || tok_is (ctx, i, "jul") || tok_is (ctx, i, "påske") ||
                  tok_is (ctx, i, "pinse") || tok_is (ctx, i, "nytår")))))
        e = i;
      else
        return i;
    }
  add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_DATE, y ? KASUS_SEVERITY_HIGH : KASUS_SEVERITY_MEDIUM,
       68, "date.holiday", year_suggestion (ctx, y));
  return e + 1;
}

/* ------------------------------------------------------------------ */
/* Family, occupation */

static guint
family_left (Ctx *ctx, guint i, gboolean *has_ctx)
{
  guint s = i;

  *has_ctx = FALSE;
  for (guint k = 0; k < 3 && s >= 1; k++)
    {
      guint p = s - 1;
      if (AT_NL (s))
        break;
      if (ROLE (p, R_FAM_ADJ) && !ROLE (p, R_POSS))
        s = p;
      else if (ROLE (p, R_COUNT) ||
               (HAS (p, T_NUM) && tok_int (ctx, p) >= 1 && tok_int (ctx, p) <= 12))
        {
          if (!(ROLE (p, R_COUNT) && ctx->t[p].role->num == 1 && !ROLE (p, R_POSS)))
            *has_ctx = TRUE;
          s = p;
        }
      else if (ROLE (p, R_POSS))
        {
          *has_ctx = TRUE;
          s = p;
          break;
        }
      else
        break;
    }
  if (!*has_ctx)
    {
      /* "har børn", "has children" */
      if (s >= 1 &&
          (tok_is (ctx, s - 1, "har") || tok_is (ctx, s - 1, "has") ||
           tok_is (ctx, s - 1, "have") || tok_is (ctx, s - 1, "fik") || tok_is (ctx, s - 1, "med")))
        *has_ctx = TRUE;
    }
  return s;
}

typedef enum
{
  NM_NONE,
  NM_FIRST,
  NM_FIRST_AMBIG,
  NM_LAST,
  NM_LAST_AMBIG,
  NM_UNKNOWN
} NameKind;

static NameKind name_kind (const Ctx *ctx, guint i);
static guint    name_extend (Ctx *ctx, guint i, gboolean allow_unknown);
static int
lex_match_span (const Ctx *ctx, const KasusLexicon *lex, guint i, guint max_tokens, char **value);
static char    *name_suggestion (const Ctx *ctx);
static gboolean eponym_use (const Ctx *ctx, guint e);
static int      match_institution (Ctx *ctx, guint i, char **kind);
static gboolean person_verb (const Ctx *ctx, guint k);
static gboolean lang_word (const Ctx *ctx, guint i);

/* The name of a relative right after the relation word at e: "datteren
 * (Tina)", "his wife Anna", "sønnen Emre ønsker", "konen, Sólrun.",
 * "manden ole", "her partner June". *first is set to the name's first
 * token; returns its last token, or 0. */
static guint
relative_name (Ctx *ctx, guint e, guint *first)
{
  guint    k = e + 1;
  gboolean paren = punct_is (ctx, k, '(');
  NameKind nk;
  gboolean comma;

  if (paren || punct_is (ctx, k, ','))
    k++;
  *first = k;
  /* "(" marks a sentence start for the tokenizer */
  if (k >= ctx->n || AT_NL (k) || (!paren && (ctx->t[k].flags & T_SENT)))
    return 0;
  nk = name_kind (ctx, k);
  comma = !paren && k > e + 1;

  /* "her partner June", "sin datter Maj": a month as a name */
  if (ROLE (k, R_MONTH) && name_shaped (ctx, k) && !comma && !HAS (k + 1, T_DIGIT) &&
      !(ROLE (k, R_MONTH_AMBIG) && !HAS (k, T_CAP)))
    return k;

  /* "konen, Sólrun.", "her son Maksym, 17": a name no list has,
   * closed by punctuation or "og"/"and" */
  if (nk == NM_UNKNOWN && !paren && TLEN (k) >= 3 &&
      (punct_is (ctx, k + 1, ',') || punct_is (ctx, k + 1, '.') || punct_is (ctx, k + 1, ')') ||
       k + 1 >= ctx->n || AT_NL (k + 1) || tok_is (ctx, k + 1, "og") ||
       tok_is (ctx, k + 1, "and") || (comma && HAS (k + 1, T_ALPHA) && !HAS (k + 1, T_CAP))))
    return k;
  /* "her sister dorthe had …", "(sara)": a lower-case first name no
   * word list has */
  if (nk == NM_NONE && HAS (k, T_ALPHA) && !HAS (k, T_CAP | T_DIGIT) && TLEN (k) >= 3 &&
      !ctx->t[k].role)
    {
      gsize vlen = 1;

      if (kasus_lexicon_peek (ctx->rules->first_names, TLOW (k), TLEN (k), &vlen) &&
          (vlen == 0 || !lang_word (ctx, k)) && (vlen == 0 || !comma) && !is_common_word (ctx, k))
        return (!paren || punct_is (ctx, k + 1, ')')) ? k : 0;
      /* "manden ole", "partner sam": a name that is a word only of the
       * other language, right after the relation */
      if (kasus_lexicon_peek (ctx->rules->first_names, TLOW (k), TLEN (k), &vlen) && !comma &&
          !lang_word (ctx, k) &&
          (paren
             ? punct_is (ctx, k + 1, ')')
             : (k + 1 >= ctx->n || !HAS (k + 1, T_ALPHA) || ROLE (k + 1, R_DA_FUNC | R_EN_FUNC))))
        return k;
    }
  /* "sønnen Cem": a first name that is also an abbreviation */
  if (nk == NM_NONE && name_shaped (ctx, k) && !ROLE (k, R_MONTH | R_WEEKDAY | R_TITLE) &&
      kasus_lexicon_contains (ctx->rules->first_names, TLOW (k), TLEN (k)))
    nk = NM_FIRST_AMBIG;
  if (nk == NM_FIRST || nk == NM_FIRST_AMBIG ||
      (paren && (nk == NM_LAST || nk == NM_UNKNOWN || nk == NM_LAST_AMBIG)))
    {
      guint ne = name_extend (ctx, k, FALSE);

      if (!paren || punct_is (ctx, ne + 1, ')') || punct_is (ctx, ne + 1, ','))
        return ne;
    }
  /* "sønnen Emre ønsker", "Daughter Malin (+46 …)", "manden Lê Văn Tùng":
   * a capitalised word mid-sentence that is no place, job or title */
  if (!paren && !comma && (nk == NM_LAST || nk == NM_LAST_AMBIG || nk == NM_UNKNOWN) &&
      !ROLE (k, R_MONTH | R_WEEKDAY | R_TITLE | R_INST_HEAD | R_DEPT_HEAD | R_MEDICAL | R_OCC |
                  R_FAMILY_DA | R_FAMILY_EN | R_PERSON) &&
      lex_match_span (ctx, ctx->rules->places, k, 4, NULL) < 0)
    {
      guint ne = name_extend (ctx, k, TRUE);
      int   inst = -1;

      if (!ROLE (ne + 1, R_INST_HEAD | R_DEPT_HEAD) && !eponym_use (ctx, ne))
        {
          g_autofree char *kind = NULL;

          inst = match_institution (ctx, k, &kind);
          if (inst < 0)
            return ne;
        }
    }
  return 0;
}

/* r is the role of token i, or of its stem ("brother's"). */
static guint
rule_family (Ctx *ctx, guint i, const Role *r)
{
  char     kind = DA ? r->fam_da : r->fam_en;
  gboolean has_ctx;
  guint    s, e = i;

  if (!kind)
    kind = DA ? r->fam_en : r->fam_da;
  if (!kind)
    return i;
  /* English family words in a Danish paragraph only when unambiguous */
  if (DA && !r->fam_da && (tok_is (ctx, i, "far") == FALSE) && TLEN (i) < 5)
    return i;
  if (!DA && !r->fam_en &&
      (tok_is (ctx, i, "gift") || tok_is (ctx, i, "far") || tok_is (ctx, i, "mor") ||
       tok_is (ctx, i, "enke") || TLEN (i) < 4))
    return i;
  if (ROLE (i + 1, R_FAM_NEG_NEXT))
    return i;
  /* "far til to sønner": the relation is the children; "(samme far)",
   * "different father" only tell half-siblings apart; "på mødrene side"
   * is the maternal side, said of the relative named next to it */
  if ((tok_is (ctx, i, "far") || tok_is (ctx, i, "mor")) && tok_is (ctx, i + 1, "til"))
    {
      /* "mor til fem", "far til tre børn": how many children */
      if ((ROLE (i + 2, R_COUNT) || (HAS (i + 2, T_NUM) && tok_int (ctx, i + 2) <= 20)) &&
          !AT_NL (i + 2))
        {
          guint e2 = i + 2;

          if (ROLE (e2 + 1, R_FAMILY_DA) && !AT_NL (e2 + 1))
            e2++;
          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_FAMILY, KASUS_SEVERITY_MEDIUM,
               40, "family.relation", S ("et nært familiemedlem", "a close relative"));
          return e2 + 1;
        }
      return i;
    }
  if (i >= 1 &&
      (tok_is (ctx, i - 1, "samme") || tok_is (ctx, i - 1, "same") ||
       tok_is (ctx, i - 1, "different") || tok_is (ctx, i - 1, "forskellig")) &&
      TLEN (i) <= 7)
    return i;
  if ((tok_is (ctx, i, "mødrene") || tok_is (ctx, i, "fædrene")) && tok_is (ctx, i + 1, "side"))
    return i;
  /* "nykøbing mors": the island's town written small */
  if (tok_is (ctx, i, "mors") && i >= 1 && tok_is (ctx, i - 1, "nykøbing"))
    return i;
  /* "Fætter på mors side": the side belongs to the relative named before
   * it, one finding */
  if (i >= 2 && tok_is (ctx, i - 1, "på") && tok_is (ctx, i + 1, "side") &&
      last_found (ctx, i - 2, KASUS_CATEGORY_FAMILY) &&
      (tok_is (ctx, i, "mors") || tok_is (ctx, i, "fars") || tok_is (ctx, i, "morens") ||
       tok_is (ctx, i, "farens") || tok_is (ctx, i, "moderens") || tok_is (ctx, i, "faderens")))
    {
      g_array_index (ctx->out, KasusCandidate, ctx->out->len - 1).end =
        ctx->base + ctx->t[i + 1].end;
      return i + 2;
    }
  /* "Lindqvist & Søn": a firm */
  if (i >= 1 && punct_is (ctx, i - 1, '&'))
    return i;
  /* "brother" in "BRCA-brother"? no; "mors side" is family; capitalised
   * "Mors" after a place word is the island */
  s = family_left (ctx, i, &has_ctx);
  /* "lives with partner sam" */
  if (!has_ctx && s >= 1 && tok_is (ctx, s - 1, "with"))
    has_ctx = TRUE;
  /* "de voksne børn ønsker test", "the grown-up children": an article and
   * an adjective single out someone's children */
  if (!has_ctx && s >= 1 && s < i && ROLE (s, R_FAM_ADJ) &&
      /* "de små børn" is children in general */
      (tok_is (ctx, s, "voksne") || tok_is (ctx, s, "adult") || tok_is (ctx, s, "grown-up") ||
       tok_is (ctx, s, "ældste") || tok_is (ctx, s, "yngste") || tok_is (ctx, s, "eldest") ||
       tok_is (ctx, s, "youngest") || tok_is (ctx, s, "hjemmeboende") ||
       tok_is (ctx, s, "udeboende")) &&
      (tok_is (ctx, s - 1, "de") || tok_is (ctx, s - 1, "the")) && !AT_NL (s))
    {
      has_ctx = TRUE;
      s--;
    }
  /* "Søskende og børn er tilbudt rådgivning", "søster og halvbror; børn"
   * (but "forældrene og barnet" is the patient) */
  if (!has_ctx && s >= 2 && !tok_is (ctx, i, "barnet") && !tok_is (ctx, i, "barn") &&
      !tok_is (ctx, i, "child") && !tok_is (ctx, i, "baby") &&
      (tok_is (ctx, s - 1, "og") || tok_is (ctx, s - 1, "and") || punct_is (ctx, s - 1, ';') ||
       punct_is (ctx, s - 1, ',')) &&
      (ROLE (s - 2, R_FAMILY_DA | R_FAMILY_EN) || last_found (ctx, s - 2, KASUS_CATEGORY_FAMILY)))
    has_ctx = TRUE;
  /* "manden ole", "partneren Jonas": the relative's name says it */
  if (kind == 'c' && !has_ctx)
    {
      guint k;

      /* not "Manden Per Olsen, 70 år": opening a sentence it is the patient */
      if (!(TLEN (i) >= 4 && !(ctx->t[i].flags & T_SENT) && relative_name (ctx, i, &k) > 0))
        return i;
    }
  if (kind == 'm')
    {
      /* "skilt" is also a sign; "single" a single dose */
      if ((tok_is (ctx, i, "skilt") || tok_is (ctx, i, "single") || tok_is (ctx, i, "separated") ||
           tok_is (ctx, i, "separeret")) &&
          !(i >= 1 && (tok_is (ctx, i - 1, "er") || tok_is (ctx, i - 1, "is") ||
                       tok_is (ctx, i - 1, "blev") || tok_is (ctx, i - 1, "var") ||
                       tok_is (ctx, i - 1, "was"))) &&
          /* "Separated; one daughter", "Skilt, to børn" in a social history */
          !(HAS (i, T_SENT) && HAS (i, T_CAP) && TLEN (i) > 6 &&
            (punct_is (ctx, i + 1, ';') || punct_is (ctx, i + 1, ','))))
        return i;
    }
  /* "his partner", "her husband": the possessive is part of it */
  if (kind == 'm')
    add (ctx, ctx->t[s].start, ctx->t[e].end, KASUS_CATEGORY_FAMILY, KASUS_SEVERITY_MEDIUM, 40,
         "family.marital", S ("[civilstand udeladt]", "[marital status omitted]"));
  else
    add (ctx, ctx->t[s].start, ctx->t[e].end, KASUS_CATEGORY_FAMILY, KASUS_SEVERITY_MEDIUM, 40,
         "family.relation", S ("et nært familiemedlem", "a close relative"));
  /* the relative's name right after: "datteren (Tina)", "his wife Anna",
   * "her partner June" */
  if (kind == 'r' || kind == 'c' || (kind == 'm' && e > s))
    {
      guint k = e + 1, ne;

      /* "manden Lê Văn Tùng", "sin hustru inge" */
      if ((ne = relative_name (ctx, e, &k)) > 0)
        {
          add (ctx, ctx->t[k].start, ctx->t[ne].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name.relative", name_suggestion (ctx));
          return ne + 1;
        }
    }
  /* "gift med Kajan", "samlevende med Bo", "married to Hope" */
  if (kind == 'm' &&
      (tok_is (ctx, e + 1, "med") || tok_is (ctx, e + 1, "with") || tok_is (ctx, e + 1, "to")))
    {
      guint k = e + 2, ne;

      if (!HAS (k, T_NL) && (ne = relative_name (ctx, e + 1, &k)) > 0)
        {
          add (ctx, ctx->t[k].start, ctx->t[ne].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name.relative", name_suggestion (ctx));
          return ne + 1;
        }
    }
  return e + 1;
}

/* A child named by an adjective alone: "den ældste er bærer", "de to
 * ældste", "Den nyfødte og sønnen testes", "the elder studies nursing" —
 * only where a relative was named shortly before, and no noun follows. */
static guint
rule_family_adj (Ctx *ctx, guint i)
{
  guint    s, nx = i + 1;
  gboolean fam = FALSE;

  if (!(tok_is (ctx, i, "ældste") || tok_is (ctx, i, "yngste") || tok_is (ctx, i, "nyfødte") ||
        tok_is (ctx, i, "eldest") || tok_is (ctx, i, "elder") || tok_is (ctx, i, "youngest")) ||
      i < 1)
    return i;
  s = i - 1;
  /* "de to ældste", "the two eldest" */
  if (ROLE (s, R_COUNT) && ctx->t[s].role->num >= 2 && ctx->t[s].role->num <= 10 && s >= 1)
    s--;
  if (!(tok_is (ctx, s, "den") || tok_is (ctx, s, "de") || tok_is (ctx, s, "the")) || (AT_NL (i)) ||
      AT_NL (s + 1))
    return i;
  /* no noun after it: an end, a function word or a verb */
  if (nx < ctx->n && !AT_NL (nx))
    {
      if (HAS (nx, T_WORD) &&
          !(ROLE (nx, R_DA_FUNC | R_EN_FUNC) ||
            (!DA && HAS (nx, T_ALPHA) && !HAS (nx, T_CAP) && tok_ends_with (ctx, nx, "s") &&
             !ROLE (nx, R_FAMILY_DA | R_FAMILY_EN | R_PERSON | R_FAM_NEG_NEXT))))
        return i;
      if (!HAS (nx, T_WORD) &&
          !(punct_is (ctx, nx, ',') || punct_is (ctx, nx, '.') || punct_is (ctx, nx, ';') ||
            punct_is (ctx, nx, ')') || punct_is (ctx, nx, '(') || punct_is (ctx, nx, ':')))
        return i;
    }
  /* a relative named in the last sentences, or next: "Den nyfødte og sønnen" */
  fam =
    (tok_is (ctx, nx, "og") || tok_is (ctx, nx, "and")) && ROLE (nx + 1, R_FAMILY_DA | R_FAMILY_EN);
  for (guint k = s; k > 0 && k + 60 > s && !fam; k--)
    fam = ROLE (k - 1, R_FAMILY_DA | R_FAMILY_EN) || tok_ends_with (ctx, k - 1, "børn") ||
          tok_ends_with (ctx, k - 1, "døtre") || tok_ends_with (ctx, k - 1, "sønner");
  if (!fam)
    return i;
  add (ctx, ctx->t[s].start, ctx->t[i].end, KASUS_CATEGORY_FAMILY, KASUS_SEVERITY_MEDIUM, 40,
       "family.relation", S ("et nært familiemedlem", "a close relative"));
  return i + 1;
}

/* A suggestion chosen by the class a lexicon gives a word ("uni…",
 * "country", "craft"): the first entry whose prefix starts kind. */
typedef struct
{
  const char *prefix, *da, *en;
} KindText;

static const char *
kind_text (const Ctx      *ctx,
           const char     *kind,
           const KindText *table,
           guint           n_entries,
           const char     *fallback_da,
           const char     *fallback_en)
{
  for (guint k = 0; kind != NULL && k < n_entries; k++)
    if (g_str_has_prefix (kind, table[k].prefix))
      return DA ? table[k].da : table[k].en;
  return DA ? fallback_da : fallback_en;
}

static const char *
occupation_suggestion (const Ctx *ctx, const char *cls)
{
  static const KindText table[] = {
    { "craft", "håndværker", "a skilled manual worker" },
    { "service", "ansat i servicefag", "a service worker" },
    { "teaching", "ansat i undervisningssektoren", "a teacher" },
    { "health", "ansat i sundhedsvæsenet", "a healthcare worker" },
    { "farming", "beskæftiget i primærerhverv", "working in agriculture or fishing" },
    { "transport", "ansat i transportsektoren", "working in transport" },
    { "public", "offentligt ansat", "a public employee" },
    { "office", "funktionær", "an office worker" },
    { "arts", "kunstnerisk beskæftiget", "working in the arts" },
    { "sports", "idrætsudøver", "an athlete" },
    { "student", "under uddannelse", "a student" },
  };
  return kind_text (ctx, cls, table, G_N_ELEMENTS (table), "erhvervsaktiv", "in work");
}

/* Whether the words before a job that is also a clinician's role say it
 * is someone's job: "som læge", "Hans far er læge", "who is a physician",
 * "in a young nurse", "K, 44, sygeplejerske". */
static gboolean
occupation_context (const Ctx *ctx, guint i)
{
  guint p = i;

  /* "a 62-year-old consultant anaesthetist", "en 50-årig sygeplejerske":
   * a job right after an age is the person's */
  if (i >= 1 && !AT_NL (i) &&
      (last_found (ctx, i - 1, KASUS_CATEGORY_AGE) ||
       (i >= 2 && HAS (i - 1, T_ALPHA) && !HAS (i - 1, T_CAP | T_DIGIT) && TLEN (i - 1) >= 5 &&
        !ROLE (i - 1, R_DA_FUNC | R_EN_FUNC) && last_found (ctx, i - 2, KASUS_CATEGORY_AGE))))
    return TRUE;
  /* "the island's only doctor", "byens eneste læge" */
  if (i >= 2 && (tok_is (ctx, i - 1, "only") || tok_is (ctx, i - 1, "eneste")) && !AT_NL (i) &&
      !AT_NL (i - 1) &&
      (tok_ends_with (ctx, i - 2, "'s") || tok_ends_with (ctx, i - 2, "ens") ||
       tok_ends_with (ctx, i - 2, "ets") || ROLE (i - 2, R_POSS)))
    return TRUE;
  /* "her son (a nurse in Aalborg)": a relative's job in brackets */
  if (i >= 3 &&
      (tok_is (ctx, i - 1, "a") || tok_is (ctx, i - 1, "an") || tok_is (ctx, i - 1, "en")) &&
      punct_is (ctx, i - 2, '(') &&
      (ROLE (i - 3, R_FAMILY_DA | R_FAMILY_EN | R_PERSON) ||
       last_found (ctx, i - 3, KASUS_CATEGORY_FAMILY)))
    return TRUE;
  /* "a nurse by profession", "læge af profession", "smed af fag" */
  if (same_line (ctx, i) && (tok_is (ctx, i + 1, "by") || tok_is (ctx, i + 1, "af")) &&
      (tok_is (ctx, i + 2, "profession") || tok_is (ctx, i + 2, "trade") ||
       tok_is (ctx, i + 2, "fag")))
    return TRUE;

  /* over an article and an adjective: "a young", "en tidligere" */
  for (guint k = 0; k < 2 && p >= 1 && !AT_NL (p); k++)
    {
      guint q = p - 1;

      if (tok_is (ctx, q, "a") || tok_is (ctx, q, "an") || tok_is (ctx, q, "en") ||
          tok_is (ctx, q, "et") ||
          (HAS (q, T_ALPHA) && !HAS (q, T_CAP | T_DIGIT) && !ROLE (q, R_DA_FUNC | R_EN_FUNC) &&
           !ROLE (q, R_OCC_TRIGGER) && !ROLE2 (q, R2_AGE_VERB) && TLEN (q) >= 3 && k == 0 &&
           p == i))
        p = q;
      else
        break;
    }
  for (guint k = 1; k <= 3 && k <= p; k++)
    {
      guint q = p - k;
      if (ROLE (q, R_OCC_TRIGGER))
        return TRUE;
      if (k == 1 && ROLE2 (q, R2_AGE_VERB) && q >= 1 &&
          (person_word (ctx, q - 1) || ctx->t[q - 1].end == ctx->name_end))
        return TRUE;
      /* "lung cancer in a young nurse", "hos en sygeplejerske" */
      if (k == 1 && p < i && (tok_is (ctx, q, "in") || tok_is (ctx, q, "hos")))
        return TRUE;
      /* "K, 44, sygeplejerske", "M, 52, bus driver" */
      if (k == 1 && punct_is (ctx, q, ',') && q >= 1 &&
          (HAS (q - 1, T_NUM) || tok_is (ctx, q - 1, "år") || tok_is (ctx, q - 1, "years")))
        return TRUE;
      if (AT_NL (q))
        break;
    }
  return FALSE;
}

static guint
rule_occupation (Ctx *ctx, guint i, const char *cls, guint e)
{
  gsize    st = ctx->t[i].start;
  gboolean staff = cls[strlen (cls) - 1] == '*';
  guint    s = i;

  if (staff && !occupation_context (ctx, i))
    return i;
  /* "Author:", "Forfatter:" label a signature ("… in a fisherman: WGS"
   * after an article is no label); "driver" is a Danish verb */
  if ((punct_is (ctx, e + 1, ':') &&
       !(i >= 1 && (tok_is (ctx, i - 1, "a") || tok_is (ctx, i - 1, "an") ||
                    tok_is (ctx, i - 1, "en") || tok_is (ctx, i - 1, "et")))) ||
      (DA && tok_is (ctx, i, "driver")))
    return i;
  /* tidligere skolelærer, retired ferry captain, former professional
   * footballer: take the modifiers along */
  while (s >= 1 && !AT_NL (s) && s + 3 > i)
    {
      guint p = s - 1;
      if (tok_is (ctx, p, "tidligere") || tok_is (ctx, p, "former") || tok_is (ctx, p, "retired") ||
          tok_is (ctx, p, "pensioneret") || tok_is (ctx, p, "fhv") ||
          tok_is (ctx, p, "professional") || tok_is (ctx, p, "selvstændig") ||
          tok_is (ctx, p, "uddannet"))
        s = p;
      else if (punct_is (ctx, p, '.') && p >= 1 && tok_is (ctx, p - 1, "tidl"))
        s = p - 1;
      else if (!DA && HAS (p, T_ALPHA) && !HAS (p, T_CAP | T_DIGIT) &&
               !ROLE (p, R_EN_FUNC | R_DA_FUNC | R_POSS | R_COUNT) && p + 1 == i && TLEN (p) >= 3 &&
               !tok_is (ctx, p, "old") && !tok_is (ctx, p, "young") &&
               !tok_ends_with (ctx, p, "year-old") &&
               !ROLE (p, R_TIME_UNIT | R_FAM_ADJ | R_OCC_TRIGGER))
        s = p; /* ferry captain, law student */
      else
        break;
    }
  st = ctx->t[s].start;
  add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM, 35, "occupation",
       g_strdup (occupation_suggestion (ctx, cls)));
  return e + 1;
}

/* A compound led by an acronym: "VVS-montør", "IT-konsulent". */
static gboolean
acronym_compound (const Ctx *ctx, guint i)
{
  const char *str = TSTR (i);
  gsize       l = TLEN (i);
  gsize       h;

  if (l < 6 || !g_ascii_isupper (str[0]) || !g_ascii_isupper (str[1]))
    return FALSE;
  for (h = 2; h < 5 && h < l && g_ascii_isupper (str[h]); h++)
    ;
  return h + 1 < l && str[h] == '-' && g_ascii_islower (str[h + 1]);
}

/* A job named by its construction, whatever the word: "arbejder som
 * stilladsmontør", "ansat som vikar", "worked as a warehouse operative",
 * "employed as an HGV driver". Adds a finding and consumes nothing. */
static void
rule_occupation_as (Ctx *ctx, guint i)
{
  static const char *const not_jobs[] = {
    /* "arbejder som normalt", "works as expected", "ansat som en del af" */
    "normalt",   "sædvanligt", "vanligt",   "før",         "tidligere", "altid",  "hidtil",
    "forventet", "planlagt",   "beskrevet", "del",         "led",       "følge",  "resultat",
    "sådan",     "nævnt",      "result",    "consequence", "part",      "whole",  "team",
    "expected",  "intended",   "planned",   "usual",       "normal",    "before", "previously",
    "described", "follows",    "such",      "though",      "well",      "long",   "much",
    "many",      "soon",       "far",       "usually",     "mentioned",
  };
  guint j = i + 1, k;

  if (!(tok_is (ctx, i, "arbejder") || tok_is (ctx, i, "arbejdede") ||
        tok_is (ctx, i, "arbejdet") || tok_is (ctx, i, "ansat") || tok_is (ctx, i, "works") ||
        tok_is (ctx, i, "worked") || tok_is (ctx, i, "working") || tok_is (ctx, i, "employed") ||
        tok_is (ctx, i, "career") || tok_is (ctx, i, "karriere")))
    return;
  /* "WGS was employed as a first test": a person must be employed */
  if (tok_is (ctx, i, "employed") && !ROLE (i - 1, R_PRONOUN) &&
      !(i >= 2 && ROLE (i - 2, R_PRONOUN)))
    return;
  /* "arbejder nu som frivillig", "works part-time as a guide" */
  if ((tok_is (ctx, j, "nu") || tok_is (ctx, j, "stadig") || tok_is (ctx, j, "fortsat") ||
       tok_is (ctx, j, "også") || tok_is (ctx, j, "deltid") || tok_is (ctx, j, "now") ||
       tok_is (ctx, j, "still") || tok_is (ctx, j, "also") || tok_is (ctx, j, "part-time")) &&
      !HAS (j, T_NL))
    j++;
  if (!(tok_is (ctx, j, "som") || tok_is (ctx, j, "as")) || HAS (j, T_NL))
    return;
  j++;
  if (tok_is (ctx, j, "a") || tok_is (ctx, j, "an") || tok_is (ctx, j, "en") ||
      tok_is (ctx, j, "et"))
    j++;
  /* an acronym may lead an English job: "an HGV driver" */
  k = j;
  if (!DA && HAS (k, T_UPPER) && !HAS (k, T_DIGIT | T_NL) && TLEN (k) <= 4 &&
      HAS (k + 1, T_ALPHA) && !HAS (k + 1, T_CAP | T_DIGIT | T_NL))
    k++;
  if (!HAS (k, T_ALPHA) || HAS (k, T_CAP | T_DIGIT | T_NL) || TLEN (k) < 3 ||
      ROLE (k, R_DA_FUNC | R_EN_FUNC))
    return;
  if (TOK_IN (k, not_jobs))
    return;
  /* English jobs run to three words: "part-time warehouse operative" */
  if (!DA)
    while (k + 1 < ctx->n && k < j + 2 && HAS (k + 1, T_ALPHA) &&
           !HAS (k + 1, T_CAP | T_DIGIT | T_NL) && !ROLE (k + 1, R_DA_FUNC | R_EN_FUNC) &&
           ctx->t[k + 1].start == ctx->t[k].end + 1 && !tok_is (ctx, k + 1, "until") &&
           !tok_is (ctx, k + 1, "since") && !tok_is (ctx, k + 1, "during") &&
           !tok_is (ctx, k + 1, "while") && !tok_is (ctx, k + 1, "when") &&
           !tok_is (ctx, k + 1, "where") && !tok_is (ctx, k + 1, "before") &&
           !tok_is (ctx, k + 1, "because") && !tok_is (ctx, k + 1, "then"))
      k++;
  add (ctx, ctx->t[j].start, ctx->t[k].end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM, 34,
       "occupation.as", g_strdup (occupation_suggestion (ctx, "other")));
}

/* Danish compounds: elitehåndboldspiller, lastbilchauffør. */
/* A Danish compound ending in an occupation head (sygehjælper,
 * buschauffør): the longest head that is the word's tail after at least
 * four bytes. Most words end in no head's last two bytes and stop there. */
static const char *
occupation_compound (const Ctx *ctx, guint i)
{
  const KasusScanRules *rules = ctx->rules;
  const char           *low = TLOW (i);
  gsize                 len = TLEN (i);
  guint                 ending;

  if (len < 9 || !DA || HAS (i, T_DIGIT))
    return NULL;
  ending = ending_of (low, len);
  if (!(rules->heads_endings[ending / 8] & (1u << (ending % 8))))
    return NULL;
  for (gsize k = MAX (4, len - MIN (len, rules->heads_max_len));
       k + MAX (4, rules->heads_min_len) <= len; k++)
    {
      static const char *classes[] = { "craft",   "service",   "teaching", "health",
                                       "farming", "transport", "public",   "office",
                                       "arts",    "sports",    "student" };
      const char        *v;
      gsize              vlen = 0;

      if (((guchar) low[k] & 0xC0) == 0x80)
        continue;
      v = kasus_lexicon_peek (rules->occupation_heads, low + k, len - k, &vlen);
      if (v == NULL)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
        {
          gsize cl = strlen (classes[c]);

          if (vlen >= cl && memcmp (v, classes[c], cl) == 0)
            return memchr (v, '*', vlen) ? "health*" : classes[c];
        }
      return "other";
    }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Names, places, institutions */

/* Endings of surnames from the communities in Denmark (Ukrainian, Polish,
 * Turkish, Tamil, Balkan, Nordic …) that no ordinary word has, and
 * letters only Vietnamese writes (ă ơ ư đ and the tone marks). low is the
 * lower-cased word; the caller has checked that it is no known word. */
static gboolean
surname_shaped (const char *low, gsize l)
{
#define E(s, m)                                                                                    \
  {                                                                                                \
    s, sizeof (s) - 1, m                                                                           \
  }
  static const struct
  {
    const char *s;
    gsize       len;
    gsize       min; /* shortest word */
  } endings[] = {
    E ("enko", 6),   E ("chuk", 6),    E ("czuk", 6),   E ("czyk", 6),    E ("yuk", 6),
    E ("iuk", 6),    E ("wski", 6),    E ("wska", 6),   E ("nski", 6),    E ("nska", 6),
    E ("ński", 6),   E ("ńska", 6),    E ("cki", 6),    E ("cka", 6),     E ("dzki", 6),
    E ("wicz", 6),   E ("oğlu", 6),    E ("oglu", 6),   E ("kumar", 7),   E ("rajah", 7),
    E ("lingam", 8), E ("ratnam", 8),  E ("pillai", 8), E ("dóttir", 8),  E ("dottir", 8),
    E ("ović", 6),   E ("ević", 6),    E ("ovic", 6),   E ("evic", 6),    E ("sson", 6),
    E ("ssen", 6),   E ("zadeh", 7),   E ("escu", 6),   E ("opoulos", 8), E ("akis", 6),
    E ("auskas", 8), E ("avičius", 8), E ("aitė", 6),   E ("ienė", 6),    E ("yan", 6),
  };
#undef E

  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    if (l >= endings[k].min && l > endings[k].len &&
        memcmp (low + l - endings[k].len, endings[k].s, endings[k].len) == 0)
      return TRUE;
  for (gsize k = 0; k + 1 < l; k++)
    {
      guchar a = low[k], b = low[k + 1];

      /* U+1EA0..U+1EF9 (E1 BA A0 .. E1 BB B9), ă ơ ư đ and their capitals */
      if ((a == 0xE1 && (b == 0xBA || b == 0xBB)) || (a == 0xC4 && (b == 0x82 || b == 0x83)) ||
          (a == 0xC6 && (b == 0xA0 || b == 0xA1 || b == 0xAF || b == 0xB0)) ||
          (a == 0xC4 && (b == 0x90 || b == 0x91)))
        return TRUE;
    }
  return FALSE;
}

static NameKind
name_kind_uncached (const Ctx *ctx, guint i)
{
  const char *v;
  const char *low;
  gsize       l, vlen = 0;

  if (!name_shaped (ctx, i))
    return NM_NONE;
  low = TLOW (i);
  l = TLEN (i);
  if (ROLE (i, R_MEDICAL | R_MONTH | R_WEEKDAY | R_TITLE | R_GREETING | R_SIGNOFF))
    return NM_NONE;
  if ((v = kasus_lexicon_peek (ctx->rules->first_names, low, l, &vlen)))
    return vlen ? NM_FIRST_AMBIG : NM_FIRST;
  if ((v = kasus_lexicon_peek (ctx->rules->last_names, low, l, &vlen)))
    return vlen ? NM_LAST_AMBIG : NM_LAST;
  /* double names: Anne-Sofie, Kragh-Andersen */
  {
    const char *dash = memchr (low, '-', l);
    if (dash)
      {
        gsize a = dash - low;
        if (kasus_lexicon_contains (ctx->rules->first_names, low, a) &&
            kasus_lexicon_contains (ctx->rules->first_names, dash + 1, l - a - 1))
          return NM_FIRST;
        if (kasus_lexicon_contains (ctx->rules->last_names, low, a) ||
            kasus_lexicon_contains (ctx->rules->last_names, dash + 1, l - a - 1))
          return NM_LAST;
      }
  }
  if (is_common_word (ctx, i) || is_gene (ctx, i) || lex_has (ctx->rules->places, low, l) ||
      lex_has (ctx->rules->hospitals, low, l))
    return NM_NONE;
  /* Bondarenko, Kowalska, Osmanoğlu, Sivakumar, Hodžić: a surname by its
   * ending; Phạm, Tùng: Vietnamese letters */
  if (surname_shaped (low, l))
    return NM_LAST;
  /* a capitalised word that is no word we know */
  return NM_UNKNOWN;
}

/* The rules ask for the same token's kind again and again (name_extend,
 * the title and place rules): it depends on the token alone, so it is
 * worked out once per scan. */
static NameKind
name_kind (const Ctx *ctx, guint i)
{
  if (i >= ctx->n)
    return NM_NONE;
  if (ctx->name_kinds[i] == NAME_KIND_UNSET)
    ctx->name_kinds[i] = name_kind_uncached (ctx, i);
  return ctx->name_kinds[i];
}

/* Initial: "K." */
static gboolean
is_initial (const Ctx *ctx, guint i)
{
  return i + 1 < ctx->n && TLEN (i) == 1 && HAS (i, T_CAP) && punct_is (ctx, i + 1, '.') &&
         glued (ctx, i);
}

/* Extends a name from i over following name parts on the same line. */
static guint
name_extend (Ctx *ctx, guint i, gboolean allow_unknown)
{
  guint e = i;

  for (;;)
    {
      guint    k = e + 1;
      NameKind nk;

      if (k >= ctx->n || AT_NL (k))
        break;
      if (is_initial (ctx, k) && name_shaped (ctx, k + 2) && !AT_NL (k + 2))
        {
          e = k + 2;
          continue;
        }
      /* particles inside a surname: "Peter van der Berg", "Gitte la Cour",
       * Faroese "Sunneva á Rógvu", "Jógvan við Á" */
      if (HAS (k, T_ALPHA) && !HAS (k, T_CAP | T_DIGIT) && TLEN (k) <= 4 &&
          (tok_is (ctx, k, "van") || tok_is (ctx, k, "von") || tok_is (ctx, k, "de") ||
           tok_is (ctx, k, "la") || tok_is (ctx, k, "le") || tok_is (ctx, k, "du") ||
           tok_is (ctx, k, "der") || tok_is (ctx, k, "den") || tok_is (ctx, k, "del") ||
           tok_is (ctx, k, "á") || tok_is (ctx, k, "í") || tok_is (ctx, k, "við") ||
           tok_is (ctx, k, "úr")))
        {
          guint m = k + 1;

          if (tok_is (ctx, m, "der") || tok_is (ctx, m, "den") || tok_is (ctx, m, "la"))
            m++;
          if (m < ctx->n && !HAS (m, T_NL | T_DIGIT | T_UPPER) && HAS (m, T_CAP) &&
              ctx->t[m].start == ctx->t[m - 1].end + 1 && !ROLE (m, R_INST_HEAD) &&
              ((nk = name_kind (ctx, m)) == NM_LAST || nk == NM_LAST_AMBIG || nk == NM_UNKNOWN))
            {
              e = m;
              continue;
            }
          break;
        }
      nk = name_kind (ctx, k);
      if (nk == NM_FIRST || nk == NM_LAST || nk == NM_LAST_AMBIG || nk == NM_FIRST_AMBIG ||
          (allow_unknown && nk == NM_UNKNOWN))
        {
          /* "Rasmus Holt Hospital"? the institution rule will win */
          e = k;
          continue;
        }
      break;
    }
  return e;
}

static char *
name_suggestion (const Ctx *ctx)
{
  return S ("[navn fjernet]", "[name removed]");
}

static gboolean in_person_list (const Ctx *ctx, guint i);

/* A date or a time: "12.04.24", "3/4", "09:12", "d. 4/3-24". */
static gboolean
date_like_at (const Ctx *ctx, guint k)
{
  if (tok_is (ctx, k, "d") && punct_is (ctx, k + 1, '.') && HAS (k + 2, T_DIGIT))
    return TRUE;
  /* "dictation rbn march 4th 2024" */
  if (ROLE (k, R_MONTH) && HAS (k + 1, T_DIGIT) && !AT_NL (k + 1))
    return TRUE;
  /* "12.04.24", "3/4", "09:12", but not a decimal: "INR 1.2" */
  if (HAS (k, T_DIGIT) && g_ascii_isdigit (TSTR (k)[0]))
    {
      const char *dot = memchr (TSTR (k), '.', TLEN (k));

      return memchr (TSTR (k), '/', TLEN (k)) || memchr (TSTR (k), ':', TLEN (k)) ||
             (dot && memchr (dot + 1, '.', TLEN (k) - (dot + 1 - TSTR (k))));
    }
  return FALSE;
}

/* A speaker opening a line, only quote marks, bullets or a bracketed
 * letter before: "> BH: …", "[C] LV: …". */
static gboolean
speaker_initials (const Ctx *ctx, guint i)
{
  guint    line = i;
  gboolean marks = TRUE;

  while (line > 0 && !AT_NL (line) && i - line < 8)
    line--;
  if (!punct_is (ctx, i + 1, ':') || !glued (ctx, i) || i + 2 >= ctx->n || (AT_NL (i + 2)) ||
      line >= i || !AT_NL (line))
    return FALSE;
  for (guint k = line; k < i && marks; k++)
    marks = !HAS (k, T_WORD) ||
            (TLEN (k) == 1 && k >= 1 && punct_is (ctx, k - 1, '[') && punct_is (ctx, k + 1, ']'));
  return marks;
}

/* "MIL / Rikke Stub", "pgs / Morten Ravnsborg": a full name across a
 * slash. */
static gboolean
slash_name_after (const Ctx *ctx, guint i)
{
  NameKind nk;

  if (!punct_is (ctx, i + 1, '/') || i + 3 >= ctx->n || AT_NL (i + 2) || (AT_NL (i + 3)))
    return FALSE;
  nk = name_kind (ctx, i + 2);
  return (nk == NM_FIRST || nk == NM_FIRST_AMBIG || nk == NM_LAST) && name_shaped (ctx, i + 3);
}

/* Where initials (upper or lower case) stand for a person whatever they
 * are: a speaker opening a line ("> BH: …", "[C] LV: …"), beside a
 * name across a slash ("pgs / Morten Ravnsborg", "overlæge / lk"), after
 * a dictation label or before a date ("diktat ohj 12.04.24", "– tf d.
 * 3/4"), in a list of people ("Mikkel Brandt, sf og Trine Munk",
 * "Present: …, jd (radiology)"), after "Udfyldt af:", after a spoken
 * "slash" in a dictation. The caller has checked that the word is no
 * ordinary word, gene or abbreviation. */
static gboolean
initials_context (const Ctx *ctx, guint i)
{
  guint line = i;
  gsize line_start;

  /* "Jonas Bech, MD", "sekr. LT", "cand. med." */
  if (ROLE (i, R_TITLE | R_OCC) ||
      (punct_is (ctx, i + 1, '.') && glued (ctx, i) && HAS (i + 2, T_ALPHA) && !AT_NL (i + 2)))
    return FALSE;
  while (line > 0 && !AT_NL (line))
    line--;
  line_start = ctx->t[line].start;
  if (speaker_initials (ctx, i))
    return TRUE;
  /* across a slash from a name */
  if (slash_name_after (ctx, i))
    return TRUE;
  if (i >= 2 && punct_is (ctx, i - 1, '/') && !AT_NL (i - 1) && ctx->name_end > line_start &&
      ctx->name_end <= ctx->t[i - 1].start &&
      (i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, ',')))
    return TRUE;
  /* a dictation label, a date after it */
  if (i >= 1 && !AT_NL (i) && ROLE2 (i - 1, R2_PERSON_LABEL) &&
      !ROLE (i - 1, R_DA_FUNC | R_EN_FUNC) &&
      (date_like_at (ctx, i + 1) || i + 1 >= ctx->n || AT_NL (i + 1) ||
       tok_is (ctx, i + 1, "slash")))
    return TRUE;
  /* "lk/kbn" alone on a line: a doctor's and a secretary's initials */
  if (AT_NL (i) && punct_is (ctx, i + 1, '/') && glued (ctx, i) && glued (ctx, i + 1) &&
      HAS (i + 2, T_ALPHA) && !HAS (i + 2, T_CAP | T_DIGIT) && TLEN (i + 2) >= 2 &&
      TLEN (i + 2) <= 4 && (i + 3 >= ctx->n || AT_NL (i + 3)))
    return TRUE;
  if (i >= 2 && punct_is (ctx, i - 1, '/') && glued (ctx, i - 1) && glued (ctx, i - 2) &&
      (AT_NL (i - 2)) && HAS (i - 2, T_ALPHA) && TLEN (i - 2) >= 2 && TLEN (i - 2) <= 4 &&
      (i + 1 >= ctx->n || AT_NL (i + 1)))
    return TRUE;
  /* a dictation's sign-off: "ohj slash bs" closing a line */
  if (tok_is (ctx, i + 1, "slash") && HAS (i + 2, T_ALPHA) && !HAS (i + 2, T_CAP | T_DIGIT) &&
      TLEN (i + 2) >= 2 && TLEN (i + 2) <= 4 && !AT_NL (i + 2) &&
      (i + 3 >= ctx->n || AT_NL (i + 3)))
    return TRUE;
  if (i >= 2 && tok_is (ctx, i - 1, "slash") && HAS (i - 2, T_ALPHA) &&
      !HAS (i - 2, T_CAP | T_DIGIT) && TLEN (i - 2) >= 2 && TLEN (i - 2) <= 4 &&
      (i + 1 >= ctx->n || AT_NL (i + 1)))
    return TRUE;
  /* "mdp, Haematology, AUH" signing off the last line */
  if (AT_NL (i) && punct_is (ctx, i + 1, ',') && HAS (i + 2, T_CAP) && !AT_NL (i + 2))
    {
      guint k = i + 2;

      /* a signature is a list of capitalised words: "Dept. of X, AUH" */
      while (
        k < ctx->n && !AT_NL (k) &&
        (!HAS (k, T_ALPHA) || HAS (k, T_CAP) || tok_is (ctx, k, "of") || tok_is (ctx, k, "for")))
        k++;
      if (k >= ctx->n)
        return TRUE;
    }
  if (date_like_at (ctx, i + 1) && !AT_NL (i + 1) && i >= 1 &&
      (AT_NL (i) || punct_is (ctx, i - 1, '/') || punct_is (ctx, i - 1, '-') ||
       (TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2) || tok_is (ctx, i - 1, "af") ||
       tok_is (ctx, i - 1, "by")))
    return TRUE;
  /* the next in a list of people */
  if (i >= 2 && ctx->name_end > 0 && ctx->t[i - 2].end == ctx->name_end && !AT_NL (i) &&
      (punct_is (ctx, i - 1, ',') || tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and") ||
       punct_is (ctx, i - 1, '/') || tok_is (ctx, i - 1, "slash")))
    return TRUE;
  if (in_person_list (ctx, i))
    return TRUE;
  /* "Udfyldt af: ts, d. 4/3-24", "Completed by: rbn" */
  if (i >= 2 && punct_is (ctx, i - 1, ':') &&
      (tok_is (ctx, i - 2, "af") || tok_is (ctx, i - 2, "by")) &&
      (i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, ',')))
    return TRUE;
  /* "15:40, KMF" closing a line */
  if (i >= 2 && punct_is (ctx, i - 1, ',') && date_like_at (ctx, i - 2) &&
      (i + 1 >= ctx->n || AT_NL (i + 1)))
    return TRUE;
  return FALSE;
}

/* Upper-case initials standing for a person: "pt. KL", "v/ KH", "(BJ: …)". */
static guint
rule_initials (Ctx *ctx, guint i)
{
  gsize    l = TLEN (i);
  gboolean ok = FALSE, strong = FALSE;

  /* not "640 µg/L. Bone scan" */
  if (l == 1 && is_initial (ctx, i) && i + 2 < ctx->n && !AT_NL (i + 2) &&
      !(i >= 1 && glued (ctx, i - 1) && punct_is (ctx, i - 1, '/')))
    {
      NameKind nk = name_kind (ctx, i + 2);
      /* "…, W. Stone", "(coordinator, I. Lykke)": after a list comma, a
       * bracket or a label the surname may be an ordinary word */
      gboolean listed =
        i >= 1 && !AT_NL (i) &&
        (punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, '(') || punct_is (ctx, i - 1, ':')) &&
        name_shaped (ctx, i + 2) &&
        !ROLE (i + 2, R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_MONTH | R_WEEKDAY | R_TITLE | R_PERSON |
                        R_FAMILY_DA | R_FAMILY_EN) &&
        !is_gene (ctx, i + 2) && lex_match_span (ctx, ctx->rules->places, i + 2, 4, NULL) < 0;
      if (nk == NM_FIRST || nk == NM_LAST || nk == NM_LAST_AMBIG || nk == NM_UNKNOWN || listed)
        {
          guint e = name_extend (ctx, i + 2, TRUE);
          add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
               "name.initial-surname", name_suggestion (ctx));
          return e + 1;
        }
    }
  /* "Thanks, S.", "Mvh\nK.": an initial signing off */
  if (l == 1 && is_initial (ctx, i) && (i + 2 >= ctx->n || AT_NL (i + 2)) && i >= 1 &&
      (ROLE (i - 1, R_SIGNOFF) ||
       (punct_is (ctx, i - 1, ',') && i >= 2 && ROLE (i - 2, R_SIGNOFF))))
    {
      add (ctx, ctx->t[i].start, ctx->t[i + 1].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
           "name.initials", name_suggestion (ctx));
      return i + 2;
    }
  if (!HAS (i, T_UPPER) || HAS (i, T_DIGIT) || l < 2 || l > 4 || !HAS (i, T_WORD))
    return i;
  /* K.M. */
  if (l == 3 && TSTR (i)[1] == '.')
    {
      if (punct_is (ctx, i + 1, '.') && glued (ctx, i) &&
          !(tok_is (ctx, i, "u.s") || tok_is (ctx, i, "u.k") || tok_is (ctx, i, "e.u") ||
            tok_is (ctx, i, "h.c") || tok_is (ctx, i, "a.p") || tok_is (ctx, i, "j.b") ||
            tok_is (ctx, i, "p.s")))
        {
          guint e = i + 1;

          /* "A.B. Hvass": the surname after the initials */
          if (i + 2 < ctx->n && !AT_NL (i + 2) && name_shaped (ctx, i + 2) &&
              name_kind (ctx, i + 2) != NM_NONE && !ROLE (i + 2, R_INST_HEAD | R_DEPT_HEAD))
            e = name_extend (ctx, i + 2, TRUE);
          add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
               e > i + 1 ? "name.initial-surname" : "name.initials", name_suggestion (ctx));
          return e + 1;
        }
      return i;
    }
  if (memchr (TSTR (i), '.', l) || memchr (TSTR (i), '-', l))
    return i;
  /* "Ngozi (NO)": a name's initials in brackets; "NO:" a speaker */
  if (!ROLE2 (i, R2_NO_INITIALS) && !ROLE (i, R_HEADER | R_MEDICAL) && l <= 3 &&
      !lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)) &&
      ((i >= 2 && ctx->name_end > 0 && ctx->t[i - 2].end == ctx->name_end &&
        punct_is (ctx, i - 1, '(') && punct_is (ctx, i + 1, ')')) ||
       (AT_NL (i) && punct_is (ctx, i + 1, ':') && glued (ctx, i) && i + 2 < ctx->n &&
        !AT_NL (i + 2))))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
           "name.initials", name_suggestion (ctx));
      return i + 1;
    }
  /* a gene symbol after "pt." or "v/" is still a person: KL, MJ; a
   * medical abbreviation is one only right after "Deltagere:" */
  if (ROLE (i, R_DA_FUNC | R_EN_FUNC) || ROLE2 (i, R2_NO_INITIALS))
    return i;
  if (ROLE (i, R_MEDICAL))
    {
      guint p = i - 1;

      if (i < 2 || !punct_is (ctx, p, ':') ||
          !(tok_is (ctx, p - 1, "deltagere") || tok_is (ctx, p - 1, "attendees") ||
            tok_is (ctx, p - 1, "present") || tok_is (ctx, p - 1, "tilstede") ||
            tok_is (ctx, p - 1, "participants")))
        return i;
    }
  if (i >= 1)
    {
      guint p = i - 1;
      for (guint k = 0; k < 2 && p >= 1 && (punct_is (ctx, p, '.') || punct_is (ctx, p, ':')); k++)
        p--;
      /* "referent: AMN", "Attendees: MKS", "Ref. IHN", "Reviewed by HGH" */
      if (ROLE2 (p, R2_PERSON_LABEL) || ((tok_is (ctx, p, "by") || tok_is (ctx, p, "af")) &&
                                         p >= 1 && ROLE2 (p - 1, R2_PERSON_LABEL)))
        strong = TRUE;
      /* the next in a list of people, or a name's initials:
       * "MKS, JP", "Jakob Ravn-Eriksen / JRE", "Lærke (LSK)" */
      else if (ctx->name_end > 0 && i >= 2 && ctx->t[i - 2].end == ctx->name_end &&
               !ROLE (i, R_TITLE) && !lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)) &&
               (punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, ';') ||
                punct_is (ctx, i - 1, '/') || punct_is (ctx, i - 1, '(') ||
                tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and")))
        strong = TRUE;
      /* a signature line: "/LBJ", "– KMJ", "/ SAJ, Klinik …" */
      else if ((punct_is (ctx, i - 1, '/') || punct_is (ctx, i - 1, '-') ||
                (TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2)) &&
               (AT_NL (i - 1)) && !is_gene (ctx, i) &&
               (i + 1 >= ctx->n || AT_NL (i + 1) ||
                (punct_is (ctx, i + 1, ',') && punct_is (ctx, i - 1, '/')) ||
                /* "/UBP og JH", "/NB 2/10", "/HK]", "HBE/lm" */
                (punct_is (ctx, i - 1, '/') &&
                 (tok_is (ctx, i + 1, "og") || tok_is (ctx, i + 1, "and") || HAS (i + 1, T_DIGIT) ||
                  punct_is (ctx, i + 1, ']') || punct_is (ctx, i + 1, ')') ||
                  punct_is (ctx, i + 1, '/')))))
        strong = TRUE;
      /* "KB, kontaktsygeplejerske" opening a line */
      else if (AT_NL (i) && punct_is (ctx, i + 1, ',') && (ROLE (i + 2, R_TITLE | R_OCC)) &&
               !is_gene (ctx, i))
        strong = TRUE;
      /* a participant list: "… (onkologi)\nKLH (klinisk genetik …" */
      else if (AT_NL (i) && punct_is (ctx, i - 1, ')') && punct_is (ctx, i + 1, '(') &&
               !is_gene (ctx, i) && !is_common_word (ctx, i))
        strong = TRUE;
      /* "CHR / Dr. Camilla Hoffmann Rask" */
      else if (punct_is (ctx, i + 1, '/') &&
               (ROLE (i + 2, R_TITLE) || name_kind (ctx, i + 2) == NM_FIRST))
        strong = TRUE;
      if (strong)
        ok = TRUE;
      else if (lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)))
        return i;
      else if (punct_is (ctx, p, '/') && p >= 1 && tok_is (ctx, p - 1, "v"))
        ok = TRUE;
      else if (tok_is (ctx, p, "pt") || tok_is (ctx, p, "patient") || tok_is (ctx, p, "pat") ||
               tok_is (ctx, p, "nb") || tok_is (ctx, p, "obs") || tok_is (ctx, p, "cc") ||
               tok_is (ctx, p, "ved") || tok_is (ctx, p, "sign") || ROLE (p, R_SIGNOFF) ||
               ROLE (p, R_GREETING) || (ROLE (p, R_TITLE) && !ROLE (p, R_OCC)))
        ok = TRUE;
      else if (punct_is (ctx, i - 1, ':') && ROLE (p, R_HEADER))
        ok = TRUE;
      /* "informeres af JM 25. marts", "(via MJ)", "informed by CLM." */
      else if ((tok_is (ctx, i - 1, "af") || tok_is (ctx, i - 1, "by") ||
                tok_is (ctx, i - 1, "via") ||
                /* "aftalt med JK i dag", "discussed with HK." */
                ((tok_is (ctx, i - 1, "med") || tok_is (ctx, i - 1, "with")) && l <= 3 && i >= 2 &&
                 (tok_is (ctx, i - 2, "aftalt") || tok_is (ctx, i - 2, "talt") ||
                  tok_is (ctx, i - 2, "drøftet") || tok_is (ctx, i - 2, "konfereret") ||
                  tok_is (ctx, i - 2, "snakket") || tok_is (ctx, i - 2, "discussed") ||
                  tok_is (ctx, i - 2, "agreed") || tok_is (ctx, i - 2, "spoke") ||
                  tok_is (ctx, i - 2, "talked") || tok_is (ctx, i - 2, "conferred")) &&
                 !lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)))) &&
               !is_gene (ctx, i) && !is_common_word (ctx, i) &&
               (i + 1 >= ctx->n || AT_NL (i + 1) || punct_is (ctx, i + 1, '.') ||
                punct_is (ctx, i + 1, ')') || punct_is (ctx, i + 1, ',') || HAS (i + 1, T_NUM) ||
                punct_is (ctx, i + 1, ':') || tok_is (ctx, i + 1, "i") ||
                tok_is (ctx, i + 1, "og") || tok_is (ctx, i + 1, "and") ||
                tok_is (ctx, i + 1, "in") || tok_is (ctx, i + 1, "on") ||
                tok_is (ctx, i + 1, "til") || tok_is (ctx, i + 1, "for")))
        ok = TRUE;
      /* "[KOMMENTAR fra JKL: …", "ask PHN if", "spørg KV om", "talk to KV" */
      else if (((tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "from")) &&
                punct_is (ctx, i + 1, ':')) ||
               tok_is (ctx, i - 1, "ask") || tok_is (ctx, i - 1, "spørg") ||
               (i >= 2 && (tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "with")) &&
                (tok_is (ctx, i - 2, "talk") || tok_is (ctx, i - 2, "speak") ||
                 tok_is (ctx, i - 2, "spoke") || tok_is (ctx, i - 2, "talked"))))
        ok = !is_gene (ctx, i) && !is_common_word (ctx, i);
      /* "KV (tovholder)", "TG (orthopaedic surgeon)", "JHP (RH)": a person
       * with the role or the hospital in brackets */
      else if (punct_is (ctx, i + 1, '(') &&
               (((ROLE (i + 2, R_OCC | R_TITLE) && !ROLE (i + 2, R_MEDICAL)) ||
                 (i + 3 < ctx->n && !punct_is (ctx, i + 2, ')') && ROLE (i + 3, R_OCC | R_TITLE) &&
                  !ROLE (i + 3, R_MEDICAL))) ||
                (!is_gene (ctx, i) &&
                 (ROLE (i + 2, R_OCC | R_TITLE) ||
                  (HAS (i + 2, T_UPPER) && punct_is (ctx, i + 3, ')') &&
                   lex_has (ctx->rules->hospital_abbrevs, TSTR (i + 2), TLEN (i + 2)))))))
        ok = TRUE;
      /* "Tovholder-kommentar (ATS): …", "NB (KL): …" */
      else if (punct_is (ctx, i - 1, '(') && punct_is (ctx, i + 1, ')') &&
               punct_is (ctx, i + 2, ':') && !is_gene (ctx, i))
        ok = TRUE;
      /* "Dato/underskrift: 02.06.2024 IRM" closing a line */
      else if ((i + 1 >= ctx->n || AT_NL (i + 1)) && HAS (i - 1, T_DIGIT) && !AT_NL (i) &&
               (memchr (TSTR (i - 1), '.', TLEN (i - 1)) ||
                memchr (TSTR (i - 1), '/', TLEN (i - 1)) || is_year (tok_int (ctx, i - 1))) &&
               !is_gene (ctx, i) && !is_common_word (ctx, i))
        ok = TRUE;
      /* "… drop byen. /CMN": a signature closing the last line */
      else if (punct_is (ctx, i - 1, '/') && glued (ctx, i - 1) && i >= 2 && !glued (ctx, i - 2) &&
               (i + 1 >= ctx->n || AT_NL (i + 1)))
        ok = TRUE;
    }
  else if (lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)))
    return i;
  if (!ok && is_gene (ctx, i))
    return i;
  /* (BJ: …), "MJ:" opening a comment */
  if (!ok && punct_is (ctx, i + 1, ':') && glued (ctx, i) &&
      (i == 0 || punct_is (ctx, i - 1, '(') || punct_is (ctx, i - 1, '[') || (AT_NL (i)) ||
       tok_is (ctx, i - 1, "nb")))
    ok = TRUE;
  /* "(MJ)" closing a line or remark, unless it abbreviates the words
   * before it: "tumorinfiltrerende lymfocytter (TIL)" */
  if (!ok && l == 2 && i >= 1 && punct_is (ctx, i - 1, '(') && punct_is (ctx, i + 1, ')'))
    {
      gboolean abbrev = FALSE;
      guint    k = i - 1;
      guint    w1 = G_MAXUINT, w2 = G_MAXUINT;

      /* the two words before the parenthesis */
      while (k > 0 && w2 == G_MAXUINT)
        {
          k--;
          if (HAS (k, T_WORD))
            {
              if (w1 == G_MAXUINT)
                w1 = k;
              else
                w2 = k;
            }
          else if (!punct_is (ctx, k, '-'))
            break;
        }
      if (w1 != G_MAXUINT && g_ascii_tolower (TSTR (w1)[0]) == g_ascii_tolower (TSTR (i)[0]))
        abbrev = TRUE;
      if (w2 != G_MAXUINT && g_ascii_tolower (TSTR (w2)[0]) == g_ascii_tolower (TSTR (i)[0]) &&
          g_ascii_tolower (TSTR (w1)[0]) == g_ascii_tolower (TSTR (i)[1]))
        abbrev = TRUE;
      if (!abbrev)
        ok = TRUE;
    }
  /* alone on a line: a signature */
  if (!ok && AT_NL (i) &&
      (i + 1 >= ctx->n || AT_NL (i + 1) ||
       (punct_is (ctx, i + 1, '.') && (i + 2 >= ctx->n || AT_NL (i + 2)))))
    ok = TRUE;
  /* "LW informs the patient", "KH ringer til pt.", "JPMK er pensioneret" */
  if (!ok && (ctx->t[i].flags & T_SENT) && i + 1 < ctx->n && HAS (i + 1, T_ALPHA) &&
      !HAS (i + 1, T_CAP | T_DIGIT) && !AT_NL (i + 1) &&
      (((tok_ends_with (ctx, i + 1, "s") || tok_ends_with (ctx, i + 1, "er") ||
         tok_ends_with (ctx, i + 1, "ede") || tok_ends_with (ctx, i + 1, "ed")) &&
        !ROLE (i + 1, R_DA_FUNC | R_EN_FUNC | R_TIME_UNIT) && l <= 3) ||
       tok_is (ctx, i + 1, "er") || tok_is (ctx, i + 1, "var") || tok_is (ctx, i + 1, "har") ||
       tok_is (ctx, i + 1, "is") || tok_is (ctx, i + 1, "was") || tok_is (ctx, i + 1, "has")) &&
      (!is_common_word (ctx, i) ||
       /* "BH ringede": a word written small ("bh") is no person's initials,
        * in capitals before a call it is */
       (l == 2 && (tok_is (ctx, i + 1, "ringede") || tok_is (ctx, i + 1, "ringer") ||
                   tok_is (ctx, i + 1, "sagde") || tok_is (ctx, i + 1, "siger") ||
                   tok_is (ctx, i + 1, "skrev") || tok_is (ctx, i + 1, "skriver") ||
                   tok_is (ctx, i + 1, "rang") || tok_is (ctx, i + 1, "called") ||
                   tok_is (ctx, i + 1, "said") || tok_is (ctx, i + 1, "wrote")))) &&
      (!is_gene (ctx, i) || tok_is (ctx, i + 1, "noted") || tok_is (ctx, i + 1, "mentioned") ||
       tok_is (ctx, i + 1, "said") || tok_is (ctx, i + 1, "suggested") ||
       tok_is (ctx, i + 1, "nævner") || tok_is (ctx, i + 1, "nævnte") ||
       tok_is (ctx, i + 1, "foreslår") || tok_is (ctx, i + 1, "foreslog")))
    ok = TRUE;
  if (!ok && !is_gene (ctx, i) &&
      (!is_common_word (ctx, i) ? initials_context (ctx, i)
                                : (speaker_initials (ctx, i) || slash_name_after (ctx, i))))
    ok = TRUE;
  /* a list of initials after "Present:" / "Deltagere:" */
  if (!ok)
    return i;
  add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
       "name.initials", name_suggestion (ctx));
  /* a secretary's initials after the doctor's: "HBE/lm" */
  if (punct_is (ctx, i + 1, '/') && glued (ctx, i) && i + 2 < ctx->n && glued (ctx, i + 1) &&
      HAS (i + 2, T_ALPHA) && !HAS (i + 2, T_CAP | T_DIGIT) && TLEN (i + 2) >= 2 &&
      TLEN (i + 2) <= 3 && (i + 3 >= ctx->n || AT_NL (i + 3)))
    {
      add (ctx, ctx->t[i + 2].start, ctx->t[i + 2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH,
           60, "name.initials", name_suggestion (ctx));
      return i + 3;
    }
  return i + 1;
}

/* Lower-case initials in a signature or a note: "/ksh" or "mbn/ 2.11.23"
 * alone on the last line, "… drop byen. /cmn", "skrevet af hmj)",
 * "informeret af hbk i amb.", "Ref.: hbk". Few positions, then no word
 * and no clinical abbreviation. */
static guint
rule_initials_lower (Ctx *ctx, guint i)
{
  static const char *stop[] = { "dx",   "tx",  "rx",   "hx",   "bx",    "sx",  "fx",  "px",  "ca",
                                "pt",   "nb",  "ps",   "mg",   "ml",    "kg",  "cm",  "mm",  "kl",
                                "evt",  "mht", "pga",  "ifm",  "dvs",   "osv", "mv",  "bl",  "iv",
                                "im",   "sc",  "po",   "amb",  "afd",   "ovl", "tlf", "mdr", "obs",
                                "aar",  "ang", "vedr", "inkl", "ekskl", "etc", "vs",  "aka", "fyi",
                                "asap", "tbc", "tbd",  "nr",   "ref",   "re",  "fw",  "cc",  "att",
                                "mvh",  "vh",  NULL };
  gsize              l = TLEN (i);
  gboolean           eol = i + 1 >= ctx->n || AT_NL (i + 1);
  gboolean           pos = FALSE;
  guint              p;

  /* most short words are function words: asked first, the position only then */
  if (ctx->t[i].role && (ctx->t[i].role->roles & (R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_TITLE |
                                                  R_SIGNOFF | R_GREETING | R_TIME_UNIT)))
    return i;
  if (i >= 1 && punct_is (ctx, i - 1, '/') && glued (ctx, i - 1))
    {
      /* "/ksh" alone on a line, or closing a line after a space */
      pos = eol && (AT_NL (i - 1) || (i >= 2 && !glued (ctx, i - 2)));
    }
  else if (i >= 1 && punct_is (ctx, i - 1, '-') && glued (ctx, i - 1) && (AT_NL (i - 1)))
    pos = eol; /* "-rn" */
  else if (AT_NL (i) && eol)
    pos = l >= 3 || i + 1 >= ctx->n; /* "tt" alone: only at the end */
  else if (AT_NL (i) && punct_is (ctx, i + 1, '/') && glued (ctx, i) && HAS (i + 2, T_DIGIT) &&
           !AT_NL (i + 2))
    pos = TRUE; /* "mbn/ 2.11.23" */
  else if (i >= 2 && tok_is (ctx, i - 1, "ved") &&
           (tok_ends_with (ctx, i - 2, "notat") || tok_ends_with (ctx, i - 2, "journal") ||
            tok_is (ctx, i - 2, "skrevet") || tok_is (ctx, i - 2, "samtale")) &&
           (eol || punct_is (ctx, i + 1, '.') || punct_is (ctx, i + 1, ')') ||
            punct_is (ctx, i + 1, ',')))
    pos = TRUE; /* "notat ved mh.", "samtale ved kbn" */
  else if (i >= 1 && (tok_is (ctx, i - 1, "af") || tok_is (ctx, i - 1, "by")) &&
           (eol || punct_is (ctx, i + 1, ')') || punct_is (ctx, i + 1, ',') ||
            punct_is (ctx, i + 1, '.') || tok_is (ctx, i + 1, "i") || tok_is (ctx, i + 1, "in")))
    pos = l >= 3; /* "af os", "by me": two letters are words */
  else if (i >= 2 && punct_is (ctx, i - 1, ':'))
    {
      p = i - 2;
      if (punct_is (ctx, p, '.') && p >= 1)
        p--;
      pos = ROLE2 (p, R2_PERSON_LABEL) &&
            (eol || punct_is (ctx, i + 1, ',') || punct_is (ctx, i + 1, '/'));
    }
  for (guint k = 0; stop[k]; k++)
    if (tok_is_n (ctx, i, stop[k], strlen (stop[k])))
      return i;
  if (is_gene (ctx, i))
    return i;
  /* where the context is strong, only a word of the text's own language
   * is a word: "Udfyldt af: ts" */
  if (pos ? is_common_word (ctx, i)
          : ((lex_has (DA ? ctx->rules->words_da : ctx->rules->words_en, TLOW (i), TLEN (i)) &&
              /* "end of dictation mk slash ljh": a spoken sign-off */
              !(i >= 1 &&
                (ROLE2 (i - 1, R2_PERSON_LABEL) || tok_is (ctx, i - 1, "slash") ||
                 tok_is (ctx, i + 1, "slash")) &&
                l <= 3)) ||
             lex_has (ctx->rules->eponyms, TLOW (i), TLEN (i)) || !initials_context (ctx, i)))
    return i;
  /* "m.h." */
  if (l == 3 && TSTR (i)[1] == '.' && punct_is (ctx, i + 1, '.') && glued (ctx, i))
    {
      add (ctx, ctx->t[i].start, ctx->t[i + 1].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
           "name.initials", name_suggestion (ctx));
      return i + 2;
    }
  add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
       "name.initials", name_suggestion (ctx));
  return i + 1;
}

/* A word of the text's own language (or an eponym): "ole" is an English
 * word, no Danish one. */
static gboolean
lang_word (const Ctx *ctx, guint i)
{
  return lex_has (DA ? ctx->rules->words_da : ctx->rules->words_en, TLOW (i), TLEN (i)) ||
         lex_has (ctx->rules->eponyms, TLOW (i), TLEN (i));
}

/* A lower-case word's kind as a name part, from the lexicons alone. */
static NameKind
lower_name_kind (const Ctx *ctx, guint i)
{
  gsize vlen = 0;

  if (i >= ctx->n || !HAS (i, T_ALPHA) || HAS (i, T_CAP | T_DIGIT) || TLEN (i) < 2 ||
      ROLE (i, R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_TITLE | R_MONTH | R_WEEKDAY | R_FAMILY_DA |
                 R_FAMILY_EN | R_OCC | R_TIME_UNIT))
    return NM_NONE;
  if (kasus_lexicon_peek (ctx->rules->first_names, TLOW (i), TLEN (i), &vlen))
    return vlen ? NM_FIRST_AMBIG : NM_FIRST;
  if (kasus_lexicon_peek (ctx->rules->last_names, TLOW (i), TLEN (i), &vlen))
    return vlen ? NM_LAST_AMBIG : NM_LAST;
  return NM_NONE;
}

/* Names written small in quick notes: "1) poul erik skovgaard - 72",
 * "pt kaj, 77 aar", "ali, 45, taxachauffør", "lene k., sixty-three",
 * "hej søren -", "ingrid (IHS), 71". Only where a note opens an item
 * or a greeting stands before, and only with a second clue. */
static guint
rule_lower_name (Ctx *ctx, guint i)
{
  NameKind nk = lower_name_kind (ctx, i), kk;
  guint    e = i, sure = 0, parts = 1;
  gboolean ok = FALSE, greet = i >= 1 && ROLE (i - 1, R_GREETING);

  /* "tobias.r  09:12", "pasted by mai.t": a chat handle, a first name and
   * an initial, opening a line before the time or after "by" */
  if (punct_is (ctx, i + 1, '.') && glued (ctx, i) && glued (ctx, i + 1) && TLEN (i + 2) == 1 &&
      HAS (i + 2, T_ALPHA) && !HAS (i + 2, T_CAP) && TLEN (i) >= 3 &&
      (i + 3 >= ctx->n || !glued (ctx, i + 2)) &&
      ((AT_NL (i) && (i + 3 >= ctx->n || HAS (i + 3, T_NL) || date_like_at (ctx, i + 3))) ||
       (i >= 1 && (tok_is (ctx, i - 1, "by") || tok_is (ctx, i - 1, "af")))) &&
      kasus_lexicon_contains (ctx->rules->first_names, TLOW (i), TLEN (i)))
    {
      add (ctx, ctx->t[i].start, ctx->t[i + 2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 57,
           "name.handle", name_suggestion (ctx));
      return i + 3;
    }
  if (nk == NM_NONE)
    return i;
  if ((nk == NM_FIRST || nk == NM_LAST) && !is_common_word (ctx, i))
    sure++;
  while (parts < 3 && e + 1 < ctx->n && !AT_NL (e + 1) &&
         ctx->t[e + 1].start == ctx->t[e].end + 1 && (kk = lower_name_kind (ctx, e + 1)) != NM_NONE)
    {
      e++;
      parts++;
      if ((kk == NM_FIRST || kk == NM_LAST) && !is_common_word (ctx, e))
        sure++;
    }
  /* an initial: "lene k." */
  if (e + 2 < ctx->n && TLEN (e + 1) == 1 && HAS (e + 1, T_ALPHA) && !HAS (e + 1, T_CAP) &&
      ctx->t[e + 1].start == ctx->t[e].end + 1 && punct_is (ctx, e + 2, '.') &&
      glued (ctx, e + 1) &&
      (punct_is (ctx, e + 3, ',') || punct_is (ctx, e + 3, '(') || HAS (e + 3, T_NL)))
    {
      e += 2;
      ok = nk == NM_FIRST || nk == NM_FIRST_AMBIG;
    }
  if (parts >= 2 && sure >= 2)
    ok = TRUE;
  /* "ole og sara", "pt og inge informeret": two known names joined, or
   * one after a name just found; neither a word of Danish or English */
  if (!ok && e == i && nk != NM_NONE && TLEN (i) >= 3 && !lang_word (ctx, i))
    {
      NameKind k2 = lower_name_kind (ctx, i + 2);

      if ((tok_is (ctx, i + 1, "og") || tok_is (ctx, i + 1, "and")) &&
          (k2 == NM_FIRST || k2 == NM_FIRST_AMBIG) && !lang_word (ctx, i + 2) &&
          TLEN (i + 2) >= 3 && !AT_NL (i + 2))
        ok = TRUE;
      else if (i >= 2 && (tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and")) &&
               ctx->name_end > 0 && ctx->t[i - 2].end == ctx->name_end)
        ok = TRUE;
    }
  /* "jensen fra palliativt team deltog", "- jensen følger op": a known
   * name opening a line or a sentence, a person's verb or "fra" after */
  if (!ok && sure && e == i && (ctx->t[i].flags & T_SENT) && TLEN (i) >= 4 &&
      !lex_has (ctx->rules->words_da, TLOW (i), TLEN (i)) &&
      (person_verb (ctx, i + 1) || ((tok_is (ctx, i + 1, "fra") || tok_is (ctx, i + 1, "from")) &&
                                    HAS (i + 2, T_ALPHA) && !AT_NL (i + 2))))
    ok = TRUE;
  /* an age after a comma or a dash: "kaj, 77 aar", "ali, 45," */
  if (!ok && (punct_is (ctx, e + 1, ',') || punct_is (ctx, e + 1, '-')) && HAS (e + 2, T_NUM) &&
      !AT_NL (e + 2) && tok_int (ctx, e + 2) >= 1 && tok_int (ctx, e + 2) <= 110 &&
      TLEN (e + 2) <= 3 &&
      (e + 3 >= ctx->n || AT_NL (e + 3) || punct_is (ctx, e + 3, ',') ||
       punct_is (ctx, e + 3, '-') || ROLE (e + 3, R_TIME_UNIT) || tok_is (ctx, e + 3, "aar") ||
       tok_is (ctx, e + 3, "år")))
    ok = nk == NM_FIRST || nk == NM_FIRST_AMBIG || parts >= 2;
  /* initials in brackets after it: "ingrid (IHS), 71" */
  if (!ok && nk == NM_FIRST && sure && punct_is (ctx, e + 1, '(') && HAS (e + 2, T_ALPHA) &&
      TLEN (e + 2) >= 2 && TLEN (e + 2) <= 4 && punct_is (ctx, e + 3, ')'))
    ok = TRUE;
  /* "hej søren -", "hi kristian," */
  if (!ok && greet && (nk == NM_FIRST || nk == NM_FIRST_AMBIG) && e == i &&
      (e + 1 >= ctx->n || AT_NL (e + 1) || punct_is (ctx, e + 1, ',') ||
       punct_is (ctx, e + 1, '-') || punct_is (ctx, e + 1, '!') ||
       (TLEN (e + 1) == 3 && (guchar) TSTR (e + 1)[0] == 0xE2)))
    ok = TRUE;
  if (!ok)
    return i;
  add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 57,
       "name.lower", name_suggestion (ctx));
  return e + 1;
}

/* A form's name field: "Navn: JUUL, ASTRID MARIE", "Name: Ahmed Rahimi",
 * "Patientnavn: hansen, jens". The value runs to the end of the line
 * over words and commas; a value that is an ordinary word ("Navn:
 * anonymiseret", "Name: not stated") is none. Returns the last token of
 * the name, or 0. */
static guint
name_field_value (const Ctx *ctx, guint i)
{
  guint k = i + 2, e = 0;

  if (!punct_is (ctx, i + 1, ':') || !glued (ctx, i) ||
      !(tok_is (ctx, i, "navn") || tok_is (ctx, i, "name") || tok_is (ctx, i, "patientnavn") ||
        tok_is (ctx, i, "fornavn") || tok_is (ctx, i, "efternavn") || tok_is (ctx, i, "surname")))
    return 0;
  if (k >= ctx->n || AT_NL (k) || !HAS (k, T_CAP) || HAS (k, T_DIGIT))
    return 0;
  for (; k < ctx->n && !AT_NL (k); k++)
    {
      if (HAS (k, T_ALPHA) && !HAS (k, T_DIGIT))
        {
          gboolean known = kasus_lexicon_contains (ctx->rules->first_names, TLOW (k), TLEN (k)) ||
                           kasus_lexicon_contains (ctx->rules->last_names, TLOW (k), TLEN (k));

          if (ROLE (k, R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_MONTH | R_WEEKDAY) ||
              (!known && TLEN (k) > 1 && is_common_word (ctx, k)))
            break;
          e = k;
        }
      else if (punct_is (ctx, k, ',') || (punct_is (ctx, k, '.') && TLEN (k - 1) == 1))
        continue;
      else
        break;
    }
  return e;
}

/* A lower-case name in brackets after a name: "mr okafor (chinedu)",
 * "mrs. nguyen (thi lan)" — the first name after the surname. Returns
 * the last token, or 0. */
static guint
name_alias_lower (const Ctx *ctx, guint i)
{
  guint    k;
  gboolean titled;

  if (i < 2 || ctx->name_end == 0 || !punct_is (ctx, i - 1, '(') ||
      ctx->t[i - 2].end != ctx->name_end)
    return 0;
  /* a word no list has only after a surname with a title ("mr okafor"):
   * "Sara Bech (onkologi)" names her field */
  titled =
    ctx->out->len > 0 &&
    g_array_index (ctx->out, KasusCandidate, ctx->out->len - 1).category == KASUS_CATEGORY_NAME &&
    g_strcmp0 (g_array_index (ctx->out, KasusCandidate, ctx->out->len - 1).rule, "name.title") == 0;
  for (k = i; k < i + 3 && k < ctx->n; k++)
    {
      gboolean first;

      if (!HAS (k, T_ALPHA) || HAS (k, T_CAP | T_DIGIT | T_NL) || TLEN (k) < 2 || ctx->t[k].role)
        return 0;
      first = kasus_lexicon_contains (ctx->rules->first_names, TLOW (k), TLEN (k));
      if (!first && (!titled || is_common_word (ctx, k) || occupation_compound (ctx, k)))
        return 0;
      if (punct_is (ctx, k + 1, ')'))
        return k;
      if (k + 1 >= ctx->n || ctx->t[k + 1].start != ctx->t[k].end + 1)
        return 0;
    }
  return 0;
}

/* Whether token i is an item in a list of people: "Deltagere: PH, KHJ,
 * Mads (bioinformatik), Bo fra …", "Cc: May Lindqvist". */
static gboolean
in_person_list (const Ctx *ctx, guint i)
{
  guint k;

  if (i < 2 || !(punct_is (ctx, i - 1, ',') || punct_is (ctx, i - 1, ':') ||
                 tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and")))
    return FALSE;
  for (k = i - 1; k > 0 && i - k < 48 && !AT_NL (k); k--)
    ;
  if (!AT_NL (k) && k > 0)
    return FALSE;
  return punct_is (ctx, k + 1, ':') && glued (ctx, k) &&
         (ROLE2 (k, R2_PERSON_LABEL) || tok_is (ctx, k, "to") || tok_is (ctx, k, "til") ||
          tok_is (ctx, k, "from") || tok_is (ctx, k, "fra"));
}

/* Longest match of a multi-word lexicon entry starting at token i.
 * Returns the last token index, or -1. */
static int
lex_match_span (const Ctx *ctx, const KasusLexicon *lex, guint i, guint max_tokens, char **value)
{
  char  buf[160];
  int   best = -1;
  gsize bl = 0;

  for (guint j = i; j < ctx->n && j < i + max_tokens; j++)
    {
      const char *s;
      gsize       l;

      if (j > i && AT_NL (j))
        break;
      /* build the key incrementally: lower text, spaces collapsed */
      if (j > i && (ctx->t[j].flags & T_SPACE))
        {
          if (bl + 1 >= sizeof buf)
            break;
          buf[bl++] = ' ';
        }
      s = TLOW (j);
      l = TLEN (j);
      if (bl + l >= sizeof buf)
        break;
      memcpy (buf + bl, s, l);
      bl += l;
      if (!kasus_lexicon_has_prefix (lex, buf, bl))
        break;
      if (kasus_lexicon_contains (lex, buf, bl))
        {
          best = j;
          if (value)
            {
              g_free (*value);
              *value = kasus_lexicon_lookup (lex, buf, bl);
            }
        }
    }
  return best;
}

static char *
institution_suggestion (const Ctx *ctx, const char *kind)
{
  static const KindText table[] = {
    { "uni", "et universitetshospital", "a university hospital" },
    { "reg", "et regionshospital", "a regional hospital" },
    { "priv", "et privathospital", "a private hospital" },
    { "dept", "en hospitalsafdeling", "a hospital department" },
    { "work", "en arbejdsplads", "a workplace" },
    { "hosp", "et hospital", "a hospital" },
  };
  return g_strdup (
    kind_text (ctx, kind, table, G_N_ELEMENTS (table), "en institution", "an institution"));
}

static char *
place_suggestion (const Ctx *ctx, const char *kind)
{
  static const KindText table[] = {
    { "country", "et andet land", "another country" },
    { "city", "en by i udlandet", "a city abroad" },
    { "region", "en region i Danmark", "a region of Denmark" },
    { "area", "en landsdel", "a part of the country" },
    { "island", "en ø i Danmark", "a Danish island" },
    { "municipality", "en kommune", "a municipality" },
    { "address", "[adresse fjernet]", "[address removed]" },
    { "abroad", "et sted i udlandet", "a place abroad" },
  };
  return g_strdup (
    kind_text (ctx, kind, table, G_N_ELEMENTS (table), "en by i Danmark", "a town in Denmark"));
}

/* A town with a hospital of its own name: "vejle sygehus", "herlev hospital". */
static gboolean
hospital_town (const Ctx *ctx, guint i)
{
  static const char *pre[] = { "", "", "regionshospitalet ", "sygehus ", "" };
  static const char *post[] = { " sygehus", " hospital", "", "", " universitetshospital" };
  char               buf[96];

  if (TLEN (i) > 48)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (pre); k++)
    {
      gsize l = 0, pl = strlen (pre[k]), ql = strlen (post[k]);

      memcpy (buf, pre[k], pl);
      l += pl;
      memcpy (buf + l, TLOW (i), TLEN (i));
      l += TLEN (i);
      memcpy (buf + l, post[k], ql);
      l += ql;
      if (lex_has (ctx->rules->hospitals, buf, l))
        return TRUE;
    }
  return FALSE;
}

static gboolean
place_context_before (const Ctx *ctx, guint i)
{
  if (i == 0)
    return FALSE;
  return ROLE (i - 1, R_PLACE_PREP) || punct_is (ctx, i - 1, ',') ||
         (HAS (i - 1, T_NUM) && TLEN (i - 1) == 4);
}

static gboolean
is_inst_head (const Ctx *ctx, guint i)
{
  if (ROLE (i, R_INST_HEAD))
    return !(tok_is (ctx, i, "if") || tok_is (ctx, i, "fc") || tok_is (ctx, i, "bk")) ||
           HAS (i, T_UPPER);
  return FALSE;
}

/* Whether a word ending in bytes a, b can end in one of compound_inst()'s
 * heads: most capitalised words cannot, and the lists are long. Keep in
 * step with the lists there. */
static inline gboolean
inst_tail_possible (guchar a, guchar b)
{
  switch (b)
    {
      case 't':
        return a == 'e';
      case 'l':
        return a == 'a';
      case 's':
        return a == 'u' || a == 0xBA; /* ú */
      case 'n':
        return a == 'e';
      case 'e':
        return a == 'l';
      case 0xB0:
        return a == 0xC3; /* ð */
      case 'm':
        return a == 'u';
      case 'g':
        return a == 'n';
      case 'r':
        return a == 'e';
      case 'k':
        return a == 'i';
      default:
        return FALSE;
    }
}

/* Capitalised token ending in an institution head: Rigshospitalet,
 * Regionshospitalet, Sarkomcentret, Kræftafdelingen. */
static gboolean
compound_inst (const Ctx *ctx, guint i, gboolean *dept)
{
  static const Word
    heads[] = { WORD ("hospitalet"), WORD ("hospital"), WORD ("sygehus"), WORD ("sygehuset"),
                WORD ("klinikken"), WORD ("lægehuset"), WORD ("skolen"), WORD ("skole"),
                /* Swedish, Norwegian, Faroese, German: Barnsjukhus, Landssjúkrahúsið */
                WORD ("sjukhuset"), WORD ("sjukhus"), WORD ("sykehuset"), WORD ("sykehus"),
                WORD ("sjúkrahúsið"), WORD ("sjúkrahús"), WORD ("klinikum"),
                /* Skjoldhøjkollegiet, Midttrafik, Skånetrafiken */
                WORD ("kollegiet"), WORD ("kollegium"), WORD ("trafikken"), WORD ("trafiken"),
                WORD ("landsholdet") },
    depts[] = { WORD ("afdelingen"), WORD ("afdeling"),     WORD ("centret"),
                WORD ("centeret"),   WORD ("center"),       WORD ("enheden"),
                WORD ("afsnittet"),  WORD ("ambulatoriet"), WORD ("klinik") };

  /* the shortest ending is five bytes, and more than two go before it */
  if (!HAS (i, T_CAP) || HAS (i, T_UPPER) || TLEN (i) < 8 ||
      !inst_tail_possible (TLOW (i)[TLEN (i) - 2], TLOW (i)[TLEN (i) - 1]))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
    if (TLEN (i) > heads[k].len + 2 && tok_ends_with_n (ctx, i, heads[k].s, heads[k].len))
      {
        *dept = FALSE;
        return TRUE;
      }
  for (guint k = 0; k < G_N_ELEMENTS (depts); k++)
    if (TLEN (i) > depts[k].len + 2 && tok_ends_with_n (ctx, i, depts[k].s, depts[k].len))
      {
        *dept = TRUE;
        return TRUE;
      }
  return FALSE;
}

static gboolean
dept_adjective (const Ctx *ctx, guint i)
{
  return HAS (i, T_CAP) && !HAS (i, T_UPPER) &&
         (tok_ends_with (ctx, i, "isk") || tok_ends_with (ctx, i, "iske") ||
          tok_ends_with (ctx, i, "insk") || tok_ends_with (ctx, i, "inske") ||
          tok_ends_with (ctx, i, "ogisk") || tok_ends_with (ctx, i, "al") ||
          tok_ends_with (ctx, i, "ical") || tok_ends_with (ctx, i, "ic") ||
          tok_ends_with (ctx, i, "lig"));
}

/* A ward's code after a department head: "afd. R", "Afdeling B2",
 * "afsnit 4062". k is the head; returns the last token (k when none). */
static guint
dept_code (const Ctx *ctx, guint k)
{
  guint    f = k + 1;
  gboolean ward;

  if (!(tok_is (ctx, k, "afd") || tok_is (ctx, k, "afdeling") || tok_is (ctx, k, "afsnit") ||
        tok_is (ctx, k, "sengeafsnit") || tok_is (ctx, k, "ward") ||
        tok_is (ctx, k, "department") || tok_is (ctx, k, "dept") ||
        tok_is (ctx, k, "ambulatorium") || tok_is (ctx, k, "klinik") || tok_is (ctx, k, "clinic")))
    return k;
  ward = tok_is (ctx, k, "afsnit") || tok_is (ctx, k, "sengeafsnit") || tok_is (ctx, k, "ward") ||
         tok_is (ctx, k, "afd");
  if (punct_is (ctx, f, '.') && glued (ctx, k))
    f++;
  if (f >= ctx->n || AT_NL (f) || !(ctx->t[f].flags & T_WORD))
    return k;
  /* R, B2, FA, M1: an upper-case letter or two, digits after them */
  if (HAS (f, T_UPPER) && TLEN (f) <= 3 && g_ascii_isupper (TSTR (f)[0]) && !HAS (f, T_DASH) &&
      !ROLE2 (f, R2_NO_INITIALS) && !lex_has (ctx->rules->hospital_abbrevs, TSTR (f), TLEN (f)))
    {
      for (gsize c = 1; c < TLEN (f); c++)
        if (!g_ascii_isalnum (TSTR (f)[c]) || (c == 2 && !g_ascii_isdigit (TSTR (f)[c])))
          return k;
      /* "Afdeling I og II" is a roman numeral, still a code; "afd. A/S" is no ward */
      if (punct_is (ctx, f + 1, '/') && glued (ctx, f))
        return k;
      return f;
    }
  /* afsnit 4062, ward 52 (but no year and no single digit: "se afsnit 3";
   * a ward is no section of a text: "ward 4") */
  if (ward && HAS (f, T_NUM) &&
      TLEN (f) >= (tok_is (ctx, k, "ward") || tok_is (ctx, k, "sengeafsnit") ? 1u : 2u) &&
      TLEN (f) <= 4 && !(TLEN (f) == 4 && is_year (tok_int (ctx, f))) && !ROLE2 (f + 1, R2_UNIT))
    return f;
  return k;
}

/* A field named in English before a department head: "Oncology
 * Department", "Clinical Genetics Clinic", "Haematology Unit". */
static gboolean
dept_field_noun (const Ctx *ctx, guint i)
{
  return HAS (i, T_CAP) && !HAS (i, T_UPPER | T_DIGIT) && TLEN (i) >= 6 &&
         (tok_ends_with (ctx, i, "ology") || tok_ends_with (ctx, i, "ogy") ||
          tok_ends_with (ctx, i, "ics") || tok_ends_with (ctx, i, "surgery") ||
          tok_ends_with (ctx, i, "medicine"));
}

/* Returns last token of the institution starting at i, or -1. */
static int
match_institution (Ctx *ctx, guint i, char **kind)
{
  int      e;
  gboolean dept = FALSE;

  /* Named hospitals and employers */
  if ((e = lex_match_span (ctx, ctx->rules->hospitals, i, 8, kind)) >= 0)
    {
      if ((guint) e == i && (HAS (i, T_SENT) && !HAS (i, T_CAP)))
        return -1;
      /* single lower-case words must be capitalised in the text */
      if (!HAS (i, T_CAP) && !HAS (i, T_UPPER))
        return -1;
      /* Regionshospitalet Viborg: a town after it */
      return e;
    }
  if (HAS (i, T_UPPER) && lex_has (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i)))
    {
      *kind = kasus_lexicon_lookup (ctx->rules->hospital_abbrevs, TSTR (i), TLEN (i));
      return i;
    }
  if (!HAS (i, T_CAP))
    return -1;

  /* Compound heads: Regionshospitalet Viborg, Sarkomcentret */
  if (compound_inst (ctx, i, &dept))
    {
      e = i;
      if (!dept && name_shaped (ctx, i + 1) && !AT_NL (i + 1) &&
          lex_has (ctx->rules->places, TLOW (i + 1), TLEN (i + 1)))
        e = i + 1;
      *kind = g_strdup (dept ? "dept" : "hosp");
      return e;
    }

  /* Department names: Onkologisk Afdeling, Klinisk Genetisk Klinik,
   * Afd. for Kræftbehandling, Department of Oncology */
  {
    guint k = i;
    while (k < ctx->n && (dept_adjective (ctx, k) || dept_field_noun (ctx, k)) && k < i + 3 &&
           !HAS (k + 1, T_NL) && !(k > i && ROLE (k, R_DEPT_HEAD)))
      k++;
    gboolean danish_adj = FALSE;

    for (guint m = i; m < k; m++)
      danish_adj |= dept_adjective (ctx, m);
    /* "Haematology clinic" is generic, "Haematology Clinic" a name */
    if (k > i && ROLE (k, R_DEPT_HEAD) && !AT_NL (k) && (danish_adj || HAS (k, T_CAP)))
      {
        e = dept_code (ctx, k);
        if ((guint) e == k && punct_is (ctx, e + 1, '.') && glued (ctx, e))
          e++;
        *kind = g_strdup ("dept");
        return e;
      }
    if (ROLE (i, R_DEPT_HEAD) && HAS (i, T_CAP))
      {
        guint f = i + 1;

        /* Afd. R, Afsnit 4062 */
        if ((e = dept_code (ctx, i)) > (int) i)
          {
            *kind = g_strdup ("dept");
            return e;
          }
        if (punct_is (ctx, f, '.') && glued (ctx, i))
          f++;
        if ((tok_is (ctx, f, "for") || tok_is (ctx, f, "of") || tok_is (ctx, f, "i")) &&
            name_shaped (ctx, f + 1) && !AT_NL (f + 1))
          {
            e = f + 1;
            while ((guint) e + 1 < ctx->n && !AT_NL (e + 1) &&
                   ((HAS (e + 1, T_CAP) && HAS (e + 1, T_ALPHA)) ||
                    ((tok_is (ctx, e + 1, "og") || tok_is (ctx, e + 1, "and") ||
                      tok_is (ctx, e + 1, "&")) &&
                     HAS (e + 2, T_CAP))))
              e++;
            *kind = g_strdup ("dept");
            return e;
          }
        /* Fase 1-enheden */
      }
  }

  /* Capitalised words + a head: Herlev Hospital, Skjern Håndbold,
   * Aarhus Symphony Orchestra, Ishøj Apotek, Novo Nordisk A/S */
  {
    guint k = i;
    guint limit = i + 4;
    while (k < ctx->n && k < limit && (k == i || !AT_NL (k)))
      {
        /* MD Anderson Cancer Center, Juliane Marie Centre */
        if (k > i + 1 && ROLE (k, R_DEPT_HEAD) && HAS (k, T_CAP) && !HAS (k, T_UPPER) &&
            !dept_adjective (ctx, k - 1))
          {
            *kind = g_strdup ("hosp");
            return k;
          }
        /* Astrid Lindgrens Barnsjukhus, Odense Universitetshospital */
        if (k > i && compound_inst (ctx, k, &dept) && !dept)
          {
            *kind = g_strdup ("hosp");
            return k;
          }
        /* Royal Greenland A/S, Jensen I/S, Aydın Auto ApS */
        if (k > i && TLEN (k) == 1 &&
            (TSTR (k)[0] == 'A' || TSTR (k)[0] == 'I' || TSTR (k)[0] == 'K' ||
             TSTR (k)[0] == 'P') &&
            punct_is (ctx, k + 1, '/') && tok_is (ctx, k + 2, "s") && glued (ctx, k) &&
            glued (ctx, k + 1))
          {
            *kind = g_strdup ("work");
            return k + 2;
          }
        if (k > i && (tok_is (ctx, k, "aps") || tok_is (ctx, k, "ivs")) && HAS (k, T_CAP))
          {
            *kind = g_strdup ("work");
            return k;
          }
        /* Lindqvist & Søn Tag, Hansen & Co. */
        if (k > i && tok_is (ctx, k, "&") && same_line (ctx, k) &&
            (tok_is (ctx, k + 1, "søn") || tok_is (ctx, k + 1, "sønner") ||
             tok_is (ctx, k + 1, "co") || tok_is (ctx, k + 1, "sons") ||
             tok_is (ctx, k + 1, "døtre") || tok_is (ctx, k + 1, "datter")) &&
            HAS (k + 1, T_CAP))
          {
            guint e3 = k + 1;

            while (e3 < k + 3 && same_line (ctx, e3) && HAS (e3 + 1, T_CAP) &&
                   HAS (e3 + 1, T_ALPHA) && !HAS (e3 + 1, T_UPPER) &&
                   !ROLE (e3 + 1, R_DA_FUNC | R_EN_FUNC))
              e3++;
            *kind = g_strdup ("work");
            return e3;
          }
        /* Sørensen El-Service, Hansen VVS-Teknik; a trade after a name:
         * "Hansens Vognmandsforretning", "Rosenhaven Blomster", "Jensen Auto" */
        if (k > i && HAS (k, T_CAP) &&
            (tok_ends_with (ctx, k, "-service") || tok_ends_with (ctx, k, "-teknik") ||
             tok_ends_with (ctx, k, "-byg") || tok_ends_with (ctx, k, "forretning") ||
             tok_ends_with (ctx, k, "forretningen") || tok_ends_with (ctx, k, "firma") ||
             tok_ends_with (ctx, k, "værksted") || tok_ends_with (ctx, k, "smedie") ||
             tok_ends_with (ctx, k, "entreprise") || tok_ends_with (ctx, k, "gartneri") ||
             tok_ends_with (ctx, k, "rengøring") || tok_is (ctx, k, "bageri") ||
             tok_is (ctx, k, "auto") || tok_is (ctx, k, "transport") ||
             tok_is (ctx, k, "blomster") || tok_is (ctx, k, "maling") || tok_is (ctx, k, "byg") ||
             tok_is (ctx, k, "vvs") || tok_is (ctx, k, "el")))
          {
            *kind = g_strdup ("work");
            /* "Jensen Auto ApS", "Hansen Byg A/S" */
            if (same_line (ctx, k) && (tok_is (ctx, k + 1, "aps") || tok_is (ctx, k + 1, "ivs")))
              return k + 1;
            if (same_line (ctx, k) && TLEN (k + 1) == 1 &&
                (TSTR (k + 1)[0] == 'A' || TSTR (k + 1)[0] == 'I') && punct_is (ctx, k + 2, '/') &&
                tok_is (ctx, k + 3, "s") && glued (ctx, k + 1) && glued (ctx, k + 2))
              return k + 3;
            return k;
          }
        if (k > i && is_inst_head (ctx, k) && HAS (k, T_CAP))
          {
            e = k;
            /* Sygehus Lillebælt: the head may also come first, see below */
            *kind =
              g_strdup (ROLE (k, R_INST_HEAD) && (tok_ends_with (ctx, k, "hospital") ||
                                                  tok_ends_with (ctx, k, "sygehus") ||
                                                  tok_ends_with (ctx, k, "universitetshospital"))
                          ? "hosp"
                          : "work");
            return e;
          }
        if (k > i && (tok_is (ctx, k, "og") || tok_is (ctx, k, "&") || tok_is (ctx, k, "and")) &&
            HAS (k + 1, T_CAP))
          {
            k++;
            continue;
          }
        if (k > i && punct_is (ctx, k, '-') && glued (ctx, k - 1))
          {
            k++;
            continue;
          }
        if (!(HAS (k, T_CAP) && HAS (k, T_ALPHA)))
          break;
        /* "University Hospital" as two words */
        if (k > i && tok_is (ctx, k, "university") && tok_is (ctx, k + 1, "hospital"))
          {
            *kind = g_strdup ("uni");
            return k + 1;
          }
        k++;
      }
    /* A/S, ApS */
    if (k > i && k + 2 < ctx->n && !AT_NL (k) &&
        ((TLEN (k) == 1 && TSTR (k)[0] == 'A' && punct_is (ctx, k + 1, '/') &&
          tok_is (ctx, k + 2, "s")) ||
         tok_is (ctx, k, "aps")))
      {
        *kind = g_strdup ("work");
        return tok_is (ctx, k, "aps") ? (int) k : (int) k + 2;
      }
  }
  /* The head first: Sygehus Lillebælt, Hospital Sønderjylland, Hospital
   * de Santa Maria, Vuggestuen Solstrålen, Salon Gitte */
  {
    gboolean hosp = tok_is (ctx, i, "sygehus") || tok_is (ctx, i, "hospital") ||
                    tok_is (ctx, i, "hospitalsenheden");
    gboolean other = tok_is (ctx, i, "vuggestuen") || tok_is (ctx, i, "børnehaven") ||
                     tok_is (ctx, i, "børnehuset") || tok_is (ctx, i, "salon") ||
                     tok_is (ctx, i, "kollegiet") || tok_is (ctx, i, "plejehjemmet") ||
                     tok_is (ctx, i, "plejecenter") || tok_is (ctx, i, "dagplejen") ||
                     tok_is (ctx, i, "klubben") || tok_is (ctx, i, "foreningen") ||
                     /* a GP's practice: "Lægerne Søndergade", "Lægehuset Jelling" */
                     tok_is (ctx, i, "lægerne") || tok_is (ctx, i, "lægehuset") ||
                     tok_is (ctx, i, "lægeklinikken") || tok_is (ctx, i, "lægecentret") ||
                     tok_is (ctx, i, "sundhedshuset") || tok_is (ctx, i, "tandlægerne") ||
                     tok_is (ctx, i, "tandlægehuset") ||
                     /* "Patienthjemmet Tagiuk", "Plejehjemmet Solbakken" */
                     (TLEN (i) > 8 && tok_ends_with (ctx, i, "hjemmet"));
    guint f = i + 1;

    if (hosp &&
        (tok_is (ctx, f, "de") || tok_is (ctx, f, "da") || tok_is (ctx, f, "do") ||
         tok_is (ctx, f, "of")) &&
        name_shaped (ctx, f + 1))
      f++;
    if ((hosp || other) && name_shaped (ctx, f) && !AT_NL (f))
      {
        guint e3 = f;

        while (e3 + 1 < ctx->n && !AT_NL (e3 + 1) && name_shaped (ctx, e3 + 1) && e3 < f + 2)
          e3++;
        *kind = g_strdup (hosp ? "hosp" : "work");
        return e3;
      }
  }
  /* "Klinisk Genetik, Bispebjerg": a department and its hospital's town */
  if (dept_adjective (ctx, i) && name_shaped (ctx, i + 1) && !AT_NL (i + 1) &&
      punct_is (ctx, i + 2, ',') && name_shaped (ctx, i + 3) && !AT_NL (i + 3) &&
      hospital_town (ctx, i + 3))
    {
      *kind = g_strdup ("dept");
      return i + 3;
    }
  /* "Genomisk Medicin, Rigshospitalet", "Klinisk Genetik, OUH" */
  if (dept_adjective (ctx, i) && name_shaped (ctx, i + 1) && !AT_NL (i + 1) &&
      punct_is (ctx, i + 2, ',') && HAS (i + 3, T_CAP | T_UPPER) && !HAS (i + 3, T_NL))
    {
      g_autofree char *k2 = NULL;

      e = match_institution (ctx, i + 3, &k2);
      if (e >= 0 && k2 && strcmp (k2, "dept") != 0 && strcmp (k2, "work") != 0)
        {
          *kind = g_strdup ("dept");
          return e;
        }
    }
  return -1;
}

/* What joins a department to its hospital: "Onkologisk Afdeling,
 * Vejle Sygehus", "afd. R på OUH", "Department of Oncology at OUH".
 * Returns the first token after the joiner, or 0. "i" only before a
 * town: *town_only is set. */
static guint
dept_joiner (const Ctx *ctx, guint e, gboolean *town_only)
{
  guint j = e + 1;

  *town_only = FALSE;
  if (j + 1 >= ctx->n || AT_NL (j) || AT_NL (j + 1))
    return 0;
  if (punct_is (ctx, j, ',') || punct_is (ctx, j, '/') || tok_is (ctx, j, "på") ||
      tok_is (ctx, j, "ved") || tok_is (ctx, j, "at") || tok_is (ctx, j, "hos"))
    return j + 1;
  /* a dash between spaces: "Onkologisk Afdeling – Vejle Sygehus" */
  if ((punct_is (ctx, j, '-') || tok_is (ctx, j, "–")) && (ctx->t[j].flags & T_SPACE) &&
      (ctx->t[j + 1].flags & T_SPACE))
    return j + 1;
  if (tok_is (ctx, j, "i") || tok_is (ctx, j, "in"))
    {
      *town_only = TRUE;
      return j + 1;
    }
  return 0;
}

/* A hospital (or another institution a department belongs to) at i:
 * Aarhus Universitetshospital, OUH, Sygehus Lillebælt, or a town with a
 * hospital of its name ("Herlev"). Returns the last token, or -1. */
static int
dept_owner (Ctx *ctx, guint i, gboolean town_only)
{
  g_autofree char *kind = NULL;
  int              e;

  if (i >= ctx->n || !HAS (i, T_CAP | T_UPPER) || HAS (i, T_NL))
    return -1;
  if (!town_only)
    {
      e = match_institution (ctx, i, &kind);
      if (e >= 0)
        return kind && strcmp (kind, "dept") == 0 ? -1 : e;
    }
  if (name_shaped (ctx, i) && hospital_town (ctx, i))
    return i;
  return -1;
}

/* A town written after a hospital or a department: "Sygehus Lillebælt,
 * Vejle", "Medicinsk Afdeling, Nykøbing Mors", "Zealand University
 * Hospital, Roskilde". Not a list of towns ("…, Vejle og Kolding").
 * Returns the last token of the town, or e. */
static guint
owner_town (Ctx *ctx, guint e)
{
  g_autofree char *pk = NULL;
  guint            j = e + 1;
  int              pe;

  if (punct_is (ctx, j, ','))
    j++;
  if (j >= ctx->n || HAS (j, T_NL) || !name_shaped (ctx, j))
    return e;
  pe = lex_match_span (ctx, ctx->rules->places, j, 3, &pk);
  if (pe < 0 || !pk || (strncmp (pk, "town", 4) != 0 && strncmp (pk, "island", 6) != 0))
    return e;
  /* Nykøbing Mors, Nykøbing Falster */
  if (name_shaped (ctx, pe + 1) && !HAS (pe + 1, T_NL) &&
      ctx->t[pe + 1].start == ctx->t[pe].end + 1 &&
      lex_has (ctx->rules->places, TLOW (pe + 1), TLEN (pe + 1)))
    pe++;
  if (tok_is (ctx, pe + 1, "og") || tok_is (ctx, pe + 1, "and") || tok_is (ctx, pe + 1, "eller") ||
      tok_is (ctx, pe + 1, "or") || tok_is (ctx, pe + 1, "&") ||
      (punct_is (ctx, pe + 1, ',') && name_shaped (ctx, pe + 2) &&
       lex_has (ctx->rules->places, TLOW (pe + 2), TLEN (pe + 2))))
    return e;
  return pe;
}

/* Extends an institution i..e of the given kind over the department or
 * hospital it is written together with, so that "Klinisk Genetisk
 * Afdeling, Rigshospitalet" and "Rigshospitalet, Klinisk Genetisk
 * Afdeling" are one institution. Returns the new last token. */
static guint
institution_extend (Ctx *ctx, guint e, const char *kind, gboolean *with_dept)
{
  gboolean dept = kind && strcmp (kind, "dept") == 0;
  gboolean town_only;
  guint    j;
  int      o;

  if (dept)
    {
      /* a department of a department of a hospital: "Sektion for
       * Hæmatologi, Medicinsk Afdeling, OUH" — only when a hospital ends it */
      guint cur = e;

      for (guint step = 0; step < 3; step++)
        {
          g_autofree char *k2 = NULL;

          if ((j = dept_joiner (ctx, cur, &town_only)) == 0)
            break;
          /* "Molekylærmedicinsk Afdeling (MOMA), AUH": the department's
           * own abbreviation in brackets */
          if ((o = dept_owner (ctx, j, town_only)) >= 0)
            return town_only ? (guint) o : owner_town (ctx, o);
          /* "Medicinsk Afdeling, Nykøbing Mors": the hospital's town */
          if (!town_only && punct_is (ctx, j - 1, ',') && (o = owner_town (ctx, cur)) > (int) cur)
            return o;
          if (town_only || !punct_is (ctx, j - 1, ','))
            break;
          o = match_institution (ctx, j, &k2);
          if (o < 0 || !k2 || strcmp (k2, "dept") != 0)
            break;
          cur = o;
        }
      if (punct_is (ctx, e + 1, '(') && HAS (e + 2, T_UPPER) && punct_is (ctx, e + 3, ')') &&
          (j = dept_joiner (ctx, e + 3, &town_only)) > 0 && !town_only &&
          (o = dept_owner (ctx, j, FALSE)) >= 0)
        return owner_town (ctx, o);
      return e;
    }
  /* the hospital first: "OUH, Afd. R", "Rigshospitalet, Onkologisk Klinik" */
  if (punct_is (ctx, e + 1, ',') && e + 2 < ctx->n && !HAS (e + 2, T_NL))
    {
      g_autofree char *k2 = NULL;

      j = e + 2;
      if (HAS (j, T_CAP) && (o = match_institution (ctx, j, &k2)) >= 0 && k2 &&
          strcmp (k2, "dept") == 0)
        {
          *with_dept = TRUE;
          return o;
        }
    }
  /* "Sygehus Lillebælt, Vejle" (only with the comma: "OUH Odense" is rare,
   * "Rigshospitalet København" rarer, and a town without it may start a
   * new clause) */
  if (punct_is (ctx, e + 1, ','))
    return owner_town (ctx, e);
  return e;
}

/* A lower-case word that names a department's field: "onkologisk",
 * "klinisk genetisk", "oncology", "internal medicine". */
static gboolean
dept_field_lower (const Ctx *ctx, guint i)
{
  if (i >= ctx->n || !HAS (i, T_ALPHA) || HAS (i, T_CAP | T_DIGIT | T_NL) || TLEN (i) < 5)
    return FALSE;
  return tok_ends_with (ctx, i, "isk") || tok_ends_with (ctx, i, "iske") ||
         tok_ends_with (ctx, i, "insk") || tok_ends_with (ctx, i, "inske") ||
         tok_ends_with (ctx, i, "ical") || tok_ends_with (ctx, i, "ology") ||
         tok_ends_with (ctx, i, "ogy") || tok_ends_with (ctx, i, "ics") ||
         tok_ends_with (ctx, i, "ery") || tok_ends_with (ctx, i, "icine") ||
         tok_ends_with (ctx, i, "atrics") || tok_ends_with (ctx, i, "al");
}

static guint
rule_dept_lower (Ctx *ctx, guint i)
{
  guint    s = i, e = dept_code (ctx, i);
  gboolean town_only;
  guint    j;
  int      o = -1;

  while (s > 0 && s + 3 > i && dept_field_lower (ctx, s - 1) && !HAS (s, T_NL))
    s--;
  if (e == i && punct_is (ctx, i + 1, '.') && glued (ctx, i))
    e = i + 1;
  if ((j = dept_joiner (ctx, e, &town_only)) > 0)
    o = dept_owner (ctx, j, town_only);
  /* a generic department ("onkologisk afdeling") needs its hospital */
  if (o < 0 && (e == i || (e == i + 1 && punct_is (ctx, e, '.'))))
    return i;
  if (o >= 0)
    e = o;
  add (ctx, ctx->t[s].start, ctx->t[e].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM, 55,
       "institution", institution_suggestion (ctx, "dept"));
  return e + 1;
}

/* The first token after i, within max on the line, that ends in one of
 * heads (a NULL-terminated list), or 0. */
static guint
find_head (const Ctx *ctx, guint i, guint max, const char **heads)
{
  for (guint k = i + 1; k < ctx->n && k <= i + max; k++)
    {
      if (AT_NL (k) || punct_is (ctx, k, '.') || punct_is (ctx, k, ';'))
        return 0;
      for (guint h = 0; heads[h]; h++)
        if (tok_ends_with_n (ctx, k, heads[h], strlen (heads[h])))
          return k;
    }
  return 0;
}

/* Roles and hobbies that single a person out: "spiller tuba i Ry Brass
 * Band", "plays in a local blues band", "member of the regional council",
 * "chairs the parish council". Returns the last token, or 0. */
static guint
role_phrase (const Ctx *ctx, guint i)
{
  static const char *instruments[] = {
    "tuba",      "trompet", "trombone", "basun",   "klaver",  "violin",   "bratsch",   "cello",
    "kontrabas", "guitar",  "trommer",  "fløjte",  "saxofon", "klarinet", "obo",       "fagot",
    "harmonika", "orgel",   "piano",    "trumpet", "drums",   "flute",    "saxophone", "clarinet",
    "accordion", "organ",   "bagpipes", "harp",    "harpe",   NULL,
  };
  static const char *bands[] = { "band", "bandet", "orkester", "orkestret", "orchestra",
                                 "kor",  "koret",  "choir",    NULL };
  static const char *councils[] = { "council",     "rådet",      "byråd",      "board",
                                    "bestyrelsen", "bestyrelse", "parliament", "folketinget",
                                    "committee",   "udvalg",     "udvalget",   NULL };
  guint              k;

  if (tok_is (ctx, i, "spiller") || tok_is (ctx, i, "spillede") || tok_is (ctx, i, "plays") ||
      tok_is (ctx, i, "played") || tok_is (ctx, i, "synger") || tok_is (ctx, i, "sings"))
    {
      for (guint h = 0; instruments[h]; h++)
        if (tok_is_n (ctx, i + 1, instruments[h], strlen (instruments[h])) && !AT_NL (i + 1))
          return i + 1;
      if ((k = find_head (ctx, i, 7, bands)))
        return k;
      return 0;
    }
  if ((tok_is (ctx, i, "member") || tok_is (ctx, i, "medlem")) &&
      (tok_is (ctx, i + 1, "of") || tok_is (ctx, i + 1, "af")) &&
      (k = find_head (ctx, i + 1, 4, councils)))
    return k;
  if ((tok_is (ctx, i, "chairs") || tok_is (ctx, i, "chaired") || tok_is (ctx, i, "leads")) &&
      tok_is (ctx, i + 1, "the") && (k = find_head (ctx, i + 1, 4, councils)))
    return k;
  return 0;
}

/* "Lynch syndrom", "Hodgkin lymfom", "Li-Fraumeni syndrom": a disease */
static gboolean
eponym_use (const Ctx *ctx, guint e)
{
  guint k = e + 1;

  if (punct_is (ctx, k, '-') && glued (ctx, e))
    k++;
  if (punct_is (ctx, k, '\'') || punct_is (ctx, k, 's'))
    k++;
  return k < ctx->n && ctx->t[k].role && (ctx->t[k].role->roles2 & R2_EPONYM_NEXT) && !AT_NL (k);
}

/* Whether some street suffix ends as low[0..l) does (l >= 2). */
static inline gboolean
street_ending (const KasusScanRules *rules, const char *low, gsize l)
{
  guint e = ending_of (low, l);

  return (rules->street_endings[e / 8] & (1u << (e % 8))) != 0;
}

/* "hr.", "fru", "Mrs": what follows is a person even when it is a word
 * ("Hr. Fisker", "hr. Bager"), an initial ("Hr. B.") or written small
 * ("fru hansen", "mr okafor", "dr kowalczyk"). Returns the name's last
 * token, or 0. */
static guint
personal_title_name (Ctx *ctx, guint i)
{
  gboolean strong = FALSE;
  guint    k = i + 1;

  if (HAS (i, T_UPPER) && TLEN (i) > 1)
    return 0;
  if (tok_is (ctx, i, "hr"))
    strong = punct_is (ctx, i + 1, '.') || DA;
  else if (tok_is (ctx, i, "fru") || tok_is (ctx, i, "frk") || tok_is (ctx, i, "mr") ||
           tok_is (ctx, i, "mrs") || tok_is (ctx, i, "ms") ||
           (tok_is (ctx, i, "miss") && HAS (i, T_CAP)))
    strong = TRUE;
  else if (!tok_is (ctx, i, "dr") && !tok_is (ctx, i, "doktor"))
    return 0;
  if (punct_is (ctx, k, '.') && glued (ctx, i))
    k++;
  if (k >= ctx->n || AT_NL (k) || !HAS (k, T_ALPHA) || HAS (k, T_DIGIT))
    return 0;
  if (strong && TLEN (k) == 1 && HAS (k, T_CAP) && punct_is (ctx, k + 1, '.') && glued (ctx, k))
    return name_shaped (ctx, k + 2) && !AT_NL (k + 2) ? name_extend (ctx, k + 2, TRUE) : k + 1;
  if (strong && HAS (k, T_CAP) && TLEN (k) >= 2 && !ROLE (k, R_MONTH | R_WEEKDAY | R_TITLE))
    return name_extend (ctx, k, TRUE);
  if (!HAS (k, T_CAP) && TLEN (k) >= 3 && !ROLE (k, R_DA_FUNC | R_EN_FUNC | R_TITLE))
    {
      gsize    vlen = 1;
      gboolean last =
        kasus_lexicon_peek (ctx->rules->last_names, TLOW (k), TLEN (k), &vlen) != NULL;

      if ((strong && (last || !is_common_word (ctx, k))) || (last && vlen == 0) ||
          (last && !is_common_word (ctx, k)))
        return k;
    }
  return 0;
}

/* "Aalborg Kommune", "Aalborg Municipality", "Region Midtjylland": a
 * municipality or a region by name. Returns its last token, or -1, and
 * sets *kind to "municipality" or "region". */
static int
municipality_span (const Ctx *ctx, guint i, char **kind)
{
  g_autofree char *pk = NULL;
  int              e;

  if (!HAS (i, T_CAP) || HAS (i, T_UPPER))
    return -1;
  e = lex_match_span (ctx, ctx->rules->places, i, 4, &pk);
  if (e < 0 || !pk)
    return -1;
  if (g_str_has_prefix (pk, "municipality") || g_str_has_prefix (pk, "region"))
    {
      *kind = g_strdup (g_str_has_prefix (pk, "region") ? "region" : "municipality");
      return e;
    }
  if (tok_is (ctx, e + 1, "municipality") && HAS (e + 1, T_CAP) && !AT_NL (e + 1))
    {
      *kind = g_strdup ("municipality");
      return e + 1;
    }
  return -1;
}

/* The last finding so far is of category cat and ends with token i */
static gboolean
last_found (const Ctx *ctx, guint i, KasusCategory cat)
{
  const KasusCandidate *c;

  if (ctx->out->len == 0 || i >= ctx->n)
    return FALSE;
  c = &g_array_index (ctx->out, KasusCandidate, ctx->out->len - 1);
  return c->category == cat && c->end == ctx->base + ctx->t[i].end;
}

typedef enum
{
  MUNI_UNSURE,
  MUNI_PLACE,    /* where someone lives or comes from */
  MUNI_EMPLOYER, /* where someone works */
} MuniReading;

static gboolean
residence_word (const Ctx *ctx, guint i)
{
  static const char *words[] = { "bor",          "boede",   "bosat",   "boende",   "bosiddende",
                                 "flyttede",     "flytter", "flyttet", "opvokset", "voksede",
                                 "født",         "kommer",  "kom",     "lives",    "lived",
                                 "living",       "live",    "resides", "resident", "residing",
                                 "born",         "raised",  "grew",    "moved",    "moving",
                                 "relocated",    "comes",   "came",    "fra",      "from",
                                 "hjemmehørende" };

  return TOK_IN (i, words);
}

static gboolean
employ_word (const Ctx *ctx, guint i)
{
  static const char *words[] = { "ansat",    "ansatte",      "ansættelse",  "arbejder", "arbejdede",
                                 "arbejdet", "arbejdsgiver", "beskæftiget", "job",      "jobbet",
                                 "jobber",   "employed",     "employee",    "employer", "works",
                                 "worked",   "working",      "work" };

  return TOK_IN (i, words);
}

/* Which a municipality or region at i is: "bor i Aalborg Kommune",
 * "fra Region Midtjylland", "lives in X" make it a place; "ansat i
 * Aalborg Kommune", "arbejder for Region Y", "kommunaldirektør i X",
 * "works for X" an employer. The nearest cue in the clause decides;
 * without one, a preposition of place ("i X Kommune") makes it a place. */
static MuniReading
municipality_reading (const Ctx *ctx, guint i, gboolean region)
{
  for (guint j = i; j > 0 && j + 7 > i; j--)
    {
      guint p = j - 1;

      if (AT_NL (j))
        break;
      if (punct_is (ctx, p, '.') || punct_is (ctx, p, ';') || punct_is (ctx, p, ':') ||
          punct_is (ctx, p, ',') || punct_is (ctx, p, '(') || punct_is (ctx, p, ')'))
        break;
      if (residence_word (ctx, p))
        return MUNI_PLACE;
      if (employ_word (ctx, p))
        return MUNI_EMPLOYER;
      /* "kommunaldirektør i", "lokalpolitiker for et parti i": an occupation
       * in the clause ("landmand fra" stopped above: where he comes from).
       * A region named after a role is still a place: "member of the
       * regional council for Region Zealand" */
      if (!region && p + 1 < i && (ROLE (p, R_OCC) || occupation_compound (ctx, p)))
        return MUNI_EMPLOYER;
    }
  /* "Hellerup (Gentofte Kommune)", "Jobcenter Sønderborg (Sønderborg
   * Kommune)": as what it stands beside */
  if (i >= 2 && punct_is (ctx, i - 1, '('))
    {
      /* "Jobcenter Sønderborg" was found as an institution and a town */
      if (last_found (ctx, i - 2, KASUS_CATEGORY_PLACE) && ctx->out->len >= 2)
        {
          const KasusCandidate *a = &g_array_index (ctx->out, KasusCandidate, ctx->out->len - 2);
          const KasusCandidate *b = &g_array_index (ctx->out, KasusCandidate, ctx->out->len - 1);
          gboolean              joined = a->end >= ctx->base && a->end < b->start;

          for (gsize o = a->end; joined && o < b->start; o++)
            joined = ctx->text[o - ctx->base] == ' ';
          if (joined && a->category == KASUS_CATEGORY_INSTITUTION)
            return MUNI_EMPLOYER;
        }
      if (last_found (ctx, i - 2, KASUS_CATEGORY_PLACE))
        return MUNI_PLACE;
      if (last_found (ctx, i - 2, KASUS_CATEGORY_INSTITUTION))
        return MUNI_EMPLOYER;
    }
  if (i >= 1 &&
      (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "til") || tok_is (ctx, i - 1, "in") ||
       tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "nær") || tok_is (ctx, i - 1, "near")))
    return MUNI_PLACE;
  return MUNI_UNSURE;
}

/* Verbs of saying, calling, coming and helping: the subject before them
 * is a person. */
static gboolean
person_verb (const Ctx *ctx, guint k)
{
  static const Word verbs[] = {
    WORD ("siger"),   WORD ("sagde"),   WORD ("ringer"),     WORD ("ringede"),   WORD ("kører"),
    WORD ("kørte"),   WORD ("kommer"),  WORD ("kom"),        WORD ("tager"),     WORD ("tog"),
    WORD ("hjælper"), WORD ("hjalp"),   WORD ("følger"),     WORD ("fulgte"),    WORD ("deltager"),
    WORD ("deltog"),  WORD ("spurgte"), WORD ("spørger"),    WORD ("mener"),     WORD ("skriver"),
    WORD ("skrev"),   WORD ("sender"),  WORD ("sendte"),     WORD ("fortalte"),  WORD ("fortæller"),
    WORD ("besøger"), WORD ("besøgte"), WORD ("passer"),     WORD ("tolker"),    WORD ("ønsker"),
    WORD ("says"),    WORD ("said"),    WORD ("calls"),      WORD ("called"),    WORD ("rang"),
    WORD ("phoned"),  WORD ("brings"),  WORD ("brought"),    WORD ("drives"),    WORD ("drove"),
    WORD ("comes"),   WORD ("came"),    WORD ("asks"),       WORD ("asked"),     WORD ("writes"),
    WORD ("wrote"),   WORD ("sends"),   WORD ("sent"),       WORD ("tells"),     WORD ("told"),
    WORD ("visits"),  WORD ("visited"), WORD ("will"),       WORD ("would"),     WORD ("mentioned"),
    WORD ("noted"),   WORD ("thinks"),  WORD ("feels"),      WORD ("prefers"),   WORD ("helps"),
    WORD ("helped"),  WORD ("takes"),   WORD ("took"),       WORD ("suggested"), WORD ("agreed"),
    WORD ("wants"),   WORD ("wanted"),  WORD ("interprets"),
  };

  if (k >= ctx->n || AT_NL (k) || !HAS (k, T_ALPHA) || HAS (k, T_CAP) || TLEN (k) < 3 ||
      TLEN (k) > 10)
    return FALSE;
  for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
    if (tok_is_n (ctx, k, verbs[v].s, verbs[v].len))
      return TRUE;
  return FALSE;
}

/* What follows a capitalised word at i and makes it a person: a verb of
 * saying or coming, a bracket with a relation, a job or an age, or "fra"
 * and where the person is from. Mid-sentence only, no place. */
static gboolean
person_cue_after (Ctx *ctx, guint i, NameKind nk)
{
  guint nx = i + 1;

  if (nk == NM_NONE || HAS (i, T_UPPER) || TLEN (i) < 2 || nx >= ctx->n || (AT_NL (nx)) ||
      ROLE (i, R_DA_FUNC | R_EN_FUNC | R_MONTH | R_WEEKDAY | R_TITLE | R_MEDICAL | R_OCC |
                 R_PERSON | R_FAMILY_DA | R_FAMILY_EN | R_INST_HEAD | R_DEPT_HEAD | R_PRONOUN))
    return FALSE;
  /* most words have none of the cues below: the lexicons only then */
  if (!punct_is (ctx, nx, '(') && !tok_is (ctx, nx, "fra") && !tok_is (ctx, nx, "from") &&
      !person_verb (ctx, nx) && !punct_is (ctx, nx, ')'))
    return FALSE;
  if (is_gene (ctx, i) || lex_match_span (ctx, ctx->rules->places, i, 4, NULL) >= 0)
    return FALSE;
  /* "Hvass (tovholder)", "Will (her husband)", "Ask (52)" */
  /* "Kasus 1 (Christensen): ok": a known surname alone in brackets */
  if (nk == NM_LAST && i >= 1 && punct_is (ctx, i - 1, '(') && punct_is (ctx, nx, ')') &&
      !is_common_word (ctx, i))
    return TRUE;
  if (punct_is (ctx, nx, '(') && !AT_NL (nx))
    {
      guint k = nx + 1;

      if (ROLE (k, R_POSS) && !AT_NL (k))
        k++;
      if (ROLE (k, R_FAMILY_DA | R_FAMILY_EN | R_OCC) ||
          (ROLE (k, R_TITLE) && ctx->t[k].role->title == 'p') ||
          (HAS (k, T_NUM) && tok_int (ctx, k) >= 1 && tok_int (ctx, k) <= 110 &&
           punct_is (ctx, k + 1, ')')))
        return !(ctx->t[i].flags & T_SENT) || nk == NM_LAST || nk == NM_UNKNOWN ||
               punct_is (ctx, i - 1, '-') ||
               (i >= 1 && TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2);
      /* "Ruby (as she prefers to be called)" */
      if ((tok_is (ctx, k, "as") || tok_is (ctx, k, "som")) &&
          (ROLE (k + 1, R_PRONOUN) || tok_is (ctx, k + 1, "they")))
        return TRUE;
      return FALSE;
    }
  if ((ctx->t[i].flags & T_SENT) &&
      !(i >= 1 && !AT_NL (i) &&
        (punct_is (ctx, i - 1, '-') || (TLEN (i - 1) == 3 && (guchar) TSTR (i - 1)[0] == 0xE2))))
    {
      /* "Jensen sagde", "Lauridsen ringer": a surname opening a sentence;
       * "Peter tager det": a name that is no word of the text's language */
      return ((nk == NM_LAST || nk == NM_LAST_AMBIG) && !is_common_word (ctx, i) &&
              person_verb (ctx, nx)) ||
             (nk == NM_FIRST_AMBIG && TLEN (i) >= 3 && person_verb (ctx, nx) &&
              !lex_has (DA ? ctx->rules->words_da : ctx->rules->words_en, TLOW (i), TLEN (i)) &&
              !tok_is (ctx, nx, "will") && !tok_is (ctx, nx, "would"));
    }
  /* a word no list has may be a firm or a drug ("Novartis sagde",
   * "Datroway will"): only a visit or a call makes it a person */
  if (person_verb (ctx, nx) &&
      (nk != NM_UNKNOWN || tok_is (ctx, nx, "ringer") || tok_is (ctx, nx, "ringede") ||
       tok_is (ctx, nx, "besøger") || tok_is (ctx, nx, "besøgte") || tok_is (ctx, nx, "tolker") ||
       tok_is (ctx, nx, "rang") || tok_is (ctx, nx, "phoned") || tok_is (ctx, nx, "visits") ||
       tok_is (ctx, nx, "visited") || tok_is (ctx, nx, "interprets")))
    return TRUE;
  /* "Lærke fra Svendborg", "Omar from molecular" */
  if ((tok_is (ctx, nx, "fra") || tok_is (ctx, nx, "from")) && i >= 1 &&
      (nk == NM_FIRST_AMBIG || nk == NM_LAST_AMBIG) && !AT_NL (nx + 1) &&
      (name_shaped (ctx, nx + 1) || (HAS (nx + 1, T_ALPHA) && !HAS (nx + 1, T_CAP))) &&
      !ROLE (i - 1, R_PLACE_PREP | R_YEAR_PREP))
    return TRUE;
  return FALSE;
}

static guint
rule_capitalised (Ctx *ctx, guint i)
{
  g_autofree char *kind = NULL;
  int              e;
  NameKind         nk;

  /* "Pt. hedder Storm", "kaldes \"Lana\"", "her name is May": a name
   * even when it is a word or a month */
  if (i >= 1 && !AT_NL (i))
    {
      guint    p = i - 1;
      gboolean strong = FALSE, weak = FALSE;

      if (p >= 1 && TLEN (p) <= 3 && !HAS (p, T_WORD) && glued (ctx, p) &&
          (TSTR (p)[0] == '"' || (guchar) TSTR (p)[0] == 0xE2 || TSTR (p)[0] == '\''))
        p--;
      if (!HAS (p, T_WORD) || !HAS (p, T_ALPHA) || TLEN (p) < 2 || TLEN (p) > 6)
        ;
      else if (tok_is (ctx, p, "hedder") || tok_is (ctx, p, "kaldes") ||
               tok_is (ctx, p, "kaldet") ||
               ((tok_is (ctx, p, "er") || tok_is (ctx, p, "is")) && p >= 1 &&
                (tok_is (ctx, p - 1, "navn") || tok_is (ctx, p - 1, "name") ||
                 tok_is (ctx, p - 1, "fornavn"))))
        strong = TRUE;
      else if (tok_is (ctx, p, "called") || tok_is (ctx, p, "named") || tok_is (ctx, p, "goes"))
        weak = TRUE;
      if ((strong || weak) && !name_shaped (ctx, i))
        strong = weak = FALSE;
      nk = (strong || weak) ? name_kind (ctx, i) : NM_NONE;
      if ((strong && !ROLE (i, R_TITLE) && (!ROLE (i, R_MEDICAL) || ROLE (i, R_MONTH))) ||
          (weak && (nk == NM_FIRST || nk == NM_FIRST_AMBIG || nk == NM_UNKNOWN ||
                    (ROLE (i, R_MONTH) && !HAS (i + 1, T_DIGIT)))))
        {
          guint e2 = name_extend (ctx, i, TRUE);

          if (!eponym_use (ctx, e2))
            {
              add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH,
                   60, "name.called", name_suggestion (ctx));
              return e2 + 1;
            }
        }
    }

  /* "Mark and Will from the registrar team", "Hansen og Lykke": the
   * second of two people joined by "og"/"and" may be an ordinary word */
  if (i >= 2 && (tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and")) && ctx->name_end > 0 &&
      ctx->t[i - 2].end == ctx->name_end && name_shaped (ctx, i) &&
      !(ctx->t[i].flags & (T_NL | T_SENT)) &&
      !ROLE (i, R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_MONTH | R_WEEKDAY | R_TITLE | R_PERSON |
                  R_FAMILY_DA | R_FAMILY_EN | R_INST_HEAD | R_DEPT_HEAD | R_OCC) &&
      !is_gene (ctx, i) && lex_match_span (ctx, ctx->rules->places, i, 4, NULL) < 0 &&
      !lex_has (ctx->rules->hospitals, TLOW (i), TLEN (i)))
    {
      guint e2 = name_extend (ctx, i, TRUE);

      if (!eponym_use (ctx, e2))
        {
          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name", name_suggestion (ctx));
          return e2 + 1;
        }
    }
  /* "an interpreter present (Kuluk)", "tolken (Iryna)", "sygeplejerske
   * (Hanne)": a person's role and a name in brackets */
  if (i >= 3 && punct_is (ctx, i - 1, '(') && punct_is (ctx, i + 1, ')') && name_shaped (ctx, i) &&
      (ROLE (i - 2, R_OCC | R_TITLE) ||
       (ROLE (i - 3, R_OCC | R_TITLE) && HAS (i - 2, T_ALPHA) && !HAS (i - 2, T_CAP | T_DIGIT))))
    {
      NameKind ak = name_kind (ctx, i);

      if (ak == NM_FIRST || ak == NM_FIRST_AMBIG || ak == NM_UNKNOWN || ak == NM_LAST)
        {
          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name", name_suggestion (ctx));
          return i + 1;
        }
    }

  /* A municipality or a region: a place where someone lives, an
   * institution where someone works */
  {
    g_autofree char *mk = NULL;
    int              me = municipality_span (ctx, i, &mk);

    if (me >= 0)
      switch (municipality_reading (ctx, i, strcmp (mk, "region") == 0))
        {
          case MUNI_PLACE:
            add (ctx, ctx->t[i].start, ctx->t[me].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM,
                 50, "place.municipality", place_suggestion (ctx, mk));
            return me + 1;
          case MUNI_EMPLOYER:
            add (ctx, ctx->t[i].start, ctx->t[me].end, KASUS_CATEGORY_INSTITUTION,
                 KASUS_SEVERITY_MEDIUM, 55, "institution.municipality",
                 institution_suggestion (ctx, "work"));
            return me + 1;
          case MUNI_UNSURE:
            break;
        }
  }

  /* Institutions first: they contain place and person names */
  if ((e = match_institution (ctx, i, &kind)) >= 0)
    {
      gsize st = ctx->t[i].start;

      if (kind && strcmp (kind, "work") != 0)
        {
          gboolean with_dept = FALSE;
          guint    e2 = institution_extend (ctx, e, kind, &with_dept);

          if (with_dept)
            {
              g_free (kind);
              kind = g_strdup ("dept");
            }
          e = e2;
        }
      add (ctx, st, ctx->t[e].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM, 55,
           "institution", institution_suggestion (ctx, kind));
      return e + 1;
    }
  /* A workplace right after a job: "kirkesanger i Domkirken", "chef at
   * Restaurant Kadeau", "byrådsmedlem for Venstre" — a capitalised word
   * that is no town and no person */
  if (i >= 2 && HAS (i, T_CAP) && HAS (i, T_ALPHA) && !(ctx->t[i].flags & (T_NL | T_SENT)) &&
      (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "på") || tok_is (ctx, i - 1, "paa") ||
       tok_is (ctx, i - 1, "hos") || tok_is (ctx, i - 1, "ved") || tok_is (ctx, i - 1, "at") ||
       tok_is (ctx, i - 1, "for")) &&
      last_found (ctx, i - 2, KASUS_CATEGORY_OCCUPATION) &&
      !ROLE (i, R_MONTH | R_WEEKDAY | R_MEDICAL | R_TITLE | R_FAMILY_DA | R_FAMILY_EN) &&
      lex_match_span (ctx, ctx->rules->places, i, 4, NULL) < 0)
    {
      NameKind wk = name_kind (ctx, i);

      if (wk != NM_FIRST && wk != NM_LAST && wk != NM_FIRST_AMBIG)
        {
          guint e2 = i;

          while (e2 < i + 3 && HAS (e2 + 1, T_CAP) && HAS (e2 + 1, T_ALPHA) && !AT_NL (e2 + 1) &&
                 ctx->t[e2 + 1].start == ctx->t[e2].end + 1 && !ROLE (e2 + 1, R_MONTH | R_WEEKDAY))
            e2++;
          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_INSTITUTION,
               KASUS_SEVERITY_MEDIUM, 55, "institution.workplace",
               institution_suggestion (ctx, "work"));
          return e2 + 1;
        }
    }

  if (!HAS (i, T_CAP) || HAS (i, T_DIGIT))
    return i;

  /* "Maj Sommer", "June Carter": a month that is also a first name */
  if (ROLE (i, R_MONTH) && TLEN (i) >= 3 && !HAS (i, T_UPPER) && i + 1 < ctx->n && !AT_NL (i + 1) &&
      (kasus_lexicon_contains (ctx->rules->first_names, TLOW (i), TLEN (i)) ||
       in_person_list (ctx, i)))
    {
      NameKind n2 = name_kind (ctx, i + 1);

      if (n2 == NM_LAST || n2 == NM_LAST_AMBIG || n2 == NM_FIRST ||
          (name_shaped (ctx, i + 1) && !ROLE (i + 1, R_MONTH | R_WEEKDAY) &&
           !(ctx->t[i + 1].flags & T_SENT)))
        {
          guint e2 = name_extend (ctx, i + 1, FALSE);

          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name", name_suggestion (ctx));
          return e2 + 1;
        }
    }

  /* Titles before a name: dr. Holm, ovl. Helle Damgaard, Mr. Ahmad Rahimi */
  if (ROLE (i, R_TITLE) && ctx->t[i].role->title == 'p')
    goto title;

  /* Street address: Kastanievej 14, 1. th., 2830 Virum */
  {
    guint    k = i;
    gboolean street = FALSE;

    if (HAS (i, T_ALPHA) && !HAS (i, T_UPPER))
      {
        /* one word with a street ending, or "Winsløws Vej" */
        for (guint m = 0; m < 3 && k < ctx->n; m++)
          {
            const Role *r;
            gsize       l = TLEN (k);
            const char *low = TLOW (k);
            gboolean    hit = FALSE;

            if (!HAS (k, T_CAP) && !(m > 0 && punct_is (ctx, k, '.')))
              break;
            /* every tail of the word ends as the word does */
            if (l >= 2 && street_ending (ctx->rules, low, l))
              for (gsize cut = MAX (l > 3 ? 3 : l, l - MIN (l, ctx->rules->street_max_len));
                   cut + 2 <= l && !hit; cut++)
                if ((r = role_lookup (ctx->rules, low + cut, l - cut)) && (r->roles & R_STREET_SFX))
                  hit = TRUE;
            if (!hit && m > 0 && ROLE (k, R_STREET_SFX))
              hit = TRUE;
            if (hit && HAS (k + 1, T_NUM) && TLEN (k + 1) <= 3 && tok_int (ctx, k + 1) > 0 &&
                !AT_NL (k + 1))
              {
                street = TRUE;
                k = k + 1;
                break;
              }
            if (punct_is (ctx, k + 1, '.'))
              k++;
            k++;
          }
      }
    /* a street without a number between "på"/"on" and "i"/"in" and a
     * town: "en butik på Algade i Vordingborg", "a shop on Jernbanegade
     * in Slagelse" */
    if (!street && k == i + 1 && i >= 1 && HAS (i, T_ALPHA) && !HAS (i, T_UPPER) &&
        !(ctx->t[i].flags & T_SENT) && TLEN (i) >= 5 &&
        (tok_is (ctx, i - 1, "på") || tok_is (ctx, i - 1, "paa") || tok_is (ctx, i - 1, "on")) &&
        (tok_is (ctx, i + 1, "i") || tok_is (ctx, i + 1, "in")) && name_shaped (ctx, i + 2) &&
        !AT_NL (i + 2) && lex_match_span (ctx, ctx->rules->places, i + 2, 4, NULL) >= 0)
      {
        const Role *r;
        gsize       l = TLEN (i);
        const char *low = TLOW (i);
        gboolean    hit = FALSE;

        if (street_ending (ctx->rules, low, l))
          for (gsize cut = MAX (2, l - MIN (l, ctx->rules->street_max_len)); cut + 2 <= l && !hit;
               cut++)
            if ((r = role_lookup (ctx->rules, low + cut, l - cut)) && (r->roles & R_STREET_SFX))
              hit = TRUE;
        if (hit)
          {
            add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM,
                 56, "place.street", S ("en gade", "a street"));
            return i + 1;
          }
      }
    if (street)
      {
        guint e2 = k;
        /* 14B, 14, 1. th., 2830 Virum, Denmark */
        if (HAS (e2 + 1, T_ALPHA) && TLEN (e2 + 1) == 1 && glued (ctx, e2))
          e2++;
        for (guint m = 0; m < 10 && e2 + 1 < ctx->n && !AT_NL (e2 + 1); m++)
          {
            guint nx = e2 + 1;
            if (punct_is (ctx, nx, ',') || punct_is (ctx, nx, '.') || tok_is (ctx, nx, "th") ||
                tok_is (ctx, nx, "tv") || tok_is (ctx, nx, "mf") || tok_is (ctx, nx, "st") ||
                (HAS (nx, T_NUM) && TLEN (nx) <= 2) || (HAS (nx, T_NUM) && TLEN (nx) == 4) ||
                (HAS (nx, T_CAP) && HAS (nx, T_ALPHA) && e2 > k &&
                 (HAS (e2, T_NUM) || HAS (e2, T_CAP) || punct_is (ctx, e2, ','))))
              e2 = nx;
            else
              break;
          }
        while (e2 > k && (punct_is (ctx, e2, ',') || punct_is (ctx, e2, '.')))
          e2--;
        add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_HIGH, 56,
             "place.address", S ("[adresse fjernet]", "[address removed]"));
        return e2 + 1;
      }
  }

  /* Places from the lexicon (longest first); a name followed by a last
   * name is a person, not a town */
  nk = name_kind (ctx, i);
  if (nk == NM_NONE || nk == NM_LAST_AMBIG || nk == NM_FIRST_AMBIG || nk == NM_LAST ||
      place_context_before (ctx, i))
    {
      g_autofree char *pk = NULL;
      int              pe = lex_match_span (ctx, ctx->rules->places, i, 4, &pk);

      if (pe >= 0 && !HAS (i, T_UPPER))
        {
          gboolean amb = pk && strstr (pk, ",a") != NULL;
          gboolean ok = TRUE;

          /* Denmark narrows nothing in a title or an adjective, but "i
           * Danmark", "moving to Denmark" says where someone is */
          if ((guint) pe == i && (tok_is (ctx, i, "danmark") || tok_is (ctx, i, "denmark")) &&
              !(i >= 1 && (ROLE (i - 1, R_PLACE_PREP) || tok_is (ctx, i - 1, "to")) &&
                /* not "i Danmark og internationalt" */
                !tok_is (ctx, i + 1, "og") && !tok_is (ctx, i + 1, "and") &&
                !tok_is (ctx, i + 1, "eller") && !tok_is (ctx, i + 1, "or")))
            ok = FALSE;
          if (amb && (guint) pe == i && !place_context_before (ctx, i) &&
              (ctx->t[i].flags & T_SENT))
            ok = FALSE;
          /* "a tour of Japan": a country capitalised inside a sentence is
           * the country, though "japan" is a word too */
          if (amb && (guint) pe == i && !place_context_before (ctx, i) && !DA &&
              lex_has (ctx->rules->words_en, TLOW (i), TLEN (i)) &&
              !(g_str_has_prefix (pk, "country") && HAS (i, T_CAP) &&
                !(ctx->t[i].flags & (T_SENT | T_NL)) && i >= 1 && HAS (i - 1, T_ALPHA) &&
                !HAS (i - 1, T_CAP)))
            ok = FALSE;
          /* first name + last name: a person */
          if (ok && (guint) pe == i && (nk == NM_FIRST_AMBIG || nk == NM_LAST) &&
              name_kind (ctx, i + 1) != NM_NONE && !AT_NL (i + 1) && !place_context_before (ctx, i))
            ok = FALSE;
          /* a hospital named by its town: "anæstesilæge på Vejle",
           * "Sanne Vestergaard (Vejle)" */
          if (ok && (guint) pe == i && hospital_town (ctx, i) &&
              ((i >= 2 && (tok_is (ctx, i - 1, "på") || tok_is (ctx, i - 1, "at")) &&
                (ROLE (i - 2, R_OCC | R_TITLE) || occupation_compound (ctx, i - 2) ||
                 (i >= 3 && ROLE (i - 3, R_OCC | R_TITLE)))) ||
               (i >= 2 && punct_is (ctx, i - 1, '(') && punct_is (ctx, i + 1, ')') &&
                ctx->name_end > 0 && ctx->t[i - 2].end == ctx->name_end)))
            {
              add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_INSTITUTION,
                   KASUS_SEVERITY_MEDIUM, 55, "institution.town",
                   institution_suggestion (ctx, "hosp"));
              return i + 1;
            }
          if (ok)
            {
              add (ctx, ctx->t[i].start, ctx->t[pe].end, KASUS_CATEGORY_PLACE,
                   KASUS_SEVERITY_MEDIUM, 50, "place", place_suggestion (ctx, pk));
              return pe + 1;
            }
        }
    }

  /* a company named by its group: "Danfoss-koncernen" */
  if (TLEN (i) > 12 &&
      (tok_ends_with (ctx, i, "-koncernen") || tok_ends_with (ctx, i, "-koncernens")))
    {
      add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM,
           55, "institution.group", institution_suggestion (ctx, "work"));
      return i + 1;
    }

  /* A town in the Danish genitive, before the noun it owns: "Vejles
   * centrum", "Odenses udkant". Towns that are also words or names
   * (value ",a") stay out. */
  if (DA && (nk == NM_NONE || nk == NM_UNKNOWN) && !HAS (i, T_UPPER | T_DIGIT) && TLEN (i) >= 4 &&
      TLOW (i)[TLEN (i) - 1] == 's' && glued (ctx, i) == FALSE && HAS (i + 1, T_ALPHA) &&
      !HAS (i + 1, T_CAP | T_DIGIT | T_NL) && !ROLE (i + 1, R_DA_FUNC))
    {
      gsize       vlen = 0;
      const char *v = kasus_lexicon_peek (ctx->rules->places, TLOW (i), TLEN (i) - 1, &vlen);

      if (v && vlen > 0 && !memchr (v, ',', vlen) &&
          !lex_has (ctx->rules->places, TLOW (i), TLEN (i)))
        {
          g_autofree char *pkind = g_strndup (v, vlen);

          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 50,
               "place.genitive", place_suggestion (ctx, pkind));
          return i + 1;
        }
    }

  /* Names */
  if (nk == NM_FIRST || nk == NM_FIRST_AMBIG || nk == NM_LAST || nk == NM_LAST_AMBIG ||
      nk == NM_UNKNOWN)
    {
      guint    e2 = name_extend (ctx, i, TRUE);
      gboolean ok = FALSE;

      if (e2 > i)
        {
          /* two or more name parts: a person when one of them is a known
           * name, or the line/context says so */
          for (guint k = i; k <= e2; k++)
            {
              NameKind kk = name_kind (ctx, k);
              if (kk == NM_FIRST || kk == NM_LAST ||
                  ((kk == NM_FIRST_AMBIG) && k == i && name_kind (ctx, e2) != NM_UNKNOWN))
                ok = TRUE;
            }
          if (!ok && nk == NM_FIRST_AMBIG)
            ok = TRUE;
        }
      else if (nk == NM_FIRST)
        ok = TRUE;
      /* "Peter" in a Danish text, "Lærke" in an English one: a name that
       * is a word only of the other language */
      else if (nk == NM_FIRST_AMBIG && !HAS (i, T_SENT) && TLEN (i) >= 3 &&
               /* "Tue 4 Mar": weekdays of English dates */
               !(TLEN (i) == 3 &&
                 (tok_is (ctx, i, "tue") || tok_is (ctx, i, "wed") || tok_is (ctx, i, "thu") ||
                  tok_is (ctx, i, "fri") || tok_is (ctx, i, "sat") || tok_is (ctx, i, "sun") ||
                  tok_is (ctx, i, "mon"))) &&
               !lex_has (DA ? ctx->rules->words_da : ctx->rules->words_en, TLOW (i), TLEN (i)) &&
               !lex_has (ctx->rules->eponyms, TLOW (i), TLEN (i)))
        {
          gsize       vlen = 0;
          const char *v = kasus_lexicon_peek (ctx->rules->first_names, TLOW (i), TLEN (i), &vlen);

          ok = v != NULL && vlen == 1 && v[0] == 'a';
        }

      /* context: greeting, sign-off, "Pt.:", before an e-mail or ", MD" */
      if (!ok && nk != NM_NONE && i >= 1)
        {
          guint    p = i - 1;
          gboolean colon = FALSE;
          if (punct_is (ctx, p, ':') && p >= 1)
            {
              p--;
              colon = TRUE;
            }
          if (punct_is (ctx, p, ',') && p >= 1 && ROLE (p - 1, R_SIGNOFF))
            p--;
          if (ROLE (p, R_GREETING | R_SIGNOFF) || ROLE (p, R_TITLE) ||
              (colon && ROLE (p, R_HEADER)) || tok_is (ctx, p, "navn") || tok_is (ctx, p, "name") ||
              in_person_list (ctx, i))
            ok = TRUE;
        }
      /* "Agnieszka er 38, født i …": a sentence about a person's age */
      if (!ok && (nk == NM_UNKNOWN || nk == NM_FIRST_AMBIG) && e2 == i &&
          !ROLE (i, R_DA_FUNC | R_EN_FUNC | R_PRONOUN) && (ctx->t[i].flags & T_SENT) &&
          ROLE2 (i + 1, R2_AGE_VERB) && HAS (i + 2, T_NUM) && !AT_NL (i + 2) &&
          tok_int (ctx, i + 2) >= 1 && tok_int (ctx, i + 2) <= 110 && age_end_after (ctx, i + 3))
        ok = TRUE;
      if (!ok && nk != NM_NONE && AT_NL (i) && i >= 2)
        {
          /* signature after "Med venlig hilsen" / "Best," on the line above */
          for (guint k = i - 1; k > 0 && k + 4 > i; k--)
            {
              if (ROLE (k, R_SIGNOFF))
                {
                  ok = TRUE;
                  break;
                }
              if (!punct_is (ctx, k, ',') && !punct_is (ctx, k, '-'))
                break;
            }
        }
      if (!ok && nk != NM_NONE && e2 + 1 < ctx->n)
        {
          guint nx = e2 + 1;
          /* Rasmus Holt <r@x.dk>, Jonas Bech, Consultant; Bak, afdelingslæge */
          if (punct_is (ctx, nx, '<') ||
              (punct_is (ctx, nx, ',') &&
               ((ROLE (nx + 1, R_TITLE) && ctx->t[nx + 1].role->title != 't') ||
                tok_is (ctx, nx + 1, "md") || tok_is (ctx, nx + 1, "phd") ||
                (ROLE (nx + 1, R_OCC) && !AT_NL (nx + 1)))) ||
              (punct_is (ctx, nx, '(') &&
               (tok_is (ctx, nx + 1, "pat") || tok_is (ctx, nx + 1, "pt"))))
            ok = TRUE;
        }
      if (ok && nk == NM_UNKNOWN && e2 == i &&
          !(i >= 1 && (ROLE (i - 1, R_GREETING | R_SIGNOFF | R_TITLE) ||
                       punct_is (ctx, i - 1, ':') || punct_is (ctx, i - 1, ','))))
        ok = ok && AT_NL (i);
      /* A name that is also a word, or a surname alone, told by what
       * follows: "når Bo kører hende", "and Will (her husband) will
       * sign", "Ask (52)", "Lærke fra Svendborg tager vagterne", "Hvass
       * (tovholder) siger", "Jensen sagde" */
      if (!ok && e2 == i && nk != NM_FIRST && person_cue_after (ctx, i, nk))
        ok = TRUE;
      /* "i Herat", "from Shiraz": a capitalised unknown word after a place word */
      if (!ok && nk == NM_UNKNOWN && e2 == i && i >= 1 && ROLE (i - 1, R_PLACE_PREP) &&
          !tok_is (ctx, i - 1, "til") && !tok_is (ctx, i - 1, "to") && !HAS (i, T_SENT) &&
          TLEN (i) >= 4)
        {
          add (ctx, ctx->t[i].start, ctx->t[i].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 45,
               "place.context", place_suggestion (ctx, "abroad"));
          return i + 1;
        }
      /* "skiferie i Val Thorens": a foreign place of several words */
      if (ok && e2 > i && i >= 1 && (tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "in")) &&
          name_kind (ctx, e2) == NM_UNKNOWN && !(ctx->t[i].flags & T_SENT))
        {
          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM,
               45, "place.context", place_suggestion (ctx, "abroad"));
          return e2 + 1;
        }
      if (ok && eponym_use (ctx, e2))
        ok = FALSE;
      if (ok)
        {
          add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 58,
               "name", name_suggestion (ctx));
          return e2 + 1;
        }
    }
  return i;

title:
  {
    guint k = i + 1;
    guint e2;

    if ((e2 = personal_title_name (ctx, i)) > 0)
      {
        add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
             "name.title", name_suggestion (ctx));
        return e2 + 1;
      }

    if (punct_is (ctx, k, '.') && glued (ctx, i))
      k++;
    if (punct_is (ctx, k, ':'))
      k++;
    if (k >= ctx->n || AT_NL (k))
      return i;
    /* "… + MR. Kaskadetest tilbudt": a scan in capitals, a word no list
     * has after it; "Tovholder: Alder, erhverv …": a word after the label */
    if (!is_initial (ctx, k) && ((HAS (i, T_UPPER) && name_kind (ctx, k) == NM_UNKNOWN) ||
                                 (punct_is (ctx, k - 1, ':') && name_kind (ctx, k) != NM_FIRST &&
                                  name_kind (ctx, k) != NM_LAST && is_common_word (ctx, k))))
      return i;
    if (is_initial (ctx, k) || name_kind (ctx, k) != NM_NONE)
      {
        e2 = is_initial (ctx, k) ? k + 2 : k;
        if (is_initial (ctx, k) && !name_shaped (ctx, e2))
          return i;
        e2 = name_extend (ctx, e2, TRUE);
        add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
             "name.title", name_suggestion (ctx));
        return e2 + 1;
      }
  }
  return i;
}

/* A lower-case town after a place word (the caller checked): a place
 * when the lexicon has it as an unambiguous town, island or country and
 * it is no ordinary word. Returns the token after it, or i. */
static guint
place_lower (Ctx *ctx, guint i)
{
  g_autofree char *pk = NULL;
  int              pe;

  if (!(tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "in") ||
        tok_is (ctx, i - 1, "from") || tok_is (ctx, i - 1, "near") || tok_is (ctx, i - 1, "nær")))
    return i;
  pe = lex_match_span (ctx, ctx->rules->places, i, 3, &pk);
  if (pe < 0 || (pk && strstr (pk, ",a")) || is_common_word (ctx, i) ||
      kasus_lexicon_contains (ctx->rules->first_names, TLOW (i), TLEN (i)) ||
      kasus_lexicon_contains (ctx->rules->last_names, TLOW (i), TLEN (i)))
    return i;
  add (ctx, ctx->t[i].start, ctx->t[pe].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 50,
       "place", place_suggestion (ctx, pk));
  return pe + 1;
}

/* A hospital, a town's school or a municipality written small in a hurried
 * note: "sygeplejerske på skejby", "sendt til rigshospitalet", "klinisk
 * genetik aalborg", "asked herlev pathology", "teacher at hellerup skole",
 * "via skanderborg kommune". Token i is a lower-case word that is no
 * ordinary word; the word before or after must say it is a place. */
static guint
inst_lower (Ctx *ctx, guint i)
{
  g_autofree char *kind = NULL;
  gboolean         cue;
  int              e;

  /* most words start no place: ask the lexicons' prefixes first */
  if (!kasus_lexicon_has_prefix (ctx->rules->hospitals, TLOW (i), TLEN (i)) &&
      !kasus_lexicon_has_prefix (ctx->rules->places, TLOW (i), TLEN (i)))
    return i;
  cue = TLEN (i - 1) <= 4 &&
        (tok_is (ctx, i - 1, "på") || tok_is (ctx, i - 1, "paa") || tok_is (ctx, i - 1, "til") ||
         tok_is (ctx, i - 1, "ved") || tok_is (ctx, i - 1, "via") || tok_is (ctx, i - 1, "hos") ||
         tok_is (ctx, i - 1, "at") || tok_is (ctx, i - 1, "to") || tok_is (ctx, i - 1, "for") ||
         tok_is (ctx, i - 1, "i") || tok_is (ctx, i - 1, "fra") || tok_is (ctx, i - 1, "in") ||
         tok_is (ctx, i - 1, "from") || tok_is (ctx, i - 1, "near") || tok_is (ctx, i - 1, "nær") ||
         tok_is (ctx, i - 1, "mod") || tok_is (ctx, i - 1, "with"));
  if (!cue)
    cue = ((ROLE (i - 1, R_DEPT_HEAD) || tok_ends_with (ctx, i - 1, "genetik") ||
            tok_ends_with (ctx, i - 1, "genetics") || dept_field_lower (ctx, i - 1)) &&
           !HAS (i - 1, T_CAP | T_UPPER)) ||
          (same_line (ctx, i) && (ROLE (i + 1, R_DEPT_HEAD) || dept_field_lower (ctx, i + 1)) &&
           !HAS (i + 1, T_CAP | T_UPPER));
  if (!cue || is_common_word (ctx, i) ||
      kasus_lexicon_contains (ctx->rules->first_names, TLOW (i), TLEN (i)) ||
      kasus_lexicon_contains (ctx->rules->last_names, TLOW (i), TLEN (i)))
    return i;
  if ((e = lex_match_span (ctx, ctx->rules->hospitals, i, 4, &kind)) >= 0)
    {
      add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM,
           55, "institution", institution_suggestion (ctx, kind));
      return e + 1;
    }
  g_clear_pointer (&kind, g_free);
  if ((e = lex_match_span (ctx, ctx->rules->places, i, 3, &kind)) < 0 ||
      (kind && strstr (kind, ",a")))
    return i;
  /* "hellerup skole", "odense kommune": the town's institution */
  if (same_line (ctx, e) && ROLE (e + 1, R_INST_HEAD) && !HAS (e + 1, T_CAP | T_UPPER))
    {
      add (ctx, ctx->t[i].start, ctx->t[e + 1].end, KASUS_CATEGORY_INSTITUTION,
           KASUS_SEVERITY_MEDIUM, 55, "institution", institution_suggestion (ctx, "other"));
      return e + 2;
    }
  add (ctx, ctx->t[i].start, ctx->t[e].end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 50,
       "place", place_suggestion (ctx, kind));
  return e + 1;
}

/* A job told by a phrase, not a job word: a pupil or student ("går i
 * 3.g", "studerer medicin", "in year 10", "the elder studies nursing"),
 * an athlete picked for a championship ("udtaget til junior-EM"), or a
 * business the person runs or sold ("har solgt bageriet", "runs the
 * pharmacy"). Adds the finding and returns its last token, or 0. */
static guint
rule_job_phrase (Ctx *ctx, guint i)
{
  /* "går i skole" is every child's: only the schools that narrow */
  static const char *const schools[] = {
    "gymnasiet",  "gymnasium", "efterskole", "efterskolen", "universitetet",
    "seminariet", "hf",        "htx",        "hhx",         "stx",
  };
  static const char *const fields[] = {
    "medicin",   "jura",  "til",    "økonomi", "psykologi",     "historie", "dansk",
    "matematik", "fysik", "kemi",   "biologi", "statskundskab", "teologi",  "filosofi",
    "engelsk",   "tysk",  "fransk", "musik",   "sygepleje",     "farmaci",  "arkitektur",
  };
  static const char *const businesses[] = {
    "bageri",      "salon",  "pizzeria", "kiosk",  "værksted", "butik",      "restaurant",
    "café",        "cafe",   "kro",      "apotek", "frisør",   "bakery",     "shop",
    "pharmacy",    "garage", "pub",      "hotel",  "firma",    "forretning", "virksomhed",
    "tankstation", "grill",  "store",    "b&b",
  };
  const char *cls = NULL;
  guint       e = 0, st = i;

  if (i + 1 >= ctx->n || !same_line (ctx, i))
    return 0;
  /* "går i 3.g", "går i 9. klasse", "går på gymnasiet" */
  if (tok_is (ctx, i, "går") && (tok_is (ctx, i + 1, "i") || tok_is (ctx, i + 1, "på")) &&
      same_line (ctx, i + 1))
    {
      guint k = i + 2;

      if (HAS (k, T_DIGIT) && TLEN (k) <= 4 && memchr (TSTR (k), '.', TLEN (k)) &&
          g_ascii_isalpha (TSTR (k)[TLEN (k) - 1]))
        e = k;
      else if (HAS (k, T_NUM) && TLEN (k) <= 2 && punct_is (ctx, k + 1, '.') && glued (ctx, k) &&
               same_line (ctx, k + 1) &&
               (tok_is (ctx, k + 2, "g") || tok_is (ctx, k + 2, "x") ||
                tok_is (ctx, k + 2, "klasse") || tok_is (ctx, k + 2, "kl")))
        e = k + 2;
      else
        for (guint c = 0; c < G_N_ELEMENTS (schools); c++)
          if (tok_is_n (ctx, k, schools[c], strlen (schools[c])) ||
              (HAS (k, T_ALPHA) && !HAS (k, T_CAP) && TLEN (k) > 8 &&
               !tok_ends_with (ctx, k, "folkeskole") && !tok_ends_with (ctx, k, "folkeskolen") &&
               (tok_ends_with (ctx, k, "skole") || tok_ends_with (ctx, k, "skolen") ||
                tok_ends_with (ctx, k, "gymnasium") || tok_ends_with (ctx, k, "gymnasiet"))))
            {
              e = k;
              break;
            }
      cls = "student";
    }
  /* "studerer medicin", "læser jura", "læser til lærer" */
  else if ((tok_is (ctx, i, "studerer") || tok_is (ctx, i, "læser")) && HAS (i + 1, T_ALPHA) &&
           !HAS (i + 1, T_CAP | T_UPPER | T_DIGIT) && i >= 1 &&
           (person_word (ctx, i - 1) || ctx->t[i - 1].end == ctx->name_end ||
            ROLE (i - 1, R_FAM_ADJ) || tok_is (ctx, i - 1, "nu")))
    {
      if (TOK_IN (i + 1, fields))
        e = i + 1;
      if (!e && tok_is (ctx, i, "studerer") && TLEN (i + 1) >= 4 &&
          !ROLE (i + 1, R_DA_FUNC | R_EN_FUNC))
        e = i + 1;
      if (e && tok_is (ctx, e, "til") && HAS (e + 1, T_ALPHA) && same_line (ctx, e))
        e++;
      cls = "student";
    }
  /* "the elder studies nursing", "she is studying medicine" */
  else if ((tok_is (ctx, i, "studies") || tok_is (ctx, i, "studying")) && i >= 1 &&
           HAS (i + 1, T_ALPHA) && !HAS (i + 1, T_CAP | T_UPPER | T_DIGIT) && TLEN (i + 1) >= 3 &&
           !ROLE (i + 1, R_DA_FUNC | R_EN_FUNC) &&
           (person_word (ctx, i - 1) || ctx->t[i - 1].end == ctx->name_end ||
            ROLE (i - 1, R_FAM_ADJ) || tok_is (ctx, i - 1, "now") || tok_is (ctx, i - 1, "also") ||
            (tok_is (ctx, i, "studying") && i >= 2 && ROLE2 (i - 1, R2_AGE_VERB) &&
             (person_word (ctx, i - 2) || ctx->t[i - 2].end == ctx->name_end))))
    {
      e = i + 1;
      cls = "student";
    }
  /* "in year 10", "in grade 7" at school */
  else if ((tok_is (ctx, i, "year") || tok_is (ctx, i, "grade")) && i >= 1 &&
           tok_is (ctx, i - 1, "in") && HAS (i + 1, T_NUM) && tok_int (ctx, i + 1) >= 1 &&
           tok_int (ctx, i + 1) <= 13 && TLEN (i + 1) <= 2 && !tok_is (ctx, i + 2, "of") &&
           !tok_is (ctx, i + 2, "after") && !tok_is (ctx, i + 2, "since") &&
           !punct_is (ctx, i + 2, '%') && !ROLE2 (i + 2, R2_UNIT))
    {
      st = i - 1;
      e = i + 1;
      cls = "student";
    }
  /* "udtaget til junior-EM" ("udtaget til landsholdet": the team is an
   * institution of its own) */
  else if (tok_is (ctx, i, "udtaget") && tok_is (ctx, i + 1, "til") && same_line (ctx, i + 1) &&
           i + 2 < ctx->n)
    {
      const char *w = TSTR (i + 2);
      gsize       l = TLEN (i + 2);

      if ((l >= 2 && (memcmp (w + l - 2, "EM", 2) == 0 || memcmp (w + l - 2, "VM", 2) == 0 ||
                      memcmp (w + l - 2, "OL", 2) == 0 || memcmp (w + l - 2, "DM", 2) == 0 ||
                      memcmp (w + l - 2, "NM", 2) == 0)))
        {
          e = i + 2;
          cls = "sports";
        }
    }
  /* "kører post", "kørte taxa i tyve år": driving as the job */
  else if ((tok_is (ctx, i, "kører") || tok_is (ctx, i, "kørte")) &&
           (tok_is (ctx, i + 1, "post") || tok_is (ctx, i + 1, "taxa") ||
            tok_is (ctx, i + 1, "taxi") || tok_is (ctx, i + 1, "bus") ||
            tok_is (ctx, i + 1, "lastbil") || tok_is (ctx, i + 1, "ambulance") ||
            tok_is (ctx, i + 1, "rute") || tok_is (ctx, i + 1, "varevogn") ||
            tok_is (ctx, i + 1, "budbil") || tok_is (ctx, i + 1, "skraldebil") ||
            tok_is (ctx, i + 1, "tog")))
    {
      e = i + 1;
      cls = "transport";
    }
  /* "har solgt bageriet", "driver en frisørsalon", "runs the pharmacy" */
  else if (tok_is (ctx, i, "driver") || tok_is (ctx, i, "drev") || tok_is (ctx, i, "solgt") ||
           tok_is (ctx, i, "solgte") || tok_is (ctx, i, "overtog") || tok_is (ctx, i, "runs") ||
           tok_is (ctx, i, "ran") || tok_is (ctx, i, "sold") || tok_is (ctx, i, "run") ||
           tok_is (ctx, i, "running"))
    {
      guint k = i + 1;

      for (guint d = 0; d < 2 && same_line (ctx, k - 1); d++)
        if (ROLE (k, R_POSS) || tok_is (ctx, k, "the") || tok_is (ctx, k, "a") ||
            tok_is (ctx, k, "an") || tok_is (ctx, k, "en") || tok_is (ctx, k, "et") ||
            tok_is (ctx, k, "own") || tok_is (ctx, k, "egen") || tok_is (ctx, k, "eget") ||
            tok_is (ctx, k, "family") || tok_is (ctx, k, "familiens") || tok_is (ctx, k, "local") ||
            tok_is (ctx, k, "lokale"))
          k++;
      if (tok_is (ctx, k, "b&b") && !AT_NL (k))
        e = k;
      else if (tok_is (ctx, k, "b") && punct_is (ctx, k + 1, '&') && tok_is (ctx, k + 2, "b") &&
               glued (ctx, k) && glued (ctx, k + 1) && !AT_NL (k))
        {
          st = k;
          e = k + 2;
        }
      else if (k < ctx->n && !AT_NL (k) && HAS (k, T_ALPHA) && !HAS (k, T_CAP | T_DIGIT))
        for (guint c = 0; c < G_N_ELEMENTS (businesses) && !e; c++)
          {
            const char *b = businesses[c];
            gsize       bl = strlen (b), l = TLEN (k);
            const char *low = TLOW (k);

            /* the word, or a compound ending in it: "neglesalonen",
             * "pizzeriaet", "bageriet" */
            for (gsize off = 0; off + bl <= l && off <= l - bl; off++)
              if (memcmp (low + off, b, bl) == 0 && l - off - bl <= 3 &&
                  (off == 0 || (off >= 3 && DA)) && (DA || l - off - bl <= 1))
                {
                  e = k;
                  break;
                }
          }
      if (e && st == i)
        st = e;
      cls = "service";
    }
  if (!e || !cls)
    return 0;
  add (ctx, ctx->t[st].start, ctx->t[e].end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM, 35,
       "occupation.phrase", g_strdup (occupation_suggestion (ctx, cls)));
  return e;
}

/* Lower-case titles before a name: "ovl. Helle Damgaard", "dr. Holm". */
static guint
rule_title_lower (Ctx *ctx, guint i)
{
  guint    k = i + 1;
  guint    e2;
  NameKind nk;

  if ((e2 = personal_title_name (ctx, i)) > 0)
    goto found;
  if (punct_is (ctx, k, '.') && glued (ctx, i))
    k++;
  if (punct_is (ctx, k, ':'))
    k++;
  if (k >= ctx->n || AT_NL (k))
    return i;
  if (is_initial (ctx, k) && name_shaped (ctx, k + 2))
    {
      e2 = name_extend (ctx, k + 2, TRUE);
      goto found;
    }
  nk = name_kind (ctx, k);
  /* "fra læge PGJ", "overlæge KL" */
  if (nk == NM_NONE && ctx->t[i].role->title == 'p' && HAS (k, T_UPPER) && !HAS (k, T_DIGIT) &&
      TLEN (k) >= 2 && TLEN (k) <= 4 && !ROLE (k, R_MEDICAL) && !ROLE2 (k, R2_NO_INITIALS) &&
      !lex_has (ctx->rules->hospital_abbrevs, TSTR (k), TLEN (k)))
    {
      e2 = k;
      goto found;
    }
  if (nk == NM_NONE)
    return i;
  /* "patient Hansen" is weak for ordinary words; the pt kind needs a known
   * name or two name parts */
  e2 = name_extend (ctx, k, TRUE);
  if (ctx->t[i].role->title == 't' && nk != NM_FIRST && nk != NM_LAST && e2 == k)
    return i;
  if (nk == NM_UNKNOWN && e2 == k && (ctx->t[k].flags & T_SENT))
    return i;
found:
  add (ctx, ctx->t[i].start, ctx->t[e2].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 60,
       "name.title", name_suggestion (ctx));
  return e2 + 1;
}

/* ------------------------------------------------------------------ */

/* The high bit of every byte of w in 'A'..'Z'. Exact for every byte (no
 * carry crosses a byte). */
static inline guint64
upper_byte_mask (guint64 w)
{
  const guint64 h = G_GUINT64_CONSTANT (0x8080808080808080);
  guint64       y = w & ~h;
  guint64       ge_a = y + G_GUINT64_CONSTANT (0x3F3F3F3F3F3F3F3F); /* >= 'A' */
  guint64       gt_z = y + G_GUINT64_CONSTANT (0x2525252525252525); /* > 'Z' */

  return ge_a & ~gt_z & ~w & h;
}

/* Counts Danish letters and function words of either language in the
 * runs of letters (and non-ASCII bytes): every short run is packed,
 * lower-cased, into an integer and looked up in a small table instead of
 * the roles hash. */
KasusLanguage
kasus_scan_rules_detect_language (const KasusScanRules *self, const char *text, gsize length)
{
  int           da = 0, en = 0;
  const guchar *p = (const guchar *) text, *end = p + length;

  while (p < end)
    {
      const guchar *s;
      gsize         l;
      guint64       key = 0;
      guint         k;
      gboolean      high = FALSE; /* a 0xC3 byte in the word */

      while (p < end && !(byte_class[*p] & (C_ALPHA | C_HIGH)))
        p++;
      s = p;
      while (p < end)
        {
          guint c;

          /* most of a word: ASCII letters */
          p = skip_letters (p, end);
          if (p >= end)
            break;
          c = byte_class[*p];
          if (c & C_ALPHA)
            {
              p++;
              continue;
            }
          if (!(c & C_HIGH))
            break;
          if (*p == 0xC3)
            {
              if (p + 1 < end && (p[1] == 0xA6 || p[1] == 0xB8 || p[1] == 0xA5 || p[1] == 0x86 ||
                                  p[1] == 0x98 || p[1] == 0x85))
                da++;
              high = TRUE;
            }
          p++;
        }
      l = p - s;
      if (l == 0 || l > self->func_max_len)
        continue;
      /* acronyms ("WHO", "IT"), a capital alone ("CDKN2A") and words glued
       * to a number ("p.Arg132His") are no function words */
      if ((s[0] >= 'A' && s[0] <= 'Z' && (l == 1 || (s[1] >= 'A' && s[1] <= 'Z'))) ||
          (s > (const guchar *) text && (g_ascii_isdigit (s[-1]) || s[-1] == '.')))
        continue;

      /* lower-case as tokenize() does: eight bytes at once when they are
       * there and hold no capital but A-Z */
      if (end - s >= 8 && !high)
        {
          guint64 w = load64 ((const char *) s) & (G_MAXUINT64 >> (8 * (8 - l)));

          key = w | (upper_byte_mask (w) >> 2);
        }
      else
        for (gsize i = 0; i < l; i++)
          {
            guint64 c = s[i];

            if (c >= 'A' && c <= 'Z')
              c += 32;
            else if (c == 0xC3 && i + 1 < l && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
                     s[i + 1] != 0x97)
              {
                key |= c << (8 * i);
                i++;
                c = s[i] + 0x20;
              }
            key |= c << (8 * i);
          }
      for (k = func_slot (key); self->func_keys[k] != 0; k = (k + 1) & (FUNC_SLOTS - 1))
        if (self->func_keys[k] == key)
          {
            if (self->func_lang[k] & FUNC_DA)
              da += 2;
            if (self->func_lang[k] & FUNC_EN)
              en += 2;
            break;
          }
    }
  if (da == 0 && en == 0)
    return KASUS_LANGUAGE_AUTO;
  return en > da ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
}

void
kasus_scan_rules_scan (const KasusScanRules *self,
                       const char           *text,
                       gsize                 length,
                       gsize                 base,
                       KasusLanguage         language,
                       KasusScanScratch     *scratch,
                       GArray               *out)
{
  Ctx               ctx_s = { 0 }, *ctx = &ctx_s;
  KasusScanScratch *own = NULL;

  if (length == 0)
    return;
  if (scratch == NULL)
    scratch = own = kasus_scan_scratch_new ();
  ctx->rules = self;
  ctx->text = text;
  ctx->length = length;
  ctx->base = base;
  ctx->lang = language == KASUS_LANGUAGE_EN ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
  ctx->out = out;
  /* the tokenizer lower-cases the words in place */
  scratch_reserve (&scratch->lower, &scratch->lower_size, length);
  ctx->lower = scratch->lower;
  memcpy (ctx->lower, text, length);
  ctx->t = tokenize (self, text, ctx->lower, length, scratch, &ctx->n);
  scratch_reserve ((char **) &scratch->name_kinds, &scratch->name_kinds_size, MAX (ctx->n, 1));
  ctx->name_kinds = scratch->name_kinds;
  memset (ctx->name_kinds, NAME_KIND_UNSET, ctx->n);

  rule_email_url (ctx);

  for (guint i = 0; i < ctx->n;)
    {
      const Tok *t = &ctx->t[i];
      guint      next;

      if (!(t->flags & T_WORD))
        {
          i++;
          continue;
        }
      if (g_ascii_isdigit (TSTR (i)[0]))
        {
          if ((next = rule_number (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if (code_shaped (ctx, i))
            {
              add (ctx, t->start, t->end, KASUS_CATEGORY_ID, KASUS_SEVERITY_MEDIUM, 62, "id.code",
                   S ("[ID fjernet]", "[ID removed]"));
            }
          i++;
          continue;
        }

      if (t->role)
        {
          const Role *r = t->role;

          if (r->roles & R_OCC_TRIGGER)
            rule_occupation_as (ctx, i);
          /* "University of Southern Denmark", "University of Copenhagen" */
          if (tok_is (ctx, i, "university") && HAS (i, T_CAP) && tok_is (ctx, i + 1, "of") &&
              HAS (i + 2, T_CAP) && !HAS (i + 2, T_DIGIT | T_NL))
            {
              guint e = i + 2;

              while (e < i + 5 && HAS (e + 1, T_CAP) && !HAS (e + 1, T_DIGIT | T_NL) &&
                     ctx->t[e + 1].start == ctx->t[e].end + 1)
                e++;
              add (ctx, t->start, ctx->t[e].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM,
                   55, "institution.university", institution_suggestion (ctx, "work"));
              i = e + 1;
              continue;
            }
          if ((r->roles & R_ID_LABEL) && (next = rule_id (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if ((r->roles & R_MONTH) && (next = rule_month_word (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if ((r->roles & R_HOLIDAY) && (next = rule_holiday (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if ((r->roles & R_TITLE) && !(t->flags & T_CAP) && r->title == 'p' &&
              (next = rule_title_lower (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if ((r->roles & R_TITLE) && r->title == 't' && (next = rule_title_lower (ctx, i)) > i)
            {
              i = next;
              continue;
            }
        }
      else if (HAS (i, T_ALPHA) && HAS (i, T_DIGIT) && HAS (i, T_DASH))
        {
          if ((next = rule_month_token (ctx, i)) > 0)
            {
              i = next + 1;
              continue;
            }
          /* "U21-landsholdsspiller", "2.-divisionsspiller": a job after
           * a code */
          {
            const char *low = TLOW (i);
            const char *dash = NULL;
            const Role *orr;

            for (gsize k = TLEN (i); k > 0 && !dash; k--)
              if (low[k - 1] == '-')
                dash = low + k - 1;

            if (dash && low + TLEN (i) - dash > 5 &&
                (orr = role_lookup (self, dash + 1, low + TLEN (i) - dash - 1)) &&
                (orr->roles & R_OCC) && orr->occ_class &&
                orr->occ_class[strlen (orr->occ_class) - 1] != '*')
              {
                add (ctx, t->start, t->end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM, 35,
                     "occupation", g_strdup (occupation_suggestion (ctx, orr->occ_class)));
                i++;
                continue;
              }
          }
          if ((next = rule_id (ctx, i)) > i)
            {
              i = next;
              continue;
            }
        }
      if (!t->role && HAS (i, T_ALPHA) && HAS (i, T_DASH) && (next = rule_id (ctx, i)) > i)
        {
          i = next;
          continue;
        }

      /* a lower-case head and a name: "hospice Sankt Lukas", "plejehjemmet
       * Solgården" */
      if (t->role && (t->role->roles & R_INST_HEAD) && !HAS (i, T_CAP) && TLEN (i) >= 5 &&
          i + 1 < ctx->n && !(ctx->t[i + 1].flags & (T_NL | T_SENT)) &&
          name_kind (ctx, i + 1) != NM_NONE)
        {
          guint e = name_extend (ctx, i + 1, TRUE);

          add (ctx, t->start, ctx->t[e].end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM, 55,
               "institution", institution_suggestion (ctx, "other"));
          i = e + 1;
          continue;
        }
      /* a lower-case department: "afd. R", "afsnit 4062", and "onkologisk
       * afdeling" or "the oncology department" when a hospital follows */
      if (t->role && (t->role->roles & R_DEPT_HEAD) && !HAS (i, T_CAP) &&
          (next = rule_dept_lower (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      /* a nationality said of a person or an origin: "en tyrkisk kvinde",
       * "den grønlandske oprindelse", "a Greenlandic patient" */
      if (t->role && (t->role->roles2 & R2_NATIONALITY) &&
          (ROLE2 (i + 1, R2_ORIGIN_NOUN) || ROLE (i + 1, R_FAMILY_DA | R_FAMILY_EN) ||
           (HAS (i + 1, T_ALPHA) && !HAS (i + 1, T_CAP) && ROLE (i + 1, R_FAM_ADJ) &&
            ROLE2 (i + 2, R2_ORIGIN_NOUN))) &&
          !AT_NL (i + 1))
        {
          add (ctx, t->start, t->end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 45,
               "place.nationality", S ("udenlandsk", "foreign"));
          i++;
          continue;
        }
      /* most words open none of these phrases: only hook words, long
       * words and hyphenated ones go on */
      if (HAS (i, T_ALPHA) && !HAS (i, T_UPPER) &&
          (ROLE2 (i, R2_HOOK) || TLEN (i) >= 8 || HAS (i, T_DASH)))
        {
          const char *low = TLOW (i);
          gsize       l = TLEN (i);
          int         v;
          guint       e;

          /* "han er kun nitten", "Pt. er fyrreogtres år", "sixty-three," */
          {
            guint st2 = 0;

            if ((e = written_age_phrase (ctx, i, &v, &st2)) > 0)
              {
                add (ctx, st2, ctx->t[e].end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70,
                     "age.words", age_suggestion (ctx, v));
                i = e + 1;
                continue;
              }
          }
          /* "treogtres-årig", "sixty-three-year-old" */
          if (l >= 8 && (v = written_age (ctx, i)) > 0)
            {
              add (ctx, t->start, t->end, KASUS_CATEGORY_AGE, KASUS_SEVERITY_HIGH, 70, "age.words",
                   age_suggestion (ctx, v));
              i++;
              continue;
            }
          /* "mid-September 2022", "mid-2023" */
          if (l > 4 && memcmp (low, "mid-", 4) == 0)
            {
              const Role *mr = role_lookup (self, low + 4, l - 4);
              int         y = 0;

              if (l == 8 && g_ascii_isdigit (low[4]))
                y = (int) g_ascii_strtoll (low + 4, NULL, 10);
              if ((mr && (mr->roles & R_MONTH)) || is_year (y))
                {
                  e = i;
                  if (!y && HAS (i + 1, T_NUM) && is_year (tok_int (ctx, i + 1)) && !AT_NL (i + 1))
                    y = tok_int (ctx, ++e);
                  add (ctx, t->start, ctx->t[e].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
                       "date.month", year_suggestion (ctx, y));
                  i = e + 1;
                  continue;
                }
            }
          /* "New Year's Eve" */
          if (tok_is (ctx, i, "new") && tok_is (ctx, i + 1, "year's") &&
              (tok_is (ctx, i + 2, "eve") || tok_is (ctx, i + 2, "day")))
            {
              add (ctx, t->start, ctx->t[i + 2].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
                   "date.holiday", year_suggestion (ctx, 0));
              i += 3;
              continue;
            }
          /* "bygden Kapisillit", "landsbyen Ulstrup", "the village of Tarm" */
          if ((tok_is (ctx, i, "bygden") || tok_is (ctx, i, "byen") ||
               tok_is (ctx, i, "landsbyen") || tok_is (ctx, i, "øen") ||
               tok_is (ctx, i, "sognet") || tok_is (ctx, i, "village") || tok_is (ctx, i, "town") ||
               tok_is (ctx, i, "island")) &&
              !HAS (i, T_CAP))
            {
              guint k = i + 1;

              if (tok_is (ctx, k, "of") && !DA)
                k++;
              if (name_shaped (ctx, k) && !(ctx->t[k].flags & (T_NL | T_SENT)) &&
                  (k > i + 1 || DA) && !ROLE (k, R_MONTH | R_WEEKDAY | R_MEDICAL))
                {
                  add (ctx, ctx->t[k].start, ctx->t[k].end, KASUS_CATEGORY_PLACE,
                       KASUS_SEVERITY_MEDIUM, 50, "place.named",
                       place_suggestion (ctx, tok_is (ctx, i, "øen") || tok_is (ctx, i, "island")
                                                ? "island"
                                                : "town"));
                  i = k + 1;
                  continue;
                }
            }
          /* "Adresse: …", "Address: …" up to the end of the line */
          if ((tok_is (ctx, i, "adresse") || tok_is (ctx, i, "address")) &&
              punct_is (ctx, i + 1, ':') && i + 2 < ctx->n && !AT_NL (i + 2))
            {
              guint a = i + 2;

              /* "c/o Nour Mansour (daughter), Vestergade 31": the person
               * the letters go to, then the address */
              if (tok_is (ctx, a, "c") && punct_is (ctx, a + 1, '/') && tok_is (ctx, a + 2, "o") &&
                  glued (ctx, a) && glued (ctx, a + 1) && name_shaped (ctx, a + 3) &&
                  !AT_NL (a + 3))
                {
                  guint ne = name_extend (ctx, a + 3, TRUE);

                  add (ctx, ctx->t[a + 3].start, ctx->t[ne].end, KASUS_CATEGORY_NAME,
                       KASUS_SEVERITY_HIGH, 60, "name.title", name_suggestion (ctx));
                  a = ne + 1;
                  /* "c/o Nour Mansour (daughter)": the relation */
                  if (punct_is (ctx, a, '(') && ROLE (a + 1, R_FAMILY_DA | R_FAMILY_EN) &&
                      punct_is (ctx, a + 2, ')'))
                    add (ctx, ctx->t[a + 1].start, ctx->t[a + 1].end, KASUS_CATEGORY_FAMILY,
                         KASUS_SEVERITY_MEDIUM, 40, "family.relation",
                         S ("et nært familiemedlem", "a close relative"));
                  if (punct_is (ctx, a, '('))
                    while (a < ctx->n && !AT_NL (a) && !punct_is (ctx, a, ')'))
                      a++;
                  if (punct_is (ctx, a, ')'))
                    a++;
                  while (a < ctx->n && !AT_NL (a) &&
                         (punct_is (ctx, a, ',') || punct_is (ctx, a, ';')))
                    a++;
                  if (a >= ctx->n || AT_NL (a))
                    {
                      i = a;
                      continue;
                    }
                }
              i = a - 2;
              e = i + 2;
              while (e + 1 < ctx->n && !AT_NL (e + 1))
                e++;
              while (e > i + 2 && (punct_is (ctx, e, '.') || punct_is (ctx, e, ',')))
                e--;
              add (ctx, ctx->t[i + 2].start, ctx->t[e].end, KASUS_CATEGORY_PLACE,
                   KASUS_SEVERITY_HIGH, 56, "place.address",
                   S ("[adresse fjernet]", "[address removed]"));
              i = e + 1;
              continue;
            }
          /* "ex-nurse", "eks-sygeplejerske": a former job behind a prefix;
           * "harbour-master": a two-word job written with a hyphen */
          if (HAS (i, T_DASH) && l >= 5 && l < 64)
            {
              const char *dash = memchr (low, '-', l);
              const Role *orr = NULL;
              gboolean    prefix = FALSE;

              if ((dash - low == 2 && memcmp (low, "ex", 2) == 0) ||
                  (dash - low == 3 && memcmp (low, "eks", 3) == 0))
                {
                  orr = role_lookup (self, dash + 1, l - (dash + 1 - low));
                  prefix = TRUE;
                }
              else if (memchr (dash + 1, '-', l - (dash + 1 - low)) == NULL)
                {
                  char buf[64];

                  memcpy (buf, low, l);
                  buf[dash - low] = ' ';
                  orr = role_lookup (self, buf, l);
                }
              if (orr && (orr->roles & R_OCC) && orr->occ_class &&
                  (prefix || orr->occ_class[strlen (orr->occ_class) - 1] != '*'))
                {
                  add (ctx, t->start, t->end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM, 35,
                       "occupation", g_strdup (occupation_suggestion (ctx, orr->occ_class)));
                  i++;
                  continue;
                }
            }
          /* Owning a business: "owner of a pizzeria", "owns a bakery",
           * "ejer af en frisørsalon", "indehaver af et værksted" */
          if ((tok_is (ctx, i, "owner") && tok_is (ctx, i + 1, "of")) || tok_is (ctx, i, "owns") ||
              ((tok_is (ctx, i, "ejer") || tok_is (ctx, i, "indehaver")) &&
               tok_is (ctx, i + 1, "af")))
            {
              guint k = tok_is (ctx, i, "owns") ? i + 1 : i + 2;
              guint last = 0;

              if (tok_is (ctx, k, "a") || tok_is (ctx, k, "an") || tok_is (ctx, k, "the") ||
                  tok_is (ctx, k, "en") || tok_is (ctx, k, "et") || tok_is (ctx, k, "sin") ||
                  tok_is (ctx, k, "sit"))
                k++;
              for (guint m = 0; m < 2 && k + m < ctx->n; m++)
                {
                  guint q = k + m;

                  if (!HAS (q, T_ALPHA) || HAS (q, T_CAP | T_DIGIT | T_NL) ||
                      ROLE (q, R_DA_FUNC | R_EN_FUNC | R_PLACE_PREP) ||
                      ctx->t[q].start != ctx->t[q - 1].end + 1)
                    break;
                  last = q;
                }
              if (last > 0 && !ROLE (i + 1, R_FAMILY_DA | R_FAMILY_EN))
                {
                  add (ctx, t->start, ctx->t[last].end, KASUS_CATEGORY_OCCUPATION,
                       KASUS_SEVERITY_MEDIUM, 35, "occupation.owner",
                       g_strdup (occupation_suggestion (ctx, "service")));
                  i = last + 1;
                  continue;
                }
            }
          /* Running one's own firm: "eget murerfirma", "partner i et
           * revisionsfirma" — the compound names the trade */
          if (l >= 9 &&
              (tok_ends_with (ctx, i, "firma") || tok_ends_with (ctx, i, "virksomhed") ||
               tok_ends_with (ctx, i, "forretning")) &&
              !tok_is (ctx, i, "virksomhed") && !tok_is (ctx, i, "forretning") && i >= 1 &&
              !AT_NL (i))
            {
              guint st3 = i;

              if (tok_is (ctx, i - 1, "eget") || tok_is (ctx, i - 1, "egen"))
                st3 = i - 1;
              else if ((tok_is (ctx, i - 1, "et") || tok_is (ctx, i - 1, "en")) && i >= 3 &&
                       tok_is (ctx, i - 2, "i") && tok_is (ctx, i - 3, "partner"))
                st3 = i - 3;
              if (st3 < i)
                {
                  add (ctx, ctx->t[st3].start, t->end, KASUS_CATEGORY_OCCUPATION,
                       KASUS_SEVERITY_MEDIUM, 35, "occupation.owner",
                       g_strdup (occupation_suggestion (ctx, "service")));
                  i++;
                  continue;
                }
            }
          /* "Swedish-born", "tyrkiskfødt" */
          if (l > 6 && (tok_ends_with (ctx, i, "-born") || tok_ends_with (ctx, i, "-født")))
            {
              const char *dash = memchr (low, '-', l);
              const Role *nr = dash ? role_lookup (self, low, dash - low) : NULL;

              if (nr && (nr->roles2 & R2_NATIONALITY))
                {
                  add (ctx, t->start, t->start + (dash - low), KASUS_CATEGORY_PLACE,
                       KASUS_SEVERITY_MEDIUM, 45, "place.nationality", S ("udenlandsk", "foreign"));
                  i++;
                  continue;
                }
            }
          /* "a Danish woman", "his Danish residence" say where someone lives */
          if ((tok_is (ctx, i, "danish") || tok_is (ctx, i, "dansk") ||
               tok_is (ctx, i, "danske")) &&
              (tok_is (ctx, i + 1, "woman") || tok_is (ctx, i + 1, "man") ||
               tok_is (ctx, i + 1, "wife") || tok_is (ctx, i + 1, "husband") ||
               tok_is (ctx, i + 1, "residence") || tok_is (ctx, i + 1, "citizen") ||
               tok_is (ctx, i + 1, "kvinde") || tok_is (ctx, i + 1, "statsborger") ||
               tok_is (ctx, i + 1, "bopæl") || tok_is (ctx, i + 1, "dual")))
            {
              add (ctx, t->start, t->end, KASUS_CATEGORY_PLACE, KASUS_SEVERITY_MEDIUM, 45,
                   "place.nationality", S ("et nordisk land", "a Nordic country"));
              i++;
              continue;
            }
          /* "ungdomslandsholdet": a national team */
          if (!HAS (i, T_CAP) && l >= 11 &&
              (tok_ends_with (ctx, i, "landsholdet") || tok_ends_with (ctx, i, "landsholdets")))
            {
              add (ctx, t->start, t->end, KASUS_CATEGORY_INSTITUTION, KASUS_SEVERITY_MEDIUM, 55,
                   "institution", institution_suggestion (ctx, "work"));
              i++;
              continue;
            }
          /* "går i 3.g", "studies nursing", "har solgt bageriet" */
          if (ROLE2 (i, R2_HOOK) && (e = rule_job_phrase (ctx, i)) > 0)
            {
              i = e + 1;
              continue;
            }
          /* "spiller tuba", "member of the regional council" */
          if (!HAS (i, T_CAP) && (e = role_phrase (ctx, i)) > 0)
            {
              add (ctx, t->start, ctx->t[e].end, KASUS_CATEGORY_OCCUPATION, KASUS_SEVERITY_MEDIUM,
                   35, "occupation.role", g_strdup (occupation_suggestion (ctx, "other")));
              i = e + 1;
              continue;
            }
        }
      /* Q3 2022, Q1-2023 */
      if (TLEN (i) == 2 && (TSTR (i)[0] == 'Q' || TSTR (i)[0] == 'q') && TSTR (i)[1] >= '1' &&
          TSTR (i)[1] <= '4')
        {
          guint y = i + 1;
          if (punct_is (ctx, y, '-') || punct_is (ctx, y, '/'))
            y++;
          if (HAS (y, T_NUM) && is_year (tok_int (ctx, y)) && !AT_NL (y))
            {
              add (ctx, t->start, ctx->t[y].end, KASUS_CATEGORY_DATE, KASUS_SEVERITY_MEDIUM, 68,
                   "date.quarter", year_suggestion (ctx, tok_int (ctx, y)));
              i = y + 1;
              continue;
            }
        }
      /* a hospital or town written small: "på skejby", "til rigshospitalet" */
      if (!t->role && i >= 1 && TLEN (i) >= 4 && HAS (i, T_ALPHA) &&
          !HAS (i, T_CAP | T_UPPER | T_DIGIT | T_DASH) && !AT_NL (i) &&
          (next = inst_lower (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      /* a town written small after "i", "fra", "in", "from": "pens. smed
       * fra hadsund", "lives in ballerup", "i aalborg øst" */
      if (!t->role && i >= 1 && TLEN (i) >= 4 && HAS (i, T_ALPHA) &&
          !HAS (i, T_CAP | T_DIGIT | T_DASH) && ctx->t[i - 1].role &&
          (ctx->t[i - 1].role->roles & R_PLACE_PREP) && TLEN (i - 1) <= 4 && !AT_NL (i) &&
          (next = place_lower (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      if (HAS (i, T_ALPHA) && !HAS (i, T_CAP | T_DIGIT | T_DASH) && TLEN (i) >= 2 &&
          TLEN (i) <= 4 &&
          !ROLE (i, R_DA_FUNC | R_EN_FUNC | R_MEDICAL | R_TITLE | R_SIGNOFF | R_GREETING |
                      R_TIME_UNIT) &&
          (next = rule_initials_lower (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      if (HAS (i, T_ALPHA) && !HAS (i, T_CAP | T_DIGIT | T_DASH) &&
          ((t->flags & T_SENT) ||
           (i >= 1 &&
            (ROLE (i - 1, R_GREETING) || tok_is (ctx, i - 1, "pt") ||
             tok_is (ctx, i - 1, "patient") || tok_is (ctx, i - 1, "patienten") ||
             (tok_is (ctx, i - 1, "by") && punct_is (ctx, i + 1, '.')) ||
             ((tok_is (ctx, i - 1, "og") || tok_is (ctx, i - 1, "and")) && i >= 2 &&
              ctx->name_end > 0 && ctx->t[i - 2].end == ctx->name_end) ||
             ((tok_is (ctx, i + 1, "og") || tok_is (ctx, i + 1, "and")) && TLEN (i) >= 3) ||
             punct_is (ctx, i - 1, ')')))) &&
          (next = rule_lower_name (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      /* "Navn: JUUL, ASTRID MARIE" */
      if (HAS (i, T_CAP) && (TLEN (i) == 4 || TLEN (i) >= 7) && punct_is (ctx, i + 1, ':') &&
          (next = name_field_value (ctx, i)) > 0)
        {
          add (ctx, ctx->t[i + 2].start, ctx->t[next].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH,
               62, "name.field", name_suggestion (ctx));
          i = next + 1;
          continue;
        }
      /* "mr okafor (chinedu)" */
      if (i >= 2 && HAS (i, T_ALPHA) && !HAS (i, T_CAP | T_DIGIT) && punct_is (ctx, i - 1, '(') &&
          (next = name_alias_lower (ctx, i)) > 0)
        {
          add (ctx, ctx->t[i].start, ctx->t[next].end, KASUS_CATEGORY_NAME, KASUS_SEVERITY_HIGH, 57,
               "name.lower", name_suggestion (ctx));
          i = next + 1;
          continue;
        }
      /* a fishing vessel's registration: "the trawler Nordstjernen (HG
       * 127)", "kutteren (S 212)" */
      if (HAS (i, T_UPPER) && !HAS (i, T_DIGIT) && TLEN (i) <= 3 && same_line (ctx, i) &&
          HAS (i + 1, T_NUM) && TLEN (i + 1) <= 4 && !glued (ctx, i))
        {
          gboolean boat = FALSE;

          for (guint k = i; k > 0 && k + 10 > i && !boat; k--)
            {
              if (AT_NL (k))
                break;
              boat = tok_ends_with (ctx, k - 1, "boat") || tok_ends_with (ctx, k - 1, "trawler") ||
                     tok_ends_with (ctx, k - 1, "vessel") || tok_ends_with (ctx, k - 1, "kutter") ||
                     tok_ends_with (ctx, k - 1, "kutteren") || tok_ends_with (ctx, k - 1, "båd") ||
                     tok_ends_with (ctx, k - 1, "båden") ||
                     tok_ends_with (ctx, k - 1, "trawleren") || tok_is (ctx, k - 1, "fartøj") ||
                     tok_is (ctx, k - 1, "fartøjet") || tok_is (ctx, k - 1, "skib") ||
                     tok_is (ctx, k - 1, "skibet");
            }
          if (boat)
            {
              add (ctx, t->start, ctx->t[i + 1].end, KASUS_CATEGORY_ID, KASUS_SEVERITY_HIGH, 62,
                   "id.vessel", S ("[ID fjernet]", "[ID removed]"));
              i += 2;
              continue;
            }
        }
      if (HAS (i, T_UPPER) && (next = rule_initials (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      if ((HAS (i, T_CAP) || HAS (i, T_UPPER)) && (next = rule_capitalised (ctx, i)) > i)
        {
          i = next;
          continue;
        }
      if (HAS (i, T_DIGIT) && code_shaped (ctx, i))
        {
          add (ctx, t->start, t->end, KASUS_CATEGORY_ID, KASUS_SEVERITY_MEDIUM, 62, "id.code",
               S ("[ID fjernet]", "[ID removed]"));
          i++;
          continue;
        }

      if (t->role)
        {
          const Role *r = t->role;

          if ((r->roles & R_FAM_ADJ) && (next = rule_family_adj (ctx, i)) > i)
            {
              i = next;
              continue;
            }
          if ((r->roles & (R_FAMILY_DA | R_FAMILY_EN)) && !HAS (i, T_UPPER) &&
              (next = rule_family (ctx, i, r)) > i)
            {
              i = next;
              continue;
            }
          /* "software developer", "harbour master", "offshore worker": a job
           * known by its last word, looked up with the word before */
          if ((r->roles2 & R2_OCC_TAIL) && !(r->roles & (R_OCC | R_MEDICAL)) &&
              !HAS (i, T_CAP | T_DIGIT) && i >= 1 && !AT_NL (i) && HAS (i - 1, T_ALPHA) &&
              !HAS (i - 1, T_CAP | T_DIGIT) && TLEN (i - 1) >= 3 &&
              !ROLE (i - 1, R_EN_FUNC | R_DA_FUNC | R_POSS | R_COUNT | R_TIME_UNIT | R_FAM_ADJ |
                              R_OCC_TRIGGER) &&
              !tok_is (ctx, i - 1, "old") && !tok_is (ctx, i - 1, "young") &&
              /* the broad groups the scanner suggests: "a healthcare worker" */
              !tok_is (ctx, i - 1, "healthcare") && !tok_is (ctx, i - 1, "health") &&
              !tok_is (ctx, i - 1, "office") && !tok_is (ctx, i - 1, "service") &&
              !tok_is (ctx, i - 1, "manual") && !tok_is (ctx, i - 1, "skilled"))
            {
              char        buf[96];
              gsize       l1 = TLEN (i - 1), l2 = TLEN (i);
              const char *cls = NULL;

              if (l1 + l2 + 1 < sizeof buf)
                {
                  const Role *r2;

                  memcpy (buf, TLOW (i - 1), l1);
                  buf[l1] = ' ';
                  memcpy (buf + l1 + 1, TLOW (i), l2);
                  r2 = role_lookup (self, buf, l1 + l2 + 1);
                  if (r2 && (r2->roles & R_OCC))
                    cls = r2->occ_class;
                }
              if (!cls && !DA && l2 + 3 < sizeof buf)
                {
                  gsize       vlen = 0;
                  const char *v;

                  memcpy (buf, "en:", 3);
                  memcpy (buf + 3, TLOW (i), l2);
                  if ((v = kasus_lexicon_peek (self->occupation_heads, buf, l2 + 3, &vlen)))
                    {
                      g_autofree char *vv = g_strndup (v, vlen);

                      cls = g_intern_string (vlen ? vv : "other");
                    }
                }
              if (cls && (next = rule_occupation (ctx, i - 1, cls, i)) > i)
                {
                  i = next;
                  continue;
                }
            }
          /* a job quoted in a reviewer's note: "\"Pædagog\" i en lille by" */
          if ((r->roles & R_OCC) && !(r->roles & R_MEDICAL) &&
              (!HAS (i, T_CAP) || HAS (i, T_SENT) || acronym_compound (ctx, i) ||
               (i >= 1 && is_quote (ctx, i - 1) && glued (ctx, i - 1) && !HAS (i, T_UPPER))))
            {
              /* two-word jobs first: taxi driver */
              guint       e = i;
              const char *cls = r->occ_class;
              if (i + 1 < ctx->n && !AT_NL (i + 1))
                {
                  char  buf[96];
                  gsize l1 = TLEN (i), l2 = TLEN (i + 1);
                  if (l1 + l2 + 1 < sizeof buf)
                    {
                      const Role *r2;
                      memcpy (buf, TLOW (i), l1);
                      buf[l1] = ' ';
                      memcpy (buf + l1 + 1, TLOW (i + 1), l2);
                      r2 = role_lookup (self, buf, l1 + l2 + 1);
                      if (r2 && (r2->roles & R_OCC))
                        {
                          e = i + 1;
                          cls = r2->occ_class;
                        }
                    }
                }
              /* "bus driver", "laboratory technician": the first word has no role */
              if (e == i && i >= 1 && HAS (i - 1, T_ALPHA) && !HAS (i - 1, T_DIGIT | T_UPPER) &&
                  !AT_NL (i))
                {
                  char  buf[96];
                  gsize l1 = TLEN (i - 1), l2 = TLEN (i);
                  if (l1 + l2 + 1 < sizeof buf)
                    {
                      const Role *r2;
                      memcpy (buf, TLOW (i - 1), l1);
                      buf[l1] = ' ';
                      memcpy (buf + l1 + 1, TLOW (i), l2);
                      r2 = role_lookup (self, buf, l1 + l2 + 1);
                      if (r2 && (r2->roles & R_OCC))
                        {
                          add (ctx, ctx->t[i - 1].start, t->end, KASUS_CATEGORY_OCCUPATION,
                               KASUS_SEVERITY_MEDIUM, 35, "occupation",
                               g_strdup (occupation_suggestion (ctx, r2->occ_class)));
                          i++;
                          continue;
                        }
                    }
                }
              if ((next = rule_occupation (ctx, i, cls, e)) > i)
                {
                  i = next;
                  continue;
                }
            }
        }
      else if (HAS (i, T_ALPHA) && !HAS (i, T_CAP | T_DIGIT) && TLEN (i) > 3 &&
               tok_ends_with (ctx, i, "'s"))
        {
          /* "the brother's age", "her mother's variant" */
          const Role *r = role_lookup (self, TLOW (i), TLEN (i) - 2);

          if (r && (r->roles & R_FAMILY_EN) && (next = rule_family (ctx, i, r)) > i)
            {
              i = next;
              continue;
            }
        }
      else if (HAS (i, T_ALPHA) && !HAS (i, T_DIGIT | T_UPPER) &&
               (!HAS (i, T_CAP) || HAS (i, T_SENT) || acronym_compound (ctx, i)))
        {
          const char *cls = occupation_compound (ctx, i);
          if (cls && (next = rule_occupation (ctx, i, cls, i)) > i)
            {
              i = next;
              continue;
            }
        }
      /* multi-word English jobs whose first word is no job: "ferry captain" is
       * found by its head; "two-word" lexicon entries like "law student" too */
      i++;
    }

  kasus_scan_scratch_free (own);
}

/* Whether text[p..e) is a capitalised word: an upper-case first letter. */
static gboolean
word_capitalised (const char *p)
{
  guchar c = *p;

  if (c < 0x80)
    return c >= 'A' && c <= 'Z';
  return g_unichar_isupper (g_utf8_get_char (p));
}

#define NAME_REMOVED_DA "[navn fjernet]"
#define NAME_REMOVED_EN "[name removed]"

static inline guint
part_sig (const char *w, gsize l)
{
  return (((guchar) w[0] * 31u + (guchar) w[1]) * 7u + (guint) l) & 4095u;
}

/* bytes of a word: letters, digits, '-' and every byte of a UTF-8 sequence */
static const guchar word_bytes[256] = {
  ['-'] = 1, ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, [0x80 ... 0xFF] = 1,
};

static inline gboolean
word_byte (guchar c)
{
  return word_bytes[c];
}

/* Initials and small-letter names found once stand for the same person
 * wherever they come back: "Deltagere: JK (onk.) … JK: larotrectinib er
 * relevant", "Lars Vedel (LV) … [C] LV: …", "datter (sara) … sara er
 * sygeplejerske". The same spelling, case and all, as a whole word. */
static void
propagate_initials (const KasusScanRules *self,
                    const char           *text,
                    gsize                 bstart,
                    gsize                 bend,
                    GArray               *cands,
                    const guint          *names,
                    guint                 n)
{
  char       *needles[16];
  const char *sugg[16];
  guint       n_needles = 0;

  for (guint k = 0; k < n && n_needles < G_N_ELEMENTS (needles); k++)
    {
      const KasusCandidate *c = &g_array_index (cands, KasusCandidate, names ? names[k] : k);
      const char           *w = text + c->start;
      gsize                 l = c->end - c->start;
      gboolean              lower_name, handle, dup = FALSE;

      if (c->category != KASUS_CATEGORY_NAME || c->rule == NULL || l < 2 || l > 16)
        continue;
      handle = strcmp (c->rule, "name.handle") == 0;
      lower_name =
        (strcmp (c->rule, "name.relative") == 0 || strcmp (c->rule, "name.lower") == 0 || handle) &&
        l >= 3 && g_ascii_islower (w[0]);
      if (!lower_name && strcmp (c->rule, "name.initials") != 0)
        continue;
      for (gsize m = 0; m < l; m++)
        if (!(g_ascii_isalpha (w[m]) || (w[m] == '.' && (!lower_name || handle)) ||
              ((guchar) w[m] >= 0x80 && lower_name)))
          {
            l = 0;
            break;
          }
      /* "ole", "sara" but not "bo" or "per": a word of Danish stays a word */
      if (l == 0 || (lower_name && lex_has (self->words_da, w, l)) || (!lower_name && l > 5))
        continue;
      for (guint m = 0; m < n_needles && !dup; m++)
        dup = strlen (needles[m]) == l && memcmp (needles[m], w, l) == 0;
      if (dup)
        continue;
      sugg[n_needles] = c->suggestion && strcmp (c->suggestion, NAME_REMOVED_EN) == 0
                          ? NAME_REMOVED_EN
                          : NAME_REMOVED_DA;
      needles[n_needles++] = g_strndup (w, l);
    }
  for (guint m = 0; m < n_needles; m++)
    {
      gsize       l = strlen (needles[m]);
      const char *p = text + bstart, *end = text + bend, *hit;

      while (p + l <= end && (hit = memchr (p, needles[m][0], end - p - l + 1)) != NULL)
        {
          if (memcmp (hit, needles[m], l) != 0)
            {
              p = hit + 1;
              continue;
            }
          const char *after = hit + l;

          p = hit + 1;
          /* a whole word: not in a longer word, an e-mail, a domain or a
           * compound ("BH-test") */
          if (hit > text && (word_byte (hit[-1]) || hit[-1] == '@' || hit[-1] == '.'))
            continue;
          if (after < end && (word_byte (*after) || *after == '@' ||
                              (*after == '.' && after + 1 < end && g_ascii_isalnum (after[1]))))
            continue;
          {
            KasusCandidate cand = { 0 };

            cand.start = hit - text;
            cand.end = after - text;
            cand.category = KASUS_CATEGORY_NAME;
            cand.severity = KASUS_SEVERITY_HIGH;
            cand.priority = 48;
            cand.rule = "name.again";
            cand.suggestion = g_strdup (sugg[m]);
            g_array_append_val (cands, cand);
          }
          p = after;
        }
      g_free (needles[m]);
    }
}

/* A person named once in full is the same person when a part of the name
 * comes back alone: "Villy Søvndal … Søvndal sagde", "Lotte Bech … Lotte".
 * Adds a name candidate for every later (or earlier) capitalised word
 * that is a part of a name already found, below the rules' own finds in
 * priority, so that a place or an institution of the same spelling wins. */
void
kasus_scan_rules_propagate_names (const KasusScanRules *self,
                                  const char           *text,
                                  gsize                 bstart,
                                  gsize                 bend,
                                  GArray               *cands,
                                  const guint          *names,
                                  guint                 n_names)
{
  g_autoptr (GHashTable) parts = NULL;
  guint                  n = names ? n_names : cands->len;
  /* which (first two bytes, length) a part has: most words are no part
   * and are not hashed */
  guint64 sig[64] = { 0 };

  propagate_initials (self, text, bstart, bend, cands, names, n);
  for (guint k = 0; k < n; k++)
    {
      const KasusCandidate *c = &g_array_index (cands, KasusCandidate, names ? names[k] : k);
      const char           *p, *end;

      if (c->category != KASUS_CATEGORY_NAME || c->rule == NULL ||
          (strcmp (c->rule, "name") != 0 && strcmp (c->rule, "name.title") != 0 &&
           strcmp (c->rule, "name.relative") != 0 && strcmp (c->rule, "name.called") != 0 &&
           strcmp (c->rule, "name.list") != 0))
        continue;
      p = text + c->start;
      end = text + c->end;
      while (p < end)
        {
          const char *w = p;
          const Role *r;

          while (w < end && !word_byte (*w))
            w++;
          p = w;
          while (p < end && word_byte (*p) && *p != '-')
            p++;
          /* a part: capitalised, three letters or more, no title ("Dr.") */
          if (p - w < 3 || p - w > 48 || !word_capitalised (w) || (p < end && *p == '.'))
            {
              while (p < end && word_byte (*p))
                p++;
              continue;
            }
          {
            char  low[64];
            gsize l = p - w;

            if (parts)
              {
                memcpy (low, w, l);
                low[l] = '\0';
                if (g_hash_table_contains (parts, low))
                  continue;
              }
            for (gsize m = 0; m < l; m++)
              low[m] = g_ascii_tolower (w[m]);
            r = role_lookup (self, low, l);
            if (r && (r->roles & (R_TITLE | R_MONTH | R_WEEKDAY | R_FAMILY_DA | R_FAMILY_EN |
                                  R_PERSON | R_DA_FUNC | R_EN_FUNC | R_OCC | R_MEDICAL)))
              continue;
          }
          if (parts == NULL)
            parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          /* the suggestion in the language of the text the name was found in */
          g_hash_table_insert (
            parts, g_strndup (w, p - w),
            (gpointer) (c->suggestion && strcmp (c->suggestion, NAME_REMOVED_EN) == 0
                          ? NAME_REMOVED_EN
                          : NAME_REMOVED_DA));
          {
            guint h = part_sig (w, p - w);

            sig[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
            /* the genitive is looked up without its s */
            h = part_sig (w, p - w + 1);
            sig[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
          }
        }
    }
  if (parts == NULL)
    return;

  for (const char *p = text + bstart, *end = text + bend; p < end;)
    {
      const char *w;
      char        buf[64];
      gsize       l;
      guchar      c;

#ifdef __SSE2__
      /* sixteen bytes at a time to the next upper-case or non-ASCII byte */
      if (end - p >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) p);
          __m128i up = _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ('A' - 1)),
                                      _mm_cmplt_epi8 (v, _mm_set1_epi8 ('Z' + 1)));
          int     bits = _mm_movemask_epi8 (up) | _mm_movemask_epi8 (v);

          if (bits == 0)
            {
              p += 16;
              continue;
            }
          p += __builtin_ctz ((unsigned) bits);
        }
#endif
      c = *p;
      /* eight bytes at a time past lower-case ASCII, digits, punctuation */
      if (end - p >= 8)
        {
          guint64 x;

          memcpy (&x, p, 8);
          if ((upper_byte_mask (x) | (x & G_GUINT64_CONSTANT (0x8080808080808080))) == 0)
            {
              p += 8;
              continue;
            }
        }
      if (c < 0x80 ? !(c >= 'A' && c <= 'Z') : (c & 0xC0) == 0x80)
        {
          p++;
          continue;
        }
      /* inside a word ("McDonald", "pH", "Østergård"): on to its end */
      if (p > text && (word_byte (p[-1]) || p[-1] == '@' || p[-1] == '.' || p[-1] == '/'))
        {
          while (p < end && word_byte (*p))
            p++;
          continue;
        }
      w = p;
      while (p < end && word_byte (*p) && *p != '-')
        p++;
      l = p - w;
      if (l >= 3 && l < sizeof buf &&
          (sig[part_sig (w, l) / 64] & (G_GUINT64_CONSTANT (1) << (part_sig (w, l) % 64))) &&
          word_capitalised (w))
        {
          const char *hit;
          gsize       ml = l;

          memcpy (buf, w, l);
          buf[l] = '\0';
          hit = g_hash_table_lookup (parts, buf);
          /* the genitive: Søvndals, Baggers */
          if (!hit && l > 3 && w[l - 1] == 's')
            {
              buf[l - 1] = '\0';
              hit = g_hash_table_lookup (parts, buf);
            }
          if (hit && !(p < end && (*p == '-' || *p == '@' ||
                                   (*p == '.' && p + 1 < end && g_ascii_isalnum (p[1])))))
            {
              KasusCandidate cand = { 0 };

              cand.start = w - text;
              cand.end = w - text + ml;
              cand.category = KASUS_CATEGORY_NAME;
              cand.severity = KASUS_SEVERITY_HIGH;
              cand.priority = 49;
              cand.rule = "name.again";
              cand.suggestion = g_strdup (hit);
              g_array_append_val (cands, cand);
            }
        }
      while (p < end && word_byte (*p))
        p++;
    }
}

char *
kasus_scan_rules_known_suggestion (KasusCategory category, KasusLanguage language)
{
  gboolean da = language != KASUS_LANGUAGE_EN;

  switch (category)
    {
      case KASUS_CATEGORY_NAME:
        return g_strdup (da ? "[navn fjernet]" : "[name removed]");
      case KASUS_CATEGORY_PLACE:
        return g_strdup (da ? "et sted i Danmark" : "a place in Denmark");
      case KASUS_CATEGORY_INSTITUTION:
        return g_strdup (da ? "en institution" : "an institution");
      case KASUS_CATEGORY_FAMILY:
        return g_strdup (da ? "et nært familiemedlem" : "a close relative");
      case KASUS_CATEGORY_OCCUPATION:
        return g_strdup (da ? "erhvervsaktiv" : "in work");
      case KASUS_CATEGORY_AGE:
        return g_strdup (da ? "en voksen" : "an adult");
      case KASUS_CATEGORY_DATE:
        return g_strdup (da ? "tidligere" : "earlier");
      case KASUS_CATEGORY_VARIANT:
      case KASUS_CATEGORY_GENE:
        return g_strdup (da ? "en sjælden variant" : "a rare variant");
      case KASUS_CATEGORY_CPR:
      case KASUS_CATEGORY_CONTACT:
      case KASUS_CATEGORY_ID:
      case KASUS_N_CATEGORIES:
      default:
        return g_strdup (da ? "[fjernet]" : "[removed]");
    }
}
