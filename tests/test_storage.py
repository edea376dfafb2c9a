"""game.storage: writes are whole or absent, even when the process is killed in the middle of
one; their leftovers are cleaned at the next start; replaced files keep their permissions; and
the one reader of handed-in JSON never blocks, never reads without bound, never crashes."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.storage import (
    Unreadable,
    atomic_write,
    clean_orphans,
    dumps,
    is_orphan,
    parse_json,
    read_json,
)

ROOT = Path(__file__).resolve().parent.parent

# A child that rewrites one big file for ever: nearly all its time is spent inside a write.
WRITER = """
import sys
from pathlib import Path
from game.storage import atomic_write
target = Path(sys.argv[1])
n = 0
while True:
    n += 1
    atomic_write(target, ('{"n": %d, "pad": "' % n) + "x" * 8_000_000 + '"}')
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_in_the_middle_of_a_write_leaves_the_old_file_whole(tmp_path):
    target = tmp_path / "autosave-x.json"
    for _attempt in range(20):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], cwd=ROOT,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        try:
            # Wait until a complete file exists and the next write is under way, then kill.
            while child.poll() is None and not (target.exists() and
                                                any(is_orphan(p) for p in tmp_path.iterdir())):
                time.sleep(0.001)
            child.send_signal(signal.SIGKILL)
            child.wait()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        if any(is_orphan(p) for p in tmp_path.iterdir()):
            break  # killed during a write, as wanted
    else:
        pytest.fail("never killed during a write")
    # The last complete file, never half of one:
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["n"] >= 1 and len(data["pad"]) == 8_000_000
    orphans = [p for p in tmp_path.iterdir() if is_orphan(p)]
    assert orphans
    assert clean_orphans([tmp_path], older_than=0) == len(orphans)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave-x.json"]


def test_clean_orphans_leaves_young_and_other_files(tmp_path):
    old = tmp_path / ".autosave-tiny.json.abc12345.tmp"
    young = tmp_path / ".runs.json.zz99yy88.tmp"
    other = tmp_path / ".hidden.tmp"
    for path in (old, young, other):
        path.write_text("x", encoding="utf-8")
    long_ago = time.time() - 3600
    os.utime(old, (long_ago, long_ago))
    assert clean_orphans([tmp_path, tmp_path / "missing"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([young.name, other.name])


def test_thaw_play_cleans_orphans_at_start(thaw_home):
    saves = thaw_home / "saves"
    saves.mkdir(parents=True)
    orphan = saves / ".autosave-campaign.json.k3j4h5g6.tmp"
    orphan.write_text("half a save", encoding="utf-8")
    long_ago = time.time() - 3600
    os.utime(orphan, (long_ago, long_ago))
    result = subprocess.run([sys.executable, "-m", "game", "play", "--text", "--scenario",
                             "no-such-scenario"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "THAW_HOME": str(thaw_home)})
    assert result.returncode == 2
    assert not orphan.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_replacing_a_file_keeps_its_mode_and_a_new_file_is_not_private(tmp_path):
    path = tmp_path / "shared.html"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o664)
    atomic_write(path, "new")
    assert path.read_text(encoding="utf-8") == "new" and path.stat().st_mode & 0o777 == 0o664
    fresh = tmp_path / "fresh.html"
    atomic_write(fresh, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_dumps_refuses_what_no_reader_accepts():
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})


@pytest.mark.parametrize("data, reason", [
    (b'{"a": NaN}', "it holds NaN, which is not a number"),
    (b'{"a": -Infinity}', "it holds -Infinity, which is not a number"),
    (b'{"a": 1e400}', "too large to use"),
    (b"[" * 5000 + b"]" * 5000, "nested too deeply"),
    (b'{"a": ' + b"1" * 5000 + b"}", "a number of 5000 digits"),
    (b'{"a": 1', "not JSON, or cut short"),
    ('{"a": 1}'.encode("utf-16"), "not UTF-8 text"),
    (b"\xff\xfe\x00", "not UTF-8 text"),
])
def test_the_reader_refuses_with_a_reason(data, reason):
    with pytest.raises(Unreadable, match=reason.replace("(", r"\(")):
        parse_json(data)


def test_the_reader_takes_a_byte_order_mark():
    assert parse_json(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_the_reader_opens_ordinary_files_only_and_never_too_much(tmp_path):
    with pytest.raises(Unreadable, match="a folder"):
        read_json(tmp_path, limit=100)
    with pytest.raises(Unreadable, match="no such file"):
        read_json(tmp_path / "missing.json", limit=100)
    big = tmp_path / "big.json"
    big.write_text("[" + "1," * 100 + "1]", encoding="utf-8")
    with pytest.raises(Unreadable, match="more than the 100 allowed"):
        read_json(big, limit=100)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.json"
        os.mkfifo(fifo)
        with pytest.raises(Unreadable, match="not an ordinary file"):
            read_json(fifo, limit=100)  # before: blocked for ever, waiting for a writer
