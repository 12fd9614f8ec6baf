/* kasus-application.c — the Kasus application
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-application"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "kasus-application.h"
#include "kasus-autosave.h"
#include "kasus-case.h"
#include "kasus-core.h"
#include "kasus-preferences-window.h"
#include "kasus-review-window.h"
#include "kasus-test-hooks.h"
#include "kasus-window.h"

struct _KasusApplication
{
  AdwApplication parent_instance;

  GSettings  *settings;
  KasusSpell *spell;
  char       *spell_problem; /* a dictionary is missing: what to tell */
  GPtrArray  *drafts;        /* KasusDraft still to be offered */
  char       *review_folder; /* --review FOLDER, for activate */
  guint       open_demo : 1;
  guint       recovery_offered : 1;
};

G_DEFINE_FINAL_TYPE (KasusApplication, kasus_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "demo", 'd', 0, G_OPTION_ARG_NONE, NULL, N_ ("Open the built-in demo case"), NULL },
  { "review", 'r', 0, G_OPTION_ARG_FILENAME, NULL, N_ ("Review the submitted cases in FOLDER"),
    N_ ("FOLDER") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Print the version and exit"), NULL },
  { NULL }
};

/* The "ui-language" preference, or NULL when it follows the desktop or the
 * schema is not installed. No GSettings object may outlive this call: the
 * application makes its own once it runs. */
static char *
get_ui_language (void)
{
  GSettingsSchemaSource      *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings)       settings = NULL;
  g_autofree char            *value = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "ui-language"))
    return NULL;

  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_settings_get_string (settings, "ui-language");
  if (value[0] == '\0')
    return NULL;

  return g_steal_pointer (&value);
}

void
kasus_application_init_i18n (void)
{
  g_autofree char *language = get_ui_language ();
  const char      *localedir = g_getenv ("KASUS_LOCALEDIR");
  const char      *messages;

  /* LANGUAGE wins over LANG and LC_*, for GTK's own strings too. */
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);

  setlocale (LC_ALL, "");

  /* gettext ignores LANGUAGE in the C locale, but not in C.UTF-8: a chosen
   * language then still shows on a desktop without locales. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (language != NULL && messages != NULL &&
      (strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0))
    setlocale (LC_MESSAGES, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE,
                  localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

KasusApplication *
kasus_application_new (void)
{
  return g_object_new (KASUS_TYPE_APPLICATION, "application-id", APP_ID, "resource-base-path",
                       RESOURCE_BASE, "flags", G_APPLICATION_HANDLES_OPEN, NULL);
}

GSettings *
kasus_application_get_settings (KasusApplication *self)
{
  g_return_val_if_fail (KASUS_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    {
      GSettingsSchemaSource      *source = g_settings_schema_source_get_default ();
      g_autoptr (GSettingsSchema) schema = NULL;

      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema == NULL)
        {
          static gboolean warned;

          if (!warned)
            g_warning ("The GSettings schema %s is not installed; "
                       "preferences will not be kept",
                       APP_ID);
          warned = TRUE;
          return NULL;
        }
      self->settings = g_settings_new_full (schema, NULL, NULL);
    }

  return self->settings;
}

KasusLanguage
kasus_application_get_default_language (KasusApplication *self)
{
  GSettings         *settings = kasus_application_get_settings (self);
  g_autofree char   *value = NULL;
  const char *const *names;
  KasusLanguage      language = KASUS_LANGUAGE_AUTO;

  if (settings != NULL)
    value = g_settings_get_string (settings, "default-case-language");
  if (value != NULL && kasus_language_from_string (value, &language) &&
      language != KASUS_LANGUAGE_AUTO)
    return language;

  /* Follow the desktop: Danish for a Danish desktop and for the bare C
   * locale (the template's own language), English otherwise. */
  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        continue;
      return g_str_has_prefix (names[i], "da") ? KASUS_LANGUAGE_DA : KASUS_LANGUAGE_EN;
    }

  return KASUS_LANGUAGE_DA;
}

static KasusWindow *
find_window_for_file (KasusApplication *self, GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!KASUS_IS_WINDOW (l->data))
        continue;
      shown = kasus_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

static KasusWindow *
get_kasus_window (KasusApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  return KASUS_IS_WINDOW (window) ? KASUS_WINDOW (window) : NULL;
}

