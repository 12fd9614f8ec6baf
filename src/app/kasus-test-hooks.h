/* kasus-test-hooks.h — test-only ways to drive the real app
 *
 * Inert unless one of the KASUS_TEST_* variables below is set in the
 * environment (tests/test-crash-recovery.py and friends set them):
 *
 *   KASUS_TEST_RECOVER=recover|discard|later  answers each recovery dialog
 *   KASUS_TEST_DUMP_READY=PATH   the first section's text once recovery is
 *                                over, before typing
 *   KASUS_TEST_TYPE=TEXT         types TEXT at the end of the first section,
 *                                one character at a time, as user actions
 *   KASUS_TEST_TYPE_RATE=N       characters per second (default 20)
 *   KASUS_TEST_SAVE=SPEC         then saves (win.save), with the fault shim
 *                                armed with SPEC (FUNC:N:ERRNO, as
 *                                KASUS_FAULT) unless SPEC is "none"
 *   KASUS_TEST_EXPORT=PATH       then exports a draft PDF to PATH
 *   KASUS_TEST_DUMP=PATH         then writes the first section's text
 *   KASUS_TEST_ADD_WORD=WORD     then adds WORD to the Danish personal
 *                                dictionary
 *   KASUS_TEST_QUIT=1            then quits; a review window quits once
 *                                its folder is loaded
 *   KASUS_TEST_LOG=PATH          what happened, a line each, written with
 *                                write(2) so a SIGKILL loses none:
 *                                "typed N USEC" after each character (USEC
 *                                is g_get_monotonic_time()), "section ID",
 *                                "save …", "dialog HEADING\tBODY", …
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-application.h"

G_BEGIN_DECLS

/* Recovery is over (or nothing was to recover): the editor hooks start. */
void kasus_test_hooks_ready (KasusApplication *app);
/* A recovery dialog was shown. */
void kasus_test_hooks_answer (AdwMessageDialog *dialog);
/* A window was added (the review hook waits for its folder). */
void kasus_test_hooks_window_added (KasusApplication *app, GtkWindow *window);

G_END_DECLS
