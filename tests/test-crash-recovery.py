#!/usr/bin/env python3
# Crash recovery of the real app: Kasus is started on a case, types at a
# steady rate through its test-only input path (KASUS_TEST_TYPE, see
# src/app/kasus-test-hooks.h), and is killed with SIGKILL at a random
# moment. The draft it left in $XDG_STATE_HOME/kasus must hold everything
# typed but at most the last 2 s (allowed: 2 s + 0.5 s of scheduling slack,
# counted in characters at the typing rate). The next start recovers it
# (KASUS_TEST_RECOVER answers the dialog) and types on; the last start only
# recovers and quits.
#
# Needs a display (build-aux/test runs the suite under xvfb-run). TAP.
#
#   test-crash-recovery.py KASUS SOURCE_ROOT [SEED]
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

RATE = 20            # characters per second
BOUND_S = 2.0        # what may be lost, by the issue
SLACK_S = 0.5        # scheduling on a loaded machine
ROUNDS = 4
# Until the app types, or quits: the ASan build under load starts in tens
# of seconds. This only catches a hang; keep (ROUNDS + 1) * (START_TIMEOUT_S
# + 6.5) below the test's timeout in tests/meson.build.
START_TIMEOUT_S = 180

app, src = sys.argv[1], sys.argv[2]
seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.randrange(1 << 30)
rng = random.Random(seed)
n = 0
failed = 0


def ok(good, name, diagnostics=()):
    global n, failed
    n += 1
    print(f"{'ok' if good else 'not ok'} {n} {name}")
    for line in diagnostics:
        print(f"# {line}")
    if not good:
        failed += 1
    sys.stdout.flush()


def read_log(path):
    section, typed = None, []
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("section "):
                    section = line.split(" ", 1)[1].strip()
                elif line.startswith("typed "):
                    _, count, usec = line.split()
                    typed.append((int(count), int(usec)))
    except FileNotFoundError:
        pass
    return section, typed


def section_text(case_path, section):
    with open(case_path, encoding="utf-8") as f:
        case = json.load(f)
    for s in case["sections"]:
        if s["id"] == section:
            return s.get("text", "")
    raise KeyError(section)


def tail(path, lines=15):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read().splitlines()[-lines:]
    except FileNotFoundError:
        return []


def main():
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("1..0 # SKIP no display (run under xvfb-run)")
        return 0

    tmp = tempfile.mkdtemp(prefix="kasus-test-crash-")
    try:
        return run(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(tmp):
    env = dict(os.environ)
    for var, sub in (("HOME", "home"), ("XDG_STATE_HOME", "state"),
                     ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
        env[var] = os.path.join(tmp, sub)
        os.makedirs(env[var], mode=0o700)
    # No session bus: every start is its own instance, never a remote one.
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=" + os.path.join(tmp, "no-bus")
    env.pop("KASUS_FAULT", None)

    case = os.path.join(tmp, "case.kasus")
    shutil.copyfile(os.path.join(src, "tests", "fixtures", "case-valid.kasus"), case)
    os.chmod(case, 0o600)
    drafts = os.path.join(env["XDG_STATE_HOME"], "kasus")

    print(f"1..{ROUNDS + 1}")
    print(f"# seed {seed}, {RATE} characters/s, allowed loss {BOUND_S + SLACK_S} s")

    # Random moments, but always some long after the first draft was due:
    # continuous typing must be drafted too, not only after a pause.
    waits = [rng.uniform(0.5, 2.0)] + [rng.uniform(3.0, 6.5) for _ in range(2)] + \
        [rng.uniform(0.5, 6.5) for _ in range(ROUNDS - 3)]
    rng.shuffle(waits)

    expected = None     # what the next start must recover
    section = None
    worst = (0, 0.0)

    for rnd in range(1, ROUNDS + 2):
        last = rnd == ROUNDS + 1
        log = os.path.join(tmp, f"log-{rnd}")
        ready = os.path.join(tmp, f"ready-{rnd}")
        out = os.path.join(tmp, f"out-{rnd}")
        text = "".join(f"r{rnd}w{i:03d} " for i in range(200))
        renv = dict(env, KASUS_TEST_LOG=log, KASUS_TEST_DUMP_READY=ready,
                    KASUS_TEST_RECOVER="recover")
        if last:
            renv["KASUS_TEST_QUIT"] = "1"
        else:
            renv.update(KASUS_TEST_TYPE=text, KASUS_TEST_TYPE_RATE=str(RATE))

        with open(out, "w") as o:
            proc = subprocess.Popen([app, case], env=renv, stdout=o, stderr=o)

        if last:
            try:
                rc = proc.wait(START_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                rc = "timeout"
            got = open(ready, encoding="utf-8").read() if os.path.exists(ready) else None
            ok(rc == 0 and got == expected,
               "the last draft is recovered at the next start",
               [] if got == expected and rc == 0 else
               [f"exit {rc}", f"recovered {got!r}", f"expected {expected!r}"] + tail(out))
            break

        # Until it types, then a random while.
        deadline = time.monotonic() + START_TIMEOUT_S
        while not read_log(log)[1] and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if not read_log(log)[1]:
            proc.kill()
            proc.wait()
            ok(False, f"round {rnd}: the app types", ["it never typed"] + tail(out))
            break
        wait = waits[rnd - 1]
        time.sleep(wait)
        proc.send_signal(signal.SIGKILL)
        killed = time.monotonic()
        rc = proc.wait()

        section, typed = read_log(log)
        baseline = open(ready, encoding="utf-8").read()
        if expected is None:
            expected = section_text(case, section)
        found = glob.glob(os.path.join(drafts, "*.kasus"))
        draft = section_text(found[0], section) if len(found) == 1 else expected

        diag = [f"killed {wait:.2f} s into typing (exit {rc}), {len(found)} draft(s)"]
        good = rc == -signal.SIGKILL and len(found) <= 1
        if baseline != expected:
            good = False
            diag.append(f"started from {baseline!r}, not the recovered {expected!r}")
        if not draft.startswith(baseline) or not text.startswith(draft[len(baseline):]):
            good = False
            diag.append(f"the draft is not the text typed: {draft!r}")
            lost_chars, lost_s = None, None
        else:
            kept = len(draft) - len(baseline)
            count = typed[-1][0]
            # The kill may fall between a keystroke and its line in the log.
            lost_chars = max(0, count - kept)
            lost_s = 0.0 if lost_chars == 0 else max(0.0, killed - typed[kept][1] / 1e6)
            diag.append(f"typed {count}, draft holds {kept}: lost {lost_chars} characters "
                        f"({lost_chars / RATE:.2f} s at the rate; first lost one "
                        f"{lost_s:.2f} s before the kill)")
            if kept > count + 1:
                good = False
                diag.append("the draft holds more than was typed")
            if lost_chars > RATE * (BOUND_S + SLACK_S):
                good = False
                diag.append(f"more than {BOUND_S + SLACK_S} s of typing lost")
            if lost_chars > worst[0]:
                worst = (lost_chars, lost_s)
        ok(good, f"round {rnd}: killed while typing, the draft lacks at most the last 2 s",
           diag + ([] if good else tail(out)))
        expected = draft

    print(f"# worst loss: {worst[0]} characters ({worst[0] / RATE:.2f} s at {RATE}/s; "
          f"first lost one typed {worst[1]:.2f} s before the kill)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
