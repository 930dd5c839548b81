"""The English reader on schemas it was not designed around (tests/english_fresh.py): questions written
before the reader read them, compared by result values; a question without reference SQL must be refused."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.english_bakery import BAKERY, build_bakery
from tests.english_fresh import (
    FLEET,
    GYM,
    HELPDESK,
    HOTEL,
    SCHOOL,
    TRACKER,
    build_fleet,
    build_gym,
    build_helpdesk,
    build_hotel,
    build_school,
    build_tracker,
)
from tests.english_league import LEAGUE, build_league
from tests.english_theatre import THEATRE, build_theatre
from tests.heldout.common import Case
from tests.heldout.compare import matches
from tests.test_english import _matches

# Misses the reader still has, each a class of its own (kept visible rather than dropped from the corpus).
KNOWN_MISSES = {
    "monthly revenue from fees": "summing a price list across the members who pay it needs the join turned round",
}


def _brain(build: object) -> humandb.Connection:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    build(con.store._db)  # type: ignore[operator]
    return con


@pytest.fixture(scope="module")
def helpdesk() -> Iterator[humandb.Connection]:
    con = _brain(build_helpdesk)
    yield con
    con.close()


@pytest.fixture(scope="module")
def gym() -> Iterator[humandb.Connection]:
    con = _brain(build_gym)
    yield con
    con.close()


def _check(con: humandb.Connection, question: str, sql: str | None) -> None:
    if question in KNOWN_MISSES:
        pytest.xfail(KNOWN_MISSES[question])
    if sql is None:
        with pytest.raises(humandb.english.NotUnderstood):
            con.execute(question)
        return
    reference = con.store._db.execute(sql).fetchall()
    cursor = con.execute(question)
    answer = cursor.fetchall()
    assert _matches(answer, reference, "order by" in sql.lower()), (
        f"{question!r}\n  Dave wrote: {cursor.messages[-1][1]}\n  reference: {sql}\n  got {answer[:5]}\n"
        f"  want {reference[:5]}")


@pytest.mark.parametrize(("question", "sql"), HELPDESK, ids=[q for q, _ in HELPDESK])
def test_helpdesk(helpdesk: humandb.Connection, question: str, sql: str | None) -> None:
    _check(helpdesk, question, sql)


@pytest.mark.parametrize(("question", "sql"), GYM, ids=[q for q, _ in GYM])
def test_gym(gym: humandb.Connection, question: str, sql: str | None) -> None:
    _check(gym, question, sql)


# -- the sets written in the held-out corpus's form ---------------------------------------------------------

# Misses each set still has, with the class each belongs to; a miss that starts passing fails here (strict
# xfail) so that this list stays the truth. FLEET first ran at 37 of 53 with 7 wrong; its classes were fixed
# after (see the history), these three remain.
CASE_MISSES = {
    "most common booking channel": "a domain synonym: a stay is a booking only in a hotel",
    "what fraction of revenue comes from direct bookings": "a domain synonym: a stay is a booking",
    "who has been teaching here the longest": "tenure said as 'the longest' of a verb",
    "when did the last trip leave": "a verb for a date the schema names otherwise (leave: departed_at)",
    "which vehicle has cost the most in services": "a verb of price ranking by another table's money",
    "trips still out": "'out' as a state: too many meanings to read as 'not back yet'",
    "how many teams are in the league": "the database itself named ('the league')",
    "how many goals were scored in 2026": "a domain verb ('scored') for the rows of a table",
    "who scored the most goals": "a domain verb ('scored') for the rows of a table",
    "players who have never scored": "a domain verb ('scored') for the rows of a table",
    "how many penalties were scored": "a domain verb ('scored') for the rows of a table",
    "how many goals did vik vidal score": "a domain verb ('scored') for the rows of a table",
    "top 3 scorers": "an agent noun ('scorers') for the people with the most rows of a table",
    "penalties scored by forwards": "a domain verb ('scored') for the rows of a table",
}

SETS = {"hotel": (HOTEL, build_hotel), "tracker": (TRACKER, build_tracker), "school": (SCHOOL, build_school),
        "fleet": (FLEET, build_fleet), "bakery": (BAKERY, build_bakery),
        "theatre": (THEATRE, build_theatre), "league": (LEAGUE, build_league)}


@pytest.fixture(scope="module")
def written() -> Iterator[dict[str, tuple[humandb.Connection, sqlite3.Connection]]]:
    connections = {}
    for name, (_, build) in SETS.items():
        reference = sqlite3.connect(":memory:")
        build(reference)
        connections[name] = (_brain(build), reference)
    yield connections
    for con, reference in connections.values():
        con.close()
        reference.close()


def _written_cases() -> list[object]:
    return [pytest.param(name, case, id=f"{name}: {case.question}", marks=[pytest.mark.xfail(
        strict=True, reason=CASE_MISSES[case.question])] if case.question in CASE_MISSES else [])
        for name, (cases, _) in SETS.items() for case in cases]


@pytest.mark.parametrize(("name", "case"), _written_cases())
def test_written_case(written: dict[str, tuple[humandb.Connection, sqlite3.Connection]], name: str,
                      case: Case) -> None:
    con, reference = written[name]
    if case.sql is None:
        with pytest.raises(humandb.english.NotUnderstood):
            con.execute(case.question)
        return
    expected = reference.execute(case.sql).fetchall()
    cursor = con.execute(case.question)
    answer = cursor.fetchall()
    assert matches(expected, answer, ordered=case.is_ordered(), ratio=case.is_ratio(), yesno=case.is_yesno(),
                   listing=case.is_listing()), (
        f"{case.question!r}\n  Dave wrote: {cursor.messages[-1][1]}\n  reference: {case.sql}\n"
        f"  got {answer[:5]}\n  want {expected[:5]}")


@pytest.mark.parametrize(("question", "sql"), [
    ("shows directed by nora vail", "SELECT title FROM shows WHERE director = 'Nora Vail'"),
    ("which director directed the fewest shows",
     "SELECT director FROM shows GROUP BY director ORDER BY COUNT(*) LIMIT 1"),
    ("who directed macbeth", "SELECT director FROM shows WHERE title = 'Macbeth'"),
])
def test_a_verb_names_the_column_of_who_did_it(written: dict[str, tuple[humandb.Connection, sqlite3.Connection]],
                                               question: str, sql: str) -> None:
    """"directed" is the director column, as "owned" would be the owner: an agent noun's verb."""
    con, reference = written["theatre"]
    answer = con.execute(question).fetchall()
    assert matches(reference.execute(sql).fetchall(), answer, ordered=False), (question, answer)


