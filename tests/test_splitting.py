"""Statement boundaries are SQLite's: the splitter is checked against SQLite itself.

Two oracles, both SQLite's own code: `sqlite3.complete_statement` (complete.c) for random mixes of
strings, quoted names, comments, trigger bodies and semicolons, valid SQL or not; and, for valid
scripts, the tail `sqlite3_prepare_v2` hands back (what `executescript` walks), reached through ctypes
in the very library Python's sqlite3 runs on. They differ in one place, $name(…) variables, which only
the second oracle sees; there the splitter follows prepare (what really runs).
"""

from __future__ import annotations

import _sqlite3
import ctypes
import sqlite3
import time
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from humandb.reading.splitting import statements

CHECK = settings(derandomize=True, database=None, deadline=None, max_examples=300)
BLANKS = " \t\n\f\r"


# -- SQLite's own answers ------------------------------------------------------------------------


class Prepared:
    """sqlite3_prepare_v2 on a private handle with a table t(a, b): one statement at a time, and its tail."""

    def __init__(self) -> None:
        self.lib = lib = ctypes.CDLL(_sqlite3.__file__)
        lib.sqlite3_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p)]
        lib.sqlite3_prepare_v2.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int,
                                           ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p)]
        lib.sqlite3_finalize.argtypes = [ctypes.c_void_p]
        lib.sqlite3_exec.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.c_void_p,
                                     ctypes.c_void_p]
        lib.sqlite3_close.argtypes = [ctypes.c_void_p]
        lib.sqlite3_errmsg.argtypes = [ctypes.c_void_p]
        lib.sqlite3_errmsg.restype = ctypes.c_char_p
        self.db = ctypes.c_void_p()
        assert lib.sqlite3_open(b":memory:", ctypes.byref(self.db)) == 0
        assert lib.sqlite3_exec(self.db, b"CREATE TABLE t(a, b)", None, None, None) == 0

    def first(self, text: bytes) -> tuple[int, bool, int]:
        """(result code, whether a statement was found, bytes consumed) for the first statement of `text`."""
        buffer = ctypes.create_string_buffer(text)
        statement, tail = ctypes.c_void_p(), ctypes.c_void_p()
        code = self.lib.sqlite3_prepare_v2(self.db, buffer, len(text) + 1, ctypes.byref(statement), ctypes.byref(tail))
        found = bool(statement.value)
        if found:
            self.lib.sqlite3_finalize(statement)
        consumed = (tail.value or ctypes.addressof(buffer)) - ctypes.addressof(buffer)
        return code, found, consumed

    def error(self) -> str:
        return str(self.lib.sqlite3_errmsg(self.db).decode())

    def count(self, script: str) -> int:
        """How many statements SQLite finds walking `script` by prepare's tail (as executescript does)."""
        rest, found = script.encode(), 0
        while rest.strip(BLANKS.encode()):
            code, statement, consumed = self.first(rest)
            assert code == 0, (self.error(), rest)
            if not statement:
                break
            found += 1
            rest = rest[consumed:]
        return found

    def has_code(self, piece: str) -> bool:
        code, statement, _ = self.first(piece.encode())
        return code != 0 or statement

    def close(self) -> None:
        self.lib.sqlite3_close(self.db)


@pytest.fixture(scope="module")
def sqlite() -> Iterator[Prepared]:
    prepared = Prepared()
    yield prepared
    prepared.close()


def complete_statement_pieces(script: str, sqlite: Prepared) -> list[str]:
    """The statements as sqlite3_complete delimits them: each ends at the first ';' that completes it."""
    pieces, start = [], 0
    for at, character in enumerate(script):
        if character == ";" and at >= start and sqlite3.complete_statement(script[start : at + 1]):
            pieces.append(script[start:at])
            start = at + 1
    pieces.append(script[start:])
    return [piece.strip(BLANKS) for piece in pieces if sqlite.has_code(piece)]


# -- random mixes, valid SQL or not ---------------------------------------------------------------

