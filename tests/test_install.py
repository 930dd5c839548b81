"""A newcomer's first hour, from a clean clone: README's two commands are the real ones, and they work.

The install runs offline: a fresh virtual environment that sees this machine's packages, into which the
clone is installed as a user would (`pip install .`), then the demo runs from that install.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    """The README's set-up-and-go commands: the shell blocks of its "Try it" section."""
    section = README.split("## Try it", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)]


def test_the_readme_gives_exactly_two_commands_and_ci_runs_the_second() -> None:
    assert _commands() == ["pip install . && humandb demo", "./run-tests"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\./run-tests\b", ci, flags=re.MULTILINE)
    assert os.access(ROOT / "run-tests", os.X_OK) and os.access(ROOT / ".ci" / "run", os.X_OK)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to clone")
def test_a_clean_clone_installs_and_runs_the_demo(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=120)
    environment = tmp_path / "venv"
    venv.create(environment, system_site_packages=True, with_pip=False)
    python = environment / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    # `pip install .`, offline: the build backend and the dependencies come from the packages this machine has.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--disable-pip-version-check", str(clone)],
                   check=True, timeout=300, capture_output=True)
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "HUMANDB_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)
    where = subprocess.run([str(python), "-c", "import humandb; print(humandb.__file__)"], capture_output=True,
                           text=True, env=env, cwd=tmp_path, check=True)
    assert Path(where.stdout.strip()).is_relative_to(environment)  # the install, not this checkout
    humandb_command = environment / ("Scripts" if sys.platform == "win32" else "bin") / "humandb"
    demo = subprocess.run([str(humandb_command), "demo", "--fast"], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert demo.returncode == 0, demo.stderr[-2000:]
    for act in ("How many orders?", "Post-it indexing", "EXPLAIN", "Benchmarks"):
        assert act in demo.stderr
    assert "Traceback" not in demo.stderr
