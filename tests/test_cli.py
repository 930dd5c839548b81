"""The `humandb` command, run for real in subprocesses (instant SLA, no sound)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
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


# -- options go where users put them; pipes; usage errors -----------------------------------------------


def _clock_free(said: str) -> str:
    return re.sub(r"\b\d{1,2}:\d\d\b", "HH:MM", said)


def test_global_options_work_before_and_after_the_command() -> None:
    before = _run("--sla", "instant", "--seed", "5", "query", "SELECT COUNT(*) AS n FROM products", "--format", "csv")
    after = _run("query", "SELECT COUNT(*) AS n FROM products", "--format", "csv", "--sla", "instant", "--seed", "5")
    other = _run("--sla", "instant", "--seed", "6", "query", "SELECT COUNT(*) AS n FROM products", "--format", "csv")
    assert before.returncode == after.returncode == 0, before.stderr
    # The two runs read the real clock: a minute may turn between them and move an ETA, nothing else.
    assert (before.stdout, _clock_free(before.stderr)) == (after.stdout, _clock_free(after.stderr))
    assert before.stdout == "n\n120\n"
    assert other.stderr != before.stderr  # the seed before the command reached Dave


@pytest.mark.parametrize("args", [("--sla", "bogus", "query", "SELECT 1"), ("query", "SELECT 1", "--sla", "bogus"),
                                  ("--sla", "bogus", "demo"), ("demo", "--sla", "-3"),
                                  ("transcript", "--sla", "instant"), ("serve", "--workers", "2")])
def test_options_that_cannot_apply_are_usage_errors(args: tuple[str, ...]) -> None:
    run = _run(*args)
    assert run.returncode == 2, (run.returncode, run.stderr)
    assert run.stderr.startswith("humandb:") and "Traceback" not in run.stderr


NO_SLA = "bench counts Dave's business hours, not real seconds: it has no SLA to set (drop --sla)"
REHEARSED = "a transcript is a rehearsal "


@pytest.mark.parametrize(("args", "said"), [
    (("query", ""), "humandb: Dave reads the page top to bottom. There's no question on it (give query SQL or a "
                    "question).\n"),
    (("query", "-- only a comment", "--sla", "instant"), "humandb: Dave reads the page top to bottom. There's no "
                                                          "question on it (give query SQL or a question).\n"),
    (("transcript", "--count", "-5"), "argument --count: a whole number from 1 to 100000, not -5\n"),
    (("serve", "--port", "99999"), "argument --port: a whole number from 0 to 65535, not 99999\n"),
])
def test_nothing_to_ask_and_numbers_out_of_range_are_usage_errors(args: tuple[str, ...], said: str) -> None:
    run = _run(*args)
    assert (run.returncode, run.stdout) == (2, "") and run.stderr.endswith(said)
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(("args", "said"), [
    (("bench", "--sla", "3"), NO_SLA),
    (("--sla", "3", "bench"), NO_SLA),
    (("transcript", "--sla", "instant"), REHEARSED + "on a fake clock: it has no SLA to set (drop --sla)"),
    (("--tier", "pro", "transcript"), REHEARSED + "with no queue: it has no tier to set (drop --tier)"),
    (("demo", "--fast", "--sla", "3"), "--fast is the instant SLA: give --fast or --sla, not both"),
    (("--sla", "3", "site", "record", "--out", "."),
     "the site's tape is recorded at the demo SLA the console plays it at (drop --sla)"),
    (("--seed", "4", "nginx", "127.0.0.1:8001"), "nginx's config has no seed: give --seed to each humandb serve"),
])
def test_an_option_a_command_cannot_use_is_refused_in_words(args: tuple[str, ...], said: str) -> None:
    run = _run(*args)
    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"humandb: {said}\n")


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pipe")
@pytest.mark.parametrize("command", ["transcript --seed 2", "query 'SELECT * FROM orders' --format csv --sla instant"])
def test_a_reader_that_goes_away_ends_the_command_quietly(command: str, tmp_path: os.PathLike[str]) -> None:
    humandb_command = shutil.which("humandb") or f"{sys.executable} -m humandb"
    script = (f"{humandb_command} {command} 2>err.txt | head -n 1; status=${{PIPESTATUS[0]}}; "
              "cat err.txt >&2; echo $status")
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=ENV, timeout=120, cwd=tmp_path)
    assert len(done.stdout.splitlines()) == 2  # the one line head took, and the exit status
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr
    assert done.stdout.splitlines()[-1] in ("0", "1")


def test_site_record_outside_a_checkout_asks_where_to_write(tmp_path: os.PathLike[str]) -> None:
    command = shutil.which("humandb")
    argv = [command] if command else [sys.executable, "-m", "humandb"]
    done = subprocess.run([*argv, "site", "record"], capture_output=True, text=True, env=ENV, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 2 and "--out" in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.parametrize(("kind", "rows"), [("table", "│ Travel Stapler │"), ("csv", "name\nTravel Stapler\n"),
                                            ("json", '[{"name": "Travel Stapler"}]\n')])
def test_in_a_terminal_query_shows_the_rows_once(kind: str, rows: str) -> None:
    pexpect = pytest.importorskip("pexpect")
    command = shutil.which("humandb")
    argv = [command] if command else [sys.executable, "-m", "humandb"]
    screen = pexpect.run(" ".join([*argv, "query", "'SELECT name FROM products WHERE id = 2'", "--format", kind,
                                   "--sla", "instant"]), env={**ENV, "HUMANDB_SHOW": "1"}, encoding="utf-8",
                         timeout=60).replace("\r\n", "\n")
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen)  # bold stays under NO_COLOR
    assert rows in screen
    assert screen.count("┃ name") == (1 if kind == "table" else 0)  # Dave's table, or none beside the csv/json


WITHOUT_THE_SERVER = '''\
import sys


class WithoutTheServerExtra:
    """As if `pip install humandb-dave` had been run without [server]: its packages are not there."""

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("starlette", "uvicorn", "httptools"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, WithoutTheServerExtra())
'''


@pytest.mark.parametrize(("args", "said"), [
    (("site", "record", "--out", "recording"), "recording goes through the server: pip install 'humandb-dave[server]'"),
    (("serve",), "the server needs its extra: pip install 'humandb-dave[server]'"),
])
def test_without_the_server_extra_the_command_says_what_to_install(tmp_path: os.PathLike[str], args: tuple[str, ...],
                                                                    said: str) -> None:
    hidden = os.path.join(tmp_path, "hidden")
    os.mkdir(hidden)
    with open(os.path.join(hidden, "sitecustomize.py"), "w", encoding="utf-8") as file:
        file.write(WITHOUT_THE_SERVER)
    path = os.pathsep.join(filter(None, [hidden, os.environ.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "humandb", *args], capture_output=True, text=True,
                          env={**ENV, "PYTHONPATH": path}, cwd=tmp_path, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"humandb: {said}\n")
    assert os.listdir(tmp_path) == ["hidden"]  # nothing half-recorded


COMMANDS = {"shell": (), "query": ("SELECT 1",), "demo": ("--fast",), "bench": (), "transcript": (),
            "serve": (), "site record": ("--out", "x")}
GIVEN = {"--sla": ("2", "sla", "2"), "--seed": ("5", "seed", 5), "--tier": ("pro", "tier", "pro"),
         "--no-sound": (None, "sound", False)}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("option", GIVEN)
def test_every_global_option_means_the_same_before_and_after_every_command(command: str, option: str) -> None:
    from humandb.cli import _parser

    value, name, parsed = GIVEN[option]
    given = [option] if value is None else [option, value]
    words = [*command.split(), *COMMANDS[command]]
    before = _parser().parse_args([*given, *words])
    after = _parser().parse_args([*words, *given])
    neither = _parser().parse_args(words)
    assert getattr(before, name) == getattr(after, name) == parsed
    assert getattr(neither, name) is None  # not given: the command chooses (the demo's tier is pro)
