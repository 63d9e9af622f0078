"""The words that deny a claim, for negation.py: one word ("never", "refused", "a myth") or two ("had yet
to", "stopped short of", "tried to": a try, a wish or a plan is not the act)."""

from __future__ import annotations

from ...numbers.vocabulary import SAYING
from ...text import words_of

DENYING = frozenset((
    "not", "never", "neither", "nor", "cannot", "hardly", "scarcely", "didnt", "dont", "doesnt", "wasnt", "werent",
    "hasnt", "havent", "hadnt", "isnt", "arent", "wont", "cant", "couldnt", "wouldnt",
    # verbs that say it was not done ("refused to enlist", "evaded enlistment"), in each form
    *(stem + end for stem in ("refuse", "decline", "evade") for end in ("", "s", "d")),
    *(stem + end for stem in ("fail", "avoid", "refrain", "resist", "reject", "debunk", "skip")
      for end in ("", "s", "ed")), *(stem + end for stem in ("dodge", "refute", "disprove", "repudiate")
                                     for end in ("", "s", "d")), "skipped", "withdrew",
    "exempted", "erroneously", "mistakenly", "incorrectly", "error",
    "dodged", "denied", "denies", "deny", "unable", "prevented", "barred", "banned", "forbidden", "forbade",
    "abstained", "disputes", "disputed", "dispute", "retracted", "retracts", "retract", "withdrawn", "withdraws", "unsaid",
    "nobody", "nothing",
    "none",
    "shunned", "shuns", "neglected", "neglects", "omitted", "omits", "ceased", "ceases", "deprived", "zero",
    "contests", "contested", "dismissed", "dismisses", "disowns", "disowned", "groundless", "fabrication",
    # words that say it is not so ("it is false that", "reports that ... are wrong", "a myth", "falsely quoted")
    "false", "untrue", "incorrect", "wrong", "inaccurate", "unfounded", "baseless", "myth", "fabricated", "lie",
    "lies", "fake", "falsehood", "erroneous", "mistaken", "bogus", "falsely", "wrongly", "misquoted",
    "misattributed", "fiction", "fictional", "fictitious", "hoax", "nonsense", "untruth", "fantasy", "misquote",
    "misquotes", "misquotation", "apocryphal", "invented", "forged", "forgery", "doctored", "misinformation",
    "planning", "plotting", "plotted", *(stem + end for stem in ("disavow", "contradict", "misreport", "misrepresent",
                                                                "rebut") for end in ("", "s", "ed")), "rebutted",
    "retracting", "misheard", "novel", "spoof", "parody", "satirical", "mistranslation", "mistranslated",
    "dramatisation", "dramatization", "reconstruction", "pretending", "impersonator", "film", "poem", "meme",
    "sketch", "manipulated", "nightmare", "dream", "imagined", "recanted", "recants", "roleplay", "satire", "drama",
    "song", "mock", "rescinded", "rescinds", "rescind", "backtracked", "backtracks", "backpedalled", "backpedaled",
    "backpedals", "recant", "doubts", "doubted", "nowhere",
    "deepfake", "smear", "propaganda", "disinformation", "foiled", "thwarted", "dashed", "unreal", "lied", "lying"))
