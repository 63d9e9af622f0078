"""Where the fetched pages are kept, and how they are found again.

In a sources directory DIR (the article texts, each found by its SHA-256 whatever its name):

    DIR/fetched/SID/2026-12-04T101500Z.html   the page as fetched, byte for byte
    DIR/fetched/SID/2026-12-04T101500Z.txt    its text, extracted as add-source extracts it
    DIR/fetched/SID/2026-12-04T101500Z.json   when (UTC), from where, the redirects, the SHA-256s

A copy is complete once its .json is written (last); nothing kept is ever written over: each fetch
adds a copy under a new name. The copies live in a subdirectory so that no copy can take a pinned
text's name, nor be taken for a text no source names. The bundled fact base is never written to:
its sources directory is a per-user data directory (platformdirs), which show and check find by
themselves.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..writing import FULL, guard, make_dirs, remove_dirs

if TYPE_CHECKING:
    from datetime import datetime

FETCHED = "fetched"
_STAMP = r"(\d{4}-\d{2}-\d{2})T(\d{6})Z(?:-(\d+))?"  # compiled (and cached by re) on first use only
_SAFE_ID = r"[a-z0-9][a-z0-9-]*"


def data_home() -> Path:
    """The per-user sources directory for the bundled fact base (~/.local/share/defectcli/sources);
    NoHome when there is no per-user directory."""
    from ..paths import user_dir

    return user_dir("data") / "sources"


def is_bundled(facts: Path, bundled: Path) -> bool:
    try:
        return facts.resolve() == bundled.resolve()
    except OSError:
        return False


def home(facts: Path, bundled: Path) -> Path:
    """The sources directory a fact base uses when none is given: for the bundled one, the per-user
    data directory; for a fact base of one's own, its sources/ (as init makes it, add-source fills it)."""
    return data_home() if is_bundled(facts, bundled) else facts / "sources"


class Copy:  # a plain class: show imports this module, and its start-up time counts
    """One fetched copy of a source's page."""

    __slots__ = ("folder", "made", "source", "stamp")

    def __init__(self, source: str, stamp: str, folder: Path, made: list[Path] | None = None) -> None:
        self.source = source
        self.stamp = stamp  # 2026-12-04T101500Z, with -2, -3... for a second fetch within the same second
        self.folder = folder
        self.made = made or []  # the directories keep made for it, for discard to take away

    @property
    def day(self) -> str:
        return self.stamp[:10]

    @property
    def html(self) -> Path:
        return self.folder / f"{self.stamp}.html"

    @property
    def text_path(self) -> Path:
        return self.folder / f"{self.stamp}.txt"

    @property
    def meta_path(self) -> Path:
        return self.folder / f"{self.stamp}.json"

    def text(self) -> str:
        return self.text_path.read_bytes().decode("utf-8")

    def meta(self) -> dict[str, Any]:
        found = json.loads(self.meta_path.read_bytes().decode("utf-8"))
        return found if isinstance(found, dict) else {}

    def label(self) -> str:
        """How a person is told which text this is: `its page as fetched on 2026-12-04`."""
        return f"its page as fetched on {self.day}"


def folder(directory: Path, sid: str) -> Path:
    if not re.fullmatch(_SAFE_ID, sid):  # ids are checked by the fact base; a path is never built from another
        raise ValueError(f"source id {sid!r} cannot name a directory")
    return directory / FETCHED / sid


def kept(directory: Path, sid: str) -> list[Copy]:
    """The complete copies of a source's page in `directory`, oldest first; none if unreadable."""
    try:
        where = folder(directory, sid)
        names = os.listdir(where)
    except (OSError, ValueError):
        return []
    out: list[tuple[tuple[str, str, int], Copy]] = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        m = re.fullmatch(_STAMP, stem)
        if ext == "json" and dot and m and (where / f"{stem}.txt").is_file():
            out.append(((m[1], m[2], int(m[3] or 1)), Copy(sid, stem, where)))
    return [c for _, c in sorted(out, key=lambda pair: pair[0])]


