"""Result rows as text: a rich table, CSV, JSON or Markdown (the shell's .mode and `humandb query --format`)."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from humandb.answer import Answer
    from humandb.connection import Connection

__all__ = ["FORMATS", "MACHINE_FORMATS", "one_table", "write", "write_answers"]

Row = Sequence[Any]
MACHINE_FORMATS = ("csv", "json")  # for programs: they carry what SQLite said, not Dave's rounding


def write(kind: str, columns: Sequence[str], rows: Iterable[Row], out: TextIO) -> None:
    """Write `rows` to `out` in one of FORMATS (CSV and Markdown as they come; a table and JSON once read)."""
    _RENDERERS[kind](out, columns, rows)


def write_answers(answers: Iterable[Answer], kind: str, out: TextIO, *, shown: bool = False,
                  exact: bool | None = None) -> None:
    """Write the rows of every answer that has a result, in order, streaming each from SQLite.

    A table is left out when Dave `shown` has just drawn it on this very screen (stdout and stderr the
    same terminal): a second one would only echo his. Machine formats carry the exact values unless
    `exact` says otherwise.
    """
    exact = kind in MACHINE_FORMATS if exact is None else exact
    for answer in answers:
        columns = answer.outcome.columns
        if columns is None or (kind == "table" and shown and _isatty(out) and _isatty(sys.stderr)):
            continue
        write(kind, columns, answer.stream(exact=exact), out)


def one_table(connection: Connection, kind: str, out: TextIO) -> None:
    """Rows on one screen once: when `out` is the terminal Dave performs on and the rows go there as `kind`
    other than a table, his transcript leaves its table out (as a table, write_answers leaves out the copy)."""
    stage = connection.stage
    if stage is not None and stage.terminal is not None:
        stage.terminal.tables = kind == "table" or not (_isatty(out) and _isatty(sys.stderr))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


def _text(value: Any) -> str:
    return "NULL" if value is None else str(value)


def _write_table(out: TextIO, columns: Sequence[str], rows: Iterable[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, header_style="bold")
    for row in rows:
        table.add_row(*map(_text, row))
    # no-color.org: any non-empty NO_COLOR turns colour off (bold stays, as it is not a colour).
    Console(file=out, no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False).print(table)


def _write_csv(out: TextIO, columns: Sequence[str], rows: Iterable[Row]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def _write_json(out: TextIO, columns: Sequence[str], rows: Iterable[Row]) -> None:
    # One result set per line, so a script's several results stay easy to read back.
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    out.write(json.dumps(records, default=str, ensure_ascii=False) + "\n")


def _write_markdown(out: TextIO, columns: Sequence[str], rows: Iterable[Row]) -> None:
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |\n"

    out.write(line(columns) + line("---" for _ in columns))
    out.writelines(line(map(_text, row)) for row in rows)


_RENDERERS: dict[str, Callable[[TextIO, Sequence[str], Iterable[Row]], None]] = {
    "table": _write_table, "csv": _write_csv, "json": _write_json, "markdown": _write_markdown,
}
FORMATS = tuple(_RENDERERS)
