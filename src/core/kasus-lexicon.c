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
  guint32 *slots;    /* hash of the keys for exact look-ups: see find_entry() */
  guint32  mask;     /* slots - 1 */
  guint8  *prefixes; /* optional: a bit for the hash of every key prefix */
  guint32  prefixes_mask;
};

/* A slot holds the entry index + 1 in its low SLOT_BITS bits (0: empty)
 * and the top bits of the key's hash above them, so that a probe seldom
 * has to touch the words themselves. */
#define SLOT_BITS 22
#define SLOT_INDEX(s) ((s) & ((1u << SLOT_BITS) - 1))
#define SLOT_TAG(h) ((h) & ~((1u << SLOT_BITS) - 1))

static inline guint32
hash_key (const char *key,
          gsize       len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ len;
  guint64 w;

  /* eight bytes at a time: keys are short */
  while (len >= 8)
    {
      memcpy (&w, key, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
      key += 8;
      len -= 8;
    }
  w = 0;
  for (gsize k = 0; k < len; k++)
    w |= (guint64) (guchar) key[k] << (8 * k);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return (guint32) h;
}

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

/* Exact look-ups go through a hash table, not the binary search: a
 * capitalised word is looked up in several big lists, and a probe of a
 * sorted 300,000-word list touches a dozen cache lines. The table costs
 * 4 bytes per slot at a load of at most 3/4. */
static void
build_slots (KasusLexicon *self)
{
  guint size = 16;

  while (size < self->n_entries + self->n_entries / 3 + 1)
    size *= 2;
  self->slots = g_new0 (guint32, size);
  self->mask = size - 1;
  for (guint i = 0; i < self->n_entries; i++)
    {
      const char *key = self->data + self->offsets[i];
      gsize len = self->lengths[i];
      guint32 h, k;

      /* a repeated key (with another value) is found as its first entry,
       * as the binary search did; the list is sorted, so repeats are
       * neighbours */
      if (i > 0 && self->lengths[i - 1] == len &&
          memcmp (self->data + self->offsets[i - 1], key, len) == 0)
        continue;
      h = hash_key (key, len);
      k = h & self->mask;
      while (self->slots[k] != 0)
        k = (k + 1) & self->mask;
      self->slots[k] = SLOT_TAG (h) | (i + 1);
    }
}

/* The entry whose key is key, or -1. */
static inline int
find_entry (const KasusLexicon *self,
            const char         *key,
            gsize               len)
{
  guint32 h = hash_key (key, len);
  guint32 tag = SLOT_TAG (h);
  guint32 k = h & self->mask;

  for (;;)
    {
      guint32 slot = self->slots[k];
      guint i;

      if (slot == 0)
        return -1;
      i = SLOT_INDEX (slot) - 1;
      if ((slot ^ tag) < (1u << SLOT_BITS) && self->lengths[i] == len &&
          memcmp (self->data + self->offsets[i], key, len) == 0)
        return i;
      k = (k + 1) & self->mask;
    }
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
  self->lengths = g_new (guint16, capacity);
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;

      if (line_end > p && *p != '#')
        {
          const char *q = p;

          if (self->n_entries == capacity)
            {
              capacity *= 2;
              self->offsets = g_renew (guint32, self->offsets, capacity);
              self->lengths = g_renew (guint16, self->lengths, capacity);
            }
          /* the key ends at a TAB or CR */
          while (q < line_end && *q != '\t' && *q != '\r')
            q++;
          self->offsets[self->n_entries] = p - self->data;
          self->lengths[self->n_entries] = MIN ((gsize) (q - p), G_MAXUINT16);
          self->n_entries++;
        }
      p = line_end + 1;
    }

  if (self->n_entries >= (1u << SLOT_BITS) - 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "lexicon has too many entries");
      kasus_lexicon_free (self);
      return NULL;
    }

  /* small lists are searched whole; the index costs 256 KiB */
  if (self->n_entries >= 128)
    build_index (self);
  build_slots (self);

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
  g_free (self->slots);
  g_free (self->prefixes);
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
  g_return_val_if_fail (self != NULL, FALSE);

  if (len < 0)
    len = strlen (key);
  return find_entry (self, key, len) >= 0;
}

const char *
kasus_lexicon_peek (const KasusLexicon *self,
                    const char         *key,
                    gssize              len,
                    gsize              *value_len)
{
  const char *p, *end, *q;
  int i;

  g_return_val_if_fail (self != NULL, NULL);

  if (len < 0)
    len = strlen (key);
  i = find_entry (self, key, len);
  if (i < 0)
    return NULL;

  p = self->data + self->offsets[i] + len;
  end = self->data + self->size;
  if (p >= end || *p != '\t')
    {
      *value_len = 0;
      return p;
    }
  p++;
  q = p;
  while (q < end && *q != '\n' && *q != '\r')
    q++;
  *value_len = q - p;
  return p;
}

char *
kasus_lexicon_lookup (const KasusLexicon *self,
                      const char         *key,
                      gssize              len)
{
  const char *v;
  gsize vlen = 0;

  g_return_val_if_fail (self != NULL, NULL);

  v = kasus_lexicon_peek (self, key, len, &vlen);
  return v ? g_strndup (v, vlen) : NULL;
}

void
kasus_lexicon_index_prefixes (KasusLexicon *self)
{
  gsize n = 0, bits = 1024;

  g_return_if_fail (self != NULL);

  if (self->prefixes != NULL)
    return;
  for (guint i = 0; i < self->n_entries; i++)
    n += self->lengths[i];
  /* about 16 bits a prefix: few false hits, and those only cost the
   * binary search */
  while (bits < 16 * n)
    bits *= 2;
  self->prefixes = g_new0 (guint8, bits / 8);
  self->prefixes_mask = bits - 1;
  for (guint i = 0; i < self->n_entries; i++)
    for (gsize l = 1; l <= self->lengths[i]; l++)
      {
        guint32 b = hash_key (self->data + self->offsets[i], l) & self->prefixes_mask;

        self->prefixes[b / 8] |= 1u << (b % 8);
      }
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
  if (self->prefixes != NULL && len > 0)
    {
      guint32 b = hash_key (prefix, len) & self->prefixes_mask;

      if (!(self->prefixes[b / 8] & (1u << (b % 8))))
        return FALSE;
    }
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
