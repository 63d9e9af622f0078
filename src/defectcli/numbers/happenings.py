"""What a sentence says happened to what a number counts, in a few kinds: "over 13,000 soldiers have defected" is
not "over 13,000 soldiers were killed", nor "Maung Sein lost seven comrades" "Maung Sein killed seven comrades".

A claim and a record are read alike: the kinds of happening their words name (a word list each), and three readings
of word order, which a word list cannot give: one the count is done to by whom the sentence names ("X killed seven
comrades", not "seven comrades were killed"), the counted doing it to others ("seven comrades killed villagers"), and a
sum a person pays out ("Each defector pays 700 baht", not "is paid"). A kind the claim names that the record's words
do not is something the record does not say happened. The list is closed: a word of no kind says nothing either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import words_of

# Only kinds that change what a count is: a word of none of them says nothing either way ("shared", "live", "get").
# People nouns are left out ("defectors", "deserters" are whom, not what happened to them).
KINDS: dict[str, frozenset[str]] = {kind: frozenset(words_of(forms)) for kind, forms in {
    "died": """die dies died dying dead death deaths killed kill kills killing lost lose loses losing loss losses
        casualties perished perish slain fallen murdered murder murders massacred massacre slaughtered assassinated
        drowned starved""",
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
        will waiting could might should pretended pretend""",
    "allowed": "may can permitted permit permits allowed allow allows entitled eligible subject liable",  # a chance, a right
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
        desertions fled flee flees fleeing escaped abandoned abandon abandons""",
    "joined": "join joins joined joining enlist enlists enlisted enlisting re-enlisted",
    "exempted": "exempt exempts exempted exemption exemptions spared spares excludes excluded excuses excused frees bans",
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


def kinds(words: Iterable[str]) -> frozenset[str]:
    """The kinds of happening `words` (lower-case) name."""
    return frozenset(kind for w in words if (kind := _KIND_OF.get(w.lower().replace("’", "'"))))


def happened(words: Iterable[str], before: str, after: str = "") -> frozenset[str]:
    """The kinds of happening a number's own words name, with the three the order of words says (`before` is the
    text that leads up to the number, `after` what follows it): "done-by", "did" and "spent"."""
    out = set(kinds(words))
    if _DID.match(after):
        out.add("did")  # "Seven of Maung Sein's comrades killed villagers": they did it, not had it done to them
    done = _DONE_BY.search(before)
    if done and done.group(1).lower() not in _PASSIVE:
        out.add("done-by")  # "Maung Sein killed seven comrades"; not "were killed"
    if any(_ANOTHER_ARMY.search(clause) for clause in (re.split(r"[,;:.!?(]", before)[-1], re.split(r"[,;:.!?)]", after)[0])):
        out.add("force")  # "served 18 years in the Arakan Army": an armed group's name, not the military's
    if _PAYS.search(before) or _FROM_THEM.match(after):
        out.add("spent")  # "Each defector pays 700 baht"; not "Each defector is paid", "The NUG pays each defector"
    return frozenset(out)


def of_measure(said: Iterable[str], measure: str | None) -> frozenset[str]:
    """The kinds of `said` that bear on a count of `measure` (people, time, money, …)."""
    return frozenset(kind for kind in said if _MEASURE.get(kind, measure) == measure)
