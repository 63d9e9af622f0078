"""The words of numbers, comparators, units and what is counted, defined once (see __init__)."""

from __future__ import annotations

import re

from .. import written
from ..text import words_of

ONES = {w: i for i, w in enumerate(words_of("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen"))}
TENS = {w: 10 * i for i, w in enumerate(words_of("twenty thirty forty fifty sixty seventy eighty ninety"), start=2)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# The words a number is written in, one by one ("twelve", "million", "dozens", "a decade").
NUMBER_WORDS = frozenset([*ONES, *TENS, *SCALES, "dozen", "dozens", "decade", "decades", "half", "scores", "hundreds",
                          "thousands", "millions", "tens", "handful", "third", "thirds", "quarter", "quarters"])
MONTHS = {m.lower(): i for i, m in enumerate(written.MONTHS, start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTHS.pop("may", None)  # "may" is far more often the verb; "May 2021" is still read (see date_at)

# Comparators and the phrases that say them, before the number and after it.
BEFORE = {"more_than": "over|more than|above|upwards of|upward of|in excess of|well over|just over|north of|>",
          "at_least": "at least|no fewer than|no less than|a minimum of|as little as|≥",
          "at_most": "up to|at most|no more than|as many as|a maximum of|as much as|anything up to|≤",
          "less_than": "under|below|fewer than|less than|just under|barely|<",
          "about": "about|around|roughly|approximately|some|estimated|an estimated|in the region of|on the order of|"
                   "in the neighbourhood of|in the neighborhood of|≈|~",
          "nearly": "nearly|almost|close to|nigh on|close on"}
AFTER = {"at_least": "or more", "about": "or so", "at_most": "or fewer|or less", "more_than": "plus|- plus|- odd"}  # "20,000-odd"
BEFORE_PHRASES = sorted(((tuple(p.split()), c) for c, ps in BEFORE.items() for p in ps.split("|")), key=lambda x: -len(x[0]))
AFTER_PHRASES = sorted(((tuple(p.split()), c) for c, ps in AFTER.items() for p in ps.split("|")), key=lambda x: -len(x[0]))
# The same, by the word next to the number (the last of a phrase before it, the first of one after), in the
# same order: a reader tries only the phrases that could end, or start, there.
BEFORE_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
AFTER_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _p, _c in BEFORE_PHRASES:
    BEFORE_BY_LAST.setdefault(_p[-1], []).append((_p, _c))
for _p, _c in AFTER_PHRASES:
    AFTER_BY_FIRST.setdefault(_p[0], []).append((_p, _c))

# Units: written form -> unit. Time units are plural ("decades" stays decades: its value is as written).
TIME = {w: f"{w.removesuffix('s')}s" for w in words_of("year years month months week weeks day days hour hours "
                                                       "decade decades")}
# Words that colour a span of time between its number and its unit, and say no other length: "18 long years", "a full
# decade", "two hard years"
TIME_COLOUR = frozenset(words_of("""long whole full hard short entire solid straight consecutive successive difficult
    tough gruelling grueling bitter painful loyal faithful good eventful"""))
CURRENCY = {"baht": "baht", "kyat": "kyat", "kyats": "kyat", "dollar": "dollars", "dollars": "dollars",
            "usd": "dollars", "euro": "euros", "euros": "euros", "pound": "pounds", "pounds": "pounds",
            "yuan": "yuan", "rupee": "rupees", "rupees": "rupees", "yen": "yen"}
# Signs and ISO codes written before an amount: "$500", "฿700", "THB 700".
SIGNS = {"$": "dollars", "€": "euros", "£": "pounds", "฿": "baht", "THB": "baht", "USD": "dollars", "EUR": "euros",
         "MMK": "kyat", "GBP": "pounds"}
# Whose a currency is, before its name: "Thai baht", "US dollars", "Myanmar kyat".
CURRENCY_OF = frozenset(words_of("thai us american myanmar burmese"))
MEASURES = frozenset(words_of("metres meters kilometres kilometers km miles feet acres hectares tonnes tons"))
STOREYS = frozenset(words_of("story storey stories storeys floor floors"))
ROOMS = frozenset(words_of("room rooms"))  # "a one-room apartment"
RATES = {"monthly": "month", "weekly": "week", "daily": "day", "annually": "year", "yearly": "year", "annual": "year"}
# Verbs of saying: who says (a quotation, a number) is named before them, what is said about someone after
# ("X said Y enlisted"); the reading of claims and the verdict on a number both key on them.
SAYING = frozenset(words_of("""said says say told tells explained explains added adds recalled recalls remarked remarks
    reckons reckoned reckon calculates calculated thinks maintains contends contended alleges asserts asserted
    stresses holds suggests tweeted tweets boasts boasted avers averred grumbles grumbled jokes joked sighs quips
    quipped points pointed spells spelled spelt
    revealed reveals wrote writes declared declares stated states insisted insists noted notes asked asks lamented
    laments continued continues commented comments replied replies admitted admits argued argues claimed claims
    warned warns estimated estimates reported reports counted counts believes believed put puts admit admitted
    admits acknowledge acknowledged acknowledges concede conceded concedes estimate believe insist report claim
    confirm confirmed confirms count write note warn argue explain state declare recorded records tallied tallies
    documented documents registered logged identified catalogued cataloged tracked verified lists listed compiled
    recounted recounts exclaimed exclaims posted saying reflected sighed remembered stressed concluded maintained
    observed answered answers responded responds countered counters retorted retorts adding replying countering noting
    insisting arguing explaining answering responding echoed echoes confided confides confessed confesses complained
    complains assured assures promised promises reminded reminds informed informs whispered whispers murmured murmurs
    shouted shouts yelled pleaded joked
    maintain contend allege assert suggest aver grumble think calculate reveal recount exclaim respond retort confide
    confess complain assure
    observe observes mentions mentioned emphasise emphasises emphasised emphasize emphasizes emphasized underline
    underlines underlined cautions cautioned clarify clarifies clarified affirm affirms affirmed announce announces
    announced reiterate reiterates reiterated opine opines opined muses mused specifies specified advised advises urged
    urges counselled counseled suggested recommended recommends implored implores"""))  # (not the nouns too: "reply",
# "remark", "comment", "sigh", "whisper")
# The verbs of saying a tag may carry in more words than one ("points out", "makes clear", "is quick to add"): patterns
# read beside SAYING wherever a tag is (texts/claims/asides.VERB, for a quotation's speaker and a figure's claimant
# alike; texts/claims/reporting.py reads each as the one verb of saying it is)
_SAY_BASE = r"(?:say|add|note|point\s+out|spell\s+out|stress|explain|insist|mention|emphasi[sz]e|clarify|acknowledge|admit|" \
            r"concede|caution|warn|observe|remind|underline|highlight|recall|reiterate|confirm|argue|reveal|tell\s+\w+)"
SAYING_PHRASES = (
    r"(?:points|pointed|point|pointing|spells|spelled|spelt|spell|spelling)\s+out",
    r"(?:makes|made|make|making)\s+(?:it\s+)?(?:clear|plain)",
    rf"(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:quick|keen|careful|eager|swift|anxious|happy|glad|at\s+(?:great\s+)?pains)\s+to\s+{_SAY_BASE}",
    rf"(?:goes|went)\s+on\s+to\s+{_SAY_BASE}",
    rf"(?:hastens|hastened|hasten|hastening)\s+to\s+{_SAY_BASE}",  # "X hastens to add"
    rf"(?:takes|took|take|taking|(?:has|have|had)\s+taken)\s+(?:great\s+)?pains\s+to\s+{_SAY_BASE}",
    r"(?:lets|let|letting)\s+(?:slip|drop|it\s+be\s+known)",  # "X let slip (it be known) that …"
    r"(?:would|will)\s+have\s+(?:you|us)\s+(?:know|believe)",
    r"never\s+tire[sd]\s+of\s+(?:saying|adding|noting|pointing\s+out|stressing|"
    r"repeating|telling\s+\w+)",
)
# Verbs that are a tag only where they close one, set off with its speaker ("…, X offered.", "“…,” goes on X.", "X went
# on: “…”"): not "X offered 700 baht", "X goes on to defect", "The war went on, and …" (reporting.py reads where)
CLOSING_TAGS = r"(?:offered|offers|goes\s+on|went\s+on|chimed\s+in|chimes\s+in|chipped\s+in|chips\s+in|weighed\s+in|" \
               r"weighs\s+in|cut\s+in|cuts\s+in|piped\s+up|pipes\s+up|spoke\s+up|speaks\s+up|lays\s+out|laid\s+out|" \
               r"sets\s+out|set\s+out|lets\s+on|let\s+on|ventured|ventures|volunteered|volunteers|exhorted|exhorts|" \
               r"proposed|proposes|encouraged|encourages|hazarded|hazards|proffered|interjected|interjects)"
# Verbs of seizing or coming to power ("took power in a coup", "the military seized control", "came (rose) to power in a
# coup", "took over the country"): a coup's own doing
SEIZING = frozenset(words_of("""took take takes taking taken seized seize seizes seizing grabbed grab grabs grabbing came come
    comes coming rose rise rises rising gained gain gains gaining assumed assume assumes assuming won win wins winning"""))
# Verbs that say a number is passed ("Defections have topped 20,000": more than 20,000), or reached
PASSING = frozenset(words_of("""topped tops top exceeded exceeds exceed surpassed surpasses surpass passed passes crossed
    crosses outstripped outstrips outstrip"""))
REACHING = frozenset(words_of("reached reach reaches hit hits"))
# Nouns that count persons: a count of them is in the unit "people".
PEOPLE = frozenset(words_of("""people person persons man men woman women child children soldier soldiers troop troops police
    policeman policemen officer officers personnel staff servicemen cadet cadets recruit recruits conscripts deserter
    deserters defector defectors veterans volunteers fighter fighters combatants guard guards captain captains private
    privates comrade comrades civilian civilians migrant migrants refugee refugees nationals residents villager
    villagers member members prisoner prisoners detainees student students worker workers interviewee interviewees
    survivors protesters activists journalist journalists monks doctors individual individuals family families friend
    friends official officials others deaths dead casualties roommate roommates flatmate flatmates housemate housemates
    companions cellmate cellmates colleagues neighbours neighbors relatives siblings brothers sisters sons daughters"""))
# How many parts a fraction's word cuts a whole into
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# Words that name a part of a whole before the "of" that leads to it ("one slice of", "a quarter of", "part of the
# 12,341"): a share, not what happened to those counted
SHARES = frozenset(words_of("""part parts fraction fractions share shares portion portions proportion subset slice slices
    segment segments piece pieces chunk section minority majority bulk half halves third thirds quarter quarters fourth
    fourths fifth fifths tenth tenths percent % cent some most"""))
# "… make up (account for, form, represent) one slice of the 12,341": a verb of being a part, after the part
PART_OF = re.compile(r"(?:(?:mak(?:e|es|ing)|made)\s+up|account(?:s|ed|ing)?\s+for|forms?|formed|forming|represent(?:s|ed|ing)?|"
                     r"constitut(?:e|es|ed|ing)|compris(?:e|es|ed|ing))(?=\s+(?:(?:a|an|one|two|three|about|roughly|nearly|"
                     r"almost|just|only|over|under|the|small|large|tiny)\s+){0,3}(?:part|parts|share|slice|portion|fraction|"
                     r"proportion|quarters?|thirds?|half|fifths?|tenths?|majority|minority|bulk|\d))", re.IGNORECASE)
# Words that end what a number counts: verbs, prepositions, relative words, determiners.
STOPS = frozenset(words_of("""of in to and or the a an for at on by from with more than have has had were was are is be
    been being will would can could may might must shall should did do does who whom whose which that this these
    those their his her its our my your it they he she we them us each per every since before after ago later earlier
    as into not but so then while whilst whereas though although when where if because during according aged left
    went came fled got gave took made fought lost became began saw ran live lives work works get gets stay stays remain
    remains receive receives earn earns want wants say says need needs joined last next"""))
VAGUE = re.compile(r"\b(?:(?:a\s+)?few|several|many|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)s?\b"
                   r"|\b(?:dozens|scores|hundreds|thousands|millions)(?:\s+of\s+(?:thousands|millions))?\b"
                   r"|\btens\s+of\s+(?:thousands|millions)\b|\ba\s+handful\b"
                   # a share in words ("nearly half of them"), not a part of time ("the first half of 2023")
                   r"|(?<!first\s)(?<!second\s)(?<!other\s)(?<!the\s)\b(?:(?:nearly|almost|about|roughly|over|under)\s+)?"
                   r"(?:half|a\s+third|a\s+quarter|two[\s-]thirds|three[\s-]quarters)(?=\s+(?:of|the|their|all)\b)",
                   re.IGNORECASE)
CHANGE = frozenset(words_of("""rose rise rises risen rising grew grow grows grown growing fell fall falls fallen falling
    dropped drop drops increased increase increases decreased decrease decreases jumped climbed declined went up down
    doubled tripled cut raised reduced"""))
CLOCK = frozenset(words_of("am pm a.m p.m gmt utc"))
RELATIVE = frozenset(words_of("ago earlier later"))
POSSESSIVE = frozenset(words_of("a an his her their"))
# Nouns of an event a year may be written before, as its date ("the 2021 coup", "Lin Aung's 2020 enlistment")
DATED_NOUNS = frozenset(words_of("""coup crackdown interview interviews law conscription defection desertion enlistment peak
    surge wave entry recruitment enrolment enrollment induction entrance admission"""))
# What separates a number's groups of thousands: a comma, the Arabic thousands separator, and the spaces
# typesetting puts there (no-break, narrow no-break, thin, figure). Not a plain space, which also stands
# between two numbers ("Battalion 12 300 soldiers").
GROUPS = ",\u066c\u00a0\u202f\u2009\u2007"
TOKEN = re.compile(rf"\d{{1,3}}(?:[{GROUPS}]\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)*|[^\s\w]|_")
YEAR = re.compile(r"(?:19|20)\d\d")
# Verbs whose particle is "over" or "up" ("hands over 700 baht", "signed over", "forked up"): not a comparator (not
# "paid over 700 baht", "took over 300 prisoners": more than)
PARTICLE_VERBS = frozenset(words_of("""hand hands handed handing turn turns turned turning sign signs signed signing fork
    forks forked forking cough coughs coughed coughing"""))
# The military's branches and arms, as a sentence names the service one joined or served in ("the air force", "the
# infantry"): held against the branch a person's record gives (verdicts)
ARMED_SERVICES = frozenset(words_of("army navy air military tatmadaw marines infantry artillery cavalry"))
# Its branches and arms but the military's own words ("the army" is the military, as the articles call it): a record
# that names none does not say one of them
BRANCHES = ARMED_SERVICES - {"army", "military", "tatmadaw"}
# Those one may be paid or accompanied with, other than a spouse ("with a wife and children", "…, or a sibling")
COMPANIONS = frozenset(words_of("""friend friends brother brothers sister sisters children child parents parent mother
    father son daughter family relatives baby babies kid kids dependants dependents infant infants sibling siblings
    grandchildren grandparents cousin cousins toddler toddlers newborn newborns grandchild comrade comrades colleague
    colleagues"""))
