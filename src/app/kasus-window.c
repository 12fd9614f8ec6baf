/* kasus-window.c — the case editor window
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kasus-autosave.h"
#include "kasus-field-checker.h"
#include "kasus-findings-panel.h"
#include "kasus-highlighter.h"
#include "kasus-consent-page.h"
#include "kasus-culling-bin.h"
#include "kasus-export-dialog.h"
#include "kasus-identifiers-group.h"
#include "kasus-preview-window.h"
#include "kasus-print-operation.h"
#include "kasus-readiness.h"
#include "kasus-section-editor.h"
#include "kasus-section-row.h"
#include "kasus-spell-checker.h"
#include "kasus-window.h"

#define MAX_RECENT 10

/* The findings panel lists the metadata fields' findings under this index. */
#define FIELDS_PANEL_INDEX G_MAXUINT

typedef enum
{
  FIELD_TITLE,
  FIELD_PATIENT_GROUP,
  FIELD_PRIOR_ANALYSES,
  FIELD_AUTHOR,
  FIELD_DEPARTMENT,
  FIELD_REGION,
  N_FIELDS
} Field;

struct _KasusWindow
{
  AdwApplicationWindow parent_instance;

  KasusCase *kase;
  KasusTemplate *template;
  GFile                *file;
  char                 *file_name; /* file's display name, or NULL */
  GtkFileChooserNative *chooser;
  GPtrArray            *editors;        /* KasusSectionEditor, owned by sections_box */
  GPtrArray            *highlighters;   /* KasusHighlighter, one per editor */
  GPtrArray            *field_checkers; /* KasusFieldChecker, of the exported metadata */
  gboolean              fields_stale;
  GHashTable           *stale_sections; /* KasusHighlighter whose findings the panel lacks */
  GHashTable           *stale_states;   /* KasusSectionEditor whose sidebar row is out of date */
  gint64                main_usec;      /* in our handlers on the main thread, for the benchmark */
  char                 *known_print;    /* the known identifiers, to see them change */
  char                 *accepted_print;
  guint                 findings_idle_id;
  GPtrArray        *pending_fills; /* KasusSectionEditor whose text comes after the first frame */
  guint             fill_idle_id;
  KasusAutosave    *autosave;
  KasusSectionRow  *details_row;
  KasusSectionRow  *identifiers_row;
  KasusSectionRow  *consent_row;
  KasusSectionRow  *activated_row; /* the row last clicked, while its section is in view */
  KasusConsentPage *consent_page;  /* built after the first frame, or when asked for */
  guint             consent_idle_id;
  GtkWidget        *reveal_target; /* to scroll to again once laid out */
  gint64            reveal_offset;
  GdkFrameClock    *reveal_clock; /* weak */
  gulong            reveal_handler;

  guint loading; /* > 0 while the widgets are filled from the case */
  guint in_edit; /* > 0 while a widget writes into the case */
  guint modified : 1;
  guint force_close : 1;
  guint close_after_save : 1;

  /* Template children */
  AdwToastOverlay       *toast_overlay;
  AdwLeaflet            *leaflet;
  GtkListBox            *sections_list;
  AdwWindowTitle        *window_title;
  GtkScrolledWindow     *scroller;
  AdwClamp              *clamp;
  AdwPreferencesGroup   *case_group;
  AdwEntryRow           *title_row;
  GtkMenuButton         *title_help_button;
  GtkLabel              *title_help_label;
  AdwEntryRow           *patient_group_row;
  GtkMenuButton         *patient_group_help_button;
  GtkLabel              *patient_group_help_label;
  AdwComboRow           *analysis_row;
  GtkImage              *analysis_warning;
  AdwEntryRow           *prior_analyses_row;
  AdwEntryRow           *author_row;
  AdwEntryRow           *department_row;
  AdwEntryRow           *region_row;
  GtkSwitch             *show_author_switch;
  GtkBox                *sections_box;
  KasusIdentifiersGroup *identifiers_group;
  GtkBox                *consent_box;
  GMenu                 *recent_menu;
  AdwFlap               *flap;
  KasusFindingsPanel    *findings_panel;
  GtkToggleButton       *findings_button;
  GtkLabel              *findings_badge;

  AdwEntryRow *fields[N_FIELDS];
};

G_DEFINE_FINAL_TYPE (KasusWindow, kasus_window, ADW_TYPE_APPLICATION_WINDOW)

static void remember_file (KasusWindow *self, GFile *file);
static void scroll_to_offset (KasusWindow *self, KasusSectionEditor *editor, gint64 offset);
static void show_section (KasusWindow *self, const char *id, gint64 start, gint64 end);
static void save_as_action (GSimpleAction *action, GVariant *param, gpointer user_data);

static GSettings *
get_settings (KasusWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KASUS_IS_APPLICATION (app) ? kasus_application_get_settings (KASUS_APPLICATION (app))
                                    : NULL;
}

static const char *
field_get (KasusCase *kase, Field field)
{
  switch (field)
    {
      case FIELD_TITLE:
        return kasus_case_get_title (kase);
      case FIELD_PATIENT_GROUP:
        return kasus_case_get_patient_group (kase);
      case FIELD_PRIOR_ANALYSES:
        return kasus_case_get_prior_analyses (kase);
      case FIELD_AUTHOR:
        return kasus_case_get_author (kase);
      case FIELD_DEPARTMENT:
        return kasus_case_get_department (kase);
      case FIELD_REGION:
        return kasus_case_get_region (kase);
      case N_FIELDS:
      default:
        g_return_val_if_reached (NULL);
    }
}

static void
field_set (KasusCase *kase, Field field, const char *value)
{
  switch (field)
    {
      case FIELD_TITLE:
        kasus_case_set_title (kase, value);
        break;
      case FIELD_PATIENT_GROUP:
        kasus_case_set_patient_group (kase, value);
        break;
      case FIELD_PRIOR_ANALYSES:
        kasus_case_set_prior_analyses (kase, value);
        break;
      case FIELD_AUTHOR:
        kasus_case_set_author (kase, value);
        break;
      case FIELD_DEPARTMENT:
        kasus_case_set_department (kase, value);
        break;
      case FIELD_REGION:
        kasus_case_set_region (kase, value);
        break;
      case N_FIELDS:
      default:
        g_return_if_reached ();
    }
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

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint    n = 0;

  if (text == NULL)
    return 0;

  for (const char *p = text; *p;)
    {
      gboolean space;

      /* Mostly ASCII: no decoding for that. */
      if ((guchar) *p < 0x80)
        space = g_ascii_isspace (*p++);
      else
        {
          space = g_unichar_isspace (g_utf8_get_char (p));
          p = g_utf8_next_char (p);
        }
      if (!space && !in_word)
        n++;
      in_word = !space;
    }

  return n;
}

static char *
dup_display_name (GFile *file)
{
  g_autoptr (GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);
  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

static char *
dup_display_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return g_filename_display_name (path);

  return g_file_get_uri (file);
}

/* The case's title, or a stand-in while it has none. */
static const char *
get_display_title (KasusWindow *self)
{
  const char *title = self->kase ? kasus_case_get_title (self->kase) : NULL;

  return is_blank (title) ? _ ("Untitled Case") : title;
}

/* Called on every change: only what differs is set. */
static void
update_title (KasusWindow *self)
{
  const char      *title = get_display_title (self);
  g_autofree char *subtitle = NULL;

  if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), title) != 0)
    gtk_window_set_title (GTK_WINDOW (self), title);
  if (g_strcmp0 (adw_window_title_get_title (self->window_title), title) != 0)
    adw_window_title_set_title (self->window_title, title);

  if (self->file == NULL)
    subtitle = g_strdup (_ ("Not saved yet"));
  else if (self->modified)
    /* Translators: the file name of a case with unsaved changes */
    subtitle = g_strdup_printf (_ ("%s (unsaved changes)"), self->file_name);
  else
    subtitle = g_strdup (self->file_name);
  if (g_strcmp0 (adw_window_title_get_subtitle (self->window_title), subtitle) != 0)
    adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
set_file (KasusWindow *self, GFile *file)
{
  g_set_object (&self->file, file);
  g_clear_pointer (&self->file_name, g_free);
  if (file != NULL)
    self->file_name = dup_display_name (file);
}

