"""The `humandb` command: a thin layer over the library.

    humandb [shell] [DATABASE]          an interactive shell (the default)
    humandb query "SQL or question"     one-shot: rows to stdout, Dave's transcript to stderr
    humandb demo [--fast]               the April Fools stage demo on the sample company
    humandb bench [--json]              sqlite3 (and DuckDB) against Dave, side by side
    humandb transcript                  a rehearsed 200-request session with Dave
    humandb serve [--host --port --limits]  the website, its live console and the JSON API (the server extra)
    humandb site record                 record real transcripts for the site's static-host fallback

Global options, before or after the command: --sla, --seed, --no-sound, --tier (one a command cannot
use is refused), --version, --help.
Exit status: 0 success, 1 a SQL or English error (Dave's words on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import humandb
from humandb import formats

if TYPE_CHECKING:
    from humandb.web.limits import ServerLimits

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    for option, why in _NOT_TAKEN.get(args.run.__name__.lstrip("_"), {}).items():
        if getattr(args, option) is not None:
            print(f"humandb: {why}", file=sys.stderr)
            return 2
    try:
        return int(args.run(args))
    except humandb.InterfaceError as error:  # an option Dave can't take: a usage error
        print(f"humandb: {error}", file=sys.stderr)
        return 2
    except humandb.Error as error:
        print(f"humandb: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("humandb: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as the Python docs' recipe for SIGPIPE does, so
        # that flushing stdout at exit does not complain about the pipe again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


# None: not given, so each command chooses (the demo runs on the pro tier, everything else on free).
_GLOBAL_DEFAULTS: dict[str, object] = {"sla": None, "seed": None, "sound": None, "tier": None}
# Options a command cannot use, refused (exit 2) rather than silently dropped, with what to do instead.
_NOT_TAKEN: dict[str, dict[str, str]] = {
    "bench": {"sla": "bench counts Dave's business hours, not real seconds: it has no SLA to set (drop --sla)"},
    "transcript": {"sla": "a transcript is a rehearsal on a fake clock: it has no SLA to set (drop --sla)",
                   "tier": "a transcript is a rehearsal with no queue: it has no tier to set (drop --tier)"},
    "record": {"sla": "the site's tape is recorded at the demo SLA the console plays it at (drop --sla)"},
    "nginx": {"sla": "nginx's config has no SLA: give --sla to each humandb serve",
              "seed": "nginx's config has no seed: give --seed to each humandb serve",
              "tier": "nginx's config has no tier: give --tier to each humandb serve"},
}


def _common(*, defaults: bool) -> argparse.ArgumentParser:
    """The options every command takes. Before the command they set the defaults; after it they are
    suppressed when absent, so `humandb --sla instant query ...` and `humandb query ... --sla instant` agree."""
    common = argparse.ArgumentParser(add_help=False)
    missing: dict[str, object] = _GLOBAL_DEFAULTS if defaults else dict.fromkeys(_GLOBAL_DEFAULTS, argparse.SUPPRESS)
    common.add_argument("--sla", default=missing["sla"],
                        help="instant, demo (default; the demo command plays at 8 seconds a business hour), "
                             "realistic, or seconds per business hour")
    common.add_argument("--seed", type=int, default=missing["seed"], help="Dave's mood and wording, reproducibly")
    common.add_argument("--no-sound", dest="sound", action="store_const", const=False, default=missing["sound"],
                        help="no office sounds and no voice (default: sound in an interactive terminal)")
    common.add_argument("--tier", default=missing["tier"], choices=("free", "pro", "enterprise"),
                        help="free (default) waits behind the paid tickets; the demo command runs on pro")
    return common


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="humandb", parents=[_common(defaults=True)],
                                     description="The world's first human-powered analytical database.")
    common = _common(defaults=False)
    parser.add_argument("--version", action="version", version=f"humandb {humandb.__version__}")
    parser.set_defaults(run=_shell, database=":dave:")
    commands = parser.add_subparsers(dest="command")
    shell = commands.add_parser("shell", parents=[common], help="an interactive shell (the default)")
    shell.add_argument("database", nargs="?", default=":dave:")
    shell.set_defaults(run=_shell)
    query = commands.add_parser("query", parents=[common], help="ask Dave one thing")
    query.add_argument("sql", help="SQL or an English question")
    query.add_argument("--database", default=":dave:")
    query.add_argument("--format", choices=formats.FORMATS, default="table")
    query.add_argument("--approximate", action="store_true", help="Dave's rounded values in csv/json too")
    query.set_defaults(run=_query)
    demo = commands.add_parser("demo", parents=[common], help="the April Fools stage demo (about a minute)")
    demo.add_argument("--fast", action="store_true", help="instant SLA: no waiting")
    demo.set_defaults(run=_demo)
    bench = commands.add_parser("bench", parents=[common], help="sqlite3 (and DuckDB) against Dave")
    bench.add_argument("--json", action="store_true", help="machine-readable (the website uses it)")
    bench.set_defaults(run=_bench)
    transcript = commands.add_parser("transcript", parents=[common], help="a rehearsed 200-request session")
    transcript.add_argument("--count", type=_whole(1, 100_000), default=200, help="how many requests (200)")
    transcript.set_defaults(run=_transcript)
    serve = commands.add_parser("serve", parents=[common],
                                help="the website and its API (pip install 'humandb-dave[server]')")
    serve.add_argument("--host", action="append", default=None,
                       help="an address to listen on, 127.0.0.1 by default (0.0.0.0: every IPv4 interface); "
                            "give it again for more (--host 127.0.0.1 --host ::1)")
    serve.add_argument("--port", type=_whole(0, 65535), default=8000, help="8000 by default; 0: any free port")
    serve.add_argument("--limits", default=None, metavar="NAME=VALUE,...",
                       help="change the server's limits (README: the website), e.g. rate_per_second=0 for a load "
                            "test from one address; default: $HUMANDB_SERVE_LIMITS")
    serve.add_argument("--behind", action="append", default=None, metavar="ADDRESS",
                       help="a load balancer trusted to say who is asking and to route visitors by their id "
                            "(an address or network; give it again for more; README: running it for a crowd)")
    serve.add_argument("--workers", type=int, default=1,
                       help="only 1: a visitor's brain lives in one process (README: running it for a crowd)")
    serve.set_defaults(run=_serve)
    nginx = commands.add_parser("nginx", help="an nginx config putting several humandb serve processes behind one "
                                              "address (README: running it for a crowd)")
    nginx.add_argument("backends", nargs="+", metavar="HOST:PORT", help="each humandb serve --behind <nginx's address>")
    nginx.add_argument("--listen", default="8080", help="what nginx listens on (a port, or address:port)")
    nginx.add_argument("--limits", default=None, metavar="NAME=VALUE,...",
                       help="the limits the servers run with (the same as their --limits); default: "
                            "$HUMANDB_SERVE_LIMITS")
    nginx.set_defaults(run=_nginx)
    site = commands.add_parser("site", help="the marketing site's files").add_subparsers(dest="site_command",
                                                                                           required=True)
    record = site.add_parser("record", parents=[common], help="record real answers into site/data/")
    record.add_argument("--out", default=None, help="where to write (default: site/data/ of the checkout you are in)")
    record.set_defaults(run=_record)
    return parser


def _whole(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, or a usage error that says so."""
    def whole(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"a whole number from {low} to {high}, not {text!r}") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"a whole number from {low} to {high}, not {number}")
        return number

    return whole


