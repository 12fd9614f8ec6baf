/* kasus-review-window.c — the coordinator's window: a folder of submitted cases
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-review-window"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kasus-readiness.h"
#include "kasus-review-bundle.h"
#include "kasus-review-window.h"

typedef enum
{
  COLUMN_TITLE,
  COLUMN_GROUP,
  COLUMN_SEQUENCING,
  COLUMN_FINDINGS,
  COLUMN_CONSENT,
  COLUMN_READINESS,
  COLUMN_STATUS,
  COLUMN_MODIFIED,
  N_COLUMNS
} Column;

struct _KasusReviewWindow
{
  AdwApplicationWindow parent_instance;

  /* Template */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkWidget         *export_button;
  GtkStack          *main_stack;
  GtkDropDown       *group_dropdown;
  GtkLabel          *count_label;
  GtkMenuButton     *deadline_button;
  GtkLabel          *deadline_label;
  GtkCalendar       *calendar;
  GtkRevealer       *warning_revealer;
  GtkLabel          *warning_label;
  GtkProgressBar    *progress_bar;
  GtkStack          *list_stack;
  AdwStatusPage     *empty_page;
  GtkColumnView     *column_view;
  GtkStack          *detail_stack;
  AdwStatusPage     *error_page;
  KasusReviewDetail *detail;
  KasusReviewPanel  *panel;

  GSettings          *settings; /* NULL without the schema */
  char               *deadline; /* YYYY-MM-DD, when there is no settings */
  GFile              *folder;
  GListStore         *store; /* KasusSubmission of the folder */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GtkStringList      *group_labels; /* the dropdown: "All" then the groups */
  GStrv               groups;       /* the groups behind group_labels[1…] */
  char               *filter_group; /* NULL: every group */
  GCancellable       *cancellable;  /* of the load running */
  guint               n_done;
  guint               n_total;
  guint               loading : 1;
  guint               exporting : 1;
  guint               updating_groups : 1;
  guint               updating_calendar : 1;
};

G_DEFINE_FINAL_TYPE (KasusReviewWindow, kasus_review_window, ADW_TYPE_APPLICATION_WINDOW)

static void update_summary (KasusReviewWindow *self);

/* ------------------------------------------------------------------ */
/* Cells */

static const char *const cell_classes[] = {
  "success", "warning", "error", "dim-label", "accent", "new", "commented", "approved", "returned",
};

static void
set_cell_label (GtkWidget *label, const char *text, const char *css_class, const char *tooltip)
{
  for (guint i = 0; i < G_N_ELEMENTS (cell_classes); i++)
    gtk_widget_remove_css_class (label, cell_classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_label_set_label (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_tooltip_text (label, tooltip);
}

static GtkWidget *
create_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  Column     column = GPOINTER_TO_INT (user_data);
  GtkWidget *cell;

  switch (column)
    {
      case COLUMN_TITLE:
        {
          GtkWidget *icon = gtk_image_new ();
          GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          GtkWidget *title = create_cell_label ();
          GtkWidget *subtitle = create_cell_label ();

          cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
          gtk_widget_set_margin_top (cell, 4);
          gtk_widget_set_margin_bottom (cell, 4);
          gtk_widget_add_css_class (icon, "dim-label");
          gtk_widget_add_css_class (subtitle, "caption");
          gtk_widget_set_hexpand (texts, TRUE);
          gtk_box_append (GTK_BOX (texts), title);
          gtk_box_append (GTK_BOX (texts), subtitle);
          gtk_box_append (GTK_BOX (cell), icon);
          gtk_box_append (GTK_BOX (cell), texts);
        }
        break;

      case COLUMN_FINDINGS:
        cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
        gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
        for (KasusSeverity s = KASUS_SEVERITY_HIGH;; s--)
          {
            GtkWidget *pill = gtk_label_new (NULL);

            gtk_widget_add_css_class (pill, "severity");
            gtk_widget_add_css_class (pill, "numeric");
            gtk_widget_add_css_class (pill, s == KASUS_SEVERITY_HIGH     ? "high"
                                            : s == KASUS_SEVERITY_MEDIUM ? "medium"
                                                                         : "low");
            gtk_box_append (GTK_BOX (cell), pill);
            if (s == KASUS_SEVERITY_LOW)
              break;
          }
        gtk_box_append (GTK_BOX (cell), create_cell_label ());
        break;

      case COLUMN_STATUS:
        cell = gtk_label_new (NULL);
        gtk_widget_set_halign (cell, GTK_ALIGN_START);
        gtk_widget_set_valign (cell, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (cell, "review-status");
        gtk_widget_add_css_class (cell, "caption");
        break;

      case COLUMN_MODIFIED:
        cell = create_cell_label ();
        gtk_widget_add_css_class (cell, "numeric");
        break;

      case COLUMN_GROUP:
      case COLUMN_SEQUENCING:
      case COLUMN_CONSENT:
      case COLUMN_READINESS:
      case N_COLUMNS:
      default:
        cell = create_cell_label ();
        break;
    }

  gtk_list_item_set_child (item, cell);
}

static const char *
sequencing_label (KasusSequencing sequencing)
{
  if ((sequencing & KASUS_SEQUENCING_GENOME) && (sequencing & KASUS_SEQUENCING_EXOME))
    return _ ("Genome and exome");
  if (sequencing & KASUS_SEQUENCING_GENOME)
    return _ ("Genome");
  if (sequencing & KASUS_SEQUENCING_EXOME)
    return _ ("Exome");
  return _ ("Not stated");
}

static void
update_title_cell (GtkWidget *cell, KasusSubmission *submission)
{
  GtkWidget  *icon = gtk_widget_get_first_child (cell);
  GtkWidget  *texts = gtk_widget_get_next_sibling (icon);
  GtkWidget  *title = gtk_widget_get_first_child (texts);
  GtkWidget  *subtitle = gtk_widget_get_next_sibling (title);
  const char *error = kasus_submission_get_error (submission);
  const char *name = kasus_submission_get_name (submission);
  const char *text = kasus_submission_get_title (submission);

  if (error != NULL)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-error-symbolic");
      gtk_widget_remove_css_class (icon, "dim-label");
      gtk_widget_add_css_class (icon, "error");
      set_cell_label (title, name, NULL, NULL);
      set_cell_label (subtitle, error, "error", error);
      return;
    }

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                kasus_submission_get_kind (submission) == KASUS_SUBMISSION_PDF
                                  ? "x-office-document-symbolic"
                                  : "document-edit-symbolic");
  gtk_widget_remove_css_class (icon, "error");
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_tooltip_text (icon, kasus_submission_get_kind (submission) == KASUS_SUBMISSION_PDF
                                       ? _ ("PDF")
                                       : _ ("Kasus case"));
  set_cell_label (title, text[0] ? text : name, NULL, text[0] ? text : NULL);
  set_cell_label (subtitle, name, "dim-label", kasus_submission_get_warning (submission));
}

