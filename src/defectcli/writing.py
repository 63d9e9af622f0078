"""Where defectcli may write, and how: the one guard and the one set of atomic writers that every
command that writes (init, add-source, draft --out, export) goes through (directories.py writes
whole directories with them).

The guard: nothing is written inside the installed package or the bundled fact base, however the
path is spelt (symbolic links, `..`, another case on a case-insensitive disk). In a wheel the fact
base is `defectcli/facts`, inside the package; in a source checkout, `facts/` beside `src/`.

The writers: a file or directory is built under a temporary name (`.defectcli-...`: hidden, so
neither the loader nor a sources directory reads it) beside its final name, flushed to the disk,
then renamed into place. An interrupted write (an error, Ctrl-C, SIGKILL) never leaves a partial
file under the final name; after an error or Ctrl-C the temporary is gone too. Nothing existing is
replaced unless the caller asks. A full disk is CannotWrite (exit 74), any other refusal of the
file system UsageError (exit 2), each one line naming the path.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import CannotWrite, DefectError, UsageError
from .interrupts import committing, made_whole
from .paths import PACKAGE, bundled_facts

if TYPE_CHECKING:
    import tempfile

# Errors that say the destination is full or failing, not that it is the wrong place: exit 74, not 2.
FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
TEMP_PREFIX = ".defectcli-"
READ_ONLY = "make your own with `defectcli init DIR`, then give --facts DIR (or set DEFECTCLI_FACTS=DIR)"
# Where a hard link cannot be made, a new file is renamed into place instead (see link_new).
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS})



def _inside(path: Path, root: Path) -> bool:
    """Whether `path` is `root` or under it, by real path (links and `..` resolved), or by the
    identity of an existing directory on its way (the same directory spelt another way)."""
    real, top = Path(os.path.realpath(path)), Path(os.path.realpath(root))
    if real == top or top in real.parents:
        return True
    try:
        mark = os.stat(top)
    except OSError:
        return False
    for step in (real, *real.parents):
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(step), mark):
                return True
    return False


def named(path: Path, label: str | None) -> str:
    return f"{label}: '{path}'" if label else f"'{path}'"


def guard(path: Path, label: str | None = None, base: bool = False) -> None:
    """Refuse (UsageError) a write to `path` inside the bundled fact base or the installed package;
    `base`: `path` is the fact base to grow, and the message says how to make one's own."""
    hint = READ_ONLY if base else "choose a place outside it"
    try:
        in_facts, in_package = _inside(path, bundled_facts()), _inside(path, PACKAGE)
        bundled = label is None and os.path.realpath(path) == os.path.realpath(bundled_facts())
    except OSError as exc:  # a link on the way that may not be read (/proc/1/root): nothing can be written there
        raise UsageError(f"{named(path, label)} cannot be looked up ({(exc.strerror or str(exc)).lower()})") from None
    if in_facts:
        if bundled:
            raise UsageError(f"the bundled fact base is read-only: {READ_ONLY}")
        raise UsageError(f"{named(path, label)} is in the bundled fact base, which is read-only; {hint}")
    if in_package:
        raise UsageError(f"{named(path, label)} is inside the installed defectcli package; {hint}")


def scratch(prefix: str) -> tempfile.TemporaryDirectory[str]:
    """A temporary directory where tempfile puts them (TMPDIR), refused, as every write is, when that
    is inside the package or the bundled fact base: a run killed before it is removed would leave it there."""
    import tempfile

    # Checked before tempfile first looks: its look writes a probe file into the directory it picks.
    for name in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(name):
            guard(Path(os.environ[name]), name)
    root = tempfile.gettempdir()
    guard(Path(root), "TMPDIR")
    return tempfile.TemporaryDirectory(prefix=prefix, dir=root)


def _unseen(path: Path, exc: OSError, label: str | None) -> UsageError:
    if exc.errno == errno.ENAMETOOLONG:
        return UsageError(f"{named(path, label)} is too long a name for the file system")
    return UsageError(f"{named(path, label)} cannot be looked up ({exc.strerror})")


