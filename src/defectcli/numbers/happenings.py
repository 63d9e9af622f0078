"""What a sentence says happened to what a number counts, in a few kinds: "over 13,000 soldiers have defected" is
not "over 13,000 soldiers were killed", nor "Maung Sein lost seven comrades" "Maung Sein killed seven comrades".

A claim and a record are read alike: the kinds of happening their words name (a word list each), and three readings
of word order, which a word list cannot give: one the count is done to by whom the sentence names ("X killed seven
comrades", not "seven comrades were killed"), the counted doing it to others ("seven comrades killed villagers"), and a
sum a person pays out ("Each defector pays 700 baht", not "is paid"). A kind the claim names that the record's words
do not is something the record does not say happened. The list of kinds is closed, so a word of no kind is marked
instead: the verb after a count or before it (VERB, VERB_BEFORE), each word right beside the number (WORD), a service
("in the infantry", IN); verdicts/happened.py holds those against the record's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import words_of
from .places import leading_place
from .relations import said_so
from .vocabulary import MONTHS, PART_OF, PASSING, PEOPLE, REACHING, SAYING, SHARES

# Kinds of what happened that change what a count is. People nouns are left out ("defectors", "deserters" are whom,
# not what happened to them).
KINDS: dict[str, frozenset[str]] = {kind: frozenset(words_of(forms)) for kind, forms in {
    "died": """die dies died dying dead death deaths killed kill kills killing lost lose loses losing loss losses
        casualties perished perish slain fallen fell murdered murder murders massacred massacre slaughtered assassinated""",
    "manner": "drowned starved",  # how they died, which the record does not say
    "harmed": """shot shoot shoots shooting wounded wound wounds injured injure injuries injury tortured torture
        tortures beaten beat beats beating attacked attack attacks abused abuse assaulted assault assaults maimed raped
        hurt persecuted threatened""",
    "stopped": "stopped",  # "The NUG stopped paying each defector 700 baht"
    "held": """arrested arrest arrests detained detain detains detention jailed jail jails imprisoned imprison
        imprisonment prison prisons prisoner prisoners captured capture captures abducted abduct kidnapped locked
        confined confinement trapped quarantined quarantine custody hostage hostages held caught surrendered surrender""",
    "hidden": "hidden hid hide hides hiding",
    "missing": "missing disappeared vanished",
    "executed": "executed execute executes execution executions hanged",
    "recruited": """recruited recruit recruits recruiting recruitment conscripted conscript conscripting conscription drafted
        draft drafts drafting""",
    "trained": "trained train trains training",
    "rescued": "rescued rescue rescues saved freed released",
    "survived": "survived survive survives surviving lived unhurt unharmed alive evacuated",
    "honoured": "decorated medals medal honoured honored awarded promoted praised welcomed rewarded",
    "wished": """want wants wanted wish wishes wished hope hopes hoped plan plans planned intend intends intended aim aims
        will would waiting could might should pretended pretend""",
    "allowed": "may can permitted permit permits allowed allow allows subject liable",  # a chance, a right
    "betrayed": "betrayed betray betrays buried bury buries",
    "fought": "fought fight fights fighting battled clashed",
    "deported": """deported deport deports deportation expelled expel repatriated evicted evict evicts eviction exiled
        exile extradited""",
    "vetted": "vetted vet vets vetting screened screening interrogated questioned investigated",
    "punished": "fined penalised penalized punished sentenced taxed court-martialled court-martialed",
    "posted": """sacked dismissed fired demoted reassigned transferred deployed discharged resigned retired mobilised
        mobilized demobilised demobilized disarmed reinstated blacklisted rehired relieved pardoned retrained""",
    "stayed": """stayed stay stays staying remain remains remained remaining loyal returned return returns rejoined
        recaptured behind back""",
    "spent": """spend spends spent spending owe owes owed fine fines charge charges charged charging demand demands
        demanded donate donates donated borrow borrows borrowed send sends sent rent rents fee fees debt debts cost
        costs bribe bribes lend lends lent transfer transfers remit remits remitted contribute contributes
        contributed repay repays repaid collect collects collected deduct deducts deducted withholds withheld taxes
        keeps kept docked forfeits forfeit saves""",
    "defected": """defect defects defected defecting defection defections deserted desert deserts deserting desertion
        desertions fled flee flees fleeing escaped abandoned abandon abandons left quit quits walked""",
    "joined": "join joins joined joining enlist enlists enlisted enlisting re-enlisted",
    "exempted": """exempt exempts exempted exemption exemptions spared spares excludes excluded excuses excused frees bans
        protects protected shields shielded""",
    # another force than the army
    "force": "pdf resistance rebels rebel militia militias kia guerrillas insurgents navy marines marine",
    "police": "police policeman policemen",
    "paid": "paid pay pays paying hired hire hires salaried compensated bribed payments cash reimbursed",
    "housed": "housed sheltered resettled asylum relocated moved",
}.items()}
_KIND_OF = {word: kind for kind, forms in KINDS.items() for word in forms}
# Kinds that say what happened only to a count of one measure: time is "spent" as money is; years of service end in
# a defection ("After 16 years in the army, X deserted") or start with a joining, as a count of those who defected
# or joined is one.
_MEASURE = {"spent": "money", "defected": "people", "joined": "people", "paid": "people"}

# A verb whose subject did it to the count when it stands right before it in the active voice.
_DOING = "killed|kill|kills|shot|shoot|shoots|executed|executes|murdered|murders|slew|massacred|raided|burned|burnt|looted"
# "were killed": done to them ("had killed" is active)
_PASSIVE = frozenset(words_of("is are was were be been being get gets got getting"))
_DONE_BY = re.compile(rf"\b([\w’'-]+),?\s+(?:{_DOING})\s+(?:(?:over|about|some|nearly|almost|at\s+least|more\s+than|"
                      r"another|all|the|his|her|their|its)\s+)*$", re.IGNORECASE)
# "The NUG takes 700 baht a month from each defector": money from them, not paid them
_FROM_THEM = re.compile(r"\s*from\s+(?:each|every|all|the)?\s*(?:defectors?|soldiers?|recruits?|deserters?)\b", re.IGNORECASE)
_DID = re.compile(rf"\s*(?:(?:have|has|had)\s+)?(?:{_DOING})\s+(?!by\b)[a-z]", re.IGNORECASE)
# A people noun (or "each one", "everyone") right before "pays": who pays, not who is paid ("The NUG pays each …").
_PAYS = re.compile(r"\b(?:defectors?|soldiers?|recruits?|deserters?|members?|families|couples?|veterans?|"
                   r"one|everyone|each|they|he|she|we|i)\s+(?:(?:must|(?:has|have|needs?|is|are)\s+(?:required\s+|obliged\s+|"
                   r"expected\s+|forced\s+|made\s+)?to)\s+)?(?:pays?|paid|paying|hand(?:s|ed)?(?:\s+over)?|gives?|gave|"
                   r"giving|sends?|sent|fork(?:s|ed)?\s+out)\s+(?:\w+\s+){0,2}$",
                   re.IGNORECASE)

# An armed group's name ("the Kachin Independence Army", "the Karen National Union"); not the state's own forces
# ("the Myanmar Army", "the Myanmar Air Force", "the Tatmadaw", "the Armed Forces")
_ANOTHER_ARMY = re.compile(r"\b(?!(?:Myanmar|Burma|Burmese|Tatmadaw|Royal|Air|Armed|Defence|Defense)\b)[A-Z][\w’'-]+"
                           r"(?:\s+(?!Air\b|Armed\b)[A-Z][\w’'-]+){0,3}\s+(?:Army|Front|Union|Organi[sz]ation|Alliance|Brigade|"
                           r"Militia|Forces?)\b")


# A service another country's name or word qualifies: "the Thai military", "the US army", "the Royal Thai Air Force",
# "Thailand's air force", "the Indian Air Force" (not Myanmar's, nor a person's: "Zay Thu Aung's air force")
_FOREIGN = re.compile(r"(?<![\w’'])(?!(?:Myanmar|Burma|Burmese|Tatmadaw|The|A|An|His|Her|Their|Its|Our|Royal|Air|Former|Retired|"
                      r"Ex|Senior|Junior|Serving)\b)"  # ("Former air force captain X", "Air force captain X": a title)
                      r"([A-Z][A-Za-z]+|[A-Z]{2,})(?:['’]s)?\s+(?:(?:armed\s+)?forces?|military|army|navy|air\s+force|"
                      r"Armed\s+Forces|Military|Army|Navy|Air\s+Force)\b")


def foreign_force(text: str) -> bool:
    """Whether `text` names the armed service of another country than Myanmar ("the Thai military", "the air force
    of Thailand")."""
    return any(not (m.group(1) != m.group().split()[0] and _A_NAMES_OWN.search(text, 0, m.start()))
               for m in _FOREIGN.finditer(text)) or _OF_ANOTHER.search(text) is not None


# "the air force (army, military) of Thailand": a country named after the service
_OF_ANOTHER = re.compile(r"\b(?i:(?:armed\s+)?forces?|military|army|navy|air\s+force)\s+of\s+(?:the\s+)?"
                         r"(?!(?:Myanmar|Burma|Union\s+of\s+Myanmar)\b)[A-Z][A-Za-z]+")


_A_NAMES_OWN = re.compile(r"[A-Z][\w’'-]*\s+$")  # "Zay Thu Aung's air force": one of a name of several words


def kinds(words: Iterable[str]) -> frozenset[str]:
    """The kinds of happening `words` (lower-case) name, a possessive's too ("the PDF's air force": another force)."""
    return frozenset(kind for w in words if (kind := _KIND_OF.get(w.lower().replace("’", "'").removesuffix("'s"))))


def happened(words: Iterable[str], before: str, after: str = "", beside: Iterable[str] = ()) -> frozenset[str]:
    """The kinds of happening a number's own words name, with the three the order of words says (`before` is the
    text that leads up to the number, `after` what follows it): "done-by", "did" and "spent"."""
    out = set(kinds(words))
    if _DID.match(after):
        out.add("did")  # "Seven of Maung Sein's comrades killed villagers": they did it, not had it done to them
    done = _DONE_BY.search(before)
    if done and done.group(1).lower() not in _PASSIVE:
        out.add("done-by")  # "Maung Sein killed seven comrades"; not "were killed"
    if any(_ANOTHER_ARMY.search(clause) or foreign_force(clause)
           for clause in (re.split(r"[,;:.!?(]", before)[-1], re.split(r"[,;:.!?)]", after)[0])):
        out.add("force")  # "served 18 years in the Arakan Army (the Royal Thai Air Force)": not Myanmar's military
    if _PAYS.search(before) or _FROM_THEM.match(after):
        out.add("spent")  # "Each defector pays 700 baht"; not "Each defector is paid", "The NUG pays each defector"
    if re.match(r"\s*(?:have\s+|had\s+)?g[eo]t(?:s|ten|ting)?\s+lost\b", after):
        out.add("missing")  # "seven comrades got lost": went missing, not killed
    if re.search(r"\b(?:(?:is|are|was|were)\s+to\s+(?:be\s+)?|stands?\s+to\s+|stood\s+to\s+)\w+\s*$", before, re.IGNORECASE):
        out.add("wished")  # "Each defector is to be paid 700 baht": to come, not paid
    if by_force(_WORDS.findall(before.lower())) or by_force(_WORDS.findall(re.split(r"[.;:!?]", after)[0].lower())):
        out.add("forced")  # "Maung Sein was conscripted at 15", "was forced to join aged 17": no record's joining
    if _STILL_SERVING.match(after):
        out.add("stayed")  # "Over 13,000 soldiers, the NUG says, are still in uniform": not gone from it
    if _TO_THE_JUNTA.match(after):
        out.add("stayed")  # "12,341 switched sides to the junta": back to the military, not away from it
    if (where := _IN_A_SERVICE.match(after)) is not None and where[1].lower() not in _NO_VERB:
        out.add(f"{IN}{where[1].lower()}")  # "18 years in the fire brigade": the service the record must name
    out.update(f"{WORD}{w}" for w in beside if w.rpartition(">")[2] not in _NEUTRAL or said_so(*w.partition(">")[::2])
               or w in _FOREVER or w in ON_TOP or w in SOLDIERING)  # ("700 baht a month for life", "an extra 700
    # baht"; "served 12 years, as a soldier": not a police officer's, verdicts/happened.py)
    # "In Yangon, 12,341 …", "In northern Myanmar,", "In the north,": the record's; else "In the borderlands,"
    out.update(f"{WORD}{w}" for w in leading_place(before, _NEUTRAL))
    for mark, head in ((VERB, predicate(after)), (VERB_BEFORE, predicate_before(before))):
        if head is not None and not kinds([head]):
            out.add(f"{mark}{head}")  # a verb of no kind: the record must use it, or it says nothing of it (verdicts)
    if (joined := _JOINED_CDM.match(after)) is not None:  # "have joined the CDM": defected to it, as the records say
        out = (out - {"joined"} - {f"{mark}{w}" for mark in (VERB, WORD) for w in joined.group().lower().split()
                                   if w not in ("cdm", "civil", "disobedience", "movement")}) | {"defected"}
    if (over := _GONE_OVER.match(after)) is not None:  # "have gone over to the CDM": defected, in two words
        out -= {f"{mark}{w}" for mark in (VERB, WORD) for w in over.group().lower().split()}
        out.add("defected")
    return frozenset(out)


# A joining by force, in any of its words or phrases ("at gunpoint", "as a conscript", "was made to join", "after his
# call-up", "unwillingly"): no record's joining or enlistment (of an age here; of a date, texts/claims/events.py)
FORCE = frozenset(words_of("""gunpoint conscript conscripts conscripted conscription conscriptee draftee drafted forcibly
    abducted kidnapped seized press-ganged coerced unwilling unwillingly involuntarily reluctant reluctantly grudging
    grudgingly summoned call-up duress"""))
_FORCED_PAIRS = (["by", "force"], ["rounded", "up"], ["called", "up"], ["call", "up"], ["was", "forced"], ["were", "forced"],
                 ["being", "forced"])
_MADE = ("made", "compelled", "obliged", "forced", "pressed", "pressured")


def by_force(words: list[str]) -> bool:
    """Whether `words` (lower case) say a joining was forced."""
    return bool(FORCE & set(words)) or any(
        words[j:j + 2] in _FORCED_PAIRS or words[j:j + 3] == ["call", "-", "up"]
        or (words[j] == "against" and words[j + 2:j + 3] == ["will"])
        or (words[j] in _MADE and words[j + 1:j + 2] in (["to"], ["into"])) for j in range(len(words)))


_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_FOREVER = frozenset(words_of("life lifetime forever permanently indefinitely"))
SOLDIERING = frozenset(words_of("soldier soldiers troop troops"))
# A sum on top of another ("an extra 700 baht"): said of the sum before it in the sentence, else the record's to say
ON_TOP = frozenset(words_of("extra additional another further more bonus top"))
_JOINED_CDM = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"  # ("members of the security forces")
                         r"\s*(?:(?:have|has|had)\s+)?(?:(?:since|now|also|already)\s+)?(?:joined|join|joins|joining)\s+"
                         r"(?:the\s+)?(?:CDM|Civil\s+Disobedience)\b", re.IGNORECASE)  # (the 60 characters after a number)
