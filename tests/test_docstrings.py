"""Every public class and function of the simulation, the content layer and the narrator says
what it is for (a method that overrides a documented one inherits its docstring)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import game.content
import game.narration
import game.sim


def undocumented() -> list[str]:
    missing = []
    for package in (game.sim, game.content, game.narration):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, thing in vars(module).items():
                if name.startswith("_") or getattr(thing, "__module__", None) != module.__name__:
                    continue
                where = f"{module.__name__}.{name}"
                if _function(thing) and not inspect.getdoc(thing):
                    missing.append(where)
                elif inspect.isclass(thing):
                    if not (thing.__doc__ or "").strip():
                        missing.append(where)
                    missing += [f"{where}.{attr}" for attr in _undocumented_methods(thing)]
    return missing


def _function(thing) -> bool:
    """A function written with `def` (a lambda set as a default is not API)."""
    return inspect.isfunction(thing) and thing.__name__ != "<lambda>"


def _undocumented_methods(cls) -> list[str]:
    missing = []
    for attr, member in vars(cls).items():
        if attr.startswith("_"):
            continue
        if isinstance(member, (classmethod, staticmethod)):
            member = member.__func__
        elif isinstance(member, property):
            member = member.fget
        if _function(member) and not inspect.getdoc(getattr(cls, attr)):
            missing.append(attr)
    return missing


def test_every_public_function_and_class_is_documented():
    assert undocumented() == []


def test_the_check_notices_a_function_without_a_docstring(monkeypatch):
    import game.narration.words as words

    def planted() -> None:
        pass

    planted.__module__ = words.__name__
    monkeypatch.setattr(words, "planted", planted, raising=False)
    assert undocumented() == ["game.narration.words.planted"]
