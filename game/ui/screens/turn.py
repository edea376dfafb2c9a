"""The turn screen: the date and the turn (a season in the campaign; a month, a week or a day in a
lesson); the meters under Party, Economy and Foreign with their trends; the decision card; the
Presidium and how each member leans; the standing policies (where the scenario has them); the
news; the menu.

Keys: 1-4 pick an option, Up/Down move between options, Enter decides (or ends the turn when
nothing is left to decide), P policies, H history, Esc the menu, PgUp/PgDn scroll the card.
"""

from __future__ import annotations

import pygame

from game.narration.cards import open_cards
from game.narration.debrief import turn_moves
from game.narration.news import member_name, news_lines
from game.narration.threats import threat_warning
from game.narration.votes import vote_account
from game.narration.words import LABELS, cause_label, signed_change
from game.sim.stats import HIGH_IS_BAD, METER_GROUPS, STATS
from game.ui.images import card_image
from game.ui.scene import Scene
from game.ui.screens.common import CANDIDATE, leaning, source_names, turn_unit
from game.ui.text import Doc, fit, rendered, wrap, wrap_around
from game.ui.widgets import (
    Button,
    OptionCard,
    Scroller,
    draw_trend,
    heading,
    meter_bar,
    panel,
    paper,
)


class TurnScene(Scene):
    name = "turn"

    def __init__(self, app) -> None:
        super().__init__(app)
        self.selected: int | None = None
        self.card_offset = 0
        self.shown_key: tuple | None = None
        self._static: pygame.Surface | None = None
        self._static_key: tuple | None = None

    @property
    def game(self):
        return self.app.session.game

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
            self.laid_out_for = None
            self.selected = None
            self.card_offset = 0
            self.focus = None
        super().ensure_layout()

    def forget_layout(self) -> None:
        super().forget_layout()
        self._static_key = None

    # --- layout ------------------------------------------------------------------------------
    def layout(self) -> None:
        t = self.theme
        w, h = self.app.size
        m = t.margin
        self.top_h = t.px(16) + t.font("heading", "serif-bold").get_linesize() + \
            t.font("small", "sans").get_linesize()
        col = max(t.px(230), min(t.px(330), int(w * 0.22)))
        self.left = pygame.Rect(m, self.top_h + t.px(8), col, h - self.top_h - t.px(8) - m)
        self.right = pygame.Rect(w - m - col, self.left.y, col, self.left.height)
        self.card = pygame.Rect(self.left.right + m, self.left.y,
                                self.right.x - self.left.right - 2 * m, self.left.height)
        # Top bar buttons.
        bh = t.px(40)
        labels = [("History", self.open_history, "H"), ("Menu", self.open_menu, "Esc")]
        if self.has_policies:
            labels.insert(0, ("Policies", self.open_policies, "P"))
        font = t.font("small", "sans-bold")
        x = w - m
        top_buttons = []
        for label, action, hint in reversed(labels):
            bw = font.size(f"{label}  [{hint}]")[0] + t.px(24)
            x -= bw
            top_buttons.append(Button(t, pygame.Rect(x, t.px(16), bw, bh), label, action,
                                      hint=hint, name=label))
            x -= t.gap
        self.date_width = x - m
        self._layout_card()
        self.widgets += list(reversed(top_buttons))
        self._layout_sides()
        if self.focus is None:
            self.set_focus("Decide" if self.decision else "end turn")

    def _layout_card(self) -> None:
        """The decision card: date and title on top; the situation (with its image) in the
        middle, scrolling if long; the options and the Decide button pinned at the bottom, so
        they are always in view. In a window too small for that, the whole card scrolls."""
        t = self.theme
        game = self.game
        decisions = open_cards(game)
        self.decision = decisions[0] if decisions else None
        self.decision_count = len(decisions)
        pad = t.px(16)
        inner = self.card.inflate(-2 * pad, -2 * pad)
        self.card_inner = inner
        self.scroll_rect = inner
        self.options: list[OptionCard] = []
        self.card_items: list[tuple[pygame.Surface, int, int]] = []  # scrolling, scroll space
        self.fixed_items: list[tuple[pygame.Surface, int, int]] = []  # pinned, screen space
        self.card_height = 0
        self.pinned = False
        if self.decision is None:
            self._layout_idle(inner)
            return
        d = self.decision
        p = t.palette
        small = t.font("small", "sans")
        body = t.font("body", "serif")
        tiny = t.font("tiny", "sans")
        # The top: when and what.
        head: list[tuple[pygame.Surface, int, int]] = []
        y = 0
        meta = f"Decision 1 of {self.decision_count} · {game.date_label}"
        if d.date:
            meta += f" · dated {d.date}"
        head.append((small.render(fit(small, meta, inner.width), True, p.red), 0, y))
        y += small.get_linesize() + t.px(4)
        title_font = t.font("heading", "serif-bold")
        for line in wrap(title_font, d.title, inner.width):
            head.append((title_font.render(line, True, p.ink), 0, y))
            y += title_font.get_linesize()
        warning = threat_warning(game)
        if warning:
            for line in wrap(small, warning, inner.width):
                head.append((small.render(line, True, p.red), 0, y))
                y += small.get_linesize()
        head_h = y + t.px(8)
        # The situation: image, text, sources.
        situation: list[tuple[pygame.Surface, int, int]] = []
        y = 0
        img_w = int(inner.width * 0.42)
        img_h = int(img_w * 0.625)
        paragraph_gap = body.get_linesize() // 3
        if img_w >= t.px(120):
            situation.append((card_image(t, d.image, (img_w, img_h)), 0, 0))
            narrow = inner.width - img_w - t.px(16)
            n = -(-img_h // body.get_linesize())
            ty = 0
            for line, width in wrap_around(body, d.text, narrow, inner.width, n):
                beside = width == narrow
                if not beside and ty < img_h:
                    ty = img_h + t.px(8)  # a full-width line starts below the image
                if line:
                    x = img_w + t.px(16) if beside else 0
                    situation.append((body.render(line, True, p.ink), x, ty))
                    ty += body.get_linesize()
                else:
                    ty += paragraph_gap
            y = max(ty, img_h) + t.px(10)
        else:
            for line in wrap(body, d.text, inner.width):
                if line:
                    situation.append((body.render(line, True, p.ink), 0, y))
                    y += body.get_linesize()
                else:
                    y += paragraph_gap
            y += t.px(10)
        italic = t.font("small", "serif-italic")
        for said in d.voices:
            for line in wrap(italic, f"{said.name}: \u201c{said.line}\u201d", inner.width):
                situation.append((italic.render(line, True, p.ink), 0, y))
                y += italic.get_linesize()
            y += t.px(4)
        for line in wrap(tiny, "Sources: " + source_names(d.sources), inner.width):
            situation.append((tiny.render(line, True, p.ink_soft), 0, y))
            y += tiny.get_linesize()
        situation_h = y + t.px(8)
        # The options and the Decide row.
        cards = []
        oy = 0
        for i, option in enumerate(d.options):
            forecast = " ".join(("Expect: " + option.expect, *option.risks))
            card = OptionCard(t, inner.x, 0, inner.width, i + 1, option.label, forecast,
                              option.available,
                              option.unavailable, lambda i=i: self.pick(i, confirm_if_same=True))
            card.base_y = oy
            cards.append(card)
            oy += card.rect.height + t.px(6)
        row_h = t.px(44)
        bw = min(inner.width, t.px(240))
        decide_y = oy + t.px(2)
        options_h = decide_y + row_h
        hint = f"Press 1-{len(d.options)} or click an option, then Decide."
        hint_img = tiny.render(fit(tiny, hint, inner.width - bw - t.gap), True, p.ink_soft)
        self.decide_button = Button(t, pygame.Rect(inner.right - bw, 0, bw, row_h), "Decide",
                                    self.confirm, primary=True, hint="Enter",
                                    enabled=self.selected is not None, name="Decide")
        self.options = cards
        min_body = body.get_linesize() * 4
        self.pinned = inner.height - head_h - options_h - t.px(12) >= min_body
        if self.pinned:
            for img, x, yy in head:
                self.fixed_items.append((img, inner.x + x, inner.y + yy))
            bottom = inner.bottom - options_h
            for card in cards:
                card.rect.y = bottom + card.base_y
                del card.base_y  # pinned: it does not scroll
            self.decide_button.rect.y = bottom + decide_y
            self.fixed_items.append((hint_img, inner.x, bottom + decide_y + row_h // 2 -
                                     hint_img.get_height() // 2))
            self.scroll_rect = pygame.Rect(inner.x, inner.y + head_h, inner.width,
                                           bottom - t.px(12) - inner.y - head_h)
            self.card_items = situation
            self.card_height = situation_h
        else:
            self.card_items = head + [(img, x, yy + head_h) for img, x, yy in situation]
            top = head_h + situation_h
            for card in cards:
                card.base_y += top
            self.decide_button.base_y = top + decide_y
            self.card_items.append((hint_img, 0, top + decide_y + row_h // 2 -
                                    hint_img.get_height() // 2))
            self.card_height = top + options_h + t.px(8)
        self.widgets += self.options + [self.decide_button]
        self._place_card_widgets()

    def _layout_idle(self, inner: pygame.Rect) -> None:
        """No decision left this turn: what moved, and the button to end the turn."""
        t = self.theme
        game = self.game
        unit = self.unit
        doc = Doc(t).text(game.date_label, "small", "sans", "red")
        this_turn = []
        for command in reversed(game.log):
            if command["cmd"] == "advance":
                break
            this_turn.append(command)
        # A turn with nothing to decide says so: two quiet turns in a row do not look alike.
        done = f"The {unit}'s business is done" if any(c["cmd"] == "choose" for c in this_turn) \
            else f"Nothing to decide this {unit}"
        doc.text(done, "heading", "serif-bold")
        ready = f"When you are ready, end the {unit}: the next one's events arrive."
        if self.has_policies:
            ready = f"Standing policies act every {unit}; you may re-set them now [P]. " + ready
        doc.text(ready, "body", "serif", "soft")
        warning = threat_warning(game)
        if warning:
            doc.text(warning, "body", "sans-bold", "red", before=6)
        doc.heading(f"What moved the meters this {unit}")
        # One entry per cause, biggest first: its name once, then what it moved (bad news in red),
        # each change rounded as the meters show it; a change that rounds to nothing is left out.
        # A drawn outcome of a choice ("the Poles fight") goes under the choice, not on its own.
        causes: dict[str, list[tuple[str, bool]]] = {}
        for move in turn_moves(game, game.turn):
            change = signed_change(move.delta)
            if change is None:
                continue
            head = cause_label(game.world, move.cause.partition(": ")[0])
            text = f"{LABELS[move.stat]} {change}"
            if move.label.startswith(head + " (") and move.label.endswith(")"):
                text = f"{move.label[len(head) + 2:-1]}: {text}"
            else:
                head = move.label
            causes.setdefault(head, []).append((text, move.good))
        for label, changes in list(causes.items())[:8]:
            doc.text(label, "small", "sans-bold", bullet="•", before=4)
            for good in (True, False):
                moved = ", ".join(text for text, g in changes if g == good)
                if moved:
                    doc.text(moved, "small", "sans", "ink" if good else "red", indent=14)
        if not causes:
            doc.text(f"Nothing has moved yet this {unit}.", "small", "sans", "soft")
        news = [text for _, text in news_lines(game.world, game.state, game.turn)]
        if news:
            doc.heading("In the news")
            for text in news:
                doc.text(text, "small", "serif", bullet="•")
        bh = t.px(48)
        self.idle_scroller = Scroller(t, pygame.Rect(inner.x, inner.y, inner.width,
                                                     inner.height - bh - t.px(12)), doc)
        bw = min(inner.width, t.px(320))
        self.end_button = Button(t, pygame.Rect(inner.right - bw, inner.bottom - bh, bw, bh),
                                 f"End the {unit}", self.end_season, primary=True, hint="Enter",
                                 name="end turn", role="body")
        self.widgets.append(self.end_button)
        self.card_height = 0

    def _place_card_widgets(self) -> None:
        top = self.scroll_rect.y
        for widget in [*self.options, self.decide_button]:
            if hasattr(widget, "base_y"):
                widget.rect.y = top + widget.base_y - self.card_offset
        self.decide_button.enabled = self.selected is not None and \
            self.decision.options[self.selected].available
        for i, card in enumerate(self.options):
            card.selected = i == self.selected

    def _layout_sides(self) -> None:
        t = self.theme
        game = self.game
        world = game.world
        state = game.state
        # The right column: Presidium, policies, news.
        r = self.right
        y = r.y
        self.presidium_top = y
        names = {m.model.id: m.model.name for m in world.members}
        line = t.font("small", "sans").get_linesize()
        sitting = [m for m in state.members if m.sitting]
        self.member_rows = [(names.get(m.id, m.id), m.loyalty,
                             leaning(m.loyalty, world.vote.threshold) if m.voting
                             else CANDIDATE) for m in sitting]
        y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        y += len(sitting) * (line + t.px(2)) + t.px(12)
        self.policies_top = y
        self.policy_buttons = []
        policies = world.scenario.info.policies
        if policies:
            y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        for policy in policies:
            current = state.policies.get(policy.id)
            label = next((o.label for o in policy.options if o.id == current), current or "")
            bh = line * 2 + t.px(8)
            button = PolicyButton(t, pygame.Rect(r.x, y, r.width, bh), policy.title, label,
                                  self.open_policies, f"policy:{policy.id}")
            self.policy_buttons.append(button)
            y += bh + t.px(4)
        self.widgets += self.policy_buttons
        if policies:
            y += t.px(8)
        self.news_top = y
        y += t.font("small", "sans-bold").get_linesize() + t.px(10)
        doc = Doc(t)
        items = list(reversed(news_lines(world, state)))
        if not items:
            doc.text("No news yet.", "small", "serif", "soft")
        for turn, text in items[:40]:
            doc.text(world.calendar.label(turn), "tiny", "sans-bold", "red", before=2)
            doc.text(text, "small", "serif")
        self.news = Scroller(t, pygame.Rect(r.x, y, r.width, max(t.px(30), r.bottom - y)), doc)
        # Trends: now against the close of last season.
        values = state.values
        previous = game.history[-1][1] if game.history else tuple(values)
        self.trends = [values[i] - previous[i] for i in range(len(STATS))]

    # --- actions -----------------------------------------------------------------------------
    def pick(self, index: int, confirm_if_same: bool = False) -> None:
        if self.decision is None or not 0 <= index < len(self.decision.options):
            return
        if confirm_if_same and self.selected == index and self.decision.options[index].available:
            self.confirm()
            return
        self.selected = index
        self.set_focus(f"option {index + 1}")
        self._scroll_into_view(self.options[index])
        self._place_card_widgets()
        self.app.dirty = True

    def confirm(self) -> None:
        from game.ui.screens.outcome import OutcomeScene

        if self.decision is None or self.selected is None:
            return
        option = self.decision.options[self.selected]
        if not option.available:
            self.app.message("Not possible now", option.unavailable or
                             "This option cannot be taken now.")
            return
        game = self.game
        now, later = game.preview(self.decision.id, option.id)
        before = len(game.state.causes)
        decision = self.decision
        game.choose(decision.id, option.id)
        self.app.session.autosave(record=game.ending is not None)
        self.app.sounds.play("stamp")
        self.app.push(OutcomeScene(self.app, decision, option, before, later))

    def end_season(self) -> None:
        from game.ui.screens.debrief import DebriefScene

        game = self.game
        if not game.can_advance():
            return
        votes = len(game.state.votes)
        game.advance()
        self.app.session.autosave()
        self.app.sounds.play("stamp")
        if game.ending is not None:
            self.app.replace(DebriefScene(self.app))
            return
        if len(game.state.votes) > votes:
            vote = game.state.votes[-1]
            self.app.message("A removal vote", vote_text(game, vote))

    def open_policies(self) -> None:
        from game.ui.screens.policies import PoliciesScene

        if not self.has_policies:
            return  # a lesson without standing policies has no page for them
        self.app.push(PoliciesScene(self.app))

    def open_history(self) -> None:
        from game.ui.screens.history import HistoryScene

        self.app.push(HistoryScene(self.app))

    def open_menu(self) -> None:
        from game.ui.screens.menu import MenuScene

        self.app.push(MenuScene(self.app))

    def back(self) -> None:
        self.open_menu()

    # --- input -------------------------------------------------------------------------------
    def _scroll_into_view(self, widget) -> None:
        if not hasattr(widget, "base_y"):
            return
        inner = self.scroll_rect
        top = widget.base_y
        bottom = top + widget.rect.height
        if top < self.card_offset:
            self.card_offset = top
        elif bottom > self.card_offset + inner.height:
            self.card_offset = bottom - inner.height
        self._clamp_card()

    def _clamp_card(self) -> None:
        self.card_offset = max(0, min(self.card_offset,
                                      max(0, self.card_height - self.scroll_rect.height)))
        if self.decision is not None:
            self._place_card_widgets()

    def on_focus(self, widget) -> None:
        if self.decision is not None and hasattr(widget, "base_y"):
            self._scroll_into_view(widget)

    def widget_at(self, pos):
        hit = super().widget_at(pos)
        # Card widgets scrolled out of the card are not clickable.
        if hit is not None and hasattr(hit, "base_y") and not self.scroll_rect.collidepoint(pos):
            return None
        return hit

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            key = event.key
            digits = {pygame.K_1: 0, pygame.K_2: 1, pygame.K_3: 2, pygame.K_4: 3,
                      pygame.K_KP1: 0, pygame.K_KP2: 1, pygame.K_KP3: 2, pygame.K_KP4: 3}
            if key in digits and self.decision is not None:
                self.pick(digits[key])
                return True
            if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
                focused = self.focused_widget()
                if self.decision is not None:
                    if isinstance(focused, OptionCard) or focused is self.decide_button or \
                            focused is None:
                        if isinstance(focused, OptionCard) and \
                                self.options.index(focused) != self.selected:
                            self.pick(self.options.index(focused))
                        else:
                            self.confirm()
                        return True
                elif focused is None or focused is self.end_button:
                    self.end_season()
                    return True
            if key in (pygame.K_UP, pygame.K_DOWN) and self.decision is not None:
                step = 1 if key == pygame.K_DOWN else -1
                start = -1 if self.selected is None and step > 0 else (self.selected or 0)
                self.pick((start + step) % len(self.options))
                return True
            if key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN) and self.decision is not None:
                page = self.scroll_rect.height - self.theme.px(40)
                self.card_offset += page if key == pygame.K_PAGEDOWN else -page
                self._clamp_card()
                self.app.dirty = True
                return True
            if key == pygame.K_p and self.has_policies:
                self.open_policies()
                return True
            if key == pygame.K_h:
                self.open_history()
                return True
        if event.type == pygame.MOUSEWHEEL:
            pos = pygame.mouse.get_pos()
            if self.decision is not None and self.card.collidepoint(pos):
                self.card_offset -= event.y * self.theme.px(40)
                self._clamp_card()
                self.app.dirty = True
                return True
            for scroller in (self.news, getattr(self, "idle_scroller", None)):
                if scroller is not None and scroller.handle(event):
                    self.app.dirty = True
                    return True
        return super().handle_event(event)

    # --- drawing -----------------------------------------------------------------------------
    def _static_layer_key(self) -> tuple:
        return (self.laid_out_for, self.shown_key, self.card_offset, self.news.offset,
                getattr(getattr(self, "idle_scroller", None), "offset", None), self.app.size)

    def _ensure_static(self) -> pygame.Surface:
        key = self._static_layer_key()
        if self._static_key != key or self._static is None:
            size = self.app.size
            if self._static is None or self._static.get_size() != size:
                self._static = pygame.Surface(size).convert()
            self._draw_static(self._static)
            self._static_key = key
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

    def draw(self, surface: pygame.Surface) -> None:
        """The page below the widgets changes only with the game, the layout or a scroll: it is
        drawn once into a layer and blitted, so hover, focus and picking an option cost little."""
        surface.blit(self._ensure_static(), (0, 0))
        t = self.theme
        focused = self.focused_widget()
        if self.decision is not None:
            area = self.scroll_rect if not self.pinned else self.card_inner
            old = surface.get_clip()
            surface.set_clip(area.inflate(t.px(10), t.px(10)).clip(self.card))
            for widget in [*self.options, self.decide_button]:
                if widget.rect.bottom >= area.y - t.px(10) and widget.rect.y <= area.bottom:
                    widget.draw(surface, t, widget is focused, widget is self.hover)
            surface.set_clip(old)
        for widget in self.widgets:
            if widget in self.options or widget is self.__dict__.get("decide_button"):
                continue
            widget.draw(surface, t, widget is focused, widget is self.hover)
        if self.decision is not None and not self.pinned and self.options and \
                self.options[0].rect.y > self.scroll_rect.bottom - t.px(20):
            self._draw_more_below(surface)

    def _draw_more_below(self, surface: pygame.Surface) -> None:
        """A strip at the foot of the card while the options are scrolled out of view."""
        t = self.theme
        p = t.palette
        area = self.scroll_rect
        font = t.font("small", "sans-bold")
        strip = pygame.Rect(self.card.x + t.px(2), area.bottom - font.get_linesize() - t.px(8),
                            self.card.width - t.px(4), font.get_linesize() + t.px(8) + t.px(14))
        strip.bottom = self.card.bottom - t.px(2)
        pygame.draw.rect(surface, p.red, strip)
        text = f"The options are below: scroll, or press 1-{len(self.options)}"
        img = rendered(font, fit(font, text, strip.width - t.px(40)), p.on_red)
        x = strip.centerx - img.get_width() // 2
        surface.blit(img, (x, strip.centery - img.get_height() // 2))
        s6 = t.px(6)
        cx, cy = x - t.px(16), strip.centery
        pygame.draw.polygon(surface, p.on_red, [(cx - s6, cy - s6 // 2), (cx + s6, cy - s6 // 2),
                                                (cx, cy + s6)])

    def _draw_static(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        paper(surface, t)
        game = self.game
        m = t.margin
        big = t.font("heading", "serif-bold")
        date = rendered(big, fit(big, game.date_label, self.date_width), p.ink)
        surface.blit(date, (m, t.px(16)))
        small = t.font("small", "sans")
        total = game.world.last_turn + 1
        sub = f"{game.world.scenario.info.title} · {self.unit} {game.turn + 1} of {total}"
        surface.blit(rendered(small, fit(small, sub, self.date_width), p.ink_soft),
                     (m, t.px(12) + big.get_linesize()))
        pygame.draw.line(surface, p.ink, (m, self.top_h), (surface.get_width() - m, self.top_h),
                         p.border)
        self._draw_meters(surface)
        self._draw_right(surface)
        panel(surface, t, self.card)
        if self.decision is None:
            self.idle_scroller.draw(surface)
        else:
            area = self.scroll_rect
            for image, x, y in self.fixed_items:
                surface.blit(image, (x, y))
            old = surface.get_clip()
            clip = area if self.pinned else area.inflate(t.px(10), t.px(10)).clip(self.card)
            surface.set_clip(clip)
            for image, x, y in self.card_items:
                yy = area.y + y - self.card_offset
                if yy + image.get_height() >= area.y - t.px(10) and yy <= area.bottom:
                    surface.blit(image, (area.x + x, yy))
            surface.set_clip(old)
            if self.pinned:
                pygame.draw.line(surface, t.palette.rule, (area.x, area.bottom + t.px(5)),
                                 (area.right, area.bottom + t.px(5)), 1)
            if self.card_height > area.height:
                self._draw_card_scrollbar(surface)

    def _draw_card_scrollbar(self, surface: pygame.Surface) -> None:
        t = self.theme
        area = self.scroll_rect
        bar = pygame.Rect(self.card.right - t.px(8), area.y, t.px(5), area.height)
        share = area.height / self.card_height
        h = max(t.px(24), int(bar.height * share))
        span = max(1, self.card_height - area.height)
        y = bar.y + int((bar.height - h) * self.card_offset / span)
        pygame.draw.rect(surface, t.palette.ink_soft, (bar.x, y, bar.width, h))

    def _draw_meters(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        r = self.left
        values = self.game.state.values
        label_font = t.font("small", "sans")
        value_font = t.font("small", "sans-bold")
        y = r.y
        bar_h = t.px(8)
        row = label_font.get_linesize() + bar_h + t.px(7)
        heads = {"Party": "Party support", "Economy": "Economy", "Foreign": "Foreign standing"}
        for group, stats in METER_GROUPS.items():
            y = heading(surface, t, heads[group], r.x, y, r.width)
            for stat in stats:
                i = STATS.index(stat)
                value = values[i]
                bad = stat in HIGH_IS_BAD
                number = rendered(value_font, f"{value:.0f}", p.ink)
                trend_w = t.px(46)
                label_w = r.width - number.get_width() - trend_w - t.px(8)
                surface.blit(rendered(label_font, fit(label_font, LABELS[stat], label_w), p.ink),
                             (r.x, y))
                surface.blit(number, (r.right - trend_w - number.get_width() - t.px(4), y))
                draw_trend(surface, t, r.right - trend_w + t.px(4),
                           y + label_font.get_linesize() // 2, self.trends[i], bad)
                bar = pygame.Rect(r.x, y + label_font.get_linesize(), r.width - trend_w, bar_h)
                meter_bar(surface, t, bar, value, bad)
                y += row
            y += t.px(6)
        if y < r.bottom - t.px(20):
            tiny = t.font("tiny", "serif-italic")
            note = f"Nuclear tension: high is bad. Triangles: change since last {self.unit}."
            for line in wrap(tiny, note, r.width):
                if y + tiny.get_linesize() > r.bottom:
                    break
                surface.blit(rendered(tiny, line, p.ink_soft), (r.x, y))
                y += tiny.get_linesize()

    def _draw_right(self, surface: pygame.Surface) -> None:
        t = self.theme
        p = t.palette
        r = self.right
        y = heading(surface, t, "The Presidium", r.x, self.presidium_top, r.width)
        font = t.font("small", "sans")
        bold = t.font("small", "sans-bold")
        # A candidate's note is set small, so that the name beside it still fits; where even a
        # surname would not (the largest text), every candidate's note is cut to "no vote".
        tiny = t.font("tiny", "sans")
        room = r.width - t.px(40) - t.px(12)
        note = CANDIDATE if all(
            font.size(name.split()[-1])[0] + tiny.size(CANDIDATE)[0] <= room
            for name, _, lean in self.member_rows if lean == CANDIDATE) else "no vote"
        for name, loyalty, lean in self.member_rows:
            colour = p.red if lean == "against you" else (p.ink if lean == "with you"
                                                          else p.ink_soft)
            bar_w = t.px(40)
            if lean == CANDIDATE:
                lean_img = rendered(tiny, note, colour)
                lean_y = y + font.get_ascent() - tiny.get_ascent()
            else:
                lean_img = rendered(bold, lean, colour)
                lean_y = y
            name_w = r.width - lean_img.get_width() - bar_w - t.px(12)
            # A name too long for the row keeps its surname whole rather than losing it.
            if font.size(name)[0] > name_w:
                name = name.split()[-1]
            surface.blit(rendered(font, fit(font, name, name_w), p.ink), (r.x, y))
            surface.blit(lean_img, (r.right - bar_w - t.px(6) - lean_img.get_width(), lean_y))
            meter_bar(surface, t, pygame.Rect(r.right - bar_w, y + t.px(6), bar_w, t.px(8)),
                      loyalty, False)
            y += font.get_linesize() + t.px(2)
        if self.has_policies:
            heading(surface, t, "Standing policies", r.x, self.policies_top, r.width)
        heading(surface, t, "News", r.x, self.news_top, r.width)
        self.news.draw(surface)


class PolicyButton(Button):
    """A standing policy on the turn screen: its title and current setting; opens the policies."""

    def __init__(self, theme, rect, title: str, current: str, action, name: str) -> None:
        super().__init__(theme, rect, title, action, name=name)
        small = theme.font("small", "sans")
        bold = theme.font("small", "sans-bold")
        width = self.rect.width - theme.px(16)
        self.lines = [small.render(fit(small, title, width), True, theme.palette.ink_soft),
                      bold.render(fit(bold, current, width), True, theme.palette.ink)]

    def draw(self, surface, theme, focused, hovered) -> None:
        p = theme.palette
        pygame.draw.rect(surface, p.paper if hovered else p.paper_dark, self.rect)
        pygame.draw.rect(surface, p.rule, self.rect, 1)
        y = self.rect.y + theme.px(4)
        for img in self.lines:
            surface.blit(img, (self.rect.x + theme.px(8), y))
            y += img.get_height()
        if focused:
            from game.ui.widgets import focus_ring

            focus_ring(surface, theme, self.rect)


def vote_text(game, vote) -> str:
    world = game.world
    return vote_account(vote, world.calendar.label(vote.turn), world.vote.needed,
                        lambda m: member_name(world, m))
