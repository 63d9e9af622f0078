"""Who a sentence says spoke a quotation: "X said", "said X", "X:", "according to X", "in the words of X",
"X told The Irrawaddy, “…”", with the asides after a name left out ("X, a defector, said:"). The tags of other
verbs and bylines are read in tags.py, the words passed on by another in relayed.py, two speakers in one sentence
in pairs.py. For parse.py; the names are cleaned as claimant.py cleans a claimant."""

from __future__ import annotations

import re

from ...text import words_of
from ..sentences import TITLES
from .anchored import first, leftmost, squeezed, tail_match
from .asides import APPOSITIVE, DISCOURSE, NAME_ONLY, VERB, aside
from .claimant import PRONOUNS, SET_OFF, clean
from .names import A_NAME, ADVERB, NAME, NEAR, SAID_NOUNS, SAYING_WORD, TELLING
from .pairs import BRACKETED, COMPARED, DASH_LEAD, FOR, GAPPED, WHO_SAID, leads_on, name_in, other_after, respective
from .quoting import blank, quotations
from .relayed import (
    ANOTHER_WHO,
    ASKED_ABOUT,
    DESCRIBED,
    HEARD_HIM,
    IN_THEIR_WORDS,
    INTERPRETER,
    INTERPRETER_AFTER,
    MET_AFTER,
    MET_BEFORE,
    QUOTES_ANOTHER,
    QUOTING_LEAD,
    READ_FOR,
    RECEIVED,
    RELAYED,
    RELAYED_AFTER,
    RELAYED_AFTER_OWNED,
    RELAYED_AFTER_UNNAMED,
    RELAYED_ASIDE,
    REPORTED_AFTER,
    SAYS_X_SAID,
    SENT_FROM,
    SPOKEN_TO,
    THROUGH,
    TOLD_BY,
    WHO_HEARD,
    WROTE_DOWN,
)
from .tags import BARE, BYLINE, INVERTED, READS, WORDS_OF, byline, tag_after, tag_before
from .totag import without_aside