_GONE_OVER = re.compile(r"\s*(?:(?:have|has|had)\s+)?(?:went|gone|go|goes|going|crossed|cross|crosses|come|came)\s+over\b",
                        re.IGNORECASE)


VERB, VERB_BEFORE = "verb:", "verb before:"  # a verb of no kind after a number and what it counts, or before them
WORD = "word:"  # a word right beside the number that says something (texts/claims/beside.py): the record's too
IN = "in:"  # where a time was spent ("in the infantry")
_IN_A_SERVICE = re.compile(r"\s*(?:in|with|within)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?"
                           r"([A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})")
# Words that lead up to the verb after a count ("have now defected", "who were reportedly killed", "are estimated to
# have defected"), and words that end the search with no verb (a preposition, a conjunction, a pronoun)
_AUX = r"(?:who|that|which|have|has|had|will|would|may|might|can|could|should|must|be|been|being|having|not|also|now|" \
       r"already|since|then|so|far|reportedly|allegedly|apparently|reputedly|recently|just|only|all|both|each|" \
       r"finally|eventually|ultimately|later|successfully|officially|formally|estimated|believed|thought|said|reported|" \
       r"known|understood|counted|recorded|confirmed|documented|registered|listed|to|in|total|of|them)"
_COPULA = r"(?:are|were|is|was|get|got|gets|become|became)"
_HEAD = re.compile(rf"\s+(?:{_AUX}\s+)*(?:({_COPULA})\s+(?:{_AUX}\s+)*)?([a-z][a-z'’-]*)\b")
_NO_VERB = frozenset(words_of("""in on at by for from to of with without since as and or but nor than then the a an this
    that these those its their his her our your my per via across over under into onto upon after before during until till
    about around among between through throughout within against toward towards including according total altogether
    overall each every all both only just more less so yet they he she it we i you who which whom whose what when where
    why how there here not no out up down alone too again already still some many most if unless while because although
    though whereas once whether now then currently aged just only also reportedly still extra another additional
    monthly weekly"""))
