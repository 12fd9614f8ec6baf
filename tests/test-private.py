#!/usr/bin/env python3
"""Private data never leaves the case file, and what Kasus writes is private.

A case with a distinctive known identifier (the private block) and a
distinctive reason for an accepted finding goes through every output of
kasus-cli: PDF export (draft and final), consent form, bundle, and the
output of check, scan and spell. Neither string may appear in any of them
(PDF text, PDF metadata or raw bytes), except in `scan --show-private`.
Every file written is mode 0600 even under umask 000. TAP output.

With the app (and a display), the same for what the app writes in the
user's folders: a draft of a case being typed in ($XDG_STATE_HOME/kasus)
and the personal dictionary ($XDG_DATA_HOME/kasus): folders 0700, files
0600. The app is driven by its test hooks (src/app/kasus-test-hooks.h).

Usage: test-private.py KASUS_CLI SOURCE_ROOT [KASUS]
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

IDENT = "Qorvakindsen Wøllebjerg"
REASON = "GRUNDZXQ-begrundelse-7731"

cli, src = sys.argv[1], sys.argv[2]
app = sys.argv[3] if len(sys.argv) > 3 else None
results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


def run(*args):
    p = subprocess.run([cli, *args], capture_output=True, text=True, timeout=300)
    return p.returncode, p.stdout + p.stderr


def pdf_texts(path):
    out = []
    for tool in (["pdftotext", "-enc", "UTF-8", path, "-"], ["pdfinfo", "-enc", "UTF-8", path]):
        if shutil.which(tool[0]):
            out.append(subprocess.run(tool, capture_output=True, text=True, timeout=120).stdout)
    with open(path, "rb") as f:
        out.append(f.read().decode("latin-1"))
    return "\n".join(out)


def leaks(text):
    found = []
    for s in (IDENT, REASON, IDENT.split()[0], REASON.split("-")[0]):
        if s in text:
            found.append(s)
    return found


def mode_of(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def check_app_files(tmp, case_path):
    """Drafts and the personal dictionary: private folders, private files."""
    names = ("app: draft folder 0700, draft and its origin 0600",
             "app: personal dictionary folder 0700, file 0600")
    if app is None or not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        for name in names:
            check(name + " # SKIP no app or no display", True)
        return

    env = dict(os.environ)
    for var, sub in (("HOME", "home"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        env[var] = os.path.join(tmp, "app-" + sub)
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    log = os.path.join(tmp, "app.log")
    # Typing for longer than the 2 s autosave delay leaves a draft; the
    # app quits without saving, so the draft stays.
    env.update(DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(tmp, "no-bus"),
               KASUS_TEST_TYPE=" Kladde skrevet under umask 000, mere end to sekunder.",
               KASUS_TEST_TYPE_RATE="20", KASUS_TEST_ADD_WORD="Qorvakindsen",
               KASUS_TEST_QUIT="1", KASUS_TEST_LOG=log)
    try:
        p = subprocess.run([app, case_path], env=env, capture_output=True, text=True, timeout=120)
        out = f"exit {p.returncode}: {p.stdout}{p.stderr}"
    except subprocess.TimeoutExpired:
        out = "timeout"
    with open(log, encoding="utf-8") if os.path.exists(log) else open(os.devnull) as f:
        out += f.read()

    folder = os.path.join(env["XDG_STATE_HOME"], "kasus")
    drafts = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    modes = {n: oct(mode_of(os.path.join(folder, n))) for n in drafts}
    good = (len(drafts) == 2 and any(n.endswith(".kasus") for n in drafts) and
            any(n.endswith(".origin") for n in drafts) and mode_of(folder) == 0o700 and
            all(m == oct(0o600) for m in modes.values()))
    check(names[0], good, f"{folder}: {oct(mode_of(folder)) if drafts else 'missing'} {modes}\n{out}")

    folder = os.path.join(env["XDG_DATA_HOME"], "kasus")
    dictionary = os.path.join(folder, "dictionary-da.txt")
    good = (os.path.exists(dictionary) and mode_of(folder) == 0o700 and
            mode_of(dictionary) == 0o600 and "word-added" in out)
    check(names[1], good,
          f"{oct(mode_of(dictionary)) if os.path.exists(dictionary) else 'missing'}\n{out}")


def main():
    os.umask(0)
    tmp = tempfile.mkdtemp(prefix="kasus-test-private-")
    os.chmod(tmp, 0o700)
    try:
        with open(os.path.join(src, "tests", "fixtures", "case-ready.kasus"), encoding="utf-8") as f:
            case = json.load(f)
        case.setdefault("private", {})["known_identifiers"] = [
            {"category": "name", "text": IDENT},
        ]
        case.setdefault("review", {})["status"] = "approved"
        case["accepted_findings"] = [
            {"section": "history", "category": "age", "text": "ung voksen", "reason": REASON},
        ]
        path = os.path.join(tmp, "privat.kasus")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False)

        # New case files are private.
        new = os.path.join(tmp, "ny.kasus")
        rc, out = run("new", "-o", new)
        check("new -o writes the case", rc == 0, out)
        if rc == 0:
            mode = stat.S_IMODE(os.stat(new).st_mode)
            check("new -o: mode 0600", mode == 0o600, oct(mode))

        outputs = {}
        for name, args, pdf in (
            ("export --draft", ["export", "--draft", "-o", os.path.join(tmp, "draft.pdf"), path], "draft.pdf"),
            ("export", ["export", "-o", os.path.join(tmp, "final.pdf"), path], "final.pdf"),
            ("consent-form", ["consent-form", "--case", path, "-o", os.path.join(tmp, "consent.pdf")], "consent.pdf"),
            ("bundle", ["bundle", "-g", case["metadata"]["patient_group"], "-o",
                        os.path.join(tmp, "bundle.pdf"), path], "bundle.pdf"),
            ("check", ["check", path], None),
            ("scan", ["scan", path], None),
            ("scan --format json", ["scan", "--format", "json", path], None),
            ("spell", ["spell", path], None),
        ):
            rc, out = run(*args)
            outputs[name] = out
            check(f"{name}: no private data in its output", not leaks(out), f"exit {rc}: {leaks(out)}")
            if pdf is not None:
                pdf_path = os.path.join(tmp, pdf)
                if not os.path.exists(pdf_path):
                    check(f"{name}: wrote {pdf}", False, f"exit {rc}: {out[:500]}")
                    continue
                text = pdf_texts(pdf_path)
                check(f"{name}: no private data in {pdf}", not leaks(text), str(leaks(text)))
                mode = stat.S_IMODE(os.stat(pdf_path).st_mode)
                check(f"{name}: {pdf} mode 0600", mode == 0o600, oct(mode))

        rc, out = run("scan", "--show-private", path)
        check("scan --show-private shows the known identifier", IDENT in out, out[:500])

        # What the CLI leaves in the folder besides its outputs: nothing.
        extra = [n for n in os.listdir(tmp) if n.startswith(".")]
        check("no temporary files left", not extra, str(extra))

        check_app_files(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} {name}")
        if not ok:
            failed += 1
            for line in str(detail).splitlines()[:20]:
                print(f"# {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
