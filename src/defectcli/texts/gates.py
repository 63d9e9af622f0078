"""Pages that stand in front of an article, and are no article: a sign-in form, a cookie notice, a
paywall, a bot check, a JavaScript or region wall, an age gate, an ad-blocker or app wall, a
maintenance or error page. Saved or fetched in the article's place, each has a few dozen words and a
title of its own, enough to pass a floor of words.

What tells such a page from a short news brief: the page speaks to its reader ("you", "please", "we",
"our") and reports nothing, where a brief reports ("said", "told", "according to") and quotes. And
each kind has its phrases. Firm ones are page furniture no news text uses ("Forgot your password?",
"Verify you are human"): one in the title or heading, or in a text that does not report it, makes a
gate. Loose ones a brief may report ("you must be 18", "something went wrong") make a gate with the
page's way of speaking: one that is the whole title or heading (after a status code: "429 Too Many
Requests"), or, in a text that reports nothing, two different ones of one kind or one with a word to
the reader. What the text quotes does not count: a brief quotes a page's words, the page does not.
In a text that reports nothing, WORDS different words of a cookie notice, a paywall or an error page
("cookies", "consent") make one too, and so, under NOTICE words, does speaking to the reader in two
ways ("you", "please").
All of it is a judgement from a page's words, so a page refused by mistake is kept as the article on
the user's word (add-source --is-article, sources fetch --is-article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SHORT = 300  # words: a gate page is a form and a paragraph or two (a cookie notice lists its vendors)
WORDS = 4  # different words of one kind, without a set phrase
NOTICE = 150  # words: a page without any set phrase, speaking to its reader, is a notice when it is this short

# kind -> (firm phrases: page furniture no news text uses, one of which anywhere makes a gate;
#          loose phrases: a brief may report one ("you must be 18"), so it takes two different ones of
#          the kind, one that is the whole title or heading, or one in a text that speaks to its reader;
#          words, for kinds whose words an article on other things seldom gathers: WORDS different ones)
_KINDS: dict[str, tuple[list[str], list[str], str | None]] = {
    "a sign-in page": (
        [r"sign\s+in\s+to\s+(?:your\s+account|continue)", r"log\s*in\s+to\s+(?:your\s+account|continue)",
         r"forgot\s+(?:your\s+)?password", r"keep\s+me\s+(?:signed|logged)\s+in", r"mot\s+de\s+passe\s+oubli",
         r"identifiez-vous", r"iniciar\s+sesi[oó]n", r"passwort\s+vergessen"],
        [r"(?:don['’]?t|do\s+not)\s+have\s+an\s+account", r"create\s+(?:an|your)\s+account", r"se\s+connecter",
         r"mot\s+de\s+passe", r"contrase[nñ]a"], None),
    "a cookie notice": (
        [r"we\s+value\s+your\s+privacy", r"accept\s+all\s+cookies", r"(?:this|our)\s+(?:site|website)\s+uses\s+cookies",
         r"we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:use|store)", r"manage\s+(?:cookie\s+)?(?:preferences|consent)",
         r"wir\s+(?:und\s+unsere\s+partner\s+)?(?:verwenden|nutzen)\s+cookies", r"nous\s+utilisons\s+(?:des\s+)?cookies",
         r"(?:utilizamos|usamos)\s+cookies"],
        [], r"cookies?|consent|privacy|accept\s+all|partners|preferences|vendors?"),
    "a paywall": (
        [r"subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading", r"already\s+a\s+subscriber",
         r"this\s+(?:article|story|content)\s+is\s+(?:for|reserved\s+for)\s+subscribers",
         r"(?:reached|used)\s+your\s+(?:\w+\s+)?(?:free\s+)?(?:article\s+)?limit",
         r"d[eé]j[aà]\s+abonn[eé]", r"r[eé]serv[eé]e?s?\s+aux\s+abonn[eé]s", r"bereits\s+abonnent",
         r"exklusiv\s+f[uü]r\s+abonnent", r"ya\s+eres\s+suscriptor", r"exclusivo\s+para\s+suscriptores"],
        [r"subscribers?\s+only", r"free\s+articles?"],
        r"subscribe|subscription|subscriber|continue\s+reading|unlimited\s+(?:access|stories)|per\s+month|cancel\s+any"),
    "a browser check": (
        [r"checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser\s+before)",
         r"verify(?:ing)?\s+(?:that\s+)?you(?:\s+are|['’]re)\s+(?:a\s+)?human", r"security\s+check\s+(?:below\s+)?to\s+access",
         r"you\s+have\s+been\s+blocked", r"v[eé]rification\s+que\s+vous\s+[eê]tes\s+un\s+humain",
         r"verificando\s+que\s+(?:eres|usted\s+es)\s+humano",
         r"(?:review|v[eé]rifier|revisar)\s+(?:the|la)\s+(?:security|s[eé]curit[eé]|seguridad)\s+"
         r"(?:of\s+your|de\s+(?:votre|su|tu))\s+(?:connection|connexion|conexi[oó]n)",
         r"(?:überprüfung|prüfung),?\s+ob\s+sie\s+ein\s+mensch"],
        [r"ddos\s+protection", r"just\s+a\s+moment", r"are\s+you\s+a\s+robot", r"captcha", r"check\s+your\s+browser",
         r"too\s+many\s+requests", r"unusual\s+traffic"], None),
    "a region block": (
        [r"not\s+available\s+in\s+your\s+(?:country|region|location)", r"unavailable\s+in\s+your\s+(?:country|region)",
         r"cannot\s+be\s+(?:shown|viewed|accessed)\s+(?:in|from)\s+your\s+(?:country|region|location)",
         r"no\s+est[aá]\s+disponible\s+en\s+(?:tu|su)\s+pa[ií]s",
         r"n['’]est\s+pas\s+disponible\s+dans\s+votre\s+(?:pays|r[eé]gion)",
         r"in\s+ihrem\s+land\s+nicht\s+verf[uü]gbar"],
        [r"geo-?(?:blocked|restricted)"], None),
    "a JavaScript notice": (
        [r"(?:enable|turn\s+on|activate)\s+javascript", r"javascript\s+is\s+(?:disabled|required|turned\s+off|not\s+enabled)",
         r"requires\s+javascript"],
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
        [r"we['’]?ll\s+be\s+back\s+soon", r"this\s+domain\s+(?:is|may\s+be)\s+for\s+sale", r"domain\s+(?:is\s+)?parked",
         r"wegen\s+(?:geplanter\s+)?wartungsarbeiten", r"(?:site|page)\s+(?:est\s+)?en\s+(?:cours\s+de\s+)?maintenance",
         r"(?:sitio|p[aá]gina)\s+(?:est[aá]\s+)?en\s+mantenimiento"],
        [r"(?:under|down\s+for)\s+(?:scheduled\s+)?maintenance"], None),
    "an error page": (
        [r"(?:page|content)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+|you\s+requested\s+)?"
         r"(?:can(?:no|['’])?t|could\s*(?:n['’]?t|\s+not))\s+be\s+found",
         r"page\s+introuvable", r"p[aá]gina\s+no\s+encontrada", r"seite\s+nicht\s+gefunden", r"pagina\s+non\s+trovata",
         r"can['’]?t\s+reach\s+this\s+page", r"this\s+site\s+can['’]?t\s+be\s+reached", r"(?:ERR|DNS_PROBE)_[A-Z_]{4,}"],
        [r"nothing\s+was\s+found", r"something\s+went\s+wrong", r"no\s+longer\s+available",
         r"(?:this|the)\s+(?:article|story|page)\s+(?:has\s+been|was)\s+(?:removed|deleted|taken\s+down)"],
        r"oops|error|not\s+found|removed|search\s+(?:the|our)\s+site|home\s*page|front\s+page"),
}


@dataclass(frozen=True)
class Gate:
    kind: str  # "a sign-in page"
    why: str  # what tells it: "it says 'Forgot your password?'"


def _any(phrases: list[str]) -> re.Pattern[str] | None:
    return re.compile(rf"\b(?:{'|'.join(phrases)})", re.IGNORECASE) if phrases else None


_FIRM = {kind: _any(firm) for kind, (firm, _, _) in _KINDS.items()}
_LOOSE = {kind: [re.compile(rf"\b(?:{p})", re.IGNORECASE) for p in loose] for kind, (_, loose, _) in _KINDS.items()}
_WORD = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, (_, _, words) in _KINDS.items() if words}
# An app wall's order, at the head of a sentence; a brief says "readers were told to open it in the app".
_APP = re.compile(r"(?:^|[.!?]\s+)(open\s+(?:it\s+|this\s+\w+\s+)?in\s+(?:the|our)\s+app)", re.IGNORECASE)
_EDGES = " \t.!?…:;,-–—|·\"'“”‘’"  # around a heading that is a phrase alone ("Just a moment...")
# Before a heading's phrase: a status code ("429 Too Many Requests"), a "Please".
_STATUS = re.compile(r"^(?:(?:(?:error|http)\s*)?[1-5]\d\d\b[\s:–—-]*)?(?:please\s+)?", re.IGNORECASE)
# What a text quotes: a brief quotes a gate page's words ("'We'll be back soon,' the site said"); the page does not.
# A straight single quote opens after a space and closes before one; one between letters is an apostrophe.
_QUOTED = re.compile(r"“[^”]{0,300}”|\"[^\"]{0,300}\"|‘[^’]{0,300}’|(?<!\w)'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){1,300}?'(?!\w)")
# A page speaks to its reader; a brief speaks of others ("us" is left out: "US").
_READER = re.compile(r"\b(?:you(?:['’](?:re|ve|ll|d))?|your(?:s|self)?|please|we(?:['’](?:re|ve|ll|d))?|our|ours|"
                     r"vous|votre|vos|veuillez|nous|notre|usted|por\s+favor|bitte)\b", re.IGNORECASE)
_REPORTS = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|reported|announced|admitted|added|stated|"
                      r"confirmed|claimed|selon|a\s+d[eé]clar[eé]|dijo|seg[uú]n|afirm[oó]|sagte|erkl[aä]rte)\b",
                      re.IGNORECASE)


def gate(text: str, *titles: object) -> Gate | None:
    """The kind of gate page (e.g. "a sign-in page") that `text` is, with its page's `titles` (the
    page's title, the heading read as its title), and what tells it; None for what may be an article."""
    words = text.split()
    if len(words) >= SHORT:
        return None
    flat = _QUOTED.sub(" ", " ".join(words))
    heads = [_STATUS.sub("", _QUOTED.sub(" ", " ".join(t.split())).strip())
             for t in titles if isinstance(t, str) and len(t.split()) <= 16]
    reports = _REPORTS.search(flat) is not None

    def reader(said: re.Match[str]) -> str | None:
        """A word the text speaks to its reader with, besides the phrase `said`."""
        found = _READER.search(flat[:said.start()] + " " + flat[said.end():])
        return None if found is None else found[0]

    for kind in _KINDS:
        firm = _FIRM[kind]
        said = next((m for h in heads if firm is not None and (m := firm.search(h))), None)
        if said is not None:
            return Gate(kind, f"its title says {_said(said[0])}")
        said = firm.search(flat) if firm is not None else None
        if said is not None and (not reports or reader(said)):  # a brief reports a paywall's words
            return Gate(kind, f"it says {_said(said[0])}")
        whole = [h.strip(_EDGES) for h in heads if any(p.fullmatch(h.strip(_EDGES)) for p in _LOOSE[kind])]
        if whole:
            return Gate(kind, f"its title says {_said(whole[0])}")
        if reports:
            continue
        loose = [m for p in _LOOSE[kind] if (m := p.search(flat))]
        if len(loose) >= 2:  # different phrases, not one phrase in two forms ("free article", "free articles")
            return Gate(kind, f"it says {_said(loose[0][0])} and {_said(loose[1][0])}")
        if loose and (speaks := reader(loose[0])) is not None:
            return Gate(kind, f"it says {_said(loose[0][0])}, speaks to its reader ({_said(speaks)}) and reports nothing")
    if reports:
        return None
    app = _APP.search(flat)
    if app is not None:
        return Gate("an app wall", f"it says {_said(app[1])}")
    for kind, word in _WORD.items():
        found = sorted({m.group().lower() for m in word.finditer(flat)})
        if len(found) >= WORDS:
            return Gate(kind, "it says " + ", ".join(_said(w) for w in found[:WORDS]) + " and reports nothing")
    ways = sorted({" ".join(m.group().lower().split()).replace("’", "'") for m in _READER.finditer(flat)})
    if len(ways) >= 2 and len(words) < NOTICE:  # longer, it may be a statement (an appeal to soldiers to leave)
        return Gate("a notice to its reader", f"it speaks to its reader ({', '.join(map(_said, ways[:3]))}) and "
                                              "reports nothing")
    return None


def _said(words: str) -> str:
    return "'" + " ".join(words.split()) + "'"
