/* kasus-readiness.h — every reason a case is not ready for final export
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kasus-case.h"
#include "kasus-scanner.h"

G_BEGIN_DECLS

/* What is missing, in the order the reasons are listed (the order of the
 * editor: metadata and sections, the text, the consent page). */
typedef enum
{
  /* A required field or section is empty; section names it. */
  KASUS_READINESS_EMPTY_SECTION = 0,
  /* Neither WGS nor WES is chosen in the metadata; section "analysis". */
  KASUS_READINESS_ANALYSIS_UNSET,
  /* Unresolved medium/high findings of one category: category, count,
   * section is the first section holding one. */
  KASUS_READINESS_FINDINGS,
  /* The text never says which sequencing was used; section is where it
   * belongs (the template's "sequencing" section when there is one). */
  KASUS_READINESS_ANALYSIS_NOT_STATED,
  /* The text names only the other kind of sequencing than the metadata. */
  KASUS_READINESS_ANALYSIS_MISMATCH,
  /* A checklist item is not confirmed; item is its id. */
  KASUS_READINESS_CHECKLIST_ITEM,
  /* Neither "anonymized well enough" nor "consent needed" is chosen. */
  KASUS_READINESS_CONSENT_UNDECIDED,
  /* Consent is needed but not recorded as obtained. */
  KASUS_READINESS_CONSENT_NOT_OBTAINED,
  /* Consent is recorded as obtained but without a valid date. */
  KASUS_READINESS_CONSENT_NO_DATE,
} KasusReadinessKind;

/* The section id of the metadata analysis field, for links. */
#define KASUS_READINESS_SECTION_ANALYSIS "analysis"

typedef struct
{
  KasusReadinessKind kind;
  KasusCategory      category; /* FINDINGS; else KASUS_N_CATEGORIES */
  guint              count;    /* FINDINGS; else 0 */
  char              *section;  /* where to fix it, or NULL */
  char              *item;     /* CHECKLIST_ITEM: the item id; else NULL */
  char              *message;  /* one sentence in the UI's language */
} KasusReadinessReason;

#define KASUS_TYPE_READINESS_KIND   (kasus_readiness_kind_get_type ())
#define KASUS_TYPE_READINESS_REASON (kasus_readiness_reason_get_type ())

GType                 kasus_readiness_kind_get_type (void) G_GNUC_CONST;
GType                 kasus_readiness_reason_get_type (void) G_GNUC_CONST;
KasusReadinessReason *kasus_readiness_reason_copy (const KasusReadinessReason *reason);
void                  kasus_readiness_reason_free (KasusReadinessReason *reason);

/* Every reason self is not ready for a final export, as
 * KasusReadinessReason elements (transfer full, with a free function).
 * An empty array means ready. scanner NULL means the default scanner.
 * Scanning is the expensive part: the editor should call this after its
 * own debounce, not on every keystroke. */
GPtrArray *kasus_case_get_readiness (KasusCase *self, KasusScanner *scanner);

/* TRUE when kasus_case_get_readiness() would return no reason. */
gboolean kasus_case_is_ready (KasusCase *self, KasusScanner *scanner);

/* Every finding in the exported text of self — title, patient group, prior
 * analyses and the text sections, scanned with the case's known
 * identifiers — with finding->section set: the template's section id
 * ("title", "patient-group", "history" …), or "prior_analyses" for that
 * metadata field. Ordered by section, then offset. Transfer full. */
GPtrArray *kasus_readiness_scan_case (KasusCase *self, KasusScanner *scanner);

/* Whether finding (with section set) blocks a final export: medium or high
 * severity and not accepted in the case. Known identifiers (rule
 * "known") always block: accepting them does not make them safe. */
gboolean kasus_readiness_finding_blocks (KasusCase *self, const KasusFinding *finding);

/* The findings of kasus_readiness_scan_case() that block; feed them to
 * kasus_consent_item_describe_findings() for the checklist. */
GPtrArray *kasus_readiness_get_unresolved_findings (KasusCase *self, KasusScanner *scanner);

/* Whether text says that genome (WGS) and/or exome (WES) sequencing was
 * used, in Danish or English ("helgenomsekventering", "whole-genome",
 * "WGS", "eksomsekventering", "exome", "WES" …). Lines that are a heading
 * of the case template ("Genom- eller eksomsekventering og fundet"),
 * negated mentions ("altså ikke eksomsekventering", "rather than exome
 * sequencing") and the network's name do not count. Either may be NULL. */
void kasus_readiness_text_states_analysis (const char *text, gboolean *genome, gboolean *exome);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusReadinessReason, kasus_readiness_reason_free)

G_END_DECLS
