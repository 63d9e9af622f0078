"""Who a sentence names as a quotation's speaker or as who states what it reports: "X said", "said X",
"X:", "according to X", "X says"; a name, a group in common words ("the police"), or no one (a pronoun,
"some", "each defector", the article itself)."""

from __future__ import annotations

import re

from ... import written
from ...factbase.names import RANKS
from ...numbers.vocabulary import PEOPLE, SAYING, SIGNS
from ...text import words_of
from . import placed, relays
from .about import SET_APART
from .anchored import squeezed
from .asides import APPOSITIVE, DISCOURSE, LAST_ASIDE, VERB, aside, last_aside
from .names import ADVERB, NAME_WORD, VOICES
from .orgnames import ORG_NOUNS, RELATIONS
from .others import OTHERS_OF
from .totag import without_asides

# Words no name starts with, though a sentence may start with them capitalised.
COMMON = frozenset(words_of("""a an the in on at of to for by with from as and or but so if when while after before since
    during according however also despite once each every many most some several this that these those his her
    their its our my your we they he she it i you one two three four five six seven eight nine ten there here
    then now today yet still although though because what which who why how all both either neither other another more less
    over about around nearly almost under up no not never even only just like unlike military defectors defector
    former senior junior army air force government aged couple couples married unmarried single spouse spouses wife wives
    husband husbands""")) | PEOPLE
PRONOUNS = frozenset(words_of("he she they we i it you him her them us me another someone one who others each this that"))
# Nouns that name a group after a name or "the": "the Thai government", "the police", "a police spokesman".
_GROUPS = PEOPLE | frozenset(words_of("""government authorities ministry junta army military forces force regime spokesman
    spokeswoman spokesperson sources council administration embassy group groups organisation organization charity ngo outfit
    body movement agency association network wife husband mother father brother sister son daughter relatives officials
    reporter reporters"""))
_DESCRIBING = frozenset(words_of("""former retired serving senior junior young old other local foreign thai myanmar air
    defector human rights rebel rebels armed ethnic resistance aid media news police security"""))
# What an organisation keeps, whose figures are its own: "according to People's Embrace's records".
_KEPT = frozenset(words_of("""records record figures figure data count tally list lists statistics numbers estimate
    letter letters message messages post posts statement note notes email diary tweet interview speech testimony"""))
_MEDIA = frozenset(words_of("facebook twitter telegram tiktok youtube instagram whatsapp signal viber blog website"))
_ISSUED = frozenset(("written", "issued", "sent", "signed", "posted"))  # "a letter written by X": X
# Countries whose organisations a possessive names: "Myanmar's NUG" is the NUG.
_COUNTRIES = frozenset(("myanmar", "burma", "thailand", "country", "nation"))
# Verbs after which a described speaker's words follow: "had this advice:", "gave a warning:".
_GIVING = frozenset(words_of("""had has gave gives offered offers advised advises urged urges shared shares described
    describes summed sums cautioned cautions recounted recounts reflected reflects was were is"""))
# Words of a description before a name: "the young defector Maung Sein", "a defector named Maung Sein".
_BEFORE_NAME = frozenset(words_of("""young younger youngest old older oldest named called retired corporal sergeant captain
    private major lieutenant colonel general"""))  # "Former corporal X", "Retired captain X"
_CLAUSE_WORDS = frozenset(words_of("""as when while after heard hears remembered remembers recalls listened watched saw because
    since before until though although whilst whereas once unless where whenever wherever unlike which whom"""))
_TIMES = frozenset(m.lower() for m in written.MONTHS) | frozenset(words_of("""monday tuesday wednesday thursday friday
    saturday sunday"""))
# Words after which the speaker's name follows: "listened as X said", "heard X saying", "Last week X said".
BEFORE_SPEAKER = _CLAUSE_WORDS | _TIMES | frozenset(words_of("""week yesterday today year month in on first then later
    finally earlier afterwards"""))
# A part of an organisation that speaks for it: "the NUG's defence ministry says" is the NUG.
_PARTS_OF = frozenset(words_of("""ministry ministries department office wing cabinet council committee branch bureau
    secretariat defence defense"""))
# What names the text a claim is read in, not who states what it reports.
_THE_TEXT = frozenset(("the article", "the report", "the story", "the text", "the piece", "this article",
                       "the articles", "the sources", "the source"))