# Who is named beside a quotation, and who states a number: see anchored.py for how these run in
# linear time.
_SAID_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:{VERB})\s+([^,.;:!?“”\"]+)|([^,.;:!?“”\"]+?)\s+{ADVERB}(?:{VERB}))\b")
_SAID_BEFORE = re.compile(rf"(?:^|[,.;:!?–—]\s*)([^,.;:!?“”\"]+?)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
_ACCORDING_BEFORE = re.compile(r"(?:according to|in the words of|to quote|quoting|the words of|^from) ([^,.;:!?“”\"]+?)"
                               r"\s*[:,]?\s*$", re.IGNORECASE)
_ACCORDING = re.compile(r"according to |in the words of |to quote |quoting |the words of |from ", re.IGNORECASE)
_COLON_BEFORE = re.compile(r"(?:^|[.;!?]\s*)([^,.;:!?“”\"]+?)\s*:\s*$")


def speaker_of(sentence: str, start: int, end: int, blanked: str | None = None) -> str | None:
    """Who the sentence says spoke the quotation at [start, end). The words before and after it are
    read without their own quotations; where no quotation holds another, those are the sentence's
    (`blanked`), else they are found again in each. A quotation split by its tag goes on in the words of whom the tag
    names, where nothing after it names another: "“…,” says Lin Aung's brother, “…”" is the brother's, both halves."""
    said = _speaker_of(sentence, start, end, blanked)
    if said is None and (split := _split_from(sentence, start)) is not None:
        return _speaker_of(sentence, *split, blanked)
    return said


def _whose(relayed: re.Match[str], after: str) -> str | None:
    """The one "his" (her, their) names in the one whose words another passes on, when it is the one named passing them
    on: "“…,” Bo Pyay said, echoing his sergeant." is the sergeant of Bo Pyay, as "Bo Pyay's sergeant" is."""
    kin = _KIN.match(relayed.group(1))
    who = clean(re.split(r"[,—–(\[]", after[:relayed.start(1)])[0]) if kin else None
    return f"the {kin.group(1)} of {who}" if kin and who and who[:1].isupper() else None


_KIN = re.compile(r"(?:his|her|their)\s+(?:own\s+)?([a-z][a-z -]*)$")


def _split_from(sentence: str, start: int) -> tuple[int, int] | None:
    """The quotation the one at `start` goes on from, with only a tag of one verb of saying between them ("“…,” says
    X, “…”", "“…,” X's brother said, “…”"; not "“…,” said X, and Y added, “…”", whose tag is another's)."""
    before = [span for span in quotations(sentence) if span[1] <= start]
    if not before or not (tag := _SPLIT_TAG.fullmatch(sentence, before[-1][1], start)):
        return None
    return before[-1] if len(SAYING_WORD.findall(tag.group())) == 1 else None


def _speaker_of(sentence: str, start: int, end: int, blanked: str | None = None) -> str | None:
    # Only the words near the quotation can name its speaker: _clean takes no more than 8 words, and a
    # match running further would name no one either way. The patterns, slow per character, then read
    # at most NEAR characters for each quotation of a sentence, however long the sentence.
    if (paired := respective(sentence, start)) is not None:
        return paired  # "X and Y said “…” and “…” respectively"
    after = squeezed(blanked[end:] if blanked is not None else blank(sentence[end:], quotations(sentence[end:])))
    if leads_on(sentence, end) and (said := _named_before(sentence, start, blanked, right=True)) is not None:
        return said  # "While X said “…”, Y said “…”", "X said “…” — Y, “…”": what follows leads on to the next quotation
    if REPORTED_AFTER.match(after[:NEAR]) and (said := _named_before(sentence, start, blanked, right=True)):
        return said  # "X said that “…,” according to The Irrawaddy": the outlet reports X's words
    # "“…,” Lin Aung said, quoting Maung Sein.", "“…,” Lin Aung says Maung Sein told him.", "“…,” reads X’s note to Y."
    if relayed := RELAYED_AFTER.match(after[:NEAR]) or SAYS_X_SAID.match(after[:NEAR]) or READS.match(after[:NEAR]) \
            or INTERPRETER_AFTER.match(after[:NEAR]):
        return clean(next(g for g in relayed.groups() if g))
    if unnamed := RELAYED_AFTER_UNNAMED.match(after[:NEAR]) or RELAYED_AFTER_OWNED.match(after[:NEAR]):
        return _whose(unnamed, after) or clean(unnamed.group(1)) or unnamed.group(1)  # ("a friend": one no name names,
        # but not the one quoting)
    if DESCRIBED.match(after[:NEAR]) or MET_AFTER.match(after[:NEAR]):
        return None  # "“…,” said the soldier, whose brother, X, enlisted.": X describes the speaker, who is not named
    near = _unaside(without_aside(_AFTER_NAME.sub(lambda a: " " * len(a.group()), after[:NEAR]), _named, after=True))
    if (named := _SET_OFF_AFTER.match(near)) and not SAYING_WORD.search(named.group(1)):
        return clean(named.group(2))  # "“…,” Lin Aung's brother, Bo Pyay, said.", "“…,” a former private, Pyae Mg, said."
    m = _SAID_AFTER.match(near)
    if m and m.group(1) and (named := _THEN_NAMED.match(near, m.end())):
        return clean(named.group(1))  # "“…,” said the former soldier, Khant Tun."
    joined = m is not None and m.group(2) is not None and m.group(2).split()[:1] in (["and"], ["while"], ["but"],
                                                                                   ["whereas"], ["as"])
    # (the name "said" names ends where an aside was left out: "said X, who saw friends killed, wounded or sent away")
    tagged = _BLANKED.split(m.group(1).strip())[0] if m and m.group(1) else m and m.group(2)
    if m and not joined and tagged and (said := clean(_OF_OTHER.sub(r"\1", tagged))) is not None:  # not "…,” he added"
        return said  # (nor "X said “…” and Y said “…”": Y's clause, not this quotation's tag)
    # "Online insults stung: “…,” he said.": after a pronoun's tag, only a speaker named as one (not "Online")
    pronoun = m is not None and not joined and (m.group(1) or m.group(2) or "").strip().lower() in PRONOUNS
    m = BYLINE.match(after[:NEAR]) or _ACCORDING_AFTER.match(after[:NEAR]) or WORDS_OF.match(after[:NEAR]) \
        or BARE.match(after[:NEAR])
    if m:
        return clean(next(g for g in m.groups() if g))  # "“…” — X", "“…” (X)", "“…,” according to X.", "“….” X"
    return _named_before(sentence, start, blanked, right=pronoun) or tag_after(after) or (
        byline(after.lstrip(" .,")) if sentence[:start].strip() in ("", "“", '"') else None)  # "“…” Reply from X."


def _named_before(sentence: str, start: int, blanked: str | None, right: bool = False) -> str | None:
    """The speaker the words before the quotation at `start` name: "X said:", "In X's words,", "X and Y “…”";
    `right`: only one named right before it, as the one who says ("X said", "X’s answer was", not "X recalled it:")."""
    # "Explains X:"; "It was X, not Y, who said"; "X said that “…” and Y that “…”": Y, whose verb is X's; "X (“…”)";
    # "…,” met Y, who said “…”"
    for pattern in (INVERTED, _CLEFT, GAPPED, BRACKETED, WHO_SAID, RECEIVED, SENT_FROM, TOLD_BY, WHO_HEARD, INTERPRETER,
                    _OWNER_LEAD, WROTE_DOWN, READ_FOR, QUOTING_LEAD, IN_THEIR_WORDS, _ASKED_REPLY, _PASSIVE_BY, _BEFORE_OTHER):
        if named := pattern.search(sentence, max(0, start - NEAR), start):
            return clean(re.sub(r"['’]s$", "", next(g for g in named.groups() if g)))
    before = squeezed(blanked[:start] if blanked is not None else blank(sentence[:start], quotations(sentence[:start])))
    before = COMPARED.sub(lambda a: " " * len(a.group()), before)  # "Unlike Y, who stayed silent, X said:"
    before = THROUGH.sub(lambda a: " " * len(a.group()), before)  # "Through his interpreter, Y, X said:"
    relayed = RELAYED_ASIDE.search(before[-NEAR:])  # "Lin Aung, quoting Maung Sein, said:"
    # "X spoke of his brother, who said:", "X met a soldier, who told him:", before its aside is left out
    another = QUOTES_ANOTHER.search(before[-NEAR:]) or ANOTHER_WHO.search(before[-NEAR:])
    before = ASKED_ABOUT.sub(lambda a: " " * len(a.group()), before[-NEAR:])  # "Asked about X, his friend said:"
    before = _unaside(without_aside(before, _named))
    if (lead := DASH_LEAD.search(sentence, max(0, start - NEAR), start)) and (said := name_in(lead.group(1))):
        return said  # "X said “…” — a view Y did not share: “…”": Y
    if HEARD_HIM.search(before) or QUOTES_ANOTHER.search(before) or another or MET_BEFORE.search(before):
        return None  # "Lin Aung heard him say:", "X's mother remembers him saying:": a pronoun, no one named
    if relayed := relayed or RELAYED.search(before):  # "Lin Aung quoted Maung Sein as saying:": the words are Maung Sein's
        return clean(next(g for g in relayed.groups() if g))
    if not quotations(sentence[max(0, start - NEAR):start]) and _JUDGED.search(before):
        return None  # "Y doubts X’s words:", "Y says X was sincere:": whose words they are is not read
    if right:
        m = _IN_WORDS.search(before) or FOR.search(before) or \
            tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]"))
        said = clean(next(g for g in m.groups() if g)) if m else None
        return said or (_subject_before(before) if _SAID_END.search(before) else None) or tag_before(before)
    if quotations(sentence[:start]) and (other := other_after(before)) is not None:
        return other  # (only after another quotation: not "X told Y and Y’s wife:")
    if len(_saying(before)) > 1:  # "Maung Sein said Khant Tun told him:": the one who tells
        return _subject_before(before)
    m = _IN_WORDS.search(before) or FOR.search(before) or \
        tail_match(_SAID_BEFORE, before, ",:", leftmost(before, ",:", "[,.;:!?–—]")) \
        or tail_match(_ACCORDING_BEFORE, before, ",:", first(_ACCORDING, before)) \
        or tail_match(_COLON_BEFORE, before, ":", leftmost(before, ":", "[.;!?]", dashes=False))
    return (clean(next(g for g in m.groups() if g)) if m else None) or _subject_before(before) or tag_before(before)


def _subject_before(before: str) -> str | None:
    """The speaker as the subject of the last verb of saying before a quotation, or of the words a colon ends,
    where the shapes above find none: "Khant Tun told The Irrawaddy, “…”", "Khant Tun, in an interview,
    said:", "Khant Tun (pictured), said:", "Zeya Hein said he “…”", "Khant Tun, a defector: “…”"."""
    before = DISCOURSE.sub(lambda a: " " * len(a.group()), before)  # "Y said little; X, however, was clear:"
    saids = [m for m in _saying(before) if not _AS_NOUN.search(before, 0, m.start())]
    said = saids[-1] if saids else None  # the last one, after any other ("Maung Sein said Khant Tun told him:")
    left = before[saids[-2].end() if len(saids) > 1 else 0:said.start()] if said is not None else \
        before.rstrip()[:-1] if before.rstrip().endswith(":") else None
    if left is None:
        return None
    if said is not None and (turned := _BUT_COLON.search(before, said.end())):
        return clean(turned.group(1))  # "Y said little, but X was clear:": X, whose clause the colon ends
    if said is not None and len(saids) > 1 and _BUT_HE.search(left):
        return _subject_before(before[:saids[-2].end()])  # "X did not say much, but he did say:": X, whom "he" is
    left = SET_OFF.sub(" ", re.split(r"[.;!?]", left)[-1])  # its own sentence; asides in brackets or dashes
    # the first part that names someone: "Khant Tun, in an interview,"; "Asked why he left, Khant Tun"
    parts = [_WHICH.sub("", part) for part in left.split(",")]
    naming = [part for part in parts if any(w[:1].isupper() for w in part.split())
              and part.split()[0].lower() not in _LEADING_PREPOSITIONS]  # not "Asked by Lin Aung, X said"
    if len(naming) > 1:  # "When Lin Aung arrived, Maung Sein told him:": not the clause before the subject
        naming = [part for part in naming if part.split()[0].lower() not in _SUBORDINATE
                  and not _PARTICIPLE_LEAD.match(part)] or naming  # nor "Sitting next to Y, X said"
    if len(naming) > 1 and _FRONTED.fullmatch(naming[0]) and naming[-1] == parts[-1] and naming[-1].strip()[:1].isupper():
        naming = naming[1:]  # "No longer afraid, Maung Sein told reporters:": a phrase in lower case leads the name
    subject = next((p.strip() for p in reversed(parts) if _NEW_SUBJECT.match(p)), None) or \
        (naming[0].strip() if naming else parts[0].strip())  # "and Y", the clause's own; else the first that names
    if subject and len(subject.split()) > 6 and (lead := _LEADING_NAME.match(subject)):
        subject = lead.group(1)  # "Lin Aung did not want to talk, but said:": the name that leads its clause
    return clean(subject) if subject and len(subject.split()) <= 6 else None


def _saying(before: str) -> list[re.Match[str]]:
    """The verbs of saying in the words before a quotation, but one a hedge or a passive holds: "X is reported to have
    said:", "X was recorded saying:" (one)."""
    return [m for m in SAYING_WORD.finditer(before) if not (_HEDGED.search(before, 0, m.start()) and
                                                             _PASSIVE_SAYING.match(before, m.end()))]


# A bracket after a word of a tag: "“…,” said Lin Aung (who had never spoken to the press)."
_AFTER_NAME = re.compile(r"(?<=\w)\s*\([^()“”\"]{1,120}\)")
_FRONTED = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){1,4}\s*")  # "No longer afraid", "Still shaking" (not "Zaw")
_BUT_HE = re.compile(r",\s*(?:but|and|yet)\s+(?:he|she|they)\s+(?:[a-z]+\s+){0,2}$")
_LEADING_NAME = re.compile(rf"({A_NAME})\s+(?:[a-z]+\s+){{2,}}")  # a name, then its clause in lower case
_PASSIVE_SAYING = re.compile(r"\s+(?:to\s|as\s|(?:[a-z]+\s+){0,3}(?:saying|telling)\b)")  # "is reported to", "was
# recorded (on video) saying"
_HEDGED = re.compile(r"\b(?:is|was|are|were|been|being)\s+(?:(?:[a-z]+ly|once|later|also|then)\s+)?$")


