"""Synthesize Dave's office cues from first principles: noise, oscillators, envelopes and simple filters.

    python sounds/synthesize.py [OUTDIR]     # default: the folder this script lives in

Every cue is 16-bit PCM mono at 22,050 Hz and at most 1.5 s long. The output is byte-for-byte
reproducible: each cue draws from its own seeded generator and the WAV header holds no dates, so the
committed files can be checked against a fresh run.
"""

from __future__ import annotations

import math
import random
import sys
import wave
from array import array
from collections.abc import Callable
from pathlib import Path

__all__ = ["CUES", "RATE", "synthesize"]

RATE = 22_050
SEED = 1987  # the year of Dave's oldest order row; any constant would do
FADE = 0.004  # seconds of fade at both ends, so no cue starts or stops with a click
BLOCK = 32  # samples between cutoff updates of a moving filter: smooth to the ear, cheap in Python

Signal = list[float]
Curve = Callable[[float], float]  # a value over the 0..1 span of a sound (e.g. a filter cutoff in Hz)


# --- the seeded dice -------------------------------------------------------------------------------
# Only rng.random() is used: its Mersenne Twister stream is stable across Python versions, while helpers
# such as randint and choice have changed their algorithms before.

def between(rng: random.Random, low: float, high: float) -> float:
    return low + (high - low) * rng.random()


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


# --- building blocks -------------------------------------------------------------------------------

def samples(duration: float) -> int:
    return round(duration * RATE)


def silence(duration: float) -> Signal:
    return [0.0] * samples(duration)


def noise(rng: random.Random, duration: float) -> Signal:
    return [2.0 * rng.random() - 1.0 for _ in range(samples(duration))]


def damped(freq: float, duration: float, tau: float, glide: float = 1.0) -> Signal:
    """A struck resonance: a sine that decays with time constant `tau`; `glide` is the pitch ratio at the end."""
    n = samples(duration)
    out, phase = [], 0.0
    for i in range(n):
        t = i / RATE
        out.append(math.sin(phase) * math.exp(-t / tau))
        phase += 2.0 * math.pi * freq * glide ** (i / n) / RATE
    return out


def decay(duration: float, tau: float) -> Signal:
    return [math.exp(-i / (tau * RATE)) for i in range(samples(duration))]


def shaped(signal: Signal, curve: Curve) -> Signal:
    """The signal times an envelope given as a curve over its own length."""
    n = max(len(signal), 1)
    return [x * curve(i / n) for i, x in enumerate(signal)]


def scaled(signal: Signal, gain: float) -> Signal:
    return [x * gain for x in signal]


def mixed_into(track: Signal, clip: Signal, at: float, gain: float = 1.0) -> None:
    """Add a clip into a track starting `at` seconds in; whatever runs past the end is cut."""
    start = samples(at)
    for i, x in enumerate(clip[: max(len(track) - start, 0)]):
        track[start + i] += x * gain


def glide(start: float, end: float) -> Curve:
    """An exponential sweep, the way pitch and cutoff moves sound even to the ear."""
    return lambda t: start * math.pow(end / start, t)


def constant(value: float) -> Curve:
    return lambda t: value


def svf(signal: Signal, cutoff: Curve, q: float = 0.7, low: float = 0.0, band: float = 1.0,
        high: float = 0.0) -> Signal:
    """A state-variable filter (Simper's zero-delay form): it stays stable while its cutoff moves.

    The output is a mix of its low-, band- and high-pass taps, so one filter serves every cue.
    """
    k = 1.0 / q
    ic1 = ic2 = 0.0
    out: Signal = []
    n = max(len(signal), 1)
    for start in range(0, len(signal), BLOCK):
        g = math.tan(math.pi * min(cutoff(start / n), 0.45 * RATE) / RATE)
        a1 = 1.0 / (1.0 + g * (g + k))
        a2, a3 = g * a1, g * g * a1
        for x in signal[start:start + BLOCK]:
            v3 = x - ic2
            v1 = a1 * ic1 + a2 * v3
            v2 = ic2 + a2 * ic1 + a3 * v3
            ic1, ic2 = 2.0 * v1 - ic1, 2.0 * v2 - ic2
            out.append(low * v2 + band * v1 + high * (x - k * v1 - v2))
    return out


def crackle(rng: random.Random, duration: float, shortest: int, longest: int, power: float) -> Signal:
    """A random gain held for a few samples at a time: the fibres of paper and glue giving way one by one.

    A high `power` makes most steps quiet and a few loud, which is what makes it crackle rather than hiss.
    """
    out: Signal = []
    n = samples(duration)
    while len(out) < n:
        out.extend([rng.random() ** power] * round(between(rng, shortest, longest)))
    return out[:n]