static void
update_details_state (KasusWindow *self)
{
  const char *missing[3];
  guint       n_missing = 0;
  guint       n_findings = 0;
  gboolean    analysis_set;

  if (self->kase == NULL || self->details_row == NULL)
    return;

  analysis_set = kasus_case_get_analysis (self->kase) != KASUS_ANALYSIS_UNSET;
  gtk_widget_set_visible (GTK_WIDGET (self->analysis_warning), !analysis_set);
  adw_action_row_set_subtitle (
    ADW_ACTION_ROW (self->analysis_row),
    analysis_set ? NULL : _ ("Required: say whether genome or exome sequencing was used"));

  if (is_blank (kasus_case_get_title (self->kase)))
    missing[n_missing++] = _ ("Title missing");
  if (is_blank (kasus_case_get_patient_group (self->kase)))
    missing[n_missing++] = _ ("Patient group missing");
  if (!analysis_set)
    missing[n_missing++] = _ ("Sequencing not chosen");

  for (guint i = 0; self->field_checkers && i < self->field_checkers->len; i++)
    n_findings += kasus_field_checker_get_n_open (g_ptr_array_index (self->field_checkers, i));

  if (n_findings > 0)
    {
      g_autofree char *detail =
        g_strdup_printf (ngettext ("%u finding", "%u findings", n_findings), n_findings);

      kasus_section_row_set_state (self->details_row, KASUS_SECTION_STATE_FINDINGS, detail);
    }
  else if (n_missing == 0)
    kasus_section_row_set_state (self->details_row, KASUS_SECTION_STATE_WRITTEN, _ ("Complete"));
  else if (n_missing == G_N_ELEMENTS (missing))
    kasus_section_row_set_state (self->details_row, KASUS_SECTION_STATE_EMPTY, NULL);
  else
    kasus_section_row_set_state (self->details_row, KASUS_SECTION_STATE_INCOMPLETE, missing[0]);
}

static void
update_identifiers_state (KasusWindow *self)
{
  guint            n;
  g_autofree char *detail = NULL;

  if (self->kase == NULL || self->identifiers_row == NULL)
    return;

  n = kasus_case_get_known_identifiers (self->kase)->len;
  if (n == 0)
    {
      kasus_section_row_set_state (self->identifiers_row, KASUS_SECTION_STATE_EMPTY,
                                   _ ("None yet"));
      return;
    }

  detail = g_strdup_printf (ngettext ("%u identifier", "%u identifiers", n), n);
  kasus_section_row_set_state (self->identifiers_row, KASUS_SECTION_STATE_WRITTEN, detail);
}

static void
update_consent_state (KasusWindow *self)
{
  g_autofree char  *detail = NULL;
  KasusSectionState state;

  if (self->consent_row == NULL)
    return;

  /* From the case: the page may not be built yet. */
  state = kasus_consent_page_get_case_state (self->kase, &detail);
  kasus_section_row_set_state (self->consent_row, state, detail);
}

static KasusSectionRow *
find_row_for (KasusWindow *self, GtkWidget *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (KASUS_IS_SECTION_ROW (child) &&
          kasus_section_row_get_target (KASUS_SECTION_ROW (child)) == target)
        return KASUS_SECTION_ROW (child);
    }

  return NULL;
}

static void
update_section_state (KasusWindow *self, KasusSectionEditor *editor)
{
  KasusSectionRow  *row = find_row_for (self, GTK_WIDGET (editor));
  KasusHighlighter *highlighter;
  const char       *text;
  guint             n_words, n_findings;
  g_autofree char  *detail = NULL;

  if (row == NULL)
    return;

  text = kasus_case_get_section_text (self->kase, kasus_section_editor_get_case_index (editor));
  n_words = count_words (text);
  highlighter = kasus_section_editor_get_highlighter (editor);
  n_findings = highlighter ? kasus_highlighter_get_n_open (highlighter) : 0;
  if (n_findings > 0)
    {
      detail = g_strdup_printf (ngettext ("%u finding", "%u findings", n_findings), n_findings);
      kasus_section_row_set_state (row, KASUS_SECTION_STATE_FINDINGS, detail);
      return;
    }
  if (n_words == 0)
    {
      kasus_section_row_set_state (row, KASUS_SECTION_STATE_EMPTY, NULL);
      return;
    }

  detail = g_strdup_printf (ngettext ("Written · %u word", "Written · %u words", n_words), n_words);
  kasus_section_row_set_state (row, KASUS_SECTION_STATE_WRITTEN, detail);
}

static gboolean update_findings_idle_cb (gpointer user_data);

/* The word count and state in the sidebar, once typing pauses (in the
 * idle that updates the findings), not on every keystroke. */
static void
queue_section_state (KasusWindow *self, KasusSectionEditor *editor)
{
  g_hash_table_add (self->stale_states, editor);
  if (self->findings_idle_id == 0)
    self->findings_idle_id =
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, update_findings_idle_cb, self, NULL);
}

static void
set_modified (KasusWindow *self, gboolean modified)
{
  if (self->modified == !!modified)
    return;

  self->modified = !!modified;
  update_title (self);
}

/* Every edit: the window shows it is unsaved and a draft is due. */
static void
note_change (KasusWindow *self)
{
  set_modified (self, TRUE);
  kasus_autosave_schedule (self->autosave);
}

static KasusSectionEditor *
find_editor (KasusWindow *self, guint case_index)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      KasusSectionEditor *editor = g_ptr_array_index (self->editors, i);

      if (kasus_section_editor_get_case_index (editor) == case_index)
        return editor;
    }

  return NULL;
}

/* Shows the case's metadata in the rows, touching only those that differ
 * so a row being typed in keeps its cursor. */
static void
sync_fields (KasusWindow *self)
{
  self->loading++;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      const char *value = field_get (self->kase, i);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->fields[i])), value ? value : "") !=
          0)
        gtk_editable_set_text (GTK_EDITABLE (self->fields[i]), value ? value : "");
    }
  if (adw_combo_row_get_selected (self->analysis_row) !=
      (guint) kasus_case_get_analysis (self->kase))
    adw_combo_row_set_selected (self->analysis_row, kasus_case_get_analysis (self->kase));
  if (gtk_switch_get_active (self->show_author_switch) != kasus_case_get_show_author (self->kase))
    gtk_switch_set_active (self->show_author_switch, kasus_case_get_show_author (self->kase));

  self->loading--;
}

/* What the known identifiers and the accepted findings are, to notice
 * when either changes (the case says only that something did). */
static char *
known_fingerprint (KasusCase *kase)
{
  GPtrArray *known = kasus_case_get_known_identifiers (kase);
  GString   *print = g_string_new (NULL);

  for (guint i = 0; i < known->len; i++)
    {
      const KasusKnownIdentifier *identifier = g_ptr_array_index (known, i);

      g_string_append_printf (print, "%d:%s\x1f", identifier->category, identifier->text);
    }

  return g_string_free (print, FALSE);
}

static char *
accepted_fingerprint (KasusCase *kase)
{
  GPtrArray *accepted = kasus_case_get_accepted_findings (kase);
  GString   *print = g_string_new (NULL);

  for (guint i = 0; i < accepted->len; i++)
    {
      const KasusAcceptedFinding *finding = g_ptr_array_index (accepted, i);

      g_string_append_printf (print, "%s:%d:%s:%s\x1f", finding->section, finding->category,
                              finding->text, finding->reason ? finding->reason : "");
    }

  return g_string_free (print, FALSE);
}

static void
check_scan_inputs (KasusWindow *self)
{
  g_autofree char *known = known_fingerprint (self->kase);
  g_autofree char *accepted = accepted_fingerprint (self->kase);

  if (g_strcmp0 (known, self->known_print) != 0)
    {
      g_free (self->known_print);
      self->known_print = g_steal_pointer (&known);
      for (guint i = 0; i < self->highlighters->len; i++)
        kasus_highlighter_rescan (g_ptr_array_index (self->highlighters, i));
      for (guint i = 0; i < self->field_checkers->len; i++)
        kasus_field_checker_rescan (g_ptr_array_index (self->field_checkers, i));
    }

  if (g_strcmp0 (accepted, self->accepted_print) != 0)
    {
      g_free (self->accepted_print);
      self->accepted_print = g_steal_pointer (&accepted);
      for (guint i = 0; i < self->highlighters->len; i++)
        kasus_highlighter_refresh_accepted (g_ptr_array_index (self->highlighters, i));
      for (guint i = 0; i < self->field_checkers->len; i++)
        kasus_field_checker_refresh_accepted (g_ptr_array_index (self->field_checkers, i));
    }
}

static void
case_changed_cb (KasusWindow *self, KasusCase *kase)
{
  if (self->loading > 0)
    return;

  check_scan_inputs (self);

  /* A change from elsewhere than these rows (a later "apply suggestion"). */
  if (self->in_edit == 0)
    sync_fields (self);

  note_change (self);
  update_title (self);
  update_details_state (self);
  update_identifiers_state (self);
  update_consent_state (self);
}

