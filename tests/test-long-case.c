/* test-long-case.c — a long case on one page: what is scrolled into view
 * is painted, and a finding far down is brought into view, under xvfb
 *
 * The page paints only the part in view (KasusCullingBin); these tests
 * look at the pixels the window would show.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-long-case"

#include "config.h"

#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-finding-item.h"
#include "kasus-findings-panel.h"
#include "kasus-highlighter.h"
#include "kasus-section-editor.h"
#include "kasus-template.h"
#include "kasus-window.h"
#include "kasus-test-util.h"
#include "kasus-test-window-util.h"

static KasusApplication *app;

static const char *paragraphs[] = {
  "Patienten er en 34-årig kvinde, som blev henvist fra Regionshospitalet Viborg på grund af "
  "gentagne krampeanfald siden barndommen. Hun bor i Skive med sin mand og to børn.",
  "Ved den kliniske undersøgelse sås let nedsat muskeltonus og en bred gangart. Der var ingen "
  "dysmorfe træk, og den neurologiske undersøgelse var i øvrigt normal.",
  "Behandlingen blev ændret fra levetiracetam til valproat, og anfaldsfrekvensen faldt "
  "betydeligt i løbet af de følgende måneder.",
};

typedef struct
{
  KasusWindow *window;
  KasusCase   *kase;
} Fixture;

static gboolean
window_idle (gpointer window)
{
  return !kasus_window_get_busy (window);
}

static void
settle (KasusWindow *window)
{
  g_assert_true (kasus_test_iterate_until (window_idle, window, 30));
}

/* About 60 KB over the text sections. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (KasusTemplate) template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  guint n = 0;

  g_assert_no_error (error);
  fixture->kase = kasus_case_new (template);
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);
      g_autoptr (GString)         text = g_string_new (NULL);

      if (section->metadata_key != NULL)
        continue;
      while (text->len < 12 * 1024)
        g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "",
                                paragraphs[n++ % G_N_ELEMENTS (paragraphs)]);
      kasus_case_set_section_text (fixture->kase,
                                   kasus_case_find_section (fixture->kase, section->id), text->str);
    }

  fixture->window = kasus_test_window_new (app, fixture->kase, 1200, 800);
  settle (fixture->window);
  kasus_test_iterate (200);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  kasus_test_window_destroy (fixture->window);
  g_clear_object (&fixture->kase);
}

static GtkScrolledWindow *
page_scroller (Fixture *fixture)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);

  g_assert_cmpuint (editors->len, >, 0);
  return GTK_SCROLLED_WINDOW (
    gtk_widget_get_ancestor (g_ptr_array_index (editors, 0), GTK_TYPE_SCROLLED_WINDOW));
}

/* The window as it would be shown now, in its own coordinates: 4 bytes
 * a pixel (B, G, R, A on little-endian machines). */
static guchar *
render_window (Fixture *fixture, int *width, int *height, gsize *stride)
{
  g_autoptr (GdkTexture) texture = kasus_test_render_widget (GTK_WIDGET (fixture->window));
  guchar                *pixels;

  g_assert_nonnull (texture);
  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  *stride = (gsize) *width * 4;
  pixels = g_malloc (*stride * *height);
  gdk_texture_download (texture, pixels, *stride);

  return pixels;
}

/* How many pixels of rect (window coordinates) are as dark as text. */
static guint
dark_pixels (Fixture *fixture, const graphene_rect_t *rect)
{
  int                width, height;
  gsize              stride;
  g_autofree guchar *pixels = render_window (fixture, &width, &height, &stride);
  int                x0 = MAX (0, (int) rect->origin.x), y0 = MAX (0, (int) rect->origin.y);
  int                x1 = MIN (width, (int) (rect->origin.x + rect->size.width));
  int                y1 = MIN (height, (int) (rect->origin.y + rect->size.height));
  guint              n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        const guchar *p = pixels + y * stride + x * 4;

        if (p[3] > 200 && MAX (MAX (p[0], p[1]), p[2]) < 110)
          n++;
      }

  return n;
}

typedef struct
{
  Fixture        *fixture;
  graphene_rect_t rect;
  guint           min;
} DarkWait;

static gboolean
dark_enough (gpointer data)
{
  DarkWait *wait = data;

  return dark_pixels (wait->fixture, &wait->rect) > wait->min;
}

/* Text shows in rect (more than min dark pixels) once the window has laid
 * out and painted what changed; a busy machine may take a few frames, so
 * this waits up to 10 s rather than a fixed time. */
static void
assert_painted (Fixture *fixture, const graphene_rect_t *rect, guint min)
{
  DarkWait wait = { fixture, *rect, min };

  kasus_test_iterate (30);
  if (!kasus_test_iterate_until (dark_enough, &wait, 10))
    g_assert_cmpuint (dark_pixels (fixture, rect), >, min);
}

