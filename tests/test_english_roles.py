"""Two links between the same tables, each named for the part it plays (a sailing's origin port and its
destination port): the question's own words for the part choose the link; with no such word, Dave says he
can't tell which and answers nothing. A ferry company, written before running; compared by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE ports (port_id INTEGER PRIMARY KEY, port_name TEXT NOT NULL, country TEXT)",
    "CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, origin_port INTEGER REFERENCES ports (port_id), "
    "destination_port INTEGER REFERENCES ports (port_id), sailed_on TEXT, passengers INTEGER)",
)
PORTS = [(1, "Dunmore", "Ireland"), (2, "Fishguard", "Wales"), (3, "Rosslare", "Ireland"), (4, "Pembroke", "Wales")]


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO ports VALUES (?, ?, ?)", PORTS)
    rows = []
    for n in range(1, 41):
        origin = (1, 1, 2, 3)[n % 4]
        destination = 4 if origin != 4 and n % 5 == 0 else (2, 1, 4, 1)[n % 4]
        rows.append((n, origin, destination if destination != origin else 4, f"2026-{1 + n % 10:02d}-09",
                     50 + (n * 37) % 300))
    con.executemany("INSERT INTO sailings VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()


CASES = [
    ("which port do the most sailings depart from",
     "SELECT p.port_name FROM sailings s JOIN ports p ON p.port_id = s.origin_port GROUP BY p.port_id "
     "ORDER BY COUNT(*) DESC LIMIT 1"),
    ("how many sailings arrived at fishguard",
     "SELECT COUNT(*) FROM sailings s JOIN ports p ON p.port_id = s.destination_port WHERE p.port_name = 'Fishguard'"),
    ("total passengers per destination port",
     "SELECT p.port_name, SUM(s.passengers) FROM sailings s JOIN ports p ON p.port_id = s.destination_port "
     "GROUP BY p.port_id"),
]


@pytest.fixture(scope="module")
def ferries() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_the_part_said_chooses_the_link(ferries: Pair, question: str,
                                        sql: str) -> None:
    answers(ferries, question, sql)


def test_with_no_part_said_dave_does_not_guess(ferries: Pair) -> None:
    con, _ = ferries
    with pytest.raises(humandb.Error, match="more than one way"):
        con.execute("how many sailings per port")


def _venues(reference: sqlite3.Connection) -> None:
    reference.execute("CREATE TABLE venues (venue_id INTEGER PRIMARY KEY, venue_name TEXT, city TEXT)")
    reference.execute("CREATE TABLE gigs (gig_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues (venue_id), "
                      "played_on TEXT, ticket_price REAL)")
    reference.execute("CREATE TABLE bar_sales (sale_id INTEGER PRIMARY KEY, venue_id INTEGER REFERENCES venues "
                      "(venue_id), amt REAL, sold_on TEXT)")
    reference.executemany("INSERT INTO venues VALUES (?, ?, ?)", [(1, "The Vault", "Leeds"), (2, "Dome", "York")])
    reference.executemany("INSERT INTO gigs VALUES (?, ?, ?, ?)",
                          [(n, 1 + n % 2, f"2026-{1 + n % 10:02d}-12", 10.0 + n) for n in range(1, 21)])
    reference.executemany("INSERT INTO bar_sales VALUES (?, ?, ?, ?)",
                          [(n, 1 + n % 2, 4.5 + n % 5, f"2026-{1 + n % 10:02d}-12") for n in range(1, 61)])


def test_money_across_a_shared_parent_is_the_rows_own_or_refused() -> None:
    """A venue's gigs and its bar sales hang off the venue side by side: "gig revenue per venue" is the gigs'
    own ticket prices added up, never the bar's takings counted once per gig; a total that could only be the
    bar's counted beside the gigs is refused rather than inflated."""
    with schema_pair(_venues) as pair:
        answers(pair, "gig revenue per venue", "SELECT v.venue_name, SUM(g.ticket_price) FROM gigs g JOIN venues v "
                "ON v.venue_id = g.venue_id GROUP BY v.venue_id")
        con, _ = pair
        with pytest.raises(humandb.Error):
            con.execute("which venue took the most money on gigs in march")
        with pytest.raises(humandb.Error, match="would count each bar sale once per gig"):
            con.execute("total bar sales per gig")
        assert con.execute("SELECT COUNT(*) FROM bar_sales").fetchone() == (60,)  # the connection goes on
