/* kasus-finding.h — one identifier found in a text
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_TYPE_FINDING (kasus_finding_get_type ())

/* A finding as in DESIGN.md: start/end are Unicode code-point offsets into
 * the scanned text, end exclusive. Strings are owned by the finding.
 * A finding is reference counted and immutable once handed out, so it can
 * cross from a worker thread to the main thread. */
typedef struct _KasusFinding
{
  gint64        start;
  gint64        end;
  KasusCategory category;
  KasusSeverity severity;
  char         *rule;       /* e.g. "age.aarig", "variant.hgvs.c" */
  char         *text;       /* the surface text, text[start..end) */
  char         *suggestion; /* a generalisation, in the text's language */
  char         *reason;     /* optional: why, in the text's language, e.g.
                             * "rare or unknown variant"; see reason_id */
  KasusReason reason_id;    /* the same as an id, to show it in another
                             * language; NONE when there is no reason */
  int   reason_count;       /* the count a reason takes (hotspot), or 0 */
  char *section;            /* optional: section id of a .kasus case */
  int   page;               /* for PDF findings, 1-based; 0 otherwise */
  /*< private >*/
  gatomicrefcount ref_count;
} KasusFinding;

GType         kasus_finding_get_type (void) G_GNUC_CONST;
KasusFinding *kasus_finding_new (gint64        start,
                                 gint64        end,
                                 KasusCategory category,
                                 KasusSeverity severity,
                                 const char   *rule,
                                 const char   *text,
                                 const char   *suggestion);
KasusFinding *kasus_finding_copy (const KasusFinding *self);
KasusFinding *kasus_finding_ref (KasusFinding *self);
void          kasus_finding_unref (KasusFinding *self);
/* Sets reason_id, reason_count and reason, the latter in language. */
void kasus_finding_set_reason (KasusFinding *self,
                               KasusReason   reason,
                               int           count,
                               KasusLanguage language);
void kasus_finding_copy_reason (KasusFinding *self, const KasusFinding *from);
void kasus_finding_set_section (KasusFinding *self, const char *section);

/* Orders by start, then longer first. */
int kasus_finding_compare (gconstpointer a, gconstpointer b);

/* Serialises per the `kasus-cli scan` JSON contract; the caller owns it. */
char *kasus_finding_to_json (const KasusFinding *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusFinding, kasus_finding_unref)

G_END_DECLS
