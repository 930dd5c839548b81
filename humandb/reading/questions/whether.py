"""Yes/no questions: "is any fine over 50?", "are there any overdue loans?", "does any species have a wingspan
over 150?" ask whether such rows exist — one answer, yes or no, never the list of the rows themselves."""

from __future__ import annotations

from sqlglot import exp

from humandb.reading.questions.query import literal

__all__ = ["asks_whether", "whether"]

_AUXILIARIES = frozenset("is are was were does do did has have can".split())
_SOME = frozenset({"any", "there", "anyone", "anybody", "anything"})


_ASKERS = frozenset("we you they i".split())  # "do we have any", "have you got any": who asks stands between


def asks_whether(raw: list[str]) -> bool:
    """A question that opens with an auxiliary verb and "any" or "there" close behind it."""
    if not raw or raw[0] not in _AUXILIARIES:
        return False
    near = raw[1:4] if len(raw) > 1 and raw[1] in _ASKERS else raw[1:3]
    return bool(set(near) & _SOME)


def whether(listing: exp.Select) -> exp.Select:
    """The listing's rows, asked about: 'yes' when there is at least one, else 'no'."""
    found = exp.Exists(this=listing)
    answer = exp.Case(ifs=[exp.If(this=found, true=literal("yes"))], default=literal("no"))
    return exp.Select(expressions=[exp.alias_(answer, "answer")])
