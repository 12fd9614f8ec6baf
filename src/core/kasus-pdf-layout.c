/* kasus-pdf-layout.c — a case paginated into pages, painted onto any cairo_t
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "kasus-pdf-layout.h"
#include "kasus-pdf-private.h"
#include "kasus-template.h"

/* Typography, in points (the family and colours: kasus-pdf-private.h). */
#define BODY_SIZE    10.5
#define BODY_SPACING 3.6
#define HEADING_SIZE 12.5
#define TITLE_SIZE   22.0
#define SMALL_SIZE   8.0
#define LABEL_COLUMN 128.0

#define COLOR_TEXT      KASUS_PDF_COLOR_TEXT
#define COLOR_MUTED     KASUS_PDF_COLOR_MUTED
#define COLOR_ACCENT    KASUS_PDF_COLOR_ACCENT
#define COLOR_RULE      KASUS_PDF_COLOR_RULE
#define COLOR_WATERMARK 0xb03a2e

static const KasusPdfLabels labels_da = {
  .network = "Det nationale netværk for helgenomsekventering",
  .kind = "Patientcase",
  .untitled = "Uden titel",
  .draft = "UDKAST",
  .patient_group = "Patientgruppe",
  .analysis = "Analyse",
  .analysis_wgs = "Helgenomsekventering (WGS)",
  .analysis_wes = "Exomsekventering (WES)",
  .analysis_unset = "Ikke angivet",
  .prior_analyses = "Tidligere analyser",
  .author = "Forfatter",
  .department = "Afdeling",
  .bundle_kind = "Samling af patientcases",
  .n_cases = "Antal cases",
  .date = "Dato",
  .contents = "Indhold",
  .months = { "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
              "oktober", "november", "december" },
};

static const KasusPdfLabels labels_en = {
  .network = "The national network for whole-genome sequencing",
  .kind = "Patient case",
  .untitled = "Untitled",
  .draft = "DRAFT",
  .patient_group = "Patient group",
  .analysis = "Analysis",
  .analysis_wgs = "Whole-genome sequencing (WGS)",
  .analysis_wes = "Whole-exome sequencing (WES)",
  .analysis_unset = "Not stated",
  .prior_analyses = "Prior analyses",
  .author = "Author",
  .department = "Department",
  .bundle_kind = "Collection of patient cases",
  .n_cases = "Number of cases",
  .date = "Date",
  .contents = "Contents",
  .months = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December" },
};

const KasusPdfLabels *
_kasus_pdf_labels (KasusLanguage language)
{
  return language == KASUS_LANGUAGE_EN ? &labels_en : &labels_da;
}

char *
_kasus_pdf_format_page_number (KasusLanguage language, guint number, guint total)
{
  if (language == KASUS_LANGUAGE_EN)
    return g_strdup_printf ("Page %u of %u", number, total);
  return g_strdup_printf ("Side %u af %u", number, total);
}

char *
_kasus_pdf_format_date (KasusLanguage language, GDateTime *date)
{
  const KasusPdfLabels *labels = _kasus_pdf_labels (language);
  int                   day = g_date_time_get_day_of_month (date);
  int                   month = g_date_time_get_month (date);
  int                   year = g_date_time_get_year (date);

  if (language == KASUS_LANGUAGE_EN)
    return g_strdup_printf ("%d %s %d", day, labels->months[month - 1], year);
  return g_strdup_printf ("%d. %s %d", day, labels->months[month - 1], year);
}

void
kasus_pdf_page_setup_init_a4 (KasusPdfPageSetup *setup)
{
  g_return_if_fail (setup != NULL);

  setup->width = KASUS_PDF_A4_WIDTH;
  setup->height = KASUS_PDF_A4_HEIGHT;
  setup->margin_top = 76.0;
  setup->margin_bottom = 72.0;
  setup->margin_left = 70.0;
  setup->margin_right = 70.0;
}

typedef enum
{
  ITEM_TEXT,
  ITEM_RULE,
} ItemKind;

typedef struct
{
  ItemKind     kind;
  PangoLayout *layout; /* ITEM_TEXT */
  int          line;   /* -1: the whole layout, (x, y) its top-left */
  double       x, y;   /* a line: origin on the baseline; a rule: start */
  double       x2, y2; /* a rule: end */
  double       width;  /* a rule: line width */
  guint32      color;
  guint        link_page; /* 1-based page of the document; 0 none */
} Item;

