/* kasus-hgvs.c — a hand-written recursive-descent recogniser of HGVS
 * descriptions (https://hgvs-nomenclature.org). It accepts what the
 * recommendations describe and also the legacy forms clinicians still
 * write (c.5946delT, c.IVS2+1G>A, NM_ without version), flagging those as
 * non-standard: they name a variant just as well, so the scanner must see
 * them, but they are not HGVS.
 *
 * Copyright 2026 The Kasus authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kasus-variant"

#include "config.h"

#include <string.h>

#include "kasus-hgvs.h"

/* Longest description we try; longer ones are cut at the last full part. */
#define MAX_DESCRIPTION 400
/* Bounded nesting: brackets inside insertions inside alleles. */
#define MAX_DEPTH 4

typedef struct
{
  const char *s;
  gsize       n;
  gsize       i;
  char        type;
  gboolean    legacy;
  gboolean    changed;
  int         depth;
  /* The 1-letter protein change of the last p. variant. */
  GString *prot;
  int      n_pvars;
} Parser;

static inline int
peek (const Parser *p, gsize k)
{
  return p->i + k < p->n ? (unsigned char) p->s[p->i + k] : 0;
}

static inline gboolean
at (const Parser *p, const char *lit)
{
  gsize len = strlen (lit);

  return p->i + len <= p->n && memcmp (p->s + p->i, lit, len) == 0;
}

static inline gboolean
eat (Parser *p, const char *lit)
{
  if (!at (p, lit))
    return FALSE;
  p->i += strlen (lit);
  return TRUE;
}

static inline gboolean
eat_char (Parser *p, char c)
{
  if (peek (p, 0) != (unsigned char) c)
    return FALSE;
  p->i++;
  return TRUE;
}

static gsize
digits (Parser *p)
{
  gsize start = p->i;

  while (g_ascii_isdigit (peek (p, 0)))
    p->i++;
  return p->i - start;
}

/* A number or '?' */
static gboolean
number (Parser *p)
{
  if (eat_char (p, '?'))
    return TRUE;
  return digits (p) > 0;
}

/* --- reference sequences --------------------------------------------- */

gsize
kasus_hgvs_accession_length (const char *text, gsize length, gboolean *versioned)
{
  Parser p = {
    text,
    MIN (length, MAX_DESCRIPTION),
    0,
  };
  gboolean ok = FALSE;

  if (versioned)
    *versioned = FALSE;

  if (eat (&p, "LRG_"))
    {
      if (digits (&p) == 0)
        return 0;
      if (eat_char (&p, 't') || eat_char (&p, 'p'))
        {
          if (digits (&p) == 0)
            return 0;
        }
      /* LRGs are not versioned */
      if (versioned)
        *versioned = TRUE;
      return p.i;
    }

  if (eat (&p, "ENST") || eat (&p, "ENSG") || eat (&p, "ENSP"))
    ok = digits (&p) >= 6;
  else if (eat (&p, "chr"))
    {
      /* chr11:g.… (genome browser style) */
      if (!(eat_char (&p, 'X') || eat_char (&p, 'Y') || eat_char (&p, 'M') || digits (&p) > 0) ||
          peek (&p, 0) != ':')
        return 0;
      if (versioned)
        *versioned = TRUE;
      return p.i;
    }
  else if (g_ascii_isupper (peek (&p, 0)) && g_ascii_isupper (peek (&p, 1)) && peek (&p, 2) == '_')
    {
      static const char *const prefixes[] = {
        "NM", "NC", "NP", "NR", "NG", "NT", "NW", "XM", "XR", "XP", "YP", "AC", "NZ", "WP",
      };
      for (guint k = 0; k < G_N_ELEMENTS (prefixes) && !ok; k++)
        if (at (&p, prefixes[k]))
          ok = TRUE;
      if (!ok)
        return 0;
      p.i += 3;
      ok = digits (&p) >= 2;
    }
  else
    {
      /* GenBank: U14680.1, AB053210.2 — only with a version */
      gsize letters = 0;

      while (g_ascii_isupper (peek (&p, 0)) && letters < 2)
        {
          p.i++;
          letters++;
        }
      if (letters == 0 || digits (&p) < 5 || peek (&p, 0) != '.' || !g_ascii_isdigit (peek (&p, 1)))
        return 0;
      ok = TRUE;
    }

  if (!ok)
    return 0;
  if (peek (&p, 0) == '.' && g_ascii_isdigit (peek (&p, 1)))
    {
      p.i++;
      digits (&p);
      if (versioned)
        *versioned = TRUE;
    }
  return p.i;
}

