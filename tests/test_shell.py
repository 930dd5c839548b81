"""The interactive shell: piped scripts through the real command, and a real pseudo-terminal session."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import humandb
from humandb import shell

COMMAND = (sys.executable, "-m", "humandb", "shell")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The test environment (instant, silent) with the shell's history kept in the test's own folder."""
    return {**os.environ, "HUMANDB_DATA_DIR": str(tmp_path / "data")}


def _piped(script: str, env: dict[str, str], database: str = ":dave:") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, database], input=script, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60, check=False)


def _exact(sql: str) -> tuple[list[str], list[tuple[object, ...]]]:
    connection = humandb.connect(":dave:", exact=True)
    cursor = connection.execute(sql)
    assert cursor.description is not None
    result = [column[0] for column in cursor.description], cursor.fetchall()
    connection.close()
    return result


def _run(script: str, database: str = ":dave:") -> tuple[int, str, str]:
    """main() in this process, on a piped script."""
    out, err = io.StringIO(), io.StringIO()
    status = shell.main(database, stdin=io.StringIO(script), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


# -- piped through the real command ------------------------------------------------------------


def test_csv_mode_prints_the_exact_rows(env: dict[str, str]) -> None:
    sql = "SELECT id, name, price FROM products WHERE id <= 5 ORDER BY id"
    done = _piped(".mode csv\nSELECT id, name, price\n  FROM products WHERE id <= 5\n  ORDER BY id;\n", env)
    assert (done.returncode, done.stderr) == (0, "")
    columns, rows = _exact(sql)
    assert list(csv.reader(io.StringIO(done.stdout))) == [columns, *[[str(value) for value in row] for row in rows]]


def test_json_mode_prints_one_result_set_a_line(env: dict[str, str]) -> None:
    sql = "SELECT department, COUNT(*) AS people, AVG(salary) AS pay FROM employees GROUP BY department ORDER BY 1"
    done = _piped(f".mode json\n{sql};\nSELECT 1 AS one;\n", env)
    assert done.returncode == 0, done.stderr
    columns, rows = _exact(sql)
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert first == [dict(zip(columns, row, strict=True)) for row in rows]
    assert second == [{"one": 1}]


def test_tables_and_schema_hide_humandb_own_tables(env: dict[str, str]) -> None:
    done = _piped("CREATE INDEX by_status ON orders (status);\n.tables\n.schema orders\n", env)
    assert done.returncode == 0, done.stderr
    (orders,) = _exact("SELECT sql FROM sqlite_master WHERE name = 'orders'")[1][0]
    index = "CREATE INDEX by_status ON orders(status);"  # as sqlglot writes it for SQLite
    assert done.stdout == f"customers\nemployees\norders\nproducts\n{orders};\n{index}\n"


def test_a_failure_is_daves_words_on_stderr_and_the_script_goes_on(env: dict[str, str]) -> None:
    done = _piped(".mode csv\nSELECT * FROM nope;\n.frobnicate\nSELECT 2 AS two;\n", env)
    with pytest.raises(humandb.ProgrammingError) as refusal:
        humandb.connect(":dave:").execute("SELECT * FROM nope")  # the same first request, the same words
    assert done.returncode == 1
    assert done.stderr.splitlines() == [str(refusal.value), "Dave doesn't know the command .frobnicate. Try .help."]
    assert done.stdout == "two\n2\n"


# -- in this process -----------------------------------------------------------------------------


def test_english_questions_need_no_semicolon() -> None:
    status, out, err = _run(".mode csv\nhow many products are there?\nSELECT COUNT(*) AS n\nFROM orders;\n")
    assert (status, err) == (0, "")
    assert out == f"COUNT(*)\n120\nn\n{_exact('SELECT COUNT(*) FROM orders')[1][0][0]}\n"


def test_semicolons_in_strings_and_comments_do_not_end_a_statement() -> None:
    status, out, _ = _run(".mode csv\n-- a comment; alone\nSELECT 'a;b' AS x -- not yet;\n;\nSELECT 'last' AS y")
    assert (status, out) == (0, "x\na;b\ny\nlast\n")


def test_markdown_and_table_modes() -> None:
    status, out, _ = _run(".mode markdown\nSELECT 'a|b' AS x, NULL AS y;\n.mode table\nSELECT 7 AS seven;\n.mode\n")
    assert status == 0
    assert out.startswith("| x | y |\n| --- | --- |\n| a\\|b | NULL |\n")
    assert "┃ seven ┃" in out and "│ 7     │" in out and out.endswith("mode: table\n")


def test_import_keeps_the_csv_as_a_table_and_read_runs_a_script(tmp_path: Path) -> None:
    (tmp_path / "sales.csv").write_text("region,amount\nNorth,120.5\nSouth,80\n")
    (tmp_path / "report.sql").write_text(".mode csv\nSELECT region, amount\nFROM sales ORDER BY amount;\n")
    database = str(tmp_path / "shop.brain")
    status, _, err = _run(f".import {tmp_path / 'sales.csv'} sales\n.import {tmp_path / 'sales.csv'} sales\n",
                          database)
    assert (status, err) == (0, "")
    # A new session: the table is in the file.
    status, out, _ = _run(f".tables\n.read {tmp_path / 'report.sql'}\n", database)
    assert (status, out) == (0, "sales\nregion,amount\nSouth,80.0\nSouth,80.0\nNorth,120.5\nNorth,120.5\n")


def test_settings_change_on_the_live_session_and_nothing_is_lost() -> None:
    script = (".mode csv\nCREATE TABLE notes (body TEXT);\nINSERT INTO notes VALUES ('call Gary');\n.sla 0.5\n.sla\n"
              ".exact on\n.sound off\nSELECT COUNT(*) AS n FROM notes;\n.sla instant\n.exact off\n"
              "SELECT body FROM notes;\n")
    status, out, err = _run(script)
    assert (status, err) == (0, "")
    assert out.splitlines() == ["SLA: 0.5", "SLA: 0.5 (one business hour takes 0.5 real seconds)", "n", "1",
                                "SLA: instant", "body", "call Gary"]


def test_dave_at_his_desk() -> None:
    status, out, err = _run("CREATE INDEX by_city ON customers (city);\n.postits\n.mood\n.snack donut\n.help\n")
    assert (status, err) == (0, "")
    assert "Dave's monitor" in out and "1/12 post-its" in out and "customers" in out.lower()
    assert "Dave's energy: " in out and "%" in out
    assert "donut" in out and "20%" in out  # his reply, printed as he is not shown
    assert ".import FILE.csv TABLE" in out


def test_misused_commands_say_how_and_quit_stops_the_script() -> None:
    status, out, err = _run(".mode yaml\n.sound maybe\n.schema nope\n.read /no/such/file.sql\n.quit\nSELECT 1;\n")
    assert (status, out) == (1, "")
    assert err.splitlines()[:3] == ["Dave only writes results as table, csv, json, markdown.",
                                    "Usage: .sound on|off", "Dave has no table called nope."]
    assert err.splitlines()[3].startswith("Dave can't read /no/such/file.sql (")


def test_completion_knows_keywords_tables_columns_and_commands() -> None:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    session = shell.Shell(humandb.connect(":dave:", sla="instant"), ":dave:", io.StringIO(), io.StringIO())
    completer = shell.completer(session)

    def complete(text: str) -> list[str]:
        return [c.text for c in completer.get_completions(Document(text), CompleteEvent(completion_requested=True))]

    assert complete("sel") == ["select"]
    assert complete("SELECT * FROM ord") == ["order", "ordered_at", "orders"]
    assert complete("SELECT * FROM ORD") == ["ORDER", "ordered_at", "orders"]
    assert complete("SELECT signed_") == ["signed_up_on"]
    assert complete(".ta") == [".tables"]
    assert set(shell.DOT_COMMANDS) == set(session.commands())
    session.close()


def test_history_lives_in_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HUMANDB_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert shell.data_dir() == tmp_path / "xdg" / "humandb"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert shell.data_dir() == Path.home() / ".local" / "share" / "humandb"
    monkeypatch.setenv("HUMANDB_DATA_DIR", str(tmp_path / "mine"))
    assert shell.data_dir() == tmp_path / "mine"


# -- at a terminal ---------------------------------------------------------------------------------

at_a_terminal = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def _spawn(env: dict[str, str], *args: str) -> Any:
    pexpect = pytest.importorskip("pexpect")
    # Dave shown and NO_COLOR honoured; prompt_toolkit must not wait for replies to cursor queries.
    env = {**env, "HUMANDB_SHOW": "1", "NO_COLOR": "1", "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    child = pexpect.spawn(COMMAND[0], [*COMMAND[1:], *args], env=env, dimensions=(40, 120), encoding="utf-8",
                          timeout=15)
    child.expect_exact("humandb>")
    return child


def _goodbye(child: Any) -> None:
    import pexpect

    child.sendcontrol("d")
    child.expect_exact("👋")
    child.expect_exact(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@at_a_terminal
def test_a_session_at_the_terminal(env: dict[str, str], tmp_path: Path) -> None:
    child = _spawn(env, ":dave:")
    child.sendline("SELECT name, price")
    child.expect_exact("...>")
    child.sendline("FROM products WHERE id = 2;")
    child.expect_exact("Travel Stapler")
    child.expect_exact("humandb>")
    child.sendline(".tables")
    child.expect_exact("employees")
    child.expect_exact("humandb>")
    child.sendline("SELECT half a thought")
    child.expect_exact("...>")
    child.send("\x03")  # Ctrl-C while typing drops the open statement: back to the first prompt
    child.expect_exact("humandb>")
    child.sendline("how many products are there?")
    child.expect_exact("SELECT COUNT(*) FROM products")
    child.expect_exact("humandb>")
    _goodbye(child)
    assert ".tables" in (tmp_path / "data" / "history").read_text()


@at_a_terminal
def test_ctrl_c_cancels_the_query_dave_is_working_on(env: dict[str, str]) -> None:
    child = _spawn(env, ":dave:", "--sla", "2")  # two real seconds a business hour: a query takes seconds
    child.sendline("SELECT name FROM products WHERE id = 1;")
    child.expect_exact("Dave is working on it")
    child.send("\x03")
    child.expect_exact("Query cancelled.")
    child.expect_exact("humandb>")
    child.sendline("SELECT name FROM products WHERE id = 2;")
    child.expect_exact("Travel Stapler")
    child.expect_exact("humandb>")
    _goodbye(child)


def test_a_post_it_is_on_the_bezel_as_soon_as_the_prompt_comes_back() -> None:
    # At a real SLA writes are eventual, but each input is one request, committed: the in-tray is empty
    # again by the time the next line is read, so .postits shows the index just made.
    out = io.StringIO()
    status = shell.main(":dave:", sla=0.001, sound=False, stdin=io.StringIO(
        "CREATE INDEX by_city ON customers (city);\n.postits\n"), stdout=out, stderr=io.StringIO())
    assert status == 0 and "1/12 post-its" in out.getvalue()


def test_inside_a_transaction_postits_says_the_index_is_still_in_the_in_tray() -> None:
    out = io.StringIO()
    status = shell.main(":dave:", sla=0.001, sound=False, stdin=io.StringIO(
        "BEGIN;\nCREATE INDEX by_city ON customers (city);\n.postits\nCOMMIT;\n.postits\n"), stdout=out,
        stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    said = ("Dave's in-tray still holds one write: a post-it goes up when its CREATE INDEX lands "
            "(COMMIT waits for them).")
    empty = next(n for n, line in enumerate(lines) if "0/12 post-its" in line)
    full = next(n for n, line in enumerate(lines) if "1/12 post-its" in line)
    assert status == 0
    assert lines[empty + 1] == said and lines.count(said) == 1 and empty < full


@at_a_terminal
def test_at_the_terminal_the_rows_are_shown_once_in_every_mode(env: dict[str, str]) -> None:
    child = _spawn(env, ":dave:")
    child.logfile_read = screen = io.StringIO()
    rows = {"csv": "csv_name\r\nTravel Stapler\r\n", "json": '[{"json_name": "Travel Stapler"}]',
            "markdown": "| markdown_name |\r\n| --- |\r\n| Travel Stapler |", "table": "│ Travel Stapler │"}
    for mode, printed in rows.items():
        child.sendline(f".mode {mode}")
        child.sendline(f"SELECT name AS {mode}_name FROM products WHERE id = 2;")
        child.expect_exact(printed)
        child.expect_exact("humandb>")
    _goodbye(child)
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    # Dave's table beside the rows printed as asked only when they are asked for as a table, and then once.
    assert [mode for mode in rows if f"┃ {mode}_name" in shown] == ["table"]
    assert shown.count("┃ table_name") == 1
