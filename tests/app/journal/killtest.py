#!/usr/bin/env python3
"""The kill test: HelloQueue killed with SIGKILL or SIGTERM at random moments, then restored.

Each round starts the console (`--cli`: threads, events or processes, 1 or 4 workers, slow typing or a flood
of lines) or the window (offscreen), kills it at a random moment, sometimes kills the restore
too, then runs `--cli --restore` until it ends. Every task number in a round is distinct, so
each file stands for one task. An inotify watch on the output folder counts how often each
file was renamed into place (one rename per run of a task). After each round:
  lost         an accepted task (a line the console prompted past, or a task in the journal)
               whose file is missing or not exactly "Hello, N!";
  run twice    a file renamed into place more than once;
  left behind  a temporary file (.N.txt.hq<owner>-<pid>-<n>.tmp) still in the folder;
  hung         a restore that wrote no file for RESTORE_STALL seconds.
Prints "lost N, run twice N, left behind N over K kills" and exits 1 unless all are 0.
Usage: killtest.py BINARY [--kills K] [--seed S] [--no-window]
"""
import argparse
import ctypes
import os
import random
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time

IN_MOVED_TO = 0x80
RESTORE_TIMEOUT = 120
# A restore is hung when no task file appears for this long; one that keeps writing files may
# take longer than RESTORE_TIMEOUT on a loaded machine (each file costs two syncs).
RESTORE_STALL = 60


class RenameWatch:
    """Counts IN_MOVED_TO events per file name in one folder, on a thread of its own."""

    def __init__(self, folder):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0 or self.libc.inotify_add_watch(self.fd, folder.encode(), IN_MOVED_TO) < 0:
            raise OSError(ctypes.get_errno(), "inotify")
        self.counts = {}
        self.stopping = False
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def drain(self):
        import select
        while True:
            ready, _, _ = select.select([self.fd], [], [], 0.05)
            if not ready:
                return
            data = os.read(self.fd, 65536)
            offset = 0
            while offset < len(data):
                _, mask, _, length = struct.unpack_from("iIII", data, offset)
                name = data[offset + 16:offset + 16 + length].rstrip(b"\0").decode()
                if mask & IN_MOVED_TO:
                    self.counts[name] = self.counts.get(name, 0) + 1
                offset += 16 + length

    def loop(self):
        while not self.stopping:
            self.drain()

    def stop(self):
        self.stopping = True
        self.thread.join()
        self.drain()
        os.close(self.fd)
        return self.counts


def environment(root, second_ms):
    env = dict(os.environ)
    env.update({"XDG_DATA_HOME": os.path.join(root, "data"), "XDG_CONFIG_HOME": os.path.join(root, "config"),
                "HELLOQUEUE_SECOND_MS": str(second_ms), "QT_QPA_PLATFORM": "offscreen",
                "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    env.pop("HELLOQUEUE_TEST_FAULTS", None)
    return env


def journal_numbers(root):
    """The task numbers the journal holds (accepted, in any state)."""
    path = os.path.join(root, "data", "HelloQueue", "helloqueue", "queue.sqlite")
    if not os.path.exists(path):
        return set()
    try:
        db = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=5)
        numbers = {row[0] for row in db.execute("SELECT number FROM tasks")}
        # Tasks accepted together: a blob of 32-bit little-endian numbers, rows from expanded_to on
        # not yet in tasks (a journal older than batches has no such table).
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'added'").fetchone():
            for first, blob, expanded in db.execute("SELECT first_id, numbers, expanded_to FROM added"):
                batch = struct.unpack("<%di" % (len(blob) // 4), blob)
                numbers.update(batch[max(0, expanded - first):])
        db.close()
        return numbers
    except sqlite3.Error:
        return set()


def feed(proc, lines, pace):
    try:
        if pace:
            for line in lines:
                proc.stdin.write(line)
                proc.stdin.flush()
                time.sleep(pace)
        else:
            proc.stdin.write(b"".join(lines))
            proc.stdin.flush()
    except (BrokenPipeError, ValueError, OSError):
        pass


def read_output(proc, sink):
    try:
        while True:
            chunk = proc.stdout.read1(65536)
            if not chunk:
                return
            sink.append(chunk)
    except (ValueError, OSError):
        pass


def kill_console(binary, root, out, rng, scenario):
    """One console run killed at a random moment; returns the numbers it prompted past."""
    flood = scenario["flood"]
    count = rng.randint(200, scenario["flood_max"]) if flood else rng.randint(10, 40)
    numbers = list(range(count)) if flood else rng.sample(range(1, 60), count)
    lines = [b"%d\n" % n for n in numbers]
    args = [binary, "--cli", "--mode", scenario["mode"], "--workers", str(scenario["workers"]), "--output-dir", out]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            cwd=root, env=environment(root, 0 if flood else 3))
    output = []
    reader = threading.Thread(target=read_output, args=(proc, output), daemon=True)
    reader.start()
    feeder = threading.Thread(target=feed, args=(proc, lines, 0 if flood else 0.02), daemon=True)
    feeder.start()
    time.sleep(rng.uniform(0.0, 0.6 if flood else 1.2))
    proc.send_signal(scenario["signal"])
    proc.wait(timeout=RESTORE_TIMEOUT)
    reader.join(timeout=5)
    feeder.join(timeout=5)
    prompts = b"".join(output).count(b"Enter a number: ")
    return set(numbers[:max(0, prompts - 1)])


def kill_window(binary, root, out, rng, scenario):
    """The window (offscreen) with numbers on its command line, killed at a random moment."""
    numbers = rng.sample(range(0, 3), 3)
    args = [binary, "--output-dir", out, "--workers", str(scenario["workers"])] + [str(n) for n in numbers]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=root, env=environment(root, 1000))
    time.sleep(rng.uniform(0.2, 2.5))
    proc.send_signal(scenario["signal"])
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()  # the window may ask before it quits: that is not what is tested here
        proc.wait()
    return set()


def restore(binary, root, out, rng, kill_it, second_ms):
    """`--cli --restore` in the output folder; killed once at a random moment when asked."""
    args = [binary, "--cli", "--restore"]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=out, env=environment(root, second_ms))
    if kill_it:
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(rng.choice([signal.SIGKILL, signal.SIGTERM]))
    return wait_while_writing(proc, out)


