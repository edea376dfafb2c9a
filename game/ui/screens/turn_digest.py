"""The quiet turns folded into the next card: a turn with nothing to decide does not cost a screen
of its own (the turn screen ends it by itself, `fold_quiet_turns`); its news and what moved the
meters, and why, are told in a few lines at the top of the next card's situation (the digest of
`game.narration.digest`)."""

from __future__ import annotations

from game.narration.digest import QuietTurn, quiet_turns
from game.narration.words import LABELS, signed_change

MAX_QUIET = 4  # at most this many quiet turns pass on one press; then the quiet turn is shown


def fold_quiet_turns(game, votes: int) -> int:
    """Ends the turns that have nothing to decide, one after another, while no vote has been
    held (more than `votes`), the game goes on and no more than MAX_QUIET have passed; returns
    how many it ended. The same commands the player would give by ending each turn."""
    quiet = 0
    while quiet < MAX_QUIET and game.ending is None and game.can_advance() and \
            not game.decisions() and len(game.state.votes) == votes:
        game.advance()
        quiet += 1
    return quiet


def quiet_since(game) -> int | None:
    """The first of the quiet turns (with no choice taken) just before this one, at most
    MAX_QUIET back; None if the last turn had a choice or one has been taken in this one."""
    start = game.turn - sum(1 for c in game.log if c["cmd"] == "advance")
    chosen = set()
    turn = start
    for command in game.log:
        if command["cmd"] == "choose":
            chosen.add(turn)
        elif command["cmd"] == "advance":
            turn += 1
    if game.turn in chosen:
        return None
    first = game.turn
    while first - 1 >= start and first - 1 not in chosen and game.turn - first < MAX_QUIET:
        first -= 1
    return first if first < game.turn else None


def digest(game) -> list[QuietTurn]:
    """The quiet turns before this one, each with its news and its biggest moves."""
    since = quiet_since(game)
    return [] if since is None else quiet_turns(game, since)


def moved_line(quiet: QuietTurn) -> str:
    """What moved in a quiet turn, and why: "Agriculture -3 (the harvest); ..."."""
    parts = []
    for move in quiet.moves[:3]:
        change = signed_change(move.delta)
        if change is not None:
            parts.append(f"{LABELS[move.stat]} {change} ({move.label})")
    return "; ".join(parts)


def digest_paragraphs(game) -> list[tuple[str, str]]:
    """The digest as (kind, text): "when" for a turn's heading, "news" and "moved" under it."""
    out = []
    for quiet in digest(game):
        out.append(("when", f"{quiet.label}: nothing to decide"))
        out += [("news", text) for text in quiet.news]
        moved = moved_line(quiet)
        out.append(("moved", f"Moved: {moved}." if moved else "Nothing moved the meters."))
    return out
