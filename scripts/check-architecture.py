#!/usr/bin/env python3
"""Fails when docs/ARCHITECTURE.md's table of tuning constants disagrees with the code.

Each row names constants (`Name`, or `A`, `B`), their values (`250 ms`, `64 KiB`, `1 px, 6 px`)
and the file(s) that define them; the definition (`Name = expr` or `Name {expr}`) must be there
with that value.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
UNITS = {"ms": 1, "s": 1000, "KiB": 1024, "px": 1, "chars": 1, "": 1}


def table_rows(text):
    section = text.split("## Tuning constants", 1)[1]
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0].startswith("`"):
            yield cells


def table_value(text, name):
    number, _, unit = text.strip().partition(" ")
    value = float(number) * UNITS[unit]
    return value * 1_000_000 if name.endswith("Ns") else value


def code_value(files, name):
    pattern = re.compile(r"\b" + re.escape(name) + r"\s*(?:=\s*([^;{]+);|\{([^}]+)\})")
    for f in files:
        for match in pattern.finditer((ROOT / f).read_text(encoding="utf-8")):
            expr = (match.group(1) or match.group(2)).replace("'", "")
            if re.fullmatch(r"[\d.\s*/+()]+", expr):
                return float(eval(expr))  # digits and arithmetic only, checked above
    return None


def main():
    text = (ROOT / "docs/ARCHITECTURE.md").read_text(encoding="utf-8")
    problems, checked = [], 0
    for cells in table_rows(text):
        names = re.findall(r"`(\w+)`", cells[0])
        values = [v for v in cells[1].split(",")]
        files = re.findall(r"`([\w/.]+)`", cells[2])
        if len(values) != len(names):
            values = values * len(names) if len(values) == 1 else values
        if len(values) != len(names):
            problems.append(f"{cells[0]}: {len(names)} names but values {cells[1]!r}")
            continue
        for name, value in zip(names, values):
            found = code_value(files, name)
            checked += 1
            if found is None:
                problems.append(f"{name}: no definition with a plain value in {', '.join(files)}")
            elif abs(found - table_value(value, name)) > 1e-9:
                problems.append(f"{name}: the table says {value.strip()}, the code {found:g}")
    for p in problems:
        print("docs/ARCHITECTURE.md:", p, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"architecture: {checked} tuning constants match the code")


main()
