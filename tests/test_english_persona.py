"""Questions put to Dave about himself are answered as such, never read as a query about the data."""

from __future__ import annotations

import pytest

import humandb
from humandb.reading.questions import NotUnderstood


@pytest.fixture
def desk() -> humandb.Connection:
    con = humandb.connect(":memory:", sla="instant", exact=True, words=True)
    con.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, joined_on TEXT, plan TEXT)")
    con.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(id), "
                "visited_at TEXT, minutes INTEGER)")
    con.executemany("INSERT INTO members (name, joined_on, plan) VALUES (?, ?, ?)",
                    [("Ana Ruiz", "2025-01-04", "gold"), ("Bo Chen", "2025-03-09", "basic")])
    con.execute("INSERT INTO visits (member_id, visited_at, minutes) VALUES (1, '2026-11-02', 45)")
    con.commit()
    return con


@pytest.mark.parametrize("question", ["who are you?", "what is your name?", "how are you doing today?",
                                      "are you a real person", "what's your favourite colour"])
@pytest.mark.parametrize("where", ["sample", "fresh"])
def test_a_question_about_dave_is_answered_about_dave(desk: humandb.Connection, question: str, where: str) -> None:
    con = humandb.connect(sla="instant", exact=True, words=True) if where == "sample" else desk
    with pytest.raises(NotUnderstood) as refused:
        con.execute(question)
    said = str(refused.value)
    assert "Dave" in said and "data" in said
    assert "which table" not in said and "I don't know what" not in said
    assert refused.value.suggestion  # and what he can answer instead


@pytest.mark.parametrize(("question", "sql"), [
    ("how many members do you have?", "SELECT COUNT(*) FROM members"),
    ("can you count the visits", "SELECT COUNT(*) FROM visits"),
])
def test_a_question_about_the_data_that_says_you_is_still_read(desk: humandb.Connection, question: str,
                                                               sql: str) -> None:
    assert desk.execute(question).fetchall() == desk.execute(sql).fetchall()