/* Scrolled anywhere, in steps and in jumps, the page in view shows text. */
static void
test_paints_in_view (Fixture *fixture, gconstpointer data)
{
  GtkScrolledWindow *scroller = page_scroller (fixture);
  GtkAdjustment     *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  graphene_rect_t    view;
  double             end, positions[] = { 0.5, 0.15, 0.9, 0.3, 1.0, 0.0 };

  g_assert_true (
    gtk_widget_compute_bounds (GTK_WIDGET (scroller), GTK_WIDGET (fixture->window), &view));
  end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  /* Long enough to have parts out of view, a screen and more away. */
  g_assert_cmpfloat (end, >, 6 * gtk_adjustment_get_page_size (adjustment));

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      gtk_adjustment_set_value (adjustment, positions[i] * end);
      assert_painted (fixture, &view, view.size.width * view.size.height / 100);
    }

  /* Small steps, as a wheel scrolls, down past what was painted. */
  gtk_adjustment_set_value (adjustment, 0.4 * end);
  kasus_test_iterate (100);
  for (guint i = 0; i < 12; i++)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                              gtk_adjustment_get_page_size (adjustment) / 3);
      assert_painted (fixture, &view, view.size.width * view.size.height / 100);
    }
}

typedef struct
{
  Fixture            *fixture;
  KasusSectionEditor *editor;
  KasusFindingItem   *item;
} ShownWait;

/* The item's text is selected and its line lies within the page in view. */
static gboolean
item_in_view (gpointer data)
{
  ShownWait       *wait = data;
  GtkTextBuffer   *buffer = kasus_section_editor_get_buffer (wait->editor);
  GtkTextIter      start, end;
  g_autofree char *selected = NULL;
  graphene_rect_t  page, area;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return FALSE;
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (selected, kasus_finding_item_get_text (wait->item)) != 0)
    return FALSE;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (page_scroller (wait->fixture)),
                                  GTK_WIDGET (wait->fixture->window), &page) ||
      !kasus_section_editor_get_offset_area (wait->editor,
                                             kasus_finding_item_get_start (wait->item),
                                             GTK_WIDGET (wait->fixture->window), &area))
    return FALSE;
  return area.origin.y >= page.origin.y &&
         area.origin.y + area.size.height <= page.origin.y + page.size.height;
}

static gboolean
item_out_of_view (gpointer data)
{
  return !item_in_view (data);
}

/* Waits (up to 10 s on a busy machine) for the item to be selected and
 * scrolled into view, then checks each part and that its line is painted. */
static void
assert_shown (Fixture *fixture, KasusSectionEditor *editor, KasusFindingItem *item)
{
  ShownWait          wait = { fixture, editor, item };
  GtkTextBuffer     *buffer = kasus_section_editor_get_buffer (editor);
  GtkScrolledWindow *scroller = page_scroller (fixture);
  GtkTextIter        start, end;
  g_autofree char   *selected = NULL;
  graphene_rect_t    page, area;

  kasus_test_iterate_until (item_in_view, &wait, 10);

  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, kasus_finding_item_get_text (item));

  g_assert_true (
    gtk_widget_compute_bounds (GTK_WIDGET (scroller), GTK_WIDGET (fixture->window), &page));
  g_assert_true (kasus_section_editor_get_offset_area (editor, kasus_finding_item_get_start (item),
                                                       GTK_WIDGET (fixture->window), &area));
  g_assert_cmpfloat (area.origin.y, >=, page.origin.y);
  g_assert_cmpfloat (area.origin.y + area.size.height, <=, page.origin.y + page.size.height);

  /* Its line is painted: the text there, across the page. */
  area.origin.x = page.origin.x;
  area.size.width = page.size.width;
  assert_painted (fixture, &area, 20);
}

/* Selecting the last finding of the case in the findings panel brings it
 * into view, selected and painted; "Edit" does too, with the cursor in
 * its editor. */
static void
test_jump_to_far_finding (Fixture *fixture, gconstpointer data)
{
  g_autoptr (GPtrArray) editors =
    kasus_test_find_all (GTK_WIDGET (fixture->window), KASUS_TYPE_SECTION_EDITOR);
  KasusSectionEditor *editor = g_ptr_array_index (editors, editors->len - 1);
  GPtrArray *items = kasus_highlighter_get_items (kasus_section_editor_get_highlighter (editor));
  GtkAdjustment    *adjustment = gtk_scrolled_window_get_vadjustment (page_scroller (fixture));
  KasusFindingItem *item;

  g_assert_cmpuint (items->len, >, 1);
  item = g_ptr_array_index (items, items->len - 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  g_signal_emit_by_name (kasus_window_get_findings_panel (fixture->window), "item-selected", item);
  assert_shown (fixture, editor, item);

  gtk_adjustment_set_value (adjustment, 0);
  item = g_ptr_array_index (items, items->len - 2);
  /* Back at the top, the next-to-last finding is out of view. */
  {
    ShownWait wait = { fixture, editor, item };

    g_assert_true (kasus_test_iterate_until (item_out_of_view, &wait, 10));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-finding", "t",
                              kasus_finding_item_get_id (item));
  assert_shown (fixture, editor, item);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (kasus_section_editor_get_text_view (editor))));
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_home = kasus_test_isolate_home ("test-long-case");
  int              ret;

  g_test_init (&argc, &argv, NULL);

  app = kasus_test_app_new (G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);

#define ADD(name, func)                                                                            \
  g_test_add ("/long-case/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("paints-in-view", test_paints_in_view);
  ADD ("jump-to-far-finding", test_jump_to_far_finding);
#undef ADD

  ret = g_test_run ();

  g_clear_object (&app);
  kasus_test_clean_home (data_home);

  return ret;
}
