/* kasus-findings-panel.c — every finding of the case, by section
 *
 * GtkListView has no section headings in GTK 4.8, so the model holds a
 * KasusFindingHeader before each section's findings. When a section's
 * findings change only the rows that differ are spliced in and out: rows
 * kept keep their widgets, the selection and the keyboard focus, and the
 * list does not lay every row out again on each keystroke.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-findings-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kasus-finding-header.h"
#include "kasus-finding-row.h"
#include "kasus-findings-panel.h"

typedef struct
{
  guint               section_index;
  char               *title;
  KasusFindingHeader *header; /* kept while the section has rows */
  GPtrArray          *rows;   /* as in the model, the heading included */
  GPtrArray          *shown;  /* each row's accepted reason when spliced in */
  guint               n_severity[KASUS_SEVERITY_HIGH + 1];
  guint               n_accepted;
} Section;

struct _KasusFindingsPanel
{
  GtkWidget parent_instance;

  GListStore         *store;
  GtkSingleSelection *selection;
  GArray             *sections; /* Section */
  guint               updating;

  GtkMenuButton     *legend_button;
  GtkGrid           *legend_grid;
  GtkLabel          *legend_high_label;
  GtkLabel          *high_label;
  GtkLabel          *medium_label;
  GtkLabel          *low_label;
  GtkLabel          *accepted_label;
  GtkStack          *stack;
  GtkListView       *list_view;
  GtkScrolledWindow *list_scroller;
};

G_DEFINE_FINAL_TYPE (KasusFindingsPanel, kasus_findings_panel, GTK_TYPE_WIDGET)

enum
{
  ITEM_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
section_clear (gpointer data)
{
  Section *section = data;

  g_clear_pointer (&section->title, g_free);
  g_clear_object (&section->header);
  g_clear_pointer (&section->rows, g_ptr_array_unref);
  g_clear_pointer (&section->shown, g_ptr_array_unref);
}

static void
update_counts (KasusFindingsPanel *self)
{
  guint     n[KASUS_SEVERITY_HIGH + 1] = { 0 };
  guint     n_accepted = 0;
  GtkLabel *labels[] = { self->low_label, self->medium_label, self->high_label };

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = &g_array_index (self->sections, Section, i);

      for (guint s = 0; s <= KASUS_SEVERITY_HIGH; s++)
        n[s] += section->n_severity[s];
      n_accepted += section->n_accepted;
    }

  for (guint s = 0; s <= KASUS_SEVERITY_HIGH; s++)
    {
      g_autofree char *text = NULL;

      switch (s)
        {
          case KASUS_SEVERITY_HIGH:
            /* Translators: a count of findings of high severity */
            text = g_strdup_printf (ngettext ("%u high", "%u high", n[s]), n[s]);
            break;
          case KASUS_SEVERITY_MEDIUM:
            /* Translators: a count of findings of medium severity */
            text = g_strdup_printf (ngettext ("%u medium", "%u medium", n[s]), n[s]);
            break;
          case KASUS_SEVERITY_LOW:
          default:
            /* Translators: a count of findings of low severity */
            text = g_strdup_printf (ngettext ("%u low", "%u low", n[s]), n[s]);
            break;
        }
      gtk_label_set_text (labels[s], text);
      gtk_widget_set_visible (GTK_WIDGET (labels[s]), n[s] > 0);
    }

  if (n_accepted > 0)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("%u accepted", "%u accepted", n_accepted), n_accepted);

      gtk_label_set_text (self->accepted_label, text);
    }
  else if (n[0] + n[1] + n[2] == 0)
    gtk_label_set_text (self->accepted_label, _ ("None open"));
  gtk_widget_set_visible (GTK_WIDGET (self->accepted_label),
                          n_accepted > 0 || n[0] + n[1] + n[2] == 0);

  gtk_stack_set_visible_child_name (
    self->stack, g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0 ? "list" : "empty");
}

void
kasus_findings_panel_clear (KasusFindingsPanel *self)
{
  g_return_if_fail (KASUS_IS_FINDINGS_PANEL (self));

  self->updating++;
  g_list_store_remove_all (self->store);
  g_array_set_size (self->sections, 0);
  self->updating--;
  update_counts (self);
}

void
kasus_findings_panel_add_section (KasusFindingsPanel *self, guint section_index, const char *title)
{
  Section section = { 0 };

  g_return_if_fail (KASUS_IS_FINDINGS_PANEL (self));

  section.section_index = section_index;
  section.title = g_strdup (title);
  section.header = kasus_finding_header_new (title, section_index);
  section.rows = g_ptr_array_new_with_free_func (g_object_unref);
  section.shown = g_ptr_array_new_with_free_func (g_free);
  g_array_append_val (self->sections, section);
}

