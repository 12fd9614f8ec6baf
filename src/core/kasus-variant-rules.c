/* kasus-variant-rules.c — gene alterations and gene names
 *
 * One pass over the bytes: only at a word start that can begin something
 * (an upper-case token that is a gene symbol, "c."/"p."/…, an accession,
 * "rs"+digits, "t(", "exon") do we parse forward, so the cost is a table
 * lookup per candidate token, not a regex per rule.
 *
 * Rarity: a named protein change that cancerhotspots.org v2 saw in at least
 * FREQUENT_HOTSPOT_MIN of its 24,592 tumours is a frequent hotspot
 * (MEDIUM): dozens of Danish patients a year carry it. Everything else that
 * names an exact variant is rare or unknown (HIGH). For a gene named with
 * only an alteration type ("TP53-deletion") the gene's hotspot total
 * decides (FREQUENT_GENE_MIN); common driver fusions, amplifications and
 * recurrent karyotypes are MEDIUM, others HIGH. An alteration the text
 * says the patient does not carry is LOW.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-variant"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "kasus-hgvs.h"
#include "kasus-lexicon.h"
#include "kasus-variant-rules.h"

/* Keep in sync with build-aux/derive-variant-rules.py. */
#define FREQUENT_HOTSPOT_MIN 20
/* Genes whose hotspots together reach this many tumours are "frequently
 * altered": naming the alteration type alone does not single anyone out. */
#define FREQUENT_GENE_MIN 100

#define RULES_PATH "/dk/kasus/Kasus/core/rules/"
#define MAX_SYMBOL 24

struct _KasusVariantRules
{
  KasusLexicon *coding;
  KasusLexicon *other;
  KasusLexicon *cancer;
  KasusLexicon *ambiguous;
  KasusLexicon *hotspots;
};

/* --- small tables ---------------------------------------------------- */

typedef enum
{
  CLASS_NONE = 0,
  CLASS_CANCER,
  CLASS_DNA_REPAIR,
  CLASS_MMR,
  CLASS_RTK,
  CLASS_RAS_MAPK,
  CLASS_PI3K,
  CLASS_TSG,
  CLASS_EPIGENETIC,
  CLASS_TF,
  CLASS_KINASE,
  CLASS_SPLICING,
  CLASS_CELL_CYCLE,
  CLASS_HORMONE,
  CLASS_WNT,
  CLASS_METABOLISM,
} GeneClass;

typedef struct
{
  const char *symbol;
  GeneClass   klass;
} GeneClassEntry;

/* Sorted by symbol (bsearch). */
static const GeneClassEntry gene_classes[] = {
  { "ABL1", CLASS_KINASE }, { "AKT1", CLASS_PI3K }, { "AKT2", CLASS_PI3K },
  { "ALK", CLASS_RTK }, { "APC", CLASS_WNT }, { "AR", CLASS_HORMONE },
  { "ARID1A", CLASS_EPIGENETIC }, { "ARID1B", CLASS_EPIGENETIC }, { "ARID2", CLASS_EPIGENETIC },
  { "ASXL1", CLASS_EPIGENETIC }, { "ATM", CLASS_DNA_REPAIR }, { "ATR", CLASS_DNA_REPAIR },
  { "ATRX", CLASS_EPIGENETIC }, { "AXIN1", CLASS_WNT }, { "BAP1", CLASS_TSG },
  { "BARD1", CLASS_DNA_REPAIR }, { "BCL2", CLASS_CANCER }, { "BCOR", CLASS_EPIGENETIC },
  { "BCR", CLASS_KINASE }, { "BLM", CLASS_DNA_REPAIR }, { "BRAF", CLASS_RAS_MAPK },
  { "BRCA1", CLASS_DNA_REPAIR }, { "BRCA2", CLASS_DNA_REPAIR }, { "BRD4", CLASS_EPIGENETIC },
  { "BRIP1", CLASS_DNA_REPAIR }, { "BTK", CLASS_KINASE }, { "CALR", CLASS_CANCER },
  { "CBFB", CLASS_TF }, { "CBL", CLASS_RAS_MAPK }, { "CCND1", CLASS_CELL_CYCLE },
  { "CCNE1", CLASS_CELL_CYCLE }, { "CDH1", CLASS_TSG }, { "CDK12", CLASS_DNA_REPAIR },
  { "CDK4", CLASS_CELL_CYCLE }, { "CDK6", CLASS_CELL_CYCLE }, { "CDKN1B", CLASS_CELL_CYCLE },
  { "CDKN2A", CLASS_TSG }, { "CDKN2B", CLASS_TSG }, { "CEBPA", CLASS_TF },
  { "CHEK1", CLASS_DNA_REPAIR }, { "CHEK2", CLASS_DNA_REPAIR }, { "CIC", CLASS_TF },
  { "CREBBP", CLASS_EPIGENETIC }, { "CRLF2", CLASS_KINASE }, { "CTNNB1", CLASS_WNT },
  { "DDR2", CLASS_RTK }, { "DICER1", CLASS_TSG }, { "DNMT3A", CLASS_EPIGENETIC },
  { "DPYD", CLASS_METABOLISM }, { "DUX4", CLASS_TF }, { "EGFR", CLASS_RTK },
  { "EML4", CLASS_RTK }, { "EP300", CLASS_EPIGENETIC }, { "EPCAM", CLASS_MMR },
  { "ERBB2", CLASS_RTK }, { "ERBB3", CLASS_RTK }, { "ERBB4", CLASS_RTK },
  { "ERG", CLASS_TF }, { "ESR1", CLASS_HORMONE }, { "ETV6", CLASS_TF },
  { "EWSR1", CLASS_TF }, { "EZH2", CLASS_EPIGENETIC }, { "FANCA", CLASS_DNA_REPAIR },
  { "FANCC", CLASS_DNA_REPAIR }, { "FBXW7", CLASS_TSG }, { "FGFR1", CLASS_RTK },
  { "FGFR2", CLASS_RTK }, { "FGFR3", CLASS_RTK }, { "FGFR4", CLASS_RTK },
  { "FLI1", CLASS_TF }, { "FLT3", CLASS_RTK }, { "FOXL2", CLASS_TF },
  { "FOXO1", CLASS_TF }, { "GATA2", CLASS_TF }, { "GNA11", CLASS_RAS_MAPK },
  { "GNAQ", CLASS_RAS_MAPK }, { "GNAS", CLASS_RAS_MAPK }, { "H3-3A", CLASS_EPIGENETIC },
  { "H3F3A", CLASS_EPIGENETIC }, { "HRAS", CLASS_RAS_MAPK }, { "IDH1", CLASS_METABOLISM },
  { "IDH2", CLASS_METABOLISM }, { "IKZF1", CLASS_TF }, { "JAK1", CLASS_KINASE },
  { "JAK2", CLASS_KINASE }, { "KDM6A", CLASS_EPIGENETIC }, { "KIT", CLASS_RTK },
  { "KMT2A", CLASS_EPIGENETIC }, { "KMT2D", CLASS_EPIGENETIC }, { "KRAS", CLASS_RAS_MAPK },
  { "MAP2K1", CLASS_RAS_MAPK }, { "MAP2K2", CLASS_RAS_MAPK }, { "MDM2", CLASS_CELL_CYCLE },
  { "MEN1", CLASS_TSG }, { "MET", CLASS_RTK }, { "MLH1", CLASS_MMR },
  { "MPL", CLASS_KINASE }, { "MSH2", CLASS_MMR }, { "MSH3", CLASS_MMR },
  { "MSH6", CLASS_MMR }, { "MTOR", CLASS_PI3K }, { "MUTYH", CLASS_DNA_REPAIR },
  { "MYB", CLASS_TF }, { "MYC", CLASS_TF }, { "MYCN", CLASS_TF },
  { "MYD88", CLASS_CANCER }, { "NBN", CLASS_DNA_REPAIR }, { "NF1", CLASS_RAS_MAPK },
  { "NF2", CLASS_TSG }, { "NOTCH1", CLASS_TF }, { "NPM1", CLASS_CANCER },
  { "NRAS", CLASS_RAS_MAPK }, { "NRG1", CLASS_RTK }, { "NSD1", CLASS_EPIGENETIC },
  { "NTRK1", CLASS_RTK }, { "NTRK2", CLASS_RTK }, { "NTRK3", CLASS_RTK },
  { "NUP98", CLASS_CANCER }, { "NUTM1", CLASS_EPIGENETIC }, { "PALB2", CLASS_DNA_REPAIR },
  { "PAX3", CLASS_TF }, { "PAX8", CLASS_TF }, { "PDGFRA", CLASS_RTK },
  { "PDGFRB", CLASS_RTK }, { "PIK3CA", CLASS_PI3K }, { "PIK3R1", CLASS_PI3K },
  { "PML", CLASS_TF }, { "PMS2", CLASS_MMR }, { "POLD1", CLASS_DNA_REPAIR },
  { "POLE", CLASS_DNA_REPAIR }, { "PTCH1", CLASS_TSG }, { "PTEN", CLASS_PI3K },
  { "PTPN11", CLASS_RAS_MAPK }, { "RAD51B", CLASS_DNA_REPAIR }, { "RAD51C", CLASS_DNA_REPAIR },
  { "RAD51D", CLASS_DNA_REPAIR }, { "RAF1", CLASS_RAS_MAPK }, { "RARA", CLASS_TF },
  { "RB1", CLASS_TSG }, { "RET", CLASS_RTK }, { "RHOA", CLASS_CANCER },
  { "RNF43", CLASS_WNT }, { "ROS1", CLASS_RTK }, { "RUNX1", CLASS_TF },
  { "RUNX1T1", CLASS_TF }, { "SDHA", CLASS_METABOLISM }, { "SDHB", CLASS_METABOLISM },
  { "SDHC", CLASS_METABOLISM }, { "SDHD", CLASS_METABOLISM }, { "SETD2", CLASS_EPIGENETIC },
  { "SF3B1", CLASS_SPLICING }, { "SMAD4", CLASS_TSG }, { "SMARCA4", CLASS_EPIGENETIC },
  { "SMARCB1", CLASS_EPIGENETIC }, { "SMO", CLASS_CANCER }, { "SRSF2", CLASS_SPLICING },
  { "SS18", CLASS_TF }, { "STAG2", CLASS_TSG }, { "STK11", CLASS_TSG },
  { "TACC3", CLASS_CANCER }, { "TERT", CLASS_CANCER }, { "TET2", CLASS_EPIGENETIC },
  { "TMPRSS2", CLASS_HORMONE }, { "TP53", CLASS_TSG }, { "TSC1", CLASS_PI3K },
  { "TSC2", CLASS_PI3K }, { "U2AF1", CLASS_SPLICING }, { "VHL", CLASS_TSG },
  { "WT1", CLASS_TF }, { "ZRSR2", CLASS_SPLICING },
};

