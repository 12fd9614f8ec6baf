/* kasus-scan-rules.h — the scanner's own rules (everything but variants);
 * internal to the scanner
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kasus-finding.h"
#include "kasus-types.h"
#include "kasus-variant-rules.h"

G_BEGIN_DECLS

typedef struct _KasusScanRules KasusScanRules;

/* A candidate finding: byte offsets into the scanned text. */
typedef struct
{
  gsize         start;
  gsize         end;
  KasusCategory category;
  KasusSeverity severity;
  int           priority;        /* wins an overlap */
  const char   *rule;            /* static */
  char         *suggestion;      /* owned */
  KasusReason   reason;          /* NONE, or why */
  KasusLanguage reason_language; /* the words the reason is given in */
  KasusFinding *finding;         /* owned: a variant finding taken over as is */
} KasusCandidate;

void kasus_candidate_clear (KasusCandidate *c);

KasusScanRules *kasus_scan_rules_new (const KasusVariantRules *variants, GError **error);
void            kasus_scan_rules_free (KasusScanRules *self);

/* Guesses DA or EN for text[0..length). */
KasusLanguage
kasus_scan_rules_detect_language (const KasusScanRules *self, const char *text, gsize length);

/* Buffers that kasus_scan_rules_scan() reuses from call to call; one
 * per thread (a scan call), not to be shared. */
typedef struct _KasusScanScratch KasusScanScratch;

KasusScanScratch *kasus_scan_scratch_new (void);
void              kasus_scan_scratch_free (KasusScanScratch *scratch);

/* Appends KasusCandidate elements for text[0..length) (one paragraph or
 * more) to out, offsets relative to text plus base. scratch may be NULL. */
void kasus_scan_rules_scan (const KasusScanRules *self,
                            const char           *text,
                            gsize                 length,
                            gsize                 base,
                            KasusLanguage         language,
                            KasusScanScratch     *scratch,
                            GArray               *out);

/* names: the indices in cands of its name candidates, ascending (NULL:
 * every candidate is looked at) */
void kasus_scan_rules_propagate_names (const KasusScanRules *self,
                                       const char           *text,
                                       gsize                 bstart,
                                       gsize                 bend,
                                       GArray               *cands,
                                       const guint          *names,
                                       guint                 n_names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusScanScratch, kasus_scan_scratch_free)

/* Suggestion for a finding of category found in the private block. */
char *kasus_scan_rules_known_suggestion (KasusCategory category, KasusLanguage language);

G_END_DECLS
