"""The release workflow cannot run here, so what can be checked from here is: it is valid YAML of
the shape GitHub Actions reads, it covers the three systems, and it builds and tests exactly as
`make dist` and `make test-dist` do (same scripts, same spec), so the two cannot drift apart."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
sys.path.insert(0, str(ROOT / "packaging"))
from builder import platform_tag  # noqa: E402


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(job: dict) -> list[str]:
    return [step.get("run", "") or step.get("uses", "") for step in job["steps"]]


def test_it_runs_on_version_tags_and_by_hand():
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    triggers = _workflow()[True]
    assert triggers["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in triggers


def test_it_builds_on_linux_windows_and_macos_with_python_311():
    build = _workflow()["jobs"]["build"]
    systems = [entry["os"] for entry in build["strategy"]["matrix"]["include"]]
    assert any(s.startswith("ubuntu-") for s in systems)
    assert any(s.startswith("windows-") for s in systems)
    assert any(s.startswith("macos-") for s in systems)
    setup = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "3.11"


def test_it_builds_and_tests_as_make_dist_and_make_test_dist_do():
    steps = "\n".join(_steps(_workflow()["jobs"]["build"]))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    dist_recipe = re.search(r"^dist:.*\n\t(.+)$", makefile, re.M).group(1)
    assert "packaging/builder.py" in dist_recipe
    assert "python packaging/builder.py\n" in steps + "\n"
    assert "pip install '.[dist]'" in steps
    for product in ('"dist/thaw', '"dist/thaw-dir/thaw', "dist/Thaw.app/Contents/MacOS/thaw"):
        assert f"python packaging/smoke.py {product}" in steps
    assert "--no-build --assets upload" in steps


def test_release_files_are_named_per_platform():
    names = [entry["name"] for entry in _workflow()["jobs"]["build"]["strategy"]["matrix"]
             ["include"]]
    assert names == ["linux-x86_64", "windows-x86_64", "macos-arm64", "macos-x86_64"]
    # The name a build on this machine gets is one of them (x86_64 Linux here).
    assert platform_tag() in names or not sys.platform.startswith(("linux", "win", "darwin"))


def test_the_release_job_attaches_every_build_and_only_on_tags():
    release = _workflow()["jobs"]["release"]
    assert release["needs"] == "build"
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    steps = "\n".join(_steps(release))
    assert "actions/download-artifact@v4" in steps
    assert "gh release upload" in steps and "gh release create" in steps
    # The default token elsewhere can only read.
    assert _workflow()["permissions"] == {"contents": "read"}


def test_the_tag_must_match_the_game_version():
    steps = "\n".join(_steps(_workflow()["jobs"]["build"]))
    assert 'import game; print(game.__version__)' in steps
    assert '"v$version" != "$GITHUB_REF_NAME"' in steps
