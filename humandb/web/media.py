"""The console's sounds, served so that a browser fetches each one once: the desk's cues and Dave's voice.

Cues are static files. Each is named by its content (`/sounds/ding.3f2a9c01de.wav`, the hash of its bytes),
so it can be cached for a year and never asked for again; a new release with a new sound has a new name.
`/api/desk` tells the page the names. The plain `/sounds/{cue}.wav` stays, revalidated on every use.

Dave's voice is a link in the answer, not the answer's bytes: `voice_url` is a GET of a small WAV made
from the words and the mood in its query string. Why a link to a WAV rather than base64 inside the
stream, or a compressed codec:

- the stream (and /api/query's JSON) stays a few kilobytes: nothing to base64, nothing to gzip;
- the voice is made only when a browser asks for it, and a muted visitor's browser never does;
- the same words in the same mood are the same URL, so the browser caches it (and so does voice.telephone);
- Python ships no encoder for a codec browsers play (Opus, Vorbis, MP3, AAC); one written here in Python
  would cost more processor time per answer than the gzip this avoids. At telephone quality (8 kHz, 8 bit)
  a WAV is already 8 KB a second: a usual answer of two to four seconds is 16–32 KB.

The URL carries what Dave says, so any server process can make it (no state, nothing lost on a restart
or behind a load balancer). Anyone may ask for any words to be mumbled: they are not speech, and saying
them costs about what answering a question does, under the same rate limit.
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from humandb.stage.sound import CUES

__all__ = ["CUE_CACHE", "VOICE_CACHE", "VOICE_PATH", "cue_file", "cue_urls", "voice_query", "voice_request"]

CUE_CACHE = "public, max-age=31536000, immutable"  # a fingerprinted file never changes
VOICE_CACHE = "public, max-age=31536000, immutable"  # the same words and mood are always the same sound
VOICE_PATH = "/api/voice.wav"
_FINGERPRINTED = re.compile(r"^(?P<cue>[a-z]+)\.(?P<digest>[0-9a-f]{10})\.wav$")


@cache
def _fingerprints(folder: Path) -> dict[str, str]:
    """Each cue's content hash (the first ten hex digits of SHA-256): read once per process."""
    return {cue: hashlib.sha256((folder / f"{cue}.wav").read_bytes()).hexdigest()[:10]
            for cue in CUES if (folder / f"{cue}.wav").is_file()}


def cue_urls(folder: Path, root: str = "") -> dict[str, str]:
    """Every cue's fingerprinted URL, for the page (`root` is the app's mount point, usually empty)."""
    return {cue: f"{root}/sounds/{cue}.{digest}.wav" for cue, digest in _fingerprints(folder).items()}


def cue_file(folder: Path, name: str) -> tuple[Path, bool] | None:
    """The file a `/sounds/{name}` asks for and whether it may be cached forever (its name is its hash),
    or None: an unknown cue, or a hash that is not this release's (an old page asking for an old sound)."""
    known = _fingerprints(folder)
    found = _FINGERPRINTED.match(name)
    if found:
        cue, digest = found["cue"], found["digest"]
        return (folder / f"{cue}.wav", True) if known.get(cue) == digest else None
    cue = name.removesuffix(".wav")
    return (folder / f"{cue}.wav", False) if name.endswith(".wav") and cue in known else None


def voice_query(words: str, mood: float) -> str:
    """The query string of Dave's voice for these words (already clipped to what he says) in this mood."""
    return urlencode({"mood": f"{_mood(mood):.2f}", "say": words})


def voice_request(query: dict[str, str], max_chars: int) -> tuple[str, float]:
    """The words and mood a voice URL asks for; OverflowError (a 413) for more words than Dave says out loud,
    ValueError (a 400) for a mood that is not his."""
    words, mood = query.get("say", ""), query.get("mood", "1")
    if len(words) > max_chars:
        raise OverflowError(f"Dave says at most {max_chars} characters out loud; this asks for {len(words)}")
    try:
        energy = float(mood)
    except ValueError:
        raise ValueError(f"mood must be a number, not {mood[:20]!r}") from None
    if not math.isfinite(energy) or not 0 <= energy <= 2:
        raise ValueError(f"mood must be between 0 and 2, not {mood[:20]!r}")
    return words, _mood(energy)


def _mood(mood: float) -> float:
    # Two decimals: what voice.telephone caches by, and few enough URLs for a browser's cache to hit.
    return round(min(max(mood, 0.0), 2.0), 2)