static void
case_section_changed_cb (KasusWindow *self, guint index, KasusCase *kase)
{
  KasusSectionEditor *editor;

  if (self->loading > 0)
    return;

  note_change (self);
  if (!(editor = find_editor (self, index)))
    return;

  /* A change that did not come from the text view itself (a later
   * "apply suggestion", for one): show it. */
  if (self->in_edit == 0)
    {
      g_autofree char *shown = kasus_section_editor_dup_text (editor);
      const char      *text = kasus_case_get_section_text (kase, index);

      if (g_strcmp0 (shown, text ? text : "") != 0)
        {
          self->loading++;
          kasus_section_editor_set_text (editor, text);
          self->loading--;
        }
    }

  queue_section_state (self, editor);
}

static void
buffer_changed_cb (KasusWindow *self, GtkTextBuffer *buffer)
{
  KasusSectionEditor *editor = g_object_get_data (G_OBJECT (buffer), "kasus-section-editor");
  g_autofree char    *text = NULL;
  gint64              t0;

  if (self->loading > 0 || self->kase == NULL || editor == NULL)
    return;

  t0 = g_get_monotonic_time ();
  text = kasus_section_editor_dup_text (editor);
  self->in_edit++;
  kasus_case_set_section_text (self->kase, kasus_section_editor_get_case_index (editor), text);
  self->in_edit--;

  note_change (self);
  queue_section_state (self, editor);
  self->main_usec += g_get_monotonic_time () - t0;
}

static void
field_changed_cb (KasusWindow *self, GtkEditable *editable)
{
  Field field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "kasus-field"));

  if (self->loading > 0 || self->kase == NULL)
    return;

  self->in_edit++;
  field_set (self->kase, field, gtk_editable_get_text (editable));
  self->in_edit--;

  note_change (self);
  if (field == FIELD_TITLE)
    update_title (self);
  update_details_state (self);
}

static void
analysis_selected_cb (KasusWindow *self)
{
  guint         selected = adw_combo_row_get_selected (self->analysis_row);
  KasusAnalysis analysis = KASUS_ANALYSIS_UNSET;

  if (self->loading > 0 || self->kase == NULL)
    return;

  /* The rows are in the order of KasusAnalysis. */
  if (selected == KASUS_ANALYSIS_WGS || selected == KASUS_ANALYSIS_WES)
    analysis = selected;

  self->in_edit++;
  kasus_case_set_analysis (self->kase, analysis);
  self->in_edit--;

  note_change (self);
  update_details_state (self);
}

static void
show_author_cb (KasusWindow *self)
{
  if (self->loading > 0 || self->kase == NULL)
    return;

  self->in_edit++;
  kasus_case_set_show_author (self->kase, gtk_switch_get_active (self->show_author_switch));
  self->in_edit--;

  note_change (self);
}

static void
scroll_to_widget (KasusWindow *self, GtkWidget *target)
{
  GtkAdjustment   *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_point_t point;

  if (!gtk_widget_compute_point (target, GTK_WIDGET (self->clamp), &GRAPHENE_POINT_INIT (0, 0),
                                 &point))
    return;

  gtk_adjustment_set_value (adjustment, MAX (0, point.y - 18));
}

static void
scroll_into_view (KasusWindow *self, GtkWidget *target, gint64 offset)
{
  if (KASUS_IS_SECTION_EDITOR (target) && offset >= 0)
    scroll_to_offset (self, KASUS_SECTION_EDITOR (target), offset);
  else
    scroll_to_widget (self, target);
}

static void
cancel_reveal (KasusWindow *self)
{
  if (self->reveal_clock != NULL)
    g_clear_signal_handler (&self->reveal_handler, self->reveal_clock);
  self->reveal_handler = 0;
  g_clear_weak_pointer (&self->reveal_clock);
  g_clear_object (&self->reveal_target);
}

static void
reveal_after_paint_cb (KasusWindow *self, GdkFrameClock *clock)
{
  g_autoptr (GtkWidget) target = g_steal_pointer (&self->reveal_target);

  cancel_reveal (self);
  if (target != NULL && gtk_widget_is_ancestor (target, GTK_WIDGET (self)))
    scroll_into_view (self, target, self->reveal_offset);
}

/* Scrolls to target (at offset in a section editor, or -1): now, and
 * once more after the next frame, as what was built or filled only now
 * has no place on the page before it is laid out. */
static void
reveal (KasusWindow *self, GtkWidget *target, gint64 offset)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  cancel_reveal (self);
  scroll_into_view (self, target, offset);
  if (clock == NULL)
    return;

  self->reveal_target = g_object_ref (target);
  self->reveal_offset = offset;
  g_set_weak_pointer (&self->reveal_clock, clock);
  self->reveal_handler = g_signal_connect_object (
    clock, "after-paint", G_CALLBACK (reveal_after_paint_cb), self, G_CONNECT_SWAPPED);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_AFTER_PAINT);
}

static void
consent_jump_cb (KasusWindow      *self,
                 const char       *section,
                 gint64            start,
                 gint64            end,
                 KasusConsentPage *page)
{
  show_section (self, section, start, end);
}

/* The consent page is the heaviest part of the window and the last on
 * the page: it is built once the first frame is out, or when asked for
 * before that. The sidebar shows its state from the case meanwhile. */
static KasusConsentPage *
ensure_consent_page (KasusWindow *self)
{
  g_clear_handle_id (&self->consent_idle_id, g_source_remove);
  if (self->consent_page != NULL)
    return self->consent_page;

  self->consent_page = kasus_consent_page_new ();
  g_signal_connect_object (self->consent_page, "jump-to-finding", G_CALLBACK (consent_jump_cb),
                           self, G_CONNECT_SWAPPED);
  if (self->kase != NULL)
    kasus_consent_page_set_case (self->consent_page, self->kase);
  gtk_box_append (self->consent_box, GTK_WIDGET (self->consent_page));

  return self->consent_page;
}

static gboolean
consent_idle_cb (gpointer user_data)
{
  KasusWindow *self = user_data;

  self->consent_idle_id = 0;
  ensure_consent_page (self);

  return G_SOURCE_REMOVE;
}

static gboolean
first_frame_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (widget);

  /* Ticks come before the frame is laid out and painted; the idle after. */
  if (self->consent_page == NULL && self->consent_idle_id == 0)
    self->consent_idle_id = g_idle_add_full (G_PRIORITY_LOW, consent_idle_cb, self, NULL);

  return G_SOURCE_REMOVE;
}

static void
section_row_activated_cb (KasusWindow *self, GtkListBoxRow *row)
{
  GtkWidget *target;

  if (!KASUS_IS_SECTION_ROW (row) ||
      !(target = kasus_section_row_get_target (KASUS_SECTION_ROW (row))))
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  /* The last sections cannot scroll to the top; keep the clicked one
   * selected rather than the one at the top. */
  self->activated_row = KASUS_SECTION_ROW (row);
  if (gtk_list_box_get_selected_row (self->sections_list) != row)
    gtk_list_box_select_row (self->sections_list, row);

  if (target == GTK_WIDGET (self->consent_box))
    ensure_consent_page (self);

  if (KASUS_IS_SECTION_EDITOR (target))
    gtk_widget_grab_focus (target);
  else
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
  reveal (self, target, -1);
}

static void
back_clicked_cb (KasusWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Keeps the sidebar's selection on the section in view. */
static void
scrolled_cb (KasusWindow *self, GtkAdjustment *adjustment)
{
  double         top = gtk_adjustment_get_value (adjustment) + 48;
  GtkListBoxRow *current = NULL;

  if (self->activated_row != NULL)
    {
      GtkWidget       *target = kasus_section_row_get_target (self->activated_row);
      graphene_point_t point;

      if (target != NULL &&
          gtk_widget_compute_point (target, GTK_WIDGET (self->clamp), &GRAPHENE_POINT_INIT (0, 0),
                                    &point) &&
          point.y >= gtk_adjustment_get_value (adjustment) - 1 &&
          point.y <
            gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment))
        return;
      self->activated_row = NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget       *target;
      graphene_point_t point;

      if (!KASUS_IS_SECTION_ROW (child) ||
          !(target = kasus_section_row_get_target (KASUS_SECTION_ROW (child))) ||
          !gtk_widget_compute_point (target, GTK_WIDGET (self->clamp), &GRAPHENE_POINT_INIT (0, 0),
                                     &point))
        continue;
      if (point.y > top && current != NULL)
        break;
      current = GTK_LIST_BOX_ROW (child);
    }

  if (current != NULL && gtk_list_box_get_selected_row (self->sections_list) != current)
    gtk_list_box_select_row (self->sections_list, current);
}

/* Findings */

