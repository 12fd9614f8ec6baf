/* kasus-consent-page.c — the consent checklist, decision and form
 *
 * The page asks the core for everything it shows: the checklist items
 * (kasus-consent.h), the scanner's verdict on them and the readiness
 * reasons (kasus-readiness.h), the form (kasus-consent-form.h). Scanning
 * runs in a worker on a copy of the case, after a pause in typing.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-consent-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-consent.h"
#include "kasus-consent-form.h"
#include "kasus-consent-page.h"
#include "kasus-finding.h"
#include "kasus-readiness.h"

/* How long typing must pause before the text is scanned again. */
#define SCAN_DELAY_MS 400

typedef struct
{
  const KasusConsentItem *item;
  AdwActionRow           *row;
  GtkCheckButton         *check;
  GtkImage               *state_image;
  GtkLabel               *state_label;
  GtkButton              *show_button;
  /* Where Show jumps to. */
  char  *section;
  gint64 start;
  gint64 end;
} ItemRow;

typedef struct
{
  GPtrArray *findings; /* KasusFinding, unresolved */
  GPtrArray *reasons;  /* KasusReadinessReason */
} ScanResult;

struct _KasusConsentPage
{
  GtkWidget parent_instance;

  KasusCase            *kase;
  GArray               *items; /* ItemRow */
  GCancellable         *scan_cancellable;
  guint                 scan_source;
  GtkFileChooserNative *chooser;
  KasusConsentForm     *print_form; /* while a print operation runs */
  KasusLanguage         form_language;

  guint syncing;     /* > 0 while widgets are filled from the case */
  guint scanned : 1; /* a scan of the current case has come back */
  guint language_chosen : 1;

  /* Template children */
  AdwPreferencesGroup *checklist_group;
  AdwPreferencesGroup *decision_group;
  GtkCheckButton      *anonymized_check;
  GtkCheckButton      *needed_check;
  AdwActionRow        *obtained_row;
  GtkSwitch           *obtained_switch;
  AdwActionRow        *date_row;
  GtkMenuButton       *date_button;
  GtkCalendar         *calendar;
  AdwActionRow        *physician_row;
  GtkButton           *author_button;
  AdwComboRow         *language_row;
};

G_DEFINE_FINAL_TYPE (KasusConsentPage, kasus_consent_page, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_STATE,
  N_PROPS
};

