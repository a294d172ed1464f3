#!/bin/sh
# bench.sh: build, then run the benchmarks and print their figures
#
#   build-aux/bench.sh
#
# Everything runs under Xvfb with a window manager (openbox), as the window
# runs on a desktop; then the window's benchmarks run again without one.
# Without a window manager, GDK 4.8's X11 backend asks the X server for one
# each time it measures the window (it keeps the answer only once it has
# found one), so every frame that lays the window out waits on more round
# trips to the X server, which is busy drawing the previous frame.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "$(dirname "$0")/.."
build-aux/install-deps.sh
if ! command -v openbox >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends openbox >/dev/null
fi
[ -f _build/build.ninja ] || meson setup _build >/dev/null
meson compile -C _build >/dev/null

session () {
  xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- "$@"
}

echo "== the benchmarks, with a window manager (openbox)"
session sh -c '
  openbox --sm-disable >/dev/null 2>&1 &
  wm=$!
  sleep 1
  status=0
  meson test -C _build --benchmark --verbose || status=1
  kill $wm
  exit $status'

echo "== the window benchmarks again, without a window manager"
session meson test -C _build --benchmark --verbose bench-window
