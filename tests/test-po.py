#!/usr/bin/env python3
# The Danish translation is complete for the current sources.
#
#   1. msgfmt --check: po/da.po compiles, formats and plurals agree, and
#      it has no fuzzy and no untranslated message.
#   2. Every source file with translatable strings is in po/POTFILES.in,
#      and every file there exists.
#   3. A template made now from POTFILES.in has no msgid that da.po lacks
#      (msgcmp): a new string without a translation fails here, with the
#      missing msgids listed for whoever adds them.
#   4. The header: language, UTF-8, the Danish plural forms, and credits.
#
# Usage: test-po.py SOURCE_ROOT        (prints TAP; without the gettext
#                                       tools, a skipped plan: meson's TAP
#                                       reading counts exit 77 as an error)

import os
import re
import shutil
import subprocess
import sys
import tempfile

# The keywords and flags of meson's i18n.gettext(preset: 'glib').
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format', '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format', '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format', '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format', '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format', '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]

# What marks a translatable string in C, in GtkBuilder files and in the
# desktop, metainfo, MIME and schema files.
C_MARK = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|ngettext|g_dngettext|g_dpgettext2)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')
TEMPLATES = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml', '.mime.xml')


class Tap:
    def __init__(self):
        self.results = []

    def check(self, description, problems):
        self.results.append((description, list(problems)))

    def finish(self):
        print('1..%d' % len(self.results))
        failed = 0
        for n, (description, problems) in enumerate(self.results, 1):
            if problems:
                failed += 1
                print('not ok %d - %s' % (n, description))
                for p in problems:
                    print('#   %s' % p)
            else:
                print('ok %d - %s' % (n, description))
        return 1 if failed else 0