static const char *const class_da[] = {
  "et gen", "et kræftrelevant gen", "et DNA-reparationsgen", "et mismatch-reparationsgen",
  "et tyrosinkinase-receptorgen", "et vækstsignalgen", "et gen i PI3K-signalvejen",
  "et tumorsuppressorgen", "et epigenetisk regulatorgen", "et transkriptionsfaktorgen",
  "et kinasegen", "et splejsningsgen", "et cellecyklusgen", "et hormonreceptorgen",
  "et gen i WNT-signalvejen", "et stofskiftegen",
};
static const char *const class_en[] = {
  "a gene", "a cancer gene", "a DNA repair gene", "a mismatch repair gene",
  "a receptor tyrosine kinase gene", "a growth signalling gene", "a PI3K pathway gene",
  "a tumour suppressor gene", "an epigenetic regulator gene", "a transcription factor gene",
  "a kinase gene", "a splicing gene", "a cell cycle gene", "a hormone receptor gene",
  "a WNT pathway gene", "a metabolic gene",
};
G_STATIC_ASSERT (G_N_ELEMENTS (class_da) == CLASS_METABOLISM + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (class_en) == CLASS_METABOLISM + 1);

/* Genes that recur as fusion partners: "A-B" between two genes counts as a
 * fusion only when one of them is here (so MSH2-MSH6 is not one). */
static const char *const fusion_genes[] = {
  "ABL1", "AFF1", "ALK", "BCL2", "BCL6", "BCOR", "BCR", "BICC1", "BRAF", "BRD4", "CAMTA1",
  "CBFB", "CCDC6", "CD74", "CIC", "CRLF2", "CRTC1", "DDIT3", "DUX4", "EML4", "ERG", "ETV1",
  "ETV4", "ETV6", "EWSR1", "EZR", "FGFR1", "FGFR2", "FGFR3", "FLI1", "FOXO1", "FUS",
  "JAK2", "KIF5B", "KMT2A", "MAML2", "MET", "MLLT3", "MYB", "MYC", "MYH11", "NCOA4",
  "NFIB", "NPM1", "NRG1", "NSD1", "NTRK1", "NTRK2", "NTRK3", "NUP98", "NUTM1", "P2RY8",
  "PAX3", "PAX7", "PAX8", "PDGFB", "PDGFRA", "PDGFRB", "PML", "PPARG", "RAF1", "RARA",
  "RET", "ROS1", "RUNX1", "RUNX1T1", "SDC4", "SLC34A2", "SS18", "SSX1", "SSX2", "TACC3",
  "TCF3", "TFE3", "TFEB", "TMPRSS2", "TPM3", "WWTR1", "YAP1", "ZNF384",
};

/* Kinase drivers with approved targeted drugs: their fusions are
 * "targetable". */
static const char *const targetable_fusion_genes[] = {
  "ABL1", "ALK", "BRAF", "FGFR1", "FGFR2", "FGFR3", "MET", "NRG1", "NTRK1", "NTRK2",
  "NTRK3", "PDGFRA", "PDGFRB", "RET", "ROS1",
};

/* Driver fusions common enough not to single anyone out. */
static const char *const common_fusions[] = {
  "BCR ABL1", "CBFB MYH11", "CD74 ROS1", "EML4 ALK", "ETV6 RUNX1", "EWSR1 FLI1",
  "KIF5B RET", "PML RARA", "RUNX1 RUNX1T1", "TCF3 PBX1", "TMPRSS2 ERG", "CCDC6 RET",
  "FGFR3 TACC3", "PAX3 FOXO1", "SS18 SSX1", "SS18 SSX2", "NPM1 ALK", "ETV6 NTRK3",
};

/* A gene named with "fusion" but no partner: common for these. */
static const char *const common_fusion_drivers[] = {
  "ABL1", "ALK", "BCR", "ERG", "ETV6", "EWSR1", "KMT2A", "PML", "RARA", "RET", "ROS1",
  "RUNX1", "TMPRSS2",
};

static const char *const common_amplifications[] = {
  "CCND1", "CCNE1", "CDK4", "EGFR", "ERBB2", "FGFR1", "KRAS", "MDM2", "MET", "MYC", "MYCN",
};

/* Exon-level alterations seen in many patients. */
static const char *const common_exon_alterations[] = {
  "EGFR 19 del", "EGFR 20 ins", "ERBB2 20 ins", "MET 14 skip", "KIT 11 del", "KIT 11 mut",
  "FLT3 itd", "NPM1 mut", "CALR 9 del", "CALR 9 ins",
};

/* Recurrent cytogenetic changes of leukaemia, lymphoma and sarcoma. */
static const char *const common_karyotypes[] = {
  "t(9;22)", "t(15;17)", "t(8;21)", "inv(16)", "t(16;16)", "t(11;14)", "t(4;14)",
  "t(14;16)", "t(14;18)", "t(8;14)", "t(12;21)", "t(1;19)", "t(2;5)", "t(11;22)",
  "t(X;18)", "t(12;16)", "t(11;18)", "t(9;11)", "t(6;9)", "inv(3)", "t(3;3)",
  "del(5q)", "del(7q)", "del(17p)", "del(13q)", "del(20q)", "del(11q)", "i(17q)",
};

/* Bare protein changes that stand for one gene in any oncology text. */
typedef struct
{
  const char *change;
  const char *gene;
} IconicChange;

static const IconicChange iconic_changes[] = {
  { "C797S", "EGFR" }, { "D538G", "ESR1" }, { "D816V", "KIT" }, { "D835Y", "FLT3" },
  { "E542K", "PIK3CA" }, { "E545K", "PIK3CA" }, { "G12A", "KRAS" }, { "G12C", "KRAS" },
  { "G12D", "KRAS" }, { "G12R", "KRAS" }, { "G12S", "KRAS" }, { "G12V", "KRAS" },
  { "G13D", "KRAS" }, { "H1047R", "PIK3CA" }, { "K27M", "H3-3A" }, { "L858R", "EGFR" },
  { "P286R", "POLE" }, { "Q61K", "NRAS" }, { "Q61R", "NRAS" }, { "R132C", "IDH1" },
  { "R132H", "IDH1" }, { "R140Q", "IDH2" }, { "R172K", "IDH2" }, { "R882H", "DNMT3A" },
  { "T790M", "EGFR" }, { "V600E", "BRAF" }, { "V600K", "BRAF" }, { "V617F", "JAK2" },
  { "W515L", "MPL" }, { "Y537S", "ESR1" },
};

/* Common names that are not official symbols. */
static const IconicChange gene_aliases[] = {
  { "HER2", "ERBB2" }, { "HER3", "ERBB3" }, { "HER4", "ERBB4" }, { "MLL", "KMT2A" },
  { "H3F3A", "H3-3A" }, { "C-KIT", "KIT" }, { "C-MET", "MET" }, { "C-MYC", "MYC" },
};

static gboolean
in_list (const char *const *list,
         gsize               n,
         const char         *word)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}
#define IN_LIST(list, word) in_list (list, G_N_ELEMENTS (list), word)

static int
compare_class (const void *key,
               const void *entry)
{
  return strcmp (key, ((const GeneClassEntry *) entry)->symbol);
}

static GeneClass
gene_class (const KasusVariantRules *self,
            const char              *gene)
{
  const GeneClassEntry *e;

  if (gene == NULL || *gene == '\0')
    return CLASS_NONE;
  e = bsearch (gene, gene_classes, G_N_ELEMENTS (gene_classes), sizeof gene_classes[0],
               compare_class);
  if (e != NULL)
    return e->klass;
  return kasus_lexicon_contains (self->cancer, gene, -1) ? CLASS_CANCER : CLASS_NONE;
}

/* --- construction ---------------------------------------------------- */

KasusVariantRules *
kasus_variant_rules_new (GError **error)
{
  g_autoptr(KasusVariantRules) self = g_new0 (KasusVariantRules, 1);

  if (!(self->coding = kasus_lexicon_new_from_resource (RULES_PATH "gene-symbols-coding.txt", error)) ||
      !(self->other = kasus_lexicon_new_from_resource (RULES_PATH "gene-symbols-other.txt", error)) ||
      !(self->cancer = kasus_lexicon_new_from_resource (RULES_PATH "gene-cancer.txt", error)) ||
      !(self->ambiguous = kasus_lexicon_new_from_resource (RULES_PATH "gene-ambiguous.txt", error)) ||
      !(self->hotspots = kasus_lexicon_new_from_resource (RULES_PATH "variant-hotspots.txt", error)))
    return NULL;

  return g_steal_pointer (&self);
}

void
kasus_variant_rules_free (KasusVariantRules *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->coding, kasus_lexicon_free);
  g_clear_pointer (&self->other, kasus_lexicon_free);
  g_clear_pointer (&self->cancer, kasus_lexicon_free);
  g_clear_pointer (&self->ambiguous, kasus_lexicon_free);
  g_clear_pointer (&self->hotspots, kasus_lexicon_free);
  g_free (self);
}

gboolean
kasus_variant_rules_is_gene (const KasusVariantRules *self,
                             const char              *word,
                             gssize                   length)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (word != NULL, FALSE);

  if (length < 0)
    length = strlen (word);
  if (length == 0)
    return FALSE;
  return kasus_lexicon_contains (self->coding, word, length) ||
         kasus_lexicon_contains (self->other, word, length);
}

/* --- the scan -------------------------------------------------------- */

typedef struct
{
  gsize start;
  gsize end;
  char  symbol[MAX_SYMBOL]; /* canonical symbol */
  gboolean coding;          /* protein-coding or a known cancer gene */
  gboolean ambiguous;
  gboolean cancer;
} Gene;

