"""The turn screen: the date and the turn (a season in the campaign; a month, a week or a day in a
lesson); the meters under Party, Economy and Foreign with their trends (`turn_meters`); the
decision card (`turn_card`, or `turn_idle` when nothing is left to decide); the Presidium and how
each member leans, the standing policies (where the scenario has them) and the news
(`turn_panels`); the menu.

Keys: 1-4 pick an option, Up/Down move between options, Enter decides (or ends the turn when
nothing is left to decide), R the whole situation, P policies, H history, Esc the menu, PgUp/PgDn
scroll the card.
"""

from __future__ import annotations

import pygame

from game.narration.cards import open_cards
from game.ui.scene import Scene
from game.ui.screens.common import turn_unit
from game.ui.screens.turn_actions import TurnActions, vote_text
from game.ui.screens.turn_card import DecisionCard
from game.ui.screens.turn_idle import IdleCard
from game.ui.screens.turn_input import TurnInput
from game.ui.screens.turn_meters import Meters
from game.ui.screens.turn_panels import PolicyButton, SidePanel
from game.ui.screens.turn_top import TopBar
from game.ui.widgets import panel, paper

__all__ = ["PolicyButton", "TurnScene", "vote_text"]  # vote_text: for the debrief

TWEEN = 0.45  # seconds the meters' bars take to slide to a change

