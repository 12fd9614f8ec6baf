/* kasus-autosave.c — drafts of a case, written shortly after each change
 *
 * A draft is <id>.kasus in $XDG_STATE_HOME/kasus, with <id>.origin next to
 * it holding the URI of the case's file (empty for a case never saved), so
 * that a later start can offer to recover it. The id is a hash of the
 * file's URI, or random for a case not saved yet.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kasus-autosave.h"
#include "kasus-file.h"

struct _KasusAutosave
{
  GObject parent_instance;

  KasusCase *kase;
  GFile     *draft;
  GFile     *origin;
  char      *origin_uri;
  guint      delay_ms;
  guint      timeout_id;
};

G_DEFINE_FINAL_TYPE (KasusAutosave, kasus_autosave, G_TYPE_OBJECT)

char *
kasus_autosave_dup_folder (void)
{
  return g_build_filename (g_get_user_state_dir (), "kasus", NULL);
}

KasusAutosave *
kasus_autosave_new (void)
{
  return g_object_new (KASUS_TYPE_AUTOSAVE, NULL);
}

void
kasus_autosave_set_case (KasusAutosave *self, KasusCase *kase, GFile *file)
{
  g_autofree char *folder = kasus_autosave_dup_folder ();
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *origin_name = NULL;

  g_return_if_fail (KASUS_IS_AUTOSAVE (self));
  g_return_if_fail (kase == NULL || KASUS_IS_CASE (kase));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_set_object (&self->kase, kase);
  g_clear_object (&self->draft);
  g_clear_object (&self->origin);
  g_clear_pointer (&self->origin_uri, g_free);

  if (kase == NULL)
    return;

  if (file != NULL)
    {
      self->origin_uri = g_file_get_uri (file);
      id = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->origin_uri, -1);
    }
  else
    {
      self->origin_uri = g_strdup ("");
      id = g_uuid_string_random ();
    }

  name = g_strconcat (id, ".kasus", NULL);
  origin_name = g_strconcat (id, ".origin", NULL);
  self->draft = g_file_new_build_filename (folder, name, NULL);
  self->origin = g_file_new_build_filename (folder, origin_name, NULL);
}

void
kasus_autosave_set_delay (KasusAutosave *self, guint delay_ms)
{
  g_return_if_fail (KASUS_IS_AUTOSAVE (self));

  self->delay_ms = delay_ms;
}

GFile *
kasus_autosave_get_draft (KasusAutosave *self)
{
  g_return_val_if_fail (KASUS_IS_AUTOSAVE (self), NULL);

  return self->draft;
}

gboolean
kasus_autosave_flush (KasusAutosave *self, GError **error)
{
  g_autofree char  *folder = kasus_autosave_dup_folder ();
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  g_autofree char  *data = NULL;
  gsize             length = 0;

  g_return_val_if_fail (KASUS_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);

  if (self->kase == NULL)
    return TRUE;

  /* Drafts hold patient text: a private folder, private files. */
  if (!kasus_file_ensure_private_dir (dir, error))
    return FALSE;

  data = kasus_case_to_data (self->kase, &length);

  return kasus_file_write_private (self->origin, NULL, self->origin_uri, strlen (self->origin_uri),
                                   error) &&
         kasus_file_write_private (self->draft, NULL, data, length, error);
}

static gboolean
flush_timeout_cb (gpointer user_data)
{
  KasusAutosave     *self = user_data;
  g_autoptr (GError) error = NULL;

  self->timeout_id = 0;
  if (!kasus_autosave_flush (self, &error))
    g_warning ("The draft could not be written: %s", error->message);

  return G_SOURCE_REMOVE;
}

