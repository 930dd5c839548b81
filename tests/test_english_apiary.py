"""The English reader on the beekeeping co-op (tests/english_apiary.py), a schema of the fourth English pass:
questions written before the reader read them, compared by result values. The hard ones (a tree of plants, a
verb with nothing named for it to act on) may be refused, but never answered with a plausible wrong table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.english import NotUnderstood
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.english_apiary import APIARY, APIARY_HARD, build_apiary
from tests.heldout.common import Case
from tests.heldout.compare import matches

# Misses still open, each with its class; a miss that starts passing fails here (strict xfail).
MISSES = {
    "who has logged the most checks": "a guessed person needs the schema's own verb ('logged' names nothing)",
    "among masters who has logged the most checks": "a guessed person needs the schema's own verb",
}


def _cases(cases: list[Case]) -> list[object]:
    return [pytest.param(case, id=case.question, marks=[pytest.mark.xfail(strict=True, reason=MISSES[case.question])]
                         if case.question in MISSES else []) for case in cases]


@pytest.fixture(scope="module")
def apiary() -> Iterator[tuple[humandb.Connection, sqlite3.Connection]]:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    build_apiary(con.store._db)
    reference = sqlite3.connect(":memory:")
    build_apiary(reference)
    yield con, reference
    con.close()
    reference.close()


def _answer(con: humandb.Connection, reference: sqlite3.Connection, case: Case) -> tuple[bool, str]:
    assert case.sql is not None
    expected = reference.execute(case.sql).fetchall()
    cursor = con.execute(case.question)
    answer = cursor.fetchall()
    ok = matches(expected, answer, ordered=case.is_ordered(), ratio=case.is_ratio(), yesno=case.is_yesno(),
                 listing=case.is_listing())
    return ok, f"{case.question!r}\n  Dave wrote: {cursor.messages[-1][1]}\n  got {answer[:5]}\n  want {expected[:5]}"


@pytest.mark.parametrize("case", _cases(APIARY))
def test_apiary(apiary: tuple[humandb.Connection, sqlite3.Connection], case: Case) -> None:
    ok, told = _answer(*apiary, case)
    assert ok, told


@pytest.mark.parametrize("case", _cases(APIARY_HARD))
def test_apiary_right_or_refused(apiary: tuple[humandb.Connection, sqlite3.Connection], case: Case) -> None:
    try:
        ok, told = _answer(*apiary, case)
    except NotUnderstood:
        return
    assert ok, told


def test_what_someone_did_is_their_titled_things() -> None:
    """"What did Ines Sol write?": the rows under her that are things with titles of their own are what she
    made; an event between her and another thing would point past itself (what a customer bought)."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE composers (composer_id INTEGER PRIMARY KEY, full_name TEXT, born INTEGER)")
    raw.execute("CREATE TABLE pieces (piece_id INTEGER PRIMARY KEY, composer_id INTEGER REFERENCES composers "
                "(composer_id), title TEXT, written INTEGER)")
    raw.executemany("INSERT INTO composers VALUES (?, ?, ?)", [(1, "Ines Sol", 1950), (2, "Ravi Tan", 1962)])
    raw.executemany("INSERT INTO pieces VALUES (?, ?, ?, ?)", [(1, 1, "Low Tide", 1990), (2, 2, "Glass Hours", 1991),
                                                                (3, 1, "North Light", 2001)])
    try:
        assert sorted(con.execute("what did ines sol write").fetchall()) == [("Low Tide",), ("North Light",)]
    finally:
        con.close()


