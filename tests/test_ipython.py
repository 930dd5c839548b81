"""%dave and %%dave in a real in-process IPython shell, and the HTML Jupyter shows for Dave's answers."""

from __future__ import annotations

import base64
import builtins
import io
import subprocess
import sys
import wave
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

import humandb
from humandb.integrations.ipython import DaveMagic, Setup
from humandb.reading.requests import requests
from humandb.stage.notebook import _PAPER as PAPER
from humandb.stage.notebook import MAX_ROWS, html

# -- the shell --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shell(tmp_path_factory: pytest.TempPathFactory) -> Iterator[InteractiveShell]:
    """One IPython shell for the module, its profile in a temporary folder and its history in memory."""
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    added = {"__IPYTHON__", "display"} - set(vars(builtins))  # what IPython leaves in builtins
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IPYTHONDIR", str(tmp_path_factory.mktemp("ipython")))
        InteractiveShell.clear_instance()
        ipython = InteractiveShell.instance(config=config)
        ipython.run_line_magic("load_ext", "humandb")
        yield ipython
        _magic(ipython).close()
        InteractiveShell.clear_instance()
        for name in added:
            vars(builtins).pop(name, None)


def _magic(shell: InteractiveShell) -> DaveMagic:
    magic = shell.magics_manager.magics["line"]["dave"].__self__
    assert isinstance(magic, DaveMagic)
    return magic


@pytest.fixture
def ipython(shell: InteractiveShell) -> Iterator[InteractiveShell]:
    """The shell with a fresh session: no connection yet, default options."""
    magic = _magic(shell)
    magic.close()
    magic.setup = Setup()
    yield shell
    magic.close()


def ask(shell: InteractiveShell, line: str, cell: str | None = None) -> Any:
    if cell is None:
        return shell.run_line_magic("dave", line)
    return shell.run_cell_magic("dave", line, cell)


def test_load_ext_registers_the_line_and_cell_magics(ipython: InteractiveShell) -> None:
    magics = ipython.magics_manager.magics
    assert "dave" in magics["line"] and "dave" in magics["cell"]


def test_a_line_magic_returns_daves_answer_carrying_the_rows(ipython: InteractiveShell) -> None:
    result = ask(ipython, "SELECT COUNT(*) FROM orders")
    reference = humandb.connect(sla="instant", exact=True, show=False, sound=False)
    exact = reference.execute("SELECT COUNT(*) FROM orders").fetchall()
    reference.close()
    assert isinstance(result, humandb.QueryResult)
    assert result.columns == ("COUNT(*)",) and result.exact_rows == exact
    assert "orders" in result and result.business_minutes > 0
    magic = _magic(ipython)
    assert magic.connection is not None and magic.setup == Setup(":dave:", "instant", 0, False)
    assert not magic.connection.settings.sound and not magic.connection.settings.show


def test_a_question_is_answered_with_the_sql_dave_wrote(ipython: InteractiveShell) -> None:
    result = ask(ipython, "--exact how many employees are there?")
    assert result.sql == "SELECT COUNT(*) FROM employees"
    assert result.rows == result.exact_rows and result.rows[0][0] > 200


def test_a_cell_runs_its_statements_and_questions_in_order_and_returns_the_last(ipython: InteractiveShell) -> None:
    cell = ("CREATE INDEX ix_city ON customers(city);\n"
            "how many customers are in Berlin?\n"
            "SELECT city, COUNT(*) AS n\n  FROM customers\n GROUP BY city ORDER BY city LIMIT 3;\n")
    result = ask(ipython, "--seed 7 --exact", cell)
    assert result.columns == ("city", "n") and len(result.rows) == 3
    assert [postit.index for postit in result.postits] == ["ix_city"]
    # The same session's connection, with the options kept: the index is still on the bezel.
    later = ask(ipython, "SELECT 1")
    assert [postit.index for postit in later.postits] == ["ix_city"]
    assert _magic(ipython).setup == Setup(":dave:", "instant", 7, True)