def _named(part: str) -> bool:
    """Whether the words name one who may lead a clause as the one who says: "Thawda Win", "the NUG's spokesman",
    "Former captain X", "His brother"; not a clause ("Y said") nor a word that names no one ("Meanwhile")."""
    return len(part.split()) <= 6 and not SAYING_WORD.search(part) and clean(part) is not None


def _unaside(text: str) -> str:
    """Words near a quotation without the asides after a name ("Khant Tun, a defector, said:", "Pyae Mg, 30,
    said"), and a name set off after a description as the one who speaks ("A former private, Pyae Mg, said")."""
    text = _TITLE_POINT.sub(r"\1 ", text)  # "Capt. Khant Tun said": the title's point ends nothing
    text = _PRONOUN_TAG.sub(lambda a: " " * len(a.group()), text)  # "X’s one regret, he said, was this:"
    text = _AGE_BEFORE_ASIDE.sub(lambda a: "," + " " * (len(a.group()) - 1), text)  # "X, 28, a former private,"
    text = _AGE_AFTER_ASIDE.sub(lambda a: a.group(1) + " " * (len(a.group()) - len(a.group(1))), text)  # "X, Y’s cousin, 28,"
    text = _AGE_ASIDE.sub(lambda a: " " * len(a.group()), APPOSITIVE.sub(aside, text))
    text = _LAST_APPOSITIVE.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun, a defector:"
    text = _DASHED.sub(lambda a: " " * len(a.group()), text)  # "Khant Tun — 28, a defector — said"
    text = _PARTICIPLE.sub(lambda a: " " * len(a.group()), text)  # "Maung Sein, replying to Lin Aung, said"
    return NAME_ONLY.sub(lambda a: "; " + a.group().strip(" ,") + " ", text)