/* Case texts name the same few genes again and again: a per-scan cache of
 * symbol lookups saves the binary searches (it belongs to one scan call,
 * so the rules stay immutable and shareable). */
#define GENE_CACHE_SIZE 2048
#define SMALL_CACHE_SIZE 128

typedef struct
{
  char     token[MAX_SYMBOL];
  guint8   len;
  gboolean found;
  Gene     gene;
} GeneCacheEntry;

typedef struct
{
  const KasusVariantRules *rules;
  const char              *s;
  gsize                    n;
  gboolean                 en;
  GPtrArray               *findings;
  GeneCacheEntry          *cache;
  guint64                 *cache_valid; /* a bit per entry */
  guint                    cache_mask;
} Scan;

typedef enum
{
  KIND_NOTATION,     /* HGVS, protein shorthand, ids: one exact variant */
  KIND_TYPE,         /* gene + alteration type (BRCA2-mutation) */
  KIND_EXON,
  KIND_FUSION,
  KIND_AMPLIFICATION,
  KIND_KARYOTYPE,
} Kind;

static inline gboolean
is_word_byte (int c)
{
  return c >= 0x80 || g_ascii_isalnum (c);
}

static inline int
at_byte (const Scan *sc,
         gsize       i)
{
  return i < sc->n ? (unsigned char) sc->s[i] : 0;
}

static inline gboolean
word_start (const Scan *sc,
            gsize       i)
{
  return i == 0 || !is_word_byte ((unsigned char) sc->s[i - 1]);
}

static inline guchar
ascii_tolower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The text after position i starts with lit (ASCII case-insensitive). */
static gboolean
has_ci (const Scan *sc,
        gsize       i,
        const char *lit)
{
  /* g_ascii_strncasecmp() inlined: it is asked at most word starts */
  for (gsize k = 0; lit[k] != '\0'; k++)
    if (i + k >= sc->n || ascii_tolower (sc->s[i + k]) != ascii_tolower (lit[k]))
      return FALSE;
  return TRUE;
}

static gsize
skip_spaces (const Scan *sc,
             gsize       i)
{
  while (i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t' ||
                       ((unsigned char) sc->s[i] == 0xc2 && at_byte (sc, i + 1) == 0xa0)))
    i += sc->s[i] == ' ' || sc->s[i] == '\t' ? 1 : 2;
  return i;
}

/* End of the word (letters, digits, UTF-8) at i. */
static gsize
word_end (const Scan *sc,
          gsize       i)
{
  while (i < sc->n && is_word_byte ((unsigned char) sc->s[i]))
    i++;
  return i;
}

/* A dash: '-', en dash, em dash. Returns its length or 0. */
static gsize
dash_at (const Scan *sc,
         gsize       i)
{
  if (at_byte (sc, i) == '-')
    return 1;
  if (at_byte (sc, i) == 0xe2 && at_byte (sc, i + 1) == 0x80 &&
      (at_byte (sc, i + 2) == 0x93 || at_byte (sc, i + 2) == 0x94))
    return 3;
  return 0;
}

/* --- genes ----------------------------------------------------------- */

static gboolean lookup_symbol_uncached (const KasusVariantRules *rules,
                                        const char              *tok,
                                        gsize                    len,
                                        Gene                    *gene);

static gboolean
lookup_symbol (const Scan *sc,
               const char *tok,
               gsize       len,
               Gene       *gene)
{
  guint h = 2166136261u;
  GeneCacheEntry *e;

  if (len == 0 || len >= MAX_SYMBOL)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    h = (h ^ (guchar) tok[k]) * 16777619u;
  h &= sc->cache_mask;
  e = &sc->cache[h];
  if (!(sc->cache_valid[h / 64] & (G_GUINT64_CONSTANT (1) << (h % 64))) ||
      e->len != len || memcmp (e->token, tok, len) != 0)
    {
      sc->cache_valid[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
      Gene g = { 0, };

      e->found = lookup_symbol_uncached (sc->rules, tok, len, &g);
      e->gene = g;
      memcpy (e->token, tok, len);
      e->len = len;
    }
  if (e->found)
    {
      gsize start = gene->start, end = gene->end;

      *gene = e->gene;
      gene->start = start;
      gene->end = end;
    }
  return e->found;
}

static gboolean
lookup_symbol_uncached (const KasusVariantRules *rules,
                        const char              *tok,
                        gsize                    len,
                        Gene                    *gene)
{
  char upper[MAX_SYMBOL];
  const char *canon = NULL;

  if (len == 0 || len >= MAX_SYMBOL)
    return FALSE;

  if (kasus_lexicon_contains (rules->coding, tok, len))
    gene->coding = TRUE;
  else if (kasus_lexicon_contains (rules->cancer, tok, len))
    gene->coding = TRUE;
  else if (len >= 3 && kasus_lexicon_contains (rules->other, tok, len))
    gene->coding = FALSE;
  else
    {
      for (gsize k = 0; k < len; k++)
        upper[k] = g_ascii_toupper (tok[k]);
      for (guint k = 0; k < G_N_ELEMENTS (gene_aliases) && canon == NULL; k++)
        if (strlen (gene_aliases[k].change) == len && memcmp (gene_aliases[k].change, upper, len) == 0)
          canon = gene_aliases[k].gene;
      if (canon == NULL)
        return FALSE;
      gene->coding = TRUE;
    }

  if (canon != NULL)
    g_strlcpy (gene->symbol, canon, sizeof gene->symbol);
  else
    {
      memcpy (gene->symbol, tok, len);
      gene->symbol[len] = '\0';
    }
  gene->ambiguous = kasus_lexicon_contains (rules->ambiguous, tok, len);
  gene->cancer = kasus_lexicon_contains (rules->cancer, gene->symbol, -1) ||
                 gene_class (rules, gene->symbol) != CLASS_NONE;
  return TRUE;
}

/* A gene symbol starting at i (a word start): HER2, NKX2-1, EML4 (of
 * EML4-ALK), C1orf43. */
static gboolean
gene_at (const Scan *sc,
         gsize       i,
         Gene       *gene)
{
  gsize j = i, lower = 0;
  int c = at_byte (sc, i);

  memset (gene, 0, sizeof *gene);
  if (!(g_ascii_isupper (c) || (c == 'c' && at_byte (sc, i + 1) == '-')))
    return FALSE;
  if (c == 'c')
    j += 2;

  while (j < sc->n && g_ascii_isalnum (sc->s[j]))
    {
      if (g_ascii_islower (sc->s[j]))
        lower++;
      /* a capitalised word: more small letters than "orf" has */
      if (lower > 3 && c != 'c')
        return FALSE;
      j++;
    }
  /* Capitalised words are not symbols; "orf" ones are. */
  if (lower > 0 && !(lower == 3 && g_strstr_len (sc->s + i, j - i, "orf") != NULL) && c != 'c')
    return FALSE;
  if (j - i < 2 || j - i >= MAX_SYMBOL || (j < sc->n && (unsigned char) sc->s[j] >= 0x80))
    return FALSE;

  /* NKX2-1, HLA-A, MT-ND1 */
  if (at_byte (sc, j) == '-' && (g_ascii_isupper (at_byte (sc, j + 1)) || g_ascii_isdigit (at_byte (sc, j + 1))))
    {
      gsize k = j + 1;

      while (k < sc->n && (g_ascii_isupper (sc->s[k]) || g_ascii_isdigit (sc->s[k])))
        k++;
      if (!is_word_byte (at_byte (sc, k)) && k - i < MAX_SYMBOL &&
          lookup_symbol (sc, sc->s + i, k - i, gene))
        {
          gene->start = i;
          gene->end = k;
          return TRUE;
        }
    }

  if (!lookup_symbol (sc, sc->s + i, j - i, gene))
    return FALSE;
  gene->start = i;
  gene->end = j;
  return TRUE;
}

/* --- alteration words ------------------------------------------------ */

typedef enum
{
  ALT_NONE,
  ALT_MUT,
  ALT_DEL,
  ALT_DUP,
  ALT_INS,
  ALT_SKIP,
  ALT_FUSION,
  ALT_AMP,
  ALT_ITD,
} Alt;

/* Words that name a test or a measure, not something carried. */
static gboolean
is_test_word (const char *w,
              gsize       n)
{
  static const char *const parts[] = {
    "status", "analys", "test", "undersøg", "screen", "byrde", "burden", "panel", "signatur",
    "signature", "assay", "rate", "metode", "method", "load", "profil", "profile",
  };
  g_autofree char *low = g_ascii_strdown (w, n);

  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    if (strstr (low, parts[k]) != NULL)
      return TRUE;
  return FALSE;
}

static Alt
alteration_word (const char *w,
                 gsize       n)
{
  static const struct { const char *stem; gboolean exact; Alt alt; } words[] = {
    { "mutation", FALSE, ALT_MUT }, { "mutat", FALSE, ALT_MUT }, { "muter", FALSE, ALT_MUT },
    { "mutant", FALSE, ALT_MUT }, { "mut", TRUE, ALT_MUT }, { "variant", FALSE, ALT_MUT },
    { "kimbanevariant", FALSE, ALT_MUT }, { "kimbanemutation", FALSE, ALT_MUT },
    { "alteration", FALSE, ALT_MUT }, { "aberration", FALSE, ALT_MUT },
    { "ændring", FALSE, ALT_MUT }, { "forandring", FALSE, ALT_MUT },
    { "delet", FALSE, ALT_DEL }, { "del", TRUE, ALT_DEL }, { "loss", TRUE, ALT_DEL },
    { "dupli", FALSE, ALT_DUP }, { "dup", TRUE, ALT_DUP },
    { "insert", FALSE, ALT_INS }, { "ins", TRUE, ALT_INS },
    { "skip", FALSE, ALT_SKIP },
    { "fusion", FALSE, ALT_FUSION }, { "rearr", FALSE, ALT_FUSION },
    { "translok", FALSE, ALT_FUSION }, { "transloc", FALSE, ALT_FUSION },
    { "omlejr", FALSE, ALT_FUSION }, { "brudpunkt", FALSE, ALT_FUSION },
    { "breakpoint", FALSE, ALT_FUSION }, { "fused", TRUE, ALT_FUSION },
    { "amplif", FALSE, ALT_AMP }, { "amp", TRUE, ALT_AMP },
    { "itd", TRUE, ALT_ITD }, { "tkd", TRUE, ALT_ITD },
  };

  int first;

  if (n < 3)
    return ALT_NONE;
  first = g_ascii_tolower (w[0]);
  if (first != 'm' && first != 'v' && first != 'k' && first != 'a' && first != (guchar) "æ"[0] &&
      first != 'f' && first != 'd' && first != 'l' && first != 'i' && first != 's' &&
      first != 'r' && first != 't' && first != 'o' && first != 'b')
    return ALT_NONE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize len;

      if (words[k].stem[0] != first)
        continue;
      len = strlen (words[k].stem);

      if (words[k].exact ? n == len : n >= len)
        if (g_ascii_strncasecmp (w, words[k].stem, len) == 0)
          {
            if (!words[k].exact && is_test_word (w, n))
              return ALT_NONE;
            return words[k].alt;
          }
    }
  return ALT_NONE;
}