def multiplied(a: Signal, b: Signal) -> Signal:
    return [x * y for x, y in zip(a, b, strict=True)]


def hump(t: float) -> float:
    return math.sin(math.pi * t)


# --- the cues --------------------------------------------------------------------------------------

def phone(rng: random.Random) -> Signal:
    """An office desk phone: two bursts of a trill between two tones, through a small plastic speaker."""
    track = silence(1.2)
    for at in (0.02, 0.62):
        mixed_into(track, ring_burst(0.42), at)
    return svf(track, constant(1800.0), q=0.6, low=0.6, band=0.8)


def ring_burst(duration: float) -> Signal:
    out, phase = [], 0.0
    n = samples(duration)
    for i in range(n):
        t = i / RATE
        freq = 1250.0 if int(t * 40.0) % 2 == 0 else 1000.0  # flips 40 times a second: the "brrr" of a ringer
        phase += 2.0 * math.pi * freq / RATE
        edge = min(1.0, t / 0.01, (n - i) / RATE / 0.02)
        out.append(math.tanh(2.5 * math.sin(phase)) * edge)  # driven hard, as cheap ringers are
    return out


def typing(rng: random.Random) -> Signal:
    """Keyboard clicks at a human, uneven pace: a sharp contact tick, a plastic thunk, a quieter release."""
    track = silence(1.3)
    at = 0.02
    while at < 1.15:
        space = chance(rng, 0.15)
        mixed_into(track, key_press(rng, space), at, between(rng, 0.6, 1.0))
        mixed_into(track, key_press(rng, space), at + between(rng, 0.05, 0.08), between(rng, 0.15, 0.3))
        at += between(rng, 0.09, 0.17) + (0.18 if chance(rng, 0.12) else 0.0)  # now and then he stops to think
    return track


def key_press(rng: random.Random, space: bool) -> Signal:
    body = 160.0 if space else between(rng, 320.0, 650.0)  # the spacebar's long plastic bar sits lower
    tick = multiplied(svf(noise(rng, 0.01), constant(3500.0), q=0.8, band=0.3, high=1.0), decay(0.01, 0.0012))
    thunk = multiplied(svf(noise(rng, 0.05), constant(body), q=4.0), decay(0.05, 0.012 if space else 0.006))
    clip = scaled(thunk, 2.2)
    mixed_into(clip, tick, 0.0, 0.6)
    return clip


def pencil(rng: random.Random) -> Signal:
    """A scribble: grainy high noise, swelling with every back-and-forth stroke of the pencil."""
    strokes = pencil_strokes(rng, 1.25)
    grit = multiplied(noise(rng, 1.25), crackle(rng, 1.25, 10, 40, 1.5))
    scratch = svf(grit, lambda t: 3200.0 + 1400.0 * math.sin(2.0 * math.pi * 7.0 * t), q=0.9, band=1.0, high=0.4)
    return multiplied(scratch, strokes)


def pencil_strokes(rng: random.Random, duration: float) -> Signal:
    out: Signal = []
    while len(out) < samples(duration):
        length, loud = samples(between(rng, 0.06, 0.13)), between(rng, 0.5, 1.0)
        out.extend(loud * hump(i / length) ** 0.6 for i in range(length))
        if chance(rng, 0.1):
            out.extend(silence(between(rng, 0.04, 0.1)))  # the pencil lifts off the pad
    return out[: samples(duration)]


def paper(rng: random.Random) -> Signal:
    """A paper shuffle: three crinkly swishes of a stack being squared, then one tap on the desk."""
    track = silence(1.3)
    for at in (0.0, 0.32, 0.62):
        mixed_into(track, rustle(rng, between(rng, 0.22, 0.3)), at + between(rng, 0.0, 0.04))
    tap = svf(multiplied(noise(rng, 0.12), decay(0.12, 0.015)), constant(500.0), q=1.2, low=1.0, band=0.5)
    mixed_into(track, tap, 1.02, 1.4)
    mixed_into(track, damped(110.0, 0.12, 0.025), 1.02, 0.5)
    return track


def rustle(rng: random.Random, duration: float) -> Signal:
    crinkle = multiplied(noise(rng, duration), crackle(rng, duration, 20, 120, 3.0))
    crisp = svf(crinkle, constant(between(rng, 2200.0, 3200.0)), q=0.5, band=1.0, high=0.5)
    swish = svf(noise(rng, duration), constant(900.0), q=0.7, low=0.3, band=0.3)  # the sheets sliding
    return shaped([a + b for a, b in zip(crisp, swish, strict=True)], lambda t: hump(t) ** 2)


