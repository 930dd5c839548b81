"""Splitting a script into statements exactly where SQLite itself splits it.

A statement HumanDB cannot read is handed to SQLite as written, so the only safe boundaries are
SQLite's own, whatever dialect the statements are written in: another dialect's tokenizer disagrees
(sqlglot's DuckDB one nests ``/* */`` comments; SQLite does not, so ``/* /* */ ; END -- */`` holds a
';' that SQLite sees and DuckDB does not). The rules here are SQLite's:

- tokens as SQLite's tokenizer (tokenize.c) reads them: '…' strings and "…", `…` names with doubled
  quotes inside, […] names, x'…' blobs, -- comments to the end of the line, /* */ comments that end
  at the first */ (and run to the end of the text when unclosed), $name(…) and :name(…) variables
  (whose parentheses may hold a ';');
- which ';' ends a statement as sqlite3_complete (complete.c) decides: every one, except inside the
  body of a CREATE [TEMP] TRIGGER, which ends only at '; END ;'.

One pass over the text, so a long script costs linear time. tests/test_script.py checks the result
against SQLite itself (sqlite3.complete_statement, and sqlite3_prepare's tail where the text is valid).

>>> statements("SELECT 'a;b'; SELECT 2;")
["SELECT 'a;b'", 'SELECT 2']
>>> statements("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END; SELECT 2 /* /* */ ; -- */")
['CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; END', 'SELECT 2 /* /* */']
"""

from __future__ import annotations

import re

__all__ = ["is_trigger", "statements"]

# The token classes of sqlite3_complete's state machine.
_SEMI, _SPACE, _OTHER, _EXPLAIN, _CREATE, _TEMP, _TRIGGER, _END = range(8)
_KEYWORDS = {"explain": _EXPLAIN, "create": _CREATE, "temp": _TEMP, "temporary": _TEMP, "trigger": _TRIGGER,
             "end": _END}

# complete.c's transitions, by state and token class. States: 0 nothing yet, 1 after a ';' that ended a
# statement, 2 in a statement, 3 after EXPLAIN, 4 after CREATE [TEMP], 5 in a trigger's body,
# 6 after a ';' in a trigger's body, 7 after '; END' in a trigger's body.
_NEXT = (
    # SEMI SPACE OTHER EXPLAIN CREATE TEMP TRIGGER END
    (1, 0, 2, 3, 4, 2, 2, 2),
    (1, 1, 2, 3, 4, 2, 2, 2),
    (1, 2, 2, 2, 2, 2, 2, 2),
    (1, 3, 3, 2, 4, 2, 2, 2),
    (1, 4, 2, 2, 2, 4, 5, 2),
    (6, 5, 5, 5, 5, 5, 5, 5),
    (6, 6, 5, 5, 5, 5, 5, 7),
    (1, 7, 5, 5, 5, 5, 5, 5),
)
_ENDED = 1
_IN_BODY = 5
_ONLY_SEMI_MATTERS = (2, 5)  # in a statement, or in a trigger's body: every token but ';' keeps the state
_LONGEST_KEYWORD = len("temporary")

# SQLite's whitespace between tokens (not \v, which its tokenizer calls illegal), and the characters
# of a name: ASCII letters, digits, '_', '$' and every character beyond ASCII (tokenize.c's IdChar).
_BLANKS = " \t\n\f\r"
# Written as "anything but the ASCII that is no name character": the same set as [A-Za-z0-9_$\u0080-\U0010ffff],
# which Python's re takes ~10 ms per pattern to compile (it builds the class over every code point), at
# every start of a process.
_NAME_CHAR = r"[^\x00-\x23\x25-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]"  # letters, digits, '_', '$', non-ASCII
_NAME_START = r"[^\x00-\x40\x5b-\x5e\x60\x7b-\x7f]"  # letters, '_', non-ASCII
_SPACES = re.compile(r"[ \t\n\f\r]+")
_WORD = re.compile(_NAME_CHAR + "+")
_DIGITS = re.compile(r"[0-9]*")
_ASCII_DIGITS = "0123456789"
_HEX = re.compile(r"[0-9A-Fa-f]*")
_EXPONENT = re.compile(r"[eE][+-]?[0-9]")
# The commonest tokens, read in one step: whitespace, a name that is no blob (x'…') and no number,
# or punctuation that begins no longer token.
_PLAIN = re.compile(r"(?P<space>[ \t\n\f\r]+)"
                    rf"|(?P<name>(?![xX]'){_NAME_START}{_NAME_CHAR}*)"
                    r"|(?P<mark>[(),=*+<>!|&%~^])")
# A run of tokens skipped in one step where only a ';' could change anything: those above, numbers
# (but not 0x…, which ends at its last hex digit where a name would go on), '.', '?n', and '-' or '/'
# that begins no comment.
_PLAIN_RUN = re.compile(rf"(?:[ \t\n\f\r]+|(?![xX]'){_NAME_START}{_NAME_CHAR}*"
                        rf"|(?!0[xX][0-9A-Fa-f])[0-9]{_NAME_CHAR}*|\?[0-9]*"
                        r"|[(),=*+<>!|&%~^.]|-(?!-)|/(?!\*))+")
# A variable's parenthesis runs to ')' or to the first of sqlite3Isspace's characters (\v included).
_PARENTHESIS_END = re.compile(r"[ \t\n\v\f\r)]")


