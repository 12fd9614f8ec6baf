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

KasusAutosave *kasus_autosave_new (void);
/* The folder of drafts: $XDG_STATE_HOME/kasus. */
char *kasus_autosave_dup_folder (void);
/* What to draft; file is where the case is saved (NULL: nowhere yet).
 * The draft of the previous case is left where it is. */
void kasus_autosave_set_case (KasusAutosave *self, KasusCase *kase, GFile *file);
void kasus_autosave_set_delay (KasusAutosave *self, guint delay_ms);
/* Writes the draft delay_ms after the first call since the last write:
 * after a pause, and every delay_ms while changes keep coming. */
void kasus_autosave_schedule (KasusAutosave *self);
/* Writes the draft now (folder 0700, file 0600, atomic). */
gboolean kasus_autosave_flush (KasusAutosave *self, GError **error);
/* Removes the draft: the case was saved or deliberately discarded. */
void kasus_autosave_discard (KasusAutosave *self);
/* The draft file (which may not exist yet). */
GFile *kasus_autosave_get_draft (KasusAutosave *self);

/* A draft left behind by a crash or a kill. */
typedef struct
{
  GFile *draft;    /* <id>.kasus in the folder of drafts */
  GFile *file;     /* the case's file, or NULL for a case never saved */
  gint64 modified; /* of the draft, in microseconds since the epoch */
} KasusDraft;

void kasus_draft_free (KasusDraft *draft);
/* The drafts worth recovering, newest first: those of cases never saved
 * and those newer than their file (or whose file is gone). Drafts older
 * than their file are out of date and removed. */
GPtrArray *kasus_autosave_find_drafts (void);
/* Removes a draft and what belongs to it. */
void kasus_autosave_delete_draft (GFile *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KasusDraft, kasus_draft_free)

G_END_DECLS