enum
{
  JUMP_TO_FINDING,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void
scan_result_free (ScanResult *result)
{
  g_clear_pointer (&result->findings, g_ptr_array_unref);
  g_clear_pointer (&result->reasons, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScanResult, scan_result_free)

static void
item_row_clear (gpointer data)
{
  ItemRow *row = data;

  g_clear_pointer (&row->section, g_free);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
toast (KasusConsentPage *self, const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
  else
    g_message ("%s", title);
}

static void
show_error (KasusConsentPage *self, const char *heading, const char *body)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */
/* The checklist */

static void
item_set_state (ItemRow *row, const char *icon_name, const char *style, const char *text)
{
  GtkWidget *label = GTK_WIDGET (row->state_label);
  GtkWidget *image = GTK_WIDGET (row->state_image);

  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "dim-label");
  gtk_widget_remove_css_class (image, "warning");
  gtk_widget_remove_css_class (image, "success");
  gtk_widget_remove_css_class (image, "dim-label");
  gtk_widget_add_css_class (label, style);
  gtk_widget_add_css_class (image, style);

  gtk_image_set_from_icon_name (row->state_image, icon_name);
  gtk_widget_set_visible (image, icon_name != NULL);
  gtk_label_set_text (row->state_label, text);
  gtk_widget_set_visible (label, text != NULL);
}

static void
item_set_target (ItemRow *row, const char *section, gint64 start, gint64 end)
{
  g_free (row->section);
  row->section = g_strdup (section);
  row->start = start;
  row->end = end;
  gtk_widget_set_visible (GTK_WIDGET (row->show_button), section != NULL);
}

static const KasusReadinessReason *
find_reason (GPtrArray *reasons, KasusReadinessKind kind)
{
  for (guint i = 0; reasons != NULL && i < reasons->len; i++)
    {
      const KasusReadinessReason *reason = g_ptr_array_index (reasons, i);

      if (reason->kind == kind)
        return reason;
    }
  return NULL;
}

/* The item the scanner cannot judge by findings: whether the text says
 * which sequencing was used, from the readiness reasons. */
static void
update_analysis_item (KasusConsentPage *self, ItemRow *row, GPtrArray *reasons)
{
  const KasusReadinessReason *reason;

  if ((reason = find_reason (reasons, KASUS_READINESS_ANALYSIS_UNSET)))
    {
      item_set_state (row, "dialog-warning-symbolic", "warning", _ ("Sequencing not chosen"));
      item_set_target (row, reason->section ? reason->section : KASUS_READINESS_SECTION_ANALYSIS,
                       -1, -1);
    }
  else if ((reason = find_reason (reasons, KASUS_READINESS_ANALYSIS_NOT_STATED)))
    {
      item_set_state (row, "dialog-warning-symbolic", "warning", _ ("Not stated in the text"));
      item_set_target (row, reason->section, -1, -1);
    }
  else if ((reason = find_reason (reasons, KASUS_READINESS_ANALYSIS_MISMATCH)))
    {
      item_set_state (row, "dialog-warning-symbolic", "warning",
                      _ ("The text names the other kind"));
      item_set_target (row, reason->section, -1, -1);
    }
  else
    {
      item_set_state (row, "emblem-ok-symbolic", "success", _ ("Stated in the text"));
      item_set_target (row, NULL, -1, -1);
      reason = NULL;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (row->state_label), reason ? reason->message : NULL);
}

static void
update_item (KasusConsentPage *self, ItemRow *row, ScanResult *result)
{
  g_autofree char *described = NULL;

  if (result == NULL)
    {
      item_set_state (row, NULL, "dim-label", _ ("Checking…"));
      item_set_target (row, NULL, -1, -1);
      return;
    }

  if (g_str_equal (row->item->id, KASUS_CONSENT_ITEM_ANALYSIS_STATED))
    {
      update_analysis_item (self, row, result->reasons);
      return;
    }

  if (row->item->categories == 0)
    {
      /* Nothing the scanner can say: the author alone judges it. */
      item_set_state (row, NULL, "dim-label", NULL);
      item_set_target (row, NULL, -1, -1);
      return;
    }

  described = kasus_consent_item_describe_findings (row->item, result->findings);
  if (described == NULL)
    {
      item_set_state (row, "emblem-ok-symbolic", "success", _ ("Nothing found"));
      item_set_target (row, NULL, -1, -1);
      return;
    }

  item_set_state (row, "dialog-warning-symbolic", "warning", described);

  /* The findings come ordered by section, then offset: the first one that
   * falls under the item is the first in the case. */
  for (guint i = 0; i < result->findings->len; i++)
    {
      const KasusFinding *finding = g_ptr_array_index (result->findings, i);

      if (kasus_consent_item_judges_category (row->item, finding->category))
        {
          item_set_target (row, finding->section, finding->start, finding->end);
          return;
        }
    }
  item_set_target (row, NULL, -1, -1);
}

static void
update_items (KasusConsentPage *self, ScanResult *result)
{
  for (guint i = 0; i < self->items->len; i++)
    update_item (self, &g_array_index (self->items, ItemRow, i), result);
}

static void
item_toggled_cb (KasusConsentPage *self, GtkCheckButton *check)
{
  const KasusConsentItem *item = g_object_get_data (G_OBJECT (check), "kasus-consent-item");

  if (self->syncing > 0 || self->kase == NULL || item == NULL)
    return;

  kasus_case_set_consent_item (self->kase, item->id, gtk_check_button_get_active (check));
}

static void
show_clicked_cb (KasusConsentPage *self, GtkButton *button)
{
  guint            index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kasus-index"));
  ItemRow         *row;
  g_autofree char *section = NULL;

  if (index >= self->items->len)
    return;

  row = &g_array_index (self->items, ItemRow, index);
  if (row->section == NULL)
    return;

  /* A handler may change the case and so the row. */
  section = g_strdup (row->section);
  g_signal_emit (self, signals[JUMP_TO_FINDING], 0, section, row->start, row->end);
}

static void
build_checklist (KasusConsentPage *self)
{
  for (guint i = 0; i < kasus_consent_get_n_items (); i++)
    {
      const KasusConsentItem *item = kasus_consent_get_item (i);
      g_autofree char        *title =
        g_markup_escape_text (kasus_consent_item_get_title (item, KASUS_LANGUAGE_AUTO), -1);
      g_autofree char *help =
        g_markup_escape_text (kasus_consent_item_get_help (item, KASUS_LANGUAGE_AUTO), -1);
      ItemRow    row = { 0 };
      GtkWidget *box;

      row.item = item;
      row.start = row.end = -1;
      row.row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row), title);
      adw_action_row_set_subtitle (row.row, help);

      row.check = GTK_CHECK_BUTTON (gtk_check_button_new ());
      gtk_widget_set_valign (GTK_WIDGET (row.check), GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row.check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      kasus_consent_item_get_title (item, KASUS_LANGUAGE_AUTO), -1);
      g_object_set_data (G_OBJECT (row.check), "kasus-consent-item", (gpointer) item);
      g_signal_connect_object (row.check, "toggled", G_CALLBACK (item_toggled_cb), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (row.row, GTK_WIDGET (row.check));
      adw_action_row_set_activatable_widget (row.row, GTK_WIDGET (row.check));

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (box, "consent-item-state");

      /* The label says it; the icon is decoration. */
      row.state_image =
        g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.state_image));

