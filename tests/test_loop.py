"""The one request loop and answers that are values.

`Connection.ask` is how every face turns an input into answers: split where SQLite splits, run as one
transaction, complete when they come back. An answer's words never depend on when (or whether) anyone
reads them, and the faces never reach below the public API.
"""

from __future__ import annotations

import ast
import io
import sqlite3
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import humandb
from humandb.connection import Connection
from humandb.stage.clock import FakeClock
from humandb.stage.terminal import Terminal
from tests.conftest import TODAY, live_server

ROOT = Path(__file__).resolve().parents[1]
SESSION = [
    "SELECT COUNT(*) FROM orders", "how many customers are in Germany?", "SELECT AVG(salary) FROM employees",
    "CREATE INDEX by_status ON orders(status)", "SELECT status, COUNT(*) FROM orders GROUP BY status",
    "INSERT INTO products (name, category, price) VALUES ('Stapler', 'Office', 12.5)",
    "SELECT * FROM orders WHERE amount < 0", "SELECT COUNT(*) FROM orders", "SELECT MAX(price) FROM products",
    "EXPLAIN SELECT * FROM orders WHERE status = 'returned'",
]


def _session() -> list[humandb.Answer]:
    con = humandb.connect(sla="instant", show=False, sound=False, seed=11, clock=FakeClock(TODAY))
    answers = [answer for text in SESSION for answer in con.ask(text)]
    con.close()
    return answers


def _words(answers: list[humandb.Answer], order: list[int]) -> dict[int, tuple[str, tuple[str, ...]]]:
    return {i: (answers[i].words, answers[i].report.script.lines() if answers[i].report else ()) for i in order}


def test_the_same_session_says_the_same_words_whatever_order_they_are_read_in() -> None:
    forward = _words(_session(), list(range(len(SESSION))))
    backward = _words(_session(), list(reversed(range(len(SESSION)))))
    some = [7, 2, 9, 4]  # the rest never read at all
    interleaved = _words(_session(), some)
    assert forward == backward
    assert all(interleaved[i] == forward[i] for i in some)
    assert all(words for words, _ in forward.values())


def test_words_decided_at_execute_are_said_the_same_when_read_late() -> None:
    # Dave decides when the statement runs and phrases when his words are read: a row read out, the
    # script, his remarks. Read after the data changed and after later answers, they are what they were.
    def session(read_at_once: bool) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        con = humandb.connect(sla="instant", show=False, sound=False, seed=5, clock=FakeClock(TODAY))
        said = []
        answers = []
        for text in ("SELECT * FROM customers WHERE id = 7", "SELECT COUNT(*) FROM orders",
                     "UPDATE customers SET name = 'Someone Else' WHERE id = 7", "SELECT * FROM customers WHERE id = 7"):
            (answer,) = con.ask(text)
            answers.append(answer)
            if read_at_once:
                said.append(_said(answer))
        con.close()
        return said if read_at_once else [_said(answer) for answer in reversed(answers)][::-1]

    at_once = session(True)
    assert session(False) == at_once
    assert "Someone Else" not in at_once[0][0] and "Someone Else" in at_once[3][0]


def _said(answer: humandb.Answer) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    report = answer.report
    assert report is not None
    return answer.words, report.script.lines(), report.remarks


def test_an_answer_does_not_change_when_the_data_does(dave: humandb.Connection) -> None:
    (answer,) = dave.ask("SELECT COUNT(*) FROM products")
    words, rows, postits = answer.words, answer.rows, answer.postits
    dave.ask("DELETE FROM products; CREATE INDEX by_price ON products(price)")
    assert (answer.words, answer.rows, answer.postits) == (words, rows, postits)
    assert dave.ask("SELECT COUNT(*) FROM products")[0].rows == [(0,)]


# -- the loop: split as SQLite splits, one transaction ----------------------------------------------------


def test_ask_splits_where_sqlite_splits(memory: humandb.Connection) -> None:
    texts = ["CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a;b'); INSERT INTO t VALUES ('c') -- ; not here",
             "CREATE TRIGGER twice AFTER INSERT ON t WHEN NEW.x = 'd' BEGIN INSERT INTO t VALUES ('e'); "
             "INSERT INTO t VALUES ('f'); END; INSERT INTO t VALUES ('d')"]
    kinds = [[answer.statement.kind for answer in memory.ask(text)] for text in texts]
    assert kinds == [["create", "insert", "insert"], ["other", "insert"]]
    assert [row[0] for row in memory.execute("SELECT x FROM t ORDER BY x").fetchall()] == [
        "a;b", "c", "d", "e", "f"]
    # A comment SQLite closes at the first */ cannot hide a statement boundary from the splitter.
    with pytest.raises(humandb.ProgrammingError):
        memory.ask("INSERT INTO t VALUES ('g') /* /* */ ; INSERT INTO t VALUES ('h') -- */")
    assert memory.execute("SELECT COUNT(*) FROM t WHERE x IN ('g', 'h')").fetchone() == (0,)


