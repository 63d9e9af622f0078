"""`verify` reads what a sentence says happened to what a number counts: a figure of those who defected is not one of
those killed, arrested or recruited; the comrades Maung Sein lost are not comrades he killed; a sum a defector is paid
is not one he pays. Re-run 85 (A6, A7) found such claims `matches` by their number, unit and a word or two."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from defectcli.numbers.happenings import KINDS

from .helpers import run
from .test_verify import FACTS, results


def bundled(claim: str) -> list[tuple[str, str]]:
    r = run("verify", claim, "-f", "json")
    assert r.code in (0, 1), r.err
    return [(row["verdict"], row["reason"]) for row in json.loads(r.out)]


@pytest.mark.parametrize(("claim", "said"), [
    # the count is the record's, what happened to it is not
    ("Over 13,000 soldiers and police officers were killed since the coup.", "“killed”"),
    ("Over 13,000 soldiers and police officers have been arrested since the coup.", "“arrested”"),
    ("The NUG recruited over 13,000 soldiers and police officers.", "“recruited”"),
    ("People's Embrace trained 12,341 junta personnel.", "“trained”"),
    ("Maung Sein rescued seven comrades.", "“rescued”"),
    ("Seven comrades deserted with Maung Sein.", "“deserted”"),
    ("Defectors are vetted for three months.", "“vetted”"),
    ("Defectors are jailed for three months.", "“jailed”"),
    ("Each defector is fined 700 baht per month.", "“fined”"),
    ("Defectors spend 700 baht a month on rent.", "“spend”, “rent”"),
    ("Pyae Mg fought three others.", "“fought”"),
    ("Seven former soldiers were executed.", "“executed”"),
    ("Over a million Myanmar migrants were deported from Thailand.", "“deported”"),
    ("Defectors are detained for a day or two.", "“detained”"),
    # who did it: the one the sentence names, where the record says they were lost; who pays, where it says paid
    ("Maung Sein killed seven comrades.", "that the one the sentence names did it to them"),
    ("Maung Sein, a defector, killed seven of his comrades.", "that the one the sentence names did it to them"),
    ("Each defector pays 700 baht per month.", "that they pay it"),
    ("Defectors paid 700 baht a month.", "that they pay it"),
])
def test_a_number_whose_record_says_another_thing_happened_is_not_found(claim: str, said: str) -> None:
    [(verdict, reason)] = bundled(claim)
    assert verdict == "not_found"
    assert reason.startswith("the fact base's ") and reason.endswith(f"does not say what this sentence does: {said}")


@pytest.mark.parametrize("claim", [
    # guards: what the record says happened, in the claim's words, or nothing said of it
    "Over 13,000 soldiers and police officers have defected since the coup, the NUG says.",
    "People's Embrace counts 12,341 junta personnel who have defected.",
    "Seven of Maung Sein's comrades were killed.",
    "Maung Sein lost seven comrades.",
    "Maung Sein's unit lost seven of his comrades in the assault.",
    "Defectors can stay in their safe house for three months.",
    "Each defector is paid 700 baht per month.",
    "Each defector receives 700 baht a month.",
    "The NUG pays each defector 700 baht a month.",
    "Pyae Mg lives with three others.",
    "Seven former soldiers shared their reasons for defecting.",
    "Some defectors find casual jobs lasting a day or two.",
    "The interviewees spent four to 22 years in the military.",
    "Women aged 18 to 27 can be conscripted.",
    "The conscription law covers men aged 18 to 35.",
])
def test_a_number_whose_record_says_the_same_happened_still_matches(claim: str) -> None:
    assert [verdict for verdict, _ in bundled(claim)] == ["matches"]


@pytest.mark.parametrize(("claim", "expected"), [
    # the test fact base: a count of guards who deserted, a payment, the ages the Border Service drafts
    ("More than 5,000 guards have been killed since the uprising.", ["not_found"]),  # was `disputed`
    ("The Valley Council arrested more than 5,000 guards.", ["not_found"]),
    ("The Valley Council says more than 5,000 guards have been arrested.", ["not_found"]),  # guard
    ("Each deserter pays 500 kyat per month.", ["not_found"]),
    # a happening in the clause of another number is not this one's (guards)
    ("Whereas the Valley Council says more than 5,000 guards have deserted, Harbour Watch says 4,210 guards have left "
     "the Border Service.", ["matches", "matches"]),
    ("More than 5,000 guards have deserted, the Valley Council says.", ["matches"]),
    ("Aged 20 to 40, the men are drafted by the Border Service.", ["matches"]),
    ("After 14 years in the army, Ko Ko Naing deserted.", ["matches"]),  # a length of service ends in a desertion
])
def test_what_happened_is_read_in_any_fact_base(claim: str, expected: list[str]) -> None:
    assert [r["verdict"] for r in results(claim)] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 85 A3: an age range was held against any record of ages by its value, not by whose ages they are (the
    # conscription law's men were the defectors', the interviewees' ages the men's: `matches`)
    ("The defectors were aged 18 to 35.", ("differs", "aged 18–35 is ages of men subject to mandatory military service")),
    ("The men, aged 22 to 39, are subject to conscription.", ("differs", "aged 22–39 is ages of the interviewees")),
    # re-run 90 A20: the interviewees' ages now are no ages on joining (was `matches`)
    ("The interviewees were aged 22 to 39 when they joined.", ("not_found", "")),
    # guards: whose ages the record's words (or those its people are known by) say
    ("The interviewees were aged 18 to 35.", ("differs", "aged 18–35 is ages of men subject to mandatory military service")),
    ("The interviewees were aged 22 to 39.", ("matches", "stated by the article itself (s1)")),
    ("The seven former soldiers were aged 22 to 39.", ("matches", "stated by the article itself (s1)")),  # the ages
    ("Men aged 18 to 35 face mandatory military service.", ("matches", "stated by the article itself (s1)")),
])
def test_an_age_range_is_of_whom_the_sentence_says(claim: str, expected: tuple[str, str]) -> None:
    r = run("verify", claim, "-f", "json")
    [(verdict, reason)] = [(row["verdict"], row["reason"]) for row in json.loads(r.out) if row["claim"].startswith("aged")]
    assert verdict == expected[0] and expected[1] in reason


@pytest.mark.parametrize("claim", [
    # re-run 88 A1, A2, A3, A5, A9: more words of the same kinds of happening (and of their opposites: staying loyal,
    # surviving), each was `matches`
    "The NUG says over 13,000 soldiers and police officers stayed loyal to the junta.",
    "People's Embrace says 12,341 junta personnel have been murdered.",
    "Over 13,000 soldiers and police officers have been massacred.",
    "Over 13,000 soldiers and police officers have been taken prisoner.",
    "Over 13,000 soldiers and police officers joined the army since the coup.",
    "Over 13,000 soldiers and police officers have gone missing.",
    "Over 13,000 soldiers and police officers returned to the army.",
    "The NUG says over 13,000 soldiers and police officers were reassigned.",
    "Over 13,000 soldiers and police officers are in prison, the NUG says.",
    "Seven of Maung Sein's comrades survived the assault on the PDF camp.",
    "Seven of Maung Sein's comrades joined the PDF.",
    "Seven of Maung Sein's comrades escaped.",
    "Maung Sein betrayed seven comrades.",
    "Maung Sein abandoned seven comrades.",
    "The NUG charges each defector 700 baht a month.",
    "The NUG demands 700 baht a month from each defector.",
    "Each defector donates 700 baht a month.",
    "Each defector must pay 700 baht a month in rent.",
    "Each defector is required to pay 700 baht a month.",
    "Each defector's monthly fine is 700 baht.",
    "A defector's monthly fee is 700 baht.",
    "Defectors are locked up for three months.",
    "Defectors are held in the safe house for three months.",
    "Defectors are hidden for three months.",
    "Defectors are evicted after three months.",
    # re-run 89 A1, A2, A4: more of the same kinds (lived, spared; caught, surrendered; exiled; a wish), and the payer
    "Seven of Maung Sein's comrades were spared.",
    "Seven of Maung Sein's comrades lived.",
    "Defectors give the NUG 700 baht a month.",
    "The NUG says over 13,000 soldiers and police officers surrendered.",
    "The NUG says over 13,000 soldiers and police officers were caught defecting.",
    "The NUG says over 13,000 soldiers and police officers want to defect.",
    "The NUG says over 13,000 soldiers and police officers were exiled.",
    # re-run 90 A1-A5, A9: more words of the same kinds, the payer in other verbs, the counted doing it to others
    "Seven of Maung Sein's comrades were unhurt.",
    "Seven of Maung Sein's comrades won medals.",
    "Defectors hand the NUG 700 baht a month.",
    "Defectors lend the NUG 700 baht a month.",
    "The NUG collects 700 baht a month from each defector.",
    "The NUG says over 13,000 soldiers and police officers were disarmed.",
    "The NUG says over 13,000 soldiers and police officers resigned.",
    "People's Embrace says 12,341 junta personnel were extradited.",
    "People's Embrace says 12,341 junta personnel will defect.",
    "Seven of Maung Sein's comrades killed villagers.",
    # re-run 90 A22: a law that exempts, people paid or hired for what the record counts them for
    "The conscription law exempts men aged 18 to 35.",
    "Men aged 18 to 35 are exempt from conscription.",
    "Seven former soldiers were paid for their interviews.",
    "The NUG says it has paid over 13,000 soldiers and police officers.",
    # re-run 91 A1-A5: more words of the same kinds, the counted as doers, money taken from them
    "Seven of Maung Sein's comrades were praised.",
    "Seven of Maung Sein's comrades raided a village.",
    "The NUG takes 700 baht a month from each defector.",
    "The NUG withholds 700 baht a month from each defector.",
    "People's Embrace says 12,341 junta personnel could defect.",
    "People's Embrace says 12,341 junta personnel were blacklisted.",
    "The conscription law spares men aged 18 to 35.",
    "Seven former soldiers were compensated for their interviews.",
    "The NUG says over 13,000 soldiers and police officers were hurt.",
    "The NUG says over 13,000 soldiers and police officers received payments.",
    "The NUG says over 13,000 soldiers and police officers were resettled in Thailand.",
    # re-run 92 A1, A2, A6: more words of the same kinds; other forces (the police, the navy)
    "The NUG taxes each defector 700 baht a month.",
    "People's Embrace says 12,341 junta personnel pretended to defect.",
    "Zay Thu Aung served 18 years in the police force.",
    "Zay Thu Aung served 18 years in the navy.",
    "The NUG says over 13,000 soldiers and police officers were relocated to Thailand.",
    "The NUG stopped paying each defector 700 baht a month.",
    "Each defector forfeits 700 baht a month.",
    # left from re-run 92 A1, A2, A6: an armed group by its name, the marines, a chance ("may"), left behind, went back
    "Zay Thu Aung served 18 years in the Arakan Army.",
    "Zay Thu Aung served 18 years in the Kachin Independence Army.",
    "Zay Thu Aung served 18 years in the Karen National Union.",
    "Zay Thu Aung served 18 years in the marines.",
    "People's Embrace says 12,341 junta personnel may defect.",
    "Seven of Maung Sein's comrades were left behind.",
    "People's Embrace says 12,341 junta personnel went back to their units.",
    # re-run 90 A11, A21: another force than the army ("defected to the PDF", "served 18 years in the PDF")
    "People's Embrace says 12,341 junta personnel have defected to the PDF.",
    "Zay Thu Aung served 18 years in the PDF.",
    # A8: the word of what happened past a claimant's aside, a relative clause or a colon
    "Over 13,000 soldiers and police officers, the NUG says, were killed.",
    "The NUG says over 13,000 soldiers and police officers who defected have been killed.",
    "Over 13,000 soldiers and police officers have defected and been killed.",
    "Killed since the coup: over 13,000 soldiers and police officers, the NUG says.",
])
def test_more_words_of_what_happened_that_the_record_does_not_say(claim: str) -> None:
    assert [verdict for verdict, _ in bundled(claim)] == ["not_found"]


@pytest.mark.parametrize("claim", [
    # guards: the same happenings in the record's own or other words
    "Over 13,000 soldiers and police officers fled the junta, according to the NUG.",
    "People's Embrace counts 12,341 junta personnel who deserted.",
    "Seven of Maung Sein's comrades died in the assault on the PDF camp.",
    "Defectors may stay for three months in their safe house.",
    "The NUG hands out 700 baht a month to each defector.",
    "Each defector is given 700 baht a month.",
    # re-run 89 A5: the assault itself in other words (was `not_found`, "attack" read as done to them); the words that
    # describe a name are the name's ("the exiled NUG says")
    "Maung Sein lost seven comrades in an attack on a PDF training camp.",
    "The NUG gives each defector 700 baht a month.",
    "The exiled NUG says over 13,000 soldiers and police officers have defected.",
    "Each defector is handed 700 baht a month.",  # re-run 90: the payee handed the sum (guard)
    "Maung Sein lost seven comrades in the assault on the PDF camp.",  # the record names the PDF (guard)
    "Zay Thu Aung served 18 years in the air force.",  # guard
    "Each defector takes home 700 baht a month.",  # guard: taken home, not taken from them
    "Zay Thu Aung served 18 years in the Myanmar Air Force.",  # guard: the state's own air force, by its name
])
def test_the_same_happenings_in_other_words_still_match(claim: str) -> None:
    assert [verdict for verdict, _ in bundled(claim)] == ["matches"]


@pytest.mark.parametrize("claim", [
    # re-run 93 A1, A2: a verb of no listed kind was read as saying nothing (each was `matches`); now a verb after a count
    # of people, or before a count, a sum or an age, must be of a kind its record holds or one of the record's own words
    "The NUG says over 13,000 soldiers and police officers live in Thailand.",
    "The NUG says over 13,000 soldiers and police officers were kicked out.",
    "The NUG says over 13,000 soldiers and police officers were thrown out.",
    "The NUG says over 13,000 soldiers and police officers were vaccinated.",
    "People's Embrace says 12,341 junta personnel went home.",
    "People's Embrace says 12,341 junta personnel changed their minds.",
    "People's Embrace says 12,341 junta personnel switched sides to the junta.",
    "People's Embrace says 12,341 junta personnel crossed over to the military.",
    "Seven of Maung Sein's comrades were medevaced.",
    "Seven of Maung Sein's comrades switched sides.",
    "Seven of Maung Sein's comrades went over to the PDF.",
    "The conscription law protects men aged 18 to 35.",
    "The conscription law pardons men aged 18 to 35.",
    "The conscription law rewards men aged 18 to 35.",
    "The conscription law benefits men aged 18 to 35.",
    "Each defector is billed 700 baht a month.",
    "Each defector is refunded 700 baht a month.",
    "The NUG pockets 700 baht a month of each defector's stipend.",
    # A3: a service the record does not name, and another force by its full name
    "Zay Thu Aung served 18 years in the fire brigade.",
    "Zay Thu Aung served 18 years in the infantry.",
    "Zay Thu Aung served 18 years with the People's Defence Forces.",
    "Zay Thu Aung served 18 years in the Karen National Liberation Army.",
    # the record's own words are those of its clause, not the rest of its excerpt ("the loss of seven of his comrades
    # before a retreat was ordered"; "…have defected since the military coup took place")
    "Maung Sein ordered seven comrades to retreat.",
    "Seven of Maung Sein's comrades retreated.",
    "The NUG says over 13,000 soldiers and police officers took place.",
])
def test_a_verb_or_a_service_the_record_does_not_use_is_no_records(claim: str) -> None:
    assert [verdict for verdict, _ in bundled(claim)] == ["not_found"]


@pytest.mark.parametrize("claim", [
    # re-run 94 A1-A4, A7, A8: the words right beside a number (its phrase, in its clause) must be the record's too, or
    # of a kind it holds: a change to a law or a sum, what one asks for, who killed, how they died, what else was given
    "The conscription law was repealed for men aged 18 to 35.",
    "Men aged 18 to 35 are dodging the conscription law.",
    "Men aged 18 to 35 protested the conscription law.",
    "The NUG halved each defector's payment to 700 baht a month.",
    "Each defector's payment rose to 700 baht a month.",
    "Each defector asks for 700 baht a month.",
    "Each defector is promised 700 baht a month.",
    "Each defector earns 700 baht a month in casual jobs.",
    "Seven of Maung Sein's comrades were killed by villagers.",
    "Seven of Maung Sein's comrades got lost.",
    "Seven of Maung Sein's comrades drowned.",
    "Seven of Maung Sein's comrades died of malaria.",
    "Maung Sein lost seven comrades in a traffic accident.",
    "Over 13,000 soldiers and police officers have been given land, the NUG says.",
    "Over 13,000 soldiers and police officers got visas, the NUG says.",
    "Each defector receives a loan of 700 baht a month.",
    "Each defector receives 700 baht a month in salary from the army.",
    "Each defector is paid 700 baht a month to spy on the NUG.",
    # a name beside the number is a word of it too
    "Seven of Maung Sein's comrades were killed in Thailand.",
    "12,341 junta personnel have defected to the NUG.",
    # re-run 95 A1-A3, A6, A7: where a sum comes from, when and how they died, past a claimant's aside, how they defected
    "Each defector gets 700 baht a month from odd jobs.",
    "Each defector gets 700 baht a month from begging.",
    "Seven of Maung Sein's comrades were lost during the retreat.",
    "Seven of Maung Sein's comrades were lost after the retreat.",
    "Seven of Maung Sein's comrades were lost as they retreated.",
    "Seven of Maung Sein's comrades were lost before the assault.",
    "Over 13,000 soldiers and police officers, the NUG says, are homeless.",
    "Over 13,000 soldiers and police officers, the NUG says, fear reprisals.",
    "12,341 junta personnel defected reluctantly, People's Embrace says.",
    "12,341 junta personnel defected together, People's Embrace says.",
    # re-run 96 A1, A5, A6, A9: the record's own words are its clause's ("in the retreat": the retreat came after);
    # past an aside of "according to" or "per"; "still serving"; "broke"; "forced" (no word of the military);
    # whose comrades the count's own words say they are
    "Seven of Maung Sein's comrades were lost in the retreat.",
    "Seven of Maung Sein's comrades died in the retreat.",
    "Over 13,000 soldiers and police officers, the NUG says, are still serving.",
    "Over 13,000 soldiers and police officers, according to the NUG, are homeless.",
    "Over 13,000 soldiers and police officers, per the NUG, are homeless.",
    "Over 13,000 soldiers and police officers are broke, the NUG says.",
    "12,341 junta personnel were forced to defect, People's Embrace says.",
    "12,341 junta personnel defected with their families, People's Embrace says.",
    "Seven of Zay Thu Aung's comrades were lost in Maung Sein's assault.",
    # re-run 97 A1, A4, A5: what follows "while" (held as "before", "during" are); still in uniform, at their posts
    "Seven of Maung Sein's comrades died while retreating.",
    "Seven of Maung Sein's comrades were killed while on patrol.",
    "Each defector was paid 700 baht a month while in the army.",
    "Zay Thu Aung served 18 years while in the infantry.",
    "Over 13,000 soldiers and police officers, the NUG says, are still in uniform.",
    "Over 13,000 soldiers and police officers, the NUG says, are at their posts.",
    "12,341 junta personnel, People's Embrace says, are in uniform.",
    # re-run 98 A1-A3, A6: still serving the junta; a sum paid in the army; a job for the years served; a word of what a
    # count counts that the record does not use
    "Over 13,000 soldiers and police officers, the NUG says, still serve the junta.",
    "Each defector was paid 700 baht a month in the army.",
    "Zay Thu Aung was a cook for 18 years.",
    "Over 13,000 killed soldiers and police officers have defected, the NUG says.",
    "Over 13,000 Kachin soldiers and police officers have defected, the NUG says.",
    "Seven female comrades of Maung Sein were lost in the assault.",
    "12,341 wounded junta personnel have defected, People's Embrace says.",
    # re-run 100 A6, A7: a word of time after "before" (the records say "since the coup"; "coup" said nothing); a
    # condition or a cause after a sum or an age (the clause after "if", "unless", "because" was not read)
    "Over 13,000 soldiers and police officers defected before the coup, the NUG says.",
    "Each defector is paid 700 baht a month if he spies for the NUG.",
    "Each defector is paid 700 baht a month if he informs.",
    "Each defector is paid 700 baht a month unless he finds a job.",
    "Each defector is paid 700 baht a month because he is poor.",
    "Maung Sein joined the military at 15 because he was poor.",
    "Men aged 18 to 35 must serve if they are unemployed, under the conscription law.",
    # re-run 101 A2, A5: "before" in other words ("until", "up to", "by the time of", "by the coup"), a month after it,
    # words past six after "before" or "when"; a sum's time, and a clause after "after"
    "12,341 junta personnel had defected by the time of the coup, People's Embrace says.",
    "12,341 junta personnel defected until the coup, People's Embrace says.",
    "12,341 junta personnel defected up to the coup, People's Embrace says.",
    "12,341 junta personnel had defected by the coup, People's Embrace says.",
    "Over 13,000 soldiers and police officers defected before February 2021, the NUG says.",
    "12,341 junta personnel had already defected when the coup came, People's Embrace says.",
    "12,341 junta personnel defected in the decade before the coup, People's Embrace says.",
    "Each defector was paid 700 baht a month before the coup.",
    "Each defector is paid 700 baht a month after he reaches Thailand.",
    # re-run 101 A5, re-run 90 A11: a year beside a count or a sum that its record does not give it
    "Each defector was paid 700 baht a month in 2019.",
    "Over 13,000 soldiers and police officers have defected since 2022, the NUG says.",
    # re-run 102 A2, A3: "as of" a year, a month with its year; an age on joining by force
    "Each defector is paid 700 baht a month as of 2019.",
    "Over 13,000 soldiers and police officers have defected since January 2023, the NUG says.",
    "Maung Sein was conscripted at 15.",
    "Bo Pyay was forced to join the army aged 17.",
    # re-run 98 A6-A8 (left then): the one paid described in words the record does not use; a place leading the clause;
    # a sum "for life"
    "Each female defector is paid 700 baht a month.",
    "Each defector still in the army is paid 700 baht a month.",
    "In Yangon, 12,341 junta personnel have defected, People's Embrace says.",
    "In Thailand, over 13,000 soldiers and police officers have defected, the NUG says.",
    "Each defector is paid 700 baht a month for life.",
    # re-run 103 A2, A3: "as at", "throughout", "since early" a year; an age on joining by force in other words
    "Each defector is paid 700 baht a month as at 2019.",
    "Each defector is paid 700 baht a month throughout 2019.",
    "Over 13,000 soldiers and police officers have defected since early 2023, according to the NUG.",
    "Maung Sein was made to join the army at 15.",
    "Maung Sein was compelled to join the army at 15.",
    "Bo Pyay was coerced into joining the army aged 17.",
    "Bo Pyay, a conscript, joined the army at 17.",
    # re-run 104 A2, A3, A6-A8: "as recently as" a year; "obliged to join", "a draftee"; the one paid described by a
    # relative clause, a place or an age; "alone" after a leading place; an armed group's name whose only word the
    # record has is "army" (each was `matches`)
    "Each defector is paid 700 baht a month as recently as 2019.",
    "Maung Sein was obliged to join the army at 15.",
    "Bo Pyay, a draftee, joined the army at 17.",
    "Each defector who spies is paid 700 baht a month.",
    "Each defector in Bangkok is paid 700 baht a month.",
    "Each defector over 30 is paid 700 baht a month.",
    "In Sagaing alone, 12,341 junta personnel have defected, People's Embrace says.",
    "Maung Sein's unit lost seven comrades to the Kachin Independence Army.",
    "Maung Sein's unit lost seven comrades to the Arakan Army.",
    "Each defector without a job is paid 700 baht a month.",  # (lacking anything but a spouse is a description too)
    # re-run 105 A1, A3, A4, A6-A8: force in other words; "who informs"; a region, a direction; a sum on top of an
    # unnamed one; a plan; a time after "soldiers and police officers" (each was `matches`, A4 `disputed`)
    "Bo Pyay, a conscripted teen, joined the army at 17.",
    "Drafted at 17, Bo Pyay joined the army.",
    "Bo Pyay joined the army at 17 after being drafted.",
    "Bo Pyay joined the army at 17 to escape conscription.",
    "Each defector who informs is paid 700 baht a month.",
    "In the Sagaing region, 12,341 junta personnel have defected, People's Embrace says.",
    "In northern Myanmar, 12,341 junta personnel have defected, People's Embrace says.",
    "In the north, 12,341 junta personnel have defected, People's Embrace says.",
    "Each defector gets an extra 700 baht a month.",
    "Each defector gets another 700 baht a month.",
    "Each defector gets 700 baht a month extra.",
    "Each defector would be paid 700 baht a month.",
    "Each defector is to be paid 700 baht a month.",
    "The NUG counts more than 13,000 defectors among soldiers and police officers before the coup.",
    # re-run 106 A1, A3-A5: a call-up, an unwilling teen; "since 2019" after "soldiers and police officers"; "In
    # border areas,"; "stands to get" (each was `matches`)
    "Called up at 17, Bo Pyay joined the army.",
    "Bo Pyay joined the army at 17 after his call-up.",
    "Bo Pyay, an unwilling teen, joined the army at 17.",
    "The NUG counts more than 13,000 defectors among soldiers and police officers since 2019.",
    "In border areas, 12,341 junta personnel have defected, according to People's Embrace.",
    "Each defector stands to get 700 baht a month.",
    # re-run 107 A1, A3-A5: "unwillingly" after a comma, "reluctant", "summoned"; a place in lower-case words; "since the
    # 2020 election"; a description between commas (each was `matches`)
    "Maung Sein joined the military at 15, unwillingly.",
    "Summoned at 17, Bo Pyay joined the army.",
    "Bo Pyay, a reluctant teen, joined the army at 17.",
    "In the borderlands, 12,341 junta personnel have defected, People's Embrace says.",
    "In the cities, 12,341 junta personnel have defected, People's Embrace says.",
    "In conflict zones, 12,341 junta personnel have defected, People's Embrace says.",
    "The NUG counts more than 13,000 defectors among soldiers and police officers since the 2020 election.",
    "Each defector, who spies, is paid 700 baht a month.",
])
def test_words_beside_a_number_the_record_does_not_say_make_it_no_records(claim: str) -> None:
    assert [verdict for verdict, _ in bundled(claim)] == ["not_found"]


def test_a_coup_s_year_written_before_it_is_its_date_beside_a_number_no_record_has() -> None:
    # re-run 100 A6's row, from before "the 2021 coup" was read as the coup's date (re-run 124 A3): both are claims
    assert [verdict for verdict, _ in bundled("3,015 soldiers defected before the 2021 coup, People's Embrace says.")] == \
        ["not_found", "matches"]


@pytest.mark.parametrize("claim", [
    # guards: verbs of counting, saying, getting, being a soldier, of a law that applies, of where one lives (where the
    # record says so), and the record's own words
    "The NUG says more than 13,000 soldiers and police have switched sides since February 2021.",
    "Over 13,000 soldiers and police officers are estimated to have defected, according to the NUG.",
    "Over 13,000 soldiers and police officers have walked away from the military, the NUG says.",
    "People's Embrace has documented 12,341 defectors.",
    "The NUG gives each defector 700 baht a month.",
    "Defectors are entitled to 700 baht a month.",
    "The conscription law applies to men aged 18 to 35 and women aged 18 to 27.",
    "The law requires men aged 18 to 35 to serve.",
    "Seven former soldiers spoke to Al Jazeera.",
    "More than a million migrants and refugees from Myanmar live in Thailand.",
    "Maung Sein saw seven of his comrades die in the assault.",
    "Zay Thu Aung served 18 years in the Myanmar Air Force.",
    "Zay Thu Aung spent 18 years in the military.",
    "Seven former soldiers shared their reasons for defecting.",
    "Each defector takes home 700 baht a month.",
    # the words beside a number that are the record's, of a kind it holds, a name's, or another number's
    "Seven of Maung Sein's comrades were killed in the assault.",
    "Maung Sein joined the military at the age of 15.",
    "The stipend is 700 baht a month, doubling to 1,400 for married defectors.",
    "People's Embrace counts 12,341 defectors, the exiled NUG over 13,000.",
    "The conscription law dictates mandatory military service for men aged 18 to 35 and women aged 18 to 27.",
    "Each defector is currently paid 700 baht per month, or 1,400 baht if accompanied by a spouse.",
    # re-run 94 (borderline): a joining in other words of an age on joining, "fell", "gone over", whom one spoke to
    "Bo Pyay signed up at 17.",
    "Maung Sein was recruited at 15.",
    "Seven of Maung Sein's comrades fell in the attack.",
    "12,341 junta personnel have gone over to the CDM, People's Embrace says.",
    "Over 13,000 soldiers and police officers have defected since the coup in February 2021, the NUG says.",
    # guards: who pays, by name or in common words; "before a retreat was ordered", as the article says; a name of
    # several words any of which is the record's; past a claimant's aside, the record's own verb
    "Each defector gets 700 baht a month from the NUG.",
    "Each defector gets 700 baht a month from the parallel government.",
    "Seven of Maung Sein's comrades were lost before a retreat was ordered.",
    "Seven of Maung Sein's comrades died when the camp was attacked.",
    "12,341 junta personnel have defected to the Civil Disobedience Movement, People's Embrace says.",
    "Over 13,000 soldiers and police officers, the NUG says, have defected.",
    # re-run 96 A7, A11: the joining's own words of an age on joining; who pays a sum, "by the NUG"; and a guard: the
    # words of the record's clause past a dash or a number's comma ("… police – have defected to the … (CDM)")
    "Maung Sein was only 15 when he joined the army.",
    "Each defector is paid 700 baht a month by the NUG.",
    "Since the coup, 12,341 junta personnel have defected to the CDM, People's Embrace says.",
    # guards: the years served as the article says them; service members of the junta by their words
    "Zay Thu Aung served for 18 years.",
    "According to People's Embrace, 12,341 junta personnel have defected since the coup.",
    # guards: "after the coup" is the records' "since"; the record's own condition
    "Over 13,000 soldiers and police officers have defected after the coup, the NUG says.",
    "Defectors get 1,400 baht a month if they are accompanied by a spouse.",
    "Since the coup, 12,341 junta personnel have defected, People's Embrace says.",
    "Over 13,000 soldiers and police officers have defected since 2021, the NUG says.",  # its record's year
    "Over 13,000 soldiers and police officers have defected since February 2021, the NUG says.",
    "12,341 junta personnel have defected since the coup in February 2021, People's Embrace says.",  # the coup's date
    "In Myanmar, 12,341 junta personnel have defected, People's Embrace says.",  # its country
    "Defectors without a spouse get 700 baht a month.",  # lacking one: the one paid is read apart
    "Married defectors get 1,400 baht a month.",
    "Men aged 18 to 35 can be conscripted.",  # the law's own word of force
    "Under the conscription law, men aged 18 to 35 must serve.",
    "Defectors get 700 baht a month, plus 700 more with a spouse.",  # on top of the sum before it
    "In recent years, 12,341 junta personnel have defected, People's Embrace says.",  # a time, not a place
    "In its latest report, People's Embrace says 12,341 junta personnel have defected.",
    # re-run 101 A4: joining the CDM is defecting to it, as the record says (was `not_found`, and of service members
    # `differs` against the six interviewees who joined the army)
    "12,341 junta personnel have joined the CDM, People's Embrace says.",
    "12,341 members of the security forces have joined the Civil Disobedience Movement since the coup, People's Embrace "
    "says.",
])
def test_verbs_that_say_nothing_of_what_happened_still_match(claim: str) -> None:
    verdicts = [verdict for verdict, _ in bundled(claim)]
    assert verdicts and set(verdicts) == {"matches"}, verdicts


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 88 A10: a joining by force is no record's enlistment (the number's reading already held "conscripted")
    ("Aye Chan was conscripted in 2011.", ["not_found"]),
    ("Aye Chan was drafted in 2011.", ["not_found"]),  # guard
    ("Aye Chan was forcibly recruited in 2011.", ["not_found"]),
    ("Aye Chan was forced to join in 2011.", ["not_found"]),  # re-run 89 A3
    ("Aye Chan was made to enlist in 2011.", ["not_found"]),
    ("Aye Chan enlisted with the police in 2011.", ["not_found"]),  # re-run 90 A18: joined the police, not the army
    ("Aye Chan enlisted in 2011 with the police.", ["not_found"]),  # re-run 98 A10: the date between
    ("Aye Chan enlisted in 2011 as a police officer.", ["not_found"]),
    ("Aye Chan enlisted in 2011 with a rebel army.", ["not_found"]),  # re-run 99 A3: another force in other words
    ("Aye Chan enlisted in a police battalion in 2011.", ["not_found"]),
    # re-run 101 A6: force in other words of its clause (and a cause of force after it)
    ("Aye Chan enlisted in 2011 at gunpoint.", ["not_found"]),
    ("Aye Chan joined the army as a conscript in 2011.", ["not_found"]),
    ("Aye Chan entered the army in 2011 by force.", ["not_found"]),
    ("Aye Chan enlisted in 2011 against his will.", ["not_found"]),
    ("Aye Chan enlisted in 2011 because he was forced to.", ["not_found"]),
    ("Aye Chan enlisted in 2011 unwillingly.", ["not_found"]),  # re-run 102 A3
    ("Aye Chan enlisted in 2011 after being abducted.", ["not_found"]),
    ("Aye Chan enlisted in 2011 after being kidnapped.", ["not_found"]),  # re-run 103 A3
    ("Aye Chan enlisted in 2011, coerced by soldiers.", ["not_found"]),
    ("Aye Chan was rounded up and enlisted in 2011.", ["not_found"]),
    ("Aye Chan made up his mind and enlisted in 2011.", ["matches"]),  # guard: "made up", not "made to"
    ("Aye Chan enlisted in 2011 to escape conscription.", ["not_found"]),  # re-run 105 A1
    ("Aye Chan enlisted in 2011 after his call-up.", ["not_found"]),  # re-run 107 A1
    ("Aye Chan enlisted with Min Thu in 2011.", ["matches"]),  # guard: with whom
    ("Aye Chan enlisted in 2011.", ["matches"]),  # guard
])
def test_a_date_of_a_forced_joining_is_no_enlistment(claim: str, expected: list[str]) -> None:
    assert [r["verdict"] for r in results(claim)] == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 85 A9: a date that "the year X did it" shares between two clauses gave one verdict (the second's false
    # claim dropped, exit 0)
    ("In 2011, the year Aye Chan enlisted, Min Thu did too.", ["matches", "not_found"]),
    ("In 2011, the year Aye Chan enlisted, Ko Ko Naing deserted.", ["matches", "differs"]),  # his own event, 2020
    ("In 2011, the same year Aye Chan joined the army, Min Thu did so too.", ["matches", "not_found"]),
    # the second clause's verb after an adverb (it was read as no event, the adverb taken for the verb)
    ("In 2011, the year Aye Chan enlisted, Ko Ko Naing quickly deserted.", ["matches", "differs"]),
])
def test_a_date_the_year_one_did_it_dates_both_clauses(claim: str, expected: list[str]) -> None:
    assert [r["verdict"] for r in results(claim)] == expected


def test_each_word_of_a_kind_of_happening_is_of_one_kind() -> None:
    # a word listed under two kinds would be read as the last one only
    words = [w for forms in KINDS.values() for w in forms]
    assert sorted(w for w in set(words) if words.count(w) > 1) == []


@pytest.fixture(scope="module")
def police_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The verify tests' fact base, with Min Thu a police officer: the text says he joined the police, and his record
    gives that branch (re-run 109 A8: a police officer's age on joining and years `matched` "the army")."""
    base = tmp_path_factory.mktemp("police")
    shutil.copytree(FACTS.parent, base, dirs_exist_ok=True)
    text, people, main = base / "sources" / "watch.txt", base / "facts" / "people.yaml", base / "facts" / "base.yaml"
    old, new = "Min Thu joined the service aged 16", "Min Thu joined the police aged 16"
    before = hashlib.sha256(text.read_bytes()).hexdigest()
    for path in (text, people, main):  # (and Aye Chan's joining, an enlistment event of the police: re-run 111 A2)
        path.write_text(path.read_text(encoding="utf-8").replace(old, new).replace(
            "Aye Chan entered the service in 2011", "Aye Chan joined the police in 2011"), encoding="utf-8")
    main.write_text(main.read_text(encoding="utf-8").replace(before, hashlib.sha256(text.read_bytes()).hexdigest()),
                    encoding="utf-8")
    age = f'wording: "aged 16", source: r1, excerpt: "{new}"}}\n'
    people.write_text(people.read_text(encoding="utf-8").replace(
        age, age + f'      - {{field: branch, value: police, source: r1, excerpt: "{new}"}}\n', 1), encoding="utf-8")
    checked = run("check", "--facts", str(base / "facts"), "--sources", str(base / "sources"))
    assert checked.code == 0, checked.out + checked.err
    return base / "facts"