      row.state_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (row.state_label, TRUE);
      /* Short states on one line, long ones on two. */
      gtk_label_set_width_chars (row.state_label, 14);
      gtk_label_set_max_width_chars (row.state_label, 18);
      gtk_label_set_justify (row.state_label, GTK_JUSTIFY_RIGHT);
      gtk_label_set_xalign (row.state_label, 1.0);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.state_label));

      row.show_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_ ("_Show")));
      gtk_widget_set_valign (GTK_WIDGET (row.show_button), GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (GTK_WIDGET (row.show_button),
                                   _ ("Go to the first one in the text"));
      gtk_widget_set_visible (GTK_WIDGET (row.show_button), FALSE);
      g_object_set_data (G_OBJECT (row.show_button), "kasus-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (row.show_button, "clicked", G_CALLBACK (show_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.show_button));

      adw_action_row_add_suffix (row.row, box);
      adw_preferences_group_add (self->checklist_group, GTK_WIDGET (row.row));
      g_array_append_val (self->items, row);

      update_item (self, &g_array_index (self->items, ItemRow, self->items->len - 1), NULL);
    }
}

/* ------------------------------------------------------------------ */
/* Scanning */

static void
scan_worker (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  const char            *data = task_data;
  g_autoptr (GError)     error = NULL;
  g_autoptr (KasusCase)  copy = NULL;
  g_autoptr (ScanResult) result = g_new0 (ScanResult, 1);

  copy = kasus_case_new_from_data (data, -1, "consent-scan", &error);
  if (copy == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result->findings = kasus_readiness_get_unresolved_findings (copy, NULL);
  if (g_task_return_error_if_cancelled (task))
    return;
  result->reasons = kasus_case_get_readiness (copy, NULL);

  g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify) scan_result_free);
}

