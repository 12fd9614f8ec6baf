/* test-variant.c — gene alterations and gene names
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib.h>

#include "kasus-variant-rules.h"

static KasusVariantRules *rules;

static GPtrArray *
scan (const char *text, KasusLanguage language)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);

  kasus_variant_rules_scan (rules, text, strlen (text), language, findings);
  return findings;
}

/* The finding that covers needle (byte offsets), or NULL. */
static KasusFinding *
covering (GPtrArray *findings, const char *text, const char *needle)
{
  const char *at = strstr (text, needle);
  gint64      start, end;

  g_assert_nonnull (at);
  start = at - text;
  end = start + strlen (needle);
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = findings->pdata[i];

      if (f->start <= start && f->end >= end)
        return f;
    }
  return NULL;
}

static gboolean
has_medium_or_high (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    if (((KasusFinding *) findings->pdata[i])->severity >= KASUS_SEVERITY_MEDIUM)
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char   *text;
  const char   *span; /* must be covered by one finding */
  KasusSeverity severity;
} Case;

static void
check_cases (const Case *cases, gsize n, KasusLanguage language)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (GPtrArray) findings = scan (cases[i].text, language);
      KasusFinding         *f = covering (findings, cases[i].text, cases[i].span);

      if (f == NULL)
        g_error ("no finding covers '%s' in '%s'", cases[i].span, cases[i].text);
      g_assert_cmpint (f->category, ==, KASUS_CATEGORY_VARIANT);
      if (f->severity != cases[i].severity)
        g_error ("'%s': severity %s, expected %s (%s)", cases[i].span,
                 kasus_severity_to_string (f->severity),
                 kasus_severity_to_string (cases[i].severity), f->reason);
      g_assert_nonnull (f->suggestion);
      g_assert_nonnull (f->reason);
      /* the text is the surface text */
      g_assert_cmpint (strlen (f->text), ==, f->end - f->start);
    }
}

static void
test_hgvs_forms (void)
{
  static const Case cases[] = {
    { "Fundet BRCA2 c.5946delT i kimbanen.", "BRCA2 c.5946delT", KASUS_SEVERITY_HIGH },
    { "Variant: NM_000059.4:c.68_69del.", "NM_000059.4:c.68_69del", KASUS_SEVERITY_HIGH },
    { "NM_000059.4:c.6841+1506A>G blev fundet", "NM_000059.4:c.6841+1506A>G", KASUS_SEVERITY_HIGH },
    { "intronisk c.123+4A>G og c.-14G>C samt c.*46T>A", "c.123+4A>G", KASUS_SEVERITY_HIGH },
    { "intronisk c.123+4A>G og c.-14G>C samt c.*46T>A", "c.-14G>C", KASUS_SEVERITY_HIGH },
    { "intronisk c.123+4A>G og c.-14G>C samt c.*46T>A", "c.*46T>A", KASUS_SEVERITY_HIGH },
    { "NC_000023.11:g.33344590_33344592del", "NC_000023.11:g.33344590_33344592del",
      KASUS_SEVERITY_HIGH },
    { "ENST00000357654.9:c.5266dup (p.Gln1756Profs*74)",
      "ENST00000357654.9:c.5266dup (p.Gln1756Profs*74)", KASUS_SEVERITY_HIGH },
    { "LRG_199t1:c.[2376G>C];[3103del]", "LRG_199t1:c.[2376G>C];[3103del]", KASUS_SEVERITY_HIGH },
    { "m.3243A>G i mitokondriet", "m.3243A>G", KASUS_SEVERITY_HIGH },
    { "delins: c.6775_6777delinsC, inv: g.123_345inv", "c.6775_6777delinsC", KASUS_SEVERITY_HIGH },
    { "p.(Arg248Gln) og p.Arg97Glyfs*26", "p.(Arg248Gln)", KASUS_SEVERITY_HIGH },
    { "p.(Arg248Gln) og p.Arg97Glyfs*26", "p.Arg97Glyfs*26", KASUS_SEVERITY_HIGH },
    { "POLE c.857C>G (p.Pro286Arg) blev fundet", "POLE c.857C>G (p.Pro286Arg)",
      KASUS_SEVERITY_MEDIUM },
    { "APC p.Arg1450* og CTNNB1 p.Ser45Pro", "APC p.Arg1450*", KASUS_SEVERITY_HIGH },
    { "APC p.Arg1450* og CTNNB1 p.Ser45Pro", "CTNNB1 p.Ser45Pro", KASUS_SEVERITY_MEDIUM },
    { "CDKN2A c.-34G>T i promotor", "CDKN2A c.-34G>T", KASUS_SEVERITY_HIGH },
    { "ext: p.Ter110GlnextTer17", "p.Ter110GlnextTer17", KASUS_SEVERITY_HIGH },
  };

  check_cases (cases, G_N_ELEMENTS (cases), KASUS_LANGUAGE_DA);
}

