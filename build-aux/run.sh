#!/bin/sh
# run.sh: install what is needed, build, and start TRTC Troubleshooter from the build tree
#
#   build-aux/run.sh                  the window
#   build-aux/run.sh --search 4096    the terminal interface; any option works
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "$(dirname "$0")/.."
build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build >/dev/null
meson compile -C _build >/dev/null

# Uninstalled, the translations and settings schema live in the build tree.
export TRTC_TROUBLESHOOTER_LOCALEDIR="$PWD/_build/po"
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
exec _build/src/trtc-troubleshooter "$@"
