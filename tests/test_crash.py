"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it acknowledged.

A writer process commits numbered rows to a file database and says "ack n" only after `commit()`
returned. The test kills it mid-flight, dozens of times, and starts the next one, which carries on
numbering from what the database holds. Afterwards every acknowledged number is there exactly once,
each commit landed whole (its rows in both tables, or in neither), and SQLite's own integrity check
says ok. Under ``consistency="eventual"`` the kills mostly land while Dave's in-tray still holds
acknowledged-but-uncommitted writes: those may be lost (nobody was told they were done), nothing
after them may be.

Starting Python and importing HumanDB costs a quarter of a second, so one process imports it once
(the "zygote") and forks a fresh writer for each kill: real processes, real SIGKILLs, quick ones.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import humandb
from humandb.dave.bezel import CAPACITY
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")

KILLS = 40
# Per commit: how many numbers, and the connect() options of each way of writing.
WRITERS: dict[str, tuple[int, dict[str, object]]] = {
    "strong": (1, {"sla": "instant"}),
    "eventual": (3, {"sla": 0.001, "consistency": "eventual"}),  # a real, tiny SLA: commit() really waits
}

# The zygote: imports HumanDB once, then forks one writer per line it reads and reports how each died.
ZYGOTE = r"""
import json, os, sys, traceback
import humandb

path, batch, options = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])

def say(line):
    os.write(1, (line + "\n").encode())

def write(con):
    n = con.execute("SELECT COALESCE(MAX(n), 0) + 1 FROM acks").fetchone()[0]
    say("ready")
    while True:
        for k in range(n, n + batch):
            con.execute("INSERT INTO acks (n) VALUES (?)", (k,))
            con.execute("INSERT INTO echoes (n) VALUES (?)", (k,))
            if k % 5 == 0:  # a post-it on Dave's bezel in the same transaction (and the oldest falls off)
                con.execute(f"CREATE INDEX acks_{k} ON acks (n)")
            say(f"queued {k}")
        con.commit()
        say(" ".join(f"ack {k}" for k in range(n, n + batch)))
        n += batch

# A rehearsal in memory first: every writer starts with the SQL already read and Dave's modules imported.
rehearsal = humandb.connect(":memory:", exact=True, show=False, sound=False, **options)
rehearsal.execute("CREATE TABLE acks (n INTEGER NOT NULL)")
rehearsal.execute("CREATE TABLE echoes (n INTEGER NOT NULL)")
rehearsal.execute("SELECT COALESCE(MAX(n), 0) + 1 FROM acks").fetchone()
rehearsal.execute("INSERT INTO acks (n) VALUES (?)", (1,))
rehearsal.execute("INSERT INTO echoes (n) VALUES (?)", (1,))
rehearsal.commit()
rehearsal.close()

writer = None
for _ in sys.stdin:
    if writer is not None:
        _, status = os.waitpid(writer, 0)
        say(f"died {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 'exit %d' % os.WEXITSTATUS(status)}")
    writer = os.fork()
    if writer == 0:  # the writer names itself first: its lines can never come before its pid
        say(f"pid {os.getpid()}")
        try:
            write(humandb.connect(path, exact=True, show=False, sound=False, **options))
        except BaseException:
            traceback.print_exc()
            sys.stderr.flush()
        os._exit(1)
if writer is not None:
    _, status = os.waitpid(writer, 0)
    say(f"died {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 'exit %d' % os.WEXITSTATUS(status)}")
"""


@dataclass
class Kill:
    """One writer's life, as its lines told it."""

    pid: int
    lines: list[str] = field(default_factory=list)
    died: str = ""

    @property
    def acknowledged(self) -> list[int]:
        return [int(word) for line in self.lines if line.startswith("ack ") for word in line.split()[1::2]]

    @property
    def pending(self) -> bool:
        """Killed with writes acknowledged by execute() but not yet by commit()."""
        return bool(self.lines) and self.lines[-1].startswith("queued")


def brain(tmp_path: Path) -> Path:
    path = tmp_path / "acks.brain"
    with sqlite3.connect(path) as db:
        db.executescript("CREATE TABLE acks (n INTEGER NOT NULL); CREATE TABLE echoes (n INTEGER NOT NULL);")
    db.close()
    return path


