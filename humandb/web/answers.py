"""One visitor's request, performed for the web: Dave's answer as plain JSON data and his beats on a timeline.

The visitor's connection works the answers out at once and performs nothing (it has no stage); what
the web adds is the timing: every beat gets the wall second it is due at, so the stream can
send it then, and the JSON endpoints answer when the last beat lands. The voice is made last, after
the wait, so two thousand waiting visitors hold no audio.

An answer is at most `max_response_bytes`, Dave's voice included: he says at most `SPOKEN_CHARS`
characters out loud (a longer answer trails off), his voice's bytes are set aside first, and the rest
of the answer is cut to fit the room left (rows first, then any long text).
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from humandb import errors

if TYPE_CHECKING:
    from humandb.answer import Answer
    from humandb.connection import Connection
    from humandb.dave.analyst import Report
    from humandb.sla import Timing

__all__ = ["SPOKEN_CHARS", "Cue", "Performance", "Refusal", "aloud", "ask", "desk", "encode", "fit", "linked",
           "postits", "refusal_for", "spoken", "voice_b64"]

# What Dave says out loud at most, in characters: at telephone quality about 300 KB of base64 when every
# character is a syllable of its own, a few seconds of mumbling for an ordinary answer.
SPOKEN_CHARS = 300
# A beat's words are a line on screen: a statement that names a 10,000-character table shows the start.
BEAT_CHARS = 500


@dataclass(frozen=True)
class Cue:
    """One beat of the performance as the browser gets it: `at` wall seconds after the request."""

    at: float
    text: str
    cue: str | None
    kind: str

    def as_json(self) -> dict[str, Any]:
        return {"at": round(self.at, 3), "text": self.text, "cue": self.cue, "kind": self.kind}


@dataclass
class Performance:
    """Everything the web says about one request: the beats, the answer, and how long to take."""

    beats: list[Cue]
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


def ask(connection: Connection, text: str, *, max_wait: float, max_statements: int) -> Performance:
    """Run one request on a visitor's connection through its one loop (as one transaction, at most
    `max_statements` statements) and time Dave's performance of it for the web.

    A statement that fails undoes the whole request and raises Refusal; the connection stays usable.
    `max_wait` caps the wall seconds of the whole performance.
    """
    try:
        answers = connection.ask(text, max_statements=max_statements)
    except errors.Error as error:
        raise refusal_for(error) from error
    if not answers:
        raise Refusal(400, "I read it top to bottom. There was no question in it.", "the request has no statement",
                      "BadRequest")
    return _performance(connection, answers, max_wait)


def _performance(connection: Connection, answers: list[Answer], max_wait: float) -> Performance:
    from humandb.stage.performance import timeline

    said: list[tuple[Answer, Report, Timing]] = []
    for answer in answers:
        if answer.report is None or answer.timing is None:  # a visitor's connection always does its paperwork
            raise errors.InternalError("Dave lost his notes.", "an answer came back without a report")
        said.append((answer, answer.report, answer.timing))
    cues: list[Cue] = []
    offset = 0.0
    for _, report, timing in said:
        cues.extend(Cue(offset + due, _clip(beat.text, BEAT_CHARS), beat.cue, beat.kind)
                    for due, beat in timeline(report.script, timing.wall_seconds))
        offset += timing.wall_seconds
    # The cap squeezes the whole performance into the time a client will wait: the beats keep their order.
    squeeze = max_wait / offset if offset > max_wait > 0 else 1.0
    cues = [Cue(cue.at * squeeze, cue.text, cue.cue, cue.kind) for cue in cues]
    last, last_report, _ = said[-1]
    shown = next((answer for answer, _, _ in reversed(said) if answer.outcome.columns is not None), last)
    voice = next((cue.text for cue in reversed(cues) if cue.kind == "answer"), last_report.words)
    answer_json: dict[str, Any] = {
        "text": "\n".join(report.words for _, report, _ in said),
        "sql": "; ".join(answer.statement.sql for answer in answers),
        "read_as": last.statement.read_as,
        "columns": list(shown.outcome.columns) if shown.outcome.columns is not None else None,
        "rows": _rows(shown.rows),
        "exact_rows": _rows(shown.outcome.rows),
        "truncated": shown.outcome.truncated or shown.outcome.rest is not None,
        "rowcount": shown.outcome.rowcount if shown.outcome.rowcount >= 0 else len(shown.rows),
        "remarks": [remark for _, report, _ in said for remark in report.remarks],
        "postits": postits(connection),
        "business_minutes": round(sum(timing.business_minutes for _, _, timing in said), 1),
        "wait_seconds": round(offset * squeeze, 3),
        "eta": last_report.script.eta,
        "beats": [cue.as_json() for cue in cues],
    }
    return Performance(cues, answer_json, offset * squeeze, voice.strip('"'), last_report.script.mood)


def desk(connection: Connection) -> dict[str, Any]:
    """A known visitor's desk: their bezel and their tables."""
    return {"known": True, "postits": postits(connection),
            "tables": {name: list(columns) for name, columns in connection.tables().items()}}


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
    """The whole answer as JSON with Dave's voice inside it (`audio_b64`, what the original client plays),
    in at most `max_bytes`: the voice's room is set aside first, and the rest is cut to fit (rows first,
    `truncated`; then any long text).

    The voice is made now, at the end of the wait, and spliced into JSON encoded without it: a
    couple of hundred kilobytes of base64 need no escaping, so they are not run through the encoder.
    """
    return _spliced(performance.answer, b'"audio_b64":"' + voice_b64(performance) + b'"', max_bytes)


