"""Dave: human rounding, honest slips, remarks from the real data, reproducible words."""

from __future__ import annotations

import random

import pytest

import humandb
from humandb.dave import words
from humandb.dave.rounding import human_round, slip, spoken
from tests.conftest import TODAY


@pytest.mark.parametrize(
    ("exact", "rounded"),
    [(7, 7), (20, 20), (243, 240), (18213, 18000), (1_823_456, 1_800_000), (87123.45, 87000.0),
     (2.968, 3.0), (0.0345, 0.035), (-56.2, -56.0), (0, 0)],
)
def test_human_rounding_keeps_two_significant_figures(exact: float, rounded: float) -> None:
    assert human_round(exact) == rounded
    assert type(human_round(exact)) is type(exact)


@pytest.mark.parametrize(
    ("value", "money", "said"),
    [(18000, False, "18 thousand"), (1_800_000, False, "1.8 million"), (87000.0, True, "$87,000"),
     (240, False, "240"), (12.5, True, "$12.50"), (-56, True, "-$56"), (None, False, "nothing")],
)
def test_spoken_numbers(value: float | None, money: bool, said: str) -> None:
    assert spoken(value, money=money) == said


@pytest.mark.parametrize("value", [1234.5, 87217, 18213, 12, 0, 2.968, 1_823_456])
def test_a_slip_is_plausible_but_visibly_wrong(value: float) -> None:
    rng = random.Random(3)
    for _ in range(50):
        wrong = slip(value, rng)
        assert wrong != human_round(value)
        assert human_round(wrong) == wrong  # said with the same human precision
        assert abs(wrong - value) <= max(2.5, 0.35 * abs(value))


def test_count_of_orders_is_like_eighteen_thousand_with_the_1987_remark() -> None:
    cursor = humandb.connect(seed=7, accuracy=1.0).execute("SELECT COUNT(*) FROM orders")
    assert cursor.fetchall() == [(human_round(cursor.exact_rows[0][0]),)]
    said = cursor.messages[0][1]
    assert "18 thousand" in said
    assert "1987" in said


def test_engineering_salary_is_rounded_and_mentions_the_ledger_pad() -> None:
    ledger = 0
    for seed in range(6):
        con = humandb.connect(sla="instant", seed=seed, accuracy=1.0)
        cursor = con.execute("SELECT AVG(salary) FROM employees WHERE department = 'Engineering'")
        (reported,) = cursor.fetchone()
        (exact,) = cursor.exact_rows[0]
        assert reported == human_round(exact) == 87000.0
        said = cursor.messages[0][1]
        assert "$87,000" in said
        ledger += "ledger pad" in said
        con.close()
    assert ledger >= 2, "Gary's ledger pad should come up in most answers about averages"


def test_exact_mode_reports_stored_values_and_exact_numbers() -> None:
    con = humandb.connect(sla="instant", exact=True)
    cursor = con.execute("SELECT department, AVG(salary) FROM employees GROUP BY department ORDER BY 1")
    assert cursor.fetchall() == cursor.exact_rows
    assert any(value % 1000 for _, value in cursor.exact_rows)  # really unrounded


def test_raw_stored_values_are_returned_as_stored(dave: humandb.Connection) -> None:
    cursor = dave.execute("SELECT id, name, salary FROM employees ORDER BY id LIMIT 20")
    assert cursor.fetchall() == cursor.exact_rows


def test_slips_happen_at_about_the_configured_rate() -> None:
    con = humandb.connect(sla="instant", seed=11, accuracy=0.8)
    slips = 0
    for n in range(200):
        cursor = con.execute(f"SELECT SUM(quantity) + {n} FROM orders WHERE customer_id < 300")
        answer = cursor.answer
        assert answer is not None
        if answer.report.slips:
            slips += 1
            (only,) = answer.report.slips
            assert cursor.fetchone()[0] == only.reported != human_round(only.exact)
    assert 20 <= slips <= 60, slips  # about one in five, seeded


def test_no_slips_with_full_accuracy_or_exact() -> None:
    for kwargs in ({"accuracy": 1.0}, {"exact": True, "words": True}):
        con = humandb.connect(sla="instant", seed=5, **kwargs)
        for n in range(50):
            answer = con.execute(f"SELECT AVG(price) * {n + 1} FROM products").answer
            assert answer is not None and not answer.report.slips


