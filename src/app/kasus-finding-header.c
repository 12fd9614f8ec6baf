/* kasus-finding-header.c — the heading of a section in the findings list
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-finding-header"

#include "config.h"

#include "kasus-finding-header.h"

struct _KasusFindingHeader
{
  GObject parent_instance;

  char *title;
  guint section_index;
  guint n_open;
  guint n_accepted;
};

G_DEFINE_FINAL_TYPE (KasusFindingHeader, kasus_finding_header, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

KasusFindingHeader *
kasus_finding_header_new (const char *title, guint section_index)
{
  KasusFindingHeader *self = g_object_new (KASUS_TYPE_FINDING_HEADER, NULL);

  self->title = g_strdup (title ? title : "");
  self->section_index = section_index;

  return self;
}

const char *
kasus_finding_header_get_title (KasusFindingHeader *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_HEADER (self), NULL);

  return self->title;
}

guint
kasus_finding_header_get_section_index (KasusFindingHeader *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_HEADER (self), 0);

  return self->section_index;
}

guint
kasus_finding_header_get_n_open (KasusFindingHeader *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_HEADER (self), 0);

  return self->n_open;
}

guint
kasus_finding_header_get_n_accepted (KasusFindingHeader *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_HEADER (self), 0);

  return self->n_accepted;
}

void
kasus_finding_header_set_counts (KasusFindingHeader *self, guint n_open, guint n_accepted)
{
  g_return_if_fail (KASUS_IS_FINDING_HEADER (self));

  if (self->n_open == n_open && self->n_accepted == n_accepted)
    return;
  self->n_open = n_open;
  self->n_accepted = n_accepted;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
kasus_finding_header_finalize (GObject *object)
{
  KasusFindingHeader *self = KASUS_FINDING_HEADER (object);

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (kasus_finding_header_parent_class)->finalize (object);
}

static void
kasus_finding_header_class_init (KasusFindingHeaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kasus_finding_header_finalize;

  /* ::changed: the counts changed (the heading stays in the list). */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kasus_finding_header_init (KasusFindingHeader *self)
{
}
