"""The OpenAPI document of the JSON API (served at /openapi.json). Written out by hand: it is the contract."""

from __future__ import annotations

from typing import Any

__all__ = ["document"]

_VALUE = {"description": "a database value: number, text, null; blobs as x'…' hex"}
_ROWS = {"type": "array", "items": {"type": "array", "items": _VALUE}}

_SCHEMAS: dict[str, Any] = {
    "Question": {
        "type": "object",
        "required": ["sql"],
        "properties": {"sql": {"type": "string", "minLength": 1, "maxLength": 10_000,
                               "description": "SQL (any sqlglot dialect; DuckDB's by default) or an English "
                                              "question; up to 5 statements separated by semicolons, run as one "
                                              "transaction"}},
    },
    "Beat": {
        "type": "object",
        "required": ["at", "text", "kind"],
        "properties": {
            "at": {"type": "number", "description": "wall seconds after the request when this happens"},
            "text": {"type": "string"},
            "cue": {"type": ["string", "null"], "description": "a desk sound: its URL is in /api/desk's cues"},
            "kind": {"type": "string", "enum": ["receive", "contact", "eta", "work", "answer"]},
        },
    },
    "PostIt": {
        "type": "object",
        "properties": {"index": {"type": "string"}, "table": {"type": "string"},
                       "columns": {"type": "array", "items": {"type": "string"}},
                       "colour": {"type": "string"}, "label": {"type": "string"}, "place": {"type": "string"},
                       "laminated": {"type": "boolean",
                                     "description": "a UNIQUE index: a rule that never falls off the bezel"}},
    },
    "Answer": {
        "type": "object",
        "required": ["text", "voice_url", "sql", "rows", "beats"],
        "properties": {
            "text": {"type": "string", "description": "Dave's words"},
            "voice_url": {"type": "string", "description": "Dave saying his answer: a GET of a WAV file "
                                                            "(/api/voice.wav), the same for the same words"},
            "voice_type": {"type": "string", "description": "the voice's media type"},
            "sql": {"type": "string", "description": "the SQL Dave ran (an English question's translation)"},
            "read_as": {"type": "string", "description": "how Dave read an English question"},
            "columns": {"type": ["array", "null"], "items": {"type": "string"}},
            "rows": {**_ROWS, "description": "the rows as Dave reports them (rounded, human)"},
            "exact_rows": {**_ROWS, "description": "the rows as the database has them"},
            "truncated": {"type": "boolean", "description": "rows were cut off to keep the answer small"},
            "rowcount": {"type": "integer"},
            "remarks": {"type": "array", "items": {"type": "string"}, "description": "what Dave noticed"},
            "postits": {"type": "array", "items": {"$ref": "#/components/schemas/PostIt"}},
            "business_minutes": {"type": "number"},
            "wait_seconds": {"type": "number", "description": "how long the answer took, on the wall clock"},
            "eta": {"type": "string"},
            "beats": {"type": "array", "items": {"$ref": "#/components/schemas/Beat"}},
        },
    },
    "AnchorAnswer": {
        "allOf": [{"$ref": "#/components/schemas/Answer"}],
        "required": ["audio_b64"],
        "properties": {"audio_b64": {"type": "string",
                                     "description": "Dave saying his answer: a WAV file, standard base64"}},
        "description": "the answer as the humandb 0.1.0 client expects it: the voice inside (no voice_url)",
    },
    "Refusal": {
        "type": "object",
        "required": ["text", "cause", "status"],
        "properties": {"text": {"type": "string", "description": "Dave's explanation"},
                       "cause": {"type": "string", "description": "the technical cause"},
                       "error": {"type": "string", "description": "PEP 249 exception name, or the HTTP reason"},
                       "status": {"type": "integer"}},
    },
    "Desk": {
        "type": "object",
        "properties": {"known": {"type": "boolean", "description": "the cookie names a visitor this server knows"},
                       "postits": {"type": "array", "items": {"$ref": "#/components/schemas/PostIt"}},
                       "tables": {"type": "object", "additionalProperties": {"type": "array",
                                                                            "items": {"type": "string"}}},
                       "cues": {"type": "object", "additionalProperties": {"type": "string"},
                                "description": "each desk sound's URL: named by its content, cacheable for a year"}},
    },
}


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _refusals() -> dict[str, Any]:
    reasons = {"400": "SQL Dave cannot run, or a body that is not {\"sql\": \"…\"}",
               "403": "something strangers may not do (ATTACH, PRAGMA writes, files, extensions)",
               "408": "the statement took longer than its time budget, or the body took too long to arrive",
               "413": "too long, too big, or too many statements",
               "415": "a body not sent as application/json",
               "429": "too many requests (or new visitors) from one address, or too many of one visitor's waiting "
                      "(see Retry-After)",
               "503": "every desk is taken by a visitor seen in the last two minutes, or Dave is busy: the request "
                      "was not begun within two seconds and did not run (see Retry-After)"}
    return {status: {"description": reason, "content": {"application/json": {"schema": _ref("Refusal")}}}
            for status, reason in reasons.items()}


def _asking(summary: str, answer: dict[str, Any]) -> dict[str, Any]:
    return {
        "summary": summary,
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("Question")}}},
        "responses": {"200": answer, **_refusals()},
    }


def document(version: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document for this server."""
    answer = {"description": "Dave's answer, after his wait",
              "content": {"application/json": {"schema": _ref("Answer")}}}
    anchor = {"description": "Dave's answer, after his wait, his voice inside it",
              "content": {"application/json": {"schema": _ref("AnchorAnswer")}}}
    stream = {"description": "Server-Sent Events: `beat` events as Dave works, then one `answer` event",
              "content": {"text/event-stream": {"schema": {"type": "string"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "HumanDB", "version": version,
                 "description": "The world's first human-powered analytical database, over HTTP. Each visitor "
                                "(the humandb_visitor cookie) has a private copy of Dave's sample company."},
        "paths": {
            "/api/humandb-query/": {"post": _asking("Ask Dave (compatible with the humandb 0.1.0 client)", anchor)},
            "/api/query": {"post": _asking("Ask Dave; the answer comes when he is done", answer)},
            "/api/stream": {"post": _asking("Ask Dave and watch him work (Server-Sent Events)", stream)},
            "/api/desk": {"get": {"summary": "Your tables and Dave's bezel of post-its",
                                  "responses": {"200": {"description": "the visitor's desk",
                                                        "content": {"application/json": {"schema": _ref("Desk")}}}}}},
            "/api/voice.wav": {"get": {
                "summary": "Dave saying some words (an answer's voice_url)",
                "parameters": [
                    {"name": "say", "in": "query", "required": True,
                     "schema": {"type": "string", "maxLength": 300}, "description": "what he says"},
                    {"name": "mood", "in": "query", "schema": {"type": "number", "minimum": 0, "maximum": 2},
                     "description": "his energy: lower is slower and lower"}],
                "responses": {"200": {"description": "a WAV file (8 kHz, 8-bit), cacheable forever",
                                      "content": {"audio/wav": {"schema": {"type": "string", "format": "binary"}}}},
                              **{status: reason for status, reason in _refusals().items()
                                 if status in ("400", "413", "429", "503")}}}},
        },
        "components": {"schemas": _SCHEMAS},
    }
