""""How many jobs has Rosa completed?" asks for the jobs she saw to the end (the date that closes a job is there);
"how many jobs has Rosa done?" for every job of hers; "finished in October" is
dated by the finishing. A garden service, written before running; by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE gardeners (gid INTEGER PRIMARY KEY, full_name TEXT NOT NULL)",
    "CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, gid INTEGER REFERENCES gardeners (gid), garden TEXT, "
    "started_on TEXT, closed_on TEXT)",
    "CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, opened TEXT)",
    "CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, gid INTEGER REFERENCES gardeners (gid), "
    "duration_sec INTEGER)",
)


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO gardeners VALUES (?, ?)", [(1, "Rosa Park"), (2, "Tam Ellis")])
    con.executemany("INSERT INTO depots VALUES (?, ?, ?)", [(1, "North Yard", "2021-04-12"),
                                                            (2, "Mill Lane", "2024-09-30")])
    con.executemany("INSERT INTO visits VALUES (?, ?, ?)",
                    [(n, 1 + n % 2, 40 + (n * 611) % 7000) for n in range(1, 41)])
    con.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?)",
                    [(n, 1 + n % 2, f"garden {n}", f"2026-{1 + n % 10:02d}-03",
                      None if n % 3 == 0 else f"2026-{2 + n % 10:02d}-20") for n in range(1, 25)])
    con.executemany("INSERT INTO jobs VALUES (?, NULL, ?, '2026-11-02', NULL)", [(25, "garden 25"), (26, "garden 26")])
    con.commit()


CASES = [
    ("how many jobs has rosa park completed",
     "SELECT COUNT(*) FROM jobs WHERE gid = 1 AND closed_on IS NOT NULL"),
    ("how many jobs has rosa park done", "SELECT COUNT(*) FROM jobs WHERE gid = 1"),
    ("how many jobs has tam ellis finished", "SELECT COUNT(*) FROM jobs WHERE gid = 2 AND closed_on IS NOT NULL"),
    # a time said of the ending is the ending's date
    ("how many jobs were finished in october",
     "SELECT COUNT(*) FROM jobs WHERE closed_on BETWEEN '2026-10-01' AND '2026-10-31'"),
    ("jobs completed in march", "SELECT job_id FROM jobs WHERE closed_on BETWEEN '2026-03-01' AND '2026-03-31'"),
    # a plain verb after "did" and its subject is the date named by its past
    ("when did tam ellis's garden 5 job start", "SELECT started_on FROM jobs WHERE garden = 'garden 5'"),
    ("when did the garden 7 job close", "SELECT closed_on FROM jobs WHERE garden = 'garden 7'"),
    ("when did the mill lane depot open", "SELECT opened FROM depots WHERE depot_name = 'Mill Lane'"),
    # a deed done to a person, done to nobody: the job's gardener is blank
    ("how many jobs haven't been assigned to anyone", "SELECT COUNT(*) FROM jobs WHERE gid IS NULL"),
    # how long, said with a verb: "lasted more than an hour", "took under a minute"
    ("how many visits lasted more than an hour", "SELECT COUNT(*) FROM visits WHERE duration_sec > 3600"),
    ("how many visits took less than 10 minutes", "SELECT COUNT(*) FROM visits WHERE duration_sec < 600"),
    ("shortest visit in minutes", "SELECT MIN(duration_sec) / 60.0 FROM visits"),
    # the time from a job's start to its end, by any verb that ends it, in the unit asked for
    ("average time to finish a job, in days",
     "SELECT AVG(julianday(closed_on) - julianday(started_on)) FROM jobs"),
    ("avg hours to complete a job", "SELECT AVG((julianday(closed_on) - julianday(started_on)) * 24) FROM jobs"),
    pytest.param("longest time to wrap up a job, in hours",
                 "SELECT MAX((julianday(closed_on) - julianday(started_on)) * 24) FROM jobs",
                 marks=pytest.mark.xfail(strict=True, reason="'wrap up' is no verb Dave knows ends a row: he "
                                                             "refuses (kept in sight)")),
]


@pytest.fixture(scope="module")
def service() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_seen_to_the_end(service: Pair, question: str, sql: str) -> None:
    answers(service, question, sql)
