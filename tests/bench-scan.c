/* bench-scan.c — how fast the scanner loads and scans; prints figures
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "bench-scan"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "kasus-scanner.h"

static const char *paragraphs[] = {
  "En 58-årig kvinde, tidligere skolelærer fra Skive, aldrig-ryger, henvendte sig til egen læge "
  "efter 2 mdr. med tør hoste og et vægttab på ca. 6 kg. CT-thorax viste 4,1 cm tumor i ve. "
  "overlap, pleuraeffusion og multiple knoglemetastaser. EBUS-biopsi på Regionshospitalet Viborg "
  "viste adenokarcinom, TTF-1 pos., PD-L1 TPS 5%. Stadie cT2bN2M1c, ECOG 1. Pt. er gift og har "
  "to voksne børn.\n\n",
  "NGS-panel (Oncomine Focus Assay, 52 gener) på biopsimaterialet: ingen drivermutationer, EGFR, "
  "KRAS, BRAF og MET uden fund. Patienten startede carboplatin/pemetrexed/pembrolizumab "
  "21.11.2022, fik 4 serier og havde PD ved CT efter 3 mdr. WGS (tumorcellefraktion 40 %, "
  "dækning 100x tumor / 30x blod) viste en CD74-ROS1-fusion samt lav TMB (2,1 mut/Mb).\n\n",
  "A 64-year-old man, a retired ferry captain from Ærø, was diagnosed with metastatic prostate "
  "cancer in spring 2021 (PSA 312 µg/L, Gleason 4+5=9, bone and nodal metastases, M1b). He "
  "received ADT + docetaxel x 6, later enzalutamide, and progressed after 11 months. His two "
  "sons were offered testing. Contact Rasmus Holt, +45 7846 2531, rasmus.holt@rm.dk.\n\n",
  "Familieanamnese: mor med ovariecancer, død af sygdommen; tvillingesøster med mammacancer som "
  "44-årig, BRCA1/2-testet negativt. Pt. blev drøftet på MDT-konference 14.06.2023, MDT-nr. "
  "MDT-23-1187, og henvist til Klinisk Genetisk Klinik, Rigshospitalet. Ring evt. på 2084 6617.\n\n",
  "Behandlingen blev omlagt til doxorubicin/ifosfamid x 6 og senere pazopanib 800 mg. Han er i "
  "live 18 mdr. efter diagnosen og har delvist genoptaget træningen. Uden WGS var diagnosen "
  "ikke stillet, og strålebehandling var sandsynligvis givet. Kasus viser merværdien af WGS.\n\n",
};

static gint64
rss_kb (void)
{
  g_autofree char *statm = NULL;
  long pages = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return 0;
  if (sscanf (statm, "%ld %ld", &pages, &resident) != 2)
    return 0;
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static char *
make_text (gsize target)
{
  GString *s = g_string_sized_new (target + 4096);
  guint i = 0;

  while (s->len < target)
    {
      g_string_append (s, paragraphs[i % G_N_ELEMENTS (paragraphs)]);
      /* vary the numbers a little so that nothing is cached by accident */
      g_string_append_printf (s, "Kontrol nr. %u efter %u uger.\n\n", i, i % 52);
      i++;
    }
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KasusScanner) scanner = NULL;
  g_autofree char *big = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *path = NULL;
  gint64 rss0, rss1, t0, t1;
  gsize big_len = 10 * 1024 * 1024;
  double scan_s, wc_s = 0;
  int fd;

  rss0 = rss_kb ();
  t0 = g_get_monotonic_time ();
  scanner = kasus_scanner_new (&error);
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  rss1 = rss_kb ();
  g_print ("rule load: %.1f ms, memory added: %.1f MB (RSS)\n",
           (t1 - t0) / 1000.0, (rss1 - rss0) / 1024.0);

  big = make_text (big_len);
  big_len = strlen (big);

  {
    g_autoptr(GPtrArray) warm = kasus_scanner_scan (scanner, big, 100000, KASUS_LANGUAGE_AUTO, NULL);
    g_autoptr(GPtrArray) f = NULL;

    t0 = g_get_monotonic_time ();
    f = kasus_scanner_scan (scanner, big, big_len, KASUS_LANGUAGE_AUTO, NULL);
    t1 = g_get_monotonic_time ();
    scan_s = (t1 - t0) / 1e6;
    g_print ("scan: %.1f MB in %.3f s = %.1f MB/s, %u findings\n",
             big_len / 1048576.0, scan_s, big_len / 1048576.0 / scan_s, f->len);
  }

  /* wc -w on the same text, as a yardstick */
  fd = g_file_open_tmp ("bench-scan-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  if (g_file_set_contents (path, big, big_len, &error))
    {
      g_autofree char *cmd = g_strdup_printf ("wc -w %s", path);
      g_autofree char *out = NULL;
      int status = 0;

      /* once to warm the page cache */
      g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL);
      g_clear_pointer (&out, g_free);
      t0 = g_get_monotonic_time ();
      if (g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL))
        {
          t1 = g_get_monotonic_time ();
          wc_s = (t1 - t0) / 1e6;
          g_print ("wc -w: %.3f s; scan/wc ratio: %.2f\n", wc_s, scan_s / wc_s);
        }
    }
  g_unlink (path);

  /* rescan of one 2 KB paragraph in a 100 KB document */
  {
    gsize doc_len = 100 * 1024;
    GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
    glong para_start, para_end;
    const char *ps;
    const guint rounds = 300;

    doc = g_strndup (big, doc_len);
    ps = doc + doc_len / 2;
    while (*ps && *ps != '\n')
      ps++;
    para_start = g_utf8_pointer_to_offset (doc, ps);
    para_end = para_start + 2048;
    for (guint r = 0; r < rounds; r++)
      {
        g_autoptr(GPtrArray) f = NULL;
        double ms;

        t0 = g_get_monotonic_time ();
        f = kasus_scanner_scan_range (scanner, doc, doc_len, para_start, para_end,
                                      KASUS_LANGUAGE_AUTO, NULL);
        t1 = g_get_monotonic_time ();
        ms = (t1 - t0) / 1000.0;
        g_array_append_val (times, ms);
      }
    g_array_sort (times, compare_double);
    g_print ("rescan 2 KB paragraph in 100 KB: p50 %.3f ms, p99 %.3f ms\n",
             g_array_index (times, double, rounds / 2),
             g_array_index (times, double, rounds * 99 / 100));
    g_array_unref (times);
  }

  return 0;
}