# The tag between the halves of a split quotation: "“…,” says X, “…”", "“…,” X said, “…”"
_SPLIT_TAG = re.compile(rf"\s*,?\s*(?:(?:{VERB})\s+[^.;:!?“”\"]{{1,80}}?|[^.;:!?“”\"]{{1,80}}?\s+{ADVERB}(?:{VERB}))\s*[,:]\s*")
_BLANKED = re.compile(r"\s{3,}")  # where _unaside left an aside out (the text's own white space is squeezed to two)
_AGE_ASIDE = re.compile(r",\s*(?:now\s+|then\s+|aged\s+)?\d{1,3},")
# "In Khant Tun’s words, “…”", "Khant Tun's words were: “…”", "Khant Tun’s lament:", "Khant Tun’s warning was blunt:"
_IN_WORDS = re.compile(rf"(?:\b[Ii]n\s+|^|[,.;:!?–—]\s*)([A-Z][^,.;:!?“”\"]{{0,60}}?)['’]s\s+(?:[A-Za-z]+\s+){{0,2}}"
                       rf"(?i:{SAID_NOUNS})\b(?:\s+(?:on|about|of|to|for)\s+[^,.;:!?“”\"]{{1,40}}?)?(?:\s*,[^,.;:!?“”\"]{{1,40}}(?=,\s*(?:was|were|is|are)\b)|\s*,(?!(?!\s*as\s)[^,.;:!?“”\"]*[A-Z][\w’'-]*\s+(?:{VERB})\b)[^,.;:!?“”\"]{{1,40}}(?=[,:]))?"
                       r",?(?:\s+(?:was|were|is|are|reads|read|"
                       r"runs|ran|goes|went)(?:\s+(?:that|simple|clear|blunt|short|these|this|stark|brief|direct|plain|"
                       r"as\s+follows))?|\s+(?:stunned|surprised|shocked|moved|struck|silenced)\s+[^:“”\"]{1,40})?\s*[:,]?\s*$")
