"""Load on `humandb serve`, over loopback only: many waiting visitors at once, and requests per second.

    python benchmarks/serve.py             # 2,000 concurrent demo-SLA requests, then the request rates
    python benchmarks/serve.py --json

1. One server process holds 2,000 demo-SLA requests open at once, from 128 visitors (each with their
   own brain, about sixteen questions each). Every answer must arrive within 10% of the wait the
   server planned for it, and the server's peak RSS must stay under 400 MB. Every request costs the
   server about a millisecond of real work (SQLite, Dave's words, later his voice), so 2,000 of them take
   a few seconds to arrive: the demo pace is slowed to three seconds per business hour (waits of 7–12 s)
   so that all of them are in the air together. The same crowd at one second per business hour, sent
   in two seconds, is reported beside it: there the server cannot keep up with the arrivals.
2. The same server code at instant SLA, against a bare Starlette hello-world measured in the same run:
   requests per second with 32 keep-alive clients for a few seconds each.

A report, not a test: it always exits 0 and marks the goals it did not meet. Needs the server extra.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

VISITORS = 128  # the server's default bound on brains kept at once
REQUESTS = 2_000
CROWD_SLA, CROWD_RAMP = "3", 5.0  # seconds per business hour; the requests open over this long
FAST_SLA, FAST_RAMP = "demo", 2.0
TOLERANCE = 0.10
RSS_LIMIT_MB = 400.0
RATE_CLIENTS = 32
RATE_SECONDS = 3.0
QUESTIONS = (
    "SELECT COUNT(*) FROM orders",
    "SELECT status, COUNT(*) FROM orders GROUP BY status",
    "how many customers are there",
    "SELECT * FROM products WHERE price > 100 LIMIT 5",
)

_HUMANDB = """
import uvicorn
from humandb.web import create_app
from humandb.web.limits import ServerLimits
limits = ServerLimits(rate_per_second=0, new_visitors_per_minute=0, visitors={visitors})
uvicorn.run(create_app(sla={sla!r}, limits=limits), host="127.0.0.1", port={port}, log_level="warning", backlog=4096,
            timeout_keep_alive=120)
"""
_HELLO = """
import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

async def hello(request):
    return PlainTextResponse("hello, world")

uvicorn.run(Starlette(routes=[Route("/", hello, methods=["GET", "POST"])]), host="127.0.0.1", port={port},
            log_level="warning",
            backlog=4096, timeout_keep_alive=120)
"""


# -- a server in a child process on a free loopback port ---------------------------------------------


@dataclass
class Server:
    port: int
    process: subprocess.Popen[bytes]

    def peak_rss_mb(self) -> float | None:
        """The child's high-water mark of resident memory (Linux: VmHWM), in MB."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return None


@contextmanager
def serving(code: str, **options: object) -> Iterator[Server]:
    # uvicorn opens the socket itself: then its connections get TCP_NODELAY (a socket handed over by
    # file descriptor does not, and Nagle's algorithm holds every small response for 40 ms).
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-c", code.format(port=port, **options)])
    server = Server(port, process)
    try:
        _await_ready(server)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=30)


def _await_ready(server: Server) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError("the server exited before it was ready")
        try:
            asyncio.run(_request(server.port, "GET", "/openapi.json"))
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not become ready within a minute")


# -- a minimal HTTP/1.1 client: light enough that the client is not what gets measured ---------------


