/* kasus-print-operation.h — a case printed through the PDF layout
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kasus-case.h"
#include "kasus-pdf-layout.h"

G_BEGIN_DECLS

#define KASUS_TYPE_PRINT_OPERATION (kasus_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (KasusPrintOperation,
                      kasus_print_operation,
                      KASUS,
                      PRINT_OPERATION,
                      GtkPrintOperation)

/* Prints a snapshot of kase as it is now, paginated by the same layout
 * as the PDF export for the paper the print dialog chooses; flags DRAFT
 * adds the watermark. Print settings are kept for the next print. */
KasusPrintOperation *kasus_print_operation_new (KasusCase *kase, KasusPdfFlags flags);
KasusPdfFlags        kasus_print_operation_get_flags (KasusPrintOperation *self);
/* Why the layout failed in begin-print, or NULL. */
const GError *kasus_print_operation_get_layout_error (KasusPrintOperation *self);

/* Shows the print dialog for parent and prints; a failure is shown in a
 * dialog that names the case. */
void kasus_print_operation_run_dialog (KasusPrintOperation *self, GtkWindow *parent);

/* Prints kase from parent: final when the case is ready, else the draft
 * with its watermark. The readiness is checked in a worker first. */
void kasus_print_operation_print_case (GtkWindow *parent, KasusCase *kase);

G_END_DECLS