/* --- negation -------------------------------------------------------- */

static gboolean
word_in (const char         *w,
         gsize               n,
         const char *const  *list,
         gsize               len)
{
  int first = n > 0 ? g_ascii_tolower (w[0]) : 0;

  for (gsize k = 0; k < len; k++)
    if (list[k][0] == first && strlen (list[k]) == n && g_ascii_strncasecmp (w, list[k], n) == 0)
      return TRUE;
  return FALSE;
}

/* Does the text say the patient does not carry the alteration at
 * [start, end)? Looks back to the clause start and a little ahead. */
static gboolean
negated (const Scan *sc,
         gsize       start,
         gsize       end)
{
  static const char *const before_cues[] = {
    "ingen", "ikke", "uden", "no", "not", "without", "targets", "targeting", "target",
    "absence", "fravær", "udelukket", "excluded", "omfatter", "omfattede", "dækker",
    "dækkede", "covers", "covered", "covering", "including", "inkl", "inklusive", "herunder",
    "nor", "hverken", "wildtype", "vildtype",
  };
  static const char *const before_pairs[] = {
    "testet for", "tested for", "testing for", "undersøgt for", "screenet for",
    "screened for", "screening for", "analyseret for", "analysed for", "analyzed for",
    "analyse for", "analysis for", "negativ for", "negative for", "test for",
  };
  static const char *const contrast[] = {
    "men", "but", "dog", "however", "derimod", "whereas", "mens", "while",
    "viste", "showed", "revealed", "påviste", "harbours", "harbors", "bærer", "carries",
  };
  static const char *const after_cues[] = {
    "negativ", "negative", "neg", "wt", "wildtype", "vildtype", "udelukket", "excluded",
    "absent", "ikke", "not", "normal",
  };
  gsize i = start, words = 0;
  gsize limit = start > 120 ? start - 120 : 0;

  /* Back over the clause, word by word. */
  while (i > limit && words < 14)
    {
      gsize we, ws;
      int c = (unsigned char) sc->s[i - 1];

      if (c == ':' && ((i >= 2 && sc->s[i - 2] == ':') || at_byte (sc, i) == ':'))
        {
          /* BCR::ABL1 */
          i--;
          continue;
        }
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':')
        {
          /* "neg." and "inkl." end in a dot but not the clause */
          if (c == '.' && i >= 2 && is_word_byte ((unsigned char) sc->s[i - 2]))
            {
              gsize k = i - 1;
              while (k > 0 && is_word_byte ((unsigned char) sc->s[k - 1]))
                k--;
              if (!word_in (sc->s + k, i - 1 - k, (const char *const []) { "inkl", "bl.a", "pga" }, 3))
                break;
            }
          else
            break;
        }
      if (c == ',')
        {
          /* a list of genes continues the clause: "No KRAS, NRAS or BRAF …" */
          gsize k = skip_spaces (sc, i);
          if (!g_ascii_isupper (at_byte (sc, k)) && (i < 2 || sc->s[i - 2] != '-'))
            break;
        }
      if (!is_word_byte (c))
        {
          i--;
          continue;
        }
      we = i;
      ws = i;
      while (ws > limit && is_word_byte ((unsigned char) sc->s[ws - 1]))
        ws--;
      words++;
      if (word_in (sc->s + ws, we - ws, contrast, G_N_ELEMENTS (contrast)))
        break;
      if (word_in (sc->s + ws, we - ws, before_cues, G_N_ELEMENTS (before_cues)))
        return TRUE;
      {
        gsize k = ws;
        for (guint p = 0; p < G_N_ELEMENTS (before_pairs); p++)
          if (has_ci (sc, k, before_pairs[p]))
            return TRUE;
      }
      i = ws;
    }

  /* Ahead: "BRAF V600 negativ", "FLT3-ITD neg.", "KRAS: wt" */
  i = end;
  words = 0;
  while (i < sc->n && words < 3 && i < end + 40)
    {
      int c = (unsigned char) sc->s[i];
      gsize we;

      if (c == '.' || c == ';' || c == '\n' || c == ',' || c == '(' || c == '!' || c == '?')
        break;
      if (!is_word_byte (c))
        {
          i++;
          continue;
        }
      we = word_end (sc, i);
      words++;
      if (word_in (sc->s + i, we - i, after_cues, G_N_ELEMENTS (after_cues)))
        {
          /* "ikke" must be "ikke påvist/fundet", "not detected/found" */
          if (has_ci (sc, i, "ikke") || has_ci (sc, i, "not"))
            {
              gsize k = skip_spaces (sc, we);
              return has_ci (sc, k, "påvist") || has_ci (sc, k, "fundet") ||
                     has_ci (sc, k, "detected") || has_ci (sc, k, "found") ||
                     has_ci (sc, k, "identified") || has_ci (sc, k, "til stede") ||
                     has_ci (sc, k, "present");
            }
          /* "-negativ" as part of a compound, or a word of its own */
          return TRUE;
        }
      i = we;
    }
  return FALSE;
}

/* --- emitting -------------------------------------------------------- */

typedef struct
{
  Kind        kind;
  gsize       start;
  gsize       end;
  const char *rule;
  char        gene[MAX_SYMBOL];
  char        gene2[MAX_SYMBOL];
  char        protein[48];     /* 1-letter change, for the hotspot lookup */
  gboolean    position_only;
  gboolean    force_common;    /* decided by a table of common changes */
  gboolean    nonstandard;
} Hit;

static int
hotspot_count (const Scan *sc,
               const char *gene,
               const char *protein)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;

  if (gene == NULL || *gene == '\0' || protein == NULL || *protein == '\0')
    return -1;
  key = g_strdup_printf ("%s %s", gene, protein);
  value = kasus_lexicon_lookup (sc->rules->hotspots, key, -1);
  if (value == NULL && strcmp (gene, "H3-3A") == 0)
    {
      g_free (key);
      key = g_strdup_printf ("H3F3A %s", protein);
      value = kasus_lexicon_lookup (sc->rules->hotspots, key, -1);
    }
  return value ? atoi (value) : -1;
}

static int
gene_total (const Scan *sc,
            const char *gene)
{
  g_autofree char *value = NULL;

  if (gene == NULL || *gene == '\0')
    return 0;
  value = kasus_lexicon_lookup (sc->rules->cancer, gene, -1);
  return value ? atoi (value) : 0;
}

static void
emit (Scan      *sc,
      const Hit *hit)
{
  KasusFinding *f;
  g_autofree char *text = NULL;
  g_autofree char *suggestion = NULL;
  g_autofree char *reason = NULL;
  KasusSeverity severity = KASUS_SEVERITY_HIGH;
  gboolean frequent = FALSE;
  gboolean en = sc->en;
  GeneClass klass = gene_class (sc->rules, hit->gene);
  const char *in_class = en ? class_en[klass] : class_da[klass];
  const char *gene = hit->gene;

  text = g_strndup (sc->s + hit->start, hit->end - hit->start);

  switch (hit->kind)
    {
    case KIND_NOTATION:
    case KIND_EXON:
      {
        int n = hit->protein[0] ? hotspot_count (sc, gene, hit->protein) : -1;

        if (n >= FREQUENT_HOTSPOT_MIN)
          {
            frequent = TRUE;
            reason = g_strdup_printf (en ? "frequent hotspot (n=%d)" : "hyppigt hotspot (n=%d)", n);
          }
        else if (hit->force_common)
          {
            frequent = TRUE;
            reason = g_strdup (en ? "common alteration" : "hyppig forandring");
          }
        else
          reason = g_strdup (en ? "rare or unknown variant" : "sjælden eller ukendt variant");

        if (klass == CLASS_NONE && *gene == '\0')
          suggestion = g_strdup (en ? (frequent ? "a frequent variant" : "a rare variant")
                                    : (frequent ? "en hyppig variant" : "en sjælden variant"));
        else
          suggestion = g_strdup_printf (en ? "a %s variant in %s" : "en %s variant i %s",
                                        en ? (frequent ? "frequent" : "rare")
                                           : (frequent ? "hyppig" : "sjælden"),
                                        in_class);
      }
      break;

    case KIND_TYPE:
      frequent = hit->force_common || gene_total (sc, gene) >= FREQUENT_GENE_MIN;
      reason = g_strdup (frequent
                         ? (en ? "frequently altered gene" : "hyppigt ændret gen")
                         : (en ? "rare alteration in this gene" : "sjælden forandring i genet"));
      suggestion = g_strdup_printf (en ? "a variant in %s" : "en variant i %s", in_class);
      break;

    case KIND_FUSION:
      {
        g_autofree char *pair = g_strdup_printf ("%s %s", gene, hit->gene2);
        g_autofree char *pair_r = g_strdup_printf ("%s %s", hit->gene2, gene);
        gboolean targetable = IN_LIST (targetable_fusion_genes, gene) ||
                              IN_LIST (targetable_fusion_genes, hit->gene2);

        if (hit->gene2[0])
          frequent = IN_LIST (common_fusions, pair) || IN_LIST (common_fusions, pair_r);
        else
          frequent = IN_LIST (common_fusion_drivers, gene);
        reason = g_strdup (frequent ? (en ? "common gene fusion" : "hyppig genfusion")
                                    : (en ? "rare gene fusion" : "sjælden genfusion"));
        suggestion = g_strdup (targetable ? (en ? "a targetable gene fusion" : "en behandlingsrelevant genfusion")
                                          : (en ? "a gene fusion" : "en genfusion"));
      }
      break;

    case KIND_AMPLIFICATION:
      frequent = IN_LIST (common_amplifications, gene);
      reason = g_strdup (frequent ? (en ? "common amplification" : "hyppig amplifikation")
                                  : (en ? "rare amplification" : "sjælden amplifikation"));
      suggestion = g_strdup_printf (en ? "an amplification of %s" : "en amplifikation af %s", in_class);
      break;

    case KIND_KARYOTYPE:
      frequent = hit->force_common;
      reason = g_strdup (frequent ? (en ? "common chromosomal change" : "hyppig kromosomforandring")
                                  : (en ? "rare chromosomal change" : "sjælden kromosomforandring"));
      suggestion = g_strdup (en ? "a chromosomal rearrangement" : "en kromosomforandring");
      break;
    }

  severity = frequent ? KASUS_SEVERITY_MEDIUM : KASUS_SEVERITY_HIGH;
  if (negated (sc, hit->start, hit->end))
    {
      severity = KASUS_SEVERITY_LOW;
      g_free (reason);
      reason = g_strdup (en ? "not found in the patient" : "ikke påvist hos patienten");
    }

  f = kasus_finding_new (hit->start, hit->end, KASUS_CATEGORY_VARIANT, severity,
                         hit->rule, text, suggestion);
  kasus_finding_set_reason (f, reason);
  g_ptr_array_add (sc->findings, f);
}