static gboolean
accession (Parser *p)
{
  gboolean versioned;
  gsize    len = kasus_hgvs_accession_length (p->s + p->i, p->n - p->i, &versioned);

  if (len == 0)
    return FALSE;
  p->i += len;
  if (!versioned)
    p->legacy = TRUE;
  return TRUE;
}

static gboolean
type_prefix (Parser *p)
{
  int c = peek (p, 0);

  if (strchr ("cgmnorp", c) == NULL || c == 0 || peek (p, 1) != '.')
    return FALSE;
  p->type = c;
  p->i += 2;
  return TRUE;
}

/* --- nucleotides ----------------------------------------------------- */

static gboolean
is_dna (int c)
{
  return c != 0 && strchr ("ACGTNURYSWKMBDHV", c) != NULL;
}

static gboolean
is_rna (int c)
{
  return c != 0 && strchr ("acgun", c) != NULL;
}

/* A run of nucleotides in the case the type asks for; the other case is
 * read too, as non-standard. Returns the count. */
static gsize
sequence (Parser *p)
{
  gsize    start = p->i;
  gboolean rna = p->type == 'r';

  while (TRUE)
    {
      int c = peek (p, 0);

      if (rna ? is_rna (c) : is_dna (c))
        p->i++;
      else if (rna ? is_dna (c) : (c != 0 && strchr ("acgt", c) != NULL))
        {
          /* the wrong case; but never swallow a keyword (del, ins, con …) */
          if (at (p, "del") || at (p, "dup") || at (p, "ins") || at (p, "inv") || at (p, "con"))
            break;
          p->legacy = TRUE;
          p->i++;
        }
      else
        break;
    }
  return p->i - start;
}

/* --- positions ------------------------------------------------------- */

static gboolean
simple_point (Parser *p)
{
  gsize save = p->i;

  if (eat (p, "pter") || eat (p, "qter") || eat (p, "cen"))
    return TRUE;

  if (p->type == 'c' && eat (p, "IVS"))
    {
      /* legacy intron numbering: IVS2+2 */
      p->legacy = TRUE;
      if (digits (p) == 0 || !(eat_char (p, '+') || eat_char (p, '-')) || !number (p))
        goto fail;
      return TRUE;
    }

  if (p->type != 'p')
    (void) (eat_char (p, '-') || eat_char (p, '*'));
  if (!number (p))
    goto fail;
  if ((peek (p, 0) == '+' || peek (p, 0) == '-') &&
      (g_ascii_isdigit (peek (p, 1)) || peek (p, 1) == '?'))
    {
      p->i++;
      number (p);
    }
  return TRUE;

fail:
  p->i = save;
  return FALSE;
}

/* A point, or an uncertain one: (123_125), (?_-245), (31+1_32-1).
 * Returns 2 for an uncertain range, 1 for a point, 0 for none. */
static int
point (Parser *p)
{
  gsize save = p->i;

  if (eat_char (p, '('))
    {
      gboolean range = FALSE;

      if (simple_point (p) && (!(range = eat_char (p, '_')) || simple_point (p)) &&
          eat_char (p, ')'))
        return range ? 2 : 1;
      p->i = save;
      return 0;
    }
  return simple_point (p) ? 1 : 0;
}

