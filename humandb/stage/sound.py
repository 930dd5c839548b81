"""Sound: Dave's office cues at the beats of a script, and his voice with the answer.

Players are tried in order: simpleaudio (the ``audio`` extra), then the platform's own (``winsound`` on
Windows, ``afplay`` on macOS, ``paplay``/``aplay`` on Linux), else silence. Playing never blocks the
answer longer than the cue (the commands run in the background) and never raises into the caller; a
missing player or device is reported once, politely, and only when sound was asked for explicitly.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import shutil
import subprocess
import sys
import tempfile
import weakref
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import IO, Any, Protocol

__all__ = ["CUES", "Player", "Silent", "Speaker", "choose_player", "cue_path", "speaker"]

CUES = ("phone", "typing", "pencil", "paper", "printer", "sigh", "slurp", "peel", "stapler", "ding")


class Speaker(Protocol):
    def play(self, cue: str) -> None: ...

    def say(self, text: str, energy: float = 1.0) -> None: ...


class Player(Protocol):
    """Plays one WAV file, without waiting for it to finish."""

    name: str

    def play_file(self, path: Path) -> None: ...


@functools.cache
def sounds_dir() -> Path:
    """Where the cues are: inside the installed package (the wheel ships them), else the checkout's sounds/."""
    packaged = Path(str(resources.files("humandb"))) / "sounds"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "sounds"


def cue_path(cue: str) -> Path:
    if cue not in CUES:
        raise ValueError(f"no such sound cue {cue!r}; the cues are {', '.join(CUES)}")
    return sounds_dir() / f"{cue}.wav"


class Silent:
    """The speaker of tests, pipes and machines without audio: remembers what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.said: list[str] = []

    def play(self, cue: str) -> None:
        self.played.append(cue)

    def say(self, text: str, energy: float = 1.0) -> None:
        self.said.append(text)


class SimpleAudio:
    name = "simpleaudio"

    def __init__(self, module: ModuleType) -> None:
        self.module = module

    def play_file(self, path: Path) -> None:
        self.module.WaveObject.from_wave_file(str(path)).play()  # returns at once; plays in the background


class WinSound:
    name = "winsound"

    def __init__(self, module: ModuleType) -> None:
        self.module = module

    def play_file(self, path: Path) -> None:
        self.module.PlaySound(str(path), self.module.SND_FILENAME | self.module.SND_ASYNC)


class Command:
    """A player program (afplay, paplay, aplay) started in the background for each sound."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.name = Path(argv[0]).name
        self.running: list[subprocess.Popen[bytes]] = []

    def play_file(self, path: Path) -> None:
        # Keep hold of the players still running and reap the finished ones, so none is left a zombie.
        self.running = [process for process in self.running if process.poll() is None]
        self.running.append(subprocess.Popen([*self.argv, str(path)], stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))


def choose_player(
    *,
    which: Callable[[str], str | None] = shutil.which,
    load: Callable[[str], ModuleType] = importlib.import_module,
    platform: str = sys.platform,
) -> Player | None:
    """The first player that exists here, in the documented order; None when there is none."""
    with contextlib.suppress(ImportError):
        return SimpleAudio(load("simpleaudio"))
    if platform.startswith("win"):
        with contextlib.suppress(ImportError):
            return WinSound(load("winsound"))
    programs = (["afplay"],) if platform == "darwin" else (["paplay"], ["aplay", "-q"])
    for argv in programs:
        found = which(argv[0])
        if found:
            return Command([found, *argv[1:]])
    return None


class Speakers:
    """Cues and Dave's voice through a player; every failure is swallowed, and reported once if asked."""

    def __init__(self, player: Player | None, *, explicit: bool, report: IO[str] | None = None,
                 voice: str = "mumble") -> None:
        self.player = player
        self.explicit = explicit
        self.report = report
        self.voice = voice
        self.reported = False
        self._spoken = _SpokenFiles()

    def play(self, cue: str) -> None:
        self._safely(lambda player: player.play_file(cue_path(cue)))

    def say(self, text: str, energy: float = 1.0) -> None:
        def speak(player: Player) -> None:
            from humandb.stage import voice

            wav = (voice.speak(text) if self.voice == "speech" else None) or voice.mumble(text, energy=energy)
            player.play_file(self._spoken.write(wav))

        self._safely(speak)

    def _safely(self, action: Callable[[Player], Any]) -> None:
        if self.player is None:
            self._tell("no audio player found: pip install 'humandb-dave[audio]' (on Debian/Ubuntu first: "
                       "sudo apt-get install libasound2-dev), or install paplay or aplay")
            return
        try:
            action(self.player)
        except Exception as error:  # noqa: BLE001 - no sound device must never cost anyone their answer
            self._tell(f"{self.player.name} could not play: {error}")
            self.player = None  # one failure is enough: stay quiet from now on

    def _tell(self, problem: str) -> None:
        if self.explicit and not self.reported:
            self.reported = True
            with contextlib.suppress(Exception):
                print(f"🔇 Dave's speakers are off: {problem}. The answers still come.", file=self.report or sys.stderr)


class _SpokenFiles:
    """Dave's voice as files for the players, which take files: the last few kept (a player may still be
    reading one in the background), the older ones removed, and the folder removed when the speaker goes."""

    KEPT = 4

    def __init__(self) -> None:
        self._folder: Path | None = None
        self._written: list[Path] = []
        self._count = 0

    def write(self, wav: bytes) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="humandb-voice-"))
            weakref.finalize(self, shutil.rmtree, self._folder, True)  # at collection, or at exit
        self._count += 1
        path = self._folder / f"{self._count}.wav"  # a new name each time: a player may be reading the last
        path.write_bytes(wav)
        self._written.append(path)
        for old in self._written[:-self.KEPT]:
            old.unlink(missing_ok=True)  # a player that opened it still reads it: removing it is safe
        del self._written[:-self.KEPT]
        return path


def speaker(enabled: bool, *, explicit: bool = False, voice: str = "mumble") -> Speaker:
    """The speaker for a connection: silent unless enabled and a player exists."""
    if not enabled:
        return Silent()
    return Speakers(choose_player(), explicit=explicit, voice=voice)
