"""How long a game takes, measured from the words shown and the decisions on Khrushchev's path,
is what the scenario files say (tools/pace.py writes it), so the new-game screen and the
teachers' guide never promise a length the game does not keep."""

from __future__ import annotations

import pytest

from game.content import catalog
from tools.pace import measure


@pytest.mark.parametrize("scenario", catalog.available(include_user=False)[0],
                         ids=lambda s: s.id)
def test_the_minutes_written_are_the_minutes_measured(scenario):
    measured = measure(scenario)
    said = {None: scenario.info.minutes, **{c.id: c.minutes for c in scenario.info.chapters}}
    # Within two minutes or a tenth: a small change of wording need not send anyone to the tool.
    off = {k: (said[k], v) for k, v in measured.items() if abs(said[k] - v) > max(2, v / 10)}
    assert off == {}, "run python -m tools.pace --write"