def test_a_latin_plural_names_its_table_and_its_key_is_no_role() -> None:
    """"fungi" are each a fungus: fungus_id is the plain link to them, not a role ("the fungus of a find") that
    an unknown word beginning like it ("fungology") could name."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE fungi (fungus_id INTEGER PRIMARY KEY, name TEXT, edible INTEGER)")
    raw.execute("CREATE TABLE finds (find_id INTEGER PRIMARY KEY, fungus_id INTEGER REFERENCES fungi (fungus_id), "
                "found_on TEXT)")
    raw.executemany("INSERT INTO fungi VALUES (?, ?, ?)", [(1, "Chanterelle", 1), (2, "Death Cap", 0)])
    raw.executemany("INSERT INTO finds VALUES (?, ?, ?)", [(1, 1, "2026-09-01"), (2, 1, "2026-09-03"),
                                                           (3, 2, "2026-10-10")])
    try:
        assert con.execute("how many fungi are there").fetchall() == [(2,)]
        assert con.execute("how many finds of each fungus").fetchall() == [("Chanterelle", 2), ("Death Cap", 1)]
        with pytest.raises(NotUnderstood, match="fungology"):
            con.execute("how many finds are in the fungology")
    finally:
        con.close()


@pytest.fixture(scope="module")
def club() -> Iterator[humandb.Connection]:
    """A chess club whose people are its customers (`clients`, with a `tier`); no table is called members."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE clients (client_id INTEGER PRIMARY KEY, full_name TEXT, tier TEXT, town TEXT)")
    raw.execute("CREATE TABLE games (game_id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients (client_id), "
                "played_on TEXT, moves INTEGER)")
    raw.executemany("INSERT INTO clients VALUES (?, ?, ?, ?)", [
        (1, "Ana Pike", "gold", "Leeds"), (2, "Bo Lund", "basic", "York"), (3, "Cy Moor", "gold", "Leeds"),
        (4, "Di Ray", "basic", "Hull")])
    raw.executemany("INSERT INTO games VALUES (?, ?, ?, ?)", [
        (1, 1, "2026-01-02", 40), (2, 1, "2026-02-03", 31), (3, 3, "2026-02-09", 55), (4, 2, "2026-03-01", 22)])
    yield con
    con.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("how many gold members are there", [(2,)]),
    ("in how many towns do our members live", [(3,)]),
    ("number of members per tier", [("basic", 2), ("gold", 2)]),
])
def test_members_are_the_customers_where_no_table_is_called_so(club: humandb.Connection, question: str,
                                                               expected: list[tuple[object, ...]]) -> None:
    assert sorted(club.execute(question).fetchall()) == expected


def test_rows_with_none_are_kept_only_where_something_is_counted(
        apiary: tuple[humandb.Connection, sqlite3.Connection]) -> None:
    """"Hives per breed, including breeds with none": a breed with no hives is no row of any table; Dave says
    so rather than drop the clause."""
    con, _ = apiary
    with pytest.raises(NotUnderstood):
        con.execute("how many hives per breed, including breeds with none")


def test_partitives_and_fillers_say_nothing_of_their_own() -> None:
    """"The priciest piece of furniture" is the priciest furniture; "right now" and "in our collection" add
    nothing to what is counted."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE furniture (item_id INTEGER PRIMARY KEY, label TEXT, price REAL, room TEXT)")
    raw.executemany("INSERT INTO furniture VALUES (?, ?, ?, ?)", [
        (1, "oak desk", 420.0, "study"), (2, "pine shelf", 80.0, "study"), (3, "sofa", 900.0, "lounge")])
    try:
        assert con.execute("the priciest piece of furniture").fetchall()[0][0] == "sofa"
        assert sorted(r[0] for r in con.execute("the 2 cheapest bits of furniture").fetchall()) == \
            ["oak desk", "pine shelf"]
        assert con.execute("how many pieces of furniture are in the study right now").fetchall() == [(2,)]
        assert con.execute("how many pieces of furniture are in our collection").fetchall() == [(3,)]
    finally:
        con.close()


def test_compounds_agents_and_chat_spellings() -> None:
    """A column named by a compound's first word ("email address", "phone number"), the agent of a verb in the
    present ("sponsors" → sponsor), and "r" for "are"."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE projects (project_id INTEGER PRIMARY KEY, title TEXT, sponsor TEXT, email TEXT, "
                "phone TEXT, size TEXT)")
    raw.executemany("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?)", [
        (1, "Dunes", "Tide Trust", "a@x.org", None, "big"), (2, "Moor", "Fell Fund", None, "0123", "small"),
        (3, "Reef", "Tide Trust", None, None, "big")])
    try:
        assert sorted(con.execute("who sponsors our projects").fetchall()) == [("Fell Fund",), ("Tide Trust",)]
        assert len(con.execute("projects with no email address").fetchall()) == 2
        assert sorted(r[0] for r in con.execute("which projects have no phone number").fetchall()) == ["Dunes", "Reef"]
        assert con.execute("how many big projects r there").fetchall() == [(2,)]
    finally:
        con.close()


