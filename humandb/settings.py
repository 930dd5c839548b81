"""connect() options and HUMANDB_* environment variables → one frozen Settings value."""

from __future__ import annotations

import functools
import math
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from humandb.brain.guard import Sandbox
from humandb.errors import InterfaceError

__all__ = ["Consistency", "Dialect", "Preset", "Settings", "Tier", "Voice", "resolve"]

# The choices connect() takes, named for type checkers: `tier="gold"` is caught before it runs.
Tier = Literal["free", "pro", "enterprise"]
Preset = Literal["instant", "demo", "realistic"]
Consistency = Literal["strong", "eventual"]
Voice = Literal["mumble", "speech"]
Dialect = Literal[
    "athena", "bigquery", "clickhouse", "databricks", "doris", "dremio", "drill", "druid", "duckdb", "dune",
    "exasol", "fabric", "hive", "materialize", "mysql", "oracle", "postgres", "presto", "redshift", "risingwave",
    "singlestore", "snowflake", "solr", "spark", "spark2", "sqlite", "starrocks", "tableau", "teradata", "trino",
    "tsql",
]

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Settings:
    """Everything a connection decided at connect() time."""

    database: str = ":dave:"
    sla: str | float = "demo"
    seconds_per_hour: float = 1.0
    sound: bool = False
    show: bool = False
    exact: bool = False
    seed: int = 0
    tier: str = "free"
    dialect: str = "duckdb"
    user: str | None = None
    birthday: str | None = None
    accuracy: float = 0.8
    consistency: str = "strong"
    sound_asked: bool = False  # sound was asked for (argument or HUMANDB_SOUND), not just defaulted on
    voice: str = "mumble"  # "mumble" (always works) or "speech" (a real speech engine where one exists)
    sandbox: Sandbox | None = None  # SQL from strangers: SQLite's guards and limits (brain/guard.py)
    scale: float = 1.0  # the size of the ":dave:" sample: 100 is about 1.8 million orders
    timeout: float = 5.0  # seconds SQLite waits for another process's lock before giving up
    words: bool | None = None  # Dave's report for every answer; None: unless quiet and exact (see paperwork)

    @functools.cached_property
    def eventual(self) -> bool:
        """Writes are acknowledged at once and land later (Dave's in-tray)."""
        return self.consistency == "eventual"

    @functools.cached_property
    def instant(self) -> bool:
        return self.seconds_per_hour == 0

    @functools.cached_property
    def quiet(self) -> bool:
        """Nothing to perform: no wait, nothing shown, nothing played."""
        return self.instant and not self.show and not self.sound

    @functools.cached_property
    def paperwork(self) -> bool:
        """Dave writes his report (words, script, timing) as each answer is made. A quiet connection with
        exact values is a plain database (SQLAlchemy, pandas): he skips it, and its answers carry no words,
        unless `words=True` asks for them."""
        return self.words if self.words is not None else not (self.quiet and self.exact)


def _flag(name: str, value: bool | None, default: bool) -> bool:
    if value is not None:
        return bool(value)
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip().lower() in _TRUE:
        return True
    if raw.strip().lower() in _FALSE:
        return False
    raise InterfaceError(
        f"Dave doesn't know whether {name}={raw!r} means yes or no.",
        f"{name} must be one of {sorted(_TRUE | _FALSE - {''})}",
    )


def _interactive() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stderr
        return False


# connect()'s options and their defaults, once: connect() spells them out for its readers and type
# checkers (a test keeps the two in step); everything else takes them from here.
DEFAULTS: dict[str, Any] = {
    "sla": None, "sound": None, "show": None, "exact": False, "seed": None, "tier": "free", "dialect": "duckdb",
    "user": None, "birthday": None, "accuracy": 0.8, "consistency": None, "voice": "mumble", "sandbox": None,
    "scale": 1.0, "timeout": 5.0, "words": None,
}


