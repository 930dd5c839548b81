"""Playing a script: wait on the clock between beats, show each line, play each cue.

The wait is spread over the beats in proportion to their business minutes, so the whole performance
lasts the SLA's wall seconds. Ctrl-C during a wait stops the show and propagates, so the caller can
undo the request.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

from humandb.dave.script import Beat, Script
from humandb.stage.clock import Clock
from humandb.stage.sound import Speaker
from humandb.stage.terminal import Terminal

__all__ = ["perform", "timeline"]


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
) -> None:
    """Play `script` over `wall_seconds` on `clock`, rendering to `terminal` and `speaker` if given."""
    played = 0.0
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