_PARTICIPLES = frozenset(words_of("""shot hurt held left kept lost put sent brought caught taught fought bought told sold
    found paid made hit beaten seen driven given taken thrown known born run won led fed fled met set cut let read spent
    built dealt felt meant slain sworn torn worn drawn grown flown shown blown hung bound stuck struck"""))
# The verb before a number and what it counts, past its hedges and one word for people ("The NUG pays defectors 700
# baht", "The law protects men aged 18 to 35", "is billed 700 baht"); words of counting, saying, getting and of a law
# that applies say nothing of what happened
_BEFORE = re.compile(r"(?<![\w'’])([a-z][a-z'’-]*)(?:\s+(home|out|up|back|over|off|away|down))?\s+"
                     r"(?:(?:the|a|an|all|each|every|some|about|around|over|nearly|almost|roughly|"
                     r"approximately|only|just|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|as\s+many\s+as|"
                     r"extra|another|additional|monthly|weekly|his|her|their|its|currently|now|still|also|reportedly)\s+)*"
                     rf"(?:(?:{'|'.join(sorted(PEOPLE, key=len, reverse=True))})\s+)?$")
SAYS_NOTHING = frozenset(words_of("""is are was were be been being has have had get gets got says said say counts counted
    count puts put estimates estimated estimate reports reported records recorded lists listed cites cited tallies
    tallied registers registered number numbers numbered tracks tracked documented documents confirms confirmed gives gave
    give given receives received receive earns earned earn draws drew provides provided offers offered grants granted
    hands handed allocates allocated totals totalled totaled total amounts reaches reached stands stood turned turns
    applies apply covers cover requires require obliges oblige forces force compels compel conscripts conscript drafts
    draft targets target affects affect mandates mandate dictates dictate includes include concerns obligates makes
    binds subjects calls call called summons enlists enlist recruits recruit aged age ages show shows showed shown indicate
    indicates indicated suggest suggests suggested reveal reveals revealed find finds found note notes noted mention
    mentions mentioned holds hold hosts host plus same ones one single singles bachelor bachelors couple
    couples married unmarried includes included saw seen watched witnessed mourned mourns
    remembers remembered spoke speak speaks talked talk talks make made making account accounts accounted form forms
    formed comprise comprises comprised constitute constitutes constituted represent represents represented
    become becomes became"""))  # (a copula, as "get": "decided to become a soldier at 15")