/* Whether row i of the section is item, shown as it is now. */
static gboolean
same_row (Section *section, guint i, GObject *item, const char *accepted)
{
  return g_ptr_array_index (section->rows, i) == item &&
         g_strcmp0 (g_ptr_array_index (section->shown, i), accepted) == 0;
}

static const char *
accepted_of (GObject *row)
{
  return KASUS_IS_FINDING_ITEM (row) ? kasus_finding_item_get_accepted (KASUS_FINDING_ITEM (row))
                                     : NULL;
}

/* A finding the scanner found again as a new item (an edit touched it):
 * the one in rows[from, to) most like it, for the selection to follow. */
static GObject *
find_like (GPtrArray *rows, guint from, guint to, KasusFindingItem *item)
{
  for (guint i = from; i < to; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);

      if (KASUS_IS_FINDING_ITEM (row) &&
          kasus_finding_item_get_category (KASUS_FINDING_ITEM (row)) ==
            kasus_finding_item_get_category (item) &&
          g_strcmp0 (kasus_finding_item_get_text (KASUS_FINDING_ITEM (row)),
                     kasus_finding_item_get_text (item)) == 0)
        return row;
    }

  return NULL;
}

void
kasus_findings_panel_update_section (KasusFindingsPanel *self,
                                     guint               section_index,
                                     GPtrArray          *items)
{
  g_autoptr (GPtrArray) rows = NULL;
  g_autoptr (GObject)   selected = NULL;
  Section              *section = NULL;
  guint                 position = 0, prefix = 0, suffix = 0, n_old, n_new;
  gboolean              at_top;

  g_return_if_fail (KASUS_IS_FINDINGS_PANEL (self));
  g_return_if_fail (items != NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *s = &g_array_index (self->sections, Section, i);

      if (s->section_index == section_index)
        {
          section = s;
          break;
        }
      position += s->rows->len;
    }
  g_return_if_fail (section != NULL);

  memset (section->n_severity, 0, sizeof section->n_severity);
  section->n_accepted = 0;

  rows = g_ptr_array_new_full (items->len + 1, NULL);
  g_ptr_array_add (rows, section->header);
  /* Open ones in the order of the text, then the accepted ones. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < items->len; i++)
      {
        KasusFindingItem *item = g_ptr_array_index (items, i);
        gboolean          accepted = kasus_finding_item_get_accepted (item) != NULL;

        if (accepted != (pass == 1))
          continue;
        if (accepted)
          section->n_accepted++;
        else
          section->n_severity[MIN (kasus_finding_item_get_severity (item), KASUS_SEVERITY_HIGH)]++;
        g_ptr_array_add (rows, item);
      }
  /* A row on screen shows the new counts at once. */
  kasus_finding_header_set_counts (section->header, items->len - section->n_accepted,
                                   section->n_accepted);
  if (rows->len == 1)
    g_ptr_array_set_size (rows, 0);

  /* Only the rows between those the same at both ends change. */
  n_old = section->rows->len;
  n_new = rows->len;
  while (prefix < n_old && prefix < n_new &&
         same_row (section, prefix, g_ptr_array_index (rows, prefix),
                   accepted_of (g_ptr_array_index (rows, prefix))))
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         same_row (section, n_old - 1 - suffix, g_ptr_array_index (rows, n_new - 1 - suffix),
                   accepted_of (g_ptr_array_index (rows, n_new - 1 - suffix))))
    suffix++;
  if (prefix == n_old && prefix == n_new)
    {
      update_counts (self);
      return;
    }

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL)
    g_object_ref (selected);

  /* A list at its top stays there as sections arrive (GtkListView would
   * keep the first row shown in view instead). */
  at_top = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->list_scroller)) < 1;

  self->updating++;
  g_ptr_array_remove_range (section->rows, prefix, n_old - prefix - suffix);
  g_ptr_array_remove_range (section->shown, prefix, n_old - prefix - suffix);
  for (guint i = prefix; i < n_new - suffix; i++)
    {
      GObject *row = g_ptr_array_index (rows, i);

      g_ptr_array_insert (section->rows, i, g_object_ref (row));
      g_ptr_array_insert (section->shown, i, g_strdup (accepted_of (row)));
    }
  g_list_store_splice (self->store, position + prefix, n_old - prefix - suffix,
                       rows->pdata + prefix, n_new - prefix - suffix);
  if (selected != NULL && gtk_single_selection_get_selected_item (self->selection) != selected)
    {
      GObject *like = NULL;
      guint    found;

      if (KASUS_IS_FINDING_ITEM (selected))
        like = find_like (section->rows, prefix, n_new - suffix, KASUS_FINDING_ITEM (selected));
      if (g_list_store_find (self->store, like ? like : selected, &found))
        gtk_single_selection_set_selected (self->selection, found);
      else
        gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
    }
  self->updating--;

  if (at_top && g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);

  update_counts (self);
}