static void
update_findings_cell (GtkWidget *cell, KasusSubmission *submission)
{
  GtkWidget       *child = gtk_widget_get_first_child (cell);
  guint            n[KASUS_SEVERITY_HIGH + 1];
  g_autofree char *tooltip = NULL;
  guint            total = 0;

  for (KasusSeverity s = KASUS_SEVERITY_LOW; s <= KASUS_SEVERITY_HIGH; s++)
    total += n[s] = kasus_submission_get_n_findings (submission, s);

  for (KasusSeverity s = KASUS_SEVERITY_HIGH;; s--, child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *count = g_strdup_printf ("%u", n[s]);

      gtk_label_set_label (GTK_LABEL (child), count);
      gtk_widget_set_visible (child, n[s] > 0);
      if (s == KASUS_SEVERITY_LOW)
        break;
    }
  child = gtk_widget_get_next_sibling (child);
  gtk_widget_set_visible (child, total == 0);
  set_cell_label (child, _ ("None"), "success", NULL);

  /* Translators: the tooltip of a row's finding counts */
  tooltip =
    g_strdup_printf (_ ("Still to deal with: %u high, %u medium, %u low"), n[KASUS_SEVERITY_HIGH],
                     n[KASUS_SEVERITY_MEDIUM], n[KASUS_SEVERITY_LOW]);
  gtk_widget_set_tooltip_text (cell, tooltip);
}

static void
update_consent_cell (GtkWidget *cell, KasusSubmission *submission)
{
  if (kasus_submission_get_kind (submission) == KASUS_SUBMISSION_PDF)
    {
      set_cell_label (cell, _ ("Not recorded"), "dim-label",
                      _ ("A PDF carries no consent decision: ask its author"));
      return;
    }

  switch (kasus_submission_get_consent_decision (submission))
    {
      case KASUS_CONSENT_ANONYMIZED:
        set_cell_label (cell, _ ("Anonymised"), NULL,
                        _ ("The author judged the case anonymised well enough"));
        break;
      case KASUS_CONSENT_NEEDED:
        if (kasus_submission_get_consent_obtained (submission))
          set_cell_label (cell, _ ("Consent obtained"), "success", NULL);
        else
          set_cell_label (cell, _ ("Consent needed"), "warning",
                          _ ("Consent is needed but not recorded as obtained"));
        break;
      case KASUS_CONSENT_UNDECIDED:
      default:
        set_cell_label (cell, _ ("Not decided"), "warning", NULL);
        break;
    }
}

static void
update_readiness_cell (GtkWidget *cell, KasusSubmission *submission)
{
  GPtrArray          *reasons;
  g_autoptr (GString) tooltip = NULL;
  g_autofree char    *label = NULL;

  if (!kasus_submission_get_has_readiness (submission))
    {
      if (kasus_submission_get_draft (submission))
        set_cell_label (cell, _ ("Draft"), "warning", _ ("The PDF is marked as a draft"));
      else
        set_cell_label (cell, _ ("Final PDF"), "dim-label", NULL);
      return;
    }

  if (kasus_submission_get_ready (submission))
    {
      set_cell_label (cell, _ ("Ready"), "success", NULL);
      return;
    }

  reasons = kasus_submission_get_readiness (submission);
  tooltip = g_string_new (NULL);
  for (guint i = 0; i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      if (i > 0)
        g_string_append_c (tooltip, '\n');
      g_string_append_printf (tooltip, "• %s", reason->message);
    }
  /* Translators: a case that is not ready, with the number of things to do */
  label = g_strdup_printf (_ ("Not ready (%u)"), reasons->len);
  set_cell_label (cell, label, "warning", tooltip->str);
}