static void
test_protein_shorthand (void)
{
  static const Case da[] = {
    { "Pt. har en KRAS G12C-mutation.", "KRAS G12C", KASUS_SEVERITY_MEDIUM },
    { "BRAF V600E påvist", "BRAF V600E", KASUS_SEVERITY_MEDIUM },
    { "EGFR L858R og EGFR T790M", "EGFR L858R", KASUS_SEVERITY_MEDIUM },
    { "EGFR L858R og EGFR T790M", "EGFR T790M", KASUS_SEVERITY_MEDIUM },
    { "PIK3CA H1047R, IDH1 R132H", "PIK3CA H1047R", KASUS_SEVERITY_MEDIUM },
    { "PIK3CA H1047R, IDH1 R132H", "IDH1 R132H", KASUS_SEVERITY_MEDIUM },
    { "KRAS p.G12D fundet", "KRAS p.G12D", KASUS_SEVERITY_MEDIUM },
    { "BRAF-V600E positiv melanom", "BRAF-V600E", KASUS_SEVERITY_MEDIUM },
    { "G12C-mutation i KRAS", "G12C-mutation i KRAS", KASUS_SEVERITY_MEDIUM },
    { "og V600E blev bekræftet", "V600E", KASUS_SEVERITY_MEDIUM },
    { "TP53 R337H (sjælden)", "TP53 R337H", KASUS_SEVERITY_HIGH },
    { "TERT promoter C228T", "TERT promoter C228T", KASUS_SEVERITY_HIGH },
  };
  static const Case en[] = {
    { "The tumour carried KRAS G12D.", "KRAS G12D", KASUS_SEVERITY_MEDIUM },
    { "NRAS Q61R by NGS", "NRAS Q61R", KASUS_SEVERITY_MEDIUM },
  };

  check_cases (da, G_N_ELEMENTS (da), KASUS_LANGUAGE_DA);
  check_cases (en, G_N_ELEMENTS (en), KASUS_LANGUAGE_EN);
}

static void
test_fusions_and_types (void)
{
  static const Case da[] = {
    { "WGS viste EML4-ALK.", "EML4-ALK", KASUS_SEVERITY_MEDIUM },
    { "TMPRSS2::ERG i prostata", "TMPRSS2::ERG", KASUS_SEVERITY_MEDIUM },
    { "en CD74-ROS1-fusion", "CD74-ROS1", KASUS_SEVERITY_MEDIUM },
    { "fusion af NTRK1 og TPM3", "fusion af NTRK1 og TPM3", KASUS_SEVERITY_HIGH },
    { "patienten bar en NTRK1-fusion", "NTRK1-fusion", KASUS_SEVERITY_HIGH },
    { "ALK-rearrangement påvist", "ALK-rearrangement", KASUS_SEVERITY_MEDIUM },
    { "ROS1-fusion fundet ved WGS", "ROS1-fusion", KASUS_SEVERITY_MEDIUM },
    { "brudpunkter i CD74 intron 6 / ROS1 intron 33", "CD74 intron 6 / ROS1 intron 33",
      KASUS_SEVERITY_MEDIUM },
    { "CIC::DUX4 og BCR-ABL1 samt PML::RARA", "CIC::DUX4", KASUS_SEVERITY_HIGH },
    { "CIC::DUX4 og BCR-ABL1 samt PML::RARA", "BCR-ABL1", KASUS_SEVERITY_MEDIUM },
    { "CIC::DUX4 og BCR-ABL1 samt PML::RARA", "PML::RARA", KASUS_SEVERITY_MEDIUM },
    { "EGFR exon 19-deletion", "EGFR exon 19-deletion", KASUS_SEVERITY_MEDIUM },
    { "en exon 19-deletion", "exon 19-deletion", KASUS_SEVERITY_MEDIUM },
    { "MET exon 14 skipping", "MET exon 14 skipping", KASUS_SEVERITY_MEDIUM },
    { "deletion af exon 2-5 i BRCA1", "deletion af exon 2-5 i BRCA1", KASUS_SEVERITY_HIGH },
    { "deletion af PALB2 exon 7-8", "deletion af PALB2 exon 7-8", KASUS_SEVERITY_HIGH },
    { "ERBB2-amplifikation", "ERBB2-amplifikation", KASUS_SEVERITY_MEDIUM },
    { "HER2-amplificeret tumor", "HER2-amplificeret", KASUS_SEVERITY_MEDIUM },
    { "en BRCA2-mutation", "BRCA2-mutation", KASUS_SEVERITY_HIGH },
    { "tumoren er POLE-muteret", "POLE-muteret", KASUS_SEVERITY_HIGH },
    { "TP53-deletion", "TP53-deletion", KASUS_SEVERITY_MEDIUM },
    { "en kimbanevariant i DICER1", "kimbanevariant i DICER1", KASUS_SEVERITY_HIGH },
    { "den subklonale PIK3CA-variant", "PIK3CA-variant", KASUS_SEVERITY_MEDIUM },
    { "kimbanevariant i PALB2", "kimbanevariant i PALB2", KASUS_SEVERITY_HIGH },
    { "rs80357906 og COSM476 samt VCV000017661", "rs80357906", KASUS_SEVERITY_HIGH },
    { "rs80357906 og COSM476 samt VCV000017661", "COSM476", KASUS_SEVERITY_HIGH },
    { "rs80357906 og COSM476 samt VCV000017661", "VCV000017661", KASUS_SEVERITY_HIGH },
    { "karyotype t(9;22)(q34;q11)", "t(9;22)(q34;q11)", KASUS_SEVERITY_MEDIUM },
    { "inv(16) og del(5q)", "inv(16)", KASUS_SEVERITY_MEDIUM },
    { "inv(16) og del(5q)", "del(5q)", KASUS_SEVERITY_MEDIUM },
    { "karyotype 47,XY,+8 i knoglemarv", "47,XY,+8", KASUS_SEVERITY_HIGH },
    { "t(4;19)(q35;q13.2)", "t(4;19)(q35;q13.2)", KASUS_SEVERITY_HIGH },
  };
  static const Case en[] = {
    { "MET amplification was found", "MET amplification", KASUS_SEVERITY_MEDIUM },
    { "EGFR exon 20 insertion", "EGFR exon 20 insertion", KASUS_SEVERITY_MEDIUM },
    { "a germline BRCA1 variant", "BRCA1 variant", KASUS_SEVERITY_HIGH },
    { "a mutation in KRAS", "mutation in KRAS", KASUS_SEVERITY_MEDIUM },
  };

  check_cases (da, G_N_ELEMENTS (da), KASUS_LANGUAGE_DA);
  check_cases (en, G_N_ELEMENTS (en), KASUS_LANGUAGE_EN);
}

