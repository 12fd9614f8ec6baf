/* kasus-test-hooks.c — test-only ways to drive the real app
 *
 * See kasus-test-hooks.h. Nothing here runs unless a KASUS_TEST_*
 * variable is set.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-test-hooks"

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kasus-export-dialog.h"
#include "kasus-review-window.h"
#include "kasus-section-editor.h"
#include "kasus-test-hooks.h"
#include "kasus-window.h"

typedef int (*FaultArmFunc) (const char *func, int nth, int repeat, int err);
typedef int (*FaultFailuresFunc) (void);

typedef struct
{
  KasusApplication *app;
  KasusWindow      *window; /* weak */
  GtkTextBuffer    *buffer; /* owned */
  char             *text;
  const char       *next;
  guint             typed;
  guint             timeout_id;
} Typist;

static int log_fd = -2;

static const char *
env (const char *name)
{
  const char *value = g_getenv (name);

  return value != NULL && value[0] != '\0' ? value : NULL;
}

static void log_line (const char *format, ...) G_GNUC_PRINTF (1, 2);

static void
log_line (const char *format, ...)
{
  g_autofree char *line = NULL;
  va_list          args;
  gsize            length;

  if (log_fd == -2)
    {
      const char *path = env ("KASUS_TEST_LOG");

      log_fd = path ? open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600) : -1;
    }
  if (log_fd < 0)
    return;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, one write: it is in the file even after a SIGKILL. */
  length = strlen (line);
  line = g_realloc (line, length + 2);
  line[length] = '\n';
  line[length + 1] = '\0';
  if (write (log_fd, line, length + 1) < 0)
    g_warning ("The test log could not be written: %s", g_strerror (errno));
}

static KasusWindow *
find_kasus_window (KasusApplication *app)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (KASUS_IS_WINDOW (active))
    return KASUS_WINDOW (active);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (KASUS_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static KasusSectionEditor *
find_first_editor (GtkWidget *widget)
{
  if (KASUS_IS_SECTION_EDITOR (widget))
    return KASUS_SECTION_EDITOR (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KasusSectionEditor *editor = find_first_editor (child);

      if (editor != NULL)
        return editor;
    }

  return NULL;
}

static void
dump_text (KasusWindow *window, const char *path)
{
  g_autoptr (GError)  error = NULL;
  KasusSectionEditor *editor = window ? find_first_editor (GTK_WIDGET (window)) : NULL;
  g_autofree char    *text = editor ? kasus_section_editor_dup_text (editor) : g_strdup ("");

  if (!g_file_set_contents (path, text, -1, &error))
    log_line ("dump-error %s", error->message);
}

static int
parse_errno (const char *name)
{
  if (g_str_equal (name, "ENOSPC"))
    return ENOSPC;
  if (g_str_equal (name, "EIO"))
    return EIO;
  if (g_str_equal (name, "EDQUOT"))
    return EDQUOT;
  if (g_str_equal (name, "EACCES"))
    return EACCES;

  return (int) g_ascii_strtoll (name, NULL, 10);
}

static void
log_dialogs (KasusWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);
      g_autofree char      *body = NULL;

      if (!ADW_IS_MESSAGE_DIALOG (toplevel) ||
          gtk_window_get_transient_for (toplevel) != GTK_WINDOW (window) ||
          !gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        continue;

      body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (toplevel)));
      g_strdelimit (body, "\n\t", ' ');
      log_line ("dialog %s\t%s", adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                body);
    }
}

/* Saves with the shim (tests/fault-shim.c, preloaded) armed for the save
 * alone, so that nothing else the toolkit writes meets the fault. */
