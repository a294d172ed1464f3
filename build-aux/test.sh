#!/bin/sh
# test.sh: install what is needed, build in fresh trees, and run every test
#
#   1. the whole suite, in _build-test;
#   2. the whole suite again built with AddressSanitizer and UBSan,
#      LeakSanitizer on (tests/lsan.supp says what is not ours), in _build-sanitize;
#   3. each libFuzzer target for 45 s from its seed corpus, in _build-fuzz (clang).
#
# Widget tests need a display and a session bus: each suite runs inside
# xvfb-run and dbus-run-session. The last line reads "N passed, N failed".
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

cd "$(dirname "$0")/.."
build-aux/install-deps.sh || exit 1
top=$PWD
status=0
: > "$top/.test-counts"

count () {
  python3 - "$1/meson-logs/testlog.json" >> "$top/.test-counts" <<'PY'
import json, sys
passed = failed = skipped = 0
try:
    lines = open(sys.argv[1]).readlines()
except OSError:
    lines = []
for line in lines:
    result = json.loads(line)["result"]
    if result in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1
print(passed, failed, skipped)
PY
}

# build DIR [meson options…]
build () {
  dir=$1
  shift
  rm -rf "$dir"
  meson setup "$dir" "$@" >/dev/null && meson compile -C "$dir" >/dev/null && return 0
  meson compile -C "$dir"
  echo "0 1 0" >> "$top/.test-counts"
  return 1
}

# suite DIR [meson test options…]
suite () {
  dir=$1
  shift
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    dbus-run-session -- meson test -C "$dir" --print-errorlogs --num-processes 2 "$@" || status=1
  count "$dir"
}

echo "== the test suite"
if build _build-test; then
  suite _build-test
else
  status=1
fi

echo "== the test suite under AddressSanitizer, LeakSanitizer and UBSan"
# No GIO modules (the tests use the memory settings backend and local files):
# where GIO's module cache is older than a module, GIO loads the module at
# once and keeps it where LeakSanitizer does not see it, and the stack of
# that allocation ends in GLib, which the fast unwinder cannot pass.
if build _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false; then
  GIO_MODULE_DIR="$top/_build-sanitize/no-gio-modules" \
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1 \
  LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14 \
  G_SLICE=always-malloc \
    suite _build-sanitize
else
  status=1
fi

echo "== fuzzing"
if CC=clang build _build-fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false; then
  G_DEBUG=fatal-criticals ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14 \
    suite _build-fuzz --suite fuzz
else
  status=1
fi

# the three runs' counts, in the closing line CI reads
awk '{ p += $1; f += $2; s += $3 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$top/.test-counts"
rm -f "$top/.test-counts"
exit $status