def test_a_keyword_made_plural_is_english() -> None:
    """"Grants with more than 100 expenses" names a table; "selec * from t" is still SQL with a typo."""
    from humandb.reading.questions import is_english

    assert is_english("grants with more than 100 expenses")
    assert is_english("updates per day last week")
    assert not is_english("selec * from t")
    assert not is_english("updat t set a = 1")


def test_a_month_after_since_and_people_of_two_kinds() -> None:
    """"Since June" is the month though a customer is called June; "people" where staff and customers are both
    people is refused unless something else in the question is one of theirs."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, team TEXT, "
                "hired_on TEXT)")
    raw.execute("CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
                "signed_up TEXT)")
    raw.executemany("INSERT INTO staff VALUES (?, ?, ?, ?, ?)", [
        (1, "Oli", "Dunn", "finance", "2026-07-01"), (2, "Pat", "Kerr", "sales", "2020-01-05")])
    raw.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)", [
        (1, "June", "Hart", "2026-02-01"), (2, "Ray", "Moss", "2026-08-09"), (3, "Ida", "Vale", "2026-10-10")])
    try:
        assert con.execute("how many customers signed up since june").fetchall() == [(2,)]
        with pytest.raises(NotUnderstood, match="people"):
            con.execute("how many people joined since june")
        assert con.execute("people in finance").fetchall() == [("Oli", "Dunn")]
    finally:
        con.close()


def test_ages_said_after_the_number_and_of_the_eldest() -> None:
    """"65 or older", "18 or younger" (18-year-olds included), "how old is our oldest member"."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, full_name TEXT, birth_date TEXT)")
    raw.executemany("INSERT INTO riders VALUES (?, ?, ?)", [
        (1, "Al Oak", "1950-03-01"), (2, "Bea Fir", "1961-11-18"), (3, "Cal Elm", "2008-01-01"),
        (4, "Dot Ash", "2007-11-19"), (5, "Eve Yew", "1990-06-06")])  # today is 2026-11-18
    try:
        assert con.execute("how many riders are 65 or older").fetchall() == [(2,)]
        assert con.execute("how many riders are 18 or younger").fetchall() == [(2,)]
        assert con.execute("how old is our oldest rider").fetchall()[0][-1] == 76
    finally:
        con.close()


def test_a_name_beside_reporting_lines_is_the_hierarchys() -> None:
    """"Who reports to Ada Lake" where a customer is called Ada Lake too: the staff member she manages."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT)")
    raw.execute("CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
                "manager_id INTEGER REFERENCES staff (staff_id))")
    raw.executemany("INSERT INTO customers VALUES (?, ?, ?)", [(1, "Ada", "Lake"), (2, "Bo", "Reed")])
    raw.executemany("INSERT INTO staff VALUES (?, ?, ?, ?)", [
        (1, "Ada", "Lake", None), (2, "Cy", "Moor", 1), (3, "Di", "Penn", 1), (4, "Ed", "Rush", 2)])
    try:
        assert sorted(con.execute("who reports to ada lake").fetchall()) == [("Cy", "Moor"), ("Di", "Penn")]
    finally:
        con.close()


def test_a_verb_after_to_names_the_column_made_from_it() -> None:
    """"The cheapest boats to insure" is by insurance_premium; "to" a verb no column is made from stays unread."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_name TEXT, insurance_premium REAL, "
                "berth_fee REAL)")
    raw.executemany("INSERT INTO boats VALUES (?, ?, ?, ?)", [
        (1, "Kite", 300.0, 90.0), (2, "Wren", 120.0, 200.0), (3, "Puffin", 210.0, 50.0)])
    try:
        assert [r[0] for r in con.execute("the 2 cheapest boats to insure").fetchall()] == ["Wren", "Puffin"]
        assert con.execute("how many boats cost more than average to insure").fetchall() == [(1,)]
        with pytest.raises(NotUnderstood, match="paint"):
            con.execute("the cheapest boats to paint")
    finally:
        con.close()