def resolve(database: str = ":dave:", options: Mapping[str, Any] | None = None) -> Settings:
    """Combine connect() arguments (`options`, by name; the rest take DEFAULTS) with the environment;
    arguments win over HUMANDB_* variables."""
    from humandb import sla as sla_module

    unknown = sorted(set(options or ()) - DEFAULTS.keys())
    if unknown:
        raise InterfaceError("Dave doesn't know that setting.", f"connect() has no option {', '.join(unknown)}")
    given = {**DEFAULTS, **(options or {})}
    chosen = given["sla"] if given["sla"] is not None else os.environ.get("HUMANDB_SLA", "demo")
    try:
        seconds = sla_module.seconds_per_business_hour(chosen)
        if not isinstance(given["tier"], str):
            raise ValueError(f"tier must be a name ('free', 'pro', 'enterprise'), not {given['tier']!r}")
        sla_module.tier(given["tier"])
    except ValueError as error:
        puzzled = "Dave reads the contract twice and still doesn't get it."
        raise InterfaceError(puzzled, str(error)) from None
    if not isinstance(given["seed"], (int, type(None))) or isinstance(given["seed"], bool):
        raise InterfaceError("Dave only takes whole numbers for luck.", f"seed must be an int, got {given['seed']!r}")
    if not isinstance(given["accuracy"], (int, float)) or not 0.0 <= given["accuracy"] <= 1.0:
        cause = f"accuracy must be in [0, 1], got {given['accuracy']}"
        raise InterfaceError("Dave is good, but not that good.", cause)
    default_consistency = "strong" if seconds == 0 else "eventual"
    chosen_consistency = given["consistency"] or os.environ.get("HUMANDB_CONSISTENCY") or default_consistency
    if chosen_consistency not in ("strong", "eventual"):
        cause = f"consistency must be 'strong' or 'eventual', got {chosen_consistency!r}"
        raise InterfaceError("Dave is consistent. Just not like that.", cause)
    if seconds == 0:
        chosen_consistency = "strong"  # with no waiting at all there is nothing to be eventual about
    interactive = _interactive()
    return Settings(
        database=database,
        sla=chosen,
        seconds_per_hour=seconds,
        sound=_flag("HUMANDB_SOUND", given["sound"], interactive),
        show=_flag("HUMANDB_SHOW", given["show"], interactive),
        exact=bool(given["exact"]),
        seed=0 if given["seed"] is None else int(given["seed"]),
        tier=given["tier"],
        dialect=given["dialect"],
        user=given["user"],
        birthday=None if given["birthday"] is None else str(given["birthday"]),
        accuracy=given["accuracy"],
        consistency=chosen_consistency,
        sound_asked=given["sound"] is not None or "HUMANDB_SOUND" in os.environ,
        voice=_voice(given["voice"]),
        sandbox=_sandbox(given["sandbox"]),
        scale=_scale(database, given["scale"]),
        timeout=_timeout(given["timeout"]),
        words=None if given["words"] is None else bool(given["words"]),
    )


def _sandbox(sandbox: Sandbox | bool | None) -> Sandbox | None:
    if sandbox is None or sandbox is False:
        return None
    if sandbox is True:
        return Sandbox()
    if isinstance(sandbox, Sandbox):
        return sandbox
    raise InterfaceError("Dave asks which sandbox you mean. He only knows the one.",
                         f"sandbox must be True, False, None or a humandb.brain.guard.Sandbox, got {sandbox!r}")


def _voice(voice: str) -> str:
    if voice not in ("mumble", "speech"):
        raise InterfaceError("Dave only has the one voice. Two, if you count mumbling.",
                             f"voice must be 'mumble' or 'speech', got {voice!r}")
    return voice


def _scale(database: str, scale: float) -> float:
    try:
        chosen = float(scale)
    except (TypeError, ValueError):
        chosen = math.nan
    if not (math.isfinite(chosen) and chosen > 0):
        raise InterfaceError("Dave can grow the company or shrink it, not whatever that is.",
                             f"scale must be a positive number, got {scale!r}")
    if chosen != 1.0 and database != ":dave:":
        raise InterfaceError("Dave can only scale his own sample company.",
                             f"scale applies to ':dave:', not to {database!r}")
    return chosen


def _timeout(timeout: float) -> float:
    try:
        chosen = float(timeout)
    except (TypeError, ValueError):
        chosen = math.nan
    if not (math.isfinite(chosen) and chosen >= 0):
        raise InterfaceError("Dave will wait, but not like that.",
                             f"timeout must be a number of seconds (0 or more), got {timeout!r}")
    return chosen
