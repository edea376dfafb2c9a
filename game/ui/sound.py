"""Two small sounds made here in code (no sound files): a paper click for buttons and a rubber
stamp for a decision. With sound off, or no audio device, every call is silent and harmless.
"""

from __future__ import annotations

import math
import random
from array import array

import pygame

RATE = 22050


def _samples(duration: float, body: float, noise: float, seed: int) -> array:
    """Decaying noise plus a low thump: a soft paper-and-typewriter sound."""
    rng = random.Random(seed)
    n = int(RATE * duration)
    out = array("h")
    for i in range(n):
        t = i / RATE
        env = math.exp(-t * 60)
        value = noise * rng.uniform(-1, 1) * env + body * math.sin(2 * math.pi * 140 * t) * \
            math.exp(-t * 30)
        out.append(int(max(-1.0, min(1.0, value)) * 12000))
    return out


class Sounds:
    def __init__(self) -> None:
        self.enabled = False
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._tried = False

    def _start(self) -> None:
        self._tried = True
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(RATE, -16, 1, 512)
            self._sounds = {
                "click": pygame.mixer.Sound(buffer=_samples(0.04, 0.1, 0.5, 1).tobytes()),
                "stamp": pygame.mixer.Sound(buffer=_samples(0.16, 0.7, 0.3, 2).tobytes()),
            }
            for sound in self._sounds.values():
                sound.set_volume(0.5)
        # NotImplementedError: a pygame built without its mixer. The game plays on in silence.
        except (pygame.error, OSError, ValueError, NotImplementedError):
            self._sounds = {}

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if on and not self._tried:
            self._start()

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        sound = self._sounds.get(name)
        if sound is not None:
            try:
                sound.play()
            except pygame.error:
                pass
