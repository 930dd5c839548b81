"""Dave's voice: a mumbled babble with the shape of speech, and a real speech engine when one is installed.

The babble is not words (think of the villagers in Animal Crossing): one syllable for each vowel group of
each word, a pitch that rises at questions and falls at the end of sentences, pauses at commas and full
stops, and a tired Dave sounds lower and slower. The same text and energy always give the same bytes.

How it stays fast: a syllable is a vowel at one of a few pitches (semitones), timbres (a, e, i, o, u) and
lengths. Each is made once - a single pitch period shaped by the vowel's formants, repeated, with an
envelope - and cached as 16-bit samples; a sentence is those samples and silences, concatenated.

>>> wav = mumble("Is that the final number?", energy=0.4)
>>> wav[:4], 1.0 < duration(wav) < 3.0
(b'RIFF', True)
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import wave
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Syllable", "duration", "mumble", "speak", "syllables"]

BASE_PITCH = 110.0  # Hz: Dave at full energy; semitones count from here
SYLLABLE = 0.095  # seconds, a syllable at full energy before jitter and phrase-final lengthening
SHORTEST = 0.05  # seconds, the shortest syllable: the first step of the length grid
LENGTH_STEP = 1.12  # syllable lengths snap to a geometric grid so that few distinct syllables exist
SYLLABLE_GAP, WORD_GAP = 0.02, 0.04  # seconds of silence inside a word and between words
PAUSES = {",": 0.2, ";": 0.25, ":": 0.25, ".": 0.42, "!": 0.42, "?": 0.45}  # and after each mark

# (frequency, bandwidth, gain) of the first three formants: enough for a mumble to sound like "ah" or "oo".
FORMANTS = {
    "a": ((750.0, 110.0, 1.0), (1200.0, 120.0, 0.5), (2500.0, 200.0, 0.2)),
    "e": ((480.0, 80.0, 1.0), (1850.0, 120.0, 0.45), (2550.0, 200.0, 0.25)),
    "i": ((300.0, 60.0, 1.0), (2250.0, 150.0, 0.35), (2950.0, 200.0, 0.25)),
    "o": ((500.0, 80.0, 1.0), (850.0, 100.0, 0.6), (2450.0, 200.0, 0.1)),
    "u": ((330.0, 60.0, 1.0), (750.0, 90.0, 0.4), (2350.0, 200.0, 0.08)),
}
DIGIT_VOWELS = "iuuioiieei"  # zero, one, two, ...: the vowel of each digit's English name
PLOSIVES, FRICATIVES = set("bcdgkpqt"), set("fhjsvxz")
TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+(?:[.,]\d+)*|[,;:.!?]")  # "18,000" is one number


@dataclass(frozen=True)
class Syllable:
    """One babbled syllable: its vowel, pitch, length, the consonant before it and the silence after it."""

    vowel: str
    semitones: int  # from BASE_PITCH
    length: int  # steps on the geometric length grid
    onset: str = ""  # "plosive", "fricative" or "" (a soft start)
    pause: float = 0.0  # seconds of silence after it
    stressed: bool = False

    @property
    def pitch(self) -> float:
        return _hz(self.semitones)

    @property
    def seconds(self) -> float:
        return SHORTEST * LENGTH_STEP**self.length


# --- reading the text ------------------------------------------------------------------------------

def _word_sounds(word: str) -> list[tuple[str, str]]:
    """(onset, vowel) per syllable: vowel groups for words, one per digit (up to four) for numbers."""
    if word[0].isdigit():
        digits = re.sub(r"\D", "", word)[:4]  # past four digits it is all "thousand" to the ear anyway
        return [("plosive" if d in "28" else "fricative" if d in "3567" else "", DIGIT_VOWELS[int(d)]) for d in digits]
    lower = word.lower().split("'")[0]  # "there's", "didn't": the contraction adds no vowel of its own
    groups = list(re.finditer(r"[aeiouy]+", lower))
    if len(groups) > 1 and lower.endswith("e") and groups[-1].group() == "e" and not lower.endswith("le"):
        groups.pop()  # the silent e of "there" and "rate"
    if not groups:
        return [("", "e")]  # "hmm", "shh": still one syllable
    return [(_onset(lower[m.start() - 1] if m.start() else ""), _vowel(m.group())) for m in groups]


def _onset(letter: str) -> str:
    return "plosive" if letter in PLOSIVES else "fricative" if letter in FRICATIVES else ""


def _vowel(group: str) -> str:
    letters = group.replace("y", "") or "i"  # "my", "by": y sounds like a vowel here
    return letters[0]


def _phrases(text: str) -> list[tuple[list[list[tuple[str, str]]], str]]:
    """The text as phrases: each a list of words (each a list of syllables) and the mark that ends it."""
    phrases: list[tuple[list[list[tuple[str, str]]], str]] = []
    words: list[list[tuple[str, str]]] = []
    for token in TOKEN.findall(text):
        if token in PAUSES:
            if words:
                phrases.append((words, token))
                words = []
        else:
            words.append(_word_sounds(token))
    if words:
        phrases.append((words, "."))  # an unpunctuated ending still sounds finished
    return phrases


# --- the tune --------------------------------------------------------------------------------------

# Semitones added to the last syllables of a phrase, by the mark that ends it (last syllable first).
ENDINGS = {"?": (6.0, 3.0), ".": (-3.0, -1.5), "!": (-3.0,), ",": (2.0,), ";": (1.0,), ":": (1.0,)}


def _contour(position: int, count: int, mark: str) -> float:
    """Semitones for a syllable by where it sits in its phrase: the melody of punctuation."""
    drift = -2.0 * position / max(count - 1, 1)  # a statement sags as the breath runs out...
    if mark != ".":
        drift *= 0.5  # ...a question or an unfinished "and then," much less
    ending = ENDINGS[mark]
    from_end = count - 1 - position
    lift = 4.0 if mark == "!" and position == 0 else 0.0  # an exclamation starts high
    return drift + lift + (ending[from_end] if from_end < len(ending) else 0.0)


def syllables(text: str, *, energy: float = 1.0) -> list[Syllable]:
    """Dave's babble for `text` as plain data: what :func:`mumble` renders.

    >>> [s.semitones for s in syllables("Ready?")][-1] > [s.semitones for s in syllables("Ready.")][-1]
    True
    """
    mood = _mood(energy)
    rng = random.Random(hashlib.sha256(text.encode("utf-8", "replace")).digest())
    tempo = 1.0 + 0.7 * (1.0 - mood)  # a tired Dave drags every syllable and every pause
    shift, spread = -6.0 * (1.0 - mood), 0.5 + 0.5 * mood  # ... at a lower pitch, in a flatter tune
    out: list[Syllable] = []
    for words, mark in _phrases(text):
        count = sum(len(word) for word in words)
        position = 0
        for w, word in enumerate(words):
            wobble = 2.0 * rng.random() - 1.0  # each word gets its own small lift or dip
            for s, (onset, vowel) in enumerate(word):
                final = position == count - 1
                seconds = SYLLABLE * tempo * (0.85 + 0.3 * rng.random()) * (1.5 if final else 1.0)
                semitones = shift + spread * (_contour(position, count, mark) + wobble + (1.0 if s == 0 else 0.0))
                gap = PAUSES[mark] if final else WORD_GAP if s == len(word) - 1 else SYLLABLE_GAP
                stressed = s == 0 and w % 2 == 0  # a beat on every other word: a rhythm, not a drone
                out.append(Syllable(vowel, round(semitones), _length_step(seconds), onset, gap * tempo, stressed))
                position += 1
    return out


def _mood(energy: float) -> float:
    if not math.isfinite(energy):
        raise ValueError(f"energy must be a number between 0 and 1, not {energy!r}")
    return min(max(energy, 0.0), 1.2)


def _hz(semitones: int) -> float:
    return BASE_PITCH * math.pow(2.0, semitones / 12.0)


def _length_step(seconds: float) -> int:
    return max(0, round(math.log(seconds / SHORTEST) / math.log(LENGTH_STEP)))


# --- the sound -------------------------------------------------------------------------------------

def mumble(text: str, *, energy: float = 1.0, rate: int = 16000) -> bytes:
    """A complete WAV file (16-bit mono at `rate` Hz) of Dave mumbling `text`, lower and slower when tired.

    `energy` is Dave's energy from 0 (spent) to 1 (fresh); the same text and energy give the same bytes.
    """
    if not 8000 <= rate <= 48000:
        raise ValueError(f"rate must be between 8000 and 48000 Hz, not {rate}")
    pieces = []
    for syllable in syllables(text, energy=energy):
        pieces.append(_onset_sound(syllable.onset, rate))
        pieces.append(_syllable_sound(syllable.semitones, syllable.vowel, syllable.length, syllable.stressed, rate))
        pieces.append(bytes(2 * round(syllable.pause * rate)))
    return _wav(b"".join(pieces), rate)


TELEPHONE_RATE = 8000
# 16-bit little-endian sample → unsigned 8-bit: its high byte with the sign bit flipped (128 is silence).
_UNSIGNED = bytes(value ^ 0x80 for value in range(256))


# The telephone voices made lately, kept up to this many bytes: a crowd asking the same demo questions
# hears many of the same lines, and each is mumbled once.
TELEPHONE_CACHE_BYTES = 8 * 2**20
_telephoned: OrderedDict[tuple[str, float], bytes] = OrderedDict()
_telephoned_lock = threading.Lock()  # the web server makes voices on several threads at once


def telephone(text: str, *, energy: float = 1.0) -> bytes:
    """Dave's mumble at telephone quality (8 kHz, 8-bit): a quarter of the bytes, for voices that are kept
    or sent (the website's answers and tape, a notebook's output). A mumble loses nothing worth keeping.
    An empty text is a short "Hm.".

    >>> telephone("Hm.")[:4], round(duration(telephone("Hm.")), 1) == round(duration(mumble("Hm.")), 1)
    (b'RIFF', True)
    """
    key = (text or "Hm.", round(energy, 2))
    with _telephoned_lock:
        made = _telephoned.get(key)
        if made is not None:
            _telephoned.move_to_end(key)
            return made
    made = _telephone(*key)  # outside the lock: two threads may make the same voice at once, and both keep it
    with _telephoned_lock:
        _telephoned[key] = made
        while sum(map(len, _telephoned.values())) > TELEPHONE_CACHE_BYTES and len(_telephoned) > 1:
            _telephoned.popitem(last=False)
    return made


def _telephone(text: str, energy: float) -> bytes:
    with wave.open(io.BytesIO(mumble(text, energy=energy, rate=TELEPHONE_RATE)), "rb") as reader:
        frames = reader.readframes(reader.getnframes())
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(1)
        writer.setframerate(TELEPHONE_RATE)
        writer.writeframes(frames[1::2].translate(_UNSIGNED))  # WAV samples are little-endian everywhere
    return buffer.getvalue()


def duration(wav: bytes) -> float:
    """Seconds of sound in a WAV file held in memory.

    >>> duration(mumble(""))
    0.0
    """
    with wave.open(io.BytesIO(wav), "rb") as reader:
        return reader.getnframes() / reader.getframerate()


def _wav(frames: bytes, rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes(frames)
    return buffer.getvalue()


@functools.lru_cache(maxsize=1024)
def _syllable_sound(semitones: int, vowel: str, length: int, stressed: bool, rate: int) -> bytes:
    n = round(SHORTEST * LENGTH_STEP**length * rate)
    cycle = _cycle(round(rate / _hz(semitones)), vowel, rate)
    wave_ = (cycle * (n // len(cycle) + 1))[:n]
    loudness = 0.5 if stressed else 0.38
    return _pcm([x * e * loudness for x, e in zip(wave_, _envelope(n, rate), strict=True)])


@functools.lru_cache(maxsize=256)
def _cycle(period: int, vowel: str, rate: int) -> tuple[float, ...]:
    """One pitch period of a vowel: harmonics of the pitch, weighted by the vowel's formants, peak 1.

    Repeating a whole period keeps the pitch exact and costs nothing per sample at assembly time.
    """
    f0 = rate / period
    top = min(3500.0, 0.45 * rate)  # a mumble needs no more: the formants that tell vowels apart sit below
    sine = [math.sin(2.0 * math.pi * i / period) for i in range(period)]
    cycle = [0.0] * period
    for h in range(1, int(top / f0) + 1):
        weight = _formant_gain(h * f0, vowel) / h  # a voice's harmonics fall off as 1/h before the mouth shapes them
        cycle = [x + weight * sine[h * i % period] for i, x in enumerate(cycle)]
    peak = max(abs(x) for x in cycle) or 1.0
    return tuple(x / peak for x in cycle)


def _formant_gain(freq: float, vowel: str) -> float:
    # The 0.05 floor: between formants a voice is quieter, never silent.
    return 0.05 + sum(gain / (1.0 + ((freq - centre) / width) ** 2) for centre, width, gain in FORMANTS[vowel])


@functools.lru_cache(maxsize=64)
def _envelope(n: int, rate: int) -> tuple[float, ...]:
    # A quick rise, a slight sag, and a soft release: syllables that bump into each other, not click.
    attack, release = max(1, round(0.012 * rate)), max(1, round(0.03 * rate))
    return tuple(min(1.0, i / attack, (n - i) / release) * (1.0 - 0.25 * i / n) for i in range(n))


@functools.lru_cache(maxsize=8)
def _onset_sound(kind: str, rate: int) -> bytes:
    """A consonant before the vowel: a short puff for p/t/k, a longer hiss for s/f/h, nothing for m/n/l."""
    if not kind:
        return b""
    rng = random.Random(kind)  # the same puff every time: a fixed seed per kind
    seconds, gain, smooth = (0.012, 0.25, 0.3) if kind == "plosive" else (0.035, 0.08, 0.0)
    n = round(seconds * rate)
    out, last = [], 0.0
    for i in range(n):
        last = smooth * last + (1.0 - smooth) * (2.0 * rng.random() - 1.0)  # a little smoothing: a duller puff
        out.append(last * gain * math.sin(math.pi * i / n))
    return _pcm(out)


def _pcm(samples: list[float]) -> bytes:
    frames = array("h", [int(x * 32767.0) for x in samples])
    if sys.byteorder == "big":
        frames.byteswap()  # WAV is little-endian everywhere
    return frames.tobytes()


# --- a real voice, when the machine has one --------------------------------------------------------

def speak(text: str, *, timeout: float = 10.0) -> bytes | None:
    """`text` read aloud by the machine's speech engine, as WAV bytes; None when there is none. Never raises.

    Tries ``espeak-ng`` and ``espeak`` (WAV on stdout), then macOS ``say``. The text goes in on stdin, so
    nothing in it can be taken for an option.
    """
    try:
        for name in ("espeak-ng", "espeak"):
            found = shutil.which(name)
            if found:
                done = subprocess.run([found, "--stdout", "--stdin"], input=text.encode("utf-8", "replace"),
                                      capture_output=True, timeout=timeout, check=False)
                if done.returncode == 0 and done.stdout[:4] == b"RIFF":
                    return _sized(done.stdout)
        found = shutil.which("say")
        return _say(found, text, timeout) if found else None
    except (OSError, ValueError, struct.error, subprocess.SubprocessError):
        return None  # a broken engine is the same as no engine: the mumble takes over


def _say(program: str, text: str, timeout: float) -> bytes | None:
    with tempfile.TemporaryDirectory(prefix="humandb-say-") as folder:
        out = Path(folder) / "dave.wav"
        done = subprocess.run([program, "-o", str(out), "--file-format=WAVE", "--data-format=LEI16@22050"],
                              input=text.encode("utf-8", "replace"), capture_output=True, timeout=timeout, check=False)
        if done.returncode != 0 or not out.is_file():
            return None
        return out.read_bytes()


def _sized(wav: bytes) -> bytes:
    """A WAV written to a pipe, with the real sizes in its header.

    A program writing to stdout cannot seek back to fill in the sizes, so espeak leaves "as long as
    possible" there; players cope, but the length of the sound would be read as half a day.
    """
    offset = 12
    while offset + 8 <= len(wav):
        chunk, size = wav[offset:offset + 4], struct.unpack_from("<I", wav, offset + 4)[0]
        if chunk == b"data":
            size = (len(wav) - offset - 8) // 2 * 2  # whole 16-bit frames only
            head = b"RIFF" + struct.pack("<I", offset + size) + wav[8:offset + 4] + struct.pack("<I", size)
            return head + wav[offset + 8:offset + 8 + size]
        offset += 8 + size + size % 2  # chunks are padded to even lengths
    raise struct.error("no data chunk in the engine's WAV")
