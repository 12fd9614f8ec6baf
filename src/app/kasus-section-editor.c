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
  GtkWidget parent_instance;

  char *section_id;
  guint case_index;

  KasusHighlighter *highlighter;
  GMenu            *extra_menu;
  guint64           menu_item_id; /* the finding the context menu is about */

  GtkLabel      *title_label;
  GtkMenuButton *help_button;
  GtkLabel      *help_label;
  GtkTextView   *text_view;
  GtkLabel      *placeholder_label;
};

G_DEFINE_FINAL_TYPE (KasusSectionEditor, kasus_section_editor, GTK_TYPE_WIDGET)

/* The context menu offers what can be done with the finding under the
 * pointer (on a right click) or at the cursor (the Menu key). */
static void
update_extra_menu (KasusSectionEditor *self, KasusFindingItem *item)
{
  guint64 id =
    item && !kasus_finding_item_get_accepted (item) ? kasus_finding_item_get_id (item) : 0;
  const char           *suggestion;
  g_autoptr (GMenu)     section = NULL;
  g_autoptr (GMenuItem) menu_item = NULL;

  if (id == self->menu_item_id)
    return;
  self->menu_item_id = id;
  g_menu_remove_all (self->extra_menu);
  if (id == 0)
    return;

  section = g_menu_new ();
  if ((suggestion = kasus_finding_item_get_suggestion (item)))
    {
      g_autofree char *label = NULL;

      /* Translators: a context menu item; %s is the suggested generalisation */
      label = g_strdup_printf (_ ("Replace With “%s”"), suggestion);
      menu_item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (menu_item, "win.apply-finding",
                                               g_variant_new_uint64 (id));
      g_menu_append_item (section, menu_item);
      g_clear_object (&menu_item);
    }
  menu_item = g_menu_item_new (_ ("_Accept With a Reason…"), NULL);
  g_menu_item_set_action_and_target_value (menu_item, "win.accept-finding",
                                           g_variant_new_uint64 (id));
  g_menu_append_item (section, menu_item);
  g_clear_object (&menu_item);
  menu_item = g_menu_item_new (_ ("Show in _Findings"), NULL);
  g_menu_item_set_action_and_target_value (menu_item, "win.show-finding",
                                           g_variant_new_uint64 (id));
  g_menu_append_item (section, menu_item);
  g_menu_append_section (self->extra_menu, NULL, G_MENU_MODEL (section));
}

static KasusFindingItem *
item_at_cursor (KasusSectionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter    iter;

  if (self->highlighter == NULL)
    return NULL;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return kasus_highlighter_get_item_at (self->highlighter, gtk_text_iter_get_offset (&iter));
}

static KasusFindingItem *
item_at_point (KasusSectionEditor *self, double x, double y)
{
  GtkTextIter iter;
  int         bx, by;

  if (self->highlighter == NULL)
    return NULL;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return NULL;

  return kasus_highlighter_get_item_at (self->highlighter, gtk_text_iter_get_offset (&iter));
}

static void
cursor_moved_cb (KasusSectionEditor *self)
{
  update_extra_menu (self, item_at_cursor (self));
}

static void
secondary_pressed_cb (KasusSectionEditor *self,
                      int                 n_press,
                      double              x,
                      double              y,
                      GtkGestureClick    *gesture)
{
  update_extra_menu (self, item_at_point (self, x, y));
}

static void
highlighter_changed_cb (KasusSectionEditor *self)
{
  /* The finding the menu named may be gone. */
  self->menu_item_id = G_MAXUINT64;
  update_extra_menu (self, item_at_cursor (self));
}

static gboolean
query_tooltip_cb (KasusSectionEditor *self,
                  int                 x,
                  int                 y,
                  gboolean            keyboard_mode,
                  GtkTooltip         *tooltip,
                  GtkWidget          *widget)
{
  KasusFindingItem   *item = keyboard_mode ? item_at_cursor (self) : item_at_point (self, x, y);
  g_autoptr (GString) markup = NULL;
  g_autofree char    *why = NULL;
  const char         *suggestion;

  if (item == NULL || kasus_finding_item_get_accepted (item) != NULL)
    return FALSE;

  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b> · %s",
                          kasus_category_get_label (kasus_finding_item_get_category (item)),
                          kasus_severity_get_label (kasus_finding_item_get_severity (item)));
  why = g_markup_escape_text (kasus_finding_item_get_why (item), -1);
  g_string_append_printf (markup, "\n%s", why);
  if ((suggestion = kasus_finding_item_get_suggestion (item)))
    {
      g_autofree char *escaped = g_markup_escape_text (suggestion, -1);

      /* Translators: in a tooltip; %s is the suggested generalisation */
      g_string_append (markup, "\n");
      g_string_append_printf (markup, _ ("Suggestion: <i>%s</i>"), escaped);
    }
  gtk_tooltip_set_markup (tooltip, markup->str);

  return TRUE;
}

