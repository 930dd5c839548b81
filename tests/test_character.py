"""Dave's character: a rehearsed 200-request session stays varied, fills every slot, replays exactly,
and his arcs (déjà vu, fatigue and coffee, weekday moods, quarter-end, PTO, running gags) show up."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

import humandb
from humandb.dave import words
from humandb.rehearsal import Exchange, rehearse
from humandb.stage.clock import FakeClock
from tests.conftest import said_from as _from


@pytest.fixture(scope="module")
def session() -> list[Exchange]:
    return rehearse(seed=1, count=200)


def _spoken(exchanges: list[Exchange]) -> list[str]:
    return [line for exchange in exchanges for line in exchange.lines]


def test_the_phrasebook_has_depth() -> None:
    assert sum(len(templates) for templates in words.phrasebook().values()) >= 400


def test_a_long_session_is_varied(session: list[Exchange]) -> None:
    spoken = _spoken(session)
    counts = Counter(spoken)
    assert len(counts) >= 150, len(counts)
    line, most = counts.most_common(1)[0]
    assert most <= 3, (line, most)


def test_every_slot_is_filled(session: list[Exchange]) -> None:
    for exchange in session:
        for text in (*exchange.lines, *exchange.transcript):
            assert "{" not in text and "}" not in text, (exchange.request, text)


def test_the_same_seed_replays_the_same_session_and_another_differs(session: list[Exchange]) -> None:
    assert rehearse(seed=1, count=200) == session
    assert _spoken(rehearse(seed=2, count=200)) != _spoken(session)


def test_deja_vu_names_the_day_it_was_first_asked() -> None:
    tuesday = FakeClock(datetime.datetime(2026, 11, 17, 11, 0))
    con = humandb.connect(sla="instant", seed=3, clock=tuesday)
    con.execute("SELECT COUNT(*) FROM products")
    tuesday.sleep(86_400)  # the next day
    said = con.execute("select count(*) from products;").answer.report.lines  # type: ignore[union-attr]
    assert any(_from("dejavu", line) and "Tuesday" in line for line in said), said


def test_fatigue_and_coffee() -> None:
    con = humandb.connect(sla="instant", seed=5, clock=FakeClock(datetime.datetime(2026, 11, 18, 10, 0)))
    tired_lines = 0
    for _ in range(25):
        said = con.execute("SELECT c.country, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                           "GROUP BY 1").answer.report.lines  # type: ignore[union-attr]
        tired_lines += any(_from("tired", line) for line in said)
    assert con.desk.tired and tired_lines >= 3
    reply = con.offer_snack("coffee")
    assert _from("coffee", reply) and not con.desk.tired


@pytest.mark.parametrize(
    ("moment", "section"),
    [(datetime.datetime(2026, 11, 16, 9, 30), "mood.monday"), (datetime.datetime(2026, 11, 20, 15, 0), "mood.friday"),
     (datetime.datetime(2026, 9, 28, 10, 0), "quarter_end"), (datetime.datetime(2026, 8, 5, 10, 0), "pto")],
)
def test_the_calendar_changes_how_dave_sounds(moment: datetime.datetime, section: str) -> None:
    def heard(at: datetime.datetime, count: int = 12) -> int:
        con = humandb.connect(sla="instant", seed=8, clock=FakeClock(at))
        said = [con.execute(f"SELECT * FROM products WHERE id = {n}").answer for n in range(1, count + 1)]
        return sum(any(_from(section, line) for line in answer.report.lines) for answer in said if answer)

    assert heard(moment) >= 2
    assert heard(datetime.datetime(2026, 11, 18, 10, 0)) == 0  # an ordinary Wednesday morning


def test_running_gags_come_back(session: list[Exchange]) -> None:
    text = "\n".join(" ".join((*exchange.transcript, *exchange.lines)) for exchange in session)
    assert text.count("1987") >= 2  # the 1987 order, again
    assert any(_from("gag.gary", " ".join(exchange.lines)) for exchange in session)  # Gary wants it back


def test_colleagues_have_roles_that_stay_put() -> None:
    first, second = humandb.connect(sla="instant", seed=4).desk, humandb.connect(sla="instant", seed=4).desk
    assert (first.asks, first.blames) == (second.asks, second.blames)
    assert first.asks != first.blames and "Gary" not in (first.asks, first.blames)


def test_every_error_starts_with_daves_words_and_ends_with_the_cause(session: list[Exchange]) -> None:
    con = humandb.connect(sla="instant")
    for bad in ("SELEC 1", "SELECT * FROM nowhere", "how many flibbertigibbets are there"):
        with pytest.raises(humandb.Error) as caught:
            con.execute(bad)
        error = caught.value
        assert str(error).startswith(error.dave) and str(error).endswith(error.cause) and error.cause
