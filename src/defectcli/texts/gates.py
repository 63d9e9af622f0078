"""Pages that stand in front of an article, and are no article: a sign-in form, a cookie notice, a
paywall, a bot check, a JavaScript or region wall, an age gate, an ad-blocker or app wall, a
maintenance or error page. Saved or fetched in the article's place, each has a few dozen words and a
title of its own, enough to pass a floor of words.

Each kind is told by its phrases. Firm ones are page furniture no news text uses ("Forgot your
password?", "Verify you are human", "This content is not available in your region"): one, in the
text, title or heading, makes a gate. Loose ones a brief may report ("you must be 18", "something
went wrong"): two different ones of one kind in the text, or one that is the whole title or heading
(after a status code: "429 Too Many Requests"). What the text quotes does not count: a brief quotes a
page's words, the page does not.
For a cookie notice, a paywall and an error page, WORDS different words of the kind ("cookies",
"subscribe", "oops") in a page of fewer than SHORT words do too. A brief refused by mistake can
always be kept as a .txt file.
"""

from __future__ import annotations

import re

SHORT = 300  # words: a gate page is a form and a paragraph or two (a cookie notice lists its vendors)
WORDS = 4  # different words of one kind, without a set phrase

# kind -> (firm phrases: page furniture no news text uses, one of which anywhere makes a gate;
#          loose phrases: a brief may report one ("you must be 18"), so two different ones of the kind
#          in the text, or one that is the whole title or heading, make a gate;
#          words, for kinds whose words an article on other things seldom gathers: WORDS different ones)
_KINDS: dict[str, tuple[list[str], list[str], str | None]] = {
    "a sign-in page": (
        [r"sign\s+in\s+to\s+(?:your\s+account|continue)", r"log\s*in\s+to\s+(?:your\s+account|continue)",
         r"forgot\s+(?:your\s+)?password", r"keep\s+me\s+(?:signed|logged)\s+in", r"mot\s+de\s+passe\s+oubli",
         r"identifiez-vous", r"iniciar\s+sesi[oó]n"],
        [r"(?:don['’]?t|do\s+not)\s+have\s+an\s+account", r"create\s+(?:an|your)\s+account", r"se\s+connecter",
         r"mot\s+de\s+passe", r"contrase[nñ]a"], None),
    "a cookie notice": (
        [r"we\s+value\s+your\s+privacy", r"accept\s+all\s+cookies", r"(?:this|our)\s+(?:site|website)\s+uses\s+cookies",
         r"we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:use|store)", r"manage\s+(?:cookie\s+)?(?:preferences|consent)"],
        [], r"cookies?|consent|privacy|accept\s+all|partners|preferences|vendors?"),
    "a paywall": (
        [r"subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading", r"already\s+a\s+subscriber",
         r"this\s+(?:article|story|content)\s+is\s+(?:for|reserved\s+for)\s+subscribers",
         r"(?:reached|used)\s+your\s+(?:\w+\s+)?(?:free\s+)?(?:article\s+)?limit"],
        [r"subscribers?\s+only", r"free\s+articles?"],
        r"subscribe|subscription|subscriber|continue\s+reading|unlimited\s+(?:access|stories)|per\s+month|cancel\s+any"),
    "a browser check": (
        [r"checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser\s+before)",
         r"verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human", r"security\s+check\s+(?:below\s+)?to\s+access",
         r"you\s+have\s+been\s+blocked"],
        [r"ddos\s+protection", r"just\s+a\s+moment", r"are\s+you\s+a\s+robot", r"captcha", r"check\s+your\s+browser",
         r"too\s+many\s+requests", r"unusual\s+traffic"], None),
    "a region block": (
        [r"not\s+available\s+in\s+your\s+(?:country|region|location)", r"unavailable\s+in\s+your\s+(?:country|region)",
         r"cannot\s+be\s+(?:shown|viewed|accessed)\s+(?:in|from)\s+your\s+(?:country|region|location)"],
        [r"geo-?(?:blocked|restricted)"], None),
    "a JavaScript notice": (
        [r"(?:enable|turn\s+on|activate)\s+javascript", r"javascript\s+is\s+(?:disabled|required|turned\s+off)"],
        [r"browser\s+(?:is\s+)?not\s+supported"], None),
    "an age gate": (
        [r"confirm\s+that\s+you\s+are\s+(?:over\s+)?1[89]", r"enter\s+your\s+(?:date\s+of\s+birth|birthday)"],
        [r"confirm\s+your\s+age", r"you\s+must\s+be\s+(?:at\s+least\s+)?1[89]", r"are\s+you\s+(?:over\s+)?1[89]"], None),
    "an ad-blocker wall": (
        [r"disable\s+your\s+ad\s*-?\s*blocker", r"whitelist\s+(?:us|our\s+site)", r"ad\s*-?\s*blocker\s+detected"],
        [r"ad\s*-?\s*blocker"], None),
    "an app wall": (
        [r"(?:continue|keep)\s+reading\s+in\s+the\s+app", r"download\s+(?:the|our)\s+app\s+to\s+(?:read|continue)"],
        [r"open\s+(?:it\s+|this\s+\w+\s+)?in\s+the\s+app"], None),
    "a maintenance page": (
        [r"we['’]?ll\s+be\s+back\s+soon", r"this\s+domain\s+(?:is|may\s+be)\s+for\s+sale", r"domain\s+(?:is\s+)?parked"],
        [r"(?:under|down\s+for)\s+(?:scheduled\s+)?maintenance"], None),
    "an error page": (
        [r"(?:page|content)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+)?"
         r"(?:can(?:no|['’])?t|could\s*(?:n['’]?t|\s+not))\s+be\s+found",
         r"page\s+introuvable", r"p[aá]gina\s+no\s+encontrada", r"seite\s+nicht\s+gefunden", r"pagina\s+non\s+trovata"],
        [r"nothing\s+was\s+found", r"something\s+went\s+wrong", r"no\s+longer\s+available",
         r"(?:this|the)\s+(?:article|story|page)\s+(?:has\s+been|was)\s+(?:removed|deleted|taken\s+down)"],
        r"oops|error|not\s+found|removed|search\s+(?:the|our)\s+site|home\s*page|front\s+page"),
}


