"""Sound cues at the beats of a script. The players arrive with the sound issue; this is the hook.

A speaker never raises into the caller and never blocks the answer longer than its cue.
"""

from __future__ import annotations

from typing import Protocol

__all__ = ["Silent", "Speaker", "speaker"]


class Speaker(Protocol):
    def play(self, cue: str) -> None: ...


class Silent:
    """The speaker of tests, pipes and machines without audio: remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, cue: str) -> None:
        self.played.append(cue)


def speaker(enabled: bool) -> Speaker:
    """The speaker for a connection. Until real players exist, every speaker is silent."""
    return Silent()
