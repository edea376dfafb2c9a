"""How to play, in a page."""

from __future__ import annotations

from game.ui.screens.docscene import DocScene
from game.ui.text import Doc

SECTIONS = [
    ("The aim", [
        "You are Nikita Khrushchev from Stalin's death in March 1953. Keep your seat until the "
        "end of the scenario, as Khrushchev did not in October 1964, while running the country "
        "and facing the world.",
    ]),
    ("A season", [
        "Each turn is a season. The state moves first: delayed effects land, standing policies "
        "act, the harvest comes in. Then one or two decisions arrive on cards.",
        "Each option shows what it is expected to do: + and - for the direction, more marks for "
        "a bigger change, and 'later' for effects that come in future seasons.",
        "When nothing is left to decide, end the season. At its close the Presidium may move "
        "against you.",
        "A season with nothing to decide passes by itself: its news, and what moved the meters "
        "and why, are told at the top of the next card.",
        "When a card's situation is longer than its space, Read more (R) shows all of it, with "
        "its picture, on a page of its own.",
    ]),
    ("The meters", [
        "Party support: the Presidium (how its members lean), the Central Committee, the "
        "military and the security organs. Economy: industrial growth (how fast industry grows, "
        "not how much it makes), agriculture, living standards. Foreign standing: world "
        "prestige, bloc unity, and nuclear tension, where high is bad.",
        "The triangles beside a meter show its change since the last season you played began "
        "(your choices in it included); red means bad news.",
    ]),
    ("Beside the meters", [
        "Three more numbers, under the date, are not meters but the rules read them. Openness of "
        "the thaw: how freely people may speak and write. A freer life wins friends abroad; past "
        "the middle, the security organs and the ideologists grow uneasy.",
        "Reversals: your broken promises and sudden turns, the 'hare-brained schemes'. High is "
        "bad: once there are many, the Central Committee and the Presidium trust you less every "
        "season.",
        "Virgin Lands soil: the fertility of the steppe, ploughed only if you open the Virgin "
        "Lands. Farmed without fertiliser it wears out season by season, and poor soil means "
        "poor harvests and dust storms.",
    ]),
    ("The removal vote", [
        "If more than half of the Presidium is against you, they call a vote. You survive only "
        "if you can take it to the Central Committee and it backs you, as in June 1957. Watch "
        "who leans against you. The vote is shown member by member; Enter shows it all at once.",
    ]),
    ("Standing policies", [
        "Standing policies, such as investment priority, act every season. You may change them at "
        "any time, but each change is remembered, and changing again soon reads as erratic.",
    ]),
    ("Why did that happen?", [
        "After every choice the game shows what changed and which rule made it, with the "
        "documents the rule comes from, and what actually happened in history. The history view "
        "shows every meter over time with your decisions marked.",
    ]),
    ("At the end", [
        "The debrief sets your path beside Khrushchev's and names the rules that decided your "
        "ending. Save report (R) writes it all on a page to print or hand to your teacher. What "
        "if? (W) plays your game again with one decision taken another way, with the same luck, "
        "and shows where the two games part and how each ends.",
    ]),
    ("Keys", [
        "1-4 pick an option, Enter decides or continues, Up and Down move between options.",
        "Tab moves between buttons, Enter or Space presses the one with the frame.",
        "R the whole situation of a card, P standing policies, H history, Esc the menu or back, "
        "F11 full screen.",
        "Page Up and Page Down scroll long text.",
    ]),
    ("Saving", [
        "The game saves itself after every choice and every season; Continue on the title screen "
        "goes on exactly where you left off. You can also save to a slot from the menu. Every "
        "game, finished or not, leaves a run record for your teacher in the runs folder.",
    ]),
]


class HowToScene(DocScene):
    name = "howto"
    title = "How to play"

    def build_doc(self) -> Doc:
        doc = Doc(self.theme)
        for i, (head, paragraphs) in enumerate(SECTIONS):
            doc.heading(head, before=0 if i == 0 else 14)
            for text in paragraphs:
                doc.text(text)
        return doc
