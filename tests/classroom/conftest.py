import pytest
from classroom_helpers import LESSON

from game.content.loader import load_scenario
from game.sim.world import build_world


@pytest.fixture(scope="session")
def lesson_world():
    return build_world(load_scenario(LESSON))
