#!/bin/sh
# install-deps.sh: the Debian 12 packages needed to build, run and test (as root)
#
# clang, its runtime and llvm-14 (for llvm-symbolizer) serve the sanitizer and
# fuzzing runs of build-aux/test.sh only.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

packages="meson ninja-build pkg-config gcc python3 gettext
  libgtk-4-dev libglib2.0-dev libglib2.0-bin libjson-glib-dev libstemmer-dev
  xvfb xauth dbus dbus-x11 at-spi2-core
  desktop-file-utils appstream gtk-update-icon-cache
  fonts-cantarell fonts-noto-cjk adwaita-icon-theme
  scdoc bash-completion yelp-tools itstool
  clang libclang-rt-14-dev llvm-14"

missing=
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
