/* kasus-finding-item.c — a finding in a section, as the editor shows it
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-finding-item"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-finding-item.h"

struct _KasusFindingItem
{
  GObject parent_instance;

  KasusFinding *finding;
  char         *section_id;
  char         *accepted;
  char         *why; /* the scanner's reason in the interface's language */
  guint64       id;
  gint64        start;
  gint64        end;
  guint         section_index;
};

G_DEFINE_FINAL_TYPE (KasusFindingItem, kasus_finding_item, G_TYPE_OBJECT)

KasusFindingItem *
kasus_finding_item_new (KasusFinding *finding, guint section_index, const char *section_id)
{
  static guint64    last_id;
  KasusFindingItem *self;

  g_return_val_if_fail (finding != NULL, NULL);

  self = g_object_new (KASUS_TYPE_FINDING_ITEM, NULL);
  self->finding = kasus_finding_ref (finding);
  self->section_index = section_index;
  self->section_id = g_strdup (section_id ? section_id : "");
  self->start = finding->start;
  self->end = finding->end;
  /* Items are made on the main thread only. */
  self->id = ++last_id;

  return self;
}

guint64
kasus_finding_item_get_id (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), 0);

  return self->id;
}

KasusFinding *
kasus_finding_item_get_finding (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  return self->finding;
}

guint
kasus_finding_item_get_section_index (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), 0);

  return self->section_index;
}

const char *
kasus_finding_item_get_section_id (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  return self->section_id;
}

KasusCategory
kasus_finding_item_get_category (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), KASUS_CATEGORY_CPR);

  return self->finding->category;
}

KasusSeverity
kasus_finding_item_get_severity (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), KASUS_SEVERITY_LOW);

  return self->finding->severity;
}

const char *
kasus_finding_item_get_text (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  return self->finding->text ? self->finding->text : "";
}

const char *
kasus_finding_item_get_suggestion (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  if (self->finding->suggestion == NULL || self->finding->suggestion[0] == '\0')
    return NULL;

  return self->finding->suggestion;
}

const char *
kasus_finding_item_get_why (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  if (self->finding->reason != NULL && self->finding->reason[0] != '\0')
    {
      /* The scanner gives a reason in the language of the case (as
       * kasus-cli prints it); here it is interface text next to a
       * translated category: a Danish case in the English interface must
       * not read "Gene alteration · sjælden eller ukendt variant". */
      if (self->why == NULL)
        self->why =
          self->finding->reason_id != KASUS_REASON_NONE
            ? kasus_reason_get_label (self->finding->reason_id, self->finding->reason_count)
            : g_strdup (self->finding->reason);
      return self->why;
    }

  switch (self->finding->category)
    {
      case KASUS_CATEGORY_CPR:
        return _ ("A CPR number identifies the patient directly.");
      case KASUS_CATEGORY_NAME:
        return _ ("A name can identify the patient or the family.");
      case KASUS_CATEGORY_AGE:
        return _ ("An exact age narrows down who the patient is.");
      case KASUS_CATEGORY_DATE:
        return _ ("An exact date can be matched with records.");
      case KASUS_CATEGORY_FAMILY:
        return _ ("Details about relatives can identify the family.");
      case KASUS_CATEGORY_VARIANT:
        return _ ("A rare variant can point to a single family.");
      case KASUS_CATEGORY_GENE:
        return _ ("A gene together with other details can narrow down the patient.");
      case KASUS_CATEGORY_PLACE:
        return _ ("A place narrows down where the patient lives.");
      case KASUS_CATEGORY_INSTITUTION:
        return _ ("A hospital or school narrows down where the patient is.");
      case KASUS_CATEGORY_CONTACT:
        return _ ("Contact details identify a person directly.");
      case KASUS_CATEGORY_ID:
        return _ ("A record or sample number can be traced back to the patient.");
      case KASUS_CATEGORY_OCCUPATION:
        return _ ("An occupation can narrow down who the patient is.");
      case KASUS_N_CATEGORIES:
      default:
        return _ ("This can identify the patient.");
    }
}

gint64
kasus_finding_item_get_start (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), 0);

  return self->start;
}

gint64
kasus_finding_item_get_end (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), 0);

  return self->end;
}

void
kasus_finding_item_set_range (KasusFindingItem *self, gint64 start, gint64 end)
{
  g_return_if_fail (KASUS_IS_FINDING_ITEM (self));
  g_return_if_fail (start <= end);

  self->start = start;
  self->end = end;
}

const char *
kasus_finding_item_get_accepted (KasusFindingItem *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ITEM (self), NULL);

  return self->accepted;
}

void
kasus_finding_item_set_accepted (KasusFindingItem *self, const char *reason)
{
  g_return_if_fail (KASUS_IS_FINDING_ITEM (self));

  if (g_strcmp0 (self->accepted, reason) == 0)
    return;
  g_free (self->accepted);
  self->accepted = g_strdup (reason);
}

static void
kasus_finding_item_finalize (GObject *object)
{
  KasusFindingItem *self = KASUS_FINDING_ITEM (object);

  g_clear_pointer (&self->finding, kasus_finding_unref);
  g_clear_pointer (&self->section_id, g_free);
  g_clear_pointer (&self->accepted, g_free);
  g_clear_pointer (&self->why, g_free);

  G_OBJECT_CLASS (kasus_finding_item_parent_class)->finalize (object);
}

static void
kasus_finding_item_class_init (KasusFindingItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kasus_finding_item_finalize;
}

static void
kasus_finding_item_init (KasusFindingItem *self)
{
}