static void
emit_gene (Scan       *sc,
           const Gene *gene)
{
  g_autofree char *text = g_strndup (sc->s + gene->start, gene->end - gene->start);
  KasusFinding *f;

  f = kasus_finding_new (gene->start, gene->end, KASUS_CATEGORY_GENE, KASUS_SEVERITY_LOW,
                         "gene.symbol", text,
                         sc->en ? "the gene may be named; avoid naming the variant"
                                : "genet kan nævnes; undgå at navngive varianten");
  kasus_finding_set_reason (f, sc->en ? "gene without an alteration" : "gen uden forandring");
  g_ptr_array_add (sc->findings, f);
}

/* --- notations ------------------------------------------------------- */

/* After a parsed notation: the text must not run on into the same token
 * (c.2376G>C[];[] is not c.2376G>C). Returns the token end when it does. */
static gsize
runs_on (const Scan *sc,
         gsize       end)
{
  int c = at_byte (sc, end);

  if (c == 0 || g_ascii_isspace (c))
    return 0;
  if (c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == ']' || c == '"' ||
      c == '\'' || c == '-' || c == '/' || c == '!' || c == '?')
    {
      int d = at_byte (sc, end + 1);

      /* "c.123A>G." ends a sentence; "c.123A>G;[...]" does not end here */
      if (c == ';' && d == '[')
        goto run;
      if (c == '.' && g_ascii_isalnum (d))
        goto run;
      return 0;
    }
  if (c >= 0x80)
    return 0;
run:
  while (end < sc->n && !g_ascii_isspace (sc->s[end]) && sc->s[end] != ',')
    end++;
  return end;
}

/* An HGVS description at i (accession or type prefix). */
static gboolean
hgvs_at (const Scan *sc,
         gsize       i,
         KasusHgvs  *h)
{
  gsize tail;

  if (!kasus_hgvs_parse (sc->s + i, sc->n - i, h))
    return FALSE;
  /* "p." alone in "p.g.a." or "c.f." is not a description */
  if (h->length <= 2)
    return FALSE;
  tail = runs_on (sc, i + h->length);
  if (tail > 0)
    {
      h->nonstandard = TRUE;
      h->length = tail - i;
    }
  return TRUE;
}

static gboolean
is_aa1 (int c)
{
  /* one bit for each letter of ACDEFGHIKLMNPQRSTVWY */
  const guint32 aa = (1u << ('A' - 'A')) | (1u << ('C' - 'A')) | (1u << ('D' - 'A')) |
                     (1u << ('E' - 'A')) | (1u << ('F' - 'A')) | (1u << ('G' - 'A')) |
                     (1u << ('H' - 'A')) | (1u << ('I' - 'A')) | (1u << ('K' - 'A')) |
                     (1u << ('L' - 'A')) | (1u << ('M' - 'A')) | (1u << ('N' - 'A')) |
                     (1u << ('P' - 'A')) | (1u << ('Q' - 'A')) | (1u << ('R' - 'A')) |
                     (1u << ('S' - 'A')) | (1u << ('T' - 'A')) | (1u << ('V' - 'A')) |
                     (1u << ('W' - 'A')) | (1u << ('Y' - 'A'));

  return c >= 'A' && c <= 'Z' && (aa & (1u << (c - 'A')));
}

/* Protein shorthand at i: V600E, G12C, R1450*, E746_A750del, V600 (only
 * when allow_position), C228T. Writes the 1-letter key. */
static gsize
shorthand_at (const Scan *sc,
              gsize       i,
              gboolean    allow_position,
              char       *key,
              gsize       key_size,
              gboolean   *position_only)
{
  gsize j = i, d;
  int c;

  *position_only = FALSE;
  if (!is_aa1 (at_byte (sc, j)))
    return 0;
  j++;
  d = j;
  while (g_ascii_isdigit (at_byte (sc, j)))
    j++;
  if (j == d || j - d > 4 || at_byte (sc, d) == '0')
    return 0;

  if (at_byte (sc, j) == '_' && is_aa1 (at_byte (sc, j + 1)) && g_ascii_isdigit (at_byte (sc, j + 2)))
    {
      /* E746_A750del, Y772_A775dup, D770_N771insG */
      j += 2;
      while (g_ascii_isdigit (at_byte (sc, j)))
        j++;
      if (has_ci (sc, j, "delins"))
        {
          j += 6;
          while (is_aa1 (at_byte (sc, j)))
            j++;
        }
      else if (has_ci (sc, j, "del") || has_ci (sc, j, "dup"))
        j += 3;
      else if (has_ci (sc, j, "ins") && is_aa1 (at_byte (sc, j + 3)))
        {
          j += 3;
          while (is_aa1 (at_byte (sc, j)))
            j++;
        }
      else
        return 0;
    }
  else
    {
      c = at_byte (sc, j);
      if (is_aa1 (c) || c == '*' || c == 'X')
        {
          j++;
          if (has_ci (sc, j, "fs"))
            {
              j += 2;
              if (at_byte (sc, j) == '*' || at_byte (sc, j) == 'X')
                {
                  j++;
                  while (g_ascii_isdigit (at_byte (sc, j)))
                    j++;
                }
            }
        }
      else if (has_ci (sc, j, "fs") || has_ci (sc, j, "del") || has_ci (sc, j, "dup"))
        j += has_ci (sc, j, "fs") ? 2 : 3;
      else if (!allow_position)
        return 0;
      else
        *position_only = TRUE;
    }

  /* must end the token: "G12C", "G12C-mutation", "V600E," — not "T2N1M0" */
  c = at_byte (sc, j);
  if (g_ascii_isalnum (c) || c == '_' || c == '>' || (c == '.' && g_ascii_isalnum (at_byte (sc, j + 1))))
    return 0;
  if (j - i + 1 > key_size)
    return 0;
  memcpy (key, sc->s + i, j - i);
  key[j - i] = '\0';
  if (key[j - i - 1] == 'X' && !*position_only)
    key[j - i - 1] = '*';
  return j;
}

/* "exon 19", "ekson 4–7", "ex19", "exon 2-5", "intron 10". Returns the end
 * and the first number. */
static gsize
exon_at (const Scan *sc,
         gsize       i,
         int        *number,
         gboolean   *intron)
{
  static const char *const words[] = {
    "exons", "exon", "eksoner", "ekson", "exoner", "introns", "intron", "ex",
  };
  gsize j = 0;
  gsize k;

  *intron = FALSE;
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    if (has_ci (sc, i, words[w]))
      {
        j = i + strlen (words[w]);
        *intron = words[w][0] == 'i';
        break;
      }
  if (j == 0)
    return 0;
  k = skip_spaces (sc, j);
  if (!g_ascii_isdigit (at_byte (sc, k)))
    return 0;
  /* the text is a range of a larger buffer: no atoi past its end */
  *number = 0;
  while (g_ascii_isdigit (at_byte (sc, k)))
    {
      if (*number < 100000)
        *number = *number * 10 + (sc->s[k] - '0');
      k++;
    }
  /* a range: 4-7, 4–7, 2 til 5, 2 to 5 */
  {
    gsize d = dash_at (sc, k);
    gsize m = k + d;

    if (d == 0)
      {
        gsize s = skip_spaces (sc, k);
        if (has_ci (sc, s, "til ") || has_ci (sc, s, "to "))
          m = skip_spaces (sc, s + (has_ci (sc, s, "til ") ? 4 : 3));
      }
    if (m != k && g_ascii_isdigit (at_byte (sc, m)))
      {
        k = m;
        while (g_ascii_isdigit (at_byte (sc, k)))
          k++;
      }
  }
  if (g_ascii_isalpha (at_byte (sc, k)) && !has_ci (sc, k, "del") && !has_ci (sc, k, "ins") &&
      !has_ci (sc, k, "dup") && !has_ci (sc, k, "skip"))
    return 0;
  return k;
}

/* An alteration word at i, directly or after '-'/space: returns its end. */
static gsize
alteration_after (const Scan *sc,
                  gsize       i,
                  gboolean    allow_space,
                  Alt        *alt)
{
  gsize j = i, e;

  if (dash_at (sc, j))
    j += dash_at (sc, j);
  else if (allow_space)
    j = skip_spaces (sc, j);
  e = word_end (sc, j);
  *alt = alteration_word (sc->s + j, e - j);
  if (*alt == ALT_NONE)
    return 0;
  /* "mut." */
  if (at_byte (sc, e) == '.' && e - j <= 4 && !g_ascii_isalnum (at_byte (sc, e + 1)))
    e++;
  return e;
}