@pytest.mark.parametrize(("name", "question", "sql"), [
    ("bakery", "how much was made last year",
     "SELECT SUM(made) FROM batches WHERE baked_on >= '2025-01-01' AND baked_on < '2026-01-01'"),
    ("bakery", "made by item category",
     "SELECT i.category, SUM(b.made) FROM batches b JOIN items i ON i.item_id = b.item_id GROUP BY i.category"),
    ("theatre", "number of parts per actor",
     "SELECT a.stage_name, COUNT(c.show_id) FROM actors a LEFT JOIN cast_members c ON c.actor_id = a.actor_id "
     "GROUP BY a.actor_id"),
])
def test_amounts_named_by_a_verb_add_up_and_a_column_counts_its_rows(
        written: dict[str, tuple[humandb.Connection, sqlite3.Connection]], name: str, question: str,
        sql: str) -> None:
    """A column named by what was done (made, wasted) is a count that adds up; "parts per actor" counts the
    rows the part column is on, for every actor."""
    con, reference = written[name]
    answer = con.execute(question).fetchall()
    assert matches(reference.execute(sql).fetchall(), answer), (question, answer)


def test_a_things_age_is_never_its_peoples_birthdays(
        written: dict[str, tuple[humandb.Connection, sqlite3.Connection]]) -> None:
    """Venues have no date of their own: "the oldest venue" is refused, not read as its patrons' or actors'
    birthdays; a team's age is its founding year, held as an INTEGER."""
    con, _ = written["theatre"]
    with pytest.raises(humandb.english.NotUnderstood, match="oldest"):
        con.execute("oldest venue")
    con, reference = written["league"]
    answer = con.execute("youngest team").fetchall()
    assert matches(reference.execute("SELECT team_name FROM teams ORDER BY founded DESC LIMIT 1").fetchall(),
                   answer), answer


