"""Whether a saved or fetched page may not be the article (`doubt`): a sign-in form, a cookie
notice, a paywall, a bot check, a JavaScript or region wall, an age gate, an ad-blocker or app wall,
a maintenance or error page in the article's place, each with a few dozen words.

A short page is never taken for an article on its words: a news brief reports the same words ("the
app asks soldiers to log in to continue"), and no list of phrases holds every wording of every site
in every language. So every short page is the user's to confirm, and the phrases here only name, in
the message, what such a page would say and the kind of page that says it. What the text quotes is
passed over: a brief quotes a page's words. A longer page is in doubt only for its title, an error's
with its status code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import quoted, word_count

SHORT = 300  # words: a gate page is a form and a paragraph or two; an article is seldom this short

# kind -> (phrases only such pages use, phrases a brief may also report): each a hint, not a rule
_KINDS: dict[str, tuple[list[str], list[str]]] = {
    "a sign-in page": (
        [r"sign\s+in\s+to\s+(?:your\s+account|continue)", r"log\s*in\s+to\s+(?:your\s+account|continue)",
         r"forgot\s+(?:your\s+)?password", r"keep\s+me\s+(?:signed|logged)\s+in", r"mot\s+de\s+passe\s+oubli",
         r"identifiez-vous", r"iniciar\s+sesi[oó]n", r"passwort\s+vergessen"],
        [r"(?:don['’]?t|do\s+not)\s+have\s+an\s+account", r"create\s+(?:an|your)\s+account", r"se\s+connecter",
         r"mot\s+de\s+passe", r"contrase[nñ]a"]),
    "a cookie notice": (
        [r"we\s+value\s+your\s+privacy", r"accept\s+all\s+cookies", r"(?:this|our)\s+(?:site|website)\s+uses\s+cookies",
         r"we\s+and\s+our\s+(?:\d+\s+)?partners\s+(?:use|store)", r"manage\s+(?:cookie\s+)?(?:preferences|consent)",
         r"wir\s+(?:und\s+unsere\s+partner\s+)?(?:verwenden|nutzen)\s+cookies", r"nous\s+utilisons\s+(?:des\s+)?cookies",
         r"(?:utilizamos|usamos)\s+cookies"],
        []),
    "a paywall": (
        [r"subscribe\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading", r"already\s+a\s+subscriber",
         r"this\s+(?:article|story|content)\s+is\s+(?:for|reserved\s+for)\s+subscribers",
         r"(?:reached|used)\s+your\s+(?:\w+\s+)?(?:free\s+)?(?:article\s+)?limit",
         r"d[eé]j[aà]\s+abonn[eé]", r"r[eé]serv[eé]e?s?\s+aux\s+abonn[eé]s", r"bereits\s+abonnent",
         r"exklusiv\s+f[uü]r\s+abonnent", r"ya\s+eres\s+suscriptor", r"exclusivo\s+para\s+suscriptores"],
        [r"subscribers?\s+only", r"free\s+articles?"]),
    "a browser check": (
        [r"checking\s+(?:if\s+the\s+site\s+connection\s+is\s+secure|your\s+browser\s+before)",
         r"verify(?:ing)?\s+(?:that\s+)?you(?:\s+are|['’]re)\s+(?:a\s+)?human", r"security\s+check\s+(?:below\s+)?to\s+access",
         r"you\s+have\s+been\s+blocked", r"v[eé]rification\s+que\s+vous\s+[eê]tes\s+un\s+humain",
         r"verificando\s+que\s+(?:eres|usted\s+es)\s+humano",
         r"(?:review|v[eé]rifier|revisar)\s+(?:the|la)\s+(?:security|s[eé]curit[eé]|seguridad)\s+"
         r"(?:of\s+your|de\s+(?:votre|su|tu))\s+(?:connection|connexion|conexi[oó]n)",
         r"(?:überprüfung|prüfung),?\s+ob\s+sie\s+ein\s+mensch"],
        [r"ddos\s+protection", r"just\s+a\s+moment", r"are\s+you\s+a\s+robot", r"captcha", r"check\s+your\s+browser",
         r"too\s+many\s+requests", r"unusual\s+traffic"]),
    "a region block": (
        [r"not\s+available\s+in\s+your\s+(?:country|region|location)", r"unavailable\s+in\s+your\s+(?:country|region)",
         r"cannot\s+be\s+(?:shown|viewed|accessed)\s+(?:in|from)\s+your\s+(?:country|region|location)",
         r"no\s+est[aá]\s+disponible\s+en\s+(?:tu|su)\s+pa[ií]s",
         r"n['’]est\s+pas\s+disponible\s+dans\s+votre\s+(?:pays|r[eé]gion)",
         r"in\s+ihrem\s+land\s+nicht\s+verf[uü]gbar"],
        [r"geo-?(?:blocked|restricted)"]),
    "a JavaScript notice": (
        [r"(?:enable|turn\s+on|activate)\s+javascript", r"javascript\s+is\s+(?:disabled|required|turned\s+off|not\s+enabled)",
         r"requires\s+javascript"],
        [r"browser\s+(?:is\s+)?not\s+supported"]),
    "an age gate": (
        [r"confirm\s+that\s+you\s+are\s+(?:over\s+)?1[89]", r"enter\s+your\s+(?:date\s+of\s+birth|birthday)"],
        [r"confirm\s+your\s+age", r"you\s+must\s+be\s+(?:at\s+least\s+)?1[89]", r"are\s+you\s+(?:over\s+)?1[89]"]),
    "an ad-blocker wall": (
        [r"disable\s+your\s+ad\s*-?\s*blocker", r"whitelist\s+(?:us|our\s+site)", r"ad\s*-?\s*blocker\s+detected"],
        [r"ad\s*-?\s*blocker"]),
    "an app wall": (
        [r"(?:continue|keep)\s+reading\s+in\s+the\s+app", r"download\s+(?:the|our)\s+app\s+to\s+(?:read|continue)"],
        [r"open\s+(?:it\s+|this\s+\w+\s+)?in\s+the\s+app"]),
    "a maintenance page": (
        [r"we['’]?ll\s+be\s+back\s+soon", r"this\s+domain\s+(?:is|may\s+be)\s+for\s+sale", r"domain\s+(?:is\s+)?parked",
         r"wegen\s+(?:geplanter\s+)?wartungsarbeiten", r"(?:site|page)\s+(?:est\s+)?en\s+(?:cours\s+de\s+)?maintenance",
         r"(?:sitio|p[aá]gina)\s+(?:est[aá]\s+)?en\s+mantenimiento"],
        [r"(?:under|down\s+for)\s+(?:scheduled\s+)?maintenance"]),
    "an error page": (
        [r"(?:page|content)\s+(?:you\s+(?:are|were)\s+looking\s+for\s+|you\s+requested\s+)?"
         r"(?:can(?:no|['’])?t|could\s*(?:n['’]?t|\s+not))\s+be\s+found",
         r"page\s+introuvable", r"p[aá]gina\s+no\s+encontrada", r"seite\s+nicht\s+gefunden", r"pagina\s+non\s+trovata",
         r"can['’]?t\s+reach\s+this\s+page", r"this\s+site\s+can['’]?t\s+be\s+reached", r"(?:ERR|DNS_PROBE)_[A-Z_]{4,}",
         r"(?:can['’]?t|cannot|could\s*n['’]?t)\s+find\s+(?:that|this|the)\s+page", r"страница\s+не\s+найдена",
         r"页面未找到|找不到(?:该|此)?页面|页面不存在"],
        [r"nothing\s+was\s+found", r"something\s+went\s+wrong", r"no\s+longer\s+available",
         r"(?:this|the)\s+(?:article|story|page)\s+(?:has\s+been|was)\s+(?:removed|deleted|taken\s+down)"]),
}


@dataclass(frozen=True)
class Gate:
    kind: str  # "a sign-in page"
    said: str  # the phrase: "Forgot your password?"
    where: str  # "it says", "its title says"


_PHRASES = {kind: re.compile(rf"\b(?:{'|'.join(firm + loose)})", re.IGNORECASE) for kind, (firm, loose) in _KINDS.items()}
# Before a title's phrase: a status code ("429 Too Many Requests").
_STATUS = re.compile(r"^(?:(?:error|http)\s*)?[1-5]\d\d\b[\s:–—-]*", re.IGNORECASE)
# What a text quotes: a brief quotes a gate page's words ("'We'll be back soon,' the site said"); the page does not.
# A straight single quote opens after a space and closes before one; one between letters is an apostrophe.
# Each pair of marks a language quotes with ("…", «…», „…“, 「…」...), up to a long paragraph's length.
_PAIRS = ["“”", "\"\"", "‘’", "«»", "»«", "»»", "„“", "„”", "‚‘", "‹›", "›‹", "「」", "『』", "｢｣", "《》", "〈〉", "””", "’’",
          "〝〞", "〝〟", "＂＂", "⟨⟩", "❝❞", "❛❜", "««", "‟”", "‛’", "⹂“", "⹂”", "﹁﹂", "﹃﹄",
          "〞〞", "＇＇", "“„", "⸌⸍"]
_QUOTED = re.compile("|".join(f"{re.escape(p[0])}[^{re.escape(p[1])}]{{0,2000}}{re.escape(p[1])}" for p in _PAIRS)
                     + r"|(?<!\w)'(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){1,2000}?'(?!\w)")


def gate(text: str, *titles: object) -> Gate | None:
    """The first phrase of a page in front of an article that one of its `titles` (the page's title,
    the heading read as its title) or its `text` says, outside quotes, and the kind of page that says
    it; None if none does."""
    heads = [_STATUS.sub("", _QUOTED.sub(" ", " ".join(t.split()))) for t in titles if isinstance(t, str)]
    for where, said in [*(("its title says", h) for h in heads), ("it says", _QUOTED.sub(" ", " ".join(text.split())))]:
        for kind, phrases in _PHRASES.items():
            if (found := phrases.search(said)) is not None:
                return Gate(kind, " ".join(found[0].split()), where)
    return None


def says_error(words: str) -> bool:
    """Whether `words` say what an error page says ("Seite nicht gefunden", "can't find that page")."""
    return _PHRASES["an error page"].search(words) is not None


# A title an error page gives itself ("404 Not Found", "Page not found", "Access denied"): a short title that
# is nothing else. A server answers a missing article with such a page, words enough to pass as one.
_PROBLEM = (r"(?:(?:the\s+)?(?:page|file|article|content)\s+)?(?:(?:was|is)\s+)?not\s+found|access\s+denied|forbidden|"
            r"gone|bad\s+request|unauthori[sz]ed|(?:internal\s+)?server\s+error|bad\s+gateway|"
            r"(?:page|service)\s+(?:unavailable|not\s+available)|error(?:\s+page)?|an?\s+error\s+(?:has\s+)?occurred|"
            r"too\s+many\s+requests|(?:request|gateway)\s+time-?out|method\s+not\s+allowed|payment\s+required|"
            r"not\s+acceptable|unavailable\s+for\s+legal\s+reasons")
# A status code, with a language's word for an error before it ("Fehler 404").
_ERROR_WORD = r"fehler|erreur|errore|erro|ошибка|错误"
_CODE_ONLY = rf"(?:(?:error|http|{_ERROR_WORD})\s*)?[45]\d\d"
_CODE = rf"{_CODE_ONLY}(?:\s*[-–—:]?\s*(?:{_PROBLEM}))?"
# Then, after a dash or bar, the site's name (or a headline's other words: a short page's title names it only).
_ERROR = re.compile(rf"(?P<said>{_CODE}|{_PROBLEM})(?:\s*[-–—|·]\s*.*)?", re.IGNORECASE)
# A status code and what the title says beside it.
_LEAD = re.compile(rf"{_CODE_ONLY}\b\s*[:–—-]?\s*(.*)", re.IGNORECASE)
_PROBLEM_ALONE = re.compile(rf"(?:{_PROBLEM})|oops|connection\s+timed\s+out|{_ERROR_WORD}", re.IGNORECASE)
_PARTS = re.compile(r"\s*[|–—·:()!\[\]]\s*|\s+-\s+")
_HINTED = 20_000  # characters of a short page looked at for a gate page's phrase: a short page's few words, however long
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
# A site's name and a bare code, set off by a bar, a dash or a dot (a headline sets off its number by a colon).
_SITE = re.compile(rf"(?P<before>[^|–—·:-]+?)\s*[|–—·-]\s*{_CODE_ONLY}|{_CODE_ONLY}\s*[|–—·-]\s*(?P<after>[^|–—·:-]+)",
                   re.IGNORECASE)


def _coded(title: str) -> bool:
    """Whether a title is an error's with its status code: the code alone, beside a problem ("404 Not
    Found", "Fehler 404 – Seite nicht gefunden", "We can't find that page (404)"), or set off by a bar
    or dash from a site's name of a few capitalised words or a domain ("River News | 404"); not a
    headline with a number in it ("404 – the soldiers who never came back", "500 Soldiers Defect",
    "Troops: 500")."""
    if len(title.split()) > 8:
        return False
    parts = [p for p in _PARTS.split(title) if p.strip()]
    leads = [_LEAD.fullmatch(p) for p in parts]

    def problem(words: str) -> bool:
        return bool(_PROBLEM_ALONE.fullmatch(words)) or says_error(words)

    if any(m and m[1].strip() and problem(m[1].strip()) for m in leads):
        return True  # in the code's own part: "404 Not Found", "404 Страница не найдена"
    if not any(m and not m[1].strip() for m in leads):
        return False  # no code standing alone: a headline's number ("Gone: 500 Soldiers Who Left")
    others = [p.strip() for m, p in zip(leads, parts, strict=True) if not m]
    if not others or any(problem(p) for p in others):
        return True  # "404", "Page Not Found (404)", "Fehler 404 – Seite nicht gefunden"
    site = _SITE.fullmatch(title)
    name = (site["before"] or site["after"]).strip() if site else ""
    return bool(name) and (bool(_DOMAIN.fullmatch(name)) or (len(name.split()) <= 3 and all(
        w[0].isupper() for w in name.split())))


def doubt(text: str, *titles: object) -> str | None:
    """Why a page with this text and these titles (the page's, the one trafilatura read) may not be
    the article, which only the user can tell; None if it is one. Every page under SHORT words
    is in doubt: a news brief, or a sign-in form, a paywall, an error page in the article's place, and
    no rule of words tells them apart. A longer one only if its title is an error's with its status
    code ("404 Not Found", "River News | 404")."""
    words = text.split()
    if (size := word_count(text)) >= SHORT:
        # The page's own title: the one trafilatura reads may be cut at a dash ("404 – the soldiers..." -> "404").
        own = next((t for t in titles if isinstance(t, str) and t.strip()), None)
        coded = " ".join(own.split()) if own is not None and _coded(" ".join(own.split())) else None
        return None if coded is None else f"the page looks like an error page (its title: {quoted(coded)}), not an article."
    error = next((m["said"] for t in titles if isinstance(t, str) and len(t.split()) <= 8
                  and (m := _ERROR.fullmatch(" ".join(t.split())))), None)
    seen = gate(text[:_HINTED], *titles)
    hint = f" Its title says {quoted(error)}, as an error page's does." if error is not None else \
        f" {seen.where.capitalize()} {quoted(seen.said)}, as {seen.kind} does." if seen is not None else ""
    return (f"the page has only {size} words of text, short for an article: a brief, or a page in front of the "
            f"article (a sign-in form, a paywall, a cookie notice, an error page)?{hint} Its text: "
            f"{quoted(' '.join(words))}.")
