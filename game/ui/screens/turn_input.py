"""The turn screen's input: the number keys pick an option, Up/Down move between options, Enter
decides (or ends the turn when nothing is left to decide), R the whole situation, P the policies,
H the history, Page Up/Down and the wheel scroll the card; the wheel over the news scrolls the
news."""

from __future__ import annotations

import pygame

from game.ui.widgets import OptionCard

DIGITS = {pygame.K_1: 0, pygame.K_2: 1, pygame.K_3: 2, pygame.K_4: 3,
          pygame.K_KP1: 0, pygame.K_KP2: 1, pygame.K_KP3: 2, pygame.K_KP4: 3}


class TurnInput:
    """The input half of the turn screen (mixed into `TurnScene`, which has the card, the panels
    and the actions)."""

    def on_focus(self, widget) -> None:
        if self.card is not None:
            self.card.scroll_into_view(widget)

    def widget_at(self, pos):
        hit = super().widget_at(pos)
        # Card widgets scrolled out of the card are not clickable.
        if hit is not None and self.card is not None and self.card.hides(hit, pos):
            return None
        return hit

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN and self._key(event.key):
            return True
        if event.type == pygame.MOUSEWHEEL and self._wheel(event):
            self.app.dirty = True
            return True
        return super().handle_event(event)

    def _key(self, key: int) -> bool:
        card = self.card
        if key in DIGITS and card is not None:
            self.pick(DIGITS[key])
            return True
        if key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            return self._enter()
        if key in (pygame.K_UP, pygame.K_DOWN) and card is not None:
            step = 1 if key == pygame.K_DOWN else -1
            start = -1 if self.selected is None and step > 0 else (self.selected or 0)
            self.pick((start + step) % len(card.options))
            return True
        if key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN) and card is not None:
            card.scroll(card.page if key == pygame.K_PAGEDOWN else -card.page)
            self.app.dirty = True
            return True
        if key == pygame.K_p and self.has_policies:
            self.open_policies()
            return True
        if key == pygame.K_r and card is not None:
            self.read_more()
            return True
        if key == pygame.K_h:
            self.open_history()
            return True
        return False

    def _enter(self) -> bool:
        focused = self.focused_widget()
        if self.card is not None:
            if isinstance(focused, OptionCard) or focused is self.card.decide_button or \
                    focused is None:
                if isinstance(focused, OptionCard) and \
                        self.card.options.index(focused) != self.selected:
                    self.pick(self.card.options.index(focused))
                else:
                    self.confirm()
                return True
        elif focused is None or focused is self.idle.end_button:
            self.end_season()
            return True
        return False

    def _wheel(self, event: pygame.event.Event) -> bool:
        pos = pygame.mouse.get_pos()
        if self.card is not None and self.card_rect.collidepoint(pos):
            self.card.scroll(-event.y * self.card.step)
            return True
        scrollers = [self.panels.news] + ([self.idle.scroller] if self.idle else [])
        return any(scroller.handle(event) for scroller in scrollers)

