#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, as a meson test.
#   run-fuzzer.sh FUZZER SEED_DIR WORK_DIR SECONDS [libFuzzer options…]
# New inputs go to WORK_DIR (kept between runs), never into the seeds; a
# crash leaves its input in WORK_DIR/crash-… and fails the test. Copy it to
# tests/fuzz/regressions/<target>/ once it is fixed.
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
shift 4
mkdir -p "$work"
export ASAN_OPTIONS=${FUZZ_ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
  -print_final_stats=1 -artifact_prefix="$work/" \
  "$@" "$work" "$seeds"
