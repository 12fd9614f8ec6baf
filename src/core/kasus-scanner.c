/* kasus-scanner.c — rule-based detection of what identifies a patient
 *
 * The text is cut into paragraphs; each gets its language, the variant
 * rules and the scanner's own rules (kasus-scan-rules.c). Candidates that
 * overlap are settled by priority, then byte offsets become code points
 * in one pass.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-scanner"

#include "config.h"

#include <string.h>

#include "kasus-case.h"
#include "kasus-scan-rules.h"
#include "kasus-scanner.h"
#include "kasus-variant-rules.h"

struct _KasusScanner
{
  GObject parent_instance;

  KasusVariantRules *variants;
  KasusScanRules    *rules;
};

G_DEFINE_FINAL_TYPE (KasusScanner, kasus_scanner, G_TYPE_OBJECT)

/* Paragraphs longer than this are cut at a line break, so that a huge
 * text without blank lines still gets per-part language and bounded
 * token arrays. */
#define MAX_PARAGRAPH (64 * 1024)

/* Eight bytes at a time: most of a case text is ASCII. */
#define HIGH_BITS G_GUINT64_CONSTANT (0x8080808080808080)
#define LOW_BITS  G_GUINT64_CONSTANT (0x0101010101010101)

static inline gboolean
ascii_word (const char *p)
{
  guint64 w;

  memcpy (&w, p, 8);
  return (w & HIGH_BITS) == 0;
}

/* Advances *p (at code point *cp) towards code point target, not past
 * limit, exactly as g_utf8_next_char() one step at a time would. */
static inline void
advance_code_points (const char **p, gint64 *cp, gint64 target, const char *limit)
{
  const char *q = *p;
  gint64      c = *cp;

  while (q < limit && c < target)
    {
      if (limit - q >= 8 && target - c >= 8 && ascii_word (q))
        {
          q += 8;
          c += 8;
          continue;
        }
      q = g_utf8_next_char (q);
      c++;
    }
  *p = q;
  *cp = c;
}

/* Advances *p to byte pointer target counting code points into *cp. */
static inline void
count_code_points (const char **p, gint64 *cp, const char *target)
{
  const char *q = *p;
  gint64      c = *cp;

  while (q < target)
    {
      if (target - q >= 8 && ascii_word (q))
        {
          q += 8;
          c += 8;
          continue;
        }
      q = g_utf8_next_char (q);
      c++;
    }
  *p = q;
  *cp = c;
}

/* g_utf8_validate_len() with an ASCII fast path: only the characters
 * that are not plain ASCII (nor NUL) go through GLib, and on an error
 * GLib validates the rest to find the same bad byte. */
static gboolean
utf8_validate (const char *text, gsize length, const char **bad)
{
  const char *p = text, *end = text + length;

  while (p < end)
    {
      guchar c;
      gsize  n;

      if (end - p >= 8)
        {
          guint64 w;

          memcpy (&w, p, 8);
          /* no high bit and no NUL byte */
          if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & ~w & HIGH_BITS) == 0)
            {
              p += 8;
              continue;
            }
        }
      c = *p;
      if (c != 0 && c < 0x80)
        {
          p++;
          continue;
        }
      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      n = MIN (n, (gsize) (end - p));
      if (!g_utf8_validate_len (p, n, NULL))
        return g_utf8_validate_len (p, end - p, bad);
      p += n;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Dashes and spaces of word processors. Text pasted from Word or a PDF
 * writes hyphens as U+2010, U+2011, ranges with U+2013, minus as U+2212,
 * spaces as U+00A0, U+202F …, and hides soft hyphens in words; the rules
 * know the ASCII forms. A text with any of them is scanned as a copy in
 * which each is ASCII (the invisible ones gone), and the findings are
 * mapped back to the text. */

/* One character changed in the copy: at copy offset nstart, nlen (0 or 1)
 * bytes stand for the olen bytes at ostart of the original. */
typedef struct
{
  gsize  nstart;
  gsize  ostart;
  guint8 nlen;
  guint8 olen;
} PlainEdit;

/* The character before p, or 0 at s; across white space on the line
 * (not a line break) when over_space. */
