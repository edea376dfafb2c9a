"""The situation of a decision card on a page of its own ("Read more" on the turn screen): its
picture whole, its text, what was said, and the sources. Esc or Enter goes back to the card."""

from __future__ import annotations

import pygame

from game.ui.images import card_image
from game.ui.screens.common import source_names
from game.ui.screens.docscene import DocScene
from game.ui.screens.turn_card import DIGEST_STYLE
from game.ui.text import Doc

IMAGE_RATIO = 0.625


class SituationScene(DocScene):
    name = "situation"

    def __init__(self, app, decision, digest: list[tuple[str, str]] = ()) -> None:
        super().__init__(app)
        self.decision = decision
        self.digest = list(digest)  # the quiet turns before it, as the card tells them
        self.title = decision.title
        self.subtitle = app.session.game.date_label

    def image_size(self) -> tuple[int, int]:
        width = min(self.content_rect().width - self.theme.px(20), self.theme.px(420))
        return width, int(width * IMAGE_RATIO)

    def build_doc(self) -> Doc:
        d = self.decision
        doc = Doc(self.theme)
        doc.space(self.image_size()[1] + 12)  # the picture is drawn here
        for kind, text in self.digest:
            role, face, colour, bullet = DIGEST_STYLE[kind]
            doc.text(text, role, face, colour, bullet=bullet.strip() or None,
                     before=6 if kind == "when" else 0)
        if self.digest:
            doc.rule()
        doc.text(d.text, "body", "serif")
        for said in d.voices:
            doc.text(f"{said.name}: \u201c{said.line}\u201d", "body", "serif-italic", before=6)
        doc.text("Sources: " + source_names(d.sources), "small", "sans", "soft", before=8)
        return doc

    def buttons(self) -> list:
        return [("Back to the choices", self.back, "Esc", True)]

    def on_enter(self) -> bool:
        self.back()
        return True

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        area = self.scroller.rect
        old = surface.get_clip()
        surface.set_clip(area)
        picture = card_image(self.theme, self.decision.image, self.image_size())
        surface.blit(picture, (area.x, area.y - self.scroller.offset))
        surface.set_clip(old)
