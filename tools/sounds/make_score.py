"""Thaw's music: a quiet slow waltz in A minor, composed here and played by three small
instruments synthesised in plain Python, written as assets/sounds/score.wav (8-bit mu-law,
12 kHz mono, about 0.45 MB) that loops without a seam.

    .venv/bin/python tools/sounds/make_score.py           # write the file
    .venv/bin/python tools/sounds/make_score.py --check   # exit 1 if the committed file is stale

The flavour is the period's: the three-beat lilt of a Soviet film waltz, a plucked domra-like
melody with a tremolo on its long notes, a bass on the first beat and a soft bayan (button
accordion) chord on the second and third. The tune is our own; nothing is quoted.
It is 12 kHz mu-law: the instruments have nothing above 5 kHz (a valve radio's range), so a
higher rate would only make the file larger.
Deterministic: no clock and no unseeded randomness, so the same code writes the same bytes.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import ulaw  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "assets" / "sounds" / "score.wav"
RATE = 12000
BARS = 16
BEATS = 3  # a waltz
TEMPO = 74  # beats a minute
TABLE = 512  # samples in one cycle of a wavetable

# The tune, bar by bar: (note, beats). A4 = 440 Hz; "-" is a rest.
MELODY: list[list[tuple[str, float]]] = [
    [("A4", 2), ("B4", 1)], [("C5", 2), ("A4", 1)], [("D5", 2), ("F5", 1)], [("E5", 3)],
    [("E5", 1), ("D5", 1), ("C5", 1)], [("B4", 2), ("G#4", 1)], [("A4", 2), ("C5", 1)],
    [("B4", 3)],
    [("A4", 1), ("D5", 1), ("F5", 1)], [("F5", 2), ("E5", 1)], [("E5", 2), ("C5", 1)],
    [("C5", 2), ("A4", 1)],
    [("D5", 1), ("C5", 1), ("B4", 1)], [("B4", 2), ("G#4", 1)], [("A4", 3)],
    [("E4", 2), ("G#4", 1)],
]
# One chord a bar: the bass note, then the chord the bayan holds on beats two and three.
HARMONY: list[tuple[str, tuple[str, ...]]] = [
    ("A2", ("A3", "C4", "E4")), ("E2", ("A3", "C4", "E4")), ("D2", ("D4", "F4", "A3")),
    ("A2", ("A3", "C4", "E4")), ("E2", ("G#3", "B3", "E4")), ("E2", ("G#3", "B3", "D4")),
    ("A2", ("A3", "C4", "E4")), ("E2", ("G#3", "B3", "E4")),
    ("D2", ("D4", "F4", "A3")), ("G2", ("G3", "B3", "D4")), ("C3", ("G3", "C4", "E4")),
    ("F2", ("F3", "A3", "C4")),
    ("D2", ("D4", "F4", "A3")), ("E2", ("G#3", "B3", "D4")), ("A2", ("A3", "C4", "E4")),
    ("E2", ("G#3", "B3", "E4")),
]
_NAMES = {"C": 0, "C#": 1, "D": 2, "D#": 3, "E": 4, "F": 5, "F#": 6, "G": 7, "G#": 8, "A": 9,
          "A#": 10, "B": 11}


def hz(note: str) -> float:
    name, octave = note[:-1], int(note[-1])
    return 440.0 * 2 ** ((_NAMES[name] + 12 * (octave + 1) - 69) / 12)


def _table(harmonics: list[float]) -> list[float]:
    """One cycle of a waveform from its harmonics' strengths, peak 1."""
    raw = [sum(a * math.sin(2 * math.pi * (k + 1) * i / TABLE) for k, a in enumerate(harmonics))
           for i in range(TABLE)]
    peak = max(abs(v) for v in raw)
    return [v / peak for v in raw]


DOMRA = _table([1.0, 0.55, 0.32, 0.2, 0.12, 0.08, 0.05])  # bright, plucked
BAYAN = _table([1.0, 0.7, 0.45, 0.38, 0.2, 0.16, 0.1, 0.07])  # reedy
BASS = _table([1.0, 0.35, 0.12])  # round


def _voice(buf: list[float], start: int, freq: float, length: int, table: list[float],
           amp: float, attack: float, decay: float, release: float,
           vibrato: float = 0.0) -> None:
    """Adds one note to `buf` (wrapping round its end, so the loop has no seam)."""
    n = len(buf)
    inc = freq * TABLE / RATE
    att = max(1, int(attack * RATE))
    rel = max(1, int(release * RATE))
    total = length + rel
    fall = math.exp(-1.0 / (decay * RATE)) if decay > 0 else 1.0
    level = 1.0
    phase = 0.0
    vib_inc = 2 * math.pi * 5.2 / RATE
    for i in range(total):
        if i < att:
            env = i / att
        elif i < length:
            env = level
        else:
            env = level * (1 - (i - length) / rel)
        if i >= att:
            level *= fall
        if vibrato:
            phase += inc * (1 + vibrato * math.sin(vib_inc * i))
        else:
            phase += inc
        buf[(start + i) % n] += amp * env * table[int(phase) % TABLE]


def _tremolo(buf: list[float], start: int, freq: float, length: int, amp: float,
             rng: random.Random) -> None:
    """A domra's long note: re-plucked quickly, each pluck a little uneven, as a player does."""
    step = int(RATE * 0.085)
    pos = 0
    while pos < length:
        piece = min(step, length - pos)
        _voice(buf, start + pos, freq, piece, DOMRA, amp * rng.uniform(0.75, 1.0), 0.004,
               0.09, 0.03)
        pos += step


def render() -> list[int]:
    """The loop as 16-bit samples. Notes that ring past its end are wrapped round to its start,
    so it repeats with no seam."""
    n = round(BARS * BEATS * 60.0 / TEMPO * RATE)
    beat = n / (BARS * BEATS)  # samples a beat
    buf = [0.0] * n
    rng = random.Random("thaw-score")
    for bar in range(BARS):
        t0 = bar * BEATS * beat
        bass, chord = HARMONY[bar]
        _voice(buf, int(t0), hz(bass), int(beat * 2.2), BASS, 0.26, 0.01, 0.9, 0.3)
        for b in (1, 2):
            for k, note in enumerate(chord):
                _voice(buf, int(t0 + b * beat) + k * 30, hz(note), int(beat * 0.85), BAYAN,
                       0.07, 0.05, 2.0, 0.2, vibrato=0.0025)
        at = t0
        for note, beats in MELODY[bar]:
            length = int(beat * beats)  # legato: each note rings into the next
            if note != "-":
                if beats >= 2:
                    _tremolo(buf, int(at), hz(note), length, 0.2, rng)
                else:
                    _voice(buf, int(at), hz(note), length, DOMRA, 0.22, 0.004, 0.45, 0.15)
            at += beat * beats
    peak = max(abs(v) for v in buf) or 1.0
    gain = 0.5 / peak  # quiet: the loudest moment at half of full scale
    return [int(round(v * gain * 32767)) for v in buf]


def score_wav() -> bytes:
    return ulaw.wav(render(), RATE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed file")
    args = ap.parse_args(argv)
    data = score_wav()
    if args.check:
        if not OUT.is_file() or OUT.read_bytes() != data:
            print(f"{OUT} is stale: run tools/sounds/make_score.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    seconds = (len(data) - 58) / RATE
    print(f"{OUT.relative_to(ROOT)}: {len(data) / 1024:.0f} KB, {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
