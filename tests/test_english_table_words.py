"""A word that names a table is that table, even where a category column elsewhere holds the same word as a
value: in a yoga studio whose messages say who sent them (sender = 'member' or 'instructor'), "which
instructor" is about the instructors, not about the messages instructors sent; "email address" is the
members' column, not the messages whose channel is 'email'. Schema and questions written
before the reader read them; compared by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE instructors (instructor_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, style TEXT, "
    "stars INTEGER)",
    "CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, instructor_id INTEGER REFERENCES instructors, "
    "rating INTEGER)",
    "CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, plan TEXT, email TEXT)",
    "CREATE TABLE classes (class_id INTEGER PRIMARY KEY, instructor_id INTEGER REFERENCES instructors, "
    "held_on TEXT, room TEXT)",
    "CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, class_id INTEGER REFERENCES classes, "
    "member_id INTEGER REFERENCES members, booked_at TEXT)",
    "CREATE TABLE messages (message_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members, "
    "sender TEXT, channel TEXT, body TEXT, sent_at TEXT)",
    "CREATE TABLE lockers (locker_id INTEGER PRIMARY KEY, locker_no TEXT, member_id INTEGER REFERENCES members)",
)


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO instructors VALUES (?, ?, ?, ?)",
                    [(1, "Uma Lind", "hatha", 5), (2, "Rafe Cole", "vinyasa", 3), (3, "Noor Said", "yin", 4)])
    con.executemany("INSERT INTO reviews VALUES (?, ?, ?)", [(n, 1 + n % 3, 1 + (n * 7) % 5) for n in range(1, 31)])
    con.executemany("INSERT INTO members VALUES (?, ?, ?, ?)",
                    [(n, name, ("monthly", "drop-in")[n % 2], name.lower().replace(" ", ".") + "@mail.example")
                     for n, name in enumerate(
                        ["Ada Moss", "Bo Kerr", "Cy Vance", "Di Hart", "Ed Lowe", "Flo Birch"], start=1)])
    con.executemany("INSERT INTO classes VALUES (?, ?, ?, ?)",
                    [(n, 1 + (n * n) % 3, f"2026-{1 + n % 10:02d}-{1 + n % 27:02d}", ("north", "south")[n % 2])
                     for n in range(1, 22)])
    con.executemany("INSERT INTO bookings VALUES (?, ?, ?, ?)",
                    [(n, 1 + (n * 7) % 21, 1 + (n * n + n) % 6, f"2026-{1 + n % 10:02d}-01 09:00")
                     for n in range(1, 61)])
    con.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?)",
                    [(n, 1 + n % 6, ("member", "instructor")[n % 3 == 0], ("email", "sms")[n % 2], f"note {n}",
                      "2026-05-01 10:00")
                     for n in range(1, 31)])
    con.executemany("INSERT INTO lockers VALUES (?, ?, ?)",
                    [(n, f"{('A', 'B')[n % 2]}{10 + n % 5}", None if n % 3 == 0 else 1 + n % 6) for n in range(1, 11)])
    con.commit()


CASES = [
    ("which instructor has taught the most classes",
     "SELECT i.full_name FROM instructors i JOIN classes c ON c.instructor_id = i.instructor_id "
     "GROUP BY i.instructor_id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("top 2 members by number of bookings",
     "SELECT m.full_name FROM members m JOIN bookings b ON b.member_id = m.member_id GROUP BY m.member_id "
     "ORDER BY COUNT(*) DESC LIMIT 2"),
    ("how many classes did each instructor teach",
     "SELECT i.full_name, COUNT(c.class_id) FROM instructors i LEFT JOIN classes c "
     "ON c.instructor_id = i.instructor_id GROUP BY i.instructor_id"),
    ("how many messages were sent by instructors", "SELECT COUNT(*) FROM messages WHERE sender = 'instructor'"),
    ("members who have never booked a class",
     "SELECT full_name FROM members WHERE member_id NOT IN (SELECT member_id FROM bookings)"),
    # a column named by the word itself before one named by a kindred word (stars for "rating")
    ("avg rating for uma lind", "SELECT AVG(rating) FROM reviews WHERE instructor_id = 1"),
    ("average rating of each instructor",
     "SELECT i.full_name, AVG(r.rating) FROM instructors i JOIN reviews r ON r.instructor_id = i.instructor_id "
     "GROUP BY i.instructor_id"),
    # a row known by its number: "room number", "locker_no"
    ("lockers with no member", "SELECT locker_no FROM lockers WHERE member_id IS NULL"),
    # two words that name a column, not the value one of them is elsewhere
    ("email address for ada moss", "SELECT email FROM members WHERE full_name = 'Ada Moss'"),
    ("e-mail address for bo kerr", "SELECT email FROM members WHERE full_name = 'Bo Kerr'"),  # one word, hyphened
    ("how many email messages are there", "SELECT COUNT(*) FROM messages WHERE channel = 'email'"),
]


@pytest.fixture(scope="module")
def studio() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_a_table_word_is_the_table(studio: Pair, question: str,
                                   sql: str) -> None:
    expected, _ = answers(studio, question, sql)
    assert expected and len(set(expected)) == len(expected), sql
