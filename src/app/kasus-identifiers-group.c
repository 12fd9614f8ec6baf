/* kasus-identifiers-group.c — what the author knows identifies the patient
 *
 * The list lives in the private block of the case file: it makes the
 * scanner flag every occurrence and never leaves the file.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-identifiers-group"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-identifiers-group.h"

struct _KasusIdentifiersGroup
{
  AdwPreferencesGroup parent_instance;

  KasusCase *kase;
  GPtrArray *rows; /* AdwActionRow, one per identifier, owned by the group */

  AdwEntryRow *add_row;
  GtkDropDown *category_dropdown;
};

G_DEFINE_FINAL_TYPE (KasusIdentifiersGroup, kasus_identifiers_group, ADW_TYPE_PREFERENCES_GROUP)

/* What an author can know about a patient, in the order offered. */
static const KasusCategory offered[] = {
  KASUS_CATEGORY_NAME,    KASUS_CATEGORY_PLACE,  KASUS_CATEGORY_INSTITUTION,
  KASUS_CATEGORY_DATE,    KASUS_CATEGORY_FAMILY, KASUS_CATEGORY_OCCUPATION,
  KASUS_CATEGORY_CONTACT, KASUS_CATEGORY_ID,     KASUS_CATEGORY_CPR,
};

static void rebuild (KasusIdentifiersGroup *self);

static void
remove_clicked_cb (KasusIdentifiersGroup *self, GtkButton *button)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kasus-index"));

  if (self->kase == NULL || index >= kasus_case_get_known_identifiers (self->kase)->len)
    return;

  kasus_case_remove_known_identifier (self->kase, index);
  rebuild (self);
}

static void
rebuild (KasusIdentifiersGroup *self)
{
  GPtrArray *known;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (self->kase == NULL)
    return;

  known = kasus_case_get_known_identifiers (self->kase);
  for (guint i = 0; i < known->len; i++)
    {
      const KasusKnownIdentifier *identifier = g_ptr_array_index (known, i);
      g_autofree char            *title = g_markup_escape_text (identifier->text, -1);
      GtkWidget                  *row = adw_action_row_new ();
      GtkWidget                  *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *tooltip = g_strdup_printf (_ ("Remove “%s”"), identifier->text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   kasus_category_get_label (identifier->category));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, tooltip);
      g_object_set_data (G_OBJECT (button), "kasus-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

gboolean
kasus_identifiers_group_add (KasusIdentifiersGroup *self, KasusCategory category, const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KASUS_IS_IDENTIFIERS_GROUP (self), FALSE);
  g_return_val_if_fail (category < KASUS_N_CATEGORIES, FALSE);

  if (self->kase == NULL || text == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return FALSE;

  kasus_case_add_known_identifier (self->kase, category, stripped);
  rebuild (self);

  return TRUE;
}

static void
add_cb (KasusIdentifiersGroup *self)
{
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  if (selected >= G_N_ELEMENTS (offered))
    selected = 0;

  if (kasus_identifiers_group_add (self, offered[selected],
                                   gtk_editable_get_text (GTK_EDITABLE (self->add_row))))
    gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

KasusIdentifiersGroup *
kasus_identifiers_group_new (void)
{
  return g_object_new (KASUS_TYPE_IDENTIFIERS_GROUP, NULL);
}

void
kasus_identifiers_group_set_case (KasusIdentifiersGroup *self, KasusCase *kase)
{
  g_return_if_fail (KASUS_IS_IDENTIFIERS_GROUP (self));
  g_return_if_fail (kase == NULL || KASUS_IS_CASE (kase));

  g_set_object (&self->kase, kase);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  rebuild (self);
}

static void
kasus_identifiers_group_dispose (GObject *object)
{
  KasusIdentifiersGroup *self = KASUS_IDENTIFIERS_GROUP (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_IDENTIFIERS_GROUP);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (kasus_identifiers_group_parent_class)->dispose (object);
}

static void
kasus_identifiers_group_finalize (GObject *object)
{
  KasusIdentifiersGroup *self = KASUS_IDENTIFIERS_GROUP (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_identifiers_group_parent_class)->finalize (object);
}

static void
kasus_identifiers_group_class_init (KasusIdentifiersGroupClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_identifiers_group_dispose;
  object_class->finalize = kasus_identifiers_group_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-identifiers-group.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusIdentifiersGroup, add_row);
  gtk_widget_class_bind_template_child (widget_class, KasusIdentifiersGroup, category_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, add_cb);
}

static void
kasus_identifiers_group_init (KasusIdentifiersGroup *self)
{
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (offered); i++)
    gtk_string_list_append (categories, kasus_category_get_label (offered[i]));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
}
