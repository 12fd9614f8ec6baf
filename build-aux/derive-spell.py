#!/usr/bin/env python3
# derive-spell.py — build and tidy the spelling supplement in resources/spell/
#
# Copyright 2026 The Kasus authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/derive-spell.py [--shared ../shared/data] [--hunspell /usr/share/hunspell]
#                                   [--output resources/spell]
#        build-aux/derive-spell.py --check
#
# The shared data (--shared, or --data) defaults to $KASUS_SHARED_DIR/data when
# KASUS_SHARED_DIR is set, else to ../shared/data beside the checkout.
# --check generates into a temporary folder and compares each file with
# resources/spell/: exit 0 when identical, 1 when one differs (naming it and
# its first differing lines), 77 (skip) when the shared data, libhunspell or
# the da_DK/en_US dictionaries are missing (tests: lexicons-current).
#
# Writes (each file sorted bytewise, '#' header lines first, as KasusLexicon
# expects):
#   resources/spell/genes.txt           official human gene symbols (NCBI Gene)
#                                       that the tokenizer would otherwise check
#   resources/spell/en-openmedspel.txt  the English medical list (OpenMedSpel),
#                                       minus what en_US already knows
#   resources/spell/eponyms.txt         names in disease names (DEDUCE)
# and tidies the hand-written lists (sorted, duplicates dropped):
#   resources/spell/common.txt, da-medical.txt, en-medical.txt
# Danish entries get an inflection example by suffix (`word<TAB>example`):
# KasusSpell adds the word to hunspell with the example's affix flags, so
# "exom" inflects and compounds like "genom" (exomet, exomsekventering).
#
# With libhunspell and the da_DK/en_US dictionaries installed, examples are
# verified and en_US words are filtered out; without them the script still
# runs but filters less.

import argparse
import ctypes
import ctypes.util
import os
import re
import sys
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_common import check, default_data, skip_unless_present  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPELL = os.path.join(ROOT, 'resources', 'spell')

GENES = 'genes/ncbi_human_genes_orgHsEgDb_2022-09-12.tsv'
OPENMEDSPEL = 'wordlists/hunspell-en-med_0.0.20140410-4_en_med_glut.dic'

# Suffix → a da_DK word that inflects the same way. Longest suffix first.
DA_EXAMPLES = [
    ('sekventering', 'sekventering'),
    ('variant', 'variant'),
    ('varianter', None),
    ('analyse', 'analyse'),
    ('terapi', 'kemoterapi'),
    ('hæmmer', 'hæmmer'),
    ('ering', 'sekventering'),
    ('ation', 'mutation'),
    ('ition', 'mutation'),
    ('tion', 'mutation'),
    ('isme', 'mekanisme'),
    ('itet', 'kapacitet'),
    ('iker', 'genetiker'),
    ('isk', 'genetisk'),
    ('ik', 'genetik'),
    ('om', 'genom'),
    ('ngen', None),
    ('gen', 'gen'),
]


class Hunspell:
    def __init__(self, dirname, name):
        self.handle = None
        path = ctypes.util.find_library('hunspell-1.7') or 'libhunspell-1.7.so.0'
        try:
            self.lib = ctypes.CDLL(path)
        except OSError:
            print(f'derive-spell: no libhunspell, not filtering with {name}', file=sys.stderr)
            return
        aff = os.path.join(dirname, name + '.aff')
        dic = os.path.join(dirname, name + '.dic')
        if not (os.path.exists(aff) and os.path.exists(dic)):
            print(f'derive-spell: no {dic}, not filtering with it', file=sys.stderr)
            return
        self.lib.Hunspell_create.restype = ctypes.c_void_p
        self.lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        self.lib.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
        self.handle = self.lib.Hunspell_create(aff.encode(), dic.encode())

    def spell(self, word):
        if self.handle is None:
            return False
        return bool(self.lib.Hunspell_spell(self.handle, word.encode('utf-8')))


def bytewise(s):
    return s.encode('utf-8')


