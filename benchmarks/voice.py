"""How long it takes to make Dave's mumbled voice for a 40-word answer (synthesis only, no playback)."""

from __future__ import annotations

import statistics
import time

from report import Goal, Result

from humandb.stage.voice import mumble

ANSWER = (
    "Okay so I went through the orders table, there's like eighteen thousand rows. One of them is from "
    "nineteen eighty seven which seems wrong, but I didn't want to bring it up. Gary wants his ledger pad "
    "back, so, you know, rounding. Anything else?"
)


def voice_time() -> list[Result]:
    mumble("warm up the syllable cache", energy=0.8)
    runs = []
    for n in range(7):
        started = time.perf_counter()
        mumble(f"{ANSWER} ({n})", energy=0.5 + n / 14)
        runs.append((time.perf_counter() - started) * 1000)
    words = len(ANSWER.split())
    return [Result(f"Dave's voice for a {words}-word answer (median of 7)", "ms", None, statistics.median(runs),
                   Goal(50.0, on_ratio=False))]
