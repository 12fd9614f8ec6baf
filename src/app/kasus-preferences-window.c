/* kasus-preferences-window.c — the preferences
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-preferences-window.h"

struct _KasusPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwComboRow  *ui_language_row;
  AdwComboRow  *language_row;
  AdwActionRow *spell_check_row;
  GtkSwitch    *spell_check_switch;
  AdwEntryRow  *reviewer_row;
};

G_DEFINE_FINAL_TYPE (KasusPreferencesWindow, kasus_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of language_row and ui_language_row, in order, as stored in
 * the settings; NULL-terminated, passed as the mappings' user data. */
static const char *const language_ids[] = { "auto", "da", "en", NULL };
static const char *const ui_language_ids[] = { "", "da", "en", NULL };

static gboolean
language_get_mapping (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *const *ids = user_data;
  const char        *id = g_variant_get_string (variant, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (id, ids[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
language_set_mapping (const GValue *value, const GVariantType *expected_type, gpointer user_data)
{
  const char *const *ids = user_data;
  guint              selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) ids))
    return NULL;

  return g_variant_new_string (ids[selected]);
}

/* Strings already on screen cannot change language: say when it will. */
static void
ui_language_changed_cb (KasusPreferencesWindow *self, const char *key, GSettings *settings)
{
  AdwToast *toast = adw_toast_new (_ ("Restart Kasus to use the new interface language"));

  adw_toast_set_timeout (toast, 6);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

KasusPreferencesWindow *
kasus_preferences_window_new (GSettings *settings)
{
  KasusPreferencesWindow *self = g_object_new (KASUS_TYPE_PREFERENCES_WINDOW, NULL);

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), self);

  if (settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->ui_language_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->language_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->spell_check_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->reviewer_row), FALSE);
      return self;
    }

  self->settings = g_object_ref (settings);
  g_settings_bind_with_mapping (settings, "ui-language", self->ui_language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_get_mapping, language_set_mapping,
                                (gpointer) ui_language_ids, NULL);
  g_signal_connect_object (settings, "changed::ui-language", G_CALLBACK (ui_language_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_settings_bind_with_mapping (settings, "default-case-language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_get_mapping, language_set_mapping,
                                (gpointer) language_ids, NULL);
  g_settings_bind (settings, "reviewer-name", self->reviewer_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "spell-check", self->spell_check_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  return self;
}

static void
kasus_preferences_window_dispose (GObject *object)
{
  KasusPreferencesWindow *self = KASUS_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kasus_preferences_window_parent_class)->dispose (object);
}

static void
kasus_preferences_window_class_init (KasusPreferencesWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusPreferencesWindow, ui_language_row);
  gtk_widget_class_bind_template_child (widget_class, KasusPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, KasusPreferencesWindow, reviewer_row);
  gtk_widget_class_bind_template_child (widget_class, KasusPreferencesWindow, spell_check_row);
  gtk_widget_class_bind_template_child (widget_class, KasusPreferencesWindow, spell_check_switch);
}

static void
kasus_preferences_window_init (KasusPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
