"""A beekeeping co-op: a schema the English reader was not designed around, written for the fourth English pass
with its questions before the reader read them.

Its shape: yards (apiaries) with hives on them; keepers who inspect hives (`checks`, with a T-less TEXT
moment `chk_ts`, a frame count and a brood temperature `temp_c`); the co-op's `bills` with an abbreviated
amount (`amt`) and category (`cat`) beside yards' budgets and hives that carry their own purchase price
(`cost_usd`); plants in a tree (`parent_id`: species → genus → family, named twice: `latin_name` and
`common_name`) and the bees' `forage` visits to them. "Today" is Wednesday 2026-11-18.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from tests.heldout.common import Case, create, insert, iso, money, random_day, random_moment

__all__ = ["APIARY", "build_apiary"]

_SEED = 2718

_SCHEMA = (
    "CREATE TABLE yards (yard_id INTEGER PRIMARY KEY, yard_name TEXT NOT NULL, county TEXT, elev_m INTEGER, "
    "budget_amt REAL)",
    "CREATE TABLE keepers (keeper_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, grade TEXT, joined_dt TEXT)",
    "CREATE TABLE hives (hive_id INTEGER PRIMARY KEY, yard_id INTEGER REFERENCES yards (yard_id), tag TEXT, "
    "breed TEXT, cost_usd REAL, bought_ts TEXT)",
    "CREATE TABLE checks (id INTEGER PRIMARY KEY, hive_id INTEGER REFERENCES hives (hive_id), "
    "keeper_id INTEGER REFERENCES keepers (keeper_id), chk_ts TEXT, frames INTEGER, temp_c REAL)",
    "CREATE TABLE bills (bill_id INTEGER PRIMARY KEY, yard_id INTEGER REFERENCES yards (yard_id), cat TEXT, "
    "amt REAL, paid_ts TEXT, memo TEXT)",
    "CREATE TABLE plants (plant_id INTEGER PRIMARY KEY, latin_name TEXT NOT NULL, common_name TEXT, tier TEXT, "
    "parent_id INTEGER REFERENCES plants (plant_id))",
    "CREATE TABLE forage (id INTEGER PRIMARY KEY, hive_id INTEGER REFERENCES hives (hive_id), "
    "plant_id INTEGER REFERENCES plants (plant_id), seen_ts TEXT)",
)

_YARDS = ((1, "Orchard Hill", "Kent", 40, 9000.0), (2, "Mill Lane", "Kent", 12, 4000.0),
          (3, "Heath Top", "Surrey", 180, 12000.0), (4, "Riverside", "Surrey", 8, 2500.0),
          (5, "Chalk Down", "Sussex", 95, 6000.0))
_KEEPERS = ("Ada Quill", "Bram Sowerby", "Cleo Marsh", "Dev Patel", "Elin Rhys", "Fenn Oduya", "Gus Tamm")
_GRADES = ("novice", "journeyman", "master")
_BREEDS = ("italian", "carniolan", "buckfast")
_CATEGORIES = ("feed", "equipment", "medicine", "rent", "travel")
# plant_id, latin name, common name, tier, parent
_PLANTS = (
    (1, "Fabaceae", "legume family", "family", None), (2, "Rosaceae", "rose family", "family", None),
    (3, "Lamiaceae", "mint family", "family", None),
    (4, "Trifolium", "clovers", "genus", 1), (5, "Malus", "apples", "genus", 2), (6, "Rubus", "brambles", "genus", 2),
    (7, "Lavandula", "lavenders", "genus", 3),
    (8, "Trifolium repens", "White Clover", "species", 4), (9, "Trifolium pratense", "Red Clover", "species", 4),
    (10, "Malus domestica", "Orchard Apple", "species", 5), (11, "Malus sylvestris", "Crab Apple", "species", 5),
    (12, "Rubus fruticosus", "Blackberry", "species", 6), (13, "Rubus idaeus", "Raspberry", "species", 6),
    (14, "Lavandula angustifolia", "English Lavender", "species", 7),
    (15, "Lavandula stoechas", "French Lavender", "species", 7),
)


def build_apiary(con: Any) -> None:
    rng = random.Random(_SEED)
    cur = con.cursor()
    create(cur, _SCHEMA)
    insert(cur, "yards", ("yard_id", "yard_name", "county", "elev_m", "budget_amt"), _YARDS)
    insert(cur, "keepers", ("keeper_id", "full_name", "grade", "joined_dt"),
           [(n, name, _GRADES[n % 3], iso(random_day(rng, datetime.date(2019, 1, 1)))) for n, name in
            enumerate(_KEEPERS, 1)])
    hives = [(n, 1 + n % 5, f"H-{n:03d}", _BREEDS[(n * 7) % 3] if n % 4 else "italian",
              money(90 + rng.random() * 140), iso(random_moment(rng))) for n in range(1, 31)]
    insert(cur, "hives", ("hive_id", "yard_id", "tag", "breed", "cost_usd", "bought_ts"), hives)
    checks = [(n, rng.randint(1, 30), rng.randint(1, 6), iso(random_moment(rng)), rng.randint(2, 10),
               round(30 + rng.random() * 6, 1)) for n in range(1, 301)]  # keeper 7 never checked a hive
    insert(cur, "checks", ("id", "hive_id", "keeper_id", "chk_ts", "frames", "temp_c"), checks)
    bills = [(n, rng.randint(1, 5), rng.choices(_CATEGORIES, (5, 2, 3, 1, 2))[0],
              money(5 + rng.random() * 400), iso(random_moment(rng)), f"memo {n}") for n in range(1, 161)]
    insert(cur, "bills", ("bill_id", "yard_id", "cat", "amt", "paid_ts", "memo"), bills)
    insert(cur, "plants", ("plant_id", "latin_name", "common_name", "tier", "parent_id"), _PLANTS)
    weights = (1, 1, 1, 1, 1, 1, 1, 30, 12, 20, 6, 25, 9, 15, 4)
    forage = [(n, rng.randint(1, 30), rng.choices(range(8, 16), weights[7:])[0], iso(random_moment(rng)))
              for n in range(1, 401)]
    insert(cur, "forage", ("id", "hive_id", "plant_id", "seen_ts"), forage)
    con.commit()


# Questions whose right answer the reader must give.
APIARY: list[Case] = [
    # an amount abbreviated in its column's name (amt) is money all the same
    Case("how much did we spend in 2025",
         "SELECT SUM(amt) FROM bills WHERE paid_ts >= '2025-01-01' AND paid_ts < '2026-01-01'"),
    # what was spent is never a budget, though both are amounts
    Case("how much have we spent since june", "SELECT SUM(amt) FROM bills WHERE paid_ts >= '2026-06-01'"),
    Case("total spend by category", "SELECT cat, SUM(amt) FROM bills GROUP BY cat"),
    Case("which category costs us the most", "SELECT cat FROM bills GROUP BY cat ORDER BY SUM(amt) DESC LIMIT 1"),
    Case("what bill category costs us the most", "SELECT cat FROM bills GROUP BY cat ORDER BY SUM(amt) DESC LIMIT 1"),
    Case("which yard spent the most on feed",
         "SELECT y.yard_name FROM yards y JOIN bills b ON b.yard_id = y.yard_id WHERE b.cat = 'feed' "
         "GROUP BY y.yard_id ORDER BY SUM(b.amt) DESC LIMIT 1"),
    # what is owed is money, added up: not how many bills there are
    Case("which yard owes the most in medicine bills",
         "SELECT y.yard_name FROM yards y JOIN bills b ON b.yard_id = y.yard_id WHERE b.cat = 'medicine' "
         "GROUP BY y.yard_id ORDER BY SUM(b.amt) DESC LIMIT 1"),
    # a thing with two names is called by its common one
    Case("top 3 most visited plants",
         "SELECT p.common_name FROM plants p JOIN forage f ON f.plant_id = p.plant_id GROUP BY p.plant_id "
         "ORDER BY COUNT(*) DESC LIMIT 3"),
    # "when" beside a ranking shows the moment
    Case("the 3 hottest checks - when were they", "SELECT chk_ts FROM checks ORDER BY temp_c DESC LIMIT 3"),
    # the ratio of one kind to another: two counts divided
    Case("ratio of carniolan hives to italian hives",
         "SELECT 1.0 * SUM(breed = 'carniolan') / SUM(breed = 'italian') FROM hives"),
    # a currency after a number is the number's unit, not a second amount
    Case("which breeds have an avg cost over 150 dollars",
         "SELECT breed FROM hives GROUP BY breed HAVING AVG(cost_usd) > 150"),
    # a summary compared is the group's, not each row's
    Case("counties with an average elevation over 50",
         "SELECT county FROM yards GROUP BY county HAVING AVG(elev_m) > 50"),
    Case("categories with a total amount above 6000",
         "SELECT cat FROM bills GROUP BY cat HAVING SUM(amt) > 6000"),
    # a category's name followed by "type" or "kind" is that category still
    Case("number of hives per breed type", "SELECT breed, COUNT(*) FROM hives GROUP BY breed"),
    Case("how many keepers of each grade kind", "SELECT grade, COUNT(*) FROM keepers GROUP BY grade"),
    # a verb with an unnamed object ("logged something") is done in the one table of events under the rows
    Case("how many keepers logged something in 2025",
         "SELECT COUNT(DISTINCT keeper_id) FROM checks WHERE chk_ts >= '2025-01-01' AND chk_ts < '2026-01-01'"),
    Case("how many different keepers logged anything in 2024",
         "SELECT COUNT(DISTINCT keeper_id) FROM checks WHERE chk_ts >= '2024-01-01' AND chk_ts < '2025-01-01'"),
    # a comparative said before the column it compares with the average
    Case("which hives have a bigger cost than average",
         "SELECT tag FROM hives WHERE cost_usd > (SELECT AVG(cost_usd) FROM hives)"),
    Case("yards with a lower elevation than average",
         "SELECT yard_name FROM yards WHERE elev_m < (SELECT AVG(elev_m) FROM yards)"),
    # "different" before what is counted: each is counted once already
    Case("how many different carniolan hives are there", "SELECT COUNT(*) FROM hives WHERE breed = 'carniolan'"),
    Case("how many distinct keepers checked a buckfast hive",
         "SELECT COUNT(DISTINCT c.keeper_id) FROM checks c JOIN hives h ON h.hive_id = c.hive_id "
         "WHERE h.breed = 'buckfast'"),
    # "for" a year is in it
    Case("bill counts for 2025",
         "SELECT COUNT(*) FROM bills WHERE paid_ts >= '2025-01-01' AND paid_ts < '2026-01-01'"),
    # "who has <done> the most <rows>": the one kind of person those rows name
    Case("who has logged the most checks",
         "SELECT k.full_name FROM keepers k JOIN checks c ON c.keeper_id = k.keeper_id GROUP BY k.keeper_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("among masters who has logged the most checks",
         "SELECT k.full_name FROM keepers k JOIN checks c ON c.keeper_id = k.keeper_id WHERE k.grade = 'master' "
         "GROUP BY k.keeper_id ORDER BY COUNT(*) DESC LIMIT 1"),
    # a count and a total side by side
    Case("bills by category - how many and how much", "SELECT cat, COUNT(*), SUM(amt) FROM bills GROUP BY cat"),
    Case("number of checks and average frames per keeper",
         "SELECT k.full_name, COUNT(c.id), AVG(c.frames) FROM keepers k LEFT JOIN checks c "
         "ON c.keeper_id = k.keeper_id GROUP BY k.keeper_id"),
    # a verb never done, with nothing named for it, is the one table of events under the rows
    Case("which plants have never been spotted",
         "SELECT common_name FROM plants WHERE plant_id NOT IN (SELECT plant_id FROM forage)"),
    Case("keepers who haven't recorded any checks",
         "SELECT full_name FROM keepers WHERE keeper_id NOT IN (SELECT keeper_id FROM checks)"),
    # "highest" of a place is its elevation
    Case("what's the highest yard", "SELECT yard_name FROM yards ORDER BY elev_m DESC LIMIT 1"),
    Case("the 2 lowest yards", "SELECT yard_name FROM yards ORDER BY elev_m LIMIT 2"),
    # "new" beside a verb of joining says it again
    Case("how many new keepers joined each year",
         "SELECT substr(joined_dt, 1, 4), COUNT(*) FROM keepers GROUP BY substr(joined_dt, 1, 4)"),
    # a verb of piling up is what a group has in total
    Case("what county racks up the highest total in bills",
         "SELECT y.county FROM yards y JOIN bills b ON b.yard_id = y.yard_id GROUP BY y.county "
         "ORDER BY SUM(b.amt) DESC LIMIT 1"),
    # chat spellings
    Case("breeds with atleast 10 hives", "SELECT breed FROM hives GROUP BY breed HAVING COUNT(*) >= 10"),
    # a closing clause asking for the rows with none keeps them, at 0
    Case("number of checks for each keeper, zero included",
         "SELECT k.full_name, COUNT(c.id) FROM keepers k LEFT JOIN checks c ON c.keeper_id = k.keeper_id "
         "GROUP BY k.keeper_id"),
    Case("checks per keeper, including keepers with none",
         "SELECT k.full_name, COUNT(c.id) FROM keepers k LEFT JOIN checks c ON c.keeper_id = k.keeper_id "
         "GROUP BY k.keeper_id"),
    Case("total frames per keeper - show 0 if none",
         "SELECT k.full_name, COALESCE(SUM(c.frames), 0) FROM keepers k LEFT JOIN checks c "
         "ON c.keeper_id = k.keeper_id GROUP BY k.keeper_id"),
]

# Questions Dave may answer only rightly: a refusal is fine, a plausible wrong table is not.
APIARY_HARD: list[Case] = [
    # a tree: the level asked for is not the level of the row named
    Case("how many species are in the family rosaceae",
         "SELECT COUNT(*) FROM plants s JOIN plants g ON g.plant_id = s.parent_id JOIN plants f "
         "ON f.plant_id = g.parent_id WHERE f.latin_name = 'Rosaceae' AND s.tier = 'species'"),
    Case("what genus does white clover belong to",
         "SELECT g.latin_name FROM plants s JOIN plants g ON g.plant_id = s.parent_id "
         "WHERE s.common_name = 'White Clover'"),
    Case("how many genera of the mint family are there",
         "SELECT COUNT(*) FROM plants WHERE tier = 'genus' AND parent_id = 3"),
    Case("how many visits to clovers, apples and brambles",
         "SELECT g.common_name, COUNT(*) FROM forage f JOIN plants s ON s.plant_id = f.plant_id JOIN plants g "
         "ON g.plant_id = s.parent_id WHERE g.common_name IN ('clovers', 'apples', 'brambles') "
         "GROUP BY g.common_name"),
    # a verb of activity with a year: the year is the activity's, not the hive's purchase (or refused)
    Case("which tag was handled the most in 2025",
         "SELECT h.tag FROM hives h JOIN checks c ON c.hive_id = h.hive_id WHERE c.chk_ts >= '2025-01-01' "
         "AND c.chk_ts < '2026-01-01' GROUP BY h.tag ORDER BY COUNT(*) DESC LIMIT 1"),
    # a yard's hives were bought and its bills paid: which of them "recorded something" is not guessed
    Case("how many yards recorded something in 2025",
         "SELECT COUNT(DISTINCT yard_id) FROM bills WHERE paid_ts >= '2025-01-01' AND paid_ts < '2026-01-01'"),
    # a thing done, with nothing said of what was done to
    Case("what has ada quill looked after",
         "SELECT DISTINCT h.tag FROM hives h JOIN checks c ON c.hive_id = h.hive_id JOIN keepers k "
         "ON k.keeper_id = c.keeper_id WHERE k.full_name = 'Ada Quill'"),
]
