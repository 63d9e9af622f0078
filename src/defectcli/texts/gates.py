"""Pages that stand in front of an article, and are no article: a sign-in form, a cookie notice, a
paywall, a bot check, a JavaScript or region wall, an age gate, an ad-blocker or app wall, a
maintenance or error page. Saved or fetched in the article's place, each has a few dozen words and a
title of its own, enough to pass a floor of words.

Each kind is told by its phrases: set forms such pages use ("Forgot your password?", "Verify you
are human", "This content is not available in your region"), one of which in its title or heading,
or two different ones in a page of fewer than SHORT words, make it a gate (a brief may report one:
"you must be 18", "the story was removed"); and, for a cookie notice, a paywall and an
error page, words an article may use once ("cookies", "subscribe", "oops"), of which a page of fewer
than SHORT words must say WORDS different ones. A brief article refused by mistake can always be
kept as a .txt file.
"""

from __future__ import annotations

import re

SHORT = 300  # words: a gate page is a form and a paragraph or two (a cookie notice lists its vendors)
WORDS = 4  # different words of one kind, without a set phrase

# kind -> (set phrases, words: only for kinds whose words an article on other things seldom gathers)
_KINDS: dict[str, tuple[str, str | None]] = {
    "a sign-in page": (
        r"sign\s+in\s+to\s+(?:your\s+account|continue|read)|log\s*in\s+to\s+(?:your\s+account|continue|read)|"
        r"forgot\s+(?:your\s+)?password|keep\s+me\s+(?:signed|logged)\s+in|(?:don['’]?t|do\s+not)\s+have\s+an\s+account|"
        r"create\s+(?:an|your)\s+account\s+to|mot\s+de\s+passe|se\s+connecter|identifiez-vous|"
        r"iniciar\s+sesi[oó]n|contrase[nñ]a", None),
    "a cookie notice": (
        r"we\s+value\s+your\s+privacy|accept\s+all\s+cookies|(?:this|our)\s+(?:site|website)\s+uses\s+cookies|"
        r"we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:use|store)|manage\s+(?:cookie\s+)?(?:preferences|consent)",
        r"cookies?|consent|privacy|accept\s+all|partners|preferences|vendors?"),
    "a paywall": (
        r"subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading|already\s+a\s+subscriber|subscribers?\s+only|"
        r"this\s+(?:article|story|content)\s+is\s+(?:for|reserved\s+for)\s+subscribers|"
        r"free\s+articles?(?:\s+limit)?|(?:reached|used)\s+your\s+(?:\w+\s+)?(?:free\s+)?(?:article\s+)?limit",
        r"subscribe|subscription|subscriber|continue\s+reading|unlimited\s+(?:access|stories)|per\s+month|cancel\s+any"),
    "a browser check": (
        r"just\s+a\s+moment|checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser)|"
        r"verify(?:ing)?\s+(?:that\s+)?you\s+are\s+(?:a\s+)?human|are\s+you\s+a\s+robot|captcha|ddos\s+protection|"
        r"security\s+check\s+(?:below\s+)?to\s+access|you\s+have\s+been\s+blocked|check\s+your\s+browser|"
        r"too\s+many\s+requests|unusual\s+traffic", None),
    "a region block": (
        r"not\s+available\s+in\s+your\s+(?:country|region|location)|unavailable\s+in\s+your\s+(?:country|region)|"
        r"cannot\s+be\s+(?:shown|viewed|accessed)\s+(?:in|from)\s+your\s+(?:country|region|location)|"
        r"geo-?(?:blocked|restricted)", None),
    "a JavaScript notice": (
        r"(?:enable|turn\s+on|activate)\s+javascript|javascript\s+is\s+(?:disabled|required|turned\s+off)|"
        r"browser\s+(?:is\s+)?not\s+supported", None),
    "an age gate": (
        r"confirm\s+(?:that\s+)?(?:you\s+are|your\s+age)|you\s+must\s+be\s+(?:at\s+least\s+)?1[89]|"
        r"are\s+you\s+(?:over\s+)?1[89]|enter\s+your\s+(?:date\s+of\s+birth|birthday)", None),
    "an ad-blocker wall": (
        r"ad\s*-?\s*blocker|disable\s+your\s+ad|whitelist\s+(?:us|our\s+site)", None),
    "an app wall": (
        r"(?:continue|keep)\s+reading\s+in\s+the\s+app|open\s+(?:it\s+|this\s+\w+\s+)?in\s+the\s+app|"
        r"download\s+(?:the|our)\s+app\s+to\s+(?:read|continue)", None),
    "a maintenance page": (
        r"we['’]?ll\s+be\s+back\s+soon|(?:under|down\s+for)\s+(?:scheduled\s+)?maintenance|"
        r"this\s+domain\s+(?:is|may\s+be)\s+for\s+sale|domain\s+(?:is\s+)?parked", None),
    "an error page": (
        r"(?:page|content|article|story)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+)?"
        r"(?:can(?:no|['’])?t|could\s*(?:n['’]?t|\s+not))\s+be\s+found|nothing\s+was\s+found|something\s+went\s+wrong|"
        r"(?:this|the)\s+(?:article|story|page)\s+(?:has\s+been|was)\s+(?:removed|deleted|taken\s+down)|"
        r"no\s+longer\s+available|page\s+introuvable|p[aá]gina\s+no\s+encontrada|seite\s+nicht\s+gefunden|"
        r"pagina\s+non\s+trovata",
        r"oops|error|not\s+found|removed|search\s+(?:the|our)\s+site|home\s*page|front\s+page"),
}
_SET = {kind: re.compile(rf"\b(?:{phrases})", re.IGNORECASE) for kind, (phrases, _) in _KINDS.items()}
_WORD = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, (_, words) in _KINDS.items() if words}


def gate(text: str, *titles: object) -> str | None:
    """The kind of gate page (e.g. "a sign-in page") that `text` is, with its page's `titles` (the
    page's title, the heading read as its title); None for what may be an article."""
    words = text.split()
    if len(words) >= SHORT:
        return None
    flat = " ".join(words)
    heads = " | ".join(" ".join(t.split()) for t in titles if isinstance(t, str) and len(t.split()) <= 16)
    said = {kind: {m.group().lower() for m in phrase.finditer(flat)} for kind, phrase in _SET.items()}
    for kind, phrase in _SET.items():
        if phrase.search(heads):
            return kind
    if sum(map(len, said.values())) >= 2:  # one set phrase in a news brief may be its news ("must be 18")
        return max(said, key=lambda kind: len(said[kind]))
    for kind, word in _WORD.items():
        if len({m.group().lower() for m in word.finditer(flat)}) >= WORDS:
            return kind
    return None
