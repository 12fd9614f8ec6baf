/* test-desktop.c — the shortcuts window lists every accelerator; About
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-desktop"

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

static KasusApplication *app;

/* An accelerator in one spelling: "<Control>plus", whatever the input
 * ("<Primary>plus", "<Ctrl>KP_Add"). Keypad keys count as their main keys:
 * the shortcuts window shows one of the two. NULL when it does not parse. */
static char *
normalize_accel (const char *accel)
{
  guint           key = 0;
  GdkModifierType mods = 0;

  if (!gtk_accelerator_parse (accel, &key, &mods) || key == 0)
    return NULL;

  switch (key)
    {
      case GDK_KEY_KP_Add:
        key = GDK_KEY_plus;
        break;
      case GDK_KEY_KP_Subtract:
        key = GDK_KEY_minus;
        break;
      case GDK_KEY_KP_Page_Down:
        key = GDK_KEY_Page_Down;
        break;
      case GDK_KEY_KP_Page_Up:
        key = GDK_KEY_Page_Up;
        break;
      case GDK_KEY_KP_Home:
        key = GDK_KEY_Home;
        break;
      case GDK_KEY_KP_End:
        key = GDK_KEY_End;
        break;
      default:
        break;
    }

  return gtk_accelerator_name (gdk_keyval_to_lower (key), mods);
}

typedef struct
{
  GHashTable *actions; /* action names shown */
  GHashTable *accels;  /* normalized accelerators shown */
  guint       n_shortcuts;
} Overlay;

static void
overlay_clear (Overlay *overlay)
{
  g_clear_pointer (&overlay->actions, g_hash_table_unref);
  g_clear_pointer (&overlay->accels, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Overlay, overlay_clear)

static void
overlay_collect (GtkWidget *widget, Overlay *overlay)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (widget, "title", &title, "accelerator", &accelerator, "action-name", &action,
                    NULL);
      if (title == NULL || title[0] == '\0')
        g_error ("A shortcut in help-overlay.ui has no title");
      overlay->n_shortcuts++;
      if (action != NULL && action[0] != '\0')
        g_hash_table_add (overlay->actions, g_steal_pointer (&action));
      if (accelerator != NULL && accelerator[0] != '\0')
        {
          g_auto (GStrv) parts = g_strsplit (accelerator, " ", -1);

          for (guint i = 0; parts[i] != NULL; i++)
            {
              char *name;

              if (parts[i][0] == '\0')
                continue;
              if (!(name = normalize_accel (parts[i])))
                g_error ("“%s” (%s) in help-overlay.ui is not an accelerator", parts[i], title);
              g_hash_table_add (overlay->accels, name);
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    overlay_collect (child, overlay);
}

/* What the shortcuts window built from help-overlay.ui shows. */
static void
overlay_load (Overlay *overlay)
{
  g_autoptr (GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  overlay->actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  overlay->accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  overlay_collect (window, overlay);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every accelerator the application sets is in the shortcuts window: by
 * its action, or by the accelerator itself. */
static void
test_app_accels_listed (void)
{
  g_auto (Overlay) overlay = { 0 };
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr (GString) missing = g_string_new (NULL);
  guint               n_accels = 0;

  overlay_load (&overlay);
  g_assert_cmpuint (overlay.n_shortcuts, >, 10);

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto (GStrv) accels =
        gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          g_autofree char *name = normalize_accel (accels[j]);

          n_accels++;
          g_assert_nonnull (name);
          if (!g_hash_table_contains (overlay.actions, actions[i]) &&
              !g_hash_table_contains (overlay.accels, name))
            g_string_append_printf (missing, " %s (%s)", accels[j], actions[i]);
        }
    }

  g_assert_cmpuint (n_accels, >=, 10);
  if (missing->len > 0)
    g_error ("Not in data/ui/help-overlay.ui:%s", missing->str);
}

/* The windows' own key bindings (gtk_widget_class_add_binding*() in
 * src/app) are in the shortcuts window too. */
static void
test_class_bindings_listed (void)
{
  g_autofree char   *dir = g_test_build_filename (G_TEST_DIST, "..", "src", "app", NULL);
  g_autoptr (GDir)   folder = NULL;
  g_autoptr (GRegex) binding = NULL;
  g_auto (Overlay) overlay = { 0 };
  g_autoptr (GString)    missing = g_string_new (NULL);
  g_autoptr (GError)     error = NULL;
  g_autoptr (GHashTable) app_accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  const char *name;
  guint       n_bindings = 0;

  overlay_load (&overlay);
  /* A shortcut shown by its action shows that action's accelerators. */
  for (guint i = 0; actions[i] != NULL; i++)
    if (g_hash_table_contains (overlay.actions, actions[i]))
      {
        g_auto (GStrv) accels =
          gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);

        for (guint j = 0; accels[j] != NULL; j++)
          g_hash_table_add (app_accels, normalize_accel (accels[j]));
      }

  binding = g_regex_new ("gtk_widget_class_add_binding(?:_action|_signal)?\\s*\\(\\s*\\w+\\s*,\\s*"
                         "GDK_KEY_(\\w+)\\s*,\\s*([A-Z_|\\s0]+?)\\s*,",
                         0, 0, &error);
  g_assert_no_error (error);

  folder = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)))
    {
      g_autofree char       *path = NULL;
      g_autofree char       *contents = NULL;
      g_autoptr (GMatchInfo) match = NULL;

      if (!g_str_has_suffix (name, ".c"))
        continue;
      path = g_build_filename (dir, name, NULL);
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);

      for (g_regex_match (binding, contents, 0, &match); g_match_info_matches (match);
           g_match_info_next (match, NULL))
        {
          g_autofree char    *key = g_match_info_fetch (match, 1);
          g_autofree char    *mask = g_match_info_fetch (match, 2);
          g_autoptr (GString) accel = g_string_new (NULL);
          g_autofree char    *normal = NULL;

          if (strstr (mask, "CONTROL"))
            g_string_append (accel, "<Control>");
          if (strstr (mask, "SHIFT"))
            g_string_append (accel, "<Shift>");
          if (strstr (mask, "ALT"))
            g_string_append (accel, "<Alt>");
          g_string_append (accel, key);
          normal = normalize_accel (accel->str);
          if (normal == NULL)
            g_error ("%s: cannot read the binding %s", name, accel->str);
          n_bindings++;
          if (!g_hash_table_contains (overlay.accels, normal) &&
              !g_hash_table_contains (app_accels, normal))
            g_string_append_printf (missing, " %s (%s)", accel->str, name);
        }
    }

  g_assert_cmpuint (n_bindings, >=, 10);
  if (missing->len > 0)
    g_error ("Not in data/ui/help-overlay.ui:%s", missing->str);
}

