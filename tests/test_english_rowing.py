"""A rowing club the reader has never seen: rowers (each with a captain, another rower), boats known by their
hull number, outings and repairs. The outings name their boat by a column called like the boats' own key,
with no REFERENCES clause, the way many SQLite files are written. Questions about things that never happened
(an anti-join against a related table), a link nobody declared, a captain and his crew in the right
direction, and an exact column of a linked table against a near-synonym of the entity's own. Schema and
questions were written before the reader read them; compared by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.brain.catalog import describe
from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE rowers (rower_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, side TEXT, "
    "captain_id INTEGER REFERENCES rowers (rower_id), joined_on TEXT)",
    "CREATE TABLE boats (hull_no TEXT PRIMARY KEY, boat_name TEXT NOT NULL, seats INTEGER, price REAL)",
    "CREATE TABLE outings (outing_id INTEGER PRIMARY KEY, hull_no TEXT, rower_id INTEGER REFERENCES rowers "
    "(rower_id), went_out_on TEXT, km REAL, arrival TEXT)",
    "CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, hull_no TEXT, cost REAL, fixed_on TEXT, part TEXT)",
    "CREATE TABLE club_spend (spend_id INTEGER PRIMARY KEY, hull_no TEXT, purpose TEXT, amt REAL, spent_on TEXT)",
)

ROWERS = [
    (1, "Ann Tarr", "stroke", None, "2019-03-02"), (2, "Ben Olde", "bow", 1, "2020-05-11"),
    (3, "Cat Rudd", "stroke", 1, "2021-01-20"), (4, "Dev Shah", "bow", 1, "2022-09-14"),
    (5, "Eli Marsh", "stroke", 2, "2023-04-01"), (6, "Fay Price", "bow", 2, "2024-06-30"),
    (7, "Gus Penn", "bow", 5, "2025-02-17"), (8, "Hal Ives", "stroke", 5, "2025-08-08"),
]
BOATS = [("H-101", "Kestrel", 8, 21000.0), ("H-102", "Osprey", 4, 12500.0), ("H-103", "Merlin", 2, 6400.0),
         ("H-104", "Swift", 1, 3900.0), ("H-105", "Heron", 4, 11800.0)]


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO rowers VALUES (?, ?, ?, ?, ?)", ROWERS)
    con.executemany("INSERT INTO boats VALUES (?, ?, ?, ?)", BOATS)
    # Rowers 6 and 8 never went out; Swift (H-104) and Heron (H-105) were never taken out.
    hulls, crew = ("H-101", "H-102", "H-103"), (1, 2, 3, 4, 5, 7)
    outings = [(n, hulls[n % 3], crew[(n * 5) % 6], f"2026-{1 + n % 10:02d}-{1 + (n * 3) % 27:02d}", 4.0 + n % 9,
                "late" if n % 7 == 0 else "prompt") for n in range(1, 41)]
    con.executemany("INSERT INTO outings VALUES (?, ?, ?, ?, ?, ?)", outings)
    # Merlin (H-103) and Heron (H-105) were never repaired.
    con.executemany("INSERT INTO repairs VALUES (?, ?, ?, ?, ?)",
                    [(1, "H-101", 420.0, "2026-02-03", "hull"), (2, "H-101", 180.0, "2026-05-19", "oar"),
                     (3, "H-102", 95.0, "2026-03-07", "hull"), (4, "H-104", 260.0, "2026-07-22", "seat")])
    purposes = ("varnish", "transport", "storage")
    con.executemany("INSERT INTO club_spend VALUES (?, ?, ?, ?, ?)",
                    [(n, BOATS[n % 5][0], purposes[n % 3], 30.0 + (n * 37) % 200, f"2026-{1 + n % 11:02d}-15")
                     for n in range(1, 25)])
    con.commit()


CASES = [
    # a link nobody declared: outings.hull_no is the boats' key
    ("how many outings per boat",
     "SELECT b.boat_name, COUNT(o.outing_id) FROM boats b LEFT JOIN outings o ON o.hull_no = b.hull_no "
     "GROUP BY b.hull_no"),
    ("total km rowed in each boat",
     "SELECT b.boat_name, SUM(o.km) FROM outings o JOIN boats b ON b.hull_no = o.hull_no GROUP BY b.hull_no"),
    ("total repair cost for kestrel", "SELECT SUM(cost) FROM repairs WHERE hull_no = 'H-101'"),
    # the rows with none, kept: "including the ones that never …" asks for zeros, not for an anti-join
    ("outings per boat, including boats that never went out",
     "SELECT b.boat_name, COUNT(o.outing_id) FROM boats b LEFT JOIN outings o ON o.hull_no = b.hull_no "
     "GROUP BY b.hull_no"),
    ("number of repairs for each boat, 0 if it was never repaired",
     "SELECT b.boat_name, COUNT(r.repair_id) FROM boats b LEFT JOIN repairs r ON r.hull_no = b.hull_no "
     "GROUP BY b.hull_no"),
    # things that never happened: an anti-join against the related table
    ("rowers who never went out",
     "SELECT full_name FROM rowers WHERE rower_id NOT IN (SELECT rower_id FROM outings)"),
    ("which boats have never been taken out",
     "SELECT boat_name FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM outings)"),
    ("boats that were never repaired",
     "SELECT boat_name FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM repairs)"),
    ("how many rowers have no outings",
     "SELECT COUNT(*) FROM rowers WHERE rower_id NOT IN (SELECT rower_id FROM outings)"),
    # never with a value or a dated verb of the related rows: an anti-join, not "<>" or "IS NULL" over a join
    ("boats that have never had a hull repair",
     "SELECT boat_name FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM repairs WHERE part = 'hull')"),
    ("how many boats have never had a seat repair",
     "SELECT COUNT(*) FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM repairs WHERE part = 'seat')"),
    ("boats nobody went out in", "SELECT boat_name FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM outings)"),
    ("how many rowers have never been late",
     "SELECT COUNT(*) FROM rowers WHERE rower_id NOT IN (SELECT rower_id FROM outings WHERE arrival = 'late')"),
    # never in a time: the time is the missing rows' own, inside the anti-join
    ("rowers with no outings in october",
     "SELECT full_name FROM rowers WHERE rower_id NOT IN (SELECT rower_id FROM outings "
     "WHERE went_out_on BETWEEN '2026-10-01' AND '2026-10-31')"),
    ("how many boats had no outings in march",
     "SELECT COUNT(*) FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM outings "
     "WHERE went_out_on BETWEEN '2026-03-01' AND '2026-03-31')"),
    ("boats with no repairs this year",
     "SELECT boat_name FROM boats WHERE hull_no NOT IN (SELECT hull_no FROM repairs WHERE fixed_on >= '2026-01-01')"),
    # a captain and his crew, each the right way round
    ("how many rowers does ann tarr captain", "SELECT COUNT(*) FROM rowers WHERE captain_id = 1"),
    ("list eli marsh's direct reports", "SELECT full_name FROM rowers WHERE captain_id = 5"),
    ("how many direct reports does ben olde have", "SELECT COUNT(*) FROM rowers WHERE captain_id = 2"),
    ("how many rowers aren't captain for anybody",
     "SELECT COUNT(*) FROM rowers WHERE rower_id NOT IN (SELECT captain_id FROM rowers WHERE captain_id IS NOT NULL)"),
    ("rowers who don't captain anyone",
     "SELECT full_name FROM rowers WHERE rower_id NOT IN (SELECT captain_id FROM rowers WHERE captain_id IS NOT NULL)"),
    ("who is eli marsh's captain", "SELECT c.full_name FROM rowers r JOIN rowers c ON c.rower_id = r.captain_id "
     "WHERE r.rower_id = 5"),
    # the linked table's own column, named exactly, over a near-synonym of the entity's
    ("average cost of repairs on kestrel", "SELECT AVG(cost) FROM repairs WHERE hull_no = 'H-101'"),
    # "each" with a superlative: one answer per group, not the top group
    ("date of the last outing for each boat",
     "SELECT b.boat_name, MAX(o.went_out_on) FROM outings o JOIN boats b ON b.hull_no = o.hull_no "
     "GROUP BY b.hull_no"),
    ("most recent repair per boat",
     "SELECT b.boat_name, MAX(r.fixed_on) FROM repairs r JOIN boats b ON b.hull_no = r.hull_no GROUP BY b.hull_no"),
    ("longest outing in km for each rower",
     "SELECT w.full_name, MAX(o.km) FROM outings o JOIN rowers w ON w.rower_id = o.rower_id GROUP BY w.rower_id"),
    # days of the week: of the rows' own date
    ("how many outings were on a weekend",
     "SELECT COUNT(*) FROM outings WHERE strftime('%w', went_out_on) IN ('0', '6')"),
    ("outings on sundays", "SELECT outing_id FROM outings WHERE strftime('%w', went_out_on) = '0'"),
    ("how many repairs were fixed on a weekday",
     "SELECT COUNT(*) FROM repairs WHERE strftime('%w', fixed_on) NOT IN ('0', '6')"),
    # a surname that is also a column's word (Fay Price): the column
    ("boats priced above the average price",
     "SELECT boat_name FROM boats WHERE price > (SELECT AVG(price) FROM boats)"),
    # a column named by its own name is averaged over its own rows, not as each rower's total
    ("average km rowed by bow side rowers",
     "SELECT AVG(o.km) FROM outings o JOIN rowers r ON r.rower_id = o.rower_id WHERE r.side = 'bow'"),
    # the average of a count per row keeps the rows with none
    ("average number of repairs per boat",
     "SELECT AVG(n) FROM (SELECT COUNT(r.repair_id) AS n FROM boats b LEFT JOIN repairs r ON r.hull_no = b.hull_no "
     "GROUP BY b.hull_no)"),
    # a column named beside one of its values picks rows; it is not a list of the column's values
    ("list the bow side rowers", "SELECT full_name FROM rowers WHERE side = 'bow'"),
    # typed in a hurry
    ("hw many boats r there rn", "SELECT COUNT(*) FROM boats"),
    ("outings per boat incl. boats with zero",
     "SELECT b.boat_name, COUNT(o.outing_id) FROM boats b LEFT JOIN outings o ON o.hull_no = b.hull_no "
     "GROUP BY b.hull_no"),
    # "<table> id" is the table's key
    ("rower id of eli marsh", "SELECT rower_id FROM rowers WHERE full_name = 'Eli Marsh'"),
    ("total km for each boat id", "SELECT hull_no, SUM(km) FROM outings GROUP BY hull_no"),
    # the entity's own money, not a money column reached through other tables' rows
    ("which purpose costs us the most",
     "SELECT purpose FROM club_spend GROUP BY purpose ORDER BY SUM(amt) DESC LIMIT 1"),
    pytest.param("what did we spend the most on, by purpose",
                 "SELECT purpose FROM club_spend GROUP BY purpose ORDER BY SUM(amt) DESC LIMIT 1",
                 marks=pytest.mark.xfail(strict=True, reason="'spend' is read as the club_spend table, not as money "
                                                             "spent: Dave refuses (an honest miss, kept in sight)")),
]


@pytest.fixture(scope="module")
def club() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


def test_a_column_named_like_another_tables_key_links_to_it(
        club: Pair) -> None:
    _, reference = club
    links = {(link.child, link.column, link.parent, link.parent_column) for link in describe(reference).links}
    assert ("outings", "hull_no", "boats", "hull_no") in links
    assert ("repairs", "hull_no", "boats", "hull_no") in links


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_rowing_club(club: Pair, question: str, sql: str) -> None:
    expected, _ = answers(club, question, sql)
    assert expected, sql


@pytest.mark.parametrize("question", ["rowers with no price", "rowers whose boat has no seats",
                                      "longest outing for each boat, by rower", "headcount per boat"])
def test_what_dave_cannot_read_is_refused_not_guessed(
        club: Pair, question: str) -> None:
    """A rower has many outings, each in a boat: "no price" is nothing a rower lacks, and Dave says he can't
    read it rather than list the rowers whose some outing was in a boat with no price; the top one within each
    group is no ranking he does, and he says so rather than rank the groups; "headcount per boat" names nothing
    to count but the boats, one each."""
    con, _ = club
    with pytest.raises(humandb.Error):
        con.execute(question)


@pytest.mark.parametrize(("question", "reading"), [
    ("rowers with no outings in october", "the rowers with no outings with went_out_on in 2026-10"),
    ("how many rowers aren't captain for anybody", "the rowers no other rower names as captain"),
    ("list eli marsh's direct reports", "the direct reports of Eli Marsh"),
    ("who is eli marsh's captain", "the captain of Eli Marsh"),
    ("how many rowers does ann tarr captain", "the rowers whose captain is Ann Tarr"),
])
def test_dave_says_what_he_read_in_order(question: str, reading: str) -> None:
    """His echo puts what is said of the missing rows with them, and says a self-reference as people do: by
    the name of the one it is about ("the captain of Eli Marsh", not "the captain of where full_name is …")."""
    with schema_pair(_build, exact=False, seed=3) as (con, _):
        cursor = con.execute(question)
        assert reading in cursor.messages[0][1], cursor.messages[0][1]
