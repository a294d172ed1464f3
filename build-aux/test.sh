#!/bin/sh
# test.sh: install what is needed, build in a fresh tree, and run every test
#
# Widget tests need a display and a session bus: the suite runs inside
# xvfb-run and dbus-run-session. The last line reads "N passed, N failed".
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

cd "$(dirname "$0")/.."
build-aux/install-deps.sh || exit 1

rm -rf _build-test
meson setup _build-test >/dev/null || exit 1
meson compile -C _build-test >/dev/null || { meson compile -C _build-test; exit 1; }

xvfb-run -a -s "-screen 0 1280x1024x24" \
  dbus-run-session -- meson test -C _build-test --print-errorlogs --num-processes 2
status=$?

# meson's own summary, in the closing line CI reads
python3 - _build-test/meson-logs/testlog.json <<'PY'
import json, sys
passed = failed = skipped = 0
for line in open(sys.argv[1]):
    result = json.loads(line)["result"]
    if result in ("OK", "EXPECTEDFAIL"):
        passed += 1
    elif result == "SKIP":
        skipped += 1
    else:
        failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