def _shell(args: argparse.Namespace) -> int:
    from humandb import shell

    return shell.main(args.database, sla=args.sla, seed=args.seed, sound=args.sound, tier=args.tier or "free")


def _query(args: argparse.Namespace) -> int:
    machine = args.format in formats.MACHINE_FORMATS
    connection = humandb.connect(args.database, sla=args.sla, seed=args.seed, sound=args.sound,
                                 tier=args.tier or "free", show=True, exact=machine and not args.approximate)
    formats.one_table(connection, args.format, sys.stdout)
    try:
        answers = connection.ask(args.sql)
        if not answers:  # an empty argument, or only comments
            print("humandb: Dave reads the page top to bottom. There's no question on it (give query SQL or a "
                  "question).", file=sys.stderr)
            return 2
        formats.write_answers(answers, args.format, sys.stdout, shown=connection.settings.show,
                              exact=machine and not args.approximate)
    finally:
        connection.close()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from humandb.demo import tour

    if args.fast and args.sla is not None:
        print("humandb: --fast is the instant SLA: give --fast or --sla, not both", file=sys.stderr)
        return 2
    # The stage demo runs on the pro tier unless told otherwise: no free-tier queue while the audience waits.
    return tour(fast=args.fast, seed=1 if args.seed is None else args.seed, sound=args.sound, sla=args.sla,
                tier=args.tier or "pro")