WORDS = st.sampled_from(["SELECT", "create", "CREATE", "temp", "TEMPORARY", "trigger", "TRIGGER", "end", "END",
                         "explain", "BEGIN", "x", "t", "tempo", "ending", "1", "1e5", "0x1F", "1e--", "é"])
PIECES = st.one_of(
    WORDS,
    st.sampled_from([";", ";", ";", " ", "\n", "\t", "(", ")", ",", "*", "-", "/", ".", "'", '"', "`", "[", "]"]),
    st.sampled_from(["'a;b'", "'it''s; fine'", '"na;me"', '"a""b;"', "`ba;ck`", "[br;acket]", "x'00'", "X'';"]),
    st.sampled_from(["-- note; here\n", "/* ; */", "/* /* */", "/**/", "/*/", "*/", "--;", "/*;*/", "/*"]),
    st.text(alphabet=st.sampled_from("ab;'\"`[]-/*\n xE"), max_size=6),
)
MIXES = st.lists(PIECES, max_size=40).map(" ".join) | st.lists(PIECES, max_size=40).map("".join)


@CHECK
@given(script=MIXES)
def test_random_mixes_split_where_sqlite_complete_says(sqlite: Prepared, script: str) -> None:
    assert statements(script) == complete_statement_pieces(script, sqlite)


# -- valid scripts, against prepare's tail --------------------------------------------------------

COMMENTS = st.sampled_from(["", " ", "\n", " /* ; */ ", " -- ;\n", " /* /* */ ", "/**/"])
VALUES = st.sampled_from(["1", "'a;b'", "'it''s;'", "x'00ff'", "1e5", "0x1F", "NULL", "$v(;)", ":v(;)", "@v",
                          "$a::b(;x)", "?", "?2", "-1", "1.5", "CASE WHEN 1 THEN 'end;' END"])
NAMES = st.sampled_from(['"x;y"', "[x;y]", "`x;y`", "plain", '"end"', "[trigger]"])
BODIES = st.sampled_from(["SELECT 1", "SELECT 'x;y'", "UPDATE t SET a = 2", "DELETE FROM t WHERE a = 'END'",
                          "SELECT CASE WHEN 1 THEN 2 END", "INSERT INTO t VALUES (1, '; END;')"])


@st.composite
def valid_statement(draw: st.DrawFn) -> str:
    gap = draw(COMMENTS)
    kind = draw(st.sampled_from(["select", "insert", "trigger", "explain"]))
    if kind == "select":
        return f"SELECT{gap or ' '}{draw(VALUES)} AS {draw(NAMES)}{draw(COMMENTS)}"
    if kind == "insert":
        return f"INSERT INTO t VALUES ({draw(VALUES)},{gap}{draw(VALUES)})"
    bodies = draw(st.lists(BODIES, min_size=1, max_size=3))
    trigger = (f"CREATE {draw(st.sampled_from(['', 'TEMP ', 'TEMPORARY ']))}TRIGGER IF NOT EXISTS tr AFTER INSERT ON t"
               f" BEGIN{gap or ' '}" + "".join(f"{body};{draw(COMMENTS)}" for body in bodies) + " END")
    return f"EXPLAIN {trigger}" if kind == "explain" else trigger


SEPARATORS = st.sampled_from([";", "; ", ";\n", ";;", "; ;", "; -- c;\n", ";/* ; */", "\n;\n"])


@st.composite
def valid_script(draw: st.DrawFn) -> str:
    parts = draw(st.lists(valid_statement(), min_size=1, max_size=6))
    return "".join(part + draw(SEPARATORS) for part in parts[:-1]) + parts[-1] + draw(st.sampled_from(["", ";"]))


@CHECK
@given(script=valid_script())
def test_valid_scripts_split_where_sqlite_prepare_ends_each_statement(sqlite: Prepared, script: str) -> None:
    found = statements(script)
    assert len(found) == sqlite.count(script)
    position = 0
    for piece in found:
        code, statement, consumed = sqlite.first(piece.encode())
        assert code == 0 and statement, (sqlite.error(), piece)
        assert consumed == len(piece.encode())  # exactly one statement, nothing after it
        position = script.index(piece, position) + len(piece)


