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
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Quiet GLib, except for criticals (a g_return_if_fail() that hostile
 * input reaches is a bug) and errors, which are printed and abort. */
static inline void
fuzz_quiet_log (const char    *log_domain,
                GLogLevelFlags log_level,
                const char    *message,
                gpointer       user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    {
      g_printerr ("%s: %s\n", log_domain ? log_domain : "?", message);
      /* SIGABRT, which libFuzzer catches (GLib would raise SIGTRAP). */
      abort ();
    }
}

static inline void
fuzz_init_common (void)
{
  g_log_set_default_handler (fuzz_quiet_log, NULL);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}
