"""The `humandb` command: a thin layer over the library.

    humandb demo [--fast]             a short tour of Dave's sample company
    humandb query "SQL" [--database D] [--format table|csv|json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

import humandb

__all__ = ["main"]

DEMO = (
    "SELECT COUNT(*) FROM orders",
    "SELECT AVG(salary) FROM employees WHERE department = 'Engineering'",
    "SELECT department, COUNT(*) AS people FROM employees GROUP BY ALL ORDER BY people DESC",
    "SELECT name, price FROM products WHERE id = 42",
    "INSERT INTO customers (name, email, city, country, signed_up_on) "
    "VALUES ('April Fools', 'april@example.com', 'Springfield', 'USA', '2027-04-01')",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except humandb.Error as error:
        print(f"humandb: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("humandb: cancelled", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="humandb", description="The world's first human-powered database.")
    parser.add_argument("--version", action="version", version=f"humandb {humandb.__version__}")
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="a short tour of Dave's sample company")
    demo.add_argument("--fast", action="store_true", help="instant SLA (no waiting)")
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=_demo)
    query = commands.add_parser("query", help="ask Dave one thing; rows to stdout, his words to stderr")
    query.add_argument("sql")
    query.add_argument("--database", default=":dave:")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--sla", default=None)
    query.add_argument("--approximate", action="store_true", help="Dave's rounded values in csv/json too")
    query.set_defaults(run=_query)
    transcript = commands.add_parser("transcript", help="print a rehearsed 200-request session with Dave")
    transcript.add_argument("--seed", type=int, default=1)
    transcript.add_argument("--count", type=int, default=200)
    transcript.set_defaults(run=_transcript)
    return parser


def _transcript(args: argparse.Namespace) -> int:
    from humandb.rehearsal import as_text, rehearse

    print(as_text(rehearse(seed=args.seed, count=args.count)))
    return 0


def _demo(args: argparse.Namespace) -> int:
    # On stage Dave is at his best: the numbers the audience checks against are the true ones, rounded.
    sla = "instant" if args.fast else "demo"
    connection = humandb.connect(":dave:", sla=sla, show=True, seed=args.seed, accuracy=1.0)
    with connection:
        for sql in DEMO:
            print(f"\nhumandb> {sql}", file=sys.stderr)
            connection.execute(sql)
    return 0


def _query(args: argparse.Namespace) -> int:
    machine = args.format != "table"
    exact = machine and not args.approximate
    connection = humandb.connect(args.database, sla=args.sla, show=True, exact=exact)
    with connection:
        cursor = connection.execute(args.sql)
        if cursor.description is not None:
            columns = [column[0] for column in cursor.description]
            _write(args.format, columns, cursor.fetchall())
    connection.close()
    return 0


def _write(kind: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    if kind == "json":
        json.dump([dict(zip(columns, row, strict=True)) for row in rows], sys.stdout, default=str, indent=2)
        print()
    elif kind == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("NULL" if value is None else str(value) for value in row))
        Console().print(table)


if __name__ == "__main__":
    sys.exit(main())