@pytest.mark.parametrize(("claim", "expected"), [
    ("Min Thu joined the army aged 16.", "not_found"),
    ("Min Thu served 12 years in the army.", "not_found"),
    ("Min Thu served 12 years in the military.", "not_found"),
    ("Min Thu served for 12 years.", "matches"),  # guards
    ("Min Thu served 12 years in the police.", "matches"),
    ("Min Thu spent 12 years in uniform.", "matches"),
    ("Min Thu joined the air force aged 16.", "not_found"),  # re-run 110 A7: another branch of the military
    ("Min Thu served 12 years, as a soldier.", "not_found"),  # re-run 114 A4: a soldier, set off (was `matches`)
    ("Min Thu served 12 years (as a soldier).", "not_found"),
    ("Min Thu served 12 years, a soldier throughout.", "not_found"),
    ("Min Thu served 12 years, as a police officer.", "matches"),  # guard
    ("Min Thu, a soldier, served 12 years.", "not_found"),  # re-run 115 A3: said of him before the verb
    ("Min Thu (a soldier) served 12 years.", "not_found"),  # re-run 116 A3: in brackets
    # re-run 130 A4: years spent in (with) the police were no claim; any armed service's word, as a title or where the
    # years were served, is not the police's (guards)
    ("Min Thu spent 12 years in the police.", "matches"),
    ("Min Thu spent 12 years with the police.", "matches"),
    ("Min Thu spent 12 years in the armed forces.", "not_found"),
    ("Min Thu spent 12 years in the Tatmadaw.", "not_found"),
    ("Min Thu, a former military officer, served 12 years.", "not_found"),
    ("Army sergeant Min Thu served 12 years.", "not_found"),
    # stop 55, re-run 132 A17 and claims 135: an age on joining the police was no claim (only the military's was read)
    ("Min Thu joined the police aged 16.", "matches"),
    ("Min Thu joined the police at 17.", "differs"),
    ("Min Thu was 16 when he joined the police.", "matches"),
])
def test_a_police_officer_s_years_are_not_the_army_s(police_base: Path, claim: str, expected: str) -> None:
    r = run("verify", "--facts", str(police_base), claim, "-f", "json")
    assert [row["verdict"] for row in json.loads(r.out)] == [expected], r.out


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run 111 A2: a police officer's joining dated as the army's `matched`; the record's own words were `not_found`
    ("Aye Chan joined the army in 2011.", "not_found"),
    ("Aye Chan joined the air force in 2011.", "not_found"),
    ("Aye Chan joined the police in 2011.", "matches"),
    ("Aye Chan joined the police force in 2011.", "matches"),
    ("Aye Chan joined the police in 2013.", "differs"),
    ("Aye Chan joined the infantry in 2011.", "not_found"),  # re-run 112 A2: a branch or unit of the military
    ("Aye Chan joined the armed forces in 2011.", "not_found"),
    ("Aye Chan joined a police battalion in 2011.", "matches"),
    ("Aye Chan joined the army in 2011 as a police officer.", "not_found"),  # re-run 113 A4: a police word beside
    ("Aye Chan joined the police in 2011 (as a sailor).", "not_found"),
])
def test_a_police_officer_s_joining_is_dated_as_the_police_s(police_base: Path, claim: str, expected: str) -> None:
    r = run("verify", "--facts", str(police_base), claim, "-f", "json")
    assert [row["verdict"] for row in json.loads(r.out)] == [expected], r.out