def latest(directory: Path, sid: str) -> Copy | None:
    found = kept(directory, sid)
    return found[-1] if found else None


def keep(directory: Path, sid: str, html: bytes, text: str, meta: dict[str, Any], when: datetime) -> Copy:
    """A new dated copy: the page, its text, then what is known of it. Only new files are created;
    if any cannot be written, those this call made, and the directories it made for them, are
    removed and OSError is raised (a directory that cannot be made: CannotWrite or UsageError)."""
    from datetime import timezone

    where = folder(directory, sid)
    guard(where, "the place of its copies")  # the sources directory is guarded already; a link on the way is not
    made = make_dirs(where, "--sources")  # those made for this copy alone go again if it cannot be kept
    base = when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H%M%SZ")
    n = 1
    while True:
        stamp = base if n == 1 else f"{base}-{n}"
        copy = Copy(sid, stamp, where, made)
        if not any(p.exists() for p in (copy.html, copy.text_path, copy.meta_path)):
            break
        n += 1
    record = {**meta, "fetched": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    written: list[Path] = []
    try:
        for path, data in ((copy.html, html), (copy.text_path, text.encode("utf-8")),
                           (copy.meta_path, (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))):
            create(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        remove_dirs(made)
        raise
    return copy


def discard(copy: Copy) -> None:
    """Take away a copy this run kept (and the directories made for it), when what was to follow it
    failed: a failed fetch leaves nothing of its own behind."""
    for path in (copy.meta_path, copy.text_path, copy.html):
        with contextlib.suppress(OSError):
            path.unlink()
    remove_dirs(copy.made)


def keep_pinned(directory: Path, name: str, data: bytes, named_by_content: bool = False) -> tuple[Path | None, str]:
    """The pinned text kept under `name` in `directory`: (path, "kept") if written now, (path, "there
    already") if that file holds it, (None, why) if the name is taken by other content. What has the
    name is checked, not trusted: when the name is the one the text's sha256 gives it
    (`named_by_content`), a file of other content there is a damaged copy (a write cut short), and
    is replaced."""
    import stat

    path = directory / name
    if "/" in name or name.startswith("."):
        return None, f"its file name {name!r} is not a plain file name"
    guard(path)
    try:
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            directory.mkdir(parents=True, exist_ok=True)
            create(path, data)
            return path, "kept"
        if not stat.S_ISREG(mode):
            return None, f"{path} exists and is not a file, and is left as it is"
        with open(path, "rb") as fh:
            found = fh.read(len(data) + 1)
        if found == data:
            return path, "there already"
        if not named_by_content:
            return None, f"{path} exists with other content, which is left as it is"
        _place(path, data, replace=True)
        size = f"{len(found)} bytes" if len(found) <= len(data) else "more bytes"
        return path, f"kept in place of a damaged copy ({size}, not the text its name stands for)"
    except OSError as exc:
        if exc.errno in FULL:  # a full disk is the run's failure (exit 74), not a note
            exc.filename = str(path)
            raise
        return None, f"{path} cannot be written ({exc.strerror})"


def create(path: Path, data: bytes) -> None:
    """Write a new file atomically; a name that exists is refused (FileExistsError): nothing kept
    is ever replaced."""
    _place(path, data, replace=False)


def _place(path: Path, data: bytes, replace: bool) -> None:
    """`data` written under a hidden temporary name beside `path`, flushed, then given its name, as
    the writers of every other command write: a write cut short (an error, Ctrl-C, SIGKILL) never
    leaves a part of it under `path`. OSError as it came, naming `path`."""
    from ..writing import hidden_temporary, link_new, umask, write_bytes

    tmp: Path | None = None
    try:
        tmp = hidden_temporary(path.parent)
        write_bytes(tmp, data)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~umask())
        if replace:
            os.replace(tmp, path)
        else:
            link_new(tmp, path)
    except OSError as exc:
        exc.filename = str(path)
        raise
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