/* The general forms of a gene with its alteration, in both languages and
 * the inflections and compounds clinicians write. */
static void
test_general_forms (void)
{
  static const Case da[] = {
    /* gene + alteration word, every order and inflection */
    { "Tumoren var BRCA2-muteret.", "BRCA2-muteret", KASUS_SEVERITY_HIGH },
    { "Der blev fundet muteret BRCA2 i tumor.", "muteret BRCA2", KASUS_SEVERITY_HIGH },
    { "WGS viste en mutation i BRCA2.", "mutation i BRCA2", KASUS_SEVERITY_HIGH },
    { "Somatisk tab af SMARCB1 i tumoren.", "tab af SMARCB1", KASUS_SEVERITY_HIGH },
    { "LOH af BRCA2 i tumor.", "LOH af BRCA2", KASUS_SEVERITY_HIGH },
    { "MLH1-promotormethylering blev påvist.", "MLH1-promotormethylering", KASUS_SEVERITY_HIGH },
    { "WGS viste homozygot deletion af CDKN2A.", "homozygot deletion af CDKN2A",
      KASUS_SEVERITY_MEDIUM },
    { "CDKN2A homozygot deletion", "CDKN2A homozygot deletion", KASUS_SEVERITY_MEDIUM },
    { "CDKN2A/B homozygot deletion", "CDKN2A/B homozygot deletion", KASUS_SEVERITY_MEDIUM },
    { "CDK12 bialleisk inaktivering", "CDK12 bialleisk inaktivering", KASUS_SEVERITY_HIGH },
    { "RAD51C-relateret ovariecancer", "RAD51C-relateret", KASUS_SEVERITY_HIGH },
    { "BRCA2-bærer", "BRCA2-bærer", KASUS_SEVERITY_HIGH },
    { "TERT-promotormutation", "TERT-promotormutation", KASUS_SEVERITY_HIGH },
    /* NPM1 is mutated in a third of AML (cancerhotspots counts no AML) */
    { "NPM1mut AML", "NPM1mut", KASUS_SEVERITY_MEDIUM },
    /* WHO tumour names and gene families */
    { "Astrocytom, IDH-muteret, CNS WHO grad 3.", "IDH-muteret", KASUS_SEVERITY_MEDIUM },
    { "IDH1/2-muteret gliom", "IDH1/2-muteret", KASUS_SEVERITY_MEDIUM },
    { "CIC-rearrangeret sarkom", "CIC-rearrangeret", KASUS_SEVERITY_HIGH },
    { "ALK-positiv NSCLC", "ALK-positiv", KASUS_SEVERITY_MEDIUM },
    { "RAS-muteret coloncancer", "RAS-muteret", KASUS_SEVERITY_MEDIUM },
    { "NTRK-fusion", "NTRK-fusion", KASUS_SEVERITY_HIGH },
    /* fusions */
    { "Der var en fusion mellem KIF5B og RET.", "fusion mellem KIF5B og RET",
      KASUS_SEVERITY_MEDIUM },
    { "En BCR/ABL1-fusion blev påvist.", "BCR/ABL1-fusion", KASUS_SEVERITY_MEDIUM },
    { "EML4-ALK-fusion, variant 3 (E6;A20)", "variant 3 (E6;A20)", KASUS_SEVERITY_HIGH },
    { "NAB2 exon 4 – STAT6 exon 2", "NAB2 exon 4 – STAT6 exon 2", KASUS_SEVERITY_HIGH },
    /* exons, chromosomes */
    { "EGFR ekson 19 deletion", "EGFR ekson 19 deletion", KASUS_SEVERITY_MEDIUM },
    { "inversion af MSH2 exon 1–7", "inversion af MSH2 exon 1–7", KASUS_SEVERITY_HIGH },
    { "Knoglemarv: monosomi 7.", "monosomi 7", KASUS_SEVERITY_MEDIUM },
    { "Karyotype med trisomi 8.", "trisomi 8", KASUS_SEVERITY_MEDIUM },
    { "Karyotype 45,XY,-7.", "45,XY,-7", KASUS_SEVERITY_HIGH },
    { "Oligodendrogliom med 1p/19q-kodeletion.", "1p/19q-kodeletion", KASUS_SEVERITY_MEDIUM },
    { "samt 3p-tab i tumor", "3p-tab", KASUS_SEVERITY_MEDIUM },
    { "Tab af kromosom 10.", "Tab af kromosom 10", KASUS_SEVERITY_MEDIUM },
    { "17p-deletion ved FISH", "17p-deletion", KASUS_SEVERITY_MEDIUM },
    /* report-cell "alteration, location"; a chromosome after a karyotype */
    { "tab af RB1 (homozygot deletion, 13q14)", "deletion, 13q14", KASUS_SEVERITY_HIGH },
    { "CIC::DUX4-fusion, desuden tab af 1p og +8.", "+8", KASUS_SEVERITY_MEDIUM },
    { "Karyotype t(9;22)(q34;q11) med ekstra +Ph i 3 metafaser", "+Ph", KASUS_SEVERITY_MEDIUM },
    { "kompleks karyotype med kromotripsis på kromosom 5", "kromotripsis på kromosom 5",
      KASUS_SEVERITY_HIGH },
    { "P2RY8::CRLF2 via en PAR1-deletion", "PAR1-deletion", KASUS_SEVERITY_HIGH },
    /* compact exon forms, "hit", "fund" */
    { "Re-biopsi: EGFR-del19 bevaret", "EGFR-del19", KASUS_SEVERITY_MEDIUM },
    { "bekræfter multi-hit TP53", "hit TP53", KASUS_SEVERITY_MEDIUM },
    { "Ikke kandidat til allo-HCT (alder, TP53 multi-hit).", "TP53 multi-hit",
      KASUS_SEVERITY_MEDIUM },
    { "Pt. informeret om kimbanefund ATM (klasse 5).", "kimbanefund ATM", KASUS_SEVERITY_MEDIUM },
    { "Kopitalstab af CDKN2A (homozygot)", "Kopitalstab af CDKN2A", KASUS_SEVERITY_MEDIUM },
    { "| BRCA2 | c.5946delT | Heterozygot | Klasse 5 |", "BRCA2 | c.5946delT",
      KASUS_SEVERITY_HIGH },
    { "KIT exon 17 D816V ved mastocytose", "KIT exon 17 D816V", KASUS_SEVERITY_MEDIUM },
    { "ERBB2 kopitalsgevinst (CN 8)", "ERBB2 kopitalsgevinst", KASUS_SEVERITY_MEDIUM },
    /* a fusion's breakpoint aside and its named variant belong to it */
    { "FGFR2::BICC1-fusion (in-frame, FGFR2 exon 17 – BICC1 exon 3)", "BICC1 exon 3)",
      KASUS_SEVERITY_HIGH },
    { "EML4::ALK fusion, variant 3a/b (EML4 exon 6 – ALK exon 20)", "variant 3a/b",
      KASUS_SEVERITY_HIGH },
    /* a question answered no is about the alteration before it only */
    { "ny MET-amplifikation (CN 11) og CCDC6::RET? – nej, artefakt", "MET-amplifikation",
      KASUS_SEVERITY_MEDIUM },
    /* protein changes in more positions and forms */
    { "KRAS-G12D", "KRAS-G12D", KASUS_SEVERITY_MEDIUM },
    { "p.(Gly12Asp) i KRAS", "p.(Gly12Asp) i KRAS", KASUS_SEVERITY_MEDIUM },
    { "KRAS Gly12Cys", "KRAS Gly12Cys", KASUS_SEVERITY_MEDIUM },
    { "BRAF V600-muteret melanom", "BRAF V600-muteret", KASUS_SEVERITY_MEDIUM },
    /* a negation word inside a compound or an aside does not negate */
    { "en ikke-kanonisk IDH1 p.Arg132Cys", "IDH1 p.Arg132Cys", KASUS_SEVERITY_MEDIUM },
    { "(som ikke ses ved IHC), og TP53 c.524G>A", "TP53 c.524G>A", KASUS_SEVERITY_HIGH },
  };
  static const Case en[] = {
    { "The tumour was BRCA2 mutated.", "BRCA2 mutated", KASUS_SEVERITY_HIGH },
    { "Loss of SMARCB1 was seen on WGS.", "Loss of SMARCB1", KASUS_SEVERITY_HIGH },
    { "MLH1 promoter methylation was present.", "MLH1 promoter methylation", KASUS_SEVERITY_HIGH },
    { "BRCA1 promoter hypermethylation", "BRCA1 promoter hypermethylation", KASUS_SEVERITY_HIGH },
    { "BRCA2 homozygous deletion", "BRCA2 homozygous deletion", KASUS_SEVERITY_HIGH },
    { "PTEN loss and BRCA2 loss", "PTEN loss", KASUS_SEVERITY_MEDIUM },
    { "two somatic MSH6 frameshifts", "MSH6 frameshifts", KASUS_SEVERITY_HIGH },
    { "BRCA2 frameshift mutation", "BRCA2 frameshift mutation", KASUS_SEVERITY_HIGH },
    { "a BRCA1 carrier", "BRCA1 carrier", KASUS_SEVERITY_HIGH },
    { "Diffuse midline glioma, H3 K27-altered.", "H3 K27-altered", KASUS_SEVERITY_MEDIUM },
    { "H3K27M-mutant glioma", "H3K27M", KASUS_SEVERITY_MEDIUM },
    { "ROS1-positive lung cancer", "ROS1-positive", KASUS_SEVERITY_MEDIUM },
    { "FGFR2-rearrangement in cholangiocarcinoma", "FGFR2-rearrangement", KASUS_SEVERITY_HIGH },
    { "an in-frame MYB-QKI fusion", "MYB-QKI", KASUS_SEVERITY_HIGH },
    { "SDC4 exon 2 :: ROS1 exon 32", "SDC4 exon 2 :: ROS1 exon 32", KASUS_SEVERITY_HIGH },
    { "BCR::ABL1 p210 (e14a2)", "BCR::ABL1 p210 (e14a2)", KASUS_SEVERITY_MEDIUM },
    { "1p/19q codeletion was confirmed", "1p/19q codeletion", KASUS_SEVERITY_MEDIUM },
    { "Loss of chromosome 10 and gain of chromosome 7", "gain of chromosome 7",
      KASUS_SEVERITY_MEDIUM },
    { "loss of chromosome 22q", "loss of chromosome 22q", KASUS_SEVERITY_MEDIUM },
    { "a small inversion on 10q26", "inversion on 10q26", KASUS_SEVERITY_HIGH },
    { "via an interstitial 21q22 deletion", "21q22 deletion", KASUS_SEVERITY_HIGH },
    { "additional trisomy 8", "trisomy 8", KASUS_SEVERITY_MEDIUM },
    { "a low-level T315I missed by Sanger", "T315I", KASUS_SEVERITY_HIGH },
    { "also written A775_G776insYVMA", "A775_G776insYVMA", KASUS_SEVERITY_HIGH },
    { "TP53 Arg248Trp", "TP53 Arg248Trp", KASUS_SEVERITY_MEDIUM },
    { "The tumour carried TP53mut.", "TP53mut", KASUS_SEVERITY_MEDIUM },
    { "EGFR ex19del", "EGFR ex19del", KASUS_SEVERITY_MEDIUM },
    { "with EGFRvIII (exons 2–7 deletion)", "EGFRvIII (exons 2–7 deletion)",
      KASUS_SEVERITY_MEDIUM },
    { "showed that you carry a harmful change in the PALB2 gene", "change in the PALB2",
      KASUS_SEVERITY_HIGH },
    { "found a change in a gene called FH.", "change in a gene called FH", KASUS_SEVERITY_HIGH },
    { "– AR enhancer amplification", "AR enhancer amplification", KASUS_SEVERITY_HIGH },
    { "MRD by qPCR: NPM1 type A transcripts", "NPM1 type A", KASUS_SEVERITY_MEDIUM },
    { "JAK2 V617F and CALR type 1", "JAK2 V617F", KASUS_SEVERITY_MEDIUM },
    { "| NF1 | homozygous deletion, exons 1–32 | loss of function |", "deletion, exons 1–32",
      KASUS_SEVERITY_HIGH },
    { "ERBB2 copy-number gain (CN 6)", "ERBB2 copy-number gain", KASUS_SEVERITY_MEDIUM },
    { "paternal aunt with breast cancer at 42, BRCA1 positive", "BRCA1 positive",
      KASUS_SEVERITY_HIGH },
    { "chromosome 7 gain / chromosome 10 loss (+7/-10)", "-10", KASUS_SEVERITY_MEDIUM },
    { "a germline finding in ATM", "finding in ATM", KASUS_SEVERITY_MEDIUM },
    { "a pathogenic variant in ATM", "pathogenic variant in ATM", KASUS_SEVERITY_MEDIUM },
    { "T315I not detected? → WGS showed ABL1 p.Thr315Ile", "T315I", KASUS_SEVERITY_HIGH },
    /* a relative tested negative for it: the family's variant is named */
    { "tested negative for the mother's BRCA1 c.68_69delAG variant", "BRCA1 c.68_69delAG",
      KASUS_SEVERITY_HIGH },
  };

  check_cases (da, G_N_ELEMENTS (da), KASUS_LANGUAGE_DA);
  check_cases (en, G_N_ELEMENTS (en), KASUS_LANGUAGE_EN);
}