static void
buffer_changed_cb (KasusSectionEditor *self, GtkTextBuffer *buffer)
{
  /* GTK 4.8 text views have no placeholder: a dim label overlays the
   * empty buffer instead. */
  gtk_widget_set_visible (GTK_WIDGET (self->placeholder_label),
                          gtk_text_buffer_get_char_count (buffer) == 0);
}

KasusSectionEditor *
kasus_section_editor_new (const KasusTemplateSection *section, guint case_index)
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

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  section->title, GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
                                  section->prompt ? section->prompt : "", -1);

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
kasus_section_editor_set_text (KasusSectionEditor *self, const char *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start;

  g_return_if_fail (KASUS_IS_SECTION_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

void
kasus_section_editor_set_highlighter (KasusSectionEditor *self, KasusHighlighter *highlighter)
{
  g_return_if_fail (KASUS_IS_SECTION_EDITOR (self));
  g_return_if_fail (highlighter == NULL || KASUS_IS_HIGHLIGHTER (highlighter));

  if (self->highlighter != NULL)
    g_signal_handlers_disconnect_by_data (self->highlighter, self);
  g_set_object (&self->highlighter, highlighter);
  if (highlighter != NULL)
    g_signal_connect_object (highlighter, "changed", G_CALLBACK (highlighter_changed_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), highlighter != NULL);
  highlighter_changed_cb (self);
}

KasusHighlighter *
kasus_section_editor_get_highlighter (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return self->highlighter;
}

GMenuModel *
kasus_section_editor_get_findings_menu (KasusSectionEditor *self)
{
  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), NULL);

  return G_MENU_MODEL (self->extra_menu);
}

void
kasus_section_editor_select_range (KasusSectionEditor *self,
                                   gint64              start,
                                   gint64              end,
                                   gboolean            focus)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start_iter, end_iter;

  g_return_if_fail (KASUS_IS_SECTION_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, end);
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
  gtk_text_buffer_select_range (buffer, &end_iter, &start_iter);
}

gboolean
kasus_section_editor_get_offset_area (KasusSectionEditor *self,
                                      gint64              offset,
                                      GtkWidget          *relative_to,
                                      graphene_rect_t    *area)
{
  GtkTextBuffer   *buffer;
  GtkTextIter      iter;
  GdkRectangle     location;
  int              x, y;
  graphene_point_t point;

  g_return_val_if_fail (KASUS_IS_SECTION_EDITOR (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, location.x,
                                         location.y, &x, &y);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), relative_to,
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  graphene_rect_init (area, point.x, point.y, location.width, location.height);
  return TRUE;
}

char *
kasus_section_editor_dup_text (KasusSectionEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter    start, end;

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
  GtkWidget          *child;

  if (self->highlighter != NULL)
    g_signal_handlers_disconnect_by_data (self->highlighter, self);
  g_clear_object (&self->highlighter);
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
  g_clear_object (&self->extra_menu);

  G_OBJECT_CLASS (kasus_section_editor_parent_class)->finalize (object);
}

static void
kasus_section_editor_class_init (KasusSectionEditorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_section_editor_dispose;
  object_class->finalize = kasus_section_editor_finalize;

  widget_class->grab_focus = kasus_section_editor_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-section-editor.ui");
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
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->extra_menu = g_menu_new ();
  gtk_text_view_set_extra_menu (self->text_view, G_MENU_MODEL (self->extra_menu));

  /* Before the text view's own handler shows the menu. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (secondary_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "notify::cursor-position",
                           G_CALLBACK (cursor_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "query-tooltip", G_CALLBACK (query_tooltip_cb), self,
                           G_CONNECT_SWAPPED);
}
