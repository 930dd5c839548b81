"""The notebook stage: how Dave's answer shows itself in Jupyter and IPython (their display protocol).

A renderer at the edge, like the terminal: it draws a `humandb.QueryResult` (an `Answer` draws itself
as one) as HTML, for rich, and as text, and never runs anything. The HTML is one self-contained
fragment with inline styles (a notebook keeps it in the .ipynb, and some viewers drop <style>
elements): the rows as a table,
Dave's words, his remarks, the SQL he wrote for a question, his monitor bezel with its post-its,
and an ``<audio controls>`` element with his mumbled answer as a ``data:`` URI, because sound in a
notebook plays in the browser, not on the kernel's speakers. The same result gives the same bytes.

    >>> import humandb
    >>> result = humandb.query("SELECT name FROM products WHERE id = 1", sla="instant", show=False, sound=False)
    >>> page = html(result)
    >>> page.startswith('<div class="humandb"'), "<th" in page, "data:audio/wav;base64," in page
    (True, True, True)
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from html import escape
from typing import Any, Protocol

from humandb.dave.bezel import CAPACITY, PostIt, loose


class QueryResult(Protocol):
    """What the notebook stage draws: Dave's answer as a str with its rows and notes (humandb.QueryResult is
    one). Described here rather than imported, so the stage knows answers only by their shape."""

    rows: list[tuple[Any, ...]]
    columns: tuple[str, ...]
    exact_rows: list[tuple[Any, ...]]
    business_minutes: float
    remarks: tuple[str, ...]
    postits: tuple[PostIt, ...]
    sql: str

    @property
    def audio(self) -> bytes: ...

    def __str__(self) -> str: ...


__all__ = ["MAX_ROWS", "bezel_html", "html", "renderable", "spoken", "text"]

MAX_ROWS = 50  # a notebook has more room than the terminal's twenty; the rest are "in the binder"

# The website's post-it paper (site/site.css), so the notes look the same everywhere.
_PAPER = {"yellow": "#ffe066", "pink": "#ffb3c9", "green": "#b5ec97", "blue": "#a9d8ff", "orange": "#ffc27a",
          "purple": "#d9c2ff"}
_TILT = ("-2deg", "2.5deg", "-1deg")  # hand-stuck, never straight
_HAND = "'Bradley Hand','Segoe Print','Comic Sans MS',cursive"


# -- what is shown --------------------------------------------------------------------------


def spoken(result: QueryResult) -> str:
    """Dave's words without his remarks (the words end with them; the remarks are shown as notes)."""
    said = str(result)
    tail = " ".join(result.remarks)
    return said.removesuffix(tail).strip() if tail else said