def printer(rng: random.Random) -> Signal:
    """A dot-matrix printer: motor hum, two rasping passes of the print head, a stepping line feed between."""
    track = motor_hum(1.35)
    for at in (0.08, 0.78):
        mixed_into(track, head_pass(rng, 0.45), at)
    for step in range(4):
        mixed_into(track, stepper_tick(rng), 0.57 + step * 0.045)
    return track


def motor_hum(duration: float) -> Signal:
    out, phase = [], 0.0
    n = samples(duration)
    for i in range(n):
        t = i / RATE
        phase = (phase + (100.0 + 12.0 * math.sin(2.0 * math.pi * 1.4 * t)) / RATE) % 1.0
        out.append((2.0 * phase - 1.0) * min(1.0, t / 0.06, (n - i) / RATE / 0.08))  # a sawtooth: a buzzy motor
    return scaled(svf(out, constant(700.0), q=0.8, low=1.0, band=0.4), 0.3)


def head_pass(rng: random.Random, duration: float) -> Signal:
    # Needles fire at ~1.6 kHz; each character is a few columns of dots, some fired and some not.
    gate = crackle(rng, duration, 90, 220, 0.3)
    out, phase = [], 0.0
    for g in gate:
        phase = (phase + 1600.0 / RATE) % 1.0
        out.append((1.0 if phase < 0.2 else -0.25) * g)
    rasp = svf(out, constant(2600.0), q=1.5, band=1.0, high=0.3)
    return shaped(rasp, lambda t: min(1.0, t / 0.03, (1.0 - t) / 0.03))


def stepper_tick(rng: random.Random) -> Signal:
    clip = damped(between(rng, 650.0, 720.0), 0.06, 0.008)
    mixed_into(clip, multiplied(noise(rng, 0.01), decay(0.01, 0.002)), 0.0, 0.5)
    return scaled(clip, 0.7)


def sigh(rng: random.Random) -> Signal:
    """A tired sigh: a short breath in, then a long breathy "haaah" whose formants and loudness fall."""
    inhale = svf(noise(rng, 0.32), glide(1600.0, 2400.0), q=1.0, band=1.0, high=0.3)
    track = silence(1.45)
    mixed_into(track, shaped(inhale, lambda t: t ** 1.5 * min(1.0, (1.0 - t) / 0.15)), 0.0, 0.4)
    mixed_into(track, exhale(rng, 1.0), 0.42)
    return track


def exhale(rng: random.Random, duration: float) -> Signal:
    # Mostly air, with a faint voiced hum underneath that sinks in pitch: the "haaah" of giving up.
    # The air is darkened first: a mouth lets little through above a couple of kHz.
    air = svf(noise(rng, duration), glide(1800.0, 700.0), q=0.7, low=1.0)
    hum = shaped(sawtooth(glide(118.0, 82.0), duration), lambda t: 0.3 * hump(min(1.4 * t, 1.0)))
    source = [a + b for a, b in zip(air, hum, strict=True)]
    first = svf(source, glide(850.0, 420.0), q=2.5)
    second = svf(source, glide(1500.0, 950.0), q=3.0)
    voiced = [a + 0.6 * b + 0.3 * c for a, b, c in zip(first, second, air, strict=True)]
    return shaped(voiced, lambda t: min(1.0, t / 0.06) * (1.0 - t) ** 1.6)


def sawtooth(freq: Curve, duration: float) -> Signal:
    out, phase = [], 0.0
    n = samples(duration)
    for i in range(n):
        phase = (phase + freq(i / n) / RATE) % 1.0
        out.append(2.0 * phase - 1.0)
    return out


def slurp(rng: random.Random) -> Signal:
    """A coffee slurp: air whistling over hot coffee, bubbles chirping up, then a small gulp."""
    wobble = [between(rng, -1.0, 1.0) for _ in range(12)]  # the lips and the cup never hold still

    def centre(t: float) -> float:
        return 1500.0 * math.pow(2.0, 0.6 * t + 0.35 * wobble[min(int(t * 12), 11)])

    suction = svf(svf(noise(rng, 0.7), constant(2500.0), q=0.7, low=1.0), centre, q=3.5)
    track = silence(0.95)
    mixed_into(track, shaped(suction, lambda t: min(1.0, t / 0.08, (1.0 - t) / 0.12)), 0.0, 0.7)
    for _ in range(16):
        bubble = shaped(damped(between(rng, 500.0, 1300.0), 0.035, 0.01, glide=1.6), lambda t: min(1.0, t / 0.05))
        mixed_into(track, bubble, between(rng, 0.04, 0.62), between(rng, 0.4, 1.0))
    mixed_into(track, damped(260.0, 0.09, 0.03, glide=0.7), 0.76, 0.6)  # the gulp
    return track


