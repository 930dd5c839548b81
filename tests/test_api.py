"""The public face: humandb.query, connect() options and HUMANDB_* variables, the demo command."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

import humandb
from humandb.settings import resolve


def test_query_returns_daves_words_carrying_the_rows() -> None:
    answer = humandb.query("SELECT COUNT(*) FROM orders", seed=1, accuracy=1.0)
    assert isinstance(answer, str) and isinstance(answer, humandb.QueryResult)
    assert "orders" in answer and "thousand" in answer
    assert answer.columns == ("COUNT(*)",)
    exact = answer.exact_rows[0][0]
    assert 17_000 <= exact <= 19_000
    assert answer.rows == [(18000,)] and answer.business_minutes > 0


def test_query_accepts_parameters_and_connect_options() -> None:
    answer = humandb.query("SELECT name FROM products WHERE id = ?", (3,), exact=True)
    assert answer.rows == answer.exact_rows and len(answer.rows) == 1


def test_query_shows_the_transcript_on_stderr_and_keeps_stdout_clean(tmp_path: Path) -> None:
    code = "import humandb; humandb.query('SELECT COUNT(*) FROM orders', seed=1, accuracy=1.0)"
    env = {**os.environ, "HUMANDB_SHOW": "1", "COLUMNS": "100"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert run.stdout == ""
    assert "Dave" in run.stderr and "18 thousand" in run.stderr


def test_environment_sets_the_defaults_and_arguments_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANDB_SLA", "realistic")
    monkeypatch.setenv("HUMANDB_SHOW", "yes")
    monkeypatch.setenv("HUMANDB_SOUND", "off")
    settings = resolve()
    assert (settings.seconds_per_hour, settings.show, settings.sound) == (3600.0, True, False)
    settings = resolve(options={"sla": 2.5, "show": False})
    assert (settings.seconds_per_hour, settings.show) == (2.5, False)
    monkeypatch.setenv("HUMANDB_SLA", "instant")
    assert resolve().instant


def test_connect_spells_out_the_options_and_their_defaults_as_settings_knows_them() -> None:
    import inspect

    from humandb.settings import DEFAULTS

    spelled = {name: parameter.default for name, parameter in inspect.signature(humandb.connect).parameters.items()
               if name not in ("database", "clock", "stage")}
    assert spelled == DEFAULTS


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"sla": "whenever"}, "instant"), ({"tier": "platinum"}, "free"), ({"dialect": "klingon"}, "klingon"),
     ({"accuracy": 1.5}, "accuracy")],
)
def test_bad_connect_options_are_interface_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(humandb.InterfaceError, match=message):
        humandb.connect(**kwargs)  # type: ignore[arg-type]


def test_bad_environment_flag_is_an_interface_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUMANDB_SHOW", "perhaps")
    with pytest.raises(humandb.InterfaceError, match="HUMANDB_SHOW"):
        humandb.connect()


def test_an_unopenable_file_is_an_operational_error(tmp_path: Path) -> None:
    with pytest.raises(humandb.OperationalError, match="cannot open"):
        humandb.connect(tmp_path / "no-such-dir" / "company.brain")


def test_each_dave_connection_is_a_fresh_copy() -> None:
    first = humandb.connect(exact=True)
    first.execute("DELETE FROM orders")
    first.commit()
    second = humandb.connect(exact=True)
    assert second.execute("SELECT COUNT(*) FROM orders").fetchone()[0] > 17_000


def test_memory_is_empty_and_files_persist(tmp_path: Path) -> None:
    assert humandb.connect(":memory:").execute("SELECT COUNT(*) FROM sqlite_master").fetchone() == (0,)
    path = tmp_path / "company.brain"
    with humandb.connect(path, exact=True) as con:
        con.execute("CREATE TABLE notes (body TEXT)")
        con.execute("INSERT INTO notes VALUES ('call Gary')")
    code = f"import humandb; print(humandb.connect({str(path)!r}).execute('SELECT body FROM notes').fetchall())"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[('call Gary',)]"


def test_import_is_lazy() -> None:
    code = "import sys, humandb; print(sorted(m for m in ('sqlglot', 'rich', 'faker', 'sqlite3') if m in sys.modules))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_the_demo_runs_fast() -> None:
    run = subprocess.run([sys.executable, "-m", "humandb", "demo", "--fast"], capture_output=True, text=True,
                         check=True, env={**os.environ, "COLUMNS": "80"})
    assert "18 thousand" in run.stderr and "1987" in run.stderr
    assert "$87,000" in run.stderr


# -- a newcomer at the REPL ---------------------------------------------------------------------------


def test_a_silent_wait_is_explained_once(capsys: pytest.CaptureFixture[str]) -> None:
    clock = humandb.FakeClock(datetime.datetime(2026, 11, 18, 10, 0))
    con = humandb.connect(sla="demo", show=False, sound=False, seed=1, clock=clock)
    for _ in range(3):
        con.execute("SELECT COUNT(*) FROM orders")
    told = capsys.readouterr().err
    assert told == ('Dave is working on it (about 4 s; this SLA is meant to be slow — sla="instant" skips the '
                    "waiting).\n")
    assert sum(clock.sleeps) > 1


def test_print_query_says_the_answer_once(capfd: pytest.CaptureFixture[str]) -> None:
    answer = humandb.query("SELECT COUNT(*) FROM products", sla="instant", seed=1)
    print(answer)
    out, err = capfd.readouterr()
    assert out.strip() == str(answer) and str(answer) not in err


def test_answers_and_cursors_introduce_themselves_and_save_their_voice(tmp_path: Path) -> None:
    con = humandb.connect(sla="instant", show=False, sound=False, seed=1)
    cursor = con.cursor()
    assert repr(cursor) == "<humandb.Cursor: nothing executed>"
    cursor.execute("SELECT COUNT(*) FROM products")
    assert repr(cursor).startswith("<humandb.Cursor <humandb.Answer 'SELECT COUNT(*) FROM products': ")
    assert cursor.answer is not None and cursor.answer.words.split(". ")[0][:40] in repr(cursor)
    cursor.answer.save_audio(tmp_path / "dave.wav")
    humandb.query("SELECT 1", sla="instant").save_audio(tmp_path / "one.wav")
    for name in ("dave.wav", "one.wav"):
        assert (tmp_path / name).read_bytes()[:4] == b"RIFF"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dave.wav", "one.wav"]  # nothing else left behind


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_in_a_terminal_print_query_says_the_answer_once() -> None:
    pexpect = pytest.importorskip("pexpect")
    env = {key: value for key, value in os.environ.items() if key not in ("HUMANDB_SHOW", "HUMANDB_SOUND")}
    code = ("import humandb; answer = humandb.query('SELECT COUNT(*) FROM products', sla='instant', seed=1, "
            "sound=False); print('WORDS=' + answer.split('.')[0]); print(answer)")
    screen = pexpect.run(f"{sys.executable} -c \"{code}\"", env={**env, "NO_COLOR": "1"}, encoding="utf-8",
                         timeout=60).replace("\r\n", "\n")
    first = screen.split("WORDS=", 1)[1].split("\n", 1)[0]  # the first sentence of his answer
    assert first and screen.count(first) == 2  # once to find it, once as printed: not also in a transcript