def linked(performance: Performance, max_bytes: int, root: str = "") -> bytes:
    """The whole answer as JSON with a link to Dave's voice (`voice_url`, a small WAV the browser fetches
    when it plays it: see humandb/web/media.py), in at most `max_bytes`. `root` is the app's mount point."""
    from humandb.web.media import VOICE_PATH, voice_query

    link = {"voice_url": f"{root}{VOICE_PATH}?{voice_query(aloud(performance), performance.mood)}",
            "voice_type": "audio/wav"}
    return _spliced(performance.answer, encode_value(link)[1:-1], max_bytes)


def _spliced(answer: dict[str, Any], members: bytes, max_bytes: int) -> bytes:
    """`answer` cut to leave room for `members` (JSON object members, already encoded), then them added."""
    splice = b"," + members + b"}"
    body = encode(fit(answer, max_bytes - len(splice) + 1))  # the splice replaces the closing brace
    return body[:-1] + splice


def fit(answer: dict[str, Any], max_bytes: int) -> dict[str, Any]:
    """The answer, cut until its JSON fits in `max_bytes`: rows off the end first (saying so with
    `truncated`), then, if Dave's words alone are too long, every long text shortened.

    Each row is encoded once: the most that fit is found from their sizes, not by encoding the answer again.
    """
    size = len(encode(answer))
    if size <= max_bytes:
        return answer
    rows, exact = answer["rows"], answer["exact_rows"]
    bare = {**answer, "rows": [], "exact_rows": [], "truncated": True}
    room = max_bytes - len(encode(bare))
    if room >= 0:
        keep = 0
        for row, exact_row in zip(rows, exact, strict=False):  # Dave's rows and the exact ones, cut together
            cost = len(encode_value(row)) + len(encode_value(exact_row)) + (2 if keep else 0)  # and their commas
            if cost > room:
                break
            room -= cost
            keep += 1
        return {**bare, "rows": rows[:keep], "exact_rows": exact[:keep]}
    for chars in (2_000, 500, 100):  # no row fits beside his words: the words get shorter
        clipped: dict[str, Any] = _clipped(bare, chars)
        if len(encode(clipped)) <= max_bytes:
            return clipped
    return {"text": _clip(str(answer.get("text", "")), 100), "sql": "", "columns": None, "rows": [], "exact_rows": [],
            "truncated": True, "beats": []}


def _clipped(value: Any, chars: int) -> Any:
    """Every string in `value` (a JSON value) at most `chars` long."""
    if isinstance(value, str):
        return _clip(value, chars)
    if isinstance(value, list):
        return [_clipped(item, chars) for item in value]
    if isinstance(value, dict):
        return {key: _clipped(item, chars) for key, item in value.items()}
    return value


def _clip(text: str, chars: int) -> str:
    """`text` cut to `chars` characters at a word's end where there is one, marked with an ellipsis."""
    if len(text) <= chars:
        return text
    cut = text[: chars - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > chars // 2 else cut).rstrip(" ,;:") + "…"


def encode(data: dict[str, Any]) -> bytes:
    return encode_value(data)


def encode_value(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def voice_b64(performance: Performance) -> bytes:
    """Dave's spoken answer (at most SPOKEN_CHARS of it) as a WAV file in standard base64 (what the original
    client plays)."""
    from humandb.stage.voice import telephone  # a quarter of the terminal voice's bytes, per visitor

    return base64.b64encode(telephone(aloud(performance), energy=performance.mood))


def aloud(performance: Performance) -> str:
    """What Dave says out loud: his last words, at most SPOKEN_CHARS of them (a longer answer trails off)."""
    return _clip(performance.voice, SPOKEN_CHARS)
