"""Post-it indexing — sub-optimal but colorful.

Every index Dave is asked to create becomes a handwritten post-it on his monitor bezel. The bezel
holds twelve; the thirteenth knocks the oldest one behind the desk, and that index is gone. The
post-its themselves are kept by the brain (a hidden table), so they survive with a file database.

A UNIQUE index is not a note but a rule: Dave laminates it. A lost post-it may cost speed, never a
constraint, so a laminated card takes none of the twelve places and never falls.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from humandb.dave import words
from humandb.dave.desk import GARY, Desk

__all__ = ["CAPACITY", "COLOURS", "PLACES", "BezelChange", "PostIt", "crowded_out", "from_row", "loose", "to_row",
           "write"]

CAPACITY = 12
COLOURS = ("yellow", "pink", "green", "blue", "orange")
PLACES = ("top", "left", "right")


@dataclass(frozen=True)
class PostIt:
    """One index as Dave wrote it down."""

    index: str
    table: str
    columns: tuple[str, ...]
    colour: str
    label: str
    place: str
    stuck_on: str  # the day he stuck it there, ISO format
    laminated: bool = False  # a UNIQUE index: a rule, not a note; it never falls off


@dataclass(frozen=True)
class BezelChange:
    """What one statement did to the bezel: a post-it stuck, peeled off, or fallen behind the desk."""

    stuck: PostIt | None = None
    peeled: PostIt | None = None
    fallen: PostIt | None = None


def _columns_in_words(columns: Sequence[str]) -> str:
    # customer_id reads as "customer" on a post-it: Dave writes what it means, not what it's called
    spoken = [column[:-3] if column.lower().endswith("_id") else column for column in columns]
    return " & ".join(spoken) or "something"


def write(
    index: str, table: str, columns: Sequence[str], *, on_bezel: Sequence[PostIt], desk: Desk,
    rng: random.Random, today: str, laminated: bool = False,
) -> PostIt:
    """Dave writes a post-it for a new index (a laminated rule for a UNIQUE one) and picks where it goes:
    the emptiest side of the bezel."""
    crowding = Counter(postit.place for postit in on_bezel)
    emptiest = min(crowding.get(place, 0) for place in PLACES)
    place = rng.choice([p for p in PLACES if crowding.get(p, 0) == emptiest])
    section = "postit.rule_label" if laminated else "postit.label"
    label = words.say(section, rng, desk.rotation, table=table, columns=_columns_in_words(columns),
                      gary=GARY, colleague=desk.colleague(rng))
    return PostIt(index, table, tuple(columns), rng.choice(COLOURS), label, place, today, laminated)


def loose(on_bezel: Sequence[PostIt]) -> list[PostIt]:
    """The post-its that take a place on the bezel (and can fall): every one but the laminated rules."""
    return [postit for postit in on_bezel if not postit.laminated]


def crowded_out(on_bezel: Sequence[PostIt], new: PostIt) -> PostIt | None:
    """The post-it that `new` knocks behind the desk: the oldest loose one, once all twelve places are taken."""
    if new.laminated:
        return None
    notes = loose(on_bezel)
    return notes[0] if len(notes) >= CAPACITY else None


def from_row(row: Sequence[str]) -> PostIt:
    """A post-it as the brain keeps it (see brain/metadata.py: the last column says whether its index is
    UNIQUE) back into Dave's hands."""
    index, table, columns, colour, label, place, stuck_on, unique = row
    return PostIt(index, table, tuple(columns.split(",")) if columns else (), colour, label, place, stuck_on,
                  unique == "1")


def to_row(postit: PostIt) -> tuple[str, ...]:
    return (postit.index, postit.table, ",".join(postit.columns), postit.colour, postit.label, postit.place,
            postit.stuck_on)
