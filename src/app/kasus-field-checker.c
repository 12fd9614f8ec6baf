/* kasus-field-checker.c — identifier findings in a one-line field
 *
 * A field holds a line or two: it is scanned on the main thread, in a
 * short timeout after the last change rather than on the keystroke, and
 * painted with Pango attributes on the field's GtkText.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-field-checker"

#include "config.h"

#include <adwaita.h>

#include "kasus-field-checker.h"
#include "kasus-highlighter.h"
#include "kasus-scanner.h"

#define SCAN_DELAY_MS 120

struct _KasusFieldChecker
{
  GObject parent_instance;

  GtkEditable *editable;
  KasusCase   *kase;
  char        *section_id;
  guint        section_index;
  GPtrArray   *items;
  guint        timeout_id;
};

G_DEFINE_FINAL_TYPE (KasusFieldChecker, kasus_field_checker, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkText *
get_text_widget (KasusFieldChecker *self)
{
  GtkEditable *editable = self->editable;

  while (editable != NULL && !GTK_IS_TEXT (editable))
    editable = gtk_editable_get_delegate (editable);

  return editable ? GTK_TEXT (editable) : NULL;
}

static void
paint (KasusFieldChecker *self)
{
  GtkText       *text_widget = get_text_widget (self);
  gboolean       dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const char    *text;
  PangoAttrList *attrs;

  if (text_widget == NULL)
    return;

  text = gtk_editable_get_text (self->editable);
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < self->items->len; i++)
    {
      KasusFindingItem *item = g_ptr_array_index (self->items, i);
      gboolean          high = kasus_finding_item_get_severity (item) == KASUS_SEVERITY_HIGH;
      glong             length = g_utf8_strlen (text, -1);
      guint             start, end;
      PangoAttribute   *attr;
      GdkRGBA           color;

      if (kasus_finding_item_get_accepted (item) != NULL ||
          kasus_finding_item_get_end (item) > length)
        continue;

      start = g_utf8_offset_to_pointer (text, kasus_finding_item_get_start (item)) - text;
      end = g_utf8_offset_to_pointer (text, kasus_finding_item_get_end (item)) - text;
      kasus_highlighter_get_color (kasus_finding_item_get_category (item), dark, &color);

      attr = pango_attr_background_new (color.red * 65535, color.green * 65535, color.blue * 65535);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_background_alpha_new ((high ? (dark ? 0.46 : 0.36) : (dark ? 0.28 : 0.20)) *
                                              65535);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      if (high)
        {
          attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
          attr->start_index = start;
          attr->end_index = end;
          pango_attr_list_insert (attrs, attr);
        }
    }

  gtk_text_set_attributes (text_widget, attrs);
  pango_attr_list_unref (attrs);
}

static void
scan (KasusFieldChecker *self)
{
  const char           *text = gtk_editable_get_text (self->editable);
  g_autoptr (GPtrArray) findings = NULL;

  g_ptr_array_set_size (self->items, 0);
  findings = kasus_scanner_scan (kasus_scanner_get_default (), text, -1,
                                 kasus_case_get_language (self->kase),
                                 kasus_case_get_known_identifiers (self->kase));
  for (guint i = 0; findings && i < findings->len; i++)
    {
      KasusFinding     *finding = g_ptr_array_index (findings, i);
      KasusFindingItem *item =
        kasus_finding_item_new (finding, self->section_index, self->section_id);
      const KasusAcceptedFinding *accepted;

      accepted =
        kasus_case_lookup_accepted (self->kase, self->section_id, finding->category, finding->text);
      kasus_finding_item_set_accepted (item, accepted ? accepted->reason : NULL);
      g_ptr_array_add (self->items, item);
    }

  paint (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
scan_timeout_cb (gpointer user_data)
{
  KasusFieldChecker *self = user_data;

  self->timeout_id = 0;
  scan (self);

  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (KasusFieldChecker *self)
{
  /* What was found no longer lines up with the text. */
  if (self->items->len > 0)
    {
      g_ptr_array_set_size (self->items, 0);
      paint (self);
    }
  kasus_field_checker_rescan (self);
}

