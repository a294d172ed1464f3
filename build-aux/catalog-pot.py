#!/usr/bin/env python3
# catalog-pot.py: writes the translatable strings of JSON error catalogs as a .pot
#
# gettext 0.21 cannot read JSON, so this does for catalogs what xgettext does
# for sources. Each string gets a translator comment naming the entry and
# field, such as "#. PLAY_NOT_ALLOWED (16451) remedy".
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys


def entry_label(entry):
    name = entry.get("key") or entry.get("message")
    code = entry.get("code")
    if name and code is not None:
        return f"{name} ({code})"
    return name or str(code)


def strings_of(catalog):
    """Yields (msgid, comment) in catalog order."""
    applies_to = catalog.get("metadata", {}).get("applies_to")
    if applies_to:
        yield applies_to, "catalog metadata: applies_to"
    for category in catalog.get("categories", []):
        cid = category.get("id")
        yield category["name"], f"category {cid}: name"
        if category.get("description"):
            yield category["description"], f"category {cid}: description"
    for entry in catalog.get("errors", []):
        label = entry_label(entry)
        yield entry["summary"], f"{label} summary"
        for field in ("explanation", "remedy", "notes"):
            for text in entry.get(field, []):
                yield text, f"{label} {field}"
        for link in entry.get("links", []):
            yield link["title"], f"{label} link title"
        for keyword in entry.get("keywords", []):
            yield keyword, f"{label} search keyword (ours, not the vendor's)"


def quote(text):
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    if "\n" not in text:
        return f'"{text}"'
    lines = text.split("\n")
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def main(paths):
    messages = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            catalog = json.load(f)
        for msgid, comment in strings_of(catalog):
            comments, references = messages.setdefault(msgid, ([], []))
            if comment not in comments:
                comments.append(comment)
            if path not in references:
                references.append(path)

    out = sys.stdout
    out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
    for msgid, (comments, references) in messages.items():
        for comment in comments:
            out.write(f"#. {comment}\n")
        out.write(f"#: {' '.join(references)}\n")
        out.write(f"msgid {quote(msgid)}\nmsgstr \"\"\n\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: catalog-pot.py CATALOG.json…")
    main(sys.argv[1:])
