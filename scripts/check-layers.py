#!/usr/bin/env python3
"""Fails when a file includes a header of a part above its own (docs/ARCHITECTURE.md, "Parts").

Parts, lowest first; a part may include its own headers and those of any lower rank, never a
part of the same rank or above. main.cpp, the composition root, may include anything.
"""
import pathlib
import re
import sys

RANKS = {
    "app/engine": 0,
    "app": 1,  # command line, number parser, settings, translation, identity
    "app/journal": 2,
    "app/models": 3,
    "app/timeline": 3,
    "app/compare": 4,  # runs the engine in every mode; shows its tasks through app/timeline
    "app/console": 5,
    "ui/tasks": 6,
    "ui/timeline": 6,
    "ui/dialogs": 7,  # the Compare dialog shows timelines (ui/timeline)
    "ui/window": 8,
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def part_of(path):
    parent = path.parent.as_posix()
    if parent not in RANKS:
        sys.exit(f"check-layers: {path} is in no known part; add its folder to {__file__}")
    return parent


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    headers = {}
    sources = [p.relative_to(root) for lib in ("app", "ui") for p in (root / lib).rglob("*")
               if p.suffix in (".h", ".cpp")]
    for p in sources:
        if p.suffix == ".h":
            headers[p.relative_to(p.parts[0]).as_posix()] = part_of(p)
    problems = []
    for p in sources:
        if p.as_posix() == "app/main.cpp":
            continue
        own = part_of(p)
        for name in INCLUDE.findall((root / p).read_text(encoding="utf-8")):
            target = headers.get(name)
            if target is None:
                problems.append(f"{p}: includes \"{name}\", which is no header of app/ or ui/")
            elif target != own and RANKS[target] >= RANKS[own]:
                problems.append(f"{p} ({own}) includes \"{name}\" of {target}, a part not below it")
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"layers: {len(sources)} files, every include points down")


main()
