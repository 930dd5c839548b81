"""Every reference query runs on its schema, built in a real sqlite3 database, and says something.

A question that should be answered needs at least one row (an answer of "none" is a count of 0); a yes/no
question's reference is one row holding 1 or 0. Each set has 60+ answerable and 10+ should-refuse
questions, and each schema builds quickly and the same way every time.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator

import pytest

from . import (
    bakery_chain,
    bike_share,
    cinema_chain,
    clinic,
    field_research,
    fleet_logistics,
    helpdesk,
    hotel_ops,
    library_branch,
    music,
    online_courses,
    property_mgmt,
    recruitment,
    rental,
    sample_paraphrases,
    school_district,
    sports_league,
    trading,
)
from .common import Case

SCHEMAS = {
    "music": music,
    "trading": trading,
    "rental": rental,
    "clinic": clinic,
    "library_branch": library_branch,
    "field_research": field_research,
    "hotel_ops": hotel_ops,
    "school_district": school_district,
    "fleet_logistics": fleet_logistics,
    "helpdesk": helpdesk,
    "bike_share": bike_share,
    "bakery_chain": bakery_chain,
    "recruitment": recruitment,
    "cinema_chain": cinema_chain,
    "property_mgmt": property_mgmt,
    "online_courses": online_courses,
    "sports_league": sports_league,
}
SETS = {**SCHEMAS, "sample_paraphrases": sample_paraphrases}
ISO = re.compile(r"\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d)?")


@pytest.fixture(scope="module", params=sorted(SETS))
def built(request: pytest.FixtureRequest) -> Iterator[tuple[str, sqlite3.Connection]]:
    con = sqlite3.connect(":memory:")
    SETS[request.param].build(con)
    yield request.param, con
    con.close()


def test_every_reference_runs_and_returns_rows(built: tuple[str, sqlite3.Connection]) -> None:
    name, con = built
    empty, flags = [], []
    for case in SETS[name].QUESTIONS:
        if case.sql is None:
            continue
        rows = con.execute(case.sql).fetchall()
        if not rows:
            empty.append(case.question)
        if case.is_yesno() and not (len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] in (0, 1)):
            flags.append(case.question)
    assert not empty, f"{name}: references with no rows: {empty}"
    assert not flags, f"{name}: yes/no references not a single 1 or 0: {flags}"


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_sizes_and_unique_questions(name: str) -> None:
    questions: list[Case] = SETS[name].QUESTIONS
    answerable = [case for case in questions if case.sql is not None]
    refusals = [case for case in questions if case.sql is None]
    assert len(answerable) >= 60 and len(refusals) >= 10
    texts = [case.question for case in questions]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_builds_fast_and_deterministically(name: str) -> None:
    dumps = []
    for _ in range(2):
        con = sqlite3.connect(":memory:")
        started = time.process_time()
        SCHEMAS[name].build(con)
        assert time.process_time() - started < 1.0
        dumps.append(list(con.iterdump()))
        con.close()
    assert dumps[0] == dumps[1]


def test_clinic_dates_are_iso_text() -> None:
    con = sqlite3.connect(":memory:")
    clinic.build(con)
    declared = {
        (table, column): kind
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for _, column, kind, *_ in con.execute(f"PRAGMA table_info({table})").fetchall()
    }
    assert not [key for key, kind in declared.items() if kind.upper() in ("DATE", "DATETIME", "TIMESTAMP", "TIME")]
    for table, column in clinic.DATE_COLUMNS:
        assert declared[table, column] == "TEXT"
        values = [v for (v,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()]
        assert values and all(isinstance(v, str) and ISO.fullmatch(v) for v in values), f"{table}.{column}"
    con.close()


def _declared(con: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {
        (table, column): kind.upper()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for _, column, kind, *_ in con.execute(f"PRAGMA table_info({table})").fetchall()
    }


def test_library_branch_mixes_its_shapes() -> None:
    con = sqlite3.connect(":memory:")
    library_branch.build(con)
    declared = _declared(con)
    assert declared["patrons", "date_of_birth"] == declared["patrons", "signup_date"] == "DATE"
    assert declared["loans", "loaned_on"] == declared["loans", "returned_on"] == "TEXT"
    assert {"itemId", "authorId", "replacementCost"} <= {column for table, column in declared if table == "items"}
    assert con.execute("PRAGMA foreign_key_list(loans)").fetchall()
    assert not con.execute("PRAGMA foreign_key_list(holds)").fetchall()
    assert con.execute("SELECT COUNT(*) FROM staff s JOIN staff m ON m.id = s.supervisor_id").fetchone()[0] > 0
    con.close()


def test_field_research_timestamps_are_iso_text() -> None:
    con = sqlite3.connect(":memory:")
    field_research.build(con)
    declared = _declared(con)
    assert not [key for key, kind in declared.items() if kind in ("DATE", "DATETIME", "TIMESTAMP", "TIME")]
    stamps = [key for key in declared if key[1].endswith(("_ts", "_dt"))]
    assert len(stamps) >= 8
    for table, column in stamps:
        assert declared[table, column] == "TEXT"
        values = [v for (v,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()]
        assert values and all(isinstance(v, str) and ISO.fullmatch(v) for v in values), f"{table}.{column}"
    con.close()


def test_hotel_ops_mixes_its_shapes() -> None:
    con = sqlite3.connect(":memory:")
    hotel_ops.build(con)
    declared = _declared(con)
    assert {"guestId", "firstName", "loyaltyTier"} <= {column for table, column in declared if table == "guests"}
    assert declared["reservations", "checkInDate"] == declared["reservations", "checkOutDate"] == "TEXT"
    assert declared["invoices", "amt_total"] == "REAL"
    assert con.execute("SELECT COUNT(*) FROM staff s JOIN staff m ON m.emp_id = s.mgr_id").fetchone()[0] > 0
    assert con.execute("SELECT COUNT(*) FROM reservations WHERE checkInDate > '2026-11-18'").fetchone()[0] > 0
    con.close()


def test_school_district_dates_are_iso_text() -> None:
    con = sqlite3.connect(":memory:")
    school_district.build(con)
    declared = _declared(con)
    assert {"teacher", "student", "expense", "enrollments", "budgets"} <= {table for table, _ in declared}
    dates = [("student", "dob"), ("student", "enrolled_on"), ("teacher", "hire_date"), ("attendance", "att_date"),
             ("expense", "spent_on"), ("assessments", "due_dt"), ("scores", "submitted_dt")]  # fmt: skip
    for table, column in dates:
        assert declared[table, column] == "TEXT"
        values = [v for (v,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()]
        assert values and all(isinstance(v, str) and ISO.fullmatch(v) for v in values), f"{table}.{column}"
    con.close()


def test_fleet_logistics_mixes_its_shapes() -> None:
    con = sqlite3.connect(":memory:")
    fleet_logistics.build(con)
    declared = _declared(con)
    customers = {column for table, column in declared if table == "customers"}
    assert {"customerId", "companyName", "accountType"} <= customers
    assert declared["shipments", "wt_kg"] == "REAL" and declared["fuel_purchases", "pricePerLitre"] == "REAL"
    for table, column in (("shipments", "pickup_ts"), ("shipments", "dlv_ts"), ("fuel_purchases", "bought_at"),
                          ("incidents", "occurred_at"), ("maintenance", "svc_date"), ("vehicles", "acquired_on")):
        assert declared[table, column] == "TEXT"
        values = [v for (v,) in con.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()]
        assert values and all(isinstance(v, str) and ISO.fullmatch(v) for v in values), f"{table}.{column}"
    assert con.execute("SELECT COUNT(*) FROM drivers d JOIN drivers s ON s.driver_id = d.supv_id").fetchone()[0] > 0
    assert con.execute("SELECT COUNT(*) FROM vehicles v WHERE NOT EXISTS "
                       "(SELECT 1 FROM shipments s WHERE s.veh_id = v.veh_id)").fetchone()[0] > 0  # fmt: skip
    con.close()