static gunichar
char_before (const guchar *s, const guchar *p, gboolean over_space)
{
  while (p > s)
    {
      const guchar *q = p - 1;
      gunichar      c;

      while (q > s && (*q & 0xC0) == 0x80)
        q--;
      c = g_utf8_get_char ((const char *) q);
      if (!over_space || !(c == '\t' || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR))
        return c;
      p = q;
    }
  return 0;
}

/* The character at p, or 0 at end; across white space on the line
 * when over_space. */
static gunichar
char_at (const guchar *p, const guchar *end, gboolean over_space)
{
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated ((const char *) p, end - p);

      if (c >= 0x110000)
        return 0;
      if (!over_space || !(c == '\t' || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR))
        return c;
      p = (const guchar *) g_utf8_next_char (p);
    }
  return 0;
}

static inline gboolean
is_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

/* An en or em dash (at p, three bytes) that is a hyphen: glued to what stands
 * on either side unless both are letters ("010190–1234", "2019–2021",
 * "3.–5.", "EML4–ALK"; not "Hamburg–Flensburg", "Jan–mar", which join no
 * compound); set off by spaces only between numbers ("12 08 59 – 1677",
 * "20 – 30 40 50"; not the dash of a clause, "primerdesign – samt"). */
static gboolean
dash_is_hyphen (const guchar *s, const guchar *p, const guchar *end)
{
  gunichar before = char_before (s, p, FALSE), after = char_at (p + 3, end, FALSE);

  if (before == 0 || after == 0)
    return FALSE;
  if (g_unichar_isspace (before) || g_unichar_isspace (after))
    return is_digit (char_before (s, p, TRUE)) && is_digit (char_at (p + 3, end, TRUE));
  return !(g_unichar_isalpha (before) && g_unichar_isalpha (after));
}

/* The ASCII byte that stands for the character at p (a lead byte 0xC2,
 * 0xE2 or 0xEF), 0 for one that goes, -1 for one that stays; *olen is its
 * length. s is where the text starts, end where it ends. */
static int
plain_char (const guchar *s, const guchar *p, const guchar *end, int *olen)
{
  guchar b1, b2;

  if (p[0] == 0xC2)
    {
      if (end - p < 2)
        return -1;
      *olen = 2;
      if (p[1] == 0xA0) /* no-break space */
        return ' ';
      if (p[1] == 0xAD) /* soft hyphen */
        return 0;
      return -1;
    }
  if (end - p < 3)
    return -1;
  *olen = 3;
  b1 = p[1];
  b2 = p[2];
  if (p[0] == 0xEF)
    return b1 == 0xBB && b2 == 0xBF ? 0 : -1; /* zero-width no-break space, BOM */
  if (b1 == 0x80)
    {
      if (b2 <= 0x8A) /* en quad … hair space */
        return ' ';
      switch (b2)
        {
          case 0x8B: /* zero-width space */
            return 0;
          case 0x90: /* hyphen */
          case 0x91: /* non-breaking hyphen */
          case 0x92: /* figure dash */
            return '-';
          case 0x93: /* en dash */
            return dash_is_hyphen (s, p, end) ? '-' : -1;
          case 0x94: /* em dash: between numbers only, else the dash of a clause */
            return dash_is_hyphen (s, p, end) && is_digit (char_before (s, p, TRUE)) &&
                       is_digit (char_at (p + 3, end, TRUE))
                     ? '-'
                     : -1;
          case 0xA8: /* line separator */
          case 0xA9: /* paragraph separator */
            return '\n';
          case 0xAF: /* narrow no-break space */
            return ' ';
          default:
            return -1;
        }
    }
  if (b1 == 0x81 && b2 == 0xA0) /* word joiner */
    return 0;
  if (b1 == 0x88 && b2 == 0x92) /* minus sign */
    return '-';
  return -1;
}

static inline const guchar *
find_byte (const guchar *p, const guchar *end, guchar b)
{
  const guchar *q = p < end ? memchr (p, b, end - p) : NULL;

  return q != NULL ? q : end;
}