# What leads the one who says or does in a question or as the one alone: "Did X say “…”?", "None other than X said:"
_ALONE = [p.split() for p in ("none other than", "no one other than", "nobody other than", "no one but", "nobody but",
                              "none but", "no one except", "nobody except", "not once did", "never once did", "not once has",
                              "did", "does", "didn't", "didn’t", "has", "had")]


def clean(phrase: str) -> str | None:
    """A speaker or attribution as the sentence names it, without a leading conjunction or a trailing
    adverb ("he sadly reveals"); None for a pronoun or for words that name no one."""
    words = NAME_WORD.findall(phrase)
    if len(words) == 1 and words[0] in SIGNS:
        return None  # "…, THB 1,400 with a spouse": a currency, no one
    lead = next((len(p) for p in _ALONE if [w.lower() for w in words[:len(p)]] == p and len(words) > len(p)), 0)
    words = words[lead:]  # "None other than X said", "No one but X said", "Did X say", "Not once did X fail to say": X
    while words and words[0].lower() in ("and", "but", "as", "so", "then", "even", "also", "now", "later", "only",
                                         "however", "meanwhile", "still", "today", "said", "says", "quoting", "citing", "maybe",
                                         "perhaps", "possibly", "probably", "surely", "indeed"):  # ("Maybe X counts")
        words.pop(0)
    while len(words) > 1 and words[-1].lower().endswith("ly") and words[-1].lower() not in _GROUPS:  # not "family"
        words.pop()
    if others := OTHERS_OF.match(" ".join(words)):  # "those close to Lin Aung": others, not Lin Aung
        return others.group(1).lower() + " ".join(words)[others.end(1):]
    # "Lin Aung listened as Khant Tun said", "Maung Sein heard Khant Tun saying", "Last week Maung Sein said": the
    # one after the clause or time before it
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in BEFORE_SPEAKER and words[k + 1][:1].isupper()
               and (w.lower() in _CLAUSE_WORDS or k < 2) and words[k + 1].lower() not in _TIMES), default=0)
    while cut < len(words) - 1 and words[cut].lower() in _TIMES:
        cut += 1  # "In February Khant Tun said": past the month
    words = words[cut:]
    if words and words[0].lower() in ("their", "his", "her", "its", "our", "my", "your") and \
            not any(w[:1].isupper() or w.lower() in _GROUPS for w in words):
        return None  # "…, explained their reasons": what is said, not who says it (not "his mother")
    # "A former senior officer told would-be defectors:", "One former senior officer had this advice:": who, before the verb
    verb = next((k for k, w in enumerate(words) if k and w.lower() in SAYING | _GIVING and not words[k - 1].endswith(
        ("'s", "’s")) and not words[max(0, k - 2)].endswith(("'s", "’s"))  # not "X's (written) statement", a noun,
        and not (w.lower() in _GIVING - SAYING and words[k - 1].lower() in _RELATIVE)), None)  # nor "who had signed"
    if verb is not None:  # "Khant Tun said of his time in the army:": Khant Tun
        words = words[:verb]
    if len(words) > 2 and words[0].lower() in _WHEN and (words[1][:1].islower() or words[1].lower() in _TIMES) and (
            cap := next((k for k, w in enumerate(words) if k > 1 and w[:1].isupper() and w.lower() not in _TIMES), 0)) \
            and words[cap - 1].lower() not in _OF:  # "At one point Lin Aung said", "Last month the NUG said", "In March
        words = words[cap - (words[cap - 1].lower() == "the"):]  # the NUG said": the one after the phrase
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS) or words[0].lower() in _PREPOSITIONS or \
            words[0].lower() in ("he", "she", "it", "they") or (words[-1] in _PREPOSITIONS and all(map(str.islower, words))) \
            or words[0] == "that":
        return None  # "Then he spoke:": a pronoun names no one, nor do the words of ", contrary to reports of 2012", nor
        # what "said that" begins ("X said that 1,200 soldiers had left": not "that 1")
    if len(words) > (14 if _described(words) else 8) or (len(words) == 1 and words[0].lower() in ("the", "a", "an")):
        return None  # (a name's clause, but one who a clause describes: "the defector who signed an agreement to …")
    cap = next((k for k, w in enumerate(words) if k and w[0].isupper()), 0)
    if words[0].lower() in ("a", "an", "the") and 1 < cap <= 3 and all(w.islower() and w not in RELATIONS
                                                                    for w in words[1:cap]):
        words = words[cap:]  # "an emotional Lin Aung", "the soft-spoken Lin Aung": the name
    # A name and then what it did ("People’s Embrace urges soldiers:"): the name alone.
    # A common noun before a name ("Defector Lin Aung") is not part of it.
    lead = next((k for k, w in enumerate(words) if k and w[0].isupper()), 0)  # "Former soldier Khant Tun": the name
    while 0 < lead < len(words) - 1 and words[lead].lower() in COMMON and words[lead + 1].lower().rstrip(".") in _RANKS:
        lead += 1  # "Air Force Capt Zay Thu Aung": the name with its rank
    if lead and all((w.lower() in COMMON and w.lower() not in RELATIONS) or w.lower().startswith("ex-")
                    or w.lower() in _BEFORE_NAME or w.lower().endswith("-year-old") for w in words[:lead]) and \
            not all(w.lower() in ("the", "a", "an") for w in words[:lead]):  # not "the NUG", not "the wife of X"
        words = words[lead:]
    # Words of a clause before a name ("is something Lin Aung did say"): the name, unless it is whose the
    # person is ("friends of Lin Aung").
    capital = next((k for k, w in enumerate(words) if w[0].isupper()), 0)
    if capital and words[0][0].islower() and words[0] not in ("the", "a", "an") and words[capital - 1] != "of":
        words = words[capital:]
    if _a_description(words):  # "The senior general said:", "The 19-year-old said:": whom the words describe
        return " ".join(words).lower()
    if words[0] == "The" and _described(words) and all(w.islower() for w in words[1:3]):
        return " ".join(["the", *words[1:]])  # "The defector who signed a ten-year agreement said:": all that says who
    if words[0][0].isupper() and words[0].lower() not in ("a", "an", "one", "another"):
        words = words[:_name_end(words)]
    if words[0] in ("The", "A", "An") and len(words) > 1:
        words[0] = words[0].lower()  # "The NUG says": "the NUG", as a reason quotes it back; "An ex-soldier said"
    words = _owned(words)
    if len(words) >= 5 and words[-2] == "of" and words[-1].lower() in _COUNTRIES and words[-3].lower() in ORG_NOUNS:
        words = words[:-2]  # "the parallel government of Myanmar": the parallel government (not "the government of X")
    if len(words) > 3 and "of" in words[2:-1] and words[words.index("of", 2) + 1] in ("The", "the") and \
            all(w[:1].isupper() for w in words[:words.index("of", 2)]):
        words = words[:words.index("of", 2)]  # "Gary Rocchio of The Irrawaddy": the person
    group = words[1:] if words[0].lower() in ("the", "a", "an", "many", "most", "some", "several", "other", "his", "her",
                                             "their") else words
    # a group: its nouns, after words that describe them ("Former officers", "senior army officers")
    named = bool(group) and group[-1].lower() in _GROUPS and all(w.lower() in _GROUPS | _DESCRIBING for w in group)
    if named:  # "the police", "human rights groups": a group in common words; "the Thai government"
        return " ".join(w if w.lower() in ("thai", "myanmar", "burmese") else w.lower() for w in words)
    if all(w.lower() in COMMON for w in words):
        # "Each defector is paid an estimated ...", "some say": no one named; "the police" names a group, in
        # common words, as a reason quotes it back ("not former officers")
        return " ".join(words).lower() if named else None
    if words[-1][0].isupper() and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "Lin Aung's reply, when …:": his
    return " ".join(words)


