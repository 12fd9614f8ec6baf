#!/usr/bin/env python3
# `meson install` into a temporary DESTDIR puts every part of the desktop
# integration in place, the installed files validate, the installed
# programs run, the installed translation works, and the MIME type maps
# *.kasus to the application.
#
# Usage: test-install.py MESON BUILD_DIR SOURCE_DIR     (prints TAP)

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

APP_ID = 'dk.kasus.Kasus'


class Tap:
    def __init__(self):
        self.results = []

    def check(self, description, problems=(), skip=None):
        self.results.append((description, list(problems), skip))

    def finish(self):
        print('1..%d' % len(self.results))
        failed = 0
        for n, (description, problems, skip) in enumerate(self.results, 1):
            if skip:
                print('ok %d - %s # SKIP %s' % (n, description, skip))
            elif problems:
                failed += 1
                print('not ok %d - %s' % (n, description))
                for p in problems:
                    for line in str(p).splitlines():
                        print('#   %s' % line)
            else:
                print('ok %d - %s' % (n, description))
        return 1 if failed else 0


def run(cmd, env=None, cwd=None):
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    return r.returncode, r.stdout, r.stderr


def main():
    meson, build, source = sys.argv[1:4]
    tap = Tap()

    with open(os.path.join(build, 'meson-info', 'intro-buildoptions.json')) as f:
        options = {o['name']: o['value'] for o in json.load(f)}
    prefix = options['prefix']
    bindir = options['bindir']
    datadir = options['datadir']
    localedir = options['localedir']

    with tempfile.TemporaryDirectory(prefix='kasus-install-') as destdir:
        rc, out, err = run([meson, 'install', '-C', build, '--no-rebuild', '--quiet',
                            '--destdir', destdir])
        tap.check('meson install --destdir succeeds', [] if rc == 0 else [out, err])

        def at(*parts):
            rel = os.path.join(prefix, *parts).lstrip('/')
            return os.path.join(destdir, rel)

        share = at(datadir)
        expected = {
            'the editor': at(bindir, 'kasus'),
            'the command-line tool': at(bindir, 'kasus-cli'),
            'the desktop file': os.path.join(share, 'applications', APP_ID + '.desktop'),
            'the metainfo': os.path.join(share, 'metainfo', APP_ID + '.metainfo.xml'),
            'the app icon': os.path.join(share, 'icons', 'hicolor', 'scalable', 'apps', APP_ID + '.svg'),
            'the symbolic icon': os.path.join(share, 'icons', 'hicolor', 'symbolic', 'apps', APP_ID + '-symbolic.svg'),
            'the GSettings schema': os.path.join(share, 'glib-2.0', 'schemas', APP_ID + '.gschema.xml'),
            'the MIME type': os.path.join(share, 'mime', 'packages', APP_ID + '.xml'),
            'the Danish translation': os.path.join(at(localedir), 'da', 'LC_MESSAGES', 'kasus.mo'),
        }
        tap.check('every file is installed: ' + ', '.join(expected),
                  ['%s missing: %s' % (what, os.path.relpath(path, destdir))
                   for what, path in expected.items() if not os.path.isfile(path)])
        tap.check('the programs are executable',
                  ['%s is not executable' % p for p in (expected['the editor'], expected['the command-line tool'])
                   if os.path.isfile(p) and not os.access(p, os.X_OK)])

        env = dict(os.environ)
        env.pop('KASUS_LOCALEDIR', None)
        env['LANGUAGE'] = ''
        rc, out, err = run([expected['the editor'], '--version'], env=env)
        tap.check('the installed kasus --version runs',
                  [] if rc == 0 and out.startswith('kasus ') else ['exit %d: %s %s' % (rc, out, err)])
        rc, out, err = run([expected['the command-line tool'], '--version'], env=env)
        tap.check('the installed kasus-cli --version runs',
                  [] if rc == 0 and out.startswith('kasus-cli ') else ['exit %d: %s %s' % (rc, out, err)])

        # The installed .mo, as the installed programs would find it.
        env_da = dict(env, LANGUAGE='da', LC_ALL='C.UTF-8', KASUS_LOCALEDIR=at(localedir))
        rc, out, err = run([expected['the editor'], '--help'], env=env_da)
        tap.check('the installed kasus --help speaks Danish with LANGUAGE=da',
                  [] if rc == 0 and 'Åbn den indbyggede demo-case' in out else ['exit %d: %s %s' % (rc, out, err)])
        rc, out, err = run([expected['the command-line tool'], '--help'], env=env_da)
        tap.check('the installed kasus-cli --help speaks Danish with LANGUAGE=da',
                  [] if 'Kommandoer:' in out + err else ['exit %d: %s %s' % (rc, out, err)])

        # Validators, on the installed files.
        tool = shutil.which('desktop-file-validate')
        if tool:
            rc, out, err = run([tool, expected['the desktop file']])
            tap.check('desktop-file-validate passes on the installed desktop file',
                      [] if rc == 0 else [out, err])
        else:
            tap.check('desktop-file-validate', skip='desktop-file-validate is not installed')
        try:
            with open(expected['the desktop file'], encoding='utf-8') as f:
                desktop = f.read()
        except OSError:
            desktop = ''
        problems = [want + ' missing' for want in
                    ('MimeType=application/x-kasus;', 'Icon=' + APP_ID, 'Exec=kasus %U',
                     'Name[da]=', 'Comment[da]=', 'Keywords[da]=') if want not in desktop]
        tap.check('the desktop file opens .kasus files and is translated', problems)

        tool = shutil.which('appstreamcli')
        if tool:
            rc, out, err = run([tool, 'validate', '--no-net', '--explain', expected['the metainfo']])
            tap.check('appstreamcli validate --no-net passes on the installed metainfo',
                      [] if rc == 0 else [out, err])
        else:
            tap.check('appstreamcli validate', skip='appstreamcli is not installed')
        try:
            with open(expected['the metainfo'], encoding='utf-8') as f:
                metainfo = f.read()
        except OSError:
            metainfo = ''
        problems = [want + ' missing' for want in
                    ('<release ', '<content_rating type="oars-1.1"',
                     '<launchable type="desktop-id">' + APP_ID + '.desktop', 'xml:lang="da"')
                    if want not in metainfo]
        # Kasus has no public website, tracker or screenshot host: no
        # invented address may stand in for one.
        problems += ['an invented address: ' + bad for bad in ('gitlab.com/kasus-dk', 'kasus@kasus.dk')
                     if bad in metainfo]
        tap.check('the metainfo has releases, a content rating, Danish and no invented address',
                  problems)

        schemas = os.path.dirname(expected['the GSettings schema'])
        rc, out, err = run(['glib-compile-schemas', '--strict', '--dry-run', schemas])
        tap.check('glib-compile-schemas --strict accepts the installed schemas',
                  [] if rc == 0 else [out, err])

        # The MIME type: a .kasus file is application/x-kasus, and Kasus is
        # an application for it.
        mime = os.path.join(share, 'mime')
        tools = ('update-mime-database', 'update-desktop-database', 'gio')
        if all(shutil.which(t) for t in tools):
            # What a package's triggers do after installing.
            rc, out, err = run(['update-mime-database', mime])
            problems = [] if rc == 0 else [out, err]
            rc, out, err = run(['update-desktop-database', os.path.join(share, 'applications')])
            if rc != 0:
                problems += [out, err]
            with open(expected['the MIME type'], encoding='utf-8') as f:
                if 'xml:lang="da"' not in f.read():
                    problems.append('the MIME type has no Danish description')
            home = os.path.join(destdir, 'home')
            os.makedirs(home)
            # GIO lists an application only when its Exec= program is in PATH.
            env_mime = dict(env, XDG_DATA_DIRS=share + ':/usr/share', XDG_DATA_HOME=home,
                            XDG_CONFIG_HOME=home, XDG_CONFIG_DIRS=home, GIO_USE_VFS='local',
                            PATH=os.path.dirname(expected['the editor']) + ':' + env.get('PATH', ''))
            case = os.path.join(destdir, 'Example.kasus')
            shutil.copy(os.path.join(source, 'tests', 'fixtures', 'case-valid.kasus'), case)
            rc, out, err = run(['gio', 'info', '-a', 'standard::content-type', case], env=env_mime)
            if 'application/x-kasus' not in out:
                problems.append('gio info: the content type of a .kasus file is not application/x-kasus:\n' + out + err)
            rc, out, err = run(['gio', 'mime', 'application/x-kasus'], env=env_mime)
            if APP_ID + '.desktop' not in out:
                problems.append('gio mime: Kasus is not an application for application/x-kasus:\n' + out + err)
            tap.check('the MIME type maps *.kasus to application/x-kasus and that to Kasus', problems)
        else:
            tap.check('the MIME type maps *.kasus to Kasus', skip='one of %s is missing' % ', '.join(tools))

    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
