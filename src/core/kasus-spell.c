/* kasus-spell.c — spell checking: hunspell plus Kasus's medical supplement
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-spell"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <hunspell/hunspell.h>

#include "kasus-core.h"
#include "kasus-file.h"
#include "kasus-lexicon.h"
#include "kasus-spell.h"

/* Verdicts are cached per dictionary; the editor rechecks the same words
 * on every keystroke. Cleared when full. */
#define CACHE_MAX 50000
/* Longest word handed to hunspell, in bytes. */
#define WORD_MAX 200

G_DEFINE_QUARK (kasus - spell - error - quark, kasus_spell_error)

/* ------------------------------------------------------------------ */
/* KasusMisspelling                                                    */

KasusMisspelling *
kasus_misspelling_copy (const KasusMisspelling *self)
{
  KasusMisspelling *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new (KasusMisspelling, 1);
  *copy = *self;
  copy->word = g_strdup (self->word);
  return copy;
}

void
kasus_misspelling_free (KasusMisspelling *self)
{
  if (self == NULL)
    return;
  g_free (self->word);
  g_free (self);
}

G_DEFINE_BOXED_TYPE (KasusMisspelling,
                     kasus_misspelling,
                     kasus_misspelling_copy,
                     kasus_misspelling_free)

static KasusMisspelling *
misspelling_new (guint start, guint end, const char *word, gsize len, KasusLanguage language)
{
  KasusMisspelling *m = g_new (KasusMisspelling, 1);

  m->start = start;
  m->end = end;
  m->word = g_strndup (word, len);
  m->language = language;
  return m;
}

/* ------------------------------------------------------------------ */
/* Dictionaries, shared by every KasusSpell of the process             */

typedef struct
{
  int           ref_count; /* under cache_lock */
  KasusLanguage language;
  char         *aff_path; /* also the cache key */
  char         *dic_path;
  char         *encoding; /* NULL when UTF-8 */

  /* The handle for checking: held only for microseconds. */
  GMutex      check_lock;
  Hunhandle  *check;
  GHashTable *verdicts; /* UTF-8 word → GINT_TO_POINTER (1 good, 2 bad) */

  /* A second handle for suggestions, which hold it for up to ~130 ms, so
   * that checking on the main thread never waits for them. Made on the
   * first suggestion. */
  GMutex     suggest_lock;
  Hunhandle *suggest;

  /* The personal dictionary (UTF-8 words) and what the suggestion handle
   * has yet to learn of it ("+word", "-word"). */
  GMutex      words_lock;
  GHashTable *personal;
  GPtrArray  *pending;
} SpellDict;

static GMutex      cache_lock;
static GHashTable *dict_cache; /* aff_path → SpellDict (weak) */

static const char *
language_code (KasusLanguage language)
{
  return language == KASUS_LANGUAGE_EN ? "en" : "da";
}

static const char *
language_name (KasusLanguage language)
{
  /* Translators: a language, in a sentence such as "The dictionary for
   * Danish could not be read" */
  return language == KASUS_LANGUAGE_EN ? C_ ("in a sentence", "English")
                                       : C_ ("in a sentence", "Danish");
}

static void
spell_dict_free (SpellDict *dict)
{
  if (dict->check != NULL)
    Hunspell_destroy (dict->check);
  if (dict->suggest != NULL)
    Hunspell_destroy (dict->suggest);
  g_clear_pointer (&dict->verdicts, g_hash_table_unref);
  g_clear_pointer (&dict->personal, g_hash_table_unref);
  g_clear_pointer (&dict->pending, g_ptr_array_unref);
  g_mutex_clear (&dict->check_lock);
  g_mutex_clear (&dict->suggest_lock);
  g_mutex_clear (&dict->words_lock);
  g_free (dict->aff_path);
  g_free (dict->dic_path);
  g_free (dict->encoding);
  g_free (dict);
}

static void
spell_dict_release (SpellDict *dict)
{
  gboolean last;

  g_mutex_lock (&cache_lock);
  last = --dict->ref_count == 0;
  if (last && dict_cache != NULL && g_hash_table_lookup (dict_cache, dict->aff_path) == dict)
    g_hash_table_remove (dict_cache, dict->aff_path);
  g_mutex_unlock (&cache_lock);

  if (last)
    spell_dict_free (dict);
}

/* Converts UTF-8 to the dictionary's encoding; NULL when not representable. */
static char *
to_dict (SpellDict *dict, const char *word, gssize len)
{
  if (len < 0)
    len = strlen (word);
  if (dict->encoding == NULL)
    return g_strndup (word, len);
  return g_convert (word, len, dict->encoding, "UTF-8", NULL, NULL, NULL);
}

static char *
from_dict (SpellDict *dict, const char *word)
{
  if (dict->encoding == NULL)
    return g_utf8_validate (word, -1, NULL) ? g_strdup (word) : NULL;
  return g_convert (word, -1, "UTF-8", dict->encoding, NULL, NULL, NULL);
}

/* Folders searched for hunspell dictionaries, in order. */
static GPtrArray *
dictionary_dirs (void)
{
  GPtrArray  *dirs = g_ptr_array_new_with_free_func (g_free);
  const char *env = g_getenv ("KASUS_HUNSPELL_PATH");

  if (env != NULL && *env != '\0')
    {
      g_auto (GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          g_ptr_array_add (dirs, g_strdup (parts[i]));
      return dirs;
    }

  g_ptr_array_add (dirs, g_build_filename (g_get_user_data_dir (), "hunspell", NULL));
  for (const char *const *d = g_get_system_data_dirs (); *d != NULL; d++)
    g_ptr_array_add (dirs, g_build_filename (*d, "hunspell", NULL));
  g_ptr_array_add (dirs, g_strdup ("/app/share/hunspell"));
  g_ptr_array_add (dirs, g_strdup ("/usr/share/hunspell"));
  g_ptr_array_add (dirs, g_strdup ("/usr/share/myspell"));
  g_ptr_array_add (dirs, g_strdup ("/usr/share/myspell/dicts"));

  /* Drop repeats, keeping the first. */
  for (guint i = 0; i < dirs->len; i++)
    for (guint j = dirs->len - 1; j > i; j--)
      if (g_str_equal (g_ptr_array_index (dirs, i), g_ptr_array_index (dirs, j)))
        g_ptr_array_remove_index (dirs, j);
  return dirs;
}

static gboolean
find_dictionary (KasusLanguage language, char **aff_path, char **dic_path, GError **error)
{
  static const char *const da_names[] = { "da_DK", "da", NULL };
  static const char *const en_names[] = { "en_US", "en_GB", "en", NULL };
  const char *const       *names = language == KASUS_LANGUAGE_EN ? en_names : da_names;
  g_autoptr (GPtrArray)    dirs = dictionary_dirs ();
  g_autoptr (GString)      tried = g_string_new (NULL);

  for (guint n = 0; names[n] != NULL; n++)
    for (guint i = 0; i < dirs->len; i++)
      {
        const char      *dir = g_ptr_array_index (dirs, i);
        g_autofree char *base = g_strconcat (names[n], ".dic", NULL);
        g_autofree char *dic = g_build_filename (dir, base, NULL);
        g_autofree char *aff = NULL;

        if (n == 0)
          g_string_append_printf (tried, "%s%s", tried->len ? ", " : "", dic);
        if (!g_file_test (dic, G_FILE_TEST_IS_REGULAR))
          continue;
        memcpy (dic + strlen (dic) - 3, "aff", 3);
        aff = g_strdup (dic);
        memcpy (dic + strlen (dic) - 3, "dic", 3);
        if (!g_file_test (aff, G_FILE_TEST_IS_REGULAR))
          continue;
        if (g_access (aff, R_OK) != 0 || g_access (dic, R_OK) != 0)
          continue;
        *aff_path = g_steal_pointer (&aff);
        *dic_path = g_steal_pointer (&dic);
        return TRUE;
      }

  g_set_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_NO_DICTIONARY,
               /* Translators: %s is a language name, then a hunspell
                * dictionary name, then a list of paths */
               _ ("No dictionary for %s: %s.aff/.dic not found (tried %s). Install hunspell-%s."),
               language_name (language), names[0], tried->str, language_code (language));
  return FALSE;
}

/* Personal dictionary ------------------------------------------------ */

char *
kasus_spell_get_dictionary_path (KasusLanguage language)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (language == KASUS_LANGUAGE_DA || language == KASUS_LANGUAGE_EN, NULL);

  base = g_strdup_printf ("dictionary-%s.txt", language_code (language));
  return g_build_filename (g_get_user_data_dir (), "kasus", base, NULL);
}

