"""Recordings for the site: the benchmark table and a few real answers for hosts without a server.

`humandb site record` writes into the site's data/ folder (shipped with it):

    bench.json        what `humandb bench --json` prints: the benchmark table's numbers
    tape.js           real answers, recorded through the server's own door on a fixed date and seed,
                      played back by the console when it finds no /api/desk (a static host, a file);
                      a script rather than JSON, because a page opened as a file may load a script but
                      not fetch a file
    tape/N.mp3        Dave's voice for answer N, fetched only when it plays (tape/N.wav where the `lame`
                      encoder is not installed): the tape itself stays a few kilobytes

The answers are the server's own: the app is built as `humandb serve` builds it, one visitor (always the
same id, so the same luck) comes in, and each question goes through the same `ask` the stream endpoint
calls. The voice is recorded at telephone quality (8 kHz, 8-bit).
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from humandb.connection import Connection

__all__ = ["QUESTIONS", "RECORDED_AT", "record"]

# What the tape holds: the console's example chips, two more English questions, and one refusal.
QUESTIONS = (
    "SELECT COUNT(*) FROM orders",
    "how many customers are there",
    "CREATE INDEX idx_orders_customer ON orders(customer_id)",
    "SELECT department, AVG(salary) FROM employees GROUP BY department",
    "whose birthday is next?",
    "what is the average order amount by country",
    "ATTACH DATABASE 'x' AS y",
)

# April Fools' Day 2026, a Wednesday, 10:00: a fair morning for Dave, and the date of the joke.
RECORDED_AT = datetime.datetime(2026, 4, 1, 10, 0)
TAPE_VISITOR = "tape"  # the recorded visitor's id: their Dave's luck (humandb.web.app.visitor_seed)


def record(out: str | os.PathLike[str] | None = None, *, seed: int = 1, tier: str = "free") -> list[Path]:
    """Write bench.json, tape.js and the tape's voices into `out` (default: the site's data/ folder);
    return the paths of the first two."""
    from humandb.bench import measure
    from humandb.web.app import site_dir

    folder = Path(out) if out is not None else site_dir() / "data"
    voices = folder / "tape"
    voices.mkdir(parents=True, exist_ok=True)
    session = transcripts(QUESTIONS, seed=seed, tier=tier)
    for number, recording in enumerate(session, 1):
        wav = recording.pop("voice", None)
        if wav is not None:
            name, kind = _keep_voice(wav, voices / str(number))
            recording["answer"].update(voice=f"data/tape/{name}", voice_type=kind)
    tape = {"recorded": RECORDED_AT.isoformat(timespec="minutes"), "seed": seed, "tier": tier, "sla": "demo",
            "transcripts": session}
    bench = folder / "bench.json"
    from humandb.stage.clock import FakeClock

    # Dave's hours at the tape's own moment: recorded again, they are the same (only the machines' times move).
    measured = measure(seed=seed, tier=cast(Any, tier), clock=FakeClock(RECORDED_AT))
    bench.write_text(json.dumps(measured, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    script = folder / "tape.js"
    script.write_text("// Dave's recorded answers, for hosts without a server (a static host, a file): "
                      "see console.js.\n"
                      f"window.HUMANDB_TAPE = {json.dumps(tape, ensure_ascii=False, separators=(',', ':'))};\n",
                      encoding="utf-8")
    return [bench, script]


def _keep_voice(wav: bytes, stem: Path) -> tuple[str, str]:
    """The voice written next to the tape, as MP3 when `lame` is there (a third of the bytes), else WAV."""
    lame = shutil.which("lame")
    if lame is not None:
        mp3 = stem.with_suffix(".mp3")
        done = subprocess.run([lame, "--quiet", "-b", "16", "-", str(mp3)], input=wav, check=False, timeout=60)
        if done.returncode == 0:
            stem.with_suffix(".wav").unlink(missing_ok=True)
            return mp3.name, "audio/mpeg"
    path = stem.with_suffix(".wav")
    path.write_bytes(wav)
    stem.with_suffix(".mp3").unlink(missing_ok=True)
    return path.name, "audio/wav"


def transcripts(questions: tuple[str, ...] | list[str], *, seed: int, tier: str) -> list[dict[str, Any]]:
    """One visitor's session through the server's door: {question, beats, answer, voice} (the voice a WAV's
    bytes) or {question, refusal}."""
    from humandb.stage.clock import FakeClock
    from humandb.stage.voice import telephone
    from humandb.web.answers import Performance, Refusal, aloud, ask
    from humandb.web.app import create_app
    from humandb.web.workers import Worker

    door = create_app(sla="demo", tier=tier, seed=seed, clock=FakeClock(RECORDED_AT), sandbox=True).state.door
    worker = Worker(lambda: door.open_brain(TAPE_VISITOR), "humandb-tape")  # on its own thread, as a visitor's
    limits = door.limits
    session: list[dict[str, Any]] = []
    try:
        for question in questions:
            def asked(connection: Connection, question: str = question) -> Performance:
                return ask(connection, question, max_wait=limits.max_wait_seconds,
                           max_statements=limits.max_statements)

            try:
                performance = worker.call(asked)
            except Refusal as refusal:
                session.append({"question": question, "refusal": refusal.as_json()})
                continue
            answer = {key: value for key, value in performance.answer.items() if key != "beats"}
            session.append({"question": question, "beats": performance.answer["beats"], "answer": answer,
                            "voice": telephone(aloud(performance), energy=performance.mood)})
    finally:
        worker.close()
        worker.join(10)
        door.visitors.close()
        door.finishers.shutdown()
        door.voices.shutdown()
    return session