def _bench(args: argparse.Namespace) -> int:
    from humandb.bench import measure

    results = measure(seed=1 if args.seed is None else args.seed, tier=args.tier or "free")
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    from rich.console import Console

    from humandb.bench import table

    Console().print(table(results))
    return 0


def _transcript(args: argparse.Namespace) -> int:
    from humandb.rehearsal import as_text, rehearse

    print(as_text(rehearse(seed=1 if args.seed is None else args.seed, count=args.count)))
    return 0


def _serve(args: argparse.Namespace) -> int:
    try:
        import httptools  # noqa: F401 - the server's HTTP parser, held to the limits (humandb.web.serving)
        import uvicorn  # noqa: F401
    except ImportError:
        print("humandb: the server needs its extra: pip install 'humandb-dave[server]'", file=sys.stderr)
        return 2
    if args.workers != 1:
        # Workers would share one port and the kernel would hand each request to either one, while a
        # visitor's brain lives in only one of them: every visitor who writes would lose their tables.
        print("humandb: serve runs one process (--workers 1): a visitor's brain lives in that process. For a "
              "crowd, run several with --port P --behind ADDRESS and put nginx in front: humandb nginx writes its "
              "config (README: running it for a crowd).", file=sys.stderr)
        return 2
    from humandb.web.proxy import Proxies

    limits = _server_limits(args)
    if limits is None:
        return 2
    try:
        proxies = Proxies.parse(args.behind or ())
    except ValueError as error:
        print(f"humandb: --behind: {error}", file=sys.stderr)
        return 2
    sla, tier = args.sla or "demo", args.tier or "free"
    seed = 0 if args.seed is None else args.seed
    hosts = args.host or ["127.0.0.1"]
    where = " and ".join(f"http://{f'[{host}]' if ':' in host else host}:{args.port}/" for host in hosts)
    print(f"Dave is at his desk: {where} (SLA {sla}, {tier} tier; Ctrl-C to send him home)", file=sys.stderr)
    from humandb.web import create_app
    from humandb.web.serving import serve

    app = create_app(sla=sla, tier=tier, seed=seed, limits=limits, behind=args.behind or ())
    serve(app, hosts=hosts, port=args.port, limits=limits, proxies=proxies)
    return 0


def _server_limits(args: argparse.Namespace) -> ServerLimits | None:
    """The limits from --limits or $HUMANDB_SERVE_LIMITS; None (and why, on stderr) if they are wrong."""
    from humandb.web.limits import ServerLimits

    try:
        return ServerLimits.parse(args.limits if args.limits is not None
                                  else os.environ.get("HUMANDB_SERVE_LIMITS", ""))
    except ValueError as error:
        print(f"humandb: --limits: {error}", file=sys.stderr)
        return None


def _nginx(args: argparse.Namespace) -> int:
    from humandb.web.proxy import nginx_config

    limits = _server_limits(args)
    if limits is None:
        return 2
    for backend in args.backends:
        host, colon, port = backend.rpartition(":")
        if not (colon and host and port.isdigit()):
            print(f"humandb: a backend is HOST:PORT (e.g. 127.0.0.1:8001), not {backend!r}", file=sys.stderr)
            return 2
    print(nginx_config(args.backends, listen=args.listen, limits=limits), end="")
    return 0


def _record(args: argparse.Namespace) -> int:
    try:
        import starlette  # noqa: F401 - the answers are recorded through the server's own door

        from humandb.web.record import record
    except ImportError:
        print("humandb: recording goes through the server: pip install 'humandb-dave[server]'", file=sys.stderr)
        return 2
    out = args.out
    if out is None:
        checkout = Path.cwd() / "site"
        if not (checkout / "index.html").is_file():
            print("humandb: say where to write the recording (--out DIR); run from a checkout, it goes into its "
                  "site/data/", file=sys.stderr)
            return 2
        out = checkout / "data"
    written = record(out, seed=1 if args.seed is None else args.seed, tier=args.tier or "free")
    print(f"recorded {len(written)} files into {written[0].parent if written else args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