@pytest.mark.parametrize(
    ("sql", "needle"),
    [
        ("SELECT SUM(quantity) FROM orders WHERE quantity < 100", "negative quantity"),
        ("SELECT AVG(salary) FROM employees", "salary"),
        ("SELECT email FROM customers", "@"),
    ],
)
def test_remarks_come_from_the_planted_oddities(sql: str, needle: str) -> None:
    con = humandb.connect(sla="instant", seed=2)
    answer = con.execute(sql).answer
    assert answer is not None
    (remark,) = answer.report.remarks
    assert needle.split()[-1] in remark


def test_a_remark_rests_before_it_comes_back(dave: humandb.Connection) -> None:
    mentions = ["1987" in dave.execute("SELECT COUNT(*) FROM orders").messages[0][1] for _ in range(9)]
    assert mentions[0] and not any(mentions[1:4]) and any(mentions[4:])


def test_same_seed_same_words_and_different_seed_different_words() -> None:
    def session(seed: int) -> list[str]:
        con = humandb.connect(sla="instant", seed=seed, clock=humandb.FakeClock(TODAY))
        said = []
        for sql in ("SELECT COUNT(*) FROM orders", "SELECT AVG(price) FROM products",
                    "SELECT * FROM customers WHERE id < 4", "SELECT COUNT(*) FROM orders"):
            answer = con.execute(sql).answer
            assert answer is not None
            said += [answer.report.words, *answer.report.script.lines()]
        con.close()
        return said

    assert session(1) == session(1)
    assert session(1) != session(2)


def test_no_line_repeats_within_recent_answers(dave: humandb.Connection) -> None:
    said = [dave.execute(f"SELECT * FROM products WHERE id < {n}").messages[0][1] for n in range(5, 9)]
    assert len(set(said)) == len(said)


def test_dave_gets_tired_over_a_day() -> None:
    con = humandb.connect(sla="instant", seed=4, tier="pro", clock=humandb.FakeClock(TODAY.replace(hour=9)))
    start = con.desk.energy
    while con.desk.day.free_at is None or con.desk.day.free_at.date() == TODAY.date():  # a whole working day
        con.execute("SELECT COUNT(*) FROM orders JOIN customers ON customers.id = orders.customer_id")
    assert con.desk.energy < start
    assert con.desk.tired
    con.desk.coffee()
    assert not con.desk.tired


def test_colleagues_are_named_from_the_seed_with_gary_first() -> None:
    first = humandb.connect(sla="instant", seed=9).desk.colleagues
    assert first[0] == "Gary" and len(first) >= 4 and "Dave" not in first
    assert humandb.connect(sla="instant", seed=9).desk.colleagues == first


def test_every_phrasebook_section_has_lines_and_fills_its_slots() -> None:
    import string

    names = {name for templates in words.phrasebook().values() for template in templates
             for _, name, _, _ in string.Formatter().parse(template) if name}
    slots = {name: "x" for name in names}
    slots.update(names=["Priya", "Tom"], user="Brian", weekday="Tuesday", count=2, percent=20)
    for section, templates in words.phrasebook().items():
        assert templates, section
        for index in range(len(templates)):
            line = words.Line(section, index, tuple(slots.items())).render()
            assert "{" not in line and "}" not in line, (section, line)


def test_business_minutes_grow_with_work_and_shrink_with_an_index(dave: humandb.Connection) -> None:
    cursor = dave.cursor()
    minutes = {}
    for label, sql in {
        "lookup": "SELECT * FROM orders WHERE id = 5",
        "scan": "SELECT * FROM orders WHERE customer_id = 5",
        "join": "SELECT c.name, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "GROUP BY c.name ORDER BY 2 DESC LIMIT 5",
    }.items():
        cursor.execute(sql)
        minutes[label] = cursor.business_minutes
    assert minutes["lookup"] < minutes["scan"] < minutes["join"]
    cursor.execute("CREATE INDEX orders_customer ON orders (customer_id)")
    cursor.execute("SELECT * FROM orders WHERE customer_id = 5")
    assert cursor.business_minutes is not None and cursor.business_minutes < minutes["scan"]


def test_colleagues_appear_by_name_in_daves_lines() -> None:
    con = humandb.connect(sla="instant", seed=9)
    named = set(con.desk.colleagues[1:])
    mentioned: set[str] = set()
    for n in range(40):
        answer = con.execute(f"SELECT * FROM employees WHERE id < {n}").answer
        assert answer is not None
        text = " ".join([answer.report.words, *answer.report.script.lines()])
        mentioned |= {name for name in named if name in text}
    assert mentioned, "in forty answers Dave should mention at least one colleague"