def _any(phrases: list[str]) -> re.Pattern[str] | None:
    return re.compile(rf"\b(?:{'|'.join(phrases)})", re.IGNORECASE) if phrases else None


_FIRM = {kind: _any(firm) for kind, (firm, _, _) in _KINDS.items()}
_LOOSE = {kind: [re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in loose] for kind, (_, loose, _) in _KINDS.items()}
_WORD = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, (_, _, words) in _KINDS.items() if words}
_EDGES = " \t.!?…:;,-–—|·\"'“”‘’"  # around a heading that is a phrase alone ("Just a moment...")
# Before a heading's phrase: a status code ("429 Too Many Requests"), a "Please".
_STATUS = re.compile(r"^(?:(?:(?:error|http)\s*)?[1-5]\d\d\b[\s:–—-]*)?(?:please\s+)?", re.IGNORECASE)
# What a text quotes: a brief quotes a gate page's words ("'We'll be back soon,' the site said"); the page does not.
_QUOTED = re.compile(r"“[^”]{0,300}”|\"[^\"]{0,300}\"")


def gate(text: str, *titles: object) -> str | None:
    """The kind of gate page (e.g. "a sign-in page") that `text` is, with its page's `titles` (the
    page's title, the heading read as its title); None for what may be an article."""
    words = text.split()
    if len(words) >= SHORT:
        return None
    flat = _QUOTED.sub(" ", " ".join(words))
    heads = [_STATUS.sub("", " ".join(t.split())) for t in titles if isinstance(t, str) and len(t.split()) <= 16]
    for kind in _KINDS:
        firm = _FIRM[kind]
        if firm is not None and (firm.search(flat) or any(firm.search(h) for h in heads)):
            return kind
        loose = _LOOSE[kind]
        # Different phrases, not one phrase in two forms ("free article", "free articles").
        if sum(1 for p in loose if p.search(flat)) >= 2 or \
                any(p.fullmatch(h.strip(_EDGES)) for p in loose for h in heads):
            return kind
    for kind, word in _WORD.items():
        if len({m.group().lower() for m in word.finditer(flat)}) >= WORDS:
            return kind
    return None
