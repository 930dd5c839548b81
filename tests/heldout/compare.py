"""Whether an answer's rows are the reference's rows: one function, `matches`, and the small pieces it uses."""

from __future__ import annotations

import datetime
import decimal
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

Row = Sequence[Any]

REL_TOL = 1e-6
_MIDNIGHT = re.compile(r"^(\d{4}-\d\d-\d\d)[ t]00:00(:00(\.0+)?)?$")
_YES = {"yes", "y", "true", "t"}
_NO = {"no", "n", "false", "f"}


def matches(
    expected: Sequence[Row],
    got: Sequence[Row],
    *,
    ordered: bool = False,
    ratio: bool = False,
    yesno: bool = False,
    listing: bool = False,
) -> bool:
    """Whether the rows `got` are a correct answer for the reference rows `expected`.

    The rules:
    - Yes/no (`yesno`): the reference is one row holding 1 or 0. The answer matches if it is one row whose
      first value is truthy (for 1) or falsy (for 0), or whose first value is the text yes / no (true / false).
    - Count or list (`listing`: the reference is a bare COUNT(*) and the question names rows without asking
      how many, e.g. "orders not shipped yet"): besides the count itself, an answer listing exactly that
      many rows matches (which rows they are is not checked).
    - Otherwise both must have the same number of rows, and the rows are paired one-to-one: in order when
      `ordered` (the reference has an outer ORDER BY and the question asks for a ranking), else by any
      pairing that works (a bipartite matching, so duplicate rows count).
    - A reference row is covered by an answer row when every reference value is found in a different cell
      of the answer row; the answer row may carry extra columns (a name beside a count, say).
    - Values: NULL matches only NULL. Numbers match numbers (or numeric text) with a relative tolerance of
      1e-6; bools count as 1 and 0. With `ratio` (a percentage or proportion question) a number also
      matches its percentage or its fraction: 0.25 matches 25.0 and 25.0 matches 0.25. Text matches text
      ignoring case and surrounding blanks; a date matches the same date at midnight ('2025-03-01' and
      '2025-03-01 00:00:00'), and date/datetime objects compare as their ISO text.
    - Split names: one answer text cell may stand for two or more reference text values when its words are
      exactly their words ('Ana Silva' covers first_name 'Ana' and last_name 'Silva', in either order).
    """
    if yesno and _is_flag(expected):
        return len(got) == 1 and len(got[0]) >= 1 and _truth(got[0][0]) is bool(expected[0][0])
    if listing and _is_count(expected) and len(got) == expected[0][0]:
        return True
    if len(expected) != len(got):
        return False
    if ordered:
        return all(_covers(want, have, ratio) for want, have in zip(expected, got, strict=True))
    return _perfect_matching(expected, got, ratio)


def _is_flag(rows: Sequence[Row]) -> bool:
    return len(rows) == 1 and len(rows[0]) == 1 and rows[0][0] in (0, 1) and not isinstance(rows[0][0], str)


def _is_count(rows: Sequence[Row]) -> bool:
    return len(rows) == 1 and len(rows[0]) == 1 and isinstance(rows[0][0], int) and not isinstance(rows[0][0], bool)


def _truth(value: Any) -> bool | None:
    if isinstance(value, str):
        words = value.strip().casefold().split()
        first = words[0].strip(".,!") if words else ""
        return True if first in _YES else False if first in _NO else None
    return bool(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float, decimal.Decimal)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", ""))
        except ValueError:
            return None
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, datetime.datetime):
        value = value.isoformat(" ")
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip().casefold()
    midnight = _MIDNIGHT.match(text)
    return midnight.group(1) if midnight else text


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-9)


def same_value(want: Any, have: Any, ratio: bool = False) -> bool:
    """Whether one reference value and one answer value agree (the value rules of `matches`)."""
    if want is None or have is None:
        return want is None and have is None
    if not isinstance(want, str):
        target, number = _number(want), _number(have)
        if target is None or number is None:
            return _text(want) is not None and _text(want) == _text(have)
        return _close(target, number) or (ratio and (_close(target * 100, number) or _close(target, number * 100)))
    want_text, have_text = _text(want), _text(have)
    if want_text is not None and want_text == have_text:
        return True
    target, number = _number(want), _number(have)  # numeric text: '2025' and 2025
    return target is not None and number is not None and _close(target, number)


def _words(value: Any) -> list[str]:
    text = _text(value)
    return text.split() if text else []


def _covers(want: Row, have: Row, ratio: bool) -> bool:
    """Whether every value of the reference row `want` is found in its own cell of the answer row `have`,
    a whole-name answer cell being allowed to take two or more reference text values (see `matches`)."""
    cells = list(have)
    taken = [False] * len(cells)  # a cell matched whole by one reference value
    parts: list[list[list[str]]] = [[] for _ in cells]  # the words of reference values placed in a name cell

    def names_complete() -> bool:
        return all(
            not placed or (len(placed) >= 2 and Counter(w for part in placed for w in part) == Counter(_words(cell)))
            for cell, placed in zip(cells, parts, strict=True)
        )

    def place(index: int) -> bool:
        if index == len(want):
            return names_complete()
        value = want[index]
        for cell, candidate in enumerate(cells):
            if not taken[cell] and not parts[cell] and same_value(value, candidate, ratio):
                taken[cell] = True
                if place(index + 1):
                    return True
                taken[cell] = False
        words = _words(value) if isinstance(value, str) else []
        if not words:
            return False
        for cell, candidate in enumerate(cells):
            if taken[cell] or not isinstance(candidate, str):
                continue
            placed = [w for part in parts[cell] for w in part]
            if Counter(placed + words) <= Counter(_words(candidate)):
                parts[cell].append(words)
                if place(index + 1):
                    return True
                parts[cell].pop()
        return False

    return place(0)


def _perfect_matching(expected: Sequence[Row], got: Sequence[Row], ratio: bool) -> bool:
    """Whether every reference row can be paired with its own answer row (Kuhn's augmenting paths)."""
    options = [[j for j, have in enumerate(got) if _covers(want, have, ratio)] for want in expected]
    if any(not choices for choices in options):
        return False
    partner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in partner or augment(partner[j], seen):
                partner[j] = i
                return True
        return False

    return all(augment(i, set()) for i in range(len(expected)))