_NUG = "nug-payment (700 baht per month: monthly payment to each defector (payer not named))"


@pytest.mark.parametrize(("claim", "expected"), [
    # re-run A10: a payer the sum's record does not say pays it `matched`; its record reads the NUG from the sentence
    # before (its note), so only the NUG may be named
    ("People's Embrace pays each defector 700 baht a month.",
     [("not_found", f"{_NUG} does not say it is paid by People's Embrace")]),
    ("Each defector receives 700 baht a month from People's Embrace.", [("not_found", "People's Embrace")]),
    ("Each defector receives 700 baht a month from the Thai government.", [("not_found", "the Thai government")]),
    ("Thai authorities give each defector 700 baht per month.", [("not_found", "Thai authorities")]),
    ("Each defector is paid 700 baht a month by Thawda Win.", [("not_found", "Thawda Win")]),
    ("Each defector is paid by People's Embrace 700 baht a month.", [("not_found", "People's Embrace")]),
    ("People's Embrace is paying each defector 700 baht a month.", [("not_found", "People's Embrace")]),
    ("Each defector gets 700 baht a month from the NUG and People's Embrace.", [("not_found", "People's Embrace")]),
    ("Each defector receives 700 baht a month from Acme Relief.", [("not_found", "Acme Relief")]),  # one it does not know
    ("The NUG and People's Embrace pay each defector 700 baht a month.", [("not_found", "People's Embrace")]),
    ("People's Embrace pays each defector 700 baht a month, or 1,400 baht with a spouse.",
     [("not_found", "People's Embrace"), ("not_found", "nug-payment-with-spouse")]),  # the second sum's payer too
    ("People's Embrace pays each defector 800 baht a month.", [("not_found", "People's Embrace")]),  # not `differs`
    # re-run A11: ", paid by X" was read as a rate of payment: no claim
    ("Each defector receives 700 baht a month, paid by the NUG.", [("matches", "")]),
    ("Defectors get 700 baht a month, paid by the NUG.", [("matches", "")]),
    ("Defectors get 700 baht a month, paid by the parallel government.", [("matches", "")]),
    ("Defectors get 700 baht a month, paid monthly by the NUG.", [("matches", "")]),
    ("Defectors get 700 baht a month, paid by the NUG, or 1,400 baht with a spouse.", [("matches", ""), ("matches", "")]),
    ("Defectors get 700 baht a month, paid by People's Embrace.", [("not_found", "People's Embrace")]),
    # guards: the record's payer, in any of its names, and a payer no one is named as
    ("Each defector receives 700 baht a month from the NUG.", [("matches", "")]),
    ("Each defector is paid 700 baht a month by the parallel government.", [("matches", "")]),
    ("The NUG pays each defector 700 baht a month, or 1,400 baht with a spouse.", [("matches", ""), ("matches", "")]),
    ("Myanmar's parallel government pays each defector 700 baht a month.", [("matches", "")]),
    ("Each defector is paid 700 baht a month.", [("matches", "")]),
    ("Defectors get 700 baht a month.", [("matches", "")]),
    ("Donors give each defector 700 baht a month.", [("matches", "")]),
    ("Each defector receives 700 baht a month from the junta.", [("not_found", "“junta”")]),  # (as before)
    ("Each defector is paid 700 baht a month by the Thai police.", [("not_found", "“police”")]),
])
def test_a_sum_is_paid_by_whom_its_record_says(claim: str, expected: list[tuple[str, str]]) -> None:
    got = bundled(claim)
    assert [v for v, _ in got] == [v for v, _ in expected], got
    assert all(part in reason for (_, reason), (_, part) in zip(got, expected, strict=True)), got


