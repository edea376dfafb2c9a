"""Sound: the score and the effects load and play on the dummy audio driver, follow the
settings, never fail without a device, and the vote's and the news's cues fire once, on the
game's own changes only."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pygame
import pytest

from game.settings import Settings
from game.ui import sound as sound_module
from game.ui.sound import Cues, Sounds

ROOT = Path(__file__).resolve().parent.parent.parent
SCORE = ROOT / "assets" / "sounds" / "score.wav"


@pytest.fixture
def mixer():
    yield
    pygame.mixer.quit()


def test_effects_and_score_follow_the_settings(mixer):
    sounds = Sounds()
    sounds.configure(Settings(sound=True, music=True, volume=60))
    assert set(sounds._sounds) == {"click", "stamp", "vote", "news"}
    assert sounds.playing_music
    assert sounds.music_level == pytest.approx(sound_module.MUSIC_SHARE * 0.6)
    assert sounds._sounds["vote"].get_volume() == pytest.approx(
        sound_module.EFFECT_SHARE * 0.6, abs=0.01)
    for name in ("click", "stamp", "vote", "news"):
        sounds.play(name)
    sounds.configure(Settings(sound=True, music=True, volume=100))
    assert sounds.music_level == pytest.approx(sound_module.MUSIC_SHARE)
    assert sounds._score_channel.get_volume() == pytest.approx(sound_module.MUSIC_SHARE, abs=0.01)
    sounds.configure(Settings(sound=True, music=False))
    pygame.time.wait(600)  # the fade-out
    assert not sounds.playing_music
    sounds.configure(Settings(sound=False, music=True))
    pygame.time.wait(600)
    assert not sounds.playing_music and not sounds.enabled


def test_no_audio_device_is_silence_not_a_crash(mixer, monkeypatch):
    def no_device(*args, **kwargs):
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: False)
    monkeypatch.setattr(pygame.mixer, "init", no_device)
    sounds = Sounds()
    sounds.configure(Settings(sound=True, music=True))
    assert not sounds.playing_music and sounds._sounds == {}
    sounds.play("vote")  # nothing happens, nothing raises


def test_a_missing_score_leaves_the_effects(mixer, monkeypatch, tmp_path):
    monkeypatch.setattr(sound_module, "bundled", lambda *parts: tmp_path / "none.wav")
    sounds = Sounds()
    sounds.configure(Settings(sound=True, music=True))
    assert "vote" in sounds._sounds and not sounds.playing_music


def _session(votes: int = 0, news: tuple[str, ...] = ()):
    state = SimpleNamespace(votes=[object()] * votes,
                            news=[SimpleNamespace(kind=k) for k in news])
    return SimpleNamespace(game=SimpleNamespace(state=state))


class Ears:
    def __init__(self) -> None:
        self.heard: list[str] = []

    def play(self, name: str) -> None:
        self.heard.append(name)


def test_cues_sound_once_for_new_votes_and_news_only():
    cues, ears = Cues(), Ears()
    session = _session(votes=1, news=("event", "seat"))
    assert cues.check(session, ears) is None  # a game just loaded: no sound for its past
    assert cues.check(session, ears) is None
    session.game.state.news.append(SimpleNamespace(kind="seat"))
    assert cues.check(session, ears) is None  # not every news line is news that comes in
    session.game.state.news.append(SimpleNamespace(kind="event"))
    assert cues.check(session, ears) == "news"
    session.game.state.votes.append(object())
    session.game.state.news.append(SimpleNamespace(kind="event"))
    assert cues.check(session, ears) == "vote"  # the vote wins over the news of the same turn
    assert cues.check(session, ears) is None
    assert ears.heard == ["news", "vote"]
    assert cues.check(_session(votes=5, news=("event",) * 9), ears) is None  # another game
    assert cues.check(None, ears) is None


def test_the_committed_score_is_what_the_script_makes_and_is_small():
    sys.path.insert(0, str(ROOT / "tools" / "sounds"))
    import make_score

    assert SCORE.read_bytes() == make_score.score_wav(), \
        "assets/sounds/score.wav is stale: run tools/sounds/make_score.py"
    assert SCORE.stat().st_size < 600 * 1024
    assert (ROOT / "assets" / "sounds" / "README.md").is_file()


def test_the_score_loads_as_a_loop_of_about_forty_seconds(mixer):
    pygame.mixer.init(22050, -16, 1, 512)
    score = pygame.mixer.Sound(str(SCORE))
    assert 30 < score.get_length() < 45
    raw = score.get_raw()
    assert max(raw[1::2]) > 0  # not silence


def test_mu_law_round_trips_within_its_precision():
    sys.path.insert(0, str(ROOT / "tools" / "sounds"))
    import ulaw

    samples = list(range(-32768, 32768, 97))
    back = ulaw.decode(ulaw.encode(samples))
    assert all(abs(a - b) <= max(8, abs(a) // 16) for a, b in zip(samples, back, strict=True))
