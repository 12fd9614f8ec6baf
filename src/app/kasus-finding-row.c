/* kasus-finding-row.c — a row of the findings list: a heading or a finding
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-finding-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kasus-finding-header.h"
#include "kasus-finding-item.h"
#include "kasus-finding-row.h"
#include "kasus-highlighter.h"

struct _KasusFindingRow
{
  GtkWidget parent_instance;

  GObject *item;

  GtkBox    *header_box;
  GtkLabel  *header_label;
  GtkLabel  *header_count_label;
  GtkBox    *finding_box;
  GtkLabel  *text_label;
  GtkLabel  *severity_label;
  GtkLabel  *why_label;
  GtkLabel  *suggestion_label;
  GtkBox    *actions_box;
  GtkButton *apply_button;
  GtkButton *edit_button;
  GtkButton *accept_button;
  GtkBox    *accepted_box;
  GtkLabel  *accepted_label;
  GtkButton *unaccept_button;
};

G_DEFINE_FINAL_TYPE (KasusFindingRow, kasus_finding_row, GTK_TYPE_WIDGET)

char *
kasus_finding_row_dup_painted_markup (const char *text, guint category, gboolean strong)
{
  gboolean         dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  GdkRGBA          color;

  kasus_highlighter_get_color (category, dark, &color);

  return g_strdup_printf ("<span background=\"#%02x%02x%02x\" bgalpha=\"%d%%\"%s>%s</span>",
                          (int) (color.red * 255), (int) (color.green * 255),
                          (int) (color.blue * 255), strong ? (dark ? 46 : 36) : (dark ? 28 : 20),
                          strong ? " underline=\"single\"" : "", escaped);
}

static void
show_header (KasusFindingRow *self, KasusFindingHeader *header)
{
  guint            n_open = kasus_finding_header_get_n_open (header);
  guint            n_accepted = kasus_finding_header_get_n_accepted (header);
  g_autofree char *count = NULL;

  gtk_label_set_text (self->header_label, kasus_finding_header_get_title (header));
  if (n_accepted == 0)
    count = g_strdup_printf ("%u", n_open);
  else
    /* Translators: open findings, then accepted ones, in a section */
    count = g_strdup_printf (_ ("%u · %u accepted"), n_open, n_accepted);
  gtk_label_set_text (self->header_count_label, count);
}

static void
header_changed_cb (KasusFindingRow *self, KasusFindingHeader *header)
{
  show_header (self, header);
}

static void
show_finding (KasusFindingRow *self, KasusFindingItem *item)
{
  KasusCategory    category = kasus_finding_item_get_category (item);
  KasusSeverity    severity = kasus_finding_item_get_severity (item);
  const char      *accepted = kasus_finding_item_get_accepted (item);
  const char      *suggestion = kasus_finding_item_get_suggestion (item);
  g_autofree char *markup = NULL;
  g_autofree char *why = NULL;
  GVariant        *target = g_variant_new_uint64 (kasus_finding_item_get_id (item));

  g_variant_ref_sink (target);

  if (accepted == NULL)
    markup = kasus_finding_row_dup_painted_markup (kasus_finding_item_get_text (item), category,
                                                   severity == KASUS_SEVERITY_HIGH);
  else
    markup = g_markup_escape_text (kasus_finding_item_get_text (item), -1);
  gtk_label_set_markup (self->text_label, markup);

  gtk_label_set_text (self->severity_label, kasus_severity_get_label (severity));
  gtk_widget_remove_css_class (GTK_WIDGET (self->severity_label), "high");
  gtk_widget_remove_css_class (GTK_WIDGET (self->severity_label), "medium");
  gtk_widget_remove_css_class (GTK_WIDGET (self->severity_label), "low");
  gtk_widget_add_css_class (GTK_WIDGET (self->severity_label), kasus_severity_to_string (severity));

  /* Translators: a finding's category, then why it matters */
  why = g_strdup_printf (_ ("%s · %s"), kasus_category_get_label (category),
                         kasus_finding_item_get_why (item));
  gtk_label_set_text (self->why_label, why);

  if (suggestion != NULL)
    {
      g_autofree char *text = g_strdup_printf ("→ %s", suggestion);

      gtk_label_set_text (self->suggestion_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->suggestion_label),
                          suggestion != NULL && accepted == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->apply_button), suggestion != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->actions_box), accepted == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->accepted_box), accepted != NULL);
  if (accepted != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the reason the author gave */
      text = g_strdup_printf (_ ("Accepted: %s"), accepted[0] ? accepted : _ ("no reason given"));
      gtk_label_set_text (self->accepted_label, text);
    }
  if (accepted != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "accepted");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "accepted");

  /* Named here, with their target: a name without one would not match
   * the actions' parameter type. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->apply_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->apply_button), "win.apply-finding");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "win.edit-finding");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->accept_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->accept_button), "win.accept-finding");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->unaccept_button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->unaccept_button), "win.unaccept-finding");
  g_variant_unref (target);
}

void
kasus_finding_row_set_item (KasusFindingRow *self, GObject *item)
{
  gboolean is_header;

  g_return_if_fail (KASUS_IS_FINDING_ROW (self));

  if (self->item != item)
    {
      if (KASUS_IS_FINDING_HEADER (self->item))
        g_signal_handlers_disconnect_by_func (self->item, header_changed_cb, self);
      g_set_object (&self->item, item);
      if (KASUS_IS_FINDING_HEADER (item))
        g_signal_connect_object (item, "changed", G_CALLBACK (header_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
  is_header = KASUS_IS_FINDING_HEADER (item);
  gtk_widget_set_visible (GTK_WIDGET (self->header_box), is_header);
  gtk_widget_set_visible (GTK_WIDGET (self->finding_box), KASUS_IS_FINDING_ITEM (item));

  if (is_header)
    show_header (self, KASUS_FINDING_HEADER (item));
  else if (KASUS_IS_FINDING_ITEM (item))
    show_finding (self, KASUS_FINDING_ITEM (item));
}

GObject *
kasus_finding_row_get_item (KasusFindingRow *self)
{
  g_return_val_if_fail (KASUS_IS_FINDING_ROW (self), NULL);

  return self->item;
}

KasusFindingRow *
kasus_finding_row_new (void)
{
  return g_object_new (KASUS_TYPE_FINDING_ROW, NULL);
}

static void
kasus_finding_row_dispose (GObject *object)
{
  KasusFindingRow *self = KASUS_FINDING_ROW (object);

  if (KASUS_IS_FINDING_HEADER (self->item))
    g_signal_handlers_disconnect_by_func (self->item, header_changed_cb, self);
  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_FINDING_ROW);

  G_OBJECT_CLASS (kasus_finding_row_parent_class)->dispose (object);
}

static void
kasus_finding_row_class_init (KasusFindingRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_finding_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-finding-row.ui");
  gtk_widget_class_set_css_name (widget_class, "findingrow");
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, header_box);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, header_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, header_count_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, finding_box);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, severity_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, why_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, suggestion_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, actions_box);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, apply_button);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, accepted_box);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, accepted_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingRow, unaccept_button);
}

static void
kasus_finding_row_init (KasusFindingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
