"""Dave's phrasebook: his lines live in phrasebook.json; this module decides which one comes next and fills it.

Deciding and rendering are two steps. `line` decides: a section, which of its templates, and the values
for its slots, as a `Line` (a value; nothing is formatted yet). `Line.render` fills the template, and
is pure, so a later pass may render only the lines somebody reads.

Which template comes next is a rotation: each section's templates in an order shuffled once per
(seed, section), walked one step per use. Nothing is scanned, a line never comes back before the rest
of its section has had its turn, and the same seed walks the same way.

Slots take a small format language, so no template builds English by hand (see grammar.py):
``{snack:a}`` → "a donut", ``{gary:'s}`` → "Gary's", ``{names:list}`` → "Priya, Tom and Ana",
``{table:cap}`` → "Orders". Every line starts with a capital letter.
"""

from __future__ import annotations

import functools
import json
import random
import re
import string
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any, NamedTuple

from humandb.dave import grammar

__all__ = ["Later", "Line", "Rotation", "fill", "line", "lines", "phrasebook", "say"]


@functools.cache
def phrasebook() -> dict[str, tuple[str, ...]]:
    text = resources.files("humandb.dave").joinpath("phrasebook.json").read_text(encoding="utf-8")
    return {section: tuple(templates) for section, templates in json.loads(text).items()}


def lines(section: str) -> tuple[str, ...]:
    """Every template of one section, e.g. ``lines("answer.count")``."""
    try:
        return phrasebook()[section]
    except KeyError:
        raise KeyError(f"the phrasebook has no section {section!r}") from None


class Line(NamedTuple):
    """One thing Dave decided to say: template number `choice` of `section`, and what goes in its slots. (A
    named tuple: a report makes a dozen of these, and a tuple is the cheapest value Python has.)"""

    section: str
    choice: int
    slots: tuple[tuple[str, Any], ...] = ()

    @property
    def template(self) -> str:
        return lines(self.section)[self.choice]

    @property
    def key(self) -> str:
        """Which joke this is, whatever filled it: "ledger.lent#2"."""
        return f"{self.section}#{self.choice}"

    def render(self) -> str:
        try:
            return _rendered(self.section, self.choice, self.slots)
        except TypeError:  # a slot that can't be hashed (a list of names): render it afresh
            return fill(self.template, dict(self.slots))


class Rotation:
    """Where Dave is in each section's seeded order of templates (one per desk)."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.turns: dict[str, int] = {}
        self._orders: dict[str, tuple[int, ...]] = {}

    def next(self, section: str) -> int:
        """The template to use next from `section`, and a step on."""
        order = self._orders.get(section)
        if order is None:
            order = self._orders[section] = _order(self.seed, section, len(lines(section)))
        turn = self.turns.get(section, 0)
        self.turns[section] = turn + 1
        return order[turn % len(order)]

    def used(self, section: str) -> int:
        """How many times `section` has been used."""
        return self.turns.get(section, 0)


@functools.lru_cache(maxsize=4096)
def _order(seed: int, section: str, size: int) -> tuple[int, ...]:
    order = list(range(size))
    random.Random(f"{seed}:{section}").shuffle(order)  # a str seed: the same order in every process
    return tuple(order)


def line(section: str, rng: random.Random, rotation: Rotation | None = None, **slots: Any) -> Line:
    """Decide a line of `section`: the next in the desk's rotation, or (with no desk) one `rng` picks. Only the
    slots its template uses are kept; one given as a `Later` is worked out only then (naming a colleague
    costs a Faker)."""
    index = rotation.next(section) if rotation is not None else rng.randrange(len(lines(section)))
    if not slots:  # most of Dave's lines: nothing to fill
        return _line((section, index, ()))
    used = _names(section, index)
    return _line((section, index, tuple(
        [(name, value.make() if type(value) is Later else value) for name, value in slots.items() if name in used])))


# A Line from a 3-tuple in one C call: NamedTuple's own __new__ is a Python function, and a report makes a dozen.
_line: Callable[[tuple[str, int, tuple[tuple[str, Any], ...]]], Line] = functools.partial(tuple.__new__, Line)


@functools.lru_cache(maxsize=8192)
def _rendered(section: str, choice: int, slots: tuple[tuple[str, Any], ...]) -> str:
    """A rendered line, kept: the same line with the same slots (a work beat, a greeting) comes up again and
    again, and rendering is pure."""
    return fill(lines(section)[choice], dict(slots))


class Later(NamedTuple):
    """A slot value worked out only when a line uses it."""

    make: Callable[[], Any]


@functools.lru_cache(maxsize=8192)
def _names(section: str, choice: int) -> frozenset[str]:
    return frozenset(name for _, name, _ in _parts(lines(section)[choice]) if name is not None)


def say(section: str, rng: random.Random, recent: Rotation | None = None, **slots: Any) -> str:
    """One filled line from `section` (decided and rendered at once), e.g. for an error's words."""
    return line(section, rng, recent if isinstance(recent, Rotation) else None, **slots).render()