_RELATIVE = frozenset(("who", "whom", "that", "which"))
_RANKS = frozenset(form for forms in RANKS.values() for form in forms)


def _described(words: list[str]) -> bool:
    """Whether the phrase is one described by a clause of its own: "the defector who signed …", "a man who had …"."""
    return words[0].lower() in ("a", "an", "the", "one") and any(w in _RELATIVE for w in words[2:4])


# What follows "the" and is no one's description: one named before ("the former"), or the text or record a figure is in
_NO_DESCRIPTION = frozenset(words_of("""former latter other first second last same one ones two both rest next following
    article report story text piece source sources day days week month year morning evening night time""")) | _KEPT


def _a_description(words: list[str]) -> bool:
    """Whether the phrase is "the" and words that describe one person by rank, age, year or calling ("the senior
    general", "the 19-year-old", "the 2020 recruit", "the teenager"), which a name's reading would cut at "the"."""
    rest = [w.lower() for w in words[1:]]
    return words[0] in ("The", "the") and 0 < len(rest) <= 4 and all(w[:1].islower() or w[:1].isdecimal() for w in words[1:]) \
        and rest[-1] not in _NO_DESCRIPTION | PRONOUNS | _TIMES and not set(rest) & (PRONOUNS | _PREPOSITIONS | SAYING) \
        and any(w not in COMMON or w in _BEFORE_NAME for w in rest) and not any(w.endswith(("'s", "’s")) for w in rest) \
        and not all(w in _GROUPS | _DESCRIBING for w in rest)


