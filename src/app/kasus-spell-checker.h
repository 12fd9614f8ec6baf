/* kasus-spell-checker.h — misspellings underlined in a text view
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-case.h"
#include "kasus-spell.h"

G_BEGIN_DECLS

/* The tag of a misspelled word: a wavy red underline, nothing else, so it
 * shows through the finding tags' backgrounds. It is kept above every
 * other tag of the buffer, so it wins where a finding sets an underline. */
#define KASUS_SPELL_CHECKER_TAG "kasus-misspelled"

#define KASUS_TYPE_SPELL_CHECKER (kasus_spell_checker_get_type ())
G_DECLARE_FINAL_TYPE (KasusSpellChecker, kasus_spell_checker, KASUS, SPELL_CHECKER, GObject)

/* Spell checks what is typed into view with spell (shared: one per
 * application is enough). Each edited paragraph is rechecked once the
 * typing pauses, never on the keystroke itself; everything is rechecked
 * on KasusSpell::changed. The checker keeps a weak reference to the view
 * and inserts the action group "spell" on it: "spell.correct" (s),
 * "spell.add", "spell.ignore". The context menu gets the section of
 * get_menu_section(), merged with whatever extra menu the view has, now or
 * later. */
KasusSpellChecker *kasus_spell_checker_new (GtkTextView *view, KasusSpell *spell);
GtkTextView       *kasus_spell_checker_get_view (KasusSpellChecker *self);
KasusSpell        *kasus_spell_checker_get_spell (KasusSpellChecker *self);

/* Property "enabled": when FALSE nothing is underlined. */
gboolean kasus_spell_checker_get_enabled (KasusSpellChecker *self);
void     kasus_spell_checker_set_enabled (KasusSpellChecker *self, gboolean enabled);
/* Property "language": the language of the text. Each paragraph is checked
 * in it unless the paragraph is clearly in the other one. */
KasusLanguage kasus_spell_checker_get_language (KasusSpellChecker *self);
void          kasus_spell_checker_set_language (KasusSpellChecker *self, KasusLanguage language);
/* Follows the case: its language, and its list of words to "ignore all"
 * (shared by every checker of the case; "Ignore All" adds to it). Without
 * a case the checker keeps its own list. */
void kasus_spell_checker_set_case (KasusSpellChecker *self, KasusCase *kase);

/* The context menu's spelling section: up to five suggestions, "Add to
 * Dictionary" and "Ignore All" while the cursor is on a misspelled word,
 * nothing otherwise. Transfer none. */
GMenuModel *kasus_spell_checker_get_menu_section (KasusSpellChecker *self);
/* Fills the section for the word at the cursor; suggestions arrive
 * asynchronously. The checker calls it itself when a right click or the
 * menu key is about to open the context menu. */
void kasus_spell_checker_prepare_menu (KasusSpellChecker *self);
/* The misspelled word the section is about, or NULL. */
const char *kasus_spell_checker_get_menu_word (KasusSpellChecker *self);

void kasus_spell_checker_recheck_all (KasusSpellChecker *self);
/* TRUE while some text waits to be checked or suggestions are coming. */
gboolean kasus_spell_checker_is_busy (KasusSpellChecker *self);
/* Microseconds spent on the main thread so far (for the benchmark). */
gint64 kasus_spell_checker_get_main_usec (KasusSpellChecker *self);

G_END_DECLS
