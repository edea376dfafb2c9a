"""The simulation and the content layer never import pygame (they run headless, in bots, in CI)."""

import subprocess
import sys

CHECK = """
import importlib, pkgutil, sys
import game.sim, game.content, game.classroom
for package in (game.sim, game.content):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
import game.cli, game.saves, game.textplay, game.classroom.record
bad = sorted(m for m in sys.modules if m.split(".")[0] == "pygame")
print(",".join(bad))
"""


def test_sim_and_content_do_not_import_pygame():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_the_check_would_notice_pygame():
    result = subprocess.run([sys.executable, "-c", "import pygame\n" + CHECK],
                            capture_output=True, text=True, check=True)
    assert "pygame" in result.stdout
