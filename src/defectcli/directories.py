"""Whole directories written at once, with writing.py's guard and writers: a new fact base (init) and
a csv export, which may replace the previous one.

A directory is built under a temporary name beside its final one, then renamed into place. One that
replaces another is swapped with it in one step where the system can (Linux's renameat2 with
RENAME_EXCHANGE), so that at every instant the name holds the old directory or the new one. Elsewhere
it takes two renames: the old directory is first moved into a hidden holder beside it
(`.defectcli-previous-*`, which names what it holds), then the new one in. A crash between the two
leaves the name missing for a moment; the next write to that name puts the old directory back first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from .errors import UsageError
from .interrupts import committing
from .paths import bundled_facts_read
from .writing import failure, guard, make_dirs, named, remove_dirs, sync, taken, temporary, umask

_HOLDER = ".defectcli-previous-"
_EXCHANGE_UNSUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV})


def exchange(a: Path, b: Path) -> bool:
    """Swap the names `a` and `b` in one step; False where the system or file system cannot."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, rename_exchange = -100, 2  # AT_FDCWD and RENAME_EXCHANGE, as Linux defines them
    if renameat2(at_cwd, os.fsencode(a), at_cwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in _EXCHANGE_UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(b))


def recover(path: Path) -> None:
    """Put back a directory that a run killed between its two renames left in a holder beside `path`."""
    if os.path.lexists(path):
        return
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if entry.name.startswith(_HOLDER) and _holds(Path(entry.path), path.name):
                os.rename(Path(entry.path) / "previous", path)
                shutil.rmtree(entry.path, ignore_errors=True)
                return


def _holds(holder: Path, name: str) -> bool:
    try:
        return (holder / "name").read_bytes() == os.fsencode(name) and os.path.lexists(holder / "previous")
    except OSError:
        return False


def _swap_in(tmp: Path, path: Path) -> Path | None:
    """Put `tmp` at `path`, over what is there; returns where the old one now is, for removal."""
    if not os.path.lexists(path):
        os.rename(tmp, path)
        return None
    if exchange(tmp, path):
        return tmp
    import tempfile

    holder = Path(tempfile.mkdtemp(prefix=_HOLDER, dir=path.parent))
    (holder / "name").write_bytes(os.fsencode(path.name))  # what it holds, for recover()
    os.rename(path, holder / "previous")
    try:
        os.rename(tmp, path)
    except BaseException:
        os.rename(holder / "previous", path)
        shutil.rmtree(holder, ignore_errors=True)
        raise
    return holder


def _kept_if_not(replaceable: Callable[[Path], None], old: Path, tmp: Path, path: Path) -> None:
    """Put the swapped-out directory back at `path` (the new one at `tmp`) if it may not be replaced."""
    previous = old if old == tmp else old / "previous"
    try:
        replaceable(previous)
    except UsageError:
        if old == tmp:
            exchange(tmp, path)
        else:
            os.rename(path, tmp)
            os.rename(previous, path)
            shutil.rmtree(old, ignore_errors=True)
        raise


def place_dir(path: Path, write: Callable[[Path], object], label: str | None = None, replace: bool = False,
              replaceable: Callable[[Path], None] | None = None) -> None:
    """`write` a new directory's contents under a temporary name beside `path`, flush them, then
    rename it into place. Without `replace`, `path` may only be missing or an empty directory; with
    it, what is at `path` is swapped out only once the new one is complete (see above), and
    `replaceable(old)` (a UsageError if not) is asked again of what was swapped out, before it is
    removed: what was checked before the write may have changed during it."""
    if replace:
        recover(path)
    tmp = temporary(path, True, label)
    try:
        os.chmod(tmp, 0o777 & ~umask())
        write(tmp)
        for entry in os.scandir(tmp):
            if entry.is_file(follow_symlinks=False):
                sync(Path(entry.path))
        sync(tmp, directory=True)
        with committing():
            old = None
            if replace:
                old = _swap_in(tmp, path)
                if old is not None and replaceable is not None:
                    _kept_if_not(replaceable, old, tmp, path)
            else:
                os.rename(tmp, path)  # over an empty directory only: a non-empty one is ENOTEMPTY
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
            with contextlib.suppress(OSError):
                sync(path.parent, directory=True)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)  # the new directory, never placed
        if isinstance(exc, OSError) and exc.errno in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOTDIR):
            raise UsageError(f"{named(path, label)} exists; nothing was replaced") from None
        if isinstance(exc, OSError):
            raise failure(path, exc, label) from None
        raise


def new_fact_base(directory: Path, names: list[str], label: str | None = None) -> None:
    """Make `directory` (missing, or an empty directory) a fact base of these files of the bundled
    one, its README and an empty sources/, all at once: an interrupted run leaves nothing, and
    running it again works."""
    guard(directory, label)
    if taken(directory, label):
        try:
            empty = directory.is_dir() and not any(os.scandir(directory))
        except OSError as exc:
            raise UsageError(f"{named(directory, label)} cannot be read ({exc.strerror})") from None
        if not empty:
            what = "exists and is not an empty directory" if directory.is_dir() else \
                "is a link to nothing" if directory.is_symlink() and not directory.exists() else "exists and is a file"
            raise UsageError(f"{named(directory, label)} {what}; init writes only into a new directory")
    bundled = bundled_facts_read()

    def fill(tmp: Path) -> None:
        for name in [*names, "README.md"]:
            if (bundled / name).is_file():
                shutil.copyfile(bundled / name, tmp / name)
        os.mkdir(tmp / "sources")

    made = make_dirs(directory.parent, label)
    try:
        place_dir(directory, fill, label)
    except BaseException:
        remove_dirs(made)
        raise