def test_a_clause_saying_whose_the_column_is(apiary: tuple[humandb.Connection, sqlite3.Connection]) -> None:
    """"The yards and the county each one is in" lists each yard with its county."""
    con, reference = apiary
    expected = reference.execute("SELECT yard_name, county FROM yards").fetchall()
    assert sorted(con.execute("list all the yards and the county each one is in").fetchall()) == sorted(expected)


def test_a_plain_verb_after_did_we_is_its_dated_column() -> None:
    """"How many trees did we plant in 2025": planted_on, as "planted in 2025" would be."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE trees (tree_id INTEGER PRIMARY KEY, kind TEXT, planted_on TEXT, felled_on TEXT)")
    raw.executemany("INSERT INTO trees VALUES (?, ?, ?, ?)", [
        (1, "oak", "2025-03-01", None), (2, "ash", "2024-04-01", "2026-01-01"), (3, "yew", "2025-11-11", None)])
    try:
        assert con.execute("how many trees did we plant in 2025").fetchall() == [(2,)]
    finally:
        con.close()


def test_a_column_named_with_a_unit_is_named_by_what_it_measures() -> None:
    """"Max gust speed at the pier": gust_kph, a speed by its unit."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE gauges (gauge_id INTEGER PRIMARY KEY, place TEXT, gust_kph REAL, gust_dir TEXT)")
    raw.executemany("INSERT INTO gauges VALUES (?, ?, ?, ?)", [
        (1, "pier", 61.0, "sw"), (2, "pier", 44.5, "w"), (3, "dune", 80.2, "n")])
    try:
        assert con.execute("max gust speed at the pier").fetchall() == [(61.0,)]
    finally:
        con.close()


def test_a_real_word_one_letter_from_the_vocabulary_is_no_typo(
        apiary: tuple[humandb.Connection, sqlite3.Connection]) -> None:
    """"Average speed" is not "average spend": a letter changed makes another word; a letter swapped is a slip."""
    con, reference = apiary
    with pytest.raises(NotUnderstood, match="speed"):
        con.execute("what is the average speed")
    assert con.execute("how much did we sepnd").fetchall() == reference.execute("SELECT SUM(amt) FROM bills").fetchall()


def test_still_before_the_verb_of_a_rows_making_is_a_state_not_every_row() -> None:
    """"How many rentals are still out" is not every rental (rented_out is what made each one); refused rather
    than counted whole."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE lendings (lending_id INTEGER PRIMARY KEY, lent_ts TEXT, back_ts TEXT)")
    raw.executemany("INSERT INTO lendings VALUES (?, ?, ?)", [
        (1, "2026-01-01", "2026-01-05"), (2, "2026-02-01", None)])
    try:
        with pytest.raises(NotUnderstood, match="lent"):
            con.execute("how many lendings are still lent")
        assert con.execute("how many lendings were lent in 2026").fetchall() == [(2,)]
    finally:
        con.close()


def test_a_verb_that_is_a_flag_and_a_date_is_dated_by_the_date() -> None:
    """"Jobs billed in 2025" where billed is a flag (and a word for money) and billed_on its date: the year is
    billed_on's, not the row's first date."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    raw = con.store._db
    raw.execute("CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, raised_on TEXT, amount REAL, billed INTEGER, "
                "billed_on TEXT)")
    raw.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?)", [
        (1, "2024-12-20", 10.0, 1, "2025-01-03"), (2, "2025-02-01", 20.0, 1, "2025-02-09"),
        (3, "2025-11-30", 30.0, 1, "2025-12-15"), (4, "2025-05-05", 40.0, 0, None),
        (5, "2025-12-30", 50.0, 0, None)])
    try:
        assert con.execute("how many jobs were billed in 2025").fetchall() == [(3,)]
    finally:
        con.close()
