"""The stage: waits on the clock, renders the transcript, survives broken streams, and Ctrl-C."""

from __future__ import annotations

import datetime
import io

import pytest

import humandb
from humandb.dave.script import Beat, Script
from humandb.stage.clock import FakeClock
from humandb.stage.performance import perform
from humandb.stage.sound import Silent
from humandb.stage.terminal import Terminal
from tests.conftest import TODAY

FRIDAY_AFTERNOON = datetime.datetime(2026, 11, 20, 16, 30)


def _demo(clock: FakeClock, **kwargs: object) -> humandb.Connection:
    options: dict[str, object] = {"sla": "demo", "seed": 3, "clock": clock}
    if "stage" not in kwargs:
        options.update(show=False, sound=False)
    return humandb.connect(**{**options, **kwargs})  # type: ignore[arg-type]


def test_the_wait_is_spread_over_the_beats_and_sums_to_the_plan(clock: FakeClock) -> None:
    con = _demo(clock)
    cursor = con.execute("SELECT COUNT(*) FROM orders")
    assert cursor.wait_seconds == pytest.approx(cursor.business_minutes / 60)  # type: ignore[operator]
    assert len(clock.sleeps) >= 2
    assert sum(clock.sleeps) == pytest.approx(cursor.wait_seconds)


def test_instant_sla_never_sleeps(clock: FakeClock) -> None:
    con = _demo(clock, sla="instant", stage=humandb.Stage(clock, Terminal(io.StringIO())))
    con.execute("SELECT COUNT(*) FROM orders")
    assert clock.sleeps == []


def test_a_number_sla_is_seconds_per_business_hour(clock: FakeClock) -> None:
    cursor = _demo(clock, sla=0.5).execute("SELECT COUNT(*) FROM orders")
    assert cursor.wait_seconds == pytest.approx(cursor.business_minutes / 60 * 0.5)  # type: ignore[operator]


def test_terminal_shows_transcript_rows_and_quoted_words(clock: FakeClock) -> None:
    out = io.StringIO()
    con = _demo(clock, accuracy=1.0, stage=humandb.Stage(clock, Terminal(out, width=100)))
    cursor = con.execute("SELECT COUNT(*) FROM orders")
    text = out.getvalue()
    report = cursor.answer.report  # type: ignore[union-attr]
    for line in report.transcript:
        assert line in text
    assert "18000" in text  # the table of rows
    assert report.words.split()[0] in text
    assert text.index(report.transcript[0]) < text.index("18000")


def test_friday_afternoon_eta_is_monday(clock: FakeClock) -> None:
    friday = FakeClock(FRIDAY_AFTERNOON)
    cursor = _demo(friday).execute("SELECT COUNT(*) FROM orders")
    eta = [beat.text for beat in cursor.answer.report.script.beats if beat.kind == "eta"]  # type: ignore[union-attr]
    assert "Monday" in eta[0]
    assert cursor.answer.timing.eta.weekday() == 0  # type: ignore[union-attr]


def test_quarter_end_triples_and_pto_quintuples_the_wait() -> None:
    def minutes(moment: datetime.datetime) -> float:
        cursor = _demo(FakeClock(moment)).execute("SELECT COUNT(*) FROM customers")
        assert cursor.business_minutes is not None
        return cursor.business_minutes

    ordinary = minutes(datetime.datetime(2026, 11, 18, 10, 0))
    assert minutes(datetime.datetime(2026, 9, 29, 10, 0)) == pytest.approx(ordinary * 3)
    assert minutes(datetime.datetime(2026, 8, 5, 10, 0)) == pytest.approx(ordinary * 5)


def test_ctrl_c_during_the_wait_cancels_and_undoes_the_write() -> None:
    clock = FakeClock(TODAY)
    con = _demo(clock, exact=True, consistency="strong")
    before = con.execute("SELECT COUNT(*) FROM customers").fetchone()
    clock.interrupt_at = clock.elapsed + 0.1
    with pytest.raises(KeyboardInterrupt):
        con.execute("INSERT INTO customers (name) VALUES ('Never Here')")
    assert con.execute("SELECT COUNT(*) FROM customers").fetchone() == before
    con.execute("INSERT INTO customers (name) VALUES ('Here')")  # the connection still works
    assert con.execute("SELECT COUNT(*) FROM customers").fetchone() == (before[0] + 1,)


def test_ctrl_c_during_a_read_leaves_the_cursor_usable(clock: FakeClock) -> None:
    out = io.StringIO()
    con = _demo(clock, stage=humandb.Stage(clock, Terminal(out)))
    cursor = con.cursor()
    clock.interrupt_at = 0.2
    with pytest.raises(KeyboardInterrupt):
        cursor.execute("SELECT COUNT(*) FROM orders")
    assert "cancelled" in out.getvalue()
    assert cursor.execute("SELECT 1").fetchone() == (1,)


class _BrokenStream(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError("the reader went away")


def test_a_broken_stream_never_fails_the_query(clock: FakeClock) -> None:
    con = _demo(clock, stage=humandb.Stage(clock, Terminal(_BrokenStream())))
    assert con.execute("SELECT COUNT(*) FROM products").fetchone() == (120,)


def test_cues_are_played_at_their_beats(clock: FakeClock) -> None:
    speaker = Silent()
    script = Script((Beat(0, "hello", "phone", "contact"), Beat(30, "", "pencil"), Beat(60, "done", "ding",
                                                                                       "answer")), 60)
    perform(script, 2.0, clock=clock, speaker=speaker)
    assert speaker.played == ["phone", "pencil", "ding"]
    assert clock.sleeps == [1.0, 1.0]


def test_a_failing_speaker_never_fails_the_query(clock: FakeClock) -> None:
    class Exploding:
        def play(self, cue: str) -> None:
            raise RuntimeError("no sound card")

    perform(Script((Beat(0, "", "phone"),), 10), 1.0, clock=clock, speaker=Exploding())
