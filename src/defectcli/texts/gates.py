"""Pages that stand in front of an article, and are no article: a sign-in form, a cookie notice, a
paywall, a bot check, a JavaScript or region wall, an error page. Saved or fetched in the article's
place, each has a few dozen words and a title of its own, enough to pass a floor of words.

A short text is judged by what it is made of: the words each kind of page is written in. An article
may say "password" or "cookies" once; a page of fewer than SHORT words that says two such things (its
title counting as one; the kind named is the one it says most of), or whose title alone is a sign-in,
bot-check or error page's, is a gate. The user can always keep a brief article as a .txt file.
"""

from __future__ import annotations

import re

SHORT = 150  # words: a gate page is a form and a sentence or two; an article, even a brief, is more

_KINDS = {
    "a sign-in page": r"sign(?:ed)?\s+(?:in|up)|log\s*(?:in|on)|password|create\s+an\s+account|register\s+now|"
                      r"(?:have|need)\s+an\s+account|keep\s+me\s+signed",
    "a cookie notice": r"cookies?|we\s+value\s+your\s+privacy|privacy\s+(?:policy|settings|choices)|accept\s+all|"
                       r"manage\s+(?:preferences|options|settings)|consent",
    "a paywall": r"subscribe|subscription|subscribers?\s+only|continue\s+reading|already\s+a\s+subscriber|"
                 r"unlimited\s+(?:access|stories)",
    "a browser check": r"just\s+a\s+moment|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser)|"
                       r"verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human|captcha|ray\s+id|ddos\s+protection",
    "a region block": r"not\s+available\s+in\s+your\s+(?:country|region|location)|unavailable\s+in\s+your\s+"
                      r"(?:country|region)|geo-?(?:blocked|restricted)",
    "a JavaScript notice": r"enable\s+javascript|javascript\s+is\s+(?:disabled|required|turned\s+off)|"
                           r"browser\s+(?:is\s+)?not\s+supported",
    "an error page": r"oops|(?:page|content|article)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+)?"
                     r"(?:can(?:no|['’])?t|could\s*(?:n['’]?t|\s+not))\s+be\s+found|nothing\s+was\s+found|"
                     r"something\s+went\s+wrong|page\s+introuvable|p[aá]gina\s+no\s+encontrada|"
                     r"seite\s+nicht\s+gefunden|pagina\s+non\s+trovata|no\s+longer\s+available",
}
# Kinds a title alone tells: no article is headed "Just a moment..." or "Oops! That page can't be found".
_BY_TITLE = ("a sign-in page", "a browser check", "an error page")
_FOUND = {kind: re.compile(rf"\b(?:{words})", re.IGNORECASE) for kind, words in _KINDS.items()}


def gate(text: str, title: object) -> str | None:
    """The kind of gate page (e.g. "a sign-in page") that `text`, with its page's `title`, is; None
    for what may be an article."""
    words = text.split()
    if len(words) >= SHORT:
        return None
    flat = " ".join(words)
    heading = " ".join(title.split()) if isinstance(title, str) and len(title.split()) <= 12 else ""
    hits: dict[str, set[str]] = {}
    for kind, found in _FOUND.items():
        hits[kind] = {m.group().lower() for m in found.finditer(flat)}
        if heading and found.search(heading):
            if kind in _BY_TITLE:
                return kind
            hits[kind].add("the title")
    # Two things a gate says, of one kind or of two (a region block that asks for JavaScript too).
    return max(hits, key=lambda kind: len(hits[kind])) if sum(map(len, hits.values())) >= 2 else None
