import pytest
from classroom_helpers import CRISIS, LESSON

from game.content.build import build_world
from game.content.loader import load_scenario


@pytest.fixture(scope="session")
def lesson_world():
    return build_world(load_scenario(LESSON))


@pytest.fixture(scope="session")
def crisis_world():
    return build_world(load_scenario(CRISIS))