def unquote(s):
    """The value of one C-quoted PO string."""
    out = []
    i = 1
    escapes = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}
    while i < len(s) - 1:
        c = s[i]
        if c == '\\' and i + 1 < len(s) - 1:
            out.append(escapes.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def po_entries(path):
    """(msgctxt, msgid) -> {'str': [msgstr...], 'fuzzy': bool, 'ref': str}
    for every live message of a PO or POT file, header included."""
    entries = {}
    cur = None
    field = None

    def flush():
        if cur is not None and cur.get('id') is not None and not cur.get('obsolete'):
            entries[(cur.get('ctx'), cur['id'])] = cur

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                flush()
                cur, field = None, None
                continue
            if cur is None:
                cur = {'ctx': None, 'id': None, 'plural': None, 'str': {}, 'fuzzy': False, 'ref': ''}
            if line.startswith('#~'):
                cur['obsolete'] = True
                continue
            if line.startswith('#,'):
                cur['fuzzy'] = cur['fuzzy'] or 'fuzzy' in line
                continue
            if line.startswith('#:'):
                cur['ref'] = cur['ref'] or line[3:].split()[0]
                continue
            if line.startswith('#'):
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$', line)
            if m:
                kw, index, value = m.group(1), m.group(2), unquote(m.group(3))
                if kw == 'msgctxt':
                    cur['ctx'], field = value, ('ctx', None)
                elif kw == 'msgid':
                    cur['id'], field = value, ('id', None)
                elif kw == 'msgid_plural':
                    cur['plural'], field = value, ('plural', None)
                else:
                    i = int(index or 0)
                    cur['str'][i], field = value, ('str', i)
            elif line.startswith('"') and field is not None:
                if field[0] == 'str':
                    cur['str'][field[1]] += unquote(line)
                else:
                    cur[field[0]] += unquote(line)
    flush()
    return entries


def describe(key, entry=None):
    ctx, msgid = key
    text = msgid if len(msgid) < 90 else msgid[:87] + '…'
    s = repr(text)
    if ctx:
        s = '[%s] %s' % (ctx, s)
    if entry and entry.get('ref'):
        s += '  (%s)' % entry['ref']
    return s


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(__file__), '..'))
    po = os.path.join(root, 'po', 'da.po')
    potfiles_in = os.path.join(root, 'po', 'POTFILES.in')

    missing_tools = [t for t in ('msgfmt', 'xgettext', 'msgcmp') if shutil.which(t) is None]
    if missing_tools:
        print('1..0 # SKIP gettext tools missing: %s' % ', '.join(missing_tools))
        return 0

    tap = Tap()

    # 1. msgfmt: compiles, consistent, complete.
    r = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                       capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    stats = (r.stderr or '').strip().splitlines()
    print('# msgfmt --statistics: %s' % (stats[-1] if stats else '?'))
    tap.check('msgfmt --check accepts po/da.po',
              [] if r.returncode == 0 else r.stderr.strip().splitlines())
    entries = po_entries(po)
    fuzzy = [describe(k, e) for k, e in entries.items() if k[1] and e['fuzzy']]
    untranslated = [describe(k, e) for k, e in entries.items()
                    if k[1] and not e['fuzzy'] and any(v == '' for v in e['str'].values())]
    tap.check('no fuzzy message in da.po (%d)' % len(fuzzy), ['fuzzy: ' + f for f in fuzzy])
    tap.check('no untranslated message in da.po (%d)' % len(untranslated),
              ['untranslated: ' + u for u in untranslated])

    # 2. POTFILES.in lists every file with translatable strings.
    with open(potfiles_in, encoding='utf-8') as f:
        listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]
    problems = ['%s is in POTFILES.in but does not exist' % p
                for p in listed if not os.path.isfile(os.path.join(root, p))]
    for top in ('src', 'data'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                if name.endswith('.c'):
                    mark = C_MARK
                elif name.endswith('.ui'):
                    mark = UI_MARK
                elif name.endswith(TEMPLATES):
                    mark = None
                else:
                    continue
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                if (mark is None or mark.search(text)) and rel not in listed:
                    problems.append('%s has translatable strings but is not in po/POTFILES.in' % rel)
    tap.check('po/POTFILES.in lists every file with translatable strings', problems)

    # 3. A template from the sources as they are now, against da.po.
    with tempfile.TemporaryDirectory(prefix='test-po-') as tmp:
        pot = os.path.join(tmp, 'kasus.pot')
        r = subprocess.run(['xgettext', '--package-name=kasus', '-D', root,
                            '-f', potfiles_in, '-o', pot] + XGETTEXT_ARGS,
                           capture_output=True, text=True, cwd=root)
        if r.returncode != 0 or not os.path.exists(pot):
            tap.check('xgettext makes a template from POTFILES.in',
                      (r.stderr or 'no template written').strip().splitlines())
        else:
            warnings = [l for l in r.stderr.splitlines() if 'warning' in l]
            tap.check('xgettext makes a template from POTFILES.in without warnings', warnings)
            template = po_entries(pot)
            missing = [describe(k, e) for k, e in template.items() if k[1] and k not in entries]
            r = subprocess.run(['msgcmp', '--use-untranslated', po, pot],
                               capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
            problems = ['missing from po/da.po: ' + m for m in missing]
            if r.returncode != 0 and not problems:
                problems = r.stderr.strip().splitlines()
            if problems:
                problems.append('fix: meson compile -C BUILD kasus-update-po, then translate po/da.po')
            tap.check('da.po has every msgid of the current sources (msgcmp; %d missing)' % len(missing),
                      problems)
            stale = [describe(k, e) for k, e in entries.items() if k[1] and k not in template]
            print('# %d messages in da.po are no longer in the sources (harmless; '
                  'kasus-update-po makes them obsolete)' % len(stale))

    # 4. The header.
    header = entries.get((None, ''), {'str': {0: ''}})['str'].get(0, '')
    problems = []
    for want in ('Language: da\n', 'Content-Type: text/plain; charset=UTF-8\n',
                 'Plural-Forms: nplurals=2; plural=(n != 1);\n'):
        if want not in header:
            problems.append('the header lacks %r' % want.strip())
    credits = entries.get((None, 'translator-credits'))
    if credits is None or credits['str'].get(0, '') in ('', 'translator-credits'):
        problems.append('translator-credits is not filled in')
    tap.check('da.po header: language, charset, Danish plural forms, translator credits', problems)

    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