void
kasus_application_open_file (KasusApplication *self, GFile *file, GtkWindow *window)
{
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) kase = NULL;
  KasusWindow          *target;

  g_return_if_fail (KASUS_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  if ((target = find_window_for_file (self, file)))
    {
      gtk_window_present (GTK_WINDOW (target));
      return;
    }

  target = KASUS_IS_WINDOW (window) ? KASUS_WINDOW (window) : get_kasus_window (self);
  if (target != NULL && kasus_window_is_pristine (target))
    {
      kasus_window_open_file (target, file);
      gtk_window_present (GTK_WINDOW (target));
      return;
    }

  /* Never replace a case someone has worked on: a new window. On failure
   * the error goes to the window the request came from. */
  kase = kasus_case_new_from_file (file, &error);
  if (kase == NULL)
    {
      if (target == NULL)
        {
          kasus_application_new_case (self);
          target = get_kasus_window (self);
        }
      if (target != NULL)
        kasus_window_show_open_error (target, file, error);
      else
        g_warning ("%s", error->message);
      return;
    }

  target = kasus_window_new (self);
  kasus_window_set_case (target, kase, file);
  gtk_window_present (GTK_WINDOW (target));
}

void
kasus_application_new_case (KasusApplication *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (KasusCase) kase = NULL;
  KasusWindow          *window;

  g_return_if_fail (KASUS_IS_APPLICATION (self));

  template = kasus_template_new_default (kasus_application_get_default_language (self), &error);
  if (template != NULL)
    kase = kasus_case_new (template);
  else
    g_critical ("The built-in case template could not be loaded: %s", error->message);

  window = kasus_window_new (self);
  if (kase != NULL)
    kasus_window_set_case (window, kase, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

void
kasus_application_open_demo (KasusApplication *self)
{
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) kase = NULL;
  KasusWindow          *window;

  g_return_if_fail (KASUS_IS_APPLICATION (self));

  kase = kasus_case_new_demo (&error);
  if (kase == NULL)
    {
      g_critical ("The demo case could not be loaded: %s", error->message);
      kasus_application_new_case (self);
      return;
    }

  window = get_kasus_window (self);
  if (window == NULL || !kasus_window_is_pristine (window))
    window = kasus_window_new (self);
  kasus_window_set_case (window, kase, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void offer_next_draft (KasusApplication *self, GtkWindow *parent);

static void
recovery_response_cb (KasusApplication *self, const char *response, AdwMessageDialog *dialog)
{
  KasusDraft *draft = g_object_get_data (G_OBJECT (dialog), "kasus-draft");
  GtkWindow  *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  if (g_str_equal (response, "recover"))
    {
      g_autoptr (GError)    error = NULL;
      g_autoptr (KasusCase) kase = kasus_case_new_from_file (draft->draft, &error);
      KasusWindow          *window =
        KASUS_IS_WINDOW (parent) ? KASUS_WINDOW (parent) : get_kasus_window (self);
      KasusWindow *showing = draft->file ? find_window_for_file (self, draft->file) : NULL;

      if (kase == NULL)
        {
          if (window != NULL)
            kasus_window_show_open_error (window, draft->draft, error);
        }
      else
        {
          /* The file itself may be open already, untouched since start. */
          if (showing != NULL && !kasus_window_get_modified (showing))
            window = showing;
          else if (window == NULL || !kasus_window_is_pristine (window))
            window = kasus_window_new (self);
          kasus_window_recover_draft (window, kase, draft->file, draft->draft);
          gtk_window_present (GTK_WINDOW (window));
        }
    }
  else if (g_str_equal (response, "discard"))
    kasus_autosave_delete_draft (draft->draft);
  /* "later" (Escape) keeps the draft for the next start. */

  offer_next_draft (self, parent);
}

static void
offer_next_draft (KasusApplication *self, GtkWindow *parent)
{
  KasusDraft           *draft;
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GDateTime) when = NULL;
  g_autofree char      *name = NULL;
  g_autofree char      *time = NULL;
  g_autofree char      *body = NULL;
  const char           *title;
  GtkWidget            *dialog;

  if (self->drafts == NULL || self->drafts->len == 0)
    {
      g_clear_pointer (&self->drafts, g_ptr_array_unref);
      kasus_test_hooks_ready (self);
      return;
    }
  draft = g_ptr_array_steal_index (self->drafts, 0);

  kase = kasus_case_new_from_file (draft->draft, NULL);
  title = kase ? kasus_case_get_title (kase) : NULL;
  if (draft->file != NULL)
    name = g_file_get_basename (draft->file);
  else if (title != NULL && title[0] != '\0')
    name = g_strdup (title);
  else
    name = g_strdup (_ ("Untitled Case"));
  when = g_date_time_new_from_unix_local (draft->modified / G_USEC_PER_SEC);
  time = when ? g_date_time_format (when, "%x %X") : g_strdup ("?");

  if (draft->file != NULL)
    /* Translators: %s are a file name and a date and time */
    body = g_strdup_printf (_ ("Kasus was closed before the changes to “%s” were saved. "
                               "A draft from %s holds them."),
                            name, time);
  else
    /* Translators: %s are a case's title and a date and time */
    body = g_strdup_printf (_ ("Kasus was closed before “%s” was ever saved. "
                               "A draft from %s holds its text."),
                            name, time);

  dialog = adw_message_dialog_new (parent, _ ("Recover Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "discard", _ ("_Discard"),
                                    "recover", _ ("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_object_set_data_full (G_OBJECT (dialog), "kasus-draft", draft,
                          (GDestroyNotify) kasus_draft_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  kasus_test_hooks_answer (ADW_MESSAGE_DIALOG (dialog));
}

void
kasus_application_offer_recovery (KasusApplication *self, GtkWindow *parent)
{
  g_return_if_fail (KASUS_IS_APPLICATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  self->recovery_offered = TRUE;
  if (self->drafts != NULL)
    return;

  self->drafts = kasus_autosave_find_drafts ();
  offer_next_draft (self, parent);
}

static gboolean
offer_recovery_idle_cb (gpointer user_data)
{
  KasusApplication *self = user_data;

  kasus_application_offer_recovery (self, GTK_WINDOW (get_kasus_window (self)));
  g_application_release (G_APPLICATION (self));

  return G_SOURCE_REMOVE;
}

/* Once the first window is up. */
static void
maybe_offer_recovery (KasusApplication *self)
{
  if (self->recovery_offered)
    return;

  self->recovery_offered = TRUE;
  g_application_hold (G_APPLICATION (self));
  g_idle_add_full (G_PRIORITY_LOW, offer_recovery_idle_cb, self, NULL);
}

static void
new_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  kasus_application_new_case (user_data);
}

static void
open_demo_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  kasus_application_open_demo (user_data);
}

/* The one review window, on folder (NULL: the folder last reviewed). */
static void
show_review_window (KasusApplication *self, GFile *folder)
{
  KasusReviewWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (KASUS_IS_REVIEW_WINDOW (l->data))
      window = l->data;

  if (window == NULL)
    {
      window = kasus_review_window_new (self);
      if (folder == NULL)
        kasus_review_window_reopen_last_folder (window);
    }
  if (folder != NULL)
    kasus_review_window_load_folder (window, folder);
  gtk_window_present (GTK_WINDOW (window));
}

static void
review_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  show_review_window (user_data, NULL);
}

static void
review_folder_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_autoptr (GFile) folder = g_file_new_for_path (g_variant_get_string (param, NULL));

  show_review_window (user_data, folder);
}

static void
quit_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_autoptr (GList) windows = NULL;

  /* Closing each window asks about its unsaved changes; the application
   * quits when the last one is gone. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusApplication       *self = user_data;
  GtkWindow              *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  KasusPreferencesWindow *preferences;

  preferences = kasus_preferences_window_new (kasus_application_get_settings (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusApplication  *self = user_data;
  GtkWindow         *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Kasus authors", NULL };
  /* Translators: your names, one a line, shown in the About window */
  const char *translators = _ ("translator-credits");
  GtkWidget  *about;

  about = g_object_new (
    ADW_TYPE_ABOUT_WINDOW, "transient-for", parent, "modal", TRUE, "application-icon", APP_ID,
    "application-name", _ ("Kasus"), "developer-name", _ ("The Kasus authors"), "developers",
    developers, "version", PACKAGE_VERSION, "comments",
    _ ("Write anonymised patient cases that show what genome "
       "sequencing added, and review the cases colleagues submit."),
    "copyright", _ ("© 2026 The Kasus authors"), "license-type", GTK_LICENSE_GPL_3_0, NULL);
  /* Untranslated (English), there is no one to credit. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), translators);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new", new_action },
  { "open-demo", open_demo_action },
  { "review", review_action },
  { "review-folder", review_folder_action, "s" },
  { "preferences", preferences_action },
  { "about", about_action },
  { "quit", quit_action },
};

KasusSpell *
kasus_application_get_spell (KasusApplication *self)
{
  g_return_val_if_fail (KASUS_IS_APPLICATION (self), NULL);

  if (self->spell == NULL)
    self->spell = kasus_spell_new ();

  return self->spell;
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Told, not asked: everything but spelling works without the dictionary. */
static void
show_spell_problem (KasusApplication *self, GtkWindow *window)
{
  GtkWidget *overlay;
  AdwToast  *toast;

  if (self->spell_problem == NULL || !KASUS_IS_WINDOW (window) ||
      !(overlay = find_toast_overlay (GTK_WIDGET (window))))
    return;

  toast = adw_toast_new (self->spell_problem);
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
spell_loaded_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (KasusApplication) self = user_data;
  g_autoptr (GError)           error = NULL;
  gboolean                     has_da, has_en;

  if (kasus_spell_load_finish (KASUS_SPELL (object), result, &error))
    return;

  g_debug ("Spelling dictionaries: %s", error->message);
  has_da = kasus_spell_has_language (self->spell, KASUS_LANGUAGE_DA);
  has_en = kasus_spell_has_language (self->spell, KASUS_LANGUAGE_EN);
  g_free (self->spell_problem);
  if (!has_da && !has_en)
    self->spell_problem = g_strdup (_ ("Spelling dictionaries are missing: install hunspell-da and "
                                       "hunspell-en-us to check spelling"));
  else if (!has_da)
    self->spell_problem =
      g_strdup (_ ("The Danish spelling dictionary is missing: install hunspell-da"));
  else
    self->spell_problem =
      g_strdup (_ ("The English spelling dictionary is missing: install hunspell-en-us"));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    show_spell_problem (self, l->data);
}

static void
kasus_application_window_added (GtkApplication *app, GtkWindow *window)
{
  KasusApplication *self = KASUS_APPLICATION (app);
  GSettings        *settings;

  GTK_APPLICATION_CLASS (kasus_application_parent_class)->window_added (app, window);
  kasus_test_hooks_window_added (self, window);

  if (!KASUS_IS_WINDOW (window))
    return;

  /* win.spell-check is the setting, for a menu or a shortcut. */
  if ((settings = kasus_application_get_settings (self)))
    {
      g_autoptr (GAction) action = g_settings_create_action (settings, "spell-check");

      g_action_map_add_action (G_ACTION_MAP (window), action);
    }
  show_spell_problem (self, window);
}

static void
kasus_application_startup (GApplication *app)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.export-pdf", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.preview", { "<Control><Shift>p", NULL } },
    { "win.show-findings", { "F9", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (kasus_application_parent_class)->startup (app);

  kasus_core_init ();
  g_set_application_name (_ ("Kasus"));
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);

  /* Loaded once for the process, off the main thread; every window's
   * checkers share it. */
  kasus_spell_load_async (kasus_application_get_spell (KASUS_APPLICATION (app)),
                          KASUS_LANGUAGE_AUTO, NULL, spell_loaded_cb, g_object_ref (app));
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
kasus_application_activate (GApplication *app)
{
  KasusApplication *self = KASUS_APPLICATION (app);
  KasusWindow      *window;

  if (self->open_demo)
    {
      self->open_demo = FALSE;
      kasus_application_open_demo (self);
      maybe_offer_recovery (self);
      return;
    }

  if (self->review_folder != NULL)
    {
      g_autoptr (GFile) folder = g_file_new_for_path (self->review_folder);

      g_clear_pointer (&self->review_folder, g_free);
      show_review_window (self, folder);
      return;
    }

  if ((window = get_kasus_window (self)))
    gtk_window_present (GTK_WINDOW (window));
  else
    kasus_application_new_case (self);

  maybe_offer_recovery (self);
}

static void
kasus_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  KasusApplication *self = KASUS_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    kasus_application_open_file (self, files[i], NULL);

  maybe_offer_recovery (self);
}

static int
kasus_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  KasusApplication  *self = KASUS_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "kasus", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* A running instance opens the demo in its own process. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
          return 0;
        }
      self->open_demo = TRUE;
    }

  if (g_variant_dict_contains (options, "review"))
    {
      const char       *arg = NULL;
      g_autoptr (GFile) folder = NULL;
      g_autofree char  *path = NULL;

      g_variant_dict_lookup (options, "review", "^&ay", &arg);
      folder = g_file_new_for_commandline_arg (arg ? arg : ".");
      path = g_file_get_path (folder);
      if (path == NULL || !g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error ? error->message : _ ("Only a local folder can be reviewed"));
          return 1;
        }
      /* A running instance shows the review window itself. */
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "review-folder",
                                          g_variant_new_string (path));
          return 0;
        }
      g_free (self->review_folder);
      self->review_folder = g_steal_pointer (&path);
    }

  return -1;
}

static void
kasus_application_finalize (GObject *object)
{
  KasusApplication *self = KASUS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->spell);
  g_clear_pointer (&self->spell_problem, g_free);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->review_folder, g_free);

  G_OBJECT_CLASS (kasus_application_parent_class)->finalize (object);
}

static void
kasus_application_class_init (KasusApplicationClass *klass)
{
  GObjectClass        *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass   *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->finalize = kasus_application_finalize;

  app_class->startup = kasus_application_startup;
  app_class->activate = kasus_application_activate;
  app_class->open = kasus_application_open;
  app_class->handle_local_options = kasus_application_handle_local_options;

  gtk_app_class->window_added = kasus_application_window_added;
}

static void
kasus_application_init (KasusApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _ ("[FILE…]"));
}
