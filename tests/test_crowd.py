"""Several `humandb serve` processes behind nginx: every visitor keeps their desk (issue 22).

Real processes on 127.0.0.1: two `humandb serve --behind 127.0.0.1` and nginx running the config
`humandb nginx` writes. Visitors go through nginx only; the processes are asked directly only to see
where a visitor's desk is (GET /api/desk opens nothing).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from humandb.web.limits import ServerLimits
from humandb.web.proxy import Proxies, nginx_config, standalone

Seated = list[tuple[httpx.Client, int]]  # a visitor's cookie jar, and how many rows their table holds
ROOT = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.access(p, os.X_OK)), None)
# Rates off, so the visitors of one test address are not throttled; every other limit is the default.
LIMITS = "rate_per_second=0,new_visitors_per_minute=0"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_for(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            pass
        assert process.poll() is None, f"{what} stopped"
        assert time.monotonic() < deadline, f"{what} did not come up"
        time.sleep(0.1)


@dataclass
class Crowd:
    front: str  # nginx
    backends: dict[int, subprocess.Popen[bytes]]  # port → humandb serve

    def desk_at(self, port: int, cookie: str) -> bool:
        answer = httpx.get(f"http://127.0.0.1:{port}/api/desk", cookies={"humandb_visitor": cookie}, timeout=10)
        return bool(answer.json()["known"])


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crowd]:
    if NGINX is None:
        pytest.skip("nginx is not installed (run-tests installs it: apt-get install nginx)")
    folder = tmp_path_factory.mktemp("crowd")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    processes: list[subprocess.Popen[bytes]] = []
    logs = []
    try:
        backends = {}
        for _ in range(2):
            port = _free_port()
            log = (folder / f"serve-{port}.log").open("wb")  # a file: a pipe nobody reads would stop the server
            logs.append(log)
            backends[port] = subprocess.Popen(
                [sys.executable, "-m", "humandb", "serve", "--sla", "instant", "--port", str(port),
                 "--behind", "127.0.0.1", "--limits", LIMITS], stderr=log, env=env, cwd=ROOT)
            processes.append(backends[port])
        front = _free_port()
        made = subprocess.run([sys.executable, "-m", "humandb", "nginx", *(f"127.0.0.1:{port}" for port in backends),
                               "--listen", f"127.0.0.1:{front}", "--limits", LIMITS],
                              capture_output=True, text=True, env=env, cwd=ROOT, check=True)
        (folder / "humandb.conf").write_text(made.stdout)
        main = standalone(folder)
        checked = subprocess.run([NGINX, "-t", "-p", str(folder), "-c", str(main)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        nginx = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(main)],
                                 stderr=subprocess.DEVNULL)
        processes.append(nginx)
        for port, process in backends.items():
            _wait_for(f"http://127.0.0.1:{port}/openapi.json", process, f"humandb serve on {port}")
        _wait_for(f"http://127.0.0.1:{front}/openapi.json", nginx, "nginx")
        yield Crowd(f"http://127.0.0.1:{front}", backends)
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()


def _ask(client: httpx.Client, sql: str) -> httpx.Response:
    return client.post("/api/query", json={"sql": sql}, timeout=30)


@pytest.fixture(scope="module")
def visitors(crowd: Crowd) -> Iterator[Seated]:
    """Sixteen visitors through nginx, each with a table of their own holding a number of rows of their own."""
    seated = []
    for number in range(16):
        client = httpx.Client(base_url=crowd.front)
        rows = number + 1
        made = _ask(client, "CREATE TABLE mine (x INTEGER)")
        assert made.status_code == 200, made.text
        filled = _ask(client, "INSERT INTO mine (x) VALUES " + ", ".join(f"({value})" for value in range(rows)))
        assert filled.status_code == 200, filled.text
        seated.append((client, rows))
    yield seated
    for client, _ in seated:
        client.close()


def test_every_visitors_writes_are_there_on_their_next_requests(crowd: Crowd, visitors: Seated) -> None:
    for client, rows in visitors:
        for _ in range(6):
            counted = _ask(client, "SELECT COUNT(*) FROM mine")
            assert counted.status_code == 200, counted.text
            assert counted.json()["exact_rows"] == [[rows]]


def test_each_visitor_has_one_desk_and_both_processes_have_visitors(crowd: Crowd, visitors: Seated) -> None:
    where = []
    for client, _ in visitors:
        cookie = client.cookies["humandb_visitor"]
        at = [port for port in crowd.backends if crowd.desk_at(port, cookie)]
        assert len(at) == 1, f"visitor {cookie} has a desk at {at}"
        where.append(at[0])
    assert set(where) == set(crowd.backends), "consistent hashing put all sixteen visitors on one process"


def test_daves_beats_stream_through_the_balancer(crowd: Crowd, visitors: Seated) -> None:
    client = visitors[0][0]
    with client.stream("POST", "/api/stream", json={"sql": "SELECT COUNT(*) FROM mine"}, timeout=30) as streamed:
        assert streamed.status_code == 200 and streamed.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("event: ") for line in streamed.iter_lines() if line.startswith("event: ")]
    assert events[0] == "beat" and events[-1] == "answer"


def test_the_front_door_refuses_what_the_servers_would_in_daves_words(crowd: Crowd) -> None:
    limit = ServerLimits().max_body_bytes
    with httpx.Client(base_url=crowd.front) as client:
        # Just under the servers' limit: nginx lets it through and Dave answers it.
        near = client.post("/api/query", content=json.dumps({"sql": "SELECT 1", "note": "x" * (limit - 100)}),
                           headers={"content-type": "application/json"}, timeout=30)
        assert near.status_code == 200, near.text
        over = client.post("/api/query", content=json.dumps({"sql": "SELECT 1", "note": "x" * limit}),
                           headers={"content-type": "application/json"}, timeout=30)
    assert over.status_code == 413
    refused = over.json()
    assert refused["error"] == "TooLarge" and str(limit) in refused["cause"] and refused["text"]


def test_a_process_that_dies_loses_only_its_own_visitors(crowd: Crowd, visitors: Seated) -> None:
    victim_port = next(iter(crowd.backends))
    desks = {client: crowd.desk_at(victim_port, client.cookies["humandb_visitor"]) for client, _ in visitors}
    assert any(desks.values()) and not all(desks.values())
    crowd.backends[victim_port].kill()
    crowd.backends[victim_port].wait(timeout=20)
    for client, rows in visitors:
        counted = _ask(client, "SELECT COUNT(*) FROM mine")
        if desks[client]:  # theirs went with the process: a fresh desk at the next one, not an error page
            assert counted.status_code == 400 and "mine" in counted.json()["cause"], counted.text
            again = _ask(client, "SELECT COUNT(*) FROM customers")
            assert again.status_code == 200, again.text
        else:
            assert counted.status_code == 200 and counted.json()["exact_rows"] == [[rows]], counted.text


def test_only_a_trusted_proxy_names_the_client_or_the_visitor() -> None:
    proxies = Proxies.parse(["127.0.0.1", "10.0.0.0/8"])
    chosen = {"x-humandb-visitor": "a" * 32, "x-forwarded-for": "198.51.100.7, 10.1.2.3"}
    assert proxies.client("127.0.0.1", chosen) == "198.51.100.7"  # the proxies' own hop skipped
    assert proxies.visitor("127.0.0.1", chosen) == "a" * 32
    assert proxies.client("203.0.113.9", chosen) == "203.0.113.9"  # a stranger's header is only a header
    assert proxies.visitor("203.0.113.9", chosen) is None
    assert proxies.visitor("127.0.0.1", {"x-humandb-visitor": "../../etc"}) is None
    assert Proxies.parse([]).visitor("127.0.0.1", chosen) is None  # trusting nobody is the default
    with pytest.raises(ValueError, match="not an address"):
        Proxies.parse(["nginx.local"])


def test_the_shipped_config_is_what_the_command_writes() -> None:
    shipped = (ROOT / "deploy" / "nginx" / "humandb.conf").read_text()
    assert shipped == nginx_config(["127.0.0.1:8001", "127.0.0.1:8002"], listen="80")


@pytest.mark.parametrize("command", [("serve", "--port", "0", "--behind", "nginx.local"),
                                     ("nginx", "localhost"), ("nginx", "127.0.0.1:8001", "--limits", "visiters=2")])
def test_a_wrong_recipe_is_a_usage_error(command: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-m", "humandb", *command], capture_output=True, text=True, timeout=60,
                          cwd=ROOT)
    assert done.returncode == 2 and done.stderr.startswith("humandb: ") and not done.stdout