/* Named, but reported LOW: protein loss on
 * IHC, a routine biomarker, wording that is already general. */
static void
test_low_forms (void)
{
  static const Case da[] = {
    { "MMR-IHC: tab af MSH6.", "tab af MSH6", KASUS_SEVERITY_LOW },
    { "ingen 1p/19q-kodeletion", "1p/19q-kodeletion", KASUS_SEVERITY_LOW },
  };
  static const Case en[] = {
    { "MMR-deficient (loss of MSH2/MSH6), MSI-high", "loss of MSH2", KASUS_SEVERITY_LOW },
    { "MGMT promoter methylated", "MGMT promoter methylated", KASUS_SEVERITY_LOW },
    { "write \"a rare insertion in EGFR\" instead", "insertion in EGFR", KASUS_SEVERITY_LOW },
    { "Germline EPCAM deletion? No – WGS showed more", "EPCAM deletion", KASUS_SEVERITY_LOW },
    { "Germline EPCAM deletion of exons 8–9 into the MSH2 promoter? No – WGS", "EPCAM deletion",
      KASUS_SEVERITY_LOW },
    { "Tested negative for trisomy 21.", "trisomy 21", KASUS_SEVERITY_LOW },
    /* general statements, retracted and listed-as-absent findings */
    { "ved myxoid liposarkom ser man typisk FUS::DDIT3", "FUS::DDIT3", KASUS_SEVERITY_LOW },
    { "larotrectinib har god effekt ved NTRK-fusion", "NTRK-fusion", KASUS_SEVERITY_LOW },
    { "noted a KRAS-mutant basket trial", "KRAS-mutant", KASUS_SEVERITY_LOW },
    { "skriv hellere \"en sjælden EGFR-variant\"", "EGFR-variant", KASUS_SEVERITY_LOW },
    { "NTRK1 rearrangement? → NO, artefact", "NTRK1 rearrangement", KASUS_SEVERITY_LOW },
    { "RET-fusion afkræftet ved RNA", "RET-fusion", KASUS_SEVERITY_LOW },
    { "Not detected: pathogenic variants in BRCA1, PALB2", "variants in BRCA1",
      KASUS_SEVERITY_LOW },
    { "Ingen kimbanefund (RET-kimbanevarianter ikke påvist)", "RET-kimbanevarianter",
      KASUS_SEVERITY_LOW },
  };

  check_cases (da, G_N_ELEMENTS (da), KASUS_LANGUAGE_DA);
  check_cases (en, G_N_ELEMENTS (en), KASUS_LANGUAGE_EN);
}

