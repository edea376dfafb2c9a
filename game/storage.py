"""The game's files on disk: writing them so that a crash or a kill never leaves half a file, and
reading the JSON files people hand us (run records, saves, settings) without ever crashing,
hanging or trusting them.

Writing: a temporary file in the same folder, flushed and synced, then renamed over the old one
(keeping the old file's permissions). A kill mid-write leaves at most a `.NAME.*.tmp` file, which
`clean_orphans` removes at the next start.

Reading: `read_json` opens regular files only (a FIFO or a device would block or never end),
reads at most a given size, accepts UTF-8 with or without a byte-order mark, refuses NaN,
Infinity and absurdly long numbers, and turns every way a file can be bad (cut short, nested
a thousand deep, not text) into `Unreadable` with a reason a person can read. What the data
means is checked after this, by each file's pydantic model.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

# A number in a file of ours is a meter, a turn or a seed: never more digits than this.
MAX_NUMBER_DIGITS = 40
# A temporary file older than this is left from a write that was killed (a live write takes
# milliseconds); a younger one may belong to another copy of the game writing right now.
ORPHAN_AGE_SECONDS = 60.0
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")


class Unreadable(ValueError):
    """A file that cannot be used, with the reason in plain words (the caller names the file)."""


# --- writing ---------------------------------------------------------------------------------

_umask_lock = threading.Lock()


@functools.cache
def _new_file_mode() -> int:
    """The mode an ordinary new file gets (0o666 less the umask): `mkstemp` makes 0o600."""
    with _umask_lock:  # there is no way to read the umask without setting it
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, text: str) -> None:
    """Writes `text` to `path` whole or not at all. Raises OSError (no rights, disk full, a
    folder in the way); the caller says so in its own words."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)  # replacing a file keeps its permissions
    except OSError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(tmp, mode)
        except OSError:
            pass  # a file system without modes (FAT on a USB stick)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable (not possible on every platform)
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def dumps(data: object) -> str:
    """The one JSON layout for files we write: stable key order, so equal data is equal bytes.
    NaN and Infinity are refused: no file of ours may hold what no reader accepts."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


def is_orphan(path: Path) -> bool:
    """A temporary file of `atomic_write` (`.NAME.XXXXXXXX.tmp`)."""
    return bool(_TEMPORARY.match(path.name))


def clean_orphans(folders: Iterable[Path], *, older_than: float = ORPHAN_AGE_SECONDS) -> int:
    """Removes the temporary files that killed writes left in `folders`; returns how many."""
    removed = 0
    now = time.time()
    for folder in folders:
        try:
            children = list(Path(folder).iterdir())
        except OSError:
            continue
        for child in children:
            try:
                if is_orphan(child) and child.is_file() and \
                        now - child.stat().st_mtime >= older_than:
                    child.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


# --- reading ---------------------------------------------------------------------------------

def read_bytes(path: Path, *, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Never blocks on a FIFO or reads
    a device; raises Unreadable."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except IsADirectoryError:
        raise Unreadable("a folder, not a file") from None
    except OSError as error:
        raise Unreadable(f"cannot be opened ({error.strerror or error})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable("a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not an ordinary file")
        if info.st_size > limit:
            raise Unreadable(f"{info.st_size:,} bytes, more than the {limit:,} allowed")
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while we read it
                raise Unreadable(f"more than the {limit:,} bytes allowed")
        return b"".join(chunks)
    except OSError as error:
        raise Unreadable(f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(fd)


def _refuse_constant(name: str) -> float:
    raise Unreadable(f"it holds {name}, which is not a number")


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise Unreadable(f"it holds a number of {len(text)} digits")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS * 2:
        raise Unreadable(f"it holds a number written with {len(text)} characters")
    value = float(text)
    if not math.isfinite(value):
        raise Unreadable(f"it holds the number {text[:20]}, too large to use")
    return value


def parse_json(data: bytes) -> object:
    """JSON from bytes, as `read_json` reads it. Raises Unreadable."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(f"not UTF-8 text (byte {error.start})") from None
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_int=_int,
                          parse_float=_float)
    except Unreadable:
        raise
    except json.JSONDecodeError as error:
        where = f" (line {error.lineno})" if error.lineno > 1 else ""
        raise Unreadable(f"not JSON, or cut short{where}: {error.msg}") from None
    except RecursionError:
        raise Unreadable("nested too deeply") from None
    except (ValueError, OverflowError) as error:
        raise Unreadable(f"not readable JSON ({error})") from None


def read_json(path: Path, *, limit: int) -> object:
    """One JSON file a person handed us, as plain data (checked by the caller's model next).
    Raises Unreadable with the reason; the caller names the file."""
    return parse_json(read_bytes(Path(path), limit=limit))