static void
update_cell (GtkListItem *item)
{
  Column           column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "kasus-column"));
  KasusSubmission *submission = gtk_list_item_get_item (item);
  GtkWidget       *cell = gtk_list_item_get_child (item);
  gboolean         readable;

  if (submission == NULL || cell == NULL)
    return;

  readable = kasus_submission_get_error (submission) == NULL;
  if (column != COLUMN_TITLE)
    gtk_widget_set_visible (cell, readable);
  if (column != COLUMN_TITLE && !readable)
    return;

  switch (column)
    {
      case COLUMN_TITLE:
        update_title_cell (cell, submission);
        break;

      case COLUMN_GROUP:
        {
          const char *group = kasus_submission_get_patient_group (submission);

          if (group[0] != '\0')
            set_cell_label (cell, group, NULL, group);
          else
            set_cell_label (cell, _ ("None"), "dim-label", NULL);
        }
        break;

      case COLUMN_SEQUENCING:
        {
          KasusSequencing sequencing = kasus_submission_get_sequencing (submission);

          set_cell_label (cell, sequencing_label (sequencing),
                          sequencing == KASUS_SEQUENCING_NONE ? "warning" : NULL,
                          sequencing == KASUS_SEQUENCING_NONE
                            ? _ ("The case must say whether genome or exome sequencing was used")
                            : NULL);
        }
        break;

      case COLUMN_FINDINGS:
        update_findings_cell (cell, submission);
        break;

      case COLUMN_CONSENT:
        update_consent_cell (cell, submission);
        break;

      case COLUMN_READINESS:
        update_readiness_cell (cell, submission);
        break;

      case COLUMN_STATUS:
        {
          KasusReviewStatus status = kasus_submission_get_review_status (submission);
          const char       *reviewer = kasus_submission_get_reviewer (submission);
          g_autofree char  *tooltip = NULL;

          if (reviewer != NULL && reviewer[0] != '\0')
            /* Translators: the tooltip of the review status; %s is a name */
            tooltip = g_strdup_printf (_ ("Reviewer: %s"), reviewer);
          set_cell_label (cell, kasus_review_panel_get_status_label (status),
                          kasus_review_panel_get_status_class (status), tooltip);
        }
        break;

      case COLUMN_MODIFIED:
        {
          GDateTime            *modified = kasus_submission_get_modified (submission);
          g_autoptr (GDateTime) local = modified ? g_date_time_to_local (modified) : NULL;
          /* Translators: the modification date of a file, see g_date_time_format() */
          g_autofree char *text = local ? g_date_time_format (local, _ ("%-d %b %Y")) : NULL;
          g_autofree char *tooltip = local ? g_date_time_format (local, "%c") : NULL;

          set_cell_label (cell, text, NULL, tooltip);
        }
        break;

      case N_COLUMNS:
      default:
        break;
    }
}

static void
submission_notify_cb (KasusSubmission *submission, GParamSpec *pspec, GtkListItem *item)
{
  update_cell (item);
}

static void
bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  KasusSubmission *submission = gtk_list_item_get_item (item);
  gulong           handler;

  g_object_set_data (G_OBJECT (item), "kasus-column", user_data);
  handler =
    g_signal_connect_object (submission, "notify", G_CALLBACK (submission_notify_cb), item, 0);
  g_object_set_data (G_OBJECT (item), "kasus-notify", GSIZE_TO_POINTER (handler));
  update_cell (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  KasusSubmission *submission = gtk_list_item_get_item (item);
  gulong           handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "kasus-notify"));

  if (submission != NULL && handler != 0)
    g_signal_handler_disconnect (submission, handler);
  g_object_set_data (G_OBJECT (item), "kasus-notify", NULL);
}

/* ------------------------------------------------------------------ */
/* Sorting */

static const char *
sort_title (KasusSubmission *submission)
{
  const char *title = kasus_submission_get_title (submission);

  return title[0] ? title : kasus_submission_get_name (submission);
}

static int
readiness_rank (KasusSubmission *submission)
{
  if (!kasus_submission_get_has_readiness (submission))
    return kasus_submission_get_draft (submission) ? 1 : 2;
  return kasus_submission_get_ready (submission) ? 3 : 0;
}

