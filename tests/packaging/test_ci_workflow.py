"""The CI workflow runs the README's test command, headless, on Linux, Windows and macOS, for
every push and pull request (it cannot run here: what can be checked is its shape)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


def test_every_push_and_pull_request_runs_the_readme_test_command_on_three_systems():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # PyYAML reads the key `on` as True (YAML 1.1)
    assert "push" in triggers and "pull_request" in triggers
    job = workflow["jobs"]["test"]
    systems = job["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    assert job["env"] == {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^make test\b", readme, re.M)
    assert command, "the README names its test command"
    assert any(step.get("run") == "make test" for step in job["steps"])