/* The words in the personal dictionary file; empty when there is none. */
static GHashTable *
read_personal (KasusLanguage language)
{
  GHashTable      *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *path = kasus_spell_get_dictionary_path (language);
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return words;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *w = g_strstrip (lines[i]);

      if (*w == '\0' || *w == '#' || !g_utf8_validate (w, -1, NULL))
        continue;
      g_hash_table_add (words, g_strdup (w));
    }
  return words;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static char **
sorted_words (GHashTable *set)
{
  guint  n = 0;
  char **words = (char **) g_hash_table_get_keys_as_array (set, &n);
  char **copy;

  qsort (words, n, sizeof (char *), compare_strings);
  copy = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    copy[i] = g_strdup (words[i]);
  g_free (words);
  return copy;
}

static gboolean
write_personal (KasusLanguage language, GHashTable *words, GError **error)
{
  g_autofree char  *path = kasus_spell_get_dictionary_path (language);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) dir = g_file_get_parent (file);
  g_auto (GStrv) sorted = sorted_words (words);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError)  local_error = NULL;

  /* The words a physician adds may be patients' names. */
  if (!kasus_file_ensure_private_dir (dir, &local_error))
    {
      g_set_error_literal (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_FAILED,
                           local_error->message);
      return FALSE;
    }

  for (guint i = 0; sorted[i] != NULL; i++)
    g_string_append_printf (out, "%s\n", sorted[i]);

  if (!kasus_file_write_private (file, NULL, out->str, out->len, &local_error))
    {
      g_set_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_FAILED,
                   _ ("Could not save the personal dictionary: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Medical supplement ------------------------------------------------- */

static KasusLexicon *
gene_symbols (void)
{
  static gsize         initialized;
  static KasusLexicon *genes;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr (GBytes) bytes = kasus_core_lookup_resource ("spell/genes.txt", NULL);

      if (bytes != NULL)
        genes = kasus_lexicon_new_from_bytes (bytes, NULL);
      g_once_init_leave (&initialized, 1);
    }
  return genes;
}

/* Adds a supplement list to a hunspell handle. Lines are `word` or
 * `word<TAB>example`: the word then inflects and compounds like the example
 * (a word of the hunspell dictionary). Lowercase words without an example
 * take default_example when given, if long enough: short words that
 * compound freely would let typos through ("carbo" + "plat" + "ni"). */
static void
add_word_list (SpellDict  *dict,
               Hunhandle  *handle,
               const char *resource,
               const char *default_example)
{
  g_autoptr (GBytes) bytes = kasus_core_lookup_resource (resource, NULL);
  g_autofree char   *default_ex = NULL;
  const char        *p, *end;
  gsize              size;

  if (bytes == NULL)
    {
      g_warning ("Missing spelling resource %s", resource);
      return;
    }
  if (default_example != NULL)
    {
      default_ex = to_dict (dict, default_example, -1);
      if (default_ex != NULL && !Hunspell_spell (handle, default_ex))
        g_clear_pointer (&default_ex, g_free);
    }

  p = g_bytes_get_data (bytes, &size);
  end = p + size;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;
      const char *tab = memchr (p, '\t', line_end - p);
      const char *word_end = tab ? tab : line_end;

      if (word_end > p && *p != '#')
        {
          g_autofree char *word = to_dict (dict, p, word_end - p);
          g_autofree char *example = NULL;

          if (tab != NULL && line_end > tab + 1)
            example = to_dict (dict, tab + 1, line_end - tab - 1);
          else if (default_ex != NULL && g_ascii_islower (*p) && word_end - p >= 7)
            example = g_strdup (default_ex);

          if (word == NULL)
            ;
          else if (example != NULL)
            Hunspell_add_with_affix (handle, word, example);
          else
            Hunspell_add (handle, word);
        }
      p = line_end + 1;
    }
}

static void
add_supplement (SpellDict *dict, Hunhandle *handle)
{
  add_word_list (dict, handle, "spell/eponyms.txt", NULL);
  if (dict->language == KASUS_LANGUAGE_DA)
    {
      add_word_list (dict, handle, "spell/common.txt", "cisplatin");
      add_word_list (dict, handle, "spell/da-medical.txt", NULL);
    }
  else
    {
      add_word_list (dict, handle, "spell/common.txt", "aspirin");
      add_word_list (dict, handle, "spell/en-medical.txt", NULL);
      add_word_list (dict, handle, "spell/en-openmedspel.txt", NULL);
    }
}

static void
add_personal_word (SpellDict *dict, Hunhandle *handle, const char *word, gboolean add)
{
  g_autofree char *w = to_dict (dict, word, -1);

  if (w == NULL)
    return;
  if (add)
    Hunspell_add (handle, w);
  else
    Hunspell_remove (handle, w);
}

static Hunhandle *
create_handle (SpellDict *dict)
{
  Hunhandle *handle = Hunspell_create (dict->aff_path, dict->dic_path);

  add_supplement (dict, handle);
  return handle;
}

static SpellDict *
spell_dict_new (KasusLanguage language, const char *aff_path, const char *dic_path, GError **error)
{
  SpellDict  *dict = g_new0 (SpellDict, 1);
  const char *encoding;

  dict->ref_count = 1;
  dict->language = language;
  dict->aff_path = g_strdup (aff_path);
  dict->dic_path = g_strdup (dic_path);
  g_mutex_init (&dict->check_lock);
  g_mutex_init (&dict->suggest_lock);
  g_mutex_init (&dict->words_lock);
  dict->verdicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  dict->pending = g_ptr_array_new_with_free_func (g_free);

  dict->check = Hunspell_create (aff_path, dic_path);
  encoding = dict->check ? Hunspell_get_dic_encoding (dict->check) : NULL;
  if (dict->check == NULL || encoding == NULL)
    {
      g_set_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_NO_DICTIONARY,
                   _ ("The dictionary for %s, %s, could not be read"), language_name (language),
                   dic_path);
      spell_dict_free (dict);
      return NULL;
    }

  /* hunspell names ISO-8859-1 "ISO8859-1"; iconv wants the dash. */
  if (g_ascii_strcasecmp (encoding, "UTF-8") != 0)
    {
      if (g_ascii_strncasecmp (encoding, "ISO8859", 7) == 0)
        dict->encoding = g_strconcat ("ISO-8859", encoding + 7, NULL);
      else if (g_ascii_strncasecmp (encoding, "microsoft-", 10) == 0)
        dict->encoding = g_strdup (encoding + 10);
      else
        dict->encoding = g_strdup (encoding);
    }

  add_supplement (dict, dict->check);

  /* Looked up before hunspell rather than added to it: hunspell cannot
   * take a word back out of da_DK (Hunspell_remove fails with its numeric
   * flags). */
  dict->personal = read_personal (language);

  return dict;
}

static GPtrArray  *known_drugs (void);
static GHashTable *stop_words (void);

/* A loaded dictionary for language, from the cache or the disk. */
static SpellDict *
spell_dict_acquire (KasusLanguage language, GCancellable *cancellable, GError **error)
{
  g_autofree char *aff = NULL;
  g_autofree char *dic = NULL;
  SpellDict       *dict, *other;

  if (!find_dictionary (language, &aff, &dic, error))
    return NULL;

  g_mutex_lock (&cache_lock);
  if (dict_cache == NULL)
    dict_cache = g_hash_table_new (g_str_hash, g_str_equal);
  dict = g_hash_table_lookup (dict_cache, aff);
  if (dict != NULL)
    dict->ref_count++;
  g_mutex_unlock (&cache_lock);
  if (dict != NULL)
    return dict;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  dict = spell_dict_new (language, aff, dic, error);
  if (dict == NULL)
    return NULL;

  /* Read the other lists here in the worker, not on the first check. */
  gene_symbols ();
  known_drugs ();
  stop_words ();

  /* Someone may have loaded it meanwhile: keep theirs. */
  g_mutex_lock (&cache_lock);
  other = g_hash_table_lookup (dict_cache, aff);
  if (other != NULL)
    other->ref_count++;
  else
    g_hash_table_insert (dict_cache, dict->aff_path, dict);
  g_mutex_unlock (&cache_lock);

  if (other != NULL)
    {
      spell_dict_free (dict);
      return other;
    }
  return dict;
}