/* Words allowed between an alteration word and its gene: "mutation i
 * KRAS", "fusion af NTRK1", "variant in the BRCA1 gene". */
static const char *const linking_words[] = {
  "i", "in", "af", "of", "involving", "involverende", "med", "with", "mellem", "between",
  "på", "on", "the", "genet", "gene", "et", "en", "a", "an", "kimbane", "germline",
  "somatisk", "somatic", "patogen", "pathogenic", "sandsynligt", "likely",
};

/* An alteration word just before [gene.start: "mutation i KRAS". Returns
 * the start of the alteration word or G_MAXSIZE. */
static gsize
alteration_before (const Scan *sc,
                   gsize       start,
                   Alt        *alt)
{
  gsize i = start;

  for (int w = 0; w < 4; w++)
    {
      gsize we, ws;

      while (i > 0 && (sc->s[i - 1] == ' ' || sc->s[i - 1] == '\t'))
        i--;
      we = i;
      ws = i;
      while (ws > 0 && is_word_byte ((unsigned char) sc->s[ws - 1]))
        ws--;
      if (ws == we)
        return G_MAXSIZE;
      *alt = alteration_word (sc->s + ws, we - ws);
      if (*alt != ALT_NONE)
        return ws;
      if (!word_in (sc->s + ws, we - ws, linking_words, G_N_ELEMENTS (linking_words)))
        return G_MAXSIZE;
      i = ws;
    }
  return G_MAXSIZE;
}

static void
hit_init (Hit        *hit,
          Kind        kind,
          gsize       start,
          gsize       end,
          const char *rule,
          const char *gene)
{
  memset (hit, 0, sizeof *hit);
  hit->kind = kind;
  hit->start = start;
  hit->end = end;
  hit->rule = rule;
  if (gene)
    g_strlcpy (hit->gene, gene, sizeof hit->gene);
}

static const char *
hgvs_rule (const KasusHgvs *h)
{
  static const char *const std[] = {
    "variant.hgvs.c", "variant.hgvs.g", "variant.hgvs.m", "variant.hgvs.n",
    "variant.hgvs.o", "variant.hgvs.r", "variant.hgvs.p",
  };
  static const char *const legacy[] = {
    "variant.legacy.c", "variant.legacy.g", "variant.legacy.m", "variant.legacy.n",
    "variant.legacy.o", "variant.legacy.r", "variant.legacy.p",
  };
  const char *types = "cgmnorp";
  const char *t = strchr (types, h->type);
  gsize k = t ? (gsize) (t - types) : 0;

  return h->nonstandard ? legacy[k] : std[k];
}

/* After a notation: "(p.Pro286Arg)", " p.(Arg232Ter)" — the protein
 * change that goes with a c. description. */
static gsize
protein_companion (const Scan *sc,
                   gsize       end,
                   char       *protein,
                   gsize       size)
{
  gsize j = skip_spaces (sc, end);
  gboolean paren = FALSE;
  KasusHgvs h;

  if (at_byte (sc, j) == ',' )
    j = skip_spaces (sc, j + 1);
  if (at_byte (sc, j) == '(' && at_byte (sc, j + 1) == 'p' && at_byte (sc, j + 2) == '.')
    {
      paren = TRUE;
      j++;
    }
  if (!(at_byte (sc, j) == 'p' && at_byte (sc, j + 1) == '.'))
    return 0;
  if (!kasus_hgvs_parse (sc->s + j, sc->n - j, &h) || h.length <= 2)
    return 0;
  j += h.length;
  if (paren)
    {
      if (at_byte (sc, j) != ')')
        return 0;
      j++;
    }
  if (h.protein[0] && protein[0] == '\0')
    g_strlcpy (protein, h.protein, size);
  return j;
}

/* A gene symbol after the notation: "c.5946delT i BRCA2", "V600E (BRAF)" */
static gboolean
gene_after (const Scan *sc,
            gsize       end,
            Gene       *gene)
{
  gsize j = skip_spaces (sc, end);
  gsize e;

  if (at_byte (sc, j) == '(')
    j++;
  else
    {
      e = word_end (sc, j);
      if (!word_in (sc->s + j, e - j, (const char *const []) { "i", "in", "af", "of" }, 4))
        return FALSE;
      j = skip_spaces (sc, e);
      if (has_ci (sc, j, "genet ") || has_ci (sc, j, "the "))
        j = skip_spaces (sc, j + (has_ci (sc, j, "the ") ? 4 : 6));
    }
  if (!gene_at (sc, j, gene))
    return FALSE;
  return !is_word_byte (at_byte (sc, gene->end)) || at_byte (sc, gene->end) == '-';
}

/* --- one gene and what follows it ----------------------------------- */

static gboolean
fusion_pair_ok (const Gene *a,
                const Gene *b)
{
  gboolean driver = IN_LIST (fusion_genes, a->symbol) || IN_LIST (fusion_genes, b->symbol);

  if (!driver || strcmp (a->symbol, b->symbol) == 0)
    return FALSE;
  if ((a->ambiguous && !IN_LIST (fusion_genes, a->symbol)) ||
      (b->ambiguous && !IN_LIST (fusion_genes, b->symbol)))
    return FALSE;
  return TRUE;
}

/* A fusion word right after the pair or just before it. */
static gboolean
fusion_context (const Scan *sc,
                gsize       start,
                const Gene *second)
{
  Alt alt = ALT_NONE;

  if (alteration_after (sc, second->end, TRUE, &alt) && alt == ALT_FUSION)
    return TRUE;
  return alteration_before (sc, start, &alt) != G_MAXSIZE && alt == ALT_FUSION;
}

/* Scans from a gene; returns the end of what was reported (or of the gene
 * when nothing), never before gene->end. */
