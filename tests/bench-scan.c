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
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "kasus-scanner.h"

/* The dense worst case: real case paragraphs, nearly every sentence
 * holding an identifier or a variant. */
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
  "MDT-23-1187, og henvist til Klinisk Genetisk Klinik, Rigshospitalet. Ring evt. på 2084 "
  "6617.\n\n",
  "Behandlingen blev omlagt til doxorubicin/ifosfamid x 6 og senere pazopanib 800 mg. Han er i "
  "live 18 mdr. efter diagnosen og har delvist genoptaget træningen. Uden WGS var diagnosen "
  "ikke stillet, og strålebehandling var sandsynligvis givet. Kasus viser merværdien af WGS.\n\n",
};

/* The realistic mix: clinical prose from sentence templates, most of it
 * plain, with about one identifier per 15–25 words. In the templates %d
 * takes a small number, %s a word from the slot's list. */
typedef struct
{
  const char        *format;
  const char *const *words; /* for %s, or NULL */
} Template;

static const char *const drugs[] = { "carboplatin/pemetrexed",
                                     "pembrolizumab",
                                     "docetaxel",
                                     "FOLFOX",
                                     "capecitabin",
                                     "osimertinib",
                                     "nivolumab",
                                     "paclitaxel/trastuzumab",
                                     "enzalutamid",
                                     "olaparib",
                                     NULL };
static const char *const drugs_en[] = {
  "carboplatin/pemetrexed", "pembrolizumab", "docetaxel", "FOLFOX",
  "capecitabine",           "osimertinib",   "nivolumab", "paclitaxel/trastuzumab",
  "enzalutamide",           "olaparib",      NULL
};
static const char *const hospitals[] = { "Rigshospitalet",
                                         "Aarhus Universitetshospital",
                                         "Odense Universitetshospital",
                                         "Regionshospitalet Viborg",
                                         "Sygehus Lillebælt",
                                         "Aalborg Universitetshospital",
                                         NULL };
static const char *const towns[] = {
  "Skive", "Holstebro", "Esbjerg", "Svendborg", "Nykøbing Falster", "Hillerød", "Ærø", NULL
};
static const char *const variants[] = {
  "KRAS G12C",     "BRAF V600E",       "EGFR c.2573T>G",          "en EML4-ALK-fusion",
  "PIK3CA H1047R", "BRCA2 c.5946delT", "en MET exon 14-skipping", NULL
};
static const char *const variants_en[] = {
  "KRAS G12C",     "BRAF V600E",       "EGFR c.2573T>G",       "an EML4-ALK fusion",
  "PIK3CA H1047R", "BRCA2 c.5946delT", "MET exon 14 skipping", NULL
};
static const char *const relatives[] = { "søster", "mor",      "morbror", "datter",
                                         "farfar", "halvbror", NULL };
static const char *const relatives_en[] = { "sister",   "mother",      "maternal uncle",
                                            "daughter", "grandfather", "half-brother",
                                            NULL };
static const char *const jobs[] = { "tømrer",   "buschauffør",     "sygeplejerske",
                                    "landmand", "folkeskolelærer", NULL };
static const char *const jobs_en[] = { "carpenter", "bus driver",    "nurse",
                                       "farmer",    "schoolteacher", NULL };
static const char *const names[] = { "Mette Kjær", "Lars Bech",   "Anne Holm",
                                     "Søren Dahl", "Rasmus Holt", NULL };
static const char *const months[] = { "januar", "marts", "maj", "august", "oktober", NULL };
static const char *const months_en[] = { "January", "March", "May", "August", "October", NULL };

