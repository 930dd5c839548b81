"""What the documentation quotes Dave as saying, checked against what he says.

A Python example in README.md or docs/*.md may end a `print(...)` line with a quote of its output, or
quote it on a comment line of its own just below:

    print(con.offer_snack("donut"))     # → Thank you for the donut. …
    print(humandb.query("SELECT COUNT(*) FROM orders", sla="instant"))
    # → My clicker says 18 thousand orders. Small thing: one date in orders says 1987. Somebody typed
    #   fast, or travelled in time.

The quote is the printed text, word for word; "…" stands for words left out (at the end, the start
or in between). The examples run on the tests' fixed morning (tests/conftest.py), so a quote is what
Dave says with that seed on an ordinary working day. To rewrite every quote from the real code:

    PYTHONPATH=. python -m tests.readme_quotes
"""

from __future__ import annotations

import builtins
import io
import os
import re
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["PAGES", "Quote", "heard", "matches", "quote_of", "quotes", "rewrite"]

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_EXAMPLE = re.compile(r"```python\n(.*?)```", flags=re.DOTALL)
_QUOTED = re.compile(r"^(?P<code>\s*print\(.*?\)|\s*)(?P<gap>\s*)# → (?P<quote>.*)$")
_MORE = re.compile(r"^\s*#   (.*)$")  # a quote too long for one line goes on
_ELIDED = "…"
_LINES = 2  # a quote takes at most this many lines
WIDTH = 120  # a quoted line is kept within the README's width


@dataclass(frozen=True)
class Quote:
    page: Path
    example: int  # which Python example on the page, from 0
    line: int  # the line within the example that printed it, from 1
    text: str  # what the documentation says was printed


def examples(page: Path) -> list[str]:
    return _EXAMPLE.findall(page.read_text(encoding="utf-8"))


def _blocks(code: str) -> Iterator[tuple[int, int, re.Match[str], str]]:
    """Each quote in an example: its first line's index, one past its last, its first line's match and its
    text (a long quote goes on over comment lines that start with "#   ")."""
    lines = code.splitlines()
    for index, text in enumerate(lines):
        if match := _QUOTED.match(text):
            end, words = index + 1, [match.group("quote")]
            while end < len(lines) and (more := _MORE.match(lines[end])):
                words.append(more.group(1))
                end += 1
            yield index, end, match, " ".join(words)


def _printer(index: int, match: re.Match[str]) -> int:
    """The line (from 1) whose print a quote on line `index` (from 0) quotes: its own, or the one above."""
    return index + 1 if match.group("code").strip() else index


def quotes(page: Path) -> list[Quote]:
    """Every quote of printed output on `page`."""
    return [Quote(page, number, _printer(index, match), text)
            for number, code in enumerate(examples(page)) for index, _, match, text in _blocks(code)]


def matches(quote: str, printed: str) -> bool:
    """Whether `printed` is what `quote` says, "…" standing for any words left out."""
    pattern = ".*?".join(re.escape(piece.strip()) for piece in quote.split(_ELIDED))
    return re.fullmatch(pattern, printed.strip(), flags=re.DOTALL) is not None


def quote_of(printed: str, room: int) -> str:
    """The quote the documentation gives for `printed` in `room` characters: all of it if it fits; else its
    first sentences (the answer: Dave says it first) and, if it fits too, its last (often the point of the
    example); else as many first sentences as fit. Several lines printed: the first, then "…"."""
    lines = printed.strip().splitlines() or [""]
    if len(lines) > 1:
        return f"{quote_of(lines[0], room - 2)} {_ELIDED}" if len(lines[0]) <= room - 2 else quote_of(lines[0], room)
    text = " ".join(lines[0].split())
    if len(text) <= room:
        return text
    sentences = re.split(r"(?<=[.!?”’])\s+(?=[A-Z‘“*(])", text)
    for last in (f" {_ELIDED} {sentences[-1]}", f" {_ELIDED}"):
        kept = ""
        for sentence in sentences[:-1]:
            if len(f"{kept} {sentence}".strip()) + len(last) > room:
                break
            kept = f"{kept} {sentence}".strip()
        if kept:
            return kept + last
    return text[: room - 2].rsplit(" ", 1)[0] + f" {_ELIDED}"


@contextmanager
def _fixed_morning() -> Iterator[None]:
    """Connections opened without a clock of their own get the tests' fixed morning."""
    from humandb import connection
    from humandb.stage.clock import FakeClock
    from tests.conftest import TODAY

    real = connection.RealClock
    connection.RealClock = lambda: FakeClock(TODAY)  # type: ignore[assignment,misc,return-value]
    try:
        yield
    finally:
        connection.RealClock = real  # type: ignore[misc]


def heard(page: Path, example: int) -> dict[int, str]:
    """Run one example (in a fresh folder, at instant SLA) and return what each line of it printed."""
    code = examples(page)[example]
    printed: dict[int, io.StringIO] = {}

    def recording_print(*values: Any, **options: Any) -> None:
        line = sys._getframe(1).f_lineno
        builtins.print(*values, **{**options, "file": printed.setdefault(line, io.StringIO())})

    here, sla = os.getcwd(), os.environ.get("HUMANDB_SLA")
    with tempfile.TemporaryDirectory(prefix="humandb-readme-") as folder, _fixed_morning():
        os.chdir(folder)
        os.environ["HUMANDB_SLA"] = "instant"  # as the tests run them (the examples' own clocks aside)
        try:
            exec(compile(code, str(page), "exec"), {"__name__": "docs", "print": recording_print})
        finally:
            os.chdir(here)
            if sla is None:
                os.environ.pop("HUMANDB_SLA", None)
            else:
                os.environ["HUMANDB_SLA"] = sla
    return {line: out.getvalue().strip() for line, out in printed.items()}


def rewrite(page: Path) -> int:
    """Rewrite every quote on `page` from what its example prints now; returns how many changed."""
    text = page.read_text(encoding="utf-8")
    changed = 0
    for number, code in enumerate(examples(page)):
        blocks = list(_blocks(code))
        if not blocks:
            continue
        outputs, lines = heard(page, number), code.splitlines()
        for index, end, match, old in reversed(blocks):
            lead = f"{match.group('code')}{match.group('gap')}# → "
            indent = " " * (len(lead) - len("→ ")) + "#   " if match.group("code").strip() else \
                match.group("code") + "#   "
            room = WIDTH - len(lead)
            said = quote_of(outputs.get(_printer(index, match), ""), room * _LINES)
            wrapped = textwrap.wrap(said, room) or [""]
            lines[index:end] = [lead + wrapped[0], *(indent + more for more in wrapped[1:])]
            changed += said != old
        text = text.replace(f"```python\n{code}```", "```python\n" + "\n".join(lines) + "\n```", 1)
    page.write_text(text, encoding="utf-8")
    return changed


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for page in PAGES:
        if quotes(page):
            print(f"{page.relative_to(ROOT)}: {rewrite(page)} quote(s) rewritten from the code")
