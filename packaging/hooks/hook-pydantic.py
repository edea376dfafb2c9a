"""Our PyInstaller hook for pydantic, used instead of the community one (pyinstaller-hooks-contrib),
which lists every pydantic submodule as a hidden import, the pydantic 1 copy (`pydantic.v1`)
among them.

pydantic 2 does import some of its own modules by name at run time (its lazy top-level
attributes), which PyInstaller cannot see, so the submodules are still all listed; only those the
game can never reach are left out: the pydantic 1 API (the scenario models use pydantic 2; see
EXCLUDES in packaging/bundle.py), the mypy plugin and the hypothesis plugin.
"""

from PyInstaller.utils.hooks import collect_submodules

_UNREACHED = ("pydantic.v1", "pydantic.mypy", "pydantic._hypothesis_plugin")

hiddenimports = collect_submodules(
    "pydantic", filter=lambda name: not name.startswith(_UNREACHED))
