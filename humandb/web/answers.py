"""One visitor's request, performed for the web: Dave's answer as plain JSON data and his beats on a timeline.

The pipeline works the answer out at once (the visitor's connection has a clock that never sleeps);
what the web adds is the timing: every beat gets the wall second it is due at, so the stream can
send it then, and the JSON endpoints answer when the last beat lands. The voice is made last, after
the wait, so two thousand waiting visitors hold no audio.
"""

from __future__ import annotations

import base64
import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from humandb import errors

if TYPE_CHECKING:
    from humandb.connection import Connection
    from humandb.pipeline import Answer

__all__ = ["Beat", "Performance", "Refusal", "ask", "encode", "fit", "postits", "refusal_for", "spoken", "voice_b64"]


@dataclass(frozen=True)
class Beat:
    """One moment of the performance as the browser gets it: `at` wall seconds after the request."""

    at: float
    text: str
    cue: str | None
    kind: str

    def as_json(self) -> dict[str, Any]:
        return {"at": round(self.at, 3), "text": self.text, "cue": self.cue, "kind": self.kind}


@dataclass
class Performance:
    """Everything the web says about one request: the beats, the answer, and how long to take."""

    beats: list[Beat]
    answer: dict[str, Any]
    wait_seconds: float
    voice: str = ""  # what Dave says out loud at the end (the answer beat's words)
    mood: float = 1.0


@dataclass(frozen=True)
class Refusal(Exception):  # noqa: N818 - an HTTP refusal, not an error of ours
    """A request the server will not run: an HTTP status and Dave's explanation."""

    status: int
    text: str
    cause: str
    error: str

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "cause": self.cause, "error": self.error, "status": self.status}


# Which HTTP status a PEP 249 error becomes: the sandbox names the rule it enforced (errors.Error.limit).
_LIMIT_STATUS = {"forbidden": 403, "time": 408, "size": 413, "rate": 429}


def refusal_for(error: errors.Error) -> Refusal:
    """A PEP 249 error as a 4xx: 403 for what strangers may not do, 408 too slow, 413 too big, else 400."""
    limit = getattr(error, "limit", None)
    status = _LIMIT_STATUS.get(limit or "", 400)
    return Refusal(status, error.dave, error.cause, type(error).__name__)


def ask(connection: Connection, texts: Sequence[str], *, max_wait: float) -> Performance:
    """Run the statements of one request on a visitor's connection, in order, as one transaction.

    A statement that fails rolls the whole request back (earlier statements included) and raises
    Refusal; the connection stays usable. `max_wait` caps the wall seconds of the whole performance.
    """
    answers: list[Answer] = []
    try:
        for text in texts:
            cursor = connection.execute(text)
            answer = cursor.answer
            if answer is None:  # execute() always leaves an answer; a missing one is our bug
                raise errors.InternalError("Dave lost his notes.", "the cursor kept no answer")
            answers.append(answer)
        connection.commit()
    except errors.Error as error:
        connection.rollback()
        raise refusal_for(error) from error
    return _performance(connection, answers, max_wait)


def _performance(connection: Connection, answers: list[Answer], max_wait: float) -> Performance:
    from humandb.stage.performance import timeline

    beats: list[Beat] = []
    offset = 0.0
    for answer in answers:
        report, plan = answer.report, answer.plan
        beats.extend(Beat(offset + due, beat.text, beat.cue, beat.kind)
                     for due, beat in timeline(report.script, plan.wall_seconds))
        offset += plan.wall_seconds
    # The cap squeezes the whole performance into the time a client will wait: the beats keep their order.
    squeeze = max_wait / offset if offset > max_wait > 0 else 1.0
    beats = [Beat(beat.at * squeeze, beat.text, beat.cue, beat.kind) for beat in beats]
    last = answers[-1]
    shown = next((answer for answer in reversed(answers) if answer.outcome.columns is not None), last)
    voice = next((beat.text for beat in reversed(beats) if beat.kind == "answer"), last.report.words)
    rows = shown.outcome.rows if connection.settings.exact else shown.report.rows
    answer_json: dict[str, Any] = {
        "text": "\n".join(answer.report.words for answer in answers),
        "sql": "; ".join(answer.statement.sql for answer in answers),
        "read_as": last.statement.read_as,
        "columns": list(shown.outcome.columns) if shown.outcome.columns is not None else None,
        "rows": _rows(rows),
        "exact_rows": _rows(shown.outcome.rows),
        "truncated": shown.outcome.truncated,
        "rowcount": shown.outcome.rowcount,
        "remarks": [remark for answer in answers for remark in answer.report.remarks],
        "postits": postits(connection),
        "business_minutes": round(sum(answer.plan.business_minutes for answer in answers), 1),
        "wait_seconds": round(offset * squeeze, 3),
        "eta": last.report.script.eta,
        "beats": [beat.as_json() for beat in beats],
    }
    return Performance(beats, answer_json, offset * squeeze, voice.strip('"'), last.report.script.mood)


def postits(connection: Connection) -> list[dict[str, Any]]:
    """The visitor's bezel, oldest post-it first."""
    return [{"index": postit.index, "table": postit.table, "columns": list(postit.columns),
             "colour": postit.colour, "label": postit.label, "place": postit.place, "laminated": postit.laminated}
            for postit in connection.postits]


def _rows(rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    return [[_value(value) for value in row] for row in rows]


def _value(value: Any) -> Any:
    """A database value as JSON can carry it: blobs as x'…' hex, infinities as text."""
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if value is None or isinstance(value, (int, float, str)):
        return value
    return str(value)


def spoken(performance: Performance, max_bytes: int) -> bytes:
    """The whole answer as JSON, with Dave's voice, its rows cut off (`truncated`) to fit in `max_bytes`.

    The voice is made now, at the end of the wait, and spliced into JSON encoded without it: a
    couple of hundred kilobytes of base64 need no escaping, so they are not run through the encoder.
    """
    body = encode(fit(performance.answer, max_bytes))
    return body[:-1] + b',"audio_b64":"' + voice_b64(performance) + b'"}'


def fit(answer: dict[str, Any], max_bytes: int) -> dict[str, Any]:
    """Cut rows off the end until the answer's JSON fits in `max_bytes` (and say so with `truncated`)."""
    if len(encode(answer)) <= max_bytes:
        return answer
    rows, exact = answer["rows"], answer["exact_rows"]
    keep, low = len(rows), 0
    while low < keep:  # the most rows that fit: binary search, each probe one json.dumps
        middle = (low + keep + 1) // 2
        probe = {**answer, "rows": rows[:middle], "exact_rows": exact[:middle]}
        if len(encode(probe)) <= max_bytes:
            low = middle
        else:
            keep = middle - 1
    return {**answer, "rows": rows[:low], "exact_rows": exact[:low], "truncated": True}


def encode(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def voice_b64(performance: Performance) -> bytes:
    """Dave's spoken answer as a WAV file in standard base64 (what the original client plays)."""
    return _voice(performance.voice or "Hm.", round(performance.mood, 2))


@functools.lru_cache(maxsize=64)
def _voice(text: str, mood: float) -> bytes:
    # A crowd asking the same demo questions hears many of the same lines: each is mumbled once.
    from humandb.stage.voice import telephone  # a quarter of the terminal voice's bytes, per visitor

    return base64.b64encode(telephone(text, energy=mood))