static int
compare_cb (gconstpointer a, gconstpointer b, gpointer user_data)
{
  KasusSubmission *x = (KasusSubmission *) a;
  KasusSubmission *y = (KasusSubmission *) b;
  Column           column = GPOINTER_TO_INT (user_data);
  gboolean         x_error = kasus_submission_get_error (x) != NULL;
  gboolean         y_error = kasus_submission_get_error (y) != NULL;
  int              result = 0;

  /* Unreadable files together, after the rest. */
  if (x_error != y_error)
    return x_error ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;

  switch (column)
    {
      case COLUMN_TITLE:
        result = g_utf8_collate (sort_title (x), sort_title (y));
        break;
      case COLUMN_GROUP:
        result = g_utf8_collate (kasus_submission_get_patient_group (x),
                                 kasus_submission_get_patient_group (y));
        break;
      case COLUMN_SEQUENCING:
        result =
          (int) kasus_submission_get_sequencing (x) - (int) kasus_submission_get_sequencing (y);
        break;
      case COLUMN_FINDINGS:
        for (KasusSeverity s = KASUS_SEVERITY_HIGH; result == 0; s--)
          {
            result = (int) kasus_submission_get_n_findings (x, s) -
                     (int) kasus_submission_get_n_findings (y, s);
            if (s == KASUS_SEVERITY_LOW)
              break;
          }
        break;
      case COLUMN_CONSENT:
        result = (int) kasus_submission_get_consent_decision (x) -
                 (int) kasus_submission_get_consent_decision (y);
        break;
      case COLUMN_READINESS:
        result = readiness_rank (x) - readiness_rank (y);
        break;
      case COLUMN_STATUS:
        result = (int) kasus_submission_get_review_status (x) -
                 (int) kasus_submission_get_review_status (y);
        break;
      case COLUMN_MODIFIED:
        {
          GDateTime *mx = kasus_submission_get_modified (x);
          GDateTime *my = kasus_submission_get_modified (y);

          if (mx != NULL && my != NULL)
            result = g_date_time_compare (mx, my);
          else
            result = (mx != NULL) - (my != NULL);
        }
        break;
      case N_COLUMNS:
      default:
        break;
    }

  if (result == 0)
    result = g_strcmp0 (kasus_submission_get_name (x), kasus_submission_get_name (y));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
add_columns (KasusReviewWindow *self)
{
  const struct
  {
    Column      column;
    const char *title;
    gboolean    expand;
  } columns[] = {
    { COLUMN_TITLE, N_ ("Case"), TRUE },
    { COLUMN_GROUP, N_ ("Patient Group"), FALSE },
    { COLUMN_SEQUENCING, N_ ("Sequencing"), FALSE },
    { COLUMN_FINDINGS, N_ ("Findings"), FALSE },
    { COLUMN_CONSENT, N_ ("Consent"), FALSE },
    { COLUMN_READINESS, N_ ("Readiness"), FALSE },
    { COLUMN_STATUS, N_ ("Review"), FALSE },
    { COLUMN_MODIFIED, N_ ("Modified"), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr (GtkListItemFactory)  factory = gtk_signal_list_item_factory_new ();
      g_autoptr (GtkColumnViewColumn) column = NULL;
      g_autoptr (GtkCustomSorter)     sorter = NULL;
      gpointer                        data = GINT_TO_POINTER (columns[i].column);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), data);
      sorter = gtk_custom_sorter_new (compare_cb, data, NULL);

      column = gtk_column_view_column_new (_ (columns[i].title), g_object_ref (factory));
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      if (columns[i].column == COLUMN_GROUP)
        gtk_column_view_column_set_fixed_width (column, 180);
      gtk_column_view_append_column (self->column_view, column);
    }
}

/* ------------------------------------------------------------------ */
/* Patient groups */

static gboolean
filter_cb (gpointer item, gpointer user_data)
{
  KasusReviewWindow *self = user_data;

  return self->filter_group == NULL || kasus_submission_in_group (item, self->filter_group);
}

/* The group the bundle is made of: the one shown, else the selected case's. */
static const char *
get_bundle_group (KasusReviewWindow *self)
{
  KasusSubmission *selected = gtk_single_selection_get_selected_item (self->selection);

  if (self->filter_group != NULL)
    return self->filter_group;
  if (selected != NULL && kasus_submission_get_error (selected) == NULL &&
      kasus_submission_get_patient_group (selected)[0] != '\0')
    return kasus_submission_get_patient_group (selected);

  return NULL;
}

static void
update_actions (KasusReviewWindow *self)
{
  const char      *group = get_bundle_group (self);
  g_autofree char *tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.export-bundle",
                                 group != NULL && !self->loading && !self->exporting);
  if (group != NULL)
    /* Translators: the tooltip of Export Bundle; %s is a patient group */
    tooltip = g_strdup_printf (_ ("Export the bundle PDF of “%s”"), group);
  else
    tooltip = g_strdup (_ ("Choose a patient group to export its bundle PDF"));
  gtk_widget_set_tooltip_text (self->export_button, tooltip);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.clear-deadline",
                                 self->settings ? TRUE : self->deadline != NULL);
}

static void
update_groups (KasusReviewWindow *self)
{
  g_auto (GStrv) groups = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint                 selected = 0;
  gboolean              same;

  if (self->store == NULL)
    return;

  groups = kasus_submission_list_groups (G_LIST_MODEL (self->store));
  g_ptr_array_add (labels, g_strdup (_ ("All Patient Groups")));
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autoptr (GPtrArray) members =
        kasus_submission_get_group (G_LIST_MODEL (self->store), groups[i]);

      /* Translators: a patient group in the filter, with its number of cases */
      g_ptr_array_add (labels, g_strdup_printf (_ ("%s (%u)"), groups[i], members->len));
      if (self->filter_group != NULL && members->len > 0 &&
          kasus_submission_in_group (g_ptr_array_index (members, 0), self->filter_group))
        selected = i + 1;
    }

  same = labels->len == g_list_model_get_n_items (G_LIST_MODEL (self->group_labels));
  for (guint i = 0; same && i < labels->len; i++)
    same = g_str_equal (g_ptr_array_index (labels, i),
                        gtk_string_list_get_string (self->group_labels, i));
  if (same)
    return;

  self->updating_groups = TRUE;
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (self->group_labels, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->group_labels)),
                          (const char *const *) labels->pdata);
  g_strfreev (self->groups);
  self->groups = g_steal_pointer (&groups);
  gtk_drop_down_set_selected (self->group_dropdown, selected);
  self->updating_groups = FALSE;
}

static void
group_selected_cb (KasusReviewWindow *self)
{
  guint       selected = gtk_drop_down_get_selected (self->group_dropdown);
  const char *group = NULL;

  if (self->updating_groups)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && self->groups != NULL &&
      selected <= g_strv_length (self->groups))
    group = self->groups[selected - 1];
  kasus_review_window_set_group_filter (self, group);
}