def taken(path: Path, label: str | None = None) -> bool:
    """Whether anything (a file, a directory, a link, even a broken one) has the name `path`. Like
    is_dir and is_file, a name the file system cannot take (too long) or look up is one line,
    where pathlib's own tests raise."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise _unseen(path, exc, label) from None
    return True


def is_dir(path: Path, label: str | None = None) -> bool:
    return stat.S_ISDIR(_mode(path, label))


def is_file(path: Path, label: str | None = None) -> bool:
    return stat.S_ISREG(_mode(path, label))


def _mode(path: Path, label: str | None) -> int:
    try:
        return os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return 0
    except OSError as exc:
        raise _unseen(path, exc, label) from None


def failure(path: Path, exc: OSError, label: str | None = None) -> DefectError:
    """The one-line error for a write to `path` that failed with `exc`."""
    return failed(f"{label}: cannot write '{path}'" if label else f"cannot write '{path}'", exc)


def failed(where: str, exc: OSError) -> DefectError:
    """"WHERE (why)": exit 74 for a full or failing disk, else a usage error (exit 2)."""
    why = exc.strerror or str(exc)
    return CannotWrite(f"{where} ({why})") if exc.errno in FULL else UsageError(f"{where} ({why})")



def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def temporary(path: Path, directory: bool, label: str | None) -> Path:
    try:
        return hidden_temporary(path.parent, directory)
    except OSError as exc:
        raise failure(path, exc, label) from None


def hidden_temporary(parent: Path, directory: bool = False, suffix: str = "") -> Path:
    """A new empty file (or directory) `.defectcli-...` in `parent`; a Ctrl-C as it is made leaves nothing."""
    import shutil
    import tempfile

    def make() -> Path:
        if directory:
            return Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, suffix=suffix, dir=parent))
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=parent)
        os.close(fd)
        return Path(name)

    return made_whole(make, lambda made: shutil.rmtree(made, ignore_errors=True) if directory else _discard(made))


def sync(path: Path, directory: bool = False) -> None:
    """Flush what was written to the disk; a file system that cannot sync a directory is no error."""
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _discard(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal"), tmp.with_name(tmp.name + "-wal")):
        with contextlib.suppress(OSError):
            os.unlink(leftover)


def link_new(tmp: Path, path: Path) -> None:
    """Give the complete file `tmp` the name `path` only if nothing has it: a hard link fails on a
    name that exists, where a rename would replace it."""
    try:
        os.link(tmp, path)
    except OSError as exc:
        if isinstance(exc, FileExistsError) or exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.rename(tmp, path)
        return
    with contextlib.suppress(OSError):  # the file is in place: its second name going is no failure
        os.unlink(tmp)


def place_file(path: Path, write: Callable[[Path], object], label: str | None = None, replace: bool = False,
               mode: int | None = None) -> None:
    """`write` a new file under a temporary name beside `path`, flush it, then rename it into place
    (over an existing file only if `replace`), with permissions `mode` (the umask's when None). After
    any failure, or Ctrl-C, nothing is left; once the rename is made, Ctrl-C is held off
    (interrupts.py): nothing after it can undo or fail it."""
    tmp = temporary(path, False, label)
    try:
        write(tmp)
        sync(tmp)
        os.chmod(tmp, 0o666 & ~umask() if mode is None else mode)
        with committing():
            try:
                if replace:
                    os.replace(tmp, path)
                else:
                    link_new(tmp, path)
            except BaseException:
                _discard(tmp)
                raise
            with contextlib.suppress(OSError):
                sync(path.parent, directory=True)
    except BaseException as exc:
        _discard(tmp)
        if isinstance(exc, FileExistsError):
            raise UsageError(f"{named(path, label)} exists; nothing was replaced") from None
        if isinstance(exc, OSError):
            raise failure(path, exc, label) from None
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` into the existing file `path` with os.write (where a test injects a fault)."""
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes, label: str | None = None, replace: bool = False,
               mode: int | None = None) -> None:
    """A new file holding `data`, written atomically (see place_file)."""
    place_file(path, lambda tmp: write_bytes(tmp, data), label, replace, mode)


def make_dirs(path: Path, label: str | None = None) -> list[Path]:
    """Make `path` and its missing parents; returns those made, outermost first, for remove_dirs to
    take away again when a write after it fails."""
    missing = [p for p in (path, *path.parents) if not taken(p, label)]
    there = next((p for p in (path, *path.parents) if p not in missing), None)
    if there is not None and not is_dir(there, label):  # a file, a FIFO, a link to a device: nothing goes in it
        raise UsageError(f"{named(there, label)} is not a directory")
    made: list[Path] = []
    try:
        for directory in reversed(missing):
            # Counted before it is made: Ctrl-C lands after the call returns, before the next line.
            made.append(directory)
            os.mkdir(directory)
    except BaseException as exc:
        if isinstance(exc, OSError):
            made.pop()  # mkdir failed: not ours to remove, if someone else made it meanwhile
        remove_dirs(made)
        if isinstance(exc, OSError):
            raise failure(path, exc, label) from None
        raise
    return made


def remove_dirs(made: list[Path]) -> None:
    """Remove the directories make_dirs made, innermost first, if they are still empty."""
    for directory in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(directory)


def keep(path: Path, data: bytes, label: str | None = None) -> bool:
    """Make sure `path` holds exactly `data` (a text kept under a name from its content): True if it
    was written now, False if it was there already. What has the name is checked, not trusted: an
    empty file (a write killed by an older defectcli) is replaced; anything else is refused."""
    found = _read_existing(path, len(data), label)
    if found is None or (found == b"" and data):
        write_file(path, data, label, replace=found is not None)
        return True
    if found != data:
        raise UsageError(f"{named(path, label)} exists with other content, not this text (left there by hand or "
                         "by another program?); move it away, then run this again")
    return False


def _read_existing(path: Path, size: int, label: str | None) -> bytes | None:
    """The first `size` + 1 bytes of the regular file `path`, None if nothing has the name."""
    where = named(path, label)
    if not taken(path, label):
        return None

    def refused(mode: int) -> str:
        what = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
        return f"{where} is {what}, where the text is to be kept; move it away"

    found = read_regular(path, size, where, refused)
    if found is None:
        raise UsageError(f"{where} is a symbolic link to nothing; remove it, then run this again")
    return found[0]


def read_regular(path: Path, size: int, where: str, refused: Callable[[int], str]
                 ) -> tuple[bytes, os.stat_result] | None:
    """The first `size` + 1 bytes of the regular file `path`, and its stat(); None if there is none.
    Opened without blocking and its type checked, as the loader reads fact files: a FIFO must not hang
    the command, a directory must not be a traceback (`refused(mode)` says why it is not read)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise UsageError(f"{where} exists and cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)  # before fdopen, which refuses a directory
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(refused(info.st_mode))
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        try:
            return fh.read(size + 1), info
        except OSError as exc:
            raise UsageError(f"{where} exists and cannot be read ({exc.strerror})") from None