def peel(rng: random.Random) -> Signal:
    """A post-it peeled off the bezel: a short rip whose pitch rises as the glue lets go faster."""
    rip = multiplied(noise(rng, 0.3), crackle(rng, 0.3, 12, 60, 2.0))
    rising = svf(rip, glide(500.0, 6000.0), q=1.5, low=0.6, band=1.0)
    track = silence(0.4)
    mixed_into(track, shaped(rising, lambda t: (0.2 + t) ** 1.5 * min(1.0, (1.0 - t) / 0.03)), 0.02)
    mixed_into(track, damped(2900.0, 0.02, 0.003), 0.32, 0.25)  # the last corner snaps free
    return track


def stapler(rng: random.Random) -> Signal:
    """A stapler: a spring click, then the clunk of the arm on the desk with a short metal ring."""
    track = silence(0.45)
    mixed_into(track, damped(3200.0, 0.01, 0.0015), 0.0, 0.3)
    mixed_into(track, damped(140.0, 0.25, 0.05, glide=0.5), 0.06, 1.0)  # the desk takes the blow
    for freq, tau, gain in ((430.0, 0.03, 0.5), (970.0, 0.02, 0.35), (2650.0, 0.012, 0.25), (4150.0, 0.008, 0.2)):
        mixed_into(track, damped(freq, 0.12, tau), 0.06, gain)
    smack = svf(multiplied(noise(rng, 0.03), decay(0.03, 0.004)), constant(2000.0), q=0.7, low=1.0, band=0.5)
    mixed_into(track, smack, 0.06, 0.8)
    mixed_into(track, damped(1800.0, 0.05, 0.01), 0.11, 0.12)  # the staple tray rattles
    return track


def ding(rng: random.Random) -> Signal:
    """A service bell: inharmonic partials, each a slightly detuned pair that beats, the high ones dying first."""
    track = silence(1.5)
    for ratio, gain, tau in ((1.0, 1.0, 0.5), (2.76, 0.45, 0.3), (5.40, 0.22, 0.16), (8.93, 0.1, 0.08)):
        for detune, share in ((0.0, 0.75), (between(rng, 1.0, 2.5), 0.25)):  # a bell is never quite round
            mixed_into(track, damped(1047.0 * ratio + detune, 1.5, tau), 0.0, gain * share)
    strike = svf(multiplied(noise(rng, 0.005), decay(0.005, 0.001)), constant(5000.0), q=0.7, band=0.5, high=1.0)
    mixed_into(track, strike, 0.0, 0.3)
    return track


# --- writing ---------------------------------------------------------------------------------------

# Peak level per cue: the phone and the bell should cut through, a sigh should not.
VOICES: dict[str, tuple[Callable[[random.Random], Signal], float]] = {
    "phone": (phone, 0.55),
    "typing": (typing, 0.7),
    "pencil": (pencil, 0.6),
    "paper": (paper, 0.7),
    "printer": (printer, 0.6),
    "sigh": (sigh, 0.6),
    "slurp": (slurp, 0.6),
    "peel": (peel, 0.65),
    "stapler": (stapler, 0.8),
    "ding": (ding, 0.6),
}
CUES: tuple[str, ...] = tuple(VOICES)


def pcm(signal: Signal, peak: float) -> bytes:
    """Normalised to `peak`, faded at both ends, as little-endian 16-bit samples."""
    loudest = max((abs(x) for x in signal), default=0.0) or 1.0
    fade = samples(FADE)
    n = len(signal)
    gain = peak * 32767.0 / loudest
    frames = array("h", (round(x * gain * min(1.0, (i + 1) / fade, (n - i) / fade)) for i, x in enumerate(signal)))
    if sys.byteorder == "big":
        frames.byteswap()  # WAV is little-endian everywhere
    return frames.tobytes()


def write_wav(path: Path, frames: bytes) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def synthesize(outdir: Path) -> list[Path]:
    """Write every cue into `outdir` (created if missing); returns the paths in the order of CUES."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (make, peak) in VOICES.items():
        signal = make(random.Random(f"{SEED}:{name}"))  # one generator per cue: changing one leaves the rest
        path = outdir / f"{name}.wav"
        write_wav(path, pcm(signal, peak))
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    for path in synthesize(outdir):
        print(f"{path}  {path.stat().st_size:>7,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
