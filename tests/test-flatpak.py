#!/usr/bin/env python3
# Schema-level checks of the Flatpak manifest. It cannot be built here
# (no network), so this test holds it to what a build on Flathub needs:
# the right app id, the GNOME runtime, no network or broad file access,
# every remote source pinned, and the parts Kasus needs at run time.
#
# Usage: test-flatpak.py [MANIFEST]   (prints TAP)

import json
import os
import re
import shlex
import sys

APP_ID = 'dk.kasus.Kasus'
SHA256_RE = re.compile(r'^[0-9a-f]{64}$')
COMMIT_RE = re.compile(r'^[0-9a-f]{40}([0-9a-f]{24})?$')
VCS_TYPES = ('git', 'bzr', 'svn')
KNOWN_SOURCE_TYPES = ('archive', 'file', 'dir', 'git', 'bzr', 'svn', 'patch',
                      'shell', 'script', 'extra-data', 'inline')
# finish-args that open the whole file system or home, with or without :ro.
BROAD_FILESYSTEMS = ('host', 'host-os', 'host-etc', 'home', '~', '/')


class Tap:
    def __init__(self):
        self.results = []

    def check(self, description, problems):
        """problems: a list of strings; the check passes when it is empty."""
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


def unique_keys(pairs, duplicates):
    seen = {}
    for key, value in pairs:
        if key in seen:
            duplicates.append(key)
        seen[key] = value
    return seen


def walk_modules(modules, problems, parent=''):
    """Yield (path, module) for every module, nested ones included."""
    if not isinstance(modules, list):
        problems.append('%s"modules" is not a list' % parent)
        return
    for i, module in enumerate(modules):
        if not isinstance(module, dict):
            # A string names an external module file; this manifest keeps
            # everything in one file so that the test sees all of it.
            problems.append('%smodule #%d is %r, not an inline object'
                            % (parent, i, module))
            continue
        name = module.get('name') or '#%d' % i
        path = parent + name
        yield path, module
        if 'modules' in module:
            yield from walk_modules(module['modules'], problems, path + '/')


def finish_arg_problems(args):
    problems = []
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        return ['finish-args is not a list of strings']
    for arg in args:
        if arg == '--share=network':
            problems.append('network access: %s' % arg)
        if arg.startswith('--filesystem='):
            target = arg.split('=', 1)[1]
            for suffix in (':ro', ':rw', ':create'):
                if target.endswith(suffix):
                    target = target[:-len(suffix)]
            if target != '/':
                target = target.rstrip('/')
            if target in BROAD_FILESYSTEMS:
                problems.append('broad file system access: %s' % arg)
        if arg == '--socket=x11':
            problems.append('%s: use --socket=fallback-x11 next to wayland' % arg)
        if arg == '--device=all':
            problems.append('%s: --device=dri is enough' % arg)
    for wanted in ('--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'):
        if wanted not in args:
            problems.append('missing %s' % wanted)
    return problems


def remote_source_problems(path, source):
    problems = []
    urls = []
    if 'url' in source:
        urls.append(source['url'])
    mirrors = source.get('mirror-urls', [])
    if not isinstance(mirrors, list):
        problems.append('%s: mirror-urls is not a list' % path)
        mirrors = []
    urls.extend(mirrors)
    if not urls:
        return problems
    for url in urls:
        if not isinstance(url, str) or not url.startswith('https://'):
            problems.append('%s: %r is not an https:// URL' % (path, url))
    sha = source.get('sha256')
    if not isinstance(sha, str) or not SHA256_RE.match(sha):
        problems.append('%s: %s has no 64-hex sha256 (got %r)'
                        % (path, source.get('url', mirrors[:1]), sha))
    return problems


