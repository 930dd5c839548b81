"""The `humandb` command, run for real in subprocesses (instant SLA, no sound)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

import humandb

ENV = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    command = shutil.which("humandb")
    argv = [command] if command else [sys.executable, "-m", "humandb"]
    return subprocess.run([*argv, *args], capture_output=True, text=True, env=ENV, input=stdin, timeout=120)


def _exact(sql: str) -> list[tuple[object, ...]]:
    return humandb.connect(sla="instant", exact=True).execute(sql).fetchall()


SQL = "SELECT department, COUNT(*) AS people, AVG(salary) AS pay FROM employees GROUP BY 1 ORDER BY 1"


def test_query_csv_carries_exact_values() -> None:
    run = _run("query", SQL, "--format", "csv", "--sla", "instant")
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[0] == ["department", "people", "pay"]
    assert [(d, int(n), float(p)) for d, n, p in rows[1:]] == _exact(SQL)
    assert "Dave" in run.stderr or '"' in run.stderr  # the transcript went to stderr


def test_query_json_carries_exact_values_and_approximate_rounds() -> None:
    exact = json.loads(_run("query", SQL, "--format", "json", "--sla", "instant").stdout)
    assert [(row["department"], row["people"], row["pay"]) for row in exact] == _exact(SQL)
    rounded = json.loads(_run("query", SQL, "--format", "json", "--approximate", "--sla", "instant",
                              "--seed", "3").stdout)
    assert any(row["pay"] != original["pay"] for row, original in zip(rounded, exact, strict=True))


def test_query_markdown_and_table() -> None:
    markdown = _run("query", "SELECT name FROM products WHERE id < 3", "--format", "markdown", "--sla", "instant")
    assert markdown.stdout.splitlines()[:2] == ["| name |", "| --- |"]
    table = _run("query", "how many products are there?", "--sla", "instant")
    assert table.returncode == 0 and "120" in table.stdout


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [(("query", "SELEC nonsense", "--sla", "instant"), 1, "cause:"),
     (("query", "SELECT * FROM no_such_table", "--sla", "instant"), 1, "no such table"),
     (("query", "how many flibbertigibbets?", "--sla", "instant"), 1, "flibbertigibbets"),
     (("query",), 2, "usage"), (("--tier", "platinum", "demo"), 2, "invalid choice"), (("nonsense",), 2, "usage")],
)
def test_exit_status(args: tuple[str, ...], code: int, stderr: str) -> None:
    run = _run(*args)
    assert run.returncode == code
    assert stderr in run.stderr


def test_version_and_help() -> None:
    assert _run("--version").stdout.strip() == f"humandb {humandb.__version__}"
    assert "demo" in _run("--help").stdout


def test_demo_fast_completes_with_every_part_of_the_tour() -> None:
    run = _run("demo", "--fast", "--no-sound")
    assert run.returncode == 0, run.stderr
    for part in ("1. How many orders", "1987", "2. What does Engineering earn", "English", "Post-it",
                 "With the post-it", "donut", "EXPLAIN", "Total:", "Eventually consistent", "commit() waited",
                 "Benchmarks", "immaculate", "$49/month plus snacks"):
        assert part in run.stderr, part


def test_demo_fits_80_and_120_columns() -> None:
    for width in (80, 120):
        run = subprocess.run([sys.executable, "-m", "humandb", "demo", "--fast"], capture_output=True, text=True,
                             env={**ENV, "COLUMNS": str(width)}, timeout=120)
        assert max(len(line) for line in run.stderr.splitlines()) <= width


def test_bench_json_for_the_website() -> None:
    results = json.loads(_run("bench", "--json").stdout)
    assert results["sqlite_seconds"] > 0 and results["humandb_seconds"] > 0
    assert all(hours > 0 for hours in results["humandb_business_hours"])
    assert {joke["row"] for joke in results["jokes"]} >= {"cost", "vibes", "remembers your birthday"}


def test_bench_table() -> None:
    run = _run("bench")
    assert run.returncode == 0 and "business hours" in run.stdout and "clinical" in run.stdout


def test_transcript_command() -> None:
    run = _run("transcript", "--count", "5", "--seed", "2")
    assert run.returncode == 0 and run.stdout.count("humandb>") == 6  # five requests and a coffee
    assert "(offers Dave a coffee)" in run.stdout


def test_python_dash_m_works_the_same() -> None:
    run = subprocess.run([sys.executable, "-m", "humandb", "query", "SELECT 1 AS one", "--format", "csv",
                          "--sla", "instant"], capture_output=True, text=True, env=ENV, timeout=60)
    assert run.stdout.splitlines() == ["one", "1"]
