"""Players: chosen in the documented order, never breaking a query; the wheel ships the cues."""

from __future__ import annotations

import io
import subprocess
import sys
import types
import zipfile
from pathlib import Path

import pytest

import humandb
from humandb.stage import sound
from humandb.stage.sound import CUES, Command, Silent, SimpleAudio, Speakers, WinSound, choose_player

ROOT = Path(__file__).resolve().parent.parent


def _no_module(name: str) -> types.ModuleType:
    raise ImportError(name)


def test_simpleaudio_comes_first_when_installed() -> None:
    fake = types.ModuleType("simpleaudio")
    player = choose_player(load=lambda name: fake if name == "simpleaudio" else _no_module(name),
                           which=lambda _: "/usr/bin/paplay", platform="linux")
    assert isinstance(player, SimpleAudio)


@pytest.mark.parametrize(
    ("platform", "programs", "expected"),
    [("linux", {"paplay", "aplay"}, "paplay"), ("linux", {"aplay"}, "aplay"), ("darwin", {"afplay"}, "afplay"),
     ("linux", set(), None), ("darwin", {"paplay"}, None)],
)
def test_the_platforms_own_player_next(platform: str, programs: set[str], expected: str | None) -> None:
    player = choose_player(load=_no_module, which=lambda name: f"/usr/bin/{name}" if name in programs else None,
                           platform=platform)
    assert (player.name if player else None) == expected


def test_winsound_on_windows() -> None:
    fake = types.ModuleType("winsound")
    player = choose_player(load=lambda name: fake if name == "winsound" else _no_module(name),
                           which=lambda _: None, platform="win32")
    assert isinstance(player, WinSound)


class _Recorder:
    name = "recorder"

    def __init__(self) -> None:
        self.files: list[Path] = []

    def play_file(self, path: Path) -> None:
        self.files.append(path)


class _Broken:
    name = "broken"

    def play_file(self, path: Path) -> None:
        raise OSError("no sound card in here")


def test_cues_and_the_voice_go_to_the_player(tmp_path: Path) -> None:
    recorder = _Recorder()
    speakers = Speakers(recorder, explicit=True)
    speakers.play("phone")
    speakers.say("So, like eighteen thousand rows.", 0.5)
    assert recorder.files[0] == sound.cue_path("phone") and recorder.files[0].is_file()
    assert recorder.files[1].read_bytes()[:4] == b"RIFF"


def test_dave_leaves_a_few_voice_files_at_most_and_none_when_he_goes() -> None:
    import gc

    recorder = _Recorder()
    speakers = Speakers(recorder, explicit=True)
    for number in range(10):
        speakers.say(f"Answer number {number}.", 0.5)
    spoken = recorder.files
    assert len(set(spoken)) == 10, "each answer gets a file of its own: a player may still be reading the last"
    assert [path.exists() for path in spoken] == [False] * 6 + [True] * 4
    folder = spoken[-1].parent
    del speakers
    gc.collect()
    assert not folder.exists()


def test_a_failing_player_is_reported_once_and_never_breaks_a_query() -> None:
    report = io.StringIO()
    con = humandb.connect(sla="instant", stage=humandb.Stage(speaker=Speakers(_Broken(), explicit=True, report=report)))
    for _ in range(3):
        assert con.execute("SELECT COUNT(*) FROM products").fetchone() is not None
    assert report.getvalue().count("🔇") == 1 and "no sound card" in report.getvalue()


def test_no_player_is_silent_unless_sound_was_asked_for() -> None:
    quiet, told = io.StringIO(), io.StringIO()
    Speakers(None, explicit=False, report=quiet).play("ding")
    asked = Speakers(None, explicit=True, report=told)
    asked.play("ding")
    asked.say("Eighteen thousand orders.")  # README: "he says so once"
    assert quiet.getvalue() == ""
    assert told.getvalue().count("\n") == 1 and "pip install 'humandb-dave[audio]'" in told.getvalue()


def test_the_stage_plays_cues_at_the_beats_and_the_voice_with_the_answer() -> None:
    fake = Silent()
    con = humandb.connect(sla="instant", seed=2, stage=humandb.Stage(speaker=fake))
    answer = con.execute("SELECT COUNT(*) FROM orders").answer
    assert answer is not None
    assert fake.played[0] == "phone" and fake.played[-1] == "ding"
    assert fake.said == [answer.report.words]


def test_every_cue_is_a_file() -> None:
    for cue in CUES:
        assert sound.cue_path(cue).is_file(), cue
    with pytest.raises(ValueError, match="cues are"):
        sound.cue_path("kazoo")


def test_the_wheel_ships_the_sounds_and_the_site(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(tmp_path), "--quiet"], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("humandb_dave-*.whl")  # the distribution's name; the package is still humandb
    names = set(zipfile.ZipFile(wheel).namelist())
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert {f"humandb/sounds/{cue}.wav" for cue in CUES} <= names
    assert "humandb/dave/phrasebook.json" in names and "humandb/py.typed" in names
    site = {path.relative_to(ROOT).as_posix() for path in (ROOT / "site").rglob("*") if path.is_file()}
    assert site and {f"humandb/{name}" for name in site} <= names  # `humandb serve` serves it when installed


def test_the_players_command_runs_in_the_background(tmp_path: Path) -> None:
    marker = tmp_path / "played"
    script = tmp_path / "player"
    script.write_text(f"#!/bin/sh\necho \"$1\" > {marker}\n")
    script.chmod(0o755)
    player = Command([str(script)])
    player.play_file(sound.cue_path("ding"))  # returns before the player finishes
    (process,) = player.running
    process.wait(timeout=10)
    assert marker.read_text().strip().endswith("ding.wav")


SIMPLEAUDIO_PLAYS = """
import io, sys
import humandb
from humandb.stage.sound import Speakers, choose_player

player = choose_player()
assert player is not None and player.name == "simpleaudio", player
told = io.StringIO()
speakers = Speakers(player, explicit=True, report=told)
con = humandb.connect(sla="instant", seed=1, stage=humandb.Stage(speaker=speakers))
con.execute("SELECT COUNT(*) FROM products")
assert told.getvalue() == "", told.getvalue()  # every cue and the voice went to the device
print(speakers.player.name if speakers.player else "gone")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ALSA's null device is Linux's")
def test_simpleaudio_plays_for_real_through_alsas_null_device(tmp_path: Path) -> None:
    # A machine without a sound card still has ALSA: its null device takes the sound and discards it, so
    # simpleaudio's real playback path (open the device, write the frames) runs in the test.
    pytest.importorskip("simpleaudio")
    config = tmp_path / "asound.conf"
    config.write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n", encoding="utf-8")
    env = {**__import__("os").environ, "ALSA_CONFIG_PATH": str(config)}
    done = subprocess.run([sys.executable, "-c", SIMPLEAUDIO_PLAYS], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "simpleaudio"
