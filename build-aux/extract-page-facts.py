#!/usr/bin/env python3
# extract-page-facts.py: the vendor's Korean v4 error page as facts for the tests
#
#   build-aux/extract-page-facts.py PAGE.md > tests/data/v4-page-rows.json
#
# One object per row of the page's four tables, in page order: the category
# (sdk, account, room, common), what identifies the row (key, code, hex code,
# message), the row's text without markup, and the addresses it links to.
# The tests check the built-in catalog against this file, so that they run in
# any clone; run it again only if the page changes.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

CATEGORIES = ["sdk", "account", "room", "common"]


def clean(cell, urls):
    """Drops HTML tags, ** and backticks; [title](url) becomes title, and
    url is collected; white space collapses."""
    def link(match):
        urls.append(match.group(2))
        return match.group(1)

    text = re.sub(r"<[^>]*>", " ", cell)
    text = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", link, text)
    text = text.replace("**", "").replace("`", "")
    return " ".join(text.split())


def rows(page):
    section = -1
    table_line = 0
    for line in page.splitlines():
        if line.startswith("## "):
            section += 1
            table_line = 0
            continue
        if section < 0 or not line.startswith("|"):
            continue
        table_line += 1
        if table_line <= 2:        # the header and alignment rows
            continue

        cells = [c.strip() for c in line.split("|")[1:-1]]
        urls = []
        row = {"category": CATEGORIES[section], "code": None, "hex": None, "key": None, "message": None}
        if section == 0:
            row["key"], row["code"], row["hex"] = cells[0], int(cells[1]), cells[2]
            text = cells[3:]
        elif section in (1, 2):
            row["code"] = int(cells[0])
            text = cells[1:]
        else:
            row["message"] = cells[0]
            text = cells[1:]
        row["text"] = clean(" ".join(text), urls)
        row["urls"] = urls
        yield row


def main():
    with open(sys.argv[1], encoding="utf-8") as page:
        facts = list(rows(page.read()))
    json.dump(facts, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
