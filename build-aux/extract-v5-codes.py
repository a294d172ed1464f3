#!/usr/bin/env python3
# extract-v5-codes.py: the error codes of the TRTC Web SDK v5 bundle as facts for the tests
#
#   build-aux/extract-v5-codes.py path/to/package/dir > tests/data/v5-sdk-codes.json
#
# The directory is the unpacked npm package trtc-sdk-v5 (`npm pack
# trtc-sdk-v5@5.17.1`, then `tar xzf` it: the files are under package/).
# Its bundles define, in minified form,
#
#   - the public ERROR_CODE object, the eight codes an RtcError's `code` takes:
#       {INVALID_PARAMETER:5e3,INVALID_OPERATION:5100,...,UNKNOWN_ERROR:5999}
#   - a TypeScript numeric enum of every name, codes and extraCodes together:
#       x[x.INVALID_PARAMETER=5e3]="INVALID_PARAMETER",x[x.INVALID_PARAMETER_REQUIRED=5001]=...
#
# One object per enum member is written, in enum order: the name, the value,
# its kind ("code" for the eight public codes, "extraCode" for the rest) and,
# for an extraCode, its parent code. The enum does not say which code an
# extraCode refines; the parent is the code whose value is the extraCode's
# rounded down to the hundred (5302 -> 5300). A value outside 5000-5999
# (ACCOUNT_NO_MONEY = -100013) gets the code whose group it sits in, in enum
# order; within 5000-5999 the two rules must agree. The bundles' own throw
# sites (`{code: X.DEVICE_ERROR, ..., extraCode: 5310}`) are checked against
# the parents so derived.
#
# Each of trtc.js and trtc.esm.js that is present is read, and they must give
# the same table. Anything unexpected (no table, a duplicate name or value, a
# public code missing from the enum, bundles that disagree, a throw site that
# contradicts a parent, a count other than --expect N) stops the script with
# an error, so a new SDK release is checked by eye before the facts change.
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Usage: build-aux/extract-v5-codes.py [--expect N] path/to/package/dir > tests/data/v5-sdk-codes.json"""
import argparse
import json
import os
import re
import sys

BUNDLES = ["trtc.js", "trtc.esm.js"]

NUMBER = r"-?(?:0x[0-9a-fA-F]+|\d+(?:\.\d+)?(?:e\d+)?)"
# {INVALID_PARAMETER:5e3,INVALID_OPERATION:5100,...}
PUBLIC_OBJECT = re.compile(r"\{((?:[A-Z][A-Z0-9_]*:%s,)+[A-Z][A-Z0-9_]*:%s)\}" % (NUMBER, NUMBER))
PUBLIC_MEMBER = re.compile(r"([A-Z][A-Z0-9_]*):(%s)" % NUMBER)
# x[x.NAME=5e3]="NAME", the first member perhaps (x=y||{})[x.NAME=5e3]="NAME"
ENUM_MEMBER = re.compile(r"(?:\((?P<init>[A-Za-z_$][\w$]*)=[\w$]+\|\|\{\}\)|(?P<object>[A-Za-z_$][\w$]*))"
                         r"\[(?P<var>[A-Za-z_$][\w$]*)\.(?P<name>[A-Z][A-Z0-9_]*)=(?P<value>%s)\]=\"(?P=name)\"" % NUMBER)


def fail(message):
    sys.exit(f"extract-v5-codes.py: {message}")


def number(text):
    if text.lstrip("-").startswith("0x"):
        return int(text, 16)
    value = float(text)
    if value != int(value):
        fail(f"not an integer: {text}")
    return int(value)


def public_codes(source, path):
    """The ERROR_CODE object: the one {NAME:number,...} literal that holds
    both INVALID_PARAMETER and UNKNOWN_ERROR."""
    found = []
    for match in PUBLIC_OBJECT.finditer(source):
        members = {name: number(value) for name, value in PUBLIC_MEMBER.findall(match.group(1))}
        if "INVALID_PARAMETER" in members and "UNKNOWN_ERROR" in members:
            found.append(members)
    if not found:
        fail(f"{path}: no ERROR_CODE object found")
    if any(members != found[0] for members in found):
        fail(f"{path}: ERROR_CODE objects that differ: {found}")
    return found[0]


def enum_runs(source):
    """Runs of consecutive enum members of one variable, each a list of
    (name, value) in source order."""
    runs = []
    last_end = None
    last_var = None
    for match in ENUM_MEMBER.finditer(source):
        var, name, value = match.group("var"), match.group("name"), number(match.group("value"))
        if var not in (match.group("init"), match.group("object")):
            continue        # y[x.NAME=1]="NAME": not an enum member
        gap = source[last_end:match.start()] if last_end is not None else None
        # members of one enum are separated by a comma only
        if runs and var == last_var and gap == ",":
            runs[-1].append((name, value))
        else:
            runs.append([(name, value)])
        last_end, last_var = match.end(), var
    return runs


def error_enum(source, path, public):
    """The enum run that holds every public code with its public value."""
    candidates = []
    for run in enum_runs(source):
        members = dict(run)
        if all(members.get(name) == value for name, value in public.items()):
            candidates.append(run)
    if len(candidates) != 1:
        fail(f"{path}: expected one enum holding the {len(public)} public codes, found {len(candidates)}")
    run = candidates[0]
    names = [name for name, _ in run]
    values = [value for _, value in run]
    for what, items in (("name", names), ("value", values)):
        duplicates = sorted({str(i) for i in items if items.count(i) > 1})
        if duplicates:
            fail(f"{path}: duplicate {what} in the error enum: {', '.join(duplicates)}")
    return run


def table(run, public):
    """Kinds and parents, in enum order."""
    by_value = {value: name for name, value in public.items()}
    rows = []
    group = None
    for name, value in run:
        if name in public:
            group = value
            rows.append({"name": name, "code": value, "kind": "code"})
            continue
        if group is None:
            fail(f"extraCode {name} ({value}) comes before any code in the enum")
        if 5000 <= value <= 5999:
            parent = value // 100 * 100
            if parent not in by_value:
                fail(f"extraCode {name} ({value}): no code {parent}")
            if parent != group:
                fail(f"extraCode {name} ({value}): value says parent {parent}, enum order says {group}")
        else:
            parent = group
        rows.append({"name": name, "code": value, "kind": "extraCode", "parent": parent})
    return rows


def check_throw_sites(source, path, public, rows):
    """{code: X.DEVICE_ERROR, ..., extraCode: 5310} in either order, within
    one object literal: the parent the SDK states at the throw site."""
    names = "|".join(sorted(public))
    parents = {row["code"]: row.get("parent") for row in rows}
    patterns = [
        re.compile(r"code:[\w$]+\.(%s)\b,([^{}]*?)extraCode:(-?\d+)\b" % names),
        re.compile(r"extraCode:(-?\d+)\b,([^{}]*?)code:[\w$]+\.(%s)\b" % names),
    ]
    stated = {}
    for index, pattern in enumerate(patterns):
        for match in pattern.finditer(source):
            if index == 0:
                code_name, extra = match.group(1), int(match.group(3))
            else:
                code_name, extra = match.group(3), int(match.group(1))
            if "extraCode:" in match.group(2) or "code:" in match.group(2):
                continue        # another object's member in between
            stated.setdefault(extra, set()).add(public[code_name])
    for extra, codes in sorted(stated.items()):
        if extra not in parents:
            fail(f"{path}: a throw site uses extraCode {extra}, which the enum does not define")
        if codes != {parents[extra]}:
            fail(f"{path}: extraCode {extra} is thrown with code(s) {sorted(codes)}, derived parent {parents[extra]}")
    return len(stated)


def read_bundle(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    public = public_codes(source, path)
    if len(public) != 8:
        fail(f"{path}: ERROR_CODE has {len(public)} members, not 8: {sorted(public)}")
    rows = table(error_enum(source, path, public), public)
    checked = check_throw_sites(source, path, public, rows)
    return rows, checked


def main():
    parser = argparse.ArgumentParser(description="Extracts the error codes of the trtc-sdk-v5 bundle.", usage=__doc__.split(": ", 1)[1])
    parser.add_argument("package", help="the unpacked npm package directory (holding trtc.js)")
    parser.add_argument("--expect", type=int, metavar="N",
                        help="fail unless there are exactly N names, codes and extraCodes together")
    args = parser.parse_args()

    tables = {}
    for name in BUNDLES:
        path = os.path.join(args.package, name)
        if os.path.exists(path):
            tables[name] = read_bundle(path)
    if not tables:
        fail(f"none of {', '.join(BUNDLES)} in {args.package}")
    first_name, (rows, _) = next(iter(tables.items()))
    for name, (other, _) in tables.items():
        if other != rows:
            fail(f"{name} and {first_name} define different error tables")
    if args.expect is not None and len(rows) != args.expect:
        fail(f"found {len(rows)} names, expected {args.expect}")

    codes = sum(1 for row in rows if row["kind"] == "code")
    checks = ", ".join(f"{name}: {checked} throw sites agree" for name, (_, checked) in tables.items())
    print(f"extract-v5-codes.py: {len(rows)} names ({codes} codes, {len(rows) - codes} extraCodes); {checks}",
          file=sys.stderr)
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
