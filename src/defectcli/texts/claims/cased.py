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
    known = {_key(n): n for n in sorted(names, key=len) if any(c.isupper() for c in n)}  # (the longer wins a key)
    by_name = re.compile("|".join(r"\b" + re.escape(k).replace("'", "['’]") + r"\b"
                                  for k in sorted(known, key=len, reverse=True))) if known else None
    return "\n".join(_written(line, known, by_name, common) if shouted(line) else line for line in lines)


def _key(name: str) -> str:
    return name.lower().replace("’", "'")


def _written(line: str, known: dict[str, str], by_name: re.Pattern[str] | None, common: Callable[[str], bool]) -> str:
    low = line.lower()
    out, at = [], 0
    for m in by_name.finditer(low) if by_name else ():
        out.append(_words(low[at:m.start()], common))
        out.append(known[_key(m.group())])  # the name as the fact base writes it
        at = m.end()
    out.append(_words(low[at:], common))
    return _STARTS.sub(lambda m: m.group()[:-1] + m.group(1).upper(), "".join(out))


def _words(text: str, common: Callable[[str], bool]) -> str:
    return _WORD.sub(lambda m: "I" if m.group() == "i" else m.group() if common(m.group()) else m.group().capitalize(), text)