# Verbs of where people are, which say nothing unless where they are is the record's ("live in Thailand")
LIVING = frozenset(words_of("live lives lived living reside resides resided residing"))
# Verbs a count of soldiers does by being one ("The seven interviewees served in the military"), or that say how
# many or who they are ("The 12,341 defectors include 3,015 soldiers", "Seven former soldiers spoke to Al Jazeera")
_BEING = frozenset(words_of("""serve serves served include includes included number numbered total totalled
    totaled amount amounts reach reached stand stood spoke speak speaks talked talk talks shared share shares"""))
# "are still in uniform", "remain in the army", "are at their posts", "are still serving" (past a claimant's aside)
_STILL_SERVING = re.compile(r"(?:\s*,[^,]{1,40},)?\s*(?:(?:are|were|is|was|remain|remained|stay|stayed)\s+(?:still\s+)?(?:in\s+"
                            r"(?:uniform|the\s+(?:army|military|ranks|service|tatmadaw|armed\s+forces))|at\s+their\s+posts|"
                            r"on\s+duty|serving|enlisted)|(?:still\s+serv(?:e|es|ed|ing)|serv(?:e|es|ing))\s+(?:in\s+|with\s+)?(?:the\s+)?"
                            r"(?:junta|military|army|regime|tatmadaw))\b", re.IGNORECASE)
