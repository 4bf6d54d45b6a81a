#!/usr/bin/env python3
"""Checks that the manual page resources/helloqueue.1 is in step with the program: every option
`helloqueue --help` lists is described in OPTIONS, OPTIONS describes no option the program lacks,
and the page's title names the version `helloqueue --version` prints.
Usage: scripts/check-manpage.py build/app/helloqueue [resources/helloqueue.1]"""

import os
import re
import subprocess
import sys


def program_output(binary, *arguments):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    return subprocess.run([binary, "--lang", "en", *arguments], capture_output=True, text=True, env=env,
                          check=True, timeout=60).stdout


def help_options(binary):
    options = set()
    for line in program_output(binary, "--help").splitlines():
        # Option lines start with spaces and a dash: "  -l, --lang <en|ru>   Speak ..."
        match = re.match(r"^\s+(-[^<\s].*?)(?:\s{2,}|$)", line)
        if match:
            options.update(re.findall(r"--?[A-Za-z][A-Za-z-]*", match.group(1)))
    return options


def manual_options(page):
    section = re.search(r"^\.SH OPTIONS$(.*?)^\.SH ", page, re.S | re.M)
    if not section:
        sys.exit("check-manpage: the manual page has no OPTIONS section")
    options = set()
    for line in section.group(1).splitlines():
        if line.startswith((".B", ".BR", ".BI")):
            plain = line.replace("\\-", "-")
            options.update(re.findall(r"(?<![A-Za-z-])--?[A-Za-z][A-Za-z-]*", plain))
    return options


def main():
    binary = sys.argv[1]
    page_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..",
                                                                    "resources", "helloqueue.1")
    page = open(page_path, encoding="utf-8").read()
    in_help, in_page = help_options(binary), manual_options(page)
    problems = []
    if not in_help:
        problems.append("found no option in --help")
    for option in sorted(in_help - in_page):
        problems.append(f"{option} is in --help but not in the manual page's OPTIONS")
    for option in sorted(in_page - in_help):
        problems.append(f"{option} is in the manual page's OPTIONS but not in --help")
    version = program_output(binary, "--version").split()[-1]
    title = re.search(r"^\.TH .*$", page, re.M)
    if not title or f'"HelloQueue {version}"' not in title.group(0):
        problems.append(f"the .TH line does not name HelloQueue {version}: {title.group(0) if title else 'none'}")
    for problem in problems:
        print(f"check-manpage: {problem}", file=sys.stderr)
    if not problems:
        print(f"check-manpage: {len(in_help)} options, version {version}: in step")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
