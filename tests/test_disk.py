"""A real full disk and a real damaged file: only humandb.Error comes out of the library.

The full disk is a 512 KB tmpfs when the tests run as root and may mount one, else a file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored) in the subprocess that does the work. Damage is garbage written
over pages of a real database file. Each scenario runs once, in a subprocess of its own, trying every
face in turn; a test per face then checks what came out of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Runs in the subprocess: `attempt` notes, per face, "ok" or the class of the first thing that escaped it.
SCENARIO_HEAD = textwrap.dedent("""
    import json, os, sys
    import humandb

    found = {}

    def attempt(face, action):
        # the first thing that escaped a face is kept
        try:
            result = action()
        except BaseException as error:  # everything, so that the test sees what escaped
            kind = type(error)
            if found.get(face, "ok") == "ok":
                found[face] = f"{kind.__module__}.{kind.__qualname__}: {str(error)[:160]}"
            return None
        found.setdefault(face, "ok")
        return result

    def connect(path, **options):
        return humandb.connect(path, sla="instant", show=False, sound=False, exact=True, **options)
""")

FULL_DISK = SCENARIO_HEAD + textwrap.dedent("""
    folder, limit = sys.argv[1], int(sys.argv[2])
    if limit:  # no tmpfs: the file-size limit stands in for the full disk
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    path = os.path.join(folder, "brain.db")
    con = attempt("connect", lambda: connect(path))
    con.execute("CREATE TABLE notes (body BLOB, n INTEGER)")
    con.commit()
    for n in range(2_000):  # until the disk is full
        attempt("execute", lambda: con.execute("INSERT INTO notes VALUES (randomblob(6000), ?)", (n,)))
        attempt("commit", con.commit)
        if found["execute"] != "ok" or found["commit"] != "ok":
            break
    found["filled"] = "yes" if found["execute"] != "ok" or found["commit"] != "ok" else "no"
    attempt("commit", con.commit)
    attempt("tables", con.tables)
    attempt("english", lambda: con.execute("how many notes are there?").fetchall())
    attempt("create_index", lambda: (con.execute("CREATE INDEX notes_n ON notes (n)"), con.commit()))
    attempt("remember_birthday", lambda: con.remember_birthday("ada", "1815-12-10"))
    attempt("rollback", con.rollback)
    attempt("close", con.close)
    attempt("connect_with_birthday", lambda: connect(path, user="bob", birthday="2000-01-01").close())
    print(json.dumps(found))
""")

DAMAGED = SCENARIO_HEAD + textwrap.dedent("""
    path = sys.argv[1]
    con = attempt("connect", lambda: connect(path))
    if con is not None:
        attempt("execute", lambda: con.execute("SELECT * FROM customers WHERE name LIKE '%a%'").fetchall())
        attempt("tables", con.tables)
        attempt("schema", con.schema)
        attempt("english", lambda: con.execute("how many customers are there?").fetchall())
        attempt("create_index", lambda: con.execute("CREATE INDEX customers_name ON customers (name)"))
        attempt("commit", con.commit)
        attempt("rollback", con.rollback)
        attempt("close", con.close)
    print(json.dumps(found))
""")


def run(script: str, *args: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int]]:
    """A folder on a 512 KB disk, and the file-size limit to set instead (0 when the disk is real)."""
    folder = tmp_path_factory.mktemp("small-disk")
    mounted = hasattr(os, "geteuid") and os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)], capture_output=True).returncode == 0
    yield folder, 0 if mounted else 512 * 1024
    if mounted:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture(scope="module")
def full_disk(small_disk: tuple[Path, int]) -> dict[str, Any]:
    folder, limit = small_disk
    found: dict[str, Any] = run(FULL_DISK, str(folder), str(limit))
    assert found["filled"] == "yes", found
    with sqlite3.connect(folder / "brain.db") as db:
        found["integrity"] = db.execute("PRAGMA integrity_check").fetchall()
    db.close()
    return found


def escaped_only_humandb_errors(outcome: str) -> bool:
    return outcome == "ok" or outcome.startswith("humandb.errors.")


FULL_DISK_FACES = ["connect", "execute", "tables", "english", "rollback", "close", "commit", "create_index",
                   "remember_birthday", "connect_with_birthday"]


@pytest.mark.parametrize("face", FULL_DISK_FACES)
def test_a_full_disk_lets_only_humandb_errors_out(full_disk: dict[str, Any], face: str) -> None:
    assert escaped_only_humandb_errors(full_disk[face]), full_disk[face]


def test_a_full_disk_leaves_the_file_whole(full_disk: dict[str, Any]) -> None:
    assert full_disk["integrity"] == [("ok",)]
    assert full_disk["execute"] != "ok" or full_disk["commit"] != "ok"  # the disk really was full


# -- a damaged file -----------------------------------------------------------------------------


def build(path: Path) -> int:
    """A real HumanDB file with a few tables, an index and a post-it; its page size."""
    import humandb

    con = humandb.connect(str(path), sla="instant", show=False, sound=False)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, country TEXT)")
    con.cursor().executemany("INSERT INTO customers (name, country) VALUES (?, ?)",
                    [(f"customer {n} " + "x" * 200, ["DE", "FR", "US"][n % 3]) for n in range(2_000)])
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, amount REAL)")
    con.cursor().executemany("INSERT INTO orders (customer_id, amount) VALUES (?, ?)",
                             [(n % 2_000, n) for n in range(5_000)])
    con.execute("CREATE INDEX orders_by_customer ON orders (customer_id)")
    con.commit()
    con.close()
    with sqlite3.connect(path) as db:
        size = int(db.execute("PRAGMA page_size").fetchone()[0])
    db.close()
    return size


def damage(path: Path, page_size: int, pages: range, offset: int = 0) -> None:
    garbage = bytes((n * 197 + 89) % 256 for n in range(page_size))  # the same garbage every run
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * page_size + offset)
            file.write(garbage[: page_size - offset])


DAMAGES = {
    "table pages": lambda path, size: damage(path, size, range(3, 40, 3)),
    "the schema": lambda path, size: damage(path, size, range(1, 2), offset=100),  # page 1 past its header
    "everything after the header": lambda path, size: damage(path, size, range(1, 300), offset=100),
}


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """What escaped each face, per kind of damage (each file damaged and tried once)."""
    found = {}
    for name, spoil in DAMAGES.items():
        path = tmp_path_factory.mktemp("damaged") / "brain.db"
        spoil(path, build(path))
        found[name] = run(DAMAGED, str(path))
    return found


DAMAGED_FACES = ("connect", "execute", "tables", "schema", "english", "create_index", "commit", "rollback", "close")


def _damaged_cases() -> Iterator[Any]:
    for damage_name in DAMAGES:
        for face in DAMAGED_FACES:
            yield pytest.param(damage_name, face, id=f"{damage_name}-{face}")


@pytest.mark.parametrize(("damage_name", "face"), list(_damaged_cases()))
def test_a_damaged_file_lets_only_humandb_errors_out(damaged: dict[str, dict[str, str]], damage_name: str,
                                                     face: str) -> None:
    outcome = damaged[damage_name].get(face, "ok")
    assert escaped_only_humandb_errors(outcome), outcome