def test_run_cell_displays_the_result_as_html_and_text(ipython: InteractiveShell) -> None:
    with capture_output() as captured:
        run = ipython.run_cell("%%dave --exact\nSELECT id, name FROM products ORDER BY id LIMIT 3")
    run.raise_error()
    result = run.result
    assert isinstance(result, humandb.QueryResult) and len(result.rows) == 3
    assert "Out[" in captured.stdout and result.rows[0][1] in captured.stdout  # the terminal's text view
    bundle, _ = ipython.display_formatter.format(result)  # what a kernel sends to the notebook
    page = Page.of(bundle["text/html"])
    assert page.header == ["id", "name"]
    assert page.cells == [[str(value) for value in row] for row in result.rows]
    assert bundle["text/plain"].startswith("┏") and result.rows[2][1] in bundle["text/plain"]


def test_the_options_describe_the_sessions_connection(ipython: InteractiveShell) -> None:
    magic = _magic(ipython)
    ask(ipython, "--seed 3 SELECT 1")
    first = magic.connection
    ask(ipython, "SELECT 2")
    ask(ipython, "--seed 3 SELECT 3")
    assert magic.connection is first  # nothing changed: the same connection, the same brain
    # A real (tiny) wait: Dave's SLA is played on the connection's clock, and the magic waits for it.
    result = ask(ipython, "--sla 0.001 SELECT COUNT(*) FROM products")
    assert magic.connection is not first and first is not None and first.closed
    assert magic.connection is not None and magic.connection.settings.seconds_per_hour == 0.001
    assert magic.setup == Setup(":dave:", "0.001", 3, False) and result.rows
    ask(ipython, "--connect :memory:")  # --connect starts again from the defaults
    assert magic.setup == Setup(":memory:", "instant", 0, False)


def test_connect_opens_a_file_and_each_magic_commits(ipython: InteractiveShell, tmp_path: Path) -> None:
    brain = tmp_path / "company brain.db"
    assert ask(ipython, f'--connect "{brain}"') is None
    ask(ipython, "", "CREATE TABLE notes(body TEXT);\nINSERT INTO notes VALUES ('<b>hi</b>')")
    connection = _magic(ipython).connection
    ask(ipython, f'--connect "{brain}" INSERT INTO notes VALUES (\'again\')')
    assert _magic(ipython).connection is connection  # the same --connect again: nothing reopened
    other = humandb.connect(brain, sla="instant", exact=True, show=False, sound=False)
    try:
        assert other.execute("SELECT body FROM notes ORDER BY rowid").fetchall() == [("<b>hi</b>",), ("again",)]
    finally:
        other.close()


def test_a_failing_statement_rolls_the_whole_magic_back(ipython: InteractiveShell) -> None:
    ask(ipython, "--connect :memory: --exact CREATE TABLE t(x INTEGER)")
    cell = "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\nINSERT INTO nowhere VALUES (3)"
    with pytest.raises(humandb.ProgrammingError) as raised:
        ask(ipython, "", cell)
    assert "nowhere" in raised.value.cause and raised.value.__traceback__ is not None
    assert ask(ipython, "SELECT COUNT(*) FROM t").rows == [(0,)]


def test_an_error_shows_daves_words_and_the_cause_without_humandbs_insides(ipython: InteractiveShell) -> None:
    with capture_output() as captured:
        run = ipython.run_cell("%dave SELECT * FROM nowhere")
    error = run.error_in_exec
    assert isinstance(error, humandb.ProgrammingError)  # a PEP 249 error: the cell fails, Run All stops
    shown = captured.stdout + captured.stderr
    assert error.dave in shown and "no such table: nowhere" in shown
    assert "pipeline.py" not in shown and "direct cause" not in shown


def test_con_uses_a_connection_of_your_own_as_it_is(ipython: InteractiveShell) -> None:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)
    ipython.user_ns["con"] = con
    try:
        ask(ipython, "--con con CREATE TABLE t(x INTEGER)")
        con.commit()
        result = ask(ipython, "--con con", "INSERT INTO t VALUES (1);\nSELECT COUNT(*) FROM t")
        assert result.rows == [(1,)]
        con.rollback()  # the magic left the transaction to its owner
        assert con.execute("SELECT COUNT(*) FROM t").fetchall() == [(0,)]
        assert _magic(ipython).connection is None  # the session's own was never opened
        for line in ("--con nobody SELECT 1", "--con con --seed 3 SELECT 1"):
            with pytest.raises(UsageError):
                ask(ipython, line)
    finally:
        ipython.user_ns.pop("con")
        con.close()


