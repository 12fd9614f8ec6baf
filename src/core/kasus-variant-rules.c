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
 * A gene counts with an alteration *type* in any form clinicians write
 * (BRCA2-muteret, mutation i BRCA2, CDKN2A homozygous deletion, MLH1-
 * promotormethylering, IDH-muteret, ROS1-positive, RAD51C-relateret);
 * chromosome arms and bands with a copy-number or structural word (3p-tab,
 * 1p/19q-kodeletion, loss of chromosome 22q) and aneuploidies (monosomi 7)
 * count like karyotypes, and so do a "+8" or "+Ph" listed after a karyotype.
 * A gene with the generic word "variant" the patient carries ("kimbanevariant
 * i PALB2") counts by the gene's frequency: in doubt, mark it. LOW, because
 * they name no alteration that singles the patient out: protein loss on
 * immunohistochemistry (MMR-IHC: tab af MSH6), MGMT methylation, wording
 * already made general ("a rare insertion in EGFR", "en sjælden
 * EGFR-variant"), statements about tumours or drugs in general ("ved
 * myxoid liposarkom ser man typisk FUS::DDIT3", "a KRAS-mutant basket
 * trial"), and alterations not carried (negated, retracted, listed under
 * "Not detected:").
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
  guint         serial; /* tells the per-thread gene caches apart */
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
  { "ABL1", CLASS_KINASE },
  { "ACVR1", CLASS_KINASE },
  { "AKT1", CLASS_PI3K },
  { "AKT2", CLASS_PI3K },
  { "AKT3", CLASS_PI3K },
  { "ALK", CLASS_RTK },
  { "APC", CLASS_WNT },
  { "AR", CLASS_HORMONE },
  { "ARAF", CLASS_RAS_MAPK },
  { "ARID1A", CLASS_EPIGENETIC },
  { "ARID1B", CLASS_EPIGENETIC },
  { "ARID2", CLASS_EPIGENETIC },
  { "ASPSCR1", CLASS_TF },
  { "ASXL1", CLASS_EPIGENETIC },
  { "ATF1", CLASS_TF },
  { "ATM", CLASS_DNA_REPAIR },
  { "ATR", CLASS_DNA_REPAIR },
  { "ATRX", CLASS_EPIGENETIC },
  { "AXIN1", CLASS_WNT },
  { "AXL", CLASS_RTK },
  { "B2M", CLASS_CANCER },
  { "BAP1", CLASS_TSG },
  { "BARD1", CLASS_DNA_REPAIR },
  { "BCL2", CLASS_CANCER },
  { "BCOR", CLASS_EPIGENETIC },
  { "BCR", CLASS_KINASE },
  { "BICC1", CLASS_CANCER },
  { "BLM", CLASS_DNA_REPAIR },
  { "BMPR1A", CLASS_TSG },
  { "BRAF", CLASS_RAS_MAPK },
  { "BRCA1", CLASS_DNA_REPAIR },
  { "BRCA2", CLASS_DNA_REPAIR },
  { "BRD3", CLASS_EPIGENETIC },
  { "BRD4", CLASS_EPIGENETIC },
  { "BRIP1", CLASS_DNA_REPAIR },
  { "BTK", CLASS_KINASE },
  { "CALR", CLASS_CANCER },
  { "CARD11", CLASS_CANCER },
  { "CBFB", CLASS_TF },
  { "CBL", CLASS_RAS_MAPK },
  { "CCDC6", CLASS_CANCER },
  { "CCND1", CLASS_CELL_CYCLE },
  { "CCNE1", CLASS_CELL_CYCLE },
  { "CD74", CLASS_CANCER },
  { "CDH1", CLASS_TSG },
  { "CDK12", CLASS_DNA_REPAIR },
  { "CDK4", CLASS_CELL_CYCLE },
  { "CDK6", CLASS_CELL_CYCLE },
  { "CDKN1A", CLASS_CELL_CYCLE },
  { "CDKN1B", CLASS_CELL_CYCLE },
  { "CDKN2A", CLASS_TSG },
  { "CDKN2B", CLASS_TSG },
  { "CDKN2C", CLASS_CELL_CYCLE },
  { "CEBPA", CLASS_TF },
  { "CHD4", CLASS_EPIGENETIC },
  { "CHEK1", CLASS_DNA_REPAIR },
  { "CHEK2", CLASS_DNA_REPAIR },
  { "CIC", CLASS_TF },
  { "CREB1", CLASS_TF },
  { "CREBBP", CLASS_EPIGENETIC },
  { "CRLF2", CLASS_KINASE },
  { "CSF1R", CLASS_RTK },
  { "CTNNB1", CLASS_WNT },
  { "CUX1", CLASS_TF },
  { "CYLD", CLASS_TSG },
  { "DDIT3", CLASS_TF },
  { "DDR2", CLASS_RTK },
  { "DDX41", CLASS_CANCER },
  { "DICER1", CLASS_TSG },
  { "DNMT3A", CLASS_EPIGENETIC },
  { "DPYD", CLASS_METABOLISM },
  { "DUX4", CLASS_TF },
  { "EED", CLASS_EPIGENETIC },
  { "EGFR", CLASS_RTK },
  { "EIF1AX", CLASS_CANCER },
  { "ELF3", CLASS_TF },
  { "EML4", CLASS_RTK },
  { "EP300", CLASS_EPIGENETIC },
  { "EPCAM", CLASS_MMR },
  { "ERBB2", CLASS_RTK },
  { "ERBB3", CLASS_RTK },
  { "ERBB4", CLASS_RTK },
  { "ERCC2", CLASS_DNA_REPAIR },
  { "ERCC4", CLASS_DNA_REPAIR },
  { "ERG", CLASS_TF },
  { "ESR1", CLASS_HORMONE },
  { "ETV1", CLASS_TF },
  { "ETV4", CLASS_TF },
  { "ETV6", CLASS_TF },
  { "EWSR1", CLASS_TF },
  { "EZH2", CLASS_EPIGENETIC },
  { "FANCA", CLASS_DNA_REPAIR },
  { "FANCC", CLASS_DNA_REPAIR },
  { "FANCD2", CLASS_DNA_REPAIR },
  { "FANCM", CLASS_DNA_REPAIR },
  { "FAT1", CLASS_TSG },
  { "FBXW7", CLASS_TSG },
  { "FGFR1", CLASS_RTK },
  { "FGFR2", CLASS_RTK },
  { "FGFR3", CLASS_RTK },
  { "FGFR4", CLASS_RTK },
  { "FH", CLASS_METABOLISM },
  { "FLCN", CLASS_TSG },
  { "FLI1", CLASS_TF },
  { "FLT3", CLASS_RTK },
  { "FOXL2", CLASS_TF },
  { "FOXO1", CLASS_TF },
  { "FUS", CLASS_TF },
  { "GATA2", CLASS_TF },
  { "GATA3", CLASS_TF },
  { "GLI1", CLASS_TF },
  { "GNA11", CLASS_RAS_MAPK },
  { "GNAQ", CLASS_RAS_MAPK },
  { "GNAS", CLASS_RAS_MAPK },
  { "GREM1", CLASS_WNT },
  { "H3-3A", CLASS_EPIGENETIC },
  { "H3F3A", CLASS_EPIGENETIC },
  { "HMGA2", CLASS_TF },
  { "HNF1A", CLASS_TF },
  { "HRAS", CLASS_RAS_MAPK },
  { "IDH1", CLASS_METABOLISM },
  { "IDH2", CLASS_METABOLISM },
  { "IGH", CLASS_CANCER },
  { "IKZF1", CLASS_TF },
  { "JAK1", CLASS_KINASE },
  { "JAK2", CLASS_KINASE },
  { "KDM5C", CLASS_EPIGENETIC },
  { "KDM6A", CLASS_EPIGENETIC },
  { "KEAP1", CLASS_TSG },
  { "KIAA1549", CLASS_CANCER },
  { "KIF5B", CLASS_CANCER },
  { "KIT", CLASS_RTK },
  { "KMT2A", CLASS_EPIGENETIC },
  { "KMT2C", CLASS_EPIGENETIC },
  { "KMT2D", CLASS_EPIGENETIC },
  { "KRAS", CLASS_RAS_MAPK },
  { "LZTR1", CLASS_RAS_MAPK },
  { "MAP2K1", CLASS_RAS_MAPK },
  { "MAP2K2", CLASS_RAS_MAPK },
  { "MAP3K1", CLASS_RAS_MAPK },
  { "MAX", CLASS_TF },
  { "MDM2", CLASS_CELL_CYCLE },
  { "MDM4", CLASS_CELL_CYCLE },
  { "MEN1", CLASS_TSG },
  { "MET", CLASS_RTK },
  { "MGMT", CLASS_DNA_REPAIR },
  { "MITF", CLASS_TF },
  { "MLH1", CLASS_MMR },
  { "MLH3", CLASS_MMR },
  { "MPL", CLASS_KINASE },
  { "MSH2", CLASS_MMR },
  { "MSH3", CLASS_MMR },
  { "MSH4", CLASS_MMR },
  { "MSH6", CLASS_MMR },
  { "MTAP", CLASS_METABOLISM },
  { "MTOR", CLASS_PI3K },
  { "MUTYH", CLASS_DNA_REPAIR },
  { "MYB", CLASS_TF },
  { "MYC", CLASS_TF },
  { "MYCN", CLASS_TF },
  { "MYD88", CLASS_CANCER },
  { "MYH11", CLASS_CANCER },
  { "MYOD1", CLASS_TF },
  { "NAB2", CLASS_TF },
  { "NBN", CLASS_DNA_REPAIR },
  { "NCOA4", CLASS_CANCER },
  { "NF1", CLASS_RAS_MAPK },
  { "NF2", CLASS_TSG },
  { "NFE2L2", CLASS_TF },
  { "NKX2-1", CLASS_TF },
  { "NOTCH1", CLASS_TF },
  { "NOTCH2", CLASS_TF },
  { "NPM1", CLASS_CANCER },
  { "NRAS", CLASS_RAS_MAPK },
  { "NRG1", CLASS_RTK },
  { "NSD1", CLASS_EPIGENETIC },
  { "NSD2", CLASS_EPIGENETIC },
  { "NTHL1", CLASS_DNA_REPAIR },
  { "NTRK1", CLASS_RTK },
  { "NTRK2", CLASS_RTK },
  { "NTRK3", CLASS_RTK },
  { "NUP98", CLASS_CANCER },
  { "NUTM1", CLASS_EPIGENETIC },
  { "P2RY8", CLASS_CANCER },
  { "PALB2", CLASS_DNA_REPAIR },
  { "PAX3", CLASS_TF },
  { "PAX8", CLASS_TF },
  { "PBRM1", CLASS_EPIGENETIC },
  { "PDGFRA", CLASS_RTK },
  { "PDGFRB", CLASS_RTK },
  { "PHOX2B", CLASS_TF },
  { "PIK3CA", CLASS_PI3K },
  { "PIK3R1", CLASS_PI3K },
  { "PLCG2", CLASS_KINASE },
  { "PML", CLASS_TF },
  { "PMS2", CLASS_MMR },
  { "POLD1", CLASS_DNA_REPAIR },
  { "POLE", CLASS_DNA_REPAIR },
  { "POLH", CLASS_DNA_REPAIR },
  { "POT1", CLASS_DNA_REPAIR },
  { "PPM1D", CLASS_DNA_REPAIR },
  { "PRDM1", CLASS_TF },
  { "PRKAR1A", CLASS_KINASE },
  { "PTCH1", CLASS_TSG },
  { "PTEN", CLASS_PI3K },
  { "PTPN11", CLASS_RAS_MAPK },
  { "QKI", CLASS_CANCER },
  { "RAC1", CLASS_RAS_MAPK },
  { "RAD50", CLASS_DNA_REPAIR },
  { "RAD51", CLASS_DNA_REPAIR },
  { "RAD51B", CLASS_DNA_REPAIR },
  { "RAD51C", CLASS_DNA_REPAIR },
  { "RAD51D", CLASS_DNA_REPAIR },
  { "RAF1", CLASS_RAS_MAPK },
  { "RARA", CLASS_TF },
  { "RB1", CLASS_TSG },
  { "RECQL4", CLASS_DNA_REPAIR },
  { "RELA", CLASS_TF },
  { "RET", CLASS_RTK },
  { "RHOA", CLASS_CANCER },
  { "RIT1", CLASS_RAS_MAPK },
  { "RNF43", CLASS_WNT },
  { "ROS1", CLASS_RTK },
  { "RPL22", CLASS_CANCER },
  { "RUNX1", CLASS_TF },
  { "RUNX1T1", CLASS_TF },
  { "SDC4", CLASS_CANCER },
  { "SDHA", CLASS_METABOLISM },
  { "SDHAF2", CLASS_METABOLISM },
  { "SDHB", CLASS_METABOLISM },
  { "SDHC", CLASS_METABOLISM },
  { "SDHD", CLASS_METABOLISM },
  { "SETD2", CLASS_EPIGENETIC },
  { "SF3B1", CLASS_SPLICING },
  { "SLX4", CLASS_DNA_REPAIR },
  { "SMAD4", CLASS_TSG },
  { "SMARCA2", CLASS_EPIGENETIC },
  { "SMARCA4", CLASS_EPIGENETIC },
  { "SMARCB1", CLASS_EPIGENETIC },
  { "SMARCE1", CLASS_EPIGENETIC },
  { "SMO", CLASS_CANCER },
  { "SOS1", CLASS_RAS_MAPK },
  { "SOX2", CLASS_TF },
  { "SPOP", CLASS_CANCER },
  { "SRSF2", CLASS_SPLICING },
  { "SS18", CLASS_TF },
  { "SSX1", CLASS_TF },
  { "SSX2", CLASS_TF },
  { "STAG2", CLASS_TSG },
  { "STAT3", CLASS_TF },
  { "STAT6", CLASS_TF },
  { "STK11", CLASS_TSG },
  { "SUFU", CLASS_TSG },
  { "TACC3", CLASS_CANCER },
  { "TCF3", CLASS_TF },
  { "TERT", CLASS_CANCER },
  { "TET2", CLASS_EPIGENETIC },
  { "TFE3", CLASS_TF },
  { "TMEM127", CLASS_TSG },
  { "TMPRSS2", CLASS_HORMONE },
  { "TNFAIP3", CLASS_TSG },
  { "TP53", CLASS_TSG },
  { "TPM3", CLASS_CANCER },
  { "TRAF3", CLASS_TSG },
  { "TSC1", CLASS_PI3K },
  { "TSC2", CLASS_PI3K },
  { "TSHR", CLASS_HORMONE },
  { "U2AF1", CLASS_SPLICING },
  { "VHL", CLASS_TSG },
  { "WT1", CLASS_TF },
  { "WWTR1", CLASS_TF },
  { "XRCC2", CLASS_DNA_REPAIR },
  { "YAP1", CLASS_TF },
  { "ZFTA", CLASS_TF },
  { "ZRSR2", CLASS_SPLICING },
};