GListModel *
kasus_findings_panel_get_model (KasusFindingsPanel *self)
{
  g_return_val_if_fail (KASUS_IS_FINDINGS_PANEL (self), NULL);

  return G_LIST_MODEL (self->store);
}

guint
kasus_findings_panel_get_n_open (KasusFindingsPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (KASUS_IS_FINDINGS_PANEL (self), 0);

  for (guint i = 0; i < self->sections->len; i++)
    for (guint s = 0; s <= KASUS_SEVERITY_HIGH; s++)
      n += g_array_index (self->sections, Section, i).n_severity[s];

  return n;
}

guint
kasus_findings_panel_get_n_high (KasusFindingsPanel *self)
{
  guint n = 0;

  g_return_val_if_fail (KASUS_IS_FINDINGS_PANEL (self), 0);

  for (guint i = 0; i < self->sections->len; i++)
    n += g_array_index (self->sections, Section, i).n_severity[KASUS_SEVERITY_HIGH];

  return n;
}

void
kasus_findings_panel_select (KasusFindingsPanel *self, KasusFindingItem *item)
{
  guint position;

  g_return_if_fail (KASUS_IS_FINDINGS_PANEL (self));
  g_return_if_fail (KASUS_IS_FINDING_ITEM (item));

  if (!g_list_store_find (self->store, item, &position))
    return;

  self->updating++;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
selection_changed_cb (KasusFindingsPanel *self)
{
  gpointer item;

  if (self->updating > 0)
    return;

  item = gtk_single_selection_get_selected_item (self->selection);
  if (KASUS_IS_FINDING_ITEM (item))
    g_signal_emit (self, signals[ITEM_SELECTED], 0, item);
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (kasus_finding_row_new ()));
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  GObject *item = gtk_list_item_get_item (list_item);
  gboolean is_finding = KASUS_IS_FINDING_ITEM (item);

  kasus_finding_row_set_item (KASUS_FINDING_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_selectable (list_item, is_finding);
  gtk_list_item_set_activatable (list_item, is_finding);
}

static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *list_item, gpointer user_data)
{
  kasus_finding_row_set_item (KASUS_FINDING_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
fill_legend (KasusFindingsPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_grid))))
    gtk_grid_remove (self->legend_grid, child);

  for (guint c = 0; c < KASUS_N_CATEGORIES; c++)
    {
      g_autofree char *markup =
        kasus_finding_row_dup_painted_markup (kasus_category_get_label (c), c, FALSE);
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (self->legend_grid, label, c % 2, c / 2, 1, 1);
    }

  {
    g_autofree char *sample =
      kasus_finding_row_dup_painted_markup (_ ("Underlined"), KASUS_CATEGORY_NAME, TRUE);
    /* Translators: %s is the word “Underlined”, shown painted as a high finding is */
    g_autofree char *text = g_strdup_printf (
      _ ("%s and stronger: high severity, identifies the patient on its own or almost."), sample);

    gtk_label_set_markup (self->legend_high_label, text);
  }
}

KasusFindingsPanel *
kasus_findings_panel_new (void)
{
  return g_object_new (KASUS_TYPE_FINDINGS_PANEL, NULL);
}

static void
kasus_findings_panel_dispose (GObject *object)
{
  KasusFindingsPanel *self = KASUS_FINDINGS_PANEL (object);
  GtkWidget          *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_FINDINGS_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kasus_findings_panel_parent_class)->dispose (object);
}

static void
kasus_findings_panel_finalize (GObject *object)
{
  KasusFindingsPanel *self = KASUS_FINDINGS_PANEL (object);

  g_clear_pointer (&self->sections, g_array_unref);

  G_OBJECT_CLASS (kasus_findings_panel_parent_class)->finalize (object);
}

static void
kasus_findings_panel_class_init (KasusFindingsPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_findings_panel_dispose;
  object_class->finalize = kasus_findings_panel_finalize;

  /* ::item-selected (KasusFindingItem): the user selected a finding. */
  signals[ITEM_SELECTED] =
    g_signal_new ("item-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, KASUS_TYPE_FINDING_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-findings-panel.ui");
  gtk_widget_class_set_css_name (widget_class, "findingspanel");
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, legend_button);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, legend_grid);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, legend_high_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, high_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, medium_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, low_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, accepted_label);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, KasusFindingsPanel, list_scroller);
}

static void
kasus_findings_panel_init (KasusFindingsPanel *self)
{
  GtkListItemFactory *factory;

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->sections = g_array_new (FALSE, TRUE, sizeof (Section));
  g_array_set_clear_func (self->sections, section_clear);
  self->store = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->store)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  fill_legend (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (fill_legend), self, G_CONNECT_SWAPPED);
  update_counts (self);
}