_AGE_AFTER_ASIDE = re.compile(r"(?<=['’]s\s)([a-z]+(?:\s+and\s+[a-z]+)?)\s*,\s*(?:now\s+|aged\s+)?\d{1,3}(?=\s*,)")
_AGE_BEFORE_ASIDE = re.compile(r",\s*\d{1,3},(?=\s*(?:a|an|the)\s)")
_ACCORDING_AFTER = re.compile(r"\s*[,.]?\s*(?:according to|in the words of|to quote|per)\s+([^,.;:!?“”\"]+)", re.IGNORECASE)
_TITLE_POINT = re.compile(rf"\b({'|'.join(TITLES)})\.")
_SET_OFF_AFTER = re.compile(rf"\s*[,.!?]?\s*([^,.;:!?“”\"]{{1,60}});\s*{NAME}\s+{ADVERB}(?:{VERB})\b")  # (after _unaside)
_THEN_NAMED = re.compile(rf",\s*{NAME}\s*[.!?]?\s*$")
_LAST_APPOSITIVE = re.compile(r",\s*(?:a|an|the|who|whose)\s[^,.;:!?“”\"]*(?=\s*:\s*$)")
_DASHED = re.compile(r"\s*(?:\([^()]{1,120}\)|[—–][^—–]{1,120}[—–])(?=\s*,?\s*\w)")
_PRONOUN_TAG = re.compile(rf",\s*(?:he|she|they)\s+(?:{VERB}),")
_AS_NOUN = re.compile(r"\b(?:the|a|an|his|her|their|its|some|many|these|those|such|saw|read|online|of)\s+$",
                      re.IGNORECASE)  # "he saw comments calling soldiers": a noun, not a verb of saying
