"""How much of a publication date a saved page really gives.

trafilatura (through htmldate) always answers with a day: a page that says only `2024-02` comes back
as some day of February, and one that says `2024-02-30`, a day that does not exist, as 2024-02-01.
The record must hold what the page says and no more, so the day htmldate read is kept only if the
page itself writes that day (2024-05-14, 2024/5/14, 20240514, 14 May 2024, May 14, 2024); else its
month only if the page writes that month alone (2024-05, May 2024); else nothing, with a note.
"""

from __future__ import annotations

import re

from ..factbase.dates import parse_day
from ..text import ascii_digits, quoted
from ..written import MONTHS

# Each way a page writes a date holds its year: the patterns below are tried only around the first places it does,
# which a page of megabytes (a class name of 9 MB) would otherwise have them tried at every character of.
MAX_YEARS = 1000
_AROUND = 40


def _around(page: str, year: str) -> tuple[str, bool]:
    """The page's text within _AROUND characters of each of the first MAX_YEARS places it writes `year`, apart; and
    whether that is every place it does."""
    spans: list[list[int]] = []
    at, found = page.find(year), 0
    while at >= 0 and found < MAX_YEARS:
        found += 1
        start, end = max(0, at - _AROUND), at + len(year) + _AROUND
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
        at = page.find(year, at + 1)
    return "\n\n".join(page[a:b] for a, b in spans), at < 0


def _month_name(month: int) -> str:
    name = MONTHS[month - 1].lower()
    return f"(?:{name}|{name[:3]}\\.?)" if len(name) > 3 else name


def as_given(page: str, day: str) -> tuple[str | None, str | None]:
    """(the date to record, a note on what was left out) for the `day` (YYYY-MM-DD) htmldate read
    from `page`, the page's HTML."""
    if parse_day(day) is None or len(day) != 10:
        return None, f"published {quoted(day)} from the page is not a date: not recorded (give --published)"
    y, m, d = day[:4], int(day[5:7]), int(day[8:10])
    page, whole = _around(ascii_digits(page), y)  # (its date in its own script's digits, as htmldate reads them)
    name, nth = _month_name(m), f"0?{d}(?:st|nd|rd|th)?"
    days = [rf"(?<!\d){y}[-/.]0?{m}[-/.]0?{d}(?!\d)", rf"(?<!\d){y}{m:02d}{d:02d}(?!\d)",
            rf"(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}(?!\d)", rf"(?<!\d)0?{m}/0?{d}/{y}(?!\d)",
            rf"(?<![\d\w]){nth}\s+(?:of\s+)?{name},?\s+{y}(?!\d)", rf"\b{name}\s+{nth},?\s+{y}(?!\d)"]
    if re.search("|".join(days), page, re.IGNORECASE):
        return day, None
    months = [rf"(?<!\d){y}[-/.]0?{m}(?![-/.]?\d)", rf"(?<![\d\w-])(?<!\d ){name},?\s+{y}(?!\d)"]
    if re.search("|".join(months), page, re.IGNORECASE):
        return day[:7], f"published: the page gives the month only, so {day[:7]} is recorded (not {day})"
    if not whole:
        return None, (f"published: the page writes {y} over {MAX_YEARS:,} times, and {day} (as trafilatura read it) is "
                      "not near the first of them: not recorded (give --published)")
    return None, (f"published: the page gives no date that exists (trafilatura read {day}, which the page does not "
                  "write): not recorded (give --published)")