/* Every prefix of a text is scanned as a range of the whole buffer: no
 * finding reaches past the range, whatever pattern the cut falls in. */
static void
test_prefixes (void)
{
  const char *text =
    "KRAS G12C-mutation, 3p-tab og 1p/19q-kodeletion, monosomi 7, H3 K27-altered, "
    "EML4-ALK variant 3 (E6;A20), BCR::ABL1 p210 (e14a2), TP53 Arg248Trp, "
    "CHEK2 1100delC, tab af kromosom 10, NAB2 exon 4 – STAT6 exon 2, "
    "CDKN2A/B homozygot deletion, MLH1-promotormethylering, TP53mut, "
    "EML4::ALK fusion, variant 3a/b (EML4 exon 6 – ALK exon 20), tab af 1p og +8, "
    "EGFR-del19, del19, deletion, 13q14, NPM1 type A, kimbanefund ATM, PAR1-deletion, "
    "| BRCA2 | c.5946delT, KIT exon 17 D816V, EGFRvIII (exons 2–7 deletion).";
  gsize len = strlen (text);

  for (gsize n = 0; n <= len; n++)
    {
      g_autoptr (GPtrArray) findings =
        g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);

      kasus_variant_rules_scan (rules, text, n, KASUS_LANGUAGE_DA, findings);
      for (guint k = 0; k < findings->len; k++)
        g_assert_cmpint (((KasusFinding *) findings->pdata[k])->end, <=, (gint64) n);
    }
}

