"""English for Dave's slots: numbers that agree with their nouns, articles that agree with the next word,
counts the way people say them, lists and possessives. No template builds these by hand.

The inflection itself is `inflect`'s. Its functions carry run-time type checks (typeguard) that cost
seconds at import and a hundred microseconds a call, so it is imported here with those checks left
out (we call it with plain strings we made ourselves), and every answer is cached: Dave's vocabulary
is small and repeats.

>>> counted(1, "row"), counted(3, "pile"), counted(12, "egg"), counted(18000, "order", approximate=True)
('one row', 'three piles', 'a dozen eggs', 'about 18 thousand orders')
>>> a("orange post-it"), a("hour"), a("8-page printout"), a("$87,000 salary")
('an orange post-it', 'an hour', 'an 8-page printout', 'an $87,000 salary')
>>> listed(["Priya"]), listed(["Priya", "Tom"]), listed(["Priya", "Tom", "Ana"])
('Priya', 'Priya and Tom', 'Priya, Tom and Ana')
>>> plural("status"), plural("category"), singular("employees"), singular("staff")
('statuses', 'categories', 'employee', None)
"""

from __future__ import annotations

import functools
import math
import re
import sys
import types
from collections.abc import Sequence
from typing import Any

__all__ = ["a", "capitalised", "counted", "listed", "noun_of", "number_words", "plural", "possessive", "singular"]

_SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WORD = re.compile(r"[A-Za-z]+")
# Plurals nobody counts one of: "a datum", "a medium".
_NOT_COUNTED = frozenset({"data", "media", "metadata", "news", "series", "species"})


@functools.cache
def _engine() -> Any:
    """inflect's engine, imported without typeguard's instrumentation (see the module's docstring)."""
    if "inflect" not in sys.modules:
        real = sys.modules.get("typeguard")
        stand_in = types.ModuleType("typeguard")
        stand_in.typechecked = _unchecked  # type: ignore[attr-defined]
        sys.modules["typeguard"] = stand_in
        try:
            import inflect  # noqa: F401 - imported for its module object, taken from sys.modules below
        finally:
            if real is None:
                del sys.modules["typeguard"]
            else:
                sys.modules["typeguard"] = real
    return sys.modules["inflect"].engine()


def _unchecked(target: Any = None, **_options: Any) -> Any:
    """typeguard's ``@typechecked`` as a no-op, with or without arguments."""
    return target if target is not None else (lambda function: function)


@functools.lru_cache(maxsize=4096)
def plural(noun: str) -> str:
    """The plural of a noun ("status" → "statuses"); a phrase pluralises its last word."""
    if not noun.strip():
        return noun
    head, _, last = noun.rpartition(" ")
    if not _WORD.fullmatch(last):
        return noun if noun.endswith("s") else noun + "s"
    many = str(_engine().plural_noun(last))
    return f"{head} {many}" if head else many


@functools.lru_cache(maxsize=4096)
def singular(noun: str) -> str | None:
    """The singular of a plural noun ("employees" → "employee"); None when the word is not a plural."""
    head, _, last = noun.strip().rpartition(" ")
    if not _WORD.fullmatch(last or "-"):
        return None
    one = _engine().singular_noun(last)
    if not one or one == last:
        return None
    return f"{head} {one}" if head else str(one)


@functools.lru_cache(maxsize=1024)
def noun_of(table: str) -> tuple[str, str] | None:
    """What a table's rows are called, (one, many): "orders" → ("order", "orders"), "order_items" →
    ("order item", "order items"); None when the name is no plural noun ("staff", "t1"), where Dave
    says "rows"."""
    words = " ".join(table.replace("_", " ").split()).lower()
    if not words or words.rpartition(" ")[2] in _NOT_COUNTED:
        return None
    if not all(_WORD.fullmatch(word) for word in words.split()):
        return None
    one = singular(words)
    return (one, words) if one else None


@functools.lru_cache(maxsize=4096)
def _article(word: str) -> str:
    if word[0].isdigit():  # inflect reads "8" as a letter-less word: say the number first
        digits = re.match(r"[\d,]*\d", word)
        spoken = str(_engine().number_to_words(digits.group().replace(",", ""))) if digits else word
        return _article(spoken.split()[0].split("-")[0])
    return str(_engine().a(word)).split(" ", 1)[0]


def a(phrase: str) -> str:
    """The phrase with "a" or "an", as it sounds: "an hour", "a unicorn", "an 18-page printout"."""
    first = phrase.lstrip("$£€“‘'\"(").split(" ", 1)[0]
    if not first:
        return phrase
    return f"{_article(first)} {phrase}"


def number_words(count: int) -> str:
    """Small counts in words, as people say them; bigger ones in digits ("three", "12", "1,204")."""
    return _SMALL_WORDS[count] if 0 <= count < len(_SMALL_WORDS) else f"{count:,}"


def counted(count: float, noun: str, *, approximate: bool = False, spoken: str = "") -> str:
    """A count with its noun, agreeing: "one row", "three piles", "a dozen eggs", "about 18 thousand orders".

    `spoken` is how the number is said when not in plain digits ("18 thousand"); `approximate` puts
    "about" in front, because a rounded number is not the exact one.
    """
    whole = isinstance(count, int) or (math.isfinite(count) and float(count).is_integer())
    if not approximate and whole and int(count) == 12:
        return f"a dozen {plural(noun)}"
    if spoken:
        said = spoken
    elif whole and 0 <= count < len(_SMALL_WORDS):
        said = number_words(int(count))
    else:
        from humandb.dave.rounding import spoken as said_aloud

        said = said_aloud(count)
    one = whole and abs(count) == 1
    phrase = f"{said} {noun if one else plural(noun)}"
    return f"about {phrase}" if approximate else phrase


def listed(items: Sequence[str], conjunction: str = "and") -> str:
    """Items as a person lists them: "A", "A and B", "A, B and C"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def possessive(name: str) -> str:
    """ "Gary" → "Gary's"; "the orders" → "the orders'"."""
    return f"{name}'" if name.endswith("s") and not name[:1].isupper() else f"{name}'s"


_IDENTIFIER = re.compile(r"[\w.+-]*(?:@|_|\.[a-z])")  # an email, a snake_case name, a file: spelled as it is


def capitalised(text: str) -> str:
    """The first letter upper case, the rest as it was (a table's name keeps its spelling; an email or a
    snake_case name is left alone entirely).

    >>> capitalised("delivered leads"), capitalised("thomas.billy@yahoo.com is in twice")
    ('Delivered leads', 'thomas.billy@yahoo.com is in twice')
    """
    if _IDENTIFIER.match(text.lstrip("“‘\"'(")):
        return text
    for position, char in enumerate(text):
        if char.isalpha():
            return text[:position] + char.upper() + text[position + 1:]
        if not char.isspace() and char not in "“‘\"'(¿¡…":
            return text
    return text