# "switched sides to the junta", "defected back to the military": the other way
_TO_THE_JUNTA = re.compile(r"[^,;:.!?]{0,40}?\b(?:back\s+)?to\s+(?:the\s+)?(?:junta|military|army|regime|tatmadaw|generals)\b",
                           re.IGNORECASE)


def predicate_before(before: str) -> str | None:
    """The verb right before a number and what it counts ("The NUG pockets 700 baht": pockets; "The law shields men
    aged 18 to 35": shields), in lower case; None where the word there says nothing of what happened (a verb of
    counting, saying, getting, or of a law that applies), or is no verb."""
    found = _BEFORE.search(before[-80:])
    if found is None:
        return None
    head = found.group(1).replace("’", "'")
    if head in _NO_VERB or head in SAYS_NOTHING | PASSING | REACHING or head in PEOPLE or head in SAYING or (
            found.group(2) == "home" and head in ("take", "takes", "took", "bring", "brings", "brought")):
        return None  # (what one "takes home" is what one is paid)
    return head


def predicate(after: str) -> str | None:
    """The verb that says what happened to what a number counts, right after its words ("12,341 junta personnel went
    home": went; "… who were reportedly killed": killed), in lower case; None where none follows (a preposition, a
    noun after "are", the end of the clause)."""
    found = _HEAD.match(after)
    if found is None:
        return None
    copula, head = found.group(1), found.group(2).replace("’", "'")
    if PART_OF.match(after, found.start(2)):
        return None  # "3,015 soldiers make up one slice of the 12,341": a part of a whole, nothing done to them
    if head in _NO_VERB or head in SAYING or head in _BEING or (
            copula and not head.endswith(("ed", "en", "wn")) and head not in _PARTICIPLES):
        return None  # "12,341 are junta personnel", "… are in Thailand"
    if head in LIVING and (where := _IN_A_SERVICE.match(after, found.end())) is not None:
        return f"{head} in {where[1].lower()}"  # where they live: the record must name it
    return head