# -- the cases that matter, by name ------------------------------------------------------------------


def test_a_semicolon_hidden_by_a_nested_comment_is_seen() -> None:
    # sqlglot's DuckDB tokenizer nested these comments and saw one statement; SQLite sees the ';'.
    assert statements("SELECT 1 /* /* */ ; SELECT 2 -- */") == ["SELECT 1 /* /* */", "SELECT 2 -- */"]
    assert statements("SELECT 1 /* /* */ */ ; SELECT 2") == ["SELECT 1 /* /* */ */", "SELECT 2"]


def test_the_reproduced_trigger_is_one_statement_as_sqlite_says() -> None:
    trigger = ("CREATE TRIGGER slow AFTER INSERT ON humandb_postits BEGIN SELECT count(*) FROM (WITH RECURSIVE "
               "c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c) SELECT i FROM c) /* /* */ ; END -- */")
    assert statements(trigger) == [trigger]
    assert sqlite3.complete_statement(trigger + "\n;")
    assert statements(trigger + "\n; SELECT 1") == [trigger, "SELECT 1"]


@pytest.mark.parametrize(("script", "expected"), [
    ("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; SELECT 2; END; SELECT 3",
     ["CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; SELECT 2; END", "SELECT 3"]),
    ("create temp trigger t after insert on x begin select 'END;'; end ; select 3",
     ["create temp trigger t after insert on x begin select 'END;'; end", "select 3"]),
    ("EXPLAIN CREATE TEMPORARY TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END;",
     ["EXPLAIN CREATE TEMPORARY TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END"]),
    ("CREATE TABLE trigger (x); SELECT 1", ["CREATE TABLE trigger (x)", "SELECT 1"]),
    ("SELECT $a(;); SELECT 2", ["SELECT $a(;)", "SELECT 2"]),  # a Tcl variable's parenthesis holds a ';'
    ("SELECT 1e--x;\nSELECT 2", ["SELECT 1e--x;\nSELECT 2"]),  # '1e' and a comment: no exponent without digits
    ("SELECT [a;b], `c;d`, \"e;f\", 'g;h', x'00'; SELECT 2",
     ["SELECT [a;b], `c;d`, \"e;f\", 'g;h', x'00'", "SELECT 2"]),
    ("SELECT 'unclosed; SELECT 2", ["SELECT 'unclosed; SELECT 2"]),
    ("SELECT 1; /* unclosed; SELECT 2", ["SELECT 1"]),
    ("SELECT 1; /*", ["SELECT 1", "/*"]),  # the last two characters: a slash and a star, not a comment
    ("\v SELECT 1 \t\n", ["\v SELECT 1"]),  # only SQLite's whitespace is trimmed (\v is an illegal token to it)
    (";;; -- nothing\n ; /* at all */", []),
])
def test_boundaries_by_name(script: str, expected: list[str]) -> None:
    assert statements(script) == expected


def test_splitting_takes_linear_time() -> None:
    # Dense tokens are the slow case; ten times the text must cost about ten times the time, not a hundred.
    def seconds(repeat: int) -> float:
        script = ("SELECT a, 'b;c', [d;e], $f(;), 1e5 /* ; */ -- ;\n; " * repeat) + "CREATE TRIGGER t AFTER"
        started = time.perf_counter()
        assert len(statements(script)) == repeat + 1
        return time.perf_counter() - started

    small, large = min(seconds(200) for _ in range(3)), min(seconds(2_000) for _ in range(3))
    assert large < 0.5 and large < 30 * small
    for script in ("/*" * 10_000, "'" * 10_001, "[" * 10_000, "$a(" * 5_000, ";" * 20_000, "x'" * 10_000):
        started = time.perf_counter()
        statements(script)
        assert time.perf_counter() - started < 0.2, script[:10]