typedef struct
{
  GArray  *items;  /* Item */
  gboolean header; /* running header with the title */
  gboolean footer; /* page number */
} Page;

struct _KasusPdfLayout
{
  GObject parent_instance;

  KasusPdfPageSetup setup;
  KasusPdfFlags     flags;
  KasusLanguage     language;
  char             *title;
  char             *subject;
  GPtrArray        *pages; /* Page */
  guint             first_number;
  guint             total;

  PangoContext *context;
  GRegex       *redact; /* known identifiers, or NULL */
};

G_DEFINE_FINAL_TYPE (KasusPdfLayout, kasus_pdf_layout, G_TYPE_OBJECT)

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->items);
  g_free (page);
}

static void
kasus_pdf_layout_finalize (GObject *object)
{
  KasusPdfLayout *self = KASUS_PDF_LAYOUT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->redact, g_regex_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (kasus_pdf_layout_parent_class)->finalize (object);
}

static void
kasus_pdf_layout_class_init (KasusPdfLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_pdf_layout_finalize;
}

static void
kasus_pdf_layout_init (KasusPdfLayout *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->first_number = 1;
}

static KasusPdfLayout *
layout_new (const KasusPdfPageSetup *setup, KasusPdfFlags flags, KasusLanguage language)
{
  KasusPdfLayout *self = g_object_new (KASUS_TYPE_PDF_LAYOUT, NULL);

  if (setup != NULL)
    self->setup = *setup;
  else
    kasus_pdf_page_setup_init_a4 (&self->setup);
  self->flags = flags;
  self->language = language == KASUS_LANGUAGE_EN ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;

  /* Metrics independent of any device: the same breaks on paper, in the
   * PDF and on screen. One user unit is one point. */
  self->context = _kasus_pdf_context_new (self->language);

  return self;
}

/* ------------------------------------------------------------------ */
/* Text */

typedef KasusPdfTextStyle TextStyle;

static const TextStyle style_body = { BODY_SIZE, PANGO_WEIGHT_NORMAL, COLOR_TEXT, BODY_SPACING, 0,
                                      FALSE };
static const TextStyle style_heading = { HEADING_SIZE, PANGO_WEIGHT_BOLD, COLOR_ACCENT, 2.0, 0,
                                         FALSE };
static const TextStyle style_title = { TITLE_SIZE, PANGO_WEIGHT_BOLD, COLOR_TEXT, 3.0, 0, FALSE };
static const TextStyle style_kicker = KASUS_PDF_STYLE_KICKER;
static const TextStyle style_label = KASUS_PDF_STYLE_LABEL;
static const TextStyle style_meta = KASUS_PDF_STYLE_META;
static const TextStyle style_small = {
  SMALL_SIZE, PANGO_WEIGHT_NORMAL, COLOR_MUTED, 0, 0.2, FALSE
};

static char *
redact (KasusPdfLayout *self, const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (self->redact == NULL)
    return g_strdup (text);
  return g_regex_replace_literal (self->redact, text, -1, 0, KASUS_PDF_REDACTED, 0, NULL);
}

typedef struct
{
  double top; /* of the line's share of the layout */
  double height;
  double baseline; /* from top */
  double x;
} LineMetrics;

static GArray *
line_metrics (PangoLayout *layout)
{
  GArray          *lines = g_array_new (FALSE, FALSE, sizeof (LineMetrics));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      LineMetrics    m;
      PangoRectangle logical;
      int            y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      m.top = pango_units_to_double (y0);
      m.height = pango_units_to_double (y1 - y0);
      m.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - y0);
      m.x = pango_units_to_double (logical.x);
      g_array_append_val (lines, m);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return lines;
}

/* ------------------------------------------------------------------ */
/* Flow: places blocks top to bottom, page after page */

typedef struct
{
  KasusPdfLayout *self;
  Page           *page;
  double          y;
  gboolean        at_top; /* nothing placed on this page yet */
} Flow;

static double
flow_bottom (Flow *flow)
{
  return flow->self->setup.height - flow->self->setup.margin_bottom;
}