def test_a_request_is_one_transaction_all_or_nothing(tmp_path: Path) -> None:
    con = humandb.connect(tmp_path / "shop.brain", sla="instant", exact=True)
    con.ask("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    with pytest.raises(humandb.IntegrityError):
        con.ask("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); INSERT INTO t VALUES (1)")
    assert con.ask("SELECT COUNT(*) FROM t")[0].rows == [(0,)]  # the whole request was undone
    con.ask("INSERT INTO t VALUES (7)")
    other = sqlite3.connect(tmp_path / "shop.brain")  # committed: another program sees it at once
    assert other.execute("SELECT x FROM t").fetchall() == [(7,)]
    other.close()
    con.close()


def test_inside_an_open_transaction_a_failed_request_undoes_only_itself(memory: humandb.Connection) -> None:
    memory.ask("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    memory.execute("INSERT INTO t VALUES (1)")  # PEP 249: the transaction stays open
    with pytest.raises(humandb.IntegrityError):
        memory.ask("INSERT INTO t VALUES (2); INSERT INTO t VALUES (1)")
    assert memory.ask("SELECT x FROM t", commit=False)[0].rows == [(1,)]
    memory.rollback()
    assert memory.ask("SELECT COUNT(*) FROM t")[0].rows == [(0,)]


def test_an_explicit_begin_is_left_to_the_user(memory: humandb.Connection) -> None:
    memory.ask("CREATE TABLE t (x INTEGER)")
    memory.ask("BEGIN; INSERT INTO t VALUES (1)")
    memory.ask("INSERT INTO t VALUES (2)")
    memory.ask("ROLLBACK")
    assert memory.ask("SELECT COUNT(*) FROM t")[0].rows == [(0,)]


def test_ask_refuses_parameters_for_several_statements_and_too_many_statements(memory: humandb.Connection) -> None:
    with pytest.raises(humandb.ProgrammingError, match="one statement"):
        memory.ask("SELECT ?; SELECT ?", (1,))
    with pytest.raises(humandb.DataError) as caught:
        memory.ask("SELECT 1; SELECT 2; SELECT 3", max_statements=2)
    assert caught.value.limit == "size" and caught.value.dave
    assert memory.ask("SELECT ?", (5,))[0].rows == [(5,)]


def test_english_lines_and_sql_in_one_input(dave: humandb.Connection) -> None:
    answers = dave.ask("SELECT 1;\nhow many products are there?\nSELECT 2")
    assert [answer.outcome.rows for answer in answers] == [[(1,)], [(120,)], [(2,)]]
    assert answers[1].statement.read_as and answers[1].messages[-1].startswith("SQL: ")


# -- results stream ---------------------------------------------------------------------------------------


def test_a_huge_result_streams_instead_of_being_read_at_execute(memory: humandb.Connection) -> None:
    memory.ask("CREATE TABLE n (i INTEGER); INSERT INTO n WITH RECURSIVE c(i) AS "
               "(SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 2000) SELECT i FROM c")
    tracemalloc.start()
    cursor = memory.execute("SELECT a.i, b.i FROM n AS a, n AS b")  # four million rows
    first = cursor.fetchmany(10)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert first == [(1, i) for i in range(1, 11)]
    assert peak < 20 * 2**20, peak  # Dave's look (a thousand rows), not four million
    assert cursor.rowcount == -1 and len(cursor.exact_rows) == 1000
    assert len(cursor.fetchmany(5000)) == 5000  # past the look, straight from SQLite
    cursor.close()


def test_rows_past_the_look_are_rounded_like_the_look(dave: humandb.Connection) -> None:
    cursor = dave.execute("SELECT id, amount * 1.01 FROM orders ORDER BY id")
    rows = cursor.fetchall()
    assert len(rows) > 1000
    assert all(isinstance(amount, float) and len(f"{abs(amount):.15g}".replace(".", "").strip("0")) <= 3
               for _, amount in rows[1000:1100] if amount)


# -- the stage is given, settings change live -------------------------------------------------------------


def test_a_stage_of_your_own(clock: FakeClock) -> None:
    out = io.StringIO()
    con = humandb.connect(sla="demo", seed=3, clock=clock, stage=humandb.Stage(terminal=Terminal(out, width=100)))
    answer = con.ask("SELECT COUNT(*) FROM products")[0]
    assert answer.report is not None and answer.report.words.split()[0] in out.getvalue()
    assert sum(clock.sleeps) == pytest.approx(answer.timing.wall_seconds)  # type: ignore[union-attr]


def test_no_stage_means_nothing_waits_and_the_answer_carries_its_performance(clock: FakeClock) -> None:
    con = humandb.connect(sla="demo", seed=3, clock=clock, stage=False)
    answer = con.ask("SELECT COUNT(*) FROM products")[0]
    assert clock.sleeps == [] and answer.timing is not None and answer.timing.wall_seconds > 0
    assert answer.report is not None and answer.report.script.beats


def test_configure_changes_the_live_session_and_keeps_its_data(dave: humandb.Connection) -> None:
    dave.ask("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('call Gary')")
    dave.configure(exact=True, sla=0.5, tier="pro")
    assert dave.settings.exact and dave.settings.seconds_per_hour == 0.5
    dave.configure(sla="instant")
    assert dave.ask("SELECT body FROM notes")[0].rows == [("call Gary",)]
    with pytest.raises(humandb.InterfaceError):
        dave.configure(database="elsewhere.brain")
    with pytest.raises(humandb.InterfaceError):
        dave.configure(sla="whenever")
    assert dave.ask("SELECT COUNT(*) FROM notes")[0].rows == [(1,)]


# -- every face goes through the loop, and none reaches below the public API ------------------------------

FACES = ["humandb/shell.py", "humandb/cli.py", "humandb/api.py", "humandb/demo.py", "humandb/rehearsal.py",
         "humandb/bench.py", "humandb/formats.py", *sorted(str(path.relative_to(ROOT)) for folder in
                                                           ("humandb/web", "humandb/integrations")
                                                           for path in (ROOT / folder).glob("*.py"))]


@pytest.mark.parametrize("face", FACES)
def test_no_face_reads_a_private_attribute_of_a_library_object(face: str) -> None:
    tree = ast.parse((ROOT / face).read_text(encoding="utf-8"))
    private = [f"{ast.unparse(node)} (line {node.lineno})" for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
               and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))]
    touched = [f"{ast.unparse(node)} (line {node.lineno})" for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr in ("desk", "store")]
    assert private == [] and touched == []


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text that reaches Connection.ask."""
    texts: list[str] = []
    original: Callable[..., Any] = Connection.ask

    def counting(self: Connection, text: str, *args: Any, **kwargs: Any) -> Any:
        texts.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Connection, "ask", counting)
    yield texts


def test_humandb_query_goes_through_the_loop(asked: list[str]) -> None:
    humandb.query("SELECT 41 + 1", sla="instant", show=False, sound=False)
    assert asked == ["SELECT 41 + 1"]


def test_the_query_command_goes_through_the_loop(asked: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from humandb.cli import main

    assert main(["query", "SELECT 6 * 7 AS n", "--sla", "instant", "--no-sound", "--format", "csv"]) == 0
    assert asked == ["SELECT 6 * 7 AS n"] and capsys.readouterr().out == "n\n42\n"


def test_the_shell_goes_through_the_loop(asked: list[str]) -> None:
    from humandb.shell import main

    out = io.StringIO()
    main(":memory:", sla="instant", sound=False, stdin=io.StringIO(".mode csv\nSELECT 1 AS a;\nSELECT 2 AS b;\n"),
         stdout=out, stderr=io.StringIO())
    assert asked == ["SELECT 1 AS a;", "SELECT 2 AS b;"] and out.getvalue() == "a\n1\nb\n2\n"


def test_the_magics_go_through_the_loop(asked: list[str]) -> None:
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.run_line_magic("load_ext", "humandb")
        result = shell.run_cell_magic("dave", "", "SELECT 1;\nSELECT 2")
        assert asked == ["SELECT 1;\nSELECT 2"] and result.rows == [(2,)]
    finally:
        InteractiveShell.clear_instance()


def test_the_web_goes_through_the_loop(asked: list[str]) -> None:
    from humandb.web import create_app
    from humandb.web.limits import ServerLimits

    app = create_app(sla="instant", limits=ServerLimits(rate_per_second=0, new_visitors_per_minute=0),
                     clock=FakeClock(TODAY))
    with live_server(app) as url:
        assert asked, "the warm-up asks through the loop too"
        asked.clear()
        response = httpx.post(url + "/api/query", json={"sql": "SELECT 1; SELECT 2"}, timeout=30)
    assert response.status_code == 200 and response.json()["exact_rows"] == [[2]]
    assert asked == ["SELECT 1; SELECT 2"]