/* A copy of text[0, len) with the characters above made ASCII (NUL-
 * terminated, its length in *plain_len) and the changes in *edits; NULL
 * when there is nothing to change. The lead bytes are looked for with
 * memchr(): a text without them costs three fast passes. */
static char *
plain_copy (const char *text, gsize len, gsize *plain_len, GArray **edits)
{
  static const guchar lead[3] = { 0xC2, 0xE2, 0xEF };
  const guchar       *s = (const guchar *) text, *end = s + len, *copied = s;
  const guchar       *next[3];
  char               *out = NULL;
  gsize               o = 0;

  for (guint k = 0; k < 3; k++)
    next[k] = find_byte (s, end, lead[k]);
  for (;;)
    {
      guint         k = next[0] <= next[1] ? 0 : 1;
      const guchar *p;
      int           olen = 0, c;

      if (next[2] < next[k])
        k = 2;
      p = next[k];
      if (p >= end)
        break;
      /* continuation bytes are 0x80-0xBF: a lead byte found is one */
      c = plain_char (s, p, end, &olen);
      if (c < 0)
        {
          next[k] = find_byte (p + 1, end, lead[k]);
          continue;
        }
      if (out == NULL)
        {
          out = g_malloc (len + 1);
          *edits = g_array_new (FALSE, FALSE, sizeof (PlainEdit));
        }
      memcpy (out + o, copied, p - copied);
      o += p - copied;
      {
        PlainEdit e = { o, p - s, c ? 1 : 0, olen };

        g_array_append_val (*edits, e);
      }
      if (c)
        out[o++] = c;
      copied = p + olen;
      for (guint m = 0; m < 3; m++)
        if (next[m] < copied)
          next[m] = find_byte (copied, end, lead[m]);
    }
  if (out == NULL)
    return NULL;
  memcpy (out + o, copied, end - copied);
  o += end - copied;
  out[o] = '\0';
  *plain_len = o;
  return out;
}

/* Offset x of the copy as an offset of the original. A character that
 * went lies inside a start (it is skipped) and outside an end. */
static gsize
plain_to_original (const PlainEdit *edits, guint n, gsize x, gboolean is_end)
{
  guint            lo = 0, hi = n;
  const PlainEdit *e;

  /* lo: the number of changes wholly before x */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (is_end ? edits[mid].nstart < x : edits[mid].nstart + edits[mid].nlen <= x)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return x;
  e = &edits[lo - 1];
  return x - (e->nstart + e->nlen) + e->ostart + e->olen;
}

static void
kasus_scanner_finalize (GObject *object)
{
  KasusScanner *self = (KasusScanner *) object;

  g_clear_pointer (&self->rules, kasus_scan_rules_free);
  g_clear_pointer (&self->variants, kasus_variant_rules_free);

  G_OBJECT_CLASS (kasus_scanner_parent_class)->finalize (object);
}

static void
kasus_scanner_class_init (KasusScannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kasus_scanner_finalize;
}

static void
kasus_scanner_init (KasusScanner *self)
{
}