class Link:
    """One keep-alive connection."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, port: int) -> Link:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=2**22)
        return cls(reader, writer)

    async def send(self, method: str, path: str, body: bytes = b"", cookie: str = "") -> tuple[int, dict[str, str],
                                                                                                bytes]:
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}",
                "Content-Type: application/json"]
        if cookie:
            head.append(f"Cookie: {cookie}")
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        status_line = await self.reader.readline()
        headers: dict[str, str] = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        return int(status_line.split()[1]), headers, data

    def close(self) -> None:
        self.writer.close()


async def _request(port: int, method: str, path: str, body: bytes = b"", cookie: str = "") -> tuple[
        int, dict[str, str], bytes]:
    link = await Link.open(port)
    try:
        return await link.send(method, path, body, cookie)
    finally:
        link.close()


# -- 1. many visitors waiting at once ----------------------------------------------------------------


@dataclass(frozen=True)
class Waited:
    status: int
    planned: float
    took: float

    @property
    def error(self) -> float:
        return abs(self.took - self.planned) / self.planned if self.planned > 0 else 0.0


async def _visitors(port: int) -> list[str]:
    """Each visitor asks a first question (all at once) and keeps the cookie it is given."""
    first = await asyncio.gather(*[_request(port, "POST", "/api/query", b'{"sql": "SELECT 1"}')
                                   for _ in range(VISITORS)])
    return [headers["set-cookie"].split(";", 1)[0] for _, headers, _ in first]


async def _one_waiting(port: int, cookie: str, question: str, start_at: float) -> Waited:
    await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
    link = await Link.open(port)
    try:
        began = time.perf_counter()
        status, _, data = await link.send("POST", "/api/query", json.dumps({"sql": question}).encode(), cookie)
        took = time.perf_counter() - began
    finally:
        link.close()
    planned = float(json.loads(data)["wait_seconds"]) if status == 200 else 0.0
    return Waited(status, planned, took)


async def _crowd(port: int, ramp: float) -> list[Waited]:
    cookies = await _visitors(port)
    start = time.perf_counter() + 0.2
    tasks = [_one_waiting(port, cookies[i % VISITORS], QUESTIONS[i % len(QUESTIONS)],
                          start + ramp * i / REQUESTS) for i in range(REQUESTS)]
    return list(await asyncio.gather(*tasks))


def crowd(sla: str, ramp: float) -> dict[str, object]:
    with serving(_HUMANDB, sla=sla, visitors=VISITORS) as server:
        waited = _run(_crowd(server.port, ramp))
        rss = server.peak_rss_mb()
    answered = [one for one in waited if one.status == 200]
    errors = sorted(one.error for one in answered)
    worst = errors[-1] if errors else float("inf")
    return {
        "sla_seconds_per_business_hour": sla, "sent_over_seconds": ramp,
        "requests": REQUESTS, "visitors": VISITORS, "answered": len(answered),
        "planned_wait_seconds": [round(min(one.planned for one in answered), 2),
                                 round(max(one.planned for one in answered), 2)] if answered else None,
        "worst_wait_error": round(worst, 4), "p99_wait_error": round(errors[int(len(errors) * 0.99)], 4)
        if errors else None,
        "within_tolerance": sum(one.error <= TOLERANCE for one in answered),
        "peak_rss_mb": None if rss is None else round(rss, 1),
        "met": len(answered) == REQUESTS and worst <= TOLERANCE and (rss is None or rss < RSS_LIMIT_MB),
    }


# -- 2. requests per second at instant SLA, beside hello-world ----------------------------------------


async def _hammer(port: int, method: str, path: str, body: bytes) -> float:
    cookie_holder = await _request(port, "POST", "/api/query", b'{"sql": "SELECT 1"}') if path.startswith("/api") \
        else None
    cookie = cookie_holder[1].get("set-cookie", "").split(";", 1)[0] if cookie_holder else ""
    links = [await Link.open(port) for _ in range(RATE_CLIENTS)]
    done = 0
    stop = time.perf_counter() + RATE_SECONDS

    async def client(link: Link) -> None:
        nonlocal done
        while time.perf_counter() < stop:
            status, _, _ = await link.send(method, path, body, cookie)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")
            done += 1

    began = time.perf_counter()
    await asyncio.gather(*(client(link) for link in links))
    elapsed = time.perf_counter() - began
    for link in links:
        link.close()
    return done / elapsed


def rates() -> dict[str, object]:
    question = json.dumps({"sql": "SELECT COUNT(*) FROM products"}).encode()
    with serving(_HELLO) as hello:
        hello_rate = _run(_hammer(hello.port, "GET", "/", b""))
    with serving(_HUMANDB, sla="instant", visitors=VISITORS) as humandb:
        dave_rate = _run(_hammer(humandb.port, "POST", "/api/query", question))
    return {"hello_world_per_second": round(hello_rate), "humandb_instant_per_second": round(dave_rate),
            "ratio": round(hello_rate / dave_rate, 2), "clients": RATE_CLIENTS}


def _run(work: Coroutine[Any, Any, T]) -> T:
    """Run the client on uvloop when the server extra brought it: the client should not be the bottleneck."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(work)
    return uvloop.run(work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    os.environ.setdefault("HUMANDB_SHOW", "0")
    results = {"crowd": crowd(CROWD_SLA, CROWD_RAMP), "crowd_sent_faster": crowd(FAST_SLA, FAST_RAMP),
               "rates": rates()}
    if options.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{REQUESTS} concurrent demo-SLA requests from {VISITORS} visitors, one server process:")
    for name, value in results["crowd"].items():
        print(f"  {name:>30}: {value}")
    print(f"  goal: all answered, each within {TOLERANCE:.0%} of its planned wait, peak RSS < {RSS_LIMIT_MB:.0f} MB"
          f" — {'met' if results['crowd']['met'] else 'NOT MET'}")
    print("the same crowd at one second per business hour, sent in two seconds (for information):")
    for name, value in results["crowd_sent_faster"].items():
        if name != "met":
            print(f"  {name:>30}: {value}")
    rate_result = results["rates"]
    print(f"requests per second, {RATE_CLIENTS} keep-alive clients, {RATE_SECONDS:.0f} s each:")
    for name, value in rate_result.items():
        print(f"  {name:>26}: {value}")
    print("  (HumanDB answers with Dave's words, his rows and a WAV of his voice; hello-world with 12 bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