def _cell(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    return str(value)


# -- HTML (Jupyter) -------------------------------------------------------------------------


def html(result: QueryResult) -> str:
    """The result as one self-contained HTML fragment; every value and word is escaped."""
    parts = ['<div class="humandb" style="font-family:system-ui,sans-serif;line-height:1.4;max-width:60rem">']
    if result.columns:
        parts.append(_table(result))
    said = spoken(result)
    if said:
        parts.append('<blockquote class="humandb-words" style="margin:0.6em 0;padding:0.2em 0.8em;'
                     f'border-left:4px solid #d9a33b;font-style:italic">{escape(said)}</blockquote>')
    if result.remarks:
        items = "".join(f"<li>{escape(remark)}</li>" for remark in result.remarks)
        parts.append(f'<ul class="humandb-remarks" style="margin:0.3em 0;color:#7a4b00">{items}</ul>')
    parts.append(_about(result))
    if result.postits:
        parts.append(bezel_html(result.postits))
    if not getattr(result, "muted", False):  # a muted result keeps the notebook small: no voice in it
        sound = base64.b64encode(result.audio).decode("ascii")
        parts.append(f'<audio class="humandb-voice" controls style="display:block;margin-top:0.4em" '
                     f'src="data:audio/wav;base64,{sound}"></audio>')
    parts.append("</div>")
    return "\n".join(parts)


def _table(result: QueryResult) -> str:
    cell = "padding:2px 10px;text-align:left"
    head = "".join(f'<th style="{cell}">{escape(str(column))}</th>' for column in result.columns)
    shown = result.rows[:MAX_ROWS]
    # Where Dave's value is not what SQLite said, the exact one waits in the cell's tooltip.
    exact = result.exact_rows if len(result.exact_rows) == len(result.rows) else [None] * len(result.rows)
    body = "".join(f"<tr>{''.join(_td(value, truth) for value, truth in _pairs(row, was))}</tr>"
                   for row, was in zip(shown, exact, strict=False))
    more = len(result.rows) - len(shown)
    caption = (f'<caption style="caption-side:bottom;text-align:left;color:#666">… and {more:,} more rows '
               "in the binder</caption>") if more > 0 else ""
    return (f'<table class="humandb-rows" style="border-collapse:collapse">{caption}'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _pairs(row: Sequence[Any], exact: Sequence[Any] | None) -> list[tuple[Any, Any]]:
    if exact is None or len(exact) != len(row):
        return [(value, value) for value in row]
    return list(zip(row, exact, strict=True))


def _td(value: Any, exact: Any) -> str:
    title = "" if _cell(exact) == _cell(value) else f' title="exact: {escape(_cell(exact))}"'
    align = "right" if isinstance(value, (int, float)) and not isinstance(value, bool) else "left"
    return f'<td style="text-align:{align};padding:2px 10px"{title}>{escape(_cell(value))}</td>'


def _about(result: QueryResult) -> str:
    sql = f' · SQL Dave wrote: <code>{escape(result.sql)}</code>' if result.sql else ""
    return (f'<p class="humandb-about" style="margin:0.3em 0;color:#666;font-size:0.85em">'
            f"{result.business_minutes:,.1f} business minutes{sql}</p>")


def bezel_html(postits: Sequence[PostIt]) -> str:
    """Dave's monitor with its post-its on the top, left and right of the bezel (as the website draws it)."""
    sides = {place: [postit for postit in postits if postit.place == place] for place in ("top", "left", "right")}
    column = "display:flex;flex-direction:column;gap:6px"
    return (
        '<div class="humandb-bezel" style="display:inline-grid;grid-template-columns:auto minmax(14rem,auto) auto;'
        "grid-template-areas:'top top top' 'left screen right';gap:6px;margin:0.5em 0;padding:8px;"
        'background:#2b2f36;border:2px solid #40464f;border-radius:16px">'
        '<div style="grid-area:top;display:flex;flex-wrap:wrap;justify-content:center;gap:6px">'
        f'{_notes(sides["top"])}</div>'
        f'<div style="grid-area:left;{column}">{_notes(sides["left"])}</div>'
        '<div style="grid-area:screen;background:#0b0f14;color:#7ee787;font:13px monospace;padding:10px;'
        'border-radius:6px;min-height:5rem">SELECT * FROM my_patience;<br><br>'
        f'{len(loose(postits))}/{CAPACITY} post-its</div>'
        f'<div style="grid-area:right;{column}">{_notes(sides["right"])}</div>'
        "</div>"
    )


def _notes(postits: Sequence[PostIt]) -> str:
    return "".join(_note(postit, _TILT[number % len(_TILT)]) for number, postit in enumerate(postits))


def _note(postit: PostIt, tilt: str) -> str:
    about = f"{postit.index} on {postit.table} ({', '.join(postit.columns)}), stuck on {postit.stuck_on}"
    return (
        f'<div class="humandb-postit" data-index="{escape(postit.index)}" title="{escape(about)}" '
        f'style="background:{_PAPER.get(postit.colour, _PAPER["yellow"])};color:#1f2328;width:7rem;'
        f"min-height:3.4rem;padding:4px 6px;font:bold 12px/1.25 {_HAND};transform:rotate({tilt});"
        'box-shadow:0 4px 8px -4px rgba(0,0,0,.6)">'
        f'{escape(postit.label)}<div style="font:10px monospace;color:#3b3f45">{escape(postit.index)}</div></div>'
    )


# -- rich (terminal IPython) ----------------------------------------------------------------


def renderable(result: QueryResult) -> Any:
    """The result for a rich console: the rows, Dave's words, his remarks and his bezel."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from humandb.stage.monitor import draw

    parts: list[Any] = []
    if result.columns:
        more = len(result.rows) - MAX_ROWS
        table = Table(*map(str, result.columns), header_style="bold",
                      caption=f"… and {more:,} more rows in the binder" if more > 0 else None)
        for row in result.rows[:MAX_ROWS]:
            table.add_row(*map(_cell, row))
        parts.append(table)
    parts.append(Text(f'"{spoken(result)}"', style="bold"))
    parts.extend(Text(f"  ✎ {remark}", style="italic") for remark in result.remarks)
    if result.sql:
        parts.append(Text(f"SQL Dave wrote: {result.sql}", style="dim"))
    if result.postits:
        parts.append(draw(result.postits))
    return Group(*parts)


def text(result: QueryResult, width: int = 100) -> str:
    """The rich rendering as plain text (no colour codes), for IPython's text/plain."""
    from rich.console import Console

    # force_jupyter=False: in a kernel rich would otherwise publish an (empty) display of its own.
    console = Console(file=io.StringIO(), width=width, color_system=None, highlight=False, emoji=False,
                      force_jupyter=False)
    with console.capture() as captured:
        console.print(renderable(result))
    return captured.get().rstrip("\n")
