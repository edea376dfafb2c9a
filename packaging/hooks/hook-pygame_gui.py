"""Our PyInstaller hook for pygame_gui, used instead of the one pygame_gui ships (hooks given in
the spec's `hookspath` take priority over hooks that packages register themselves).

pygame_gui's own hook bundles all of its default fonts and translations, about 41 MB, most of it
Chinese, Japanese and Korean faces the game never shows. This one bundles only the files listed
in `packaging/bundle.py` (PYGAME_GUI_DATA), which says why each is needed.
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle import PYGAME_GUI_DATA  # noqa: E402

_, package_dir = get_package_paths("pygame_gui")
datas = []
for rel in PYGAME_GUI_DATA:
    source = Path(package_dir, rel)
    if not source.is_file():  # a new pygame_gui moved a file the game needs: stop the build
        raise SystemExit(f"hook-pygame_gui: {source} is missing; update PYGAME_GUI_DATA")
    datas.append((str(source), str(Path("pygame_gui", rel).parent)))

# pygame_gui reads its translations through python-i18n and its clipboard through subprocess and
# ctypes; all are plain imports PyInstaller follows by itself.
