/* kasus-variant-rules.c — placeholder until the variant rules land: finds
 * nothing, knows no genes.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-variant"

#include "config.h"

#include "kasus-variant-rules.h"

struct _KasusVariantRules
{
  int unused;
};

KasusVariantRules *
kasus_variant_rules_new (GError **error)
{
  return g_new0 (KasusVariantRules, 1);
}

void
kasus_variant_rules_free (KasusVariantRules *self)
{
  g_free (self);
}

void
kasus_variant_rules_scan (const KasusVariantRules *self,
                          const char              *text,
                          gsize                    length,
                          KasusLanguage            language,
                          GPtrArray               *findings)
{
}

gboolean
kasus_variant_rules_is_gene (const KasusVariantRules *self,
                             const char              *word,
                             gssize                   length)
{
  return FALSE;
}