/* Returns 0 when no location, 1 for a point, 2 for a range. */
static int
location (Parser *p)
{
  gsize save = p->i;

  if (p->type == 'c' && eat (p, "EX"))
    {
      /* c.EX17del: legacy exon numbering */
      p->legacy = TRUE;
      if (digits (p) == 0)
        {
          p->i = save;
          return 0;
        }
      return 2;
    }

  {
    int first = point (p);

    if (first == 0)
      return 0;
    save = p->i;
    if (eat_char (p, '_'))
      {
        if (point (p))
          return 2;
        p->i = save;
      }
    /* g.(100_150)insN[25]: an uncertain range */
    return first;
  }
}

/* --- edits ----------------------------------------------------------- */

static gboolean dna_variant (Parser *p);
static gboolean protein_variant (Parser *p);

/* More variants inside a predicted group: c.(370A>C^372C>R), p.(A;B) */
static gboolean
alternatives (Parser *p)
{
  while (peek (p, 0) == '^' || peek (p, 0) == ';')
    {
      gsize save = p->i;

      p->i++;
      if (!(p->type == 'p' ? protein_variant (p) : dna_variant (p)))
        {
          p->i = save;
          break;
        }
    }
  return TRUE;
}

/* [12], [(50_60)], [(60_?)] */
static gboolean
repeat_count (Parser *p)
{
  gsize save = p->i;

  if (!eat_char (p, '['))
    return FALSE;
  if (eat_char (p, '('))
    {
      if (!number (p) || !eat_char (p, '_') || !number (p) || !eat_char (p, ')'))
        goto fail;
    }
  else if (!number (p))
    goto fail;
  if (!eat_char (p, ']'))
    goto fail;
  return TRUE;

fail:
  p->i = save;
  return FALSE;
}

/* One part of an inserted sequence: a sequence, N[12], a range of this or
 * another reference (with inv), (10) */
static gboolean
inserted_part (Parser *p)
{
  gsize save = p->i;
  char  type = p->type;

  if (eat_char (p, '('))
    {
      if (number (p) && (!eat_char (p, '_') || number (p)) && eat_char (p, ')'))
        return TRUE;
      p->i = save;
      return FALSE;
    }

  if (accession (p))
    {
      /* AB053210.2:r.1289-365_1289-73 or NC_000002.12:g.456_789 */
      gboolean ok = eat_char (p, ':') && type_prefix (p) && location (p) > 0;

      p->type = type;
      if (!ok)
        {
          p->i = save;
          return FALSE;
        }
      eat (p, "inv");
      return TRUE;
    }

  if (sequence (p) > 0)
    {
      while (repeat_count (p))
        {
          if (sequence (p) == 0)
            break;
        }
      return TRUE;
    }

  {
    int loc = location (p);

    switch (loc)
      {
        case 2:
          eat (p, "inv");
          return TRUE;
        case 1:
          /* c.23ins24: a length instead of a sequence */
          p->legacy = TRUE;
          return TRUE;
        default:
          return FALSE;
      }
  }
}

static gboolean
inserted (Parser *p)
{
  gsize save = p->i;

  if (eat_char (p, '['))
    {
      if (p->depth >= MAX_DEPTH)
        goto fail;
      p->depth++;
      do
        {
          if (!inserted_part (p))
            {
              p->depth--;
              goto fail;
            }
        }
      while (eat_char (p, ';'));
      p->depth--;
      if (!eat_char (p, ']'))
        goto fail;
      return TRUE;
    }
  return inserted_part (p);

fail:
  p->i = save;
  return FALSE;
}

/* Legacy tails: del6, delT, dupTAGA */
static void
legacy_tail (Parser *p)
{
  gsize start = p->i;

  /* delN[15]: an unknown sequence of known length is fine */
  if ((peek (p, 0) == 'N' || peek (p, 0) == 'n') && peek (p, 1) == '[')
    {
      p->i++;
      if (repeat_count (p))
        return;
      p->i = start;
    }
  if (sequence (p) > 0 || digits (p) > 0)
    p->legacy = TRUE;
}