def _name_end(words: list[str]) -> int:
    """Where a name or group that starts a phrase ends: "the Thai government", "The Myanmar
    military", "The police", "the head of People's Embrace", "People's Embrace's founder", "the NUG's
    critics", and with the words that describe it before it ("the exiled NUG", "the parallel
    government"); not the clause after it."""
    run = 1
    while run < len(words):
        w = words[run]
        if w[0].isupper() or w in _GROUPS | _DESCRIBING | VOICES or (
                w in ("of", "the") and run + 1 < len(words) and words[run + 1][0].isupper()):
            run += 1
            continue
        after = words[run + 1:run + 3]
        if w in ("of", "for", "at", "from", "with") and words[run - 1].lower() in VOICES | _PARTS_OF and after != [] and (
                after[0][0].isupper() or (after[0] == "the" and after[1:] != [] and after[1][0].isupper())):
            run += 1 + (words[run + 1] == "the")  # "the head of the NUG", "a spokesman for the NUG"
            continue
        if words[run - 1].endswith(("'s", "’s")) and w.isalpha() and w not in COMMON | _PREPOSITIONS:
            named = next((j for j in range(run + 1, min(len(words), run + 3)) if not words[j].islower()), None)
            if named is not None and words[named][0].isupper():
                run = named  # "Myanmar's exiled (civilian) National Unity Government": words that describe the name
                continue
            # "the NUG's critics", "X's written statement", "X's finance office", "Myanmar's parallel government"
            return run + 1 + (words[run + 1:run + 2] != [] and words[run + 1].lower() in _KEPT | _PARTS_OF | ORG_NOUNS)
        # "The exiled NUG", "the parallel government", "Defector support group X": up to three words
        # that describe the name or group after them, only after a phrase's first word (after a name,
        # lower-case words are its clause: "The NUG cites X").
        adjectives = run
        while run == 1 and adjectives < min(len(words), 4) and words[adjectives][0].islower() and \
                words[adjectives] not in COMMON | _PREPOSITIONS | PRONOUNS | SAYING | _GROUPS:
            adjectives += 1
        if adjectives == run or adjectives == len(words) or not (
                words[adjectives][0].isupper() or words[adjectives] in _GROUPS):
            break
        run = adjectives
    return run


def _owned(words: list[str]) -> list[str]:
    """Who a possessive names: "The Irrawaddy's Gary Rocchio" and "Lin Aung's friend Zeya Hein" are the
    person; "the NUG's spokesman" speaks for the NUG; "Thawda Win's wife" is the wife of Thawda Win. Not
    "People's Embrace", a name of its own."""
    for k, w in enumerate(words[:-1]):
        if not w.endswith(("'s", "’s")):
            continue
        rest = words[k + 1:]
        if w.lower()[:-2].rstrip("'’") in _COUNTRIES and rest[-1][:1].isupper():
            return rest  # "Myanmar's NUG", "Burma's exiled NUG": the organisation, whose country it is
        if w.lower()[:-2].rstrip("'’") in _COUNTRIES and len(rest) > 1 and rest[-1].lower() in ORG_NOUNS and \
                all(x.islower() for x in rest):
            return ["the", *rest]  # "Myanmar's parallel government": the parallel government
        name = next((j for j, x in enumerate(rest) if x[:1].isupper()), None)
        two = name is not None and rest[name + 1:name + 2] != [] and rest[name + 1][:1].isupper()  # a person's name
        if name is not None and (name > 0 or two) and all(x.lower() in _GROUPS or x.islower() for x in rest[:name]):
            return rest[name:]  # "… Gary Rocchio", "… friend Zeya Hein", "Myanmar's exiled National Unity Government"
        if all(x.lower() in _MEDIA for x in rest):
            return [*words[:k], w[:-2]]  # "Lin Aung's Facebook (post)": Lin Aung, whose page it is
        if rest[0].lower() in _PARTS_OF | _KEPT or (len(rest) == 2 and rest[1].lower() in _KEPT | _PARTS_OF
                                                     and rest[0].islower() and not rest[0].endswith(("'s", "’s"))):
            return [*words[:k], w[:-2]]  # "the NUG's defence ministry", "X's records", "X's Facebook post": the NUG, X
        if name is None and rest[0].lower() in VOICES:
            return [*words[:k], w[:-2]]  # "the NUG's spokesman": the NUG
        if name is None and rest[0].lower() in _GROUPS:
            return ["the", *rest, "of", *words[:k], w[:-2]]  # "Thawda Win's wife": the wife of Thawda Win
    if len(words) > 1 and words[-1].lower() in VOICES and words[-2][:1].isupper():
        return words[:-1]  # "A People's Embrace spokesman": People's Embrace
    # "the head of People's Embrace", "a spokesman for the NUG", "officials at X", "the defence ministry of the NUG",
    # "a statement by the NUG", "a letter from X"
    of = next((j for j, x in enumerate(words) if x in ("of", "for", "at", "from", "with", "by")), None)
    if of is not None and 0 < of < len(words) - 1 and words[of - 1 - (words[of - 1] in _ISSUED)].lower() in \
            VOICES | _PARTS_OF | _KEPT and \
            all(x.islower() or x.lower() in ("the", "a", "an") for x in words[1:of - 1]):
        rest = words[of + 1:]
        rest = rest[1:] if rest[0] == "the" and len(rest) > 1 else rest
        if rest[0][:1].isupper():
            return rest
    return words


