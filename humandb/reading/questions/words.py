"""A question as tokens, read in one pass with no regular expression, and the Word: one understood piece.

    >>> tokens("What's the customers' total for Q3, over $1,500.50 and 100k?")
    ['what', 'the', 'customers', 'total', 'for', 'q3', 'over', '$1500.50', 'and', '100k']
    >>> tokens("Agents who didn't close anything")
    ['agents', 'who', 'did', 'not', 'close', 'anything']
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MAX_TOKENS", "Word", "number_value", "plural", "singular", "stem", "tokens"]

MAX_TOKENS = 80  # a question longer than this is a letter, not a question: Dave says so rather than read it
_MAX_TOKEN_CHARS = 40
_ENDINGS = {"n't": "not"}
_IRREGULAR = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "data": "data", "media": "media",
    "criteria": "criterion", "analyses": "analysis", "statuses": "status", "addresses": "address",
    "series": "series", "species": "species", "news": "news", "indices": "index", "matrices": "matrix",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "leaves": "leaf", "lives": "life",
    "wives": "wife", "knives": "knife", "shelves": "shelf", "halves": "half", "movies": "movie",
    "cookies": "cookie", "pies": "pie", "ties": "tie", "sales": "sales", "thesis": "thesis", "status": "status",
    "address": "address", "class": "class", "business": "business", "plus": "plus", "bus": "bus",
    "campus": "campus", "virus": "virus", "analysis": "analysis", "basis": "basis", "axis": "axis",
    "gas": "gas", "canvas": "canvas", "boss": "boss", "genus": "genus", "census": "census", "bonus": "bonus",
    "sms": "sms", "los": "los", "us": "us", "yes": "yes", "is": "is", "was": "was", "has": "has", "this": "this",
    "its": "its", "his": "his",
    # Latin and Greek plurals kept in English
    "taxa": "taxon", "genera": "genus", "phenomena": "phenomenon", "strata": "stratum", "curricula": "curriculum",
    "bacteria": "bacterium", "fungi": "fungus", "cacti": "cactus", "nuclei": "nucleus", "stimuli": "stimulus",
    "alumni": "alumnus", "larvae": "larva", "vertebrae": "vertebra", "appendices": "appendix", "vertices": "vertex",
    "formulae": "formula", "cortices": "cortex",
}
_PLURAL = {single: many for many, single in _IRREGULAR.items() if many != single}


@dataclass(frozen=True)
class Word:
    """One understood piece of the question, at its position among the tokens."""

    kind: str  # table, column, value, role, number, day, month, cue kinds (agg, best, cmp, ...), unknown
    text: str  # the words as the user wrote them
    at: int
    table: str = ""
    column: str = ""
    value: str = ""
    cue: str = ""
    number: float = 0.0
    span: int = 1  # how many tokens it covers


def tokens(question: str) -> list[str]:
    """Lowercased words and numbers; punctuation between them is dropped, contractions are opened."""
    text = question.lower()
    found: list[str] = []
    at, end = 0, len(text)
    while at < end and len(found) <= MAX_TOKENS:
        char = text[at]
        if char.isdigit() or (char in "$£€" and at + 1 < end and text[at + 1].isdigit()):
            token, at = _number(text, at)
            found.append(token)
        elif char.isalpha():
            start = at
            while at < end and (text[at].isalnum() or text[at] == "_") and at - start < _MAX_TOKEN_CHARS:
                at += 1
            word = text[start:at]
            if at - start == 1 and text[at:at + 1] == "-" and text[at + 1:at + 2].isalpha():
                at += 1  # "e-bikes", "e-mail", "x-ray": a letter and its word are one word
                while at < end and (text[at].isalnum() or text[at] == "_") and at - start < _MAX_TOKEN_CHARS:
                    at += 1
                word = text[start:at]  # kept whole here; the lexer, which knows the catalog, decides
            if at < end and text[at] in "'’" and at + 1 < end and text[at + 1].isalpha():
                at, word, extra = _contraction(text, at, word)
                found.append(word)
                if extra:
                    found.append(extra)
                continue
            if word == "no" and text[at:at + 1] == "." and text[at + 1:].lstrip()[:3] in ("of ", "of"):
                word = "number"  # "no. of patrons": the abbreviation, not a negation
            found.append(word)
            while at < end and (text[at].isalnum() or text[at] == "_"):  # the rest of an endless word
                at += 1
        else:
            if char == "%":
                found.append("percent")  # "what % of tickets" (a number keeps its own: "20%")
            at += 1
    return found


def _contraction(text: str, at: int, word: str) -> tuple[int, str, str]:
    start = at + 1
    end = start
    while end < len(text) and text[end].isalpha() and end - start < 4:
        end += 1
    ending = text[start:end]
    if ending == "t" and word.endswith("n"):  # didn't → did not; can't → ca not → can not
        stem = word[:-1]
        return end, {"ca": "can", "wo": "will", "sha": "shall"}.get(stem, stem), "not"
    return end, word, ""  # what's → what, customer's → customer, we've → we


def _number(text: str, at: int) -> tuple[str, int]:
    start = at
    if text[at] in "$£€":
        at += 1
    digits: list[str] = [text[start:at].replace("£", "$").replace("€", "$")]
    while at < len(text) and (text[at].isdigit() or (text[at] in ",." and at + 1 < len(text)
                                                      and text[at + 1].isdigit())):
        if text[at] != ",":
            digits.append(text[at])
        at += 1
        if at - start > _MAX_TOKEN_CHARS:
            break
    candidate = text[start : start + 10]  # an ISO date: 2026-10-31
    if len(candidate) == 10 and candidate[4] == "-" and candidate[7] == "-" and candidate.replace("-", "").isdigit():
        return candidate, start + 10
    if at < len(text) and text[at] in "km%" and (at + 1 == len(text) or not text[at + 1].isalpha()):
        digits.append(text[at])
        at += 1
    return "".join(digits), at


def number_value(token: str) -> float | None:
    """The number a token means: "$5" is 5, "100k" is 100000, "1.5m" is 1500000, "20%" is 20."""
    digits = token.lstrip("$")
    scale = 1.0
    if digits.endswith("k"):
        digits, scale = digits[:-1], 1000.0
    elif digits.endswith("m"):
        digits, scale = digits[:-1], 1_000_000.0
    elif digits.endswith("%"):
        digits = digits[:-1]
    try:
        return float(digits) * scale
    except ValueError:
        return None


def singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    if word in _PLURAL:
        return _PLURAL[word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh", "z")):
        return word + "es"
    return word + "s"


def stem(word: str) -> str:
    """A rough root for matching verbs to column names: hired, hire, hiring → hir; joined, JoinDate → join."""
    for ending in ("ing", "ed", "es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)]
            if ending in ("ing", "ed") and len(root) >= 4 and root[-1] == root[-2] and root[-1] in "bdgmnprt":
                root = root[:-1]  # shipping, shipped → ship; planned → plan (but billed stays bill)
            return root
    return word