static void
update_badge (KasusWindow *self)
{
  guint            n = kasus_findings_panel_get_n_open (self->findings_panel);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  text = n > 99 ? g_strdup ("99+") : g_strdup_printf ("%u", n);
  gtk_label_set_text (self->findings_badge, text);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_badge), n > 0);
  if (kasus_findings_panel_get_n_high (self->findings_panel) > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_badge), "high");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->findings_badge), "high");

  if (n == 0)
    tooltip = g_strdup (_ ("Findings (F9)"));
  else
    /* Translators: the tooltip of the findings button; %u is how many are open */
    tooltip = g_strdup_printf (ngettext ("Findings: %u open (F9)", "Findings: %u open (F9)", n), n);
  /* Setting a tooltip asks the display server where the pointer is:
   * not on every keystroke that changes no count. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->findings_button)), tooltip) != 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->findings_button), tooltip);
}

static gboolean
update_findings_idle_cb (gpointer user_data)
{
  KasusWindow   *self = user_data;
  GHashTableIter iter;
  gpointer       key;
  gint64         t0 = g_get_monotonic_time ();

  self->findings_idle_id = 0;

  g_hash_table_iter_init (&iter, self->stale_sections);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      KasusHighlighter   *highlighter = key;
      guint               index = kasus_highlighter_get_section_index (highlighter);
      KasusSectionEditor *editor = find_editor (self, index);

      kasus_findings_panel_update_section (self->findings_panel, index,
                                           kasus_highlighter_get_items (highlighter));
      if (editor != NULL)
        g_hash_table_add (self->stale_states, editor);
    }
  g_hash_table_remove_all (self->stale_sections);

  g_hash_table_iter_init (&iter, self->stale_states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    update_section_state (self, key);
  g_hash_table_remove_all (self->stale_states);

  if (self->fields_stale)
    {
      g_autoptr (GPtrArray) items = g_ptr_array_new ();

      self->fields_stale = FALSE;
      for (guint i = 0; i < self->field_checkers->len; i++)
        {
          GPtrArray *found =
            kasus_field_checker_get_items (g_ptr_array_index (self->field_checkers, i));

          g_ptr_array_extend (items, found, NULL, NULL);
        }
      kasus_findings_panel_update_section (self->findings_panel, FIELDS_PANEL_INDEX, items);
      update_details_state (self);
    }
  update_badge (self);
  self->main_usec += g_get_monotonic_time () - t0;

  return G_SOURCE_REMOVE;
}

static void
field_checker_changed_cb (KasusWindow *self)
{
  self->fields_stale = TRUE;
  if (self->findings_idle_id == 0)
    self->findings_idle_id =
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, update_findings_idle_cb, self, NULL);
}

static KasusFieldChecker *
field_checker_for (KasusWindow *self, KasusFindingItem *item)
{
  for (guint i = 0; i < self->field_checkers->len; i++)
    {
      KasusFieldChecker *checker = g_ptr_array_index (self->field_checkers, i);

      if (kasus_field_checker_lookup (checker, kasus_finding_item_get_id (item)) == item)
        return checker;
    }

  return NULL;
}

/* The exported metadata fields, checked as the sections are; their
 * findings carry the ids the template gives the fields, as readiness. */
static void
attach_field_checkers (KasusWindow *self)
{
  const struct
  {
    AdwEntryRow *row;
    const char  *key;
    const char  *fallback;
  } fields[] = {
    { self->title_row, "title", "title" },
    { self->patient_group_row, "patient_group", "patient-group" },
    { self->prior_analyses_row, "prior_analyses", "prior_analyses" },
  };

  g_ptr_array_set_size (self->field_checkers, 0);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char        *id = fields[i].fallback;
      KasusFieldChecker *checker;

      for (guint k = 0; self->template && k < kasus_template_get_n_sections (self->template); k++)
        {
          const KasusTemplateSection *section = kasus_template_get_section (self->template, k);

          if (g_strcmp0 (section->metadata_key, fields[i].key) == 0)
            id = section->id;
        }
      checker =
        kasus_field_checker_new (GTK_EDITABLE (fields[i].row), self->kase, FIELDS_PANEL_INDEX, id);
      g_signal_connect_object (checker, "changed", G_CALLBACK (field_checker_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->field_checkers, checker);
    }
}

static void
highlighter_changed_cb (KasusWindow *self, KasusHighlighter *highlighter)
{
  g_hash_table_add (self->stale_sections, highlighter);
  if (self->findings_idle_id == 0)
    self->findings_idle_id =
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, update_findings_idle_cb, self, NULL);
}

static void
field_checker_free (gpointer data)
{
  g_object_run_dispose (data);
  g_object_unref (data);
}

static void
highlighter_free (gpointer data)
{
  /* A scan may still hold it: let it go quiet now. */
  g_object_run_dispose (data);
  g_object_unref (data);
}

static KasusFindingItem *
lookup_item (KasusWindow *self, guint64 id, KasusSectionEditor **editor)
{
  for (guint i = 0; i < self->highlighters->len; i++)
    {
      KasusHighlighter *highlighter = g_ptr_array_index (self->highlighters, i);
      KasusFindingItem *item = kasus_highlighter_lookup (highlighter, id);

      if (item != NULL)
        {
          if (editor != NULL)
            *editor = find_editor (self, kasus_highlighter_get_section_index (highlighter));
          return item;
        }
    }

  for (guint i = 0; i < self->field_checkers->len; i++)
    {
      KasusFindingItem *item =
        kasus_field_checker_lookup (g_ptr_array_index (self->field_checkers, i), id);

      if (item != NULL)
        {
          if (editor != NULL)
            *editor = NULL;
          return item;
        }
    }

  return NULL;
}

/* A finding in a metadata field: focus it, select the text. */
static void
show_field_item (KasusWindow *self, KasusFindingItem *item, gboolean focus)
{
  KasusFieldChecker *checker = field_checker_for (self, item);
  GtkEditable       *editable;

  if (checker == NULL)
    return;

  editable = kasus_field_checker_get_editable (checker);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  scroll_to_widget (self, GTK_WIDGET (self->case_group));
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (editable));
  gtk_editable_select_region (editable, kasus_finding_item_get_start (item),
                              kasus_finding_item_get_end (item));
}

static void
scroll_to_offset (KasusWindow *self, KasusSectionEditor *editor, gint64 offset)
{
  GtkAdjustment  *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t area;
  double          page = gtk_adjustment_get_page_size (adjustment);
  double          value = gtk_adjustment_get_value (adjustment);

  if (!kasus_section_editor_get_offset_area (editor, offset, GTK_WIDGET (self->clamp), &area))
    return;

  /* Only when it is out of view, and then to a third of the way down. */
  if (area.origin.y >= value + 24 && area.origin.y + area.size.height <= value + page - 24)
    return;
  gtk_adjustment_set_value (adjustment, MAX (0, area.origin.y - page / 3));
}

static void
show_item (KasusWindow *self, KasusSectionEditor *editor, KasusFindingItem *item, gboolean focus)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  if (focus && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);

  kasus_section_editor_select_range (editor, kasus_finding_item_get_start (item),
                                     kasus_finding_item_get_end (item), focus);
  scroll_to_offset (self, editor, kasus_finding_item_get_start (item));
}

static void
item_selected_cb (KasusWindow *self, KasusFindingItem *item, KasusFindingsPanel *panel)
{
  KasusSectionEditor *editor;

  /* The item may be outdated by typing since: only live ones. */
  if (lookup_item (self, kasus_finding_item_get_id (item), &editor) != item)
    return;

  if (editor == NULL)
    show_field_item (self, item, FALSE);
  else
    show_item (self, editor, item, FALSE);
}

static void
apply_finding_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow                 *self = KASUS_WINDOW (user_data);
  KasusSectionEditor          *editor = NULL;
  KasusFindingItem            *item = lookup_item (self, g_variant_get_uint64 (param), &editor);
  g_autoptr (KasusFindingItem) hold = NULL;
  g_autofree char             *current = NULL;
  const char                  *suggestion;
  GtkTextBuffer               *buffer;
  GtkTextIter                  start, end;
  gint64                       offset;

  if (item == NULL || !(suggestion = kasus_finding_item_get_suggestion (item)))
    return;

  hold = g_object_ref (item);
  if (editor == NULL)
    {
      KasusFieldChecker *checker = field_checker_for (self, item);
      GtkEditable       *editable = checker ? kasus_field_checker_get_editable (checker) : NULL;
      const char        *text = editable ? gtk_editable_get_text (editable) : NULL;
      int                position = kasus_finding_item_get_start (item);

      if (text == NULL || kasus_finding_item_get_end (item) > g_utf8_strlen (text, -1))
        return;
      current = g_utf8_substring (text, kasus_finding_item_get_start (item),
                                  kasus_finding_item_get_end (item));
      if (g_strcmp0 (current, kasus_finding_item_get_text (item)) != 0)
        return;
      gtk_editable_delete_text (editable, kasus_finding_item_get_start (item),
                                kasus_finding_item_get_end (item));
      gtk_editable_insert_text (editable, suggestion, -1, &position);
      return;
    }

  buffer = kasus_section_editor_get_buffer (editor);
  offset = kasus_finding_item_get_start (item);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, kasus_finding_item_get_end (item));
  current = gtk_text_buffer_get_slice (buffer, &start, &end, TRUE);
  if (g_strcmp0 (current, kasus_finding_item_get_text (item)) != 0)
    return;

  /* One step to undo. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, suggestion, -1);
  gtk_text_buffer_end_user_action (buffer);

  gtk_text_buffer_place_cursor (buffer, &start);
  scroll_to_offset (self, editor, offset);
}

static void
edit_finding_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow        *self = KASUS_WINDOW (user_data);
  KasusSectionEditor *editor = NULL;
  KasusFindingItem   *item = lookup_item (self, g_variant_get_uint64 (param), &editor);

  if (item != NULL && editor != NULL)
    show_item (self, editor, item, TRUE);
  else if (item != NULL)
    show_field_item (self, item, TRUE);
}

static void
show_finding_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow      *self = KASUS_WINDOW (user_data);
  KasusFindingItem *item = lookup_item (self, g_variant_get_uint64 (param), NULL);

  if (item == NULL)
    return;

  adw_flap_set_reveal_flap (self->flap, TRUE);
  /* The panel may not list it yet. */
  update_findings_idle_cb (self);
  g_clear_handle_id (&self->findings_idle_id, g_source_remove);
  kasus_findings_panel_select (self->findings_panel, item);
}

