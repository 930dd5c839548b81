"""Yes/no questions: "is any fine over 50?", "are there any overdue loans?", "does any species have a wingspan
over 150?" ask whether such rows exist — one answer, yes or no, never the list of the rows themselves."""

from __future__ import annotations

from sqlglot import exp

from humandb.reading.questions.query import literal

__all__ = ["asks_whether", "asks_yes_or_no", "every_one", "whether"]

_AUXILIARIES = frozenset("is are was were does do did has have can".split())
_SOME = frozenset({"any", "there", "anyone", "anybody", "anything"})


_ASKERS = frozenset("we you they i".split())  # "do we have any", "have you got any": who asks stands between
_REQUESTS = frozenset("you u list show give tell get print display find".split())  # "can you list", "do you have"
_EVERY = frozenset("every all each".split())


def asks_whether(raw: list[str]) -> bool:
    """A question that opens with an auxiliary verb and "any" or "there" close behind it."""
    if not raw or raw[0] not in _AUXILIARIES:
        return False
    near = raw[1:4] if len(raw) > 1 and raw[1] in _ASKERS else raw[1:3]
    return bool(set(near) & _SOME)


def asks_yes_or_no(raw: list[str]) -> bool:
    """A question put as yes or no ("has Swift ever been repaired?", "did Kestrel get repaired?"), not a request
    for rows said politely ("can you list the boats", "do you have the rowers' names")."""
    return len(raw) > 1 and raw[0] in _AUXILIARIES and raw[1] not in _REQUESTS


def every_one(raw: list[str]) -> str | None:
    """"Does every rower have a captain?", "are all repairs over 50?": whether something holds of every row,
    which a list of the rows it holds for would seem to answer, and doesn't. The word that says so."""
    return next((token for token in raw[1:4] if token in _EVERY), None) if asks_yes_or_no(raw) else None


def whether(listing: exp.Select) -> exp.Select:
    """The listing's rows, asked about: 'yes' when there is at least one, else 'no'."""
    found = exp.Exists(this=listing)
    answer = exp.Case(ifs=[exp.If(this=found, true=literal("yes"))], default=literal("no"))
    return exp.Select(expressions=[exp.alias_(answer, "answer")])
