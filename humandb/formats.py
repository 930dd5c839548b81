"""Result rows as text: a rich table, CSV, JSON or Markdown (the shell's .mode and `humandb query --format`)."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

__all__ = ["FORMATS", "write"]

Row = Sequence[Any]


def write(kind: str, columns: Sequence[str], rows: Sequence[Row], out: TextIO) -> None:
    """Write `rows` to `out` in one of FORMATS."""
    _RENDERERS[kind](out, columns, rows)


def _text(value: Any) -> str:
    return "NULL" if value is None else str(value)


def _write_table(out: TextIO, columns: Sequence[str], rows: Sequence[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, header_style="bold")
    for row in rows:
        table.add_row(*map(_text, row))
    # no-color.org: any non-empty NO_COLOR turns colour off (bold stays, as it is not a colour).
    Console(file=out, no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False).print(table)


def _write_csv(out: TextIO, columns: Sequence[str], rows: Sequence[Row]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)


def _write_json(out: TextIO, columns: Sequence[str], rows: Sequence[Row]) -> None:
    # One result set per line, so a script's several results stay easy to read back.
    records = [dict(zip(columns, row, strict=True)) for row in rows]
    out.write(json.dumps(records, default=str, ensure_ascii=False) + "\n")


def _write_markdown(out: TextIO, columns: Sequence[str], rows: Sequence[Row]) -> None:
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |\n"

    out.write(line(columns) + line("---" for _ in columns))
    out.writelines(line(map(_text, row)) for row in rows)


_RENDERERS: dict[str, Callable[[TextIO, Sequence[str], Sequence[Row]], None]] = {
    "table": _write_table, "csv": _write_csv, "json": _write_json, "markdown": _write_markdown,
}
FORMATS = tuple(_RENDERERS)