typedef struct
{
  KasusWindow  *window; /* weak: the dialog may outlive it */
  char         *section;
  KasusCategory category;
  char         *text;
} AcceptData;

static void
accept_data_free (gpointer data)
{
  AcceptData *accept = data;

  g_clear_weak_pointer (&accept->window);
  g_free (accept->section);
  g_free (accept->text);
  g_free (accept);
}

static void
accept_response_cb (AdwMessageDialog *dialog, const char *response, AcceptData *accept)
{
  GtkEditable     *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "accept") || accept->window == NULL || accept->window->kase == NULL)
    return;

  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (reason[0] == '\0')
    return;

  kasus_case_accept_finding (accept->window->kase, accept->section, accept->category, accept->text,
                             reason);
}

static void
accept_reason_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", reason[0] != '\0');
}

static void
accept_finding_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow      *self = KASUS_WINDOW (user_data);
  KasusFindingItem *item = lookup_item (self, g_variant_get_uint64 (param), NULL);
  g_autofree char  *heading = NULL;
  AcceptData       *accept;
  GtkWidget        *dialog;
  GtkWidget        *entry;

  if (item == NULL)
    return;

  /* Translators: %s is the flagged text */
  heading = g_strdup_printf (_ ("Accept “%s”?"), kasus_finding_item_get_text (item));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _ ("Say why this text can stay as it is. The reason is kept "
                                      "in the case and shown to the reviewer. If the text "
                                      "changes, it is flagged again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"), "accept",
                                    _ ("_Accept"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "accept", FALSE);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry),
                                  _ ("Reason, e.g. “a common gene, no rare variant named”"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Reason"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (accept_reason_changed_cb), dialog);

  accept = g_new0 (AcceptData, 1);
  g_set_weak_pointer (&accept->window, self);
  accept->section = g_strdup (kasus_finding_item_get_section_id (item));
  accept->category = kasus_finding_item_get_category (item);
  accept->text = g_strdup (kasus_finding_item_get_text (item));
  g_object_set_data_full (G_OBJECT (dialog), "kasus-accept", accept, accept_data_free);
  g_signal_connect (dialog, "response", G_CALLBACK (accept_response_cb), accept);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
unaccept_finding_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow      *self = KASUS_WINDOW (user_data);
  KasusFindingItem *item = lookup_item (self, g_variant_get_uint64 (param), NULL);
  GPtrArray        *accepted;

  if (item == NULL || self->kase == NULL)
    return;

  accepted = kasus_case_get_accepted_findings (self->kase);
  for (guint i = 0; i < accepted->len; i++)
    {
      const KasusAcceptedFinding *finding = g_ptr_array_index (accepted, i);

      if (finding->category == kasus_finding_item_get_category (item) &&
          g_strcmp0 (finding->section, kasus_finding_item_get_section_id (item)) == 0 &&
          g_strcmp0 (finding->text, kasus_finding_item_get_text (item)) == 0)
        {
          kasus_case_unaccept_finding (self->kase, i);
          return;
        }
    }
}

/* A large case: sections below the first screenful get their text once
 * the window is up, one at a time, so that the first frame does not wait
 * for GTK to lay all of it out. */
#define LARGE_CASE_BYTES   (32 * 1024)
#define FIRST_SCREEN_BYTES (4 * 1024)

static void
fill_editor (KasusWindow *self, KasusSectionEditor *editor)
{
  self->loading++;
  kasus_section_editor_set_text (
    editor, kasus_case_get_section_text (self->kase, kasus_section_editor_get_case_index (editor)));
  self->loading--;
  gtk_text_view_set_editable (kasus_section_editor_get_text_view (editor), TRUE);
}

static gboolean
fill_idle_cb (gpointer user_data)
{
  KasusWindow                   *self = user_data;
  g_autoptr (KasusSectionEditor) editor = NULL;
  gint64                         t0;

  if (self->pending_fills->len == 0 || self->kase == NULL)
    {
      self->fill_idle_id = 0;
      return G_SOURCE_REMOVE;
    }

  editor = g_ptr_array_steal_index (self->pending_fills, 0);
  t0 = g_get_monotonic_time ();
  fill_editor (self, editor);
  self->main_usec += g_get_monotonic_time () - t0;

  if (self->pending_fills->len > 0)
    return G_SOURCE_CONTINUE;

  self->fill_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
cancel_fills (KasusWindow *self)
{
  g_clear_handle_id (&self->fill_idle_id, g_source_remove);
  if (self->pending_fills != NULL)
    g_ptr_array_set_size (self->pending_fills, 0);
}

/* Gives editor its text now if it still waits for it. */
static void
ensure_filled (KasusWindow *self, KasusSectionEditor *editor)
{
  guint index;

  if (self->kase == NULL || !g_ptr_array_find (self->pending_fills, editor, &index))
    return;

  fill_editor (self, editor);
  g_ptr_array_remove_index (self->pending_fills, index);
  if (self->pending_fills->len == 0)
    g_clear_handle_id (&self->fill_idle_id, g_source_remove);
}

static void
set_field_help (GtkMenuButton              *button,
                GtkLabel                   *label,
                AdwEntryRow                *row,
                const KasusTemplateSection *section)
{
  g_autofree char *help = NULL;

  /* The row keeps its title from the UI (a label, in the UI's language);
   * the template's prompt and guidance are case content, in the case's. */
  (void) row;

  if (!is_blank (section->prompt) && !is_blank (section->help))
    help = g_strdup_printf ("%s\n\n%s", section->prompt, section->help);
  else if (!is_blank (section->prompt))
    help = g_strdup (section->prompt);
  else if (!is_blank (section->help))
    help = g_strdup (section->help);

  gtk_label_set_text (label, help ? help : "");
  gtk_widget_set_visible (GTK_WIDGET (button), help != NULL);
}

/* Misspellings underlined, following the case and the spell-check
 * setting; the text view owns the checker. */
static void
attach_spell_checker (KasusWindow *self, KasusSectionEditor *editor)
{
  GtkApplication    *app = gtk_window_get_application (GTK_WINDOW (self));
  GtkTextView       *view = kasus_section_editor_get_text_view (editor);
  GSettings         *settings = get_settings (self);
  KasusSpellChecker *checker;

  if (!KASUS_IS_APPLICATION (app))
    return;

  checker = kasus_spell_checker_new (view, kasus_application_get_spell (KASUS_APPLICATION (app)));
  kasus_spell_checker_set_case (checker, self->kase);
  if (settings != NULL)
    g_settings_bind (settings, "spell-check", checker, "enabled", G_SETTINGS_BIND_GET);
  g_object_set_data_full (G_OBJECT (view), "kasus-spell-checker", checker, g_object_unref);
}

static void
rebuild_sections (KasusWindow *self)
{
  GtkWidget *child;
  gsize      filled, total;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))))
    gtk_box_remove (self->sections_box, child);
  self->activated_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_list))))
    gtk_list_box_remove (self->sections_list, child);
  g_ptr_array_set_size (self->editors, 0);
  g_hash_table_remove_all (self->stale_sections);
  g_hash_table_remove_all (self->stale_states);
  g_ptr_array_set_size (self->highlighters, 0);
  kasus_findings_panel_clear (self->findings_panel);
  kasus_findings_panel_add_section (self->findings_panel, FIELDS_PANEL_INDEX, _ ("Case Details"));
  cancel_fills (self);
  filled = 0;
  total = 0;
  for (guint i = 0; self->kase && i < kasus_case_get_n_sections (self->kase); i++)
    total += strlen (kasus_case_get_section_text (self->kase, i));

  self->details_row = kasus_section_row_new (_ ("Case Details"), GTK_WIDGET (self->case_group));
  gtk_list_box_append (self->sections_list, GTK_WIDGET (self->details_row));
  self->identifiers_row =
    kasus_section_row_new (_ ("Known Identifiers"), GTK_WIDGET (self->identifiers_group));
  self->consent_row = kasus_section_row_new (_ ("Consent"), GTK_WIDGET (self->consent_box));

  if (self->template == NULL)
    {
      gtk_list_box_append (self->sections_list, GTK_WIDGET (self->identifiers_row));
      gtk_list_box_append (self->sections_list, GTK_WIDGET (self->consent_row));
      return;
    }

  for (guint i = 0; i < kasus_template_get_n_sections (self->template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (self->template, i);
      KasusSectionEditor         *editor;
      KasusHighlighter           *highlighter;
      GtkTextBuffer              *buffer;
      const char                 *text;
      int                         index;

      if (section->metadata_key != NULL)
        {
          if (g_str_equal (section->metadata_key, "title"))
            set_field_help (self->title_help_button, self->title_help_label, self->title_row,
                            section);
          else if (g_str_equal (section->metadata_key, "patient_group"))
            set_field_help (self->patient_group_help_button, self->patient_group_help_label,
                            self->patient_group_row, section);
          continue;
        }

      index = kasus_case_find_section (self->kase, section->id);
      if (index < 0)
        {
          g_warning ("The case has no section “%s” of template “%s”", section->id,
                     kasus_template_get_id (self->template));
          continue;
        }

      editor = kasus_section_editor_new (section, index);
      buffer = kasus_section_editor_get_buffer (editor);
      text = kasus_case_get_section_text (self->kase, index);
      if (total > LARGE_CASE_BYTES && filled > FIRST_SCREEN_BYTES && !is_blank (text))
        {
          gtk_text_view_set_editable (kasus_section_editor_get_text_view (editor), FALSE);
          g_ptr_array_add (self->pending_fills, g_object_ref (editor));
        }
      else
        {
          kasus_section_editor_set_text (editor, text);
          filled += strlen (text ? text : "");
        }
      attach_spell_checker (self, editor);
      g_object_set_data (G_OBJECT (buffer), "kasus-section-editor", editor);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), self,
                               G_CONNECT_SWAPPED);

      /* Scans it in a worker: the window is usable at once. */
      highlighter = kasus_highlighter_new (buffer, self->kase, index, section->id);
      kasus_section_editor_set_highlighter (editor, highlighter);
      g_signal_connect_object (highlighter, "changed", G_CALLBACK (highlighter_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_ptr_array_add (self->highlighters, highlighter);
      kasus_findings_panel_add_section (self->findings_panel, index, section->title);

      gtk_box_append (self->sections_box, GTK_WIDGET (editor));
      g_ptr_array_add (self->editors, editor);
      gtk_list_box_append (self->sections_list, GTK_WIDGET (kasus_section_row_new (
                                                  section->title, GTK_WIDGET (editor))));
      update_section_state (self, editor);
    }

  gtk_list_box_append (self->sections_list, GTK_WIDGET (self->identifiers_row));
  gtk_list_box_append (self->sections_list, GTK_WIDGET (self->consent_row));

  if (self->pending_fills->len > 0)
    self->fill_idle_id = g_idle_add_full (G_PRIORITY_LOW, fill_idle_cb, self, NULL);
}

