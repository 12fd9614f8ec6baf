/* bench-editor.c — the editor with a 100 KB case: start to first frame,
 * keystroke to highlights, time on the main thread, a large paste.
 *
 * Needs a display: xvfb-run -a meson test -C DIR --benchmark --no-rebuild bench-editor
 *
 * For looking closer: BENCH_EDITOR_BYTES (size of the case),
 * BENCH_EDITOR_KEYS (keystrokes), BENCH_EDITOR_FIRST_FRAME_ONLY=1 (stop
 * there), BENCH_EDITOR_HIDE=TypeName (hide those widgets before the first
 * frame, to see what it costs), BENCH_EDITOR_NO_PANEL=1 (findings hidden),
 * BENCH_EDITOR_VERBOSE=1 (slow keystrokes, one by one), BENCH_EDITOR_CPU=1 (the
 * main thread's time on a CPU instead of the wall clock, for the phases
 * and the main-thread figures: on a loaded machine, time spent waiting for
 * a CPU is left out).
 *
 * The main-thread time of a keystroke is split into our handlers (the
 * window's, the highlighters', the spell checkers' own counters), GTK's
 * frames (timed on the frame clock, phase by phase) and the rest. Under
 * Xvfb GTK's GL renderer draws on a software rasteriser: GSK_RENDERER=cairo
 * shows what the frames cost without that.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-editor"

#include "config.h"

#include <time.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "kasus-application.h"
#include "kasus-case.h"
#include "kasus-highlighter.h"
#include "kasus-section-editor.h"
#include "kasus-spell-checker.h"
#include "kasus-template.h"
#include "kasus-window.h"

#define N_KEYSTROKES 1000
#define CASE_BYTES   (100 * 1024)

static const char *paragraphs[] = {
  "Patienten er en 34-årig kvinde, som blev henvist fra Regionshospitalet Viborg "
  "på grund af gentagne krampeanfald siden barndommen. Hun bor i Skive med sin "
  "mand og to børn og arbejder som pædagog.",
  "Ved den kliniske undersøgelse sås let nedsat muskeltonus og en bred gangart. "
  "Der var ingen dysmorfe træk, og den neurologiske undersøgelse var i øvrigt normal. "
  "MR-skanning af cerebrum viste ingen strukturelle forandringer.",
  "Moderen fik stillet diagnosen epilepsi som 12-årig, og en morbror døde pludseligt "
  "i 1998. Helgenomsekventering blev udført den 4. marts 2023 og viste en heterozygot "
  "variant i SCN1A, c.2836C>T p.(Arg946Cys), som blev klassificeret som patogen.",
  "Behandlingen blev ændret fra levetiracetam til valproat, og anfaldsfrekvensen faldt "
  "betydeligt i løbet af de følgende måneder. Familien fik tilbudt genetisk rådgivning, "
  "og søsteren blev testet kaskadevis.",
};

static gint64   first_frame_at;
static gboolean cpu_clock;

/* What the main thread's time is measured with (BENCH_EDITOR_CPU). */
static gint64
busy_clock (void)
{
  struct timespec ts;

  if (!cpu_clock)
    return g_get_monotonic_time ();
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* GTK's frames, phase by phase: our handlers on the frame clock run
 * after GTK's own, so each marks the end of a phase. */
static struct
{
  gint64 started;
  gint64 updated;
  gint64 laid_out;
  gint64 painted;
  gint64 total; /* sums, microseconds */
  gint64 layout;
  gint64 paint;
  guint  n;
} frames;

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

static int
compare_gint64 (gconstpointer a, gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static double
percentile_ms (GArray *samples, double p)
{
  guint i;

  g_array_sort (samples, compare_gint64);
  i = MIN (samples->len - 1, (guint) (p * samples->len));
  return g_array_index (samples, gint64, i) / 1000.0;
}

static void
before_paint_cb (GdkFrameClock *clock, gpointer user_data)
{
  frames.started = busy_clock ();
  frames.updated = frames.laid_out = frames.painted = frames.started;
}

static void
update_cb (GdkFrameClock *clock, gpointer user_data)
{
  frames.updated = frames.laid_out = frames.painted = busy_clock ();
}

static void
layout_cb (GdkFrameClock *clock, gpointer user_data)
{
  frames.laid_out = frames.painted = busy_clock ();
}

static void
paint_cb (GdkFrameClock *clock, gpointer user_data)
{
  frames.painted = busy_clock ();
}

static void
after_paint_cb (GdkFrameClock *clock, gpointer user_data)
{
  gint64 now = busy_clock ();

  if (first_frame_at == 0)
    first_frame_at = g_get_monotonic_time ();
  if (frames.started == 0)
    return;
  frames.total += now - frames.started;
  frames.layout += frames.laid_out - frames.updated;
  frames.paint += frames.painted - frames.laid_out;
  frames.n++;
  frames.started = 0;
}

static void
realize_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "update", G_CALLBACK (update_cb), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), NULL);
  g_signal_connect_after (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

/* Runs the main loop until the window is up to date; returns the time the
 * main thread spent dispatching (not waiting) on the way. */
static gint64
settle (KasusWindow *window, gint64 *longest)
{
  gint64 busy = 0;
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (kasus_window_get_busy (window) && g_get_monotonic_time () < until)
    {
      gint64 t0 = busy_clock ();

      if (g_main_context_iteration (NULL, FALSE))
        {
          gint64 spent = busy_clock () - t0;

          busy += spent;
          if (longest != NULL)
            *longest = MAX (*longest, spent);
        }
      else
        g_usleep (20);
    }
  g_assert_false (kasus_window_get_busy (window));

  return busy;
}

/* Our handlers on the main thread: the window's, the highlighters',
 * the spell checkers'. */
static gint64
ours_usec (KasusWindow *window, GPtrArray *editors)
{
  gint64 total = kasus_window_get_main_usec (window);

  for (guint i = 0; i < editors->len; i++)
    {
      KasusSectionEditor *editor = g_ptr_array_index (editors, i);
      KasusHighlighter   *highlighter = kasus_section_editor_get_highlighter (editor);
      KasusSpellChecker  *checker = g_object_get_data (
         G_OBJECT (kasus_section_editor_get_text_view (editor)), "kasus-spell-checker");

      if (highlighter != NULL)
        total += kasus_highlighter_get_main_usec (highlighter);
      if (checker != NULL)
        total += kasus_spell_checker_get_main_usec (checker);
    }

  return total;
}

static gint64
all_highlighters_usec (KasusWindow *window, KasusCase *kase)
{
  gint64 total = 0;

  for (guint i = 0; i < kasus_case_get_n_sections (kase); i++)
    {
      KasusHighlighter *highlighter = kasus_window_get_highlighter (window, i);

      if (highlighter != NULL)
        total += kasus_highlighter_get_main_usec (highlighter);
    }

  return total;
}

int
main (int argc, char *argv[])
{
  gint64                       started = g_get_monotonic_time ();
  g_autoptr (GError)           error = NULL;
  g_autoptr (KasusApplication) app = NULL;
  g_autoptr (KasusTemplate) template = NULL;
  g_autoptr (KasusCase) built = NULL;
  g_autoptr (KasusCase) kase = NULL;
  g_autoptr (GArray)    latency = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    main_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    ours = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    highlighter_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    window_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    frame_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    layout_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    paint_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GArray)    rest_time = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) editors = g_ptr_array_new ();
  g_autofree char      *tmpdir = g_dir_make_tmp ("bench-editor-XXXXXX", NULL);
  g_autofree char      *path = g_build_filename (tmpdir, "large.kasus", NULL);
  g_autoptr (GFile)     file = g_file_new_for_path (path);
  g_autoptr (GPtrArray) editable = g_ptr_array_new ();
  g_autoptr (GString)   paste = g_string_new (NULL);
  const char           *typed = "Hun er nu 35 år og bor stadig i Skive med familien. ";
  KasusSectionEditor   *editor = NULL;
  GtkTextBuffer        *buffer;
  KasusWindow          *window;
  GtkTextIter           iter;
  gint64                bare_frame;
  gint64                opened, loaded, made, filled, shown, scanned, app_ready;
  gsize                 total = 0, case_bytes;
  guint                 n_keys;

  cpu_clock = g_getenv ("BENCH_EDITOR_CPU") != NULL;
  g_setenv ("XDG_STATE_HOME", tmpdir, TRUE);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  app = kasus_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  app_ready = g_get_monotonic_time ();

  /* A 100 KB case spread over the text sections (not timed). */
  template = kasus_template_new_default (KASUS_LANGUAGE_DA, &error);
  g_assert_no_error (error);
  built = kasus_case_new (template);
  for (guint i = 0; i < kasus_template_get_n_sections (template); i++)
    {
      const KasusTemplateSection *section = kasus_template_get_section (template, i);

      if (section->metadata_key == NULL)
        g_ptr_array_add (editable, (gpointer) section->id);
    }
  {
    g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (free_string);

    for (guint i = 0; i < editable->len; i++)
      g_ptr_array_add (texts, g_string_new (NULL));
    case_bytes =
      g_getenv ("BENCH_EDITOR_BYTES") ? atoi (g_getenv ("BENCH_EDITOR_BYTES")) : CASE_BYTES;
    for (guint n = 0; total < case_bytes; n++)
      {
        GString    *text = g_ptr_array_index (texts, n % editable->len);
        const char *paragraph = paragraphs[n % G_N_ELEMENTS (paragraphs)];

        g_string_append_printf (text, "%s%s", text->len ? "\n\n" : "", paragraph);
        total += strlen (paragraph) + 2;
      }
    for (guint i = 0; i < editable->len; i++)
      kasus_case_set_section_text (built,
                                   kasus_case_find_section (built, g_ptr_array_index (editable, i)),
                                   ((GString *) g_ptr_array_index (texts, i))->str);
  }
  kasus_case_set_title (built, "Benchmark");
  g_assert_true (kasus_case_save (built, file, &error));
  g_assert_no_error (error);

  /* What any window costs the first time in a process (fonts, the
   * display): a bare one, measured alone. */
  {
    GtkWidget *bare = adw_application_window_new (GTK_APPLICATION (app));
    gint64     t0 = g_get_monotonic_time ();

    adw_application_window_set_content (ADW_APPLICATION_WINDOW (bare), gtk_label_new ("Kasus"));
    g_signal_connect (bare, "realize", G_CALLBACK (realize_cb), NULL);
    gtk_window_present (GTK_WINDOW (bare));
    while (first_frame_at == 0)
      g_main_context_iteration (NULL, TRUE);
    bare_frame = first_frame_at - t0;
    first_frame_at = 0;
    gtk_window_destroy (GTK_WINDOW (bare));
    while (g_main_context_iteration (NULL, FALSE))
      ;
  }

  /* Start: open the file, show the window. */
  opened = g_get_monotonic_time ();
  kase = kasus_case_new_from_file (file, &error);
  g_assert_no_error (error);
  loaded = g_get_monotonic_time ();
  window = kasus_window_new (app);
  made = g_get_monotonic_time ();
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
  kasus_window_set_case (window, kase, file);
  filled = g_get_monotonic_time ();
  if (g_getenv ("BENCH_EDITOR_HIDE"))
    {
      GType      type = g_type_from_name (g_getenv ("BENCH_EDITOR_HIDE"));
      GPtrArray *stack = g_ptr_array_new ();

      g_ptr_array_add (stack, window);
      while (type != 0 && stack->len > 0)
        {
          GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

          if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
            gtk_widget_set_visible (widget, FALSE);
          for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
               child = gtk_widget_get_next_sibling (child))
            g_ptr_array_add (stack, child);
        }
      g_ptr_array_unref (stack);
    }
  if (g_getenv ("BENCH_EDITOR_NO_PANEL"))
    g_action_group_change_action_state (G_ACTION_GROUP (window), "show-findings",
                                        g_variant_new_boolean (FALSE));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (first_frame_at == 0)
    g_main_context_iteration (NULL, TRUE);
  shown = first_frame_at;
  if (g_getenv ("BENCH_EDITOR_FIRST_FRAME_ONLY"))
    {
      g_print ("first frame %.1f ms after present\n", (shown - filled) / 1000.0);
      return 0;
    }
  settle (window, NULL);
  scanned = g_get_monotonic_time ();

  g_print ("case: %zu bytes in %u sections; GSK renderer: %s (GSK_RENDERER=cairo to compare; under "
           "Xvfb the GL renderer runs on a software rasteriser)\n",
           total, editable->len,
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("start → first frame: %.1f ms (opening the file and showing the window, "
           "after a bare window's first frame took %.1f ms); %.1f ms from main() in all\n",
           (shown - opened) / 1000.0, bare_frame / 1000.0, (shown - started) / 1000.0);
  g_print ("  (GTK and application start: %.1f ms; then reading the file %.1f ms, making the "
           "window %.1f ms, filling it %.1f ms, presenting it up to the first frame %.1f ms)\n",
           (app_ready - started) / 1000.0, (loaded - opened) / 1000.0, (made - loaded) / 1000.0,
           (filled - made) / 1000.0, (shown - filled) / 1000.0);
  g_print ("first frame → whole case scanned and listed: %.1f ms (in the background)\n",
           (scanned - shown) / 1000.0);

  /* Keystrokes in the middle of the largest section. */
  {
    GtkWidget *root = GTK_WIDGET (window);
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, root);
    while (stack->len > 0)
      {
        GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

        if (KASUS_IS_SECTION_EDITOR (widget))
          g_ptr_array_add (editors, widget);
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
             child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (stack, child);
      }
    g_ptr_array_unref (stack);
    for (guint i = 0; i < editors->len; i++)
      if (editor == NULL ||
          gtk_text_buffer_get_char_count (
            kasus_section_editor_get_buffer (g_ptr_array_index (editors, i))) >
            gtk_text_buffer_get_char_count (kasus_section_editor_get_buffer (editor)))
        editor = g_ptr_array_index (editors, i);
  }
  buffer = kasus_section_editor_get_buffer (editor);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, gtk_text_buffer_get_char_count (buffer) / 2);
  gtk_text_iter_forward_line (&iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_grab_focus (GTK_WIDGET (kasus_section_editor_get_text_view (editor)));
  settle (window, NULL);
  /* Focus scrolls there: let the window paint it before measuring. */
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }

  n_keys =
    g_getenv ("BENCH_EDITOR_KEYS") ? (guint) atoi (g_getenv ("BENCH_EDITOR_KEYS")) : N_KEYSTROKES;
  for (guint k = 0; k < n_keys; k++)
    {
      const char *p = g_utf8_offset_to_pointer (typed, k % g_utf8_strlen (typed, -1));
      char        c[8] = { 0 };
      gint64 t0, busy0, inserted, before_highlighter, before_ours, before_window, spent, handlers,
        frame;
      gint64 frame_before = frames.total, layout_before = frames.layout,
             paint_before = frames.paint;
      gint64 busy, longest;

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      before_highlighter = all_highlighters_usec (window, kase);
      before_ours = ours_usec (window, editors);
      before_window = kasus_window_get_main_usec (window);
      t0 = g_get_monotonic_time ();
      busy0 = busy_clock ();
      gtk_text_buffer_insert_interactive_at_cursor (buffer, c, -1, TRUE);
      inserted = busy_clock ();
      longest = 0;
      busy = settle (window, &longest);
      spent = inserted - busy0 + busy;
      handlers = ours_usec (window, editors) - before_ours;
      frame = frames.total - frame_before;
      if (g_getenv ("BENCH_EDITOR_VERBOSE") && busy > 20000)
        g_print (
          "  keystroke %u: insert %.2f ms, loop %.2f ms (longest iteration %.2f ms), ours %.2f ms, "
          "GTK frames %.2f ms (layout %.2f, paint %.2f)\n",
          k, (inserted - busy0) / 1000.0, busy / 1000.0, longest / 1000.0, handlers / 1000.0,
          frame / 1000.0, (frames.layout - layout_before) / 1000.0,
          (frames.paint - paint_before) / 1000.0);
      g_array_append_val (latency, ((gint64){ g_get_monotonic_time () - t0 }));
      g_array_append_val (main_time, spent);
      g_array_append_val (highlighter_time,
                          ((gint64){ all_highlighters_usec (window, kase) - before_highlighter }));
      g_array_append_val (ours, handlers);
      g_array_append_val (window_time,
                          ((gint64){ kasus_window_get_main_usec (window) - before_window }));
      g_array_append_val (frame_time, frame);
      g_array_append_val (layout_time, ((gint64){ frames.layout - layout_before }));
      g_array_append_val (paint_time, ((gint64){ frames.paint - paint_before }));
      g_array_append_val (rest_time, ((gint64){ MAX (0, spent - handlers - frame) }));
    }

  g_print ("keystroke → highlights up to date (%u keystrokes): p50 %.3f ms, p99 %.3f ms\n", n_keys,
           percentile_ms (latency, 0.5), percentile_ms (latency, 0.99));
  g_print ("main thread per keystroke (insert, handlers, scheduling, applying, panel, "
           "any GTK work in between)%s: p50 %.3f ms, p99 %.3f ms\n",
           cpu_clock ? " [on a CPU; our handlers on the wall clock]" : "",
           percentile_ms (main_time, 0.5), percentile_ms (main_time, 0.99));
  g_print ("  of which OUR handlers (window, highlighter, spell checker; on the keystroke and in "
           "idles): p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
           percentile_ms (ours, 0.5), percentile_ms (ours, 0.99), percentile_ms (ours, 1.0));
  g_print ("    of those the highlighter (tracking edits, copying the paragraph, applying tags): "
           "p50 %.3f ms, p99 %.3f ms\n",
           percentile_ms (highlighter_time, 0.5), percentile_ms (highlighter_time, 0.99));
  g_print (
    "    of those the window (the case, the sidebar, the findings panel): p50 %.3f ms, p99 %.3f ms "
    "(the spell checker: the rest)\n",
    percentile_ms (window_time, 0.5), percentile_ms (window_time, 0.99));
  g_print ("  of which GTK's FRAMES (update, layout, paint): p50 %.3f ms, p99 %.3f ms; "
           "layout p99 %.3f ms, paint p99 %.3f ms\n",
           percentile_ms (frame_time, 0.5), percentile_ms (frame_time, 0.99),
           percentile_ms (layout_time, 0.99), percentile_ms (paint_time, 0.99));
  g_print ("  the rest (GTK's text buffer and view bookkeeping outside frames, the main loop): "
           "p50 %.3f ms, p99 %.3f ms\n",
           percentile_ms (rest_time, 0.5), percentile_ms (rest_time, 0.99));

  /* A 100 KB paste: how long the main thread is held at most. */
  while (paste->len < CASE_BYTES)
    g_string_append_printf (paste, "%s\n\n", paragraphs[paste->len % G_N_ELEMENTS (paragraphs)]);
  {
    gint64 longest = 0, t0, busy, insert;

    t0 = g_get_monotonic_time ();
    gtk_text_buffer_insert_interactive_at_cursor (buffer, paste->str, -1, TRUE);
    insert = g_get_monotonic_time () - t0;
    busy = settle (window, &longest);
    g_print ("100 KB paste: scanned and listed in %.1f ms; the insert itself %.1f ms, "
             "then the main thread busy %.1f ms in all, at most %.1f ms at a time\n",
             (g_get_monotonic_time () - t0) / 1000.0, insert / 1000.0, busy / 1000.0,
             longest / 1000.0);
  }

  kasus_window_save_to_file (window, file, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_remove (path);
  {
    g_autofree char *recent = g_build_filename (tmpdir, "recently-used.xbel", NULL);
    g_autofree char *drafts = g_build_filename (tmpdir, "kasus", NULL);

    g_remove (recent);
    g_rmdir (drafts);
  }
  g_rmdir (tmpdir);

  return 0;
}