static gboolean
dna_edit (Parser *p, int loc)
{
  gsize save = p->i;

  if (eat (p, "delins"))
    {
      p->changed = TRUE;
      return inserted (p);
    }
  if (eat (p, "del"))
    {
      p->changed = TRUE;
      legacy_tail (p);
      if (eat (p, "ins"))
        {
          /* delCGinsAGTT */
          p->legacy = TRUE;
          return inserted (p);
        }
      return TRUE;
    }
  if (eat (p, "dup"))
    {
      p->changed = TRUE;
      legacy_tail (p);
      if (eat (p, "inv"))
        p->legacy = TRUE;
      return TRUE;
    }
  if (eat (p, "ins"))
    {
      p->changed = TRUE;
      if (loc != 2)
        p->legacy = TRUE;
      return inserted (p);
    }
  if (eat (p, "inv"))
    {
      p->changed = TRUE;
      legacy_tail (p);
      if (loc != 2)
        p->legacy = TRUE;
      return TRUE;
    }
  if (eat (p, "con"))
    {
      p->changed = TRUE;
      return inserted_part (p);
    }
  if (eat_char (p, '='))
    {
      p->changed = TRUE;
      /* mosaic or chimeric: c.85=/T>C, g.123_125=//del */
      if (eat (p, "//") || eat_char (p, '/'))
        return dna_edit (p, loc);
      return TRUE;
    }
  if (eat_char (p, '?'))
    {
      p->changed = TRUE;
      return TRUE;
    }
  if (eat_char (p, '|'))
    {
      /* methylation: |gom, |lom, |met= */
      gsize n = 0;
      while (g_ascii_islower (peek (p, 0)) || peek (p, 0) == '=')
        {
          p->i++;
          n++;
        }
      p->changed = TRUE;
      return n > 0;
    }
  if (peek (p, 0) == '[')
    {
      p->changed = TRUE;
      return repeat_count (p);
    }

  {
    gsize ref_start = p->i;
    gsize ref = sequence (p);

    if (ref > 0)
      {
        if (eat_char (p, '>'))
          {
            gsize alt_start = p->i;
            gsize alt = sequence (p);

            if (alt == 0)
              goto fail;
            if (ref > 1 || alt > 1)
              p->legacy = TRUE; /* c.79GC>TT: a delins */
            else if (p->s[ref_start] == p->s[alt_start])
              p->legacy = TRUE; /* c.123C>C: no change */
            p->changed = TRUE;
            return TRUE;
          }
        if (peek (p, 0) == '[')
          {
            /* repeats: CAG[23], CAG[19]CAA[4] */
            while (repeat_count (p))
              {
                if (sequence (p) == 0)
                  break;
              }
            p->changed = TRUE;
            return p->s[p->i - 1] == ']';
          }
        if (eat_char (p, '='))
          {
            p->changed = TRUE;
            return TRUE;
          }
        if (eat_char (p, '/'))
          {
            /* c.76A/G */
            p->legacy = TRUE;
            p->changed = TRUE;
            return sequence (p) > 0;
          }
        goto fail;
      }
  }

  /* no edit: a position or range on its own (c.87+1, c.4375_4379) */
  return TRUE;

fail:
  p->i = save;
  return FALSE;
}

static gboolean
dna_variant (Parser *p)
{
  gsize save = p->i;
  int   loc;

  if (eat_char (p, '=') || eat (p, "0?") || eat_char (p, '0') || eat (p, "spl?") ||
      eat (p, "spl") || eat (p, "(?)") || (peek (p, 1) != '_' && eat_char (p, '?')))
    {
      p->changed = TRUE;
      /* c.0 is nonsense; r.0 and r.spl are real */
      return TRUE;
    }

  loc = location (p);
  if (loc > 0 && dna_edit (p, loc))
    return TRUE;
  p->i = save;

  /* predicted: r.(123c>u), g.(123A>G) */
  if (eat_char (p, '('))
    {
      if (p->depth < MAX_DEPTH)
        {
          p->depth++;
          if (dna_variant (p) && alternatives (p) && eat_char (p, ')'))
            {
              p->depth--;
              return TRUE;
            }
          p->depth--;
        }
    }
  p->i = save;
  return FALSE;
}

