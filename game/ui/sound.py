"""The game's sound: a quiet score and four small effects, all made in code.

- the score: `assets/sounds/score.wav`, a slow waltz composed and synthesised by
  `tools/sounds/make_score.py`, looped on a channel of its own while music is on;
- click: a paper click for buttons; stamp: a rubber stamp for a decision; vote: the
  chairman's hand bell when the Presidium votes on you; news: a teleprinter's chatter and its
  bell when news comes in. The effects are synthesised here at start (a few milliseconds).

With sound off, no audio device, or a pygame without its mixer, every call is silent and
harmless: sound is never needed to play. `Cues` watches the game for votes and news, so the
screens need not know about sound.
"""

from __future__ import annotations

import math
import random
from array import array
from typing import TYPE_CHECKING

import pygame

from game.paths import bundled

if TYPE_CHECKING:
    from game.settings import Settings
    from game.ui.session import Session

RATE = 22050
MUSIC_SHARE = 0.45  # the score sits under the effects: quiet enough to talk over in a class
EFFECT_SHARE = 0.6


def _clip(value: float) -> int:
    return int(max(-1.0, min(1.0, value)) * 12000)


def _samples(duration: float, body: float, noise: float, seed: int) -> array:
    """Decaying noise plus a low thump: a soft paper-and-typewriter sound."""
    rng = random.Random(seed)
    out = array("h")
    for i in range(int(RATE * duration)):
        t = i / RATE
        value = noise * rng.uniform(-1, 1) * math.exp(-t * 60) + \
            body * math.sin(2 * math.pi * 140 * t) * math.exp(-t * 30)
        out.append(_clip(value))
    return out


def _bell(duration: float = 1.4) -> array:
    """A small brass hand bell, rung twice: a chairman calling the room to a vote. Its partials
    are a bell's (not a string's whole-number ones), each fading at its own pace."""
    partials = ((1.0, 1.0, 2.2), (2.0, 0.5, 3.0), (2.76, 0.4, 4.0), (5.4, 0.22, 7.0),
                (8.9, 0.1, 10.0))
    base = 1318.5  # E6
    out = array("h")
    for i in range(int(RATE * duration)):
        t = i / RATE
        value = 0.0
        for strike in (0.0, 0.22):
            if t >= strike:
                u = t - strike
                for ratio, amp, fade in partials:
                    value += amp * math.sin(2 * math.pi * base * ratio * u) * math.exp(-u * fade)
        out.append(_clip(value * 0.32 * min(1.0, t * 400)))
    return out


def _teleprinter(seed: int = 3) -> array:
    """A line coming off the teleprinter: a run of type bars striking at an uneven clip, then
    the carriage bell."""
    rng = random.Random(seed)
    strikes = []
    t = 0.0
    for _ in range(9):
        strikes.append(t)
        t += rng.uniform(0.045, 0.075)
    bell_at = t + 0.08
    out = array("h")
    for i in range(int(RATE * (bell_at + 0.5))):
        u = i / RATE
        value = 0.0
        for s in strikes:
            if 0 <= u - s < 0.03:
                d = u - s
                value += rng.uniform(-1, 1) * 0.35 * math.exp(-d * 160) + \
                    0.25 * math.sin(2 * math.pi * 310 * d) * math.exp(-d * 120)
        if u >= bell_at:
            d = u - bell_at
            value += 0.28 * math.sin(2 * math.pi * 2093 * d) * math.exp(-d * 9) + \
                0.1 * math.sin(2 * math.pi * 5280 * d) * math.exp(-d * 14)
        out.append(_clip(value))
    return out


class Sounds:
    def __init__(self) -> None:
        self.enabled = False
        self.music = False
        self.volume = 1.0
        self.music_level = 0.0  # the score's channel volume when it plays (it fades in to it)
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._score: pygame.mixer.Sound | None = None
        self._score_channel: pygame.mixer.Channel | None = None
        self._tried = False

    def _start(self) -> None:
        self._tried = True
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(RATE, -16, 1, 512)
            self._sounds = {
                "click": pygame.mixer.Sound(buffer=_samples(0.04, 0.1, 0.5, 1).tobytes()),
                "stamp": pygame.mixer.Sound(buffer=_samples(0.16, 0.7, 0.3, 2).tobytes()),
                "vote": pygame.mixer.Sound(buffer=_bell().tobytes()),
                "news": pygame.mixer.Sound(buffer=_teleprinter().tobytes()),
            }
            pygame.mixer.set_reserved(1)  # channel 0 is the score's: effects never cut it off
            self._score_channel = pygame.mixer.Channel(0)
        # NotImplementedError: a pygame built without its mixer. The game plays on in silence.
        except (pygame.error, OSError, ValueError, NotImplementedError):
            self._sounds = {}
            self._score_channel = None
            return
        try:
            self._score = pygame.mixer.Sound(str(bundled("assets", "sounds", "score.wav")))
        except (pygame.error, OSError, ValueError, FileNotFoundError):
            self._score = None  # effects without music

    def configure(self, settings: Settings) -> None:
        """Sound on or off, music on or off, and the volume, as the settings say."""
        self.enabled = settings.sound
        self.music = settings.sound and settings.music
        self.volume = max(0, min(100, settings.volume)) / 100
        if self.enabled and not self._tried:
            self._start()
        for sound in self._sounds.values():
            sound.set_volume(EFFECT_SHARE * self.volume)
        self._update_music()

    def _update_music(self) -> None:
        channel, score = self._score_channel, self._score
        if channel is None or score is None:
            return
        try:
            if self.music and self.volume > 0:
                self.music_level = MUSIC_SHARE * self.volume
                channel.set_volume(self.music_level)
                if not channel.get_busy():
                    channel.play(score, loops=-1, fade_ms=1500)
            elif channel.get_busy():
                channel.fadeout(400)
        except pygame.error:
            pass

    @property
    def playing_music(self) -> bool:
        try:
            return bool(self._score_channel and self._score_channel.get_busy())
        except pygame.error:
            return False

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        sound = self._sounds.get(name)
        if sound is not None:
            try:
                sound.play()
            except pygame.error:
                pass


class Cues:
    """Plays the vote's bell or the news's teleprinter when the game being played gains a vote
    or a news item. A game newly started or loaded sets the count without a sound."""

    def __init__(self) -> None:
        self._game: object | None = None
        self._votes = 0
        self._news = 0

    def check(self, session: Session | None, sounds: Sounds) -> str | None:
        """Called each frame (it reads only what is new); returns the cue it played, if any."""
        if session is None:
            self._game = None
            return None
        state = session.game.state
        fresh = session.game is not self._game
        more_votes = len(state.votes) > self._votes
        more_news = any(n.kind == "event" for n in state.news[self._news:])
        self._game, self._votes, self._news = session.game, len(state.votes), len(state.news)
        if fresh:
            return None
        cue = "vote" if more_votes else "news" if more_news else None
        if cue is not None:
            sounds.play(cue)
        return cue
