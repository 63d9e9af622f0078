"""A line written all in capitals ("LIN AUNG SAID: …", "EACH DEFECTOR IS PAID 700 BAHT …", a headline) as a sentence
is written, since names and who says what are read by their capitals: the names the fact base knows as it writes
them, other words that the fact base uses in lower case in lower case, and any other word capitalised, as a name
the fact base does not know is ("SAID KHANT TUN": Khant Tun)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_LETTERS = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_STARTS = re.compile(r"(?:^|[.!?:;]\s+)[\s“‘\"'(«„]*([^\W\d_])")


def shouted(line: str) -> bool:
    """Whether `line` is written in capitals: three words or more, and no letter in lower case."""
    letters = _LETTERS.findall(line)
    return len(letters) >= 8 and len(line.split()) >= 3 and not any(c.islower() for c in letters)


def cased(text: str, names: Iterable[str], common: Callable[[str], bool]) -> str:
    """`text` with each line in capitals written as a sentence is: `names` as they are written (longest first),
    a word `common` says is a common word in lower case, any other capitalised; each sentence's first letter
    a capital."""
    lines = text.split("\n")
    if not any(map(shouted, lines)):
        return text
    known = sorted({n for n in names if any(c.isupper() for c in n)}, key=len, reverse=True)
    by_name = re.compile("|".join(r"\b" + re.sub(r"['’]", "['’]", re.escape(n.lower())) + r"\b" for n in known)) \
        if known else None
    return "\n".join(_written(line, known, by_name, common) if shouted(line) else line for line in lines)


def _written(line: str, known: list[str], by_name: re.Pattern[str] | None, common: Callable[[str], bool]) -> str:
    low = line.lower()
    out, at = [], 0
    spans = [(m.start(), m.end()) for m in by_name.finditer(low)] if by_name else []
    for start, end in spans:
        out.append(_words(low[at:start], common))
        found = low[start:end]
        out.append(next(n for n in known if re.fullmatch(re.sub(r"['’]", "['’]", re.escape(n.lower())), found)))
        at = end
    out.append(_words(low[at:], common))
    return _STARTS.sub(lambda m: m.group()[:-1] + m.group(1).upper(), "".join(out))


def _words(text: str, common: Callable[[str], bool]) -> str:
    return _WORD.sub(lambda m: "I" if m.group() == "i" else m.group() if common(m.group()) else m.group().capitalize(), text)
