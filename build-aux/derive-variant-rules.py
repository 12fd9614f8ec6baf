#!/usr/bin/env python3
# derive-variant-rules.py — builds the gene and variant lexicons of the
# variant rules from the raw reference data in ../shared/data/.
#
# Copyright 2026 The Kasus authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/derive-variant-rules.py [--data DIR] [--output DIR]
#        build-aux/derive-variant-rules.py [SHARED_DATA_DIR [RULES_DIR]]
#        build-aux/derive-variant-rules.py --check
#
# The shared data defaults to $KASUS_SHARED_DIR/data when KASUS_SHARED_DIR is
# set, else to ../shared/data beside the checkout; the output to
# resources/rules/. --check generates into a temporary folder and compares
# each file with resources/rules/: exit 0 when identical, 1 when one differs
# (naming it and its first differing lines), 77 (skip) when the shared data
# or the hunspell en_US dictionary is missing. There are no hand additions
# to these lexicons: change the lists below and regenerate, never edit the
# files by hand (tests: lexicons-current).
#
# Every output starts with one '#' header line naming source and licence,
# then entries sorted bytewise and unique (like LC_ALL=C sort -u), because
# KasusLexicon binary-searches the resource bytes in place.

import argparse
import csv
import os
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_common import check, default_data, skip_unless_present  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
RULES = os.path.join(TOP, "resources", "rules")
EN_US_DIC = "/usr/share/hunspell/en_US.dic"
DATA = None   # set by main()
OUT = None

# A hotspot seen in at least this many of the 24,592 tumours of
# cancerhotspots.org v2 is "frequent": ~0.08 % of all cancers, i.e. dozens
# of new Danish patients a year (about 45,000 new cancers a year), so naming
# it narrows the group without pointing at a person. Below it, a variant is
# treated as rare. Keep in sync with FREQUENT_HOTSPOT_MIN in
# src/core/kasus-variant-rules.c.
FREQUENT_HOTSPOT_MIN = 20

# Upper-case abbreviations of clinical text that are also official symbols;
# never reported as a bare gene (they still count with an alteration word
# when they are known cancer genes).
ABBREVIATIONS = """
CA CAD CAT CD4 CD8 CRP DES EGF GC HR INS MAX PC PS SET REST TAT TH TNF WAS
ACE AFP ALB ANG APP ARC BAD BID CAPS CLOCK COIL GAL HAS1 IMPACT MAL MICA
PIGN PIGS RAN SDS SHE SRY STAR TANK CT MR PET PD PR OS ECOG TNM WGS WES NGS
TMB MSI HRD VAF IHC FISH DNA RNA HE IT CEA PSA LDH ALT AST MS GFR BMI NK
CR PR SD PD ORR PFS DFS OS ICU MDT EPJ FDG SUV MRI PCR CAR CTC TKI EGFR-TKI
AIR ASK BAG CAMP CARD CHIP COPE CUT DOT EAR ERA FAST FOG GAP GEM HIP HOOK
INVS JAM KIN LAMP LIPS MAGE MARCH MARK MASK MINK MOS NODAL PAL PEAK PEX
PIN PORCN REN RING ROCK SAFE SLY SMS SON SPIN STAG SUN TAP TEC TENT
TIP TOP TUB VIP WARS ZAN
""".split()

# Cancer genes the bare-gene rule may report even though they look like a
# word (their upper-case spelling is the gene in a case text).
KEEP_CANCER = set("ALK RET KIT MET ATM POLE MYC NF1 APC VHL MEN1 SMO CIC AR".split())
# (every other gene of gene-cancer.txt is kept as well, see below)


def write(name, header, entries):
    entries = sorted(set(entries), key=lambda s: s.encode("utf-8"))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + header + "\n")
        for e in entries:
            f.write(e + "\n")
    print(f"{name}: {len(entries)} entries")


def main():
    global DATA, OUT
    ap = argparse.ArgumentParser(
        description="Derive the gene and variant lexicons in resources/rules/.")
    ap.add_argument("data_pos", nargs="?", metavar="SHARED_DATA_DIR",
                    help="same as --data")
    ap.add_argument("out_pos", nargs="?", metavar="RULES_DIR", help="same as --output")
    ap.add_argument("--data", default=None,
                    help="the shared reference data (default: $KASUS_SHARED_DIR/data, "
                    "else ../shared/data beside the checkout)")
    ap.add_argument("--output", default=None,
                    help="where to write the lexicons (default: resources/rules)")
    ap.add_argument("--check", action="store_true",
                    help="generate into a temporary folder and compare with "
                    "resources/rules/: exit 0 if identical, 1 if not, 77 if the "
                    "data is missing")
    args = ap.parse_args()
    DATA = args.data or args.data_pos or default_data()
    prog = "derive-variant-rules"
    if args.check:
        skip_unless_present(prog, (DATA, EN_US_DIC),
                            "shared data: --data or KASUS_SHARED_DIR; en_US: Debian hunspell-en-us")
        def generate_into(tmp):
            global OUT
            OUT = tmp
            generate()

        check(prog, generate_into, RULES, "lexicons",
              "change build-aux/derive-variant-rules.py and rerun it, "
              "never edit resources/rules/ by hand")
    OUT = args.output or args.out_pos or RULES
    os.makedirs(OUT, exist_ok=True)
    generate()