void
kasus_window_set_case (KasusWindow *self, KasusCase *kase, GFile *file)
{
  g_autoptr (GError) error = NULL;

  g_return_if_fail (KASUS_IS_WINDOW (self));
  g_return_if_fail (KASUS_IS_CASE (kase));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  self->loading++;

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  g_set_object (&self->kase, kase);
  set_file (self, file);
  g_clear_object (&self->template);

  self->template = kasus_template_new_default (kasus_case_get_language (kase), &error);
  if (self->template == NULL)
    g_critical ("The case template could not be loaded: %s", error->message);

  sync_fields (self);

  g_free (self->known_print);
  self->known_print = known_fingerprint (kase);
  g_free (self->accepted_print);
  self->accepted_print = accepted_fingerprint (kase);
  rebuild_sections (self);
  attach_field_checkers (self);
  update_badge (self);
  kasus_identifiers_group_set_case (self->identifiers_group, kase);
  if (self->consent_page != NULL)
    kasus_consent_page_set_case (self->consent_page, kase);
  kasus_autosave_set_case (self->autosave, kase, file);

  g_signal_connect_object (kase, "changed", G_CALLBACK (case_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (kase, "section-changed", G_CALLBACK (case_section_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->modified = FALSE;
  self->loading--;

  update_title (self);
  update_details_state (self);
  update_identifiers_state (self);
  update_consent_state (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_list_box_select_row (self->sections_list, GTK_LIST_BOX_ROW (self->details_row));

  if (file != NULL)
    remember_file (self, file);
}

void
kasus_window_recover_draft (KasusWindow *self, KasusCase *kase, GFile *file, GFile *draft)
{
  g_autoptr (GError) error = NULL;
  GFile             *new_draft;

  g_return_if_fail (KASUS_IS_WINDOW (self));
  g_return_if_fail (KASUS_IS_CASE (kase));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (G_IS_FILE (draft));

  kasus_window_set_case (self, kase, file);
  set_modified (self, TRUE);

  /* The draft of a case never saved had a name of its own: write the
   * text under the new one before letting the old one go. */
  new_draft = kasus_autosave_get_draft (self->autosave);
  if (new_draft != NULL && !g_file_equal (new_draft, draft))
    {
      if (kasus_autosave_flush (self->autosave, &error))
        kasus_autosave_delete_draft (draft);
      else
        g_warning ("The recovered draft could not be written again: %s", error->message);
    }

  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_ ("Unsaved changes recovered")));
}

gboolean
kasus_window_get_busy (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), FALSE);

  if (self->findings_idle_id != 0 || self->fill_idle_id != 0)
    return TRUE;
  for (guint i = 0; i < self->highlighters->len; i++)
    if (kasus_highlighter_is_busy (g_ptr_array_index (self->highlighters, i)))
      return TRUE;
  for (guint i = 0; i < self->field_checkers->len; i++)
    if (kasus_field_checker_is_busy (g_ptr_array_index (self->field_checkers, i)))
      return TRUE;

  return FALSE;
}

gint64
kasus_window_get_main_usec (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), 0);

  return self->main_usec;
}

KasusFindingsPanel *
kasus_window_get_findings_panel (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), NULL);

  return self->findings_panel;
}

KasusHighlighter *
kasus_window_get_highlighter (KasusWindow *self, guint section_index)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), NULL);

  for (guint i = 0; i < self->highlighters->len; i++)
    {
      KasusHighlighter *highlighter = g_ptr_array_index (self->highlighters, i);

      if (kasus_highlighter_get_section_index (highlighter) == section_index)
        return highlighter;
    }

  return NULL;
}

KasusCase *
kasus_window_get_case (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), NULL);

  return self->kase;
}

GFile *
kasus_window_get_file (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
kasus_window_get_modified (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), FALSE);

  return self->modified;
}

KasusAutosave *
kasus_window_get_autosave (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), NULL);

  return self->autosave;
}

gboolean
kasus_window_is_pristine (KasusWindow *self)
{
  g_return_val_if_fail (KASUS_IS_WINDOW (self), FALSE);

  return self->file == NULL && !self->modified;
}