/* The shortcuts window opens from the editor with Ctrl+?. */
static void
test_help_overlay_attached (void)
{
  KasusWindow        *window = kasus_window_new (app);
  GtkShortcutsWindow *overlay;

  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (100);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

static void
test_about (void)
{
  KasusWindow       *window = kasus_window_new (app);
  GListModel        *toplevels;
  AdwAboutWindow    *about = NULL;
  const char *const *developers;

  gtk_window_present (GTK_WINDOW (window));
  kasus_test_iterate (100);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  kasus_test_iterate (100);
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        about = ADW_ABOUT_WINDOW (toplevel);
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Kasus");
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_nonnull (adw_about_window_get_copyright (about));
  /* No website or issue tracker: Kasus has none, and an invented address
   * would send people somewhere wrong. */
  g_assert_true (adw_about_window_get_website (about) == NULL ||
                 adw_about_window_get_website (about)[0] == '\0');
  g_assert_true (adw_about_window_get_issue_url (about) == NULL ||
                 adw_about_window_get_issue_url (about)[0] == '\0');
  developers = adw_about_window_get_developers (about);
  g_assert_nonnull (developers);
  g_assert_nonnull (developers[0]);
  /* Untranslated, no literal "translator-credits" shows. */
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), !=, "translator-credits");

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char   *home = NULL;
  int                ret;

  /* Keep the files of whoever runs the tests untouched. */
  home = g_dir_make_tmp ("test-desktop-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/desktop/shortcuts/app-accels", test_app_accels_listed);
  g_test_add_func ("/desktop/shortcuts/class-bindings", test_class_bindings_listed);
  g_test_add_func ("/desktop/shortcuts/attached", test_help_overlay_attached);
  g_test_add_func ("/desktop/about", test_about);

  ret = g_test_run ();
  g_clear_object (&app);
  g_rmdir (home);

  return ret;
}
