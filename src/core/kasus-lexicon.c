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

/* A prefix: the first len bytes of entry - 1's key; entry 0 is empty. */
typedef struct
{
  guint32 entry;
  guint16 len;
  guint16 tag; /* top bits of the hash */
} Prefix;

struct _KasusLexicon
{
  GBytes     *bytes;
  const char *data;
  gsize       size;
  guint32    *offsets; /* start of each entry */
  guint       n_entries;
  guint16    *lengths;  /* key length of each entry */
  guint32    *slots;    /* hash of the keys for exact look-ups: see find_entry() */
  guint32     mask;     /* slots - 1 */
  Prefix     *prefixes; /* optional: every prefix of every key, hashed */
  guint32     prefixes_mask;
};

/* A slot holds the entry index + 1 in its low SLOT_BITS bits (0: empty)
 * and the top bits of the key's hash above them, so that a probe seldom
 * has to touch the words themselves. */
#define SLOT_BITS     22
#define SLOT_INDEX(s) ((s) & ((1u << SLOT_BITS) - 1))
#define SLOT_TAG(h)   ((h) & ~((1u << SLOT_BITS) - 1))

static inline guint64
read64 (const char *p)
{
  guint64 w;

  memcpy (&w, p, 8);
  return GUINT64_FROM_LE (w);
}

static inline guint64
read32 (const char *p)
{
  guint32 w;

  memcpy (&w, p, 4);
  return GUINT32_FROM_LE (w);
}

/* The high bit of every byte of w that equals c (exact for the lowest
 * one; a borrow may flag bytes above it). */
