/* kasus-scanner.c — placeholder until the scanner issue lands
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-scanner"

#include "config.h"

#include "kasus-scanner.h"
