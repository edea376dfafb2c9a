"""The turn screen read at a glance, on the real window at 1280x720: the choices in view on the
campaign's first cards, a quiet turn folded into the next card as a digest, and a removal vote
shown member by member and skippable."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.content import catalog
from game.content.build import build_world
from game.content.loader import load_scenario
from game.sim.engine import Game
from game.ui import playing
from game.ui.screens.turn_digest import quiet_since
from game.ui.session import Session, world_for
from tests.ui.helpers import make_app, press

TINY = Path(__file__).parent.parent / "fixtures" / "good" / "tiny.yaml"
FIRST_CARDS = 6


def campaign(text_size: str):
    app = make_app("--seed", "7", "--text-size", text_size)
    app.step(0.016)
    playing.new_game(app, world_for(catalog.find("campaign")), 7, "Tester")
    app.step(0.016)
    return app




def cards(app, count: int):
    """The turn screen on each of the first `count` cards, taking option 1 each time."""
    for _ in range(count):
        for _ in range(60):
            top = app.top
            if top.name == "turn" and top.decision is not None:
                break
            press(app, pygame.K_RETURN if top.name != "menu" else pygame.K_ESCAPE)
        top.ensure_layout()
        yield top
        press(app, pygame.K_1)
        press(app, pygame.K_RETURN)


def test_the_choices_are_in_view_on_the_first_cards_at_normal_text(thaw_home):
    app = campaign("normal")
    window = pygame.Rect((0, 0), app.size)
    for top in cards(app, FIRST_CARDS):
        card = top.card
        assert card.offset == 0
        for widget in [*card.options, card.decide_button]:
            # In view as the card opens: no scrolling needed to read or press it.
            assert window.contains(widget.rect) and card.inner.contains(widget.rect), \
                (card.decision.id, widget.name)
            if hasattr(widget, "base_y"):
                assert card.scroll_rect.contains(widget.rect), (card.decision.id, widget.name)
        if card.folded:
            continue  # four long options: the situation is a page of its own ("Read more")
        assert card.picture is not None, card.decision.id
        assert card.inner.contains(card.picture)
        assert card.picture.bottom <= card.options[0].rect.y


@pytest.mark.parametrize("text_size", ["large", "largest"])
def test_at_larger_text_the_options_come_first_and_each_number_brings_its_option_into_view(
        thaw_home, text_size):
    app = campaign(text_size)
    window = pygame.Rect((0, 0), app.size)
    for top in cards(app, FIRST_CARDS):
        card = top.card
        first = card.options[0]
        assert window.contains(first.rect) and card.inner.contains(first.rect)
        assert card.decide_button.rect.y < card.inner.bottom and \
            window.contains(card.decide_button.rect)
        for number in range(len(card.options)):
            press(top.app, pygame.K_1 + number)
            option = top.card.options[number]
            # In view: whole inside the card (where the options fit, as they do on many cards
            # since the labels were trimmed), or brought into the scrolling part.
            assert (card.inner.contains(option.rect) and window.contains(option.rect)) or \
                top.card.scroll_rect.inflate(0, 2).contains(option.rect) or \
                option.rect.height > top.card.scroll_rect.height
        press(top.app, pygame.K_1)


def test_read_more_shows_the_whole_situation_and_goes_back(thaw_home):
    app = campaign("largest")
    top = next(cards(app, 1))
    assert top.card.read_more is not None
    press(app, pygame.K_r)
    assert app.top.name == "situation"
    text = " ".join(line.text for line in app.top.scroller.doc.lines)
    assert top.decision.text.split()[-1] in text
    press(app, pygame.K_ESCAPE)
    assert app.top is top


def test_a_quiet_turn_costs_no_screen_and_is_told_on_the_next_card(thaw_home):
    app = campaign("normal")
    shown: list[tuple[int, bool]] = []  # (turn, a card on screen) of every turn screen seen
    for _ in range(40):
        top = app.top
        if top.name == "turn":
            top.ensure_layout()
            game = app.session.game
            shown.append((game.turn, top.decision is not None))
            if top.card is not None and top.card.digest:
                break
            if top.decision is not None:
                press(app, pygame.K_1)
            press(app, pygame.K_RETURN)
        else:
            press(app, pygame.K_RETURN if top.name != "menu" else pygame.K_ESCAPE)
    else:
        pytest.fail("no quiet turn in the first 40 screens")
    game = app.session.game
    since = quiet_since(game)
    assert since is not None and since < game.turn
    quiet = range(since, game.turn)
    # No screen of its own: the quiet turns were never on screen.
    assert not [turn for turn, _ in shown if turn in quiet]
    # Told on the card: its date, and the words of the digest in the situation.
    label = game.world.calendar.label(since)
    assert ("when", f"{label}: nothing to decide") in app.top.card.digest
    assert any(kind == "moved" for kind, _ in app.top.card.digest)


def tiny_vote_app(thaw_home):
    """The tiny scenario, played up to the end of the turn that brings a removal vote."""
    world = build_world(load_scenario(TINY))
    game = Game(world, seed=1)
    app = make_app()
    playing.start(app, Session(world, game, "Tester"))
    app.step(0.016)
    game.advance()
    game.choose("plot", "appeal")  # the old guard turns against you
    app.step(0.016)
    assert app.top.name == "turn" and app.top.decision is None
    press(app, pygame.K_RETURN)  # end the turn: the vote
    return app, game


def test_a_vote_is_shown_member_by_member_and_can_be_skipped(thaw_home):
    app, game = tiny_vote_app(thaw_home)
    [vote] = game.state.votes
    scene = app.top
    assert scene.name == "vote"
    voters = set(vote.against) | set(vote.supporting)
    assert {member for member, *_ in scene.ballots} == voters
    assert [m for m, _, _, against, _ in scene.ballots if against] == \
        [m for m in (x.model.id for x in game.world.members) if m in vote.against]
    assert scene.shown < len(scene.ballots)  # one by one
    press(app, pygame.K_RETURN)  # skip: every ballot at once
    assert scene.done and scene.shown == len(scene.ballots)
    press(app, pygame.K_RETURN)
    assert app.top.name in ("turn", "debrief")


def test_a_vote_shown_to_its_end_by_time_alone(thaw_home):
    app, game = tiny_vote_app(thaw_home)
    scene = app.top
    for _ in range(200):
        if scene.done:
            break
        app.step(0.1)
    assert scene.done
    press(app, pygame.K_ESCAPE)
    assert app.top.name != "vote"


def test_the_meters_slide_to_a_change_and_settle_on_the_game(thaw_home):
    from tests.ui.helpers import frame, fresh_frame

    app = campaign("normal")
    top = next(cards(app, 1))
    before = tuple(app.session.game.state.values)
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)  # decided: the outcome is on top
    assert app.top.name == "outcome"
    press(app, pygame.K_RETURN)  # back to the turn screen, where the meters moved
    assert app.top is top and tuple(app.session.game.state.values) != before
    assert top.tween is not None and top.animating()
    assert top.tween[0] == before
    for _ in range(60):
        app.step(0.016)
    assert top.tween is None and not top.animating()
    assert frame(app) == fresh_frame(app)


def test_no_slide_where_nobody_watches(thaw_home):
    app = campaign("normal")
    app.fast = True  # the autoplay and the bench
    top = next(cards(app, 1))
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.top is top and top.tween is None


def test_picking_an_option_draws_and_shows_only_what_changed(thaw_home):
    from tests.ui.helpers import frame, fresh_frame

    app = campaign("normal")
    top = next(cards(app, 1))
    app.step(0.016)
    press(app, pygame.K_2)
    changed = top.changed_rects()
    assert changed, "the pick should be shown as parts of the window"
    w, h = app.size
    assert sum(r.width * r.height for r in changed) < w * h // 2
    assert any(r.colliderect(top.card.options[1].rect) for r in changed)
    assert frame(app) == fresh_frame(app)  # the parts drawn make the whole frame
    press(app, pygame.K_3)
    assert frame(app) == fresh_frame(app)


def test_options_scrolled_into_view_leave_no_trace(thaw_home):
    from tests.ui.helpers import frame, fresh_frame

    app = campaign("largest")
    shown = cards(app, 2)
    next(shown)
    top = next(shown)  # the Beria card: four long options, folded at this size
    assert top.card.folded and top.card.height > top.card.scroll_rect.height
    app.step(0.016)
    for key in (pygame.K_4, pygame.K_1, pygame.K_3, pygame.K_PAGEDOWN, pygame.K_PAGEUP):
        press(app, key)
        assert frame(app) == fresh_frame(app), pygame.key.name(key)


def test_the_next_card_is_drawn_ahead_while_the_outcome_is_read(thaw_home):
    """The frame that shows the card after a choice only blits: its layer is drawn and its
    options' lines are rendered while the outcome above it is read (the frame budget of
    docs/architecture.md). Counted as lines rendered in that frame, not timed."""
    from game.ui import text

    app = campaign("largest")
    checked = 0
    for _ in range(200):
        top = app.top
        if top.name == "outcome":
            while app.idle_step():  # the idle time while the outcome is read
                pass
            renders = len(text._rendered)
            press(app, pygame.K_RETURN)  # read: the next card shows
            if app.top.name == "turn" and app.top.decision is not None:
                assert len(text._rendered) == renders, "the card rendered lines in its frame"
                checked += 1
                if checked == 3:
                    break
        elif top.name == "turn" and top.decision is not None:
            press(app, pygame.K_1)
            press(app, pygame.K_RETURN)
        else:
            press(app, pygame.K_RETURN if top.name != "menu" else pygame.K_ESCAPE)
    assert checked == 3


def test_the_triangles_follow_the_numbers_the_student_saw(thaw_home):
    """A meter's triangle points the way its number moved since the last season played first
    showed it, the student's own choices in it included (a play-test saw the Central Committee
    go 55 -> 59 from one season's card to the next beside a dash, and triangles beside unchanged
    numbers); quiet seasons folded into the card count with it. A meter that moved less than the
    rounding shows its number unchanged and no triangle."""
    app = campaign("normal")
    first_shown: dict[int, list[int]] = {}  # turn: the numbers as its screen first showed them
    compared = 0
    for _ in range(160):
        top = app.top
        if top.name == "turn":
            top.ensure_layout()
            game = app.session.game
            shown = [round(v) for v in top.meters.values]
            if game.turn not in first_shown:
                before = [t for t in first_shown if t < game.turn]
                if before:
                    seen = first_shown[max(before)]
                    for stat, (was, now, trend) in enumerate(
                            zip(seen, shown, top.meters.trends, strict=True)):
                        assert (now > was) == (trend > 0) and (now < was) == (trend < 0), \
                            (game.turn, stat, was, now, trend)
                    compared += 1
                first_shown[game.turn] = shown
            press(app, pygame.K_1 if top.decision is not None else pygame.K_RETURN)
            if top.decision is not None:
                press(app, pygame.K_RETURN)
        else:
            press(app, pygame.K_RETURN if top.name != "menu" else pygame.K_ESCAPE)
        if compared >= 12:
            break
    assert compared >= 12


def test_the_news_follows_a_change_of_text_size(thaw_home):
    """Back from the largest text to normal, the news panel is set at the new size at once (a
    play-test saw it at the largest size, its first line cut, until the next season)."""
    from dataclasses import replace

    from game.ui.screens.turn_panels import news_doc

    app = campaign("largest")
    for _ in cards(app, 2):
        pass
    while app.top.name != "turn":
        press(app, pygame.K_RETURN)
    game = app.session.game
    large = news_doc(app.theme, game)
    app.apply_settings(replace(app.settings, text_size="normal"))
    app.step(0.016)
    assert app.theme.text_scale == 1.0
    normal = news_doc(app.theme, game)
    assert normal is not large
    assert app.top.panels.news.doc is normal


def test_decide_with_nothing_picked_shows_where_to_choose(thaw_home):
    """Enter (Decide) before picking did nothing a student could see: now the focus goes to the
    first option shown, and nothing is picked or decided."""
    app = campaign("largest")
    top = next(cards(app, 1))
    top.set_focus("Decide")
    log = len(app.session.game.log)
    press(app, pygame.K_RETURN)
    assert app.top is top and top.selected is None and len(app.session.game.log) == log
    assert top.focused_widget() is top.card.options[0]
    assert top.card.scroll_rect.inflate(0, 2).contains(top.card.options[0].rect) or \
        top.card.inner.contains(top.card.options[0].rect)
