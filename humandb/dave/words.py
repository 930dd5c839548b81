"""Dave's phrasebook: his lines live in phrasebook.json, this module picks and fills them.

Picking is seeded and avoids the lines he used in his last twenty answers, so a session never
sounds like a loop but replays the same way with the same seed.
"""

from __future__ import annotations

import functools
import json
import random
import string
from collections.abc import Mapping
from importlib import resources
from typing import Any

__all__ = ["fill", "lines", "say"]


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


class _Slots(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # an unfilled slot stays visible rather than crashing an answer


def say(section: str, rng: random.Random, recent: Any = (), **slots: Any) -> str:
    """One filled line from `section`, preferring templates not in `recent` (which it extends)."""
    templates = lines(section)
    fresh = [template for template in templates if template not in recent]
    if fresh:
        # Among the lines not said lately, the ones said least: a long session uses the whole phrasebook.
        said = getattr(recent, "counts", {})
        least = min(said.get(line, 0) for line in fresh)
        template = rng.choice([line for line in fresh if said.get(line, 0) == least])
    else:  # everything was said lately: the line said longest ago
        used = getattr(recent, "used", {})
        template = min(templates, key=lambda line: used.get(line, -1))
    if hasattr(recent, "append"):
        recent.append(template)
    return fill(template, slots)


def fill(template: str, slots: Mapping[str, Any]) -> str:
    """Fill a template's {slots}; a slot nobody filled stays as it is."""
    return string.Formatter().vformat(template, (), _Slots(slots))
