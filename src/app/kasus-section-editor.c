/* kasus-section-editor.c — the editor of one text section of a case
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-section-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-section-editor.h"

struct _KasusSectionEditor
{
  GtkWidget      parent_instance;

  char          *section_id;
  guint          case_index;

  GtkLabel      *title_label;
  GtkMenuButton *help_button;
  GtkLabel      *help_label;
  GtkTextView   *text_view;
  GtkLabel      *placeholder_label;
};

G_DEFINE_FINAL_TYPE (KasusSectionEditor, kasus_section_editor, GTK_TYPE_WIDGET)

static void
buffer_changed_cb (KasusSectionEditor *self,
                   GtkTextBuffer      *buffer)
{
  /* GTK 4.8 text views have no placeholder: a dim label overlays the
   * empty buffer instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (buffer) == 0);
}

KasusSectionEditor *
kasus_section_editor_new (const KasusTemplateSection *section,
                          guint                       case_index)
{
  KasusSectionEditor *self;

  g_return_val_if_fail (section != NULL, NULL);

  self = g_object_new (KASUS_TYPE_SECTION_EDITOR, NULL);
  self->section_id = g_strdup (section->id);
  self->case_index = case_index;

  gtk_label_set_text (self->title_label, section->title);
  gtk_label_set_text (self->placeholder_label, section->prompt ? section->prompt : "");
  gtk_label_set_text (self->help_label, section->help ? section->help : "");
  gtk_widget_set_visible (GTK_WIDGET (self->help_button),
                          section->help != NULL && section->help[0] != '\0');
  gtk_widget_set_name (GTK_WIDGET (self), section->id);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, section->title,
                                  GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER, section->prompt ? section->prompt : "",
                                  -1);

  return self;
}

guint
kasus_section_editor_get_case_index (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), 0);

  return self->case_index;
}

const char *
kasus_section_editor_get_section_id (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return self->section_id;
}

const char *
kasus_section_editor_get_title (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return gtk_label_get_text (self->title_label);
}

GtkTextView *
kasus_section_editor_get_text_view (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return self->text_view;
}

GtkTextBuffer *
kasus_section_editor_get_buffer (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return gtk_text_view_get_buffer (self->text_view);
}

void
kasus_section_editor_set_text (KasusSectionEditor *self,
                               const char         *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  g_return_if_fail (KASUS_IS_SECTION_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

char *
kasus_section_editor_dup_text (KasusSectionEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static gboolean
kasus_section_editor_grab_focus (GtkWidget *widget)
{
  KasusSectionEditor *self = KASUS_SECTION_EDITOR (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
kasus_section_editor_dispose (GObject *object)
{
  KasusSectionEditor *self = KASUS_SECTION_EDITOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_SECTION_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kasus_section_editor_parent_class)->dispose (object);
}

static void
kasus_section_editor_finalize (GObject *object)
{
  KasusSectionEditor *self = KASUS_SECTION_EDITOR (object);

  g_clear_pointer (&self->section_id, g_free);

  G_OBJECT_CLASS (kasus_section_editor_parent_class)->finalize (object);
}

static void
kasus_section_editor_class_init (KasusSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_section_editor_dispose;
  object_class->finalize = kasus_section_editor_finalize;

  widget_class->grab_focus = kasus_section_editor_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kasus-section-editor.ui");
  gtk_widget_class_set_css_name (widget_class, "sectioneditor");
  gtk_widget_class_bind_template_child (widget_class, KasusSectionEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionEditor, help_button);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionEditor, help_label);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, KasusSectionEditor, placeholder_label);
  gtk_widget_class_bind_template_callback (widget_class, buffer_changed_cb);
}

static void
kasus_section_editor_init (KasusSectionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