@pytest.mark.parametrize("claim", [
    "Defectors get 700 baht a month, paid weekly by the NUG.",  # a second rate, as before
    "Defectors get 700 baht a month, paid by the NUG every fortnight.",
])
def test_a_payer_does_not_hide_another_rate(claim: str) -> None:
    r = run("verify", claim, "-f", "json")
    assert (r.code, json.loads(r.out or "[]")) == (1, []), r.out
    assert r.err.startswith("defectcli: no checkable claim in the text"), r.err


@pytest.mark.parametrize(("claim", "expected"), [
    # a payer its record names in what it counts (the Valley Council), by its name or an alias
    ("Harbour Watch pays each deserter 500 kyat per month.", ["not_found"]),
    ("Each deserter gets 500 kyat a month, paid by Harbour Watch.", ["not_found"]),
    ("Each deserter gets 500 kyat a month from the Border Service.", ["not_found"]),
    ("Harbour Watch pays each deserter 500 kyat per month, or 900 kyat if accompanied by a child.",
     ["not_found", "not_found"]),
    ("The Valley Council pays each deserter 500 kyat per month.", ["matches"]),
    ("Each deserter is paid 500 kyat per month by the Council.", ["matches"]),
    ("Each deserter gets 500 kyat a month, paid by the Valley Council.", ["matches"]),
])
def test_a_sum_is_paid_by_the_payer_its_record_counts(claim: str, expected: list[str]) -> None:
    assert [row["verdict"] for row in results(claim)] == expected


