/* kasus-print-operation.c — a case printed through the PDF layout
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-print-operation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kasus-export-dialog.h"
#include "kasus-print-operation.h"

struct _KasusPrintOperation
{
  GtkPrintOperation parent_instance;

  KasusCase      *kase;
  KasusPdfFlags   flags;
  KasusPdfLayout *layout;
  GError         *layout_error;
  GtkWindow      *parent; /* weak, while the dialog runs */
};

G_DEFINE_FINAL_TYPE (KasusPrintOperation, kasus_print_operation, GTK_TYPE_PRINT_OPERATION)

/* What the last print dialog chose, for the next one (main thread only). */
static GtkPrintSettings *last_settings;
static GtkPageSetup     *last_page_setup;

KasusPrintOperation *
kasus_print_operation_new (KasusCase *kase, KasusPdfFlags flags)
{
  KasusPrintOperation *self;
  g_autofree char     *data = NULL;
  g_autoptr (GError)   error = NULL;
  const char          *title;
  gsize                length;

  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);

  self = g_object_new (KASUS_TYPE_PRINT_OPERATION, NULL);
  self->flags = flags;

  /* A copy: the author may type on while the print dialog is open. */
  data = kasus_case_to_data (kase, &length);
  self->kase = kasus_case_new_from_data (data, length, NULL, &error);
  if (self->kase == NULL)
    {
      g_critical ("Could not copy the case for printing: %s", error->message);
      self->kase = g_object_ref (kase);
    }

  title = kasus_case_get_title (kase);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    title[0] != '\0' ? title : _ ("Untitled Case"));

  return self;
}

KasusPdfFlags
kasus_print_operation_get_flags (KasusPrintOperation *self)
{
  g_return_val_if_fail (KASUS_IS_PRINT_OPERATION (self), KASUS_PDF_FLAGS_NONE);

  return self->flags;
}

const GError *
kasus_print_operation_get_layout_error (KasusPrintOperation *self)
{
  g_return_val_if_fail (KASUS_IS_PRINT_OPERATION (self), NULL);

  return self->layout_error;
}

static void
kasus_print_operation_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KasusPrintOperation *self = KASUS_PRINT_OPERATION (operation);
  KasusPdfPageSetup    setup;

  /* The paper the dialog chose, with the margins of the PDF: the same
   * pagination as the export on A4. */
  kasus_pdf_page_setup_init_a4 (&setup);
  setup.width = gtk_print_context_get_width (context);
  setup.height = gtk_print_context_get_height (context);

  g_clear_object (&self->layout);
  g_clear_error (&self->layout_error);
  self->layout =
    kasus_pdf_layout_new_for_case (self->kase, &setup, self->flags, &self->layout_error);
  if (self->layout == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, kasus_pdf_layout_get_n_pages (self->layout));
}

static void
kasus_print_operation_draw_page (GtkPrintOperation *operation,
                                 GtkPrintContext   *context,
                                 int                page_nr)
{
  KasusPrintOperation *self = KASUS_PRINT_OPERATION (operation);

  if (self->layout == NULL)
    return;

  kasus_pdf_layout_paint_page (self->layout, gtk_print_context_get_cairo_context (context),
                               page_nr);
}

static void
kasus_print_operation_end_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  KasusPrintOperation *self = KASUS_PRINT_OPERATION (operation);

  g_clear_object (&self->layout);
}

