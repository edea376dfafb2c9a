"""The packaged game's entry point (PyInstaller runs this script; `thaw` from source runs
game.cli:main directly).

What only a packaged game needs:
- pygame's greeting line is not printed: `thaw --version` and `thaw simulate --json` print exactly
  what they say.
- The process-serial-number argument (`-psn_0_12345`) that the Mac Finder adds when it opens some
  apps is dropped, so a double-clicked Thaw.app starts the game instead of a usage error.
- A crash leaves a note a teacher can find. On Windows the console of a double-clicked game is
  hidden, and a Mac app has none, so a traceback printed there is lost; it is also written to
  `crash.txt` in the player's folder (THAW_HOME, or the platform's user data folder).
"""

from __future__ import annotations

import os
import sys
import traceback


def _write_crash_note(text: str) -> str | None:
    try:
        from game import __version__, paths

        home = paths.thaw_home()
        home.mkdir(parents=True, exist_ok=True)
        path = home / "crash.txt"
        path.write_text(f"thaw {__version__} ({sys.platform}) stopped with an error:\n\n{text}",
                        encoding="utf-8")
        return str(path)
    except Exception:  # noqa: BLE001 - a read-only or missing home: the console copy remains
        return None


def run() -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    argv = [a for a in sys.argv[1:] if not (sys.platform == "darwin" and a.startswith("-psn_"))]
    from game.cli import main

    try:
        return main(argv)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        text = traceback.format_exc()
        where = _write_crash_note(text)
        sys.stderr.write(text)
        if where:
            sys.stderr.write(f"\nThis report was also saved to {where}\n")
        return 1


if __name__ == "__main__":
    sys.exit(run())
