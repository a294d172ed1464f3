#!/usr/bin/env python3
# check-structure.py: the rules of the source layout that a build cannot see
#
# Usage: check-structure.py SRC_DIR [MAX_LINES]
#
# - No include cycles between units: a unit is a .c file and the headers of
#   its name (ts-window.c, ts-window.h, ts-window-private.h); a unit that
#   includes another's header depends on it, and no chain of such
#   dependencies may lead back to where it started.
# - No source file longer than MAX_LINES (1,100 by default).
#
# Prints each problem and exits 1 if there is any.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def unit_of(name, units):
    """The unit a file name belongs to, or None (config.h, generated headers)."""
    stem = name.rsplit(".", 1)[0]
    if stem.endswith("-private"):
        stem = stem[: -len("-private")]
    return stem if stem in units else None


def cycles(graph):
    """Strongly connected components of more than one unit (Tarjan)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for next_node in sorted(graph[node]):
            if next_node not in index:
                visit(next_node)
                low[node] = min(low[node], low[next_node])
            elif next_node in on_stack:
                low[node] = min(low[node], index[next_node])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__ or "usage: check-structure.py SRC_DIR [MAX_LINES]")
    src = pathlib.Path(sys.argv[1])
    max_lines = int(sys.argv[2]) if len(sys.argv) == 3 else 1100
    files = sorted(p for p in src.rglob("*") if p.suffix in (".c", ".h"))
    if not any(p.suffix == ".c" for p in files):
        print(f"{src}: no C sources")
        return 1
    units = {p.name.rsplit(".", 1)[0] for p in files if p.suffix == ".c"}
    units |= {p.stem for p in files if p.suffix == ".h" and not p.stem.endswith("-private")}
    problems = []

    graph = {unit: set() for unit in units}
    for path in files:
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > max_lines:
            problems.append(f"{path.relative_to(src)}: {lines} lines, more than {max_lines}")
        unit = unit_of(path.name, units)
        if unit is None:
            continue
        for included in INCLUDE.findall(text):
            other = unit_of(pathlib.PurePath(included).name, units)
            if other is not None and other != unit:
                graph[unit].add(other)

    for component in cycles(graph):
        problems.append("include cycle between " + ", ".join(component))

    for problem in problems:
        print(problem)
    print(f"{len(files)} files, {len(units)} units: "
          f"{'no problems' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
