#!/usr/bin/env python3
"""Runs shared/tools/eval-scan on the dev corpus and fails below recall 0.95.

Usage: eval-scan-gate.py KASUS_CLI SHARED_DIR
Exit 77 (skipped) when shared/ is not beside the checkout.
"""
import re
import subprocess
import sys

MIN_RECALL = 0.95


def main():
    cli, shared = sys.argv[1], sys.argv[2]
    tool = f"{shared}/tools/eval-scan"
    corpus = f"{shared}/corpus/dev"
    try:
        open(tool).close()
    except OSError:
        print(f"eval-scan-gate: {tool} not found, skipping")
        return 77
    proc = subprocess.run([sys.executable, tool, "--cli", cli, corpus],
                          capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    m = re.search(r"recall ([0-9.]+) precision ([0-9.]+)", proc.stdout.strip().splitlines()[-1]
                  if proc.stdout.strip() else "")
    if proc.returncode != 0 or not m:
        print("eval-scan-gate: eval-scan failed")
        return 1
    recall = float(m.group(1))
    if recall < MIN_RECALL:
        print(f"eval-scan-gate: recall {recall:.3f} < {MIN_RECALL}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
