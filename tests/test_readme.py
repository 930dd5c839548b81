"""Every Python example in README.md and docs/*.md runs, twice in the same folder, so the documentation cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLES = [(page, code) for page in PAGES
            for code in re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.DOTALL)]


def test_the_readme_has_examples() -> None:
    assert sum(page.name == "README.md" for page, _ in EXAMPLES) >= 12


@pytest.mark.parametrize(("page", "code"), EXAMPLES,
                         ids=[f"{page.stem}-{n}" for n, (page, _) in enumerate(EXAMPLES)])
def test_documented_example_runs(
    page: Path, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # examples that make a database file make it here
    monkeypatch.setenv("HUMANDB_SLA", "instant")  # examples on the default SLA must not wait in tests
    exec(compile(code, str(page), "exec"), {"__name__": "docs"})
    first = capsys.readouterr().out
    assert first.strip()  # every example prints something
    # Pasted again in the same folder (the files it made are still there), it runs again.
    exec(compile(code, str(page), "exec"), {"__name__": "docs"})
    assert capsys.readouterr().out.strip()