# -- rendering ---------------------------------------------------------------------------------

_Part = tuple[str, str | None, str]  # literal text, then a slot's name (None: none) and its format spec


@functools.lru_cache(maxsize=8192)
def _parts(template: str) -> tuple[_Part, ...]:
    return tuple((literal, name, spec or "") for literal, name, spec, _ in string.Formatter().parse(template))


@functools.lru_cache(maxsize=8192)
def _capitals(template: str) -> tuple[bool, bool]:
    """Whether a filled template may need a capital put in: at its start (it starts with a slot or a lower-case
    letter), and after a full stop (a sentence in it starts with a slot). Worked out once per template."""
    head = template.lstrip("“‘\"'( ")
    starts = head.startswith("{") or head[:1].islower()
    return starts, _SLOT_STARTS_SENTENCE.search(template) is not None


_SLOT_STARTS_SENTENCE = re.compile(r"(?<!\.)[.!?]\s+[“‘\"'(]?\{")


def _listed(value: Any) -> str:
    return grammar.listed([str(item) for item in value]) if isinstance(value, Sequence) and not isinstance(
        value, str) else str(value)


_SPECS: dict[str, Callable[[Any], str]] = {
    "a": lambda value: grammar.a(str(value)),
    "cap": lambda value: grammar.capitalised(str(value)),
    "'s": lambda value: grammar.possessive(str(value)),
    "list": _listed,
}


def _shaped(value: Any, spec: str) -> str:
    """A slot's value through its spec: Dave's own ("a", "cap", "'s", "list", chained as "a:cap"), else
    Python's format spec."""
    if not spec:
        return str(value)
    steps = spec.split(":")
    if all(step in _SPECS for step in steps):
        for step in steps:
            value = _SPECS[step](value)
        return str(value)
    return format(value, spec)


def fill(template: str, slots: Mapping[str, Any]) -> str:
    """Fill a template's {slots}, starting the line with a capital. A slot nobody filled stays as it is,
    visible (the character tests look for braces), rather than crashing an answer."""
    out: list[str] = []
    for literal, name, spec in _parts(template):
        out.append(literal)
        if name is None:
            continue
        if name not in slots:
            out.append("{" + name + (":" + spec if spec else "") + "}")
            continue
        out.append(_shaped(slots[name], spec))
    text = "".join(out)
    starts, inside = _capitals(template)
    if starts:
        text = grammar.capitalised(text)
    return _SENTENCE.sub(_upper, text) if inside else text


# A sentence that starts with a slot ("delivered leads...") starts with a capital all the same.
_SENTENCE = re.compile(r"((?<!\.)[.!?]\s+)([a-z])")  # not after "...": that is a pause, not a full stop


def _upper(match: re.Match[str]) -> str:
    rest = match.string[match.start(2):]
    if grammar.capitalised(rest) == rest:  # an email or a snake_case name starts the sentence: as it is
        return match.group(0)
    return match.group(1) + match.group(2).upper()