def generate():
    genes = os.path.join(DATA, "genes", "ncbi_human_genes_orgHsEgDb_2022-09-12.tsv")
    coding, other = set(), set()
    with open(genes, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            sym = row["symbol"]
            if not sym or any(c in sym for c in " \t#"):
                continue
            (coding if row["gene_type"] == "protein-coding" else other).add(sym)
    other -= coding

    write("gene-symbols-coding.txt",
          "Official human protein-coding gene symbols. Source: NCBI Gene via "
          "Debian r-bioc-org.hs.eg.db 3.16.0 (2022-09-12), public domain data.",
          coding)
    write("gene-symbols-other.txt",
          "Official human gene symbols that are not protein-coding (ncRNA, "
          "pseudogenes, regions ...). Source: NCBI Gene via Debian "
          "r-bioc-org.hs.eg.db 3.16.0 (2022-09-12), public domain data.",
          other)

    # Hotspot counts: total tumours per gene, per variant and per residue.
    hot = os.path.join(DATA, "variants", "cancerhotspots_v2_variant_counts.tsv")
    variants, residues, gene_total = {}, {}, {}
    with open(hot, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            g, ch = row["gene"], row["protein_change"]
            n, rn = int(row["variant_sample_count"]), int(row["residue_mutation_count"])
            variants[f"{g} {ch}"] = max(n, variants.get(f"{g} {ch}", 0))
            gene_total[g] = gene_total.get(g, 0) + n
            # "V600E" -> residue "V600"; indels ("E746_A750del") have none.
            pos = ch[1:]
            i = 0
            while i < len(pos) and pos[i].isdigit():
                i += 1
            if ch[:1].isalpha() and i > 0 and (i == len(pos) or pos[i] not in "_"):
                key = f"{g} {ch[0]}{pos[:i]}"
                residues[key] = max(rn, residues.get(key, 0))
    entries = [f"{k}\t{v}" for k, v in variants.items()]
    entries += [f"{k}\t{v}" for k, v in residues.items() if k not in variants]
    write("variant-hotspots.txt",
          "Protein changes with the number of tumours carrying them (residue "
          "rows such as 'BRAF V600' carry the residue total). Frequent: >= "
          f"{FREQUENT_HOTSPOT_MIN} of 24,592 tumours (~0.08 %, dozens of Danish "
          "patients a year); rarer ones are named as rare. Source: "
          "cancerhotspots.org v2 (Chang et al. 2018), facts from a published study.",
          entries)

    cancer = os.path.join(DATA, "genes", "cancer_genes_civic_cc0_plus_cancerhotspots.tsv")
    cancer_genes = []
    with open(cancer, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            g = row["symbol"]
            cancer_genes.append(f"{g}\t{gene_total.get(g, 0)}")
    write("gene-cancer.txt",
          "Known cancer genes with the tumours of all their hotspots "
          "(value). Source: CIViC 2021-02 genes (CC0) and cancerhotspots.org "
          "v2 genes (Chang et al. 2018, facts).",
          cancer_genes)

    # Symbols that are also ordinary words or abbreviations: a bare one is
    # no gene finding.
    words = set()
    wd = os.path.join(DATA, "wordlists", "wdanish_1.6.36-14_dsdo_danish_fullforms.txt")
    with open(wd, encoding="utf-8", errors="replace") as f:
        for line in f:
            words.add(line.strip().lower())
    en = EN_US_DIC
    if os.path.exists(en):
        with open(en, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.split("/")[0].strip()
                if w and not w[0].isupper():
                    words.add(w.lower())
    cancer_syms = {e.split("\t")[0] for e in cancer_genes} | KEEP_CANCER
    ambiguous = {s for s in coding if s.lower() in words and s not in cancer_syms}
    ambiguous |= set(ABBREVIATIONS)
    write("gene-ambiguous.txt",
          "Gene symbols that are also Danish/English words or clinical "
          "abbreviations; not reported as a bare gene. Sources: NCBI Gene "
          "(public domain), Debian wdanish 1.6.36 (GPL-2+), hunspell en_US "
          "(SCOWL, permissive), a hand list of clinical abbreviations.",
          ambiguous)


if __name__ == "__main__":
    main()