static void
test_not_carried (void)
{
  static const char *const texts[] = {
    "BRAF V600 negativ (Idylla).",
    "FLT3-ITD neg.",
    "Der var ingen EGFR-mutation.",
    "uden fund i KRAS",
    "No KRAS, NRAS or BRAF mutations were found.",
    "FISH negative for BCR::ABL1, KMT2A rearrangement and ETV6::RUNX1.",
    "The PCR assay targets exon 19 deletions, L858R and T790M.",
    "KRAS G12C: ikke påvist",
    "No NTRK, RET or ALK fusions were seen. No MDM2 amplification. HER2 not amplified.",
    "CCNE1 amplification NOT present; FISH negative for BCR::ABL1; No TP53 mutation detected.",
    "Ingen MET-amplifikation, ingen 1p/19q-kodeletion, H3 K27M negativ.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GPtrArray) findings = scan (texts[i], KASUS_LANGUAGE_DA);

      if (has_medium_or_high (findings))
        g_error ("medium/high finding in '%s'", texts[i]);
    }
}

static void
test_quiet (void)
{
  static const char *const texts[] = {
    "En patogen variant blev ikke fundet; a rare fusion; mutationsbyrde lav.",
    "TMB 2,1 mut/Mb, MSI-high, HRD-score 12, VAF 34 %.",
    "CT-thorax og PET-CT viste tumor. PD-L1 TPS 5%. ECOG 1. cT2bN2M1c.",
    "NGS-panel: EGFR, KRAS, BRAF og MET uden fund. ALK-IHC negativ.",
    "analyse af BRCA1 og BRCA2, MLH1/PMS2 og MSH2-MSH6 bevaret ved IHC.",
    "Carboplatin AUC 5 og pemetrexed 500 mg/m2, 4 serier; Hb 6,2; CRP 45.",
    "CAT, SET og REST er også ord. Gleason 4+3, Ki-67 20 %, pT3N1M0.",
    "Pt. fik p.o. behandling m.m. og blev set p.g.a. smerter, jf. s. 3.",
    "WGS (tumorcellefraktion 40 %, dækning 100x) og WES sammenlignet.",
    /* receptor status, IHC markers, syndromes, co-mutation wording */
    "HER2-positiv mammacancer; ER-positive, HER2-negative breast cancer.",
    "CD34-positive blasts, CD117-positiv, SOX10-positive og GATA3-positive celler; WT1-positive.",
    "ALK-IHC negativ, ROS1-IHC svagt positiv. BAP1-IHC viste tab af nukleær farvning.",
    "Lynch syndrom, MEN1-syndrom, DICER1 syndrome, Li-Fraumeni og MUTYH-associeret polypose.",
    "MGMT promoter unmethylated; glioblastoma, IDH-wildtype; H3K27me3 loss on IHC.",
    "the STK11/KEAP1 co-mutations; R132H-antistoffet var negativt; HLA-A*02:01-positiv.",
    "loss of response, tab af 5 kg, chromothripsis i tumoren, stue 3p kl. 2.",
    /* signed numbers far from a karyotype are lab values */
    "HbA1c +8 mmol/mol, BE +2; vægt +8 kg; ACMG klasse 5; class 4 (likely pathogenic).",
    "Hb 7,2; CEA +2, BE +3 og +8 kg.",
    "There was no significant change in HER2 status; tab af MLH1-udtryk.",
    "Der blev ikke fundet varianter i BRCA1/2. KRAS wt, NRAS wt.",
    "Met 1 gang; Thr 4? Ala 3 stk. His 3 children; Ser 2 gange.",
    "BRCA1/BRCA2 testing was negative. EGFR-TKI behandling. MSH2-MSH6 bevaret.",
    "EGFR-relateret udslæt og HER2-related cardiotoxicity; trisomi 21-screening var normal.",
    "Patienten fik en transfusion; permutation test; VUS i BRCA2; KIT-positiv GIST (CD117).",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (GPtrArray) findings = scan (texts[i], KASUS_LANGUAGE_DA);

      if (has_medium_or_high (findings))
        {
          for (guint k = 0; k < findings->len; k++)
            g_test_message ("%s", ((KasusFinding *) findings->pdata[k])->text);
          g_error ("medium/high finding in quiet text '%s'", texts[i]);
        }
    }
}

