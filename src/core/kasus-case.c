/* kasus-case.c — being written */
#define G_LOG_DOMAIN "kasus-case"

#include "config.h"

#include "kasus-case.h"