# Two words that deny together: "had yet to enlist", "was far from enlisting", "stopped short of", "stopped
# being paid", "went without"; "escaped" alone is a defector's flight, "escaped conscription" a denial.
DENYING_PAIRS = frozenset((
    ("yet", "to"), ("far", "from"), ("kept", "from"), *((stop, w) for stop in ("stopped", "stops") for w in (
        "short", "being", "receiving", "getting")),
    # "abandoned plans to enlist" (but "abandoned the military" is a defection)
    *((give_up, w) for give_up in ("abandon", "abandons", "abandoned") for w in (
        "plans", "plan", "hope", "hopes", "attempts", "attempt", "efforts", "bid")),
    *((go, "without") for go in ("go", "goes", "went", "gone")),
    # a payment of the past, where the record's is current: "used to be paid", "were once paid", "formerly received"
    ("used", "to"), *((then, paid) for then in ("once", "formerly", "previously", "originally", "initially")
                      for paid in ("paid", "received", "receiving", "given", "got", "getting", "earned", "granted")),
    *(("escaped", w) for w in ("conscription", "enlistment", "enlisting", "being", "the")),
    *((turn, "down") for turn in ("turned", "turns", "turn")), *((d, "against") for d in ("decided", "decides")),
    ("without", "having"), ("without", "ever"), ("without", "success"), ("in", "vain"), ("made", "up"),
    ("backed", "out"), ("turned", "away"), ("took", "back"), ("held", "off"), ("put", "off"), ("came", "close"),
    # a try, a wish, a plan or what would have been is not the act: "tried to enlist in 2020", "was trying to",
    # "plan to defect", "was about to", "would have enlisted"
    *((aim, "to") for aim in ("tried", "tries", "trying", "attempted", "attempts", "attempting", "attempt", "wanted",
                             "wants", "wanting", "hoped", "hopes", "hoping", "planned", "plans", "planning", "plan",
                             "intended", "intends", "intending", "sought", "seeks", "seeking", "wished", "wishes",
                             "wishing", "about", "expected", "keen", "meant", "scheduled", "supposed", "applied",
                             "promised", "offered", "vowed", "prepared", "struggled", "eager")),
    *((may, "have") for may in ("would", "could", "should")), ("dreamed", "of"), ("dreamt", "of"),
    ("thought", "about"), ("considered", "enlisting"), ("considered", "defecting"), ("considered", "joining"),
    ("hope", "of"), ("hopes", "of"), ("verge", "of"), ("ready", "to"), ("going", "to"), ("set", "to"), ("was", "to"),
    ("distanced", "himself"), ("distanced", "herself"), ("all", "but"), ("objected", "to"), ("laughed", "off"),
    ("brushed", "off"), ("thinking", "of"), ("flirted", "with"), ("point", "of"), ("out", "to"), ("plot", "to"),
    ("prepared", "his"), ("arranged", "his"), ("prepared", "her"), ("arranged", "her"),
    *((wish, "to") for wish in ("determined", "aimed", "longed", "resolved", "pledged", "swore", "threatened",
                                                            "desperate", "anxious", "asked", "invited", "willing", "urged",
                                "encouraged", "ordered", "pressured", "slated", "told", "began", "begun", "steps")),
    *((turn, itself) for turn in ("reversed", "reverses") for itself in ("himself", "herself", "itself", "themselves")),
    ("short", "of"), ("rather", "have"), ("issue", "with"),
    ("thought", "of"), ("spoke", "of"), ("tempted", "to"), ("hesitated", "to"), ("thought", "better"), ("poised", "to"),
    ("preparing", "to"), *((hold, "back") for hold in ("held", "holds", "hold", "holding")), ("considered", "saying"),
    ("considering", "saying"),
    ("started", "to"), ("taking", "it"),
    *(("would", act) for act in ("enlist", "join", "defect", "desert", "serve", "flee", "quit", "leave"))))
# Words that say a source is not real: a quotation or a number "in a deepfake video" was never said.
FALSITY = frozenset(("fake", "fakes", "faked", "bogus", "forged", "forgery", "fabricated", "fabrication", "hoax",
                     "doctored", "deepfake", "deepfaked", "invented", "fictional", "fictitious", "satirical", "satire",
                     "parody", "spoof", "counterfeit", "misinformation", "disinformation", "propaganda", "smear"))
PART = frozenset(("a", "half", "most", "nearly", "roughly", "about", "almost", "over", "more", "some", "just"))  # "made up
# three quarters", "all but one": a count, no denial
ASKING = frozenset(("told", "urged", "asked", "begged", "advised", "encouraged", "ordered", "pressed", "pushed",
                    "invited", "implored", "pleaded", "tells", "urges", "asks", "advises", "poised"))  # asked to, not done
SAID_THINGS = frozenset(("quote", "quotation", "words", "remark", "remarks", "claim", "figure", "statement"))  # "questioned
# the quote"
# A value set aside for another ("in 2021 instead of 2020", "500 rather than 700"): not stated.
SET_ASIDE = (("instead", "of"), ("rather", "than"), ("in", "place", "of"), ("in", "lieu", "of"), ("as", "opposed", "to"),
             ("contrary", "to"))
# Words between such a phrase and the value: "contrary to reports of 2020".
OF_REPORTS = frozenset(("reports", "report", "claims", "accounts", "rumours", "rumors", "of", "that", "in", "on",
                        "the", "a"))
# What may follow the denial of a clause that only refutes the one before it: "but he did not (really)", "but
# that is not true", "but never did so"; not a verb of its own ("but he could not leave", "but it is not enough").
ELLIPTIC = frozenset({*words_of("""so really actually at all though it that this true the case do did does have has had
    be been was were is are ever again yet anymore either too"""), ".", "!", ","})
# What says a lead-in's words are not the speaker's, where it has no verb of saying: "X was wrongly credited with the
# words:", "X repudiated the words:"
FALSELY = frozenset(words_of("""wrongly falsely erroneously mistakenly incorrectly misquoted misattributed repudiated
    repudiates disowned disowns disavowed disavows denies denied retracted retracts"""))  # (not "Y doubts X's words:",
# nor "Y disputes X's words:": another's view of words X said)
# Verbs whose denial affirms: "did not fail to say", "never once hesitated to tell", "did not refrain from saying".
LITOTES = frozenset(("fail", "fails", "failed", "hesitate", "hesitates", "hesitated", "neglect", "neglects", "neglected",
                     "refrain", "refrains", "refrained", "forget", "forgets", "forgot", "shy", "shies", "shied", "afraid",
                     "scared", "reluctant", "hesitant", "unwilling", "loath"))
