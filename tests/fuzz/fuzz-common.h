/* fuzz-common.h — shared by the fuzz targets in tests/fuzz/
 *
 * Each target defines LLVMFuzzerTestOneInput(). Built with -Dfuzzing=true
 * and clang, libFuzzer supplies main(); in every other build the same
 * entry point is linked into fuzz-replay.c, a GTest program that replays
 * the seed corpus and the inputs that once crashed.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Quiet GLib: criticals and warnings from the code under test are findings
 * only when they are fatal, and fatal they are not here; the sanitizers
 * and libFuzzer's crash detection decide. */
static inline void
fuzz_quiet_log (const char     *log_domain,
                GLogLevelFlags  log_level,
                const char     *message,
                gpointer        user_data)
{
}

static inline void
fuzz_init_common (void)
{
  g_log_set_default_handler (fuzz_quiet_log, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}
