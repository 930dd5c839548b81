"""Dave's colleagues: named by Faker once per seed, then read from the cache folder by every process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from humandb.dave import desk

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("from humandb.dave import desk; import sys, json; "
         "print(json.dumps([desk._colleagues({seed}), 'faker' in sys.modules]))")


def _named_in_a_fresh_process(seed: int, cache: Path) -> tuple[list[str], bool]:
    env = {**os.environ, "HUMANDB_CACHE_DIR": str(cache),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", NAMES.format(seed=seed)], capture_output=True, text=True, env=env,
                          check=True, timeout=120)
    names, faker_imported = json.loads(done.stdout)
    return names, faker_imported


def test_the_second_process_names_them_without_faker(tmp_path: Path) -> None:
    first, first_imported = _named_in_a_fresh_process(41, tmp_path)
    second, second_imported = _named_in_a_fresh_process(41, tmp_path)
    assert first == second == list(desk._named_by_faker(41))
    assert first_imported and not second_imported
    assert first[0] == desk.GARY and "Dave" not in first and len(set(first)) == len(first)


def test_a_broken_or_foreign_cache_file_is_named_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path))
    for content in ("{not json", json.dumps({"7": [1, 2]}), json.dumps(["a list"])):
        desk._colleagues_file().write_text(content)
        assert desk._kept_colleagues(7) is None
        desk._keep_colleagues(7, desk._named_by_faker(7))
        assert desk._kept_colleagues(7) == desk._named_by_faker(7)


def test_the_file_keeps_a_bounded_number_of_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(desk, "_KEPT_SEEDS", 3)
    for seed in range(5):
        desk._keep_colleagues(seed, ("Gary", f"Pat{seed}"))
    kept = json.loads(desk._colleagues_file().read_text())
    assert list(kept) == ["2", "3", "4"]
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_a_visitors_hashed_seed_is_named_but_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path))
    hashed = 0x9F3B_2C41_77D0_1E5A
    assert desk._colleagues(hashed) == desk._named_by_faker(hashed)
    assert not desk._colleagues_file().exists()
