/* kasus-test-window-util.c — helpers shared by the widget tests
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

char *
kasus_test_isolate_home (const char *prefix)
{
  g_autofree char *tmpl = g_strconcat (prefix, "-data-XXXXXX", NULL);
  char            *home = g_dir_make_tmp (tmpl, NULL);

  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_STATE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  return home;
}

void
kasus_test_clean_home (const char *home)
{
  g_autofree char *recent = g_build_filename (home, "recently-used.xbel", NULL);
  g_autofree char *drafts = g_build_filename (home, "kasus", NULL);

  g_remove (recent);
  kasus_test_remove_tree (drafts);
  g_rmdir (home);
}

/* Frames the mapped windows have drawn, in all; asks each for another. */
static guint64
window_frames (gboolean request, guint *n_windows)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  guint64           total = 0;

  *n_windows = 0;
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWidget     *window = l->data;
      GdkFrameClock *clock;

      if (!gtk_widget_get_mapped (window) || (clock = gtk_widget_get_frame_clock (window)) == NULL)
        continue;
      (*n_windows)++;
      total += (guint64) gdk_frame_clock_get_frame_counter (clock);
      if (request)
        gtk_widget_queue_draw (window);
    }

  return total;
}

KasusApplication *
kasus_test_app_new (GApplicationFlags flags)
{
  g_autoptr (GError) error = NULL;
  KasusApplication  *app = kasus_application_new ();

  kasus_test_set_frames (window_frames);
  g_application_set_flags (G_APPLICATION (app), flags);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

static GskRenderNode *
snapshot_widget (GtkWidget *widget, int width, int height)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot)  snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

GdkTexture *
kasus_test_render_widget (GtkWidget *widget)
{
  int                       width = gtk_widget_get_width (widget);
  int                       height = gtk_widget_get_height (widget);
  gint64                    until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr (GskRenderNode) node = NULL;

  if (width <= 0 || height <= 0 || gtk_widget_get_native (widget) == NULL)
    return NULL;
  /* A widget paintable shows what the widget drew in the last frame;
   * right after a change (a scroll, say) there is none until the next. */
  while ((node = snapshot_widget (widget, width, height)) == NULL &&
         g_get_monotonic_time () < until)
    kasus_test_iterate (20);
  if (node == NULL)
    return NULL;

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
kasus_test_save_png (GtkWidget *widget, const char *path)
{
  g_autoptr (GdkTexture) texture = kasus_test_render_widget (widget);

  if (texture != NULL)
    gdk_texture_save_to_png (texture, path);
  else
    g_printerr ("%s: nothing drawn to save\n", path);
}

static void
collect (GtkWidget *widget, GType type, GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

GPtrArray *
kasus_test_find_all (GtkWidget *root, GType type)
{
  GPtrArray *out = g_ptr_array_new ();

  collect (root, type, out);
  return out;
}

char *
kasus_test_buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GPtrArray *
kasus_test_find_dialogs (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray  *out = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          (parent == NULL || gtk_window_get_transient_for (toplevel) == parent))
        g_ptr_array_add (out, toplevel);
    }

  return out;
}

void
kasus_test_close_dialogs (GtkWindow *parent)
{
  g_autoptr (GPtrArray) dialogs = kasus_test_find_dialogs (parent);

  for (guint i = 0; i < dialogs->len; i++)
    gtk_window_destroy (g_ptr_array_index (dialogs, i));
}

KasusWindow *
kasus_test_window_new (KasusApplication *app, KasusCase *kase, int width, int height)
{
  KasusWindow *window = kasus_window_new (app);

  if (kase != NULL)
    kasus_window_set_case (window, kase, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

void
kasus_test_window_destroy (KasusWindow *window)
{
  kasus_test_close_dialogs (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  kasus_test_iterate (50);
}
