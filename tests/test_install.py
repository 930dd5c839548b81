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


def _install_lines() -> list[tuple[str, str]]:
    """Every `pip install ...` a user is told to run: README, docs, the site, and the package's own hints."""
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "site").glob("*.html")),
             *sorted((ROOT / "site").glob("*.js")), *sorted((ROOT / "humandb").rglob("*.py"))]
    spec = re.compile(r"['\"]?(\.|[A-Za-z][\w.\-]*)(\[[^\]\s]*\])?(==[\w.]+)?")
    found = []
    for path in files:
        for match in re.finditer(r"pip install ([^`<)\n]*)", path.read_text(encoding="utf-8")):
            for word in match.group(1).split():
                named = spec.match(word)
                if named is None:
                    break
                found.append((path.relative_to(ROOT).as_posix(), named.group(0).strip("'\"")))
                if word[named.end():].strip("'\""):
                    break  # a comma, a closing quote of the code around it: the command ends here
    return found
    return found
    return found


def test_every_install_line_names_this_distribution_and_an_extra_it_has() -> None:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set(project["optional-dependencies"])
    lines = _install_lines()
    assert len(lines) >= 15
    wrong = []
    for where, spec in lines:
        name, _, extra = spec.partition("[")
        extra = extra.rstrip("]")
        if spec == "humandb==0.1.0" or "{" in extra:  # the original client; an extra named by the code (below)
            continue
        if name not in ("humandb-dave", ".") or (extra and extra not in extras):
            wrong.append((where, spec))
    assert wrong == []
    from humandb.frames import _EXTRAS

    assert set(_EXTRAS.values()) <= extras


def test_the_package_metadata_a_package_index_shows(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), "--quiet"], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("humandb_dave-*.whl")
    import zipfile
    from email.parser import HeaderParser

    with zipfile.ZipFile(wheel) as archive:
        (name,) = [name for name in archive.namelist() if name.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
        assert any(name.endswith(".dist-info/licenses/LICENSE") for name in archive.namelist())
    assert metadata["Name"] == "humandb-dave"
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Requires-Python"] == ">=3.10"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert metadata.get_payload().startswith("# HumanDB\n")  # the README, rendered by the index
    classifiers = metadata.get_all("Classifier") or []
    assert {f"Programming Language :: Python :: 3.{minor}" for minor in (10, 11, 12, 13)} <= set(classifiers)
    urls = metadata.get_all("Project-URL") or []
    assert any("pypi.org/project/humandb/0.1.0" in url for url in urls)  # the original it answers
    assert {"audio", "server", "shell"} <= set(metadata.get_all("Provides-Extra") or [])