void
kasus_review_window_set_group_filter (KasusReviewWindow *self, const char *group)
{
  g_return_if_fail (KASUS_IS_REVIEW_WINDOW (self));

  if (group != NULL && group[0] == '\0')
    group = NULL;
  if (g_strcmp0 (group, self->filter_group) == 0)
    return;

  g_free (self->filter_group);
  self->filter_group = g_strdup (group);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* Keep the dropdown in step when the filter is set from elsewhere. */
  if (!self->updating_groups)
    {
      guint selected = 0;

      for (guint i = 0; group != NULL && self->groups != NULL && self->groups[i] != NULL; i++)
        {
          g_autofree char *a = kasus_submission_group_key (self->groups[i]);
          g_autofree char *b = kasus_submission_group_key (group);

          if (g_str_equal (a, b))
            selected = i + 1;
        }
      self->updating_groups = TRUE;
      gtk_drop_down_set_selected (self->group_dropdown, selected);
      self->updating_groups = FALSE;
    }

  update_summary (self);
}

static void
update_warning (KasusReviewWindow *self)
{
  g_auto (GStrv) groups = NULL;
  g_autoptr (GString) text = g_string_new (NULL);

  if (self->store != NULL)
    groups = kasus_submission_list_groups (G_LIST_MODEL (self->store));
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autofree char *warning =
        kasus_submission_check_group_size (G_LIST_MODEL (self->store), groups[i]);

      if (warning == NULL)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, warning);
    }

  gtk_label_set_label (self->warning_label, text->str);
  gtk_revealer_set_reveal_child (self->warning_revealer, text->len > 0);
}

static void
update_count (KasusReviewWindow *self)
{
  guint            n_all = self->store ? g_list_model_get_n_items (G_LIST_MODEL (self->store)) : 0;
  guint            n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *text = NULL;

  if (self->loading && self->n_total > 0)
    /* Translators: while a folder loads */
    text = g_strdup_printf (_ ("Reading %u of %u files…"), self->n_done, self->n_total);
  else if (self->loading)
    text = g_strdup (_ ("Reading the folder…"));
  else if (n_shown != n_all)
    /* Translators: the cases shown by the patient group filter, of all */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u case", "%u of %u cases", n_all),
                            n_shown, n_all);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n_all), n_all);

  gtk_label_set_label (self->count_label, text);
}

static void
update_summary (KasusReviewWindow *self)
{
  update_groups (self);
  update_warning (self);
  update_count (self);
  update_actions (self);
}

static void
store_changed_cb (KasusReviewWindow *self)
{
  update_summary (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

/* ------------------------------------------------------------------ */
/* The selected submission */

static void
selection_changed_cb (KasusReviewWindow *self)
{
  KasusSubmission *submission = gtk_single_selection_get_selected_item (self->selection);

  if (submission == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      kasus_review_detail_set_submission (self->detail, NULL);
      kasus_review_panel_set_submission (self->panel, NULL);
    }
  else if (kasus_submission_get_error (submission) != NULL)
    {
      adw_status_page_set_description (self->error_page, kasus_submission_get_error (submission));
      gtk_stack_set_visible_child_name (self->detail_stack, "error");
      kasus_review_detail_set_submission (self->detail, NULL);
      kasus_review_panel_set_submission (self->panel, NULL);
    }
  else
    {
      kasus_review_detail_set_submission (self->detail, submission);
      kasus_review_panel_set_submission (self->panel, submission);
      gtk_stack_set_visible_child_name (self->detail_stack, "detail");
    }

  update_actions (self);
}

static void
review_saved_cb (KasusReviewWindow *self)
{
  /* A PDF may have been given a group. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
select_position (KasusReviewWindow *self, guint position)
{
  gtk_single_selection_set_selected (self->selection, position);
  /* The list inside the column view scrolls. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

gboolean
kasus_review_window_select (KasusReviewWindow *self, const char *basename)
{
  GListModel *model;

  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (basename != NULL, FALSE);

  model = G_LIST_MODEL (self->selection);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (KasusSubmission) submission = g_list_model_get_item (model, i);

      if (g_str_equal (kasus_submission_get_name (submission), basename))
        {
          select_position (self, i);
          return TRUE;
        }
    }

  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Loading a folder */

typedef struct
{
  KasusReviewWindow *self; /* strong */
  GCancellable      *cancellable;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_object_unref (load->self);
  g_object_unref (load->cancellable);
  g_free (load);
}

static void
set_loading (KasusReviewWindow *self, gboolean loading)
{
  self->loading = loading;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), loading);
  if (loading)
    gtk_progress_bar_set_fraction (self->progress_bar, 0);
  update_count (self);
  update_actions (self);
}

static void
load_progress_cb (guint n_done, guint n_total, gpointer user_data)
{
  LoadData          *load = user_data;
  KasusReviewWindow *self = load->self;

  if (g_cancellable_is_cancelled (load->cancellable))
    return;

  self->n_done = n_done;
  self->n_total = n_total;
  gtk_progress_bar_set_fraction (self->progress_bar, n_total > 0 ? (double) n_done / n_total : 1.0);
  update_count (self);
}

static void
load_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GCancellable) cancellable = user_data;
  g_autoptr (GError)       error = NULL;
  KasusReviewWindow       *self;

  if (!kasus_submission_load_folder_finish (result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (g_cancellable_is_cancelled (cancellable))
    return;

  self = g_object_get_data (G_OBJECT (cancellable), "kasus-review-window");
  g_return_if_fail (KASUS_IS_REVIEW_WINDOW (self));

  set_loading (self, FALSE);
  g_clear_object (&self->cancellable);

  if (error != NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-error-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("The Folder Could Not Be Read"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) == 0)
    {
      adw_status_page_set_icon_name (self->empty_page, "folder-symbolic");
      adw_status_page_set_title (self->empty_page, _ ("No Cases"));
      adw_status_page_set_description (self->empty_page,
                                       _ ("This folder holds no Kasus files or PDFs."));
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
    }
  else if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    select_position (self, 0);

  update_summary (self);
}

static void
cancel_load (KasusReviewWindow *self)
{
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  if (self->loading)
    set_loading (self, FALSE);
}

static void
update_title (KasusReviewWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (self->folder != NULL)
    {
      g_autoptr (GFileInfo) info = g_file_query_info (
        self->folder, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE, NULL, NULL);

      name =
        info ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (self->folder);
      path = g_file_get_parse_name (self->folder);
    }
  adw_window_title_set_subtitle (self->window_title, name ? name : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), path);
}

