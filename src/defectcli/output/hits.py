"""Search hits for a terminal: one block per hit, the matched words in bold where colour is allowed.

Drawn with Rich (imported only when a terminal view is drawn), through tables.console: no markup,
emoji or highlighting is parsed, and fact text is made safe first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .formats import cell, safe

if TYPE_CHECKING:
    from rich.text import Text

def marked(text: str, spans: list[list[int]], style: bool) -> Text:
    """`text` as Rich text, each [start, end) of `spans` bold when `style` is on."""
    from rich.text import Text

    out = Text()
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out.append(safe(text[at:start]))
        out.append(safe(text[start:end]), style="bold" if style else "")
        at = end
    out.append(safe(text[at:]))
    return out


def hits_view(hits: list[dict[str, Any]], title: str, total: int = 80, style: bool = False,
              headers: bool = True) -> str:
    """Each hit: kind, id and sources; its title; the snippet, indented; how the vocabulary found it."""
    from rich.padding import Padding
    from rich.text import Text

    from .tables import console, draw, heading

    con = console(total, style)
    items: list[Any] = [heading(safe(title), style)] if headers else []
    for hit in hits:
        head = f"{hit['kind']}  {hit['id']}" + (f"  ({cell(hit['sources'])})" if hit["sources"] else "")
        items += [Text(""), heading(safe(head), style)] if items else [heading(safe(head), style)]
        if hit["snippet"] == hit["title"]:  # the match is in the title: marked there
            items.append(Padding(marked(hit["snippet"], hit["highlights"], style), (0, 0, 0, 2)))
        else:
            items.append(Padding(Text(safe(hit["title"])), (0, 0, 0, 2)))
            items.append(Padding(marked(hit["snippet"], hit["highlights"], style), (0, 0, 0, 4)))
        if hit["via"]:
            items.append(Padding(Text(safe(f"(found through the theme vocabulary: {hit['via']})")), (0, 0, 0, 4)))
        if hit["missing"]:
            items.append(Padding(Text(safe(f"(lacks: {', '.join(hit['missing'])})")), (0, 0, 0, 4)))
    return draw(con, *items)
