"""The office cues in sounds/ and Dave's mumbled voice: real files, real WAV parsing, reproducible bytes."""

from __future__ import annotations

import importlib.util
import io
import math
import sys
import wave
from array import array
from pathlib import Path
from types import ModuleType

import pytest

from humandb.stage import sound, voice

SOUNDS = Path(__file__).resolve().parents[1] / "sounds"
ANSWER = (
    "Okay so I went through the orders table, there's like eighteen thousand rows. One of them is from "
    "nineteen eighty seven which seems wrong, but I didn't want to bring it up. Anything else?"
)


def _synthesizer() -> ModuleType:
    # sounds/ is a folder of files, not a package: load the script the way `python sounds/synthesize.py` would.
    spec = importlib.util.spec_from_file_location("humandb_sounds_synthesize", SOUNDS / "synthesize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


synthesize = _synthesizer()


def _read(wav: bytes) -> tuple[tuple[int, int, int, int], array[int]]:
    """(channels, bytes per sample, rate, frames) and the samples of a WAV file."""
    with wave.open(io.BytesIO(wav), "rb") as reader:
        params = reader.getparams()
        frames = array("h", reader.readframes(params.nframes))
    if sys.byteorder == "big":
        frames.byteswap()
    return (params.nchannels, params.sampwidth, params.framerate, params.nframes), frames


def _rms(frames: array[int]) -> float:
    return math.sqrt(sum(x * x for x in frames) / max(len(frames), 1))


def test_the_stage_and_the_synthesizer_know_the_same_cues() -> None:
    assert set(synthesize.CUES) == set(sound.CUES)


@pytest.mark.parametrize("cue", synthesize.CUES)
def test_every_cue_is_a_short_audible_mono_16_bit_22khz_wav(cue: str) -> None:
    (channels, width, rate, count), frames = _read((SOUNDS / f"{cue}.wav").read_bytes())
    assert (channels, width, rate) == (1, 2, 22050)
    assert 0.2 <= count / rate <= 1.5
    assert _rms(frames) > 500  # about -36 dBFS: quiet cues are fine, silent ones are a bug


def test_the_cues_are_small_together() -> None:
    assert sum((SOUNDS / f"{cue}.wav").stat().st_size for cue in synthesize.CUES) < 1_500_000


def test_the_synthesizer_reproduces_the_committed_cues_byte_for_byte(tmp_path: Path) -> None:
    written = synthesize.synthesize(tmp_path)
    assert [path.name for path in written] == [f"{cue}.wav" for cue in synthesize.CUES]
    for path in written:
        assert path.read_bytes() == (SOUNDS / path.name).read_bytes(), f"{path.name} differs: re-run the script"


def test_the_mumble_is_a_deterministic_16_bit_mono_wav() -> None:
    wav = voice.mumble(ANSWER, energy=0.7)
    assert wav == voice.mumble(ANSWER, energy=0.7)
    (channels, width, rate, count), frames = _read(wav)
    assert (channels, width, rate) == (1, 2, 16000)
    assert voice.duration(wav) == count / 16000
    assert _rms(frames) > 500


def test_the_mumble_takes_the_rate_it_is_given() -> None:
    (_, _, rate, _), _ = _read(voice.mumble("Fine.", rate=22050))
    assert rate == 22050


def test_a_longer_text_takes_longer() -> None:
    short, longer = voice.mumble("Okay."), voice.mumble("Okay, let me get back to you on the quarterly numbers.")
    assert voice.duration(longer) > 2 * voice.duration(short)


def test_a_tired_dave_is_slower_and_lower() -> None:
    fresh, tired = voice.syllables(ANSWER, energy=1.0), voice.syllables(ANSWER, energy=0.1)
    assert voice.duration(voice.mumble(ANSWER, energy=0.1)) > 1.3 * voice.duration(voice.mumble(ANSWER, energy=1.0))
    assert sum(s.pitch for s in tired) / len(tired) < 0.85 * sum(s.pitch for s in fresh) / len(fresh)


def test_a_question_rises_and_a_statement_falls() -> None:
    question, statement = voice.syllables("Is that the final number?"), voice.syllables("That is the final number.")
    assert question[-1].pitch > question[0].pitch
    assert statement[-1].pitch < statement[0].pitch
    assert voice.mumble("Is that the final number?") != voice.mumble("Is that the final number.")


def test_syllables_follow_the_vowel_groups_of_the_words() -> None:
    words = ("cat", "banana", "there", "rhythm", "1987", "word", "syllable")
    assert [len(voice.syllables(word)) for word in words] == [1, 3, 1, 1, 4, 1, 3]


def test_commas_and_full_stops_are_pauses() -> None:
    plain, paused = voice.mumble("one two three four"), voice.mumble("one, two. three, four")
    assert voice.duration(paused) > voice.duration(plain) + 0.5


def test_nothing_to_say_is_an_empty_wav() -> None:
    assert voice.duration(voice.mumble("")) == voice.duration(voice.mumble("?!")) == 0.0


@pytest.mark.parametrize("misuse", [{"energy": math.nan}, {"rate": 100}])
def test_misuse_is_a_clear_error(misuse: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        voice.mumble("Fine.", **misuse)  # type: ignore[arg-type]


def test_speak_without_an_engine_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert voice.speak("Is that the final number?") is None


def test_speak_gives_a_sized_wav_or_none() -> None:
    wav = voice.speak("Fine.")
    assert wav is None or 0.1 < voice.duration(wav) < 10.0  # engines writing to a pipe leave the size open
