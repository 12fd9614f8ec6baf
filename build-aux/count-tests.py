#!/usr/bin/env python3
"""Counts test cases over meson test logs and prints `N passed, N failed`.

Each GTest program speaks TAP, so one program holds many cases: a case is
an `ok`/`not ok` line. A program that printed no TAP (a validator, a
script) counts as one case. A program that failed while every TAP line it
printed was `ok` (a crash, a sanitizer report, a timeout) counts one
failure more, so no failure goes uncounted.

Usage: count-tests.py LABEL=BUILD_DIR...
"""
import json
import re
import sys

TAP = re.compile(r"^(ok|not ok)\b(.*)$", re.M)


def count(logfile):
    passed = failed = skipped = 0
    failures = []
    with open(logfile, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            entry = json.loads(line)
            name = entry.get("name", "?")
            result = entry.get("result", "")
            out = entry.get("stdout") or ""
            p = fl = s = 0
            for m in TAP.finditer(out):
                if m.group(1) == "ok":
                    if "# SKIP" in m.group(2):
                        s += 1
                    else:
                        p += 1
                else:
                    fl += 1
                    failures.append(f"{name}:{m.group(2).strip()}")
            bad = result not in ("OK", "SKIP", "EXPECTEDFAIL")
            if p + fl + s == 0:
                if result == "SKIP":
                    s = 1
                elif bad:
                    fl = 1
                    failures.append(f"{name} ({result})")
                else:
                    p = 1
            elif bad and fl == 0:
                fl = 1
                failures.append(f"{name} ({result})")
            passed += p
            failed += fl
            skipped += s
    return passed, failed, skipped, failures


def main():
    total_p = total_f = total_s = 0
    for arg in sys.argv[1:]:
        label, _, build = arg.partition("=")
        try:
            p, f, s, failures = count(f"{build}/meson-logs/testlog.json")
        except OSError as e:
            print(f"{label}: no test log ({e.strerror})")
            total_f += 1
            continue
        print(f"{label}: {p} passed, {f} failed, {s} skipped")
        for name in failures:
            print(f"  FAILED {name}")
        total_p += p
        total_f += f
        total_s += s
    print(f"{total_p} passed, {total_f} failed" + (f", {total_s} skipped" if total_s else ""))
    return 1 if total_f else 0


if __name__ == "__main__":
    sys.exit(main())
