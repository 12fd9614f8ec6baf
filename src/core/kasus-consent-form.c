/* kasus-consent-form.c — the consent form (samtykkeblanket) as PDF
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "kasus-consent-form.h"
#include "kasus-pdf-private.h"

/* The typography of the case PDF (kasus-pdf-private.h), with the sizes of
 * a one-page form. In points. */
#define COLOR_TEXT   KASUS_PDF_COLOR_TEXT
#define COLOR_MUTED  KASUS_PDF_COLOR_MUTED
#define COLOR_ACCENT KASUS_PDF_COLOR_ACCENT
#define COLOR_RULE   KASUS_PDF_COLOR_RULE

typedef KasusPdfTextStyle TextStyle;

static const TextStyle style_body = { 10.0, PANGO_WEIGHT_NORMAL, COLOR_TEXT, 3.0, 0, FALSE };
static const TextStyle style_statement = { 10.0, PANGO_WEIGHT_BOLD, COLOR_TEXT, 3.0, 0, FALSE };
static const TextStyle style_heading = { 11.5, PANGO_WEIGHT_BOLD, COLOR_ACCENT, 2.0, 0, FALSE };
static const TextStyle style_title = { 18.0, PANGO_WEIGHT_BOLD, COLOR_TEXT, 3.0, 0, FALSE };
static const TextStyle style_kicker = KASUS_PDF_STYLE_KICKER;
static const TextStyle style_label = KASUS_PDF_STYLE_LABEL;
static const TextStyle style_meta = KASUS_PDF_STYLE_META;
static const TextStyle style_small = { 8.0, PANGO_WEIGHT_NORMAL, COLOR_MUTED, 1.5, 0.2, FALSE };

/* ------------------------------------------------------------------ */
/* The words of the form. Printed in the form's language, whatever the
 * desktop's language is. */

typedef struct
{
  const char *file_title;
  const char *title;
  const char *reference;
  const char *intro;
  const char *purpose_heading;
  const char *purpose;
  const char *shared_heading;
  const char *shared;
  const char *not_shared_heading;
  const char *not_shared;
  const char *voluntary_heading;
  const char *voluntary;
  const char *statement;
  const char *patient_heading;
  const char *patient_name;
  const char *physician_heading;
  const char *physician_name;
  const char *date;
  const char *signature;
  const char *guardian;
  const char *keeping;
} FormText;

static const FormText text_da = {
  .file_title = "Samtykkeblanket",
  .title = "Samtykke til offentliggørelse af en patientcase",
  .reference = "Casens titel",
  .intro = "Din læge vil gerne beskrive dit forløb i en kort patientcase. Det kræver dit "
           "samtykke. Læs oplysningerne herunder, før du skriver under.",
  .purpose_heading = "Hvad casen bruges til",
  .purpose = "Netværket samler korte patientcases, der viser, hvad helgenomsekventering har "
             "tilføjet sammenlignet med andre genetiske analyser. Casen indgår i netværkets "
             "statusrapport og offentliggøres i rapporten og på netværkets hjemmeside. Den "
             "kan derfor læses af alle.",
  .shared_heading = "Hvad der deles",
  .shared = "Kun den anonymiserede tekst om dit forløb deles: sygehistorien i generelle "
            "vendinger, de genetiske analyser og hvad de viste. Teksten er skrevet så anonymt "
            "som muligt, men fordi forløbet er sjældent, kan du selv eller dine pårørende "
            "måske genkende det. Derfor beder vi om dit samtykke.",
  .not_shared_heading = "Hvad der ikke deles",
  .not_shared = "Dit navn, dit CPR-nummer, din adresse og andre kontaktoplysninger deles ikke. "
                "Det gør lægens private noter om casen heller ikke, og denne blanket sendes "
                "ikke med casen.",
  .voluntary_heading = "Frivilligt samtykke",
  .voluntary = "Det er frivilligt at give samtykke, og det har ingen betydning for din "
               "behandling, hvis du siger nej. Du kan trække dit samtykke tilbage uden at give "
               "en grund, indtil rapporten sendes til tryk. Kontakt i så fald den læge, der har "
               "skrevet casen. Når rapporten er sendt til tryk og offentliggjort, kan casen ikke "
               "længere fjernes fra den.",
  .statement = "Jeg har læst oplysningerne ovenfor og giver samtykke til, at casen "
               "offentliggøres i netværkets statusrapport og på netværkets hjemmeside.",
  .patient_heading = "Patient",
  .patient_name = "Patientens navn",
  .physician_heading = "Læge (ansvarlig for casen)",
  .physician_name = "Lægens navn",
  .date = "Dato",
  .signature = "Underskrift",
  .guardian = "Er patienten under 18 år eller ikke selv i stand til at give samtykke, "
              "underskriver forældremyndighedens indehaver eller værgen og skriver sit eget "
              "navn ud for underskriften.",
  .keeping = "Den underskrevne blanket opbevares af den læge, der har skrevet casen. Den "
             "sendes ikke til netværket.",
};

