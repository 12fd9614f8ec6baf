/* kasus-lexicon.h — a sorted word list from the resources, looked up in place
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A lexicon is a resource file of one entry a line, sorted bytewise
 * (LC_ALL=C sort -u), lines starting with '#' first (the header that names
 * the source and licence). Entries may hold a TAB-separated value after the
 * key (`key\tvalue`); the key is what is looked up. Loading does not copy
 * the words: exact look-ups go through a hash table of entry indices and
 * prefix searches binary-search the resource's own bytes, so a
 * 300,000-word list costs a few small arrays.
 *
 * A loaded lexicon is immutable and safe to share between threads. */
typedef struct _KasusLexicon KasusLexicon;

KasusLexicon *kasus_lexicon_new_from_resource (const char *path, GError **error);
KasusLexicon *kasus_lexicon_new_from_bytes (GBytes *bytes, GError **error);
void          kasus_lexicon_free (KasusLexicon *self);

guint kasus_lexicon_get_size (const KasusLexicon *self);
/* key must match exactly (bytes); len may be -1 for NUL-terminated. */
gboolean kasus_lexicon_contains (const KasusLexicon *self, const char *key, gssize len);
/* The value after the TAB of the entry for key, as a new string, or NULL. */
char *kasus_lexicon_lookup (const KasusLexicon *self, const char *key, gssize len);
/* Like kasus_lexicon_lookup() without a copy: the value's bytes inside
 * the lexicon (not NUL-terminated; an entry without value gives "" and
 * length 0), or NULL when key is absent. */
const char *
kasus_lexicon_peek (const KasusLexicon *self, const char *key, gssize len, gsize *value_len);
/* Makes kasus_lexicon_has_prefix() a hash look-up: every prefix of every
 * key goes into a table (16 bytes per key byte). Without it prefix
 * searches are binary searches. Call it before the lexicon is shared
 * between threads. */
void kasus_lexicon_index_prefixes (KasusLexicon *self);
/* TRUE when some entry starts with prefix. */
gboolean kasus_lexicon_has_prefix (const KasusLexicon *self, const char *prefix, gssize len);
/* The i-th key (without value) as a new string, for iteration. */
char *kasus_lexicon_get_key (const KasusLexicon *self, guint i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusLexicon, kasus_lexicon_free)

G_END_DECLS