@pytest.mark.parametrize("line", ["", "--colour pink SELECT 1", "--seed seven SELECT 1", "--sla"])
def test_a_mistyped_magic_is_a_usage_error(ipython: InteractiveShell, line: str) -> None:
    with pytest.raises(UsageError):
        ask(ipython, line)


def test_a_pipeline_answer_shows_itself_in_a_notebook_too(ipython: InteractiveShell, dave: humandb.Connection) -> None:
    answer = dave.execute("SELECT name FROM products ORDER BY id LIMIT 2").answer
    bundle, _ = ipython.display_formatter.format(answer)
    assert Page.of(bundle["text/html"]).cells == [[row[0]] for row in answer.report.rows]


# -- splitting a cell -------------------------------------------------------------------------


def test_a_cell_splits_at_semicolons_and_questions_are_lines() -> None:
    cell = """
-- the cities
SELECT city FROM customers WHERE name = 'a;b'
  ORDER BY city;
what's the average price of products?

INSERT INTO notes VALUES ('two
lines; still one'); SELECT 2
"""
    assert requests(cell) == [
        "-- the cities\nSELECT city FROM customers WHERE name = 'a;b'\n  ORDER BY city",
        "what's the average price of products?",
        "INSERT INTO notes VALUES ('two\nlines; still one')",
        "SELECT 2",
    ]
    assert requests("SELECT 'never closed") == ["SELECT 'never closed"]  # Dave will say what is wrong


# -- the HTML, without a notebook ---------------------------------------------------------------


