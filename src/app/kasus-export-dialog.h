/* kasus-export-dialog.h — whether a case is ready, and exporting its PDF
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kasus-case.h"

G_BEGIN_DECLS

#define KASUS_TYPE_EXPORT_DIALOG (kasus_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KasusExportDialog, kasus_export_dialog, KASUS, EXPORT_DIALOG, AdwWindow)

/* A modal dialog over parent: it checks kase (in a worker, on a copy),
 * says whether it is ready, lists every reason it is not, and exports
 * the final PDF (only when ready) or a draft with the watermark (always)
 * to a file chosen in a file chooser. case_file (may be NULL) is where
 * the case is saved: the chooser starts in its folder.
 *
 * What parent should provide (GActions in its "win." group, looked up
 * along the transient-for chain, so a dialog over the preview finds the
 * editor's):
 *   win.goto-section (s)  shows and focuses the field or section with
 *                         that id: a template section id ("history" …),
 *                         "title", "patient-group", "prior_analyses", or
 *                         KASUS_READINESS_SECTION_ANALYSIS ("analysis");
 *   win.show-consent (s)  shows the consent page; the parameter is the
 *                         checklist item id to show, or "".
 * Activating a reason in the list (a KasusReadinessList) emits
 * ::activate-reason, whose default handler activates one of them,
 * presents that window and closes the dialog; when no window has the
 * action the dialog stays open.
 *
 * After a successful export the dialog closes and a toast "Exported
 * “name.pdf”" with "Open" (the file in a KasusPreviewWindow) goes to the
 * toast overlay (set_toast_overlay, else parent's content when that is
 * an AdwToastOverlay). Errors are shown in a dialog naming the file. */
KasusExportDialog *kasus_export_dialog_new (GtkWindow *parent, KasusCase *kase, GFile *case_file);
KasusCase         *kasus_export_dialog_get_case (KasusExportDialog *self);
void kasus_export_dialog_set_toast_overlay (KasusExportDialog *self, AdwToastOverlay *overlay);

/* TRUE while the readiness check runs ("checking" property). */
gboolean kasus_export_dialog_get_checking (KasusExportDialog *self);
/* After the check: no reason left ("ready" property). */
gboolean kasus_export_dialog_get_ready (KasusExportDialog *self);
/* The reasons listed, KasusReadinessReason; transfer none. Empty while
 * checking and when ready. */
GPtrArray *kasus_export_dialog_get_reasons (KasusExportDialog *self);

/* Exports to file synchronously, without a chooser or a toast: the final
 * PDF only when the case is ready now (else an error saying so), or the
 * draft. What the buttons do after their chooser, minus the UI. */
gboolean kasus_export_dialog_export_to (KasusExportDialog *self,
                                        GFile             *file,
                                        gboolean           draft,
                                        GError           **error);

/* The readiness of kase computed in a worker thread on a copy of it:
 * finish returns the KasusReadinessReason array (transfer full; empty
 * means ready). For the print and preview actions too. */
void       kasus_export_check_readiness_async (KasusCase          *kase,
                                               GCancellable       *cancellable,
                                               GAsyncReadyCallback callback,
                                               gpointer            user_data);
GPtrArray *kasus_export_check_readiness_finish (GAsyncResult *result, GError **error);

G_END_DECLS