static const FormText text_en = {
  .file_title = "Consent form",
  .title = "Consent to the publication of a patient case",
  .reference = "Title of the case",
  .intro = "Your physician would like to describe your course in a short patient case. "
           "This requires your consent. Please read the information below before you sign.",
  .purpose_heading = "What the case is for",
  .purpose = "The network collects short patient cases that show what whole-genome "
             "sequencing added compared with other genetic analyses. The case becomes part "
             "of the network's status report and is published in the report and on the "
             "network's web site. Anyone can therefore read it.",
  .shared_heading = "What is shared",
  .shared = "Only the anonymised text about your course is shared: the history in general "
            "terms, the genetic analyses and what they showed. The text is written as "
            "anonymously as possible, but because the course is rare, you or your relatives "
            "may be able to recognise it. That is why we ask for your consent.",
  .not_shared_heading = "What is not shared",
  .not_shared = "Your name, your CPR number, your address and other contact details are not "
                "shared. Neither are the physician's private notes about the case, and this "
                "form is not sent with the case.",
  .voluntary_heading = "Voluntary consent",
  .voluntary = "Giving consent is voluntary, and saying no has no effect on your treatment. "
               "You can withdraw your consent, without giving a reason, until the report is "
               "sent to print. To do so, contact the physician who wrote the case. Once the "
               "report has been sent to print and published, the case can no longer be removed "
               "from it.",
  .statement = "I have read the information above and consent to the case being published in "
               "the network's status report and on the network's web site.",
  .patient_heading = "Patient",
  .patient_name = "Patient's name",
  .physician_heading = "Physician (responsible for the case)",
  .physician_name = "Physician's name",
  .date = "Date",
  .signature = "Signature",
  .guardian = "If the patient is under 18 or cannot consent themself, a parent with custody "
              "or the guardian signs and writes their own name next to the signature.",
  .keeping = "The physician who wrote the case keeps the signed form. It is not sent to the "
             "network.",
};

/* ------------------------------------------------------------------ */

typedef enum
{
  ITEM_TEXT,
  ITEM_RULE,
} ItemKind;

typedef struct
{
  ItemKind     kind;
  PangoLayout *layout; /* ITEM_TEXT: drawn with its top-left at (x, y) */
  double       x, y;
  double       x2, y2; /* ITEM_RULE: from (x, y) to (x2, y2) */
  double       width;  /* ITEM_RULE: line width */
  guint32      color;
} Item;

struct _KasusConsentForm
{
  GObject parent_instance;

  KasusPdfPageSetup setup;
  KasusLanguage     language;
  const FormText   *text;
  char             *reference; /* the case title, blacked out; NULL: none */
  GPtrArray        *pages;     /* GArray of Item */
  PangoContext     *context;

  /* Where the next block goes. */
  GArray *page;
  double  y;
};

G_DEFINE_FINAL_TYPE (KasusConsentForm, kasus_consent_form, G_TYPE_OBJECT)

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->layout);
}

static void
kasus_consent_form_finalize (GObject *object)
{
  KasusConsentForm *self = KASUS_CONSENT_FORM (object);

  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (kasus_consent_form_parent_class)->finalize (object);
}

static void
kasus_consent_form_class_init (KasusConsentFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_consent_form_finalize;
}