static void
scan_done_cb (GObject *object, GAsyncResult *res, gpointer user_data)
{
  KasusConsentPage      *self = KASUS_CONSENT_PAGE (object);
  g_autoptr (GError)     error = NULL;
  g_autoptr (ScanResult) result = NULL;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not scan the case: %s", error->message);
      return;
    }

  /* The task's own cancellable: a newer scan replaced this one. */
  if (g_task_get_cancellable (G_TASK (res)) != self->scan_cancellable)
    return;

  g_clear_object (&self->scan_cancellable);
  self->scanned = TRUE;
  update_items (self, result);
}

static void
start_scan (KasusConsentPage *self)
{
  g_autoptr (GTask) task = NULL;

  g_clear_handle_id (&self->scan_source, g_source_remove);
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);

  if (self->kase == NULL)
    return;

  /* KasusCase is not thread safe: the worker gets its own copy. */
  self->scan_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->scan_cancellable, scan_done_cb, NULL);
  g_task_set_source_tag (task, start_scan);
  g_task_set_task_data (task, kasus_case_to_data (self->kase, NULL), g_free);
  g_task_run_in_thread (task, scan_worker);
}

static gboolean
scan_timeout_cb (gpointer user_data)
{
  KasusConsentPage *self = user_data;

  self->scan_source = 0;
  start_scan (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_scan (KasusConsentPage *self)
{
  g_clear_handle_id (&self->scan_source, g_source_remove);
  self->scan_source = g_timeout_add (SCAN_DELAY_MS, scan_timeout_cb, self);
}

gboolean
kasus_consent_page_is_busy (KasusConsentPage *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), FALSE);

  return self->scan_source != 0 || self->scan_cancellable != NULL;
}

/* ------------------------------------------------------------------ */
/* The decision */

static char *
format_date (const char *iso)
{
  g_autoptr (GDateTime) date = NULL;

  if (iso != NULL && strlen (iso) == 10)
    {
      g_autofree char *full = g_strconcat (iso, "T00:00:00Z", NULL);

      date = g_date_time_new_from_iso8601 (full, NULL);
    }
  if (date == NULL)
    return NULL;

  /* Translators: the date the consent was obtained, a format for
   * g_date_time_format(), e.g. "4 March 2026" */
  return g_date_time_format (date, _ ("%-d %B %Y"));
}

static gboolean
valid_date (const char *iso)
{
  g_autofree char *text = format_date (iso);

  return text != NULL;
}

static void
sync_decision (KasusConsentPage *self)
{
  KasusConsentDecision decision = kasus_case_get_consent_decision (self->kase);
  gboolean             obtained = kasus_case_get_consent_obtained (self->kase);
  const char          *date = kasus_case_get_consent_date (self->kase);
  const char          *author = kasus_case_get_author (self->kase);
  g_autofree char     *date_text = NULL;

  gtk_check_button_set_active (self->anonymized_check, decision == KASUS_CONSENT_ANONYMIZED);
  gtk_check_button_set_active (self->needed_check, decision == KASUS_CONSENT_NEEDED);
  if (decision == KASUS_CONSENT_UNDECIDED)
    {
      /* Neither, which a radio group does not do by itself. */
      gtk_check_button_set_active (self->anonymized_check, FALSE);
      gtk_check_button_set_active (self->needed_check, FALSE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->obtained_row), decision == KASUS_CONSENT_NEEDED);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), decision == KASUS_CONSENT_NEEDED);
  if (gtk_switch_get_active (self->obtained_switch) != obtained)
    gtk_switch_set_active (self->obtained_switch, obtained);

  date_text = format_date (date);
  if (date_text != NULL)
    adw_action_row_set_subtitle (self->date_row, date_text);
  else if (date != NULL)
    {
      /* Translators: %s is a date as stored in the file, not YYYY-MM-DD */
      g_autofree char *invalid = g_strdup_printf (_ ("“%s” is not a valid date"), date);
      g_autofree char *escaped = g_markup_escape_text (invalid, -1);

      adw_action_row_set_subtitle (self->date_row, escaped);
    }
  else
    adw_action_row_set_subtitle (self->date_row, obtained ? _ ("Required once consent is obtained")
                                                          : _ ("Not set"));

  if (!is_blank (author))
    {
      g_autofree char *escaped = g_markup_escape_text (author, -1);
      g_autofree char *subtitle = NULL;

      /* Translators: %s is the author's name */
      subtitle = g_strdup_printf (
        _ ("%s, the author of the case, judges whether consent is needed and obtains it"), escaped);
      adw_action_row_set_subtitle (self->physician_row, subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->author_button), FALSE);
    }
  else
    {
      adw_action_row_set_subtitle (
        self->physician_row,
        _ ("The author of the case judges whether consent is needed and obtains it. "
           "Add your name as the author."));
      gtk_widget_set_visible (GTK_WIDGET (self->author_button), TRUE);
    }
}

