"""Problems found in content files, reported all at once, each as
`file:line: dotted.path: problem (value)`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str
    value: str | None = None
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        if self.severity == "warning":
            text = f"{where}: warning: " + text[len(where) + 2:]
        return f"{text} ({self.value})" if self.value is not None else text


class ContentError(Exception):
    """A scenario or reference file could not be used; `problems` says every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(word: str, choices) -> str:
    """", did you mean 'x'?" for the closest known word, or nothing."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f", did you mean {close[0]!r}?" if close else ""


def show(value: object, limit: int = 60) -> str:
    """A value as a problem shows it, cut short if long."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
