/* kasus-core.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-core"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kasus-core.h"
#include "kasus-core-resources.h"

void
kasus_core_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      /* KASUS_LOCALEDIR: the po/ folder of an uninstalled build. */
      const char *localedir = g_getenv ("KASUS_LOCALEDIR");

      kasus_core_register_resource ();
      bindtextdomain (GETTEXT_PACKAGE,
                      localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

GBytes *
kasus_core_lookup_resource (const char *relative_path, GError **error)
{
  g_autofree char *path = NULL;

  kasus_core_init ();
  path = g_build_path ("/", KASUS_CORE_RESOURCE_PATH, relative_path, NULL);
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

gboolean
kasus_core_json_depth_ok (const char *data, gsize length, guint max_depth)
{
  gboolean in_string = FALSE;
  guint    depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      switch (c)
        {
          case '"':
            in_string = TRUE;
            break;
          case '[':
          case '{':
            if (++depth > max_depth)
              return FALSE;
            break;
          case ']':
          case '}':
            if (depth > 0)
              depth--;
            break;
          default:
            break;
        }
    }
  return TRUE;
}

static gboolean
read_failed (const char *display_name, int saved_errno, GError **error)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _ ("%s: cannot be read: %s"), display_name, g_strerror (saved_errno));
  return FALSE;
}

gboolean
kasus_core_read_file (const char *path,
                      const char *display_name,
                      gsize       max_size,
                      char      **contents,
                      gsize      *length,
                      GError    **error)
{
  g_autofree char *data = NULL;
  struct stat      st;
  gsize            size = 0, allocated;
  int              fd, flags;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (display_name == NULL)
    display_name = path;

  /* O_NONBLOCK: opening a FIFO nobody writes to must not wait. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  if (fd < 0)
    return read_failed (display_name, errno, error);

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return read_failed (display_name, saved_errno, error);
    }
  if (S_ISDIR (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _ ("%s: cannot be read: it is a folder"), display_name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _ ("%s: cannot be read: not a regular file (a device, pipe or socket)"),
                   display_name);
      return FALSE;
    }
  if ((guint64) st.st_size > max_size)
    {
      g_autofree char *size_text = g_format_size (st.st_size);
      g_autofree char *max_text = g_format_size (max_size);

      close (fd);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _ ("%s: cannot be read: it is too big (%s; at most %s)"), display_name,
                   size_text, max_text);
      return FALSE;
    }

  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  allocated = (gsize) st.st_size + 1;
  data = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (size + 1 >= allocated)
        {
          if (size >= max_size)
            break;
          allocated = MIN (allocated * 2, max_size + 2);
          data = g_realloc (data, allocated);
        }
      n = read (fd, data + size, allocated - size - 1);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return read_failed (display_name, saved_errno, error);
        }
      if (n == 0)
        break;
      size += n;
    }
  close (fd);

  if (size > max_size)
    {
      g_autofree char *max_text = g_format_size (max_size);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _ ("%s: cannot be read: it is too big (more than %s)"), display_name, max_text);
      return FALSE;
    }

  data[size] = '\0';
  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = size;
  return TRUE;
}
