"""`humandb demo`, the README's first command, read as a newcomer reads it.

The command runs for real in a subprocess (at the instant SLA: the acts and their order are the same at
any pace); the stage's own pace plays on a fake clock, so its waits are counted rather than slept.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import re
import shutil
import subprocess
import sys

from humandb import demo
from humandb.stage.clock import FakeClock

ENV = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
QUERY = "SELECT COUNT(*) FROM orders WHERE customer_id = 42"


def _demo(*args: str) -> subprocess.CompletedProcess[str]:
    command = shutil.which("humandb")
    argv = [command] if command else [sys.executable, "-m", "humandb"]
    return subprocess.run([*argv, "demo", *args], capture_output=True, text=True, env=ENV, timeout=300)


def test_every_statement_of_the_demo_is_echoed_at_a_prompt() -> None:
    run = _demo("--fast", "--no-sound")
    assert run.returncode == 0, run.stderr[-2000:]
    # A long statement wraps; its prompt line is its first line.
    prompts = [line for line in run.stderr.splitlines() if line.startswith("humandb> ")]
    assert prompts == [
        "humandb> SELECT COUNT(*) FROM orders",
        "humandb> SELECT AVG(salary) FROM employees WHERE department = 'Engineering'",
        "humandb> which department has the highest average salary?",
        f"humandb> {QUERY}",
        "humandb> CREATE INDEX orders_by_customer ON orders (customer_id)",
        "humandb> .postits",
        f"humandb> {QUERY}",
        "humandb> .snack donut",
        "humandb> EXPLAIN SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = ",
        "humandb> INSERT INTO customers (name, email, city, country, signed_up_on) VALUES ('April Fools', ",
    ]


def test_the_post_it_act_shows_the_post_it_and_the_speed_up_it_promises() -> None:
    shown = _demo("--fast", "--no-sound").stderr
    act = shown[shown.index("4. Post-it indexing"):shown.index("5. Performance tuning")]
    bezel = act[act.index("humandb> .postits"):act.rindex(f"humandb> {QUERY}")]
    assert "1/12 post-its" in bezel and "Orders: customer" in bezel
    compared = re.search(r"With the post-it: (\d+) business minutes of work instead of (\d+)\.\n", act)
    assert compared is not None, act
    assert int(compared.group(1)) < int(compared.group(2))


def test_the_demo_runs_on_the_pro_tier_unless_told_otherwise() -> None:
    # The free tier queues behind paid tickets (🎫 lines): on stage that was twenty silent seconds before
    # the first beat. The command used to pass its own default ("free") and the tour never saw "pro".
    assert "🎫" not in _demo("--fast", "--no-sound").stderr
    assert "🎫" in _demo("--fast", "--no-sound", "--tier", "free").stderr


class _Watched(FakeClock):
    """A fake clock that notes what was on screen when the first wait began."""

    def __init__(self, start: datetime.datetime, screen: io.StringIO) -> None:
        super().__init__(start)
        self.screen = screen
        self.before_first_wait: str | None = None

    def sleep(self, seconds: float) -> None:
        if self.before_first_wait is None and seconds > 0:
            self.before_first_wait = self.screen.getvalue()
        super().sleep(seconds)


def test_at_the_stage_pace_something_is_on_screen_before_anything_waits() -> None:
    screen = io.StringIO()
    clock = _Watched(datetime.datetime(2026, 11, 18, 10, 0), screen)
    with contextlib.redirect_stderr(screen):
        assert demo.tour(sla=demo.STAGE_SLA, clock=clock, sound=False) == 0
    first = clock.before_first_wait
    assert first is not None and sum(clock.sleeps) > 10  # the stage's pace played, on the fake clock
    assert first.startswith("HumanDB — the world's first human-powered analytical database.\n")
    assert "humandb> SELECT COUNT(*) FROM orders\n" in first
    assert "📞" in first and "⏳" in first  # Dave is reached and says when, before the first wait
    # The post-it act at the stage's pace: the index waits in the in-tray, then the bezel shows it.
    shown = screen.getvalue()
    act = shown[shown.index("4. Post-it indexing"):shown.index("5. Performance tuning")]
    assert act.index("humandb> CREATE INDEX") < act.index("📥") < act.index("1/12 post-its") < act.index("🟩")