def dictionaries_installed(modules):
    """Which of da_DK/en_US .aff/.dic some module installs to /app/share/hunspell."""
    wanted = {'da_DK.aff', 'da_DK.dic', 'en_US.aff', 'en_US.dic'}
    found = set()
    for _, module in modules:
        for command in module.get('build-commands', []) or []:
            if not isinstance(command, str) or '/app/share/hunspell' not in command:
                continue
            try:
                words = shlex.split(command)
            except ValueError:
                continue
            for w in words:
                base = os.path.basename(w)
                if base in wanted:
                    found.add(base)
    return wanted - found


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    source_root = os.path.dirname(here)
    manifest_path = argv[1] if len(argv) > 1 else os.path.join(source_root, 'flatpak', APP_ID + '.json')
    manifest_dir = os.path.dirname(os.path.abspath(manifest_path))
    tap = Tap()

    try:
        duplicates = []
        with open(manifest_path, encoding='utf-8') as f:
            manifest = json.load(f, object_pairs_hook=lambda pairs: unique_keys(pairs, duplicates))
        problems = [] if isinstance(manifest, dict) else ['top level is not an object']
        # flatpak-builder silently keeps the last of two equal keys.
        problems += ['key %r appears twice in one object' % k for k in duplicates]
    except (OSError, ValueError) as e:
        manifest = {}
        problems = ['%s: %s' % (manifest_path, e)]
    tap.check('manifest parses as a JSON object without duplicate keys', problems)
    if not isinstance(manifest, dict):
        manifest = {}

    # The id: "app-id" and its newer alias "id" must agree.
    ids = {k: manifest[k] for k in ('app-id', 'id') if k in manifest}
    problems = []
    if not ids:
        problems.append('no app-id')
    for key, value in ids.items():
        if value != APP_ID:
            problems.append('%s is %r, expected %r' % (key, value, APP_ID))
    tap.check('app-id is ' + APP_ID, problems)
    app_id = next(iter(ids.values()), None)

    desktop_in = os.path.join(source_root, 'data', APP_ID + '.desktop.in')
    data_dir = os.path.join(source_root, 'data')
    desktop_ids = sorted(n[:-len('.desktop.in')] for n in os.listdir(data_dir)
                         if n.endswith('.desktop.in')) if os.path.isdir(data_dir) else []
    problems = []
    if app_id not in desktop_ids:
        problems.append('no data/%s.desktop.in (found: %s)' % (app_id, desktop_ids or 'none'))
    tap.check('app-id matches the basename of data/*.desktop.in', problems)

    problems = []
    if manifest.get('runtime') != 'org.gnome.Platform':
        problems.append('runtime is %r' % manifest.get('runtime'))
    if manifest.get('sdk') != 'org.gnome.Sdk':
        problems.append('sdk is %r' % manifest.get('sdk'))
    version = manifest.get('runtime-version')
    if not isinstance(version, str) or not re.match(r'^[0-9]+$', version):
        problems.append('runtime-version %r is not a GNOME release number (a string)' % version)
    elif int(version) < 49:
        problems.append('runtime-version %s is end-of-life' % version)
    tap.check('runtime, sdk and runtime-version name a current GNOME runtime', problems)

    command = manifest.get('command')
    problems = []
    if not isinstance(command, str) or not command:
        problems.append('no command')
    elif os.path.exists(desktop_in):
        with open(desktop_in, encoding='utf-8') as f:
            execs = [line.split('=', 1)[1].split()[0] for line in f
                     if line.startswith('Exec=') and line.strip() != 'Exec=']
        if execs and execs[0] != command:
            problems.append('command %r but the .desktop file runs %r' % (command, execs[0]))
    tap.check('command is set and is what the .desktop file runs', problems)

    tap.check('finish-args: no network, no broad file system, wayland/x11/ipc/dri',
              finish_arg_problems(manifest.get('finish-args', [])))

    problems = []
    cleanup = manifest.get('cleanup', [])
    for pattern in ('/include', '/lib/pkgconfig', '*.a'):
        if pattern not in cleanup:
            problems.append('top-level cleanup lacks %s' % pattern)
    tap.check('cleanup removes headers, pkg-config files and static libraries', problems)

    problems = []
    modules = list(walk_modules(manifest.get('modules', []), problems))
    if not modules:
        problems.append('no modules')
    names = [path for path, _ in modules]
    for name in set(names):
        if names.count(name) > 1:
            problems.append('module name %s used twice' % name)
    for path, module in modules:
        if not module.get('name'):
            problems.append('%s has no name' % path)
        sources = module.get('sources')
        if not isinstance(sources, list) or not sources:
            problems.append('%s has no sources' % path)
            continue
        for source in sources:
            if not isinstance(source, dict):
                problems.append('%s: source %r is not an inline object' % (path, source))
            elif source.get('type') not in KNOWN_SOURCE_TYPES:
                problems.append('%s: unknown source type %r' % (path, source.get('type')))
    tap.check('every module has a name and inline sources of known types', problems)

    problems = []
    for path, module in modules:
        for source in module.get('sources', []) or []:
            # Version-control sources are pinned by their commit (next check).
            if isinstance(source, dict) and source.get('type') not in VCS_TYPES:
                problems.extend(remote_source_problems(path, source))
    tap.check('every remote source is https and pinned with a sha256', problems)

    problems = []
    for path, module in modules:
        for source in module.get('sources', []) or []:
            if isinstance(source, dict) and source.get('type') == 'git':
                if not COMMIT_RE.match(str(source.get('commit', ''))):
                    problems.append('%s: git source %s without a full commit id'
                                    % (path, source.get('url')))
            if isinstance(source, dict) and source.get('type') in ('bzr', 'svn'):
                if not source.get('revision'):
                    problems.append('%s: %s source without a revision' % (path, source['type']))
    tap.check('no version-control source without a pinned commit', problems)

    problems = []
    top = manifest.get('modules') or [{}]
    last = top[-1] if isinstance(top[-1], dict) else {}
    if last.get('name') != 'kasus':
        problems.append('last module is %r, not kasus' % last.get('name'))
    if last.get('buildsystem') != 'meson':
        problems.append('kasus buildsystem is %r, not meson' % last.get('buildsystem'))
    dirs = [s for s in last.get('sources', []) or [] if isinstance(s, dict) and s.get('type') == 'dir']
    if not dirs:
        problems.append('kasus has no dir source')
    for s in dirs:
        root = os.path.normpath(os.path.join(manifest_dir, s.get('path', '')))
        try:
            with open(os.path.join(root, 'meson.build'), encoding='utf-8') as f:
                if not re.search(r"project\(\s*'kasus'", f.read()):
                    problems.append('dir %s is not the kasus project' % root)
        except OSError:
            problems.append('dir source %r does not hold a meson.build' % s.get('path'))
    tap.check('kasus is the last module, built with meson from the checkout', problems)

    problems = []
    poppler = [m for _, m in modules if m.get('name') == 'poppler']
    if not poppler:
        problems.append('no poppler module (the GNOME runtime lacks poppler-glib)')
    for m in poppler:
        opts = m.get('config-opts', [])
        if not m.get('buildsystem', '').startswith('cmake'):
            problems.append('poppler is not built with cmake')
        if '-DENABLE_GLIB=ON' not in opts:
            problems.append('poppler without -DENABLE_GLIB=ON')
        for opt in ('-DENABLE_QT5=OFF', '-DENABLE_QT6=OFF'):
            if opt not in opts:
                problems.append('poppler lacks %s (no Qt in the GNOME SDK)' % opt)
    if not any(m.get('name') == 'hunspell' for _, m in modules):
        problems.append('no hunspell module')
    tap.check('poppler (glib, no Qt) and hunspell are built as modules', problems)

    missing = dictionaries_installed(modules)
    tap.check('da_DK and en_US hunspell dictionaries go to /app/share/hunspell',
              ['nothing installs %s' % m for m in sorted(missing)])

    return tap.finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
