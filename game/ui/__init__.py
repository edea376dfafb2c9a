"""The window (pygame-ce): screens on a scene stack, the theme, autoplay, the bench."""

import os

# pygame prints a greeting on import; the game's own output (autoplay, bench) stays clean.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
