"""Dave's character: two rehearsed 200-request sessions stay fresh, replay exactly, and build like a story;
his arcs (the day and its energy, coffee, weekday moods, quarter-end, PTO, Gary's ledger pad, the 1987
order, the paid pile) happen in order and pay off."""

from __future__ import annotations

import datetime
import itertools
from collections import Counter

import pytest

import humandb
from humandb.dave import arcs, words
from humandb.rehearsal import Exchange, rehearse, rehearse_regular
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.conftest import said_from as _from


@pytest.fixture(scope="module")
def session() -> list[Exchange]:
    return rehearse(seed=1, count=200)


@pytest.fixture(scope="module")
def regular() -> list[Exchange]:
    return rehearse_regular(seed=1, count=200)


def _spoken(exchanges: list[Exchange]) -> list[str]:
    return [line for exchange in exchanges for line in exchange.lines]


def _sections(exchanges: list[Exchange]) -> list[str]:
    return [joke.split("#")[0] for exchange in exchanges for joke in exchange.jokes]


def _asides(answer: humandb.Answer | None) -> list[str]:
    assert answer is not None and answer.report is not None
    return [line.section for line in answer.report.asides]


def test_the_phrasebook_has_depth() -> None:
    assert sum(len(templates) for templates in words.phrasebook().values()) >= 1500


def test_the_same_seed_replays_the_same_session_and_another_differs(session: list[Exchange]) -> None:
    assert rehearse(seed=1, count=200) == session
    assert _spoken(rehearse(seed=2, count=200)) != _spoken(session)


def test_deja_vu_names_the_day_it_was_first_asked() -> None:
    tuesday = FakeClock(datetime.datetime(2026, 11, 17, 11, 0))
    con = humandb.connect(sla="instant", seed=3, clock=tuesday, tier="pro")
    questions = [f"SELECT COUNT(*) FROM products WHERE id > {n}" for n in range(6)]
    for question in questions:
        con.execute(question)
    tuesday.sleep(3 * 86_400)  # Friday
    said = [line for question in questions for line in con.execute(question.lower() + ";").answer.report.lines]
    noticed = [line for line in said if _from("dejavu", line)]
    assert noticed and all("Tuesday" in line for line in noticed), said


def test_the_same_question_the_same_day_gets_the_same_number_and_is_noticed() -> None:
    # accuracy=0: every computed number is a little off; the same question must be off the same way.
    con = humandb.connect(sla="instant", seed=6, tier="pro", accuracy=0.0, clock=FakeClock(TODAY))
    answers = [con.execute("SELECT AVG(price) FROM products").answer for _ in range(5)]
    assert len({tuple(answer.rows) for answer in answers if answer}) == 1
    sections = [line.section for answer in answers if answer and answer.report for line in answer.report.said]
    assert sections[0].startswith("answer.average")
    assert [s for s in sections if s.startswith("memory.")] == [
        "memory.again", "memory.again.third", "memory.again.many", "memory.again.many"]


def test_a_change_in_the_data_is_noticed_and_one_too_small_to_round_is_said_so() -> None:
    con = humandb.connect(sla="instant", seed=6, tier="pro", accuracy=1.0, clock=FakeClock(TODAY))
    con.execute("SELECT COUNT(*) FROM orders")
    con.execute("DELETE FROM orders WHERE id = 5")
    small = con.execute("SELECT COUNT(*) FROM orders").answer
    assert small is not None and small.report is not None
    assert small.report.said[0].section == "memory.changed.slightly" and "18 thousand" in small.words
    con.execute("SELECT COUNT(*) FROM products")
    con.execute("DELETE FROM products WHERE id > 60")
    moved = con.execute("SELECT COUNT(*) FROM products").answer
    assert moved is not None and moved.report is not None and moved.report.said[0].section == "memory.changed"
    assert "120" in moved.words and "60" in moved.words


def test_dave_works_through_his_day_and_coffee_brings_him_back() -> None:
    con = humandb.connect(sla="instant", seed=5, tier="pro", clock=FakeClock(datetime.datetime(2026, 11, 18, 9, 0)))
    energy = []
    while True:
        answer = con.execute("SELECT category, AVG(price) FROM products GROUP BY 1").answer
        assert answer is not None and answer.timing is not None
        if answer.timing.eta.date() != datetime.date(2026, 11, 18):
            break
        energy.append(con.desk.energy)
    rises = [later for earlier, later in itertools.pairwise(energy) if later > earlier]
    assert len(energy) >= 4 and energy[-1] < energy[0] and len(rises) == 1  # drains; lunch gives a little back
    assert con.desk.tired  # by the end of it
    reply = con.offer_snack("coffee")
    assert _from("coffee.first", reply) and not con.desk.tired
    tomorrow = con.execute("SELECT COUNT(*) FROM products").answer
    assert tomorrow is not None and con.desk.energy > 0.8  # a night's sleep


def test_the_eta_never_goes_backwards(session: list[Exchange]) -> None:
    con = humandb.connect(sla="instant", seed=2, clock=FakeClock(TODAY))
    etas = [con.execute(text).answer.timing.eta for text in ("SELECT COUNT(*) FROM orders", "SELECT * FROM products "
            "WHERE id = 3", "SELECT AVG(salary) FROM employees", "SELECT * FROM customers WHERE id < 4") * 3]
    assert etas == sorted(etas)


