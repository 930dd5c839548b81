"""A proofreader for Dave's words: finds what a person reading a transcript would call a glitch, and measures
how fresh a long session stays. Used by tests/test_words.py; run it to read a session's figures:

    PYTHONPATH=. python -m tests.glitches
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from humandb.dave import grammar
from humandb.rehearsal import Exchange

__all__ = ["glitches", "most_repeated", "new_jokes", "prose", "said", "sentences"]

_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
# Nouns Dave counts, singular: a number other than one must not come before these.
_COUNTED = {
    "row", "group", "order", "employee", "customer", "product", "note", "ticket", "pile", "answer", "minute", "hour",
    "page", "day", "step", "value", "department", "status", "country", "category", "city", "request", "time",
    "card", "stack", "query", "coffee", "biscuit", "name", "pad", "poster", "person", "post-it", "binder",
    "business hour", "business minute", "paid ticket", "amount value", "quantity value", "salary value",
}
_PLURALS = {grammar.plural(noun) for noun in _COUNTED}
_INTERNAL = re.compile(
    r"\bCONSTANT\b|subquery|sqlglot|<class|\bexpressions\.|humandb_|sqlite_|\b(?:COUNT|AVG|SUM|MIN|MAX)\(|"
    r"\bSCAN\b|\bSEARCH\b|\bcolumn\d|\bRecent\b"
)
_NOT_PROSE = re.compile(r"\b(None|NULL|nan|NaN|inf)\b")
_ARTICLE = re.compile(r"(?<![\w'’-])([Aa]n?) ([$‘'\"]?[A-Za-z0-9][\w'’.-]*)")
_DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_ONE_MANY = re.compile(r"\b(?:1|one|a single) ((?:[a-z]+ )?[a-z-]+s)\b", re.IGNORECASE)
_MANY_ONE = re.compile(r"\b(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten) ((?:business |paid )?[a-z-]+)\b",
                       re.IGNORECASE)
_EMPTY = re.compile(r"\{|\}|\(s\)|\s[,.;:!?](?!\.)|  |‘’|“”|\(\s*\)|\bthe (?:and|or|of|to|with)\b|: \.|, \.")


def prose(exchange: Exchange) -> list[str]:
    """What a reader reads as Dave's prose in one exchange: his words, and the transcript but for the SQL."""
    return [*exchange.lines, *(line for line in exchange.transcript if not line.startswith("📝"))]


def glitches(text: str) -> list[str]:
    """Everything in `text` a person would find wrong in the grammar: each as "kind: the words"."""
    found = []
    for match in _ONE_MANY.finditer(text):
        if match.group(1).lower() in _PLURALS:
            found.append(f"one with a plural: {match.group(0)}")
    for match in _MANY_ONE.finditer(text):
        number, noun = match.group(1).lower(), match.group(2).lower()
        year = re.fullmatch(r"(1[89]|20)\d\d", number) is not None  # "the 1987 order" is a year, not a count
        if noun in _COUNTED and not year and number not in ("1", "1.0") and (
                number in _NUMBER_WORDS or number[0].isdigit()):
            found.append(f"many with a singular: {match.group(0)}")
    for match in re.finditer(r"\bthere are (?:1|one)\b|\bthere(?: is|'s) (?:[02-9]|\d{2,}|two|three|four)\b", text,
                             re.IGNORECASE):
        found.append(f"verb and count disagree: {match.group(0)}")
    for match in _ARTICLE.finditer(text):
        article, word = match.group(1).lower(), match.group(2).strip("$‘'\"")
        if not word or (word.isupper() and len(word) > 1):
            continue
        if grammar.a(word).split(" ", 1)[0] != article:
            found.append(f"article: {match.group(0)}")
    found += [f"doubled word: {match.group(0)}" for match in _DOUBLED.finditer(text) if not match.group(1).isdigit()]
    found += [f"empty slot: {match.group(0)!r} in {text[max(0, match.start() - 30):match.end() + 30]!r}"
              for match in _EMPTY.finditer(text)]
    found += [f"internal name: {match.group(0)}" for match in _INTERNAL.finditer(text)]
    found += [f"not prose: {match.group(0)}" for match in _NOT_PROSE.finditer(text)]
    return found


def sentences(lines: Iterable[str]) -> list[str]:
    return [sentence for line in lines for sentence in re.split(r"(?<=[.!?”’])\s+(?=[A-Z‘“*])", line.strip('"'))
            if sentence]


def said(exchange: Exchange) -> list[str]:
    """Everything Dave says in one exchange: his words, and what he says as he picks it up (💬)."""
    return [*(line.removeprefix("💬 ") for line in exchange.transcript if line.startswith("💬")), *exchange.lines]


def most_repeated(exchanges: Sequence[Exchange]) -> tuple[str, int]:
    """The sentence Dave says most often in a session, and how often."""
    counts = Counter(sentences(line for exchange in exchanges for line in said(exchange)))
    return counts.most_common(1)[0] if counts else ("", 0)


def new_jokes(exchanges: Sequence[Exchange], window: int = 50) -> list[int]:
    """For each `window` requests in turn, how many of Dave's lines he had never used before in the session."""
    seen: set[str] = set()
    fresh: list[int] = []
    requests = [exchange for exchange in exchanges if not exchange.request.startswith("(")]
    for start in range(0, len(requests), window):
        new = 0
        for exchange in requests[start:start + window]:
            for joke in exchange.jokes:
                if joke not in seen:
                    seen.add(joke)
                    new += 1
        fresh.append(new)
    return fresh


if __name__ == "__main__":
    from humandb.rehearsal import rehearse, rehearse_regular

    for name, session in (("rehearsal", rehearse()), ("regular", rehearse_regular())):
        problems = [(exchange.request, problem) for exchange in session for line in prose(exchange)
                    for problem in glitches(line)]
        print(f"{name}: new jokes per 50 requests {new_jokes(session)}; most repeated sentence "
              f"{most_repeated(session)}; glitches {len(problems)}")
        for request, problem in problems[:40]:
            print(f"   {request[:50]!r}: {problem}")