static const char *const class_da[] = {
  "et gen",
  "et kræftrelevant gen",
  "et DNA-reparationsgen",
  "et mismatch-reparationsgen",
  "et tyrosinkinase-receptorgen",
  "et vækstsignalgen",
  "et gen i PI3K-signalvejen",
  "et tumorsuppressorgen",
  "et epigenetisk regulatorgen",
  "et transkriptionsfaktorgen",
  "et kinasegen",
  "et splejsningsgen",
  "et cellecyklusgen",
  "et hormonreceptorgen",
  "et gen i WNT-signalvejen",
  "et stofskiftegen",
};
static const char *const class_en[] = {
  "a gene",
  "a cancer gene",
  "a DNA repair gene",
  "a mismatch repair gene",
  "a receptor tyrosine kinase gene",
  "a growth signalling gene",
  "a PI3K pathway gene",
  "a tumour suppressor gene",
  "an epigenetic regulator gene",
  "a transcription factor gene",
  "a kinase gene",
  "a splicing gene",
  "a cell cycle gene",
  "a hormone receptor gene",
  "a WNT pathway gene",
  "a metabolic gene",
};
G_STATIC_ASSERT (G_N_ELEMENTS (class_da) == CLASS_METABOLISM + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (class_en) == CLASS_METABOLISM + 1);

/* Genes that recur as fusion partners: "A-B" between two genes counts as a
 * fusion only when one of them is here (so MSH2-MSH6 is not one). */
static const char *const fusion_genes[] = {
  "ABL1",
  "AFF1",
  "ALK",
  "BCL2",
  "BCL6",
  "BCOR",
  "BCR",
  "BICC1",
  "BRAF",
  "BRD4",
  "CAMTA1",
  "CBFB",
  "CCDC6",
  "CD74",
  "CIC",
  "CRLF2",
  "CRTC1",
  "DDIT3",
  "DUX4",
  "EML4",
  "ERG",
  "ETV1",
  "ETV4",
  "ETV6",
  "EWSR1",
  "EZR",
  "FGFR1",
  "FGFR2",
  "FGFR3",
  "FLI1",
  "FOXO1",
  "FUS",
  "JAK2",
  "KIF5B",
  "KMT2A",
  "MAML2",
  "MET",
  "MLLT3",
  "MYB",
  "MYC",
  "MYH11",
  "NCOA4",
  "NFIB",
  "NPM1",
  "NRG1",
  "NSD1",
  "NTRK1",
  "NTRK2",
  "NTRK3",
  "NUP98",
  "NUTM1",
  "P2RY8",
  "PAX3",
  "PAX7",
  "PAX8",
  "PDGFB",
  "PDGFRA",
  "PDGFRB",
  "PML",
  "PPARG",
  "RAF1",
  "RARA",
  "RET",
  "ROS1",
  "RUNX1",
  "RUNX1T1",
  "SDC4",
  "SLC34A2",
  "SS18",
  "SSX1",
  "SSX2",
  "TACC3",
  "TCF3",
  "TFE3",
  "TFEB",
  "TMPRSS2",
  "TPM3",
  "WWTR1",
  "YAP1",
  "ZNF384",
  /* more recurrent partners of sarcoma, leukaemia and solid tumour fusions */
  "ASPSCR1",
  "ATF1",
  "CREB1",
  "CREB3L1",
  "CREB3L2",
  "CCNB3",
  "COL1A1",
  "CSF1",
  "DEK",
  "ETV5",
  "GLI1",
  "HEY1",
  "HMGA2",
  "IGH",
  "KIAA1549",
  "MALAT1",
  "MAML3",
  "MECOM",
  "MKL1",
  "MLLT1",
  "MLLT10",
  "MN1",
  "NAB2",
  "NCOA1",
  "NCOA2",
  "NR4A3",
  "NUP214",
  "PICALM",
  "PLAG1",
  "QKI",
  "RBM15",
  "RELA",
  "SLC45A3",
  "SQSTM1",
  "STAT6",
  "TAF15",
  "TFG",
  "USP6",
  "YWHAE",
  "ZFTA",
  "CBFA2T3",
  "GLIS2",
  "MYH9",
  "ATIC",
  "TPR",
  "TRIM24",
  "LMNA",
  "SND1",
  "AGK",
  "TACC1",
  "PBX1",
  "HLF",
  "MEF2D",
  "ABL2",
  "ERC1",
  "PRKAR1A",
  "TRIM33",
  "CLTC",
  "EPC1",
  "PHF1",
  "JAZF1",
  "SUZ12",
  "BCL3",
  "CCND1",
  "IGK",
  "IGL",
  "MAF",
  "MAFB",
  "FGFR4",
  "TERT",
  "MYCN",
};

/* Kinase drivers with approved targeted drugs: their fusions are
 * "targetable". */
static const char *const targetable_fusion_genes[] = {
  "ABL1",  "ALK",   "BRAF",  "FGFR1",  "FGFR2",  "FGFR3", "MET",  "NRG1",
  "NTRK1", "NTRK2", "NTRK3", "PDGFRA", "PDGFRB", "RET",   "ROS1",
};

/* Driver fusions common enough not to single anyone out. */
static const char *const common_fusions[] = {
  "BCR ABL1",    "CBFB MYH11", "CD74 ROS1",     "EML4 ALK",  "ETV6 RUNX1",  "EWSR1 FLI1",
  "KIF5B RET",   "PML RARA",   "RUNX1 RUNX1T1", "TCF3 PBX1", "TMPRSS2 ERG", "CCDC6 RET",
  "FGFR3 TACC3", "PAX3 FOXO1", "SS18 SSX1",     "SS18 SSX2", "NPM1 ALK",    "ETV6 NTRK3",
};

/* A gene named with "fusion" but no partner: common for these. */
static const char *const common_fusion_drivers[] = {
  "ABL1", "ALK",  "BCR", "ERG",  "ETV6",  "EWSR1",   "KMT2A",
  "PML",  "RARA", "RET", "ROS1", "RUNX1", "TMPRSS2",
};

static const char *const common_amplifications[] = {
  "CCND1", "CCNE1", "CDK4", "EGFR", "ERBB2", "FGFR1", "KRAS", "MDM2", "MET", "MYC", "MYCN",
};

/* Exon-level alterations seen in many patients. */
static const char *const common_exon_alterations[] = {
  "EGFR 19 del",
  "EGFR 20 ins",
  "ERBB2 20 ins",
  "MET 14 skip",
  "KIT 11 del",
  "KIT 11 mut",
  "FLT3 itd",
  "NPM1 mut",
  "CALR 9 del",
  "CALR 9 ins",
  /* codons: "KRAS codon 12 mutation" */
  "KRAS 12 mut",
  "KRAS 13 mut",
  "KRAS 61 mut",
  "NRAS 12 mut",
  "NRAS 13 mut",
  "NRAS 61 mut",
  "BRAF 600 mut",
  "IDH1 132 mut",
  "IDH2 140 mut",
  "IDH2 172 mut",
  "PIK3CA 545 mut",
  "PIK3CA 1047 mut",
  "EGFR 858 mut",
  "KRAS 2 mut",
  "KRAS 3 mut",
  "NRAS 2 mut",
  "NRAS 3 mut",
};

/* Recurrent cytogenetic changes of leukaemia, lymphoma and sarcoma. */
static const char *const common_karyotypes[] = {
  "t(9;22)",  "t(15;17)", "t(8;21)",  "inv(16)",  "t(16;16)", "t(11;14)", "t(4;14)",
  "t(14;16)", "t(14;18)", "t(8;14)",  "t(12;21)", "t(1;19)",  "t(2;5)",   "t(11;22)",
  "t(X;18)",  "t(12;16)", "t(11;18)", "t(9;11)",  "t(6;9)",   "inv(3)",   "t(3;3)",
  "del(5q)",  "del(7q)",  "del(17p)", "del(13q)", "del(20q)", "del(11q)", "i(17q)",
};

/* Bare protein changes that stand for one gene in any oncology text. */
typedef struct
{
  const char *change;
  const char *gene;
} IconicChange;

static const IconicChange iconic_changes[] = {
  { "C797S", "EGFR" },
  { "D538G", "ESR1" },
  { "D816V", "KIT" },
  { "D835Y", "FLT3" },
  { "E542K", "PIK3CA" },
  { "E545K", "PIK3CA" },
  { "G12A", "KRAS" },
  { "G12C", "KRAS" },
  { "G12D", "KRAS" },
  { "G12R", "KRAS" },
  { "G12S", "KRAS" },
  { "G12V", "KRAS" },
  { "G13D", "KRAS" },
  { "H1047R", "PIK3CA" },
  { "K27M", "H3-3A" },
  { "L858R", "EGFR" },
  { "P286R", "POLE" },
  { "Q61K", "NRAS" },
  { "Q61R", "NRAS" },
  { "R132C", "IDH1" },
  { "R132H", "IDH1" },
  { "R140Q", "IDH2" },
  { "R172K", "IDH2" },
  { "R882H", "DNMT3A" },
  { "T790M", "EGFR" },
  { "V600E", "BRAF" },
  { "V600K", "BRAF" },
  { "V617F", "JAK2" },
  { "W515L", "MPL" },
  { "Y537S", "ESR1" },
  /* resistance mutations and other changes that name their gene in any
   * oncology or haematology text */
  { "T315I", "ABL1" },
  { "E255K", "ABL1" },
  { "Y253H", "ABL1" },
  { "F317L", "ABL1" },
  { "G250E", "ABL1" },
  { "F359V", "ABL1" },
  { "V299L", "ABL1" },
  { "G1202R", "ALK" },
  { "L1196M", "ALK" },
  { "F1174L", "ALK" },
  { "R1275Q", "ALK" },
  { "I1171N", "ALK" },
  { "G2032R", "ROS1" },
  { "G810R", "RET" },
  { "M918T", "RET" },
  { "V804M", "RET" },
  { "G719A", "EGFR" },
  { "G719S", "EGFR" },
  { "S768I", "EGFR" },
  { "L861Q", "EGFR" },
  { "D842V", "PDGFRA" },
  { "N822K", "KIT" },
  { "V560D", "KIT" },
  { "K601E", "BRAF" },
  { "G469A", "BRAF" },
  { "V600D", "BRAF" },
  { "V600R", "BRAF" },
  { "G13C", "KRAS" },
  { "G12F", "KRAS" },
  { "Q61H", "KRAS" },
  { "A146T", "KRAS" },
  { "Q61L", "NRAS" },
  { "H1047L", "PIK3CA" },
  { "E17K", "AKT1" },
  { "Y537C", "ESR1" },
  { "Y537N", "ESR1" },
  { "R132G", "IDH1" },
  { "R132S", "IDH1" },
  { "R132L", "IDH1" },
  { "R140W", "IDH2" },
  { "R882C", "DNMT3A" },
  { "K700E", "SF3B1" },
  { "S34F", "U2AF1" },
  { "P95H", "SRSF2" },
  { "L265P", "MYD88" },
  { "C481S", "BTK" },
  { "W515K", "MPL" },
  { "Q209L", "GNAQ" },
  { "Q209P", "GNAQ" },
  { "R201H", "GNAS" },
  { "R201C", "GNAS" },
  { "S249C", "FGFR3" },
  { "Y373C", "FGFR3" },
  { "C134W", "FOXL2" },
  { "G34R", "H3-3A" },
  { "G34V", "H3-3A" },
  { "R175H", "TP53" },
  { "R248Q", "TP53" },
  { "R248W", "TP53" },
  { "R273H", "TP53" },
  { "R273C", "TP53" },
  { "R282W", "TP53" },
  { "Y220C", "TP53" },
  { "R337H", "TP53" },
  { "S45F", "CTNNB1" },
  { "T41A", "CTNNB1" },
  { "V411L", "POLE" },
  { "L755S", "ERBB2" },
  { "V777L", "ERBB2" },
  { "S310F", "ERBB2" },
  { "D1228N", "MET" },
  { "Y1230C", "MET" },
  { "E709K", "EGFR" },
  { "D835V", "FLT3" },
  { "Y641N", "EZH2" },
  { "Y641F", "EZH2" },
};

/* cancerhotspots.org counts solid tumours only: the defining changes of
 * myeloid and lymphoid neoplasms, seen in many Danish patients a year,
 * and the genes mutated in a large share of AML and MPN. */
static const char *const common_heme_changes[] = {
  "CALR K385fs", "CALR L367fs", "JAK2 V617F", "KIT D816V", "MPL W515K", "MPL W515L", "NPM1 W288fs",
};
static const char *const common_heme_genes[] = {
  "ASXL1", "CALR", "DNMT3A", "FLT3", "JAK2", "NPM1", "TET2",
};

/* Common names that are not official symbols. */
static const IconicChange gene_aliases[] = {
  { "HER2", "ERBB2" },
  { "HER3", "ERBB3" },
  { "HER4", "ERBB4" },
  { "MLL", "KMT2A" },
  { "H3F3A", "H3-3A" },
  { "C-KIT", "KIT" },
  { "C-MET", "MET" },
  { "C-MYC", "MYC" },
  /* families named as one in WHO names and reports: "IDH-muteret",
   * "NTRK-fusion", "RAS-muteret", "H3 K27-altered", "BRCA-mutation" */
  { "IDH", "IDH1" },
  { "NTRK", "NTRK1" },
  { "FGFR", "FGFR2" },
  { "RAS", "KRAS" },
  { "H3", "H3-3A" },
  { "BRCA", "BRCA1" },
  { "SSX", "SSX1" },
  { "PDGFR", "PDGFRA" },
};

static gboolean
in_list (const char *const *list, gsize n, const char *word)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}
#define IN_LIST(list, word) in_list (list, G_N_ELEMENTS (list), word)

static int
compare_class (const void *key, const void *entry)
{
  return strcmp (key, ((const GeneClassEntry *) entry)->symbol);
}

static GeneClass
gene_class (const KasusVariantRules *self, const char *gene)
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
  static gint                   serials = 0;
  g_autoptr (KasusVariantRules) self = g_new0 (KasusVariantRules, 1);

  /* never 0, never reused: a cache filled from freed rules stays unused */
  self->serial = (guint) g_atomic_int_add (&serials, 1) + 1;

  if (!(self->coding =
          kasus_lexicon_new_from_resource (RULES_PATH "gene-symbols-coding.txt", error)) ||
      !(self->other =
          kasus_lexicon_new_from_resource (RULES_PATH "gene-symbols-other.txt", error)) ||
      !(self->cancer = kasus_lexicon_new_from_resource (RULES_PATH "gene-cancer.txt", error)) ||
      !(self->ambiguous =
          kasus_lexicon_new_from_resource (RULES_PATH "gene-ambiguous.txt", error)) ||
      !(self->hotspots =
          kasus_lexicon_new_from_resource (RULES_PATH "variant-hotspots.txt", error)))
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
kasus_variant_rules_is_gene (const KasusVariantRules *self, const char *word, gssize length)
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
  gsize    start;
  gsize    end;
  char     symbol[MAX_SYMBOL]; /* canonical symbol */
  gboolean coding;             /* protein-coding or a known cancer gene */
  gboolean ambiguous;
  gboolean cancer;
} Gene;

/* Case texts name the same few genes again and again: a cache of symbol
 * lookups saves the binary searches (see GeneCache). */
#define GENE_CACHE_SIZE 2048

typedef struct
{
  char     token[MAX_SYMBOL];
  guint8   len;
  gboolean found;
  Gene     gene;
} GeneCacheEntry;

/* The cache outlives a scan call: a text is scanned paragraph by
 * paragraph, and a fresh cache for each missed nearly every lookup. One
 * per thread, so that the rules stay immutable and shareable; it holds
 * only what the rules of its serial gave. */
