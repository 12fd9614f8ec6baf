/* kasus-preferences-window.h — the preferences
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KASUS_TYPE_PREFERENCES_WINDOW (kasus_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KasusPreferencesWindow,
                      kasus_preferences_window,
                      KASUS,
                      PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* settings may be NULL (schema not installed): the rows are then insensitive. */
KasusPreferencesWindow *kasus_preferences_window_new (GSettings *settings);

G_END_DECLS
