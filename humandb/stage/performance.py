"""Playing a script: wait on the clock between beats, show each line, play each cue.

The wait is spread over the beats in proportion to their business minutes, so the whole performance
lasts the SLA's wall seconds. Ctrl-C during a wait stops the show and propagates, so the caller can
undo the request.

A `Stage` is where a connection performs: its clock, and (when Dave is shown or heard) a terminal and
a speaker. ``humandb.connect(stage=...)`` takes one, so a test or an embedding app can hand Dave its
own clock, terminal and speaker; a connection makes one from its settings otherwise.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any

from humandb.dave.script import Beat, Script
from humandb.stage.clock import Clock, RealClock
from humandb.stage.sound import Speaker
from humandb.stage.terminal import Terminal

__all__ = ["NOTICE_SECONDS", "Stage", "perform", "timeline"]

NOTICE_SECONDS = 1.0  # a silent wait this long gets one line saying what is going on


@dataclass
class Stage:
    """Where Dave performs: a clock to wait on, and a terminal and a speaker when he is shown and heard.

    >>> from humandb.stage.clock import FakeClock
    >>> stage = Stage(FakeClock(datetime(2026, 4, 1, 9, 0)))
    >>> stage.wait(90.0); stage.clock.now()
    datetime.datetime(2026, 4, 1, 9, 1, 30)
    """

    clock: Clock = field(default_factory=RealClock)  # a connection given a clock of its own puts it here
    terminal: Terminal | None = None
    speaker: Speaker | None = None
    notice: IO[str] | None = None  # where to say, once, why nothing seems to happen during a silent wait
    _noticed: bool = field(default=False, init=False, repr=False)

    def play(self, script: Script, wall_seconds: float, *, started: datetime | None = None,
             columns: Sequence[str] | None = None, rows: Sequence[Sequence[Any]] = ()) -> None:
        """Perform `script` over `wall_seconds`. `started` is when the request came in: the time the work
        itself took is taken off the wait, so the answer lands when the SLA says, not later."""
        worked = max(0.0, (self.clock.now() - started).total_seconds()) if started is not None else 0.0
        if self.terminal is None and wall_seconds - worked >= NOTICE_SECONDS:
            self._notice(wall_seconds - worked)
        perform(script, wall_seconds, clock=self.clock, terminal=self.terminal, speaker=self.speaker,
                columns=columns, rows=rows, already=worked)

    def _notice(self, seconds: float) -> None:
        """Said once per stage, wherever the output goes: a wait with nothing shown looks like a hang."""
        if self._noticed or self.notice is None:
            return
        self._noticed = True
        with contextlib.suppress(Exception):  # a closed stream must not cost anyone their answer
            print(f"Dave is working on it (about {seconds:.0f} s; this SLA is meant to be slow — "
                  'sla="instant" skips the waiting).', file=self.notice, flush=True)

    def wait(self, seconds: float, note: str = "") -> None:
        """Wait on the clock (for Dave's in-tray), saying why on the terminal if there is one."""
        if note and self.terminal is not None:
            self.terminal.line(note)
        self.clock.sleep(seconds)

    def say(self, line: str) -> None:
        """One line on the terminal (a goodbye, a thank-you for the snack); nowhere without one."""
        if self.terminal is not None:
            self.terminal.line(line)


def timeline(script: Script, wall_seconds: float) -> list[tuple[float, Beat]]:
    """Each beat with the wall second it is due at: the wait spread over the beats by business minutes."""
    scale = wall_seconds / script.total if script.total > 0 else 0.0
    return [(beat.at * scale, beat) for beat in script.beats]


def perform(
    script: Script,
    wall_seconds: float,
    *,
    clock: Clock,
    terminal: Terminal | None = None,
    speaker: Speaker | None = None,
    columns: Sequence[str] | None = None,
    rows: Sequence[Sequence[Any]] = (),
    already: float = 0.0,
) -> None:
    """Play `script` over `wall_seconds` on `clock`, rendering to `terminal` and `speaker` if given.

    `already`: seconds of the wait that have passed (the work itself): beats due by then come at once.
    """
    played = already
    try:
        for due, beat in timeline(script, wall_seconds):
            if due > played:
                clock.sleep(due - played)
                played = due
            if beat.cue and speaker is not None:
                _play(speaker, beat.cue)
            if beat.kind == "answer" and speaker is not None:
                with contextlib.suppress(Exception):  # the voice is a courtesy, never a failure
                    speaker.say(beat.text.strip('"'), script.mood)
            if terminal is None:
                continue
            if beat.kind == "answer":
                terminal.answer(beat.text, columns, rows)
            else:
                terminal.line(beat.text)
                if beat.kind == "eta":
                    terminal.begin(f"Dave is working on it… (ETA {script.eta})" if script.eta else
                                   "Dave is working on it…")
    except KeyboardInterrupt:
        if terminal is not None:
            terminal.cancelled()
        raise
    finally:
        if terminal is not None:
            terminal.stop()


def _play(speaker: Speaker, cue: str) -> None:
    with contextlib.suppress(Exception):  # a speaker must never fail a query
        speaker.play(cue)