def write_list(path, header, entries):
    """entries: dict key → value or None."""
    with open(path, 'w', encoding='utf-8') as f:
        for line in header:
            f.write(line.rstrip('\n') + '\n')
        for key in sorted(entries, key=bytewise):
            value = entries[key]
            f.write(f'{key}\t{value}\n' if value else f'{key}\n')
    shown = os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path
    print(f'derive-spell: {shown}: {len(entries)} entries')


def read_list(path):
    header, entries = [], {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('#'):
                header.append(line)
                continue
            if not line.strip():
                continue
            key, _, value = line.partition('\t')
            key = key.strip()
            entries[key] = value.strip() or entries.get(key)
    return header, entries


# Mirrors classify() in src/core/kasus-spell.c: parts with digits, with an
# uppercase letter after the first, or of one letter are never checked.
def tokenizer_checks(word):
    for part in re.split(r'[-.]', word):
        if not part:
            continue
        if any(c.isdigit() for c in part):
            continue
        if any(c.isupper() for c in part[1:]):
            continue
        if sum(c.isalpha() for c in part) < 2:
            continue
        return True
    return False


def derive_genes(shared, out):
    symbols = set()
    with open(os.path.join(shared, GENES), encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) > 1 and cols[1]:
                symbols.add(cols[1])
    # Symbols with digits (BRCA1, C9orf72) never reach the checker; the rest
    # are looked up by exact spelling.
    kept = {s: None for s in symbols if re.fullmatch(r'[A-Za-z][A-Za-z-]*[A-Za-z]', s)}
    header = [
        '# Official human gene symbols without digits, looked up exactly (the tokenizer already skips '
        'all-caps and digit-bearing words such as KRAS or BRCA1; this list makes any symbol a word '
        'wherever it is checked). '
        f'Source: NCBI Gene via Debian r-bioc-org.hs.eg.db 3.16.0 ({GENES}, {len(symbols)} symbols); '
        'public domain data. Derived by build-aux/derive-spell.py.'
    ]
    write_list(os.path.join(out, 'genes.txt'), header, kept)


def derive_openmedspel(shared, en_dir, out):
    en = Hunspell(en_dir, 'en_US')

    # Flag set → a short en_US word with exactly those flags.
    examples = {}
    dic = os.path.join(en_dir, 'en_US.dic')
    if os.path.exists(dic):
        with open(dic, encoding='utf-8') as f:
            next(f)
            for line in f:
                word, _, flags = line.strip().partition('/')
                if not flags or not word.isalpha() or not word.islower():
                    continue
                key = ''.join(sorted(flags))
                if key not in examples or len(word) < len(examples[key]):
                    examples[key] = word

    entries = {}
    seen = 0
    with open(os.path.join(shared, OPENMEDSPEL), encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            word, _, flags = line.partition('/')
            seen += 1
            # Lower-case words only: the capitalised entries are mostly brand
            # names and eponyms, and would double the list.
            if not re.fullmatch(r"[a-z][a-z'-]*[a-z]", word):
                continue
            if not tokenizer_checks(word) or en.spell(word):
                continue
            example = examples.get(''.join(sorted(flags))) if flags else None
            entries[word] = example
    header = [
        '# English medical words from OpenMedSpel (Debian hunspell-en-med 0.0.20140410-4, '
        f'{OPENMEDSPEL}; R. Robinson, Rajasekharan N., Aristotelis P.), GPL-3.0-or-later; '
        'only words en_US does not know, with an en_US word of the same affix flags. '
        'Derived by build-aux/derive-spell.py.'
    ]
    write_list(os.path.join(out, 'en-openmedspel.txt'), header, entries)


EPONYMS = ['wordlists/deduce_eponymous_disease_single_nl.txt',
            'wordlists/deduce_eponymous_disease_multi.txt']
# Eponyms in oncology and genetics that DEDUCE lacks.
EXTRA_EPONYMS = ['Binet', 'Breslow', 'Burkitt', 'Clark', 'Durie', 'Fraumeni',
                 'Gleason', 'Hodgkin', 'Hürthle', 'Kaposi', 'Krukenberg',
                 'Langerhans', 'Lindau', 'Lynch', 'Merkel', 'Salmon', 'Sternberg',
                 'Sézary', 'Waldenström', 'Waldenstrom', 'Wilms', 'Ewing', 'Peutz',
                 'Jeghers', 'Cowden', 'Gorlin', 'Birt', 'Hogg', 'Dubé', 'Muir', 'Torre',
                 'Turcot', 'Fanconi', 'Beckwith', 'Wiedemann', 'Carney', 'Lauren']


def derive_eponyms(shared, out):
    names = set(EXTRA_EPONYMS)
    for rel in EPONYMS:
        with open(os.path.join(shared, rel), encoding='utf-8') as f:
            for line in f:
                line = line.strip()
                if line.endswith(' ziekte'):
                    line = line[:-len(' ziekte')]
                for part in re.split(r'[-\s]+', line):
                    if re.fullmatch(r'[A-ZÀ-Þ][a-zß-ÿ]{2,}', part):
                        names.add(part)
    header = [
        '# Eponyms in disease names (Hodgkin, Lynch, Wilms, Li-Fraumeni …), both languages. '
        'From DEDUCE (vmenger/deduce, lookup lists of eponymous diseases; '
        + ', '.join(EPONYMS) + '), GPL-3.0, plus a few oncology eponyms. '
        'Derived by build-aux/derive-spell.py.'
    ]
    write_list(os.path.join(out, 'eponyms.txt'), header, {n: None for n in names})


def danish_example(word, da):
    if not re.fullmatch(r'[a-zæøåé]+', word):
        return None
    for suffix, example in DA_EXAMPLES:
        if word.endswith(suffix):
            if example is None or example == word:
                return None
            if da.handle is not None and not da.spell(example):
                return None
            return example
    return None


def tidy(da_dir, out):
    # The hand-written lists are read from resources/spell/ and written,
    # tidied, to the output folder (in place by default).
    da = Hunspell(da_dir, 'da_DK')
    for name in ('common.txt', 'da-medical.txt', 'en-medical.txt'):
        path = os.path.join(SPELL, name)
        if not os.path.exists(path):
            continue
        header, entries = read_list(path)
        if name == 'da-medical.txt':
            for word in entries:
                entries[word] = danish_example(word, da)
        write_list(os.path.join(out, name), header, entries)


def generate(shared, hunspell, out):
    os.makedirs(out, exist_ok=True)
    derive_genes(shared, out)
    derive_eponyms(shared, out)
    derive_openmedspel(shared, hunspell, out)
    tidy(hunspell, out)


def main():
    parser = argparse.ArgumentParser(
        description='Build and tidy the spelling supplement in resources/spell/.')
    parser.add_argument('--shared', '--data', dest='shared', default=None,
                        help='the shared reference data (default: $KASUS_SHARED_DIR/data, '
                        'else ../shared/data beside the checkout)')
    parser.add_argument('--hunspell', default='/usr/share/hunspell')
    parser.add_argument('--output', default=SPELL,
                        help='where to write the lists (default: resources/spell); '
                        'the hand-written lists are always read from resources/spell')
    parser.add_argument('--check', action='store_true',
                        help='generate into a temporary folder and compare with '
                        'resources/spell/: exit 0 if identical, 1 if not, 77 if the '
                        'data is missing')
    args = parser.parse_args()
    shared = args.shared or default_data()
    prog = 'derive-spell'

    if not args.check:
        generate(shared, args.hunspell, args.output)
        return
    # Without libhunspell or the dictionaries the lists come out different,
    # so a check would fail for the wrong reason.
    needs = [shared] + [os.path.join(args.hunspell, n + ext)
                        for n in ('da_DK', 'en_US') for ext in ('.aff', '.dic')]
    skip_unless_present(prog, needs, 'shared data: --shared or KASUS_SHARED_DIR; '
                        'dictionaries: Debian hunspell-da, hunspell-en-us')
    if Hunspell(args.hunspell, 'en_US').handle is None:
        print(f'{prog}: SKIP: libhunspell-1.7 not found (Debian libhunspell-dev)')
        sys.exit(77)
    check(prog, lambda tmp: generate(shared, args.hunspell, tmp), SPELL, 'lists',
          'rerun build-aux/derive-spell.py (it sorts the hand-written lists)')


if __name__ == '__main__':
    main()
