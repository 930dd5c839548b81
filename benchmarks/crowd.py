"""More processes, more waiting visitors: `humandb serve` processes behind nginx (README: running it for a crowd).

    python benchmarks/crowd.py          # about five minutes; needs nginx and the server extra
    python benchmarks/crowd.py --json

The same crowd as benchmarks/serve.py's first figure — demo-SLA requests all waiting at once, each of which
must be answered within 10% of the wait the server planned for it — sent twice, each over the same 30 s:
2,000 requests from 128 visitors straight at one process, then 4,000 requests from 256 visitors through
nginx (the config `humandb nginx` writes) to two processes. Two processes hold twice the waiting
visitors of one when the second run meets the same goal; each process's peak RSS is printed beside it.

A report, not a test: it always exits 0 and marks the goals it did not meet.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
# The same server, client and crowd as benchmarks/serve.py.
from serve import CROWD_LIMITS as SERVE_CROWD_LIMITS
from serve import LIMITS, QUESTIONS, Server, Waited, _one_waiting, _visitors, serving

TOLERANCE = 0.10
# Sixteen seconds per business hour, and the wait cap raised to a minute: waits of 38–60 s, longer than
# the requests take to arrive (RAMP seconds, for one process's crowd and for two's), so every one of them
# is waiting at once. Each request costs a process a few ms of real work, so each process gets the same
# arrivals per second in both runs: what doubles is what is held, not the CPU each process needs (two
# processes on a two-core machine share it with nginx and this client).
SLA, RAMP = "16", 30.0
CROWD_LIMITS = f"{LIMITS}{SERVE_CROWD_LIMITS}"
VISITORS_PER_PROCESS, REQUESTS_PER_PROCESS = 128, 2_000
# Consistent hashing shares visitors out unevenly (one of two processes may get 55% of them): each process may
# keep half as many brains again as its share, so the busier one never turns a newcomer away.
DESKS_PER_PROCESS = VISITORS_PER_PROCESS * 3 // 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def balanced(backends: list[Server], folder: Path) -> Iterator[int]:
    """nginx on a free port in front of `backends`, with the config `humandb nginx` writes; yields its port."""
    from humandb.web.proxy import standalone

    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    port = _free_port()
    limits = f"{CROWD_LIMITS},visitors={DESKS_PER_PROCESS}"
    config = subprocess.run([sys.executable, "-m", "humandb", "nginx", *(f"127.0.0.1:{b.port}" for b in backends),
                             "--listen", f"127.0.0.1:{port}", "--limits", limits],
                            capture_output=True, text=True, check=True).stdout
    (folder / "humandb.conf").write_text(config)
    main = standalone(folder, connections=8_192)
    process = subprocess.Popen([nginx, "-p", str(folder), "-c", str(main)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("nginx did not start") from None
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def _most_at_once(waited: list[Waited]) -> int:
    """The most requests waiting at the same moment."""
    edges = sorted([(one.began, 1) for one in waited] + [(one.began + one.took, -1) for one in waited])
    most = now = 0
    for _, step in edges:
        now += step
        most = max(most, now)
    return most


async def _crowd(port: int, visitors: int, requests: int) -> list[Waited]:
    cookies = await _visitors(port, visitors)
    start = time.perf_counter() + 0.2
    return list(await asyncio.gather(*[
        _one_waiting(port, cookies[i % visitors], QUESTIONS[i % len(QUESTIONS)], start + RAMP * i / requests)
        for i in range(requests)]))


def _result(processes: int, waited: list[Waited], backends: list[Server]) -> dict[str, Any]:
    answered = [one for one in waited if one.status == 200]
    worst = max((one.error for one in answered), default=float("inf"))
    return {
        "processes": processes, "requests": len(waited), "visitors": processes * VISITORS_PER_PROCESS,
        "answered": len(answered), "waiting_at_once": _most_at_once(waited),
        "refused": dict(sorted(Counter(str(one.status) for one in waited if one.status != 200).items())),
        "worst_wait_error": round(worst, 4),
        "peak_rss_mb_per_process": [round(rss, 1) if (rss := b.peak_rss_mb()) is not None else None
                                    for b in backends],
        "met": len(answered) == len(waited) and worst <= TOLERANCE,
    }


def run() -> dict[str, Any]:
    command = [sys.executable, "-m", "humandb", "serve", "--sla", SLA,
               "--limits", f"{CROWD_LIMITS},visitors={DESKS_PER_PROCESS}"]
    with serving(command) as alone:
        one = _result(1, asyncio.run(_crowd(alone.port, VISITORS_PER_PROCESS, REQUESTS_PER_PROCESS)), [alone])
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="humandb-crowd-") as folder:
        backends = [stack.enter_context(serving([*command, "--behind", "127.0.0.1"])) for _ in range(2)]
        front = stack.enter_context(balanced(backends, Path(folder)))
        two = _result(2, asyncio.run(_crowd(front, 2 * VISITORS_PER_PROCESS, 2 * REQUESTS_PER_PROCESS)), backends)
    return {"one_process": one, "two_processes_behind_nginx": two,
            "goal": "two processes hold twice the waiting visitors of one, each answer within 10% of plan",
            "met": one["met"] and two["met"] and two["waiting_at_once"] >= 2 * one["waiting_at_once"] * 0.95}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("nginx") is None and not Path("/usr/sbin/nginx").exists():
        print("benchmarks/crowd.py needs nginx (apt-get install nginx)", file=sys.stderr)
        return 0
    result = run()
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for name in ("one_process", "two_processes_behind_nginx"):
        row = result[name]
        print(f"{name.replace('_', ' '):28} {row['requests']:>5} requests from {row['visitors']:>3} visitors: "
              f"{row['answered']} answered (refused: {row['refused'] or 'none'}), {row['waiting_at_once']} at once, "
              f"worst wait {row['worst_wait_error']:.1%} off plan, "
              f"peak RSS {row['peak_rss_mb_per_process']} MB  {'met' if row['met'] else 'MISSED'}")
    print(f"goal: {result['goal']}: {'met' if result['met'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