static const Template plain_da[] = {
  { "Patienten blev behandlet med %s i %d serier med acceptabel toksicitet.", drugs },
  { "CT-skanning efter %d serier viste stabil sygdom uden nye metastaser.", NULL },
  { "Blodprøverne viste hæmoglobin %d,4 mmol/L og normal nyre- og leverfunktion.", NULL },
  { "Der var ingen tegn på infektion, og CRP var under %d mg/L.", NULL },
  { "Almentilstanden var uændret, ECOG %d, og vægten var stabil.", NULL },
  { "Histologien viste et lavt differentieret adenokarcinom med Ki-67 på %d %%.", NULL },
  { "Behandlingen blev pauseret i %d uger på grund af neutropeni grad 3.", NULL },
  { "Der blev givet profylaktisk antiemetika og G-CSF efter hver serie.", NULL },
  { "Smerterne var velbehandlede med paracetamol og morfin %d mg dagligt.", NULL },
  { "Ved kontrollen havde patienten det godt og var i fuld aktivitet.", NULL },
  { "MR-skanning af cerebrum viste ingen tegn på metastaser.", NULL },
  { "Tumorcellefraktionen var %d %% med en gennemsnitlig dækning på 120x.", NULL },
  { "Efter drøftelse blev det besluttet at fortsætte den igangværende behandling.", NULL },
  { "Bivirkningerne var primært træthed, kvalme og let perifer neuropati.", NULL },
  { "PET-CT viste komplet metabolisk respons efter %d serier.", NULL },
  { "Behandlingen blev skiftet til %s, som blev tålt godt.", drugs },
  { "Der var ingen palpable lymfeknuder på halsen eller i aksillerne.", NULL },
  { "Stadieinddelingen blev opdateret efter den supplerende udredning.", NULL },
};
static const Template ident_da[] = {
  { "En %d-årig kvinde blev henvist med åndenød og tiltagende hoste.", NULL },
  { "Patienten blev opereret den %d.03.2022 uden komplikationer.", NULL },
  { "Biopsien blev foretaget på %s.", hospitals },
  { "Hun bor i %s og klarer sig selv.", towns },
  { "Sekventering af tumorvæv viste %s.", variants },
  { "Hendes %s har også haft kræft.", relatives },
  { "Han har arbejdet som %s hele livet.", jobs },
  { "Sagen blev drøftet med overlæge %s.", names },
  { "Symptomerne begyndte i %s 2021.", months },
};
static const Template plain_en[] = {
  { "The patient was treated with %s for %d cycles with acceptable toxicity.", drugs_en },
  { "A CT scan after %d cycles showed stable disease without new metastases.", NULL },
  { "Blood tests showed haemoglobin %d.4 mmol/L and normal renal and liver function.", NULL },
  { "There were no signs of infection, and CRP was below %d mg/L.", NULL },
  { "Performance status was unchanged, ECOG %d, and the weight was stable.", NULL },
  { "Treatment was paused for %d weeks because of grade 3 neutropenia.", NULL },
  { "Pain was well controlled with paracetamol and morphine %d mg daily.", NULL },
  { "At follow-up the patient was well and fully active.", NULL },
  { "The side effects were mainly fatigue, nausea and mild peripheral neuropathy.", NULL },
  { "After discussion it was decided to continue the current treatment.", NULL },
};
static const Template ident_en[] = {
  { "A %d-year-old man was referred with dyspnoea and a persistent cough.", NULL },
  { "The patient had surgery on %d March 2022 without complications.", NULL },
  { "Sequencing of the tumour showed %s.", variants_en },
  { "His %s also had cancer.", relatives_en },
  { "He worked as a %s for most of his life.", jobs_en },
  { "He lives in %s with his wife.", towns },
  { "Symptoms began in %s 2021.", months_en },
};

static void
append_sentence (GString *s, GRand *rand, const Template *t)
{
  const char *word = NULL;
  int         number = g_rand_int_range (rand, 2, 80);

  if (t->words != NULL)
    {
      guint n = 0;

      while (t->words[n] != NULL)
        n++;
      word = t->words[g_rand_int_range (rand, 0, n)];
    }
    /* the templates hold at most one %s and one %d, in this order */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (word != NULL && strstr (t->format, "%d") != NULL)
    g_string_append_printf (s, t->format, word, number);
  else if (word != NULL)
    g_string_append_printf (s, t->format, word);
  else
    g_string_append_printf (s, t->format, number);
#pragma GCC diagnostic pop
  g_string_append_c (s, ' ');
}

/* Paragraphs of 4–8 sentences, three in four Danish; about one sentence
 * in 2.5 names something. */