static void
kasus_consent_form_init (KasusConsentForm *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

/* ------------------------------------------------------------------ */
/* Measuring */

static PangoLayout *
make_text (KasusConsentForm *self, const char *text, const TextStyle *style, double width)
{
  return _kasus_pdf_make_text (self->context, text, style, width, PANGO_ALIGN_LEFT);
}

static double
content_width (KasusConsentForm *self)
{
  return self->setup.width - self->setup.margin_left - self->setup.margin_right;
}

static void
new_page (KasusConsentForm *self)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (page, item_clear);
  g_ptr_array_add (self->pages, page);
  self->page = page;
  self->y = self->setup.margin_top;
}

/* Blocks are kept whole: a field must not lose its label to the next page. */
static void
ensure_space (KasusConsentForm *self, double height)
{
  double bottom = self->setup.height - self->setup.margin_bottom;

  if (self->y > self->setup.margin_top && self->y + height > bottom)
    new_page (self);
}

static void
add_layout (KasusConsentForm *self, PangoLayout *layout, double x, double y, guint32 color)
{
  Item item = { 0 };

  item.kind = ITEM_TEXT;
  item.layout = g_object_ref (layout);
  item.x = x;
  item.y = y;
  item.color = color;
  g_array_append_val (self->page, item);
}

static void
add_rule (KasusConsentForm *self, double x1, double y1, double x2, double width, guint32 color)
{
  Item item = { 0 };

  item.kind = ITEM_RULE;
  item.x = x1;
  item.y = y1;
  item.x2 = x2;
  item.y2 = y1;
  item.width = width;
  item.color = color;
  g_array_append_val (self->page, item);
}

/* A block of text at the left margin, space_before above it. */
static void
add_text (KasusConsentForm *self,
          const char       *text,
          const TextStyle  *style,
          double            space_before,
          double            keep_with_next)
{
  g_autoptr (PangoLayout) layout = make_text (self, text, style, content_width (self));
  double                  height = _kasus_pdf_text_height (layout);

  ensure_space (self, space_before + height + keep_with_next);
  if (self->y > self->setup.margin_top)
    self->y += space_before;
  add_layout (self, layout, self->setup.margin_left, self->y, style->color);
  self->y += height;
}

/* A line to write on with its label below, in a column [x, x + width). */
static void
add_field_at (KasusConsentForm *self, const char *label, double x, double width, double line_y)
{
  g_autoptr (PangoLayout) layout = make_text (self, label, &style_label, width);

  add_rule (self, x, line_y, x + width, 0.75, COLOR_TEXT);
  add_layout (self, layout, x, line_y + 3, style_label.color);
}

#define FIELD_WRITING_SPACE 28.0 /* room above a line for handwriting */
#define FIELD_HEIGHT        (FIELD_WRITING_SPACE + 16.0)
#define COLUMN_GAP          18.0

/* A row of fields sharing the width by the given fractions. */
static void
add_field_row (KasusConsentForm *self, const char *const *labels, const double *fractions, guint n)
{
  double width = content_width (self) - COLUMN_GAP * (n - 1);
  double x = self->setup.margin_left;
  double line_y;

  ensure_space (self, FIELD_HEIGHT);
  line_y = self->y + FIELD_WRITING_SPACE;
  for (guint i = 0; i < n; i++)
    {
      double w = width * fractions[i];

      add_field_at (self, labels[i], x, w, line_y);
      x += w + COLUMN_GAP;
    }
  self->y += FIELD_HEIGHT;
}

/* Name, date and signature side by side. */
static void
add_signature_block (KasusConsentForm *self, const char *heading, const char *name_label)
{
  const FormText *t = self->text;
  const char     *row[] = { name_label, t->date, t->signature };
  const double    fractions[] = { 0.42, 0.18, 0.40 };

  /* The heading stays with its fields. */
  add_text (self, heading, &style_heading, 16, FIELD_HEIGHT);
  add_field_row (self, row, fractions, G_N_ELEMENTS (row));
}