static void
remember_file (KasusWindow *self, GFile *file)
{
  g_autofree char  *uri = g_file_get_uri (file);
  g_autoptr (GFile) parent = g_file_get_parent (file);
  GSettings        *settings = get_settings (self);
  GtkRecentData     data = {
        .display_name = NULL,
        .description = NULL,
        .mime_type = (char *) "application/x-kasus",
        .app_name = (char *) g_get_application_name (),
        .app_exec = (char *) "kasus %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);

  if (settings != NULL && parent != NULL)
    {
      g_autofree char *path = g_file_get_path (parent);

      if (path != NULL)
        g_settings_set_string (settings, "recent-folder", path);
    }
}

void
kasus_window_show_open_error (KasusWindow *self, GFile *file, const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  g_return_if_fail (KASUS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (error != NULL);

  name = dup_display_path (file);
  body =
    g_strdup_printf (_ ("“%s” could not be opened.\n\n%s\n\nThe case in this window is unchanged."),
                     name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Open the Case"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kasus_window_open_file (KasusWindow *self, GFile *file)
{
  g_autoptr (GError)    error = NULL;
  g_autoptr (KasusCase) kase = NULL;

  g_return_val_if_fail (KASUS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  kase = kasus_case_new_from_file (file, &error);
  if (kase == NULL)
    {
      kasus_window_show_open_error (self, file, error);
      return FALSE;
    }

  kasus_window_set_case (self, kase, file);

  return TRUE;
}

static void
save_error_response_cb (KasusWindow *self, const char *response, AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "save-as"))
    save_as_action (NULL, NULL, self);
  else
    self->close_after_save = FALSE;
}

static void
show_save_error (KasusWindow *self, GFile *file, const GError *error)
{
  g_autofree char *name = dup_display_path (file);
  g_autofree char *body = NULL;
  GtkWidget       *dialog;

  body = g_strdup_printf (_ ("The case could not be saved as “%s”.\n\n%s\n\n"
                             "Your text is still here. Save it somewhere else with Save As."),
                          name, error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _ ("Could Not Save the Case"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "close", _ ("_Close"), "save-as",
                                    _ ("Save _As…"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_error_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
kasus_window_save_to_file (KasusWindow *self, GFile *file, GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFile)  target = NULL;

  g_return_val_if_fail (KASUS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->kase == NULL)
    return TRUE;

  /* file may be self->file, which a failed dialog or a new file replaces. */
  target = g_object_ref (file);
  if (!kasus_case_save (self->kase, target, &local_error))
    {
      self->close_after_save = FALSE;
      show_save_error (self, target, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The file holds it all now: no draft, and later drafts go by the new name. */
  kasus_autosave_discard (self->autosave);
  if (self->file == NULL || !g_file_equal (self->file, target))
    kasus_autosave_set_case (self->autosave, self->kase, target);
  set_file (self, target);
  self->modified = FALSE;
  update_title (self);
  remember_file (self, target);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_ ("Saved")));

  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      self->force_close = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }

  return TRUE;
}

static GtkFileFilter *
new_case_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Kasus Cases"));
  gtk_file_filter_add_pattern (filter, "*.kasus");

  return filter;
}

static GtkFileChooserNative *
new_chooser (KasusWindow         *self,
             const char          *title,
             GtkFileChooserAction action,
             const char          *accept_label)
{
  GtkFileChooserNative     *chooser;
  GSettings                *settings = get_settings (self);
  g_autoptr (GtkFileFilter) filter = new_case_filter ();

  chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _ ("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (settings != NULL)
    {
      g_autofree char *folder = g_settings_get_string (settings, "recent-folder");

      if (folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GFile) dir = g_file_new_for_path (folder);

          gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL);
        }
    }

  return chooser;
}

static void
open_response_cb (KasusWindow *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;
  GtkApplication   *app;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      app = gtk_window_get_application (GTK_WINDOW (self));
      if (KASUS_IS_APPLICATION (app))
        kasus_application_open_file (KASUS_APPLICATION (app), file, GTK_WINDOW (self));
      else if (kasus_window_is_pristine (self))
        kasus_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (user_data);

  if (self->chooser != NULL)
    return;

  self->chooser = new_chooser (self, _ ("Open Case"), GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"));
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_recent_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow      *self = KASUS_WINDOW (user_data);
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  GtkApplication   *app = gtk_window_get_application (GTK_WINDOW (self));

  if (KASUS_IS_APPLICATION (app))
    kasus_application_open_file (KASUS_APPLICATION (app), file, GTK_WINDOW (self));
  else if (kasus_window_is_pristine (self))
    kasus_window_open_file (self, file);
}

static void
save_as_response_cb (KasusWindow *self, int response, GtkFileChooserNative *chooser)
{
  g_autoptr (GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    {
      g_autofree char *basename = g_file_get_basename (file);

      if (!g_str_has_suffix (basename, ".kasus"))
        {
          g_autofree char  *name = g_strconcat (basename, ".kasus", NULL);
          g_autoptr (GFile) parent = g_file_get_parent (file);

          g_object_unref (file);
          file = g_file_get_child (parent, name);
        }
      kasus_window_save_to_file (self, file, NULL);
    }
  else
    self->close_after_save = FALSE;

  g_clear_object (&self->chooser);
}

/* A file name from the title, without what file systems dislike. */
static char *
suggest_file_name (KasusWindow *self)
{
  const char      *title = self->kase ? kasus_case_get_title (self->kase) : NULL;
  g_autofree char *name = NULL;

  if (is_blank (title))
    title = _ ("Untitled Case");

  name = g_strstrip (g_strdup (title));
  g_strdelimit (name, "/\\:*?\"<>|", '-');

  return g_strconcat (name, ".kasus", NULL);
}

static void
save_as_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (user_data);

  if (self->chooser != NULL)
    return;

  self->chooser = new_chooser (self, _ ("Save Case"), GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Save"));
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), self->file, NULL);
  else
    {
      g_autofree char *name = suggest_file_name (self);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (save_as_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (user_data);

  if (self->file == NULL)
    save_as_action (NULL, NULL, self);
  else
    kasus_window_save_to_file (self, self->file, NULL);
}

static void
close_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
export_pdf_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow       *self = KASUS_WINDOW (user_data);
  KasusExportDialog *dialog;

  if (self->kase == NULL)
    return;

  dialog = kasus_export_dialog_new (GTK_WINDOW (self), self->kase, self->file);
  kasus_export_dialog_set_toast_overlay (dialog, self->toast_overlay);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (user_data);

  if (self->kase != NULL)
    kasus_print_operation_print_case (GTK_WINDOW (self), self->kase);
}

static void
preview_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow *self = KASUS_WINDOW (user_data);

  if (self->kase != NULL)
    kasus_preview_window_present_case (GTK_WINDOW (self), self->kase, self->file);
}

/* The metadata row that shows the field key (a template metadata key,
 * or an id the readiness and the consent page use for a field). */
static GtkWidget *
find_field_row (KasusWindow *self, const char *key)
{
  if (key == NULL)
    return NULL;
  if (g_str_equal (key, KASUS_READINESS_SECTION_ANALYSIS))
    return GTK_WIDGET (self->analysis_row);
  if (g_str_equal (key, "title"))
    return GTK_WIDGET (self->title_row);
  if (g_str_equal (key, "patient_group") || g_str_equal (key, "patient-group"))
    return GTK_WIDGET (self->patient_group_row);
  if (g_str_equal (key, "prior_analyses"))
    return GTK_WIDGET (self->prior_analyses_row);
  if (g_str_equal (key, KASUS_CONSENT_PAGE_SECTION_AUTHOR))
    return GTK_WIDGET (self->author_row);
  if (g_str_equal (key, "department"))
    return GTK_WIDGET (self->department_row);
  if (g_str_equal (key, "region"))
    return GTK_WIDGET (self->region_row);
  return NULL;
}

/* Shows the field or section id (a template section id, or one of
 * find_field_row()'s) and moves the focus there; with start >= 0 the
 * text [start, end) (code points) in it is selected and scrolled to.
 * What the export dialog's reasons and the consent page's "Show" lead to. */
static void
show_section (KasusWindow *self, const char *id, gint64 start, gint64 end)
{
  const KasusTemplateSection *section = NULL;
  const char                 *key = id;
  KasusSectionEditor         *editor = NULL;
  GtkWidget                  *target;
  KasusSectionRow            *row;
  int                         index;

  if (self->kase == NULL || id == NULL)
    return;

  /* A text section's id is no field's, even where the names agree. */
  if (self->template != NULL && (section = kasus_template_find_section (self->template, id)))
    key = section->metadata_key;

  if (!(target = find_field_row (self, key)) &&
      (index = kasus_case_find_section (self->kase, id)) >= 0 &&
      (editor = find_editor (self, index)))
    target = GTK_WIDGET (editor);
  if (target == NULL)
    return;

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);

  row = find_row_for (self, editor ? target : GTK_WIDGET (self->case_group));
  self->activated_row = row;
  if (row != NULL && gtk_list_box_get_selected_row (self->sections_list) != GTK_LIST_BOX_ROW (row))
    gtk_list_box_select_row (self->sections_list, GTK_LIST_BOX_ROW (row));

  if (editor != NULL)
    {
      gint64 n_chars;

      ensure_filled (self, editor);
      n_chars = gtk_text_buffer_get_char_count (kasus_section_editor_get_buffer (editor));
      if (start < 0 || start > n_chars)
        {
          gtk_widget_grab_focus (target);
          reveal (self, target, -1);
          return;
        }
      end = CLAMP (end, start, n_chars);
      kasus_section_editor_select_range (editor, start, end, TRUE);
      reveal (self, target, start);
      return;
    }

  gtk_widget_grab_focus (target);
  if (start >= 0 && GTK_IS_EDITABLE (target))
    {
      gint64 n_chars = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (target)), -1);

      if (start <= n_chars)
        gtk_editable_select_region (GTK_EDITABLE (target), start, CLAMP (end, start, n_chars));
    }
  reveal (self, target, -1);
}

