/* kasus-file.c — writing files that hold patient text
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kasus-file.h"

struct _KasusPrivateFileWriter
{
  char    *display_name;
  char    *target; /* what is replaced: a link's target */
  char    *tmp_path;
  int      fd; /* -1 once closed */
  gboolean failed;
  gboolean committed;
};

static void
set_error_from_errno (GError **error, const char *display_name, int saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), _ ("Cannot write “%s”: %s"),
               display_name, g_strerror (saved_errno));
}

/* Closes and removes the temporary file: the old file stays as it was. */
static void
discard (KasusPrivateFileWriter *self)
{
  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  g_clear_pointer (&self->tmp_path, g_free);
  self->failed = TRUE;
}

static gboolean
fail (KasusPrivateFileWriter *self, int saved_errno, GError **error)
{
  discard (self);
  set_error_from_errno (error, self->display_name, saved_errno);
  return FALSE;
}

KasusPrivateFileWriter *
kasus_private_file_writer_open (GFile *file, const char *display_name, GError **error)
{
  g_autoptr (KasusPrivateFileWriter) self = NULL;
  g_autofree char                   *folder = NULL;
  g_autofree char                   *basename = NULL;
  g_autofree char                   *tmp_name = NULL;
  const char                        *path;
  struct stat                        st;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (KasusPrivateFileWriter, 1);
  self->fd = -1;
  self->display_name =
    display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _ ("Cannot write “%s”: not a local file"), self->display_name);
      return NULL;
    }

  /* Replace what a link points to, not the link. */
  self->target = g_strdup (path);
  if (lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    {
      char *resolved = realpath (path, NULL);

      if (resolved != NULL)
        {
          g_free (self->target);
          self->target = g_strdup (resolved);
          free (resolved);
        }
    }

  if (stat (self->target, &st) == 0 && S_ISDIR (st.st_mode))
    {
      /* Found before anything is written; rename() would say the same. */
      set_error_from_errno (error, self->display_name, EISDIR);
      return NULL;
    }

  /* Next to the target so that rename() is atomic; hidden, and private
   * from the first byte. */
  folder = g_path_get_dirname (self->target);
  basename = g_path_get_basename (self->target);
  tmp_name = g_strdup_printf (".%s.XXXXXX", basename);
  self->tmp_path = g_build_filename (folder, tmp_name, NULL);
  self->fd = g_mkstemp_full (self->tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      /* Nothing was created: nothing to remove. */
      g_clear_pointer (&self->tmp_path, g_free);
      fail (self, saved_errno, error);
      return NULL;
    }

  /* The umask may have taken more than it should. */
  if (fchmod (self->fd, 0600) != 0)
    {
      fail (self, errno, error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

gboolean
kasus_private_file_writer_write (KasusPrivateFileWriter *self,
                                 const void             *data,
                                 gsize                   length,
                                 GError                **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (self->failed || self->committed)
    {
      set_error_from_errno (error, self->display_name, EBADF);
      return FALSE;
    }

  while (length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return fail (self, n < 0 ? errno : EIO, error);
      p += n;
      length -= n;
    }
  return TRUE;
}

gboolean
kasus_private_file_writer_commit (KasusPrivateFileWriter *self, GError **error)
{
  g_autofree char *folder = NULL;
  int              fd;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->failed || self->committed)
    {
      set_error_from_errno (error, self->display_name, EBADF);
      return FALSE;
    }

  if (fsync (self->fd) != 0)
    return fail (self, errno, error);
  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0)
    return fail (self, errno, error);
  if (g_rename (self->tmp_path, self->target) != 0)
    return fail (self, errno, error);
  self->committed = TRUE;

  /* Make the rename itself durable. The new file is in place by now, so a
   * failure here is not a failed write. */
  folder = g_path_get_dirname (self->target);
  fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      if (fsync (fd) != 0 && errno != EINVAL)
        g_debug ("Could not sync folder %s: %s", folder, g_strerror (errno));
      close (fd);
    }
  return TRUE;
}

void
kasus_private_file_writer_free (KasusPrivateFileWriter *self)
{
  if (self == NULL)
    return;

  if (!self->committed)
    discard (self);
  g_free (self->display_name);
  g_free (self->target);
  g_free (self->tmp_path);
  g_free (self);
}

gboolean
kasus_file_write_private (GFile      *file,
                          const char *display_name,
                          const void *data,
                          gsize       length,
                          GError    **error)
{
  g_autoptr (KasusPrivateFileWriter) writer = NULL;

  writer = kasus_private_file_writer_open (file, display_name, error);
  return writer != NULL && kasus_private_file_writer_write (writer, data, length, error) &&
         kasus_private_file_writer_commit (writer, error);
}

gboolean
kasus_file_ensure_private_dir (GFile *dir, GError **error)
{
  const char *path;
  int         saved_errno;

  g_return_val_if_fail (G_IS_FILE (dir), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_peek_path (dir);
  if (path == NULL)
    saved_errno = ENOTSUP;
  else if (g_mkdir_with_parents (path, 0700) != 0 ||
           /* It may predate us with laxer permissions. */
           g_chmod (path, 0700) != 0)
    saved_errno = errno;
  else
    return TRUE;

  {
    g_autofree char *name = g_file_get_parse_name (dir);

    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _ ("Could not create the folder %s: %s"), name, g_strerror (saved_errno));
  }
  return FALSE;
}