static char *
redact (KasusCase *kase, const char *text)
{
  GPtrArray          *known = kasus_case_get_known_identifiers (kase);
  g_autoptr (GString) pattern = g_string_new (NULL);
  g_autoptr (GRegex)  regex = NULL;

  for (guint i = 0; known != NULL && i < known->len; i++)
    {
      const KasusKnownIdentifier *id = g_ptr_array_index (known, i);
      g_autofree char            *stripped = NULL;
      g_autofree char            *escaped = NULL;

      if (id == NULL || id->text == NULL)
        continue;
      stripped = g_strstrip (g_strdup (id->text));
      if (*stripped == '\0')
        continue;
      escaped = g_regex_escape_string (stripped, -1);
      if (pattern->len > 0)
        g_string_append_c (pattern, '|');
      g_string_append (pattern, escaped);
    }
  if (pattern->len == 0)
    return g_strdup (text);

  regex = g_regex_new (pattern->str, G_REGEX_CASELESS, 0, NULL);
  if (regex == NULL)
    return g_strdup (KASUS_PDF_REDACTED);
  return g_regex_replace_literal (regex, text, -1, 0, KASUS_PDF_REDACTED, 0, NULL);
}

static void
build (KasusConsentForm *self)
{
  const FormText       *t = self->text;
  const KasusPdfLabels *labels = _kasus_pdf_labels (self->language);
  double                x = self->setup.margin_left;
  double                width = content_width (self);

  new_page (self);

  add_rule (self, x, self->y, x + width, 3.0, COLOR_ACCENT);
  self->y += 16;
  add_text (self, labels->network, &style_kicker, 0, 0);
  add_text (self, t->title, &style_title, 8, 0);
  self->y += 8;
  add_rule (self, x, self->y, x + 44, 2.5, COLOR_ACCENT);
  self->y += 12;

  /* The reference: the case's title, or a line to write it on. */
  if (self->reference != NULL)
    {
      g_autoptr (PangoLayout) label = make_text (self, t->reference, &style_label, 0);
      g_autoptr (PangoLayout) value = make_text (self, self->reference, &style_meta, width);

      add_layout (self, label, x, self->y, style_label.color);
      self->y += _kasus_pdf_text_height (label) + 2;
      add_layout (self, value, x, self->y, style_meta.color);
      self->y += _kasus_pdf_text_height (value) + 6;
    }
  else
    {
      const char  *row[] = { t->reference };
      const double fraction[] = { 1.0 };

      self->y -= FIELD_WRITING_SPACE - 22;
      add_field_row (self, row, fraction, 1);
    }

  add_text (self, t->intro, &style_body, 10, 0);

  add_text (self, t->purpose_heading, &style_heading, 12, 40);
  add_text (self, t->purpose, &style_body, 3, 0);
  add_text (self, t->shared_heading, &style_heading, 10, 40);
  add_text (self, t->shared, &style_body, 3, 0);
  add_text (self, t->not_shared_heading, &style_heading, 10, 40);
  add_text (self, t->not_shared, &style_body, 3, 0);
  add_text (self, t->voluntary_heading, &style_heading, 10, 40);
  add_text (self, t->voluntary, &style_body, 3, 0);

  add_text (self, t->statement, &style_statement, 14, 0);

  add_signature_block (self, t->patient_heading, t->patient_name);
  add_text (self, t->guardian, &style_small, 6, 0);
  add_signature_block (self, t->physician_heading, t->physician_name);
  add_text (self, t->keeping, &style_small, 12, 0);
}

KasusConsentForm *
kasus_consent_form_new (KasusLanguage language, KasusCase *kase, const KasusPdfPageSetup *setup)
{
  KasusConsentForm *self;

  g_return_val_if_fail (kase == NULL || KASUS_IS_CASE (kase), NULL);

  self = g_object_new (KASUS_TYPE_CONSENT_FORM, NULL);

  if (language == KASUS_LANGUAGE_AUTO && kase != NULL)
    language = kasus_case_get_language (kase);
  self->language = language == KASUS_LANGUAGE_EN ? KASUS_LANGUAGE_EN : KASUS_LANGUAGE_DA;
  self->text = self->language == KASUS_LANGUAGE_EN ? &text_en : &text_da;

  if (setup != NULL)
    self->setup = *setup;
  else
    kasus_pdf_page_setup_init_a4 (&self->setup);

  if (kase != NULL)
    {
      const char *title = kasus_case_get_title (kase);

      self->reference = redact (kase, title != NULL && *title != '\0'
                                        ? title
                                        : _kasus_pdf_labels (self->language)->untitled);
    }

  /* Metrics as in the case PDF: the same breaks on paper, in the PDF and
   * on screen. */
  self->context = _kasus_pdf_context_new (self->language);

  build (self);
  return self;
}