def of_measure(said: Iterable[str], measure: str | None) -> frozenset[str]:
    """The kinds of `said` that bear on a count of `measure` (people, time, money, …)."""
    return frozenset(kind for kind in said if _MEASURE.get(kind, measure) == measure)


# Verbs of saying that, before a sum, ask for it or promise it ("asks for 700 baht", "is promised 700 baht")
ASKING = frozenset(words_of("ask asks asked asking promise promises promised promising"))
# Words of a number's clause that say nothing the record must hold: function words, hedges, words of time, of
# counting, saying, getting and being, and of a law that applies
_NEUTRAL = frozenset(words_of("""a an the of to in on at for by with from about into as and or nor is are was were be
    been being do does did done how many much what which who whom whose why when where that this these those it its
    there their they he she his her him i me my we our us you your than then so if any some all has have had will would
    shall can could must should also just only per each every according between dozen among amongst them including
    total totals overall altogether number numbers figure figures count counts estimate estimates tally data
    statistics official officially year years month months week weeks day days time times decade decades today now
    currently recently since coup currently date dated still yet already ever never ago later earlier last first even
    second third least most more less fewer over under nearly almost roughly approximately around some estimated
    about exactly precisely just only another other others further extra additional same such own both either
    neither one ones whole entire full half part parts rest unit units side sides post posts life lives away face faces
    article story report reports interview interviews entitled eligible soldier soldiers security their his her its
    home take takes took taking halving doubling reportedly allegedly apparently reputedly currently recently
    officially formally successfully finally eventually ultimately nearly roughly approximately only early lately mostly
    mainly largely probably possibly likely monthly weekly daily yearly annually respectively altogether enforced enacted
    implemented""")) | LIVING | \
    _NO_VERB | SAYS_NOTHING | _BEING | (SAYING - ASKING) | frozenset(re.findall(r"[a-z]+", _AUX)) | frozenset(MONTHS) | SHARES