static gsize
scan_gene (Scan       *sc,
           const Gene *gene)
{
  Hit hit;
  gsize j = gene->end, k;
  Gene g2;
  Alt alt;
  int exon;
  gboolean intron;
  gboolean usable = !gene->ambiguous || gene->cancer;

  /* 1. fusion partner: EML4-ALK, TMPRSS2::ERG, CD74 – ROS1, BCR/ABL1 */
  if (at_byte (sc, j) == ':' && at_byte (sc, j + 1) == ':' && gene_at (sc, j + 2, &g2))
    {
      hit_init (&hit, KIND_FUSION, gene->start, g2.end, "variant.fusion", gene->symbol);
      g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
      if ((k = alteration_after (sc, hit.end, FALSE, &alt)) && alt == ALT_FUSION)
        hit.end = k;
      emit (sc, &hit);
      return hit.end;
    }
  {
    gsize sep = j, d, m;
    gboolean breakpoints = FALSE, spaced, slash;

    /* "FGFR3 exon 17 – TACC3 exon 11", "CD74 intron 6 / ROS1 intron 33" */
    k = skip_spaces (sc, j);
    if (k - j <= 1 && (m = exon_at (sc, k, &exon, &intron)))
      {
        sep = m;
        breakpoints = TRUE;
      }
    k = skip_spaces (sc, sep);
    d = dash_at (sc, k);
    slash = at_byte (sc, k) == '/';
    if (d || slash)
      {
        m = k + (d ? d : 1);
        spaced = k != sep || g_ascii_isspace (at_byte (sc, m));
        m = skip_spaces (sc, m);
        /* EML4-ALK as one token; spaced or slashed pairs only with named
         * breakpoints or a fusion word around them (not "BRCA1/BRCA2") */
        if (gene_at (sc, m, &g2) && fusion_pair_ok (gene, &g2) &&
            !is_word_byte (at_byte (sc, g2.end)) &&
            ((!spaced && !slash) || breakpoints || fusion_context (sc, gene->start, &g2)))
          {
            hit_init (&hit, KIND_FUSION, gene->start, g2.end, "variant.fusion", gene->symbol);
            g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
            k = skip_spaces (sc, hit.end);
            if (k - hit.end <= 1 && (m = exon_at (sc, k, &exon, &intron)))
              hit.end = m;
            if ((k = alteration_after (sc, hit.end, FALSE, &alt)) && alt == ALT_FUSION)
              hit.end = k;
            emit (sc, &hit);
            return hit.end;
          }
      }
  }

  if (!usable)
    goto bare;

  /* 2. "exon 19 deletion", "exon 14 skipping", "intron 10" (with a
   * breakpoint word before: "brudpunkt i BRCA2 intron 10") */
  k = skip_spaces (sc, j);
  if (k - j <= 1 && (k = exon_at (sc, skip_spaces (sc, j), &exon, &intron)))
    {
      gsize a;
      gsize before = alteration_before (sc, gene->start, &alt);
      Alt before_alt = alt;

      a = alteration_after (sc, k, TRUE, &alt);
      if (a > 0 || before != G_MAXSIZE)
        {
          char key[48];
          Alt which = a > 0 ? alt : before_alt;

          hit_init (&hit, which == ALT_FUSION ? KIND_FUSION : KIND_EXON,
                    before != G_MAXSIZE ? before : gene->start, a > 0 ? a : k,
                    which == ALT_FUSION ? "variant.fusion" : "variant.exon", gene->symbol);
          g_snprintf (key, sizeof key, "%s %d %s", gene->symbol, exon,
                      which == ALT_DEL ? "del" : which == ALT_INS ? "ins" :
                      which == ALT_SKIP ? "skip" : which == ALT_DUP ? "dup" : "mut");
          hit.force_common = IN_LIST (common_exon_alterations, key);
          emit (sc, &hit);
          return hit.end;
        }
    }

  /* 3. a notation: "KRAS G12C", "BRAF p.V600E", "RAD51D c.694C>T",
   * "TERT promoter C228T", "EGFR: L858R", "KRAS (G12D)" */
  {
    gsize m = j;
    gboolean paren = FALSE;
    KasusHgvs h;
    char key[48] = "";
    gboolean position_only = FALSE;
    gsize e = 0;

    if (at_byte (sc, m) == ':' || at_byte (sc, m) == '-')
      m++;
    m = skip_spaces (sc, m);
    if (at_byte (sc, m) == '(')
      {
        paren = TRUE;
        m++;
      }
    if (has_ci (sc, m, "promoter ") || has_ci (sc, m, "promotor "))
      m = skip_spaces (sc, m + 9);
    if (m - j <= 12)
      {
        if (((at_byte (sc, m + 1) == '.' && strchr ("cgmnrp", at_byte (sc, m)) && at_byte (sc, m) != 0) ||
             kasus_hgvs_accession_length (sc->s + m, sc->n - m, NULL) > 0) &&
            hgvs_at (sc, m, &h))
          {
            e = m + h.length;
            g_strlcpy (key, h.protein, sizeof key);
            position_only = h.position_only;
            hit_init (&hit, KIND_NOTATION, gene->start, e, hgvs_rule (&h), gene->symbol);
          }
        else if ((e = shorthand_at (sc, m, TRUE, key, sizeof key, &position_only)) > 0)
          hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
        else if (has_ci (sc, m, "vIII") && !is_word_byte (at_byte (sc, m + 4)))
          {
            e = m + 4;
            hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
            hit.force_common = TRUE;
          }
      }
    /* "EGFRvIII" written as one token */
    if (e == 0 && has_ci (sc, j, "vIII"))
      {
        e = j + 4;
        hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
        hit.force_common = TRUE;
      }
    if (e > 0)
      {
        if (paren && at_byte (sc, e) == ')')
          e++;
        hit.end = e;
        g_strlcpy (hit.protein, key, sizeof hit.protein);
        hit.position_only = position_only;
        if (strcmp (hit.rule, "variant.hgvs.p") != 0 && strcmp (hit.rule, "variant.legacy.p") != 0 &&
            (k = protein_companion (sc, hit.end, hit.protein, sizeof hit.protein)))
          hit.end = k;
        if ((k = alteration_after (sc, hit.end, FALSE, &alt)))
          hit.end = k;
        emit (sc, &hit);
        return hit.end;
      }
  }

  /* 4. an alteration word after the gene: BRCA2-mutation, POLE-muteret,
   * ERBB2-amplifikation, ROS1-fusion, FLT3-ITD, MET amplification,
   * "BRCA1 germline variant" */
  k = alteration_after (sc, j, TRUE, &alt);
  if (k == 0)
    {
      gsize m = skip_spaces (sc, j), e = word_end (sc, m);

      if (e > m && word_in (sc->s + m, e - m, (const char *const []) { "germline", "kimbane", "somatic", "somatisk", "patogen", "pathogenic" }, 6))
        k = alteration_after (sc, e, TRUE, &alt);
    }
  if (k > 0)
    {
      Kind kind = alt == ALT_FUSION ? KIND_FUSION : alt == ALT_AMP ? KIND_AMPLIFICATION : KIND_TYPE;
      const char *rule = alt == ALT_FUSION ? "variant.fusion" : alt == ALT_AMP ? "variant.amplification" : "variant.gene-alteration";

      hit_init (&hit, kind, gene->start, k, rule, gene->symbol);
      if (alt == ALT_ITD)
        hit.force_common = strcmp (gene->symbol, "FLT3") == 0;
      /* "EGFR-mutation (L858R)", "KRAS mutation G12C" */
      {
        gsize m = skip_spaces (sc, k);
        char key[48];
        gboolean position_only;
        gsize e;

        if (at_byte (sc, m) == '(')
          m++;
        if ((e = shorthand_at (sc, m, FALSE, key, sizeof key, &position_only)) > 0)
          {
            hit.kind = KIND_NOTATION;
            hit.rule = "variant.protein";
            g_strlcpy (hit.protein, key, sizeof hit.protein);
            hit.end = at_byte (sc, e) == ')' && m > k && sc->s[m - 1] == '(' ? e + 1 : e;
          }
      }
      /* "fusion af NTRK1 og TPM3" is handled from the alteration word; here
       * "ALK-fusion med EML4" */
      emit (sc, &hit);
      return hit.end;
    }

  /* 5. an alteration word before: "mutation i KRAS", "fusion af NTRK1 og
   * TPM3", "amplifikation af MET", "kimbanevariant i PALB2" */
  k = alteration_before (sc, gene->start, &alt);
  if (k != G_MAXSIZE && alt != ALT_ITD)
    {
      Kind kind = alt == ALT_FUSION ? KIND_FUSION : alt == ALT_AMP ? KIND_AMPLIFICATION : KIND_TYPE;
      const char *rule = alt == ALT_FUSION ? "variant.fusion" : alt == ALT_AMP ? "variant.amplification" : "variant.gene-alteration";
      gsize end = gene->end;

      hit_init (&hit, kind, k, end, rule, gene->symbol);
      if (alt == ALT_FUSION)
        {
          /* "… og TPM3", "… and TPM3", "… med TPM3", "… with TPM3" */
          gsize m = skip_spaces (sc, end), e = word_end (sc, m);

          if (e > m && word_in (sc->s + m, e - m, (const char *const []) { "og", "and", "med", "with", "til", "to" }, 6) &&
              gene_at (sc, skip_spaces (sc, e), &g2) && !g2.ambiguous)
            {
              hit.end = g2.end;
              g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
            }
        }
      emit (sc, &hit);
      return hit.end;
    }

bare:
  /* 6. the gene alone */
  {
    gboolean context = FALSE;
    gsize m = j;

    if (dash_at (sc, m) == 1 || at_byte (sc, m) == ' ')
      {
        gsize e;

        m++;
        e = word_end (sc, m);
        context = word_in (sc->s + m, e - m,
                           (const char *const []) { "gen", "genet", "gene", "genes", "gener", "generne", "locus" }, 7);
      }
    if (gene->coding && !gene->ambiguous && (gene->cancer || context))
      emit_gene (sc, gene);
  }
  return gene->end;
}

/* --- karyotypes ------------------------------------------------------ */

static gsize
chromosome (const Scan *sc,
            gsize       i)
{
  gsize j = i;

  if (at_byte (sc, j) == 'X' || at_byte (sc, j) == 'Y')
    return j + 1;
  while (g_ascii_isdigit (at_byte (sc, j)) && j - i < 2)
    j++;
  if (j == i)
    return 0;
  return j;
}

/* 5q, 17p13, q34, q12.3q14.11, p15.4 */
static gsize
band (const Scan *sc,
      gsize       i)
{
  gsize j = i;
  gsize n = 0;

  while (at_byte (sc, j) == 'p' || at_byte (sc, j) == 'q')
    {
      j++;
      while (g_ascii_isdigit (at_byte (sc, j)) ||
             (at_byte (sc, j) == '.' && g_ascii_isdigit (at_byte (sc, j + 1))))
        j++;
      if (has_ci (sc, j, "ter"))
        j += 3;
      n++;
    }
  return n ? j : 0;
}

/* t(9;22)(q34;q11), inv(16), del(5q), der(22)t(9;22) … */
static gsize
karyotype_item (const Scan *sc,
                gsize       i,
                gboolean   *common)
{
  static const char *const ops[] = { "t(", "inv(", "del(", "dup(", "der(", "ins(", "add(", "idic(", "i(", "ider(" };
  gsize j = 0, k, chroms = 0;
  gboolean arm = FALSE;
  const char *op = NULL;

  /* cheap first: a short lower-case word right before '(' */
  for (k = i; k < i + 5 && g_ascii_islower (at_byte (sc, k)); k++)
    ;
  if (at_byte (sc, k) != '(' || k == i)
    return 0;
  for (guint o = 0; o < G_N_ELEMENTS (ops); o++)
    if (has_ci (sc, i, ops[o]) && sc->s[i] == ops[o][0])
      {
        j = i + strlen (ops[o]);
        op = ops[o];
        break;
      }
  if (op == NULL)
    return 0;
  k = j;
  while (TRUE)
    {
      gsize c = chromosome (sc, k), b;

      if (c == 0)
        return 0;
      chroms++;
      k = c;
      if ((b = band (sc, k)))
        {
          k = b;
          arm = TRUE;
        }
      if (at_byte (sc, k) != ';')
        break;
      k++;
    }
  if (at_byte (sc, k) != ')')
    return 0;
  k++;
  if (op[0] == 't' && chroms < 2)
    return 0;
  {
    g_autofree char *item = g_strndup (sc->s + i, k - i);
    *common = IN_LIST (common_karyotypes, item);
  }
  /* band part: (q34;q11), (q12.3q14.11) */
  if (at_byte (sc, k) == '(')
    {
      gsize b = k + 1;

      while (TRUE)
        {
          gsize e = band (sc, b);

          if (e == 0)
            break;
          b = e;
          if (at_byte (sc, b) != ';')
            break;
          b++;
        }
      if (at_byte (sc, b) == ')' && b > k + 1)
        {
          k = b + 1;
          arm = TRUE;
        }
    }
  if ((strcmp (op, "del(") == 0 || strcmp (op, "dup(") == 0 || strcmp (op, "i(") == 0 ||
       strcmp (op, "add(") == 0) && !arm)
    return 0;
  if (strcmp (op, "der(") == 0)
    {
      gboolean dummy;
      gsize more = karyotype_item (sc, k, &dummy);

      if (more)
        k = more;
    }
  return k;
}

/* 47,XY,+8 or 46,XX,t(15;17)(q24;q21)[20] */
static gsize
full_karyotype (const Scan *sc,
                gsize       i)
{
  gsize j = i, abnormal = 0;

  if (!(g_ascii_isdigit (at_byte (sc, j)) && g_ascii_isdigit (at_byte (sc, j + 1)) && at_byte (sc, j + 2) == ','))
    return 0;
  if ((at_byte (sc, j) - '0') * 10 + (at_byte (sc, j + 1) - '0') < 35 ||
      (at_byte (sc, j) - '0') * 10 + (at_byte (sc, j + 1) - '0') > 99)
    return 0;
  j += 3;
  if (at_byte (sc, j) != 'X')
    return 0;
  while (at_byte (sc, j) == 'X' || at_byte (sc, j) == 'Y')
    j++;
  while (at_byte (sc, j) == ',')
    {
      gsize k = j + 1;
      gboolean common;
      gsize e;

      if ((at_byte (sc, k) == '+' || at_byte (sc, k) == '-') && chromosome (sc, k + 1))
        e = chromosome (sc, k + 1);
      else if ((e = karyotype_item (sc, k, &common)) == 0)
        {
          if (has_ci (sc, k, "mar"))
            e = k + 3;
          else if (has_ci (sc, k, "idem"))
            e = k + 4;
          else
            break;
        }
      if (at_byte (sc, e) == 'c')
        e++;
      abnormal++;
      j = e;
    }
  if (at_byte (sc, j) == '[')
    {
      gsize k = j + 1;
      while (g_ascii_isdigit (at_byte (sc, k)))
        k++;
      if (at_byte (sc, k) == ']' && k > j + 1)
        j = k + 1;
    }
  if (abnormal == 0 || is_word_byte (at_byte (sc, j)))
    return 0;
  return j;
}