/* --- protein --------------------------------------------------------- */

typedef struct
{
  const char *three;
  char        one;
} AminoAcid;

static const AminoAcid amino_acids[] = {
  { "Ala", 'A' }, { "Arg", 'R' }, { "Asn", 'N' }, { "Asp", 'D' }, { "Asx", 'B' }, { "Cys", 'C' },
  { "Gln", 'Q' }, { "Glu", 'E' }, { "Glx", 'Z' }, { "Gly", 'G' }, { "His", 'H' }, { "Ile", 'I' },
  { "Leu", 'L' }, { "Lys", 'K' }, { "Met", 'M' }, { "Phe", 'F' }, { "Pro", 'P' }, { "Pyl", 'O' },
  { "Sec", 'U' }, { "Ser", 'S' }, { "Ter", '*' }, { "Thr", 'T' }, { "Trp", 'W' }, { "Tyr", 'Y' },
  { "Val", 'V' }, { "Xaa", 'X' },
};

/* One amino acid; stores its 1-letter code in *one. */
static gboolean
amino_acid (Parser *p, char *one)
{
  int c = peek (p, 0);

  for (guint k = 0; k < G_N_ELEMENTS (amino_acids); k++)
    if (at (p, amino_acids[k].three))
      {
        *one = amino_acids[k].one;
        p->i += 3;
        return TRUE;
      }
  if (c != 0 && strchr ("ACDEFGHIKLMNPQRSTVWYUOXBZ*", c) != NULL)
    {
      *one = c;
      p->i++;
      return TRUE;
    }
  return FALSE;
}

static gsize
amino_acids_run (Parser *p, GString *out)
{
  gsize n = 0;
  char  one;

  while (amino_acid (p, &one))
    {
      if (out)
        g_string_append_c (out, one);
      n++;
    }
  return n;
}

/* fs, fsTer26, fs*26, fs*?, fsX26 */
static void
frameshift_tail (Parser *p)
{
  gsize save = p->i;

  if (eat (p, "Ter") || eat_char (p, '*') || eat_char (p, 'X'))
    {
      if (!number (p))
        p->i = save;
    }
}

/* ext-5, extTer17, ext*17, ext*? */
static gboolean
extension_tail (Parser *p)
{
  if (eat_char (p, '-'))
    return digits (p) > 0;
  frameshift_tail (p);
  return TRUE;
}

static gboolean
protein_inserted (Parser *p, GString *out)
{
  gsize save = p->i;

  if (eat_char (p, '('))
    {
      if (number (p) && (!eat_char (p, '_') || number (p)) && eat_char (p, ')'))
        return TRUE;
      p->i = save;
      return FALSE;
    }
  {
    gsize before = out ? out->len : 0;

    if (amino_acids_run (p, out) == 0 && digits (p) == 0)
      return FALSE;
    /* nothing follows a stop: insTerGluAsp is not HGVS */
    if (out && out->len > before + 1)
      {
        const char *star = memchr (out->str + before, '*', out->len - before);
        if (star != NULL && star != out->str + out->len - 1)
          p->legacy = TRUE;
      }
  }
  while (repeat_count (p))
    if (amino_acids_run (p, out) == 0)
      break;
  return TRUE;
}

