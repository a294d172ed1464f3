#!/bin/sh
# test-search-provider.sh: install into a temporary prefix, let D-Bus start the
# application from its service file on a private bus, and call the search provider
#
#   test-search-provider.sh SOURCE_DIR CLIENT
#
# Needs a display for the window ActivateResult opens (the suite runs in xvfb-run).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

source_dir=$1
client=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ -z "${DISPLAY:-}" ]; then
  echo "1..0 # SKIP no display"
  exit 0
fi

meson setup "$tmp/build" "$source_dir" --prefix "$tmp/prefix" >/dev/null
meson install -C "$tmp/build" >/dev/null

# what the desktop would see with the application installed there
share="$tmp/prefix/share"
test -f "$share/dbus-1/services/io.github.trtctroubleshooter.Troubleshooter.service"
test -f "$share/gnome-shell/search-providers/io.github.trtctroubleshooter.Troubleshooter.search-provider.ini"
test -f "$share/applications/io.github.trtctroubleshooter.Troubleshooter.desktop"
test -f "$share/metainfo/io.github.trtctroubleshooter.Troubleshooter.metainfo.xml"
test -f "$share/icons/hicolor/scalable/apps/io.github.trtctroubleshooter.Troubleshooter.svg"
test -f "$share/icons/hicolor/symbolic/apps/io.github.trtctroubleshooter.Troubleshooter-symbolic.svg"
test -f "$share/locale/ko/LC_MESSAGES/trtc-troubleshooter.mo"
glib-compile-schemas "$share/glib-2.0/schemas"

export XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export GSETTINGS_SCHEMA_DIR="$share/glib-2.0/schemas"
# the user's extra catalogs, read by the application D-Bus starts: the client
# writes one there, of names that clash in a naive result id
export XDG_DATA_HOME="$tmp/data-home"
export TS_CLASH_CATALOGS="$XDG_DATA_HOME/trtc-troubleshooter/catalogs"
unset TRTC_TROUBLESHOOTER_LOCALEDIR
exec dbus-run-session -- "$client" --tap