void
kasus_review_window_load_folder (KasusReviewWindow *self, GFile *folder)
{
  g_autoptr (GListStore) store = NULL;
  LoadData              *load;

  g_return_if_fail (KASUS_IS_REVIEW_WINDOW (self));
  g_return_if_fail (G_IS_FILE (folder));

  cancel_load (self);
  g_set_object (&self->folder, folder);
  update_title (self);
  if (self->settings != NULL)
    {
      g_autofree char *path = g_file_get_path (folder);
      g_autofree char *uri = path ? NULL : g_file_get_uri (folder);

      g_settings_set_string (self->settings, "review-folder", path ? path : uri);
    }

  /* Rows of the old folder still on their way go to the old store. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);
  store = g_list_store_new (KASUS_TYPE_SUBMISSION);
  g_set_object (&self->store, store);
  g_signal_connect_object (store, "items-changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  /* Another folder, other groups: show them all. */
  g_clear_pointer (&self->filter_group, g_free);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (store));

  gtk_stack_set_visible_child_name (self->main_stack, "folder");
  gtk_stack_set_visible_child_name (self->list_stack, "list");
  self->n_done = self->n_total = 0;
  set_loading (self, TRUE);
  update_summary (self);

  self->cancellable = g_cancellable_new ();
  g_object_set_data (G_OBJECT (self->cancellable), "kasus-review-window", self);
  load = g_new0 (LoadData, 1);
  load->self = g_object_ref (self);
  load->cancellable = g_object_ref (self->cancellable);
  kasus_submission_load_folder_async (folder, NULL, store, self->cancellable, load_progress_cb,
                                      load, load_data_free, load_done_cb,
                                      g_object_ref (self->cancellable));
}

GFile *
kasus_review_window_get_folder (KasusReviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), NULL);

  return self->folder;
}

gboolean
kasus_review_window_is_loading (KasusReviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), FALSE);

  return self->loading;
}

GListModel *
kasus_review_window_get_submissions (KasusReviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), NULL);

  return self->store ? G_LIST_MODEL (self->store) : NULL;
}

gboolean
kasus_review_window_reopen_last_folder (KasusReviewWindow *self)
{
  g_autofree char  *last = NULL;
  g_autoptr (GFile) folder = NULL;

  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), FALSE);

  if (self->settings == NULL)
    return FALSE;
  last = g_settings_get_string (self->settings, "review-folder");
  if (last[0] == '\0')
    return FALSE;
  folder = g_file_parse_name (last);
  if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    return FALSE;

  kasus_review_window_load_folder (self, folder);
  return TRUE;
}

static void
folder_chosen_cb (GtkNativeDialog *chooser, int response, KasusReviewWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (folder != NULL)
        kasus_review_window_load_folder (self, folder);
    }

  g_object_unref (chooser);
}

static GFile *
dup_start_folder (KasusReviewWindow *self)
{
  g_autofree char *last = NULL;

  if (self->folder != NULL)
    return g_object_ref (self->folder);
  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "review-folder");
  if (last != NULL && last[0] != '\0')
    return g_file_parse_name (last);

  return NULL;
}

static void
open_folder_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusReviewWindow    *self = KASUS_REVIEW_WINDOW (widget);
  g_autoptr (GFile)     start = dup_start_folder (self);
  GtkFileChooserNative *chooser;

  chooser =
    gtk_file_chooser_native_new (_ ("Open a Folder of Submitted Cases"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _ ("_Open"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (start != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), start, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (folder_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------------ */
/* The deadline */

static char *
dup_deadline (KasusReviewWindow *self)
{
  if (self->settings != NULL)
    return g_settings_get_string (self->settings, "review-deadline");

  return g_strdup (self->deadline ? self->deadline : "");
}

static gboolean
parse_deadline (const char *text, GDate *date)
{
  guint year, month, day;
  char  end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static void
update_deadline (KasusReviewWindow *self)
{
  g_autofree char      *text = dup_deadline (self);
  g_autofree char      *label = NULL;
  g_autofree char      *tooltip = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  const char           *css_class = NULL;
  GDate                 deadline, today;
  char                  formatted[128];
  int                   days;

  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), "dim-label");

  if (!parse_deadline (text, &deadline))
    {
      gtk_label_set_label (self->deadline_label, _ ("No Deadline"));
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->deadline_button),
                                   _ ("Set a Deadline for the Cases"));
      update_actions (self);
      return;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  days = g_date_days_between (&today, &deadline);

  if (days < 0)
    {
      label = g_strdup (_ ("Deadline passed"));
      css_class = "error";
    }
  else if (days == 0)
    {
      label = g_strdup (_ ("Due today"));
      css_class = "warning";
    }
  else
    {
      /* Translators: days until the deadline for the cases */
      label =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days), days);
      css_class = days <= 3 ? "warning" : NULL;
    }

  gtk_label_set_label (self->deadline_label, label);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), css_class);

  /* Translators: the deadline as a date, see strftime() */
  g_date_strftime (formatted, sizeof formatted, _ ("%-d %B %Y"), &deadline);
  /* Translators: the tooltip of the deadline button; %s is a date */
  tooltip = g_strdup_printf (_ ("Deadline: %s"), formatted);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->deadline_button), tooltip);
  update_actions (self);
}