KasusFieldChecker *
kasus_field_checker_new (GtkEditable *editable,
                         KasusCase   *kase,
                         guint        section_index,
                         const char  *section_id)
{
  KasusFieldChecker *self;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);
  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);

  self = g_object_new (KASUS_TYPE_FIELD_CHECKER, NULL);
  self->editable = g_object_ref (editable);
  self->kase = g_object_ref (kase);
  self->section_index = section_index;
  self->section_id = g_strdup (section_id ? section_id : "");

  g_signal_connect_object (editable, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (paint),
                           self, G_CONNECT_SWAPPED);
  kasus_field_checker_rescan (self);

  return self;
}

GtkEditable *
kasus_field_checker_get_editable (KasusFieldChecker *self)
{
  g_return_val_if_fail (KASUS_IS_FIELD_CHECKER (self), NULL);

  return self->editable;
}

GPtrArray *
kasus_field_checker_get_items (KasusFieldChecker *self)
{
  g_return_val_if_fail (KASUS_IS_FIELD_CHECKER (self), NULL);

  return self->items;
}

guint
kasus_field_checker_get_n_open (KasusFieldChecker *self)
{
  guint n = 0;

  g_return_val_if_fail (KASUS_IS_FIELD_CHECKER (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    if (kasus_finding_item_get_accepted (g_ptr_array_index (self->items, i)) == NULL)
      n++;

  return n;
}

KasusFindingItem *
kasus_field_checker_lookup (KasusFieldChecker *self, guint64 id)
{
  g_return_val_if_fail (KASUS_IS_FIELD_CHECKER (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    if (kasus_finding_item_get_id (g_ptr_array_index (self->items, i)) == id)
      return g_ptr_array_index (self->items, i);

  return NULL;
}

void
kasus_field_checker_rescan (KasusFieldChecker *self)
{
  g_return_if_fail (KASUS_IS_FIELD_CHECKER (self));

  if (self->editable == NULL)
    return;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (SCAN_DELAY_MS, scan_timeout_cb, self);
}

void
kasus_field_checker_refresh_accepted (KasusFieldChecker *self)
{
  gboolean changed = FALSE;

  g_return_if_fail (KASUS_IS_FIELD_CHECKER (self));

  if (self->editable == NULL)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      KasusFindingItem           *item = g_ptr_array_index (self->items, i);
      const KasusAcceptedFinding *accepted;

      accepted = kasus_case_lookup_accepted (self->kase, self->section_id,
                                             kasus_finding_item_get_category (item),
                                             kasus_finding_item_get_text (item));
      if (g_strcmp0 (accepted ? accepted->reason : NULL, kasus_finding_item_get_accepted (item)) ==
          0)
        continue;
      kasus_finding_item_set_accepted (item, accepted ? accepted->reason : NULL);
      changed = TRUE;
    }

  if (changed)
    {
      paint (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

gboolean
kasus_field_checker_is_busy (KasusFieldChecker *self)
{
  g_return_val_if_fail (KASUS_IS_FIELD_CHECKER (self), FALSE);

  return self->timeout_id != 0;
}

static void
kasus_field_checker_dispose (GObject *object)
{
  KasusFieldChecker *self = KASUS_FIELD_CHECKER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->editable != NULL)
    {
      GtkText *text_widget = get_text_widget (self);

      g_signal_handlers_disconnect_by_data (self->editable, self);
      if (text_widget != NULL)
        gtk_text_set_attributes (text_widget, NULL);
    }
  g_clear_object (&self->editable);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (kasus_field_checker_parent_class)->dispose (object);
}

static void
kasus_field_checker_finalize (GObject *object)
{
  KasusFieldChecker *self = KASUS_FIELD_CHECKER (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->section_id, g_free);

  G_OBJECT_CLASS (kasus_field_checker_parent_class)->finalize (object);
}

static void
kasus_field_checker_class_init (KasusFieldCheckerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kasus_field_checker_dispose;
  object_class->finalize = kasus_field_checker_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kasus_field_checker_init (KasusFieldChecker *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}
