#!/usr/bin/env python3
# Saving in the real app when the disk fails: Kasus runs on a case with
# tests/fault-shim.c preloaded, types a sentence (KASUS_TEST_TYPE), and
# saves (win.save) with the shim armed for that save alone
# (KASUS_TEST_SAVE=FUNC:N:ERRNO, see src/app/kasus-test-hooks.h). Then:
# the previous file is intact byte for byte and loads, no temporary file is
# left, the window shows "Could Not Save the Case" naming the file and the
# problem, the case is still unsaved, and the text is still in the editor.
# A control run without a fault saves the text.
#
# Each run is a fresh user (its own HOME and XDG folders): a failed save
# keeps the autosaved draft, and on a loaded machine, where typing takes
# longer than the autosave delay, that draft would make the next run wait
# on a recovery dialog nobody answers. No wait here assumes an idle
# machine: a run may take RUN_TIMEOUT_S, the whole test (meson.build) more
# than all runs together.
#
# Needs a display (build-aux/test runs the suite under xvfb-run). TAP.
#
#   test-app-save-faults.py KASUS FAULT_SHIM SOURCE_ROOT
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

app, shim, src = sys.argv[1:4]
cli = os.environ.get("KASUS_CLI")
TYPED = " Skrevet lige før disken fejlede."
FAULTS = [
    ("write:+1:ENOSPC", "No space left on device"),
    ("write:+1:EIO", "Input/output error"),
    ("fsync:+1:EIO", "Input/output error"),
    ("rename:+1:ENOSPC", "No space left on device"),
]
# A start of the ASan build under load takes tens of seconds; this only
# catches a hang. Keep (len(FAULTS) + 1) * RUN_TIMEOUT_S below the test's
# timeout in tests/meson.build.
RUN_TIMEOUT_S = 180
n = 0
failed = 0


def ok(good, name, diagnostics=()):
    global n, failed
    n += 1
    print(f"{'ok' if good else 'not ok'} {n} {name}")
    if not good:
        failed += 1
        for line in diagnostics:
            print(f"# {line}")
    sys.stdout.flush()


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except FileNotFoundError:
        return ""


def first_section(case_path):
    with open(case_path, encoding="utf-8") as f:
        return json.load(f)["sections"][0]["text"]


def user_env(env, home):
    """env for a user of its own: HOME and the XDG folders under home."""
    env = dict(env)
    for var, sub in (("HOME", "home"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        env[var] = os.path.join(home, sub)
        os.makedirs(env[var], mode=0o700)
    return env


def run_app(tmp, env, name, spec):
    folder = os.path.join(tmp, name)
    os.makedirs(folder, mode=0o700)
    env = user_env(env, os.path.join(tmp, name + ".user"))
    case = os.path.join(folder, "case.kasus")
    shutil.copyfile(os.path.join(src, "tests", "fixtures", "case-valid.kasus"), case)
    os.chmod(case, 0o600)
    log = os.path.join(tmp, name + ".log")
    dump = os.path.join(tmp, name + ".dump")
    out = os.path.join(tmp, name + ".out")
    renv = dict(env, KASUS_TEST_TYPE=TYPED, KASUS_TEST_TYPE_RATE="200",
                KASUS_TEST_SAVE=spec, KASUS_TEST_DUMP=dump, KASUS_TEST_QUIT="1",
                KASUS_TEST_LOG=log)
    start = time.monotonic()
    with open(out, "w") as o:
        try:
            rc = subprocess.run([app, case], env=renv, stdout=o, stderr=o,
                                timeout=RUN_TIMEOUT_S).returncode
        except subprocess.TimeoutExpired:
            rc = f"timeout after {RUN_TIMEOUT_S} s"
    print(f"# {name}: {time.monotonic() - start:.1f} s")
    tail = read(out).splitlines()[-10:]
    if rc != 0:
        drafts = os.path.join(env["XDG_STATE_HOME"], "kasus")
        tail = [f"log: {line}" for line in read(log).splitlines()[-10:]] + tail
        if os.path.isdir(drafts):
            tail.append(f"drafts: {sorted(os.listdir(drafts))}")
    return folder, case, read(log).splitlines(), read(dump), rc, tail


def main():
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("1..0 # SKIP no display (run under xvfb-run)")
        return 0

    tmp = tempfile.mkdtemp(prefix="kasus-test-app-faults-")
    try:
        return run(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(tmp):
    env = dict(os.environ)
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + os.path.join(tmp, "no-bus")
    env.pop("KASUS_FAULT", None)
    env["LD_PRELOAD"] = shim
    asan = env.get("ASAN_OPTIONS")
    env["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "verify_asan_link_order=0"

    fixture = os.path.join(src, "tests", "fixtures", "case-valid.kasus")
    with open(fixture, "rb") as f:
        original = f.read()
    text = first_section(fixture) + TYPED

    print(f"1..{len(FAULTS) + 1}")

    # Control: the same path without a fault saves.
    folder, case, log, dump, rc, out = run_app(tmp, env, "control", "none")
    good = (rc == 0 and "save modified=0" in log and
            not any(line.startswith("dialog ") for line in log) and
            first_section(case) == text and dump == text)
    ok(good, "without a fault the app saves the typed text", [f"exit {rc}"] + log[-6:] + out)

    for spec, message in FAULTS:
        name = spec.replace(":", "-").replace("+", "")
        folder, case, log, dump, rc, out = run_app(tmp, env, name, spec)
        problems = []
        if rc != 0:
            problems.append(f"exit {rc}")
        failures = [line for line in log if line.startswith("save failures=")]
        if not failures or failures[0] == "save failures=0":
            problems.append("the fault never struck: " + repr(failures))
        with open(case, "rb") as f:
            if f.read() != original:
                problems.append("the previous file changed")
        if cli:
            check = subprocess.run([cli, "check", case], capture_output=True, text=True)
            if check.returncode > 1:   # 1: findings; more: the file does not load
                problems.append(f"kasus-cli check: exit {check.returncode} {check.stderr.strip()}")
        left = sorted(os.listdir(folder))
        if left != ["case.kasus"]:
            problems.append(f"left behind: {left}")
        dialogs = [line for line in log if line.startswith("dialog Could Not Save the Case\t")]
        if not dialogs:
            problems.append("no error dialog")
        elif case not in dialogs[0] or message not in dialogs[0]:
            problems.append(f"the dialog does not name the file and the problem: {dialogs[0]!r}")
        if "save modified=1" not in log:
            problems.append("the case is no longer marked unsaved")
        if dump != text:
            problems.append(f"the editor holds {dump!r}")
        ok(not problems,
           f"{spec}: the previous file is intact, the error is shown, the text is still there",
           problems + log[-6:] + out)

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