# Denials whose own denial affirms: "a claim he does not deny", "words he has never retracted", "which no one disputes",
# "it is not false"; not those of a try or a plan ("did not try to enlist", "is not going to say": still no act).
UNDONE = LITOTES | frozenset(words_of("""deny denies denied denying dispute disputes disputed contest contests contested
    retract retracts retracted withdraw withdraws withdrew withdrawn recant recants recanted disown disowns disowned
    disavow disavows disavowed rescind rescinds rescinded backtrack backtracks backtracked refute refutes refuted reject
    rejects rejected question questions questioned challenge challenges challenged false untrue wrong incorrect
    inaccurate unfounded baseless mistaken erroneous refuse refuses refused decline declines declined"""))
UNTRUE_WHEN = frozenset(("lies", "lying", "lied", "wrong", "mistaken", "lie", "misspoke", "misspeaks"))
# Taking words back: "walked (it) back", "took the remark back", "reversed himself".
_TAKING = frozenset(words_of("walk walks walked walking take takes took taken taking"))
_WHOSE = frozenset(words_of("the his her its their that this those these my our"))
_SAID = frozenset(words_of("""it this that them those these himself herself itself themselves quote quotes quotation
    words word remark remarks claim claims figure figures number numbers statement statements comment comments"""))


def taken_back(words: list[str], k: int) -> bool:
    """Whether words[k] takes words back: "walked back the remark", "has since walked it back", "took the figure
    back", "words he has since walked back", "reversed himself"; not "walked back to his village", "took back the town",
    "took the bus back"."""
    after = words[k + 1:k + 4]
    if words[k] in ("reversed", "reverses"):
        return after[:1] in (["himself"], ["herself"], ["itself"], ["themselves"])
    if words[k] not in _TAKING or after == []:
        return False
    if after[0] == "back":  # what is taken back: nothing more ("… walked back."), or words said
        return after[1:2] == [] or not after[1][:1].isalnum() or after[1] in _SAID or (
            after[1] in _WHOSE and after[2:3] != [] and after[2] in _SAID)
    if after[0] in _WHOSE and after[1:3] != [] and after[1] in _SAID:  # "took the figure back", "walked his words back"
        return after[2] == "back"
    return after[0] in _SAID and (after[1] == "back" or after[1:3] == ["all", "back"]) if len(after) > 1 else False  # "walked
    # it back", "took it all back"


def corrected(words: list[str], k: int) -> bool:
    """Whether words[k] says words were put right: "has since corrected the quote", "amended the figure", "before
    correcting himself", "has since changed his mind"."""
    after = words[k + 1:k + 3]
    if words[k] in ("changed", "changes", "changing"):
        return after[1:2] in (["mind"], ["story"], ["tune"], ["account"]) and after[0] in _WHOSE
    if words[k] in ("issued", "published", "ran", "printed", "issues", "publishes", "runs", "prints"):
        return after == ["a", "correction"]  # "The Irrawaddy has since issued a correction"
    return words[k] in ("corrected", "corrects", "correcting", "amended", "amends") and after != [] and (
        after[0] in _SAID or (after[0] in _WHOSE and after[1:2] != [] and after[1] in _SAID))


_TAKING_BACK = frozenset(("say", "said", "says", "saying", "tell", "told", "mean", "meant", "speak", "spoke", "write",
                          "wrote", "so", "this", "that", "it", "them", "those", "these", "words", "back", "such", "thing",
                          "anything", "any", "of", "claim", "the", "his", "her", "its", "their", "quote", "quotation",
                          "remark", "remarks", "statement", "comment", "comments", "figure", "number", "claims",
                          "himself", "herself", "itself", "themselves", "what", "he", "she", "they", "from", "making",
                          "made", "having", "later", "days", "day", "weeks", "week", "months", "hours", "two", "three",
                          "a", "afterwards", "soon", "after", "mind", "now", "story",
                          "correction", "all"))  # ("took it back", "said no such thing", "none
# of it", "rejects the quote", "has since withdrawn the figure", "reversed himself", "but that is not what he said",
# "distanced himself from the remark", "denied making the remark", "retracted the remark two days later")


_HE = frozenset(("he", "she", "they", "it"))
_LATER = frozenset(("later", "now", "since", "then", "has", "had", "have", "afterwards", "subsequently", "also"))


def reported(words: list[str], k: int) -> int:
    """Where the words one says after a claim begin, when a clause at words[k] only reports them: "he later said (that)
    he never said it", "he now says he never said that" (at the second "he"); else k."""
    j = k + 1
    while j < len(words) and j - k <= 3 and words[j] in _LATER:
        j += 1
    if words[k] not in _HE or j >= len(words) or words[j] not in SAYING:
        return k
    j += 1 + (words[j + 1:j + 2] == ["that"])
    return j if words[j:j + 1] != [] and words[j] in _HE else k


def takes_back(after: list[str]) -> bool:
    """Whether the words after a denial in a clause after a claim take the claim back: nothing ("but he did not"),
    or only the saying of it ("though he later denied saying so", "he did not mean it"); not another act ("but he
    did not elaborate", "but it did not give a source", "but he would not say more")."""
    return all(w in ELLIPTIC or w in _TAKING_BACK for w in after)
