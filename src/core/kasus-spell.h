/* kasus-spell.h — spell checking: hunspell plus Kasus's medical supplement
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_SPELL_ERROR (kasus_spell_error_quark ())

typedef enum
{
  KASUS_SPELL_ERROR_NO_DICTIONARY, /* hunspell .aff/.dic not found or unreadable */
  KASUS_SPELL_ERROR_NOT_LOADED,    /* the language has not been loaded (yet) */
  KASUS_SPELL_ERROR_INVALID_WORD,  /* empty, not UTF-8, or not one word */
  KASUS_SPELL_ERROR_FAILED,        /* the personal dictionary could not be written */
} KasusSpellError;

#define KASUS_SPELL_MAX_SUGGESTIONS 5

#define KASUS_TYPE_MISSPELLING (kasus_misspelling_get_type ())

/* One misspelled word. start/end are Unicode code-point offsets into the
 * checked text, end exclusive (the same convention as KasusFinding).
 * language is the dictionary that judged it: ask it for suggestions. */
typedef struct
{
  guint         start;
  guint         end;
  char         *word;
  KasusLanguage language;
} KasusMisspelling;

GType             kasus_misspelling_get_type (void) G_GNUC_CONST;
KasusMisspelling *kasus_misspelling_copy (const KasusMisspelling *self);
void              kasus_misspelling_free (KasusMisspelling *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusMisspelling, kasus_misspelling_free)

#define KASUS_TYPE_SPELL (kasus_spell_get_type ())
G_DECLARE_FINAL_TYPE (KasusSpell, kasus_spell, KASUS, SPELL, GObject)

GQuark kasus_spell_error_quark (void);

/* A checker with no dictionary loaded. Loaded dictionaries are shared by
 * every KasusSpell in the process (a second window costs nothing), while
 * the "ignore all" list belongs to the object: make one per open case.
 *
 * Every function below is thread safe. Until a language is loaded its
 * words are all accepted and check_text() flags nothing in it.
 *
 * ::changed is emitted (in the main context of the caller of
 * load_async(), or of add_to_dictionary() / ignore_word()) whenever the
 * verdict on some word may have changed: a language finished loading, a word
 * was added to the personal dictionary or ignored. Recheck on it. */
KasusSpell *kasus_spell_new (void);

/* Dictionaries: KASUS_HUNSPELL_PATH (a G_SEARCHPATH_SEPARATOR list of
 * folders; when set, only these), else $XDG_DATA_HOME/hunspell,
 * $XDG_DATA_DIRS/hunspell, /app/share/hunspell, /usr/share/hunspell and
 * /usr/share/myspell. Danish is da_DK, English en_US (en_GB as fallback).
 *
 * KASUS_LANGUAGE_AUTO loads both. Loading happens in a worker thread; when
 * one language is missing the other is still loaded and usable, and the
 * error (KASUS_SPELL_ERROR_NO_DICTIONARY) names the language and the paths
 * tried. A language already loaded returns at once. */
void     kasus_spell_load_async (KasusSpell         *self,
                                 KasusLanguage       language,
                                 GCancellable       *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer            user_data);
gboolean kasus_spell_load_finish (KasusSpell *self, GAsyncResult *result, GError **error);
/* The same, blocking: for kasus-cli and tests. */
gboolean kasus_spell_load (KasusSpell   *self,
                           KasusLanguage language,
                           GCancellable *cancellable,
                           GError      **error);
gboolean kasus_spell_has_language (KasusSpell *self, KasusLanguage language);

/* The language of a paragraph by counting Danish and English function
 * words (and æ/ø/å). Returns fallback unless one language clearly wins. */
KasusLanguage kasus_spell_detect_language (const char *text, gssize length, KasusLanguage fallback);

/* TRUE when word is spelled right in language (AUTO: in either loaded
 * language), is in the medical supplement or the personal dictionary, is
 * ignored, or is not something to spell check at all (numbers, HGVS,
 * abbreviations, URLs…). Also TRUE when the language is not loaded. */
gboolean
kasus_spell_check_word (KasusSpell *self, const char *word, gssize length, KasusLanguage language);

/* The misspellings of text (element type KasusMisspelling), in order.
 * Each line is a paragraph: it is checked in language unless it is clearly
 * in the other one (AUTO: the language of the whole text, Danish when in
 * doubt). Lines in a language that is not loaded are not checked.
 * Fast enough to call on the main thread: about 1 ms for 2 KB. */
GPtrArray *
kasus_spell_check_text (KasusSpell *self, const char *text, gssize length, KasusLanguage language);

/* Up to KASUS_SPELL_MAX_SUGGESTIONS replacements, best first (a NULL
 * terminated array, possibly empty). Hunspell needs 50–130 ms per Danish
 * word: the editor uses the async form, which runs in a worker and can be
 * cancelled; the blocking form is for kasus-cli. */
char **kasus_spell_suggest (KasusSpell *self, const char *word, KasusLanguage language);
void   kasus_spell_suggest_async (KasusSpell         *self,
                                  const char         *word,
                                  KasusLanguage       language,
                                  GCancellable       *cancellable,
                                  GAsyncReadyCallback callback,
                                  gpointer            user_data);
char **kasus_spell_suggest_finish (KasusSpell *self, GAsyncResult *result, GError **error);

/* The personal dictionary: $XDG_DATA_HOME/kasus/dictionary-<lang>.txt,
 * one word a line, folder 0700, file 0600, written atomically. Takes
 * effect at once in every KasusSpell of the process. (A removed word stops
 * being accepted at once; hunspell may still suggest it until restart.) */
gboolean kasus_spell_add_to_dictionary (KasusSpell   *self,
                                        const char   *word,
                                        KasusLanguage language,
                                        GError      **error);
gboolean kasus_spell_remove_from_dictionary (KasusSpell   *self,
                                             const char   *word,
                                             KasusLanguage language,
                                             GError      **error);
/* The words of the personal dictionary, sorted. */
char **kasus_spell_get_dictionary_words (KasusSpell *self, KasusLanguage language);
char  *kasus_spell_get_dictionary_path (KasusLanguage language);

/* "Ignore all": words accepted in every language by this object only.
 * The editor keeps the list with the case (get/set to save and restore). */
void     kasus_spell_ignore_word (KasusSpell *self, const char *word);
gboolean kasus_spell_is_ignored (KasusSpell *self, const char *word);
char   **kasus_spell_get_ignored_words (KasusSpell *self);
void     kasus_spell_set_ignored_words (KasusSpell *self, const char *const *words);

G_END_DECLS