static void
show_error (KasusPrintOperation *self, const GError *error)
{
  const char      *title = kasus_case_get_title (self->kase);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  body = g_strdup_printf (_ ("“%s” could not be printed.\n\n%s"),
                          title[0] != '\0' ? title : _ ("Untitled Case"), error->message);
  dialog = adw_message_dialog_new (self->parent, _ ("Could Not Print"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kasus_print_operation_done (GtkPrintOperation *operation, GtkPrintOperationResult result)
{
  KasusPrintOperation *self = KASUS_PRINT_OPERATION (operation);
  g_autoptr (GError)   error = NULL;

  switch (result)
    {
      case GTK_PRINT_OPERATION_RESULT_APPLY:
        g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
        g_set_object (&last_page_setup, gtk_print_operation_get_default_page_setup (operation));
        break;

      case GTK_PRINT_OPERATION_RESULT_ERROR:
        gtk_print_operation_get_error (operation, &error);
        if (error != NULL)
          show_error (self, error);
        break;

      case GTK_PRINT_OPERATION_RESULT_CANCEL:
        /* Cancelled by the user, or by begin-print when the layout failed. */
        if (self->layout_error != NULL)
          show_error (self, self->layout_error);
        break;

      case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
      default:
        break;
    }

  if (GTK_PRINT_OPERATION_CLASS (kasus_print_operation_parent_class)->done)
    GTK_PRINT_OPERATION_CLASS (kasus_print_operation_parent_class)->done (operation, result);
}

static void
done_cb (KasusPrintOperation *self, GtkPrintOperationResult result)
{
  g_clear_weak_pointer (&self->parent);
  /* The reference taken by run_dialog. */
  g_object_unref (self);
}

void
kasus_print_operation_run_dialog (KasusPrintOperation *self, GtkWindow *parent)
{
  g_autoptr (GError)      error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (KASUS_IS_PRINT_OPERATION (self));
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  g_set_weak_pointer (&self->parent, parent);
  g_object_ref (self);
  g_signal_connect (self, "done", G_CALLBACK (done_cb), NULL);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  /* Synchronous print back ends have emitted ::done already. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    g_debug ("Printing failed: %s", error->message);
}

typedef struct
{
  GtkWindow *parent; /* weak */
  KasusCase *kase;
} PrintRequest;

static void
print_request_free (PrintRequest *request)
{
  g_clear_weak_pointer (&request->parent);
  g_clear_object (&request->kase);
  g_free (request);
}

static void
print_ready_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  PrintRequest                   *request = user_data;
  g_autoptr (GPtrArray)           reasons = NULL;
  g_autoptr (GError)              error = NULL;
  g_autoptr (KasusPrintOperation) operation = NULL;
  KasusPdfFlags                   flags = KASUS_PDF_FLAGS_DRAFT;

  /* The editor was closed meanwhile: nothing to print from. */
  if (request->parent == NULL)
    {
      print_request_free (request);
      return;
    }

  reasons = kasus_export_check_readiness_finish (result, &error);
  if (reasons != NULL && reasons->len == 0)
    flags = KASUS_PDF_FLAGS_NONE;
  else if (error != NULL)
    g_warning ("Could not check the case before printing: %s", error->message);

  operation = kasus_print_operation_new (request->kase, flags);
  kasus_print_operation_run_dialog (operation, request->parent);
  print_request_free (request);
}

void
kasus_print_operation_print_case (GtkWindow *parent, KasusCase *kase)
{
  PrintRequest *request;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (KASUS_IS_CASE (kase));

  request = g_new0 (PrintRequest, 1);
  g_set_weak_pointer (&request->parent, parent);
  request->kase = g_object_ref (kase);
  kasus_export_check_readiness_async (kase, NULL, print_ready_cb, request);
}

static void
kasus_print_operation_finalize (GObject *object)
{
  KasusPrintOperation *self = KASUS_PRINT_OPERATION (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->layout);
  g_clear_error (&self->layout_error);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (kasus_print_operation_parent_class)->finalize (object);
}

static void
kasus_print_operation_class_init (KasusPrintOperationClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = kasus_print_operation_finalize;

  operation_class->begin_print = kasus_print_operation_begin_print;
  operation_class->draw_page = kasus_print_operation_draw_page;
  operation_class->end_print = kasus_print_operation_end_print;
  operation_class->done = kasus_print_operation_done;
}

static void
kasus_print_operation_init (KasusPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  if (last_page_setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, last_page_setup);
  else
    {
      g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
      g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      gtk_page_setup_set_paper_size (setup, a4);
      gtk_print_operation_set_default_page_setup (operation, setup);
    }
}