static void
sync_from_case (KasusConsentPage *self)
{
  if (self->kase == NULL)
    return;

  self->syncing++;

  for (guint i = 0; i < self->items->len; i++)
    {
      ItemRow *row = &g_array_index (self->items, ItemRow, i);
      gboolean confirmed = kasus_case_get_consent_item (self->kase, row->item->id);

      if (gtk_check_button_get_active (row->check) != confirmed)
        gtk_check_button_set_active (row->check, confirmed);
    }
  sync_decision (self);

  self->syncing--;
}

static void
decision_toggled_cb (KasusConsentPage *self, GtkCheckButton *check)
{
  KasusConsentDecision decision;

  if (self->syncing > 0 || self->kase == NULL || !gtk_check_button_get_active (check))
    return;

  decision = check == self->needed_check ? KASUS_CONSENT_NEEDED : KASUS_CONSENT_ANONYMIZED;
  kasus_case_set_consent_decision (self->kase, decision);
}

static void
obtained_cb (KasusConsentPage *self)
{
  if (self->syncing > 0 || self->kase == NULL)
    return;

  kasus_case_set_consent_obtained (self->kase, gtk_switch_get_active (self->obtained_switch));
}

static void
date_popover_show_cb (KasusConsentPage *self)
{
  const char           *iso = self->kase ? kasus_case_get_consent_date (self->kase) : NULL;
  g_autoptr (GDateTime) date = NULL;

  if (iso != NULL && strlen (iso) == 10)
    {
      g_autofree char      *full = g_strconcat (iso, "T00:00:00", NULL);
      g_autoptr (GTimeZone) local = g_time_zone_new_local ();

      date = g_date_time_new_from_iso8601 (full, local);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  self->syncing++;
  gtk_calendar_select_day (self->calendar, date);
  self->syncing--;
}

static void
day_selected_cb (KasusConsentPage *self)
{
  g_autoptr (GDateTime) date = NULL;
  g_autofree char      *iso = NULL;

  if (self->syncing > 0 || self->kase == NULL)
    return;

  date = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (date, "%Y-%m-%d");
  kasus_case_set_consent_date (self->kase, iso);
  gtk_menu_button_popdown (self->date_button);
}

GtkWidget *
kasus_consent_page_focus_item (KasusConsentPage *self, const char *item_id)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), NULL);

  for (guint i = 0; item_id != NULL && i < self->items->len; i++)
    {
      ItemRow *row = &g_array_index (self->items, ItemRow, i);

      if (g_strcmp0 (row->item->id, item_id) == 0)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row->check));
          return GTK_WIDGET (row->row);
        }
    }

  return NULL;
}

static void
author_clicked_cb (KasusConsentPage *self)
{
  g_signal_emit (self, signals[JUMP_TO_FINDING], 0, KASUS_CONSENT_PAGE_SECTION_AUTHOR, (gint64) -1,
                 (gint64) -1);
}

KasusSectionState
kasus_consent_page_get_state (KasusConsentPage *self, char **detail)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), KASUS_SECTION_STATE_EMPTY);

  return kasus_consent_page_get_case_state (self->kase, detail);
}

