#!/bin/sh
# check-translation.sh: a translation of the guide is whole and builds
#
# usage: check-translation.sh LANG PO C-DIR FILE...
#
# Every message of the pages (FILE…, in C-DIR) is translated in PO, none
# fuzzy; PO compiles with msgfmt --check; and the pages itstool makes from it
# are valid Mallard with no broken links, as Yelp will read them.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

lang=$1 po=$2 c_dir=$3
shift 3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/$lang"

msgfmt --check --statistics -o "$tmp/$lang.mo" "$po"

# the pages' messages now, against the translation
(cd "$c_dir" && itstool -o "$tmp/help.pot" "$@")
if ! msgcmp "$po" "$tmp/help.pot"; then
  echo "$po: translate the messages above (meson compile help-trtc-troubleshooter-update-po)" >&2
  exit 1
fi

(cd "$c_dir" && itstool -m "$tmp/$lang.mo" --lang "$lang" -o "$tmp/$lang/" "$@")

pages=
for file in "$@"; do
  case $file in
    *.page) pages="$pages $tmp/$lang/$file" ;;
  esac
done
# shellcheck disable=SC2086
yelp-check validate --strict --allow http://www.w3.org/2005/11/its $pages
# shellcheck disable=SC2086
yelp-check links $pages
echo "$lang: pages valid"
