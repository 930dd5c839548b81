"""The site's recordings say what the code says today: recorded again, the tape and Dave's hours are the same.

`humandb site record` records on a fixed date and seed (humandb/web/record.py), so a second recording of
the same code is the same tape. When Dave's words change, this fails until the site is recorded again
(`humandb site record` in the checkout); the machines' times are measured, so only Dave's hours are compared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")

from humandb.web.record import QUESTIONS, RECORDED_AT, transcripts

SITE = Path(__file__).resolve().parents[1] / "site"


def _tape() -> dict[str, Any]:
    script = (SITE / "data" / "tape.js").read_text(encoding="utf-8")
    prefix = "window.HUMANDB_TAPE = "
    line = next(line for line in script.splitlines() if line.startswith(prefix))
    tape: dict[str, Any] = json.loads(line.removeprefix(prefix).removesuffix(";"))
    return tape


def _without_voices(session: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recordings without their voice files: MP3 or WAV depends on whether `lame` is installed."""
    kept = []
    for recording in session:
        recording = {key: value for key, value in recording.items() if key != "voice"}
        if "answer" in recording:
            recording["answer"] = {key: value for key, value in recording["answer"].items()
                                   if key not in ("voice", "voice_type")}
        kept.append(recording)
    return kept


def test_the_tape_is_what_dave_says_today() -> None:
    tape = _tape()
    assert (tape["recorded"], tape["seed"], tape["tier"], tape["sla"]) == (
        RECORDED_AT.isoformat(timespec="minutes"), 1, "free", "demo")
    assert [recording["question"] for recording in tape["transcripts"]] == list(QUESTIONS)
    today = _without_voices(transcripts(QUESTIONS, seed=tape["seed"], tier=tape["tier"]))
    assert json.loads(json.dumps(today, ensure_ascii=False)) == _without_voices(tape["transcripts"])


def test_every_answer_on_the_tape_has_its_voice_file() -> None:
    for recording in _tape()["transcripts"]:
        if "answer" in recording:
            voice = SITE / recording["answer"]["voice"]
            assert voice.is_file() and voice.stat().st_size > 1000, voice


def test_the_recorded_benchmark_has_dave_s_hours_of_the_tape_s_moment() -> None:
    from humandb.bench import measure
    from humandb.stage.clock import FakeClock

    recorded = json.loads((SITE / "data" / "bench.json").read_text(encoding="utf-8"))
    today = measure(seed=1, tier="free", clock=FakeClock(RECORDED_AT))
    assert recorded["humandb_business_hours"] == today["humandb_business_hours"]
    assert [query["humandb_business_hours"] for query in recorded["per_query"]] == today["humandb_business_hours"]