KasusSectionState
kasus_consent_page_get_case_state (KasusCase *kase, char **detail)
{
  guint             n_items = kasus_consent_get_n_items ();
  guint             n_confirmed = 0;
  KasusSectionState state;
  g_autofree char  *text = NULL;

  g_return_val_if_fail (kase == NULL || KASUS_IS_CASE (kase), KASUS_SECTION_STATE_EMPTY);

  if (detail != NULL)
    *detail = NULL;
  if (kase == NULL)
    return KASUS_SECTION_STATE_EMPTY;

  for (guint i = 0; i < n_items; i++)
    if (kasus_case_get_consent_item (kase, kasus_consent_get_item (i)->id))
      n_confirmed++;

  switch (kasus_case_get_consent_decision (kase))
    {
      case KASUS_CONSENT_ANONYMIZED:
        state = KASUS_SECTION_STATE_WRITTEN;
        text = g_strdup (_ ("No consent needed"));
        break;

      case KASUS_CONSENT_NEEDED:
        if (!kasus_case_get_consent_obtained (kase))
          {
            state = KASUS_SECTION_STATE_INCOMPLETE;
            text = g_strdup (_ ("Needed, not obtained"));
          }
        else if (!valid_date (kasus_case_get_consent_date (kase)))
          {
            state = KASUS_SECTION_STATE_INCOMPLETE;
            text = g_strdup (_ ("Obtained, date missing"));
          }
        else
          {
            state = KASUS_SECTION_STATE_WRITTEN;
            text = g_strdup (_ ("Consent obtained"));
          }
        break;

      case KASUS_CONSENT_UNDECIDED:
      default:
        state = n_confirmed > 0 ? KASUS_SECTION_STATE_INCOMPLETE : KASUS_SECTION_STATE_EMPTY;
        text = g_strdup (_ ("Not decided"));
        break;
    }

  if (n_confirmed < n_items)
    {
      g_autofree char *joined = NULL;

      if (state == KASUS_SECTION_STATE_WRITTEN)
        state = KASUS_SECTION_STATE_INCOMPLETE;
      /* Translators: in the sidebar, under "Consent": the decision, then
       * how many checklist items are confirmed, e.g. "Not decided · 2/6" */
      joined = g_strdup_printf (_ ("%s · %u/%u"), text, n_confirmed, n_items);
      g_free (text);
      text = g_steal_pointer (&joined);
    }

  if (detail != NULL)
    *detail = g_steal_pointer (&text);

  return state;
}

/* ------------------------------------------------------------------ */
/* The consent form */

KasusLanguage
kasus_consent_page_get_form_language (KasusConsentPage *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), KASUS_LANGUAGE_DA);

  return self->form_language;
}

void
kasus_consent_page_set_form_language (KasusConsentPage *self, KasusLanguage language)
{
  g_return_if_fail (KASUS_IS_CONSENT_PAGE (self));

  if (language != KASUS_LANGUAGE_EN)
    language = KASUS_LANGUAGE_DA;

  self->form_language = language;
  self->syncing++;
  adw_combo_row_set_selected (self->language_row, language == KASUS_LANGUAGE_EN ? 1 : 0);
  self->syncing--;
}

static void
language_selected_cb (KasusConsentPage *self)
{
  if (self->syncing > 0)
    return;

  self->form_language =
    adw_combo_row_get_selected (self->language_row) == 1 ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
  self->language_chosen = TRUE;
}

/* The case's language, until the author picks another for the form. */
static void
follow_case_language (KasusConsentPage *self)
{
  if (self->kase == NULL || self->language_chosen)
    return;

  kasus_consent_page_set_form_language (self, kasus_case_get_language (self->kase));
}

static KasusConsentForm *
new_form (KasusConsentPage *self, const KasusPdfPageSetup *setup)
{
  return kasus_consent_form_new (self->form_language, self->kase, setup);
}

