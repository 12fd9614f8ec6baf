/* kasus-template.c — being written */
#define G_LOG_DOMAIN "kasus-template"

#include "config.h"

#include "kasus-template.h"