class TurnScene(TurnActions, TurnInput, Scene):
    name = "turn"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.selected: int | None = None
        self.shown_key: tuple | None = None
        self.card: DecisionCard | None = None  # the open decision, laid out
        self.idle: IdleCard | None = None  # or, with nothing to decide, the end of the turn
        self.shown_values: tuple[float, ...] | None = None  # the meters as last laid out
        self.tween: tuple[tuple[float, ...], tuple[float, ...]] | None = None  # from, to
        self.tween_clock = 0.0
        self._static: pygame.Surface | None = None
        # What the last frame showed, for `changed_rects`.
        self._looks: dict[int, tuple] | None = None
        self._changed: list[pygame.Rect] | None = None
        self._sliding = False
        self._layer_drawn = self._layer_shown = 0  # how many times the layer was drawn, shown
        self._static_key: tuple | None = None
        self.opened: dict[tuple[int, int], tuple[float, ...]] = {}  # (game, turn): the meters

    @property
    def game(self):
        return self.app.session.game

    @property
    def decision(self):
        """The decision on the card (None when nothing is left to decide this turn)."""
        return self.card.decision if self.card is not None else None

    @property
    def has_policies(self) -> bool:
        return bool(self.game.world.scenario.info.policies)

    @property
    def unit(self) -> str:
        return turn_unit(self.game.world)

    def state_key(self) -> tuple:
        g = self.game
        return (len(g.log), g.turn, g.ending)

    def ensure_layout(self) -> None:
        key = self.state_key()
        if key != self.shown_key:
            self.shown_key = key
            # The meters as this turn's screen first shows them: what the next turn's triangles
            # compare with (what the student saw before choosing, not the close of the turn).
            self.opened.setdefault((id(self.game), self.game.turn), tuple(self.game.state.values))
            self.laid_out_for = None
            self.selected = None
            self.card = None  # a new card starts at the top
            self.focus = None
        super().ensure_layout()

    def _last_opened(self) -> tuple[float, ...] | None:
        """The meters as the last turn this screen showed before this one first showed them
        (None after a load, when there is none)."""
        game = self.game
        shown = [turn for g, turn in self.opened if g == id(game) and turn < game.turn]
        return self.opened[(id(game), max(shown))] if shown else None

    def forget_layout(self) -> None:
        super().forget_layout()
        self._static_key = None

    # --- layout ------------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        m = t.margin
        actions = [("History", self.open_history, "H"), ("Menu", self.open_menu, "Esc")]
        if self.has_policies:
            actions.insert(0, ("Policies", self.open_policies, "P"))
        self.bar = TopBar(t, w, actions)
        top_h = self.bar.height
        col = max(t.px(230), min(t.px(330), int(w * 0.22)))
        left = pygame.Rect(m, top_h + t.px(8), col, h - top_h - t.px(8) - m)
        right = pygame.Rect(w - m - col, left.y, col, left.height)
        self.card_rect = pygame.Rect(left.right + m, left.y, right.x - left.right - 2 * m,
                                     left.height)
        self._layout_card()
        self.widgets += self.bar.buttons
        self.meters = Meters(t, left, self.game, self.unit, self._last_opened())
        self._start_tween(tuple(self.meters.values))
        self.panels = SidePanel(t, right, self.game, self.open_policies)
        self.widgets += self.panels.policy_buttons
        if self.focus is None:
            self.set_focus("Decide" if self.decision else "end turn")

    def _layout_card(self) -> None:
        t = self.theme
        game = self.game
        decisions = open_cards(game)
        offset = self.card.offset if self.card is not None else 0
        self.card = self.idle = None
        if not decisions:
            pad = t.px(16)
            self.idle = IdleCard(t, self.card_rect.inflate(-2 * pad, -2 * pad), game, self.unit,
                                 self.has_policies, self.end_season)
            self.widgets.append(self.idle.end_button)
            return
        self.card = DecisionCard(t, self.card_rect, game, decisions[0],
                                 self.selected, offset, (self.pick, self.confirm, self.read_more))
        self.widgets += self.card.widgets

    def _start_tween(self, values: tuple[float, ...]) -> None:
        """The meters moved since they were last shown: their bars slide there (not in the
        autoplay and the bench, which do not watch)."""
        if self.shown_values is not None and values != self.shown_values and not self.app.fast:
            self.tween = (self.shown_values, values)
            self.tween_clock = 0.0
        self.shown_values = values

    def update(self, dt: float) -> None:
        if self.tween is not None:
            self.tween_clock += dt
            if self.tween_clock >= TWEEN:
                self.tween = None
                self.app.dirty = True

    def animating(self) -> bool:
        return self.tween is not None

    # --- drawing -----------------------------------------------------------------------------
    def _static_layer_key(self) -> tuple:
        # Folded, the card's options scroll over the layer (they are widgets): not in it.
        offset = self.card.offset if self.card is not None and not self.card.folded else 0
        return (self.laid_out_for, self.shown_key, offset, self.panels.news.offset,
                self.idle.scroller.offset if self.idle is not None else None, self.app.size)

    def _ensure_static(self) -> pygame.Surface:
        key = self._static_layer_key()
        if self._static_key != key or self._static is None:
            size = self.app.size
            if self._static is None or self._static.get_size() != size:
                self._static = pygame.Surface(size).convert()
            self._draw_static(self._static)
            self._static_key = key
            self._layer_drawn += 1
        return self._static

    def needs_prepare(self) -> bool:
        return self.app.session is not None and (
            self.state_key() != self.shown_key or self.app.layout_key() != self.laid_out_for
            or self._static_key != self._static_layer_key())

    def prepare(self) -> None:
        """Lays out and draws the page ahead, while a screen above it is read (the outcome of a
        choice): closing that screen then costs a blit."""
        self.ensure_layout()
        self._ensure_static()
        if self.card is not None:
            for option in self.card.options:
                option.warm()

    def draw(self, surface: pygame.Surface) -> None:
        """The page below the widgets changes only with the game, the layout or a scroll: it is
        drawn once into a layer. Where the frame before was this screen's, with the same layer,
        only the parts that change (a widget hovered, focused or picked, the sliding meters) are
        drawn again, and shown (`changed_rects`); else the layer is blitted whole."""
        layer = self._ensure_static()
        focused = self.focused_widget()
        looks = {id(w): (w is focused, w is self.hover, getattr(w, "selected", False), w.enabled,
                         tuple(w.rect)) for w in self.widgets}
        looks[0] = self.card.offset if self.card is not None else 0  # (no id is 0)
        self._changed = self._changes(looks)
        self._looks, self._layer_shown = looks, self._layer_drawn
        self._sliding = self.tween is not None
        widgets = self.widgets
        if self._changed is None:
            surface.blit(layer, (0, 0))
        else:
            for rect in self._changed:
                surface.blit(layer, rect, rect)
            ring = self.theme.px(12)
            widgets = [w for w in widgets if w.rect.inflate(ring, ring).collidelist(
                self._changed) != -1]
        if self.tween is not None:
            start, end = self.tween
            k = min(1.0, self.tween_clock / TWEEN)
            k = 1 - (1 - k) ** 3  # eases out
            self.meters.draw_bars(surface, [a + (b - a) * k for a, b in zip(start, end,
                                                                            strict=True)])
        inside = []
        if self.card is not None:
            self.card.draw_widgets(surface, focused, self.hover, widgets)
            inside = self.card.widgets
        for widget in widgets:
            if widget not in inside:
                widget.draw(surface, self.theme, widget is focused, widget is self.hover)

    def _changes(self, looks: dict[int, tuple]) -> list[pygame.Rect] | None:
        """Where this frame differs from the one before: None (everywhere) if that was not this
        screen's or the layer below was drawn anew since; else around each widget that looks
        otherwise than before (hover, focus, selection), and the meters while they slide."""
        if self._layer_drawn != self._layer_shown or self._looks is None or \
                self.app.presented is not self or self.app.top is not self:
            return None
        ring = self.theme.px(12)
        changed = []
        for w in self.widgets:
            before = self._looks.get(id(w))
            if looks[id(w)] != before:  # where it is now, and where it was (if it moved)
                changed.append(w.rect.inflate(ring, ring))
                if before is not None and before[4] != looks[id(w)][4]:
                    changed.append(pygame.Rect(before[4]).inflate(ring, ring))
        if self.tween is not None or self._sliding:
            changed.append(self.meters.rect.inflate(ring, ring))
        if looks[0] != self._looks.get(0):
            changed.append(self.card.bar_rect)
        return changed

    def changed_rects(self) -> list[pygame.Rect] | None:
        return self._changed

    def _draw_static(self, surface: pygame.Surface) -> None:
        paper(surface, self.theme)
        game = self.game
        self.bar.draw(surface, game.date_label, self.bar.sub_line(game, self.unit))
        self.meters.draw(surface)
        self.panels.draw(surface)
        if self.card is not None:
            self.card.draw_static(surface)
        else:
            panel(surface, self.theme, self.card_rect)
            self.idle.scroller.draw(surface)
