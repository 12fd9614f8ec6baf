/* kasus-spell.c — placeholder until the spelling issue lands
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-spell"

#include "config.h"
