/* kasus-readiness-list.c — the reasons a case is not ready, as rows
 *
 * Generic on purpose: the consent page, the export gate and the review
 * window can all list kasus_case_get_readiness() with it.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-readiness-list"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-readiness-list.h"

struct _KasusReadinessList
{
  GtkWidget parent_instance;

  GtkListBox *list_box;
  GPtrArray  *reasons; /* KasusReadinessReason, owned; row i shows reason i */
};

G_DEFINE_FINAL_TYPE (KasusReadinessList, kasus_readiness_list, GTK_TYPE_WIDGET)

enum
{
  ACTIVATE_REASON,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_icon_name (KasusReadinessKind kind)
{
  switch (kind)
    {
      case KASUS_READINESS_FINDINGS:
        return "dialog-warning-symbolic";
      case KASUS_READINESS_CHECKLIST_ITEM:
      case KASUS_READINESS_CONSENT_UNDECIDED:
      case KASUS_READINESS_CONSENT_NOT_OBTAINED:
      case KASUS_READINESS_CONSENT_NO_DATE:
        return "checkbox-symbolic";
      case KASUS_READINESS_EMPTY_SECTION:
      case KASUS_READINESS_ANALYSIS_UNSET:
      case KASUS_READINESS_ANALYSIS_NOT_STATED:
      case KASUS_READINESS_ANALYSIS_MISMATCH:
      default:
        return "document-edit-symbolic";
    }
}

/* Where the author goes to fix it: consent reasons are fixed on the
 * consent page even without a section. */
static gboolean
reason_has_place (const KasusReadinessReason *reason)
{
  switch (reason->kind)
    {
      case KASUS_READINESS_CHECKLIST_ITEM:
      case KASUS_READINESS_CONSENT_UNDECIDED:
      case KASUS_READINESS_CONSENT_NOT_OBTAINED:
      case KASUS_READINESS_CONSENT_NO_DATE:
        return TRUE;
      default:
        return reason->section != NULL;
    }
}

static void
row_activated_cb (KasusReadinessList *self, GtkListBoxRow *row)
{
  int                              index = gtk_list_box_row_get_index (row);
  g_autoptr (KasusReadinessReason) reason = NULL;

  if (self->reasons == NULL || index < 0 || (guint) index >= self->reasons->len)
    return;

  /* A copy: a handler may set new reasons while it runs. */
  reason = kasus_readiness_reason_copy (g_ptr_array_index (self->reasons, index));
  g_signal_emit (self, signals[ACTIVATE_REASON], 0, reason);
}

KasusReadinessList *
kasus_readiness_list_new (void)
{
  return g_object_new (KASUS_TYPE_READINESS_LIST, NULL);
}

void
kasus_readiness_list_set_reasons (KasusReadinessList *self, GPtrArray *reasons)
{
  GtkWidget *child;

  g_return_if_fail (KASUS_IS_READINESS_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))))
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->reasons, 0);

  for (guint i = 0; reasons != NULL && i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);
      g_autofree char *title = g_markup_escape_text (reason->message ? reason->message : "", -1);
      GtkWidget       *row = adw_action_row_new ();
      GtkWidget       *icon = gtk_image_new_from_icon_name (kind_icon_name (reason->kind));

      g_ptr_array_add (self->reasons, kasus_readiness_reason_copy (reason));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon,
                                reason->kind == KASUS_READINESS_FINDINGS ? "warning" : "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      if (reason_has_place (reason))
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     gtk_image_new_from_icon_name ("go-next-symbolic"));
        }
      gtk_list_box_append (self->list_box, row);
    }

  if (self->reasons->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _ ("Ready for final export"));
      gtk_widget_add_css_class (icon, "success");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->list_box, row);
    }
}

guint
kasus_readiness_list_get_n_reasons (KasusReadinessList *self)
{
  g_return_val_if_fail (KASUS_IS_READINESS_LIST (self), 0);

  return self->reasons->len;
}

static void
kasus_readiness_list_dispose (GObject *object)
{
  KasusReadinessList *self = KASUS_READINESS_LIST (object);

  if (self->list_box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->list_box));
  self->list_box = NULL;

  G_OBJECT_CLASS (kasus_readiness_list_parent_class)->dispose (object);
}

static void
kasus_readiness_list_finalize (GObject *object)
{
  KasusReadinessList *self = KASUS_READINESS_LIST (object);

  g_clear_pointer (&self->reasons, g_ptr_array_unref);

  G_OBJECT_CLASS (kasus_readiness_list_parent_class)->finalize (object);
}

static void
kasus_readiness_list_class_init (KasusReadinessListClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_readiness_list_dispose;
  object_class->finalize = kasus_readiness_list_finalize;

  signals[ACTIVATE_REASON] =
    g_signal_new ("activate-reason", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, KASUS_TYPE_READINESS_REASON | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kasus_readiness_list_init (KasusReadinessList *self)
{
  self->reasons = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_readiness_reason_free);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("What is missing before final export"), -1);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (GTK_WIDGET (self->list_box), GTK_WIDGET (self));

  kasus_readiness_list_set_reasons (self, NULL);
}