static void
save_with_fault (KasusWindow *window, const char *spec)
{
  FaultArmFunc      arm = NULL;
  FaultFailuresFunc failures = NULL;
  g_auto (GStrv) parts = NULL;

  if (!g_str_equal (spec, "none"))
    {
      arm = (FaultArmFunc) dlsym (RTLD_DEFAULT, "kasus_fault_arm");
      failures = (FaultFailuresFunc) dlsym (RTLD_DEFAULT, "kasus_fault_failures");
      parts = g_strsplit (spec, ":", 3);
      if (arm == NULL || failures == NULL || g_strv_length (parts) != 3)
        {
          log_line ("save-error the fault shim is not preloaded or %s is not FUNC:N:ERRNO", spec);
          return;
        }
      if (arm (parts[0], atoi (parts[1][0] == '+' ? parts[1] + 1 : parts[1]), parts[1][0] == '+',
               parse_errno (parts[2])) != 0)
        {
          log_line ("save-error unknown function %s", parts[0]);
          return;
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);

  /* Disarmed before the log, a regular file too, is written. */
  if (arm != NULL)
    {
      int failed = failures ();

      arm (NULL, 0, 0, 0);
      log_line ("save failures=%d", failed);
    }
  log_line ("save modified=%d", kasus_window_get_modified (window));
  log_dialogs (window);
}

static void
export_draft (KasusWindow *window, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile)  file = g_file_new_for_path (path);
  KasusExportDialog *dialog;

  dialog = kasus_export_dialog_new (GTK_WINDOW (window), kasus_window_get_case (window),
                                    kasus_window_get_file (window));
  if (kasus_export_dialog_export_to (dialog, file, TRUE, &error))
    log_line ("export ok");
  else
    log_line ("export-error %s", error->message);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
quit_idle_cb (gpointer user_data)
{
  log_line ("quit");
  g_application_quit (user_data);

  return G_SOURCE_REMOVE;
}

/* After the typing: save, export, dump, quit. */
static void
finish (KasusApplication *app, KasusWindow *window)
{
  const char *value;

  if (window != NULL && (value = env ("KASUS_TEST_SAVE")))
    save_with_fault (window, value);
  if (window != NULL && (value = env ("KASUS_TEST_EXPORT")))
    export_draft (window, value);
  if ((value = env ("KASUS_TEST_DUMP")))
    dump_text (window, value);
  if ((value = env ("KASUS_TEST_ADD_WORD")))
    {
      g_autoptr (GError) error = NULL;

      if (kasus_spell_add_to_dictionary (kasus_application_get_spell (app), value,
                                         KASUS_LANGUAGE_DA, &error))
        log_line ("word-added");
      else
        log_line ("word-error %s", error->message);
    }
  if (env ("KASUS_TEST_QUIT"))
    g_idle_add_full (G_PRIORITY_LOW, quit_idle_cb, app, NULL);
}

static void
typist_free (Typist *typist)
{
  g_clear_handle_id (&typist->timeout_id, g_source_remove);
  g_clear_weak_pointer (&typist->window);
  g_clear_object (&typist->buffer);
  g_free (typist->text);
  g_free (typist);
}

static gboolean
type_cb (gpointer user_data)
{
  Typist     *typist = user_data;
  const char *after;
  GtkTextIter end;

  if (typist->window == NULL || *typist->next == '\0')
    {
      typist->timeout_id = 0;
      log_line ("typing-done %u", typist->typed);
      finish (typist->app, typist->window);
      typist_free (typist);
      return G_SOURCE_REMOVE;
    }

  /* As a keystroke would: a user action at the cursor, at the end. */
  after = g_utf8_next_char (typist->next);
  gtk_text_buffer_get_end_iter (typist->buffer, &end);
  gtk_text_buffer_place_cursor (typist->buffer, &end);
  gtk_text_buffer_begin_user_action (typist->buffer);
  gtk_text_buffer_insert_interactive (typist->buffer, &end, typist->next, after - typist->next,
                                      TRUE);
  gtk_text_buffer_end_user_action (typist->buffer);
  typist->next = after;
  typist->typed++;
  log_line ("typed %u %" G_GINT64_FORMAT, typist->typed, g_get_monotonic_time ());

  return G_SOURCE_CONTINUE;
}

void
kasus_test_hooks_ready (KasusApplication *app)
{
  static gboolean     done;
  KasusWindow        *window;
  KasusSectionEditor *editor;
  const char         *value;
  const char         *text;
  Typist             *typist;
  double              rate = 20;

  g_return_if_fail (KASUS_IS_APPLICATION (app));

  if (done)
    return;
  done = TRUE;

  window = find_kasus_window (app);
  editor = window ? find_first_editor (GTK_WIDGET (window)) : NULL;
  if (editor != NULL)
    log_line ("section %s", kasus_section_editor_get_section_id (editor));
  if ((value = env ("KASUS_TEST_DUMP_READY")))
    dump_text (window, value);

  if (!(text = env ("KASUS_TEST_TYPE")))
    {
      if (env ("KASUS_TEST_SAVE") || env ("KASUS_TEST_EXPORT") || env ("KASUS_TEST_DUMP") ||
          env ("KASUS_TEST_QUIT"))
        finish (app, window);
      return;
    }

  if (editor == NULL || !g_utf8_validate (text, -1, NULL))
    {
      log_line ("type-error no section to type in, or the text is not UTF-8");
      finish (app, window);
      return;
    }

  if ((value = env ("KASUS_TEST_TYPE_RATE")))
    rate = g_ascii_strtod (value, NULL);
  if (rate <= 0)
    rate = 20;

  typist = g_new0 (Typist, 1);
  typist->app = app;
  g_set_weak_pointer (&typist->window, window);
  typist->buffer = g_object_ref (kasus_section_editor_get_buffer (editor));
  typist->text = g_strdup (text);
  typist->next = typist->text;
  typist->timeout_id = g_timeout_add (MAX (1, (guint) (1000 / rate)), type_cb, typist);
  log_line ("typing rate=%g", rate);
}

static gboolean
answer_idle_cb (gpointer user_data)
{
  g_autoptr (AdwMessageDialog) dialog = user_data;
  const char                  *response = env ("KASUS_TEST_RECOVER");

  log_line ("recovery %s", response);
  adw_message_dialog_response (dialog, response);
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (GTK_WINDOW (dialog));

  return G_SOURCE_REMOVE;
}

void
kasus_test_hooks_answer (AdwMessageDialog *dialog)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  if (env ("KASUS_TEST_RECOVER"))
    g_idle_add (answer_idle_cb, g_object_ref (dialog));
}

static gboolean
review_poll_cb (gpointer user_data)
{
  GtkApplication    *app = gtk_window_get_application (user_data);
  KasusReviewWindow *window = user_data;

  if (app == NULL)
    return G_SOURCE_REMOVE;
  if (kasus_review_window_get_folder (window) == NULL || kasus_review_window_is_loading (window))
    return G_SOURCE_CONTINUE;

  log_line ("review-loaded %u",
            g_list_model_get_n_items (kasus_review_window_get_submissions (window)));
  g_idle_add_full (G_PRIORITY_LOW, quit_idle_cb, app, NULL);

  return G_SOURCE_REMOVE;
}

void
kasus_test_hooks_window_added (KasusApplication *app, GtkWindow *window)
{
  g_return_if_fail (KASUS_IS_APPLICATION (app));

  if (KASUS_IS_REVIEW_WINDOW (window) && env ("KASUS_TEST_QUIT"))
    g_timeout_add_full (G_PRIORITY_DEFAULT, 100, review_poll_cb, g_object_ref (window),
                        g_object_unref);
}
