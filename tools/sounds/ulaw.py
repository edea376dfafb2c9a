"""G.711 mu-law, the telephone's 8-bit sound format, which SDL reads natively: a WAV half the
size of 16-bit PCM with a steady 37 dB or so of signal over noise at every loudness (the 4-bit
IMA ADPCM that SDL also reads was tried: a quarter of the size, but a gritty 20-25 dB on plucked
notes). Written here in plain Python, so the music needs no encoder from outside."""

from __future__ import annotations

import struct
from collections.abc import Sequence

BIAS = 0x84
CLIP = 32635


def encode_sample(sample: int) -> int:
    sign = 0x80 if sample < 0 else 0
    magnitude = min(abs(sample), CLIP) + BIAS
    exponent, mask = 7, 0x4000
    while exponent > 0 and not magnitude & mask:
        exponent -= 1
        mask >>= 1
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def decode_sample(code: int) -> int:
    code = ~code & 0xFF
    magnitude = ((((code & 0x0F) << 3) + BIAS) << ((code >> 4) & 7)) - BIAS
    return -magnitude if code & 0x80 else magnitude


def encode(samples: Sequence[int]) -> bytes:
    table: dict[int, int] = {}
    out = bytearray(len(samples))
    for i, sample in enumerate(samples):
        code = table.get(sample)
        if code is None:
            code = table[sample] = encode_sample(sample)
        out[i] = code
    return bytes(out)


def decode(data: bytes) -> list[int]:
    table = [decode_sample(c) for c in range(256)]
    return [table[c] for c in data]


def wav(samples: Sequence[int], rate: int) -> bytes:
    """A complete mono mu-law WAV file."""
    data = encode(samples)
    fmt = struct.pack("<HHIIHHH", 7, 1, rate, rate, 1, 8, 0)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
            + b"fact" + struct.pack("<II", 4, len(data))
            + b"data" + struct.pack("<I", len(data)) + data + b"\0" * (len(data) % 2))
    return b"RIFF" + struct.pack("<I", len(body)) + body
