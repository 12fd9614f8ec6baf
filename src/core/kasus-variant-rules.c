/* kasus-variant-rules.c — placeholder until the scanner issue lands
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-variant"

#include "config.h"

#include "kasus-variant-rules.h"