static gboolean
protein_variant (Parser *p)
{
  gsize               save = p->i;
  g_autoptr (GString) key = g_string_new (NULL);
  char                aa;

  if (eat (p, "(=)") || eat_char (p, '=') || eat (p, "0?") || eat_char (p, '0') || eat (p, "(?)") ||
      eat_char (p, '?'))
    {
      p->changed = TRUE;
      p->n_pvars++;
      return TRUE;
    }

  if (amino_acid (p, &aa))
    {
      gsize    pos = p->i;
      gboolean range = FALSE;

      if (digits (p) == 0)
        {
          /* p.Gln[21]: a repeat with no position */
          if (peek (p, 0) == '[' && repeat_count (p))
            {
              p->changed = TRUE;
              p->n_pvars++;
              return TRUE;
            }
          goto predicted;
        }
      g_string_append_c (key, aa);
      g_string_append_len (key, p->s + pos, p->i - pos);
      if (peek (p, 0) == '_')
        {
          gsize s2 = p->i;
          char  aa2;

          p->i++;
          pos = p->i;
          if (amino_acid (p, &aa2) && digits (p) > 0)
            {
              g_string_append_c (key, '_');
              g_string_append_c (key, aa2);
              g_string_append_len (key, p->s + pos, p->i - pos);
              range = TRUE;
            }
          else
            p->i = s2;
        }

      if (eat (p, "delins"))
        {
          g_string_append (key, "delins");
          if (!protein_inserted (p, key))
            goto fail;
        }
      else if (eat (p, "del"))
        g_string_append (key, "del");
      else if (eat (p, "dup"))
        g_string_append (key, "dup");
      else if (eat (p, "ins"))
        {
          g_string_append (key, "ins");
          if (!range)
            p->legacy = TRUE;
          if (!protein_inserted (p, key))
            goto fail;
        }
      else if (eat (p, "fs"))
        {
          g_string_append (key, "fs");
          frameshift_tail (p);
        }
      else if (eat (p, "ext"))
        {
          g_string_append (key, "ext");
          if (!extension_tail (p))
            goto fail;
        }
      else if (eat_char (p, '=') || eat_char (p, '?'))
        {
          g_string_append_c (key, p->s[p->i - 1]);
          /* mosaic: p.Val7=/del, p.Trp24=/Cys */
          if (p->s[p->i - 1] == '=' && (eat (p, "//") || eat_char (p, '/')))
            {
              if (!(eat (p, "del") || eat (p, "dup") || amino_acid (p, &aa)))
                goto fail;
            }
        }
      else if (peek (p, 0) == '[')
        {
          if (!repeat_count (p))
            goto fail;
        }
      else if (!range && amino_acid (p, &aa))
        {
          char     ref = key->str[0];
          gboolean met1 = ref == 'M' && strcmp (key->str + 1, "1") == 0;

          g_string_append_c (key, aa);
          /* uncertain: p.(Gly719Ala^Ser) */
          while (peek (p, 0) == '^' && amino_acid ((p->i++, p), &aa))
            ;
          if (eat (p, "fs"))
            {
              /* p.Tyr4TerfsTer1, p.His150Hisfs*10: not frameshifts */
              if (aa == '*' || aa == ref)
                p->legacy = TRUE;
              g_string_append (key, "fs");
              frameshift_tail (p);
            }
          else if (eat (p, "ext"))
            {
              /* p.Met1Valext-4: a start extension names no new residue */
              if (met1)
                p->legacy = TRUE;
              g_string_append (key, "ext");
              if (!extension_tail (p))
                goto fail;
            }
          else if (met1)
            p->legacy = TRUE; /* p.Met1Val: the effect is p.Met1? */
        }
      else
        {
          /* a position on its own: p.Arg1459, p.V600 */
          p->n_pvars++;
          g_string_assign (p->prot, key->str);
          return TRUE;
        }

      p->changed = TRUE;
      p->n_pvars++;
      g_string_assign (p->prot, key->str);
      return TRUE;
    }

predicted:
  p->i = save;
  if (eat_char (p, '(') && p->depth < MAX_DEPTH)
    {
      p->depth++;
      if (protein_variant (p) && alternatives (p) && eat_char (p, ')'))
        {
          p->depth--;
          /* p.(Gln18)[(70_80)] */
          repeat_count (p);
          return TRUE;
        }
      p->depth--;
    }

fail:
  p->i = save;
  return FALSE;
}

/* --- alleles ---------------------------------------------------------- */

static gboolean
variant (Parser *p)
{
  return p->type == 'p' ? protein_variant (p) : dna_variant (p);
}

