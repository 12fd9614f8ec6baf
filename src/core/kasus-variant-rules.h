/* kasus-variant-rules.h — gene alterations and gene names (internal to the
 * scanner)
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kasus-finding.h"
#include "kasus-types.h"

G_BEGIN_DECLS

/* Gene symbols, hotspot frequencies, gene function classes and the
 * variant grammar (HGVS c./g./p./n./r./m. with and without accessions,
 * protein shorthand with a gene, fusions, exon deletions/skipping,
 * amplifications, rs/COSMIC ids, karyotypes). Immutable once loaded;
 * safe to share between threads. */
typedef struct _KasusVariantRules KasusVariantRules;

KasusVariantRules *kasus_variant_rules_new (GError **error);
void               kasus_variant_rules_free (KasusVariantRules *self);

/* Appends findings (category VARIANT or GENE) for text[0..length) to
 * findings. NOTE: start/end of these findings are BYTE offsets into text;
 * the scanner converts them to code points. language is DA or EN (for the
 * suggestion). */
void kasus_variant_rules_scan (const KasusVariantRules *self,
                               const char              *text,
                               gsize                    length,
                               KasusLanguage            language,
                               GPtrArray               *findings);

/* TRUE when word (exact case) is an official human gene symbol, so the
 * name rules can leave it alone. */
gboolean
kasus_variant_rules_is_gene (const KasusVariantRules *self, const char *word, gssize length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusVariantRules, kasus_variant_rules_free)

G_END_DECLS