KasusScanner *
kasus_scanner_new (GError **error)
{
  g_autoptr (KasusScanner) self = g_object_new (KASUS_TYPE_SCANNER, NULL);

  self->variants = kasus_variant_rules_new (error);
  if (self->variants == NULL)
    return NULL;
  self->rules = kasus_scan_rules_new (self->variants, error);
  if (self->rules == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

KasusScanner *
kasus_scanner_get_default (void)
{
  static KasusScanner *scanner;

  if (g_once_init_enter (&scanner))
    {
      g_autoptr (GError) error = NULL;
      KasusScanner      *s = kasus_scanner_new (&error);

      if (s == NULL)
        g_critical ("Cannot load the scanner rules: %s", error->message);
      g_once_init_leave (&scanner, s);
    }
  return scanner;
}

KasusLanguage
kasus_scanner_detect_language (KasusScanner *self, const char *text, gssize length)
{
  KasusLanguage lang;

  g_return_val_if_fail (KASUS_IS_SCANNER (self), KASUS_LANGUAGE_DA);
  g_return_val_if_fail (text != NULL || length == 0, KASUS_LANGUAGE_DA);

  if (length < 0)
    length = strlen (text);
  lang = kasus_scan_rules_detect_language (self->rules, text, length);
  return lang == KASUS_LANGUAGE_AUTO ? KASUS_LANGUAGE_DA : lang;
}

/* ------------------------------------------------------------------ */
/* Known identifiers: case-insensitive, on code points, with Danish and
 * English endings (Jensens, Jensen's, Thisted's). */

static const char *known_suffixes[] = {
  "'s", "’s", "s'", "s", "'", "’", "ens", "ets", "en", "et", "erne", "ene", "er", "es", "e", "n",
};

static inline gboolean
alnum_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* Matches needle (lower-case code points) at p; returns the end or NULL. */
static const char *
known_match_at (const char *p, const char *end, const gunichar *needle, gsize n)
{
  for (gsize k = 0; k < n; k++)
    {
      gunichar c;

      if (p >= end)
        return NULL;
      if (g_unichar_isspace (needle[k]))
        {
          /* any run of white space */
          if (!g_unichar_isspace (g_utf8_get_char (p)))
            return NULL;
          while (p < end && g_unichar_isspace (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          while (k + 1 < n && g_unichar_isspace (needle[k + 1]))
            k++;
          continue;
        }
      c = g_unichar_tolower (g_utf8_get_char (p));
      if (c != needle[k])
        return NULL;
      p = g_utf8_next_char (p);
    }
  return p;
}

static void
scan_known (KasusScanner *self,
            const char   *text,
            gsize         bstart,
            gsize         bend,
            KasusLanguage language,
            GPtrArray    *known,
            GArray       *out)
{
  const char *end = text + bend;

  for (guint k = 0; k < known->len; k++)
    {
      const KasusKnownIdentifier *id = g_ptr_array_index (known, k);
      g_autofree char            *down = NULL;
      g_autofree gunichar        *needle = NULL;
      glong                       n = 0;
      gboolean                    prev_alnum = FALSE;
      char                       *stripped;

      if (id == NULL || id->text == NULL)
        continue;
      /* "Hans‑Peter" as the text is scanned: with ASCII dashes and spaces */
      {
        g_autoptr (GArray) edits = NULL;
        gsize              plain_len;

        stripped = plain_copy (id->text, strlen (id->text), &plain_len, &edits);
      }
      stripped = g_strstrip (stripped != NULL ? stripped : g_strdup (id->text));
      down = g_utf8_strdown (stripped, -1);
      g_free (stripped);
      needle = g_utf8_to_ucs4_fast (down, -1, &n);
      if (n == 0)
        continue;

      for (const char *p = text + bstart; p < end; p = g_utf8_next_char (p))
        {
          gunichar    c = g_utf8_get_char (p);
          const char *m;

          if (!prev_alnum && g_unichar_tolower (c) == needle[0] &&
              (m = known_match_at (p, end, needle, n)) != NULL)
            {
              const char *stop = NULL;

              if (m >= end || !alnum_char (g_utf8_get_char (m)))
                stop = m;
              else
                for (guint s = 0; s < G_N_ELEMENTS (known_suffixes); s++)
                  {
                    gsize sl = strlen (known_suffixes[s]);
                    if ((gsize) (end - m) >= sl &&
                        g_ascii_strncasecmp (m, known_suffixes[s], sl) == 0 &&
                        (m + sl >= end || !alnum_char (g_utf8_get_char (m + sl))))
                      {
                        stop = m + sl;
                        break;
                      }
                  }
              if (stop != NULL)
                {
                  KasusCandidate cand = { 0 };

                  /* the possessive mark is not part of the name */
                  if (stop > m &&
                      (stop[-1] == '\'' ||
                       (stop - m >= 3 && (guchar) stop[-1] == 0x99 && (guchar) stop[-2] == 0x80)))
                    stop = stop[-1] == '\'' ? stop - 1 : stop - 3;
                  cand.start = p - text;
                  cand.end = stop - text;
                  cand.category = id->category;
                  cand.severity = KASUS_SEVERITY_HIGH;
                  cand.priority = 100;
                  cand.rule = "known";
                  cand.suggestion = kasus_scan_rules_known_suggestion (id->category, language);
                  cand.reason = KASUS_REASON_KNOWN_IDENTIFIER;
                  cand.reason_language = language;
                  g_array_append_val (out, cand);
                  p = stop - 1;
                  while (p > text && ((guchar) *p & 0xC0) == 0x80)
                    p--;
                  prev_alnum = TRUE;
                  continue;
                }
            }
          prev_alnum = alnum_char (c);
        }
    }
}

/* ------------------------------------------------------------------ */

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const KasusCandidate *ca = a, *cb = b;

  if (ca->start != cb->start)
    return ca->start < cb->start ? -1 : 1;
  if (ca->end != cb->end)
    return ca->end > cb->end ? -1 : 1;
  return cb->priority - ca->priority;
}

static gboolean
better (const KasusCandidate *a, const KasusCandidate *b)
{
  if (a->priority != b->priority)
    return a->priority > b->priority;
  if (a->severity != b->severity)
    return a->severity > b->severity;
  return (a->end - a->start) > (b->end - b->start);
}

/* Keeps, of every set of overlapping candidates, the best ones that do
 * not overlap each other. */
static void
resolve_overlaps (GArray *cands)
{
  guint i = 0, w = 0;

  g_array_sort (cands, compare_candidates);
  while (i < cands->len)
    {
      guint j = i + 1;
      gsize cluster_end = g_array_index (cands, KasusCandidate, i).end;

      while (j < cands->len && g_array_index (cands, KasusCandidate, j).start < cluster_end)
        {
          cluster_end = MAX (cluster_end, g_array_index (cands, KasusCandidate, j).end);
          j++;
        }
      if (j == i + 1)
        {
          if (w != i)
            g_array_index (cands, KasusCandidate, w) = g_array_index (cands, KasusCandidate, i);
          w++;
        }
      else
        {
          /* greedy by quality within the cluster */
          guint                n = j - i;
          g_autofree gboolean *keep = g_new0 (gboolean, n);

          for (;;)
            {
              int best = -1;
              for (guint k = 0; k < n; k++)
                {
                  KasusCandidate *c = &g_array_index (cands, KasusCandidate, i + k);
                  gboolean        free_ = !keep[k] && c->end > c->start;

                  if (!free_)
                    continue;
                  for (guint m = 0; m < n && free_; m++)
                    {
                      KasusCandidate *o = &g_array_index (cands, KasusCandidate, i + m);
                      if (keep[m] && o->start < c->end && c->start < o->end)
                        free_ = FALSE;
                    }
                  if (free_ &&
                      (best < 0 || better (c, &g_array_index (cands, KasusCandidate, i + best))))
                    best = k;
                }
              if (best < 0)
                break;
              keep[best] = TRUE;
            }
          {
            g_autofree KasusCandidate *kept = g_new (KasusCandidate, n);
            guint                      nk = 0;

            for (guint k = 0; k < n; k++)
              {
                KasusCandidate *c = &g_array_index (cands, KasusCandidate, i + k);
                if (keep[k])
                  kept[nk++] = *c;
                else
                  kasus_candidate_clear (c);
              }
            for (guint k = 0; k < nk; k++)
              g_array_index (cands, KasusCandidate, w++) = kept[k];
          }
        }
      i = j;
    }
  /* the tail holds moved-from copies: forget them before shrinking */
  if (w < cands->len)
    memset (&g_array_index (cands, KasusCandidate, w), 0,
            (cands->len - w) * sizeof (KasusCandidate));
  g_array_set_size (cands, w);
}

static void
candidate_array_clear (gpointer data)
{
  kasus_candidate_clear (data);
}

/* The language of text[bstart, bend)'s first 64 KiB (Danish when it
 * has no clue), cached in *fallback. */
static KasusLanguage
fallback_language (KasusScanner  *self,
                   const char    *text,
                   gsize          bstart,
                   gsize          bend,
                   KasusLanguage *fallback)
{
  if (*fallback == KASUS_LANGUAGE_AUTO)
    {
      *fallback = kasus_scan_rules_detect_language (self->rules, text + bstart,
                                                    MIN (bend - bstart, (gsize) 65536));
      if (*fallback == KASUS_LANGUAGE_AUTO)
        *fallback = KASUS_LANGUAGE_DA;
    }
  return *fallback;
}

static void
scan_paragraph (KasusScanner     *self,
                const char       *text,
                gsize             ps,
                gsize             pe,
                KasusLanguage     forced,
                KasusLanguage    *fallback,
                gsize             bstart,
                gsize             bend,
                KasusScanScratch *scratch,
                GPtrArray        *vf,
                GArray           *cands)
{
  KasusLanguage lang = forced;

  if (lang == KASUS_LANGUAGE_AUTO)
    {
      lang = kasus_scan_rules_detect_language (self->rules, text + ps, pe - ps);
      if (lang == KASUS_LANGUAGE_AUTO)
        lang = fallback_language (self, text, bstart, bend, fallback);
    }

  g_ptr_array_set_size (vf, 0);
  kasus_variant_rules_scan (self->variants, text + ps, pe - ps, lang, vf);
  for (guint k = 0; k < vf->len; k++)
    {
      KasusFinding  *f = g_ptr_array_index (vf, k);
      KasusCandidate c = { 0 };

      if (f->start < 0 || f->end > (gint64) (pe - ps) || f->start >= f->end)
        continue;
      c.start = ps + f->start;
      c.end = ps + f->end;
      c.category = f->category;
      c.severity = f->severity;
      c.priority = f->category == KASUS_CATEGORY_VARIANT ? 80 : 10;
      c.rule = "variant";
      c.finding = kasus_finding_ref (f);
      g_array_append_val (cands, c);
    }

  g_ptr_array_set_size (vf, 0);
  kasus_scan_rules_scan (self->rules, text + ps, pe - ps, ps, lang, scratch, cands);
}

/* A variant told as absent in one place ("FISH for X was negative") but
 * reported in another is the patient's all the same: its name is to go
 * wherever it stands. Raises the low "not found" variant candidates whose
 * text, or change after the gene ("EGFR C797S" / "C797S"), is reported at
 * medium or high severity elsewhere in text. */
static char *
variant_key (const char *text, gsize start, gsize end, gboolean change)
{
  gsize s = start, digits = 0;

  if (change)
    {
      for (gsize k = end; k > start; k--)
        if (text[k - 1] == ' ')
          {
            s = k;
            break;
          }
      if (s == start || end - s < 4)
        return NULL;
      for (gsize k = s; k < end; k++)
        digits += g_ascii_isdigit (text[k]) ? 1 : 0;
      if (digits == 0)
        return NULL;
    }
  return g_ascii_strdown (text + s, end - s);
}

static void
promote_repeated_variants (const char *text, GArray *cands)
{
  g_autoptr (GHashTable) reported = NULL;
  gboolean               low = FALSE;

  for (guint k = 0; k < cands->len && !low; k++)
    {
      const KasusCandidate *c = &g_array_index (cands, KasusCandidate, k);

      low = c->category == KASUS_CATEGORY_VARIANT && c->finding &&
            c->severity == KASUS_SEVERITY_LOW && c->finding->reason_id == KASUS_REASON_NOT_FOUND;
    }
  if (!low)
    return;
  reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint k = 0; k < cands->len; k++)
    {
      KasusCandidate *c = &g_array_index (cands, KasusCandidate, k);

      if (c->category != KASUS_CATEGORY_VARIANT || !c->finding ||
          c->severity < KASUS_SEVERITY_MEDIUM || c->end - c->start > 200)
        continue;
      for (int change = 0; change < 2; change++)
        {
          char *key = variant_key (text, c->start, c->end, change);

          if (key && !g_hash_table_contains (reported, key))
            g_hash_table_insert (reported, key, c->finding);
          else
            g_free (key);
        }
    }
  for (guint k = 0; k < cands->len; k++)
    {
      KasusCandidate *c = &g_array_index (cands, KasusCandidate, k);

      if (c->category != KASUS_CATEGORY_VARIANT || !c->finding ||
          c->severity != KASUS_SEVERITY_LOW || c->finding->reason_id != KASUS_REASON_NOT_FOUND ||
          c->end - c->start > 200)
        continue;
      for (int change = 0; change < 2; change++)
        {
          g_autofree char    *key = variant_key (text, c->start, c->end, change);
          const KasusFinding *from = key ? g_hash_table_lookup (reported, key) : NULL;

          if (from)
            {
              c->severity = from->severity;
              c->finding->severity = from->severity;
              kasus_finding_copy_reason (c->finding, from);
              break;
            }
        }
    }
}

/* The candidates of text[bstart, bend) that do not overlap, in byte
 * offsets into text, ascending. */
static void
collect_candidates (KasusScanner *self,
                    const char   *text,
                    gsize         bstart,
                    gsize         bend,
                    KasusLanguage language,
                    GPtrArray    *known,
                    GArray       *cands)
{
  /* reused by every paragraph */
  g_autoptr (GPtrArray) vf = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  g_autoptr (KasusScanScratch) scratch = kasus_scan_scratch_new ();
  g_autoptr (GArray)           names = g_array_new (FALSE, FALSE, sizeof (guint));
  KasusLanguage                fallback;
  gsize                        p = bstart;

  /* the language of the text's start, for paragraphs without a clue;
   * worked out when first needed */
  fallback = KASUS_LANGUAGE_AUTO;

  /* paragraphs: up to an empty line */
  while (p < bend)
    {
      gsize e = p;
      gsize cut = 0;

      while (e < bend)
        {
          const char *nl = memchr (text + e, '\n', bend - e);
          gsize       after;

          if (nl == NULL)
            {
              e = bend;
              break;
            }
          after = nl - text + 1;
          /* blank line? */
          {
            gsize k = after;
            while (k < bend && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
              k++;
            if (k >= bend || text[k] == '\n')
              {
                e = after;
                break;
              }
          }
          e = after;
          if (e - p > MAX_PARAGRAPH)
            {
              cut = e;
              break;
            }
        }
      if (cut)
        e = cut;
      {
        guint first = cands->len;

        scan_paragraph (self, text, p, e, language, &fallback, bstart, bend, scratch, vf, cands);
        /* the names found, while their candidates are still in the cache */
        for (guint k = first; k < cands->len; k++)
          if (g_array_index (cands, KasusCandidate, k).category == KASUS_CATEGORY_NAME)
            g_array_append_val (names, k);
      }
      p = e;
    }

  kasus_scan_rules_propagate_names (self->rules, text, bstart, bend, cands,
                                    (const guint *) names->data, names->len);
  promote_repeated_variants (text, cands);

  if (known != NULL && known->len > 0)
    scan_known (self, text, bstart, bend,
                language == KASUS_LANGUAGE_AUTO
                  ? fallback_language (self, text, bstart, bend, &fallback)
                  : language,
                known, cands);

  resolve_overlaps (cands);
}

/* Scans text[bstart, bend) whose first byte is code point cp_base. */
static GPtrArray *
scan_bytes (KasusScanner *self,
            const char   *text,
            gsize         bstart,
            gsize         bend,
            gint64        cp_base,
            KasusLanguage language,
            GPtrArray    *known)
{
  g_autoptr (GArray) cands = g_array_new (FALSE, TRUE, sizeof (KasusCandidate));
  g_autoptr (GArray) edits = NULL;
  g_autofree char   *plain = NULL;
  gsize              plain_len = 0;
  GPtrArray  *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  const char *q;
  gint64      cp;

  g_array_set_clear_func (cands, candidate_array_clear);

  plain = plain_copy (text + bstart, bend - bstart, &plain_len, &edits);
  if (plain == NULL)
    collect_candidates (self, text, bstart, bend, language, known, cands);
  else
    {
      const PlainEdit *e = (const PlainEdit *) edits->data;

      /* the mapping keeps the order, and no span is left empty: a kept
       * byte of the copy is a byte of the original */
      collect_candidates (self, plain, 0, plain_len, language, known, cands);
      for (guint k = 0; k < cands->len; k++)
        {
          KasusCandidate *c = &g_array_index (cands, KasusCandidate, k);

          c->start = bstart + plain_to_original (e, edits->len, c->start, FALSE);
          c->end = bstart + plain_to_original (e, edits->len, c->end, TRUE);
        }
    }

  /* byte offsets to code points in one pass: kept candidates do not
   * overlap, so starts and ends both ascend */
  q = text + bstart;
  cp = cp_base;
  for (guint k = 0; k < cands->len; k++)
    {
      KasusCandidate  *c = &g_array_index (cands, KasusCandidate, k);
      gint64           s, e;
      KasusFinding    *f;
      g_autofree char *long_surface = NULL;
      char             buf[256];
      char            *surface = buf;
      gsize            len;

      if (c->end <= c->start)
        continue;
      len = c->end - c->start;
      count_code_points (&q, &cp, text + c->start);
      s = cp;
      count_code_points (&q, &cp, text + c->end);
      e = cp;
      /* the finding copies the surface: most fit on the stack */
      if (len >= sizeof buf)
        surface = long_surface = g_malloc (len + 1);
      memcpy (surface, text + c->start, len);
      surface[len] = '\0';
      if (c->finding && g_atomic_ref_count_compare (&c->finding->ref_count, 1) &&
          c->finding->section == NULL && c->finding->page == 0 &&
          g_strcmp0 (c->finding->text, surface) == 0)
        {
          /* a variant finding no one else holds (the paragraph's list
           * let go of it): it only needs the offsets in code points, not
           * a copy of every string */
          f = g_steal_pointer (&c->finding);
          f->start = s;
          f->end = e;
        }
      else if (c->finding)
        {
          f = kasus_finding_new (s, e, c->finding->category, c->finding->severity, c->finding->rule,
                                 surface, c->finding->suggestion);
          kasus_finding_copy_reason (f, c->finding);
        }
      else
        {
          /* the finding is not handed out yet: it takes the candidate's
           * suggestion instead of a copy */
          f = kasus_finding_new (s, e, c->category, c->severity, c->rule, surface, NULL);
          f->suggestion = g_steal_pointer (&c->suggestion);
          if (c->reason != KASUS_REASON_NONE)
            kasus_finding_set_reason (f, c->reason, 0, c->reason_language);
        }
      g_ptr_array_add (findings, f);
    }
  return findings;
}

static gsize
valid_length (const char *text, gssize length)
{
  const char *bad = NULL;

  if (length < 0)
    length = strlen (text);
  if (!utf8_validate (text, length, &bad))
    {
      g_warning ("Text is not valid UTF-8 at byte %" G_GSIZE_FORMAT "; scanning only before it",
                 (gsize) (bad - text));
      return bad - text;
    }
  return length;
}

GPtrArray *
kasus_scanner_scan (KasusScanner *self,
                    const char   *text,
                    gssize        length,
                    KasusLanguage language,
                    GPtrArray    *known)
{
  gsize len;

  g_return_val_if_fail (KASUS_IS_SCANNER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  len = valid_length (text, length);
  return scan_bytes (self, text, 0, len, 0, language, known);
}

GPtrArray *
kasus_scanner_scan_range (KasusScanner *self,
                          const char   *text,
                          gssize        length,
                          gint64        start,
                          gint64        end,
                          KasusLanguage language,
                          GPtrArray    *known)
{
  gsize       len;
  const char *p, *limit;
  gsize       bs, be;
  gint64      cp = 0;

  g_return_val_if_fail (KASUS_IS_SCANNER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (start >= 0 && start <= end, NULL);

  if (text == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) kasus_finding_unref);
  len = length < 0 ? strlen (text) : (gsize) length;
  limit = text + len;
  p = text;
  advance_code_points (&p, &cp, start, limit);
  bs = MIN ((gsize) (p - text), len);
  start = cp;
  advance_code_points (&p, &cp, end, limit);
  be = MIN ((gsize) (p - text), len);
  if (!utf8_validate (text + bs, be - bs, NULL))
    be = bs + valid_length (text + bs, be - bs);
  return scan_bytes (self, text, bs, be, start, language, known);
}