static char *
make_realistic_text (gsize target)
{
  GString          *s = g_string_sized_new (target + 4096);
  g_autoptr (GRand) rand = g_rand_new_with_seed (4);

  while (s->len < target)
    {
      gboolean        en = g_rand_int_range (rand, 0, 4) == 0;
      const Template *plain = en ? plain_en : plain_da;
      const Template *ident = en ? ident_en : ident_da;
      guint           n_plain = en ? G_N_ELEMENTS (plain_en) : G_N_ELEMENTS (plain_da);
      guint           n_ident = en ? G_N_ELEMENTS (ident_en) : G_N_ELEMENTS (ident_da);
      int             sentences = g_rand_int_range (rand, 4, 9);

      for (int k = 0; k < sentences; k++)
        {
          if (g_rand_int_range (rand, 0, 5) < 2)
            append_sentence (s, rand, &ident[g_rand_int_range (rand, 0, n_ident)]);
          else
            append_sentence (s, rand, &plain[g_rand_int_range (rand, 0, n_plain)]);
        }
      s->str[s->len - 1] = '\n';
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}

static gint64
rss_kb (void)
{
  g_autofree char *statm = NULL;
  long             pages = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return 0;
  if (sscanf (statm, "%ld %ld", &pages, &resident) != 2)
    return 0;
  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

/* CPU time of this thread, in ms: unlike the wall clock it does not count
 * the time other processes on a busy machine take from us. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* CPU time (user + system) of the children waited for so far, in s */
static double
children_cpu_s (void)
{
  struct rusage ru;

  getrusage (RUSAGE_CHILDREN, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static char *
make_dense_text (gsize target)
{
  GString *s = g_string_sized_new (target + 4096);
  guint    i = 0;

  while (s->len < target)
    {
      g_string_append (s, paragraphs[i % G_N_ELEMENTS (paragraphs)]);
      /* vary the numbers a little so that nothing is cached by accident */
      g_string_append_printf (s, "Kontrol nr. %u efter %u uger.\n\n", i, i % 52);
      i++;
    }
  return g_string_free (s, FALSE);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

/* Peak resident set size so far, from /proc/self/status. */
static gint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char      *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  p = strstr (status, "VmHWM:");
  return p ? g_ascii_strtoll (p + 6, NULL, 10) : 0;
}

static guint
count_words (const char *text)
{
  guint    n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

#define RUNS 3

/* Scans text whole RUNS times and compares the median with wc -w. */
static void
bench_scan (KasusScanner *scanner, const char *label, const char *text, gsize len)
{
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) wc_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) wc_cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GError) error = NULL;
  g_autofree char   *path = NULL;
  guint              n_findings = 0, n_flagged = 0;
  double             scan_s, wc_s, scan_cpu_s;
  int                fd;

  {
    g_autoptr (GPtrArray) warm =
      kasus_scanner_scan (scanner, text, 100000, KASUS_LANGUAGE_AUTO, NULL);
  }
  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (GPtrArray) f = NULL;
      gint64                t0, t1;
      double                sec;

      double c0, c1;

      t0 = g_get_monotonic_time ();
      c0 = cpu_ms ();
      f = kasus_scanner_scan (scanner, text, len, KASUS_LANGUAGE_AUTO, NULL);
      c1 = cpu_ms ();
      t1 = g_get_monotonic_time ();
      sec = (t1 - t0) / 1e6;
      g_array_append_val (times, sec);
      sec = (c1 - c0) / 1000.0;
      g_array_append_val (cpu_times, sec);
      n_findings = f->len;
      n_flagged = 0;
      for (guint k = 0; k < f->len; k++)
        if (((KasusFinding *) g_ptr_array_index (f, k))->severity >= KASUS_SEVERITY_MEDIUM)
          n_flagged++;
    }
  scan_s = median (times);
  scan_cpu_s = median (cpu_times);
  g_print ("scan %s: %.1f MB in %.3f s (CPU time %.3f s) = %.1f MB/s, %u findings "
           "(%u medium/high: one per %.0f words)\n",
           label, len / 1048576.0, scan_s, scan_cpu_s, len / 1048576.0 / scan_s, n_findings,
           n_flagged, n_flagged ? count_words (text) / (double) n_flagged : 0.0);

  /* wc -w on the same text, as a yardstick */
  fd = g_file_open_tmp ("bench-scan-XXXXXX.txt", &path, &error);
  g_assert_no_error (error);
  close (fd);
  if (g_file_set_contents (path, text, len, &error))
    {
      g_autofree char *cmd = g_strdup_printf ("wc -w %s", path);

      /* the first run warms the page cache */
      for (guint r = 0; r <= RUNS; r++)
        {
          g_autofree char *out = NULL;
          int              status = 0;
          gint64           t0, t1;
          double           sec, c0, c1;

          t0 = g_get_monotonic_time ();
          c0 = children_cpu_s ();
          if (!g_spawn_command_line_sync (cmd, &out, NULL, &status, NULL))
            break;
          c1 = children_cpu_s ();
          t1 = g_get_monotonic_time ();
          sec = (t1 - t0) / 1e6;
          if (r > 0)
            g_array_append_val (wc_times, sec);
          /* wc's CPU time as time(1) shows it: what the child used */
          sec = c1 - c0;
          if (r > 0)
            g_array_append_val (wc_cpu_times, sec);
        }
      if (wc_times->len > 0)
        {
          double wc_cpu_s = median (wc_cpu_times);

          wc_s = median (wc_times);
          g_print ("wc -w %s: %.3f s (CPU time %.3f s); scan/wc ratio: %.2f (CPU time: %.2f)\n",
                   label, wc_s, wc_cpu_s, scan_s / wc_s,
                   wc_cpu_s > 0 ? scan_cpu_s / wc_cpu_s : 0.0);
        }
    }
  g_unlink (path);
}

/* Rescan of one 2 KB paragraph in a 100 KB document: the editor's case. */
static void
bench_rescan (KasusScanner *scanner, const char *label, const char *text)
{
  g_autofree char   *doc = NULL;
  gsize              doc_len = 100 * 1024;
  g_autoptr (GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  glong              para_start, para_end;
  const char        *ps;
  const guint        rounds = 300;

  doc = g_strndup (text, doc_len);
  doc_len = strlen (doc);
  ps = doc + doc_len / 2;
  while (*ps && *ps != '\n')
    ps++;
  para_start = g_utf8_pointer_to_offset (doc, ps);
  para_end = para_start + 2048;
  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr (GPtrArray) f = NULL;
      gint64                t0, t1;
      double                ms, c0, c1;

      t0 = g_get_monotonic_time ();
      c0 = cpu_ms ();
      f = kasus_scanner_scan_range (scanner, doc, doc_len, para_start, para_end,
                                    KASUS_LANGUAGE_AUTO, NULL);
      c1 = cpu_ms ();
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (times, ms);
      ms = c1 - c0;
      g_array_append_val (cpu_times, ms);
    }
  g_array_sort (times, compare_double);
  g_array_sort (cpu_times, compare_double);
  g_print ("rescan %s 2 KB paragraph in 100 KB: p50 %.3f ms, p99 %.3f ms "
           "(CPU time: p50 %.3f ms, p99 %.3f ms)\n",
           label, g_array_index (times, double, rounds / 2),
           g_array_index (times, double, rounds * 99 / 100),
           g_array_index (cpu_times, double, rounds / 2),
           g_array_index (cpu_times, double, rounds * 99 / 100));
}

/* Set KASUS_BENCH_SAVE=PREFIX to keep the texts (PREFIX-realistic.txt,
 * PREFIX-dense.txt), e.g. to compare the findings before and after a
 * change. */
int
main (int argc, char *argv[])
{
  g_autoptr (GError)       error = NULL;
  g_autoptr (KasusScanner) scanner = NULL;
  g_autofree char         *realistic = NULL;
  g_autofree char         *dense = NULL;
  const char              *save = g_getenv ("KASUS_BENCH_SAVE");
  gint64                   rss0, rss1, t0, t1;
  double                   c0, c1;
  gsize                    big_len = 10 * 1024 * 1024;

  rss0 = rss_kb ();
  t0 = g_get_monotonic_time ();
  c0 = cpu_ms ();
  scanner = kasus_scanner_new (&error);
  c1 = cpu_ms ();
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  rss1 = rss_kb ();
  g_print ("rule load: %.1f ms (CPU time %.1f ms), memory added: %.1f MB (RSS)\n",
           (t1 - t0) / 1000.0, c1 - c0, (rss1 - rss0) / 1024.0);

  realistic = make_realistic_text (big_len);
  dense = make_dense_text (big_len);
  if (save != NULL)
    {
      g_autofree char *p1 = g_strconcat (save, "-realistic.txt", NULL);
      g_autofree char *p2 = g_strconcat (save, "-dense.txt", NULL);

      g_file_set_contents (p1, realistic, -1, NULL);
      g_file_set_contents (p2, dense, -1, NULL);
    }

  /* the headline: case-like prose */
  bench_scan (scanner, "realistic", realistic, strlen (realistic));
  bench_rescan (scanner, "realistic", realistic);
  /* the worst case: findings in nearly every sentence */
  bench_scan (scanner, "dense", dense, strlen (dense));
  bench_rescan (scanner, "dense", dense);

  g_print ("peak RSS: %.1f MB, of which the two texts %.1f MB\n", (peak_rss_kb () - rss0) / 1024.0,
           (strlen (realistic) + strlen (dense)) / 1048576.0);
  return 0;
}
