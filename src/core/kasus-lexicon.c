/* kasus-lexicon.c
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-lexicon"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "kasus-core.h"
#include "kasus-lexicon.h"

struct _KasusLexicon
{
  GBytes  *bytes;
  const char *data;
  gsize    size;
  guint32 *offsets;  /* start of each entry */
  guint    n_entries;
  guint32 *index;    /* first entry of each two-byte bucket (65537 slots) */
  guint16 *lengths;  /* key length of each entry */
};

/* The bucket of an entry or key: its first two bytes; a one-byte key's
 * terminator (TAB, LF) sorts before any key byte, so buckets stay in
 * the lexicon's order. */
static inline guint
bucket_of (const char *p,
           gsize       avail)
{
  guint b0 = (guchar) p[0];
  guint b1 = avail > 1 ? (guchar) p[1] : 0;

  if (b1 == '\r')
    b1 = '\n';
  return (b0 << 8) | b1;
}

static void
build_index (KasusLexicon *self)
{
  guint b = 0;

  self->index = g_new (guint32, 65537);
  for (guint i = 0; i < self->n_entries; i++)
    {
      guint32 off = self->offsets[i];
      guint k = bucket_of (self->data + off, self->size - off);

      while (b <= k)
        self->index[b++] = i;
    }
  while (b <= 65536)
    self->index[b++] = self->n_entries;
}

/* The range [lo, hi) of entries that can start with key. */
static inline void
key_range (const KasusLexicon *self,
           const char         *key,
           gsize               len,
           guint              *lo,
           guint              *hi)
{
  if (self->index == NULL || len == 0)
    {
      *lo = 0;
      *hi = self->n_entries;
    }
  else if (len == 1)
    {
      guint b0 = (guchar) key[0];
      *lo = self->index[b0 << 8];
      *hi = self->index[MIN ((b0 + 1) << 8, 65536u)];
    }
  else
    {
      guint k = ((guint) (guchar) key[0] << 8) | (guchar) key[1];
      *lo = self->index[k];
      *hi = self->index[k + 1];
    }
}

/* Length of the key at offset: up to TAB or end of line. */
static inline gsize
key_length_scan (const KasusLexicon *self,
                 guint32             offset)
{
  const char *p = self->data + offset;
  const char *end = self->data + self->size;
  const char *q = p;

  while (q < end && *q != '\n' && *q != '\t' && *q != '\r')
    q++;
  return q - p;
}

static inline int
compare_key (const KasusLexicon *self,
             guint               i,
             const char         *key,
             gsize               len)
{
  gsize klen = self->lengths[i];
  const char *a = self->data + self->offsets[i];
  gsize n = MIN (klen, len);
  int cmp = 0;

  /* keys are short: a byte loop beats a libc call */
  for (gsize k = 0; k < n; k++)
    if (a[k] != key[k])
      {
        cmp = (guchar) a[k] < (guchar) key[k] ? -1 : 1;
        break;
      }

  if (cmp != 0)
    return cmp;
  return klen < len ? -1 : (klen > len ? 1 : 0);
}

KasusLexicon *
kasus_lexicon_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  KasusLexicon *self;
  const char *p, *end;
  guint capacity = 1024;

  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_new0 (KasusLexicon, 1);
  self->bytes = g_bytes_ref (bytes);
  self->data = g_bytes_get_data (bytes, &self->size);
  self->offsets = g_new (guint32, capacity);

  if (self->size >= G_MAXUINT32)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "lexicon too large");
      kasus_lexicon_free (self);
      return NULL;
    }

  p = self->data;
  end = self->data + self->size;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;

      if (line_end > p && *p != '#')
        {
          if (self->n_entries == capacity)
            {
              capacity *= 2;
              self->offsets = g_renew (guint32, self->offsets, capacity);
            }
          self->offsets[self->n_entries++] = p - self->data;
        }
      p = line_end + 1;
    }

  /* small lists are searched whole; the index costs 256 KiB */
  if (self->n_entries >= 128)
    build_index (self);
  self->lengths = g_new (guint16, MAX (self->n_entries, 1));
  for (guint i = 0; i < self->n_entries; i++)
    self->lengths[i] = MIN (key_length_scan (self, self->offsets[i]), G_MAXUINT16);

  return self;
}

KasusLexicon *
kasus_lexicon_new_from_resource (const char  *path,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  kasus_core_init ();

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return kasus_lexicon_new_from_bytes (bytes, error);
}

void
kasus_lexicon_free (KasusLexicon *self)
{
  if (self == NULL)
    return;
  g_bytes_unref (self->bytes);
  g_free (self->offsets);
  g_free (self->index);
  g_free (self->lengths);
  g_free (self);
}

guint
kasus_lexicon_get_size (const KasusLexicon *self)
{
  return self->n_entries;
}

/* Index of the first entry >= key. */
static guint
lower_bound (const KasusLexicon *self,
             const char         *key,
             gsize               len,
             gboolean            prefix)
{
  guint lo, hi;

  key_range (self, key, len, &lo, &hi);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int cmp;

      if (prefix)
        {
          gsize klen = self->lengths[mid];
          cmp = compare_key (self, mid, key, MIN (klen, len));
          if (cmp == 0 && klen < len)
            cmp = -1;
          else if (cmp == 0)
            cmp = 1; /* entry has key as prefix: counts as >= */
        }
      else
        cmp = compare_key (self, mid, key, len);

      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

gboolean
kasus_lexicon_contains (const KasusLexicon *self,
                        const char         *key,
                        gssize              len)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);

  if (len < 0)
    len = strlen (key);
  i = lower_bound (self, key, len, FALSE);
  return i < self->n_entries && compare_key (self, i, key, len) == 0;
}

char *
kasus_lexicon_lookup (const KasusLexicon *self,
                      const char         *key,
                      gssize              len)
{
  const char *p, *end, *q;
  guint i;

  g_return_val_if_fail (self != NULL, NULL);

  if (len < 0)
    len = strlen (key);
  i = lower_bound (self, key, len, FALSE);
  if (i >= self->n_entries || compare_key (self, i, key, len) != 0)
    return NULL;

  p = self->data + self->offsets[i] + len;
  end = self->data + self->size;
  if (p >= end || *p != '\t')
    return g_strdup ("");
  p++;
  q = p;
  while (q < end && *q != '\n' && *q != '\r')
    q++;
  return g_strndup (p, q - p);
}

gboolean
kasus_lexicon_has_prefix (const KasusLexicon *self,
                          const char         *prefix,
                          gssize              len)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);

  if (len < 0)
    len = strlen (prefix);
  i = lower_bound (self, prefix, len, TRUE);
  return i < self->n_entries &&
         self->lengths[i] >= (gsize) len &&
         memcmp (self->data + self->offsets[i], prefix, len) == 0;
}

char *
kasus_lexicon_get_key (const KasusLexicon *self,
                       guint               i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->n_entries, NULL);

  return g_strndup (self->data + self->offsets[i], self->lengths[i]);
}