/* [a;b];[c] or [a;b](;)[c] or [=/83G>T] (mosaic) or [a,b] (RNA) */
static gboolean
allele_body (Parser *p)
{
  int groups = 0, items_in_first = 0;

  while (TRUE)
    {
      gsize save = p->i;
      int   items = 0;

      if (!eat_char (p, '['))
        {
          p->i = save;
          break;
        }
      {
        /* [(578c>u;1339a>g)]: predicted, in brackets */
        gboolean paren = eat_char (p, '(');

        do
          {
            if (!variant (p))
              {
                p->i = save;
                goto done;
              }
            items++;
          }
        while (eat (p, "(;)") || eat_char (p, ';') || eat (p, "//") || eat_char (p, '/') ||
               ((p->type == 'r' || p->type == 'p') && eat_char (p, ',')));
        if (paren && !eat_char (p, ')'))
          {
            p->i = save;
            goto done;
          }
      }
      if (!eat_char (p, ']'))
        {
          p->i = save;
          break;
        }
      if (groups == 0)
        items_in_first = items;
      groups++;

      save = p->i;
      if (!(eat (p, "(;)") || eat_char (p, ';')) || peek (p, 0) != '[')
        {
          p->i = save;
          break;
        }
    }
done:
  if (groups == 0)
    return FALSE;
  /* c.[76A>C]: one variant in brackets, no second allele */
  if (groups == 1 && items_in_first == 1)
    p->legacy = TRUE;
  return TRUE;
}

static gboolean
body (Parser *p)
{
  if (peek (p, 0) == '[')
    {
      gsize save = p->i;

      if (allele_body (p))
        return TRUE;
      p->i = save;
      return FALSE;
    }
  if (!variant (p))
    return FALSE;
  /* c.2376G>C(;)3103del: phase unknown */
  while (TRUE)
    {
      gsize save = p->i;

      if (!(eat (p, "(;)") || eat_char (p, '^') || (p->type == 'p' && eat_char (p, ';'))) ||
          !variant (p))
        {
          p->i = save;
          break;
        }
    }
  return TRUE;
}

gboolean
kasus_hgvs_parse (const char *text, gsize length, KasusHgvs *result)
{
  g_autoptr (GString) prot = g_string_new (NULL);
  Parser              p = { text, MIN (length, MAX_DESCRIPTION), 0, 0, FALSE, FALSE, 0, prot, 0 };

  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);

  if (!type_prefix (&p))
    {
      gboolean lrg_transcript = FALSE, lrg = at (&p, "LRG_");

      if (!accession (&p))
        return FALSE;
      lrg_transcript = lrg && (memchr (text, 't', p.i) != NULL || memchr (text, 'p', p.i) != NULL);
      result->accession = TRUE;
      /* NC_000023.11(NM_004006.2) or NC_012920.1(MT-TL1) */
      if (peek (&p, 0) == '(')
        {
          gsize save = p.i;

          p.i++;
          if (!accession (&p))
            {
              gsize n = 0;

              while (g_ascii_isalnum (peek (&p, 0)) || peek (&p, 0) == '-')
                {
                  p.i++;
                  n++;
                }
              if (n == 0)
                p.i = save;
            }
          if (p.i != save && !eat_char (&p, ')'))
            p.i = save;
        }
      if (!eat_char (&p, ':') || !type_prefix (&p))
        return FALSE;
      /* LRG_199 is genomic (g.), LRG_199t1 a transcript (c., n., r.) */
      if (lrg && lrg_transcript != (p.type != 'g'))
        p.legacy = TRUE;
    }

  if (!body (&p))
    return FALSE;

  result->length = p.i;
  result->type = p.type;
  result->nonstandard = p.legacy;
  result->position_only = !p.changed;
  if (p.type == 'p' && p.n_pvars == 1 && prot->len < sizeof result->protein)
    memcpy (result->protein, prot->str, prot->len + 1);
  return TRUE;
}