static void
set_deadline (KasusReviewWindow *self, const char *deadline)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "review-deadline", deadline);
  else
    {
      g_free (self->deadline);
      self->deadline = deadline[0] ? g_strdup (deadline) : NULL;
    }
  update_deadline (self);
}

static void
day_selected_cb (KasusReviewWindow *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autofree char      *text = NULL;

  if (self->updating_calendar)
    return;

  date = gtk_calendar_get_date (self->calendar);
  text = g_date_time_format (date, "%Y-%m-%d");
  set_deadline (self, text);
}

static void
deadline_popover_shown_cb (KasusReviewWindow *self)
{
  g_autofree char      *text = dup_deadline (self);
  g_autoptr (GDateTime) date = NULL;
  GDate                 deadline;

  if (parse_deadline (text, &deadline))
    date = g_date_time_new_local (g_date_get_year (&deadline), g_date_get_month (&deadline),
                                  g_date_get_day (&deadline), 12, 0, 0);
  else
    date = g_date_time_new_now_local ();

  self->updating_calendar = TRUE;
  gtk_calendar_select_day (self->calendar, date);
  self->updating_calendar = FALSE;
}

static void
clear_deadline_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusReviewWindow *self = KASUS_REVIEW_WINDOW (widget);

  set_deadline (self, "");
  gtk_menu_button_popdown (self->deadline_button);
}

/* ------------------------------------------------------------------ */
/* The bundle */

static GPtrArray *
dup_submissions (KasusReviewWindow *self)
{
  GPtrArray *submissions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; self->store && i < g_list_model_get_n_items (G_LIST_MODEL (self->store)); i++)
    g_ptr_array_add (submissions, g_list_model_get_item (G_LIST_MODEL (self->store), i));

  return submissions;
}

static void
show_refusals (KasusReviewWindow *self, const char *group, GPtrArray *refusals)
{
  g_autofree char *list = kasus_review_bundle_describe_refusals (refusals, "", TRUE);
  g_autofree char *body = NULL;
  GtkWidget       *dialog, *scroller, *label;

  /* Translators: %s is a patient group */
  body =
    g_strdup_printf (_ ("Every case of “%s” must be approved and ready before its bundle is made. "
                        "Still missing:"),
                     group);
  dialog =
    adw_message_dialog_new (GTK_WINDOW (self), _ ("The Bundle Cannot Be Exported Yet"), body);

  /* Each file's name once, its reasons under it. */
  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), list);
  gtk_widget_set_name (label, "refusals");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  KasusReviewWindow *self;
  char              *group;
  GFile             *dest;
} ExportData;

static void
export_data_free (ExportData *export)
{
  g_object_unref (export->self);
  g_free (export->group);
  g_object_unref (export->dest);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (ExportData) export = user_data;
  KasusReviewWindow    *self = export->self;
  g_autoptr (GPtrArray) refusals = NULL;
  g_autoptr (GError)    error = NULL;

  self->exporting = FALSE;
  update_actions (self);

  if (kasus_review_bundle_export_finish (result, &refusals, &error))
    {
      g_autofree char *name = g_file_get_basename (export->dest);
      g_autofree char *uri = g_file_get_uri (export->dest);
      /* Translators: %s is a file name */
      g_autofree char *title = g_strdup_printf (_ ("Bundle exported as “%s”"), name);
      AdwToast        *toast = adw_toast_new (title);

      adw_toast_set_button_label (toast, _ ("_Open"));
      adw_toast_set_action_name (toast, "review.show-bundle");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  if (refusals != NULL && refusals->len > 0)
    {
      show_refusals (self, export->group, refusals);
      return;
    }

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog =
        adw_message_dialog_new (GTK_WINDOW (self), _ ("Bundle Not Exported"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static KasusLanguage
get_bundle_language (KasusReviewWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KASUS_IS_APPLICATION (app)
           ? kasus_application_get_default_language (KASUS_APPLICATION (app))
           : KASUS_LANGUAGE_AUTO;
}

/* Checks first: refused, a dialog lists every reason. */
gboolean
kasus_review_window_export_bundle (KasusReviewWindow *self, GFile *dest)
{
  g_autoptr (GPtrArray) submissions = NULL;
  g_autoptr (GPtrArray) refusals = NULL;
  ExportData *export;
  const char *group;

  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), FALSE);
  g_return_val_if_fail (dest == NULL || G_IS_FILE (dest), FALSE);

  group = get_bundle_group (self);
  if (group == NULL || self->loading || self->exporting)
    return FALSE;

  submissions = dup_submissions (self);
  refusals = kasus_review_bundle_check (submissions, group);
  if (refusals->len > 0)
    {
      show_refusals (self, group, refusals);
      return FALSE;
    }
  if (dest == NULL)
    return TRUE;

  export = g_new0 (ExportData, 1);
  export->self = g_object_ref (self);
  export->group = g_strdup (group);
  export->dest = g_object_ref (dest);
  self->exporting = TRUE;
  update_actions (self);
  kasus_review_bundle_export_async (submissions, group, get_bundle_language (self), NULL, dest,
                                    NULL, export_done_cb, export);
  return TRUE;
}

static void
bundle_chosen_cb (GtkNativeDialog *chooser, int response, KasusReviewWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) dest = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (dest != NULL)
        kasus_review_window_export_bundle (self, dest);
    }

  g_object_unref (chooser);
}