typedef struct
{
  guint          serial; /* of the rules the entries came from; 0: none */
  guint64        valid[GENE_CACHE_SIZE / 64];
  GeneCacheEntry entries[GENE_CACHE_SIZE];
} GeneCache;

static GPrivate gene_cache_key = G_PRIVATE_INIT (g_free);

static GeneCache *
gene_cache_for (const KasusVariantRules *rules)
{
  GeneCache *cache = g_private_get (&gene_cache_key);

  if (cache == NULL)
    {
      cache = g_new (GeneCache, 1);
      cache->serial = 0;
      g_private_set (&gene_cache_key, cache);
    }
  if (cache->serial != rules->serial)
    {
      memset (cache->valid, 0, sizeof cache->valid);
      cache->serial = rules->serial;
    }
  return cache;
}

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
  /* the end of the last karyotype or fusion finding, for what only
   * continues one: "t(9;22) with an additional +Ph", "EML4::ALK,
   * variant 3a/b" */
  gsize karyotype_end;
  gsize fusion_end;
} Scan;

typedef enum
{
  KIND_NOTATION, /* HGVS, protein shorthand, ids: one exact variant */
  KIND_TYPE,     /* gene + alteration type (BRCA2-mutation) */
  KIND_EXON,
  KIND_FUSION,
  KIND_AMPLIFICATION,
  KIND_KARYOTYPE,
} Kind;

/* ASCII letters and digits, and every byte of a multi-byte character:
 * a table, as the main loop asks it of every byte of the text */
static const guint8 word_bytes[256] = {
  ['0' ... '9'] = 1,
  ['A' ... 'Z'] = 1,
  ['a' ... 'z'] = 1,
  [0x80 ... 0xFF] = 1,
};

static inline gboolean
is_word_byte (int c)
{
  return word_bytes[(guchar) c];
}

static inline int
at_byte (const Scan *sc, gsize i)
{
  return i < sc->n ? (unsigned char) sc->s[i] : 0;
}

static inline gboolean
word_start (const Scan *sc, gsize i)
{
  return i == 0 || !is_word_byte ((unsigned char) sc->s[i - 1]);
}

static inline guchar
ascii_tolower (guchar c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The text after position i starts with lit (ASCII case-insensitive).
 * Inline: lit is a literal, so the loop unrolls, and the first byte
 * decides at most word starts. */
static inline gboolean
has_ci (const Scan *sc, gsize i, const char *lit)
{
  if (lit[0] == '\0')
    return TRUE;
  if (i >= sc->n || ascii_tolower (sc->s[i]) != ascii_tolower (lit[0]))
    return FALSE;
  for (gsize k = 1; lit[k] != '\0'; k++)
    if (i + k >= sc->n || ascii_tolower (sc->s[i + k]) != ascii_tolower (lit[k]))
      return FALSE;
  return TRUE;
}

static gsize
skip_spaces (const Scan *sc, gsize i)
{
  while (i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '\t' ||
                       ((unsigned char) sc->s[i] == 0xc2 && at_byte (sc, i + 1) == 0xa0)))
    i += sc->s[i] == ' ' || sc->s[i] == '\t' ? 1 : 2;
  return i;
}

/* End of the word (letters, digits, UTF-8) at i. */
static gsize
word_end (const Scan *sc, gsize i)
{
  while (i < sc->n && is_word_byte ((unsigned char) sc->s[i]))
    i++;
  return i;
}

/* A dash: '-', en dash, em dash. Returns its length or 0. */
static gsize
dash_at (const Scan *sc, gsize i)
{
  if (at_byte (sc, i) == '-')
    return 1;
  if (at_byte (sc, i) == 0xe2 && at_byte (sc, i + 1) == 0x80 &&
      (at_byte (sc, i + 2) == 0x93 || at_byte (sc, i + 2) == 0x94))
    return 3;
  return 0;
}

/* --- genes ----------------------------------------------------------- */

static gboolean
lookup_symbol_uncached (const KasusVariantRules *rules, const char *tok, gsize len, Gene *gene);