def kill_writers(path: Path, batch: int, options: dict[str, object], seed: int) -> list[Kill]:
    """Fork a writer, SIGKILL it at a random moment, fork the next; KILLS times.

    Every other writer is killed within 10 ms of starting (while it opens the file); the others once
    they have said a random number of lines, give or take a couple of milliseconds: where the kills
    land depends on the writers' progress, not on how fast the machine happens to be.
    """
    rng = random.Random(seed)
    errors = path.with_suffix(".stderr")
    with errors.open("w") as stderr:  # a file, not a pipe: a traceback can never block a writer
        zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(path), str(batch), json.dumps(options)],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, text=True)
    assert zygote.stdin is not None and zygote.stdout is not None
    watchdog = threading.Timer(60, zygote.kill)  # a hung writer ends the test, not the test run
    watchdog.start()
    kills: list[Kill] = []

    def listen() -> str:
        assert zygote.stdout is not None
        line = zygote.stdout.readline().strip()
        if line.startswith("pid "):
            kills.append(Kill(int(line.split()[1])))
        elif line.startswith("died "):
            kills[-1].died = line.split(maxsplit=1)[1]
        elif line:
            kills[-1].lines.append(line)
        return line

    try:
        for turn in range(KILLS):
            zygote.stdin.write("go\n")
            zygote.stdin.flush()
            while not (line := listen()).startswith("pid "):
                assert line, f"the zygote ended early:\n{errors.read_text()}"
            if turn % 2:
                said = rng.randint(2, 9)  # "ready", then up to 8 lines of writing
                while len(kills[-1].lines) < said:
                    assert listen(), f"a writer stopped early:\n{errors.read_text()}"
                threading.Event().wait(rng.uniform(0.0, 0.002))
            else:
                threading.Event().wait(rng.uniform(0.0, 0.01))
            os.kill(kills[-1].pid, signal.SIGKILL)
        zygote.stdin.close()
        while listen():  # the last writer's last lines, and how it died
            pass
    finally:
        watchdog.cancel()
        if zygote.poll() is None:
            zygote.kill()
        zygote.wait(30)
        zygote.stdin.close()
        zygote.stdout.close()
    unkilled = [kill for kill in kills if kill.died != str(int(signal.SIGKILL))]
    assert not unkilled, f"a writer died on its own: {unkilled[0]}\n{errors.read_text()}"
    assert len(kills) == KILLS
    return kills


def numbers(path: Path, table: str) -> list[int]:
    db = sqlite3.connect(path)
    try:
        return [row[0] for row in db.execute(f"SELECT n FROM {table} ORDER BY n")]
    finally:
        db.close()


def indexes_and_postits(path: Path) -> tuple[set[str], set[str]]:
    db = sqlite3.connect(path)
    try:
        named = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"  # not SQLite's own
        indexes = {row[0] for row in db.execute(named)}
        postits = {row[0] for row in db.execute("SELECT index_name FROM humandb_postits")}
        return indexes, postits
    finally:
        db.close()


def integrity(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


@pytest.mark.parametrize("writer", WRITERS)
def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path: Path, writer: str) -> None:
    batch, options = WRITERS[writer]
    path = brain(tmp_path)
    kills = kill_writers(path, batch, options, seed=len(writer))
    acknowledged = [n for kill in kills for n in kill.acknowledged]
    landed = numbers(path, "acks")
    assert integrity(path) == "ok"
    assert len(landed) == len(set(landed)), "a number landed twice"
    assert set(acknowledged) <= set(landed), f"acknowledged but lost: {sorted(set(acknowledged) - set(landed))}"
    assert landed == list(range(1, len(landed) + 1)), "commits land whole and in order: no gaps"
    assert numbers(path, "echoes") == landed, "a commit landed half"
    # Dave's bezel went with the data: a post-it for every index there is, and no more than fit on it.
    indexes, postits = indexes_and_postits(path)
    assert indexes == postits and 0 < len(indexes) <= CAPACITY
    # At most one commit per kill can land without its acknowledgement reaching us.
    assert len(landed) - len(acknowledged) <= KILLS * batch
    # The kills did hit where it matters: between commits, and with writes acknowledged but not committed.
    assert len(acknowledged) >= 10
    assert sum(kill.pending for kill in kills) >= 5, [kill.lines[-1:] for kill in kills]
    # And HumanDB opens what the last writer left behind and carries on.
    with humandb.connect(path, sla="instant", exact=True) as con:
        assert con.execute("SELECT COUNT(*) FROM acks").fetchone() == (len(landed),)
        con.execute("INSERT INTO acks (n) VALUES (?)", (len(landed) + 1,))
    assert numbers(path, "acks")[-1] == len(landed) + 1


# -- Ctrl-C, in process ---------------------------------------------------------------------------


@pytest.mark.parametrize("consistency", ["strong", "eventual"])
def test_ctrl_c_while_dave_works_leaves_the_last_commit(tmp_path: Path, consistency: str) -> None:
    """KeyboardInterrupt at a random moment of a real-SLA session (on a fake clock): the file holds
    exactly what was committed before it, and the same connection carries on."""
    path = brain(tmp_path)
    rng = random.Random(11)
    committed = 0
    for _ in range(30):
        clock = FakeClock(TODAY, interrupt_at=rng.uniform(0.0, 0.02))
        con = humandb.connect(path, sla=0.001, consistency=consistency, exact=True, show=False, sound=False,
                              clock=clock)
        try:
            for n in range(committed + 1, committed + 4):
                con.execute("INSERT INTO acks (n) VALUES (?)", (n,))
                con.execute("INSERT INTO echoes (n) VALUES (?)", (n,))
            con.commit()
            committed += 3
        except KeyboardInterrupt:
            con.rollback()
        clock.interrupt_at = None  # an uninterrupted session: disarmed, or the next sleep would be interrupted
        assert numbers(path, "acks") == numbers(path, "echoes") == list(range(1, committed + 1))
        assert con.execute("SELECT COUNT(*) FROM acks").fetchone() == (committed,)
        con.close()
    assert 0 < committed < 90  # some sessions were interrupted, some were not
    assert integrity(path) == "ok"