def wait_while_writing(proc, out):
    """Waits for a restore; True unless it wrote no file for RESTORE_STALL seconds (then killed)."""
    files, last_change = -1, time.monotonic()
    while True:
        try:
            proc.wait(timeout=1)
            return True
        except subprocess.TimeoutExpired:
            pass
        now = len(os.listdir(out))
        if now != files:
            files, last_change = now, time.monotonic()
        elif time.monotonic() - last_change > RESTORE_STALL:
            proc.kill()
            proc.wait()
            return False


def check(out, accepted, counts):
    lost = sum(1 for n in accepted if not exact(out, n))
    twice = sum(count - 1 for count in counts.values() if count > 1)
    left = sum(1 for name in os.listdir(out) if name.endswith(".tmp"))
    return lost, twice, left


def exact(out, number):
    try:
        with open(os.path.join(out, "%d.txt" % number), "rb") as f:
            return f.read() == b"Hello, %d!" % number
    except OSError:
        return False


def one_round(binary, rng, window, flood_max):
    with tempfile.TemporaryDirectory(prefix="killtest-") as root:
        out = os.path.join(root, "out")
        os.makedirs(out)
        scenario = {"mode": rng.choice(["threads", "events", "processes"]), "workers": rng.choice([1, 4]),
                    "flood": rng.random() < 0.5, "signal": rng.choice([signal.SIGKILL, signal.SIGTERM]),
                    "flood_max": flood_max}
        watch = RenameWatch(out)
        if window:
            accepted = kill_window(binary, root, out, rng, scenario)
        else:
            accepted = kill_console(binary, root, out, rng, scenario)
        accepted |= journal_numbers(root)
        second_ms = 1000 if window else 0 if scenario["flood"] else 3
        kills = 1
        ended = True
        if rng.random() < 0.25:  # a crash during the restore itself
            restore(binary, root, out, rng, True, second_ms)
            kills += 1
        ended = restore(binary, root, out, rng, False, second_ms)
        lost, twice, left = check(out, accepted, watch.stop())
        return kills, lost, twice, left, 0 if ended else 1, scenario


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument("--progress", action="store_true", help="a line every 10 kills")
    parser.add_argument("--flood-max", type=int, default=1000,
                        help="the most lines in a flood (each task's file is synced: about 1-15 ms each)")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    print("seed %d" % options.seed, flush=True)
    totals = [0, 0, 0, 0, 0]
    while totals[0] < options.kills:
        window = not options.no_window and rng.random() < 0.1
        kills, lost, twice, left, hung, scenario = one_round(os.path.abspath(options.binary), rng, window,
                                                             options.flood_max)
        for i, value in enumerate((kills, lost, twice, left, hung)):
            totals[i] += value
        if options.progress and totals[0] // 10 != (totals[0] - kills) // 10:
            print("%d kills: lost %d, run twice %d, left behind %d, hung %d"
                  % tuple(totals[:5]), flush=True)
        if lost or twice or left or hung:
            print("round: %s%s lost %d, run twice %d, left behind %d, hung %d"
                  % ("window " if window else "console ", scenario, lost, twice, left, hung), flush=True)
    print("lost %d, run twice %d, left behind %d over %d kills (hung %d)"
          % (totals[1], totals[2], totals[3], totals[0], totals[4]))
    return 0 if totals[1] == totals[2] == totals[3] == totals[4] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