/* The hunspell verdict on one word (UTF-8), cached. */
static gboolean
dict_spell (SpellDict *dict, const char *word, gsize len)
{
  char     buf[WORD_MAX + 1];
  gpointer verdict;
  gboolean good;

  if (len == 0 || len > WORD_MAX)
    return TRUE;
  memcpy (buf, word, len);
  buf[len] = '\0';

  g_mutex_lock (&dict->words_lock);
  good = g_hash_table_size (dict->personal) > 0 && g_hash_table_contains (dict->personal, buf);
  g_mutex_unlock (&dict->words_lock);
  if (good)
    return TRUE;

  g_mutex_lock (&dict->check_lock);
  verdict = g_hash_table_lookup (dict->verdicts, buf);
  if (verdict != NULL)
    good = GPOINTER_TO_INT (verdict) == 1;
  else
    {
      if (dict->encoding == NULL)
        good = Hunspell_spell (dict->check, buf) != 0;
      else
        {
          g_autofree char *w = to_dict (dict, buf, len);

          /* Not representable in the dictionary's charset: no verdict. */
          good = w == NULL || Hunspell_spell (dict->check, w) != 0;
        }
      if (g_hash_table_size (dict->verdicts) >= CACHE_MAX)
        g_hash_table_remove_all (dict->verdicts);
      g_hash_table_insert (dict->verdicts, g_strdup (buf), GINT_TO_POINTER (good ? 1 : 2));
    }
  g_mutex_unlock (&dict->check_lock);

  return good;
}

/* ------------------------------------------------------------------ */
/* KasusSpell                                                          */

struct _KasusSpell
{
  GObject parent_instance;

  /* Indexed by KasusLanguage; set once, then constant until finalize. */
  SpellDict *dicts[3];

  GMutex      lock;    /* guards ignored */
  GHashTable *ignored; /* lower-cased words */
};

