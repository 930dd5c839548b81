"""Recordings for the site: the benchmark table and a few real answers for hosts without a server.

`humandb site record` writes two files into the site's data/ folder (shipped with it):

    bench.json        what `humandb bench --json` prints: the benchmark table's numbers
    transcripts.json  real answers, recorded through the server's own door on a fixed date and seed,
                      played back by the console when it finds no /api/desk (a static host, a file)

The answers are the server's own: the app is built as `humandb serve` builds it, one visitor comes in,
and each question goes through the same `ask` the stream endpoint calls. Only the voice is recorded
at telephone quality (8 kHz, 8-bit) so the whole tape stays well under two megabytes.
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import Any, cast

__all__ = ["QUESTIONS", "RECORDED_AT", "record"]

# What the tape holds: the console's example chips, one more English question, and one refusal.
QUESTIONS = (
    "SELECT COUNT(*) FROM orders",
    "how many customers are there",
    "CREATE INDEX idx_orders_customer ON orders(customer_id)",
    "SELECT department, AVG(salary) FROM employees GROUP BY department",
    "what is the average order amount by country",
    "ATTACH DATABASE 'x' AS y",
)

# April Fools' Day 2026, a Wednesday, 10:00: a fair morning for Dave, and the date of the joke.
RECORDED_AT = datetime.datetime(2026, 4, 1, 10, 0)


def record(out: str | os.PathLike[str] | None = None, *, seed: int = 1, tier: str = "free") -> list[Path]:
    """Write bench.json and transcripts.json into `out` (default: the site's data/ folder); return their paths."""
    from humandb.bench import measure
    from humandb.web.app import site_dir

    folder = Path(out) if out is not None else site_dir() / "data"
    folder.mkdir(parents=True, exist_ok=True)
    tape = {
        "recorded": RECORDED_AT.isoformat(timespec="minutes"),
        "seed": seed,
        "tier": tier,
        "sla": "demo",
        "transcripts": transcripts(QUESTIONS, seed=seed, tier=tier),
    }
    written = []
    for name, data in (("bench.json", measure(seed=seed, tier=cast(Any, tier))), ("transcripts.json", tape)):
        path = folder / name
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


def transcripts(questions: tuple[str, ...] | list[str], *, seed: int, tier: str) -> list[dict[str, Any]]:
    """One visitor's session through the server's door: {question, beats, answer} or {question, refusal}."""
    from humandb.stage.clock import FakeClock
    from humandb.web.answers import Refusal, ask, voice_b64
    from humandb.web.app import create_app

    door = create_app(sla="demo", tier=tier, seed=seed, clock=FakeClock(RECORDED_AT), sandbox=True).state.door
    visitor = door.visitors.visit(None)  # the brain is opened on the visitor's own thread, as the server does
    limits = door.limits
    session: list[dict[str, Any]] = []
    try:
        for question in questions:
            try:
                performance = visitor.worker.call(lambda connection, question=question: ask(
                    connection, question, max_wait=limits.max_wait_seconds, max_statements=limits.max_statements))
            except Refusal as refusal:
                session.append({"question": question, "refusal": refusal.as_json()})
                continue
            answer = {key: value for key, value in performance.answer.items() if key != "beats"}
            answer["audio_b64"] = voice_b64(performance).decode("ascii")
            session.append({"question": question, "beats": performance.answer["beats"], "answer": answer})
    finally:
        door.visitors.close()
        door.finishers.shutdown()
    return session
