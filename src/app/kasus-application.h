/* kasus-application.h — the Kasus application
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-spell.h"
#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_TYPE_APPLICATION (kasus_application_get_type ())
G_DECLARE_FINAL_TYPE (KasusApplication, kasus_application, KASUS, APPLICATION, AdwApplication)

/* Called by main() before anything is translated: applies the
 * "ui-language" preference (by setting LANGUAGE), sets the locale and binds
 * the text domain, to $KASUS_LOCALEDIR when set (an uninstalled build's
 * po/ folder) or else to the installed locale folder. */
void              kasus_application_init_i18n (void);
KasusApplication *kasus_application_new (void);
/* NULL when the schema is not installed (an uninstalled build without
 * GSETTINGS_SCHEMA_DIR): the app then runs with its defaults. */
GSettings *kasus_application_get_settings (KasusApplication *self);
/* The language for new cases: the preference, with "auto" resolved from
 * the desktop language. */
KasusLanguage kasus_application_get_default_language (KasusApplication *self);
/* Opens file in the window already showing it, in `window` when that holds
 * an untouched new case, or in a new window. */
void kasus_application_open_file (KasusApplication *self, GFile *file, GtkWindow *window);
void kasus_application_new_case (KasusApplication *self);
void kasus_application_open_demo (KasusApplication *self);
/* The spell checker every window shares; its dictionaries load at startup. */
KasusSpell *kasus_application_get_spell (KasusApplication *self);
/* Offers, one dialog after another over parent, to recover each draft a
 * crash or a kill left behind (see kasus_autosave_find_drafts()). Done
 * once at start. */
void kasus_application_offer_recovery (KasusApplication *self, GtkWindow *parent);

G_END_DECLS
