"""Classes of confident misreadings (issue 16), each closed on a birdwatching log the reader was not built
around: the questions and their reference SQL were written before the reader saw them. A question without
reference SQL must be refused: a refusal is better than a plausible wrong table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.test_english import _matches

_SCHEMA = """
CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT, region TEXT, habitat TEXT);
CREATE TABLE species (id INTEGER PRIMARY KEY, name TEXT, family TEXT, wingspan_cm REAL);
CREATE TABLE observers (id INTEGER PRIMARY KEY, name TEXT, birth_date TEXT, city TEXT);
CREATE TABLE sightings (id INTEGER PRIMARY KEY, species_id INTEGER REFERENCES species(id),
  site_id INTEGER REFERENCES sites(id), observer_id INTEGER REFERENCES observers(id), seen_on TEXT,
  bird_count INTEGER, temperature_c REAL, fine REAL);
CREATE TABLE grants (id INTEGER PRIMARY KEY, title TEXT, budget REAL);
CREATE TABLE expenses (id INTEGER PRIMARY KEY, grant_id INTEGER REFERENCES grants(id), category TEXT,
  amount REAL);
"""


def _build(db: sqlite3.Connection) -> None:
    db.executescript(_SCHEMA)
    db.executemany("INSERT INTO sites VALUES (?, ?, ?, ?)", [
        (1, "Marsh Hide", "North", "wetland"), (2, "Oak Wood", "South", "forest"), (3, "Cliff Top", "North", "coast"),
        (4, "Reed Bed", "East", "wetland")])
    db.executemany("INSERT INTO species VALUES (?, ?, ?, ?)", [
        (1, "Spotted Owl", "owls", 110), (2, "Barn Owl", "owls", 95), (3, "Great Tit", "tits", 24),
        (4, "Blue Tit", "tits", 18), (5, "Grey Heron", "herons", 185), (6, "Common Tern", "terns", 80)])
    db.executemany("INSERT INTO observers VALUES (?, ?, ?, ?)", [
        (1, "Ann Lee", "1980-11-03", "Leeds"), (2, "Bob Ray", "1975-12-20", "York"),
        (3, "Cat Day", "1990-11-25", "Hull"), (4, "Dan Fox", "1985-05-14", "York"),
        (5, "Eve Poe", "1992-11-20", "York")])
    db.executemany("INSERT INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        (n, n % 6 + 1, n % 4 + 1, n % 4 + 1, f"2026-{n % 10 + 1:02d}-{n % 27 + 1:02d}", n % 7 + 1,
         (n * 37 + 11) % 30 - 5, n * 13 % 90) for n in range(1, 41)])
    db.executemany("INSERT INTO grants VALUES (?, ?, ?)", [
        (1, "Wetland Survey", 5000), (2, "Owl Census", 9000), (3, "Coastal Count", 3000)])
    db.executemany("INSERT INTO expenses VALUES (?, ?, ?, ?)", [
        (1, 1, "travel", 800), (2, 1, "travel", 700), (3, 2, "travel", 300), (4, 2, "equipment", 2000),
        (5, 3, "travel", 400), (6, 3, "food", 100), (7, 1, "food", 50)])


# A: a multi-word value is matched only when all its words are there, never by one of them.
PART_OF_A_VALUE = [
    ("which owls were spotted at dawn", None),
    ("how many great birds are there", None),
    ("list the blue birds", None),
    ("which owls were spotted", None),
    ("list sightings of great birds", None),
    ("which species are grey", None),
    ("how many sightings in the oak", None),
    ("how many sightings by ann", "SELECT COUNT(*) FROM sightings WHERE observer_id = 1"),  # a person's first name
    ("how many sightings of spotted owls",
     "SELECT COUNT(*) FROM sightings JOIN species ON species.id = species_id WHERE species.name = 'Spotted Owl'"),
]

# B: a list filters only on values its column holds; otherwise Dave names the words he doesn't know. An
# "or" between values of two columns is refused rather than read as "and".
LISTS = [
    ("sightings of eagles, hawks and falcons", None),
    ("sightings in penguins or puffins", None),
    ("observers in york or north", None),  # a city or a region: not both at once
    ("species in the families north or south", None),  # regions, said as families
    ("observers in the cities north or east", None),
    ("sites with habitat owls or tits", None),
    ("sightings of owls or wetland", None),
    ("sightings of owls in the north or south",
     "SELECT s.id FROM sightings s JOIN species p ON p.id = s.species_id JOIN sites t ON t.id = s.site_id "
     "WHERE p.family = 'owls' AND t.region IN ('North', 'South')"),
    ("how many sightings at marsh hide or reed bed", "SELECT COUNT(*) FROM sightings WHERE site_id IN (1, 4)"),
    ("species in the families owls, tits or herons",
     "SELECT name FROM species WHERE family IN ('owls', 'tits', 'herons')"),
]

# C: a superlative Dave doesn't understand is refused, unless a column's role gives it meaning.
SUPERLATIVES = [
    ("which site is the windiest", None),
    ("which species is the loudest", None),
    ("which sites are busier", None),
    ("which species is the coldest", None),  # temperatures of sightings don't add up to a species' warmth
    ("which site is the hottest", None),
    ("the newest species", None),  # the latest sighting of a species is not when it came to be
    ("the newest observers", None),  # nor is an observer's birth date when they joined
    ("the newest sightings", "SELECT id FROM sightings ORDER BY seen_on DESC LIMIT 1"),
    ("what was the coldest sighting", "SELECT id FROM sightings ORDER BY temperature_c LIMIT 1"),
    ("which species has the biggest wingspan", "SELECT name FROM species ORDER BY wingspan_cm DESC LIMIT 1"),
]


# D: "is any …", "are there any …", "does any …" ask whether: one row, yes or no, not the matching rows.
_YES = "SELECT CASE WHEN COUNT(*) > 0 THEN 'yes' ELSE 'no' END FROM "
YES_OR_NO = [
    ("is any fine over 50?", _YES + "sightings WHERE fine > 50"),
    ("are there any sightings with more than 7 birds", _YES + "sightings WHERE bird_count > 7"),
    ("does any species have a wingspan over 150", _YES + "species WHERE wingspan_cm > 150"),
    ("is there an expense over 1000", _YES + "expenses WHERE amount > 1000"),
    ("are there more owls than tits", "SELECT (SELECT COUNT(*) FROM species WHERE family = 'owls') > "
     "(SELECT COUNT(*) FROM species WHERE family = 'tits')"),
]


# E: "across all grants", "over all projects": one total over every row, not one per row.
ONE_TOTAL = [
    ("total budget across all grants", "SELECT SUM(budget) FROM grants"),
    ("total amount over all expenses", "SELECT SUM(amount) FROM expenses"),
    ("average budget across all grants", "SELECT AVG(budget) FROM grants"),
    ("total bird count across all sightings in the north",
     "SELECT SUM(bird_count) FROM sightings JOIN sites ON sites.id = site_id WHERE region = 'North'"),
]


# F: "where" asks for a place reached by the links (a table of places, or a place column of the rows asked
# about); never dropped.
WHERE = [
    ("where have grey herons been seen most often",
     "SELECT t.name FROM sightings s JOIN sites t ON t.id = s.site_id JOIN species p ON p.id = s.species_id "
     "WHERE p.name = 'Grey Heron' GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("where do most observers live", "SELECT city FROM observers GROUP BY city ORDER BY COUNT(*) DESC LIMIT 1"),
    ("where were owls seen most often",
     "SELECT t.name FROM sightings s JOIN sites t ON t.id = s.site_id JOIN species p ON p.id = s.species_id "
     "WHERE p.family = 'owls' GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"),
    ("where was the coldest sighting", None),  # an observer's home city is not where the sighting was
    ("where were the most owls seen",  # the most of them, counted: not the latest seen
     "SELECT t.name FROM sightings s JOIN sites t ON t.id = s.site_id JOIN species p ON p.id = s.species_id "
     "WHERE p.family = 'owls' GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1"),
]


# G: a birthday recurs: this month's birthdays compare the month (and day) of birth with today's, not the date.
BIRTHDAYS = [
    ("observers with a birthday this month", "SELECT name FROM observers WHERE strftime('%m', birth_date) = '11'"),
    ("observers with a birthday next month", "SELECT name FROM observers WHERE strftime('%m', birth_date) = '12'"),
    ("how many observers have birthdays in may",
     "SELECT COUNT(*) FROM observers WHERE strftime('%m', birth_date) = '05'"),
    ("observers with a birthday this week", "SELECT name FROM observers WHERE name = 'Eve Poe'"),  # Mon 16 Nov on
    ("observers born in november 1980", "SELECT name FROM observers WHERE birth_date LIKE '1980-11-%'"),
]


# H: "spent the most on travel", "the biggest travel costs": the sum of the linked rows' amounts filtered by
# travel, not the grant's own budget.
_TRAVEL = ("SELECT g.title FROM grants g JOIN expenses e ON e.grant_id = g.id WHERE e.category = 'travel' "
           "GROUP BY g.id ORDER BY SUM(e.amount) {} LIMIT 1")
LINKED_SUMS = [
    ("which grant spent the most on travel", _TRAVEL.format("DESC")),
    ("which grant spent the least on travel", _TRAVEL.format("ASC")),
    ("which grant had the biggest travel costs", _TRAVEL.format("DESC")),
    ("which grant has the highest travel spend", _TRAVEL.format("DESC")),
    ("which grant was charged the most for travel", _TRAVEL.format("DESC")),  # a sum of money, not a count
    ("which grant has the biggest budget", "SELECT title FROM grants ORDER BY budget DESC LIMIT 1"),
]


@pytest.fixture(scope="module")
def birds() -> Iterator[humandb.Connection]:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    _build(con.store._db)  # bulk loading through Dave would take his afternoon
    yield con
    con.close()


def _check(con: humandb.Connection, question: str, sql: str | None) -> None:
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


@pytest.mark.parametrize(("question", "sql"), PART_OF_A_VALUE, ids=[q for q, _ in PART_OF_A_VALUE])
def test_a_value_is_matched_by_all_its_words(birds: humandb.Connection, question: str, sql: str | None) -> None:
    _check(birds, question, sql)


@pytest.mark.parametrize(("question", "sql"), LISTS, ids=[q for q, _ in LISTS])
def test_a_list_filters_only_on_values_that_exist(birds: humandb.Connection, question: str, sql: str | None) -> None:
    _check(birds, question, sql)


@pytest.mark.parametrize(("question", "sql"), SUPERLATIVES, ids=[q for q, _ in SUPERLATIVES])
def test_an_unknown_superlative_is_refused(birds: humandb.Connection, question: str, sql: str | None) -> None:
    _check(birds, question, sql)


def test_the_refusal_names_the_superlative(birds: humandb.Connection) -> None:
    with pytest.raises(humandb.english.NotUnderstood, match="windiest"):
        birds.execute("which site is the windiest")


@pytest.mark.parametrize(("question", "sql"), YES_OR_NO, ids=[q for q, _ in YES_OR_NO])
def test_a_yes_no_question_has_one_answer(birds: humandb.Connection, question: str, sql: str) -> None:
    _check(birds, question, sql)


@pytest.mark.parametrize(("question", "sql"), ONE_TOTAL, ids=[q for q, _ in ONE_TOTAL])
def test_across_all_is_one_total(birds: humandb.Connection, question: str, sql: str) -> None:
    _check(birds, question, sql)


@pytest.mark.parametrize(("question", "sql"), WHERE, ids=[q for q, _ in WHERE])
def test_where_asks_for_a_place(birds: humandb.Connection, question: str, sql: str | None) -> None:
    _check(birds, question, sql)


def test_where_is_refused_without_a_place() -> None:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    con.store._db.executescript("CREATE TABLE grants (id INTEGER PRIMARY KEY, title TEXT, budget REAL);"
                                "INSERT INTO grants VALUES (1, 'Owl Census', 9000);")
    with pytest.raises(humandb.english.NotUnderstood, match="where"):
        con.execute("where is the biggest budget")
    con.close()


@pytest.mark.parametrize(("question", "sql"), BIRTHDAYS, ids=[q for q, _ in BIRTHDAYS])
def test_a_birthday_is_a_month_and_day(birds: humandb.Connection, question: str, sql: str) -> None:
    _check(birds, question, sql)


@pytest.mark.parametrize(("question", "sql"), LINKED_SUMS, ids=[q for q, _ in LINKED_SUMS])
def test_spent_on_is_a_sum_of_the_linked_rows(birds: humandb.Connection, question: str, sql: str) -> None:
    _check(birds, question, sql)


def test_values_of_another_column_are_named_in_the_refusal(birds: humandb.Connection) -> None:
    with pytest.raises(humandb.english.NotUnderstood, match="No family is called “north” and “south”"):
        birds.execute("species in the families north or south")


@pytest.fixture(scope="module")
def garden() -> Iterator[humandb.Connection]:
    """A garden centre's deliveries: many cheap ones from one supplier, one dear one from another."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    con.store._db.executescript("""
        CREATE TABLE plants (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, price REAL);
        CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT, city TEXT);
        CREATE TABLE deliveries (id INTEGER PRIMARY KEY, plant_id INTEGER REFERENCES plants(id),
          supplier_id INTEGER REFERENCES suppliers(id), delivered_on TEXT, qty INTEGER, cost REAL);
        INSERT INTO plants VALUES (1, 'English Rose', 'shrub', 18), (2, 'Red Maple', 'tree', 45);
        INSERT INTO suppliers VALUES (1, 'Green Acre', 'Leeds'), (2, 'Bloomfield', 'Bath');
        INSERT INTO deliveries VALUES (1, 1, 1, '2026-03-01', 1, 10), (2, 1, 1, '2026-04-01', 1, 10),
          (3, 1, 1, '2026-05-01', 1, 10), (4, 1, 2, '2026-06-01', 5, 500), (5, 2, 1, '2026-06-02', 1, 900);
    """)
    yield con
    con.close()


def test_charged_the_most_is_a_sum_not_a_count(garden: humandb.Connection) -> None:
    _check(garden, "which supplier charged the most for shrubs",
           "SELECT s.name FROM suppliers s JOIN deliveries d ON d.supplier_id = s.id JOIN plants p "
           "ON p.id = d.plant_id WHERE p.kind = 'shrub' GROUP BY s.id ORDER BY SUM(d.cost * d.qty) DESC LIMIT 1")


def test_more_than_n_of_the_one_it_points_at_is_its_quantity(garden: humandb.Connection) -> None:
    # a delivery is of one plant: "more than 200 plants" is its qty, not a count of plants per delivery
    _check(garden, "deliveries of more than 2 plants", "SELECT id FROM deliveries WHERE qty > 2")


def test_where_is_refused_when_no_place_is_where_it_happened(garden: humandb.Connection) -> None:
    # a supplier's city is where the supplier is, not where a delivery went
    with pytest.raises(humandb.english.NotUnderstood):
        garden.execute("where were most shrubs delivered")