static void
test_gene_alone (void)
{
  const char           *text = "Analyse af BRCA1 og BRCA2 samt CFTR.";
  g_autoptr (GPtrArray) findings = scan (text, KASUS_LANGUAGE_DA);
  KasusFinding         *f = covering (findings, text, "BRCA1");

  g_assert_nonnull (f);
  g_assert_cmpint (f->category, ==, KASUS_CATEGORY_GENE);
  g_assert_cmpint (f->severity, ==, KASUS_SEVERITY_LOW);
  g_assert_cmpstr (f->suggestion, ==, "genet kan nævnes; undgå at navngive varianten");
  /* not a known cancer gene and no gene context: nothing */
  g_assert_null (covering (findings, text, "CFTR"));

  /* a signed number after a karyotype is a chromosome only in a list */
  {
    const char           *k = "Karyotype 47,XY,+21[20]; CEA +2, BE +3.";
    g_autoptr (GPtrArray) kf = scan (k, KASUS_LANGUAGE_DA);

    g_assert_nonnull (covering (kf, k, "+21[20]"));
    for (guint i = 0; i < kf->len; i++)
      {
        const char *t = ((KasusFinding *) kf->pdata[i])->text;

        g_assert_true (strcmp (t, "+2") != 0 && strcmp (t, "+3") != 0);
      }
  }

  g_assert_true (kasus_variant_rules_is_gene (rules, "BRCA2", -1));
  g_assert_true (kasus_variant_rules_is_gene (rules, "MALAT1", -1));
  g_assert_true (kasus_variant_rules_is_gene (rules, "NKX2-1xx", 6));
  g_assert_false (kasus_variant_rules_is_gene (rules, "Hansen", -1));
  g_assert_false (kasus_variant_rules_is_gene (rules, "brca2", -1));
}

static void
test_suggestions (void)
{
  struct
  {
    const char   *text;
    KasusLanguage lang;
    const char   *suggestion;
    const char   *reason;
  } cases[] = {
    { "BRCA2 c.5946delT", KASUS_LANGUAGE_DA, "en sjælden variant i et DNA-reparationsgen",
      "sjælden eller ukendt variant" },
    { "BRCA2 c.5946delT", KASUS_LANGUAGE_EN, "a rare variant in a DNA repair gene",
      "rare or unknown variant" },
    { "KRAS G12C", KASUS_LANGUAGE_DA, "en hyppig variant i et vækstsignalgen",
      "hyppigt hotspot (n=384)" },
    { "KRAS G12C", KASUS_LANGUAGE_EN, "a frequent variant in a growth signalling gene",
      "frequent hotspot (n=384)" },
    { "EML4-ALK", KASUS_LANGUAGE_DA, "en behandlingsrelevant genfusion", NULL },
    { "EML4-ALK", KASUS_LANGUAGE_EN, "a targetable gene fusion", NULL },
    { "MLH1 c.1A>G", KASUS_LANGUAGE_DA, "en sjælden variant i et mismatch-reparationsgen", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) findings = scan (cases[i].text, cases[i].lang);

      g_assert_cmpuint (findings->len, ==, 1);
      g_assert_cmpstr (((KasusFinding *) findings->pdata[0])->suggestion, ==, cases[i].suggestion);
      if (cases[i].reason)
        g_assert_cmpstr (((KasusFinding *) findings->pdata[0])->reason, ==, cases[i].reason);
    }
}

static void
test_byte_offsets (void)
{
  const char *text =
    "Æblegrød, søster på Ærø: BRCA2 c.5946delT og så KRAS G12C – færdig 😀 EML4-ALK.";
  g_autoptr (GPtrArray) findings = scan (text, KASUS_LANGUAGE_DA);
  const char           *expect[] = { "BRCA2 c.5946delT", "KRAS G12C", "EML4-ALK" };

  g_assert_cmpuint (findings->len, ==, G_N_ELEMENTS (expect));
  for (guint i = 0; i < findings->len; i++)
    {
      KasusFinding *f = findings->pdata[i];
      const char   *at = strstr (text, expect[i]);

      g_assert_cmpint (f->start, ==, at - text);
      g_assert_cmpint (f->end, ==, at - text + strlen (expect[i]));
      g_assert_cmpstr (f->text, ==, expect[i]);
    }
}

/* Runs every line of a vector file; counts the ones a finding covers
 * whole, and those covered by a finding of an HGVS rule. */
static void
run_vectors (const char *path,
             gboolean    invalid,
             guint      *total,
             guint      *whole,
             guint      *as_hgvs,
             guint      *medium_high)
{
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;

  *total = *whole = *as_hgvs = *medium_high = 0;
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cols = NULL;
      g_autoptr (GPtrArray) findings = NULL;
      gsize                 len;

      g_strchomp (lines[i]);
      cols = g_strsplit (lines[i], "\t", 3);
      gboolean w = FALSE, h = FALSE, mh = FALSE;

      if (g_strv_length (cols) < 2 || strcmp (cols[1], invalid ? "invalid" : "example") != 0)
        continue;
      len = strlen (cols[0]);
      findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
      kasus_variant_rules_scan (rules, cols[0], len, KASUS_LANGUAGE_EN, findings);
      for (guint k = 0; k < findings->len; k++)
        {
          KasusFinding *f = findings->pdata[k];

          if (f->start == 0 && f->end == (gint64) len && f->category == KASUS_CATEGORY_VARIANT)
            {
              w = TRUE;
              if (g_str_has_prefix (f->rule, "variant.hgvs."))
                h = TRUE;
            }
          if (g_str_has_prefix (f->rule, "variant.hgvs.") && f->severity >= KASUS_SEVERITY_MEDIUM)
            mh = TRUE;
        }
      (*total)++;
      *whole += w;
      *as_hgvs += h;
      *medium_high += mh;
    }
}

