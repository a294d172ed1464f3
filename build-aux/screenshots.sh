#!/bin/sh
# screenshots.sh: regenerate data/screenshots/*.png from the real window under Xvfb
#
#   build-aux/screenshots.sh
#
# Installs what it needs (Xvfb, xdotool, ImageMagick, fonts), builds, and
# shoots the window at 1000×700 in English and in Korean.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "$(dirname "$0")/.."
build-aux/install-deps.sh
for tool in xdotool:xdotool import:imagemagick; do
  command -v "${tool%%:*}" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${tool#*:}"
done
[ -f _build/build.ninja ] || meson setup _build >/dev/null
meson compile -C _build >/dev/null
mkdir -p data/screenshots

shoot() {
  language=$1 query=$2 out=$3
  TRTC_TROUBLESHOOTER_LOCALEDIR="$PWD/_build/po" GSETTINGS_SCHEMA_DIR="$PWD/_build/data" \
  GSETTINGS_BACKEND=memory GSK_RENDERER=cairo GDK_DEBUG=gl-disable GDK_BACKEND=x11 \
  NO_AT_BRIDGE=1 LANG=C.UTF-8 LANGUAGE="$language" \
  xvfb-run -a -s "-screen 0 1000x700x24" dbus-run-session -- sh -c '
    _build/src/trtc-troubleshooter "$1" &
    app=$!
    sleep 3
    xdotool mousemove 999 699
    sleep 0.5
    import -window root "$2"
    kill $app' shoot "$query" "$out"
}

shoot en "play not allowed" data/screenshots/main-window-en.png
shoot ko "자동 재생" data/screenshots/main-window-ko.png
echo "wrote data/screenshots/main-window-en.png and main-window-ko.png"