def test_a_period_said_of_an_amount_counted_in_it(
        written: dict[str, tuple[humandb.Connection, sqlite3.Connection]]) -> None:
    """"A week" of a weekly wage is the wage itself; "a month" of it is a conversion Dave won't guess."""
    con, reference = written["league"]
    answer = con.execute("players earning more than 50000 per week").fetchall()
    assert matches(reference.execute("SELECT player_name FROM players WHERE weekly_wage > 50000").fetchall(), answer)
    with pytest.raises(humandb.english.NotUnderstood, match="month"):
        con.execute("players earning more than 50000 a month")


def test_an_amount_nobody_named_is_not_guessed_from_another_table(
        written: dict[str, tuple[humandb.Connection, sqlite3.Connection]]) -> None:
    """"Average goals per match" names no amount; the nearest money (a scorer's weekly wage) is no goal's."""
    con, _ = written["league"]
    with pytest.raises(humandb.english.NotUnderstood):
        con.execute("average goals per match")


@pytest.mark.parametrize("question", ["which baker baked the most", "which baker bakes the most"])
def test_the_most_beside_a_dated_verb_counts_what_it_made(
        written: dict[str, tuple[humandb.Connection, sqlite3.Connection]], question: str) -> None:
    """"Baked the most" counts the bakes; it was ranked by the latest bake's date."""
    con, reference = written["bakery"]
    expected = reference.execute("SELECT k.full_name FROM bakers k JOIN batches b ON b.baker_id = k.baker_id "
                                 "GROUP BY k.baker_id ORDER BY COUNT(*) DESC LIMIT 1").fetchall()
    assert matches(expected, con.execute(question).fetchall(), ordered=True)


@pytest.mark.parametrize("question", ["how many cakes did we sell in 2025", "how many cakes were sold in 2025"])
def test_what_was_sold_is_dated_by_the_sale(written: dict[str, tuple[humandb.Connection, sqlite3.Connection]],
                                            question: str) -> None:
    """Units on the order lines, in the orders of that year: not the cakes launched that year."""
    con, reference = written["bakery"]
    expected = reference.execute(
        "SELECT SUM(l.qty) FROM order_lines l JOIN orders o ON o.order_no = l.order_no JOIN items i "
        "ON i.item_id = l.item_id WHERE i.category = 'cake' AND o.placed_at >= '2025-01-01' "
        "AND o.placed_at < '2026-01-01'").fetchall()
    assert matches(expected, con.execute(question).fetchall())


@pytest.mark.parametrize(("name", "question", "sql"), [
    ("bakery", "orders placed yesterday",
     "SELECT COUNT(*) FROM orders WHERE placed_at >= '2026-11-17' AND placed_at < '2026-11-18'"),
    ("theatre", "how much did we take last week",  # Monday 9 to Sunday 15 November: today is Wednesday the 18th
     "SELECT SUM(paid) FROM tickets WHERE sold_at >= '2026-11-09' AND sold_at < '2026-11-16'"),
    ("theatre", "how many tickets were sold this week", "SELECT COUNT(*) FROM tickets WHERE sold_at >= '2026-11-16'"),
])
def test_days_and_weeks_counted_from_today(written: dict[str, tuple[humandb.Connection, sqlite3.Connection]],
                                           name: str, question: str, sql: str) -> None:
    con, reference = written[name]
    expected = reference.execute(sql).fetchall()
    assert expected[0][0], "the data must have sales then, or the test proves nothing"
    assert matches(expected, con.execute(question).fetchall(), listing=True)