static void
flow_new_page (Flow *flow)
{
  Page *page = g_new0 (Page, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (page->items, item_clear);
  page->header = flow->self->pages->len > 0;
  page->footer = TRUE;
  g_ptr_array_add (flow->self->pages, page);

  flow->page = page;
  flow->y = flow->self->setup.margin_top;
  flow->at_top = TRUE;
}

static void
flow_init (Flow *flow, KasusPdfLayout *self)
{
  flow->self = self;
  flow_new_page (flow);
}

static void
page_add_line (Page        *page,
               PangoLayout *layout,
               int          line,
               double       x,
               double       y,
               guint32      color,
               guint        link_page)
{
  Item item = { 0 };

  item.kind = ITEM_TEXT;
  item.layout = g_object_ref (layout);
  item.line = line;
  item.x = x;
  item.y = y;
  item.color = color;
  item.link_page = link_page;
  g_array_append_val (page->items, item);
}

static void
page_add_rule (Page *page, double x1, double y1, double x2, double y2, double width, guint32 color)
{
  Item item = { 0 };

  item.kind = ITEM_RULE;
  item.x = x1;
  item.y = y1;
  item.x2 = x2;
  item.y2 = y2;
  item.width = width;
  item.color = color;
  g_array_append_val (page->items, item);
}

static double
lines_height (GArray *lines, guint n)
{
  double h = 0;

  for (guint i = 0; i < n && i < lines->len; i++)
    h += g_array_index (lines, LineMetrics, i).height;
  return h;
}

/* Places a paragraph line by line, breaking across pages. No single first
 * line at the foot of a page, no single last line at the top of the next.
 * first_page/first_top receive where the first line went (for a label
 * beside it). */
static void
flow_add_lines (Flow        *flow,
                PangoLayout *layout,
                double       x,
                guint32      color,
                double       space_before,
                double       space_after,
                Page       **first_page,
                double      *first_top)
{
  g_autoptr (GArray) lines = line_metrics (layout);
  guint              n = lines->len;
  guint              i = 0;

  if (!flow->at_top)
    flow->y += space_before;

  while (i < n)
    {
      double avail = flow_bottom (flow) - flow->y;
      double h = 0;
      guint  k = 0;

      while (i + k < n)
        {
          double lh = g_array_index (lines, LineMetrics, i + k).height;

          /* The spacing below the last line of a page is not needed. */
          if (h + lh - style_body.spacing > avail + 0.01)
            break;
          h += lh;
          k++;
        }

      if (i + k < n)
        {
          if (i == 0 && k < 2 && n >= 2 && !flow->at_top)
            k = 0;
          else if (n - (i + k) == 1 && k > (i == 0 ? 2u : 1u))
            k--;
          if (k == 0 && flow->at_top)
            k = 1;
        }

      for (guint j = 0; j < k; j++)
        {
          const LineMetrics *m = &g_array_index (lines, LineMetrics, i + j);

          if (i + j == 0)
            {
              if (first_page)
                *first_page = flow->page;
              if (first_top)
                *first_top = flow->y;
            }
          page_add_line (flow->page, layout, i + j, x + m->x, flow->y + m->baseline, color, 0);
          flow->y += m->height;
          flow->at_top = FALSE;
        }

      i += k;
      if (i < n)
        flow_new_page (flow);
    }

  flow->y += space_after;
}

static void
flow_ensure_space (Flow *flow, double height)
{
  if (!flow->at_top && flow->y + height > flow_bottom (flow))
    flow_new_page (flow);
}

/* ------------------------------------------------------------------ */
/* The case */

static double
content_width (KasusPdfLayout *self)
{
  return self->setup.width - self->setup.margin_left - self->setup.margin_right;
}

static void
add_meta_row (Flow *flow, const char *label, const char *value)
{
  KasusPdfLayout         *self = flow->self;
  double                  x = self->setup.margin_left;
  double                  width = content_width (self);
  g_autoptr (PangoLayout) label_layout =
    _kasus_pdf_make_text (self->context, label, &style_label, LABEL_COLUMN - 12, PANGO_ALIGN_LEFT);
  g_autoptr (PangoLayout) value_layout = _kasus_pdf_make_text (
    self->context, value, &style_meta, width - LABEL_COLUMN, PANGO_ALIGN_LEFT);
  g_autoptr (GArray) value_lines = line_metrics (value_layout);
  const LineMetrics *first = &g_array_index (value_lines, LineMetrics, 0);
  g_autoptr (GArray) label_lines = line_metrics (label_layout);
  double             row =
    MAX (_kasus_pdf_text_height (label_layout), _kasus_pdf_text_height (value_layout)) + 12;
  Page  *page = NULL;
  double top = 0;

  flow_ensure_space (flow, MIN (row, 60));
  flow->y += 6;
  flow_add_lines (flow, value_layout, x + LABEL_COLUMN, style_meta.color, 0, 0, &page, &top);

  /* The label sits on the first line of the value, baselines aligned. */
  for (guint i = 0; i < label_lines->len; i++)
    {
      const LineMetrics *m = &g_array_index (label_lines, LineMetrics, i);

      page_add_line (page, label_layout, i, x + m->x, top + first->baseline + m->top,
                     style_label.color, 0);
    }

  flow->y = MAX (flow->y, top + _kasus_pdf_text_height (label_layout)) + 6 - style_meta.spacing;
  page_add_rule (flow->page, x, flow->y, x + width, flow->y, 0.5, COLOR_RULE);
}

static void
add_title_block (Flow *flow, const char *kicker, const char *title)
{
  KasusPdfLayout         *self = flow->self;
  double                  x = self->setup.margin_left;
  double                  width = content_width (self);
  g_autoptr (PangoLayout) kicker_layout =
    _kasus_pdf_make_text (self->context, kicker, &style_kicker, width, PANGO_ALIGN_LEFT);
  g_autoptr (PangoLayout) title_layout =
    _kasus_pdf_make_text (self->context, title, &style_title, width, PANGO_ALIGN_LEFT);

  flow_add_lines (flow, kicker_layout, x, style_kicker.color, 0, 10, NULL, NULL);
  flow_add_lines (flow, title_layout, x, style_title.color, 0, 12 - style_title.spacing, NULL,
                  NULL);
  page_add_rule (flow->page, x, flow->y, x + 44, flow->y, 2.5, COLOR_ACCENT);
  flow->y += 18;
  page_add_rule (flow->page, x, flow->y, x + width, flow->y, 0.5, COLOR_RULE);
}

static GRegex *
known_identifiers_regex (KasusCase *kase)
{
  GPtrArray            *known = kasus_case_get_known_identifiers (kase);
  g_autoptr (GString)   pattern = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GError)    error = NULL;
  GRegex               *regex;

  if (known == NULL || known->len == 0)
    return NULL;

  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < known->len; i++)
    {
      const KasusKnownIdentifier *id = g_ptr_array_index (known, i);
      g_autofree char            *text = g_strstrip (g_strdup (id->text ? id->text : ""));

      if (*text != '\0')
        g_ptr_array_add (texts, g_regex_escape_string (text, -1));
    }
  if (texts->len == 0)
    return NULL;

  pattern = g_string_new ("(?<!\\w)(?:");
  for (guint i = 0; i < texts->len; i++)
    {
      if (i > 0)
        g_string_append_c (pattern, '|');
      g_string_append (pattern, g_ptr_array_index (texts, i));
    }
  /* A genitive is the same person: "Jens Hansens", "Hansen's". */
  g_string_append (pattern, ")(?:'?s)?(?!\\w)");

  regex = g_regex_new (pattern->str, G_REGEX_CASELESS, 0, &error);
  if (regex == NULL)
    g_warning ("Cannot match known identifiers: %s", error->message);
  return regex;
}