void
kasus_autosave_schedule (KasusAutosave *self)
{
  g_return_if_fail (KASUS_IS_AUTOSAVE (self));

  if (self->kase == NULL)
    return;

  /* Not a debounce: typing that never pauses would never be drafted. The
   * draft is due delay_ms after the first change it does not hold yet, so
   * while edits keep coming it is written every delay_ms, and a crash
   * loses at most the last delay_ms of typing. */
  if (self->timeout_id != 0)
    return;

  self->timeout_id = g_timeout_add (self->delay_ms, flush_timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[kasus] autosave");
}

void
kasus_autosave_discard (KasusAutosave *self)
{
  g_return_if_fail (KASUS_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->draft != NULL)
    g_file_delete (self->draft, NULL, NULL);
  if (self->origin != NULL)
    g_file_delete (self->origin, NULL, NULL);
}

void
kasus_draft_free (KasusDraft *draft)
{
  if (draft == NULL)
    return;

  g_clear_object (&draft->draft);
  g_clear_object (&draft->file);
  g_free (draft);
}

static GFile *
origin_for (GFile *draft)
{
  g_autofree char *path = g_file_get_path (draft);
  g_autofree char *origin = NULL;

  if (path == NULL || !g_str_has_suffix (path, ".kasus"))
    return NULL;
  path[strlen (path) - strlen (".kasus")] = '\0';
  origin = g_strconcat (path, ".origin", NULL);

  return g_file_new_for_path (origin);
}

void
kasus_autosave_delete_draft (GFile *draft)
{
  g_autoptr (GFile) origin = NULL;

  g_return_if_fail (G_IS_FILE (draft));

  origin = origin_for (draft);
  g_file_delete (draft, NULL, NULL);
  if (origin != NULL)
    g_file_delete (origin, NULL, NULL);
}

static gint64
modified_usec (GFile *file)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GDateTime) time = NULL;

  info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                       G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL || !(time = g_file_info_get_modification_date_time (info)))
    return -1;

  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

static int
compare_drafts (gconstpointer a, gconstpointer b)
{
  const KasusDraft *da = *(const KasusDraft *const *) a;
  const KasusDraft *db = *(const KasusDraft *const *) b;

  return da->modified < db->modified ? 1 : da->modified > db->modified ? -1 : 0;
}

GPtrArray *
kasus_autosave_find_drafts (void)
{
  g_autofree char *folder = kasus_autosave_dup_folder ();
  g_autoptr (GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray       *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_draft_free);
  const char      *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autoptr (KasusDraft) draft = NULL;
      g_autoptr (GFile)      origin = NULL;
      g_autofree char       *uri = NULL;
      gint64                 file_modified;

      if (!g_str_has_suffix (name, ".kasus"))
        continue;

      draft = g_new0 (KasusDraft, 1);
      draft->draft = g_file_new_build_filename (folder, name, NULL);
      draft->modified = modified_usec (draft->draft);
      origin = origin_for (draft->draft);
      if (draft->modified < 0 || origin == NULL)
        continue;

      /* Without its .origin, a draft is taken for one never saved. */
      if (g_file_load_contents (origin, NULL, &uri, NULL, NULL, NULL) && uri[0] != '\0')
        draft->file = g_file_new_for_uri (g_strstrip (uri));

      if (draft->file != NULL && (file_modified = modified_usec (draft->file)) >= 0 &&
          file_modified >= draft->modified)
        {
          kasus_autosave_delete_draft (draft->draft);
          continue;
        }

      g_ptr_array_add (drafts, g_steal_pointer (&draft));
    }

  g_ptr_array_sort (drafts, compare_drafts);

  return drafts;
}

static void
kasus_autosave_dispose (GObject *object)
{
  KasusAutosave *self = KASUS_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->kase);
  g_clear_object (&self->draft);
  g_clear_object (&self->origin);
  g_clear_pointer (&self->origin_uri, g_free);

  G_OBJECT_CLASS (kasus_autosave_parent_class)->dispose (object);
}

static void
kasus_autosave_class_init (KasusAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kasus_autosave_dispose;
}

static void
kasus_autosave_init (KasusAutosave *self)
{
  self->delay_ms = KASUS_AUTOSAVE_DELAY_MS;
}
