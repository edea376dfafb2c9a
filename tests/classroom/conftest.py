import pytest
from classroom_helpers import CRISIS, LESSON

from game.content.loader import load_scenario
from game.sim.world import build_world


@pytest.fixture(scope="session")
def lesson_world():
    return build_world(load_scenario(LESSON))


@pytest.fixture(scope="session")
def crisis_world():
    return build_world(load_scenario(CRISIS))