G_DEFINE_FINAL_TYPE (KasusSpell, kasus_spell, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
kasus_spell_finalize (GObject *object)
{
  KasusSpell *self = (KasusSpell *) object;

  for (guint i = 0; i < G_N_ELEMENTS (self->dicts); i++)
    g_clear_pointer (&self->dicts[i], spell_dict_release);
  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (kasus_spell_parent_class)->finalize (object);
}

static void
kasus_spell_class_init (KasusSpellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_spell_finalize;

  /**
   * KasusSpell::changed:
   *
   * The verdict on some words may have changed: recheck.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
kasus_spell_init (KasusSpell *self)
{
  g_mutex_init (&self->lock);
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

KasusSpell *
kasus_spell_new (void)
{
  kasus_core_init ();
  return g_object_new (KASUS_TYPE_SPELL, NULL);
}

static SpellDict *
get_dict (KasusSpell *self, KasusLanguage language)
{
  if (language != KASUS_LANGUAGE_DA && language != KASUS_LANGUAGE_EN)
    return NULL;
  return g_atomic_pointer_get (&self->dicts[language]);
}

gboolean
kasus_spell_has_language (KasusSpell *self, KasusLanguage language)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);

  if (language == KASUS_LANGUAGE_AUTO)
    return get_dict (self, KASUS_LANGUAGE_DA) != NULL && get_dict (self, KASUS_LANGUAGE_EN) != NULL;
  return get_dict (self, language) != NULL;
}

/* Loading ------------------------------------------------------------ */

static gboolean
load_languages (KasusSpell   *self,
                KasusLanguage language,
                GCancellable *cancellable,
                gboolean     *loaded_any,
                GError      **error)
{
  KasusLanguage       langs[2];
  guint               n_langs = 0;
  g_autoptr (GString) messages = NULL;

  *loaded_any = FALSE;
  if (language == KASUS_LANGUAGE_AUTO || language == KASUS_LANGUAGE_DA)
    langs[n_langs++] = KASUS_LANGUAGE_DA;
  if (language == KASUS_LANGUAGE_AUTO || language == KASUS_LANGUAGE_EN)
    langs[n_langs++] = KASUS_LANGUAGE_EN;

  for (guint i = 0; i < n_langs; i++)
    {
      g_autoptr (GError) local_error = NULL;
      SpellDict         *dict;

      if (get_dict (self, langs[i]) != NULL)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      dict = spell_dict_acquire (langs[i], cancellable, &local_error);
      if (dict == NULL)
        {
          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (messages == NULL)
            messages = g_string_new (local_error->message);
          else
            g_string_append_printf (messages, "\n%s", local_error->message);
          continue;
        }

      if (g_atomic_pointer_compare_and_exchange (&self->dicts[langs[i]], NULL, dict))
        *loaded_any = TRUE;
      else
        spell_dict_release (dict);
    }

  if (messages != NULL)
    {
      g_set_error_literal (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_NO_DICTIONARY,
                           messages->str);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GAsyncReadyCallback callback;
  gpointer            user_data;
  gboolean            loaded_any;
} LoadData;

static void
load_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KasusSpell   *self = source_object;
  LoadData     *data = task_data;
  KasusLanguage language = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "language"));
  GError       *error = NULL;

  if (load_languages (self, language, cancellable, &data->loaded_any, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Runs in the caller's main context: tell listeners, then the caller. */
static void
load_ready (GObject *object, GAsyncResult *result, gpointer user_data)
{
  KasusSpell *self = KASUS_SPELL (object);
  LoadData   *data = g_task_get_task_data (G_TASK (result));

  if (data->loaded_any)
    g_signal_emit (self, signals[CHANGED], 0);
  if (data->callback != NULL)
    data->callback (object, result, data->user_data);
}

void
kasus_spell_load_async (KasusSpell         *self,
                        KasusLanguage       language,
                        GCancellable       *cancellable,
                        GAsyncReadyCallback callback,
                        gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  LoadData         *data;

  g_return_if_fail (KASUS_IS_SPELL (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (LoadData, 1);
  data->callback = callback;
  data->user_data = user_data;

  task = g_task_new (self, cancellable, load_ready, NULL);
  g_task_set_source_tag (task, kasus_spell_load_async);
  g_task_set_task_data (task, data, g_free);
  g_object_set_data (G_OBJECT (task), "language", GINT_TO_POINTER (language));
  g_task_run_in_thread (task, load_thread);
}

gboolean
kasus_spell_load_finish (KasusSpell *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
kasus_spell_load (KasusSpell   *self,
                  KasusLanguage language,
                  GCancellable *cancellable,
                  GError      **error)
{
  gboolean loaded_any = FALSE;
  gboolean ret;

  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);

  ret = load_languages (self, language, cancellable, &loaded_any, error);
  if (loaded_any)
    g_signal_emit (self, signals[CHANGED], 0);
  return ret;
}

/* Language detection ------------------------------------------------- */

static GHashTable *
stop_words (void)
{
  static gsize       initialized;
  static GHashTable *table;

  if (g_once_init_enter (&initialized))
    {
      /* Frequent function words of one language that are not words of the
       * other ("at", "for", "over", "under", "man" are both). */
      static const char *const da[] = {
        "og",        "det",        "en",     "den",   "til",    "er",    "som",   "på",
        "de",        "med",        "han",    "af",    "ikke",   "der",   "var",   "mig",
        "sig",       "men",        "et",     "har",   "om",     "vi",    "min",   "havde",
        "ham",       "hun",        "nu",     "da",    "fra",    "du",    "ud",    "sin",
        "dem",       "os",         "op",     "hans",  "hvor",   "eller", "hvad",  "skal",
        "selv",      "her",        "alle",   "vil",   "blev",   "kunne", "ind",   "når",
        "være",      "dog",        "noget",  "ville", "jo",     "deres", "efter", "ned",
        "skulle",    "denne",      "end",    "dette", "mit",    "også",  "have",  "dig",
        "anden",     "hende",      "mine",   "alt",   "meget",  "sit",   "sine",  "vores",
        "mod",       "disse",      "hvis",   "din",   "nogle",  "hos",   "blive", "mange",
        "bliver",    "hendes",     "været",  "sådan", "ved",    "ingen", "både",  "samt",
        "hvilket",   "hvilken",    "blandt", "uden",  "mellem", "fik",   "får",   "viste",
        "patienten", "behandling", "ikke",   "kan",   "blev",   "år",    "ses",   "pga",
        "fandt",     "fundet",     NULL
      };
      static const char *const en[] = {
        "the",    "of",      "and",      "to",       "is",      "was",    "with",    "that",
        "on",     "as",      "by",       "from",     "this",    "were",   "be",      "are",
        "an",     "which",   "or",       "had",      "has",     "have",   "not",     "but",
        "after",  "his",     "her",      "who",      "we",      "it",     "its",     "they",
        "their",  "there",   "been",     "would",    "could",   "should", "these",   "those",
        "than",   "then",    "into",     "because",  "while",   "during", "between", "without",
        "also",   "our",     "she",      "he",       "him",     "them",   "what",    "when",
        "where",  "whether", "no",       "yes",      "all",     "any",    "each",    "other",
        "such",   "only",    "both",     "either",   "neither", "very",   "patient", "treatment",
        "showed", "found",   "revealed", "received", "can",     "may",    "did",     "does",
        "do",     "one",     "two",      "three",    "year",    "years",  "old",     NULL
      };

      table = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; da[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) da[i], GINT_TO_POINTER (KASUS_LANGUAGE_DA));
      for (guint i = 0; en[i] != NULL; i++)
        g_hash_table_insert (table, (gpointer) en[i], GINT_TO_POINTER (KASUS_LANGUAGE_EN));
      g_once_init_leave (&initialized, 1);
    }
  return table;
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

KasusLanguage
kasus_spell_detect_language (const char *text, gssize length, KasusLanguage fallback)
{
  GHashTable *table = stop_words ();
  const char *p, *end;
  guint       da = 0, en = 0;

  g_return_val_if_fail (text != NULL, fallback);

  if (length < 0)
    length = strlen (text);
  p = text;
  end = text + length;

  while (p < end)
    {
      char     buf[16];
      gsize    n = 0;
      gboolean danish_letter = FALSE;
      gboolean too_long = FALSE;
      gpointer hit;

      while (p < end && !is_letter (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p >= end)
        break;

      /* Lower-cases ASCII and Latin-1 letters (Æ Ø Å → æ ø å) in place. */
      while (p < end && is_letter (g_utf8_get_char (p)))
        {
          const char *next = g_utf8_next_char (p);
          gsize       clen = next - p;

          if (clen == 2 && (guchar) p[0] == 0xC3)
            {
              guchar b = p[1];

              if (b >= 0x80 && b <= 0x9E && b != 0x97)
                b += 0x20;
              if (b == 0xA6 || b == 0xB8 || b == 0xA5)
                danish_letter = TRUE;
              if (n + 2 < sizeof buf)
                {
                  buf[n++] = p[0];
                  buf[n++] = b;
                }
              else
                too_long = TRUE;
            }
          else if (n + clen < sizeof buf)
            {
              for (gsize i = 0; i < clen; i++)
                buf[n++] = g_ascii_tolower (p[i]);
            }
          else
            too_long = TRUE;
          p = next;
        }
      buf[n] = '\0';

      if (danish_letter)
        da++;
      if (too_long)
        continue;
      hit = g_hash_table_lookup (table, buf);
      if (GPOINTER_TO_INT (hit) == KASUS_LANGUAGE_DA && !danish_letter)
        da++;
      else if (GPOINTER_TO_INT (hit) == KASUS_LANGUAGE_EN)
        en++;
    }

  if (en >= 2 && en > 2 * da)
    return KASUS_LANGUAGE_EN;
  if (da >= 2 && da > 2 * en)
    return KASUS_LANGUAGE_DA;
  if (fallback == KASUS_LANGUAGE_AUTO && en != da)
    return en > da ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
  return fallback;
}

/* Tokenizing and checking -------------------------------------------- */

typedef struct
{
  KasusSpell   *self;
  SpellDict    *dict;
  SpellDict    *other; /* the other language, for loanwords */
  KasusLanguage language;
  GPtrArray    *out; /* NULL: stop at the first misspelling */
  gboolean      found;
  /* Code point counting, advanced as misspellings are reported in order. */
  const char *base;
  const char *cursor;
  guint       cursor_cp;
} Checker;

static guint
checker_offset (Checker *ck, const char *p)
{
  if (p < ck->cursor)
    {
      ck->cursor = ck->base;
      ck->cursor_cp = 0;
    }
  ck->cursor_cp += g_utf8_strlen (ck->cursor, p - ck->cursor);
  ck->cursor = p;
  return ck->cursor_cp;
}

static void
report (Checker *ck, const char *word, gsize len)
{
  guint start, end;

  ck->found = TRUE;
  if (ck->out == NULL)
    return;
  start = checker_offset (ck, word);
  end = checker_offset (ck, word + len);
  g_ptr_array_add (ck->out, misspelling_new (start, end, word, len, ck->language));
}

static gboolean
is_ignored (KasusSpell *self, const char *word, gsize len)
{
  g_autofree char *lower = NULL;
  gboolean         ret;

  g_mutex_lock (&self->lock);
  ret = g_hash_table_size (self->ignored) > 0;
  g_mutex_unlock (&self->lock);
  if (!ret)
    return FALSE;

  lower = g_utf8_strdown (word, len);
  g_mutex_lock (&self->lock);
  ret = g_hash_table_contains (self->ignored, lower);
  g_mutex_unlock (&self->lock);
  return ret;
}

/* Drug names (INNs) are made from published stems: an unknown word with a
 * stem is a drug we have not listed, unless it is a typo of one we have. */
static const char *const inn_stems[] = {
  "mab",      "nib",      "parib",   "ciclib",   "lisib",   "sertib",   "degib",
  "zomib",    "rasib",    "denib",   "toclax",   "platin",  "taxel",    "rubicin",
  "tecan",    "citabine", "citabin", "trexed",   "mustine", "mustin",   "fosfamide",
  "fosfamid", "lutamide", "lutamid", "relin",    "relix",   "strozole", "strozol",
  "lidomide", "lidomid",  "leucel",  "cept",     "fusp",    "tansine",  "tansin",
  "vedotin",  "limus",    "inostat", "metostat", "mycin",   "tamab",    NULL
};

static gboolean
has_inn_stem (const char *word, gsize len)
{
  for (guint i = 0; inn_stems[i] != NULL; i++)
    {
      gsize n = strlen (inn_stems[i]);

      if (len > n + 3 && memcmp (word + len - n, inn_stems[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static guint edit_distance (const char *a, const char *b);

/* The drug names of the supplement, for telling a new drug from a typo. */
static GPtrArray *
known_drugs (void)
{
  static gsize      initialized;
  static GPtrArray *drugs;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr (GBytes) bytes = kasus_core_lookup_resource ("spell/common.txt", NULL);
      GPtrArray         *list = g_ptr_array_new_with_free_func (g_free);

      if (bytes != NULL)
        {
          g_autofree char *text =
            g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
          g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

          for (guint i = 0; lines[i] != NULL; i++)
            {
              char *tab = strchr (lines[i], '\t');

              if (tab != NULL)
                *tab = '\0';
              if (lines[i][0] != '#' && has_inn_stem (lines[i], strlen (lines[i])))
                g_ptr_array_add (list, g_strdup (lines[i]));
            }
        }
      drugs = list;
      g_once_init_leave (&initialized, 1);
    }
  return drugs;
}

static gboolean
is_new_drug_name (const char *word, gsize len)
{
  g_autofree char *lower = NULL;
  GPtrArray       *drugs;

  if (len < 7 || len > 40)
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_islower (word[i]))
      return FALSE;
  if (!g_ascii_isalpha (word[0]))
    return FALSE;

  lower = g_ascii_strdown (word, len);
  if (!has_inn_stem (lower, len))
    return FALSE;

  drugs = known_drugs ();
  for (guint i = 0; i < drugs->len; i++)
    {
      const char *drug = g_ptr_array_index (drugs, i);
      gsize       dlen = strlen (drug);

      if ((dlen > len ? dlen - len : len - dlen) <= 2 && edit_distance (lower, drug) <= 2)
        return FALSE;
    }
  return TRUE;
}

/* en_US is the English dictionary Debian and the Flatpak ship, but
 * Danish clinicians write British English: accept a British spelling when
 * its American form is known (tumour, haemoptysis, randomised, centre,
 * counselling, analyse). */
static gboolean
british_ok (Checker *ck, const char *word, gsize len)
{
  static const struct
  {
    const char *from;
    const char *to;
    gboolean    at_end;
  } rules[] = {
    { "isations", "izations", TRUE },
    { "isation", "ization", TRUE },
    { "ising", "izing", TRUE },
    { "ised", "ized", TRUE },
    { "ises", "izes", TRUE },
    { "ise", "ize", TRUE },
    { "iser", "izer", TRUE },
    { "isers", "izers", TRUE },
    { "ysing", "yzing", TRUE },
    { "ysed", "yzed", TRUE },
    { "yse", "yze", TRUE },
    { "ogue", "og", TRUE },
    { "ogues", "ogs", TRUE },
    { "tres", "ters", TRUE },
    { "tre", "ter", TRUE },
    { "lled", "led", TRUE },
    { "lling", "ling", TRUE },
    { "our", "or", FALSE },
    { "ae", "e", FALSE },
    { "oe", "e", FALSE },
  };
  g_autoptr (GString) american = NULL;
  gboolean            changed = FALSE;

  if (ck->language != KASUS_LANGUAGE_EN || len < 5 || len > WORD_MAX ||
      !g_str_has_suffix (ck->dict->aff_path, "en_US.aff"))
    return FALSE;

  /* Apply every rule that matches, then look the whole up. */
  american = g_string_new_len (word, len);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gsize flen = strlen (rules[i].from);

      if (rules[i].at_end)
        {
          if (american->len > flen + 2 &&
              g_ascii_strcasecmp (american->str + american->len - flen, rules[i].from) == 0)
            {
              g_string_truncate (american, american->len - flen);
              g_string_append (american, rules[i].to);
              changed = TRUE;
            }
          continue;
        }
      for (gsize at = 1; at + flen <= american->len; at++)
        if (strncmp (american->str + at, rules[i].from, flen) == 0)
          {
            g_string_erase (american, at, flen);
            g_string_insert (american, at, rules[i].to);
            changed = TRUE;
          }
    }
  return changed && dict_spell (ck->dict, american->str, american->len);
}

/* One plain word (letters, maybe apostrophes or dots inside). */
static gboolean
word_ok (Checker *ck, const char *word, gsize len)
{
  KasusLexicon *genes;
  gunichar      first;

  if (dict_spell (ck->dict, word, len))
    return TRUE;

  /* A capitalised word (sentence start, heading) also in lower case. */
  first = g_utf8_get_char (word);
  if (g_unichar_isupper (first))
    {
      const char *rest = g_utf8_next_char (word);
      char        buf[WORD_MAX + 8];
      int         n = g_unichar_to_utf8 (g_unichar_tolower (first), buf);

      if (n + (len - (rest - word)) <= WORD_MAX)
        {
          memcpy (buf + n, rest, len - (rest - word));
          if (dict_spell (ck->dict, buf, n + len - (rest - word)))
            return TRUE;
        }
    }

  genes = gene_symbols ();
  if (genes != NULL && kasus_lexicon_contains (genes, word, len))
    return TRUE;

  if (is_new_drug_name (word, len))
    return TRUE;

  if (british_ok (ck, word, len))
    return TRUE;

  /* English possessive: "Wilms's", "Hodgkin’s". */
  if (len > 3 && word[len - 1] == 's' &&
      (word[len - 2] == '\'' || (len > 5 && memcmp (word + len - 4, "’", 3) == 0)))
    {
      gsize base_len = word[len - 2] == '\'' ? len - 2 : len - 4;

      if (word_ok (ck, word, base_len))
        return TRUE;
    }

  return is_ignored (ck->self, word, len);
}

typedef enum
{
  PART_WORD, /* check it */
  PART_SKIP, /* not a word to check: abbreviation, number, symbol */
} PartKind;

/* Whether a hyphen- or dot-free piece of a token is worth checking. */
static PartKind
classify (const char *p, gsize len)
{
  const char *end = p + len;
  guint       n_letters = 0;
  gboolean    first = TRUE;

  for (const char *q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_isdigit (c))
        return PART_SKIP;
      if (is_letter (c))
        {
          /* An uppercase letter after the first: an abbreviation or a
           * symbol (DNA, mRNA, ctDNA, PD, KRAS, McCune). */
          if (!first && g_unichar_isupper (c))
            return PART_SKIP;
          n_letters++;
        }
      else if (c != '\'' && c != 0x2019 && c != '.')
        return PART_SKIP;
      first = FALSE;
    }
  return n_letters >= 2 ? PART_WORD : PART_SKIP;
}

static gboolean
is_connector (gunichar c)
{
  return c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == 0x2010 || c == 0x2011;
}

/* Strips what is not a letter or a digit from both ends. */
static void
trim (const char **start, const char **end)
{
  while (*start < *end)
    {
      gunichar c = g_utf8_get_char (*start);

      if (is_letter (c) || g_unichar_isdigit (c))
        break;
      *start = g_utf8_next_char (*start);
    }
  while (*end > *start)
    {
      const char *prev = g_utf8_prev_char (*end);
      gunichar    c = g_utf8_get_char (prev);

      if (is_letter (c) || g_unichar_isdigit (c))
        break;
      *end = prev;
    }
}

/* A word that may hold dots: "f.eks.", "bl.a.", "i.v.", "e.g.", "mut.". */
static void
check_dotted (Checker *ck, const char *p, const char *end, gboolean dot_after)
{
  const char *dot = memchr (p, '.', end - p);
  char        buf[WORD_MAX + 2];
  gsize       len = end - p;
  gboolean    short_pieces = TRUE;
  const char *q;

  if (dot == NULL)
    {
      if (classify (p, len) == PART_SKIP || word_ok (ck, p, len))
        return;
    }

  /* Abbreviations carry their dot in the dictionary ("evt.", "ca."). */
  if ((dot_after || dot != NULL) && len + 1 <= WORD_MAX)
    {
      memcpy (buf, p, len);
      buf[len] = '.';
      if (dict_spell (ck->dict, buf, len + 1) || (dot != NULL && dict_spell (ck->dict, buf, len)))
        return;
    }

  if (dot == NULL)
    {
      report (ck, p, len);
      return;
    }

  /* Initialisms with dots (e.g., i.v., p.o.) are fine; anything else is
   * words joined by a missing space. */
  q = p;
  while (q < end)
    {
      const char *d = memchr (q, '.', end - q);
      const char *piece_end = d ? d : end;

      if (g_utf8_strlen (q, piece_end - q) > 3)
        short_pieces = FALSE;
      q = piece_end + 1;
    }
  if (short_pieces)
    return;

  q = p;
  while (q < end)
    {
      const char *d = memchr (q, '.', end - q);
      const char *piece_end = d ? d : end;

      if (piece_end > q && classify (q, piece_end - q) == PART_WORD &&
          !word_ok (ck, q, piece_end - q))
        report (ck, q, piece_end - q);
      q = piece_end + 1;
    }
}

/* The join of two hyphen parts, for Danish compounds written with a hyphen
 * ("helgenom-sekventering"). */
static gboolean
joined_ok (Checker *ck, const char *a, gsize alen, const char *b, gsize blen)
{
  char buf[WORD_MAX + 1];

  if (alen + blen > WORD_MAX)
    return FALSE;
  memcpy (buf, a, alen);
  memcpy (buf + alen, b, blen);
  return dict_spell (ck->dict, buf, alen + blen);
}

typedef struct
{
  const char *start;
  const char *end;
  PartKind    kind;
} Part;

/* A run of letters and connectors, trimmed. */
static void
check_word_token (Checker *ck, const char *p, const char *end, gboolean dot_after)
{
  Part        parts[16];
  guint       n_parts = 0;
  gboolean    hyphen = FALSE;
  const char *q, *part_start;

  for (q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (c == '-' || c == 0x2010 || c == 0x2011)
        {
          hyphen = TRUE;
          break;
        }
    }

  if (!hyphen)
    {
      check_dotted (ck, p, end, dot_after);
      return;
    }

  /* Split at hyphens. */
  part_start = p;
  for (q = p; q <= end; q = q < end ? g_utf8_next_char (q) : end + 1)
    {
      gunichar c = q < end ? g_utf8_get_char (q) : '-';

      if (c == '-' || c == 0x2010 || c == 0x2011)
        {
          const char *s = part_start, *e = q;

          trim (&s, &e);
          if (e > s && n_parts < G_N_ELEMENTS (parts))
            {
              parts[n_parts].start = s;
              parts[n_parts].end = e;
              parts[n_parts].kind = classify (s, e - s);
              n_parts++;
            }
          if (q < end)
            part_start = g_utf8_next_char (q);
        }
    }

  /* The whole compound may be a dictionary word ("non-small", "X-bundet"). */
  if (n_parts >= 2)
    {
      gboolean all_words = TRUE;

      for (guint i = 0; i < n_parts; i++)
        if (parts[i].kind != PART_WORD)
          all_words = FALSE;
      if (all_words && (gsize) (parts[n_parts - 1].end - parts[0].start) <= WORD_MAX &&
          dict_spell (ck->dict, parts[0].start, parts[n_parts - 1].end - parts[0].start))
        return;
    }

  for (guint i = 0; i < n_parts; i++)
    {
      const Part *part = &parts[i];

      if (part->kind != PART_WORD)
        continue;
      if (memchr (part->start, '.', part->end - part->start) == NULL &&
          word_ok (ck, part->start, part->end - part->start))
        continue;
      if (i + 1 < n_parts && parts[i + 1].kind == PART_WORD &&
          joined_ok (ck, part->start, part->end - part->start, parts[i + 1].start,
                     parts[i + 1].end - parts[i + 1].start))
        continue;
      if (i > 0 && parts[i - 1].kind == PART_WORD &&
          joined_ok (ck, parts[i - 1].start, parts[i - 1].end - parts[i - 1].start, part->start,
                     part->end - part->start))
        continue;
      /* Danish joins English loans with hyphens: "break-apart-probe",
       * "tumor-of-origin-analyse". */
      if (ck->language == KASUS_LANGUAGE_DA && ck->other != NULL &&
          dict_spell (ck->other, part->start, part->end - part->start))
        continue;
      check_dotted (ck, part->start, part->end, i + 1 == n_parts ? dot_after : FALSE);
    }
}

static gboolean
has_prefix_ci (const char *p, const char *end, const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static gboolean
looks_like_domain (const char *p, const char *end)
{
  static const char *const tlds[] = { "dk", "com", "org", "net", "eu",  "de",   "se",
                                      "no", "uk",  "io",  "gov", "edu", "info", "nu",
                                      "fi", "is",  "nl",  "int", NULL };
  const char              *dot = NULL;

  for (const char *q = p; q < end; q++)
    if (*q == '.')
      dot = q;
  if (dot == NULL || dot == p)
    return FALSE;
  for (guint i = 0; tlds[i] != NULL; i++)
    if ((gsize) (end - dot - 1) == strlen (tlds[i]) &&
        strncmp (dot + 1, tlds[i], end - dot - 1) == 0)
      return TRUE;
  return FALSE;
}

/* The first part of a compound left hanging for the next word to finish
 * ("Børne- og Ungeafdelingen", "bryst- og æggestokkræft"): fine when some
 * common compound starts with it. */
static gboolean
suspended_ok (Checker *ck, const char *p, const char *end)
{
  static const char *const da_heads[] = { "afdeling", "behandling",   "sygdom", "kræft",
                                          "læge",     "undersøgelse", "test",   NULL };
  static const char *const en_heads[] = { "operative", "treatment", NULL };
  const char *const       *heads = ck->language == KASUS_LANGUAGE_DA ? da_heads : en_heads;
  gsize                    len = end - p;

  if (memchr (p, '-', len) != NULL || classify (p, len) != PART_WORD)
    return FALSE;
  if (word_ok (ck, p, len))
    return TRUE;
  for (guint i = 0; heads[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (p, len);

      if (joined_ok (ck, lower, strlen (lower), heads[i], strlen (heads[i])))
        return TRUE;
    }
  return FALSE;
}

/* A whitespace-delimited chunk of text. */
static void
check_chunk (Checker *ck, const char *p, const char *end)
{
  const char *raw_end = end;
  gboolean    has_digit = FALSE;
  gboolean    technical = FALSE;
  const char *q;

  trim (&p, &end);
  if (p >= end)
    return;

  /* E-mail addresses, URLs, domain names. */
  if (memchr (p, '@', end - p) != NULL || g_strstr_len (p, end - p, "://") != NULL ||
      has_prefix_ci (p, end, "www.") || looks_like_domain (p, end))
    return;

  for (q = p; q < end; q = g_utf8_next_char (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_isdigit (c))
        has_digit = TRUE;
      else if (!is_letter (c) && !is_connector (c))
        technical = TRUE;
    }

  /* HGVS (c.1799T>A, p.(Val600Glu), NM_000059.3:c.5946del), doses
   * (5mg/kg, 75 mg/m2): a string with digits and symbols is not prose. */
  if (has_digit && technical)
    return;

  /* Words joined by slashes, brackets and the like: each on its own. */
  q = p;
  while (q < end)
    {
      const char *s = q, *e;
      gboolean    dot_after;

      while (q < end)
        {
          gunichar c = g_utf8_get_char (q);

          if (!is_letter (c) && !g_unichar_isdigit (c) && !is_connector (c))
            break;
          q = g_utf8_next_char (q);
        }
      e = q;
      trim (&s, &e);
      dot_after = e < raw_end && *e == '.';
      if (e > s && e < raw_end && *e == '-' && suspended_ok (ck, s, e))
        ;
      else if (e > s)
        check_word_token (ck, s, e, dot_after);
      if (q < end)
        q = g_utf8_next_char (q);
    }
}

static void
check_span (Checker *ck, const char *p, const char *end)
{
  while (p < end)
    {
      const char *s;

      while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      s = p;
      while (p < end && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > s)
        check_chunk (ck, s, p);
    }
}

gboolean
kasus_spell_check_word (KasusSpell *self, const char *word, gssize length, KasusLanguage language)
{
  Checker ck = { 0 };

  g_return_val_if_fail (KASUS_IS_SPELL (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  if (length < 0)
    length = strlen (word);
  if (!g_utf8_validate (word, length, NULL))
    return FALSE;

  if (language == KASUS_LANGUAGE_AUTO)
    {
      gboolean any = FALSE;

      for (KasusLanguage l = KASUS_LANGUAGE_DA; l <= KASUS_LANGUAGE_EN; l++)
        if (get_dict (self, l) != NULL)
          {
            any = TRUE;
            if (kasus_spell_check_word (self, word, length, l))
              return TRUE;
          }
      return !any || is_ignored (self, word, length);
    }

  ck.self = self;
  ck.dict = get_dict (self, language);
  ck.other = get_dict (self, language == KASUS_LANGUAGE_DA ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA);
  ck.language = language;
  ck.base = ck.cursor = word;
  if (ck.dict == NULL)
    return TRUE;
  check_span (&ck, word, word + length);
  return !ck.found;
}

GPtrArray *
kasus_spell_check_text (KasusSpell *self, const char *text, gssize length, KasusLanguage language)
{
  GPtrArray  *out;
  Checker     ck = { 0 };
  const char *p, *end;

  g_return_val_if_fail (KASUS_IS_SPELL (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_misspelling_free);
  if (length < 0)
    length = strlen (text);
  if (!g_utf8_validate (text, length, NULL))
    return out;

  if (language == KASUS_LANGUAGE_AUTO)
    language = kasus_spell_detect_language (text, length, KASUS_LANGUAGE_DA);

  ck.self = self;
  ck.out = out;
  ck.base = ck.cursor = text;

  p = text;
  end = text + length;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *line_end = nl ? nl : end;

      ck.language = kasus_spell_detect_language (p, line_end - p, language);
      ck.dict = get_dict (self, ck.language);
      ck.other =
        get_dict (self, ck.language == KASUS_LANGUAGE_DA ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA);
      if (ck.dict != NULL)
        check_span (&ck, p, line_end);
      p = line_end + 1;
    }

  return out;
}

/* Suggestions -------------------------------------------------------- */

static void
add_candidate (GPtrArray *candidates, const char *word, const char *original)
{
  if (word == NULL || *word == '\0' || g_str_equal (word, original))
    return;
  for (guint i = 0; i < candidates->len; i++)
    if (g_str_equal (g_ptr_array_index (candidates, i), word))
      return;
  g_ptr_array_add (candidates, g_strdup (word));
}

/* Hunspell's suggestions for word, in UTF-8. */
static char **
hunspell_suggest (SpellDict *dict, Hunhandle *handle, const char *word)
{
  g_autofree char      *w = to_dict (dict, word, -1);
  g_autoptr (GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  char                **list = NULL;
  int                   n;

  if (w == NULL)
    return g_new0 (char *, 1);
  n = Hunspell_suggest (handle, &list, w);
  for (int i = 0; i < n; i++)
    {
      char *s = from_dict (dict, list[i]);

      if (s != NULL)
        g_ptr_array_add (out, s);
    }
  if (list != NULL)
    Hunspell_free_list (handle, &list, n);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static int
count_bits (guint mask)
{
  int n = 0;

  for (; mask != 0; mask >>= 1)
    n += mask & 1;
  return n;
}

/* Danish written on a keyboard without æ, ø, å: "ae", "oe", "aa". Returns
 * the spellings with some or all of them replaced, most replaced first. */
static GPtrArray *
danish_letter_variants (const char *word)
{
  GPtrArray  *variants = g_ptr_array_new_with_free_func (g_free);
  gsize       pos[4];
  const char *repl_lower[4], *repl_upper[4];
  gboolean    upper[4];
  guint       k = 0;
  gsize       len = strlen (word);

  for (gsize i = 0; i + 1 < len && k < G_N_ELEMENTS (pos); i++)
    {
      char        a = g_ascii_tolower (word[i]), b = g_ascii_tolower (word[i + 1]);
      const char *lower = NULL, *up = NULL;

      if (a == 'a' && b == 'e')
        lower = "æ", up = "Æ";
      else if (a == 'o' && b == 'e')
        lower = "ø", up = "Ø";
      else if (a == 'a' && b == 'a')
        lower = "å", up = "Å";
      if (lower == NULL)
        continue;
      pos[k] = i;
      repl_lower[k] = lower;
      repl_upper[k] = up;
      upper[k] = g_ascii_isupper (word[i]);
      k++;
      i++;
    }
  if (k == 0)
    return variants;

  /* Masks by number of replacements, most first. */
  for (int bits = k; bits >= 1; bits--)
    for (guint mask = 1; mask < (1u << k); mask++)
      {
        GString *s;
        gsize    from = 0;

        if (count_bits (mask) != bits)
          continue;
        s = g_string_new (NULL);
        for (guint j = 0; j < k; j++)
          {
            if (!(mask & (1u << j)))
              continue;
            g_string_append_len (s, word + from, pos[j] - from);
            g_string_append (s, upper[j] ? repl_upper[j] : repl_lower[j]);
            from = pos[j] + 2;
          }
        g_string_append (s, word + from);
        g_ptr_array_add (variants, g_string_free (s, FALSE));
      }
  return variants;
}

/* Damerau-Levenshtein (optimal string alignment) on code points,
 * lower-cased. */
static guint
edit_distance (const char *a, const char *b)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  g_autofree guint    *d = NULL;
  g_autofree char     *la = g_utf8_strdown (a, -1);
  g_autofree char     *lb = g_utf8_strdown (b, -1);
  glong                n, m;
  guint                ret;

  ua = g_utf8_to_ucs4_fast (la, -1, &n);
  ub = g_utf8_to_ucs4_fast (lb, -1, &m);
  if (n > 64 || m > 64)
    return 99;
  d = g_new (guint, (n + 1) * (m + 1));
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (glong i = 0; i <= n; i++)
    D (i, 0) = i;
  for (glong j = 0; j <= m; j++)
    D (0, j) = j;
  for (glong i = 1; i <= n; i++)
    for (glong j = 1; j <= m; j++)
      {
        guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;
        guint v = MIN (D (i - 1, j) + 1, D (i, j - 1) + 1);

        v = MIN (v, D (i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && ua[i - 1] == ub[j - 2] && ua[i - 2] == ub[j - 1])
          v = MIN (v, D (i - 2, j - 2) + 1);
        D (i, j) = v;
      }
  ret = D (n, m);
#undef D
  return ret;
}

/* How likely candidate is the word meant by typo, by the kind of slip
 * (0 best): the slips people make typing are two letters swapped, a letter
 * left out and a letter doubled; then any other single edit, then two. */
static guint typo_kind (const gunichar *t,
                        glong           n,
                        const gunichar *c,
                        glong           m,
                        const char     *typo,
                        const char     *candidate);

static guint
typo_tier (const char *typo, const char *candidate)
{
  g_autofree char     *lt = g_utf8_strdown (typo, -1);
  g_autofree char     *lc = g_utf8_strdown (candidate, -1);
  g_autofree gunichar *t = NULL;
  g_autofree gunichar *c = NULL;
  glong                n, m;

  /* Hunspell's splits ("T eh") are seldom what was meant. */
  if ((strchr (lc, ' ') && !strchr (lt, ' ')) || (strchr (lc, '-') && !strchr (lt, '-')))
    return 9;

  t = g_utf8_to_ucs4_fast (lt, -1, &n);
  c = g_utf8_to_ucs4_fast (lc, -1, &m);
  if (n == 0 || m == 0)
    return 9;

  /* The first letter is seldom the one mistyped. */
  return 2 * typo_kind (t, n, c, m, typo, candidate) + (t[0] != c[0]);
}

static guint
typo_kind (const gunichar *t,
           glong           n,
           const gunichar *c,
           glong           m,
           const char     *typo,
           const char     *candidate)
{
  glong i;
  guint distance;

  for (i = 0; i < MIN (n, m) && t[i] == c[i]; i++)
    ;
  if (m == n + 1)
    {
      /* A letter left out: candidate minus c[i] is the typo. */
      if (memcmp (t + i, c + i + 1, (n - i) * sizeof (gunichar)) == 0)
        return 1;
    }
  else if (n == m + 1)
    {
      /* A doubled letter: the extra one repeats its neighbour. */
      if (memcmp (t + i + 1, c + i, (m - i) * sizeof (gunichar)) == 0 &&
          ((i > 0 && t[i] == t[i - 1]) || (i + 1 < n && t[i] == t[i + 1])))
        return 1;
    }
  else if (n == m && i + 1 < n && t[i] == c[i + 1] && t[i + 1] == c[i] &&
           memcmp (t + i + 2, c + i + 2, (n - i - 2) * sizeof (gunichar)) == 0)
    return 1;

  distance = edit_distance (typo, candidate);
  return distance <= 1 ? 2 : (distance == 2 ? 3 : 4);
}

typedef struct
{
  char *word;
  guint distance;
  guint order;
} Ranked;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->distance != rb->distance)
    return ra->distance < rb->distance ? -1 : 1;
  return ra->order < rb->order ? -1 : (ra->order > rb->order ? 1 : 0);
}

/* Suggestions with handle, which the caller holds. */
static char **
suggest_with (SpellDict *dict, Hunhandle *handle, const char *word)
{
  g_autoptr (GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) variants = NULL;
  g_auto (GStrv) own = NULL;
  g_auto (GStrv) replaced = NULL;
  g_autofree Ranked *ranked = NULL;
  const char        *reference = word;
  char             **ret;
  guint              n_exact = 0;
  guint              n_own, n_replaced;

  if (dict->language == KASUS_LANGUAGE_DA)
    {
      variants = danish_letter_variants (word);
      for (guint i = 0; i < variants->len; i++)
        {
          const char      *v = g_ptr_array_index (variants, i);
          g_autofree char *w = to_dict (dict, v, -1);

          if (w != NULL && Hunspell_spell (handle, w))
            add_candidate (candidates, v, word);
        }
      n_exact = candidates->len;
    }

  own = hunspell_suggest (dict, handle, word);

  /* "laegemidel": æ and a missing letter; ask for the æ form as well. */
  if (variants != NULL && variants->len > 0 && n_exact == 0)
    {
      reference = g_ptr_array_index (variants, 0);
      replaced = hunspell_suggest (dict, handle, reference);
    }

  /* Interleave, the æ form first. */
  n_own = own ? g_strv_length (own) : 0;
  n_replaced = replaced ? g_strv_length (replaced) : 0;
  for (guint i = 0; i < MAX (n_own, n_replaced); i++)
    {
      if (i < n_replaced)
        add_candidate (candidates, replaced[i], word);
      if (i < n_own)
        add_candidate (candidates, own[i], word);
    }

  /* Hunspell orders by how it found a word, not by how close it is: put
   * the closest first, keeping its order among equals. */
  ranked = g_new0 (Ranked, candidates->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      ranked[i].word = g_ptr_array_index (candidates, i);
      ranked[i].order = i;
      ranked[i].distance = i < n_exact ? 0 : typo_tier (reference, ranked[i].word);
    }
  if (candidates->len > 1)
    qsort (ranked, candidates->len, sizeof (Ranked), compare_ranked);

  ret = g_new0 (char *, KASUS_SPELL_MAX_SUGGESTIONS + 1);
  for (guint i = 0; i < candidates->len && i < KASUS_SPELL_MAX_SUGGESTIONS; i++)
    ret[i] = g_strdup (ranked[i].word);
  return ret;
}

/* Brings the suggestion handle up to date with the personal dictionary;
 * the caller holds suggest_lock. */
static void
sync_suggest_handle (SpellDict *dict)
{
  g_mutex_lock (&dict->words_lock);
  if (dict->suggest == NULL)
    {
      GHashTableIter iter;
      gpointer       key;

      g_mutex_unlock (&dict->words_lock);
      dict->suggest = create_handle (dict);
      g_mutex_lock (&dict->words_lock);
      g_hash_table_iter_init (&iter, dict->personal);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        add_personal_word (dict, dict->suggest, key, TRUE);
    }
  else
    {
      for (guint i = 0; i < dict->pending->len; i++)
        {
          const char *entry = g_ptr_array_index (dict->pending, i);

          add_personal_word (dict, dict->suggest, entry + 1, entry[0] == '+');
        }
    }
  g_ptr_array_set_size (dict->pending, 0);
  g_mutex_unlock (&dict->words_lock);
}

static gboolean
valid_word (const char *word, GError **error)
{
  gsize len = word ? strlen (word) : 0;

  if (len == 0 || len > WORD_MAX || !g_utf8_validate (word, len, NULL))
    {
      g_set_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_INVALID_WORD, _ ("Not a word: “%s”"),
                   word && g_utf8_validate (word, -1, NULL) ? word : "");
      return FALSE;
    }
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      {
        g_set_error (error, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_INVALID_WORD,
                     _ ("Not one word: “%s”"), word);
        return FALSE;
      }
  return TRUE;
}

static SpellDict *
suggest_dict (KasusSpell *self, KasusLanguage language)
{
  if (language == KASUS_LANGUAGE_AUTO)
    {
      SpellDict *dict = get_dict (self, KASUS_LANGUAGE_DA);

      return dict ? dict : get_dict (self, KASUS_LANGUAGE_EN);
    }
  return get_dict (self, language);
}

char **
kasus_spell_suggest (KasusSpell *self, const char *word, KasusLanguage language)
{
  SpellDict *dict;
  char     **ret;

  g_return_val_if_fail (KASUS_IS_SPELL (self), NULL);

  dict = suggest_dict (self, language);
  if (dict == NULL || !valid_word (word, NULL))
    return g_new0 (char *, 1);

  /* The suggestion handle, even here: it holds the personal dictionary,
   * and suggesting with the checking one would stall checks elsewhere. */
  g_mutex_lock (&dict->suggest_lock);
  sync_suggest_handle (dict);
  ret = suggest_with (dict, dict->suggest, word);
  g_mutex_unlock (&dict->suggest_lock);
  return ret;
}

typedef struct
{
  char         *word;
  KasusLanguage language;
} SuggestData;

static void
suggest_data_free (SuggestData *data)
{
  g_free (data->word);
  g_free (data);
}

static void
suggest_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  KasusSpell  *self = source_object;
  SuggestData *data = task_data;
  SpellDict   *dict = suggest_dict (self, data->language);
  char       **ret;

  if (dict == NULL)
    {
      g_task_return_new_error (task, KASUS_SPELL_ERROR, KASUS_SPELL_ERROR_NOT_LOADED,
                               _ ("The dictionary for %s is not loaded"),
                               language_name (data->language));
      return;
    }

  g_mutex_lock (&dict->suggest_lock);
  if (g_task_return_error_if_cancelled (task))
    {
      g_mutex_unlock (&dict->suggest_lock);
      return;
    }
  sync_suggest_handle (dict);
  ret = suggest_with (dict, dict->suggest, data->word);
  g_mutex_unlock (&dict->suggest_lock);

  g_task_return_pointer (task, ret, (GDestroyNotify) g_strfreev);
}

void
kasus_spell_suggest_async (KasusSpell         *self,
                           const char         *word,
                           KasusLanguage       language,
                           GCancellable       *cancellable,
                           GAsyncReadyCallback callback,
                           gpointer            user_data)
{
  g_autoptr (GTask)  task = NULL;
  g_autoptr (GError) error = NULL;
  SuggestData       *data;

  g_return_if_fail (KASUS_IS_SPELL (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kasus_spell_suggest_async);

  if (!valid_word (word, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data = g_new0 (SuggestData, 1);
  data->word = g_strdup (word);
  data->language = language;
  g_task_set_task_data (task, data, (GDestroyNotify) suggest_data_free);
  /* hunspell cannot be interrupted: a cancelled request answers at once
   * and the worker finishes on its own. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, suggest_thread);
}

char **
kasus_spell_suggest_finish (KasusSpell *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Personal dictionary ------------------------------------------------ */

static gboolean
change_dictionary (KasusSpell   *self,
                   const char   *word,
                   KasusLanguage language,
                   gboolean      add,
                   GError      **error)
{
  g_autoptr (GHashTable) words = NULL;
  SpellDict             *dict;
  gboolean               present;

  if (!valid_word (word, error))
    return FALSE;

  if (language == KASUS_LANGUAGE_AUTO)
    return change_dictionary (self, word, KASUS_LANGUAGE_DA, add, error) &&
           change_dictionary (self, word, KASUS_LANGUAGE_EN, add, error);

  dict = get_dict (self, language);
  if (dict != NULL)
    g_mutex_lock (&dict->words_lock);

  /* Re-read the file: another window or process may have added words. */
  words = read_personal (language);
  present = g_hash_table_contains (words, word);
  if (add && !present)
    g_hash_table_add (words, g_strdup (word));
  else if (!add && present)
    g_hash_table_remove (words, word);

  if (add != present && !write_personal (language, words, error))
    {
      if (dict != NULL)
        g_mutex_unlock (&dict->words_lock);
      return FALSE;
    }

  if (dict != NULL)
    {
      gboolean known = g_hash_table_contains (dict->personal, word);

      if (add != known)
        {
          if (add)
            g_hash_table_add (dict->personal, g_strdup (word));
          else
            g_hash_table_remove (dict->personal, word);
          g_ptr_array_add (dict->pending, g_strconcat (add ? "+" : "-", word, NULL));
        }
      g_mutex_unlock (&dict->words_lock);
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
kasus_spell_add_to_dictionary (KasusSpell   *self,
                               const char   *word,
                               KasusLanguage language,
                               GError      **error)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);

  return change_dictionary (self, word, language, TRUE, error);
}

gboolean
kasus_spell_remove_from_dictionary (KasusSpell   *self,
                                    const char   *word,
                                    KasusLanguage language,
                                    GError      **error)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);

  return change_dictionary (self, word, language, FALSE, error);
}

char **
kasus_spell_get_dictionary_words (KasusSpell *self, KasusLanguage language)
{
  g_autoptr (GHashTable) words = NULL;

  g_return_val_if_fail (KASUS_IS_SPELL (self), NULL);
  g_return_val_if_fail (language == KASUS_LANGUAGE_DA || language == KASUS_LANGUAGE_EN, NULL);

  words = read_personal (language);
  return sorted_words (words);
}

/* Ignore all --------------------------------------------------------- */

void
kasus_spell_ignore_word (KasusSpell *self, const char *word)
{
  gboolean added;

  g_return_if_fail (KASUS_IS_SPELL (self));

  if (!valid_word (word, NULL))
    return;
  g_mutex_lock (&self->lock);
  added = g_hash_table_add (self->ignored, g_utf8_strdown (word, -1));
  g_mutex_unlock (&self->lock);

  if (added)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
kasus_spell_is_ignored (KasusSpell *self, const char *word)
{
  g_return_val_if_fail (KASUS_IS_SPELL (self), FALSE);

  if (!valid_word (word, NULL))
    return FALSE;
  return is_ignored (self, word, strlen (word));
}

char **
kasus_spell_get_ignored_words (KasusSpell *self)
{
  char **ret;

  g_return_val_if_fail (KASUS_IS_SPELL (self), NULL);

  g_mutex_lock (&self->lock);
  ret = sorted_words (self->ignored);
  g_mutex_unlock (&self->lock);
  return ret;
}

void
kasus_spell_set_ignored_words (KasusSpell *self, const char *const *words)
{
  g_return_if_fail (KASUS_IS_SPELL (self));

  g_mutex_lock (&self->lock);
  g_hash_table_remove_all (self->ignored);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (valid_word (words[i], NULL))
      g_hash_table_add (self->ignored, g_utf8_strdown (words[i], -1));
  g_mutex_unlock (&self->lock);

  g_signal_emit (self, signals[CHANGED], 0);
}