static void
test_hgvs_spec_vectors (void)
{
  const char      *shared = g_getenv ("KASUS_SHARED_DIR");
  g_autofree char *path = NULL;
  guint            total, whole, as_hgvs, mh;

  if (shared == NULL)
    {
      g_test_skip ("KASUS_SHARED_DIR not set");
      return;
    }
  path = g_build_filename (shared, "data", "hgvs", "hgvs_spec_examples.tsv", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no HGVS spec examples");
      return;
    }

  run_vectors (path, FALSE, &total, &whole, &as_hgvs, &mh);
  g_test_message ("valid spec examples: %u, covered whole %u, as HGVS %u", total, whole, as_hgvs);
  g_assert_cmpuint (total, >, 1000);
  g_assert_cmpfloat ((double) as_hgvs / total, >=, 0.95);

  /* Counter-examples are not HGVS. Those still reported as HGVS break a
   * rule only the reference sequence can check (c.5690del at the wrong
   * position, NM_ with intronic offsets, a dup written as ins). Legacy
   * forms (c.5946delT, c.IVS2+1G>A) are still reported, as non-standard
   * variants: they name the variant all the same. */
  run_vectors (path, TRUE, &total, &whole, &as_hgvs, &mh);
  g_test_message ("invalid spec examples: %u, reported as HGVS %u", total, as_hgvs);
  g_assert_cmpuint (total, >, 100);
  g_assert_cmpfloat ((double) as_hgvs / total, <=, 0.25);
}

static void
test_clinvar_vectors (void)
{
  const char      *shared = g_getenv ("KASUS_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  guint total = 0, found = 0;

  if (shared == NULL)
    {
      g_test_skip ("KASUS_SHARED_DIR not set");
      return;
    }
  path = g_build_filename (shared, "data", "hgvs", "biocommons_clinvar_hgvs.tsv", NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("no ClinVar vectors");
      return;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL && total < 20000; i++)
    {
      g_auto (GStrv) cols = NULL;
      g_auto (GStrv) descs = NULL;

      /* CRLF lines; '#' lines are the upstream's notes */
      g_strchomp (lines[i]);
      if (lines[i][0] == '#')
        continue;
      cols = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (cols) < 3)
        continue;
      descs = g_strsplit (cols[2], " ", -1);
      for (guint k = 0; descs[k] != NULL; k++)
        {
          g_autoptr (GPtrArray) findings = NULL;
          gsize                 len = strlen (descs[k]);

          if (len == 0)
            continue;
          findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
          kasus_variant_rules_scan (rules, descs[k], len, KASUS_LANGUAGE_EN, findings);
          total++;
          if (findings->len == 1 && ((KasusFinding *) findings->pdata[0])->end == (gint64) len &&
              ((KasusFinding *) findings->pdata[0])->severity >= KASUS_SEVERITY_MEDIUM)
            found++;
        }
    }
  g_test_message ("ClinVar descriptions: %u, found whole %u", total, found);
  g_assert_cmpfloat ((double) found / total, >=, 0.98);
}

static gpointer
scan_thread (gpointer data)
{
  const char *text = data;
  guint       n = 0;

  for (int i = 0; i < 200; i++)
    {
      g_autoptr (GPtrArray) findings = scan (text, KASUS_LANGUAGE_DA);
      n = findings->len;
    }
  return GUINT_TO_POINTER (n);
}

static void
test_threads (void)
{
  const char *text = "KRAS G12C, EML4-ALK, BRCA2 c.5946delT, t(9;22), rs80357906 og BRCA1.";
  GThread    *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("scan", scan_thread, (gpointer) text);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 6);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int                ret;

  g_test_init (&argc, &argv, NULL);

  rules = kasus_variant_rules_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/variant/hgvs-forms", test_hgvs_forms);
  g_test_add_func ("/variant/protein-shorthand", test_protein_shorthand);
  g_test_add_func ("/variant/fusions-and-types", test_fusions_and_types);
  g_test_add_func ("/variant/general-forms", test_general_forms);
  g_test_add_func ("/variant/low-forms", test_low_forms);
  g_test_add_func ("/variant/prefixes", test_prefixes);
  g_test_add_func ("/variant/not-carried", test_not_carried);
  g_test_add_func ("/variant/quiet", test_quiet);
  g_test_add_func ("/variant/gene-alone", test_gene_alone);
  g_test_add_func ("/variant/suggestions", test_suggestions);
  g_test_add_func ("/variant/byte-offsets", test_byte_offsets);
  g_test_add_func ("/variant/hgvs-spec-vectors", test_hgvs_spec_vectors);
  g_test_add_func ("/variant/clinvar-vectors", test_clinvar_vectors);
  g_test_add_func ("/variant/threads", test_threads);

  ret = g_test_run ();
  kasus_variant_rules_free (rules);
  return ret;
}
