"""Every test runs fast and deterministic: instant SLA, no sound, nothing shown, a private cache."""

from __future__ import annotations

import atexit
import datetime
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import humandb
from humandb.stage.clock import FakeClock

# Set before any connection exists, for every test and every subprocess a test starts.
_CACHE = tempfile.mkdtemp(prefix="humandb-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)  # the samples built for one run go with it
os.environ.update(HUMANDB_CACHE_DIR=_CACHE, HUMANDB_SLA="instant", HUMANDB_SHOW="0", HUMANDB_SOUND="0")

# A fixed "today": Wednesday 18 November 2026, 10:00, an ordinary business morning.
TODAY = datetime.datetime(2026, 11, 18, 10, 0)


def said_from(section: str, text: str) -> bool:
    """Whether `text` contains a line of the phrasebook section (its fixed words around the slots)."""
    from humandb.dave import words

    for template in words.lines(section):
        pieces = [piece for piece in template.replace("}", "{").split("{")[::2] if len(piece.strip()) > 3]
        if pieces and all(piece in text for piece in pieces):
            return True
    return False


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TODAY)


@pytest.fixture
def dave(clock: FakeClock) -> Iterator[humandb.Connection]:
    """Dave's sample company in memory, instant and quiet, seed 7."""
    connection = humandb.connect(":dave:", sla="instant", show=False, sound=False, seed=7, clock=clock)
    yield connection
    if not connection.closed:
        connection.close()


@pytest.fixture
def memory(clock: FakeClock) -> Iterator[humandb.Connection]:
    """An empty in-memory database that reports exact values (and Dave's words about them)."""
    connection = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=clock,
                                 words=True)
    yield connection
    if not connection.closed:
        connection.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Report the English corpus score: how many questions Dave answered with the reference's values."""
    reports = [
        report
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        if getattr(report, "when", "") == "call" and "test_english.py::test_question" in report.nodeid
    ]
    if reports:
        passed = sum(report.passed for report in reports)
        terminalreporter.write_line(f"English corpus: {passed}/{len(reports)} questions answered correctly")


@contextmanager
def live_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 (a free port) in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
