#!/usr/bin/env bash
# Every kasus-cli command under valgrind on the fixtures: no invalid reads
# or writes and no definite leaks (--errors-for-leak-kinds=definite).
# TAP output. Skipped (a TAP "1..0 # SKIP" plan, exit 0: meson counts 77
# as an error under TAP) without valgrind or in a sanitizer build.
#
#   test-valgrind.sh KASUS_CLI SOURCE_ROOT
set -uo pipefail

cli=$1
src=$2
fixtures=$src/tests/fixtures

if ! command -v valgrind >/dev/null; then
  echo "1..0 # SKIP valgrind is not installed"
  exit 0
fi
if ldd "$cli" 2>/dev/null | grep -q -e libasan -e libubsan -e libtsan; then
  echo "1..0 # SKIP kasus-cli is built with a sanitizer"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kasus-test-valgrind-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export G_SLICE=always-malloc G_DEBUG=gc-friendly
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache

printf 'Patienten, 72-årig, fra Aarhus fik en datter i 2019.\nHun havde BRCA2 c.5946delT og fik kemotrapi.\n' > "$tmp/text.txt"

n=0
failed=0
run () {
  local name=$1; shift
  n=$((n + 1))
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$src/tests/valgrind.supp" \
    --show-leak-kinds=definite --error-exitcode=99 \
    --log-file="$tmp/vg-$n.log" "$cli" "$@" > "$tmp/out-$n.txt" 2>&1
  local rc=$?
  if [ $rc -eq 99 ] || [ $rc -gt 2 ] || [ -s "$tmp/vg-$n.log" ]; then
    echo "not ok $n $name (exit $rc)"
    sed 's/^/# /' "$tmp/vg-$n.log" | head -60
    sed 's/^/# out: /' "$tmp/out-$n.txt" | head -10
    failed=$((failed + 1))
  else
    echo "ok $n $name"
  fi
}

echo "1..10"
run "new -o" new -o "$tmp/new.kasus"
run "check" check "$fixtures/case-valid.kasus" "$fixtures/case-ready.kasus" "$fixtures/case-truncated.kasus"
run "scan text" scan "$tmp/text.txt"
run "scan case" scan "$fixtures/case-valid.kasus"
run "spell" spell "$tmp/text.txt" "$fixtures/case-valid.kasus"
run "export --draft" export --draft -o "$tmp/draft.pdf" "$fixtures/case-valid.kasus"
run "export" export -o "$tmp/ready.pdf" "$fixtures/case-ready.kasus"
run "consent-form" consent-form --case "$fixtures/case-valid.kasus" -o "$tmp/consent.pdf"
run "bundle" bundle -g "Arvelige hjertesygdomme" -o "$tmp/bundle.pdf" "$fixtures/case-ready.kasus" "$tmp/ready.pdf"
run "bad input" check "$fixtures/case-not-utf8.kasus" "$fixtures/case-newer-version.kasus" "$tmp/missing.kasus"
[ $failed -eq 0 ]