@pytest.mark.parametrize(
    ("moment", "section"),
    [(datetime.datetime(2026, 11, 16, 9, 30), "day.monday"), (datetime.datetime(2026, 11, 20, 15, 0), "day.friday"),
     (datetime.datetime(2026, 9, 28, 10, 0), "quarter_end.morning"), (datetime.datetime(2026, 8, 5, 10, 0),
                                                                       "pto.morning")],
)
def test_the_calendar_changes_how_dave_sounds(moment: datetime.datetime, section: str) -> None:
    def heard(at: datetime.datetime) -> list[str]:
        con = humandb.connect(sla="instant", seed=8, clock=FakeClock(at))
        return _asides(con.execute("SELECT * FROM products WHERE id = 1").answer)

    assert section in heard(moment)
    ordinary = heard(datetime.datetime(2026, 11, 18, 10, 0))  # an ordinary Wednesday morning
    assert ordinary == ["greeting"]


def test_on_pto_he_is_away_and_answers_anyway_slowly() -> None:
    away = humandb.connect(sla="instant", seed=8, clock=FakeClock(datetime.datetime(2026, 8, 5, 10, 0)))
    usual = humandb.connect(sla="instant", seed=8, clock=FakeClock(datetime.datetime(2026, 11, 18, 10, 0)))
    query = "SELECT COUNT(*) FROM products"
    on_holiday, at_work = away.execute(query).answer, usual.execute(query).answer
    assert on_holiday is not None and at_work is not None and on_holiday.timing and at_work.timing
    assert on_holiday.rows == at_work.rows  # he answers
    assert on_holiday.timing.work_minutes == pytest.approx(5 * at_work.timing.work_minutes)  # five times slower
    pto = [line for section in ("pto.morning", "pto.aside", "pto.signoff") for line in words.lines(section)]
    assert not any("on hold" in line.lower() for line in pto)  # he says he's away, not that it waits


def test_the_paid_pile_moves_with_the_day(session: list[Exchange]) -> None:
    tickets = [line for exchange in session for line in exchange.transcript if line.startswith("🎫")]
    counts = Counter(line.split(".")[0] for line in tickets)
    assert len(counts) > 10  # not "6 ahead of you" two hundred times
    assert any(_from("queue.morning", line) for line in tickets)
    assert any(_from("queue", line) and ("One paid" in line or "one paid" in line) for line in tickets)


def test_a_session_is_a_story_with_a_beginning_a_middle_and_an_end(session: list[Exchange],
                                                                   regular: list[Exchange]) -> None:
    for exchanges in (session, regular):
        sections = _sections(exchanges)
        assert sections[0].startswith("greeting")
        ledger = [section for section in sections if section.startswith("ledger.")]
        chapters = [section for _, section in arcs.LEDGER]
        assert [chapters.index(section) for section in ledger] == sorted(chapters.index(s) for s in ledger)
        assert "ledger.returned" in ledger and ledger.count("ledger.returned") == 1
        printer = [section for section in sections if section.startswith("office.printer.")]
        assert printer == [section for _, section in arcs.PRINTER][: len(printer)] and len(printer) >= 4
        assert {"day.monday", "day.lunch", "day.friday"} <= set(sections)
        assert any(section.startswith("pto.") for section in sections)
    assert "quarter_end.morning" in _sections(regular)
    assert "day.back" in _sections(session)


def test_running_gags_come_back(session: list[Exchange]) -> None:
    text = "\n".join(" ".join((*exchange.transcript, *exchange.lines)) for exchange in session)
    assert text.count("1987") >= 3  # the 1987 order, again
    assert "gag.1987" in _sections(session)


def test_fixing_the_odd_things_pays_off(regular: list[Exchange]) -> None:
    paid = {section for section in _sections(regular) if section.startswith("payoff.")}
    assert {"payoff.old_date", "payoff.nulls", "payoff.duplicate", "payoff.negative", "payoff.nulls.some"} <= paid


def test_the_1987_order_itself_is_recognised() -> None:
    con = humandb.connect(sla="instant", seed=1, tier="pro")
    said = con.execute("SELECT * FROM orders WHERE ordered_at LIKE '1987%'").answer
    assert said is not None and said.report is not None
    assert [line.section for line in said.report.said][:2] == ["answer.one_row", "oddity.itself.old_date"]
    assert "No fuss" not in said.words and "1987" in said.words


def test_colleagues_have_roles_that_stay_put() -> None:
    first, second = humandb.connect(sla="instant", seed=4).desk, humandb.connect(sla="instant", seed=4).desk
    assert (first.asks, first.blames) == (second.asks, second.blames)
    assert first.asks != first.blames and "Gary" not in (first.asks, first.blames)


def test_dave_knows_who_he_is() -> None:
    con = humandb.connect(sla="instant", seed=2, tier="pro")
    first = con.execute("who is dave?").answer
    assert first is not None and first.report is not None
    assert "Dave Campos" in first.words and any(line.section.startswith("persona.self")
                                                 for line in first.report.said)
    assert "I'm Dave" in " ".join(first.report.transcript)  # the hello, with no name to call you by
    named = humandb.connect(sla="instant", seed=2, user="Priya").execute("SELECT 1").answer
    assert named is not None and named.report is not None and "Priya" in " ".join(named.report.transcript)
    assert not any(", there" in line for section in ("greeting", "goodbye") for line in words.lines(section))


def test_every_error_starts_with_daves_words_and_ends_with_the_cause() -> None:
    con = humandb.connect(sla="instant")
    for bad in ("SELEC 1", "SELECT * FROM nowhere", "how many flibbertigibbets are there", "SELECT 2 *"):
        with pytest.raises(humandb.Error) as caught:
            con.execute(bad)
        error = caught.value
        assert str(error).startswith(error.dave) and str(error).endswith(error.cause) and error.cause
        assert "sqlglot" not in error.cause and "<class" not in error.cause and "<Token" not in error.cause