gboolean
kasus_consent_page_save_form (KasusConsentPage *self, GFile *file, GError **error)
{
  g_autoptr (KasusConsentForm) form = NULL;
  g_autoptr (GError)           local_error = NULL;
  g_autofree char             *name = NULL;
  g_autofree char             *message = NULL;

  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  form = new_form (self, NULL);
  if (!kasus_consent_form_export (form, file, &local_error))
    {
      show_error (self, _ ("Could Not Save the Consent Form"), local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_basename (file);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_ ("Consent form saved as “%s”"), name);
  toast (self, message);

  return TRUE;
}

static void
save_response_cb (KasusConsentPage *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      g_autofree char *basename = g_file_get_basename (file);

      if (!g_str_has_suffix (basename, ".pdf") && !g_str_has_suffix (basename, ".PDF"))
        {
          g_autofree char  *name = g_strconcat (basename, ".pdf", NULL);
          g_autoptr (GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, name);
        }
      kasus_consent_page_save_form (self, file, NULL);
    }

  g_clear_object (&self->chooser);
}

static void
save_form_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusConsentPage            *self = KASUS_CONSENT_PAGE (widget);
  GtkRoot                     *root = gtk_widget_get_root (widget);
  g_autoptr (GtkFileFilter)    filter = gtk_file_filter_new ();
  g_autoptr (KasusConsentForm) form = NULL;
  g_autofree char             *name = NULL;

  if (self->chooser != NULL)
    return;

  form = new_form (self, NULL);
  name = g_strdup_printf ("%s.pdf", kasus_consent_form_get_title (form));

  self->chooser = gtk_file_chooser_native_new (
    _ ("Save Consent Form"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
    GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"), _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _ ("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
begin_print_cb (KasusConsentPage *self, GtkPrintContext *context, GtkPrintOperation *operation)
{
  KasusPdfPageSetup setup;

  /* The paper the dialog chose, with the form's own margins. */
  kasus_pdf_page_setup_init_a4 (&setup);
  setup.width = gtk_print_context_get_width (context);
  setup.height = gtk_print_context_get_height (context);

  g_clear_object (&self->print_form);
  self->print_form = new_form (self, &setup);
  gtk_print_operation_set_n_pages (operation, kasus_consent_form_get_n_pages (self->print_form));
}

static void
draw_page_cb (KasusConsentPage  *self,
              GtkPrintContext   *context,
              int                page_nr,
              GtkPrintOperation *operation)
{
  if (self->print_form == NULL || page_nr < 0 ||
      (guint) page_nr >= kasus_consent_form_get_n_pages (self->print_form))
    return;

  kasus_consent_form_paint_page (self->print_form, gtk_print_context_get_cairo_context (context),
                                 page_nr);
}

static void
print_done_cb (KasusConsentPage *self, GtkPrintOperationResult result, GtkPrintOperation *operation)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->print_form);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_error (self, _ ("Could Not Print the Consent Form"),
                  error ? error->message : _ ("The printer reported an error."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    toast (self, _ ("Consent form sent to the printer"));
}

static void
print_form_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  KasusConsentPage             *self = KASUS_CONSENT_PAGE (widget);
  GtkRoot                      *root = gtk_widget_get_root (widget);
  g_autoptr (GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr (KasusConsentForm)  form = NULL;
  g_autoptr (GError)            error = NULL;
  GtkPrintOperationResult       result;

  if (self->print_form != NULL)
    return;

  form = new_form (self, NULL);
  gtk_print_operation_set_job_name (operation, kasus_consent_form_get_title (form));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  /* Run asynchronously, "done" reports; otherwise it is done now. */
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS &&
      result != GTK_PRINT_OPERATION_RESULT_ERROR)
    g_clear_object (&self->print_form);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_clear_object (&self->print_form);
      show_error (self, _ ("Could Not Print the Consent Form"), error->message);
    }
}

/* ------------------------------------------------------------------ */