KasusLanguage
kasus_consent_form_get_language (KasusConsentForm *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_FORM (self), KASUS_LANGUAGE_DA);

  return self->language;
}

const char *
kasus_consent_form_get_title (KasusConsentForm *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_FORM (self), NULL);

  return self->text->file_title;
}

guint
kasus_consent_form_get_n_pages (KasusConsentForm *self)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_FORM (self), 0);

  return self->pages->len;
}

void
kasus_consent_form_get_page_setup (KasusConsentForm *self, KasusPdfPageSetup *setup)
{
  g_return_if_fail (KASUS_IS_CONSENT_FORM (self));
  g_return_if_fail (setup != NULL);

  *setup = self->setup;
}

/* ------------------------------------------------------------------ */
/* Painting */

static void
set_color (cairo_t *cr, guint32 color)
{
  _kasus_pdf_set_color (cr, color, 1.0);
}

static void
paint_footer (KasusConsentForm *self, cairo_t *cr, guint index)
{
  const KasusPdfPageSetup *s = &self->setup;
  const KasusPdfLabels    *labels = _kasus_pdf_labels (self->language);
  g_autofree char         *number =
    _kasus_pdf_format_page_number (self->language, index + 1, self->pages->len);
  g_autofree char *left = g_strdup_printf ("%s  ·  %s", labels->network, self->text->file_title);
  g_autoptr (PangoLayout) network = make_text (self, left, &style_small, 0);
  g_autoptr (PangoLayout) page = make_text (self, number, &style_small, 0);
  double                  rule_y = s->height - s->margin_bottom + 24;
  PangoRectangle          logical;

  set_color (cr, COLOR_RULE);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, s->margin_left, rule_y);
  cairo_line_to (cr, s->width - s->margin_right, rule_y);
  cairo_stroke (cr);

  set_color (cr, style_small.color);
  cairo_move_to (cr, s->margin_left, rule_y + 5);
  pango_cairo_show_layout (cr, network);
  pango_layout_get_extents (page, NULL, &logical);
  cairo_move_to (cr, s->width - s->margin_right - pango_units_to_double (logical.width),
                 rule_y + 5);
  pango_cairo_show_layout (cr, page);
}

void
kasus_consent_form_paint_page (KasusConsentForm *self, cairo_t *cr, guint index)
{
  GArray *page;

  g_return_if_fail (KASUS_IS_CONSENT_FORM (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (index < self->pages->len);

  page = g_ptr_array_index (self->pages, index);

  cairo_save (cr);
  paint_footer (self, cr, index);
  for (guint i = 0; i < page->len; i++)
    {
      const Item *item = &g_array_index (page, Item, i);

      set_color (cr, item->color);
      switch (item->kind)
        {
          case ITEM_TEXT:
            cairo_move_to (cr, item->x, item->y);
            pango_cairo_show_layout (cr, item->layout);
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
    }
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ */
/* Writing */

static void
draw (cairo_surface_t *surface, cairo_t *cr, gpointer user_data)
{
  KasusConsentForm *self = user_data;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->text->file_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->text->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kasus");

  for (guint i = 0; i < self->pages->len; i++)
    {
      kasus_consent_form_paint_page (self, cr, i);
      cairo_show_page (cr);
    }
}

GBytes *
kasus_consent_form_render (KasusConsentForm *self, GError **error)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_FORM (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _kasus_pdf_write_bytes (self->setup.width, self->setup.height, draw, self, error);
}

/* 0600 like every PDF Kasus writes: the reference is the case title. */
gboolean
kasus_consent_form_export (KasusConsentForm *self, GFile *dest, GError **error)
{
  g_return_val_if_fail (KASUS_IS_CONSENT_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (dest), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _kasus_pdf_write_file (dest, self->setup.width, self->setup.height, draw, self, error);
}
