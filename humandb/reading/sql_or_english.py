"""SQL or English? Decided from the first words, in one pass over the text, with no regular expression.

A statement keyword of any SQL dialect sqlglot reads starts SQL ("SELECT", "COPY", "SUMMARIZE", "SET"). Some
of those keywords are everyday English verbs too ("show me the staff", "list products under 20"): for them
the next word decides — "SHOW TABLES" is SQL, "show me" is English.

    >>> is_english("how many orders were returned?"), is_english("select 1"), is_english("SHOW TABLES")
    (True, False, False)
"""

from __future__ import annotations

__all__ = ["STATEMENT_KEYWORDS", "is_english"]

# Every statement keyword of sqlglot's dialects (tests/test_english_manners.py checks the list against
# sqlglot's parsers, so a new sqlglot that learns a statement fails a test rather than reading it as English).
STATEMENT_KEYWORDS = frozenset("""
add admin alter analyse analyze attach backup begin cache call cancel checkpoint collect comment commit connect
database
copy create deallocate declare del delete desc describe detach disconnect do drop else elseif end exception
exchange exec execute explain export fetch for force from get go grant help ins insert install kill list load
lock locking loop ls merge msck optimize pause pivot pivot_wider pragma prepare print put recover refresh reindex
release remove rename repeat replace reset restore resume revoke rm rollback savepoint select set show start stop submit
summarize system table translate truncate uncache undrop uninstall unload unlock unpivot upd update upsert use
using vacuum values while with
""".split())

# Keywords that are also how people start a question or a request. For these, SQL needs the statement's own
# next word (or SQL punctuation); otherwise the text is English.
_ENGLISH_TOO = frozenset("""
add analyse analyze call cancel collect compare copy do end explain export fetch find for from get go help list
load lock print put remove rename repeat replace reset restore set show start stop submit summarize translate
use while
""".split())

# The words that follow those keywords in SQL ("SHOW TABLES", "EXPLAIN SELECT", "SET x = 1" has its '=').
_SQL_NEXT = frozenset("""
analyze as catalogs character charset collation columns create current database databases default
engine engines errors extended fields format from full function functions global grants ignore index indexes
into keys local master plan primary procedure processlist query replica schemas search_path select sequences
session slave stage stages status table tables temp temporary terse time timezone transaction triggers unique
user users variables view views warehouses warnings with work
""".split())

# A keyword spelled wrongly is still SQL ("SELEC * FROM t") when the word is long enough to tell.
_TYPO_CHECKED = frozenset(word for word in STATEMENT_KEYWORDS - _ENGLISH_TOO if len(word) >= 5)

_MAX_WORD = 32  # no keyword is longer: the first word is never read past this


def is_english(text: str) -> bool:
    """A question rather than a statement. Linear in the text's length, and reads only its first words."""
    start = _skip_comments(text)
    first, after = _word(text, start)
    if not first:
        # A number first ("5 most expensive products") is English; anything else (a parenthesis,
        # punctuation, nothing) is for the SQL reader to explain.
        return _leading_number(text, start) and _has_two_words(text, start)
    if first in STATEMENT_KEYWORDS:
        return first in _ENGLISH_TOO and _reads_as_english(text, first, after)
    if first in _TYPO_CHECKED or (not _plural_of_keyword(first) and any(
            _one_edit(first, keyword) for keyword in _TYPO_CHECKED if len(first) >= 5)):
        return False  # SQL with a typo: the SQL reader will say exactly where
    return _has_two_words(text, start) or "?" in text


def _plural_of_keyword(word: str) -> bool:
    """"Grants with more than 100 expenses", "updates per day": a keyword made plural is a table's name, not
    a statement's keyword mistyped."""
    return word.endswith("s") and word[:-1] in STATEMENT_KEYWORDS


def _reads_as_english(text: str, first: str, after: int) -> bool:
    second, _ = _word(text, _skip_space(text, after))
    if second in _SQL_NEXT or (_word_is_upper(text, after - len(first), after) and second):
        return False
    rest = text[after : after + 400]  # the punctuation of a statement shows early
    if any(mark in rest for mark in "=();@*\"`") or _opens_a_string(rest):
        return False
    words = _count_words(text, after, 3)
    if not second or (second == "all" and words == 1):
        return False  # "SHOW", "describe" alone: a statement cut short; "SHOW ALL" (the settings)
    # "describe orders", "use shop", "summarize sales": a keyword and one name is a statement
    return words >= 2 or first in ("show", "list", "get", "find", "fetch", "print", "help", "compare")


def _opens_a_string(rest: str) -> bool:
    """An apostrophe that can open an SQL string: not after a letter or a digit. One after a letter is
    English ("manager's", "don't", "customers'"), or the end of a string that opened earlier."""
    at = rest.find("'")
    while at >= 0:
        if at == 0 or not rest[at - 1].isalnum():
            return True
        at = rest.find("'", at + 1)
    return False


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _skip_comments(text: str) -> int:
    at = _skip_space(text, 0)
    while at < len(text):
        if text.startswith("--", at):
            end = text.find("\n", at)
            at = len(text) if end < 0 else _skip_space(text, end + 1)
        elif text.startswith("/*", at):
            end = text.find("*/", at + 2)
            at = len(text) if end < 0 else _skip_space(text, end + 2)
        else:
            break
    return at


def _word(text: str, at: int) -> tuple[str, int]:
    """The word (ASCII letters and underscores) starting at `at`, lowercased, and where it ends."""
    end = at
    while end < len(text) and end - at <= _MAX_WORD and text[end].isascii() \
            and (text[end].isalpha() or text[end] == "_"):
        end += 1
    return text[at:end].lower(), end


def _word_is_upper(text: str, start: int, end: int) -> bool:
    return end - start >= 3 and text[start:end].isupper()


def _leading_number(text: str, at: int) -> bool:
    end = at
    while end < len(text) and text[end].isdigit():
        end += 1
    return end > at and end < len(text) and text[end].isspace()


def _has_two_words(text: str, at: int) -> bool:
    """A word of two letters or more followed by more text: what a question needs at the least."""
    run = 0
    for index in range(at, len(text)):
        char = text[index]
        if char.isalpha():
            run += 1
        elif char.isspace():
            if run >= 2 and _skip_space(text, index) < len(text):
                return True
            run = 0
        else:
            run = 0
    return False


def _count_words(text: str, at: int, most: int) -> int:
    count, inside = 0, False
    for index in range(at, min(len(text), at + 200)):
        letter = text[index].isalnum()
        if letter and not inside:
            count += 1
            if count >= most:
                return count
        inside = letter
    return count


def _one_edit(word: str, keyword: str) -> bool:
    """One letter added, dropped, changed, or two swapped."""
    if abs(len(word) - len(keyword)) > 1 or word == keyword:
        return False
    if len(word) == len(keyword):
        diff = [i for i in range(len(word)) if word[i] != keyword[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == keyword[diff[1]] and word[diff[1]] == keyword[diff[0]])
    short, long = (word, keyword) if len(word) < len(keyword) else (keyword, word)
    index = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[index:] == long[index + 1 :]
