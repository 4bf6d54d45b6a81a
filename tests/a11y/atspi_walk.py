#!/usr/bin/python3
"""Walks HelloQueue's window with the AT-SPI client a screen reader uses (pyatspi), as Orca would.

Run it inside an accessibility bus (tests/a11y/run-atspi-walk.sh sets up Xvfb, D-Bus and the
AT-SPI bus). It starts the window with tasks in one language, then fails on:
- a focusable or actionable node, on screen, without a name (Orca would say only its role);
- a refused entry whose message cannot be read from the field (its description or a relation)
  or from the message label itself;
- summary labels whose name hides their text (a fixed name over the information);
- a running task's progress cell that does not say how far it is (a percentage);
- name-change events that repeat the name already announced (noise Orca may read again);
- a Tab stop that says nothing (a filler or an unnamed node, as the timeline was).
Prints what a screen reader reads for the refused entry and for the running task's row.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

# What the summary says in each language: the labels must read as the screen shows them.
SUMMARY_WORDS = {
    "en": ["Queued:", "Time left:"],
    "ru": ["В очереди:", "Осталось:"],
}
# Two refused entries and the token their message must quote.
REFUSED_ENTRIES = [("-1", "-1"), ("5 x", "x")]
QUIET_SECONDS = 4.0
TAB_STOPS = 16  # more than the window's controls: the order wraps around  # how long the running window is watched for repeated names


class Walk:
    def __init__(self, language):
        self.language = language
        self.failures = []

    def fail(self, message):
        self.failures.append(message)
        print(f"FAIL [{self.language}]: {message}")


def pump(seconds):
    """Runs the GLib loop (AT-SPI events) for a while."""
    deadline = time.monotonic() + seconds
    context = GLib.MainContext.default()
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        pump(0.1)
    raise SystemExit(f"timed out waiting for {what}")


def find_application(process):
    def lookup():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == process.pid and app.childCount > 0:
                    return app
            except GLib.GError:
                continue
        return None

    return wait_for(lookup, 30, "the window on the accessibility bus")


def nodes(root, depth=0):
    """Every node under root, depth first, with its depth (table rows: the visible ones)."""
    yield root, depth
    try:
        count = root.childCount
    except GLib.GError:
        return
    for i in range(min(count, 500)):
        try:
            child = root.getChildAtIndex(i)
        except GLib.GError:
            continue
        if child is not None:
            yield from nodes(child, depth + 1)


def states(node):
    try:
        return node.getState()
    except GLib.GError:
        return pyatspi.StateSet()


def showing(node):
    return states(node).contains(pyatspi.STATE_SHOWING)


def action_count(node):
    try:
        return node.queryAction().nActions
    except NotImplementedError:
        return 0


def label_text(node):
    """What a label reads: its Text interface if it has one, else its name."""
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return node.name


def describe(node):
    return f"{node.getRoleName()} '{node.name}'"


def check_names(walk, app):
    for node, _ in nodes(app):
        if not showing(node):
            continue
        focusable = states(node).contains(pyatspi.STATE_FOCUSABLE)
        # A blank table cell is data (Orca says "blank"), not an unnamed control.
        if node.getRole() == pyatspi.ROLE_TABLE_CELL or node.name.strip():
            continue
        parent = node.parent
        where = f"(in {describe(parent) if parent else 'nothing'})"
        if focusable or action_count(node) > 0:
            walk.fail(f"{'focusable' if focusable else 'actionable'} {node.getRoleName()} without a name {where}")
        elif node.getRole() == pyatspi.ROLE_UNKNOWN:
            walk.fail(f"a node of unknown role without a name {where} (a splitter handle, a size grip?)")


def number_field(app):
    for node, _ in nodes(app):
        st = states(node)
        if node.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and st.contains(pyatspi.STATE_EDITABLE) \
                and showing(node) and not st.contains(pyatspi.STATE_READ_ONLY):
            return node
    raise SystemExit("no editable text field found")


def relation_targets(node):
    targets = []
    for relation in node.getRelationSet():
        for i in range(relation.getNTargets()):
            targets.append((relation.getRelationType().value_nick, relation.getTarget(i)))
    return targets


def press_return(window_pid):
    """Return in the window, as a user types it (Xvfb has no window manager to give it focus)."""
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(window_pid)],
                            capture_output=True, text=True, check=True).stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    subprocess.run(["xdotool", "key", "Return"], check=True)


def check_refused_entry(walk, app, process):
    field = number_field(app)
    for entry, token in REFUSED_ENTRIES:
        field.queryEditableText().setTextContents(entry)
        field.queryComponent().grabFocus()
        press_return(process.pid)

        def message_label():
            for node, _ in nodes(app):
                if node.getRole() == pyatspi.ROLE_LABEL and showing(node) and token in label_text(node):
                    return node
            return None

        try:
            label = wait_for(message_label, 5, f"a label quoting {token!r}")
        except SystemExit:
            walk.fail(f"refused {entry!r}: no label on screen reads a message quoting {token!r} "
                      f"(labels read: {[label_text(n) for n, _ in nodes(app) if n.getRole() == pyatspi.ROLE_LABEL and showing(n)]})")
            continue
        message = label_text(label)
        pump(0.3)
        related = [target.name for _, target in relation_targets(field)]
        readable = token in field.description or any(token in name for name in related)
        if not readable:
            walk.fail(f"refused {entry!r}: the field ({describe(field)}, description '{field.description}', "
                      f"relations {related}) does not lead to the message '{message}'")
        print(f"[{walk.language}] refused {entry!r}: Orca reads the field as \"{field.name}, "
              f"{field.getRoleName()}, {field.description}\"; the message label: \"{message}\"; "
              f"related: {[(kind, target.name) for kind, target in relation_targets(field)]}")


def check_summary(walk, app):
    labels = [(label_text(n), n.name) for n, _ in nodes(app) if n.getRole() == pyatspi.ROLE_LABEL and showing(n)]
    for word in SUMMARY_WORDS[walk.language]:
        matches = [name for _, name in labels if word in name]
        if not matches:
            walk.fail(f"no summary label reads {word!r}; labels read as {[name for _, name in labels]}")
        else:
            print(f"[{walk.language}] summary: \"{matches[0]}\"")


def check_progress_cell(walk, app):
    cells = [n for n, _ in nodes(app) if n.getRole() == pyatspi.ROLE_TABLE_CELL and showing(n)]
    row_of_running = [c for c in cells if re.search(r"\d\s?%", c.name)]
    if not row_of_running:
        walk.fail(f"no table cell says how far a running task is (a percentage): {[c.name for c in cells]}")
        return
    cell = row_of_running[0]
    row = [c.name for c in cells if c.parent == cell.parent and c.queryComponent().getExtents(0).y
           == cell.queryComponent().getExtents(0).y]
    print(f"[{walk.language}] running task row: \"{', '.join(row)}\"")


def check_quiet_names(walk, app):
    """Names announced again unchanged: Orca may read them again, and nothing changed."""
    known = {node: node.name for node, _ in nodes(app)}
    repeated = []
    changes = []

    def on_name(event):
        name = event.source.name
        changes.append(name)
        if known.get(event.source) == name:
            repeated.append(f"{event.source.getRoleName()} '{name}'")
        known[event.source] = name

    pyatspi.Registry.registerEventListener(on_name, "object:property-change:accessible-name")
    pump(QUIET_SECONDS)
    pyatspi.Registry.deregisterEventListener(on_name, "object:property-change:accessible-name")
    print(f"[{walk.language}] {len(changes)} name changes in {QUIET_SECONDS:g} s, {len(repeated)} repeating "
          f"the name already given")
    if repeated:
        walk.fail(f"{len(repeated)} name-change events repeat an unchanged name in {QUIET_SECONDS:g} s, e.g. "
                  f"{sorted(set(repeated))[:5]}")


def check_tab_order(walk, app, process):
    """Tab through the window as a keyboard user does: every stop must say what it is."""
    stops = []

    def on_focus(event):
        if event.detail1 == 1:
            stops.append(event.source)

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(process.pid)],
                            capture_output=True, text=True, check=True).stdout.split()[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    for _ in range(TAB_STOPS):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        pump(0.15)
    pyatspi.Registry.deregisterEventListener(on_focus, "object:state-changed:focused")
    read = []
    for stop in stops:
        role = stop.getRoleName()
        read.append(f"{stop.name} ({role})")
        if not stop.name.strip() or stop.getRole() in (pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL,
                                                          pyatspi.ROLE_UNKNOWN):
            walk.fail(f"Tab stops at {role} '{stop.name}', which says nothing about what is there")
    print(f"[{walk.language}] Tab order: {'; '.join(read)}")


def run(binary, language):
    walk = Walk(language)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data",
                   XDG_CACHE_HOME=f"{home}/cache")
        # Two tasks done at once and one that runs for the whole walk.
        process = subprocess.Popen([binary, "--lang", language, "--workers", "2", "--output-dir",
                                    f"{home}/out", "0", "0", "600"], env=env)
        try:
            app = find_application(process)
            wait_for(lambda: any(n.getRole() == pyatspi.ROLE_TABLE_CELL and "%" in n.name or
                                 n.getRole() == pyatspi.ROLE_TABLE_CELL for n, _ in nodes(app)), 10,
                     "the task table's cells")
            pump(1.0)  # the two short tasks end
            check_names(walk, app)
            check_summary(walk, app)
            check_progress_cell(walk, app)
            check_quiet_names(walk, app)
            check_refused_entry(walk, app, process)
            check_names(walk, app)  # again: the field's clear button shows only with text in it
            check_tab_order(walk, app, process)
        finally:
            process.kill()
            process.wait()
    return walk.failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--lang", action="append", choices=sorted(SUMMARY_WORDS))
    args = parser.parse_args()
    failures = []
    for language in args.lang or sorted(SUMMARY_WORDS):
        failures += run(args.binary, language)
    print(f"AT-SPI walk: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