static inline guint64
has_byte (guint64 w, guchar c)
{
  guint64 x = w ^ (0x0101010101010101ull * c);

  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

static inline guint32
hash_key (const char *key, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ len;
  guint64 w;

  /* eight bytes at a time; the tail is read as overlapping words, so no
   * byte loop: keys are short */
  if (len > 8)
    {
      const char *last = key + len - 8;

      while (key < last)
        {
          h = (h ^ read64 (key)) * 0xFF51AFD7ED558CCDull;
          h ^= h >> 29;
          key += 8;
        }
      w = read64 (last);
    }
  else if (len == 8)
    w = read64 (key);
  else if (len >= 4)
    w = read32 (key) | (read32 (key + len - 4) << 32);
  else if (len > 0)
    w = (guchar) key[0] | ((guint64) (guchar) key[len / 2] << 8) |
        ((guint64) (guchar) key[len - 1] << 16);
  else
    w = 0;
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return (guint32) h;
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
  /* in batches: hash and prefetch first, then insert, so that the cache
   * misses of a big table overlap */
  for (guint i0 = 0; i0 < self->n_entries; i0 += 32)
    {
      guint32 hashes[32];
      guint   m = MIN (32u, self->n_entries - i0);

      for (guint j = 0; j < m; j++)
        {
          hashes[j] = hash_key (self->data + self->offsets[i0 + j], self->lengths[i0 + j]);
          __builtin_prefetch (&self->slots[hashes[j] & self->mask], 1);
        }
      for (guint j = 0; j < m; j++)
        {
          guint    i = i0 + j;
          gsize    len = self->lengths[i];
          guint32  tag = SLOT_TAG (hashes[j]);
          guint32  k = hashes[j] & self->mask;
          gboolean repeat = FALSE;

          /* a repeated key (with another value) is found as its first
           * entry, as a binary search would: it is not inserted again */
          for (guint32 slot; (slot = self->slots[k]) != 0 && !repeat; k = (k + 1) & self->mask)
            {
              guint o = SLOT_INDEX (slot) - 1;

              repeat =
                (slot ^ tag) < (1u << SLOT_BITS) && self->lengths[o] == len &&
                memcmp (self->data + self->offsets[o], self->data + self->offsets[i], len) == 0;
            }
          if (!repeat)
            self->slots[k] = tag | (i + 1);
        }
    }
}

/* The entry whose key is key, or -1. */
static inline int
find_entry (const KasusLexicon *self, const char *key, gsize len)
{
  guint32 h = hash_key (key, len);
  guint32 tag = SLOT_TAG (h);
  guint32 k = h & self->mask;

  for (;;)
    {
      guint32 slot = self->slots[k];
      guint   i;

      if (slot == 0)
        return -1;
      i = SLOT_INDEX (slot) - 1;
      if ((slot ^ tag) < (1u << SLOT_BITS) && self->lengths[i] == len &&
          memcmp (self->data + self->offsets[i], key, len) == 0)
        return i;
      k = (k + 1) & self->mask;
    }
}

static inline int
compare_key (const KasusLexicon *self, guint i, const char *key, gsize len)
{
  gsize       klen = self->lengths[i];
  const char *a = self->data + self->offsets[i];
  gsize       n = MIN (klen, len);
  int         cmp = 0;

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
kasus_lexicon_new_from_bytes (GBytes *bytes, GError **error)
{
  KasusLexicon *self;
  const char   *p, *end;
  guint         capacity = 1024;

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
      const char *q = p, *line_end;

      /* the key ends at the first TAB, CR or LF: eight bytes at a time
       * (the lowest flagged byte is always a true match) */
      while (end - q >= 8)
        {
          guint64 w = read64 (q);
          guint64 m = has_byte (w, '\n') | has_byte (w, '\t') | has_byte (w, '\r');

          if (m != 0)
            {
              q += __builtin_ctzll (m) / 8;
              goto key_end;
            }
          q += 8;
        }
      while (q < end && *q != '\n' && *q != '\t' && *q != '\r')
        q++;
    key_end:
      if (q < end && *q == '\n')
        line_end = q;
      else
        {
          line_end = memchr (q, '\n', end - q);
          if (line_end == NULL)
            line_end = end;
        }

      if (line_end > p && *p != '#')
        {
          if (self->n_entries == capacity)
            {
              capacity *= 2;
              self->offsets = g_renew (guint32, self->offsets, capacity);
              self->lengths = g_renew (guint16, self->lengths, capacity);
            }
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

  build_slots (self);

  return self;
}

KasusLexicon *
kasus_lexicon_new_from_resource (const char *path, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;

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
lower_bound (const KasusLexicon *self, const char *key, gsize len, gboolean prefix)
{
  guint lo = 0, hi = self->n_entries;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int   cmp;

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
kasus_lexicon_contains (const KasusLexicon *self, const char *key, gssize len)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (len < 0)
    len = strlen (key);
  return find_entry (self, key, len) >= 0;
}

const char *
kasus_lexicon_peek (const KasusLexicon *self, const char *key, gssize len, gsize *value_len)
{
  const char *p, *end, *q;
  int         i;

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
kasus_lexicon_lookup (const KasusLexicon *self, const char *key, gssize len)
{
  const char *v;
  gsize       vlen = 0;

  g_return_val_if_fail (self != NULL, NULL);

  v = kasus_lexicon_peek (self, key, len, &vlen);
  return v ? g_strndup (v, vlen) : NULL;
}

/* The slot of the prefix key[0..len) with hash h: its own or the empty
 * one where it would go. */
static Prefix *
prefix_slot (const KasusLexicon *self, const char *key, gsize len, guint32 h)
{
  guint32 k = h & self->prefixes_mask;

  for (;;)
    {
      Prefix *pr = &self->prefixes[k];

      if (pr->entry == 0 || (pr->tag == h >> 16 && pr->len == len &&
                             memcmp (self->data + self->offsets[pr->entry - 1], key, len) == 0))
        return pr;
      k = (k + 1) & self->prefixes_mask;
    }
}

void
kasus_lexicon_index_prefixes (KasusLexicon *self)
{
  gsize n = 0, size = 16;

  g_return_if_fail (self != NULL);

  if (self->prefixes != NULL)
    return;
  for (guint i = 0; i < self->n_entries; i++)
    n += self->lengths[i];
  while (size < 2 * n + 1)
    size *= 2;
  self->prefixes = g_new0 (Prefix, size);
  self->prefixes_mask = size - 1;
  for (guint i = 0; i < self->n_entries; i++)
    for (gsize l = 1; l <= self->lengths[i]; l++)
      {
        const char *key = self->data + self->offsets[i];
        guint32     h = hash_key (key, l);
        Prefix     *pr = prefix_slot (self, key, l, h);

        if (pr->entry == 0)
          {
            pr->entry = i + 1;
            pr->len = l;
            pr->tag = h >> 16;
          }
      }
}

gboolean
kasus_lexicon_has_prefix (const KasusLexicon *self, const char *prefix, gssize len)
{
  guint i;

  g_return_val_if_fail (self != NULL, FALSE);

  if (len < 0)
    len = strlen (prefix);
  if (self->prefixes != NULL && len > 0 && len <= G_MAXUINT16)
    return prefix_slot (self, prefix, len, hash_key (prefix, len))->entry != 0;
  i = lower_bound (self, prefix, len, TRUE);
  return i < self->n_entries && self->lengths[i] >= (gsize) len &&
         memcmp (self->data + self->offsets[i], prefix, len) == 0;
}

char *
kasus_lexicon_get_key (const KasusLexicon *self, guint i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->n_entries, NULL);

  return g_strndup (self->data + self->offsets[i], self->lengths[i]);
}