static char **
split_paragraphs (const char *text)
{
  g_autofree char      *clean = g_strdup (text);
  g_autoptr (GPtrArray) out = g_ptr_array_new ();
  g_auto (GStrv) parts = NULL;

  g_strdelimit (clean, "\r", ' ');
  parts = g_regex_split_simple ("\\n[ \\t]*\\n", clean, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *p = g_strstrip (parts[i]);

      if (*p != '\0')
        g_ptr_array_add (out, g_strdup (p));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static void
add_section (Flow *flow, const char *heading, const char *text)
{
  KasusPdfLayout *self = flow->self;
  double          x = self->setup.margin_left;
  double          width = content_width (self);
  g_auto (GStrv) paragraphs = split_paragraphs (text);
  g_autoptr (PangoLayout) heading_layout = NULL;
  double                  needed;

  if (paragraphs[0] == NULL)
    return;

  heading_layout =
    _kasus_pdf_make_text (self->context, heading, &style_heading, width, PANGO_ALIGN_LEFT);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autoptr (PangoLayout) para =
        _kasus_pdf_make_text (self->context, paragraphs[i], &style_body, width, PANGO_ALIGN_LEFT);

      if (i == 0)
        {
          g_autoptr (GArray) lines = line_metrics (para);

          /* A heading keeps with the first two lines of its text. */
          needed = (flow->at_top ? 0 : 20) + _kasus_pdf_text_height (heading_layout) + 6 +
                   lines_height (lines, 2) - style_body.spacing;
          flow_ensure_space (flow, needed);
          flow_add_lines (flow, heading_layout, x, style_heading.color, 20,
                          6 - style_heading.spacing, NULL, NULL);
        }
      flow_add_lines (flow, para, x, style_body.color, i == 0 ? 0 : 8, 0, NULL, NULL);
    }
}

KasusPdfLayout *
kasus_pdf_layout_new_for_case (KasusCase               *kase,
                               const KasusPdfPageSetup *setup,
                               KasusPdfFlags            flags,
                               GError                 **error)
{
  g_autoptr (KasusPdfLayout) self = NULL;
  g_autoptr (KasusTemplate) template = NULL;
  const KasusPdfLabels *labels;
  g_autofree char      *kicker = NULL;
  g_autofree char      *group = NULL;
  const char           *analysis;
  Flow                  flow;

  g_return_val_if_fail (KASUS_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = layout_new (setup, flags, kasus_case_get_language (kase));
  labels = _kasus_pdf_labels (self->language);

  template = kasus_template_new_default (self->language, error);
  if (template == NULL)
    return NULL;

  self->redact = known_identifiers_regex (kase);

  self->title = redact (self, kasus_case_get_title (kase));
  g_strstrip (self->title);
  if (*self->title == '\0')
    {
      g_free (self->title);
      self->title = g_strdup (labels->untitled);
    }
  group = redact (self, kasus_case_get_patient_group (kase));
  g_strstrip (group);
  if (*group != '\0')
    self->subject = g_strdup_printf ("%s: %s", labels->kind, group);
  else
    self->subject = g_strdup (labels->kind);

  flow_init (&flow, self);

  kicker = g_strdup_printf ("%s  ·  %s", labels->kind, labels->network);
  add_title_block (&flow, kicker, self->title);

  add_meta_row (&flow, labels->patient_group, *group != '\0' ? group : "—");

  switch (kasus_case_get_analysis (kase))
    {
      case KASUS_ANALYSIS_WGS:
        analysis = labels->analysis_wgs;
        break;
      case KASUS_ANALYSIS_WES:
        analysis = labels->analysis_wes;
        break;
      case KASUS_ANALYSIS_UNSET:
      default:
        analysis = labels->analysis_unset;
        break;
    }
  add_meta_row (&flow, labels->analysis, analysis);

  {
    g_autofree char *prior = redact (self, kasus_case_get_prior_analyses (kase));

    if (*g_strstrip (prior) != '\0')
      add_meta_row (&flow, labels->prior_analyses, prior);
  }

  if (kasus_case_get_show_author (kase))
    {
      g_autofree char *author = redact (self, kasus_case_get_author (kase));
      g_autofree char *department = redact (self, kasus_case_get_department (kase));

      if (*g_strstrip (author) != '\0')
        add_meta_row (&flow, labels->author, author);
      if (*g_strstrip (department) != '\0')
        add_meta_row (&flow, labels->department, department);
    }

  flow.y += 10;

  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      const char                 *id = kasus_case_get_section_id (kase, i);
      const KasusTemplateSection *section = kasus_template_find_section (template, id);
      g_autofree char            *text = redact (self, kasus_case_get_section_text (kase, i));
      g_autofree char            *heading = NULL;

      if (section != NULL && section->metadata_key != NULL)
        continue;
      heading = redact (self, section != NULL && section->title != NULL ? section->title : id);
      add_section (&flow, heading, text);
    }

  self->total = self->pages->len;
  return g_steal_pointer (&self);
}

/* ------------------------------------------------------------------ */
/* Cover and contents of a bundle */

KasusPdfLayout *
_kasus_pdf_layout_new_cover (const KasusPdfPageSetup *setup,
                             KasusPdfFlags            flags,
                             KasusLanguage            language,
                             const char              *patient_group,
                             guint                    n_cases,
                             const char              *date_text)
{
  KasusPdfLayout        *self = layout_new (setup, flags, language);
  const KasusPdfLabels  *labels = _kasus_pdf_labels (self->language);
  static const TextStyle style_cover_title = { 30.0, PANGO_WEIGHT_BOLD, COLOR_TEXT, 4.0, 0, FALSE };
  static const TextStyle style_cover_group = { 18.0, PANGO_WEIGHT_NORMAL, COLOR_ACCENT, 3.0, 0,
                                               FALSE };
  double                 x = self->setup.margin_left;
  double                 width = content_width (self);
  g_autofree char       *n = g_strdup_printf ("%u", n_cases);
  g_autoptr (PangoLayout) network =
    _kasus_pdf_make_text (self->context, labels->network, &style_kicker, width, PANGO_ALIGN_LEFT);
  g_autoptr (PangoLayout) title = _kasus_pdf_make_text (
    self->context, labels->bundle_kind, &style_cover_title, width, PANGO_ALIGN_LEFT);
  g_autoptr (PangoLayout) group = NULL;
  Flow                    flow;

  self->title = g_strdup (labels->bundle_kind);
  self->subject = g_strdup (patient_group);
  group =
    _kasus_pdf_make_text (self->context, patient_group && *patient_group ? patient_group : "—",
                          &style_cover_group, width, PANGO_ALIGN_LEFT);

  flow_init (&flow, self);
  flow.page->footer = FALSE;

  page_add_rule (flow.page, x, flow.y, x + width, flow.y, 3.0, COLOR_ACCENT);
  flow.y = self->setup.height * 0.28;
  flow_add_lines (&flow, network, x, style_kicker.color, 0, 14, NULL, NULL);
  flow_add_lines (&flow, title, x, style_cover_title.color, 0, 10, NULL, NULL);
  flow_add_lines (&flow, group, x, style_cover_group.color, 0, 16, NULL, NULL);
  page_add_rule (flow.page, x, flow.y, x + 44, flow.y, 2.5, COLOR_ACCENT);
  flow.y += 28;
  page_add_rule (flow.page, x, flow.y, x + width, flow.y, 0.5, COLOR_RULE);
  add_meta_row (&flow, labels->n_cases, n);
  add_meta_row (&flow, labels->date, date_text);

  self->total = self->pages->len;
  return self;
}

KasusPdfLayout *
_kasus_pdf_layout_new_contents (const KasusPdfPageSetup     *setup,
                                KasusPdfFlags                flags,
                                KasusLanguage                language,
                                const KasusPdfContentsEntry *entries,
                                guint                        n_entries)
{
  KasusPdfLayout         *self = layout_new (setup, flags, language);
  const KasusPdfLabels   *labels = _kasus_pdf_labels (self->language);
  static const TextStyle  style_entry = { 11.0, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 2.5, 0, FALSE };
  static const TextStyle  style_number = { 11.0, PANGO_WEIGHT_BOLD, COLOR_ACCENT, 2.5, 0, FALSE };
  double                  x = self->setup.margin_left;
  double                  width = content_width (self);
  const double            number_column = 28.0;
  const double            page_column = 48.0;
  g_autoptr (PangoLayout) heading =
    _kasus_pdf_make_text (self->context, labels->contents, &style_title, width, PANGO_ALIGN_LEFT);
  Flow flow;

  self->title = g_strdup (labels->contents);
  self->subject = g_strdup ("");

  flow_init (&flow, self);
  flow.page->header = FALSE;
  flow_add_lines (&flow, heading, x, style_title.color, 0, 12 - style_title.spacing, NULL, NULL);
  page_add_rule (flow.page, x, flow.y, x + 44, flow.y, 2.5, COLOR_ACCENT);
  flow.y += 18;
  page_add_rule (flow.page, x, flow.y, x + width, flow.y, 0.5, COLOR_RULE);

  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char        *index_text = g_strdup_printf ("%u", i + 1);
      g_autofree char        *page_text = g_strdup_printf ("%u", entries[i].page_number);
      g_autoptr (PangoLayout) number =
        _kasus_pdf_make_text (self->context, index_text, &style_number, 0, PANGO_ALIGN_LEFT);
      g_autoptr (PangoLayout) title =
        _kasus_pdf_make_text (self->context, entries[i].title, &style_entry,
                              width - number_column - page_column, PANGO_ALIGN_LEFT);
      g_autoptr (PangoLayout) page_number = _kasus_pdf_make_text (
        self->context, page_text, &style_entry, page_column, PANGO_ALIGN_RIGHT);
      g_autoptr (GArray) lines = line_metrics (title);
      g_autoptr (GArray) number_lines = line_metrics (number);
      g_autoptr (GArray) page_lines = line_metrics (page_number);
      guint              link = entries[i].page_number;
      double             top;
      guint              n = lines->len;

      flow_ensure_space (&flow, _kasus_pdf_text_height (title) + 16);
      flow.y += 8;
      top = flow.y;
      for (guint j = 0; j < n; j++)
        {
          const LineMetrics *m = &g_array_index (lines, LineMetrics, j);

          page_add_line (flow.page, title, j, x + number_column + m->x, flow.y + m->baseline,
                         style_entry.color, link);
          if (j == 0)
            {
              const LineMetrics *nm = &g_array_index (number_lines, LineMetrics, 0);
              page_add_line (flow.page, number, 0, x + nm->x, top + m->baseline, style_number.color,
                             link);
            }
          if (j == n - 1)
            {
              const LineMetrics *pm = &g_array_index (page_lines, LineMetrics, 0);
              page_add_line (flow.page, page_number, 0, x + width - page_column + pm->x,
                             flow.y + m->baseline, COLOR_MUTED, link);
            }
          flow.y += m->height;
        }
      flow.at_top = FALSE;
      flow.y += 8 - style_entry.spacing;
      page_add_rule (flow.page, x, flow.y, x + width, flow.y, 0.5, COLOR_RULE);
    }

  self->total = self->pages->len;
  return self;
}