class Page(HTMLParser):
    """What a browser would make of the HTML: the table, the words, remarks, post-its and the audio."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.header: list[str] = []
        self.cells: list[list[str]] = []
        self.titles: dict[tuple[int, int], str] = {}
        self.caption = ""
        self.words = ""
        self.remarks: list[str] = []
        self.notes: list[dict[str, str]] = []
        self.audio = ""
        self.tags: list[str] = []
        self._into: str | None = None

    @classmethod
    def of(cls, text: str) -> Page:
        page = cls()
        page.feed(text)
        page.close()
        return page

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        kind = attributes.get("class", "")
        if tag == "tr" and "tbody" in self.tags:
            self.cells.append([])
        if tag in ("th", "td", "caption", "li") or kind == "humandb-words":
            self._into = tag if tag != "blockquote" else "words"
            if tag == "th":
                self.header.append("")
            elif tag == "td":
                self.cells[-1].append("")
                if "title" in attributes:
                    self.titles[len(self.cells) - 1, len(self.cells[-1]) - 1] = attributes["title"]
            elif tag == "li":
                self.remarks.append("")
        if kind == "humandb-postit":
            self.notes.append({**attributes, "label": ""})
            self._into = "note"
        if tag == "audio":
            self.audio = attributes["src"]

    def handle_endtag(self, tag: str) -> None:
        while self.tags and self.tags.pop() != tag:
            pass
        if tag in ("th", "td", "caption", "li", "blockquote"):
            self._into = None

    def handle_data(self, data: str) -> None:
        if self._into == "th":
            self.header[-1] += data
        elif self._into == "td":
            self.cells[-1][-1] += data
        elif self._into == "caption":
            self.caption += data
        elif self._into == "li":
            self.remarks[-1] += data
        elif self._into == "words":
            self.words += data
        elif self._into == "note":
            self.notes[-1]["label"] += data
            self._into = None  # the index under the label is a line of its own


def test_the_table_holds_the_rows_with_every_value_escaped() -> None:
    sql = """SELECT '<script>alert("hi")</script>' AS "<b>name</b>", NULL AS empty, ? AS blob, 2.5 AS price,
                    'a & b' AS "and" """
    result = humandb.query(sql, (b"\x00\xff",), database=":memory:", exact=True)
    page_html = html(result)
    assert "<script>" not in page_html and "<b>" not in page_html
    page = Page.of(page_html)
    assert page.header == ['<b>name</b>', "empty", "blob", "price", "and"]
    assert page.cells == [['<script>alert("hi")</script>', "NULL", "x'00ff'", "2.5", "a & b"]]
    assert page.words == str(result)


def test_daves_remarks_and_his_rounding_are_on_the_page() -> None:
    slipping = humandb.connect(":dave:", sla="instant", seed=7, accuracy=0.0)  # every number a little off
    answer = slipping.execute("SELECT COUNT(*) FROM orders").answer
    report, exact = answer.report, answer.outcome.rows
    assert report.remarks and report.rows != exact  # Dave says about 18 thousand, give or take a slip
    page = Page.of(answer._repr_html_())
    assert page.remarks == list(report.remarks)
    assert page.words and page.words in report.words and not any(remark in page.words for remark in report.remarks)
    assert page.cells == [[str(report.rows[0][0])]]
    assert page.titles == {(0, 0): f"exact: {exact[0][0]}"}  # how far off Dave was


def test_the_bezel_shows_the_post_its_after_create_index(dave: humandb.Connection) -> None:
    assert Page.of(dave.execute("SELECT 1").answer._repr_html_()).notes == []  # a tidy bezel is not drawn
    dave.execute("CREATE INDEX ix_orders_customer ON orders(customer_id)")
    answer = dave.execute("CREATE INDEX ix_city ON customers(city)").answer
    notes = {note["data-index"]: note for note in Page.of(answer._repr_html_()).notes}
    assert sorted(notes) == ["ix_city", "ix_orders_customer"] and len(dave.postits) == 2
    for postit in dave.postits:
        note = notes[postit.index]
        assert note["label"] == postit.label and postit.table in note["title"]
        assert f"background:{PAPER[postit.colour]}" in note["style"]


def test_the_audio_element_plays_daves_mumbled_answer() -> None:
    result = humandb.query("SELECT COUNT(*) FROM products", seed=4)
    source = Page.of(html(result)).audio
    prefix = "data:audio/wav;base64,"
    assert source.startswith(prefix)
    wav = base64.b64decode(source.removeprefix(prefix), validate=True)
    assert wav[:4] == b"RIFF" and wav[8:12] == b"WAVE" and wav == result.audio
    with wave.open(io.BytesIO(wav)) as reader:
        assert reader.getframerate() == 8000 and reader.getnframes() / 8000 > 0.5


def test_the_html_is_the_same_for_the_same_answer(clock: Any) -> None:
    pages = []
    for _ in range(2):
        con = humandb.connect(sla="instant", show=False, sound=False, seed=5, clock=clock)
        con.execute("CREATE INDEX ix_status ON orders(status)")
        pages.append(con.execute("SELECT status, COUNT(*) FROM orders GROUP BY status").answer._repr_html_())
        con.close()
    assert pages[0] == pages[1] and "ix_status" in pages[0]


def test_many_rows_are_cut_off_into_the_binder(dave: humandb.Connection) -> None:
    answer = dave.execute("SELECT id FROM orders").answer
    page = Page.of(answer._repr_html_())
    assert len(page.cells) == MAX_ROWS
    assert page.caption == f"… and {len(answer.report.rows) - MAX_ROWS:,} more rows in the binder"


def test_an_answer_of_a_closed_connection_still_shows_itself(dave: humandb.Connection) -> None:
    dave.execute("CREATE INDEX ix_city ON customers(city)")
    answer = dave.execute("SELECT 7 AS n").answer
    dave.execute("DROP INDEX ix_city")
    dave.close()
    page = Page.of(answer._repr_html_())
    # An answer is a value: it shows the bezel as it was when Dave answered, whatever happened since.
    assert page.cells == [["7"]] and [note["data-index"] for note in page.notes] == ["ix_city"]


def test_terminal_ipython_and_rich_show_the_table_and_the_words() -> None:
    from IPython.lib.pretty import pretty
    from rich.console import Console

    result = humandb.query("SELECT name FROM products WHERE id = 1", exact=True, seed=3)
    text = pretty(result)
    assert result.rows[0][0] in text and "\x1b[" not in text and not text.startswith("'")
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(result)
    assert result.rows[0][0] in console.file.getvalue() and str(result)[:40] in console.file.getvalue()


def test_import_humandb_stays_light() -> None:
    code = ("import sys, humandb; assert callable(humandb.load_ipython_extension); "
            "assert not any(name.startswith(('IPython', 'humandb.integrations')) for name in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
