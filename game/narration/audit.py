"""Reading every text a game shows, for checks over many games: the claims check (no text asserts
a fact the game contradicts) and the repeated-text check (no situation read twice in one game).

    findings = audit(world, make_bot, seeds)

Each game is played by a bot through the engine, and at every point the narrator lists what the
player is shown (`game.narration.shown`); each text is checked in the state it is shown in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from game.content.claims import Claims
from game.narration.shown import after_choice, at_end, at_turn_start
from game.sim.bots import Bot
from game.sim.engine import Game
from game.sim.world import World


@dataclass(frozen=True)
class Finding:
    kind: str  # "contradiction" or "repeated"
    scenario: str
    bot: str
    seed: int
    when: str
    where: str
    detail: str  # the fact contradicted, or the text repeated
    text: str

    def __str__(self) -> str:
        return (f"{self.scenario} {self.bot} seed {self.seed}, {self.when}, {self.where}: "
                f"{self.kind} {self.detail!r} in {self.text[:160]!r}")


def audit_game(world: World, bot: Bot, seed: int, claims: Claims | None = None) -> list[Finding]:
    """Plays one game and checks every text shown."""
    claims = claims or Claims(world)
    game = Game(world, seed)
    findings: list[Finding] = []
    situations: dict[str, str] = {}

    def check(shown, situation: bool = False) -> None:
        when = game.date_label
        for where, text in shown:
            for fact in claims.contradictions(game.state, text):
                findings.append(Finding("contradiction", world.id, bot.name, seed, when, where,
                                        fact, text))
            if situation and where.endswith(".text"):
                if text in situations and situations[text] != when:
                    findings.append(Finding("repeated", world.id, bot.name, seed, when, where,
                                            situations[text], text))
                situations.setdefault(text, when)

    state = game.state
    while state.ending is None:
        check(at_turn_start(game), situation=True)
        for policy, option in bot.policies(game):
            if state.ending is not None:
                break
            game.set_policy(policy, option)
        while game.pending and state.ending is None:
            decision = game.pending[0]
            news, causes = len(state.news), len(state.causes)
            game.choose(decision, bot.pick(game, decision, game.available_options(decision)))
            check(after_choice(game, news, causes))
        if state.ending is None:
            news, causes = len(state.news), len(state.causes)
            game.advance()
            check(after_choice(game, news, causes))
    check(at_end(game))
    return findings


def audit(world: World, make_bot: Callable[[int], Bot], seeds: Iterable[int]) -> list[Finding]:
    """Every finding over many games of one bot."""
    claims = Claims(world)
    found: list[Finding] = []
    for seed in seeds:
        found += audit_game(world, make_bot(seed), seed, claims)
    return found
