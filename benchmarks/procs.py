"""Timing Python snippets in fresh interpreters, the way a user's first import or first query runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence

_TIMEOUT_SECONDS = 120


def child_env(**overrides: str) -> dict[str, str]:
    """This process's environment, minus PYTHONDONTWRITEBYTECODE, plus `overrides`.

    Without the variable the children write .pyc files, so timed runs read bytecode caches as they
    would on a user's install instead of compiling every module each time.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env.update(overrides)
    return env


def seconds_from(code: str, env: Mapping[str, str], args: Sequence[str] = ()) -> float:
    """Run `code` in a fresh interpreter; it prints one float (seconds), which is returned."""
    done = subprocess.run([sys.executable, "-c", code, *args], env=dict(env), capture_output=True, text=True,
                          timeout=_TIMEOUT_SECONDS, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return float(done.stdout.strip().splitlines()[-1])


def median_seconds(code: str, env: Mapping[str, str], runs: int, args: Sequence[str] = ()) -> float:
    return statistics.median(seconds_from(code, env, args) for _ in range(runs))