static gboolean
lookup_symbol (const Scan *sc, const char *tok, gsize len, Gene *gene)
{
  guint           h = 2166136261u;
  GeneCacheEntry *e;

  if (len == 0 || len >= MAX_SYMBOL)
    return FALSE;
  for (gsize k = 0; k < len; k++)
    h = (h ^ (guchar) tok[k]) * 16777619u;
  h &= sc->cache_mask;
  e = &sc->cache[h];
  if (!(sc->cache_valid[h / 64] & (G_GUINT64_CONSTANT (1) << (h % 64))) || e->len != len ||
      memcmp (e->token, tok, len) != 0)
    {
      sc->cache_valid[h / 64] |= G_GUINT64_CONSTANT (1) << (h % 64);
      Gene g = {
        0,
      };

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
lookup_symbol_uncached (const KasusVariantRules *rules, const char *tok, gsize len, Gene *gene)
{
  char        upper[MAX_SYMBOL];
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
        if (strlen (gene_aliases[k].change) == len &&
            memcmp (gene_aliases[k].change, upper, len) == 0)
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
gene_at (const Scan *sc, gsize i, Gene *gene)
{
  gsize j = i, lower = 0;
  int   c = at_byte (sc, i);

  memset (gene, 0, sizeof *gene);
  if (!(g_ascii_isupper (c) || (c == 'c' && at_byte (sc, i + 1) == '-')))
    return FALSE;
  if (c == 'c')
    j += 2;

  while (j < sc->n && g_ascii_isalnum (sc->s[j]))
    {
      if (g_ascii_islower (sc->s[j]))
        {
          /* "TP53mut", "KRASmut.": the symbol, then its alteration */
          if (lower == 0 && c != 'c' && j - i >= 2 && has_ci (sc, j, "mut") && sc->s[j] == 'm' &&
              !g_ascii_isalnum (at_byte (sc, j + 3)))
            break;
          /* "EGFRvIII": the symbol, then its variant */
          if (lower == 0 && c != 'c' && j - i >= 2 && sc->s[j] == 'v' && has_ci (sc, j, "vIII") &&
              !g_ascii_isalnum (at_byte (sc, j + 4)))
            break;
          lower++;
        }
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
  if (at_byte (sc, j) == '-' &&
      (g_ascii_isupper (at_byte (sc, j + 1)) || g_ascii_isdigit (at_byte (sc, j + 1))))
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
  /* "CDKN2A/B", "IDH1/2", "NTRK1/2/3": one name for the pair */
  while (at_byte (sc, j) == '/' &&
         (g_ascii_isupper (at_byte (sc, j + 1)) || g_ascii_isdigit (at_byte (sc, j + 1))) &&
         !g_ascii_isalnum (at_byte (sc, j + 2)))
    j += 2;
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
  ALT_GENERIC, /* "variant": says a gene is involved, not how */
  ALT_METH,    /* promoter (hyper)methylation */
  ALT_INV,     /* inversion */
  ALT_POS,     /* "ALK-positive": only after a dash, only driver genes */
  ALT_REL,     /* "RAD51C-related", "BRCA2-bærer": only after a dash */
} Alt;

/* Words that name a test or a measure, not something carried. */
static gboolean
is_test_word (const char *w, gsize n)
{
  static const char *const parts[] = {
    "status",    "analys", "test", "undersøg", "screen", "byrde", "burden", "panel",   "signatur",
    "signature", "assay",  "rate", "metode",   "method", "load",  "profil", "profile",
  };
  g_autofree char *low = g_ascii_strdown (w, n);

  for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
    if (strstr (low, parts[k]) != NULL)
      return TRUE;
  return FALSE;
}

static Alt
alteration_word (const char *w, gsize n)
{
  static const struct
  {
    const char *stem;
    gboolean    exact;
    Alt         alt;
  } words[] = {
    { "mutation", FALSE, ALT_MUT },
    { "mutat", FALSE, ALT_MUT },
    { "muter", FALSE, ALT_MUT },
    { "mutant", FALSE, ALT_MUT },
    { "mut", TRUE, ALT_MUT },
    { "variant", FALSE, ALT_GENERIC },
    { "kimbanevariant", FALSE, ALT_GENERIC },
    { "kimbanemutation", FALSE, ALT_MUT },
    { "alteration", FALSE, ALT_MUT },
    { "altered", TRUE, ALT_MUT },
    { "aberration", FALSE, ALT_MUT },
    { "ændring", FALSE, ALT_MUT },
    { "forandring", FALSE, ALT_MUT },
    { "frameshift", FALSE, ALT_MUT },
    { "missense", FALSE, ALT_MUT },
    { "nonsense", FALSE, ALT_MUT },
    { "trunker", FALSE, ALT_MUT },
    { "truncat", FALSE, ALT_MUT },
    { "inaktiver", FALSE, ALT_MUT },
    { "inactivat", FALSE, ALT_MUT },
    { "knockout", FALSE, ALT_MUT },
    /* "SMARCB1-deficient", "SDHB-deficient": the gene's loss names it */
    { "deficient", TRUE, ALT_MUT },
    /* "TP53 multi-hit", "a harmful change in the PALB2 gene", "kimbanefund ATM" */
    { "hit", TRUE, ALT_MUT },
    { "hits", TRUE, ALT_MUT },
    { "change", TRUE, ALT_MUT },
    { "changes", TRUE, ALT_MUT },
    { "fund", TRUE, ALT_GENERIC },
    { "finding", TRUE, ALT_GENERIC },
    { "findings", TRUE, ALT_GENERIC },
    { "kromotrip", FALSE, ALT_INV },
    { "chromothrip", FALSE, ALT_INV },
    { "delet", FALSE, ALT_DEL },
    { "del", TRUE, ALT_DEL },
    { "loss", TRUE, ALT_DEL },
    { "tab", TRUE, ALT_DEL },
    { "tabet", TRUE, ALT_DEL },
    { "loh", TRUE, ALT_DEL },
    { "kodelet", FALSE, ALT_DEL },
    { "codelet", FALSE, ALT_DEL },
    { "dupli", FALSE, ALT_DUP },
    { "dup", TRUE, ALT_DUP },
    { "insert", FALSE, ALT_INS },
    { "ins", TRUE, ALT_INS },
    { "skip", FALSE, ALT_SKIP },
    { "fusion", FALSE, ALT_FUSION },
    { "rearr", FALSE, ALT_FUSION },
    { "translok", FALSE, ALT_FUSION },
    { "transloc", FALSE, ALT_FUSION },
    { "omlejr", FALSE, ALT_FUSION },
    { "brudpunkt", FALSE, ALT_FUSION },
    { "breakpoint", FALSE, ALT_FUSION },
    { "fused", TRUE, ALT_FUSION },
    { "amplif", FALSE, ALT_AMP },
    { "amp", TRUE, ALT_AMP },
    { "gain", TRUE, ALT_AMP },
    { "gains", TRUE, ALT_AMP },
    { "gevinst", TRUE, ALT_AMP },
    { "itd", TRUE, ALT_ITD },
    { "tkd", TRUE, ALT_ITD },
    { "methyl", FALSE, ALT_METH },
    { "metyl", FALSE, ALT_METH },
    { "hypermethyl", FALSE, ALT_METH },
    { "hypermetyl", FALSE, ALT_METH },
    { "invers", FALSE, ALT_INV },
    { "inverter", FALSE, ALT_INV },
    { "inverted", TRUE, ALT_INV },
    { "positiv", FALSE, ALT_POS },
    { "pos", TRUE, ALT_POS },
    { "relateret", FALSE, ALT_REL },
    { "related", TRUE, ALT_REL },
    { "associeret", FALSE, ALT_REL },
    { "associated", TRUE, ALT_REL },
    { "drevet", FALSE, ALT_REL },
    { "driven", TRUE, ALT_REL },
    { "bærer", TRUE, ALT_REL },
    { "bærere", TRUE, ALT_REL },
    { "carrier", TRUE, ALT_REL },
    { "carriers", TRUE, ALT_REL },
  };

  int first;

  if (n < 3)
    return ALT_NONE;
  /* "promotormethylering", "TERT-promotormutation": the compound's head */
  if (n > 8 &&
      (g_ascii_strncasecmp (w, "promotor", 8) == 0 || g_ascii_strncasecmp (w, "promoter", 8) == 0))
    {
      w += 8;
      n -= 8;
      if (n < 3)
        return ALT_NONE;
    }
  /* closed Danish compounds: "hotspotmutation", "drivermutation",
   * "genfusion", "kimbanedeletion", "splejsevariant" */
  {
    static const char *const heads[] = {
      "hotspot",    "punkt",      "point",  "driver",   "kimbane",  "germline", "somatisk",
      "frameshift", "splejse",    "splice", "nonsense", "missense", "founder",  "stop",
      "resistens",  "resistance", "gen",    "kopitals", "kopital",  "exon",     "ekson",
    };
    int f = g_ascii_tolower (w[0]);

    if (n > 8 && strchr ("hpdkgsfnmrce", f) != NULL)
      for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
        {
          gsize hl = strlen (heads[k]);

          if (heads[k][0] == f && n >= hl + 3 && g_ascii_strncasecmp (w, heads[k], hl) == 0 &&
              strchr ("mvdfaigt", g_ascii_tolower (w[hl])) != NULL)
            {
              Alt inner = alteration_word (w + hl, n - hl);

              if (inner == ALT_MUT || inner == ALT_DEL || inner == ALT_FUSION || inner == ALT_AMP ||
                  inner == ALT_DUP || inner == ALT_INS || inner == ALT_GENERIC)
                return inner;
            }
        }
  }
  first = g_ascii_tolower (w[0]);
  if (strchr ("mvkaflidsrtobncgphe", first) == NULL && first != (guchar) "æ"[0])
    return ALT_NONE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    {
      gsize len;

      if ((guchar) words[k].stem[0] != first)
        continue;
      len = strlen (words[k].stem);

      if (words[k].exact ? n == len : n >= len)
        if (g_ascii_strncasecmp (w, words[k].stem, len) == 0)
          {
            /* "deleterious" qualifies; it is not a deletion */
            if (words[k].alt == ALT_DEL && n >= 8 && g_ascii_strncasecmp (w, "deleteri", 8) == 0)
              return ALT_NONE;
            if (!words[k].exact && is_test_word (w, n))
              return ALT_NONE;
            return words[k].alt;
          }
    }
  return ALT_NONE;
}

/* --- negation -------------------------------------------------------- */

static gboolean
word_in (const char *w, gsize n, const char *const *list, gsize len)
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
negated (const Scan *sc, gsize start, gsize end)
{
  static const char *const before_cues[] = {
    "ingen",     "ikke",      "uden",     "no",     "not",       "without",  "targets",
    "targeting", "target",    "absence",  "fravær", "udelukket", "excluded", "omfatter",
    "omfattede", "dækker",    "dækkede",  "covers", "covered",   "covering", "including",
    "inkl",      "inklusive", "herunder", "nor",    "hverken",   "wildtype", "vildtype",
  };
  static const char *const before_pairs[] = {
    "testet for",   "tested for",    "testing for",    "undersøgt for", "screenet for",
    "screened for", "screening for", "analyseret for", "analysed for",  "analyzed for",
    "analyse for",  "analysis for",  "negativ for",    "negative for",  "test for",
    "risiko for",   "risk of",       "risk for",
  };
  static const char *const contrast[] = {
    "men",
    "but",
    "dog",
    "however",
    "derimod",
    "whereas",
    "mens",
    "while",
    "viste",
    "showed",
    "revealed",
    "påviste",
    "harbours",
    "harbors",
    "bærer",
    "carries",
    /* "ingen nekrose, IDH1 R132H-IHC positiv → IDH-muteret" */
    "positiv",
    "positive",
  };
  static const char *const after_cues[] = {
    "negativ",   "negative", "neg",      "wt",       "wildtype", "vildtype",
    "udelukket", "excluded", "absent",   "ikke",     "not",      "normal",
    "afkræftet", "refuted",  "artefakt", "artefact", "artifact",
  };
  /* a list headed "Not detected:" or "Ikke påvist:" */
  static const char *const labels[] = {
    "not detected", "ikke påvist", "ikke fundet", "not found",
    "negative",     "negativ",     "none",        "ingen",
  };
  gsize i = start, words = 0;
  gsize limit = start > 120 ? start - 120 : 0;

  /* "IDH1 R132H-IHC positiv", "BRAF V600E: positive": said to be there,
   * whatever the clause said before ("ingen nekrose, IDH1 R132H …") */
  for (i = end; i < sc->n && words < 3 && i < end + 30; words++)
    {
      gsize we;

      while (i < sc->n && !is_word_byte ((unsigned char) sc->s[i]) && sc->s[i] != '.' &&
             sc->s[i] != ',' && sc->s[i] != ';' && sc->s[i] != '\n' && sc->s[i] != '(')
        i++;
      if (i >= sc->n || !is_word_byte ((unsigned char) sc->s[i]))
        break;
      we = word_end (sc, i);
      if (word_in (sc->s + i, we - i, (const char *const[]){ "positiv", "positive", "pos" }, 3))
        return FALSE;
      if (word_in (sc->s + i, we - i, after_cues, G_N_ELEMENTS (after_cues)))
        break;
      i = we;
    }
  i = start;
  words = 0;

  /* Back over the clause, word by word. */
  while (i > limit && words < 14)
    {
      gsize we, ws;
      int   c = (unsigned char) sc->s[i - 1];

      if (c == ':' && ((i >= 2 && sc->s[i - 2] == ':') || at_byte (sc, i) == ':'))
        {
          /* BCR::ABL1 */
          i--;
          continue;
        }
      if (c == ':')
        {
          gsize k = i - 1;

          while (k > limit && sc->s[k - 1] == ' ')
            k--;
          for (guint q = 0; q < G_N_ELEMENTS (labels); q++)
            {
              gsize ll = strlen (labels[q]);

              if (k >= ll && (k == ll || !is_word_byte ((unsigned char) sc->s[k - ll - 1])) &&
                  g_ascii_strncasecmp (sc->s + k - ll, labels[q], ll) == 0)
                return TRUE;
            }
        }
      if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n' || c == ':')
        {
          /* "neg." and "inkl." end in a dot but not the clause */
          if (c == '.' && i >= 2 && is_word_byte ((unsigned char) sc->s[i - 2]))
            {
              gsize k = i - 1;
              while (k > 0 && is_word_byte ((unsigned char) sc->s[k - 1]))
                k--;
              if (!word_in (sc->s + k, i - 1 - k, (const char *const[]){ "inkl", "bl.a", "pga" },
                            3))
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
      /* the clause around a parenthesis is another one ("Ikke kandidat
       * (alder, TP53 multi-hit)") unless the parenthesis lists what the
       * word before it names ("Ingen kimbanefund (RET-varianter …)") */
      if (c == '(')
        {
          gsize pe = i - 1, ps;

          while (pe > limit && sc->s[pe - 1] == ' ')
            pe--;
          ps = pe;
          while (ps > limit && is_word_byte ((unsigned char) sc->s[ps - 1]))
            ps--;
          if (ps == pe || alteration_word (sc->s + ps, pe - ps) == ALT_NONE)
            break;
          i--;
          continue;
        }
      if (c == ')')
        {
          /* a parenthesis is an aside: "(som ikke genkendes af …)" */
          gsize k = i - 1;

          while (k > limit && sc->s[k - 1] != '(' && sc->s[k - 1] != '\n')
            k--;
          if (k > limit && sc->s[k - 1] == '(')
            {
              i = k - 1;
              continue;
            }
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
      /* "ikke-kanonisk", "non-hotspot" qualify; they do not negate */
      if (word_in (sc->s + ws, we - ws, before_cues, G_N_ELEMENTS (before_cues)) &&
          !(dash_at (sc, we) == 1 && g_ascii_isalpha (at_byte (sc, we + 1))))
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
      int   c = (unsigned char) sc->s[i];
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
          gsize q = skip_spaces (sc, we);

          /* "T315I not detected? → WGS showed …": doubted, not denied */
          if ((has_ci (sc, q, "påvist") || has_ci (sc, q, "fundet") || has_ci (sc, q, "detected") ||
               has_ci (sc, q, "found")) &&
              at_byte (sc, word_end (sc, q)) == '?')
            return FALSE;
          if (at_byte (sc, q) == '?')
            return FALSE;
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

  /* A question answered no: "Germline EPCAM deletion …? No – WGS showed",
   * about this alteration, not one listed after it ("… og CCDC6::RET? – nej") */
  for (i = end; i < sc->n && i < end + 120; i++)
    {
      int c = (unsigned char) sc->s[i];

      if (c == '.' || c == '!' || c == '\n' || c == ',' || c == ';' ||
          (word_start (sc, i) && (has_ci (sc, i, "og ") || has_ci (sc, i, "and "))))
        break;
      if (c == '?')
        {
          gsize k = i + 1, e;

          /* "? No", "? – nej", "? → NO" */
          for (int n = 0; n < 6 && k < sc->n; n++)
            {
              if (dash_at (sc, k))
                k += dash_at (sc, k);
              else if (at_byte (sc, k) == 0xe2 && at_byte (sc, k + 1) == 0x86)
                k += 3;
              else if (sc->s[k] == ' ' || sc->s[k] == '>' || sc->s[k] == '=')
                k++;
              else
                break;
            }
          e = word_end (sc, k);
          return word_in (sc->s + k, e - k, (const char *const[]){ "no", "nej", "nope" }, 3);
        }
    }
  return FALSE;
}

/* Is the alteration at [start, end) named in a statement about tumours
 * or drugs in general ("ved myxoid liposarkom ser man typisk FUS::DDIT3",
 * "good effect in NTRK fusion", "a KRAS-mutant basket trial")? */
static gboolean
generic_statement (const Scan *sc, gsize start, gsize end)
{
  static const char *const before[] = {
    "man typisk",   "typisk ser",  "ses typisk",    "typically",    "usually",       "sædvanligvis",
    "effekt ved",   "effect in",   "effective in",  "activity in",  "aktivitet ved", "godkendt til",
    "approved for", "approved in", "indiceret ved", "indicated in",
  };
  static const char *const after[] = {
    "trial",    "trials",   "studie",   "studiet", "study",  "forsøg",
    "forsøget", "protokol", "protocol", "kohorte", "cohort", "basket",
  };
  gsize i = start, limit = start > 100 ? start - 100 : 0;

  /* back to the clause start */
  while (i > limit)
    {
      int c = (unsigned char) sc->s[i - 1];

      if (c == '.' || c == ';' || c == '\n' || c == ':' || c == '!' || c == '?')
        break;
      if (word_start (sc, i - 1) && is_word_byte (c))
        for (guint q = 0; q < G_N_ELEMENTS (before); q++)
          if (ascii_tolower (c) == before[q][0] && has_ci (sc, i - 1, before[q]))
            return TRUE;
      i--;
    }

  /* ahead, the next two words */
  i = end;
  for (int w = 0; w < 2 && i < sc->n; w++)
    {
      gsize e;

      while (i < sc->n && (sc->s[i] == ' ' || sc->s[i] == '-'))
        i++;
      e = word_end (sc, i);
      if (e == i)
        break;
      if (word_in (sc->s + i, e - i, after, G_N_ELEMENTS (after)))
        return TRUE;
      i = e;
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
  char        protein[48]; /* 1-letter change, for the hotspot lookup */
  gboolean    position_only;
  gboolean    force_common; /* decided by a table of common changes */
  gboolean    nonstandard;
  /* set when the text names the gene but not an alteration the patient
   * carries in a way that singles them out: reported LOW, with this
   * reason (NONE otherwise) */
  KasusReason low;
} Hit;

static int
hotspot_count (const Scan *sc, const char *gene, const char *protein)
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
  if (IN_LIST (common_heme_changes, key))
    return MAX (FREQUENT_HOTSPOT_MIN, value ? atoi (value) : 0);
  return value ? atoi (value) : -1;
}

static int
gene_total (const Scan *sc, const char *gene)
{
  g_autofree char *value = NULL;

  if (gene == NULL || *gene == '\0')
    return 0;
  if (IN_LIST (common_heme_genes, gene))
    return FREQUENT_GENE_MIN;
  value = kasus_lexicon_lookup (sc->rules->cancer, gene, -1);
  return value ? atoi (value) : 0;
}

/* A DNA-level description or an rs id names the family's variant even
 * where a relative "tested negative for" it or it "was not found" in one
 * sample: such a notation is never demoted as not carried. */
static gboolean
exact_dna_notation (const Hit *hit)
{
  gsize n;

  if (hit->kind != KIND_NOTATION || hit->rule == NULL)
    return FALSE;
  if (strcmp (hit->rule, "variant.rsid") == 0)
    return TRUE;
  n = strlen (hit->rule);
  return (g_str_has_prefix (hit->rule, "variant.hgvs.") ||
          g_str_has_prefix (hit->rule, "variant.legacy.")) &&
         hit->rule[n - 1] != 'p';
}

static void
emit (Scan *sc, const Hit *hit)
{
  KasusFinding    *f;
  g_autofree char *text = NULL;
  g_autofree char *suggestion = NULL;
  KasusReason      reason = KASUS_REASON_NONE;
  int              count = 0;
  KasusSeverity    severity = KASUS_SEVERITY_HIGH;
  gboolean         frequent = FALSE;
  gboolean         en = sc->en;
  GeneClass        klass = gene_class (sc->rules, hit->gene);
  const char      *in_class = en ? class_en[klass] : class_da[klass];
  const char      *gene = hit->gene;

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
              reason = KASUS_REASON_FREQUENT_HOTSPOT;
              count = n;
            }
          else if (hit->force_common)
            {
              frequent = TRUE;
              reason = KASUS_REASON_COMMON_ALTERATION;
            }
          else
            reason = KASUS_REASON_RARE_VARIANT;

          if (klass == CLASS_NONE && *gene == '\0')
            suggestion = g_strdup (en ? (frequent ? "a frequent variant" : "a rare variant")
                                      : (frequent ? "en hyppig variant" : "en sjælden variant"));
          else
            /* g_strconcat(), not a printf: one per finding showed in profiles */
            suggestion = g_strconcat (en ? "a " : "en ",
                                      en ? (frequent ? "frequent" : "rare")
                                         : (frequent ? "hyppig" : "sjælden"),
                                      en ? " variant in " : " variant i ", in_class, NULL);
        }
        break;

      case KIND_TYPE:
        frequent = hit->force_common || gene_total (sc, gene) >= FREQUENT_GENE_MIN;
        reason = frequent ? KASUS_REASON_FREQUENT_GENE : KASUS_REASON_RARE_IN_GENE;
        suggestion = g_strconcat (en ? "a variant in " : "en variant i ", in_class, NULL);
        break;

      case KIND_FUSION:
        {
          g_autofree char *pair = g_strconcat (gene, " ", hit->gene2, NULL);
          g_autofree char *pair_r = g_strconcat (hit->gene2, " ", gene, NULL);
          gboolean         targetable = IN_LIST (targetable_fusion_genes, gene) ||
                                IN_LIST (targetable_fusion_genes, hit->gene2);

          if (hit->gene2[0])
            frequent = IN_LIST (common_fusions, pair) || IN_LIST (common_fusions, pair_r);
          else
            frequent = IN_LIST (common_fusion_drivers, gene);
          reason = frequent ? KASUS_REASON_COMMON_FUSION : KASUS_REASON_RARE_FUSION;
          suggestion = g_strdup (
            targetable ? (en ? "a targetable gene fusion" : "en behandlingsrelevant genfusion")
                       : (en ? "a gene fusion" : "en genfusion"));
        }
        break;

      case KIND_AMPLIFICATION:
        frequent = IN_LIST (common_amplifications, gene);
        reason = frequent ? KASUS_REASON_COMMON_AMPLIFICATION : KASUS_REASON_RARE_AMPLIFICATION;
        suggestion =
          g_strconcat (en ? "an amplification of " : "en amplifikation af ", in_class, NULL);
        break;

      case KIND_KARYOTYPE:
        frequent = hit->force_common;
        reason = frequent ? KASUS_REASON_COMMON_CHROMOSOMAL : KASUS_REASON_RARE_CHROMOSOMAL;
        suggestion = g_strdup (en ? "a chromosomal rearrangement" : "en kromosomforandring");
        break;
    }

  severity = frequent ? KASUS_SEVERITY_MEDIUM : KASUS_SEVERITY_HIGH;
  if (hit->low != KASUS_REASON_NONE)
    {
      severity = KASUS_SEVERITY_LOW;
      reason = hit->low;
    }
  else if (!exact_dna_notation (hit) && negated (sc, hit->start, hit->end))
    {
      severity = KASUS_SEVERITY_LOW;
      reason = KASUS_REASON_NOT_FOUND;
    }
  else if (!exact_dna_notation (hit) && generic_statement (sc, hit->start, hit->end))
    {
      severity = KASUS_SEVERITY_LOW;
      reason = KASUS_REASON_GENERAL_STATEMENT;
    }

  if (hit->kind == KIND_KARYOTYPE)
    sc->karyotype_end = hit->end;
  else if (hit->kind == KIND_FUSION)
    sc->fusion_end = hit->end;

  f = kasus_finding_new (hit->start, hit->end, KASUS_CATEGORY_VARIANT, severity, hit->rule, text,
                         suggestion);
  kasus_finding_set_reason (f, reason, count, en ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA);
  g_ptr_array_add (sc->findings, f);
}

static void
emit_gene (Scan *sc, const Gene *gene)
{
  g_autofree char *text = g_strndup (sc->s + gene->start, gene->end - gene->start);
  KasusFinding    *f;

  f = kasus_finding_new (gene->start, gene->end, KASUS_CATEGORY_GENE, KASUS_SEVERITY_LOW,
                         "gene.symbol", text,
                         sc->en ? "the gene may be named; avoid naming the variant"
                                : "genet kan nævnes; undgå at navngive varianten");
  kasus_finding_set_reason (f, KASUS_REASON_GENE_WITHOUT_ALTERATION, 0,
                            sc->en ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA);
  g_ptr_array_add (sc->findings, f);
}

/* --- notations ------------------------------------------------------- */

/* After a parsed notation: the text must not run on into the same token
 * (c.2376G>C[];[] is not c.2376G>C). Returns the token end when it does. */
static gsize
runs_on (const Scan *sc, gsize end)
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
hgvs_at (const Scan *sc, gsize i, KasusHgvs *h)
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
  const guint32 aa =
    (1u << ('A' - 'A')) | (1u << ('C' - 'A')) | (1u << ('D' - 'A')) | (1u << ('E' - 'A')) |
    (1u << ('F' - 'A')) | (1u << ('G' - 'A')) | (1u << ('H' - 'A')) | (1u << ('I' - 'A')) |
    (1u << ('K' - 'A')) | (1u << ('L' - 'A')) | (1u << ('M' - 'A')) | (1u << ('N' - 'A')) |
    (1u << ('P' - 'A')) | (1u << ('Q' - 'A')) | (1u << ('R' - 'A')) | (1u << ('S' - 'A')) |
    (1u << ('T' - 'A')) | (1u << ('V' - 'A')) | (1u << ('W' - 'A')) | (1u << ('Y' - 'A'));

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
  int   c;

  *position_only = FALSE;
  if (!is_aa1 (at_byte (sc, j)))
    return 0;
  j++;
  d = j;
  while (g_ascii_isdigit (at_byte (sc, j)))
    j++;
  if (j == d || j - d > 4 || at_byte (sc, d) == '0')
    return 0;

  if (at_byte (sc, j) == '_' && is_aa1 (at_byte (sc, j + 1)) &&
      g_ascii_isdigit (at_byte (sc, j + 2)))
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
  if (g_ascii_isalnum (c) || c == '_' || c == '>' ||
      (c == '.' && g_ascii_isalnum (at_byte (sc, j + 1))))
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
exon_at (const Scan *sc, gsize i, int *number, gboolean *intron)
{
  static const char *const words[] = {
    "exons",  "exon",   "eksoner", "ekson",   "exoner", "introns",
    "intron", "codons", "codon",   "kodoner", "kodon",  "ex",
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

/* The compact exon forms of reports: "del19", "delex19", "ins20",
 * "dup20". ("ex19del" is exon_at's.) Returns the end, or 0. */
static gsize
compact_exon_at (const Scan *sc, gsize i, int *exon, Alt *alt)
{
  gsize j = i + 3;

  if (has_ci (sc, i, "del"))
    *alt = ALT_DEL;
  else if (has_ci (sc, i, "ins"))
    *alt = ALT_INS;
  else if (has_ci (sc, i, "dup"))
    *alt = ALT_DUP;
  else
    return 0;
  if (has_ci (sc, j, "exon"))
    j += 4;
  else if (has_ci (sc, j, "ex"))
    j += 2;
  if (!g_ascii_isdigit (at_byte (sc, j)))
    return 0;
  *exon = 0;
  while (g_ascii_isdigit (at_byte (sc, j)) && *exon < 1000)
    *exon = *exon * 10 + (sc->s[j++] - '0');
  if (*exon < 1 || *exon > 99 || is_word_byte (at_byte (sc, j)))
    return 0;
  return j;
}

/* Words that may stand between a gene and its alteration word, or before
 * an alteration word: "BRCA2 homozygous deletion", "CDK12 bialleisk
 * inaktivering", "BRCA1 promoter hypermethylation", "somatiske
 * frameshift-mutationer". Prefixes, so that Danish inflections count. */
static gboolean
is_qualifier (const char *w, gsize n)
{
  static const char *const stems[] = {
    "germline",
    "kimbane",
    "somati",
    "patogen",
    "pathogen",
    "homozyg",
    "heterozyg",
    "hemizyg",
    "bialle",
    "monoalle",
    "fokal",
    "focal",
    "aktiver",
    "activat",
    "promot",
    "intragen",
    "interstiti",
    "partiel",
    "partial",
    "komplet",
    "complet",
    "hotspot",
    "splice",
    "splejs",
    "sandsynlig",
    "likely",
    "konstitution",
    "constitution",
    "recurrent",
    "rekurrent",
    "subklonal",
    "subclonal",
    "klonal",
    "clonal",
    "genomi",
    "struktur",
    "structur",
    "kompleks",
    "complex",
    "intronisk",
    "intronic",
    "multi",
    "enhancer",
    "dobbelt",
    "double",
    "opstrøms",
    "upstream",
    /* "ERBB2 copy-number gain", "CN loss", "kopitalsgevinst" */
    "copy",
    "number",
    "kopital",
  };
  static const char *const exact[] = {
    "dyb",   "dybe", "deep",  "stor", "store",      "large", "small", "lille", "kendt",
    "known", "gene", "genet", "gen",  "high-level", "lav",   "low",   "høj",   "cn",
  };

  if (n < 1)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (stems); k++)
    {
      gsize len = strlen (stems[k]);

      if (n >= len && g_ascii_strncasecmp (w, stems[k], len) == 0)
        return TRUE;
    }
  return word_in (w, n, exact, G_N_ELEMENTS (exact));
}

/* An alteration word at i, directly or after '-'/space, perhaps after
 * qualifiers ("homozygot deletion"): returns its end. */
static gsize
alteration_after (const Scan *sc, gsize i, gboolean allow_space, Alt *alt)
{
  gsize    j = i, e;
  gboolean dashed = FALSE;
  guint    qualified = 0;

  if (dash_at (sc, j))
    {
      j += dash_at (sc, j);
      dashed = TRUE;
    }
  else if (allow_space)
    j = skip_spaces (sc, j);
  while (TRUE)
    {
      e = word_end (sc, j);
      *alt = alteration_word (sc->s + j, e - j);
      if (*alt != ALT_NONE)
        break;
      /* "BRCA2 homozygous deletion", "TP53 germline-variant" */
      if (!allow_space || qualified >= 2 || e == j || !is_qualifier (sc->s + j, e - j))
        return 0;
      qualified++;
      j = dash_at (sc, e) ? e + dash_at (sc, e) : skip_spaces (sc, e);
      if (j == e)
        return 0;
    }
  /* "kimbanefund ATM", "a finding in ATM" name the patient's alteration;
   * "the DDX41 finding" after the gene refers back to one named before */
  if (*alt == ALT_GENERIC && (has_ci (sc, j, "finding") || has_ci (sc, j, "fund")))
    {
      *alt = ALT_NONE;
      return 0;
    }
  /* "ALK-positive", "RAD51C-related" only as a compound; "a BRCA1 carrier" */
  if ((*alt == ALT_POS || *alt == ALT_REL) && (!dashed || qualified > 0) &&
      !(*alt == ALT_REL && has_ci (sc, j, "carrier")))
    {
      *alt = ALT_NONE;
      return 0;
    }
  /* "mut.", "amp." — abbreviations, not "3p-tab." at a sentence end */
  if (at_byte (sc, e) == '.' && !g_ascii_isalnum (at_byte (sc, e + 1)) &&
      word_in (sc->s + j, e - j, (const char *const[]){ "mut", "amp", "del", "ins", "dup", "pos" },
               6))
    e++;
  /* "frameshift mutation", "missense-variant", "homozygot deletion" */
  else if (*alt != ALT_POS && *alt != ALT_REL)
    {
      gsize m = dash_at (sc, e) ? e + dash_at (sc, e) : skip_spaces (sc, e);
      gsize me = word_end (sc, m);
      Alt   second;

      if (m > e && me > m)
        {
          second = alteration_word (sc->s + m, me - m);
          if (second != ALT_NONE && second != ALT_POS && second != ALT_REL)
            {
              if (*alt == ALT_GENERIC)
                *alt = second;
              e = me;
            }
        }
    }
  return e;
}

/* Words allowed between an alteration word and its gene: "mutation i
 * KRAS", "fusion af NTRK1", "variant in the BRCA1 gene", "loss of
 * chromosome 22q", "inversion on 10q26". */
static const char *const linking_words[] = {
  "i",
  "in",
  "af",
  "of",
  "involving",
  "involverende",
  "med",
  "with",
  "mellem",
  "between",
  "på",
  "on",
  "at",
  "the",
  "genet",
  "gene",
  "et",
  "en",
  "a",
  "an",
  "det",
  "den",
  "kromosom",
  "chromosome",
  "chr",
  "arm",
  "armen",
  "kimbane",
  "germline",
  /* "a change in a gene called FH" */
  "called",
  "named",
  "kaldet",
  "kaldes",
};

/* An alteration word just before [gene.start: "mutation i KRAS",
 * "homozygot deletion af CDKN2A". Returns the start of the alteration
 * word (with its qualifiers) or G_MAXSIZE; *generalised when a word such
 * as "rare" or "sjælden" shows the text already speaks in general terms
 * ("a rare insertion in EGFR"). */
static gsize
alteration_before_full (const Scan *sc, gsize start, Alt *alt, gboolean *generalised)
{
  static const char *const general[] = {
    "rare",     "sjælden", "sjældent",   "sjældne",  "hyppig", "hyppige",
    "frequent", "common",  "almindelig", "uncommon", "novel",  "ny",
  };
  gsize i = start;

  if (generalised)
    *generalised = FALSE;
  for (int w = 0; w < 5; w++)
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
      if (*alt == ALT_POS || *alt == ALT_REL)
        return G_MAXSIZE;
      if (*alt != ALT_NONE)
        {
          /* take the qualifiers before it along, and look at the word
           * before those */
          for (int q = 0; q < 3; q++)
            {
              gsize pe = ws, ps;

              while (pe > 0 &&
                     (sc->s[pe - 1] == ' ' || sc->s[pe - 1] == '\t' || sc->s[pe - 1] == '-'))
                pe--;
              ps = pe;
              while (ps > 0 && is_word_byte ((unsigned char) sc->s[ps - 1]))
                ps--;
              if (ps == pe)
                break;
              if (generalised && word_in (sc->s + ps, pe - ps, general, G_N_ELEMENTS (general)))
                {
                  *generalised = TRUE;
                  break;
                }
              if (!is_qualifier (sc->s + ps, pe - ps))
                break;
              ws = ps;
            }
          return ws;
        }
      if (!word_in (sc->s + ws, we - ws, linking_words, G_N_ELEMENTS (linking_words)) &&
          !is_qualifier (sc->s + ws, we - ws))
        return G_MAXSIZE;
      i = ws;
    }
  return G_MAXSIZE;
}

static gsize
alteration_before (const Scan *sc, gsize start, Alt *alt)
{
  return alteration_before_full (sc, start, alt, NULL);
}

/* A report cell's "alteration, location": "homozygot deletion, 13q14".
 * The word before the comma must be the alteration word itself. */
static gsize
alteration_before_comma (const Scan *sc, gsize start, Alt *alt)
{
  gsize i = start, ws;

  while (i > 0 && sc->s[i - 1] == ' ')
    i--;
  if (i == 0 || sc->s[i - 1] != ',')
    return G_MAXSIZE;
  i--;
  ws = i;
  while (ws > 0 && is_word_byte ((unsigned char) sc->s[ws - 1]))
    ws--;
  if (ws == i || alteration_word (sc->s + ws, i - ws) == ALT_NONE)
    return G_MAXSIZE;
  return alteration_before_full (sc, i, alt, NULL);
}

static void
hit_init (Hit *hit, Kind kind, gsize start, gsize end, const char *rule, const char *gene)
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
  gsize       k = t ? (gsize) (t - types) : 0;

  return h->nonstandard ? legacy[k] : std[k];
}

/* Legacy nucleotide notation without "c.", as founder variants are still
 * named: "CHEK2 1100delC", "BRCA1 5382insC", "185delAG", "BRCA2 6174delT",
 * "MLH1 1852_1854del". Bases are required unless a gene is named. */
static gsize
legacy_at (const Scan *sc, gsize i, gboolean with_gene)
{
  gsize j = i, d;
  gsize bases = 0;

  if (!g_ascii_isdigit (at_byte (sc, j)) || at_byte (sc, j) == '0')
    return 0;
  while (g_ascii_isdigit (at_byte (sc, j)))
    j++;
  if ((at_byte (sc, j) == '+' || at_byte (sc, j) == '-' || at_byte (sc, j) == '_') &&
      g_ascii_isdigit (at_byte (sc, j + 1)))
    {
      j++;
      while (g_ascii_isdigit (at_byte (sc, j)))
        j++;
    }
  d = j;
  if (strchr ("ACGT", at_byte (sc, j)) != NULL && at_byte (sc, j) != 0 &&
      at_byte (sc, j + 1) == '>' && strchr ("ACGT", at_byte (sc, j + 2)) != NULL &&
      at_byte (sc, j + 2) != 0)
    j += 3;
  else if (has_ci (sc, j, "delins") || has_ci (sc, j, "del") || has_ci (sc, j, "ins") ||
           has_ci (sc, j, "dup"))
    {
      if (!g_ascii_islower (at_byte (sc, j)))
        return 0;
      j += has_ci (sc, j, "delins") ? 6 : 3;
      while (strchr ("ACGT", at_byte (sc, j)) != NULL && at_byte (sc, j) != 0 && bases < 40)
        {
          j++;
          bases++;
        }
      if (bases == 0 && !with_gene)
        return 0;
    }
  else
    return 0;
  if (j == d || g_ascii_isalnum (at_byte (sc, j)))
    return 0;
  return j;
}

/* After a notation: "(p.Pro286Arg)", " p.(Arg232Ter)" — the protein
 * change that goes with a c. description. */
static gsize
protein_companion (const Scan *sc, gsize end, char *protein, gsize size)
{
  gsize     j = skip_spaces (sc, end);
  gboolean  paren = FALSE;
  KasusHgvs h;

  if (at_byte (sc, j) == ',')
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
gene_after (const Scan *sc, gsize end, Gene *gene)
{
  gsize j = skip_spaces (sc, end);
  gsize e;

  if (at_byte (sc, j) == '(')
    j++;
  else
    {
      e = word_end (sc, j);
      if (!word_in (sc->s + j, e - j, (const char *const[]){ "i", "in", "af", "of" }, 4))
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

/* A fusion transcript's exon junction: "E6;A20", "E13:A20", "e14a2". */
static gsize
junction_at (const Scan *sc, gsize i)
{
  gsize    j = i;
  gboolean upper = at_byte (sc, j) == 'E';

  if (at_byte (sc, j) != 'E' && at_byte (sc, j) != 'e')
    return 0;
  j++;
  if (!g_ascii_isdigit (at_byte (sc, j)))
    return 0;
  while (g_ascii_isdigit (at_byte (sc, j)) && j - i < 4)
    j++;
  if (at_byte (sc, j) == 'a' && upper)
    j++;
  if (at_byte (sc, j) == ';' || at_byte (sc, j) == ':')
    j++;
  else if (upper)
    return 0;
  if (at_byte (sc, j) != (upper ? 'A' : 'a') || !g_ascii_isdigit (at_byte (sc, j + 1)))
    return 0;
  j++;
  while (g_ascii_isdigit (at_byte (sc, j)) && j - i < 12)
    j++;
  return is_word_byte (at_byte (sc, j)) ? 0 : j;
}

/* An aside that names the breakpoints or exons of the alteration before
 * it: " (in-frame, FGFR2 exon 17 – BICC1 exon 3)", " (breakpoint i CIC
 * exon 20)", " (exons 2–7 deletion)". Returns its end, or end. */
static gsize
breakpoint_aside (const Scan *sc, gsize end)
{
  static const char *const cues[] = {
    "exon", "ekson", "intron", "breakpoint", "brudpunkt", "junction",
  };
  gsize    k = skip_spaces (sc, end), e;
  gboolean cue = FALSE, digit = FALSE;

  if (at_byte (sc, k) != '(')
    return end;
  for (e = k + 1; e < sc->n && e < k + 100; e++)
    {
      int c = (unsigned char) sc->s[e];

      if (c == ')')
        break;
      if (c == '(' || c == '\n')
        return end;
      if (g_ascii_isdigit (c))
        digit = TRUE;
      if (!cue && word_start (sc, e) && strchr ("eibjEIBJ", c) != NULL)
        for (guint q = 0; q < G_N_ELEMENTS (cues); q++)
          if (has_ci (sc, e, cues[q]))
            cue = TRUE;
    }
  if (at_byte (sc, e) != ')' || !cue || !digit)
    return end;
  return e + 1;
}

/* After a fusion: " p210", " (e14a2)", " (E6;A20)", a breakpoint aside
 * belong to it. */
static gsize
junction_after (const Scan *sc, gsize end)
{
  gsize k = skip_spaces (sc, end), e;

  if (at_byte (sc, k) == 'p' &&
      (has_ci (sc, k, "p210") || has_ci (sc, k, "p190") || has_ci (sc, k, "p230")) &&
      !is_word_byte (at_byte (sc, k + 4)))
    {
      end = k + 4;
      k = skip_spaces (sc, end);
    }
  if (at_byte (sc, k) == '(' && (e = junction_at (sc, k + 1)) && at_byte (sc, e) == ')')
    end = e + 1;
  return breakpoint_aside (sc, end);
}

static gboolean
fusion_pair_ok (const Gene *a, const Gene *b)
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
fusion_context (const Scan *sc, gsize start, const Gene *second)
{
  Alt alt = ALT_NONE;

  if (alteration_after (sc, second->end, TRUE, &alt) && alt == ALT_FUSION)
    return TRUE;
  return alteration_before (sc, start, &alt) != G_MAXSIZE && alt == ALT_FUSION;
}

static gsize aa3_change_at (const Scan *sc, gsize i, char *key, gsize key_size);

/* Driver genes whose "-positive" names the alteration itself ("ALK-positiv
 * lungekræft" is an ALK fusion). "HER2-positiv" is a receptor status and
 * is not here. */
static const char *const positive_fusion_genes[] = {
  "ALK", "FGFR2", "FGFR3", "NRG1", "NTRK1", "NTRK2", "NTRK3", "RET", "ROS1",
};
static const char *const positive_mutation_genes[] = {
  "BRAF", "BRCA1", "BRCA2", "CALR", "EGFR", "FLT3", "JAK2", "KRAS", "MPL", "NPM1",
};

/* Protein loss is read on immunohistochemistry ("MMR-IHC: tab af MSH6",
 * "MMR-deficient (loss of MSH2/MSH6)"): the sentence around says so. */
static gboolean
ihc_context (const Scan *sc, gsize start, gsize end)
{
  static const char *const cues[] = {
    "ihc",     "immunhist",  "immunohist", "farvning", "staining",
    "stained", "expression", "udtryk",     "mmr",      "protein",
  };
  gsize a = start > 150 ? start - 150 : 0, b = MIN (sc->n, end + 80);

  for (gsize k = start; k > a; k--)
    if (sc->s[k - 1] == '\n' || (sc->s[k - 1] == '.' && at_byte (sc, k) == ' '))
      {
        a = k;
        break;
      }
  for (gsize k = end; k < b; k++)
    if (sc->s[k] == '\n' || (sc->s[k] == '.' && (k + 1 >= sc->n || sc->s[k + 1] == ' ')))
      {
        b = k;
        break;
      }
  for (gsize k = a; k < b; k++)
    {
      int c = ascii_tolower (sc->s[k]);

      if (c != 'i' && c != 'f' && c != 's' && c != 'e' && c != 'u' && c != 'm' && c != 'p')
        continue;
      for (guint q = 0; q < G_N_ELEMENTS (cues); q++)
        if (cues[q][0] == c && has_ci (sc, k, cues[q]))
          return TRUE;
    }
  return FALSE;
}

/* Fills hit for a gene with an alteration type: the alteration word
 * spans [word, word_end), the finding [start, end). FALSE when the pair
 * is no finding at all. */
static gboolean
type_hit (const Scan *sc, Hit *hit, const Gene *gene, Alt alt, gsize start, gsize end, gsize word)
{
  Kind        kind = KIND_TYPE;
  const char *rule = "variant.gene-alteration";

  switch (alt)
    {
      case ALT_FUSION:
        /* "BRCA2 large genomic rearrangement" is structural, no fusion */
        if (!IN_LIST (fusion_genes, gene->symbol) &&
            (has_ci (sc, word, "rearr") || has_ci (sc, word, "omlejr")))
          {
            rule = "variant.structural";
            break;
          }
        kind = KIND_FUSION;
        rule = "variant.fusion";
        break;
      case ALT_AMP:
        kind = KIND_AMPLIFICATION;
        rule = "variant.amplification";
        break;
      case ALT_METH:
        rule = "variant.methylation";
        break;
      case ALT_INV:
        rule = "variant.structural";
        break;
      case ALT_POS:
        if (IN_LIST (positive_fusion_genes, gene->symbol))
          {
            kind = KIND_FUSION;
            rule = "variant.fusion";
          }
        else if (!IN_LIST (positive_mutation_genes, gene->symbol))
          return FALSE;
        break;
      case ALT_REL:
        {
          /* syndrome names are eponym-like ("MUTYH-associeret polypose");
           * a drug class's side effects and pathways name no carrier
           * ("EGFR-relateret udslæt", "EGFR-related signalling") */
          gsize                    m = skip_spaces (sc, end);
          static const char *const syndromes[] = {
            "syndrom", "polypos", "tumorpr",   "tumourpr",      "tumour pr",      "tumor pr",
            "prædisp", "predisp", "hamartom",  "cancersyndrom", "cancer syndrom", "tox",
            "toksi",   "udslæt",  "rash",      "bivirkn",       "side",           "advers",
            "hud",     "skin",    "pneumonit", "kardio",        "cardio",         "diarr",
            "inhib",   "hæmm",    "behandl",   "treatment",     "therap",         "terapi",
            "gen",     "signal",  "pathway",
          };

          for (guint q = 0; q < G_N_ELEMENTS (syndromes); q++)
            if (has_ci (sc, m, syndromes[q]))
              return FALSE;
        }
        break;
      default:
        break;
    }

  hit_init (hit, kind, start, end, rule, gene->symbol);
  if (alt == ALT_ITD)
    hit->force_common = strcmp (gene->symbol, "FLT3") == 0;
  /* A gene with the generic word "variant" ("kimbanevariant i PALB2") still
   * says which gene the patient carries an alteration in, like "en
   * BRCA2-mutation" does (CONVENTIONS); in doubt, mark it. */
  if (alt == ALT_METH && strcmp (gene->symbol, "MGMT") == 0)
    {
      hit->low = KASUS_REASON_ROUTINE_BIOMARKER;
    }
  else if (alt == ALT_DEL && (has_ci (sc, word, "loss") || has_ci (sc, word, "tab")) &&
           ihc_context (sc, start, end))
    {
      hit->low = KASUS_REASON_PROTEIN_LOSS;
    }
  return TRUE;
}

/* Scans from a gene; returns the end of what was reported (or of the gene
 * when nothing), never before gene->end. */
static gsize
scan_gene (Scan *sc, const Gene *gene)
{
  Hit      hit;
  gsize    j = gene->end, k;
  Gene     g2;
  Alt      alt;
  int      exon;
  gboolean intron;
  gboolean usable = !gene->ambiguous || gene->cancer;

  /* 1. fusion partner: EML4-ALK, TMPRSS2::ERG, CD74 – ROS1, BCR/ABL1 */
  if (at_byte (sc, j) == ':' && at_byte (sc, j + 1) == ':' && gene_at (sc, j + 2, &g2))
    {
      hit_init (&hit, KIND_FUSION, gene->start, g2.end, "variant.fusion", gene->symbol);
      g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
      if ((k = alteration_after (sc, hit.end, FALSE, &alt)) && alt == ALT_FUSION)
        hit.end = k;
      hit.end = junction_after (sc, hit.end);
      emit (sc, &hit);
      return hit.end;
    }
  {
    gsize    sep = j, d, m;
    gboolean breakpoints = FALSE, spaced, slash, colons;

    /* "FGFR3 exon 17 – TACC3 exon 11", "CD74 intron 6 / ROS1 intron 33",
     * "SDC4 exon 2 :: ROS1 exon 32" */
    k = skip_spaces (sc, j);
    if (k - j <= 1 && (m = exon_at (sc, k, &exon, &intron)))
      {
        sep = m;
        breakpoints = TRUE;
      }
    k = skip_spaces (sc, sep);
    d = dash_at (sc, k);
    slash = at_byte (sc, k) == '/';
    colons = breakpoints && at_byte (sc, k) == ':' && at_byte (sc, k + 1) == ':';
    if (d || slash || colons)
      {
        m = k + (colons ? 2 : d ? d : 1);
        spaced = k != sep || g_ascii_isspace (at_byte (sc, m));
        m = skip_spaces (sc, m);
        /* EML4-ALK as one token; spaced or slashed pairs only with named
         * breakpoints or a fusion word around them (not "BRCA1/BRCA2");
         * two genes outside the list of fusion partners only so
         * ("MYB-QKI fusion", "NAB2 exon 4 – STAT6 exon 2") */
        if (gene_at (sc, m, &g2) && !is_word_byte (at_byte (sc, g2.end)) &&
            strcmp (gene->symbol, g2.symbol) != 0)
          {
            gboolean strong = colons || breakpoints || fusion_context (sc, gene->start, &g2);
            gboolean plain = !(gene->ambiguous && !gene->cancer) && !(g2.ambiguous && !g2.cancer);

            if ((fusion_pair_ok (gene, &g2) && ((!spaced && !slash) || strong)) ||
                (plain && strong))
              {
                hit_init (&hit, KIND_FUSION, gene->start, g2.end, "variant.fusion", gene->symbol);
                g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
                k = skip_spaces (sc, hit.end);
                if (k - hit.end <= 1 && (m = exon_at (sc, k, &exon, &intron)))
                  hit.end = m;
                if ((k = alteration_after (sc, hit.end, FALSE, &alt)) && alt == ALT_FUSION)
                  hit.end = k;
                hit.end = junction_after (sc, hit.end);
                emit (sc, &hit);
                return hit.end;
              }
          }
      }
  }

  if (!usable)
    goto bare;

  /* 2. "exon 19 deletion", "exon 14 skipping", "intron 10" (with a
   * breakpoint word before: "brudpunkt i BRCA2 intron 10"); "EGFR-del19" */
  k = dash_at (sc, j) ? j + dash_at (sc, j) : at_byte (sc, j) == ' ' ? j + 1 : j;
  if (k > j && (k = compact_exon_at (sc, k, &exon, &alt)))
    {
      char key[48];

      hit_init (&hit, KIND_EXON, gene->start, k, "variant.exon", gene->symbol);
      g_snprintf (key, sizeof key, "%s %d %s", gene->symbol, exon,
                  alt == ALT_DEL   ? "del"
                  : alt == ALT_INS ? "ins"
                                   : "dup");
      hit.force_common = IN_LIST (common_exon_alterations, key);
      emit (sc, &hit);
      return hit.end;
    }
  k = skip_spaces (sc, j);
  if (k - j <= 1 && (k = exon_at (sc, skip_spaces (sc, j), &exon, &intron)))
    {
      gsize a;
      gsize before = alteration_before (sc, gene->start, &alt);
      Alt   before_alt = alt;

      a = alteration_after (sc, k, TRUE, &alt);
      if (a > 0 || before != G_MAXSIZE)
        {
          char key[48];
          Alt  which = a > 0 ? alt : before_alt;

          hit_init (&hit, which == ALT_FUSION ? KIND_FUSION : KIND_EXON,
                    before != G_MAXSIZE ? before : gene->start, a > 0 ? a : k,
                    which == ALT_FUSION ? "variant.fusion" : "variant.exon", gene->symbol);
          g_snprintf (key, sizeof key, "%s %d %s", gene->symbol, exon,
                      which == ALT_DEL    ? "del"
                      : which == ALT_INS  ? "ins"
                      : which == ALT_SKIP ? "skip"
                      : which == ALT_DUP  ? "dup"
                                          : "mut");
          hit.force_common = IN_LIST (common_exon_alterations, key);
          emit (sc, &hit);
          return hit.end;
        }
      /* "KIT exon 17 D816V", "EGFR exon 21 p.L858R": the exon, then the change */
      {
        gsize     m = skip_spaces (sc, at_byte (sc, k) == ':' ? k + 1 : k), e = 0;
        char      key[48] = "";
        gboolean  position_only = FALSE;
        KasusHgvs h;

        if (!intron && m - k <= 2)
          {
            if (at_byte (sc, m + 1) == '.' && (at_byte (sc, m) == 'p' || at_byte (sc, m) == 'c') &&
                hgvs_at (sc, m, &h))
              {
                e = m + h.length;
                g_strlcpy (key, h.protein, sizeof key);
                position_only = h.position_only;
              }
            else
              e = shorthand_at (sc, m, FALSE, key, sizeof key, &position_only);
          }
        if (e > 0)
          {
            hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
            g_strlcpy (hit.protein, key, sizeof hit.protein);
            hit.position_only = position_only;
            emit (sc, &hit);
            return hit.end;
          }
      }
    }

  /* 3. a notation: "KRAS G12C", "BRAF p.V600E", "RAD51D c.694C>T",
   * "TERT promoter C228T", "EGFR: L858R", "KRAS (G12D)" */
  {
    gsize     m = j;
    gboolean  paren = FALSE;
    KasusHgvs h;
    char      key[48] = "";
    gboolean  position_only = FALSE;
    gsize     e = 0;

    if (at_byte (sc, m) == ':' || at_byte (sc, m) == '-' || at_byte (sc, m) == '*')
      m++;
    m = skip_spaces (sc, m);
    /* a report table's next cell: "| BRCA2 | c.5946delT |" */
    if (at_byte (sc, m) == '|' && m - j <= 2)
      m = skip_spaces (sc, m + 1);
    if (at_byte (sc, m) == '(')
      {
        paren = TRUE;
        m++;
      }
    if (has_ci (sc, m, "promoter ") || has_ci (sc, m, "promotor "))
      m = skip_spaces (sc, m + 9);
    if (m - j <= 12)
      {
        if (((at_byte (sc, m + 1) == '.' && strchr ("cgmnrp", at_byte (sc, m)) &&
              at_byte (sc, m) != 0) ||
             kasus_hgvs_accession_length (sc->s + m, sc->n - m, NULL) > 0) &&
            hgvs_at (sc, m, &h))
          {
            e = m + h.length;
            g_strlcpy (key, h.protein, sizeof key);
            position_only = h.position_only;
            hit_init (&hit, KIND_NOTATION, gene->start, e, hgvs_rule (&h), gene->symbol);
          }
        else if ((e = shorthand_at (sc, m, TRUE, key, sizeof key, &position_only)) > 0 ||
                 (e = aa3_change_at (sc, m, key, sizeof key)) > 0)
          hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
        else if ((e = legacy_at (sc, m, TRUE)) > 0)
          hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.legacy.c", gene->symbol);
        else if (has_ci (sc, m, "vIII") && !is_word_byte (at_byte (sc, m + 4)))
          {
            e = breakpoint_aside (sc, m + 4);
            hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
            hit.force_common = TRUE;
          }
        /* the named mutation types of NPM1 (A, B, D) and CALR (1, 2),
         * common in AML and MPN: "NPM1 type A", "CALR type 1" */
        else if ((has_ci (sc, m, "type ") || has_ci (sc, m, "typ ")) &&
                 (strcmp (gene->symbol, "NPM1") == 0 || strcmp (gene->symbol, "CALR") == 0))
          {
            gsize t = skip_spaces (sc, m + (has_ci (sc, m, "type ") ? 5 : 4));
            int   v = at_byte (sc, t);

            if ((gene->symbol[0] == 'N' ? (v == 'A' || v == 'B' || v == 'D')
                                        : (v == '1' || v == '2')) &&
                !is_word_byte (at_byte (sc, t + 1)))
              {
                e = t + 1;
                hit_init (&hit, KIND_NOTATION, gene->start, e, "variant.protein", gene->symbol);
                hit.force_common = TRUE;
              }
          }
      }
    /* "EGFRvIII" written as one token */
    if (e == 0 && has_ci (sc, j, "vIII"))
      {
        e = breakpoint_aside (sc, j + 4);
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
        if (strcmp (hit.rule, "variant.hgvs.p") != 0 &&
            strcmp (hit.rule, "variant.legacy.p") != 0 &&
            (k = protein_companion (sc, hit.end, hit.protein, sizeof hit.protein)))
          hit.end = k;
        if ((k = alteration_after (sc, hit.end, FALSE, &alt)))
          hit.end = k;
        emit (sc, &hit);
        return hit.end;
      }
  }

  /* a pedigree's "BRCA1 positive": the family's carrier status */
  if ((strcmp (gene->symbol, "BRCA1") == 0 || strcmp (gene->symbol, "BRCA2") == 0) &&
      at_byte (sc, j) == ' ')
    {
      gsize m = j + 1, e = word_end (sc, m);

      if (word_in (sc->s + m, e - m, (const char *const[]){ "positive", "positiv" }, 2))
        {
          hit_init (&hit, KIND_TYPE, gene->start, e, "variant.gene-alteration", gene->symbol);
          emit (sc, &hit);
          return hit.end;
        }
    }

  /* 4. an alteration word after the gene: BRCA2-mutation, POLE-muteret,
   * ERBB2-amplifikation, ROS1-fusion, FLT3-ITD, MET amplification,
   * "CDKN2A homozygot deletion", "BRCA1 promoter hypermethylation" */
  k = alteration_after (sc, j, TRUE, &alt);
  if (k > 0)
    {
      gsize word = k;

      /* the alteration word's start, for the IHC check */
      while (word > j && is_word_byte ((unsigned char) sc->s[word - 1]))
        word--;
      if (type_hit (sc, &hit, gene, alt, gene->start, k, word))
        {
          /* "EGFR-mutation (L858R)", "KRAS mutation G12C" */
          gsize    m = skip_spaces (sc, k);
          char     key[48];
          gboolean position_only;
          gsize    e;

          /* "en sjælden EGFR-variant", "a rare BRCA2 variant": the general
           * wording a reviewer suggests, not the patient's variant */
          if (alt == ALT_GENERIC && hit.low == KASUS_REASON_NONE)
            {
              gsize pe = gene->start, ps;

              while (pe > 0 && sc->s[pe - 1] == ' ')
                pe--;
              ps = pe;
              while (ps > 0 && is_word_byte ((unsigned char) sc->s[ps - 1]))
                ps--;
              if (word_in (sc->s + ps, pe - ps,
                           (const char *const[]){ "rare", "sjælden", "sjældent", "sjældne",
                                                  "uncommon", "hyppig", "hyppige", "frequent",
                                                  "common" },
                           9))
                {
                  hit.low = KASUS_REASON_ALREADY_GENERAL;
                }
            }

          if (at_byte (sc, m) == '(')
            m++;
          if (alt != ALT_POS && alt != ALT_REL &&
              (e = shorthand_at (sc, m, FALSE, key, sizeof key, &position_only)) > 0)
            {
              hit.kind = KIND_NOTATION;
              hit.rule = "variant.protein";
              hit.low = KASUS_REASON_NONE;
              g_strlcpy (hit.protein, key, sizeof hit.protein);
              hit.end = at_byte (sc, e) == ')' && m > k && sc->s[m - 1] == '(' ? e + 1 : e;
            }
          else if (hit.kind == KIND_FUSION)
            hit.end = junction_after (sc, hit.end);
          emit (sc, &hit);
          return hit.end;
        }
    }

  /* 5. an alteration word before: "mutation i KRAS", "fusion af NTRK1 og
   * TPM3", "amplifikation af MET", "homozygot deletion af CDKN2A" */
  {
    gboolean generalised = FALSE;

    k = alteration_before_full (sc, gene->start, &alt, &generalised);
    /* "a change in HER2 status", "tab af MLH1-udtryk" speak of a measure */
    if (k != G_MAXSIZE)
      {
        gsize m = dash_at (sc, j) ? j + dash_at (sc, j) : skip_spaces (sc, j), e = word_end (sc, m);

        if (e > m && (is_test_word (sc->s + m, e - m) ||
                      word_in (sc->s + m, e - m,
                               (const char *const[]){ "expression", "udtryk", "udtrykket", "level",
                                                      "levels", "niveau", "ihc", "score" },
                               8)))
          k = G_MAXSIZE;
      }
    if (k != G_MAXSIZE && alt != ALT_ITD && type_hit (sc, &hit, gene, alt, k, gene->end, k))
      {
        if (generalised && hit.low == KASUS_REASON_NONE)
          {
            hit.low = KASUS_REASON_ALREADY_GENERAL;
          }
        if (alt == ALT_FUSION)
          {
            /* "… og TPM3", "… and TPM3", "… med TPM3", "… with TPM3" */
            gsize m = skip_spaces (sc, hit.end), e = word_end (sc, m);

            if (e > m &&
                word_in (sc->s + m, e - m,
                         (const char *const[]){ "og", "and", "med", "with", "til", "to" }, 6) &&
                gene_at (sc, skip_spaces (sc, e), &g2) && !g2.ambiguous)
              {
                hit.end = g2.end;
                g_strlcpy (hit.gene2, g2.symbol, sizeof hit.gene2);
              }
          }
        emit (sc, &hit);
        return hit.end;
      }
  }

bare:
  /* 6. the gene alone */
  {
    gboolean context = FALSE;
    gsize    m = j;

    if (dash_at (sc, m) == 1 || at_byte (sc, m) == ' ')
      {
        gsize e;

        m++;
        e = word_end (sc, m);
        context = word_in (
          sc->s + m, e - m,
          (const char *const[]){ "gen", "genet", "gene", "genes", "gener", "generne", "locus" }, 7);
      }
    if (gene->coding && !gene->ambiguous && (gene->cancer || context))
      emit_gene (sc, gene);
  }
  return gene->end;
}

/* --- karyotypes ------------------------------------------------------ */

static gsize
chromosome (const Scan *sc, gsize i)
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
band (const Scan *sc, gsize i)
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
karyotype_item (const Scan *sc, gsize i, gboolean *common)
{
  static const char *const ops[] = { "t(",   "inv(", "del(",  "dup(", "der(",
                                     "ins(", "add(", "idic(", "i(",   "ider(" };
  gsize                    j = 0, k, chroms = 0;
  gboolean                 arm = FALSE;
  const char              *op = NULL;

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
       strcmp (op, "add(") == 0) &&
      !arm)
    return 0;
  if (strcmp (op, "der(") == 0)
    {
      gboolean dummy;
      gsize    more = karyotype_item (sc, k, &dummy);

      if (more)
        k = more;
    }
  return k;
}

/* 47,XY,+8 or 46,XX,t(15;17)(q24;q21)[20] */
static gsize
full_karyotype (const Scan *sc, gsize i)
{
  gsize j = i, abnormal = 0;

  if (!(g_ascii_isdigit (at_byte (sc, j)) && g_ascii_isdigit (at_byte (sc, j + 1)) &&
        at_byte (sc, j + 2) == ','))
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
      gsize    k = j + 1;
      gboolean common;
      gsize    e;

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
id_at (const Scan *sc, gsize i, gsize *end, const char **rule)
{
  static const struct
  {
    const char *prefix;
    gsize       min_digits;
    const char *rule;
  } ids[] = {
    { "rs", 3, "variant.rsid" },     { "COSM", 2, "variant.cosmic" },
    { "COSV", 5, "variant.cosmic" }, { "COSF", 2, "variant.cosmic" },
    { "VCV", 6, "variant.clinvar" }, { "RCV", 6, "variant.clinvar" },
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
      if (at_byte (sc, j) == '.' && g_ascii_isdigit (at_byte (sc, j + 1)) &&
          ids[k].prefix[1] == 'C')
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

/* A three-letter protein change without "p.": "Arg248Trp", "Gly12Cys",
 * "Gln1756Profs*74". Writes the 1-letter key. */
static gsize
aa3_change_at (const Scan *sc, gsize i, char *key, gsize key_size)
{
  static const char aa3[] = "AlaArgAsnAspCysGlnGluGlyHisIleLeuLysMetPheProSerThrTrpTyrValTer";
  char              buf[72];
  KasusHgvs         h;
  gsize             avail, e;
  gboolean          known = FALSE;

  if (!g_ascii_isupper (at_byte (sc, i)) || !g_ascii_islower (at_byte (sc, i + 1)) ||
      !g_ascii_islower (at_byte (sc, i + 2)) || !g_ascii_isdigit (at_byte (sc, i + 3)))
    return 0;
  for (gsize k = 0; aa3[k] != '\0' && !known; k += 3)
    known = memcmp (aa3 + k, sc->s + i, 3) == 0;
  if (!known)
    return 0;
  avail = MIN (sc->n - i, sizeof buf - 2);
  buf[0] = 'p';
  buf[1] = '.';
  memcpy (buf + 2, sc->s + i, avail);
  if (!kasus_hgvs_parse (buf, avail + 2, &h) || h.type != 'p' || h.length <= 5 || h.position_only)
    return 0;
  e = i + h.length - 2;
  if (g_ascii_isalnum (at_byte (sc, e)) || at_byte (sc, e) == '_')
    return 0;
  g_strlcpy (key, h.protein, key_size);
  return e;
}

/* A chromosome (1-22, X, Y) at i, as a whole word or followed by an arm. */
static gsize
chromosome_number (const Scan *sc, gsize i)
{
  gsize j = i;
  int   n = 0;

  if (at_byte (sc, j) == 'X' || at_byte (sc, j) == 'Y')
    return j + 1;
  if (!g_ascii_isdigit (at_byte (sc, j)) || at_byte (sc, j) == '0')
    return 0;
  while (g_ascii_isdigit (at_byte (sc, j)) && j - i < 3)
    n = n * 10 + (sc->s[j++] - '0');
  return n >= 1 && n <= 22 && !g_ascii_isdigit (at_byte (sc, j)) ? j : 0;
}

/* "3p", "22q", "21q22", "17p13.1", "1p/19q": a chromosome arm or band. */
static gsize
arm_at (const Scan *sc, gsize i, gboolean *banded)
{
  gsize j = chromosome_number (sc, i);

  *banded = FALSE;
  if (j == 0 || (at_byte (sc, j) != 'p' && at_byte (sc, j) != 'q'))
    return 0;
  j++;
  if (g_ascii_isdigit (at_byte (sc, j)))
    {
      *banded = TRUE;
      while (g_ascii_isdigit (at_byte (sc, j)) ||
             (at_byte (sc, j) == '.' && g_ascii_isdigit (at_byte (sc, j + 1))))
        j++;
    }
  if (has_ci (sc, j, "ter"))
    j += 3;
  /* 1p/19q */
  if (at_byte (sc, j) == '/' && g_ascii_isdigit (at_byte (sc, j + 1)))
    {
      gboolean b2;
      gsize    k = arm_at (sc, j + 1, &b2);

      if (k)
        j = k;
    }
  return g_ascii_isalnum (at_byte (sc, j)) ? 0 : j;
}

/* Copy-number and structural words that go with a chromosome region. */
static gboolean
chromosomal_alt (Alt alt)
{
  return alt == ALT_DEL || alt == ALT_AMP || alt == ALT_DUP || alt == ALT_INV || alt == ALT_FUSION;
}

/* "3p-tab", "21q22 deletion", "1p/19q-kodeletion", "loss of chromosome
 * 22q", "inversion on 10q26", "tab af kromosom 10", "chromosome 7 gain".
 * Emits and returns the end, or 0. */
static gsize
chromosome_event_at (Scan *sc, gsize i)
{
  gboolean banded = FALSE;
  gsize    e = arm_at (sc, i, &banded), start = i, k;
  Alt      alt = ALT_NONE;
  Hit      hit;

  if (e == 0 && sc->s[i] == 'P')
    {
      /* PAR1, PAR2 (checked by the caller) */
      e = i + 4;
      banded = TRUE;
    }
  else if (e == 0)
    {
      gsize ws = i, we;

      /* a whole chromosome only after "kromosom"/"chromosome" */
      if ((e = chromosome_number (sc, i)) == 0 || g_ascii_isalnum (at_byte (sc, e)))
        return 0;
      while (ws > 0 && (sc->s[ws - 1] == ' ' || sc->s[ws - 1] == '.'))
        ws--;
      we = ws;
      while (ws > 0 && is_word_byte ((unsigned char) sc->s[ws - 1]))
        ws--;
      if (!word_in (sc->s + ws, we - ws, (const char *const[]){ "kromosom", "chromosome", "chr" },
                    3))
        return 0;
      start = ws;
    }
  if ((k = alteration_after (sc, e, TRUE, &alt)) && chromosomal_alt (alt))
    e = k;
  else if ((k = alteration_before (sc, start, &alt)) != G_MAXSIZE && chromosomal_alt (alt))
    start = k;
  else if (banded && (k = alteration_before_comma (sc, start, &alt)) != G_MAXSIZE &&
           chromosomal_alt (alt))
    start = k;
  else
    return 0;
  hit_init (&hit, KIND_KARYOTYPE, start, e, "variant.chromosomal", NULL);
  /* arm-level and whole-chromosome gains and losses recur in many
   * tumours; a band or an inversion is specific */
  hit.force_common = !banded && alt != ALT_INV && alt != ALT_FUSION;
  emit (sc, &hit);
  return e;
}

/* "monosomi 7", "trisomy 8", "trisomi for kromosom 21" */
static gsize
aneuploidy_at (Scan *sc, gsize i)
{
  static const char *const words[] = { "monosom", "trisom", "tetrasom", "nullisom" };
  gsize                    j = 0, e, k;
  Hit                      hit;

  for (guint w = 0; w < G_N_ELEMENTS (words) && j == 0; w++)
    if (has_ci (sc, i, words[w]))
      j = word_end (sc, i);
  if (j == 0 || j - i > 12)
    return 0;
  k = skip_spaces (sc, j);
  e = word_end (sc, k);
  if (word_in (sc->s + k, e - k, (const char *const[]){ "for", "af", "of" }, 3))
    k = skip_spaces (sc, e);
  e = word_end (sc, k);
  if (word_in (sc->s + k, e - k, (const char *const[]){ "kromosom", "chromosome", "chr" }, 3))
    k = skip_spaces (sc, at_byte (sc, e) == '.' ? e + 1 : e);
  if ((e = chromosome_number (sc, k)) == 0)
    return 0;
  {
    gboolean banded;
    gsize    a = arm_at (sc, k, &banded);

    if (a)
      e = a;
  }
  if (g_ascii_isalnum (at_byte (sc, e)))
    return 0;
  /* prenatal screening names the risk, not a finding */
  k = dash_at (sc, e) ? e + dash_at (sc, e) : skip_spaces (sc, e);
  if (has_ci (sc, k, "screen") || has_ci (sc, k, "risi") || has_ci (sc, k, "risk") ||
      has_ci (sc, k, "test"))
    return e;
  hit_init (&hit, KIND_KARYOTYPE, i, e, "variant.chromosomal", NULL);
  hit.force_common = TRUE;
  emit (sc, &hit);
  return e;
}

/* Histone H3: "H3 K27M", "H3K27M", "H3 K27-altered", "H3.3 G34R" — not
 * the IHC marker H3K27me3. */
static gsize
histone_at (Scan *sc, gsize i)
{
  gsize j = i + 2, e;
  Alt   alt;
  Hit   hit;

  if (at_byte (sc, j) == '.' && g_ascii_isdigit (at_byte (sc, j + 1)))
    j += 2;
  if (at_byte (sc, j) == ' ' || at_byte (sc, j) == '-')
    j++;
  if (!(has_ci (sc, j, "K27") || has_ci (sc, j, "G34") || has_ci (sc, j, "K36")) ||
      !g_ascii_isupper (at_byte (sc, j)) || g_ascii_isdigit (at_byte (sc, j + 3)))
    return 0;
  e = j + 3;
  if (is_aa1 (at_byte (sc, e)) && !g_ascii_isalnum (at_byte (sc, e + 1)))
    e++;
  else if ((e = alteration_after (sc, e, FALSE, &alt)) == 0 || alt == ALT_POS || alt == ALT_REL)
    return 0;
  hit_init (&hit, KIND_NOTATION, i, e, "variant.protein", "H3-3A");
  /* the defining change of a WHO tumour type, seen in many of them */
  hit.force_common = TRUE;
  emit (sc, &hit);
  return e;
}

/* "variant 3 (E6;A20)": an EML4::ALK variant named by its junction, or
 * right after its fusion ("EML4::ALK fusion, variant 3a/b (EML4 exon 6 –
 * ALK exon 20)") */
static gsize
fusion_variant_at (Scan *sc, gsize i)
{
  gsize j = skip_spaces (sc, i + 7), e, n;
  Hit   hit;

  if (!g_ascii_isdigit (at_byte (sc, j)))
    return 0;
  while (g_ascii_isdigit (at_byte (sc, j)))
    j++;
  if (at_byte (sc, j) == 'a' || at_byte (sc, j) == 'b')
    j++;
  /* "3a/b", "3a/3b" */
  if (at_byte (sc, j) == '/' && (g_ascii_isdigit (at_byte (sc, j + 1)) ||
                                 at_byte (sc, j + 1) == 'a' || at_byte (sc, j + 1) == 'b'))
    {
      j++;
      while (g_ascii_isdigit (at_byte (sc, j)))
        j++;
      if (at_byte (sc, j) == 'a' || at_byte (sc, j) == 'b')
        j++;
    }
  if (is_word_byte (at_byte (sc, j)))
    return 0;
  n = skip_spaces (sc, j);
  if (at_byte (sc, n) == '(' && (e = junction_at (sc, n + 1)) != 0 && at_byte (sc, e) == ')')
    e++;
  else if (sc->fusion_end > 0 && sc->fusion_end <= i && i - sc->fusion_end <= 24)
    e = breakpoint_aside (sc, j);
  else
    return 0;
  hit_init (&hit, KIND_FUSION, i, e, "variant.fusion", NULL);
  emit (sc, &hit);
  return e;
}

/* "+8", "+Ph", "-7" on their own continue a karyotype named just before
 * ("tab af 1p og +8", "t(9;22)(q34;q11) with an additional +Ph"); i is
 * after the sign. Elsewhere a signed number is a lab value. */
static gsize
extra_chromosome_at (Scan *sc, gsize i)
{
  gsize start = i - 1, e;
  Hit   hit;

  if (start > 0 && !g_ascii_isspace (sc->s[start - 1]) && strchr (",(/", sc->s[start - 1]) == NULL)
    return 0;
  /* in a list of changes ("tab af 1p og +8", "with an additional +Ph"),
   * not after a lab value ("CEA +2") */
  {
    gsize pe = start, ps;

    while (pe > 0 && sc->s[pe - 1] == ' ')
      pe--;
    ps = pe;
    while (ps > 0 && is_word_byte ((unsigned char) sc->s[ps - 1]))
      ps--;
    if (ps == pe ? !(pe == 0 || strchr (",;(/\n", sc->s[pe - 1]) != NULL)
                 : !word_in (sc->s + ps, pe - ps,
                             (const char *const[]){ "og", "and", "samt", "med", "with",
                                                    "additional", "ekstra", "extra", "desuden",
                                                    "derudover", "an", "en", "et", "plus" },
                             14))
      return 0;
  }
  if (sc->karyotype_end == 0 || sc->karyotype_end > start || start - sc->karyotype_end > 100 ||
      memchr (sc->s + sc->karyotype_end, '\n', start - sc->karyotype_end) != NULL)
    return 0;
  if (sc->s[i] == 'P' && at_byte (sc, i + 1) == 'h')
    e = i + 2;
  else if ((e = chromosome_number (sc, i)) == 0)
    return 0;
  if (is_word_byte (at_byte (sc, e)) || at_byte (sc, e) == '%' ||
      (at_byte (sc, e) == ',' && g_ascii_isdigit (at_byte (sc, e + 1))))
    return 0;
  hit_init (&hit, KIND_KARYOTYPE, start, e, "variant.karyotype", NULL);
  hit.force_common = TRUE;
  emit (sc, &hit);
  return e;
}

/* What follows a bare protein change when it names an antibody or a
 * stain, not a variant: "R132H-antistoffet", "V600E IHC". */
static gboolean
antibody_after (const Scan *sc, gsize end)
{
  gsize k = dash_at (sc, end) ? end + dash_at (sc, end) : skip_spaces (sc, end);

  return has_ci (sc, k, "antistof") || has_ci (sc, k, "antibod") || has_ci (sc, k, "ihc") ||
         has_ci (sc, k, "farvning") || has_ci (sc, k, "staining") || has_ci (sc, k, "immunohist") ||
         has_ci (sc, k, "immunhist");
}

static gsize
scan_at (Scan *sc, gsize i)
{
  int         c = (unsigned char) sc->s[i];
  int         c1 = at_byte (sc, i + 1);
  KasusHgvs   h;
  Hit         hit;
  Gene        gene;
  gsize       e;
  const char *rule;
  gboolean    common = FALSE;
  /* the small letters that start something below: every test but these
   * needs a capital or a digit first; most words start otherwise */
  const guint32 small_starts = (1u << ('a' - 'a')) | (1u << ('c' - 'a')) | (1u << ('d' - 'a')) |
                               (1u << ('e' - 'a')) | (1u << ('g' - 'a')) | (1u << ('i' - 'a')) |
                               (1u << ('m' - 'a')) | (1u << ('n' - 'a')) | (1u << ('o' - 'a')) |
                               (1u << ('p' - 'a')) | (1u << ('r' - 'a')) | (1u << ('t' - 'a')) |
                               (1u << ('v' - 'a'));

  if (c >= 'a' && c <= 'z' && !(small_starts & (1u << (c - 'a'))))
    return i + 1;

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
          if (h.type != 'p' &&
              (e = protein_companion (sc, hit.end, hit.protein, sizeof hit.protein)))
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
  if (((c == 'r' && c1 == 's') ||
       ((c == 'C' || c == 'V' || c == 'R' || c == 'S') && g_ascii_isupper (c1))) &&
      id_at (sc, i, &e, &rule))
    {
      hit_init (&hit, KIND_NOTATION, i, e, rule, NULL);
      emit (sc, &hit);
      return e;
    }

  /* karyotypes, chromosome arms and bands, aneuploidy */
  if (i > 0 && (sc->s[i - 1] == '+' || sc->s[i - 1] == '-') &&
      (g_ascii_isdigit (c) || c == 'X' || c == 'Y' || c == 'P') &&
      (e = extra_chromosome_at (sc, i)))
    return e;
  if (g_ascii_isdigit (c) && (e = chromosome_event_at (sc, i)))
    return e;
  /* the pseudoautosomal regions: "PAR1 deletion" */
  if (c == 'P' && c1 == 'A' && (has_ci (sc, i, "PAR1") || has_ci (sc, i, "PAR2")) &&
      !is_word_byte (at_byte (sc, i + 4)) && (e = chromosome_event_at (sc, i)))
    return e;
  if (g_ascii_isdigit (c) && (e = legacy_at (sc, i, FALSE)))
    {
      hit_init (&hit, KIND_NOTATION, i, e, "variant.legacy.c", NULL);
      if (gene_after (sc, e, &gene))
        {
          g_strlcpy (hit.gene, gene.symbol, sizeof hit.gene);
          hit.end = gene.end + (at_byte (sc, gene.end) == ')' ? 1 : 0);
        }
      emit (sc, &hit);
      return hit.end;
    }
  if ((c == 'm' || c == 'M' || c == 't' || c == 'T' || c == 'n' || c == 'N') &&
      g_ascii_islower (c1) && (e = aneuploidy_at (sc, i)))
    return e;
  if (c == 'H' && c1 == '3' && (e = histone_at (sc, i)))
    return e;
  if ((c == 'v' || c == 'V') && has_ci (sc, i, "variant ") && (e = fusion_variant_at (sc, i)))
    return e;
  if ((c == 'e' || c == 'E') && g_ascii_isdigit (c1) && (e = junction_at (sc, i)))
    {
      hit_init (&hit, KIND_FUSION, i, e, "variant.fusion", NULL);
      emit (sc, &hit);
      return e;
    }
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
  if ((c == 'X' || c == 'Y') && (c1 == 'p' || c1 == 'q') && (e = chromosome_event_at (sc, i)))
    return e;

  /* "Arg248Trp" without "p." */
  if (g_ascii_isupper (c) && g_ascii_islower (c1))
    {
      char key[48];

      if ((e = aa3_change_at (sc, i, key, sizeof key)) > 0 && !antibody_after (sc, e))
        {
          hit_init (&hit, KIND_NOTATION, i, e, "variant.protein", NULL);
          if (gene_after (sc, e, &gene))
            {
              g_strlcpy (hit.gene, gene.symbol, sizeof hit.gene);
              hit.end = gene.end + (at_byte (sc, gene.end) == ')' ? 1 : 0);
            }
          g_strlcpy (hit.protein, key, sizeof hit.protein);
          emit (sc, &hit);
          return hit.end;
        }
    }

  /* "exon 19-deletion", "deletion af exon 2-5 i BRCA1" */
  if ((((c == 'e' || c == 'E') && (c1 == 'x' || c1 == 'k')) ||
       ((c == 'd' || c == 'D' || c == 'i' || c == 'I' || c == 'm' || c == 'M') &&
        (has_ci (sc, i, "del") || has_ci (sc, i, "ins") || has_ci (sc, i, "dup") ||
         has_ci (sc, i, "mut")))) &&
      !g_ascii_isdigit (c1))
    {
      gsize    start = i, k = i;
      int      exon;
      gboolean intron;
      Alt      alt = ALT_NONE;
      gsize    a = 0;

      if (c != 'e' && c != 'E')
        {
          /* "deletion af exon 2-5", "insertion in exon 20", "mutation in
           * exon 11 of KIT" */
          gsize we = word_end (sc, i), m;

          /* "del19": an EGFR exon 19 deletion unless a gene follows */
          if ((e = compact_exon_at (sc, i, &exon, &alt)))
            {
              char key[48];

              hit_init (&hit, KIND_EXON, i, e, "variant.exon", NULL);
              if (gene_after (sc, e, &gene))
                {
                  g_strlcpy (hit.gene, gene.symbol, sizeof hit.gene);
                  hit.end = gene.end;
                }
              g_snprintf (key, sizeof key, "%s %d %s", hit.gene[0] ? hit.gene : "EGFR", exon,
                          alt == ALT_DEL   ? "del"
                          : alt == ALT_INS ? "ins"
                                           : "dup");
              hit.force_common = IN_LIST (common_exon_alterations, key);
              emit (sc, &hit);
              return hit.end;
            }
          alt = alteration_word (sc->s + i, we - i);
          if (alt != ALT_DEL && alt != ALT_INS && alt != ALT_DUP && alt != ALT_MUT)
            return i + 1;
          m = skip_spaces (sc, we);
          e = word_end (sc, m);
          /* "deletion af exon 2-5"; a report cell's "deletion, exons 1–32" */
          if (at_byte (sc, we) == ',')
            e = we + 1;
          else if (!word_in (sc->s + m, e - m, (const char *const[]){ "af", "of", "i", "in" }, 4))
            return we;
          k = skip_spaces (sc, e);
          a = 1;
        }
      if ((e = exon_at (sc, k, &exon, &intron)) && !intron)
        {
          if (a == 0)
            {
              a = alteration_after (sc, e, TRUE, &alt);
              if (a == 0 || !(alt == ALT_DEL || alt == ALT_INS || alt == ALT_DUP ||
                              alt == ALT_SKIP || alt == ALT_MUT))
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
                        alt == ALT_DEL    ? "del"
                        : alt == ALT_INS  ? "ins"
                        : alt == ALT_SKIP ? "skip"
                                          : "mut");
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
      char     key[48];
      gboolean position_only;

      if ((e = shorthand_at (sc, i, FALSE, key, sizeof key, &position_only)) > 0)
        {
          gsize       end = e;
          Alt         alt;
          const char *g = NULL;

          if (antibody_after (sc, end))
            return end;
          if ((e = alteration_after (sc, end, FALSE, &alt)))
            end = e;
          if (gene_after (sc, end, &gene))
            {
              g = gene.symbol;
              end = gene.end;
            }
          else
            {
              gsize kl = strlen (key);

              for (guint k = 0; k < G_N_ELEMENTS (iconic_changes); k++)
                if (strcmp (iconic_changes[k].change, key) == 0)
                  g = iconic_changes[k].gene;
              /* a range, an indel, a frameshift or a stop with a long
               * position is a protein change whatever the gene:
               * "A775_G776insYVMA", "E746_A750del", "R1450*" */
              if (g == NULL &&
                  !(strchr (key, '_') != NULL || strstr (key, "fs") != NULL ||
                    (kl >= 4 && key[kl - 1] == '*') ||
                    (kl > 3 && (g_str_has_suffix (key, "del") || g_str_has_suffix (key, "dup")))))
                return e ? e : end;
              g = g ? g : "";
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
  GeneCache *cache;
  Scan       sc = { self, text, length, language == KASUS_LANGUAGE_EN, findings, NULL };
  gsize      i = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (findings != NULL);

  /* entries are valid by a bit each, so that new rules cost no writes
   * to every entry */
  cache = gene_cache_for (self);
  sc.cache = cache->entries;
  sc.cache_mask = GENE_CACHE_SIZE - 1;
  sc.cache_valid = cache->valid;

  while (i < length)
    {
      int   c = (unsigned char) text[i];
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
      /* inside a word, the byte before is a word byte: only the first
       * one needs the test */
      if (i > 0 && i < length && is_word_byte ((unsigned char) text[i - 1]))
        while (i < length && is_word_byte ((unsigned char) text[i]))
          i++;
    }
}