def statements(script: str, dialect: str = "duckdb") -> list[str]:
    """The statements of `script` where SQLite would end them, each as written (comments included,
    SQLite's whitespace around it and the ';' left out); empty ones are dropped. `dialect` is accepted for
    the callers' sake and changes nothing: the boundaries are SQLite's whatever the dialect.

    >>> statements("-- a note; not a statement\\nSELECT 1;;  ;")
    ['-- a note; not a statement\\nSELECT 1']
    """
    del dialect  # see the docstring
    return [piece for piece, _ in _split(script)]


def is_trigger(text: str) -> bool:
    """Whether SQLite reads `text` as one CREATE TRIGGER statement, whose body of statements holds ';'s
    that another dialect's reader would take for the end of it.

    >>> is_trigger("CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y; END;"), is_trigger("SELECT 1")
    (True, False)
    """
    found = _split(text)
    return len(found) == 1 and found[0][1]


def _split(script: str) -> list[tuple[str, bool]]:
    """Each statement with code in it, and whether it has a trigger's body."""
    found: list[tuple[str, bool]] = []
    state, start, at, size, body = 0, 0, 0, len(script), False
    while at < size:
        if state in _ONLY_SEMI_MATTERS:
            run = _PLAIN_RUN.match(script, at)
            if run is not None:
                at = run.end()
                continue
        kind, end = _token(script, at)
        following = _NEXT[state][kind]
        if kind == _SEMI and following == _ENDED:
            if state != 0 and state != _ENDED:  # the statement has code, not only whitespace and comments
                found.append((script[start:at].strip(_BLANKS), body))
            following, start, body = _ENDED, end, False
        state, at = following, end
        body = body or state == _IN_BODY
    if state != 0 and state != _ENDED:
        found.append((script[start:].strip(_BLANKS), body))
    return found


def _token(text: str, at: int) -> tuple[int, int]:
    """The class of the token starting at `at`, and where it ends (exclusive)."""
    if text[at] == ";":
        return _SEMI, at + 1
    plain = _PLAIN.match(text, at)
    if plain is not None:
        end = plain.end()
        if plain.lastgroup == "space":
            return _SPACE, end
        if plain.lastgroup == "name" and end - at <= _LONGEST_KEYWORD:
            return _KEYWORDS.get(text[at:end].lower(), _OTHER), end
        return _OTHER, end
    first = text[at]
    following = text[at + 1 : at + 2]
    if first == "-" and following == "-":
        newline = text.find("\n", at + 2)
        return _SPACE, len(text) if newline < 0 else newline
    if first == "/" and following == "*" and at + 2 < len(text):  # "/*" as the text's last two characters is "/"
        close = text.find("*/", at + 2)
        return _SPACE, len(text) if close < 0 else close + 2  # unclosed: a comment to the end of the text
    if first in "'\"`":
        return _OTHER, _quoted_end(text, at, first)
    if first == "[":
        close = text.find("]", at + 1)
        return _OTHER, len(text) if close < 0 else close + 1
    if first in "xX":  # followed by a quote, or _PLAIN would have read it as a name
        close = text.find("'", at + 2)  # a blob has no doubled quotes: it ends at the next one
        return _OTHER, len(text) if close < 0 else close + 1
    if first in _ASCII_DIGITS or (first == "." and following != "" and following in _ASCII_DIGITS):
        return _OTHER, _number_end(text, at)
    if first in "$@:#":
        return _OTHER, _variable_end(text, at)
    if first == "?":
        return _OTHER, _match_end(_DIGITS, text, at + 1)
    return _OTHER, at + 1  # an operator, punctuation, or a character SQLite calls illegal: one at a time


def _match_end(pattern: re.Pattern[str], text: str, at: int) -> int:
    found = pattern.match(text, at)
    return at if found is None else found.end()


def _quoted_end(text: str, at: int, quote: str) -> int:
    """The end of a '…', "…" or `…` token: doubled quotes stay inside; unclosed, it runs to the end."""
    search = at + 1
    while True:
        close = text.find(quote, search)
        if close < 0:
            return len(text)
        if not text.startswith(quote, close + 1):
            return close + 1
        search = close + 2


def _number_end(text: str, at: int) -> int:
    """A number as SQLite's tokenizer reads it: 0x and hex digits (nothing more), or digits, a fraction,
    an exponent only when a digit follows it (in ``1e--x`` the ``--x`` is a comment), then any name
    characters stuck to it (one illegal token)."""
    hex_end = _match_end(_HEX, text, at + 2) if text.startswith(("0x", "0X"), at) else at
    if hex_end > at + 2:
        return hex_end
    end = _match_end(_DIGITS, text, at)
    if text.startswith(".", end):
        end = _match_end(_DIGITS, text, end + 1)
    exponent = _EXPONENT.match(text, end)
    if exponent is not None:
        end = _match_end(_DIGITS, text, exponent.end())
    return _match_end(_WORD, text, end)


def _variable_end(text: str, at: int) -> int:
    """$name, :name, @name or #name, with Tcl's ``::`` and one ``(…)`` suffix: the parenthesis runs to
    ')' (or to whitespace, which makes the token illegal) and may hold any other character, ';' too."""
    end, named = at + 1, False
    while end < len(text):
        word = _WORD.match(text, end)
        if word is not None:
            end, named = word.end(), True
        elif text[end] == "(" and named:
            close = _PARENTHESIS_END.search(text, end + 1)
            if close is None:
                return len(text)
            return close.end() if text[close.start()] == ")" else close.start()
        elif text.startswith("::", end):
            end += 2
        else:
            break
    return end