/* ------------------------------------------------------------------ */
/* Paint */

static PangoLayout *
paint_text_layout (cairo_t         *cr,
                   const char      *text,
                   const TextStyle *style,
                   double           width,
                   PangoAlignment   alignment)
{
  PangoContext *context = pango_cairo_create_context (cr);
  PangoLayout  *layout;

  _kasus_pdf_context_set_metrics (context);
  layout = _kasus_pdf_make_text (context, text, style, width, alignment);
  g_object_unref (context);
  return layout;
}

static void
paint_watermark (cairo_t *cr, KasusLanguage language, double width, double height)
{
  static const TextStyle  style_watermark = { 120.0, PANGO_WEIGHT_BOLD, COLOR_WATERMARK, 0, 8.0,
                                              FALSE };
  const KasusPdfLabels   *labels = _kasus_pdf_labels (language);
  g_autoptr (PangoLayout) layout =
    paint_text_layout (cr, labels->draft, &style_watermark, 0, PANGO_ALIGN_LEFT);
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_rotate (cr, -atan2 (height, width));
  cairo_move_to (cr, -pango_units_to_double (ink.x + ink.width / 2),
                 -pango_units_to_double (ink.y + ink.height / 2));
  /* Outlines, not text: diagonal glyphs would come out of text
   * extraction (copy, search, the review's scanner) as fragments between
   * the lines of the case. The footer says "UDKAST" as text instead. */
  pango_cairo_layout_path (cr, layout);
  _kasus_pdf_set_color (cr, style_watermark.color, 0.11);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_kasus_pdf_stamp_page_number (cairo_t      *cr,
                              KasusLanguage language,
                              double        width,
                              double        height,
                              guint         number,
                              guint         total)
{
  g_autofree char        *text = _kasus_pdf_format_page_number (language, number, total);
  g_autoptr (PangoLayout) layout = paint_text_layout (cr, text, &style_small, 0, PANGO_ALIGN_LEFT);
  PangoRectangle          logical;

  pango_layout_get_extents (layout, NULL, &logical);
  cairo_save (cr);
  _kasus_pdf_set_color (cr, COLOR_MUTED, 1.0);
  cairo_move_to (cr, (width - pango_units_to_double (logical.width)) / 2,
                 height - 6 - pango_units_to_double (logical.height));
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
paint_header_footer (KasusPdfLayout *self, cairo_t *cr, const Page *page, guint index)
{
  const KasusPdfLabels    *labels = _kasus_pdf_labels (self->language);
  const KasusPdfPageSetup *s = &self->setup;
  double                   width = s->width - s->margin_left - s->margin_right;

  if (page->header)
    {
      g_autoptr (PangoLayout) title =
        paint_text_layout (cr, self->title, &style_small, width * 0.7, PANGO_ALIGN_LEFT);
      g_autoptr (PangoLayout) kind =
        paint_text_layout (cr, labels->kind, &style_small, 0, PANGO_ALIGN_LEFT);
      double         rule_y = s->margin_top - 22;
      double         baseline = rule_y - 6;
      PangoRectangle logical;

      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      _kasus_pdf_set_color (cr, style_small.color, 1.0);
      cairo_move_to (cr, s->margin_left, baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (title, 0));
      pango_layout_get_extents (kind, NULL, &logical);
      cairo_move_to (cr, s->width - s->margin_right - pango_units_to_double (logical.width),
                     baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (kind, 0));

      _kasus_pdf_set_color (cr, COLOR_RULE, 1.0);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, s->margin_left, rule_y);
      cairo_line_to (cr, s->width - s->margin_right, rule_y);
      cairo_stroke (cr);
    }

  if (page->footer)
    {
      g_autofree char *page_number =
        _kasus_pdf_format_page_number (self->language, self->first_number + index, self->total);
      g_autofree char        *number = (self->flags & KASUS_PDF_FLAGS_DRAFT)
                                         ? g_strdup_printf ("%s  ·  %s", labels->draft, page_number)
                                         : g_strdup (page_number);
      g_autoptr (PangoLayout) network =
        paint_text_layout (cr, labels->network, &style_small, width * 0.7, PANGO_ALIGN_LEFT);
      g_autoptr (PangoLayout) page_layout =
        paint_text_layout (cr, number, &style_small, 0, PANGO_ALIGN_LEFT);
      double         rule_y = s->height - s->margin_bottom + 24;
      double         baseline = rule_y + 14;
      PangoRectangle logical;

      _kasus_pdf_set_color (cr, COLOR_RULE, 1.0);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, s->margin_left, rule_y);
      cairo_line_to (cr, s->width - s->margin_right, rule_y);
      cairo_stroke (cr);

      _kasus_pdf_set_color (cr, style_small.color, 1.0);
      cairo_move_to (cr, s->margin_left, baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (network, 0));
      pango_layout_line_get_extents (pango_layout_get_line_readonly (page_layout, 0), NULL,
                                     &logical);
      cairo_move_to (cr, s->width - s->margin_right - pango_units_to_double (logical.width),
                     baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (page_layout, 0));
    }
}

