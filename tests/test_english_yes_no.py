"""A question put as yes or no ("has Swift ever been repaired?") is answered yes or no, never with the rows
it is about; one about every row ("does every rower have a captain?") is refused rather than answered with a
list of the rows that do. On the rowing club of test_english_rowing; written before running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import humandb
from tests.english_schemas import Pair, answers, schema_pair
from tests.test_english_rowing import _build

CASES = [
    ("has swift ever been repaired", "SELECT EXISTS (SELECT 1 FROM repairs WHERE hull_no = 'H-104')"),
    ("has hal ives ever been on an outing", "SELECT EXISTS (SELECT 1 FROM outings WHERE rower_id = 8)"),
    ("did kestrel get repaired", "SELECT EXISTS (SELECT 1 FROM repairs WHERE hull_no = 'H-101')"),
]
EVERY = ["does every rower have a captain", "are all repairs over 50", "have all boats been taken out"]


@pytest.fixture(scope="module")
def club() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_yes_or_no(club: Pair, question: str, sql: str) -> None:
    _, got = answers(club, question, sql, yesno=True)
    assert len(got) == 1 and len(got[0]) == 1, (question, got[:5])


@pytest.mark.parametrize("question", EVERY)
def test_every_one_is_refused_not_listed(club: Pair, question: str) -> None:
    con, _ = club
    with pytest.raises(humandb.Error) as refused:
        con.execute(question)
    said = str(refused.value)
    # the refusal says why in plain English (or names the words that stopped him, as for "taken out")
    assert "whether every one of them does" in said or "whether all of them do" in said \
        or "couldn't work it into the answer" in said, said
    assert con.execute("SELECT COUNT(*) FROM rowers").fetchone() == (8,)  # the connection goes on