_PREPOSITIONS = frozenset(words_of("by in on at for from with to of after before since during if when while because"))
_WHEN = frozenset(words_of("at in on during after before since until by within last earlier this"))  # time before a name
_OF = frozenset(words_of("of to with by for from about"))  # "In the words of X": X's own shape, found elsewhere
# ", say officials."; not what follows a verb of telling ("…, explained why they left")
_NOT_SAYER = "|".join(words_of("why how what whether where when that to his her their its him them us me"))
# "It is the NUG, not People's Embrace, that counts …" (the one set apart already left out)
_CLEFT = re.compile(rf"^\s*(?:It|it)\s+(?:is|was)\s+((?:the\s+)?[A-Z][^,;:!?]*?)\s*,?\s+(?:that|who|which)\s+(?:{VERB})\b")
_SAYS_AFTER = re.compile(rf"[,;–—]\s*(?:{VERB})\s+(?!(?:{_NOT_SAYER})\b)([^\d,.;:!?()–—][^,.;:!?()–—]*?)"
                         r"(?:\s*,\s*[a-z]+ly)?\s*[.!?]?\s*$")  # (and its adverb: "…, says X, wryly.")
# "People's Embrace figures show", "data from People's Embrace show"
_DATA = re.compile(r"(?:^|[,;:–—(]\s*)(?:(?:data|figures|statistics) from\s+([^,.;:!?()–—]+?)|([^,.;:!?()–—]+?)\s+"
                   r"(?:data|figures|statistics|numbers))\s+(?:show|shows|suggest|suggests|indicate|indicates)\b",
                   re.IGNORECASE)
# Where or how one said it, set off by commas: "The NUG, in a statement to reporters, said", "X, speaking to reporters, says"
_CIRCUMSTANCE = re.compile(r",\s*(?:in|during|at|on|via|through|speaking\s+to|talking\s+to|writing\s+(?:in|on))\s+"
                           r"[^,.;:!?“”\"\d]{1,50},")
_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)(?=\s)")  # "the National Unity Government (NUG) says"
# "X says", "…, X says", "… that X has counted"; not "341 …" of "12,341"
_SAYS = re.compile(rf"(?:^|[,;:–—(]\s*|\bthat\s+)([^\d\s,.;:!?()–—][^,.;:!?()–—]*?)\s+{ADVERB}(?:{VERB})\b")

# Who a report says counts, right after the report's verb: "The Irrawaddy says People's Embrace has recorded"
_REPORTED = re.compile(rf"\s+((?:the\s+)?[A-Z][^\d,.;:!?()–—]*?)\s+{ADVERB}(?:{VERB})\b")
_COUNTING = re.compile(r"\b(?:counted|counts|recorded|records|tallied|tallies|documented|documents|registered|logged|"
                       r"listed|lists|compiled)\b")

_ENDS = re.compile(r"\s*[.!?]?\s*$")


SET_OFF = re.compile(r"(?<=\w)\s*(?:\([^()\d]{1,120}\)|[—–][^—–\d]{1,120}[—–])(?=\s+\w)")