/* --- the loop -------------------------------------------------------- */

static gboolean
id_at (const Scan *sc,
       gsize       i,
       gsize      *end,
       const char **rule)
{
  static const struct { const char *prefix; gsize min_digits; const char *rule; } ids[] = {
    { "rs", 3, "variant.rsid" }, { "COSM", 2, "variant.cosmic" }, { "COSV", 5, "variant.cosmic" },
    { "COSF", 2, "variant.cosmic" }, { "VCV", 6, "variant.clinvar" }, { "RCV", 6, "variant.clinvar" },
    { "SCV", 6, "variant.clinvar" }, { "CA", 6, "variant.clingen" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (ids); k++)
    {
      gsize len = strlen (ids[k].prefix), j;

      if (i + len > sc->n || memcmp (sc->s + i, ids[k].prefix, len) != 0)
        continue;
      j = i + len;
      while (g_ascii_isdigit (at_byte (sc, j)))
        j++;
      if (j - i - len < ids[k].min_digits)
        return FALSE;
      if (at_byte (sc, j) == '.' && g_ascii_isdigit (at_byte (sc, j + 1)) && ids[k].prefix[1] == 'C')
        {
          j++;
          while (g_ascii_isdigit (at_byte (sc, j)))
            j++;
        }
      if (is_word_byte (at_byte (sc, j)))
        return FALSE;
      *end = j;
      *rule = ids[k].rule;
      return TRUE;
    }
  return FALSE;
}

static gsize
scan_at (Scan  *sc,
         gsize  i)
{
  int c = (unsigned char) sc->s[i];
  int c1 = at_byte (sc, i + 1);
  KasusHgvs h;
  Hit hit;
  Gene gene;
  gsize e;
  const char *rule;
  gboolean common = FALSE;

  /* HGVS: an accession or a type prefix */
  /* an accession starts with two capitals or a capital and a digit */
  if ((c1 == '.' && strchr ("cgmnorp", c) != NULL) ||
      (g_ascii_isupper (c) && (g_ascii_isupper (c1) || g_ascii_isdigit (c1)) &&
       kasus_hgvs_accession_length (sc->s + i, sc->n - i, NULL) > 0))
    {
      if (hgvs_at (sc, i, &h))
        {
          hit_init (&hit, KIND_NOTATION, i, i + h.length, hgvs_rule (&h), NULL);
          /* junctions: NM_152263.2:r.-115_775::NM_002609.3:r.1580_*1924 */
          while (at_byte (sc, hit.end) == ':' && at_byte (sc, hit.end + 1) == ':')
            {
              KasusHgvs h2;

              if (!hgvs_at (sc, hit.end + 2, &h2))
                break;
              hit.end += 2 + h2.length;
            }
          g_strlcpy (hit.protein, h.protein, sizeof hit.protein);
          hit.position_only = h.position_only;
          hit.nonstandard = h.nonstandard;
          if (h.type != 'p' && (e = protein_companion (sc, hit.end, hit.protein, sizeof hit.protein)))
            hit.end = e;
          if (gene_after (sc, hit.end, &gene))
            {
              g_strlcpy (hit.gene, gene.symbol, sizeof hit.gene);
              hit.end = gene.end + (at_byte (sc, gene.end) == ')' ? 1 : 0);
            }
          emit (sc, &hit);
          return hit.end;
        }
    }

  /* ids */
  if (((c == 'r' && c1 == 's') || ((c == 'C' || c == 'V' || c == 'R' || c == 'S') && g_ascii_isupper (c1))) &&
      id_at (sc, i, &e, &rule))
    {
      hit_init (&hit, KIND_NOTATION, i, e, rule, NULL);
      emit (sc, &hit);
      return e;
    }

  /* karyotypes */
  if ((g_ascii_isdigit (c) && (e = full_karyotype (sc, i))) ||
      ((c == 't' || c == 'i' || c == 'd' || c == 'a') && (e = karyotype_item (sc, i, &common))))
    {
      hit_init (&hit, KIND_KARYOTYPE, i, e, "variant.karyotype", NULL);
      hit.force_common = common;
      emit (sc, &hit);
      return e;
    }

  /* genes, and what goes with them */
  if ((g_ascii_isupper (c) || c == 'c') && gene_at (sc, i, &gene))
    return scan_gene (sc, &gene);

  /* "exon 19-deletion", "deletion af exon 2-5 i BRCA1" */
  if ((((c == 'e' || c == 'E') && (c1 == 'x' || c1 == 'k')) ||
       ((c == 'd' || c == 'D' || c == 'i' || c == 'I') && (has_ci (sc, i, "del") || has_ci (sc, i, "ins") || has_ci (sc, i, "dup")))) &&
      !g_ascii_isdigit (c1))
    {
      gsize start = i, k = i;
      int exon;
      gboolean intron;
      Alt alt = ALT_NONE;
      gsize a = 0;

      if (c == 'd' || c == 'D' || c == 'i' || c == 'I')
        {
          /* "deletion af exon 2-5", "insertion in exon 20" */
          gsize we = word_end (sc, i), m;

          alt = alteration_word (sc->s + i, we - i);
          if (alt != ALT_DEL && alt != ALT_INS && alt != ALT_DUP)
            return i + 1;
          m = skip_spaces (sc, we);
          e = word_end (sc, m);
          if (!word_in (sc->s + m, e - m, (const char *const []) { "af", "of", "i", "in" }, 4))
            return we;
          k = skip_spaces (sc, e);
          a = 1;
        }
      if ((e = exon_at (sc, k, &exon, &intron)) && !intron)
        {
          if (a == 0)
            {
              a = alteration_after (sc, e, TRUE, &alt);
              if (a == 0 || !(alt == ALT_DEL || alt == ALT_INS || alt == ALT_DUP || alt == ALT_SKIP || alt == ALT_MUT))
                return e;
              e = a;
            }
          hit_init (&hit, KIND_EXON, start, e, "variant.exon", NULL);
          if (gene_after (sc, e, &gene))
            {
              g_strlcpy (hit.gene, gene.symbol, sizeof hit.gene);
              hit.end = gene.end;
            }
          /* without a gene, exon 19 deletions and exon 20 insertions
           * (EGFR), exon 14 skipping (MET) are the common ones */
          {
            char key[48];

            g_snprintf (key, sizeof key, "%s %d %s", hit.gene[0] ? hit.gene : "EGFR", exon,
                        alt == ALT_DEL ? "del" : alt == ALT_INS ? "ins" : alt == ALT_SKIP ? "skip" : "mut");
            hit.force_common = IN_LIST (common_exon_alterations, key) ||
                               (hit.gene[0] == '\0' && alt == ALT_SKIP && exon == 14);
          }
          emit (sc, &hit);
          return hit.end;
        }
      return i + 1;
    }

  /* A protein change before its gene ("G12C-mutation i KRAS") or one that
   * stands for its gene on its own ("V600E") */
  if (g_ascii_isdigit (c1) && is_aa1 (c))
    {
      char key[48];
      gboolean position_only;

      if ((e = shorthand_at (sc, i, FALSE, key, sizeof key, &position_only)) > 0)
        {
          gsize end = e;
          Alt alt;
          const char *g = NULL;

          if ((e = alteration_after (sc, end, FALSE, &alt)))
            end = e;
          if (gene_after (sc, end, &gene))
            {
              g = gene.symbol;
              end = gene.end;
            }
          else
            {
              for (guint k = 0; k < G_N_ELEMENTS (iconic_changes); k++)
                if (strcmp (iconic_changes[k].change, key) == 0)
                  g = iconic_changes[k].gene;
              if (g == NULL)
                return e ? e : end;
            }
          hit_init (&hit, KIND_NOTATION, i, end, "variant.protein", g);
          g_strlcpy (hit.protein, key, sizeof hit.protein);
          emit (sc, &hit);
          return end;
        }
    }

  return i + 1;
}

void
kasus_variant_rules_scan (const KasusVariantRules *self,
                          const char              *text,
                          gsize                    length,
                          KasusLanguage            language,
                          GPtrArray               *findings)
{
  g_autofree GeneCacheEntry *cache = NULL;
  GeneCacheEntry small_cache[SMALL_CACHE_SIZE];
  guint64 valid[GENE_CACHE_SIZE / 64];
  Scan sc = { self, text, length, language == KASUS_LANGUAGE_EN, findings, NULL };
  gsize i = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (findings != NULL);

  /* a paragraph needs no big cache, and gets it on the stack; entries
   * are valid by a bit each, so that starting costs no writes to every
   * entry */
  {
    guint size = length > 16384 ? GENE_CACHE_SIZE : SMALL_CACHE_SIZE;

    sc.cache = size == SMALL_CACHE_SIZE ? small_cache : (cache = g_new (GeneCacheEntry, size));
    sc.cache_mask = size - 1;
    sc.cache_valid = valid;
    memset (valid, 0, sizeof valid);
  }

  while (i < length)
    {
      int c = (unsigned char) text[i];
      gsize next;

      /* Only a word start that can begin something is looked at. */
      if (!is_word_byte (c))
        {
          i++;
          continue;
        }
      if (!g_ascii_isalnum (c) || !word_start (&sc, i))
        {
          /* no word starts before the end of this run of word bytes */
          while (i < length && is_word_byte ((unsigned char) text[i]))
            i++;
          continue;
        }
      next = scan_at (&sc, i);
      if (next <= i)
        next = i + 1;
      /* resume at the next word start */
      i = next;
      while (i < length && is_word_byte ((unsigned char) text[i]) && i > 0 &&
             is_word_byte ((unsigned char) text[i - 1]))
        i++;
    }
}
