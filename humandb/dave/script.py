"""The script of a performance: timed beats in business minutes, played later by a stage.

Dave's work is computed instantly; the script is how it *looks* while he does it. It lives with
Dave because he writes it; the stage only reads it (and never sees SQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Beat", "Script"]


class Beat(NamedTuple):
    """One moment of the performance: a transcript line and/or a sound cue, `at` business minutes in. (A named
    tuple: a script has a dozen, made on every answer.)"""

    at: float
    text: str = ""
    cue: str | None = None
    kind: str = "work"  # receive, contact, aside, eta, sql, queue, team, work, answer


@dataclass(frozen=True)
class Script:
    """Beats in order; `total` business minutes is when the answer lands."""

    beats: tuple[Beat, ...]
    total: float
    eta: str = ""  # when Dave says it will be ready, in his words ("by Monday 09:30")
    mood: float = 1.0  # Dave's energy as he answers: his voice is lower and slower when tired

    def lines(self) -> list[str]:
        return [beat.text for beat in self.beats if beat.text]
