"""Write a whole output tree atomically, or compare it with what is on disk.

A tree (``schemas/`` or ``generated/``) is never modified in place. The new tree is built beside the
target in a staging folder and swapped in with one ``renameat2(RENAME_EXCHANGE)`` on Linux, so a
reader (or a kill at any instant) sees either the whole old tree or the whole new one. Where the
exchange is not available the swap takes two renames, and :func:`recover` (run before every write)
rolls an interrupted swap back. A lock file beside the target keeps two cfgen runs from writing the
same tree at once: the second waits, then fails with :class:`~generator.errors.BusyError`.

Durability: the new tree's files reach the disk before the swap (one ``syncfs`` of their file
system on Linux, else an ``fsync`` a file), and the swap itself is made durable by an ``fsync`` of
the parent folder, so a power cut too leaves either tree whole, never a new tree of empty files.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import BusyError, CfgenError

# Files a tool or interpreter leaves in a tree; they are neither compared nor carried over.
_IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _staging(target: Path, kind: str) -> Path:
    return target.parent / f".{target.name}.cfgen-tmp-{kind}"


def _lock_path(target: Path) -> Path:
    return target.parent / f".cfgen-{target.name}.lock"


@contextlib.contextmanager
def locked(target: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold the write lock of ``target`` (waiting up to ``timeout`` seconds for another run).

    A swap that a killed run left half done is finished or rolled back first (:func:`recover`),
    so the holder finds ``target`` whole even when it goes on to write nothing.
    """
    from filelock import FileLock, Timeout  # here: ~35 ms to import, and read-only runs never lock

    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(_lock_path(target)))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise BusyError(
            f"another cfgen run is writing {target} (lock {_lock_path(target)}): wait for it to finish"
        ) from None
    try:
        recover(target)
        yield
    finally:
        lock.release()


def recover(target: Path) -> None:
    """Finish or roll back a swap that a killed run left half done; leave ``target`` whole."""
    new, old = _staging(target, "new"), _staging(target, "old")
    if not target.exists() and old.exists():
        old.rename(target)  # killed between the two renames of the fallback swap: roll back
    for leftover in (new, old):
        if leftover.exists():
            shutil.rmtree(leftover)


def read_tree(target: Path) -> dict[PurePosixPath, bytes]:
    """Every file below ``target`` (tool caches left out), keyed by path relative to it."""
    files: dict[PurePosixPath, bytes] = {}
    if not target.is_dir():
        return files
    for path in sorted(target.rglob("*")):
        rel = PurePosixPath(path.relative_to(target).as_posix())
        if _IGNORED_PARTS.intersection(rel.parts) or path.suffix == ".pyc" or not path.is_file():
            continue
        files[rel] = path.read_bytes()
    return files


def stale_files(target: Path, files: Mapping[PurePosixPath, bytes]) -> list[str]:
    """Paths (relative to ``target``) that differ from ``files``: changed, missing or extra."""
    current = read_tree(target)
    stale = {str(p) for p, data in files.items() if current.get(p) != data}
    stale.update(str(p) for p in current if p not in files)
    return sorted(stale)


@functools.cache
def _libc() -> Any:
    """The C library (for renameat2 and syncfs), or None where there is none to call."""
    import ctypes.util

    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where the system cannot."""
    import ctypes

    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _fsync(path: Path, *, folder: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush(root: Path, files: Iterable[Path]) -> None:
    """Get ``files`` (written below ``root``) onto the disk before they are swapped in."""
    syncfs = getattr(_libc(), "syncfs", None)
    if syncfs is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in files:  # no syncfs: one fsync a file
        _fsync(path)


def _sync_folder(path: Path) -> None:
    """Make the renames inside the folder ``path`` durable; where folders cannot be synced, skip."""
    with contextlib.suppress(OSError):
        _fsync(path, folder=True)


def _check_relative(path: PurePosixPath) -> None:
    if path.is_absolute() or not path.parts or ".." in path.parts:
        raise CfgenError(f"refusing to write {path}: it is not a path inside the output tree")


def write_tree(
    target: Path,
    files: Mapping[PurePosixPath, bytes],
    *,
    keep_others: bool = False,
    delete: frozenset[PurePosixPath] = frozenset(),
) -> bool:
    """Make ``target`` hold ``files`` (and, with ``keep_others``, its other files), atomically.

    ``delete`` names files to drop when ``keep_others`` is set. Returns False, touching nothing,
    when the tree already holds exactly that. The caller holds :func:`locked` around the call
    when other runs may write the same tree.
    """
    for path in files:
        _check_relative(path)
    recover(target)
    current = read_tree(target)
    wanted = dict(current) if keep_others else {}
    for path in delete:
        wanted.pop(path, None)
    wanted.update(files)
    if wanted == current and target.is_dir():
        return False

    staging = _staging(target, "new")
    staging.mkdir(parents=True)
    try:
        written = []
        for rel, data in sorted(wanted.items()):
            dest = staging.joinpath(*rel.parts)
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            written.append(dest)
        _flush(staging, written)
        if not target.exists():
            staging.rename(target)
        elif not _exchange(staging, target):
            old = _staging(target, "old")
            target.rename(old)
            staging.rename(target)
        _sync_folder(target.parent)
    except BaseException:
        recover(target)
        raise
    recover(target)  # the old tree now sits in the staging folder
    return True


def write_file(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace one file atomically (temporary file beside it, then rename).

    ``durable``: on the disk when this returns (fsync of the file, then of its folder); a cache,
    which is checked when read, passes False and spares the disk the flushes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.parent / f".{path.name}.cfgen-tmp-{os.getpid()}"
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
        if durable:
            _sync_folder(path.parent)
    finally:
        temporary.unlink(missing_ok=True)
