"""Whole-tree writes: all or nothing, recoverable after a kill, one writer at a time."""

from __future__ import annotations

import multiprocessing
from pathlib import Path, PurePosixPath

import pytest

from generator.errors import BusyError, CfgenError
from generator.writer import locked, read_tree, recover, stale_files, write_tree

from .conftest import tree_digest

P = PurePosixPath


def test_write_replaces_tree_exactly(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert write_tree(target, {P("a/b.py"): b"1", P("c.txt"): b"2"})
    assert write_tree(target, {P("a/b.py"): b"3"})
    assert read_tree(target) == {P("a/b.py"): b"3"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no staging left behind


def test_unchanged_write_touches_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_tree(target, {P("a.txt"): b"x"})
    inode = (target / "a.txt").stat().st_ino
    assert not write_tree(target, {P("a.txt"): b"x"})
    assert (target / "a.txt").stat().st_ino == inode


def test_keep_others_overlays_and_deletes(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_tree(target, {P("keep.txt"): b"k", P("old.txt"): b"o", P("x/y.txt"): b"1"})
    write_tree(target, {P("x/y.txt"): b"2"}, keep_others=True, delete=frozenset({P("old.txt")}))
    assert read_tree(target) == {P("keep.txt"): b"k", P("x/y.txt"): b"2"}


def test_paths_outside_the_tree_are_refused(tmp_path: Path) -> None:
    for bad in ("../escape.txt", "/etc/passwd", "a/../../b"):
        with pytest.raises(CfgenError):
            write_tree(tmp_path / "out", {P(bad): b"x"})
    assert not (tmp_path / "escape.txt").exists()
    assert not (tmp_path / "out").exists()


def test_stale_files_lists_changed_missing_and_extra(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_tree(target, {P("same"): b"1", P("changed"): b"1", P("extra"): b"1"})
    (target / "__pycache__").mkdir()
    (target / "__pycache__" / "x.pyc").write_bytes(b"ignored")
    wanted = {P("same"): b"1", P("changed"): b"2", P("missing"): b"3"}
    assert stale_files(target, wanted) == ["changed", "extra", "missing"]


def test_recover_rolls_back_a_swap_killed_between_renames(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_tree(target, {P("a.txt"): b"old"})
    before = tree_digest(target)
    # the fallback swap renamed out -> staging-old, then died before renaming staging-new -> out
    new = tmp_path / ".out.cfgen-tmp-new"
    new.mkdir()
    (new / "a.txt").write_bytes(b"half")
    target.rename(tmp_path / ".out.cfgen-tmp-old")
    recover(target)
    assert tree_digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_failure_while_building_leaves_old_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out"
    write_tree(target, {P("a.txt"): b"old", P("b.txt"): b"old"})
    before = tree_digest(target)
    calls = {"n": 0}
    real = Path.write_bytes

    def flaky(self: Path, data: bytes) -> int:  # type: ignore[override]
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", flaky)
    with pytest.raises(OSError):
        write_tree(target, {P("a.txt"): b"new", P("b.txt"): b"new"})
    monkeypatch.undo()
    assert tree_digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def _hold_lock(
    target: str, ready: multiprocessing.synchronize.Event, release: multiprocessing.synchronize.Event
) -> None:
    with locked(Path(target)):
        ready.set()
        release.wait(10)


def test_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(tmp_path / "out"), ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        with (
            pytest.raises(BusyError, match="another cfgen run is writing"),
            locked(tmp_path / "out", timeout=0.2),
        ):
            pass
    finally:
        release.set()
        holder.join(10)
    with locked(tmp_path / "out", timeout=1):
        pass


def test_new_tree_reaches_the_disk_before_the_swap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Flushed (syncfs, or an fsync a file where there is none), then swapped, then the swap made
    durable by an fsync of the parent folder: a power cut leaves one whole tree either way."""
    import os

    from generator import writer

    events: list[str] = []
    real_fsync, real_exchange = os.fsync, writer._exchange

    def fsync(fd: int) -> None:
        events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    def exchange(a: Path, b: Path) -> bool:
        events.append("exchange")
        return real_exchange(a, b)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(writer, "_exchange", exchange)
    target = tmp_path / "out"
    write_tree(target, {P("a.txt"): b"1"})
    assert events == [f"fsync {tmp_path}"]  # one syncfs flushed the files; a new tree is renamed

    class NoSyncfs:
        renameat2 = getattr(writer._libc(), "renameat2", None)

    monkeypatch.setattr(writer, "_libc", lambda: NoSyncfs())
    events.clear()
    write_tree(target, {P("a.txt"): b"2", P("d/b.txt"): b"3"})
    staging = str(writer._staging(target, "new"))
    assert events == [
        f"fsync {staging}/a.txt",
        f"fsync {staging}/d/b.txt",
        "exchange",
        f"fsync {tmp_path}",
    ]
    assert read_tree(target) == {P("a.txt"): b"2", P("d/b.txt"): b"3"}


def test_write_file_is_durable_unless_it_is_a_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from generator.writer import write_file

    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    write_file(tmp_path / "report.json", b"{}")
    assert len(synced) == 2  # the file, then its folder
    synced.clear()
    write_file(tmp_path / "cache.json", b"{}", durable=False)
    assert synced == []
    assert (tmp_path / "report.json").read_bytes() == (tmp_path / "cache.json").read_bytes() == b"{}"
