"""Timing Python snippets in fresh interpreters, the way a user's first import or first query runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

_TIMEOUT_SECONDS = 120


def child_env(**overrides: str) -> dict[str, str]:
    """This process's environment, minus PYTHONDONTWRITEBYTECODE, plus `overrides`.

    Without the variable the children write .pyc files, so timed runs read bytecode caches as they
    would on a user's install instead of compiling every module each time.
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env.update(overrides)
    return env


@dataclass(frozen=True)
class Child:
    """How to start a fresh interpreter: its environment, directory and extra interpreter flags.

    `cwd` should hold no Python packages: ``python -c`` puts it first on sys.path, and a checkout's
    ``humandb/`` there would shadow the humandb this process imported.
    """

    env: Mapping[str, str]
    cwd: Path
    flags: Sequence[str] = field(default=())

    def seconds(self, code: str, args: Sequence[str] = ()) -> float:
        """Run `code`; it prints one float (seconds), which is returned."""
        return float(self._last_line(code, args))

    def numbers(self, code: str, args: Sequence[str] = ()) -> list[float]:
        """Run `code`; it prints floats on its last line, which are returned."""
        return [float(word) for word in self._last_line(code, args).split()]

    def _last_line(self, code: str, args: Sequence[str]) -> str:
        done = subprocess.run([sys.executable, *self.flags, "-c", code, *args], env=dict(self.env),
                              cwd=self.cwd, capture_output=True, text=True, timeout=_TIMEOUT_SECONDS,
                              check=False)
        if done.returncode != 0:
            raise RuntimeError(f"child exited {done.returncode}: {done.stderr.strip()[-500:]}")
        return done.stdout.strip().splitlines()[-1]

    def median_seconds(self, code: str, runs: int, args: Sequence[str] = ()) -> float:
        return statistics.median(self.seconds(code, args) for _ in range(runs))