void
kasus_pdf_layout_paint_page (KasusPdfLayout *self, cairo_t *cr, guint index)
{
  const Page *page;

  g_return_if_fail (KASUS_IS_PDF_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->pages->len);

  page = g_ptr_array_index (self->pages, index);

  cairo_save (cr);

  if (self->flags & KASUS_PDF_FLAGS_DRAFT)
    paint_watermark (cr, self->language, self->setup.width, self->setup.height);

  paint_header_footer (self, cr, page, index);

  for (guint i = 0; i < page->items->len; i++)
    {
      const Item *item = &g_array_index (page->items, Item, i);

      if (item->link_page > 0)
        {
          g_autofree char *attrs = g_strdup_printf ("page=%u", item->link_page);
          cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
        }

      _kasus_pdf_set_color (cr, item->color, 1.0);
      switch (item->kind)
        {
          case ITEM_TEXT:
            cairo_move_to (cr, item->x, item->y);
            if (item->line < 0)
              pango_cairo_show_layout (cr, item->layout);
            else
              pango_cairo_show_layout_line (
                cr, pango_layout_get_line_readonly (item->layout, item->line));
            break;

          case ITEM_RULE:
            cairo_set_line_width (cr, item->width);
            cairo_move_to (cr, item->x, item->y);
            cairo_line_to (cr, item->x2, item->y2);
            cairo_stroke (cr);
            break;

          default:
            g_assert_not_reached ();
        }

      if (item->link_page > 0)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }

  cairo_restore (cr);
}

guint
kasus_pdf_layout_get_n_pages (KasusPdfLayout *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_LAYOUT (self), 0);

  return self->pages->len;
}

void
kasus_pdf_layout_get_page_setup (KasusPdfLayout *self, KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_PDF_LAYOUT (self));
  g_return_if_fail (setup != NULL);

  *setup = self->setup;
}

KasusLanguage
kasus_pdf_layout_get_language (KasusPdfLayout *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_LAYOUT (self), KASUS_LANGUAGE_DA);

  return self->language;
}

const char *
kasus_pdf_layout_get_title (KasusPdfLayout *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_LAYOUT (self), NULL);

  return self->title;
}

const char *
kasus_pdf_layout_get_subject (KasusPdfLayout *self)
{
  g_return_val_if_fail (KASUS_IS_PDF_LAYOUT (self), NULL);

  return self->subject;
}

void
kasus_pdf_layout_set_page_numbering (KasusPdfLayout *self, guint first_number, guint total)
{
  g_return_if_fail (KASUS_IS_PDF_LAYOUT (self));

  self->first_number = first_number;
  self->total = total;
}