_PARTICIPLE = re.compile(rf",\s*[a-z]+ing\s[^,.;:!?“”\"]{{1,60}},(?=\s*{ADVERB}(?:{VERB})\b)")
_NEW_SUBJECT = re.compile(r"\s*(?:and|but|while|whereas|then)\s+(?:[a-z-]+\s+){0,2}[A-Z]")
# "X said “…”, to which Y replied", "…, with Y adding"
_WHICH = re.compile(r"\b(?:to|at|in|upon|on|after)\s+which\s+|^\s*with\s+(?=[A-Z])")
_SUBORDINATE = frozenset(words_of("""when after before as while if because since although though once unless until whenever
    where whereas"""))
_LEADING_PREPOSITIONS = frozenset(words_of("by to from with for of about at in on during"))
_SAID_END = re.compile(rf"\b(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
# "It was X (, not Y,) who said": X
_CLEFT = re.compile(rf"\b[Ii]t\s+(?:was|is)\s+{NAME}(?:\s*,\s*(?:(?:and\s+)?not|rather\s+than|instead\s+of|and\s+never)\s+"
                    rf"[^,“”\"]{{1,60}},)?"
                    rf"\s+(?:who|that)\s+{ADVERB}(?:{VERB})(?:\s+that)?\s*[:,]?\s*$")
# "said Lin Aung of Maung Sein", "said Lin Aung — Maung Sein’s friend", "said Lin Aung after Maung Sein left": the
# words after the name are of another;
_OF_OTHER = re.compile(rf"^(?!The\s)((?:[A-Z][\w’'-]*\s+){{1,3}}?[A-Z][\w’'-]*?)(?:\s+(?:of|after|before|when|as|while|since|"
                       rf"until|once|because|unlike|like|besides|not|than)\s|\s+[—–]\s|['’]s\s+(?:[a-z]+\s+)?(?i:{SAID_NOUNS})\b).*$")
# A lead-in where one named does something to or of another ("Y laughed at X’s words:", "Y praised X:", "Y says X was
# sincere:"), short of copying or passing on X's words (relayed.py) or saying them to X ("Y told X:"): either may
# have said the words that follow. Not "Y recalls his time with X:" (X in a phrase of its own).
# (a verb of saying in the words after X is X's own: "Y said X told him:", "Y turned to X and said:"; not a noun or
# a gerund, "X’s claim", "brave for saying")
_NOT_SAYING = (r"(?:(?!(?<!\bfor\s)(?<!\bof\s)(?<!\babout\s)(?<!\bwithout\s)(?<![’']s\s)(?<!\bhis\s)(?<!\bher\s)"
               rf"(?<!\bthe\s)(?<!\ba\s)\b(?:{VERB})\b)[^:;,.!?“”\"])")
_PREPOSITION = r"(?:to|of|in|for|from|with|by|at|on|about|as|into|after|before|during)"  # "According to X:"
_NOT_NAMING = r"(?:like|unlike|according|the|a|an|this|that|these|those|his|her|their|its|one|some|many|most|all|both|" \
              r"each|every|such|what|which|when|where|while|if)"  # "The words of X:", "When Y saw X:"
_HEARER = rf"(?:{TELLING}|answer|answers|answered)"  # "Y told X:", "Y answered X:": Y speaks
_JUDGED = re.compile(rf"(?:^|[.;!?,]\s*)(?!(?i:{_PREPOSITION}|{_NOT_NAMING})\b){A_NAME}"
                     rf"(?<![’']s)\s+"
                     rf"(?:(?:dis)?agree[sd]?\s+with\s+|sid(?:es|ed)\s+with\s+|concur(?:s|red)?\s+with\s+|"
                     rf"(?!(?:{VERB}|{_PREPOSITION}|and|or|nor)\b)[a-z]+\s+(?:(?!with\b|to\b)[a-z]+\s+)?|(?!{_HEARER}\b){ADVERB}(?:{VERB})\s+"
                     rf"(?:at\s+|that\s+|off\s+)?)[A-Z][\w’'-]*{_NOT_SAYING}{{0,60}}[:,]\s*$")
# "Y’s favourite line is X’s:", "Y’s best-known quote is from X:", "In Y’s report, X is quoted:", "Y’s question drew
# this from X:": X, whose the words are said to be
_OWNER_LEAD = re.compile(rf"(?:\b(?:is|was|are|were)\s+(?:from\s+|by\s+)?{NAME}|{NAME}\s+(?:is|was)\s+quoted(?:\s+as\s+saying)?|"
                         rf"\b(?:drew|draws|got|gets|elicited|prompted)\s+(?:this|these\s+words|an?\s+(?:reply|answer|response)|"
                         rf"the\s+(?:reply|answer))?\s*from\s+{NAME})\s*[:,]?\s*$")
_PARTICIPLE_LEAD = re.compile(r"\s*[A-Z][a-z]{2,}ing\s+[a-z]")  # "Sitting next to", "Speaking later"
_BUT_COLON = re.compile(r"(?:,\s*(?:but|and|while|whereas|yet)|;)\s+([A-Z][^,;:“”\"]{0,60}?)\s*:\s*$")
# "X's question to Y drew this reply:": Y, who replies
_ASKED_REPLY = re.compile(rf"{A_NAME}['’]s\s+(?:question|questions|query)\s+to\s+{NAME}\s+(?:drew|got|brought|prompted|"
                          r"elicited|received|met\s+with)\s+(?:this|a|an|the)?\s*(?:[a-z]+\s+)?(?:reply|answer|response)"
                          r"\s*[:,]?\s*$")
# "X cut in before Y could:", "X chimed in after Y:": X, who speaks before or after the other
_BEFORE_OTHER = re.compile(rf"{NAME}\s+(?:[a-z]+\s+){{1,2}}?(?:before|after|ahead\s+of)\s+{A_NAME}(?:\s+(?:could|did|had|"
                           r"was\s+done|finished|spoke|said\s+anything))?\s*[:,]?\s*$")
# "X was answered by Y:", "X was interrupted by Y:": Y, who speaks to X
_PASSIVE_BY = re.compile(rf"{A_NAME}\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?{SPOKEN_TO}\s+by\s+{NAME}"
                         r"\s*[:,]?\s*$")