@pytest.fixture(scope="module")
def claimant_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base whose sum a group states, of a payment its record names no payer of (re-run A10: "The NUG pays each
    defector 500 baht a week" `matched` a record stated by the Police Defectors Network)."""
    base = tmp_path_factory.mktemp("claimant")
    text = "Each defector receives 500 baht a week, the Police Defectors Network says.\n"
    (base / "sources").mkdir()
    (base / "sources" / "net.txt").write_text(text, encoding="utf-8")
    (base / "facts").mkdir()
    (base / "facts" / "base.yaml").write_text(f"""sources:
  - id: n1
    kind: article
    sha256: {hashlib.sha256(text.encode()).hexdigest()}
    date: {{precision: unknown, basis: stated, note: "The text gives none."}}
    record: {{given_by: "the test", title: "Stipends"}}
organisations:
  - id: pdn
    name: Police Defectors Network
    kind: ngo
    evidence:
      - {{source: n1, excerpt: "the Police Defectors Network says"}}
  - id: nug
    name: National Unity Government
    aliases: [NUG]
    kind: government
    evidence:
      - {{source: n1, excerpt: "the Police Defectors Network says"}}
figures:
  - id: weekly-stipend
    topic: support
    counts: weekly payment to each defector
    value: 500
    comparator: exact
    unit: baht per week
    wording: "500 baht a week"
    stated_by: pdn
    source: n1
    excerpt: "Each defector receives 500 baht a week"
""", encoding="utf-8")
    checked = run("check", "--facts", str(base / "facts"), "--sources", str(base / "sources"))
    assert checked.code == 0, checked.out + checked.err
    return base / "facts"


@pytest.mark.parametrize(("claim", "expected"), [
    ("The NUG pays each defector 500 baht a week.", "not_found"),
    ("Each defector receives 500 baht a week from the NUG.", "not_found"),
    ("The Police Defectors Network pays each defector 500 baht a week.", "not_found"),  # it states the sum, not that it pays it
    ("Each defector receives 500 baht a week.", "matches"),  # guards
    ("The Police Defectors Network says each defector receives 500 baht a week.", "matches"),
])
def test_a_claimant_is_not_the_payer(claimant_base: Path, claim: str, expected: str) -> None:
    r = run("verify", "--facts", str(claimant_base), claim, "-f", "json")
    assert [row["verdict"] for row in json.loads(r.out)] == [expected], r.out