def _sayer(plain: str) -> re.Match[str] | None:
    """Of the clauses "X says", the one that states the number: the last ("X reports that Y has counted"), but for
    a report's tag after it ("Y has counted 12,341, X reports.")."""
    says = list(_SAYS.finditer(plain))
    if len(says) > 1 and _ENDS.match(plain, says[-1].end()):
        return says[-2]
    return says[-1] if says else None


def attribution_of(blanked: str) -> str | None:
    """Who the sentence says states what it reports: "according to X", or "X says/said/estimates"; not
    the text itself ("according to the article")."""
    if (own := placed.ITS_OWN.search(blanked)) and (who := clean(next(g for g in own.groups() if g))):
        return who  # "X, by its count, puts it at …"
    if placed.IT_SAYS.search(blanked):  # "…, it says.", "…, per the group.", "By its count, …": the group named before
        return "the group"
    if inside := relays.SUBJECT_SAYS.match(blanked):  # "The NUG, People's Embrace says, counts …": the NUG counts
        return clean(inside.group(1))
    # "according to X", "by X's count", "citing X", "per X", "X's figure of", "counted by X", "the N X has recorded"
    m = next((found for pattern in (_TOLD_BY, *placed.IN_ORDER)
              if (found := pattern.search(blanked))), None)
    squeezed_ = squeezed(blanked)
    said = clean(next(g for g in m.groups() if g)) if m else None
    plain = _ACRONYM.sub(lambda a: " " * len(a.group()), squeezed_)
    plain = APPOSITIVE.sub(aside, without_asides(plain))  # "X, a group that helps soldiers, police and …, says"
    plain = DISCOURSE.sub(lambda a: " " * len(a.group()), plain)  # "The NUG, by contrast, says"
    plain = SET_APART.sub(lambda a: " " * len(a.group()), plain)  # "The NUG, not People's Embrace, says"
    plain = SET_OFF.sub(lambda a: " " * len(a.group()), plain)  # "People's Embrace (a group helping defectors) says"
    plain = _CIRCUMSTANCE.sub(lambda a: " " * len(a.group()), plain)  # "The NUG, in a statement to reporters, said"
    plain = LAST_ASIDE.sub(last_aside, plain)  # "…, says X, a group helping defectors."
    if said is not None and m is not None and m.re in _OUTER and (inner := _sayer(plain)) and (
            inner.start() >= m.end() or (inner.end() <= m.start() and _COUNTING.search(inner.group()))):
        inner_said = clean(inner.group(1))  # (not a relative clause of the one named: "(which does not count deserters)")
        said = inner_said if inner_said and inner_said.split()[0].lower() not in _RELATIVE else said  # "According to
        # The Irrawaddy, People's Embrace has counted": the inner one
    if said is None and (m := _CLEFT.search(plain) or _sayer(plain) or _SAYS_AFTER.search(plain) or _DATA.search(plain)):
        said = clean(next(g for g in m.groups() if g))  # "X says …", "…, says the NUG", "X figures show"
        while said is not None and (inner := _REPORTED.match(plain, m.end())) and (who := clean(inner.group(1))):
            said, m = who, inner  # "The Irrawaddy says People's Embrace has recorded": the one who counts
    if said is None and (each := placed.EACH_SAYS.search(plain)):
        said = " ".join(each.group(1).lower().split())
    if said is None and (end := _TAG_END.search(squeezed_)):
        said = clean(end.group(1))  # "Aged 22 to 39, the interviewees had served …, the NUG says.": a closing tag
    return None if said is not None and said.lower() in _THE_TEXT else said


# Who reports what another says or counts: "According to (as reported by) X, Y says …": Y's
_OUTER = (placed.ATTRIBUTED, placed.PER, placed.BY_COUNTER, placed.FIGURE_FROM)
# "Y was told by X that …", "…, Y was told by X.": X, who tells (Y only hears)
_TOLD_BY = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|being)\s+(?:told|informed|assured|warned|reminded)\s+by\s+"
                      r"((?:the\s+)?[A-Z][^\d,.;:!?()–—]*?)(?=\s+that\b|\s*[,.;!?]|\s*$)")
# A claimant's tag that closes the sentence, read when the asides before it hide it: "…, the NUG says."
_TAG_END = re.compile(rf",\s*((?:the\s+)?[A-Z][^\d,.;:!?()–—]*?)(?:\s*,\s*(?:[a-z]|[A-Z][\w-]*['’]s\s)[^\d,;:!?()–—]{{0,60}},)?"
                      rf"\s+{ADVERB}(?:{VERB})\s*[.!?]?\s*$")  # (an apposition before the verb: "…, X, a group helping …, says.")
