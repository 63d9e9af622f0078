"""`defectcli verify` on the bundled fact base (no --facts): claims written from its two articles,
right and wrong, each with the verdict and the record that decides it. A wrong claim is never
called `matches`."""

from __future__ import annotations

import json

import pytest

from .helpers import run

# Quotations of the articles, for the rows on titles, split quotations and described speakers
_SURVIVE = "“Even though I realized how the military was treating the people and ruling the country,”"
_ON_MY_OWN = "“I couldn’t see a way to survive on my own.”"
_PROSPECT = "“There was little prospect of getting a job to earn my living,”"
_MAJORITY = "“This happens to the majority of soldiers,”"
_ASTOUNDING = "“The transformation has been astounding,”"
_COMRADES = ("“Most of my comrades in the air force were genuinely good individuals, but ever since the coup, their "
             "behavior has taken on monstrous proportions.”")

# (a sentence, then each of its claims' verdict and deciding record, in order)
CLAIMS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ('Since the coup, 12,341 junta personnel have defected to the CDM, according to People’s Embrace.',
     [("matches", "defections-total-peoples-embrace")]),
    ('According to the NUG, over 13,000 soldiers and police officers have defected since the coup.',
     [("matches", "defections-total-nug")]),
    ("According to People's Embrace, more than 13,000 soldiers and police have defected.",
     [("misattributed", "defections-total-nug")]),
    ('The NUG says 12,341 junta personnel have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('Over 13,000 soldiers and police officers have defected since the coup.',
     [("disputed", "defections-total-nug")]),
    ('People’s Embrace counts 3,015 soldiers and 9,326 police among the defectors.',
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("People's Embrace says 9,326 soldiers have defected.",
     [("differs", "defections-total-peoples-embrace")]),
    # One word dropped from the later part of a quote of two parts: only that word is the difference.
    ('Zay Thu Aung said: “Most of my comrades in the air force were good individuals, but ever since the coup, '
     'their behavior has taken on monstrous proportions.”', [("misquoted", "q-zay-thu-aung-transformation")]),
    ('Each defector receives 700 baht a month from the NUG.',
     [("matches", "nug-payment")]),
    # re-run 88 A11: a claimant's aside in brackets or dashes before a bare count (was `not_found`: the aside's
    # "defectors" read as what it counts); with commas (guard)
    ("People’s Embrace (a group helping defectors) says 12,341 have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People’s Embrace — a group helping defectors — says 12,341 have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People’s Embrace, a group helping defectors, says 12,341 have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 88 A12: a currency's code before a second amount was read as its claimant (`misattributed`, "not THB") and
    # kept the couples' 1,400 from being its own clause's (`differs` against the single defector's 700)
    ("Defectors get THB 700 per month, THB 1,400 with a spouse.",
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ("Couples receive THB 1,400 monthly, singles THB 700.",
     [("matches", "nug-payment-with-spouse"), ("not_found", None)]),  # the 700: as written in baht
    # re-run 90 A19: the 1,400 given to the companion in other shapes (was `matches`); with one, the defector's (guard)
    ("Wives of defectors get 1,400 baht a month.", [("not_found", "nug-payment-with-spouse")]),
    ("Each defector gets 700 baht a month, and his wife 1,400 baht.",
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    ("A defector with a wife gets 1,400 baht a month.", [("matches", "nug-payment-with-spouse")]),
    # re-run 90 A12: two people and two ages in a list: the first age was given to both (the second's `differs`); the
    # first is the first's, the second is left unread
    ("Bo Pyay and Maung Sein joined the army at 17 and 15 respectively.", [("matches", "bo-pyay")]),
    ("Bo Pyay and Maung Sein both joined at 17.", [("matches", "bo-pyay"), ("differs", "maung-sein")]),  # guard
    # re-run 90 A14: one placed beside or under a claimant is not that claimant
    ("The officer under Thawda Win says defectors can stay in a safe house for three months.",
     [("misattributed", "safe-house-stay")]),
    # re-run 89 A10: one told a figure is no claimant; who tells it is ("Y was told by X that …": X)
    ("People's Embrace was told by the NUG that 12,341 have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace was told by the NUG that over 13,000 have defected.", [("matches", "defections-total-nug")]),
    # re-run 88 A4: "over" of "hands over" was read as "more than 700" (`differs`); a comparator still is one (guard)
    ('The NUG hands over 700 baht a month to each defector.', [("matches", "nug-payment")]),
    ('Each defector is handed over 700 baht a month.', [("matches", "nug-payment")]),
    ('Each defector gets over 700 baht a month.', [("differs", "nug-payment")]),
    ('Each defector is paid 700 baht a week.',
     [("differs", "nug-payment")]),
    ('A defector accompanied by a spouse receives 1,400 baht per month.',
     [("matches", "nug-payment-with-spouse")]),
    ('The conscription law applies to men aged 18 to 35 and women aged 18 to 27.',
     [("matches", "conscription-age-men"), ("matches", "conscription-age-women")]),
    ('The conscription law applies to women aged 18 to 35.',
     [("differs", "conscription-age-women")]),
    ('Seven former soldiers were interviewed for the article.',
     [("matches", "s1-interviewee-count")]),
    ('The interviewees were aged between 22 and 39.',
     [("matches", "s1-interviewee-ages")]),
    ('The interviewees had spent between four and 22 years in the military.',
     [("matches", "s1-interviewee-service")]),
    ('Bo Pyay joined the army aged 17.',
     [("matches", "bo-pyay")]),
    ('Bo Pyay joined the army at 19.',
     [("differs", "bo-pyay")]),
    ('Zeya Hein entered the military in 2014.',
     [("matches", "zeya-hein-enlists")]),
    ('Zeya Hein entered the military in 2016.',
     [("differs", "zeya-hein-enlists")]),
    ('Lin Aung enlisted in 2020.',
     [("matches", "lin-aung-enlists")]),
    ('The Myanmar military staged a coup on February 1, 2021.',
     [("matches", "coup")]),
    ('The coup took place in February 2022.',
     [("differs", "coup")]),
    ('Captain Zay Thu Aung, who served for 18 years, defected in 2023.',
     [("matches", "zay-thu-aung"), ("disputed", "zay-thu-aung-defects")]),
    ('Zay Thu Aung served in the air force for 20 years.',
     [("differs", "zay-thu-aung")]),
    ('Maung Sein joined the military at the age of 15.',
     [("matches", "maung-sein")]),
    ('Maung Sein, aged 21, is the youngest in the safehouse.',
     [("differs", "maung-sein")]),
    ('Defectors may stay in their safe house for three months.',
     [("matches", "safe-house-stay")]),
    ('Defectors may stay in their safe house for three weeks.',
     [("differs", "safe-house-stay")]),
    ('There are over a million Myanmar migrants and war refugees in Thailand.',
     [("matches", "migrants-in-thailand")]),
    ("Seven of Maung Sein's comrades were killed in the assault on a PDF training camp.",
     [("matches", "pdf-camp-assault-deaths")]),
    ('Lin Aung said: “No matter how hard it is, I don’t regret leaving the Myanmar military.”',
     [("matches", "q-lin-aung-no-regret")]),
    ('Zay Thu Aung said: “No matter how hard it is, I don’t regret leaving the Myanmar military.”',
     [("misattributed", "q-lin-aung-no-regret")]),
    ('“I had no good options to earn a living,” Lin Aung said.',
     [("misquoted", "q-lin-aung-no-options")]),
    ('“The transformation has been astounding,” says Capt Zay Thu Aung.',
     [("matches", "q-zay-thu-aung-transformation")]),
    ('People’s Embrace urges soldiers: “Stand with the people before it’s too late!”',
     [("matches", "q-pe-stand-with-people")]),
    ('“Everyone in the military should be treated with respect regardless of rank,” said an army captain who defected.',
     [("matches", "q-captain-respect")]),
    ('“Everyone in the military should be treated with respect regardless of rank,” said Bo Pyay.',
     [("misattributed", "q-captain-respect")]),
    ("A former private said: “I didn't have enough time to eat or sleep.”",
     [("matches", "q-private-eat-sleep")]),
    ('Maung Sein said: “It filled me with remorse and regret.”',
     [("misquoted", "q-maung-sein-remorse")]),
    ('The NUG has trained 5,000 drone pilots.',
     [("not_found", None)]),
    ('“We will take back the country by next year,” said Zay Thu Aung.',
     [("not_found", None)]),
    ('Thawda Win defected in 2019.',
     [("not_found", None)]),
    ('Military defections peaked in 2021.',
     [("matches", "defections-peak")]),
    ('Thawda Win and his wife live in a four-story safe house.',
     [("matches", "safe-house-storeys")]),
    ('Bo Pyay served in the army for a decade.',
     [("matches", "bo-pyay")]),
    ('Lin Aung thought he could join for one or two years.',
     [("matches", "lin-aung")]),
    # an age is no count of people: this was `differs` against the 6 interviewees motivated to join
    ('Lin Aung joined the army at 17.',
     [("not_found", None)]),
    ('Zeya Hein left the army in 2014.',  # was `matches` against his enlistment, by the word "army"
     [("not_found", None)]),
    ('Each defector is paid 700 baht monthly.',  # was `differs` against the 1,400 with a spouse
     [("matches", "nug-payment")]),
    # who states a figure in common words is no part of what it counts (was `differs`: "counts 9,326 police")
    ('The police say 12,341 junta personnel have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('Soldiers say 12,341 junta personnel have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    # a place the record names is what the figure is about, as much as the words around it (was `not_found`)
    ('Over a million Myanmar migrants and war refugees live in Thailand.',
     [("matches", "migrants-in-thailand")]),
    ('Over 5 million Myanmar migrants and war refugees live in Thailand.',
     [("differs", "migrants-in-thailand")]),
    ('The interviewees served between four and 22 years.',
     [("matches", "s1-interviewee-service")]),
    ('The interviewees served between five and 22 years.',
     [("differs", "s1-interviewee-service")]),
    # a count of people is neither a length of service nor a figure of some of them (was `differs`: "says 6 people")
    ('The seven interviewees served between four and 22 years in the military.',
     [("not_found", None), ("matches", "s1-interviewee-service")]),
    ('Lin Aung, one of seven interviewees, enlisted in 2020.',  # was `differs` against his years of service
     [("matches", "s1-interviewee-count"), ("matches", "lin-aung-enlists")]),
    ('Lin Aung joined the army aged 17.',  # was `differs` against the conscription law's ages
     [("not_found", None)]),
    # a married couple is a defector with a spouse (was `differs` against the 700); a verb of saying is not what
    # is counted (was `not_found`)
    ('Married defectors get 1,400 baht a month.',
     [("matches", "nug-payment-with-spouse")]),
    ('The NUG counts more than 13,000 defectors.',
     [("matches", "defections-total-nug")]),
    ('The police admit 12,341 junta personnel have defected.',  # was `differs`: "counts 9,326 police"
     [("misattributed", "defections-total-peoples-embrace")]),
    ('The coup, which took place in 2022, shocked Lin Aung.',  # was `not_found`: "no dated coup for Lin Aung"
     [("differs", "coup")]),
    # a wife or a couple is a spouse; the words near another amount do not make a rival (were `differs`)
    ('A defector with his wife receives 1,400 baht a month.',
     [("matches", "nug-payment-with-spouse")]),
    ('Each defector is paid 700 baht a month, and couples get 1,400 baht.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('The wife of Thawda Win says defectors can stay in a safe house for three months.',  # was `matches`
     [("misattributed", "safe-house-stay")]),
    ('Lin Aung took part in the protests in 2020.',  # was `differs` against the crackdown
     [("not_found", None)]),
    # the spouse's figure says nothing of another companion (was `matches`); a claimant's aside (was "not 12")
    ('A defector accompanied by a friend receives 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    # re-run 102 A5: another companion beside the spouse (was `matches`); guard: the spouse alone
    ('A defector with a wife and children gets 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    ('A defector with a wife and baby gets 1,400 baht a month.',  # re-run 103 A4: more words for companions
     [("not_found", "nug-payment-with-spouse")]),
    ('A defector with a spouse and dependants gets 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    ('A defector with a wife gets 1,400 baht a month.',
     [("matches", "nug-payment-with-spouse")]),
    # re-run 103 A5: a claimant in other places: a tag turned round and set off, brackets at the end, "Source:" (the
    # figure's or the payment's wrong claimant was not read: `matches`, or `disputed` for the totals)
    ("Each defector, says People's Embrace, is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("12,341 junta personnel, says the NUG, have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected (the NUG).",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected. Source: the NUG.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected, reckons the NUG.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel, says People's Embrace, have defected.",  # guard: its own claimant
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 104 A4, A5: a toddler beside the spouse; a claimant in square brackets, after a dash, "(Source: X.)",
    # "X thinks" (each was `matches` or `disputed`)
    ('A defector with a spouse and toddler gets 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    ("Each defector is paid 700 baht a month [People's Embrace].",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month — People's Embrace.",
     [("misattributed", "nug-payment")]),
    ("12,341 junta personnel have defected (Source: the NUG.)",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG thinks 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected — People's Embrace.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 105 A2: "maintains", "in the view of X", "in X's telling" (the claimant was dropped: `matches`)
    ("Each defector is paid 700 baht a month, People's Embrace maintains.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month, in the view of People's Embrace.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month, in People's Embrace's telling.",
     [("misattributed", "nug-payment")]),
    ("12,341 junta personnel have defected, People's Embrace maintains.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 106 A2, A6, A7, A10: more verbs and places of a claimant; the interviewees given the law's ages (each
    # was `matches`)
    ("People's Embrace holds that each defector is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("People's Embrace has found that each defector is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("People's Embrace is adamant that each defector is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month, the NUG's spokesman told reporters.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month, says Lin Aung, wryly.",
     [("misattributed", "nug-payment")]),
    ("Lin Aung points out that each defector is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("The seven former soldiers were aged 18 to 35.",
     [("matches", "s1-interviewee-count"), ("differs", "s1-interviewee-ages")]),
    ("People's Embrace helps defectors. It says each defector is paid 700 baht a month.",  # re-run 106 A8: "It says"
     [("misattributed", "nug-payment")]),
    # re-run 107 A2, A8: "…, it says.", "per the group", "By its count"; a comrade beside (each was `matches`)
    ("People's Embrace helps defectors. Each defector is paid 700 baht a month, it says.",
     [("misattributed", "nug-payment")]),
    ("People's Embrace helps defectors. Each defector is paid 700 baht a month, per the group.",
     [("misattributed", "nug-payment")]),
    ("People's Embrace helps defectors. By its count, 12,341 junta personnel have defected.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    ('Defectors accompanied by a comrade get 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    # re-run 107 A11, A12: a multiple of the sum after it is the companion's, not the sum's (the true one was
    # `differs`, the false one `matches`); since re-run 130 A9 a claim of its own too, held as the ratio of the records
    # (twice nug-payment's 700: the companion's 1,400, whatever the sum before it says)
    ("The NUG pays each defector 700 baht a month, double for couples.",
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ("Each defector gets 1,400 baht a month, or twice as much if accompanied by a spouse.",
     [("differs", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    # re-run 130 A9: a comparison with the other case's sum after a sum ("…, half what couples get") or around it
    # ("twice the single rate of 700 baht") leaves the sum its own claim (each sentence was no claim), and is a claim of
    # its own, held as the ratio the record gives: the multiple it says of the record the sum is of (700 and 1,400:
    # "half", "double", "twice" match; "a third", "three times" differ; a wrong sum with a right ratio is the sum's error)
    ('Single defectors receive 700 baht a month, half what couples get.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Each defector receives 700 baht a month, half what couples get.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Each defector receives 700 baht a month, or half of what those with a spouse are paid.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Married defectors receive twice the single rate of 700 baht.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Single defectors receive 800 baht a month, half what married ones get.',
     [("differs", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Single defectors receive 700 baht a month, a third of what couples get.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Each defector is paid 700 baht a month, twice what couples get.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Couples receive 1,400 baht a month, double what single defectors get.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Couples receive 1,400 baht a month, three times what single defectors get.',
     [("matches", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('Married defectors receive three times the single rate of 700 baht.',
     [("differs", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Each defector receives 700 baht a month, or three times as much if accompanied by a spouse.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Couples get 1,400 baht a month, twice as much as single defectors get.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Single defectors get 700 baht a month, half the rate for couples.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    # re-run 132 A13: a comparison's own rate is the other case's sum's ("half what couples get each week" `matched`
    # the 1,400 of a month); A14: a sum set off after a comparison ("double the single rate, 1,400 baht a month") is the
    # multiple's, and the comparison a claim of its own (the 1,400 was read as the single rate's: `differs`)
    ('Defectors get 700 baht a month, half what couples get each week.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Defectors get 700 baht a month, half what couples get per day.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Couples get 1,400 baht a month, twice the single weekly rate.',
     [("matches", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('A married defector receives double the single rate, 1,400 baht a month.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('A defector with a spouse receives double the single rate, 1,400 baht a month.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Couples get twice what single defectors get, 1,400 baht a month.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('A married defector receives triple the single rate, 1,400 baht a month.',
     [("differs", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('A married defector receives double the single rate, 1,400 baht a week.',
     [("differs", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Defectors get 700 baht a month, half what couples get each month.',  # guards: the comparison's rate the record's
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Couples get 1,400 baht a month, twice the single rate.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('A married defector receives twice the basic rate, 1,400 baht a month.',  # (no case named: no comparison claim)
     [("matches", "nug-payment-with-spouse")]),
    ('Each defector receives 700 baht a month, half what he earned in the army.',  # guards: no other case named (no
     [("matches", "nug-payment")]),  # comparison claim, and the sum's own kept); a rate, not a multiple
    ('Single defectors receive 700 baht a month.',
     [("matches", "nug-payment")]),
    ("People's Embrace, a group helping defectors, says 12,341 junta personnel have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 107 A6: the defectors as claimant with a verb of saying in its plain form, or "Each defector says" (the
    # claimant was lost: `matches`); A9: the event a span is counted from is not the one its date is of (`matches`
    # the coup's date); A10: "The" and a rank, age or year describes the speaker (the quotation `matched` anyone's)
    ("The defectors maintain that each defector is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("Each defector says he is paid 700 baht a month.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid an estimated 700 baht a month.",  # guard: "estimated" here is no one's saying
     [("matches", "nug-payment")]),
    ("In 2021, one year after the coup, Zay Thu Aung defected.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected one year after the coup, in 2021.",
     [("differs", "zay-thu-aung-defects")]),
    ("Lin Aung enlisted a year before the coup, in 2020.",  # the true one (was `differs`, held against the coup)
     [("matches", "lin-aung-enlists")]),
    ("The senior general said: “It filled me with remorse and despair.”",
     [("not_found", "q-maung-sein-remorse")]),
    ("The 2020 recruit said: “There was a positive perception of the military during that time.”",
     [("not_found", "q-zeya-hein-perception")]),
    ("The general said: “The transformation has been astounding.”",
     [("not_found", "q-zay-thu-aung-transformation")]),
    ("The captain said: “The transformation has been astounding.”",  # guard: he was a captain
     [("matches", "q-zay-thu-aung-transformation")]),
    ("People’s Embrace continues to assert there is a limited window, declaring “Stand with the people before it’s too "
     "late!”", [("matches", "q-pe-stand-with-people")]),  # guard: "continues to assert" is one verb of saying
    # re-run 108 A1, A9: a place that leads the clause after any preposition, or none but a direction, and with a
    # dash, a colon or nothing after it, in any case; A2: what a time is counted from, by name or in words of time
    # (each was `matches`); and the coup in other words (was `not_found`)
    ("Along the border, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Near Mandalay, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Over in Thailand, each defector is paid 700 baht a month.",
     [("not_found", "nug-payment")]),
    ("Down south, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("In Yangon 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("In Bangkok each defector is paid 700 baht a month.",
     [("not_found", "nug-payment")]),
    ("In Yangon – 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("in yangon, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("On average, each defector is paid 700 baht a month.",  # guards: no place
     [("matches", "nug-payment")]),
    ("At a press conference, People's Embrace said 12,341 junta personnel have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("According to the NUG, over 13,000 soldiers and police officers have defected since Operation 1027.",
     [("not_found", "defections-total-nug")]),
    ("12,341 junta personnel have defected since Christmas, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected since last year, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected since the coup, according to People's Embrace.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    ("Over 13,000 soldiers and police officers have defected since the military seized power, according to the NUG.",
     [("matches", "defections-total-nug")]),
    ("Over 13,000 soldiers and police officers have defected since the military seized Mandalay, according to the NUG.",
     [("not_found", "defections-total-nug")]),
    # re-run 108 A3, A4, A5, A6, A8: "doubled for" a companion; a spokeswoman for the group who "told reporters"; a
    # job past the service it was in; words one "got a lecture from" another; "Borrowing X's words, Y says" (each was
    # `matches`)
    ("Each defector gets 1,400 baht a month, doubled for those with a spouse.",
     [("differs", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ("Each defector is paid 700 baht a month, a spokeswoman for People's Embrace told reporters.",
     [("misattributed", "nug-payment")]),
    ("Each defector is paid 700 baht a month, the director of People's Embrace told the BBC.",
     [("misattributed", "nug-payment")]),
    ("12,341 junta personnel have defected, a spokeswoman for the NUG told reporters.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected, a spokeswoman for People's Embrace told reporters.",  # was `disputed`
     [("matches", "defections-total-peoples-embrace")]),
    ("Zay Thu Aung was a cook in the air force for 18 years.",
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served in the air force for 18 years.",  # guard
     [("matches", "zay-thu-aung")]),
    ("Lin Aung got a lecture from his sergeant: “No matter how hard it is, I don’t regret leaving the Myanmar military.”",
     [("not_found", "q-lin-aung-no-regret")]),
    ("Lin Aung took a call from his sergeant: “No matter how hard it is, I don’t regret leaving the Myanmar military.”",
     [("not_found", "q-lin-aung-no-regret")]),
    ("Lin Aung had this warning: “No matter how hard it is, I don’t regret leaving the Myanmar military.”",  # guard
     [("matches", "q-lin-aung-no-regret")]),
    ("Borrowing the NUG's words, People's Embrace says 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Borrowing a line from the NUG, People's Embrace says 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    # re-run 108 A7: two claimants side by side, after "Where", "compared with … by Y's count", and a contrast set
    # off inside the first one's clause (the figures were swapped: false ones `matched`, true ones `misattributed`)
    ("Where the NUG counts 12,341 defectors, People's Embrace counts over 13,000.",
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-nug")]),
    ("Where the NUG counts over 13,000 defectors, People's Embrace counts 12,341.",
     [("matches", "defections-total-nug"), ("matches", "defections-total-peoples-embrace")]),
    ("The NUG counts 12,341 defectors, compared with over 13,000 by People's Embrace's count.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace counts 12,341 defectors, compared with over 13,000 by the NUG's count.",
     [("matches", "defections-total-peoples-embrace")]),
    ("According to the NUG, while People's Embrace says over 13,000, 12,341 have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("According to People's Embrace, while the NUG says over 13,000, 12,341 have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG, while People's Embrace says over 13,000, counts 12,341.",
     [("misattributed", "defections-total-nug"), ("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace, while the NUG says over 13,000, counts 12,341.",
     [("matches", "defections-total-nug"), ("matches", "defections-total-peoples-embrace")]),
    # re-run 109 A1, A2: a figure set beside another in more words ("as against", "in contrast with", "next to") with
    # its own "by Y's count" (the claimants were swapped); A3: a place after more prepositions (`matches`); A4: who
    # heard it, in brackets after "told reporters" (true ones `misattributed`, "not the BBC"); A6: "X, by its count,"
    # is X's (a false one `matched` the group of the sentence before)
    ("The NUG counts 12,341 defectors, as against over 13,000 by People's Embrace's count.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace counts 12,341 defectors, as against over 13,000 by the NUG's count.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People's Embrace counts 12,341 defectors, next to over 13,000 by the NUG's count.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG counts 12,341 defectors, in contrast with over 13,000 in People's Embrace's tally.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected, with 3,015 soldiers and 9,326 police, according to People's Embrace.",
     [("matches", "defections-total-peoples-embrace")] * 3),  # guard: "with" the parts, the closing claimant's
    ("Under the hills, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Back home, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Among the Karen, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Under the law, men aged 18 to 35 can be conscripted.",  # guard: no place
     [("matches", "conscription-age-men")]),
    ("12,341 junta personnel have defected, People's Embrace told reporters (the BBC).",
     [("matches", "defections-total-peoples-embrace")]),
    ("Over 13,000 soldiers and police officers have defected, the NUG told reporters — the BBC among them.",
     [("matches", "defections-total-nug")]),
    ("12,341 junta personnel have defected, the NUG told reporters (the BBC).",  # guard
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG counts 12,341 defectors. People's Embrace, by its count, puts it at over 13,000.",
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-nug")]),
    ("The NUG pays defectors. By its count, People's Embrace says over 13,000 have defected.",
     [("misattributed", "defections-total-nug")]),
    # re-run 109 A5: a letter with an accent the record does not write is no verbatim quotation (was `matches`)
    ("Maung Sein said: “It filled me with remörse and despair.”",
     [("misquoted", "q-maung-sein-remorse")]),
    # re-run 109 borderline: a description by the speaker's rank and branch fits him (was `not_found`); another doesn't
    ("“The transformation has been astounding,” the former air force captain remarked.",
     [("matches", "q-zay-thu-aung-transformation")]),
    ("“The transformation has been astounding,” the former air force major remarked.",
     [("not_found", "q-zay-thu-aung-transformation")]),
    # re-run 110 A1: "in comparison to", "set beside" (the claimants were swapped); A2, A3: a place with "Myanmar's",
    # after "Over", "Towards", "Round", "All over", "Far from", or with nothing after it before the one paid (`matches`);
    # A4: who heard it after a comma ("Reuters among them": `disputed`); A9: a rate after "paid" (`matches` a month's)
    ("The NUG counts 12,341 defectors, in comparison to over 13,000 by People's Embrace's count.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace counts 12,341 defectors, set beside over 13,000 by the NUG's count.",
     [("matches", "defections-total-peoples-embrace")]),
    ("Inside Myanmar's prisons, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Over the hills, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Far from home, 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Over the past decade, 12,341 junta personnel have defected, according to People's Embrace.",  # guards: a time,
     [("matches", "defections-total-peoples-embrace")]),  # whose (not a place)
    ("In the NUG's count, 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Over the border each defector is paid 700 baht per month.",
     [("not_found", "nug-payment")]),
    ("Out east each defector is paid 700 baht per month.",
     [("not_found", "nug-payment")]),
    ("Over 13,000 soldiers and police officers have defected, the NUG told reporters, Reuters among them.",
     [("matches", "defections-total-nug")]),
    ("Over 13,000 soldiers and police officers have defected, People's Embrace told reporters, including Reuters.",
     [("misattributed", "defections-total-nug")]),
    ("Each defector receives a stipend of 700 baht paid weekly.",
     [("differs", "nug-payment")]),
    ("Each defector receives a stipend of 700 baht, which is paid weekly.",
     [("differs", "nug-payment")]),
    ("Each defector receives a stipend of 700 baht paid monthly.",  # guard
     [("matches", "nug-payment")]),
    # re-run 112 A3, A4: a service, or what a count counts, set off after the number (each was `matches`)
    ("Lin Aung enlisted in 2020, as a police officer.",
     [("not_found", None)]),
    ("Bo Pyay joined the army at 17 — as a police officer.",
     [("not_found", "bo-pyay")]),
    ("Zay Thu Aung served 18 years (in the infantry).",
     [("not_found", "zay-thu-aung")]),
    ("According to People's Embrace, 12,341 junta personnel (all generals) have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Over 13,000 soldiers and police officers – mostly generals – have defected, according to the NUG.",
     [("not_found", "defections-total-nug")]),
    ("According to People's Embrace, 12,341 junta personnel (3,015 soldiers and 9,326 police) have defected.",  # guard
     [("matches", "defections-total-peoples-embrace")] * 3),
    # re-run 113 A2, A3: a job, or what a count counts, set off after the number by "as", "mostly", "all" (`matches`)
    ("Zay Thu Aung served 18 years, as a cook.",
     [("not_found", "zay-thu-aung")]),
    ("Bo Pyay joined the army at 17, as a cook.",
     [("not_found", "bo-pyay")]),
    ("According to People's Embrace, 12,341 junta personnel, mostly generals, have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("According to the NUG, over 13,000 soldiers and police officers, many of them Kachin, have defected.",
     [("not_found", "defections-total-nug")]),
    ("According to People's Embrace, 12,341 junta personnel, including 3,015 soldiers, have defected.",  # guard
     [("matches", "defections-total-peoples-embrace")] * 2),
    # re-run 114 A7: a condition or a cause set off by a comma after the number (each was `matches`)
    ("Each defector is paid 700 baht a month, if he spies.",
     [("not_found", "nug-payment")]),
    ("Maung Sein joined the military at 15, because he was poor.",
     [("not_found", "maung-sein")]),
    ("Each defector is paid 700 baht a month, or 1,400 baht, if accompanied by a spouse.",  # guard
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ("Zay Thu Aung served 18 years, a captain in the air force.",  # guard
     [("matches", "zay-thu-aung")]),
    # re-run 114 A2–A6, A9: any aside right after the number is read as its phrase is, in whatever words (each was
    # `matches`): a job, what a count counts, a manner or a purpose of a sum, a place or a span of time of a count,
    # another companion; and one between the subject and the verb of an age or years
    ("Zay Thu Aung served 18 years, working as a cook.",
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served 18 years, in the kitchens.",
     [("not_found", "zay-thu-aung")]),
    ("Bo Pyay joined the army at 17 (a cook).",
     [("not_found", "bo-pyay")]),
    ("According to People's Embrace, 12,341 junta personnel, predominantly women, have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Seven former soldiers, the bulk of them generals, were interviewed.",
     [("not_found", "s1-interviewee-count")]),
    ("The interviewees, all generals, were aged 22 to 39.",
     [("not_found", "s1-interviewee-ages")]),
    ("Each defector is paid 700 baht a month, in gold.",
     [("not_found", "nug-payment")]),
    ("Each defector is paid 700 baht a month – a bribe.",
     [("not_found", "nug-payment")]),
    ("According to People's Embrace, 12,341 junta personnel, in Kachin State, have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("According to People's Embrace, 12,341 junta personnel, in a single week, have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("According to People's Embrace, 12,341 junta personnel have defected in a single week.",  # (and not set off)
     [("not_found", "defections-total-peoples-embrace")]),
    ("According to People's Embrace, 12,341 junta personnel, all armed, have defected.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("Maung Sein lost seven comrades, in a traffic accident.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Bo Pyay joined the army at 17, out of patriotism.",
     [("not_found", "bo-pyay")]),
    ("Each defector is paid 700 baht a month, or 1,400 baht if accompanied – by a brother.",
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    ("Each defector is paid 700 baht a month, or 1,400 baht if accompanied by a spouse (or child).",
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    # guards: the aside is the record's, or is not the number's (who says it, another clause, a comparison)
    ("Zay Thu Aung served for 18 years, as a captain in the air force.",  # (was `not_found`, "captain")
     [("matches", "zay-thu-aung")]),
    ("Maung Sein joined the military at 15, out of admiration for the armed forces.",  # why he joined, as his record
     [("matches", "maung-sein")]),
    ("The interviewees, all former soldiers, had served four to 22 years.",
     [("matches", "s1-interviewee-service")]),
    ("Maung Sein lost seven comrades, in the assault on a PDF training camp.",
     [("matches", "pdf-camp-assault-deaths")]),
    ("Over 13,000 soldiers and police officers, the NUG says, have defected since the coup.",
     [("matches", "defections-total-nug")]),
    ("12,341 junta personnel have defected (People's Embrace).",
     [("matches", "defections-total-peoples-embrace")]),
    ("Over 13,000 soldiers and police officers have defected, by the NUG's count.",
     [("matches", "defections-total-nug")]),
    ("Each defector gets 700 baht a month – 1,400 baht with a spouse.",
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ("Bo Pyay joined the army at 17, then defected.",
     [("matches", "bo-pyay")]),
    # re-run 114 A10: who counts the whole, in a clause between it and what the part is (was `differs`)
    ("3,015 of the 12,341 defectors People's Embrace counts were soldiers.",
     [("matches", "defections-total-peoples-embrace")] * 2),
    ("3,015 of the 12,341 defectors counted by People's Embrace were soldiers.",
     [("matches", "defections-total-peoples-embrace")] * 2),
    ("9,326 of the 12,341 defectors People's Embrace counts were soldiers.",  # guard
     [("differs", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # re-run 115 A1: a span of years set off after a count crashed with a traceback (IndexError)
    ("Since the coup, 12,341 junta personnel, in three years, have defected, according to People's Embrace.",
     [("matches", "defections-total-peoples-embrace"), ("not_found", None)]),
    # A2: who counts the whole, in brackets (was `differs`)
    ("3,015 of the 12,341 defectors (counted by People's Embrace) were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # A3: what a named subject is, set off before the verb of his age or years, or after his age (each `matches`)
    ('Zay Thu Aung, a police officer, served 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Bo Pyay, a police officer, joined the army aged 17.',
     [("not_found", "bo-pyay")]),
    ('Maung Sein, 19, a police officer, defected.',  # (held at 021a245 by a list of services; not at 35dfc02)
     [("not_found", "maung-sein")]),
    ('Maung Sein, at the age of 19, stands as the youngest individual within the safehouse.',  # guard
     [("matches", "maung-sein")]),
    ('Zay Thu Aung, a former air force captain, served 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    ('Bo Pyay, a former soldier, joined the army at 17.',  # guard
     [("matches", "bo-pyay")]),
    # A4: a sum's capacity or currency set off after it
    ('Each defector is paid 700 baht a month, as a soldier.',
     [("not_found", "nug-payment")]),
    ('Each defector is paid 700 baht a month (in dollars).',
     [("not_found", "nug-payment")]),
    ('Each defector is paid 700 baht a month, in kyat.',
     [("not_found", "nug-payment")]),
    # A5: another companion after the spouse, set off or joined by "or"
    ('Each defector is paid 700 baht a month, or 1,400 baht if accompanied by a spouse, or a sibling.',
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    ('Each defector is paid 700 baht a month, or 1,400 baht if accompanied by a spouse or a sibling.',
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    # A6: "officers" of a count that is not of the police, nor of one with an officer's rank
    ("Maung Sein's unit lost seven comrades, all officers.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ('The interviewees, all officers, were aged 22 to 39.',
     [("not_found", "s1-interviewee-ages")]),
    ('Zay Thu Aung, an officer, served 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    # A7: a year set off after an age or years
    ('Zay Thu Aung served 18 years, until 2010.',
     [("not_found", "zay-thu-aung")]),
    ('Bo Pyay joined the army aged 17, in 2019.',
     [("not_found", "bo-pyay")]),
    # A8: an aside between the verb and the sum
    ('Each defector is paid, to spy, 700 baht a month.',
     [("not_found", "nug-payment")]),
    ('Each defector receives (in gold) 700 baht a month.',
     [("not_found", "nug-payment")]),
    # A9: an aside set off after a date: what the record says of the event, or of the one who did it
    ('Lin Aung enlisted in 2020, as a cook.',
     [("not_found", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020, in Yangon.',
     [("not_found", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020, mostly out of despair.',  # guard
     [("matches", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020 (the year before the coup).',  # guard
     [("matches", "lin-aung-enlists")]),
    # re-run 113's borderline: a branch that a record naming none does not say
    ('Lin Aung joined the navy in 2020.',
     [("not_found", None)]),
    ('Maung Sein joined the air force at 15.',
     [("not_found", "maung-sein")]),
    ('Lin Aung joined the army in 2020.',  # guard
     [("matches", "lin-aung-enlists")]),
    # re-run 116 A1: a span of time with no other word beside it crashed (an empty full-text query)
    ('18 years.',
     [("not_found", None)]),
    ("— in three years — 12,341 junta personnel have defected, according to People's Embrace.",
     [("not_found", None), ("matches", "defections-total-peoples-embrace")]),
    # A2: who counts the whole, set off in brackets or dashes in other words (was `differs`)
    ("3,015 of the 12,341 defectors (according to People's Embrace) were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("9,326 of the 12,341 defectors (People's Embrace's count) were police.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("3,015 of the 12,341 defectors — counted by People's Embrace — were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('3,015 of the 12,341 defectors (according to the NUG) were soldiers.',  # guard
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    # A3: what a named subject is, in brackets or dashes, a force's name after "a", and before a date (`matches`)
    ('Zay Thu Aung (a police officer) served 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung — a police officer — served 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, a PDF fighter, served 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('The interviewees (officers) were aged 22 to 39.',
     [("not_found", "s1-interviewee-ages")]),
    ('Lin Aung, a police officer, enlisted in 2020.',
     [("not_found", "lin-aung-enlists")]),
    ('Zay Thu Aung (a former air force captain) served 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    ('Lin Aung, one of seven interviewees, enlisted in 2020.',  # guard
     [("matches", "s1-interviewee-count"), ("matches", "lin-aung-enlists")]),
    # A4: years set off with no word before them
    ('Zay Thu Aung served 18 years, 1992 to 2010.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung served 18 years (1992–2010).',
     [("not_found", "zay-thu-aung")]),
    # A5: another companion after the spouse joined by "and", "and/or", or set off before the verb
    ('Each defector is paid 700 baht a month, or 1,400 baht if accompanied by a spouse, and a child.',
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    ('Each defector is paid 700 baht a month, or 1,400 baht if accompanied by a spouse and/or a child.',
     [("matches", "nug-payment"), ("not_found", "nug-payment-with-spouse")]),
    ('Defectors with a spouse, or a child, get 1,400 baht a month.',
     [("not_found", "nug-payment-with-spouse")]),
    ('Defectors with a spouse get 1,400 baht a month.',  # guard
     [("matches", "nug-payment-with-spouse")]),
    # A7: the one quoted, in brackets or dashes (was `misattributed`)
    ('Zay Thu Aung (quoting Maung Sein) said: “It filled me with remorse and despair.”',
     [("matches", "q-maung-sein-remorse")]),
    ('Zay Thu Aung — quoting Maung Sein — said: “It filled me with remorse and despair.”',
     [("matches", "q-maung-sein-remorse")]),
    ('Bo Pyay — quoting Zeya Hein — said: “I don’t regret leaving the Myanmar military.”',  # guard
     [("misattributed", "q-lin-aung-no-regret")]),
    # A8: "X, a 19-year-old, joined": his age, not his age on joining (was `differs`)
    ('Maung Sein, a 19-year-old, joined the military out of admiration for the armed forces.',
     [("matches", "maung-sein")]),
    ('Maung Sein, a 19-year-old soldier, joined the military at 15.',  # guard
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    # re-run 117 A1: who counts the whole, set off by commas (was `differs`)
    ("3,015 of the 12,341 defectors, according to People's Embrace, were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("9,326 of the 12,341 defectors, by People's Embrace's count, were police.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('3,015 of the 12,341 defectors, according to the NUG, were soldiers.',  # guard
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    # A2: a part of another whole than the record's (was `matches`)
    ('3,015 of the 20,000 defectors were soldiers.',  # (`differs` since re-run 118 A2's fix, below: the soldiers among
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),  # another whole; it was `not_found`)
    ('3,015 of the over 13,000 defectors were soldiers.',  # (the 3,015 `differs` since re-run 118 A2's fix, below; it
     [("differs", "defections-total-peoples-embrace"), ("disputed", "defections-total-nug")]),  # was `not_found`)
    ('Soldiers make up 3,015 of the 12,341 defectors.',  # guard
     [("matches", "defections-total-peoples-embrace"), ("disputed", "defections-total-peoples-embrace")]),
    ("Of the 20,000 defectors, 3,015 were soldiers.",  # (the whole leading in its own phrase, left by 5b1be65)
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    # A3, A4: "“…,” Y (quoting X) said.": X's words, after the quotation too
    ('“I had no other good options to earn a living,” Zeya Hein (quoting Lin Aung) said.',
     [("matches", "q-lin-aung-no-options")]),
    ('“I had no other good options to earn a living,” said Zeya Hein (quoting Lin Aung).',
     [("matches", "q-lin-aung-no-options")]),
    ('“The transformation has been astounding,” Zay Thu Aung (quoting Maung Sein) said.',
     [("misattributed", "q-zay-thu-aung-transformation")]),
    ('“The transformation has been astounding,” Zay Thu Aung said.',  # guard
     [("matches", "q-zay-thu-aung-transformation")]),
    # re-run 118 A1: any aside with a name in it between a whole and its verb is who counts it (each was `differs`)
    ("3,015 of the 12,341 defectors, says People's Embrace, were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("3,015 of the 12,341 defectors, as People's Embrace counts them, were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("3,015 of the 12,341 defectors, in the tally of People's Embrace, were soldiers.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('3,015 of the 12,341 defectors, says the NUG, were soldiers.',
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 of the 12,341 defectors, by its count, were soldiers.',
     [("matches", "defections-total-peoples-embrace"), ("disputed", "defections-total-peoples-embrace")]),
    # re-run 118 A4: a claimant's tag ", says X," between a verb and its number (each was `matches`, X dropped); in
    # the other order (guard), and the true claimant
    ('Defectors may stay in a safe house, says Lin Aung, for three months.',
     [("misattributed", "safe-house-stay")]),
    ('Defectors may stay, says Thawda Win, for three months.',  # guard
     [("matches", "safe-house-stay")]),
    ("Maung Sein's unit lost, says Lin Aung, seven comrades.",
     [("misattributed", "pdf-camp-assault-deaths")]),
    ("The conscription law applies to men, says People's Embrace, aged 18 to 35.",
     [("misattributed", "conscription-age-men")]),
    ("The conscription law applies to men, People's Embrace says, aged 18 to 35.",  # (was `matches` too)
     [("misattributed", "conscription-age-men")]),
    ('Each defector is paid, says Thawda Win, 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ("Each defector is paid, People's Embrace says, 700 baht a month.",  # guard
     [("misattributed", "nug-payment")]),
    # A5, A6: a relayer's tag set off right after the subject only passes on what the subject said or did: the
    # subject speaks, joins, counts (each was `matches` as the relayer's)
    ('Lin Aung, says Bo Pyay, said: “There was little prospect of getting a job to earn my living.”',
     [("misattributed", "q-bo-pyay-prospects")]),
    ('Bo Pyay, says Lin Aung, said: “There was little prospect of getting a job to earn my living.”',
     [("matches", "q-bo-pyay-prospects")]),
    ('It was Bo Pyay, says Lin Aung, who said: “I had no other good options to earn a living.”',
     [("misattributed", "q-lin-aung-no-options")]),
    ('It was Bo Pyay, Lin Aung says, who said: “I had no other good options to earn a living.”',
     [("misattributed", "q-lin-aung-no-options")]),
    ("The NUG, says People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ('It was Lin Aung, says Zeya Hein, who enlisted in 2014.',
     [("differs", "lin-aung-enlists")]),
    # (was `not_found`, then `matches`: a date's claimant is now held against the record as a number's is, and the
    # article says it in its own voice, not Zeya Hein's)
    ('It was Lin Aung, Zeya Hein says, who enlisted in 2020.',
     [("misattributed", "lin-aung-enlists")]),
    ('It was Bo Pyay, according to Maung Sein, who joined at 15.',
     [("differs", "bo-pyay")]),
    # a participle with an object of its own after the number's phrase is another doing, not how the years were spent
    # (was `not_found` since 35dfc02: "achieving", "ranging" read as the years'); one with a preposition is (guard)
    ('The interviewees had served between four and 22 years in the military, achieving ranks from private to major.',
     [("matches", "s1-interviewee-service")]),
    ('Zay Thu Aung served 18 years, working as a cook.',
     [("not_found", "zay-thu-aung")]),
    # re-run 119 A1, A3, A4: who a figure comes from, in the words a journalist uses for it ("a figure from X", "as
    # reported by X", "(X data)", "in X's account"), at the start, after the number, after the whole (each was
    # `matches` as the true claimant's); the true claimant (guard)
    ('3,015 of the 12,341 defectors, a figure from the NUG, were soldiers.',
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 of the 12,341 defectors, in data from the NUG, were soldiers.',
     [("misattributed", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, as reported by the NUG, have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 soldiers (NUG data) have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, a number the NUG published, have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, an estimate attributed to the NUG, have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('Defectors may stay for three months, a figure from Lin Aung.',
     [("misattributed", "safe-house-stay")]),
    ("In Lin Aung's account, defectors may stay for three months.",
     [("misattributed", "safe-house-stay")]),
    ('As reported by the NUG, 3,015 soldiers have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ("3,015 soldiers, a figure from People's Embrace, have defected.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    ("As reported by People's Embrace, 3,015 soldiers have defected.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    ('12,341 junta personnel have defected, a figure the NUG disputes.',  # guard: another's view, no claimant
     [("disputed", "defections-total-peoples-embrace")]),
    # A2: a person's aside is held against his record with a service between the verb and the number (was `matches`)
    ('Lin Aung, a police officer, enlisted in the military in 2020.',
     [("not_found", "lin-aung-enlists")]),
    ('Zay Thu Aung, a private, served in the air force for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, a former captain, served in the air force for 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    # its borderline: an age after a named person's aside (was no claim)
    ('Maung Sein, a defector, is 19.',
     [("matches", "maung-sein")]),
    ('Maung Sein, a general, is 19.',
     [("not_found", "maung-sein")]),
    # re-run 118 A2: a part with another whole in an aside after its phrase (each was `matches`); the record's whole
    # (guard); "out of" as "of"
    ('3,015 soldiers, out of a total of 20,000 junta personnel, have defected.',
     [("differs", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers (of 20,000 defectors in all) have defected.',
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),
    ("3,015 soldiers (of the NUG's 13,000 defectors) have defected.",
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),
    ('3,015 soldiers, out of 12,341 defectors, have defected.',  # guard
     [("matches", "defections-total-peoples-embrace"), ("not_found", None)]),
    ('3,015 out of the 12,341 defectors were soldiers.',  # (the 3,015 was no claim)
     [("matches", "defections-total-peoples-embrace"), ("disputed", "defections-total-peoples-embrace")]),
    # A3: an aside that names the year or the span by another event is the record's to say (each was `matches`); the
    # year before the coup, which the record says (guard)
    ('Zeya Hein entered the military in 2014 (the year of the coup).',
     [("not_found", "zeya-hein-enlists")]),
    ('Zeya Hein entered the military in 2014, the coup year.',
     [("not_found", "zeya-hein-enlists")]),
    ('Zeya Hein entered the military in 2014 (seven years after the coup).',
     [("not_found", "zeya-hein-enlists")]),
    ('Bo Pyay joined the army aged 17, the year of the coup.',
     [("not_found", "bo-pyay")]),
    ('Zay Thu Aung served 18 years (the whole of the coup).',
     [("not_found", "zay-thu-aung")]),
    ('Lin Aung enlisted in 2020 (the year before the coup).',  # guard
     [("matches", "lin-aung-enlists")]),
    # re-run 120 A1: whom a possessive names after "a figure from", "as reported by", "attributed to" (`matches` at
    # c79e434, which read these as People's Embrace's own; `not_found` before it, “critics” read as a word)
    ("12,341 junta personnel, a figure from People's Embrace's critics, have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel, as reported by People's Embrace's critics, have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    # A2: "As reported by X, Y says …" is Y's, as "According to X, Y says …" is (`matches` as X's at c79e434; a guard
    # of what held before it)
    ("As reported by People's Embrace, the NUG says 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("As reported by the NUG, People's Embrace counts 12,341 defectors.",  # guard
     [("matches", "defections-total-peoples-embrace")]),
    # A3, A4, A6: a tag set off inside the sentence whose words name one through a possessive or a description ("says
    # Lin Aung's wife", "says the officer under Thawda Win"), between a verb and its number or after the subject (A3,
    # A4 were `matches`; A6 `misattributed`, the claimant read as "defectors may stay for three months")
    ("Defectors may stay, says Lin Aung's wife, for three months.",
     [("misattributed", "safe-house-stay")]),
    ('Each defector is paid, says the officer under Thawda Win, 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ("Lin Aung's brother, says Lin Aung, said: “I had no other good options to earn a living.”",
     [("misattributed", "q-lin-aung-no-options")]),
    ("Thawda Win, says Lin Aung's brother, said defectors may stay for three months.",
     [("matches", "safe-house-stay")]),
    # A5: a person's description after his age ("a 19-year-old captain") is his record's to say (both were `matches`)
    ('Maung Sein, a 19-year-old captain, joined the military at 15.',
     [("not_found", "maung-sein"), ("not_found", "maung-sein")]),
    ('Maung Sein, a 19-year-old defector, joined the military at 15.',  # guard
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    # re-run 121 A1, A2: a place or a target the sentence says is the military's ("a junta training camp", "an army
    # safe house", "an assault on the military") is the record's to say (each was `matches`: the military's words are
    # free of a soldier's service, not of a place)
    ("Maung Sein's unit lost seven comrades in an assault on a junta training camp.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Maung Sein's unit lost seven comrades in an assault on the military.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ('Defectors may stay in an army safe house for three months.',
     [("not_found", "safe-house-stay")]),
    ("Maung Sein's army unit lost seven comrades in an assault on a PDF training camp.",  # guard
     [("matches", "pdf-camp-assault-deaths")]),
    # A3: another force through a possessive ("the PDF's air force"), as without one (was `matches`)
    ("Zay Thu Aung served 18 years in the PDF's air force.",
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served 18 years in Myanmar's air force.",  # guard
     [("matches", "zay-thu-aung")]),
    # re-run 121's borderline: an aside of the first claimant's clause is not the second's ("a parallel government"
    # held against People's Embrace's count: was `not_found`)
    ("The NUG, a parallel government, counts over 13,000 defectors; People's Embrace counts 12,341.",
     [("matches", "defections-total-nug"), ("matches", "defections-total-peoples-embrace")]),
    # re-run 122 A1: another country's armed force, named as a proper name or with its country ("the Royal Thai Air
    # Force", "the US military", "Thailand's air force") is no record's service (each was `matches`); Myanmar's (guard)
    ('Zay Thu Aung served 18 years in the Royal Thai Air Force.',
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served 18 years in Thailand's air force.",
     [("not_found", "zay-thu-aung")]),
    ('Zeya Hein entered the Thai military in 2014.',
     [("not_found", None)]),
    ('Maung Sein joined the US military at 15.',
     [("not_found", "maung-sein")]),
    ('Zay Thu Aung served 18 years in the Myanmar Air Force.',  # guard
     [("matches", "zay-thu-aung")]),
    # A2: whose the camp or the target is, by a group's name ("a KIA training camp", "a People's Embrace training camp",
    # "an assault on the KIA"), is the record's to say (each was `matches`); the PDF's, as the record says (guard)
    ("Maung Sein's unit lost seven comrades in an assault on a KIA training camp.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Maung Sein's unit lost seven comrades in an assault on a People's Embrace training camp.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Maung Sein's unit lost seven comrades in an assault on the KIA.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Maung Sein's unit lost seven comrades in an assault on a PDF training camp.",  # guard
     [("matches", "pdf-camp-assault-deaths")]),
    ("Defectors may stay in Thawda Win's safe house for three months.",  # guard: whose it is, by who says it
     [("matches", "safe-house-stay")]),
    # A3: a place named between the verb and the number no longer hides the verb and its words (each was `matches`)
    ('Zay Thu Aung sold noodles in Mandalay for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Defectors may stay in Bangkok hotels for three months.',
     [("not_found", "safe-house-stay")]),
    ('Defectors may stay in hotels for three months.',  # (was `matches` too: "for" now leads back to the verb)
     [("not_found", "safe-house-stay")]),
    ('Defectors may stay in a safe house for three months.',  # guard
     [("matches", "safe-house-stay")]),
    # "a failed assault": what failed is the assault, not the loss (was no claim, "failed" read as a denial)
    ("Maung Sein's unit lost seven comrades in a failed assault on a PDF training camp.",
     [("not_found", "pdf-camp-assault-deaths")]),
    # re-run 123 A1, A2, A10: a date, years or an age leading the sentence ("In 2014,", "For 18 years,", "At 19,") is
    # held against what the clause after it says (each was `matches`); the true ones (guards)
    ('In 2014, Zeya Hein entered prison.',
     [("not_found", None)]),
    ('In 2014, Zeya Hein entered the PDF.',
     [("not_found", None)]),
    ('In 2014, Zeya Hein entered the military.',  # guard
     [("matches", "zeya-hein-enlists")]),
    ('For 18 years, Zay Thu Aung was in prison.',
     [("not_found", "zay-thu-aung")]),
    ('For 18 years, Zay Thu Aung served in the air force.',  # guard
     [("matches", "zay-thu-aung")]),
    ('At 19, Maung Sein joined the PDF.',
     [("not_found", "maung-sein")]),
    ('At 19, Maung Sein was jailed.',
     [("not_found", "maung-sein")]),
    # A4: a place after "the" ("in the Hilton") is read as one without it (was `matches`)
    ('Thawda Win says defectors may stay in the Hilton for three months.',
     [("not_found", "safe-house-stay")]),
    # A5: the place a group's name qualifies is the record's to say too ("a PDF hospital": the record's camp)
    ("Maung Sein's unit lost seven comrades in an assault on a PDF hospital.",
     [("not_found", "pdf-camp-assault-deaths")]),
    # A8: whence they defected is the record's to say (was `matches`); from the military, as defecting is (guard; it
    # was `not_found`)
    ("12,341 junta personnel have defected from the CDM, People's Embrace says.",
     [("not_found", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected from the military, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace")]),
    # A9: the companion of "if accompanied by" is read when it is a name or a people's word (was `matches`)
    ('Each defector is paid 1,400 baht a month if accompanied by a Karen.',
     [("not_found", "nug-payment-with-spouse")]),
    ('Each defector is paid 1,400 baht a month if accompanied by a spouse.',  # guard
     [("matches", "nug-payment-with-spouse")]),
    # re-run 124 A1, A2: the clause after a leading span or age, in any words (each was `matches`); the true ones (guards)
    ('For 18 years, Zay Thu Aung was a cook.',
     [("not_found", "zay-thu-aung")]),
    ('At 19, Maung Sein lives in Yangon.',
     [("not_found", "maung-sein")]),
    ('At 19, Maung Sein is the oldest in the safehouse.',
     [("not_found", "maung-sein")]),
    ('At 19, Maung Sein is the youngest in the safehouse.',  # guard
     [("matches", "maung-sein")]),
    ('For 18 years, Zay Thu Aung served in the Myanmar Air Force.',  # guard
     [("matches", "zay-thu-aung")]),
    # A5: a person's aside after "then" or "who was" is held against his record (was `matches`)
    ('Lin Aung, then a police cadet, enlisted in 2020.',
     [("not_found", "lin-aung-enlists")]),
    ('Zay Thu Aung, who was a cook, served 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, then a captain, served 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    # A6: a companion after "his" or "and", and a place with a hyphen in its name (each was `matches`)
    ('Each defector is paid 1,400 baht a month if accompanied by his Thai spouse.',
     [("not_found", "nug-payment-with-spouse")]),
    ('Each defector is paid 1,400 baht a month if accompanied by a spouse and Lin Aung.',
     [("not_found", "nug-payment-with-spouse")]),
    ('Defectors may stay in the Shangri-La for three months.',
     [("not_found", "safe-house-stay")]),
    # re-run 124 A4: one named with someone unnamed is said of both; the unnamed one is no record's (was one `matches`)
    ('Zeya Hein and his wife entered the military in 2014.',
     [("matches", "zeya-hein-enlists"), ("not_found", None)]),
    ('In 2014, Zeya Hein and two friends joined the army.',
     [("matches", "zeya-hein-enlists"), ("not_found", None), ("not_found", None)]),
    ('Zeya Hein and others entered the military in 2014.',
     [("matches", "zeya-hein-enlists"), ("not_found", None)]),
    ('Zeya Hein and Lin Aung entered the military in 2014.',  # guard: two names, two records
     [("matches", "zeya-hein-enlists"), ("differs", "lin-aung-enlists")]),
    # re-run 124 A3: a year written before its event's noun is its date, after "since", "after" or "before" too (each
    # was no claim)
    ('The 2022 coup ended democracy.',
     [("differs", "coup")]),
    ('Since the 2022 coup, 12,341 have defected.',
     [("differs", "coup"), ("disputed", "defections-total-peoples-embrace")]),
    ('After the 2021 coup, Lin Aung stayed on.',
     [("matches", "coup")]),
    ("Lin Aung's 2014 enlistment surprised him.",
     [("differs", "lin-aung-enlists")]),
    ('Before the February 2, 2021 coup, Lin Aung enlisted.',
     [("differs", "coup")]),
    # re-run 123 A6: who did an event a group does is held against its record's doers (each was `matches`); the military
    # in words of its own, or in common words, is not another doer (guards)
    ('The NUG staged a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('On February 1, 2021, the KIA seized power.',
     [("not_found", "coup")]),
    ('The coup was led by People\'s Embrace in 2021.',
     [("not_found", "coup")]),
    ("The NUG's coup took place in 2021.",
     [("not_found", "coup")]),
    ('Lin Aung staged a coup in 2021.',
     [("not_found", "coup")]),
    ('The NUG launched a crackdown in 2021.',
     [("not_found", "protest-crackdown")]),
    ('The military staged a coup on February 1, 2021.',  # guard
     [("matches", "coup")]),
    # re-run 123 A3: a one-word name right after the verb is its object, which the record must say too (was `matches`);
    # a claimant's words, one told, and the service itself are not (guards)
    # re-run 125 A1: a reporter's tag set off by dashes or brackets, in either order, inside the sentence or closing it,
    # is read as the same tag set off by commas (each was `matches` or `disputed`)
    ('Each defector is paid — says Thawda Win — 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid (Thawda Win says) 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month (says Thawda Win).',
     [("misattributed", "nug-payment")]),
    ('Defectors may stay in their safe house (Lin Aung says) for three months.',
     [("misattributed", "safe-house-stay")]),
    ('Since the coup — the NUG says — 12,341 junta personnel have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Over 13,000 soldiers and police — People's Embrace says — have defected.",
     [("misattributed", "defections-total-nug")]),
    ("The NUG (People's Embrace says) counts over 13,000 defectors.",  # guard: a relayer after the subject
     [("matches", "defections-total-nug")]),
    # re-run 125 A2, A3: a whole the sentence opens with without "the", and one in an aside in other words than "out of
    # a total of" (each part was `matches`); with the record's whole (guards)
    ('Of 20,000 defectors, 3,015 were soldiers.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('Out of some 20,000 defectors, 9,326 were police.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('Among 20,000 defectors, 9,326 were police.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, part of 20,000 defectors, have defected.',
     [("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers (a fraction of 20,000 defectors) have defected.',
     [("differs", "defections-total-peoples-embrace")]),
    ('9,326 police, out of some 20,000 defectors, have defected.',
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),
    ('Of 12,341 defectors, 3,015 were soldiers.',  # guard
     [("disputed", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, part of the 12,341 defectors, have defected.',  # guard
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 125 A4: a year named by another event in other words is the record's to say (each was `matches`), and "the
    # year before (after) the coup" is counted from the coup's record (`differs` where it is another year; was `matches`)
    ('Lin Aung enlisted in 2020, in the year of the coup.',
     [("not_found", "lin-aung-enlists")]),
    ("Lin Aung enlisted in 2020 (the coup's year).",
     [("not_found", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020 — the same year as the coup.',
     [("not_found", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020, during the coup year.',
     [("not_found", "lin-aung-enlists")]),
    ('Zeya Hein enlisted in 2014 (the year before the coup).',
     [("differs", "coup")]),
    ('Zeya Hein enlisted in 2014, a year before the coup.',
     [("differs", "coup")]),
    ('Lin Aung enlisted in 2020, a year before the coup.',  # guard
     [("matches", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020, the same year as Zeya Hein.',  # guard: another's doing, read apart
     [("matches", "lin-aung-enlists"), ("differs", "zeya-hein-enlists")]),
    # re-run 125 A5: a person's aside after "who" and any verb of becoming or serving as is held against his record (each
    # was `matches`); one his record gives (guard)
    ('Maung Sein, who became a general, is 19.',
     [("not_found", "maung-sein")]),
    ('Maung Sein, who rose to general, is 19.',
     [("not_found", "maung-sein")]),
    ('Lin Aung, who worked as a police officer, enlisted in 2020.',
     [("not_found", "lin-aung-enlists")]),
    ('Zay Thu Aung, who had been a general, served 18 years in the air force.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, who became a captain, served 18 years in the air force.',  # guard
     [("matches", "zay-thu-aung")]),
    # re-run 125 A6: a place or target said to be the military's through a possessive or "of" (each was `matches`)
    ("Defectors may stay in the junta's safe house for three months.",
     [("not_found", "safe-house-stay")]),
    ('Defectors may stay in a safe house of the junta for three months.',
     [("not_found", "safe-house-stay")]),
    ("Maung Sein lost seven comrades in an assault on the army's training camp.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ('Maung Sein lost seven comrades in an assault on a training camp of the army.',
     [("not_found", "pdf-camp-assault-deaths")]),
    ('Maung Sein lost seven comrades in an assault on a training camp of the PDF.',  # guard
     [("matches", "pdf-camp-assault-deaths")]),
    # re-run 125 A7: a companion described after "if accompanied by" (was `matches`)
    ('Each defector is paid 1,400 baht a month if accompanied by a spouse from Yangon.',
     [("not_found", "nug-payment-with-spouse")]),
    # re-run 125 A9: "“…,” Y said, quoting X." with X described, not named: X's words, which Y passes on (was `matches`);
    # "quoting a statement" names no one (guard of an outlet's tag, tests/test_draft_suggests.py)
    ('“There was little prospect of getting a job to earn my living,” Bo Pyay said, quoting the junta chief.',
     [("not_found", "q-bo-pyay-prospects")]),
    ('“There was little prospect of getting a job to earn my living,” said Bo Pyay, quoting a friend.',
     [("not_found", "q-bo-pyay-prospects")]),
    # re-run 126 A1, A2, A3, A5, A6, A7, A11: the neighbours of re-run 125's fixes (each was `matches`, A11 no claim)
    ('Each defector is paid [says Thawda Win] 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('From 20,000 defectors, 3,015 were soldiers.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, in a total of 20,000 defectors, have defected.',
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),
    ('Maung Sein, who retired a general, joined the military at 15.',
     [("not_found", "maung-sein")]),
    ('Maung Sein, who ended up a general, joined the military at 15.',
     [("not_found", "maung-sein")]),
    ("Maung Sein's unit lost seven comrades in an assault on a training camp run by the army.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ("Maung Sein's unit lost seven comrades in an assault on a training camp belonging to the junta.",
     [("not_found", "pdf-camp-assault-deaths")]),
    ('Zay Thu Aung served in the air force of Thailand for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ("Zeya Hein's 2014 entry into the military surprised his family.",
     [("matches", "zeya-hein-enlists")]),
    ("Zeya Hein's 2020 entry into the army surprised his family.",
     [("differs", "zeya-hein-enlists")]),
    ("Zeya Hein's 2014 entry into Thailand surprised his family.",
     [("not_found", None)]),
    ('Maung Sein lost seven comrades in an assault on a training camp belonging to the PDF.',  # guard
     [("matches", "pdf-camp-assault-deaths")]),
    ('Zay Thu Aung served in the air force of Myanmar for 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    # re-run 126 A10: whose defections a trend is of ("Police defections peaked in 2021": was `matches`); the military's
    # and a word of when (guards)
    ('Police defections peaked in 2021.',
     [("not_found", "defections-peak")]),
    ('Defections from the PDF peaked in 2021.',
     [("not_found", "defections-peak")]),
    ('Military defections peaked in 2021.',  # guard
     [("matches", "defections-peak")]),
    ('Recent defections peaked in 2021.',  # guard
     [("matches", "defections-peak")]),
    # re-run 126 A8: the payer after a sum written as a compound word and its noun (was `matches`)
    ("Each defector gets a 700-baht monthly payment from People's Embrace.",
     [("not_found", "nug-payment")]),
    ('Each defector gets a 700-baht monthly payment from the NUG.',  # guard
     [("matches", "nug-payment")]),
    # re-run 127 A1, A2, A7, A9, A12: a tag set off by typed dashes; "according to X" right after the subject of a count
    # (X only relays it); "who made general"; other nouns of joining; a year before a possessive's event after "after"
    # or "before" (each was `matches`, A9 and A12 no claim or `not_found`)
    ('Each defector is paid -- says Thawda Win -- 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid - says Thawda Win - 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ("The NUG, according to People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ('Maung Sein, who made general, is 19.',
     [("not_found", "maung-sein")]),
    ("Zeya Hein's 2014 recruitment surprised him.",
     [("matches", "zeya-hein-enlists")]),
    ("Zeya Hein's 2020 induction surprised him.",
     [("differs", "zeya-hein-enlists")]),
    ("Zeya Hein's 2014 admission to hospital was long.",
     [("not_found", None)]),
    ("After Lin Aung's 2014 enlistment, he fled.",
     [("differs", "lin-aung-enlists")]),
    ("Before Lin Aung's 2020 enlistment, he sold noodles.",
     [("matches", "lin-aung-enlists")]),
    # re-run 127 A6: what one signs up for is what is joined (each was `matches`)
    ('Lin Aung signed up for English classes in 2020.',
     [("not_found", None)]),
    ('Lin Aung signed up for a gym in 2020.',
     [("not_found", None)]),
    ('Lin Aung signed up for the army in 2020.',  # guard
     [("matches", "lin-aung-enlists")]),
    # re-run 128 A1, A2: a reporter's tag with other verbs of saying or holding (each was `matches`)
    ('Each defector is paid, reckons Thawda Win, 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid — admits Thawda Win — 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Zeya Hein, reckons Lin Aung, said: “I had no other good options.”',
     [("misattributed", "q-lin-aung-no-options")]),
    ('Zay Thu Aung drove Toyotas for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung taught English for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, a pilot, flew MiGs for 18 years.',
     [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung served Myanmar for 18 years.',  # guard
     [("matches", "zay-thu-aung")]),
    ('The NUG told Reuters over 13,000 have defected.',  # guard
     [("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors, the exiled NUG over 13,000.",  # guard
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ('The Tatmadaw seized power on February 1, 2021.',  # guard
     [("matches", "coup")]),
    ("Burma's generals staged a coup in 2021.",  # guard
     [("matches", "coup")]),
    # re-run 123 A7: a place one enlisted at is what he joined ("at a bank", "at Google": was `matches`); an age after
    # "at" (guard)
    ('Lin Aung enlisted at a bank in 2020.',
     [("not_found", None)]),
    ('Bo Pyay enlisted at the age of 17.',  # guard
     [("matches", "bo-pyay")]),
    # the "s" of a possessive before a number is no verb of what it counts (was `not_found`: “s”)
    ("People's Embrace's 12,341 defectors have defected.",
     [("disputed", "defections-total-peoples-embrace")]),
    ("Each defector gets 700 baht, paid monthly.",  # guard of re-run 111 A1 (below)
     [("matches", "nug-payment")]),
    ('Thawda Win, a defector, said defectors can stay for three months.',  # was `differs`: "4 storeys"
     [("matches", "safe-house-stay")]),
    ('The seven interviewees served in the military.',  # was `differs`: "says 6 people"
     [("not_found", None)]),
    # a defection the fact base does not date is no peak of defections (was `matches`, "Military defections peak")
    ('Zeya Hein quit the army in 2021.',
     [("not_found", None)]),
    ('An army captain defected in 2021.',
     [("not_found", None)]),
    # a part taken for the whole, and a noun the record does not count (were `matches`)
    ('Over 13,000 soldiers have defected, according to the NUG.',
     [("differs", "defections-total-nug")]),
    ("9,326 police officers and soldiers have defected, People's Embrace says.",
     [("differs", "defections-total-peoples-embrace")]),
    ('Seven former police officers shared their reasons for defecting.',
     [("not_found", None)]),
    ('Seven PDF fighters were killed in the assault.',
     [("not_found", None)]),
    ('Aged 17, Bo Pyay joined the army.',  # was `differs` against the conscription law's ages
     [("matches", "bo-pyay")]),
    ("People's Embrace says 9,326 police officers have defected.",  # was `differs` against the NUG's total
     [("matches", "defections-total-peoples-embrace")]),
    ('Zeya Hein rather than Lin Aung enlisted in 2014.',  # was `differs`, held against Lin Aung's enlistment
     [("matches", "zeya-hein-enlists")]),
    # "took place" is no word of the coup's own (was `matches` its date)
    ('Operation 1027 took place in 2021.',
     [("not_found", None)]),
    ('The assault on a PDF training camp took place in 2021.',
     [("not_found", None)]),
    # an organisation with words that say what it is, or as its record describes it (was `misattributed`,
    # "knows no", or `disputed`, no claimant read)
    ("Myanmar's National Unity Government (NUG) says over 13,000 soldiers and police officers have defected.",
     [("matches", "defections-total-nug")]),
    ("The parallel government says over 13,000 soldiers and police officers have defected.",
     [("matches", "defections-total-nug")]),
    # re-run 100 A4: the article's own words for the NUG, its country's (the claimant was cut to "Myanmar's parallel");
    # guards: the same after its verb, and another's figure
    ("Myanmar's parallel government says over 13,000 soldiers and police officers have defected.",
     [("matches", "defections-total-nug")]),
    ("Over 13,000 soldiers and police officers have defected, says Myanmar's parallel government.",
     [("matches", "defections-total-nug")]),
    ("The parallel government of Myanmar says over 13,000 soldiers and police officers have defected.",  # re-run 101 A3
     [("matches", "defections-total-nug")]),
    ("Myanmar's parallel government says 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    # re-run 99 A6: a figure said to come from another ("In X's words", "Based on X records", "which comes from X"), whose
    # figure it is not (each was `matches` the one who passes it on); guards: the other way round
    ("In the NUG's words, People's Embrace says 12,341 junta personnel have defected.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Based on NUG records, People's Embrace counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace's figure, which comes from the NUG, is 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Using NUG figures, People's Embrace counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("In People's Embrace's words, the NUG says 12,341 junta personnel have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG, relying on People's Embrace data, says 12,341 junta personnel have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The group People's Embrace says 3,015 soldiers have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The Irrawaddy quoted People's Embrace's figure of 12,341 defections.",
     [("matches", "defections-total-peoples-embrace")]),
    # the comrades he lost are not said to be police (was `matches`)
    ('Maung Sein lost seven police comrades.',
     [("not_found", None)]),
    # a capitalised first word is no name: couples are the spouse rate's (was `matches` the 700)
    ('Couples are paid 700 baht a month.',
     [("differs", "nug-payment-with-spouse")]),
    # the seven are the whole the six are taken from, and what the six did is not the seven's (was `differs`);
    # the six are read as the part they are, whose record says "refuge from unemployment", not "poverty" (was unread)
    ('Six of the seven interviewees joined the military to escape poverty.',
     [("not_found", "s1-joined-for-refuge"), ("matches", "s1-interviewee-count")]),
    ('Six of the seven interviewees joined the military to find refuge from unemployment.',
     [("matches", "s1-joined-for-refuge"), ("matches", "s1-interviewee-count")]),
    ('Six of the seven interviewees were motivated by refuge from unemployment.',
     [("matches", "s1-joined-for-refuge"), ("matches", "s1-interviewee-count")]),
    # a wrong part, or a part with what the record does not say of it (were unread: the sentence all `matches`)
    ('Five of the seven interviewees were motivated by refuge from unemployment.',
     [("differs", "s1-joined-for-refuge"), ("matches", "s1-interviewee-count")]),
    ('Two of the seven interviewees were killed.',
     [("not_found", None), ("matches", "s1-interviewee-count")]),
    # a stay of up to three months, with its speaker after it (was `differs` against the 4 storeys)
    ('Defectors can remain in their safe house for up to three months, Thawda Win said.',
     [("matches", "safe-house-stay")]),
    # months are no wrong unit of storeys, but another quantity (was "not the unit: 4 storeys")
    ('Defectors may stay in their safe house for four months.',
     [("differs", "safe-house-stay")]),
    # military personnel beside police officers are the soldiers (was `differs`, read as the whole)
    ("According to People's Embrace, 3,015 military personnel and 9,326 police officers have defected.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # a number in an aside that describes the speaker is the writer's (was `misattributed` to Thawda Win)
    ('Thawda Win, whose safe house has four storeys, said defectors may stay three months.',
     [("matches", "safe-house-storeys"), ("matches", "safe-house-stay")]),
    # a date written before its event's noun is that event's, whatever the clause's verb (was `not_found`)
    ('The February 1, 2021 coup was followed by a brutal crackdown.',
     [("matches", "coup")]),
    # comrades named with whose they are: the record's in two words (was `not_found`)
    ("Seven of Maung Sein's comrades were killed.",
     [("matches", "pdf-camp-assault-deaths")]),
    ("Eight of Maung Sein's comrades were killed.",
     [("differs", "pdf-camp-assault-deaths")]),
    # the police as claimant and as what is counted (was "no figure on police")
    ('The police say 9,326 police have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    # what is counted as journalists write it (each was `not_found` or no claim)
    ('The NUG says over 13,000 military and police personnel have defected.',
     [("matches", "defections-total-nug")]),
    ("9,326 members of the police have defected, says People's Embrace.",
     [("matches", "defections-total-peoples-embrace")]),
    ("9,326 cops have defected, says People's Embrace.",
     [("matches", "defections-total-peoples-embrace")]),
    ('Seven ex-servicemen were interviewed.',
     [("matches", "s1-interviewee-count")]),
    ('The interviewees had spent between four and 22 years in uniform.',
     [("matches", "s1-interviewee-service")]),
    ('Pyae Mg lives with three others in a single room.',
     [("matches", "pyae-mg-flatmates")]),
    # an aside that describes the claimant says nothing of what is counted (was `not_found`)
    ("People's Embrace, a group that helps defectors, counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    # personnel of no kind said are the NUG's soldiers and police together (was `differs` against People's Embrace)
    ('The NUG says over 13,000 personnel have defected.',
     [("matches", "defections-total-nug")]),
    # the words beyond an aside are as near as if it were not there (was `not_found`: "interviewees" too far)
    ('The interviewees, aged 22 to 39, had served between four and 22 years.',
     [("matches", "s1-interviewee-ages"), ("matches", "s1-interviewee-service")]),
    # an age set off after the name, with the age on joining later in the sentence, is the present age (was
    # `differs` against the age joined)
    ('Maung Sein, aged 19, joined at 15.',
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    # members of two bodies; years spent in the air force are years of service (each was `not_found` or no claim)
    ('The NUG says over 13,000 members of the military and police have defected.',
     [("matches", "defections-total-nug")]),
    ('Zay Thu Aung spent 18 years in the air force.',
     [("matches", "zay-thu-aung")]),
    # re-run 51: a speaker with an aside (was `matches`, the quote being Lin Aung's), a part named beside
    # "N of the defectors" (was `differs`), verbs of defecting (was held against the NUG's total)
    ('Khant Tun, a defector, said: “I had no other good options to earn a living.”',
     [("misattributed", "q-lin-aung-no-options")]),
    ("People's Embrace said 3,015 of the defectors were soldiers.",
     [("matches", "defections-total-peoples-embrace")]),
    ("9,326 police officers have switched sides, according to People's Embrace.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People's Embrace's figures show 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    # a range of ages of those conscripted is the law's (was `not_found`: read as an age on joining)
    ('Women aged 18 to 27 can be conscripted.',
     [("matches", "conscription-age-women")]),
    # a companion in the number's own clause, however far from it, makes the spouse's figure the one it is
    # held against (was `matches`); one the sentence says is absent does not (were `differs` or no claim)
    ('Each defector gets 700 baht with a spouse.',
     [("differs", "nug-payment-with-spouse")]),
    ('With a spouse, a defector gets 700 baht a month.',
     [("differs", "nug-payment-with-spouse")]),
    ('A defector without a spouse gets 700 baht.',
     [("matches", "nug-payment")]),
    ('A defector with no spouse gets 700 baht.',
     [("matches", "nug-payment")]),
    ('A defector without a spouse gets 1,400 baht.',
     [("differs", "nug-payment")]),
    # the article's own sentence: each amount of "N, or M if …" is a claim (the 700 was read as a rough choice),
    # and the words of one's clause are not the other's (the swapped sentence's 1,400 was `matches`)
    ('Each defector is paid 700 baht per month, or 1,400 baht if accompanied by a spouse.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Each defector is paid 1,400 baht per month, or 700 baht if accompanied by a spouse.',
     [("differs", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Defectors get 1,400 baht a month, or 700 baht for a couple.',
     [("differs", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    # a bare count whose verb or complement says what it counts (were no claim): "N have defected", "N were police"
    ('Over 13,000 have defected, the NUG says.',
     [("matches", "defections-total-nug")]),
    ('The NUG says 12,341 have defected.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Of the 12,341 who defected, 9,326 were police, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # the false part is held against the part it names (was no claim, or held against the seven interviewees)
    ('Of the 12,341 who defected, 9,326 were soldiers.',
     [("disputed", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    # a part of a total named with it is read against the total's parts (was no claim, the sentence all `matches`);
    # "make up", "account for" say nothing of what happened (the README's own example was `not_found`: “make”)
    ("Police make up 9,326 of the defectors counted by People's Embrace.",
     [("matches", "defections-total-peoples-embrace")]),
    ("Police make up 9,326 of the 12,341 defectors counted by People's Embrace.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("Soldiers make up 9,326 of the 12,341 defectors counted by People's Embrace.",
     [("differs", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("Soldiers account for 9,326 of the 12,341 defectors, People's Embrace says.",
     [("differs", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("9,326 of the 12,341 defectors were soldiers, People's Embrace says.",
     [("differs", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("9,326 of the 12,341 defectors were police officers, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ("Women make up 9,326 of the 12,341 defectors counted by People's Embrace.",
     [("not_found", None), ("matches", "defections-total-peoples-embrace")]),
    # …and so is a part said after "Of the <total>," when what it counts is out of reach of the total's words
    ("Of the 12,341 defectors People's Embrace counts, soldiers make up 9,326.",
     [("matches", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ("Of the 12,341 defectors People's Embrace counts, police make up 9,326.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # a second claimant's bare number counts what the first number counts (was no claim)
    ("People's Embrace counts 12,341 defectors; the NUG says over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors; the NUG puts the figure at over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors, the NUG over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("People's Embrace counts over 13,000 defectors, the NUG 12,341.",
     [("misattributed", "defections-total-nug"), ("misattributed", "defections-total-peoples-embrace")]),
    # words that only link a clause to another say nothing of the number, nor hide its claimant (were
    # `not_found` "no figure on defectors", and `disputed`)
    ("People's Embrace counts 12,341 defectors; the NUG, for its part, says over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ('The NUG, by contrast, says over 13,000 soldiers and police have defected.',
     [("matches", "defections-total-nug")]),
    # guards: a count of soldiers with no word of the record's is not its part (still `not_found`)
    ("In an assault on a camp, seven soldiers from Maung Sein's unit were killed.",
     [("not_found", None)]),
    # re-run 72 A1: a qualifier that opens the sentence, one in a clause whose verb is left out ("…, single ones
    # 1,400"), "without one", and a participle's clause ("…, halving to 700 for married defectors") (were `matches`)
    ('Accompanied by a spouse, a defector is paid 700 baht per month.',
     [("differs", "nug-payment-with-spouse")]),
    ('Defectors get 700 baht a month with a spouse and 1,400 baht without one.',
     [("differs", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('Married defectors get 700 baht, single ones 1,400 baht a month.',
     [("differs", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('The stipend is 1,400 baht a month, halving to 700 baht for married defectors.',
     [("differs", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    # … and the true ones, guards (the 1,400 of "with one" was `not_found` on the way)
    ('Defectors get 700 baht a month without a spouse and 1,400 baht with one.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Married defectors get 1,400 baht, single ones 700 baht a month.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    # re-run 74 A5: the second amount with no unit of its own takes the first's (was not read, so a false one passed)
    ('Married defectors get 1,400 baht, single ones 1,400.',
     [("matches", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('Defectors get 700 baht without a spouse and 700 with one.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('The stipend is 700 baht a month, doubling to 2,800 for married defectors.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Married defectors get 1,400 baht, single ones 700.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Defectors get 700 baht without a spouse and 1,400 with one.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('The stipend is 700 baht a month, doubling to 1,400 for married defectors.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    # re-run 75 borderline: "and a married one 700" is a second case, not "and a half" (the 1,400 was dropped)
    ('An unmarried defector gets 1,400 baht a month and a married one 700.',
     [("differs", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('A married defector gets 1,400 baht a month and a single one 700.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    # re-run 76 A3: "those without", "singles", "bachelors" in a second clause are without a spouse (the false 1,400
    # was `matches`, the true 700 `differs`)
    ('Defectors with a spouse get 700 baht a month, those without 1,400.',
     [("differs", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('Defectors with a spouse get 1,400 baht a month, those without 700.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Married defectors receive 700 baht monthly, bachelors 1,400.',
     [("differs", "nug-payment-with-spouse"), ("differs", "nug-payment")]),
    ('Married defectors receive 1,400 baht monthly, bachelors 700.',
     [("matches", "nug-payment-with-spouse"), ("matches", "nug-payment")]),
    ('Couples get 700 baht a month, singles 1,400.', [("differs", "nug-payment-with-spouse"), ("not_found", None)]),
    # … and "…; People's Embrace, 12,341." is its own figure (was unread, a false one too)
    ("The NUG counts over 13,000 defectors; People's Embrace, 13,341.",
     [("matches", "defections-total-nug"), ("differs", "defections-total-peoples-embrace")]),
    # a guard: a count after a sum is no second sum
    ('Defectors get 700 baht a month, and 15 of them live in safe houses.', [("matches", "nug-payment")]),
    # re-run 74 A2–A4: a second claimant's bare number counts people, as the first's nouns say (was `differs`: "no
    # figure on junta personnel from the NUG"); a word that describes a claimant ("the exiled NUG") is who says, not
    # what is counted, and the gapped clause it opens is its own (the 12,341 was `not_found`, the 13,000 unread); a
    # verb after "and" shares its subject ("had served" is the interviewees': was `not_found`)
    ("According to People's Embrace, 12,341 junta personnel have defected; the NUG says over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors, the exiled NUG over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors; the exiled NUG says over 13,000.",
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-nug")]),
    ("The exiled NUG says over 13,000 have defected.", [("matches", "defections-total-nug")]),
    ("People's Embrace counts 12,341 defectors, the exiled NUG 12,341.",
     [("matches", "defections-total-peoples-embrace"), ("misattributed", "defections-total-peoples-embrace")]),
    ("The interviewees were aged from 22 to 39 and had served between four and 22 years.",
     [("matches", "s1-interviewee-ages"), ("matches", "s1-interviewee-service")]),
    ("The interviewees were aged from 22 to 39 and had served between five and 22 years.",
     [("matches", "s1-interviewee-ages"), ("differs", "s1-interviewee-service")]),
    # and service members of no kind said are personnel (was `not_found`)
    ("In all, 12,341 members of the junta's forces have defected, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace")]),
    # "police officers" are police, as People's Embrace's are (was `differs` against the NUG's soldiers and police
    # officers); the parts after "Of those," share its words
    ('9,326 police officers defected.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Of those who defected, 3,015 were soldiers and 9,326 police officers.',
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # "the group" named by no sentence before it is no claimant the fact base could know (was `misattributed`)
    ('The group counts 3,015 soldiers among the defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    # ", not 700" after an amount sets another amount aside, and denies nothing of the first (was no claim)
    ('A defector gets 1,400 baht a month, not 700.',
     [("differs", "nug-payment")]),
    ('A defector gets 700 baht a month, not 1,400.',
     [("matches", "nug-payment")]),
    ('Lin Aung enlisted in 2014, not in 2020.',
     [("differs", "lin-aung-enlists")]),
    ('Lin Aung enlisted in 2020, not 2014.',
     [("matches", "lin-aung-enlists")]),
    # re-run 73 A1: the second clause's own subject after a semicolon, and a gap after three words (at the commit it
    # ran, true rates were `differs` and false ones `matches`; all but the second held before this session's clauses)
    ('Defectors get 700 baht a month; couples, 1,400 baht.',
     [("matches", "nug-payment"), ("matches", "nug-payment-with-spouse")]),
    ('Defectors get 700 baht; couples, 700 baht too.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Defectors get 700 baht a month and couples the same 700 baht.',
     [("matches", "nug-payment"), ("differs", "nug-payment-with-spouse")]),
    ('Each defector gets 700 baht a month, a married one 700 too.',
     [("matches", "nug-payment")]),
    # re-run 128 A5: "joined it" joins what the pronoun stands for, the army named before it (was `differs`: his age now)
    ('At 15, Maung Sein, who admired the army, joined it.',
     [("matches", "maung-sein")]),
    ('At 17, Maung Sein, who admired the army, joined it.',
     [("differs", "maung-sein")]),
    ('Maung Sein, who admired the army, joined it at 15.',
     [("matches", "maung-sein")]),
    # re-run 128 A7: where one lives with those counted is the record's to say (a place the article does not give
    # passed as its own)
    ('Pyae Mg lives in a one-room apartment in Bangkok with three others.',
     [("not_found", "pyae-mg-flatmates")]),
    ('Pyae Mg lives with three others in Bangkok.',
     [("not_found", "pyae-mg-flatmates")]),
    ('Pyae Mg shares a small, one-room apartment with three others.',
     [("matches", "pyae-mg-flatmates")]),
    # re-run 129 A4: a bound before "the age of" is the age's ("up to the age of 35": at most 35, the law's range's
    # end; was `differs`, read as exactly 35), and a bound of an age holds of an age close to it though not round
    ('Men up to the age of 35 can be conscripted.',
     [("matches", "conscription-age-men")]),
    ('Men up to age 35 can be conscripted.',
     [("matches", "conscription-age-men")]),
    ('Men aged up to 35 can be conscripted.',
     [("matches", "conscription-age-men")]),
    ('Men up to the age of 40 can be conscripted.',
     [("differs", "conscription-age-men")]),
    ('Women up to the age of 27 can be conscripted.',
     [("matches", "conscription-age-women")]),
    ('Bo Pyay joined the army under the age of 18.',
     [("matches", "bo-pyay")]),
    ('Bo Pyay joined the army under the age of 16.',
     [("differs", "bo-pyay")]),
    # re-run 129 A8: those one lives with are people, not rooms ("three roommates" was `differs` against the one room;
    # the base counts "people Pyae Mg shares a small, one-room apartment with", in no word of the sentence's)
    ('Pyae Mg has three roommates.',
     [("not_found", None)]),
    ('Pyae Mg lives with four flatmates.',
     [("not_found", None)]),
    # re-run 129 A3: who took power in a coup, or "It was X that staged" it, is the coup's doer (were `matches` for
    # the NUG); a seizure of power is what a coup is (the military's own was `not_found`, naming "power")
    ('The NUG took power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG seized power in a coup in February 2021.',
     [("not_found", "coup")]),
    ('It was the NUG that staged the coup of February 1, 2021.',
     [("not_found", "coup")]),
    ('On February 1, 2021, the military took power in a coup.',
     [("matches", "coup")]),
    ('It was the military that staged the coup of February 1, 2021.',
     [("matches", "coup")]),
    # re-run 129 A11: a day written as a word before "of" and its month, or after "the" and its month (were no claim)
    ('The coup took place on the first of February, 2021.',
     [("matches", "coup")]),
    ('The coup took place on February the 1st, 2021.',
     [("matches", "coup")]),
    ('The coup took place on the second of February, 2021.',
     [("differs", "coup")]),
    # re-run 129 A5: an age set off after a name that is no subject, ending the sentence, or after a name set off
    # before "is" or "who is" (each was no claim)
    ('The youngest in the safehouse is Maung Sein, 19.',
     [("matches", "maung-sein")]),
    ('One of them is Maung Sein, 21.',
     [("differs", "maung-sein")]),
    ('The youngest, Maung Sein, is 19.',
     [("matches", "maung-sein")]),
    ('Maung Sein, who is 21, is the youngest.',
     [("differs", "maung-sein")]),
    # re-run 130 A1: a tag's verb of two words ("points out", "spells out") closing the sentence or before its
    # speaker names the claimant (the wrong one `matched` as the article's own figure, or was `not_found` on "points")
    ('Each defector is paid 700 baht a month, Thawda Win points out.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, points out Thawda Win.',
     [("misattributed", "nug-payment")]),
    ('Over 13,000 have defected, the NUG points out.',
     [("matches", "defections-total-nug")]),
    ("Over 13,000 have defected, People's Embrace pointed out.",
     [("misattributed", "defections-total-nug")]),
    # re-run 130 A2: who carried out (pulled off, was behind) the coup, or whose work it was, is its doer (the NUG
    # was `matches`)
    ('The NUG carried out a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The coup of February 1, 2021 was carried out by the NUG.',
     [("not_found", "coup")]),
    ('The coup on February 1, 2021 was the work of the NUG.',
     [("not_found", "coup")]),
    ('The NUG was behind the coup of February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG pulled off a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The coup of February 1, 2021 was carried out by the military.',
     [("matches", "coup")]),
    # re-run 130 A3: a day as a word after "the", or "the 1st (first) day of" (were no claim)
    ('The coup took place on February the first, 2021.',
     [("matches", "coup")]),
    ('The coup took place on the 1st day of February, 2021.',
     [("matches", "coup")]),
    ('The coup took place on February the second, 2021.',
     [("differs", "coup")]),
    # re-run 130 A6: an age in words after "at" is no place joined (was no claim)
    ('Bo Pyay enlisted at seventeen.',
     [("matches", "bo-pyay")]),
    ('Bo Pyay enlisted at sixteen.',
     [("differs", "bo-pyay")]),
    # re-run 130 A5: "X is N and …" is his age now, whatever the clause after "and" says (21 was dropped when a joining
    # followed; "and the youngest" made no claim)
    ('Maung Sein is 21 and joined at 15.',
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ('Maung Sein is 19 and the youngest in the safehouse.',
     [("matches", "maung-sein")]),
    ('Maung Sein is 25 and the youngest in the safehouse.',
     [("differs", "maung-sein")]),
    # re-run 131 A5: "later" said of a verb beside a date ("…, who joined in 2014, defected later", "joined in 2016 and
    # later defected") leaves it exact (each was no claim, read as "2014 or later")
    ('Zeya Hein, who joined in 2014, defected later.', [("matches", "zeya-hein-enlists")]),
    ('Zeya Hein joined in 2016 and later defected.', [("differs", "zeya-hein-enlists")]),
    # re-run 131 A4: so is "but", "yet", "though" (21 was dropped when a joining followed)
    ('Maung Sein is 21 but joined at 15.',
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ('Maung Sein is 21 yet joined at 15.',
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ('Maung Sein is 21 though he joined at 15.',
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ('Maung Sein is 19 but joined at 16.',
     [("matches", "maung-sein"), ("differs", "maung-sein")]),
    # re-run 131 A5: joining in other words ("became a soldier", "went (got) into the army", "was inducted into",
    # "enrolled in", "has been in the army since", "a soldier since", "enlisted as a soldier") is a joining, of an age
    # and of a date (each was no claim, or `not_found` naming the very enlistment)
    ('Maung Sein became a soldier at 15.', [("matches", "maung-sein")]),
    ('Bo Pyay became a soldier at seventeen.', [("matches", "bo-pyay")]),
    ('Maung Sein became a soldier at sixteen.', [("differs", "maung-sein")]),
    ('Maung Sein decided to become a soldier at 15.', [("matches", "maung-sein")]),
    ('Maung Sein went into the army at fifteen.', [("matches", "maung-sein")]),
    ('Maung Sein got into the army at 16.', [("differs", "maung-sein")]),
    ('Maung Sein was inducted into the army at 15.', [("matches", "maung-sein")]),
    ('Maung Sein enrolled in the army at 15.', [("matches", "maung-sein")]),
    ('Bo Pyay enlisted as a soldier at 17.', [("matches", "bo-pyay")]),
    ('Maung Sein has been a soldier since 15.', [("matches", "maung-sein")]),
    ('Maung Sein has been in the army since the age of 15.', [("matches", "maung-sein")]),  # (was his age now)
    ('Zeya Hein became a soldier in 2014.', [("matches", "zeya-hein-enlists")]),
    ('Zeya Hein has been in the military since 2014.', [("matches", "zeya-hein-enlists")]),
    ('Zeya Hein, a soldier since 2014, defected.', [("matches", "zeya-hein-enlists")]),
    ('Zeya Hein went into the army in 2016.', [("differs", "zeya-hein-enlists")]),
    ('Zeya Hein enrolled in the military in 2016.', [("differs", "zeya-hein-enlists")]),
    ('Zeya Hein was inducted into the military in 2016.', [("differs", "zeya-hein-enlists")]),
    ('Zeya Hein has served in the army since 2016.', [("differs", "zeya-hein-enlists")]),
    ('Zeya Hein enlisted as a soldier in 2016.', [("differs", "zeya-hein-enlists")]),
    ('Zeya Hein became a captain in 2014.', [("not_found", None)]),  # guards: a rank, a place, another force
    ('Zeya Hein went into hiding in 2014.', [("not_found", None)]),
    ('Zeya Hein became a policeman in 2014.', [("not_found", None)]),
    ('Lin Aung enlisted as a police officer in 2020.', [("not_found", None)]),
    ('Zeya Hein joined the PDF in 2014.', [("not_found", None)]),
    # linking words set off by commas hide no date (was no claim)
    ('Lin Aung, for his part, enlisted in 2020.',
     [("matches", "lin-aung-enlists")]),
    # a relayer set off between the subject and its verb, in any words of relaying ("according to", "per", "in X's
    # telling", "in the view of X", "by X's account", "as reported (told, quoted) by X", "as X reports", "as X tells it",
    # "to hear X tell it") and in any marks (commas, dashes, brackets), only passes on what the subject counts or says:
    # the subject is the claimant, as in ", according to X," (the dashed and bracketed "according to" was read the
    # other way round; the other words were X's, or `not_found`, `disputed`)
    ("People's Embrace — according to the NUG — counts over 13,000 defectors.",
     [("misattributed", "defections-total-nug")]),
    ("People's Embrace — according to the NUG — counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG — according to People's Embrace — counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG (according to People's Embrace) counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace [according to the NUG] counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG -- according to People's Embrace -- counts over 13,000 defectors.",
     [("matches", "defections-total-nug")]),
    ("The NUG — per People's Embrace — counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG — according to People's Embrace — says over 13,000 have defected.",
     [("matches", "defections-total-nug")]),
    ("People's Embrace, in the NUG's telling, counts over 13,000 defectors.",
     [("misattributed", "defections-total-nug")]),
    ("People's Embrace, in the NUG's telling, counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG, in People's Embrace's telling, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG — in People's Embrace's telling — counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG, as reported by People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG (as reported by People's Embrace) counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace, as reported by the NUG, counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG, in the view of People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG, in People's Embrace's account, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG, by People's Embrace's account, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG, as told by People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The NUG, as quoted by People's Embrace, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("People's Embrace, as the NUG reports, counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People's Embrace — as the NUG tells it — counts 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The NUG, to hear People's Embrace tell it, counts 12,341 defectors.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Since the coup, the NUG — according to People's Embrace — has counted 12,341 defectors.",  # after a time
     [("misattributed", "defections-total-peoples-embrace")]),
    ("Since the coup, People's Embrace, as reported by the NUG, has counted 12,341 defectors.",
     [("matches", "defections-total-peoples-embrace")]),
    ('Maung Sein, in Zay Thu Aung\'s telling, said: “It filled me with remorse and despair.”',  # a speaker too
     [("matches", "q-maung-sein-remorse")]),
    ('Bo Pyay, as Lin Aung recalls, said: “There was little prospect of getting a job to earn my living.”',
     [("matches", "q-bo-pyay-prospects")]),
    ('Lin Aung, as Bo Pyay recalls, said: “There was little prospect of getting a job to earn my living.”',
     [("misattributed", "q-bo-pyay-prospects")]),
    ("It was Bo Pyay, in Maung Sein's telling, who joined at 15.",  # a doer too
     [("differs", "bo-pyay")]),
    ("People's Embrace, according to the NUG, counts 12,341 defectors.",  # guard: the comma form
     [("matches", "defections-total-peoples-embrace")]),
    ("According to People's Embrace, the NUG counts over 13,000 defectors.",  # guard: one leading the sentence
     [("matches", "defections-total-nug")]),
    ("12,341 junta personnel (as reported by the NUG) have defected.",  # guard: no one counting as subject
     [("misattributed", "defections-total-peoples-embrace")]),
    ('Zay Thu Aung, in Maung Sein\'s words, said: “It filled me with remorse and despair.”',  # guard: X's words,
     [("matches", "q-maung-sein-remorse")]),  # which Y voices (not relaying)
    # a claimant's tag with other verbs of remarking ("observes", "mentions", "emphasises", "cautions", "affirms" …):
    # read as ", says X" is (was `not_found`: "observes" read as what the record must say; in the upright order, the
    # article's own, `matches`)
    ('Each defector is paid 700 baht a month, observes Thawda Win.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win emphasises.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, cautions Thawda Win.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid — mentions Thawda Win — 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('The NUG announced over 13,000 have defected.',
     [("matches", "defections-total-nug")]),
    ('Each defector is paid 700 baht a month, notes Thawda Win.',  # guard
     [("misattributed", "nug-payment")]),
    # a guard of what must still hold: another number's noun ("seven men") is no rival's qualifier of the ages
    ('Ranging in age from 22 to 39, the seven men had served four to 22 years in the military.',
     [("matches", "s1-interviewee-ages"), ("not_found", None), ("matches", "s1-interviewee-service")]),
    # re-run 127 A3: a whole in other words: "one slice of", "(or) a quarter of", "Of 20,000-odd", "Within (Amongst) the
    # 20,000"; and a leading whole before a part that names what it counts (each false whole was `matches`, the true
    # slice `not_found` on "make", "slice", "Soldiers number 3,015" no claim)
    ('3,015 soldiers make up one slice of the 12,341 defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    ('3,015 soldiers make up one slice of the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers form part of the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Soldiers number 3,015, or a quarter of the 12,341 defectors.',
     [("matches", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('Soldiers number 3,015, or a quarter of the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, or a quarter of the 20,000 defectors, have defected.',
     [("differs", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers, or half of the 12,341 defectors, have defected.',  # the share is wrong (the part was no claim)
     [("matches", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ('Of 20,000-odd defectors, 3,015 were soldiers.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('The NUG counts 13,000-odd defectors.',  # ("-odd" was read as what it counts)
     [("matches", "defections-total-nug")]),
    ('Within the 20,000 defectors, 3,015 were soldiers.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('Amongst the 20,000 defectors, 3,015 were soldiers.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('Of the 20,000 defectors, 3,015 soldiers have defected.',
     [("not_found", None), ("differs", "defections-total-peoples-embrace")]),
    ('Within the 12,341 defectors, 3,015 were soldiers.',  # guard
     [("disputed", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    # (the whole was `not_found`: no record's number was 12,000 and the words "defectors" found none; the figures near
    # a number are candidates now, and "over 12,000 defectors" is disputed, as "More than 12,000 defectors" is)
    ('Of 12,000-odd defectors, 3,015 were soldiers.',  # guard
     [("disputed", "defections-total-peoples-embrace"), ("matches", "defections-total-peoples-embrace")]),
    ('3,015 soldiers formed a new battalion.',  # guard: a verb of being a part only before a share
     [("not_found", None)]),
    # re-run 126 A3: a whole further on in the part's clause, at the sentence's end or after another count (each false
    # whole was `matches`; "some of the 12,341" made the seven no claim)
    ('3,015 soldiers have defected, out of 20,000 defectors in total.',
     [("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers have defected, out of 20,000 in total.',
     [("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers and 9,326 police have defected, out of 20,000 defectors in total.',
     [("differs", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers are one of two groups among the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace"), ("not_found", None), ("not_found", None)]),
    ('3,015 soldiers are part of the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace")]),
    ('3,015 soldiers are counted among the 20,000 defectors.',
     [("differs", "defections-total-peoples-embrace"), ("not_found", None)]),
    ('Seven former soldiers, some of the 12,341 defectors, were interviewed.',
     [("matches", "s1-interviewee-count")]),
    ('3,015 soldiers have defected, out of 12,341 defectors in total.',  # guards: the record's whole; a count too
     [("matches", "defections-total-peoples-embrace")]),  # small to be the whole ("one of the seven"); another clause's count
    ('3,015 soldiers are one of two groups among the 12,341 defectors.',
     [("matches", "defections-total-peoples-embrace"), ("not_found", None), ("disputed", "defections-total-peoples-embrace")]),
    ('3,015 soldiers have defected, one of the seven interviewees said.',
     [("matches", "defections-total-peoples-embrace"), ("matches", "s1-interviewee-count")]),
    ('3,015 soldiers defected, and many of the 9,326 police followed.',
     [("matches", "defections-total-peoples-embrace"), ("not_found", None)]),
    # re-run 127 A11: a share of a whole ("a quarter of the 12,341 defectors were soldiers") is held against the record's
    # part of its whole, as a rough fraction, a rounded percentage or a bound ("most", "over half"); each was no claim
    ('A quarter of the 12,341 defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('A quarter of the 12,341 defectors were police.',
     [("differs", "defections-total-peoples-embrace")]),
    ('A quarter of the 20,000 defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Police officers account for about three-quarters of the 12,341 defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Half of the 12,341 defectors were police.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Nearly a quarter of the 12,341 defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Over a quarter of the 12,341 defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('24% of the 12,341 defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('30% of the 12,341 defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Most of the 12,341 defectors were police.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Most of the 12,341 defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('9,326 police officers represent 60% of the 12,341 defectors.',
     [("matches", "defections-total-peoples-embrace"), ("differs", "defections-total-peoples-embrace")]),
    # re-run 130 A8: a share of a whole no number gives ("a quarter of the defectors", "those who defected", "the
    # defections", "one in four defectors", "24% of the defectors") is held against the record that counts that whole by
    # its parts (People's Embrace's; the NUG's over 13,000 gives none), with the same hedges, and its claimant as the
    # whole-given form's (each was no claim, "24% of the defectors" `not_found`); a ratio ("one in four of the 12,341")
    # as a fraction (was a count of four, `not_found`)
    ('A quarter of the defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Nearly a quarter of the defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ("Roughly a quarter of the defectors were soldiers, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace")]),
    ("Roughly a quarter of the defectors were soldiers, the NUG says.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("A quarter of the defectors, People's Embrace says, were soldiers.",
     [("matches", "defections-total-peoples-embrace")]),
    ('Half of the defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('A quarter of the defectors were police.',
     [("differs", "defections-total-peoples-embrace")]),
    ('About three-quarters of those who defected were police.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Police make up three quarters of the defections.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Soldiers were a quarter of the defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Soldiers were half of all defectors.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Most of the defectors were police.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Most of the defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('24% of the defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('30% of the defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('One in four defectors was a soldier.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Three in four defectors were police.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Three out of four defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('One in four of the 12,341 defectors were soldiers.',
     [("matches", "defections-total-peoples-embrace")]),
    ('One in every two of the 12,341 defectors were soldiers.',
     [("differs", "defections-total-peoples-embrace")]),
    ('24% of the defectors fled to Thailand.',  # guards: a share that names no part; a share of a whole with its number
     [("not_found", None)]),
    ('A quarter of the 12,341 defectors were soldiers, the NUG says.',
     [("misattributed", "defections-total-peoples-embrace")]),
    # an age after "just" or "only" ("aged just 15", "at the age of only 17") is an age, as "at just 15" is (each was
    # no claim)
    ('Maung Sein joined the army aged just 15.', [("matches", "maung-sein")]),
    ('Maung Sein joined the army at the age of just 17.', [("differs", "maung-sein")]),
    ('Bo Pyay joined the army aged only 17.', [("matches", "bo-pyay")]),
    ('Bo Pyay joined the army aged only 19.', [("differs", "bo-pyay")]),
    ('Maung Sein, aged just 19, is the youngest in the safehouse.', [("matches", "maung-sein")]),
    # a word between a span's number and its unit ("18 long years", "a full decade") leaves it a span (each was no claim)
    ('For 18 long years, Zay Thu Aung served in the air force.', [("matches", "zay-thu-aung")]),  # (his service: the
    ('Zay Thu Aung served in the air force for 18 long years.', [("matches", "zay-thu-aung")]),  # army's is not)
    ('Zay Thu Aung served in the air force for 20 hard years.', [("differs", "zay-thu-aung")]),
    ('Zay Thu Aung served two whole decades in the air force.', [("differs", "zay-thu-aung")]),
    ('Bo Pyay served a full decade in the army.', [("matches", "bo-pyay")]),
    # a leading age or span without its comma, with a colon, or after "across", "throughout" is read as with a comma
    # ("At 19 Maung Sein …" was no claim; "For 18 years Zay Thu Aung sold noodles." `matches`, as "Zay Thu Aung sold
    # noodles for 18 years." is not); its verb as after the number ("At 15, … decided to join": was `not_found`)
    ('At 19 Maung Sein is the youngest in the safehouse.', [("matches", "maung-sein")]),
    ('At 21 Maung Sein is the youngest in the safehouse.', [("differs", "maung-sein")]),
    ('At 19: Maung Sein is the youngest in the safehouse.', [("matches", "maung-sein")]),
    ('At 21: Maung Sein is the youngest in the safehouse.', [("differs", "maung-sein")]),
    ('For 18 years Zay Thu Aung sold noodles.', [("not_found", "zay-thu-aung")]),
    ('Across 18 years, Zay Thu Aung sold noodles.', [("not_found", "zay-thu-aung")]),
    ('Throughout 18 years, Zay Thu Aung was a cook.', [("not_found", "zay-thu-aung")]),
    ('During 18 years in the air force, Zay Thu Aung sold noodles.', [("not_found", "zay-thu-aung")]),
    ('For 18 years Zay Thu Aung served in the air force.', [("matches", "zay-thu-aung")]),  # guard
    ('After 18 years in the air force, Zay Thu Aung defected.', [("matches", "zay-thu-aung")]),  # guard
    ('At 15, Maung Sein decided to join the military.', [("matches", "maung-sein")]),
    ('At 17 Maung Sein decided to join the military.', [("differs", "maung-sein")]),  # guard
    # a span "as a soldier" is one of service (s1's own "his decade as a soldier" was no claim); as a monk, none (guard)
    ('Bo Pyay worked on a project to produce cluster bombs during his decade as a soldier.', [("matches", "bo-pyay")]),
    ('Bo Pyay worked on a project to produce cluster bombs during his two decades as a soldier.',
     [("differs", "bo-pyay")]),
    ('Bo Pyay spent a decade as a soldier.', [("matches", "bo-pyay")]),
    # a span one planned, hoped or meant to serve is one's intended service (s1: Lin Aung "thought he could join for
    # one or two years"), never years served (each was no claim, the plan read as a denial)
    ('Lin Aung planned to serve one or two years.', [("matches", "lin-aung")]),
    ('Lin Aung intended to join for one or two years.', [("matches", "lin-aung")]),
    ('Lin Aung planned to serve three or four years.', [("differs", "lin-aung")]),
    ('Zay Thu Aung planned to serve 18 years.', [("not_found", None)]),
    # an age by which something was done is no record's ("by 19" was no claim; "by the age of 19" `matched` his age now)
    ('Maung Sein became a general by 19.', [("not_found", None)]),
    ('Maung Sein became a general by the age of 19.', [("not_found", None)]),
    ('By 19, Maung Sein was a general.', [("not_found", None)]),
    ('Maung Sein had joined the army by 16.', [("not_found", None)]),
    # a rank or job written as a title before the name, or set off after it, that the person's record does not give
    # (each was `matches`): `not_found`, the reason naming the title; the rank the record gives, or any soldier's
    # words ("Former soldier", "Defector"), still match
    ('Police officer Lin Aung enlisted in 2020.', [("not_found", "lin-aung-enlists")]),
    ('Major Zay Thu Aung served 18 years.', [("not_found", "zay-thu-aung")]),
    ('Sergeant Bo Pyay joined the army aged 17.', [("not_found", "bo-pyay")]),
    ('Police officer Lin Aung said: “I had no other good options to earn a living.”',
     [("not_found", "q-lin-aung-no-options")]),
    (f'{_ASTOUNDING} says Major Zay Thu Aung.', [("not_found", "q-zay-thu-aung-transformation")]),
    (f'{_ASTOUNDING} says Zay Thu Aung, a major.', [("not_found", "q-zay-thu-aung-transformation")]),
    ('“I was not told how difficult it would be to leave,” said Lin Aung, a police officer.',
     [("not_found", "q-lin-aung-not-told")]),
    (f'Zay Thu Aung paused. {_ASTOUNDING} the major said.', [("not_found", "q-zay-thu-aung-transformation")]),
    ('Former air force captain Zay Thu Aung served 18 years.',  # (was `not_found`: "Former air force" read as a
     [("matches", "zay-thu-aung")]),  # foreign one)
    ('Air Force Capt. Zay Thu Aung said: “The transformation has been astounding.”',  # (was `misattributed`: "not by
     [("matches", "q-zay-thu-aung-transformation")]),  # Force Capt Zay Thu Aung")
    ('Captain Zay Thu Aung served 18 years.', [("matches", "zay-thu-aung")]),  # guards
    ('The former air force officer Zay Thu Aung said: “The transformation has been astounding.”',
     [("matches", "q-zay-thu-aung-transformation")]),
    ('Former soldier Bo Pyay joined the army aged 17.', [("matches", "bo-pyay")]),
    ('After meeting a police officer, Lin Aung said: “I had no other good options to earn a living.”',
     [("matches", "q-lin-aung-no-options")]),
    # (was `matches`: a date's claimant is held against the record now, and the article says it, not the police)
    ('Lin Aung, the police say, enlisted in 2020.', [("misattributed", "lin-aung-enlists")]),
    # claims 136 #116: a date said to be an organisation's that the article gives in its own voice (was `matches`)
    ("Defections in the Myanmar military peaked in 2021, People's Embrace says.", [("misattributed", "defections-peak")]),
    ("People's Embrace says the coup took place in February 2021.", [("misattributed", "coup")]),
    # guards: the NUG's own sentence holds the coup's date (its figure's excerpt), the outlet's voice is the article's
    ("The junta took power in a coup in February 2021, the NUG says.", [("matches", "coup")]),
    ("According to The Irrawaddy, military defections peaked in 2021.", [("matches", "defections-peak")]),
    # claims 136 #21, #94: "compulsory" is the record's "mandatory", and a defector's years "before he defected" are
    # his years of service (each was `not_found`, a false age or a false count left unchecked)
    ("The conscription law makes military service compulsory for men aged 18 to 45.",
     [("differs", "conscription-age-men")]),
    ("The conscription law makes military service compulsory for men aged 18 to 35.",
     [("matches", "conscription-age-men")]),
    ("Captain Zay Thu Aung served in the air force for 20 years before he defected.", [("differs", "zay-thu-aung")]),
    ("Captain Zay Thu Aung served in the air force for 18 years before he defected.", [("matches", "zay-thu-aung")]),
    # guard: before something else, which the record does not say
    ("Captain Zay Thu Aung served in the air force for 18 years before he retired.", [("not_found", "zay-thu-aung")]),
    # re-run 130 A4: a service the record does not give, as a title or where the years were served, of the air force
    # captain (each was `matches`; "in (with) the police", "in the marines", "as a police officer" were no claim):
    # `not_found`, the reason naming the service and his record's
    ('Zay Thu Aung, a former army captain, served 18 years.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, an army officer, served 18 years.', [("not_found", "zay-thu-aung")]),
    ('Army captain Zay Thu Aung served 18 years.', [("not_found", "zay-thu-aung")]),
    ('Former army captain Zay Thu Aung served 18 years.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung spent 18 years in the army.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung served in the army for 18 years.', [("not_found", "zay-thu-aung")]),
    ('For 18 years, Zay Thu Aung served in the army.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung, who served 18 years in the army, defected.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung served 18 years, a captain in the army.', [("not_found", "zay-thu-aung")]),
    (f'{_ASTOUNDING} says Zay Thu Aung, a former army captain.', [("not_found", "q-zay-thu-aung-transformation")]),
    ('The former army captain Zay Thu Aung said: “The transformation has been astounding.”',
     [("not_found", "q-zay-thu-aung-transformation")]),
    ('Zay Thu Aung spent 18 years in the police.', [("not_found", "zay-thu-aung")]),  # (his own record, no group's)
    ('Zay Thu Aung spent 18 years with the police.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung spent 18 years in the marines.', [("not_found", "zay-thu-aung")]),
    ('Zay Thu Aung spent 18 years as a police officer.', [("not_found", "zay-thu-aung")]),
    ('Bo Pyay spent a decade in the police.', [("not_found", "bo-pyay")]),
    # "military", "armed forces" fit any armed service, "army" one whose record gives no branch (each was `not_found`)
    (f'{_ASTOUNDING} the former military captain says.', [("matches", "q-zay-thu-aung-transformation")]),
    (f'{_ASTOUNDING} the armed forces captain says.', [("matches", "q-zay-thu-aung-transformation")]),
    ('“I felt deeply saddened when I saw derogatory comments online referring to us as ‘military dogs,’” says the '
     '19-year-old army soldier.', [("matches", "q-maung-sein-military-dogs"), ("not_found", None)]),
    ('Zay Thu Aung spent 18 years in the air force.', [("matches", "zay-thu-aung")]),  # guards
    ('Zay Thu Aung spent 18 years in the military.', [("matches", "zay-thu-aung")]),
    ('Zay Thu Aung spent 18 years in the Tatmadaw.', [("matches", "zay-thu-aung")]),
    ('Zay Thu Aung, a former armed forces captain, served 18 years.', [("matches", "zay-thu-aung")]),
    ('Zay Thu Aung spent 18 years in the navy.', [("not_found", "zay-thu-aung")]),
    (f'{_ASTOUNDING} the former army captain says.', [("not_found", "q-zay-thu-aung-transformation")]),
    ('Bo Pyay, an army soldier, served for a decade.', [("matches", "bo-pyay")]),
    ('Army soldier Bo Pyay joined the army aged 17.', [("matches", "bo-pyay")]),
    ('Maung Sein, a former army soldier, joined the military at 15.', [("matches", "maung-sein")]),
    ('“Everyone in the military should be treated with respect regardless of rank,” said a military captain who defected.',
     [("matches", "q-captain-respect")]),
    ('“Everyone in the military should be treated with respect regardless of rank,” said an air force captain who '
     'defected.', [("not_found", "q-captain-respect")]),
    # a quotation split by its tag is the words of whom the tag names, both halves (the second was `matches` as Lin
    # Aung's); one a tag says another echoes, quotes or words it as is the one echoed ("his sergeant": Bo Pyay's)
    (f"{_SURVIVE} says Lin Aung's brother, {_ON_MY_OWN}",
     [("misattributed", "q-lin-aung-survive"), ("misattributed", "q-lin-aung-survive")]),
    (f"{_SURVIVE} said a friend of Lin Aung, {_ON_MY_OWN}",
     [("not_found", "q-lin-aung-survive"), ("misattributed", "q-lin-aung-survive")]),
    (f"{_ASTOUNDING} says Zay Thu Aung's brother, {_COMRADES}",
     [("misattributed", "q-zay-thu-aung-transformation"), ("misattributed", "q-zay-thu-aung-transformation")]),
    (f'{_PROSPECT} Bo Pyay said, echoing his sergeant.', [("misattributed", "q-bo-pyay-prospects")]),
    (f"{_PROSPECT} Bo Pyay said, in his sergeant's words.", [("misattributed", "q-bo-pyay-prospects")]),
    (f'{_SURVIVE} says Lin Aung, {_ON_MY_OWN}',  # guards
     [("matches", "q-lin-aung-survive"), ("matches", "q-lin-aung-survive")]),
    (f"{_PROSPECT} Zeya Hein said, repeating Bo Pyay's words.", [("matches", "q-bo-pyay-prospects")]),
    # a speaker described by a clause whose number the speaker's record does not hold (was `matches`: the clause was
    # left out, or the description too long to read); the number's own claim is no figure's
    (f'{_MAJORITY} said the defector who signed a ten-year agreement.',
     [("not_found", "q-five-year-majority"), ("not_found", None)]),
    ('The defector who signed a ten-year agreement said: “This happens to the majority of soldiers.”',
     [("not_found", None), ("not_found", "q-five-year-majority")]),
    (f'{_MAJORITY} said a defector who had signed for ten years.',
     [("not_found", "q-five-year-majority"), ("not_found", None)]),
    (f'{_ASTOUNDING} says the captain who served 12 years.',
     [("not_found", "q-zay-thu-aung-transformation"), ("not_found", None)]),
    ('“I felt deeply saddened when I saw derogatory comments online referring to us as ‘military dogs,’” says the '
     '19-year-old.', [("matches", "q-maung-sein-military-dogs"), ("not_found", None)]),  # (his age: was `not_found`)
    (f'{_MAJORITY} said the defector who signed a five-year agreement.',  # guards
     [("matches", "q-five-year-majority"), ("not_found", None)]),
    (f'{_ASTOUNDING} says the captain who served for nearly two decades.',
     [("matches", "q-zay-thu-aung-transformation"), ("not_found", None)]),
    # "was 15 when he joined" is the joining's age: a current age after it, "and is 21 now", is read (was dropped)
    ('Maung Sein was 15 when he joined and is 21 now.',
     [("matches", "maung-sein"), ("differs", "maung-sein")]),
    ('Maung Sein was 15 when he joined and is 19.',
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    ('Bo Pyay was 17 when he joined and served a decade.',  # guard
     [("matches", "bo-pyay"), ("matches", "bo-pyay")]),
    # re-run 131 A8: "A total of 12,341 have defected" is a count of defectors as "12,341 have defected" (was no claim)
    ('A total of 12,341 have defected, according to People\'s Embrace.',
     [("matches", "defections-total-peoples-embrace")]),
    ('A total of 12,341 have defected, says the NUG.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ('A total of 12,341 have defected.',
     [("disputed", "defections-total-peoples-embrace")]),
    # re-run 131 A7: defections the military "has seen" are the junta's (a word of the forces is context for a record
    # in another: was `differs`, naming no figure from People's Embrace)
    ("The military, by People's Embrace's count, has seen 12,341 defections.",
     [("matches", "defections-total-peoples-embrace")]),
    ("The military has seen 12,341 defections, the NUG says.",
     [("misattributed", "defections-total-peoples-embrace")]),
    ("The military has seen 13,000 defections, People's Embrace says.",
     [("differs", "defections-total-peoples-embrace")]),
    # re-run 131 A6: whose the ages are, said before the verb, is near an age whose words lead it ("Women can be
    # conscripted up to the age of 35" was `matches`, read of no one: the men's range)
    ('Women can be conscripted up to the age of 35.',
     [("differs", "conscription-age-women")]),
    ('Men can be conscripted up to the age of 27.',
     [("differs", "conscription-age-men")]),
    ('Women can be conscripted up to the age of 27.',
     [("matches", "conscription-age-women")]),
    ('Men can be drafted up to the age of 35.',
     [("matches", "conscription-age-men")]),
    # re-run 131 A13: a named person's years of service are no group's range ("Zeya Hein spent nine years in the
    # military" was `differs` against the interviewees' 4–22 years; the base gives none of his)
    ('Zeya Hein spent nine years in the military.',
     [("not_found", None)]),
    ('Maung Sein spent four years in the army.',
     [("not_found", None)]),
    ('Zay Thu Aung spent 12 years in the air force.',  # guards: his own, and the group's
     [("differs", "zay-thu-aung")]),
    ('The interviewees spent between four and 22 years in the military.',
     [("matches", "s1-interviewee-service")]),
    # "even though" links a clause of its own after a current age, as "though" does ("is 21 even though he joined at
    # 15": 21 was dropped, then `not_found` naming "even")
    ('Maung Sein is 21 even though he joined at 15.',
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ('Maung Sein is 19 even though he joined at 15.',
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    # re-run 129 A10: a number said of a range's end by a superlative ("the oldest", "the longest-serving") is held
    # against that end (22 years `differed` against 4–22; "The oldest interviewee was 39." was no claim)
    ('The longest-serving interviewee had spent 22 years in the military.',
     [("matches", "s1-interviewee-service")]),
    ('The shortest-serving interviewee had spent four years in the military.',
     [("matches", "s1-interviewee-service")]),
    ('The oldest interviewee was 39.',
     [("matches", "s1-interviewee-ages")]),
    ('The youngest interviewee was 22.',
     [("matches", "s1-interviewee-ages")]),
    ('The oldest interviewee was 45.',
     [("differs", "s1-interviewee-ages")]),
    ('The youngest interviewee was 39.',  # the other end
     [("differs", "s1-interviewee-ages")]),
    ('The longest-serving interviewee had spent 10 years in the military.',  # inside the range, not its end
     [("differs", "s1-interviewee-service")]),
    # re-run 132 A10: "made up" a share or count of a whole is what it is of, not "invented" (was no claim)
    ('Police made up three quarters of the defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    ('Soldiers made up three quarters of the defectors.',
     [("differs", "defections-total-peoples-embrace")]),
    ('Police made up 9,326 of the defectors.',
     [("matches", "defections-total-peoples-embrace")]),
    # re-run 132 A15: a count in the clause describing an unnamed speaker is held against the figures about him too
    # ("the defector who lost nine comrades": the quote was `matches` for Maung Sein, who lost seven)
    ('“It filled me with remorse and despair,” said the defector who lost nine comrades.',
     [("not_found", "q-maung-sein-remorse"), ("not_found", None)]),
    ('“It filled me with remorse and despair,” said the defector who lost seven comrades.',
     [("matches", "q-maung-sein-remorse"), ("matches", "pdf-camp-assault-deaths")]),
    # re-run 129 A7: a count that takes in the person it names is one more than the record's of those beside him
    # ("three others": four people, including Pyae Mg, was `differs`)
    ('Four people, including Pyae Mg, share one small room.',
     [("matches", "pyae-mg-flatmates")]),
    ('Four people including Pyae Mg share a one-room apartment.',
     [("matches", "pyae-mg-flatmates")]),
    ('Pyae Mg is one of four people sharing a one-room apartment.',
     [("matches", "pyae-mg-flatmates")]),
    ('Pyae Mg, one of four people in a one-room flat, found work.',
     [("matches", "pyae-mg-flatmates")]),
    ('Four people (Pyae Mg included) share one small room.',
     [("matches", "pyae-mg-flatmates")]),
    ('Four people share one small room, Pyae Mg among them.',
     [("matches", "pyae-mg-flatmates")]),
    ('Five people, including Pyae Mg, share one small room.',
     [("differs", "pyae-mg-flatmates")]),
    ('Three people (among them Pyae Mg) share one small room.',
     [("differs", "pyae-mg-flatmates")]),
    ('Pyae Mg and four others share a one-room apartment.',  # guards: others are beside him
     [("differs", "pyae-mg-flatmates")]),
    ('Pyae Mg lives with four people.',
     [("differs", "pyae-mg-flatmates")]),
    # re-run 131 A1: a tag's verb of more words than one ("makes clear", "goes on", "makes plain", "lays (sets) out", "is
    # quick to point out") names the claimant, closing the sentence, before its speaker or set off inside it (a wrong
    # one `matched` as the article's own figure, or was `not_found` on "clear"); one list of them (vocabulary.SAYING_PHRASES)
    ('Each defector is paid 700 baht a month, Thawda Win makes clear.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win goes on.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win makes plain.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win lays out.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win sets out.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win is quick to point out.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win offers.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, makes clear Thawda Win.',
     [("misattributed", "nug-payment")]),
    ('Each defector, Thawda Win makes clear, is paid 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Each defector — Thawda Win goes on — is paid 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Thawda Win makes it clear that each defector is paid 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('12,341 junta personnel have defected, the NUG is quick to point out.',
     [("misattributed", "defections-total-peoples-embrace")]),
    ("12,341 junta personnel have defected, People's Embrace lays out.",
     [("matches", "defections-total-peoples-embrace")]),
    ('Over 13,000 have defected, the NUG makes clear.',
     [("matches", "defections-total-nug")]),
    ("Over 13,000 have defected, People's Embrace goes on.",
     [("misattributed", "defections-total-nug")]),
    # re-run 132 A1: more tags of more words ("hastens to add", "takes pains to add", "lets slip", "lets on", "lets it be
    # known", "would have you know", "never tires of saying"; each was `matches` as the article's own figure, or no claim)
    ('Each defector is paid 700 baht a month, Thawda Win hastens to add.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win hastened to add.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win takes pains to add.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win lets slip.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win let slip.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win lets on.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, the NUG lets it be known.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win would have you know.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win never tires of saying.',
     [("misattributed", "nug-payment")]),
    ('Each defector is paid 700 baht a month, Thawda Win ventured.',
     [("misattributed", "nug-payment")]),
    ('Thawda Win let slip that each defector is paid 700 baht a month.',
     [("misattributed", "nug-payment")]),
    ('Over 13,000 have defected, the NUG hastens to add.',
     [("matches", "defections-total-nug")]),
    ('Zeya Hein volunteered to join the military in 2014.',  # guards: "volunteered", "proposed" that are no tag
     [("matches", "zeya-hein-enlists")]),
    ('Each defector is paid 700 baht a month, which the NUG offers.',  # guards: "offers", "goes on" that are no tag
     [("matches", "nug-payment")]),
    ("People's Embrace offered 700 baht a month to each defector.",
     [("not_found", "nug-payment")]),
    ('The war went on, and 12,341 junta personnel defected.',
     [("disputed", "defections-total-peoples-embrace")]),
    ('Zeya Hein goes on to join the military in 2014.',
     [("matches", "zeya-hein-enlists")]),
    # re-run 131 A2: the coup's doer in a relative clause set off after a name ("The NUG, which staged a coup …,"),
    # as whose doing it was ("the NUG's doing", "the doing of the NUG"), or who came (rose, took over) to power in it
    # (each was `matches` for the NUG)
    ('The NUG, which staged a coup on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The NUG, which seized power on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The NUG, which came to power in a February 2021 coup, pays defectors.',
     [("not_found", "coup")]),
    ("People's Embrace, which staged the coup of February 1, 2021, helps defectors.",
     [("not_found", "coup")]),
    ("The coup of February 1, 2021 was the NUG's doing.",
     [("not_found", "coup")]),
    ('The coup of February 1, 2021 was the doing of the NUG.',
     [("not_found", "coup")]),
    ('The NUG came to power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG rose to power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG gained power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG assumed power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG won power in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG took over in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG took over the country in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    ('The NUG seized control of the country in a coup on February 1, 2021.',
     [("not_found", "coup")]),
    # re-run 132 A2: the coup's doer in a participial phrase set off after a name ("The NUG, having seized power …,",
    # "…, after staging a coup …,", "…, fresh from its coup …,") or opening the sentence before it (each was `matches`)
    ('The NUG, having seized power on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The NUG, having staged a coup on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('Having seized power on February 1, 2021, the NUG pays defectors.',
     [("not_found", "coup")]),
    ("Having seized power on February 1, 2021, People's Embrace pays defectors.",
     [("not_found", "coup")]),
    ('The NUG, after staging a coup on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The NUG, having taken power in a coup on February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The NUG, fresh from its coup of February 1, 2021, pays defectors.',
     [("not_found", "coup")]),
    ('The military, having seized power on February 1, 2021, pays defectors.',  # guards: the military; no doing of it
     [("matches", "coup")]),
    ('Having staged a coup on February 1, 2021, the military pays no one.',
     [("matches", "coup")]),
    ('After the coup of February 1, 2021, the NUG pays defectors.',
     [("matches", "coup")]),
    ('Zeya Hein defected after the military staged a coup on February 1, 2021.',
     [("matches", "coup")]),
    ('The military, which staged a coup on February 1, 2021, pays defectors.',  # guards: the military, in any words;
     [("matches", "coup")]),  # a doer no name names; a relative clause of no doing of the coup's
    ('The junta, which came to power in a February 2021 coup, pays no one.',
     [("matches", "coup")]),
    ("The coup of February 1, 2021 was the military's doing.",
     [("matches", "coup")]),
    ('The military came to power in a coup on February 1, 2021.',
     [("matches", "coup")]),
    ('The general who staged the coup on February 1, 2021 now rules.',
     [("matches", "coup")]),
    ('The NUG, which was formed after the coup of February 1, 2021, pays defectors.',
     [("matches", "coup")]),
    # re-run 131 A11: a span before or after a dated event dates the verb's event, counted from that event's record
    # (the coup's 1 February 2021) at the span's precision: his 2022 defection is one year after it, Lin Aung's 2020
    # enlistment one year before (each false one was `matches` on the coup's date alone, or no claim without a year)
    ("Zay Thu Aung defected three years after the 2021 coup.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected a year after the 2021 coup.",  # (was `matches`, of the coup)
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected one year after the coup.",
     [("matches", "zay-thu-aung-defects")]),
    ("A year after the coup, Zay Thu Aung defected.",
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected 12 months after the coup.",
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected two years after the coup.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected six months after the coup.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung deserted three years after Myanmar's 2021 military coup.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected three years after February 2021.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected a year after February 2021.",  # (2022, as "in 2022": the base's year, disputed)
     [("disputed", "zay-thu-aung-defects")]),
    ("Lin Aung enlisted five years before the 2021 coup.",
     [("differs", "lin-aung-enlists")]),
    ("Lin Aung enlisted one year before the coup.",
     [("matches", "lin-aung-enlists")]),
    ("Lin Aung joined the army five years before the coup.",
     [("differs", "lin-aung-enlists")]),
    ("Lin Aung joined the army a year prior to the coup.",
     [("matches", "lin-aung-enlists")]),
    ("Zeya Hein entered the military seven years before the coup.",
     [("matches", "zeya-hein-enlists")]),
    ("Zeya Hein entered the military six years before the coup.",
     [("differs", "zeya-hein-enlists")]),
    ("Lin Aung enlisted three years before the coup, in 2020.",  # the span beside his own year must give it
     [("differs", "coup")]),
    ("Lin Aung enlisted in 2020, three years before the coup.",
     [("differs", "coup")]),
    ("It was three years after the coup that Zay Thu Aung defected.",
     [("differs", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected the year after the coup.",
     [("matches", "zay-thu-aung-defects")]),
    ("Lin Aung enlisted twenty-one years before the coup.",
     [("differs", "lin-aung-enlists")]),
    ("Zay Thu Aung defected one year after the coup, in 2023.",  # his year beside it: the span's, or `differs`
     [("differs", "coup")]),
    ("In 2022, one year after the coup, Zay Thu Aung defected.",  # (was `disputed`: the coup's date settles it)
     [("matches", "zay-thu-aung-defects")]),
    # "N years ago" counts from when the text was written, which no record dates: not found, whatever else matches
    ("Maung Sein, 19, joined the army six years ago.",
     [("matches", "maung-sein"), ("not_found", None)]),
    ("Maung Sein joined the army six years ago.",
     [("not_found", None)]),
    # A12: the coup's date written after it ("the coup of February 2021") is the coup's, not the defection's (was
    # `differs` "never February 2021")
    ("Zay Thu Aung defected a year after the coup of February 2021.",
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected a year after the military coup in February 2021.",
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected one year after the coup on 1 February 2021.",
     [("matches", "zay-thu-aung-defects")]),
    ("Zay Thu Aung defected one year after the coup d'état of 2021.",
     [("matches", "zay-thu-aung-defects")]),
    ("One year after the coup of February 2020, Zay Thu Aung defected.",  # the coup's date, off: that first
     [("differs", "coup")]),
    # guards: a date with no span; s2's own "February 2022 coup" (its known error); a time spent after the coup, no date
    ("Lin Aung enlisted in 2020 but stayed on even after the 2021 coup.",
     [("matches", "lin-aung-enlists"), ("matches", "coup")]),
    ("Zay Thu Aung made a significant decision to defect one year after the February 2022 coup in Myanmar.",
     [("differs", "coup")]),
    ("Zay Thu Aung defected in 2022.",
     [("disputed", "zay-thu-aung-defects")]),
    ("Zay Thu Aung served three years after the 2021 coup.",
     [("not_found", "zay-thu-aung"), ("matches", "coup")]),
    # re-run 132 A4: a word of the present after a current age leaves it his age now ("is 21 now but joined at 15":
    # 21 was dropped, and "Maung Sein is 19 now." was no claim)
    ("Maung Sein is 21 now but joined at 15.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 21 today, but joined at 15.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 21 these days and joined at 15.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 19 now.",
     [("matches", "maung-sein")]),
    # re-run 132 A5: "whereas" ("while", "whilst") after a current age opens a clause of its own ("is 19 whereas …"
    # was `differs` against the seven comrades; "while he joined" `not_found`)
    ("Maung Sein is 19 whereas he was 15 when he joined.",
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 21 whereas he was 15 when he joined.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 19 while he joined at 15.",
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein is 21 whilst he joined at 15.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    # re-run 132 A6: the ages a law may call people up at, said after the verb ("Men can be conscripted from 18 to
    # 35", "between 18 and 35", "until they are 35" were no claim)
    ("Men can be conscripted from 18 to 35.",
     [("matches", "conscription-age-men")]),
    ("Women can be conscripted from 18 to 35.",
     [("differs", "conscription-age-women")]),
    ("Men can be conscripted between 18 and 35.",
     [("matches", "conscription-age-men")]),
    ("Women can be conscripted between 18 and 27.",
     [("matches", "conscription-age-women")]),
    ("Men can be conscripted from 18 to 40.",
     [("differs", "conscription-age-men")]),
    ("Men can be conscripted until they are 35.",
     [("matches", "conscription-age-men")]),
    ("Women can be conscripted until they are 35.",
     [("differs", "conscription-age-women")]),
    ("Women can be conscripted up until 35.",
     [("differs", "conscription-age-women")]),
    ("Men can be drafted until the age of 35.",
     [("matches", "conscription-age-men")]),
    # re-run 132 A8: an age set off after a name with "when he joined" is his age on joining ("Bo Pyay, 18 when he
    # joined, served a decade" `matched` on the decade alone; "…, is now 19" lost both)
    ("Bo Pyay, 18 when he joined, served a decade.",
     [("differs", "bo-pyay"), ("matches", "bo-pyay")]),
    ("Bo Pyay, 17 when he joined, served a decade.",
     [("matches", "bo-pyay"), ("matches", "bo-pyay")]),
    ("Maung Sein, 16 when he joined, lost seven comrades.",
     [("differs", "maung-sein"), ("matches", "pdf-camp-assault-deaths")]),
    ("Maung Sein, 16 when he joined, is now 19.",
     [("differs", "maung-sein"), ("matches", "maung-sein")]),
    ("Maung Sein, only 15 when he enlisted, is now 21.",
     [("matches", "maung-sein"), ("differs", "maung-sein")]),
    ("Bo Pyay, 18 when he enlisted, worked on cluster bombs.",
     [("differs", "bo-pyay")]),
    # stop 55, re-run 132 A7: a bound the writer rounds the record's exact value to holds of it ("fewer than 4,000" of 3,015,
    # "nearly two decades" of 18 years; each was `differs`); a bound further off, or that the value does not meet, differs
    ("Zay Thu Aung served for nearly two decades.",
     [("matches", "zay-thu-aung")]),
    ("Zay Thu Aung served for more than 15 years.",
     [("matches", "zay-thu-aung")]),
    ("Fewer than 4,000 soldiers have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    ("Defectors are paid less than 1,000 baht a month.",
     [("matches", "nug-payment")]),
    ("Zay Thu Aung served for more than 18 years.",  # guard
     [("differs", "zay-thu-aung")]),
    ("More than 1,000 soldiers have defected.",  # guard
     [("differs", "defections-total-peoples-embrace")]),
    ("Defectors are paid less than 600 baht a month.",  # guard
     [("differs", "nug-payment")]),
    # stop 55: what a number counts, though its claimant's name holds the word ("People's Embrace": people; was `not_found`)
    ("12,341 people have defected, People's Embrace says.",
     [("matches", "defections-total-peoples-embrace")]),
    ("People's Embrace says 12,341 people have defected.",
     [("matches", "defections-total-peoples-embrace")]),
    # stop 55, re-run 132 A11: a bare number counts the clause's subject ("Defections are over 12,000", "The number of
    # defectors has topped 13,000"), and a verb of passing says more than (each gave no claim)
    ("Defections have topped 12,000.",
     [("disputed", "defections-total-peoples-embrace")]),
    ("Police defections have topped 9,000.",
     [("matches", "defections-total-peoples-embrace")]),
    ("Police defections have topped 10,000.",
     [("differs", "defections-total-peoples-embrace")]),
    ("The number of defectors has surpassed 13,000, the NUG says.",
     [("matches", "defections-total-nug")]),
    ("Defections are over 12,000.",
     [("disputed", "defections-total-peoples-embrace")]),
    ("Police defections stand at 9,326.",
     [("matches", "defections-total-peoples-embrace")]),
    # stop 55 (claims 133): a count whose words find no record is held against the figures near its number ("over 12,000
    # defectors" was `not_found`: no record's number is 12,000, and "defectors" is in many records)
    ("There are over 12,000 defectors.",
     [("disputed", "defections-total-peoples-embrace")]),
    ("More than 12,000 defectors have been counted.",
     [("disputed", "defections-total-peoples-embrace")]),
    # stop 55, re-run 128 A8: "signed on with" a firm joins no military (was `matches` of Lin Aung's enlistment)
    ("Lin Aung signed on with a shipping firm in 2020.",
     [("not_found", None)]),
    ("Lin Aung signed on as a soldier in 2020.",  # guard
     [("matches", "lin-aung-enlists")]),
    ("Lin Aung signed up as a soldier in 2020.",
     [("matches", "lin-aung-enlists")]),
    # stop 55 (claims 133): "called up" is conscription ("called" was a happening no record has: `not_found`)
    ("Women between 18 and 27 can be called up under the conscription law.",
     [("matches", "conscription-age-women")]),
    ("Under the conscription law, women aged 18 to 35 can be called up.",
     [("differs", "conscription-age-women")]),
    ("Men can be called up between 18 and 35.",
     [("matches", "conscription-age-men")]),
    # stop 55 (claims 133): a law's own verbs in an aside ("The conscription law, enforced in February,") say nothing of
    # the ages it covers (was `not_found`), nor a particle in a clause of time ("when he joined the army out of admiration")
    ("The conscription law, enforced in February, applies to men aged 16 to 35.",
     [("differs", "conscription-age-men")]),
    ("The conscription law, enforced in February, covers men between the ages of 18 and 35 and women from 18 to 27.",
     [("matches", "conscription-age-men"), ("matches", "conscription-age-women")]),
    ("Maung Sein was 15 when he joined the army out of admiration for the armed forces.",
     [("matches", "maung-sein")]),
    # stop 55 (claims 133): a flat is an apartment (was `not_found`)
    ("Pyae Mg shares a one-room flat with five others.",
     [("differs", "pyae-mg-flatmates")]),
    ("Pyae Mg shares a one-room flat with three others.",
     [("matches", "pyae-mg-flatmates")]),
    # stop 55, re-run 127 A5: an organisation, no armed service, said to be what one served ("served the NUG for 18 years")
    # is not his service (was `matches`)
    ("Zay Thu Aung served the NUG for 18 years.",
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served People's Embrace for 18 years.",
     [("not_found", "zay-thu-aung")]),
    ("Zay Thu Aung served the air force for 18 years.",  # guard
     [("matches", "zay-thu-aung")]),
    ("Zay Thu Aung, who served 18 years, now works for the NUG.",  # guard
     [("matches", "zay-thu-aung")]),
    # stop 55 (claims 134): whose defections a trend is of ends at its verb ("Defections from the military hit their peak":
    # the military's, not "the military hit their"; was `not_found`)
    ("Defections from the military hit their peak in 2021.",
     [("matches", "defections-peak")]),
    ("Defections from the military hit their peak in 2022.",
     [("differs", "defections-peak")]),
    ("Defections from the PDF hit their peak in 2021.",  # guard
     [("not_found", "defections-peak")]),
    # stop 55 (claims 134): a plan to serve said as what one thought one would do ("thought he would try the army for one or
    # two years"; was `not_found`, read as years served)
    ("Lin Aung thought he would try the army for one or two years and leave if he didn't like it.",
     [("matches", "lin-aung")]),
    ("Lin Aung thought he would try the army for three years.",
     [("differs", "lin-aung")]),
    # stop 55 (claims 134): a relative clause in the record's own words ("a defector who is accompanied by a spouse"; was
    # `not_found` on "who>spouse")
    ("A defector who is accompanied by a spouse receives 1,400 baht a month.",
     [("matches", "nug-payment-with-spouse")]),
    ("A defector who is accompanied by a spouse receives 2,000 baht a month.",
     [("differs", "nug-payment-with-spouse")]),
    ("A defector who works receives 700 baht a month.",  # guard
     [("not_found", "nug-payment")]),
    # stop 55 (claims 134): a verb of saying ends the payer ("Thawda Win said the NUG pays": the NUG; was `not_found`, paid
    # by "Thawda Win said the NUG")
    ("Thawda Win said the NUG pays 1,400 baht a month to defectors who have a spouse.",
     [("misattributed", "nug-payment-with-spouse")]),
    # stop 55 (claims 134): a name set off after a description of its person is that person, not one inside the description
    # ("The youngest person in the safe house, Maung Sein, 19, joined up at 15"; the age on joining was `not_found`)
    ("The youngest person in the safe house, Maung Sein, 19, joined up at 15.",
     [("matches", "maung-sein"), ("matches", "maung-sein")]),
    ("The youngest person in the camp, Maung Sein, joined at 16.",
     [("differs", "maung-sein")]),
    ("The man across from Lin Aung enlisted in 2020.",  # guard
     [("not_found", None)]),
    # stop 55 (claims 135): an age on joining the police is a claim, held against the service the record gives (was no
    # claim); why one joined, set off after "when he joined", is the record's if its motives say it
    ("Maung Sein was 15 when he joined the police.",
     [("not_found", "maung-sein")]),
    ("Maung Sein was 15 when he joined the military, out of admiration for the armed forces.",
     [("matches", "maung-sein")]),
    # stop 55 (claims 135): a share of a whole said with who counted it ("the 12,341 defectors counted by People's Embrace
    # were soldiers") is read past that phrase (was no claim)
    ("About a quarter of the 12,341 defectors counted by People's Embrace were soldiers.",
     [("matches", "defections-total-peoples-embrace")]),
    ("About half of the 12,341 defectors counted by People's Embrace were soldiers.",
     [("differs", "defections-total-peoples-embrace")]),
]


@pytest.mark.parametrize(("claim", "expected"), CLAIMS, ids=[c[0][:48] for c in CLAIMS])
def test_claims_from_the_articles_get_their_verdicts(claim: str, expected: list[tuple[str, str | None]]) -> None:
    r = run("verify", claim, "-f", "json")
    rows = json.loads(r.out)
    assert [(row["verdict"], row["evidence"][0]["id"] if row["evidence"] else None) for row in rows] == expected, \
        [row["reason"] for row in rows]
    assert r.code == (0 if all(v == "matches" for v, _ in expected) else 1)


def test_a_span_from_the_coup_says_what_it_counts_to() -> None:
    r = run("verify", "Zay Thu Aung defected five years after the coup of February 2021.", "-f", "tsv", "--fields",
            "verdict,reason")
    assert r.out.splitlines()[1] == "differs\tthe fact base dates it 2022 (inferred), not 2026; “five years after the " \
        "coup of February 2021” is 2026, the coup being 1 February 2021"


def test_a_count_that_takes_in_its_person_says_how_it_differs_from_the_record_s() -> None:
    r = run("verify", "Five people, including Pyae Mg, share one small room.", "-f", "tsv", "--fields", "verdict,reason")
    assert r.out.splitlines()[1] == "differs\tthe article itself (s1) says 3 people; the record counts 3 beside Pyae Mg, " \
        "4 with them"


@pytest.mark.parametrize(("claim", "reason"), [
    ("According to The Washington Post, 12,341 junta personnel have defected.",
     "the figure is stated by People’s Embrace (s1), not the Washington Post"),  # was "knows no 'the Washington Post'"
    ("The Thai government says 12,341 junta personnel have defected.",
     "the figure is stated by People’s Embrace (s1), not the Thai government"),  # was "not the Thai"
    ("Maybe People's Embrace counts over 13,000 defectors.",  # re-run 109 borderline: was "not Maybe People's Embrace"
     "the figure is stated by National Unity Government (s2), not People's Embrace"),
])
def test_a_misattribution_names_the_organisation_as_written_and_known(claim: str, reason: str) -> None:
    (row,) = json.loads(run("verify", claim, "-f", "json").out)
    assert (row["verdict"], row["reason"]) == ("misattributed", reason)


@pytest.mark.parametrize(("claim", "reason"), [
    # re-run 130 A4: the reason names the service the sentence gives and the one the record gives
    ("Zay Thu Aung, a former army captain, served 18 years.",
     "the fact base does not call Zay Thu Aung “army”, as the sentence does (it gives Captain, air force); otherwise: "),
    ("Zay Thu Aung spent 18 years in the police.",
     "the fact base does not say Zay Thu Aung served in the police, as the sentence does (it gives Captain, air force); "),
    (f"{_ASTOUNDING} the former army captain says.", "as 'army' (it gives air force)"),
])
def test_a_service_the_record_does_not_give_is_named_with_the_record_s(claim: str, reason: str) -> None:
    (row,) = json.loads(run("verify", claim, "-f", "json").out)
    assert row["verdict"] == "not_found" and reason in row["reason"], row["reason"]


def test_the_set_has_right_and_wrong_claims_of_every_kind() -> None:
    verdicts = [v for _, expected in CLAIMS for v, _ in expected]
    assert len(verdicts) >= 40 and set(verdicts) == {"matches", "differs", "disputed", "misquoted", "misattributed",
                                                      "not_found"}
    assert sum(v != "matches" for v in verdicts) >= 15


def test_a_misquote_s_diff_shows_only_the_words_that_differ() -> None:
    r = run("verify", "Zay Thu Aung said: “Most of my comrades in the air force were good individuals, but ever since the coup, "
            "their behavior has taken on monstrous proportions.”", "-f", "json")
    (result,) = json.loads(r.out)
    assert result["diff"] == ("Most of my comrades in the air force were {+genuinely+} good individuals, but ever "
                              "since the coup, their behavior has taken on monstrous proportions.")


def test_a_misquote_that_changes_its_first_words_shows_the_source_s_words_in_its_diff() -> None:
    # the stretch compared started after "I had no other", so the diff hid the very words that differ
    r = run("verify", "“I had many good options to earn a living,” Lin Aung said.", "-f", "json")
    [row] = json.loads(r.out)
    assert (row["verdict"], row["diff"]) == ("misquoted", "I had [-many-] {+no other+} good options to earn a living.")


def test_a_misquote_at_the_end_of_a_quote_shows_the_source_s_last_words() -> None:
    # the stretch compared stopped before "astounding", so the diff read as if the source ended at "been"
    r = run("verify", "“The transformation has been minimal,” Zay Thu Aung said.", "-f", "json")
    [row] = json.loads(r.out)
    assert row["diff"] == "The transformation has been [-minimal,-] {+astounding,+}"


def test_one_word_of_an_unnamed_person_s_label_names_no_speaker() -> None:
    # "Leaving" named the defector "who signed for five years and was barred from leaving": Lin Aung's words came out
    # `misattributed`, "not by Leaving"
    r = run("verify", "Leaving was hard: “I was not told how difficult it would be to leave.”", "-f", "json")
    [row] = json.loads(r.out)
    assert (row["verdict"], row["claimant"]["id"]) == ("not_found", None)
    assert "'Leaving', a word the fact base knows no one by" in row["reason"]


def test_an_age_after_a_semicolon_is_not_the_age_of_joining_of_the_clause_before() -> None:
    # "the oldest interviewee is 39" was read as Maung Sein's age, after his "joined at 15": `differs`; it is the end of
    # the interviewees' ages (and "Maung Sein, 19," is no claimant's gapped count: was `misattributed` to him)
    r = run("verify", "The youngest, Maung Sein, 19, joined at 15; the oldest interviewee is 39.", "-f", "json")
    assert [(row["claim"], row["verdict"]) for row in json.loads(r.out)] == [("19", "matches"), ("at 15", "matches"),
                                                                            ("39", "matches")]


def test_the_group_in_a_later_sentence_is_the_claimant_named_before_it() -> None:
    """A news story names its source once, then says "the group says" (each was `misattributed`, "not the group")."""
    story = ("More than 12,000 junta personnel have defected since the coup, according to People's Embrace, a group "
             "that helps them. Of those, 3,015 were soldiers and 9,326 police officers, the group says.\n")
    rows = json.loads(run("verify", story, "-f", "json").out)
    assert [(r["claim"], r["verdict"], r["reason"]) for r in rows] == [
        ("More than 12,000 junta personnel", "matches", "stated by People’s Embrace (s1)"),
        ("3,015", "matches", "stated by People’s Embrace (s1)"),
        ("9,326 police officers", "matches", "stated by People’s Embrace (s1)")]
    wrong = story.replace("9,326 police", "9,326 military police").replace("3,015", "4,015")
    assert [r["verdict"] for r in json.loads(run("verify", wrong, "-f", "json").out)][1] == "differs"


def test_the_group_after_a_government_is_that_government() -> None:
    """"The group says" names the claimant of the sentence before, whatever it is (re-run 73 A2: People's Embrace's
    figure was `matches`, "the NUG" not being taken as the one named, for its small "the")."""
    rows = json.loads(run("verify", "The NUG says over 13,000 have defected. The group says 3,015 were soldiers.",
                          "-f", "json").out)
    assert [(r["verdict"], r["reason"]) for r in rows] == [
        ("matches", "stated by National Unity Government (s2)"),
        ("misattributed", "the figure is stated by People’s Embrace (s1), not the NUG")]


@pytest.mark.parametrize("claim", ["Defectors get 700 baht, maybe 800.", "The stipend rose from 700 baht to 1,400."])
def test_a_bound_or_a_change_after_a_sum_is_no_second_sum(claim: str) -> None:
    # guards of re-run 74 A5's fix: "800" and "1,400" take no unit from the 700 baht (a bound; a change)
    r = run("verify", claim, "-f", "json")
    assert (json.loads(r.out), r.code) == ([], 1)


@pytest.mark.parametrize("claim", [
    "Each defector gets 700 baht, paid once.", "Each defector gets 700 baht, paid every fortnight.",
    "Each defector gets 700 baht, paid in a lump sum.", "Each defector gets 700 baht just once.",
    "Each defector gets 700 baht a month, paid weekly.", "Each defector gets 700 baht a month, which is paid weekly.",
    # re-run 112 A1: set off in brackets, after a dash or a colon, a rate alone, or a payment made once before the sum
    "Each defector gets 700 baht (paid weekly).", "Each defector gets 700 baht — paid once.",
    "Each defector gets 700 baht monthly — or weekly.",
    "Each defector gets a one-time payment of 700 baht.", "Each defector gets a single payment of 700 baht.",
    # re-run 113 A1: how often, set off, in other words
    "Each defector gets 700 baht, on arrival.", "Each defector gets 700 baht in all.",
    # re-run 114 A1: a rate of no record's set off after the sum, in any words of "every", "each" or "twice"
    "Each defector is paid 700 baht, every fortnight.", "Each defector is paid 700 baht (each fortnight).",
    "Each defector is paid 700 baht, twice a month.", "Each defector is paid 700 baht, every other month.",
    "Each defector is paid 700 baht – every Friday.", "Each defector is paid 700 baht, every payday.",
    # re-run 129 A6: opening the sentence, a rate no record's is
    "Every fortnight, each defector gets 700 baht.", "Twice a month, each defector gets 700 baht.",
])
def test_a_sum_paid_in_a_way_no_record_s_rate_says_is_no_claim(claim: str) -> None:
    # re-run 111 A1: how a sum is paid, right after it ("paid once", a second rate), was unread and the sum `matched`
    r = run("verify", claim, "-f", "json")
    assert (r.code, json.loads(r.out)) == (1, []) and "no checkable claim" in r.err


def test_joining_a_force_named_before_it_is_no_joining_of_the_military() -> None:
    # guard: "it" stands for the police, so 15 is no age on joining the military
    r = run("verify", "Maung Sein admired the police and joined it at 15.", "-f", "json")
    assert (r.code, json.loads(r.out)) == (1, []) and "no checkable claim" in r.err


@pytest.mark.parametrize(("claim", "verdict"), [
    # re-run 129 A6: a plain rate set off after the sum, or opening the sentence, is the sum's rate: a wrong one
    # `differs` naming it (set off after the sum it was no claim, re-runs 112 and 113; opening the sentence it was
    # dropped and the sum `matched`), a right one `matches` (was no claim)
    ("Each defector gets 700 baht, weekly.", "differs"), ("Each defector gets 700 baht – every week.", "differs"),
    ("Each defector gets 700 baht (once a year).", "differs"), ("Each defector gets 700 baht, per week.", "differs"),
    ("Every week, each defector gets 700 baht.", "differs"), ("Weekly, each defector gets 700 baht.", "differs"),
    ("Once a week, the NUG pays each defector 700 baht.", "differs"),
    ("Each defector is paid 700 baht, every month.", "matches"), ("Each defector is paid 700 baht (monthly).", "matches"),
    ("Every month, each defector gets 700 baht.", "matches"), ("Once a month, the NUG pays each defector 700 baht.", "matches"),
])
def test_a_rate_set_off_from_its_sum_is_the_sum_s_rate(claim: str, verdict: str) -> None:
    rows = json.loads(run("verify", claim, "-f", "json").out)
    assert [(r["verdict"], r["evidence"][0]["id"]) for r in rows] == [(verdict, "nug-payment")]
    assert verdict == "matches" or "not baht per" in rows[0]["reason"]


@pytest.mark.parametrize(("claim", "verdict"), [
    # re-run 131 A9: a rate that ends the sentence, past a second sum and whom it is for, is both sums' (was not read:
    # "every week" matched the sums of a month); a condition set off before it ("if accompanied by a spouse, monthly")
    # does not take the rate as its own (was `not_found` naming "if>monthly")
    ("Each defector is paid 700 baht, or 1,400 baht with a spouse, every week.", "differs"),
    ("Each defector is paid 700 baht or 1,400 baht with a spouse each week.", "differs"),
    ("Each defector is paid 700 baht, or 1,400 baht with a spouse, every month.", "matches"),
    ("Each defector is paid 700 baht, or 1,400 baht if accompanied by a spouse, monthly.", "matches"),
    # re-run 132 A12: "a day", "a week" close the sentence too (were not read: `matches`), and a sum before the comma is
    # no rate opening the sentence ("Each defector gets 700 baht, or 1,400 …": the 1,400 was no claim)
    ("Each defector is paid 700 baht, or 1,400 baht with a spouse, a day.", "differs"),
    ("Each defector is paid 700 baht, or 1,400 baht with a spouse, a week.", "differs"),
    ("Each defector gets 700 baht, or 1,400 baht for couples, per week.", "differs"),
    ("Each defector gets 700 baht, or 1,400 baht for couples, per day.", "differs"),
    ("Each defector gets 700 baht, or 1,400 baht for couples, each month.", "matches"),
    ("Each defector gets 700 baht, or 1,400 baht for couples, a month.", "matches"),
    ("Each defector gets 700 baht, or 1,400 baht for couples.", "matches"),
])
def test_a_rate_closing_the_sentence_is_each_sum_s_rate(claim: str, verdict: str) -> None:
    rows = json.loads(run("verify", claim, "-f", "json").out)
    assert [(r["verdict"], r["evidence"][0]["id"]) for r in rows] == [(verdict, "nug-payment"),
                                                                       (verdict, "nug-payment-with-spouse")]
    period = next((p for p in ("week", "day") if p in claim), None)  # the rate the sentence names, in the reason
    assert verdict == "matches" or all(f"not baht per {period}" in r["reason"] for r in rows)


@pytest.mark.parametrize("claim", [
    "Each defector is paid 700 baht, or 1,400 baht with a spouse, every fortnight.",  # no record's rate: no claim
    "Each defector is paid 700 baht, or 1,400 baht with a spouse, a fortnight.",
])
def test_a_rate_no_record_s_is_closing_the_sentence_leaves_no_claim(claim: str) -> None:
    r = run("verify", claim, "-f", "json")
    assert (r.code, json.loads(r.out)) == (1, [])


def test_a_rate_after_another_clause_is_not_the_sum_s() -> None:
    rows = json.loads(run("verify", "Each defector is paid 700 baht, and he works every day.", "-f", "json").out)
    assert [(r["verdict"], r["evidence"][0]["id"]) for r in rows] == [("matches", "nug-payment")]


@pytest.mark.parametrize("claim", [
    "Bo Pyay spent a decade as a monk.",  # a span as a soldier is service (CLAIMS); as a monk, of no field
    "Each defector is paid 700 baht as a lump sum.",  # a sum's "as a" still leaves it unread
    "Lin Aung never planned to serve one or two years.",  # a plan denied
    "Maung Sein's unit was outnumbered by 15.",  # a margin, not an age ("by 19": CLAIMS)
    "Defectors plan to stay for three months.",  # a stay planned, not service
    "Lin Aung spent three years hiding from the police.",  # years near the police, not served in it
    "Zeya Hein joined in 2014 or later.",  # a bound still
    "Bo Pyay became a captain at 17.",  # a rank, no joining
    "Zeya Hein has been in Thailand since 2014.",  # a stay since, no service
    "Zeya Hein has been a captain since 2014.",
])
def test_a_span_of_no_service_or_an_age_of_no_one_is_no_claim(claim: str) -> None:
    # guards of what the reading of ages and spans (texts/claims/spans.py) must leave unread
    r = run("verify", claim, "-f", "json")
    assert (r.code, json.loads(r.out)) == (1, []) and "no checkable claim" in r.err


def test_a_comparison_with_another_case_s_sum_is_held_as_the_ratio_of_the_records() -> None:
    # re-run 130 A9: a wrong sum with a right ratio is the sum's error alone, and the reason says what the comparison
    # was held as
    rows = json.loads(run("verify", "Single defectors receive 800 baht a month, half what married ones get.", "-f", "json").out)
    assert [(r["claim"], r["verdict"], r["read"]["value"]) for r in rows] == [
        ("800 baht a month", "differs", 800), ("half what married ones get", "matches", 1400)]
    assert rows[1]["reason"].endswith("; held as twice nug-payment's 700 baht per month, the sum it is compared with")


@pytest.mark.parametrize("claim", [
    "A quarter of the defectors fled to Thailand.", "Most of those who defected live in Mae Sot.",
    "Half of the time, defectors go hungry.", "One in four defectors fled to Thailand.",
])
def test_a_share_of_a_whole_no_number_gives_that_names_no_part_is_no_claim(claim: str) -> None:
    # guards of re-run 130 A8's fix: a share is a claim only of the part it names ("were soldiers"), of people
    r = run("verify", claim, "-f", "json")
    assert (r.code, json.loads(r.out)) == (1, []) and "no checkable claim" in r.err


@pytest.mark.parametrize(("claim", "verdict"), [
    # re-run 130 A7: "advised", "urged", "counselled", "suggested" are verbs of saying: a described speaker the record
    # does not fit is held against it (each was `matches` for whoever said the words)
    ("“Have a strong determination to defect because the road is not an easy one,” a former private advised.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former senior officer advised.",
     "matches"),
    ("“I had no other good options to earn a living,” the former major suggested.", "not_found"),
    ("“Everyone in the military should be treated with respect regardless of rank,” a police captain urged.", "not_found"),
    ("“I had no other good options to earn a living,” Lin Aung counselled.", "matches"),
    # re-run 131 A3: "offered", "recommended", "implored" and tags of more words ("went on", "made clear", "was quick to
    # add") are a speaker's tag too, closing it or turned round (each was `matches` for whoever said the words)
    ("“Have a strong determination to defect because the road is not an easy one,” a former private offered.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private recommended.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private implored.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” offered a former private.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private went on.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private made clear.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private was quick to add.",
     "misattributed"),
    ("A former private implored: “Have a strong determination to defect because the road is not an easy one.”",
     "misattributed"),  # (was `not_found`, "implored" read as his description)
    # re-run 132 A3: "ventured", "volunteered", "exhorted", "proposed", "encouraged" close a speaker's tag too (each was
    # `matches` for whoever said the words)
    ("“Have a strong determination to defect because the road is not an easy one,” a former private ventured.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private volunteered.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private exhorted.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private proposed.",
     "misattributed"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former private encouraged.",
     "misattributed"),
    ("“I had no other good options to earn a living,” the police officer ventured.", "not_found"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former senior officer ventured.",
     "matches"),  # guards: the speaker the tag describes or names
    ("“I had no other good options to earn a living,” Lin Aung volunteered.", "matches"),
    ("“I had no other good options to earn a living,” the police officer offered.", "not_found"),
    ("“I had no other good options to earn a living,” the police officer went on.", "not_found"),
    ("“Have a strong determination to defect because the road is not an easy one,” a former senior officer offered.",
     "matches"),  # guards: the speaker the tag describes or names
    ("“Have a strong determination to defect because the road is not an easy one,” a former senior officer recommended.",
     "matches"),
    ("“I had no other good options to earn a living,” Lin Aung offered.", "matches"),
    ("“I had no other good options to earn a living,” offered Lin Aung.", "matches"),
    ("“I had no other good options to earn a living,” Lin Aung went on.", "matches"),
])
def test_a_speaker_who_advises_or_urges_is_who_the_tag_describes(claim: str, verdict: str) -> None:
    rows = json.loads(run("verify", claim, "-f", "json").out)
    assert [(r["kind"], r["verdict"]) for r in rows] == [("quote", verdict)], [r["reason"] for r in rows]
