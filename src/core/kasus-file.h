/* kasus-file.h — writing files that hold patient text
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every file Kasus writes may name a patient, so all of them are written
 * the same way: into a hidden temporary file in the same folder, private
 * (0600) from the first byte, then write, fsync, rename over the target
 * and fsync the folder. A link is followed: what it points to is replaced.
 * On any failure the temporary file is removed and the old file is left
 * as it was.
 *
 * Errors are in G_IO_ERROR and name the file by display_name (the file's
 * parse name when NULL). */

typedef struct _KasusPrivateFileWriter KasusPrivateFileWriter;

/* For output that comes in pieces (a PDF stream). */
KasusPrivateFileWriter          *
kasus_private_file_writer_open (GFile *file, const char *display_name, GError **error);
gboolean kasus_private_file_writer_write (KasusPrivateFileWriter *self,
                                          const void             *data,
                                          gsize                   length,
                                          GError                **error);
/* Puts the file in place. Fails after a failed write. */
gboolean kasus_private_file_writer_commit (KasusPrivateFileWriter *self, GError **error);
/* Removes the temporary file unless committed. */
void kasus_private_file_writer_free (KasusPrivateFileWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusPrivateFileWriter, kasus_private_file_writer_free)

/* All of it at once. */
gboolean kasus_file_write_private (GFile      *file,
                                   const char *display_name,
                                   const void *data,
                                   gsize       length,
                                   GError    **error);

/* Creates dir and its parents, and makes dir 0700 even if it was there. */
gboolean kasus_file_ensure_private_dir (GFile *dir, GError **error);

G_END_DECLS
