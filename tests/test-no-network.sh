#!/usr/bin/env bash
# Kasus never talks to the network: every kasus-cli command, under
# strace -f, opens no AF_INET or AF_INET6 socket (AF_UNIX is fine).
# TAP output; skipped (77) without strace.
#
#   test-no-network.sh KASUS_CLI SOURCE_ROOT
set -uo pipefail

cli=$1
src=$2
fixtures=$src/tests/fixtures

if ! command -v strace >/dev/null; then
  echo "1..0 # SKIP strace is not installed"
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kasus-test-no-network-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
printf 'Patienten, 72-årig, fra Aarhus, jens@example.dk, https://example.dk\n' > "$tmp/text.txt"

# Can strace trace here at all (ptrace may be forbidden in a container)?
if ! strace -f -qq -e trace=socket -o "$tmp/probe" true 2>/dev/null; then
  echo "1..0 # SKIP strace cannot trace in this environment"
  exit 77
fi

n=0
failed=0
run () {
  local name=$1; shift
  n=$((n + 1))
  strace -f -qq -e trace=socket,connect -o "$tmp/trace-$n" "$cli" "$@" > "$tmp/out-$n" 2>&1
  local rc=$?
  if [ $rc -gt 2 ]; then
    echo "not ok $n $name (exit $rc)"
    sed 's/^/# /' "$tmp/out-$n" | head -10
    failed=$((failed + 1))
  elif grep -E 'AF_INET6?[,)]|PF_INET6?[,)]' "$tmp/trace-$n" > "$tmp/inet-$n"; then
    echo "not ok $n $name opens a network socket"
    sed 's/^/# /' "$tmp/inet-$n" | head -10
    failed=$((failed + 1))
  else
    echo "ok $n $name"
  fi
}

echo "1..9"
run "new" new -o "$tmp/new.kasus"
run "check" check "$fixtures/case-valid.kasus"
run "scan" scan "$tmp/text.txt" "$fixtures/case-valid.kasus"
run "spell" spell "$tmp/text.txt"
run "export" export --draft -o "$tmp/case.pdf" "$fixtures/case-valid.kasus"
run "scan pdf" scan "$tmp/case.pdf"
run "consent-form" consent-form --case "$fixtures/case-valid.kasus" -o "$tmp/consent.pdf"
run "bundle" bundle -g "Arvelige hjertesygdomme" -o "$tmp/bundle.pdf" "$fixtures/case-ready.kasus"
run "help" --help
[ $failed -eq 0 ]
