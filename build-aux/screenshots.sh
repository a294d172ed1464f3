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
  language=$1 query=$2 out=$3 scheme=${4:-default}
  # the desktop's settings, as a keyfile of their own: the colour scheme
  config=$(mktemp -d)
  mkdir -p "$config/glib-2.0/settings"
  printf "[org/gnome/desktop/interface]\ncolor-scheme='%s'\n" "$scheme" > "$config/glib-2.0/settings/keyfile"
  TRTC_TROUBLESHOOTER_LOCALEDIR="$PWD/_build/po" GSETTINGS_SCHEMA_DIR="$PWD/_build/data" \
  GSETTINGS_BACKEND=keyfile XDG_CONFIG_HOME="$config" GSK_RENDERER=cairo GDK_DEBUG=gl-disable GDK_BACKEND=x11 \
  NO_AT_BRIDGE=1 LANG=C.UTF-8 LANGUAGE="$language" \
  xvfb-run -a -s "-screen 0 1000x700x24" dbus-run-session -- sh -c '
    _build/src/trtc-troubleshooter "$1" &
    app=$!
    sleep 3
    xdotool mousemove 999 699
    sleep 0.5
    import -window root "$2"
    kill $app' shoot "$query" "$out"
  rm -rf "$config"
}

shoot en "camera permission denied" data/screenshots/main-window-en.png
shoot ko "5302" data/screenshots/main-window-ko.png
shoot en "INVALID_PARAMETER" data/screenshots/main-window-dark.png prefer-dark
echo "wrote data/screenshots/main-window-en.png, main-window-ko.png and main-window-dark.png"
