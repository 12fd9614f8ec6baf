/* kasus-scanner.h — rule-based detection of what identifies a patient
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kasus-finding.h"
#include "kasus-types.h"

G_BEGIN_DECLS

#define KASUS_TYPE_SCANNER (kasus_scanner_get_type ())
G_DECLARE_FINAL_TYPE (KasusScanner, kasus_scanner, KASUS, SCANNER, GObject)

/* Loads the rules from the resources. A scanner is immutable once made
 * and may be used from any number of threads at once. */
KasusScanner *kasus_scanner_new (GError **error);
/* One shared scanner for the process, loaded on first use; NULL and a
 * critical only if the built-in rules are broken. */
KasusScanner *kasus_scanner_get_default (void);

/* Scans text (UTF-8, length in bytes or -1). Returns KasusFinding
 * elements ordered by start, offsets in code points into text.
 * known: optional array of KasusKnownIdentifier (the case's private block);
 * every occurrence of one is a high finding of its category. */
GPtrArray *kasus_scanner_scan (KasusScanner *self,
                               const char   *text,
                               gssize        length,
                               KasusLanguage language,
                               GPtrArray    *known);

/* Scans only the code-point range [start, end) of text (a paragraph) and
 * returns findings inside it, with offsets relative to the whole text. */
GPtrArray *kasus_scanner_scan_range (KasusScanner *self,
                                     const char   *text,
                                     gssize        length,
                                     gint64        start,
                                     gint64        end,
                                     KasusLanguage language,
                                     GPtrArray    *known);

/* Guesses the language of a paragraph (DA or EN). */
KasusLanguage kasus_scanner_detect_language (KasusScanner *self, const char *text, gssize length);

G_END_DECLS