/* A link to a field or section by id (the export dialog's reasons). */
static void
goto_section_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  show_section (KASUS_WINDOW (user_data), g_variant_get_string (param, NULL), -1, -1);
}

/* The consent page, at the checklist item the parameter names ("" for
 * the page as a whole). */
static void
show_consent_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  KasusWindow      *self = KASUS_WINDOW (user_data);
  const char       *item_id = g_variant_get_string (param, NULL);
  KasusConsentPage *page;
  GtkWidget        *item_row;

  if (self->consent_row == NULL)
    return;

  page = ensure_consent_page (self);
  section_row_activated_cb (self, GTK_LIST_BOX_ROW (self->consent_row));
  if (item_id[0] != '\0' && (item_row = kasus_consent_page_focus_item (page, item_id)))
    reveal (self, item_row, -1);
}

static void
no_recent_action (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  /* The "No Recent Cases" item: there to be seen, insensitive. */
}

static void
rebuild_recent_menu (KasusWindow *self)
{
  GtkRecentManager     *manager = gtk_recent_manager_get_default ();
  GList                *items = gtk_recent_manager_get_items (manager);
  g_autoptr (GPtrArray) cases = g_ptr_array_new ();

  for (GList *l = items; l; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (g_str_has_suffix (gtk_recent_info_get_uri (info), ".kasus") &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (cases, info);
    }

  g_menu_remove_all (self->recent_menu);

  for (guint i = 0; i < cases->len; i++)
    for (guint j = i + 1; j < cases->len; j++)
      {
        GtkRecentInfo *a = g_ptr_array_index (cases, i);
        GtkRecentInfo *b = g_ptr_array_index (cases, j);

        if (g_date_time_compare (gtk_recent_info_get_modified (a),
                                 gtk_recent_info_get_modified (b)) < 0)
          {
            cases->pdata[i] = b;
            cases->pdata[j] = a;
          }
      }

  for (guint i = 0; i < MIN (cases->len, MAX_RECENT); i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (cases, i);
      g_auto (GStrv) parts = g_strsplit (gtk_recent_info_get_display_name (info), "_", -1);
      g_autofree char      *label = g_strjoinv ("__", parts);
      g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (
        item, "win.open-recent", g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }

  if (cases->len == 0)
    {
      g_autoptr (GMenuItem) item = g_menu_item_new (_ ("No Recent Cases"), "win.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static const GActionEntry win_actions[] = {
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "save", save_action },
  { "save-as", save_as_action },
  { "close", close_action },
  { "export-pdf", export_pdf_action },
  { "print", print_action },
  { "preview", preview_action },
  { "goto-section", goto_section_action, "s" },
  { "show-consent", show_consent_action, "s" },
  { "no-recent", no_recent_action },
  { "apply-finding", apply_finding_action, "t" },
  { "edit-finding", edit_finding_action, "t" },
  { "accept-finding", accept_finding_action, "t" },
  { "unaccept-finding", unaccept_finding_action, "t" },
  { "show-finding", show_finding_action, "t" },
};

static const char *const disabled_actions[] = { "no-recent" };

static void
save_window_state (KasusWindow *self)
{
  GSettings *settings = get_settings (self);
  int        width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static void
close_response_cb (KasusWindow *self, const char *response, AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->force_close = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->file != NULL)
        kasus_window_save_to_file (self, self->file, NULL);
      else
        save_as_action (NULL, NULL, self);
    }
}

static gboolean
kasus_window_close_request (GtkWindow *window)
{
  KasusWindow *self = KASUS_WINDOW (window);

  if (self->modified && !self->force_close)
    {
      g_autofree char *body = NULL;
      GtkWidget       *dialog;

      body = g_strdup_printf (_ ("“%s” has unsaved changes. If you don’t save, "
                                 "your changes will be lost."),
                              get_display_title (self));
      dialog = adw_message_dialog_new (window, _ ("Save Changes?"), body);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _ ("_Cancel"),
                                        "discard", _ ("_Discard"), "save", _ ("_Save"), NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  save_window_state (self);
  kasus_autosave_discard (self->autosave);

  return GTK_WINDOW_CLASS (kasus_window_parent_class)->close_request (window);
}

KasusWindow *
kasus_window_new (KasusApplication *application)
{
  KasusWindow *self;
  GSettings   *settings;

  g_return_val_if_fail (application == NULL || KASUS_IS_APPLICATION (application), NULL);

  self = g_object_new (KASUS_TYPE_WINDOW, "application", application, NULL);

  if ((settings = get_settings (self)))
    {
      int width = g_settings_get_int (settings, "window-width");
      int height = g_settings_get_int (settings, "window-height");

      if (width > 0 && height > 0)
        gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  return self;
}

static void
kasus_window_dispose (GObject *object)
{
  KasusWindow *self = KASUS_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);
  g_clear_handle_id (&self->findings_idle_id, g_source_remove);
  g_clear_handle_id (&self->consent_idle_id, g_source_remove);
  cancel_reveal (self);
  cancel_fills (self);
  /* The page goes with the template's children. */
  self->consent_page = NULL;
  if (self->stale_sections != NULL)
    g_hash_table_remove_all (self->stale_sections);
  if (self->stale_states != NULL)
    g_hash_table_remove_all (self->stale_states);
  if (self->highlighters != NULL)
    g_ptr_array_set_size (self->highlighters, 0);
  if (self->field_checkers != NULL)
    g_ptr_array_set_size (self->field_checkers, 0);

  gtk_widget_dispose_template (GTK_WIDGET (self), KASUS_TYPE_WINDOW);

  G_OBJECT_CLASS (kasus_window_parent_class)->dispose (object);
}

static void
kasus_window_finalize (GObject *object)
{
  KasusWindow *self = KASUS_WINDOW (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->template);
  g_clear_object (&self->file);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->highlighters, g_ptr_array_unref);
  g_clear_pointer (&self->field_checkers, g_ptr_array_unref);
  g_clear_pointer (&self->pending_fills, g_ptr_array_unref);
  g_clear_pointer (&self->stale_sections, g_hash_table_unref);
  g_clear_pointer (&self->stale_states, g_hash_table_unref);
  g_clear_pointer (&self->known_print, g_free);
  g_clear_pointer (&self->accepted_print, g_free);
  g_clear_object (&self->autosave);

  G_OBJECT_CLASS (kasus_window_parent_class)->finalize (object);
}

static void
kasus_window_class_init (KasusWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kasus_window_dispose;
  object_class->finalize = kasus_window_finalize;

  window_class->close_request = kasus_window_close_request;

  g_type_ensure (KASUS_TYPE_CULLING_BIN);
  g_type_ensure (KASUS_TYPE_IDENTIFIERS_GROUP);
  g_type_ensure (KASUS_TYPE_FINDINGS_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kasus-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, sections_list);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, clamp);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, case_group);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, title_help_button);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, title_help_label);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, patient_group_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, patient_group_help_button);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, patient_group_help_label);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, analysis_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, analysis_warning);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, prior_analyses_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, department_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, show_author_switch);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, sections_box);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, identifiers_group);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, consent_box);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, findings_button);
  gtk_widget_class_bind_template_child (widget_class, KasusWindow, findings_badge);
  gtk_widget_class_bind_template_callback (widget_class, section_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, analysis_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_author_cb);
}

static void
kasus_window_init (KasusWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_tick_callback (GTK_WIDGET (self), first_frame_tick_cb, NULL, NULL);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  self->editors = g_ptr_array_new ();
  self->highlighters = g_ptr_array_new_with_free_func (highlighter_free);
  self->field_checkers = g_ptr_array_new_with_free_func (field_checker_free);
  self->stale_sections = g_hash_table_new (NULL, NULL);
  self->stale_states = g_hash_table_new (NULL, NULL);
  self->pending_fills = g_ptr_array_new_with_free_func (g_object_unref);
  self->autosave = kasus_autosave_new ();

  self->fields[FIELD_TITLE] = self->title_row;
  self->fields[FIELD_PATIENT_GROUP] = self->patient_group_row;
  self->fields[FIELD_PRIOR_ANALYSES] = self->prior_analyses_row;
  self->fields[FIELD_AUTHOR] = self->author_row;
  self->fields[FIELD_DEPARTMENT] = self->department_row;
  self->fields[FIELD_REGION] = self->region_row;
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_object_set_data (G_OBJECT (self->fields[i]), "kasus-field", GUINT_TO_POINTER (i));
      g_signal_connect_object (self->fields[i], "changed", G_CALLBACK (field_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (disabled_actions); i++)
    g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), disabled_actions[i])),
      FALSE);

  {
    g_autoptr (GPropertyAction) show_findings =
      g_property_action_new ("show-findings", self->flap, "reveal-flap");

    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_findings));
  }
  g_signal_connect_object (self->findings_panel, "item-selected", G_CALLBACK (item_selected_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
  update_title (self);
}
