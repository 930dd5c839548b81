"""Snacks make Dave quicker by a stated amount; birthdays are remembered across processes."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

import humandb
from humandb.dave.grammar import number_words
from humandb.dave.snacks import SNACKS
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY, said_from

QUERY = "SELECT COUNT(*) FROM orders"


def _minutes(con: humandb.Connection) -> float:
    """The minutes of Dave's work on the query (the free tier's queue moves with the day; the work doesn't)."""
    answer = con.execute(QUERY).answer
    assert answer is not None and answer.timing is not None
    return answer.timing.work_minutes


def test_a_known_snack_takes_the_stated_share_off_the_next_answers() -> None:
    dave = humandb.connect(sla="instant", tier="pro", clock=FakeClock(TODAY))  # pro: no queue to wait in
    usual = _minutes(dave)
    reply = dave.offer_snack("Pizza")
    pizza = SNACKS["pizza"]
    assert f"{round(pizza.faster * 100)}%" in reply and number_words(pizza.answers) in reply
    quicker = [_minutes(dave) for _ in range(pizza.answers)]
    assert quicker == pytest.approx([usual * (1 - pizza.faster)] * pizza.answers, rel=0.02)
    assert _minutes(dave) == pytest.approx(usual, rel=0.02)  # the pizza wore off


def test_snacks_lift_daves_energy(dave: humandb.Connection) -> None:
    dave.desk.energy = 0.2
    dave.offer_snack("coffee")
    assert dave.desk.energy == pytest.approx(0.7)


@pytest.mark.parametrize("snack", ["kale", "a celery stick", "motor oil", "", "🥦"])
def test_other_snacks_get_a_polite_refusal(dave: humandb.Connection, snack: str) -> None:
    usual = _minutes(dave)
    reply = dave.offer_snack(snack)
    assert isinstance(reply, str) and reply
    assert _minutes(dave) == pytest.approx(usual, rel=0.02)


def test_birthday_wish_better_mood_and_faster(tmp_path: Path) -> None:
    path = tmp_path / "office.brain"
    with humandb.connect(path, sla="instant", exact=True) as setup:
        setup.execute("CREATE TABLE t (a INTEGER)")
        setup.execute("INSERT INTO t VALUES (1)")
    ordinary = humandb.connect(path, sla="instant", user="Brian", clock=FakeClock(TODAY))
    usual = ordinary.execute("SELECT * FROM t").business_minutes
    birthday = humandb.connect(path, sla="instant", user="Brian", birthday=TODAY.date().replace(year=1980),
                               clock=FakeClock(TODAY))
    birthday.desk.energy = 0.5
    cursor = birthday.execute("SELECT * FROM t")
    said = cursor.messages[0][1]
    assert said_from("birthday", said) and "Brian" in said
    assert birthday.desk.energy > 0.5
    assert cursor.business_minutes is not None and usual is not None
    assert cursor.business_minutes < usual
    second = birthday.execute("SELECT * FROM t").messages[0][1]
    assert "birthday" not in second  # once a day is enough


def test_a_birthday_is_remembered_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "office.brain"
    code = f"import humandb; humandb.connect({str(path)!r}, user='Brian', birthday='1980-11-18').close()"
    subprocess.run([sys.executable, "-c", code], check=True)
    con = humandb.connect(path, sla="instant", user="Brian", clock=FakeClock(TODAY))
    assert con.desk.birthday == datetime.date(1980, 11, 18)
    said = con.execute("CREATE TABLE t (a INTEGER)").messages[0][1]  # his first answer of the day
    assert "Brian" in said and "birthday" in said
    assert "birthday" not in con.execute("SELECT * FROM t").messages[0][1]  # once a day is thoughtful


def test_remember_birthday_later_and_bad_dates(dave: humandb.Connection) -> None:
    dave.remember_birthday("Ana", "1990-11-18")
    assert dave.store.birthdays() == {"Ana": "1990-11-18"}
    with pytest.raises(humandb.InterfaceError, match="YYYY-MM-DD"):
        dave.remember_birthday("Ana", "the eighteenth")
