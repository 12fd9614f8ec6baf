/* kasus-hgvs.h — a forgiving recogniser of HGVS variant descriptions
 * (internal to the variant rules)
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gsize    length;        /* bytes of the description */
  char     type;          /* 'c', 'g', 'm', 'n', 'o', 'r' or 'p' */
  gboolean accession;     /* starts with a reference sequence (NM_…:) */
  gboolean nonstandard;   /* readable, but not valid HGVS (c.IVS2+1G>A,
                           * c.5946delT, NM_ without version …) */
  gboolean position_only; /* names a position or range, no change */
  char     protein[48];   /* one p. change in 1-letter code ("V600E",
                           * "E746_A750del", "V600"), or "" */
} KasusHgvs;

/* Recognises the description that starts at text[0]: either a reference
 * sequence ("NM_004006.2:c.", "NC_000023.11(NM_004006.2):c.",
 * "LRG_199t1:c.", "ENST00000357033.8:c.") or a type prefix ("c.", "p." …).
 * Reads at most length bytes. Returns FALSE when nothing is recognised. */
gboolean kasus_hgvs_parse (const char *text, gsize length, KasusHgvs *result);

/* Length of a reference sequence accession at text[0] (NM_000059.4,
 * LRG_199t1, ENST00000357033.8), 0 when there is none. */
gsize kasus_hgvs_accession_length (const char *text, gsize length, gboolean *versioned);

G_END_DECLS
