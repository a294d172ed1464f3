#!/bin/sh
# update-pot.sh: regenerates po/trtc-troubleshooter.pot and merges it into every translation
#
# Sources and .ui files go through xgettext (listed in po/POTFILES); the
# JSON catalogs through build-aux/catalog-pot.py. Run it as
#   meson compile -C _build update-pot
# With --check it changes nothing and fails if a translation is incomplete,
# fuzzy, invalid, or behind the sources (the test suite runs it so).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "${MESON_SOURCE_ROOT:-$(dirname "$0")/..}"
package=trtc-troubleshooter
check=false
[ "${1:-}" = --check ] && check=true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xgettext --from-code=UTF-8 --files-from=po/POTFILES --directory=. \
  --add-comments=Translators --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --package-name="$package" --msgid-bugs-address=https://github.com/trtctroubleshooter/trtc-troubleshooter/issues \
  --output="$tmp/sources.pot"
python3 build-aux/catalog-pot.py data/trtc-web-sdk-v4.json data/trtc-web-sdk-v5.json > "$tmp/catalog.pot"
msgcat --use-first "$tmp/sources.pot" "$tmp/catalog.pot" --output-file="$tmp/$package.pot"

if $check; then
  status=0
  for lang in $(cat po/LINGUAS); do
    msgfmt --check --output-file=/dev/null "po/$lang.po" || status=1
    # every message of the sources and catalogs is translated in $lang.po
    msgcmp "po/$lang.po" "$tmp/$package.pot" || status=1
    if [ -n "$(msgattrib --only-fuzzy --no-obsolete "po/$lang.po")" ]; then
      echo "po/$lang.po has fuzzy messages" >&2
      status=1
    fi
    if [ -n "$(msgattrib --untranslated --no-obsolete "po/$lang.po")" ]; then
      echo "po/$lang.po has untranslated messages" >&2
      status=1
    fi
  done
  exit $status
fi

cp "$tmp/$package.pot" "po/$package.pot"
for lang in $(cat po/LINGUAS); do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-location "po/$lang.po" "po/$package.pot"
done
