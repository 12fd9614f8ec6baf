/* kasus-autosave.h — drafts of a case, written shortly after each change
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kasus-case.h"

G_BEGIN_DECLS

#define KASUS_AUTOSAVE_DELAY_MS 2000

#define KASUS_TYPE_AUTOSAVE (kasus_autosave_get_type ())
G_DECLARE_FINAL_TYPE (KasusAutosave, kasus_autosave, KASUS, AUTOSAVE, GObject)

KasusAutosave *kasus_autosave_new        (void);
/* The folder of drafts: $XDG_STATE_HOME/kasus. */
char          *kasus_autosave_dup_folder (void);
/* What to draft; file is where the case is saved (NULL: nowhere yet).
 * The draft of the previous case is left where it is. */
void           kasus_autosave_set_case   (KasusAutosave *self,
                                          KasusCase     *kase,
                                          GFile         *file);
void           kasus_autosave_set_delay  (KasusAutosave *self,
                                          guint          delay_ms);
/* Writes the draft delay_ms after the last call. */
void           kasus_autosave_schedule   (KasusAutosave *self);
/* Writes the draft now (folder 0700, file 0600, atomic). */
gboolean       kasus_autosave_flush      (KasusAutosave *self,
                                          GError       **error);
/* Removes the draft: the case was saved or deliberately discarded. */
void           kasus_autosave_discard    (KasusAutosave *self);
/* The draft file (which may not exist yet). */
GFile         *kasus_autosave_get_draft  (KasusAutosave *self);

G_END_DECLS