static void
case_changed_cb (KasusConsentPage *self, KasusCase *kase)
{
  sync_from_case (self);
  schedule_scan (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
case_language_cb (KasusConsentPage *self)
{
  follow_case_language (self);
}

KasusConsentPage *
kasus_consent_page_new (void)
{
  return g_object_new (KASUS_TYPE_CONSENT_PAGE, NULL);
}

void
kasus_consent_page_set_case (KasusConsentPage *self, KasusCase *kase)
{
  g_return_if_fail (KASUS_IS_CONSENT_PAGE (self));
  g_return_if_fail (kase == NULL || KASUS_IS_CASE (kase));

  if (self->kase == kase)
    return;

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  g_set_object (&self->kase, kase);

  self->scanned = FALSE;
  self->language_chosen = FALSE;
  update_items (self, NULL);

  if (kase != NULL)
    {
      g_signal_connect_object (kase, "changed", G_CALLBACK (case_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (kase, "notify::language", G_CALLBACK (case_language_cb), self,
                               G_CONNECT_SWAPPED);
      follow_case_language (self);
      sync_from_case (self);
      start_scan (self);
    }
  else
    start_scan (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consent.save-form", kase != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consent.print-form", kase != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

KasusCase *
kasus_consent_page_get_case (KasusConsentPage *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_PAGE (self), NULL);

  return self->kase;
}

static void
kasus_consent_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  KasusConsentPage *self = KASUS_CONSENT_PAGE (object);

  switch (prop_id)
    {
      case PROP_CASE:
        g_value_set_object (value, self->kase);
        break;

      case PROP_STATE:
        g_value_set_int (value, kasus_consent_page_get_state (self, NULL));
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_consent_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KasusConsentPage *self = KASUS_CONSENT_PAGE (object);

  switch (prop_id)
    {
      case PROP_CASE:
        kasus_consent_page_set_case (self, g_value_get_object (value));
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kasus_consent_page_dispose (GObject *object)
{
  KasusConsentPage *self = KASUS_CONSENT_PAGE (object);
  GtkWidget        *child;

  g_clear_handle_id (&self->scan_source, g_source_remove);
  if (self->scan_cancellable != NULL)
    g_cancellable_cancel (self->scan_cancellable);
  g_clear_object (&self->scan_cancellable);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  g_clear_object (&self->kase);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_CONSENT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kasus_consent_page_parent_class)->dispose (object);
}

static void
kasus_consent_page_finalize (GObject *object)
{
  KasusConsentPage *self = KASUS_CONSENT_PAGE (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_object (&self->print_form);

  G_OBJECT_CLASS (kasus_consent_page_parent_class)->finalize (object);
}

static void
kasus_consent_page_class_init (KasusConsentPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kasus_consent_page_dispose;
  object_class->finalize = kasus_consent_page_finalize;
  object_class->get_property = kasus_consent_page_get_property;
  object_class->set_property = kasus_consent_page_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, KASUS_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A KasusSectionState; notified whenever it may have changed. */
  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, KASUS_SECTION_STATE_EMPTY, KASUS_SECTION_STATE_WRITTEN,
                      KASUS_SECTION_STATE_EMPTY, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[JUMP_TO_FINDING] = g_signal_new (
    "jump-to-finding", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
    G_TYPE_NONE, 3, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "consent.save-form", NULL, save_form_action);
  gtk_widget_class_install_action (widget_class, "consent.print-form", NULL, print_form_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kasus-consent-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, checklist_group);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, decision_group);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, anonymized_check);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, needed_check);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, obtained_row);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, obtained_switch);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, date_button);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, physician_row);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, author_button);
  gtk_widget_class_bind_template_child (widget_class, KasusConsentPage, language_row);
  gtk_widget_class_bind_template_callback (widget_class, decision_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, obtained_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, author_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
}

static void
kasus_consent_page_init (KasusConsentPage *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 30);

  self->items = g_array_new (FALSE, TRUE, sizeof (ItemRow));
  g_array_set_clear_func (self->items, item_row_clear);
  self->form_language = KASUS_LANGUAGE_DA;

  build_checklist (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consent.save-form", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "consent.print-form", FALSE);
}
