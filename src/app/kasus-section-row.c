/* kasus-section-row.c — a section in the sidebar, with its state
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-section-row"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-section-row.h"

struct _KasusSectionRow
{
  GtkListBoxRow parent_instance;

  GtkWidget        *target;
  KasusSectionState state;

  GtkImage *state_image;
  GtkLabel *title_label;
  GtkLabel *state_label;
};

G_DEFINE_FINAL_TYPE (KasusSectionRow, kasus_section_row, GTK_TYPE_LIST_BOX_ROW)

KasusSectionRow *
kasus_section_row_new (const char *title, GtkWidget *target)
{
  KasusSectionRow *self = g_object_new (KASUS_TYPE_SECTION_ROW, NULL);

  gtk_label_set_text (self->title_label, title);
  self->target = target;
  g_object_add_weak_pointer (G_OBJECT (target), (gpointer *) &self->target);
  kasus_section_row_set_state (self, KASUS_SECTION_STATE_EMPTY, NULL);

  return self;
}

GtkWidget *
kasus_section_row_get_target (KasusSectionRow *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_ROW (self), NULL);

  return self->target;
}

const char *
kasus_section_row_get_title (KasusSectionRow *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_ROW (self), NULL);

  return gtk_label_get_text (self->title_label);
}

KasusSectionState
kasus_section_row_get_state (KasusSectionRow *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_ROW (self), KASUS_SECTION_STATE_EMPTY);

  return self->state;
}

void
kasus_section_row_set_state (KasusSectionRow *self, KasusSectionState state, const char *detail)
{
  const char *icon_name = "radio-symbolic";
  const char *text = _ ("Empty");
  GtkWidget  *image;

  g_return_if_fail (KASUS_IS_SECTION_ROW (self));

  /* Set on every edit: the same state again must cost nothing (no new
   * styles, icon or layout). */
  if (self->state == state && detail != NULL &&
      g_strcmp0 (gtk_label_get_text (self->state_label), detail) == 0)
    return;

  self->state = state;
  image = GTK_WIDGET (self->state_image);
  gtk_widget_remove_css_class (image, "success");
  gtk_widget_remove_css_class (image, "warning");
  gtk_widget_remove_css_class (image, "dim-label");

  switch (state)
    {
      case KASUS_SECTION_STATE_WRITTEN:
        icon_name = "emblem-ok-symbolic";
        text = _ ("Written");
        gtk_widget_add_css_class (image, "success");
        break;
      case KASUS_SECTION_STATE_FINDINGS:
        icon_name = "dialog-warning-symbolic";
        text = _ ("Has findings");
        gtk_widget_add_css_class (image, "warning");
        break;
      case KASUS_SECTION_STATE_INCOMPLETE:
        icon_name = "radio-mixed-symbolic";
        text = _ ("Incomplete");
        gtk_widget_add_css_class (image, "warning");
        break;
      case KASUS_SECTION_STATE_EMPTY:
      default:
        gtk_widget_add_css_class (image, "dim-label");
        break;
    }

  gtk_image_set_from_icon_name (self->state_image, icon_name);
  gtk_label_set_text (self->state_label, detail ? detail : text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  detail ? detail : text, -1);
}

static void
kasus_section_row_dispose (GObject *object)
{
  KasusSectionRow *self = KASUS_SECTION_ROW (object);

  if (self->target != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->target), (gpointer *) &self->target);
  self->target = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_SECTION_ROW);

  G_OBJECT_CLASS (kasus_section_row_parent_class)->dispose (object);
}

static void
kasus_section_row_class_init (KasusSectionRowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_section_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-section-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusSectionRow, state_image);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionRow, state_label);
}

static void
kasus_section_row_init (KasusSectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
