"""The answer comparison itself (`compare.matches`): cases that must match and cases that must not."""

from __future__ import annotations

import datetime

import pytest

from .common import Case, has_outer_order_by
from .compare import matches

MATCH = [
    # extra columns beside the asked-for values, ints against floats
    ([(5,)], [(5.0,)], {}),
    ([("Rock",)], [("Rock", 548)], {}),
    ([("Rock", 548)], [(548, "rock")], {}),
    # rows in any order unless the question is ordered
    ([("a", 1), ("b", 2)], [("b", 2), ("a", 1)], {}),
    ([("a",), ("b",)], [("a", 9), ("b", 3)], {"ordered": True}),
    # duplicate rows pair one-to-one
    ([("Bruno",), ("Bruno",), ("Moose",)], [("Moose",), ("Bruno",), ("Bruno",)], {}),
    # float tolerance
    ([(906.9451333333334,)], [(906.94513333,)], {}),
    # percentages: fraction or percentage, either way round
    ([(0.25,)], [(25.0,)], {"ratio": True}),
    ([(53.38151781104801,)], [(0.5338151781104801,)], {"ratio": True}),
    # yes/no: truthy/falsy first value, or the words
    ([(1,)], [(True,)], {"yesno": True}),
    ([(1,)], [(12, 9)], {"yesno": True}),
    ([(0,)], [(0,)], {"yesno": True}),
    ([(0,)], [("No",)], {"yesno": True}),
    ([(1,)], [("yes, there are",)], {"yesno": True}),
    # NULLs, dates at midnight, date objects, numeric text
    ([(None, 3)], [(3, None)], {}),
    ([("2023-01-02 00:00:00",)], [("2023-01-02",)], {}),
    ([("2019-01-07",)], [(datetime.date(2019, 1, 7),)], {}),
    ([("2025", 248)], [(2025, 248)], {}),
    # a whole name for first_name + last_name, either order, beside other values
    ([("Grace", "Ivanova")], [("Grace Ivanova", 150.07)], {}),
    ([("MILO", "FAIRBANKS", 44)], [("Fairbanks Milo", 44)], {}),
    # empty matches empty
    ([], [], {}),
    # a bare count named as rows ("orders not shipped yet") may be answered by listing that many rows
    ([(3,)], [(3,)], {"listing": True}),
    ([(3,)], [("a",), ("b",), ("c",)], {"listing": True}),
    ([(0,)], [], {"listing": True}),
]

NO_MATCH = [
    ([(5,)], [(6,)], {}),
    ([(5,)], [], {}),
    ([("a",), ("b",)], [("a",)], {}),  # a row short
    ([("a",)], [("a",), ("b",)], {}),  # a row too many
    ([("a",), ("b",)], [("b",), ("a",)], {"ordered": True}),  # wrong order for a ranking
    ([("Rock", 548)], [("Rock", 547)], {}),
    ([("Bruno",), ("Bruno",)], [("Bruno",), ("Moose",)], {}),  # duplicates must each find a row
    ([(0.25,)], [(25.0,)], {}),  # the percentage rule only for ratio questions
    ([(0.25,)], [(2.5,)], {"ratio": True}),
    ([(1.0,)], [(1.001,)], {}),
    ([(None,)], [(0,)], {}),
    ([(0,)], [("yes",)], {"yesno": True}),
    ([(1,)], [(0,)], {"yesno": True}),
    ([(1,)], [(1,), (0,)], {"yesno": True}),
    ([("Grace", "Ivanova")], [("Grace Ivanova Smith",)], {}),  # a name cell must be exactly the parts
    ([("Grace", "Ivanova")], [("Grace",)], {}),
    ([("Rock",)], [("Rock and Roll",)], {}),  # one value is never a part of a bigger text
    ([("2023-01-02 10:41:52",)], [("2023-01-02",)], {}),
    ([(3,)], [("a",), ("b",), ("c",)], {}),  # listing only when the question names rows
    ([(3,)], [("a",), ("b",)], {"listing": True}),
]


@pytest.mark.parametrize(("expected", "got", "flags"), MATCH)
def test_matches(expected: list[tuple[object, ...]], got: list[tuple[object, ...]], flags: dict[str, bool]) -> None:
    assert matches(expected, got, **flags)


@pytest.mark.parametrize(("expected", "got", "flags"), NO_MATCH)
def test_does_not_match(
    expected: list[tuple[object, ...]], got: list[tuple[object, ...]], flags: dict[str, bool]
) -> None:
    assert not matches(expected, got, **flags)


def test_flags_are_read_from_the_question_and_sql() -> None:
    top = Case("show me the 5 longest tracks", "SELECT name FROM tracks ORDER BY milliseconds DESC LIMIT 5")
    assert top.is_ordered() and not top.is_ratio() and not top.is_yesno()
    per = Case("revenue month by month in 2025", "SELECT m, SUM(x) FROM t GROUP BY m ORDER BY m")
    assert not per.is_ordered()
    inner = Case("top genre", "SELECT g FROM (SELECT g FROM t ORDER BY n DESC LIMIT 1)")
    assert not inner.is_ordered()
    assert Case("what % of orders shipped late", "SELECT 1").is_ratio()
    assert Case("are there more jazz tracks than blues tracks", "SELECT 1").is_yesno()
    assert Case("x", "SELECT 1", ordered=False).is_ordered() is False
    assert has_outer_order_by("SELECT 'order by' AS x FROM t") is False
    assert Case("orders not shipped yet", "SELECT COUNT(*) FROM orders WHERE shipped IS NULL").is_listing()
    assert not Case("how many orders", "SELECT COUNT(*) FROM orders").is_listing()
    assert not Case("number of artists", "SELECT COUNT(*) FROM artists").is_listing()
    assert not Case("total sales", "SELECT SUM(total) FROM invoices").is_listing()
