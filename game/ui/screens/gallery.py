"""The endings gallery: for each scenario, which of its endings this computer has reached and
which of its challenges it has met (game/gallery.py keeps them beside the settings). Endings not
yet reached are counted, not named, so the list gives no game away."""

from __future__ import annotations

from game.gallery import load_gallery
from game.ui.screens.docscene import DocScene
from game.ui.text import Doc


class GalleryScene(DocScene):
    name = "gallery"
    title = "Endings and challenges"
    subtitle = "What has been reached on this computer, scenario by scenario"

    def build_doc(self) -> Doc:
        gallery = load_gallery()
        scenarios, _ = self.app.background.scenarios()
        doc = Doc(self.theme)
        if gallery.problem:
            doc.text(f"Note: {gallery.problem}.", "small", "sans", "red")
        doc.text("Every game that ends is kept here: the ending it reached, and any challenge it "
                 "met. A challenge is a way to play again differently, not a better way to play.",
                 "body", "serif-italic", "soft")
        for scenario in scenarios:
            self._scenario(doc, scenario, gallery)
        return doc

    def _scenario(self, doc: Doc, scenario, gallery) -> None:
        info = scenario.info
        reached = gallery.endings.get(info.id, {})
        endings = [e for e in scenario.endings if e.id in reached]
        doc.heading(info.title)
        doc.text(f"Endings reached: {len(endings)} of {len(scenario.endings)}", "small",
                 "sans-bold")
        for ending in endings:
            doc.text(f"{ending.title} (first reached {reached[ending.id]})", "small", "serif",
                     bullet="•")
        met = gallery.challenges.get(info.id, {})
        for challenge in info.challenges:
            when = f"met {met[challenge.id]}" if challenge.id in met else "not yet met"
            doc.text(f"Challenge: {challenge.title} · {when}", "small", "serif",
                     "ink" if challenge.id in met else "soft", bullet="•")