/* "Sjældne sygdomme" -> "Sjældne sygdomme - bundle.pdf", safe as a name. */
static char *
bundle_file_name (const char *group)
{
  g_autofree char *safe = g_strdup (group);

  g_strdelimit (safe, "/\\:*?\"<>|", '-');
  /* Translators: the suggested file name of a bundle; %s is a patient group */
  return g_strdup_printf (_ ("%s - bundle.pdf"), g_strstrip (safe));
}

static void
export_bundle_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusReviewWindow    *self = KASUS_REVIEW_WINDOW (widget);
  g_autofree char      *name = NULL;
  GtkFileChooserNative *chooser;

  /* Refusals are told before a file is asked for. */
  if (!kasus_review_window_export_bundle (self, NULL))
    return;

  chooser =
    gtk_file_chooser_native_new (_ ("Export Bundle"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), self->folder, NULL);
  name = bundle_file_name (get_bundle_group (self));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (bundle_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
show_bundle_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

/* ------------------------------------------------------------------ */

KasusReviewDetail *
kasus_review_window_get_detail (KasusReviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), NULL);

  return self->detail;
}

KasusReviewPanel *
kasus_review_window_get_panel (KasusReviewWindow *self)
{
  g_return_val_if_fail (KASUS_IS_REVIEW_WINDOW (self), NULL);

  return self->panel;
}

KasusReviewWindow *
kasus_review_window_new (KasusApplication *application)
{
  return g_object_new (KASUS_TYPE_REVIEW_WINDOW, "application", application, NULL);
}

static void
settings_changed_cb (KasusReviewWindow *self, const char *key)
{
  if (g_strcmp0 (key, "review-deadline") == 0)
    update_deadline (self);
}

/* The application is set after construction: its settings come then. */
static void
application_changed_cb (KasusReviewWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings      *settings = NULL;

  if (KASUS_IS_APPLICATION (app))
    settings = kasus_application_get_settings (KASUS_APPLICATION (app));
  if (settings == NULL || settings == self->settings)
    return;

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, settings_changed_cb, self);
  g_set_object (&self->settings, settings);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  kasus_review_panel_set_settings (self->panel, self->settings);
  update_deadline (self);
}

static gboolean
kasus_review_window_close_request (GtkWindow *window)
{
  cancel_load (KASUS_REVIEW_WINDOW (window));

  return GTK_WINDOW_CLASS (kasus_review_window_parent_class)->close_request (window);
}

static void
kasus_review_window_dispose (GObject *object)
{
  KasusReviewWindow *self = KASUS_REVIEW_WINDOW (object);

  cancel_load (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, store_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_REVIEW_WINDOW);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_object (&self->group_labels);
  g_clear_object (&self->settings);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (kasus_review_window_parent_class)->dispose (object);
}

static void
kasus_review_window_finalize (GObject *object)
{
  KasusReviewWindow *self = KASUS_REVIEW_WINDOW (object);

  g_clear_pointer (&self->groups, g_strfreev);
  g_clear_pointer (&self->filter_group, g_free);
  g_clear_pointer (&self->deadline, g_free);

  G_OBJECT_CLASS (kasus_review_window_parent_class)->finalize (object);
}

static void
kasus_review_window_class_init (KasusReviewWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kasus_review_window_dispose;
  object_class->finalize = kasus_review_window_finalize;
  window_class->close_request = kasus_review_window_close_request;

  g_type_ensure (KASUS_TYPE_REVIEW_DETAIL);
  g_type_ensure (KASUS_TYPE_REVIEW_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-review-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, deadline_button);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, warning_revealer);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, detail);
  gtk_widget_class_bind_template_child (widget_class, KasusReviewWindow, panel);
  gtk_widget_class_bind_template_callback (widget_class, group_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, review_saved_cb);

  gtk_widget_class_install_action (widget_class, "review.open-folder", NULL, open_folder_action);
  gtk_widget_class_install_action (widget_class, "review.export-bundle", NULL,
                                   export_bundle_action);
  gtk_widget_class_install_action (widget_class, "review.clear-deadline", NULL,
                                   clear_deadline_action);
  gtk_widget_class_install_action (widget_class, "review.show-bundle", "s", show_bundle_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "review.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "review.export-bundle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close",
                                       NULL);
}

static void
kasus_review_window_init (KasusReviewWindow *self)
{
  GtkPopover *popover;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->group_labels = gtk_string_list_new (NULL);
  gtk_string_list_append (self->group_labels, _ ("All Patient Groups"));
  gtk_drop_down_set_model (self->group_dropdown, G_LIST_MODEL (self->group_labels));

  add_columns (self);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted =
    gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                             g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);

  popover = gtk_menu_button_get_popover (self->deadline_button);
  g_signal_connect_object (popover, "show", G_CALLBACK (deadline_popover_shown_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::is-active", G_CALLBACK (update_deadline), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);

  update_title (self);
  update_deadline (self);
  update_summary (self);
  selection_changed_cb (self);
}
