#!/usr/bin/env bash
# Kasus never talks to the network: every kasus-cli command, and the app
# (start on the demo case, type, export a PDF; the review window on a
# folder), under strace -f, open no AF_INET or AF_INET6 socket (AF_UNIX is
# fine). The app is driven by its test hooks (src/app/kasus-test-hooks.h)
# and needs a display. TAP output; skipped without strace (exit 0: meson
# takes 77 for an error under TAP).
#
#   test-no-network.sh KASUS_CLI SOURCE_ROOT [KASUS]
set -uo pipefail

cli=$1
src=$2
app=${3:-}
fixtures=$src/tests/fixtures

if ! command -v strace >/dev/null; then
  echo "1..0 # SKIP strace is not installed"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kasus-test-no-network-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
printf 'Patienten, 72-årig, fra Aarhus, jens@example.dk, https://example.dk\n' > "$tmp/text.txt"

# Can strace trace here at all (ptrace may be forbidden in a container)?
if ! strace -f -qq -e trace=socket -o "$tmp/probe" true 2>/dev/null; then
  echo "1..0 # SKIP strace cannot trace in this environment"
  exit 0
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

# The app: NAME, a line its test log must hold, then VAR=VALUE… -- ARGS….
# No session bus, so it never hands over to another running instance.
app_run () {
  local name=$1 expect=$2; shift 2
  local vars=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do vars+=("$1"); shift; done
  shift
  n=$((n + 1))
  if [ -z "$app" ]; then
    echo "ok $n $name # SKIP the app is not built"
    return
  fi
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "ok $n $name # SKIP no display (run under xvfb-run)"
    return
  fi
  env HOME="$tmp/home" XDG_STATE_HOME="$tmp/state" XDG_RUNTIME_DIR="$tmp/run" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-bus" \
    KASUS_TEST_LOG="$tmp/log-$n" KASUS_TEST_QUIT=1 "${vars[@]}" \
    timeout 120 strace -f -qq -e trace=socket,connect -o "$tmp/trace-$n" \
    "$app" "$@" > "$tmp/out-$n" 2>&1
  local rc=$?
  if [ $rc -ne 0 ] || ! grep -q "^$expect" "$tmp/log-$n" 2>/dev/null; then
    echo "not ok $n $name (exit $rc, no \"$expect\" in its log)"
    cat "$tmp/log-$n" "$tmp/out-$n" 2>/dev/null | tail -10 | sed 's/^/# /'
    failed=$((failed + 1))
  elif grep -E 'AF_INET6?[,)]|PF_INET6?[,)]' "$tmp/trace-$n" > "$tmp/inet-$n"; then
    echo "not ok $n $name opens a network socket"
    sed 's/^/# /' "$tmp/inet-$n" | head -10
    failed=$((failed + 1))
  else
    echo "ok $n $name"
  fi
}
mkdir -m 700 -p "$tmp/home" "$tmp/state" "$tmp/run" "$tmp/review"
cp "$fixtures/case-valid.kasus" "$fixtures/case-ready.kasus" "$tmp/review/"

echo "1..11"
run "new" new -o "$tmp/new.kasus"
run "check" check "$fixtures/case-valid.kasus"
run "scan" scan "$tmp/text.txt" "$fixtures/case-valid.kasus"
run "spell" spell "$tmp/text.txt"
run "export" export --draft -o "$tmp/case.pdf" "$fixtures/case-valid.kasus"
run "scan pdf" scan "$tmp/case.pdf"
run "consent-form" consent-form --case "$fixtures/case-valid.kasus" -o "$tmp/consent.pdf"
run "bundle" bundle -g "Arvelige hjertesygdomme" -o "$tmp/bundle.pdf" "$fixtures/case-ready.kasus"
run "help" --help
app_run "app: start on the demo case, type, export a draft PDF" "export ok" \
  KASUS_TEST_TYPE=" Skrevet uden netværk." KASUS_TEST_TYPE_RATE=100 \
  KASUS_TEST_EXPORT="$tmp/app.pdf" -- --demo
app_run "app: the review window on a folder" "review-loaded" -- --review "$tmp/review"
[ $failed -eq 0 ]
