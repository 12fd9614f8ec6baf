"""What the build-aux/derive-*.py scripts share: where the shared data is,
and how --check compares what a script makes with what is committed.

Copyright 2026 The Kasus authors
SPDX-License-Identifier: GPL-3.0-or-later
"""

import os
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def default_data():
    """$KASUS_SHARED_DIR/data, else ../shared/data beside the checkout."""
    shared = os.environ.get("KASUS_SHARED_DIR")
    if shared:
        return os.path.join(shared, "data")
    return os.path.join(TOP, "..", "shared", "data")


def skip_unless_present(prog, paths, hint):
    """Exits 77 (a skipped test) naming the first of paths that is missing."""
    for need in paths:
        if not os.path.exists(need):
            print(f"{prog}: SKIP: {need} not found ({hint})")
            sys.exit(77)


def compare_dirs(prog, generated, committed):
    """Compare every file in `generated` with the one of the same name in
    `committed`; print what differs. Returns the names that differ."""
    differ = []
    for name in sorted(os.listdir(generated)):
        with open(os.path.join(generated, name), "rb") as f:
            new = f.read()
        path = os.path.join(committed, name)
        rel = os.path.relpath(path, TOP)
        if not os.path.exists(path):
            print(f"{prog}: {rel} is missing (the script writes it)")
            differ.append(name)
            continue
        with open(path, "rb") as f:
            old = f.read()
        if new == old:
            continue
        differ.append(name)
        a, b = new.splitlines(), old.splitlines()
        first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        show = lambda l: l.decode("utf-8", "replace")
        print(f"{prog}: {rel} differs from what the script generates, "
              f"first at line {first + 1}:")
        print(f"  committed: {show(b[first]) if first < len(b) else '(end of file)'}")
        print(f"  generated: {show(a[first]) if first < len(a) else '(end of file)'}")
        sa, sb = set(a), set(b)
        extra = [l for l in b if l not in sa]
        lacking = [l for l in a if l not in sb]
        for what, lines in (("only in the committed file (edited by hand?)", extra),
                            ("only in the generated file (deleted by hand?)", lacking)):
            if lines:
                print(f"  {len(lines)} line(s) {what}:")
                for l in lines[:10]:
                    print(f"    {show(l)}")
                if len(lines) > 10:
                    print("    ...")
    return differ


def check(prog, generate_into, committed, kind, fix):
    """--check: generate_into(folder) makes the files in a temporary folder,
    which are compared with committed. Exits 0 when they are the same, else
    1 naming what differs, with fix (what to do instead of editing by hand)."""
    with tempfile.TemporaryDirectory(prefix=f"kasus-{prog}-") as tmp:
        generate_into(tmp)
        differ = compare_dirs(prog, tmp, committed)
        n = len(os.listdir(tmp))
    rel = os.path.relpath(committed, TOP)
    if differ:
        print(f"{prog}: {len(differ)} of {n} {kind} differ: {' '.join(differ)}; {fix}")
        sys.exit(1)
    print(f"{prog}: all {n} {kind} it writes in {rel}/ are current")
    sys.exit(0)
