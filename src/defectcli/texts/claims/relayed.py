"""Words passed on: the one who quotes, hears, reads, receives or reports them is not their speaker ("Y quoted X as
saying:", "Y read X’s note:", "Y was told by X:", "“…,” Y says X told him."): these find X; and the one named as
who was told or heard them, whoever said them ("A man told X:", "X heard him say:"): `hearer_of` finds X."""

from __future__ import annotations

import re

from ..sentences import TITLES
from .anchored import squeezed
from .asides import VERB
from .claimant import clean
from .names import A_NAME, ADVERB, BESIDE, NAME, NEAR, SAID_NOUNS, TAIL, TELLING
from .quoting import blank, quotations

REPORTED_AFTER = re.compile(r"\s*,?\s*(?:according\s+to\s+|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+"
                            r"(?:reported|reports|wrote|writes|said|says)\s*[.!?]?\s*$|(?:reported|wrote|reports|writes)\s+(?:the\s+)?[A-Z])")
# "heard him say", "remembers someone telling him", "listened as he said": the words of one the sentence does not name
_HEARD = rf"(?:(?:(?:over)?heard|(?:over)?hears|saw|sees|watched|remembers|remembered|recalls|recalled|listened\s+to)\s+" \
         r"(?:him|her|them|someone|somebody|others|people|(?:a|an|one|another|the|his|her)\s+[a-z]+)\s+" \
         rf"(?:{VERB}|say|saying|tell|telling|speak|speaking|talk|talking|shout|shouting|yell|yelling|mutter|muttering|" \
         rf"whisper|whispering)\b|(?:listened|watched)\s+as\s+(?:he|she|they|someone|(?:a|an|the|his|her)\s+[a-z]+)\s+\w+)" \
         r"[^“”\"]{0,20}$"
HEARD_HIM = re.compile(rf"\b{_HEARD}")
# "Y read X’s note:", "Y got a letter from X:", "Y recites X’s line:", "Y texted X’s words to a friend:", "Y borrowed a
# line from X:": the one who wrote or said it, not the one who reads, gets, copies or passes it on
RECEIVED = re.compile(rf"\b(?:(?:still\s+|never\s+|always\s+)?(?:read|reads|received|receives|got|gets|shared|shares|showed|"
                      r"shows|forwarded|summed\s+up|sums\s+up|jotted\s+down|wrote\s+down|noted\s+down|transcribed|has|have|kept|keeps|"
                      r"forgot|forget|forgets|passed\s+on|passes\s+on|treasures|treasured|printed|prints|recites|recited|"
                      r"borrowed|borrows|repeat|repeats|repeated|copied|copies|translated|translates|texted|texts|wrote|writes|"
                      r"typed|posted|posts|tweeted|mimics|mimicked|imitates|imitated|parroted|parrots|echoed|echoes|quoted|quotes|sang|sings|"
                      r"recalls|recalled|remembers|remembered|recited))"
                      rf"(?:\s+(?:out|aloud|back|again|out\s+loud))?\s+(?:from\s+)?(?:{NAME}['’]s\s+(?:[a-z]+\s+)?(?:(?i:{SAID_NOUNS})|notes|"
                      rf"messages|voice|accent|tone)|(?:a|an|the|one)\s+(?:[a-z]+\s+)?(?:(?i:{SAID_NOUNS})|words?)\s+(?:from|of|by)\s+{NAME})"
                      r"\b[^:“”\"]{0,40}[:,]?\s*$")
SENT_FROM = re.compile(rf"\b(?:letter|message|note|text|email|post|call)\s+from\s+{NAME}(?:\s+to\s+[^:,“”\"]{{1,40}})?"
                       r"(?:\s+(?:said|says|read|reads))?\s*[:,]?\s*$")
# "X's words were repeated by Y:", "X's remark, echoed by Y:": X's, which Y passes on
_PASSED_BY = rf"{NAME}['’]s\s+(?:own\s+|exact\s+|[a-z]+\s+)?(?:(?i:{SAID_NOUNS})|notes|messages)" \
             r"(?:\s*,\s*|\s+(?:were|was|are|is|(?:have|has|had)\s+been|got|gets|get)\s+)" \
             r"(?:(?:[a-z]+ly|later|then|again|once|often|also)\s+)?" \
             r"(?:repeated|echoed|quoted|cited|read|recited|relayed|passed\s+on|translated|shared|posted|reposted|" \
             r"paraphrased|parroted|recalled|remembered|retold|conveyed|delivered|voiced|recounted|mimicked|imitated|" \
             rf"sung|sang)(?:\s+(?:out|aloud|again|back))?(?:\s+[a-z]+){{0,3}}?\s+by\s+{A_NAME}"
# "Y was told by X:", "Y heard it from X:", "Y wrote down what X said:", "Y heard that X said:", "Y translated for X:",
# "Y would not say, but X did:", "X said, Y recalls:": X
TOLD_BY = re.compile(rf"(?:\b(?:told|reminded|warned|informed|assured|asked|heard\s+(?:it|this|that)|learned|learnt)\s+"
                     rf"(?:by|from)\s+{NAME}|\b(?:what|how|that)\s+{NAME}\s+(?:had\s+)?(?:said|says|told\s+\w+|put\s+it)|\btranslated\s+for\s+{NAME}|"
                     rf"\bbut\s+{NAME}\s+did|{NAME}\s+(?:said|says|told\s+\w+)\s*,\s*(?:as\s+)?(?:[A-Z][\w’'-]*\s+){{1,4}}"
                     r"(?:recalls|remembers|recalled|remembered|says)(?:\s+it)?|\bcredits?\s+"
                     rf"{NAME}\s+with\s+(?:the|these|those)\s+words|\battribut\w+\s+(?:the|these|those)\s+words\s+to\s+{NAME}|"
                     rf"\bin\s+{NAME}['’]s\s+mouth|,\s*{NAME}\s+did(?:\s+not|n[’']t)?|{_PASSED_BY})\s*[:,]?\s*$")
# "X said to Y, and Y wrote down:", "X spoke and Y took notes:": X, whose words the other writes down
WROTE_DOWN = re.compile(rf"{NAME}\s+(?:said|says|told|spoke|dictated)(?:\s+(?:it\s+)?to)?(?:\s+{A_NAME})?\s*,?\s+and\s+"
                        rf"(?:{A_NAME}|he|she)\s+(?:wrote|writes|jotted|noted|took|takes|typed)(?:\s+(?:it|them|notes))?"
                        r"(?:\s+down)?\s*[:,]?\s*$")
# "Y, who heard X say it, recalls:", "Y, who was there when X said it, remembers:": X
WHO_HEARD = re.compile(rf",\s*who\s+(?:(?:heard|saw|watched|listened\s+to)\s+{NAME}\s+(?:say|said|saying|tell|speak)|"
                       rf"(?:was|were)\s+(?:there|present|nearby)\s+when\s+{NAME}\s+(?:said|spoke|told\s+\w+))\b"
                       rf"[^,“”\"]{{0,20}},\s*{ADVERB}(?:{VERB}|[a-z]+s|[a-z]+ed)\s*[:,]?\s*$")
# Words another said, passed on by the sentence's subject: the one named after the verb said them.
RELAYED = re.compile(r"\b(?:(?:quot|cit|paraphras|echo|mimick|mock|imitat|parodi|parod|recit|parrot|translat)"
                     r"(?:ed|es|s|ing|ies|y|e)?\s+(?:the\s+words\s+of\s+)?{N}(?:{SAID})?(?:\s+back(?:\s+to\s+\w+)?)?|"
                     r"(?:interpret|translat)(?:ed|es|s|ing|e)?\s+for\s+{N}|"
                     r"(?:describ|portray|depict|characteri[sz]|quot)(?:ed|es|s|ing|e)?\s+{N}\s+as\s+(?:having\s+(?:said|told\s+\w+)|"
                     r"(?:once\s+|then\s+|later\s+)?(?:saying|telling\s+\w+))|"
                     r"(?:repeat|echo|relay|recall|"
                     r"remember)(?:ed|ing)\s+(?:what\s+|the\s+words\s+of\s+)?{N}{SAID}|{SEEN}\s+{N}\s+{DOING})\s*[:,]?\s*$".format(
                         SEEN=r"(?:recall(?:ed|s|ing)?|remember(?:ed|s|ing)?|describ(?:ed|es|ing)|(?:over)?hear(?:s|d|ing)?|watch(?:ed|es|ing)?|"
                              r"caught|catches|filmed|films|recorded|records|found|finds|"
                              r"saw|see(?:s|ing)?|quot(?:ed|es|ing)|imitat(?:ed|es|ing)|recount(?:ed|s|ing)?)",
                         DOING=r"(?:once\s+|later\s+|then\s+)?[a-z]{2,}ing(?:\s+(?:him|her|them|me|us|reporters|others|the\s+others|"
                               r"(?:a|an|the|his|her)\s+[a-z]+))?",
                         N=NAME,
                         SAID=r"(?:['’]s\s+(?:own\s+|exact\s+)?words|\s+as\s+(?:saying|telling|[a-z]{3,}ing)(?:\s+(?:him|her|them|"
                              r"me|us|reporters))?|\s+(?:had\s+|once\s+)?(?:said|told\s+(?:him|her|them|me|us)))"))
# Voicing another's words: "quoting X", "reading from X’s letter", "mimicking X’s voice", "doing an impression of X";
# a person only after the verbs that take one ("quoting X", not "speaking in Mae Sot" or "using Facebook")
_VOICING_ONE = r"(?:quoting|citing|imitating|mimicking|echoing|paraphrasing|parroting|parodying|mocking|reciting|recalling|" \
               r"speaking\s+for|speaking\s+on\s+behalf\s+of|on\s+behalf\s+of|representing|acting\s+for|answering\s+for|" \
               r"standing\s+in\s+for|in\s+a\s+nod\s+to|translating|interpreting|relaying|summari[sz]ing|" \
               r"in\s+translation\s+from|as\s+(?:a\s+|the\s+)?(?:spokes(?:man|woman|person)|representative|proxy|" \
               r"mouthpiece|voice)\s+(?:for|of)|" \
               r"repeating|channell?ing|impersonating|voicing|(?:translating|interpreting)\s+for|" \
               r"doing\s+(?:an?\s+)?(?:impression|imitation)\s+of|recounting)"
_VOICING = rf"(?:{_VOICING_ONE}|reading|borrowing|putting\s+on|holding(?:\s+up)?|unfolding|showing|opening|translating|" \
           r"interpreting|rendering|relaying|passing\s+on|conveying|using|speaking\s+in|reporting|summari[sz]ing)" \
           r"(?:\s+(?:from|aloud|out|up)){0,2}"
_THEIR_WORDS = rf"(?:{NAME}['’]s\s+(?:own\s+|[a-z]+\s+)?(?:(?i:{SAID_NOUNS})|notes|messages|voice|accent|tone|manner)" \
               rf"(?:\s+(?:aloud|out))?|(?:an?|the)\s+(?:[a-z]+\s+)?(?:(?i:{SAID_NOUNS})|notes|messages)\s+" \
               rf"(?:(?:written|sent|issued)\s+)?(?:by|from|of)\s+{NAME}|what\s+{NAME}\s+(?:had\s+)?(?:said|says|wrote|" \
               rf"told\s+\w+)|{NAME}['’]s\s+(?:Burmese|Thai|English|Myanmar))"
# "X’s letter", "a letter by X", "what X said"; or X after a verb that takes a person
_WHOSE = rf"(?:{_VOICING}\s+{_THEIR_WORDS}|{_VOICING_ONE}\s+(?:(?:his|her|their)\s+[a-z]+\s+|the\s+)?{NAME}|" \
         rf"(?:as\s+|in\s+)?(?:the\s+)?{NAME}['’]s\s+(?:spokesman|spokeswoman|spokesperson|representative|voice|proxy|" \
         r"mouthpiece|name))" \
         r"(?:\s+(?:directly|verbatim|(?:in|into)\s+\w+))?"
# "Y declared, in X's words:", "Y said, citing X:", "Y echoed X:", "Y echoed the NUG:": X's words, which Y passes on
# "borrowing a line from X", "in words borrowed from X", "in a line lifted from X"
_A_LINE_FROM = rf"(?i:(?:borrowing|taking|lifting|using|stealing)\s+|in\s+)(?:(?i:a|the|his|her|their|some)\s+)?(?i:line|lines|" \
               rf"words?|phrase|slogan|motto)\s+(?:(?i:lifted|borrowed|taken|stolen)\s+)?(?i:from)\s+(?:the\s+)?{NAME}"
# "using the NUG's slogan", "parroting the NUG", "adopting the NUG's slogan", "in the NUG's phrase"
_VOICED_BY = rf"(?i:using|adopting|parroting|channell?ing|borrowing|taking|echoing|citing|quoting|paraphrasing|mimicking|" \
             rf"imitating|repeating|copying|plagiari[sz]ing|aping|lifting|recycling|speaking\s+for|speaking\s+on\s+behalf\s+of|" \
             rf"on\s+behalf\s+of|in\s+a\s+nod\s+to)\s+(?:the\s+)?{NAME}(?:['’]s\s+(?:[a-z]+\s+)?(?i:words|phrase|slogan|" \
             rf"line|motto|message|call|cry))?|in\s+(?:the\s+)?{NAME}['’]s\s+(?i:phrase|slogan|line|motto|voice)|" \
             rf"(?i:as)\s+(?:the\s+)?{NAME}['’]s\s+(?i:spokesman|spokeswoman|spokesperson|representative|voice)"
IN_THEIR_WORDS = re.compile(rf",\s*(?:in\s+(?:the\s+)?{NAME}['’]s\s+(?:own\s+)?words|in\s+the\s+words\s+of\s+(?:the\s+)?{NAME}|"
                            rf"{_VOICED_BY}|{_A_LINE_FROM})\s*:\s*$|"
                            rf"\b(?:echoed|echoes|parroted|parrots|repeated|repeats)\s+(?:the\s+)?{NAME}\s*:\s*$|"
                            rf"(?:^|(?<=[.;!?]))\s*(?:{_A_LINE_FROM}|{_VOICED_BY})\s*,[^“”\"]*$")
# "Lin Aung, quoting Maung Sein, said:", "Y, mimicking X’s voice, said:"
RELAYED_ASIDE = re.compile(rf"(?:,\s*{_WHOSE}(?:\s+(?:aloud|out))?\s*,|\s*[(\[]\s*{_WHOSE}(?:\s+(?:aloud|out))?\s*[)\]]|"
                           rf"\s*[—–]\s*{_WHOSE}(?:\s+(?:aloud|out))?\s*[—–])\s*{ADVERB}(?:{VERB}|read|reads)\s*[:,]?\s*$")
# (in brackets or dashes too: "Y (quoting X) said:", "Y — quoting X — said:")
# "“…,” Y says X (once) told him.", "“…,” Y quoted X as saying.", "“…,” Y was told by X."
SAYS_X_SAID = re.compile(rf"\s*,?\s*(?:[A-Z][\w’'-]*\s+){{1,4}}(?:(?:recalls|remembers|recalled|remembered|says|said)\s+{NAME}"
                         rf"\s+(?:once\s+|had\s+)?(?:saying|said|told\s+\w+|telling\s+\w+|(?i:{VERB}))|"
                         rf"(?:said|says)\s+in\s+{NAME}['’]s\s+(?:own\s+)?words|(?:quoted|quotes|cited|cites)\s+{NAME}\s+as\s+"
                         rf"(?:saying|telling\s+\w+)|was\s+(?:told|reminded|warned)\s+by\s+{NAME})\s*[.!?]?\s*$")
# "“…,” Y said, quoting X.", "“…,” Y said, reading from X’s letter.", "“…,” Y said, in X’s words."
RELAYED_AFTER = re.compile(rf"\s*[,.!?]?\s*[^.;:!?“”\"]{{1,80}}?\s?[,—–(\[]\s*(?:{_WHOSE}|in\s+{NAME}['’]s\s+(?:own\s+)?words|"
                           rf"(?:in\s+the\s+words\s+of|to\s+quote)\s+{NAME}|as\s+{NAME}\s+(?:put|puts)\s+it)(?=\s*[,.;!?)\]—–]|\s*$)")
# "“…,” Y said, quoting the junta chief.", "…, echoing his sergeant.", "…, reading from a letter by his cousin.": the words
# of one a description names, which Y passes on (the description is the speaker: it names someone, or no one)
RELAYED_AFTER_UNNAMED = re.compile(
    rf"\s*[,.!?]?\s*[^.;:!?“”\"]{{1,80}}?\s?[,—–(\[]\s*(?:{_VOICING_ONE}|reading(?:\s+from)?\s+(?:an?|the|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?:letter|note|message|statement|post|diary)\s+(?:by|from|of))\s+"
    r"((?:the|an?|his|her|their|one|another)\s+[a-z][a-z -]{0,40}?)(?<!statement)(?<!report)(?<!release)(?<!document)"
    r"(?<!letter)(?<!note)(?<!message)(?<!post)(?<!article)(?<!study)(?<!survey)(?<!source)(?<!sources)(?<!record)"
    r"(?<!records)(?<!data)(?=\s*[,.;!?)\]—–]|\s*$)")  # (a person; not "quoting a statement": what, not who)
# "“…,” Y said, in his sergeant's words.", "…, repeating his sergeant's words.": the words of one "his" relates to Y
RELAYED_AFTER_OWNED = re.compile(rf"\s*[,.!?]?\s*[^.;:!?“”\"]{{1,80}}?\s?[,—–(\[]\s*(?:{_VOICING}\s+|in\s+)((?:his|her|their)"
                                 rf"\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)['’]s\s+(?:own\s+|exact\s+)?(?i:{SAID_NOUNS})"
                                 r"(?=\s*[,.;!?)\]—–]|\s*$)")
# "Quoting X, Y said:", "Recalling X’s words, Y said:": X's words, which Y passes on (not "Recalling X, his friend said:")
QUOTING_LEAD = re.compile(rf"(?:^|(?<=[.;!?]))\s*(?:(?:Quoting|Citing|Echoing|Paraphrasing|Repeating|Channell?ing|Voicing|"
                          rf"Parroting|Mimicking|Imitating)\s+(?:the\s+)?{NAME}(?:['’]s\s+(?:[a-z]+\s+)?(?i:{SAID_NOUNS}))?|"
                          rf"(?:Recalling|Remembering|Reading(?:\s+from)?|Borrowing|Using|Taking|Adopting|Citing)\s+"
                          rf"(?:the\s+)?{NAME}['’]s\s+(?:[a-z]+\s+)?"
                          rf"(?i:{SAID_NOUNS})|In\s+(?:the\s+)?{NAME}['’]s\s+(?:own\s+|exact\s+)?words|"
                          rf"In\s+the\s+words\s+of\s+(?:the\s+)?{NAME}|On\s+(?:the\s+)?{NAME}['’]s\s+behalf|"
                          rf"In\s+(?:the\s+)?{NAME}['’]s\s+name|(?:Representing|Translating|Relaying|Summari[sz]ing|"
                          rf"Speaking\s+for|Acting\s+for|On\s+behalf\s+of)\s+(?:the\s+)?{NAME})\s*,[^“”\"]*$")
# "Y, X’s interpreter, translated:", "Y, who interpreted for X, said:": X, whose words the interpreter gives
_INTERPRETING = rf"(?:(?:(?:who\s+(?:acts|acted|serves|served|works|worked)\s+as|(?:serving|working|acting)\s+as|as)\s+)?" \
                rf"(?:(?:an?|the)\s+)?(?:{NAME}['’]s\s+(?:[a-z]+\s+and\s+|[A-Za-z]+\s+)?(?:interpreter|translator)|" \
                rf"(?:interpreter|translator)\s+(?:for|to|working\s+(?:with|for))\s+{NAME})|(?:who|as)\s+" \
                rf"(?:was\s+|is\s+|often\s+|usually\s+)?(?:interpreted|translated|interprets|translates|interpreting|" \
                rf"translating)\s+(?:for\s+{NAME}|{NAME}['’]s\s+(?:words|answers?|remarks)))"
INTERPRETER = re.compile(rf"(?:{A_NAME}\s*,\s*{_INTERPRETING}|{NAME}['’]s\s+(?:[a-z]+\s+)?(?:interpreter|translator)\s*,\s*"
                         rf"{A_NAME})\s*,\s*{ADVERB}(?:{VERB}|translated|translates|interpreted|interprets)\s*[:,]?\s*$")
# "“…,” said Y, X’s interpreter.", "“…,” Y, X’s translator, said."
INTERPRETER_AFTER = re.compile(rf"\s*[,.!?]?\s*(?:(?:{VERB}|translated|interpreted)\s+(?:{A_NAME}\s*,\s*{_INTERPRETING}|"
                               rf"{NAME}['’]s\s+(?:[a-z]+\s+)?(?:interpreter|translator)\s*,\s*{A_NAME})|"
                               rf"(?:{A_NAME}\s*,\s*{_INTERPRETING}|{NAME}['’]s\s+(?:[a-z]+\s+)?(?:interpreter|translator)\s*,"
                               rf"\s*{A_NAME})\s*,\s*(?:{VERB}|translated|interpreted))")  # "…,” X’s interpreter, Y, said."
# "X’s lawyer, Y, read out his client’s words:", "Y, X’s brother, read his letter:": X, whose words the relation reads
_RELATION = r"(?:lawyer|attorney|brother|mother|father|sister|wife|husband|friend|cousin|son|daughter|colleague|spokesman|" \
            r"spokeswoman|representative)"
READ_FOR = re.compile(rf"(?:{NAME}['’]s\s+{_RELATION}\s*,\s*{A_NAME}|{A_NAME}\s*,\s*{NAME}['’]s\s+{_RELATION})\s*,\s*"
                      r"(?:read|reads)(?:\s+(?:out|aloud))?\s+(?:his|her|their)\s+(?:[a-z]+['’]s\s+)?(?:words|statement|"
                      r"letter|message|note)\s*[:,]?\s*$")
# "Through his interpreter, Y, X said:": the aside names the one who interprets, not the speaker
THROUGH = re.compile(rf"(?:^|(?<=[.;!?])\s*)(?i:through|via|with\s+the\s+help\s+of)\s+(?:his|her|their|an?|the)\s+"
                     rf"(?:interpreter|translator)(?:\s*,\s*{A_NAME})?\s*,\s*")


# "X quoted his client:", "X read out his brother’s letter:", "Quoting his friend, X said:": words of one unnamed,
# which X only passes on
_ANOTHER = r"(?:(?:his|her|their|a|an|one|another)\s+(?:[a-z]+\s+)?(?:lawyer|attorney|brother|mother|father|sister|wife|" \
           r"husband|friend|cousin|son|daughter|colleague|client|comrade|commander|officer|superior|neighbou?r|soldier|" \
           r"man|woman)" \
           r"(?:['’]s\s+[a-z]+)?|(?:him|her|them)(?=\s+as\s))"  # not "his statement", his own; "quoted him as saying"
_PASSING = rf"(?:quoted|quotes|cited|cites|relayed|relays|read|reads)(?:\s+(?:out|aloud|from))*\s+{_ANOTHER}" \
           r"(?:\s+as\s+(?:saying|telling\s+\w+))?\s*[:,]?\s*$"
_QUOTING = rf"^\s*(?:Quoting|Citing|Reading(?:\s+from)?)\s+{_ANOTHER}\s*,"
# "X, quoting a comrade, said:"
_QUOTING_ASIDE = rf",\s*(?:quoting|citing|reading(?:\s+from)?)\s+{_ANOTHER}\s*,\s*{ADVERB}(?:{VERB})\s*[:,]?\s*$"
# "X spoke of his brother, who said:", "X told of a soldier who said:", "X agreed with his friend, who said:": the
# other's words, which X only tells of
_TOLD_OF = r"(?:(?:spoke|speaks|talked|talks|wrote|writes|told(?:\s+(?!of\b|about\b)\w+)?)\s+(?:of|about)|(?:agreed|agrees|" \
           r"sided|sides)\s+with)\s+(?:his|her|their|a|an)\s+(?:[a-z]+\s+)?[a-z]+\s*,?" \
           rf"\s*who\s+(?:had\s+|once\s+)?(?:{VERB})\s*[:,]?\s*$"
QUOTES_ANOTHER = re.compile(rf"\b{_PASSING}|{_QUOTING}|\b{_TOLD_OF}|{_QUOTING_ASIDE}")
# the one who passes them on (an aside after the name left out: "X, the lawyer, quoted his client as saying:")
_PASSES_ON = re.compile(rf"{NAME}(?:\s*,[^,“”\"]{{1,40}},)?\s*,?\s+(?:{_PASSING}|{_TOLD_OF})|{_QUOTING}\s*{NAME}|"
                        rf"{NAME}{_QUOTING_ASIDE}")


def hearer_of(sentence: str, start: int, end: int) -> str | None:
    """The one the sentence names as told or hearing the quotation at [start, end), whoever spoke it: "A man
    told Lin Aung: “…”", "“…,” he told Lin Aung.", "Lin Aung heard him say: “…”" (Lin Aung), or None."""
    before = squeezed(blank(sentence[max(0, start - NEAR):start], quotations(sentence[max(0, start - NEAR):start])))
    after = squeezed(blank(sentence[end:end + NEAR], quotations(sentence[end:end + NEAR])))
    # one a clause describes first: "The man who recruited X told reporters:" (X), whoever is told
    m = MET_BEFORE.search(before) or _RELATION_OF.search(before) or DESCRIBED.match(after) or MET_AFTER.match(after) or \
        _MET_ANOTHER.search(before) or \
        _TOLD_AFTER.match(after) or _TOLD_BEFORE.search(before) or _HEARD_BEFORE.search(before) or \
        _LOOKED_ON.match(after) or _FLANKED.match(after) or _PASSES_ON.search(before) or _SAID_OF.match(after) or \
        _ASKED_ABOUT.search(before) or _TOLD_PASSIVE.search(before) or _TOLD_PASSIVE_AFTER.match(after)
    return clean(next(g for g in m.groups() if g)) if m else None


# "Lin Aung was told:", "Lin Aung heard:", "“…,” Lin Aung was warned.": he hears them, with no one named who says them
_GOT_IT = r"(?:was|were|is|are|had\s+been|has\s+been)\s+(?:handed|sent|given|shown|passed)|received|receives|got|gets|" \
          r"read(?:\s+aloud|\s+out)?|reads|opened|opens|found|finds|took|takes|earned|earns|copped"
_A_NOTE = r"(?:note|message|text|letter|email|e-mail|call|warning|word|news|reply|answer|response|lecture|earful|" \
          r"dressing-down|dressing\s+down|talking-to|telling-off|scolding|rebuke|reprimand|tongue-lashing|advice|order|" \
          r"orders|reminder|visit|question)"
# Spoken to, in the passive: "X was scolded:" (X hears; speakers._PASSIVE_BY: "X was scolded by Y:" is Y's)
# (any verb of being done to, "X was berated:", "X was sworn at by Y:", but a state of mind, "X was determined:", or
# being quoted, "X was quoted:", who speaks)
_SPEAKING_STATES = r"(?:un[a-z]+ed|pleased|delighted|relieved|resigned|determined|convinced|surprised|shocked|amazed|" \
                   r"astonished|stunned|worried|concerned|frustrated|disappointed|excited|animated|reserved|guarded|" \
                   r"measured|composed|agitated|tired|exhausted|scared|frightened|terrified|embarrassed|ashamed|annoyed|" \
                   r"angered|saddened|moved|touched|haunted|troubled|bored|satisfied|dismayed|outraged|enraged|incensed|" \
                   r"heartbroken|shaken|overjoyed|jaded|conflicted|detached|subdued|muted|crestfallen|overwhelmed|humbled|" \
                   r"bewildered|baffled|puzzled|confused|alarmed|horrified|appalled|emboldened|embittered|interested|" \
                   r"prepared|tight-lipped|blunt|quoted|cited|paraphrased|recorded|filmed|taped|overheard|heard|caught|" \
                   r"interviewed|reported|photographed|pictured|described|seen|named|identified|known|inspired|tempted|" \
                   r"forced|allowed|able|proud|pained|born|raised|based|stationed|posted|married|engaged|employed|used|" \
                   r"supposed|expected|reported|rumoured|rumored|believed|thought|said|alleged|understood)"
SPOKEN_TO = r"(?:answered|interrupted|corrected|rebuked|scolded|contradicted|challenged|questioned|greeted(?:\s+with)?|" \
            r"addressed|cut\s+off|reassured|admonished|lectured|emailed|texted|messaged|reprimanded|called|shouted\s+at|" \
            r"yelled\s+at|screamed\s+at|whispered\s+to|heckled|taunted|mocked|interrogated|jeered|sworn\s+at|" \
            rf"(?!{_SPEAKING_STATES}\b)[a-z]{{3,}}(?:ed|en)(?:\s+(?:at|to|with|upon|names))?)"
_TOLD_PASSIVE = re.compile(rf"{NAME}\s+(?:(?:(?:was|were|is|are|had\s+been|has\s+been|got|gets)\s+(?:{TELLING}|told|{SPOKEN_TO})|"
                           r"(?:over)?hears?|(?:over)?heard|listened|listens|learned|learnt)(?:\s+by\s+(?:a|an|the|his|her|their)"
                           rf"\s+[a-z]+)?|(?:{_GOT_IT})\s+(?:a|an|the|this|that|his|her)\s+(?:[a-z]+\s+)?{_A_NOTE}"
                           r"[^:“”\"]{0,40}?)\s*[:,]?\s*$|"
                           rf"\b{_A_NOTE}\s+(?:(?:left|sent|written)\s+)?for\s+{NAME}(?:\s+(?:said|read|says|reads))?\s*[:,]?\s*$|"
                           rf"\b(?:answer|reply|response|message)\s+{NAME}\s+(?:got|received|was\s+given)\s+(?:was|read)\s*[:,]?\s*$|"
                           rf"\b[Ww]hat\s+{NAME}\s+(?:heard|read|was\s+told|got)\s+was\s*[:,]?\s*$|"
                           rf"{NAME}\s+(?:saw|sees|read|reads|picked\s+up|spotted|noticed|got|received|was\s+handed|found|finds)\s+"
                           r"(?:(?:a|an|the|some)\s+)?(?:[a-z]+\s+)?(?:poster|sign|banner|graffiti|graffito|slogan|billboard|"
                           r"leaflet|flyer|phone|headline|voicemail|placard|inscription|plaque|notice|caption|label|scrawl|"
                           r"writing|wall|newspaper|paper|post|tweet|card|board|message|words)[^:“”\"]{0,30}?\s*[:,]?\s*$|"
                           # "X read on a wall:", "X read in a newspaper:", "On the wall, X read:", "X saw scrawled on a wall:"
                           rf"{NAME}\s+(?:read|reads|saw|sees|found|finds|spotted|noticed)(?:\s+(?:scrawled|written|painted|"
                           r"printed|carved|etched|sprayed|posted|stencil(?:l)?ed))?(?:\s+(?:on|in|at|above|across|under)\s+"
                           r"[^:“”\"]{1,30}?)?\s*:\s*$")
_TOLD_PASSIVE_AFTER = re.compile(rf"\s*[,.!?]?\s*{NAME}\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:{TELLING}|told)|"
                                 r"(?:over)?hears|(?:over)?heard|learned|learnt|listened)\s*[.!?]?\s*$")


_TELLING = rf"(?:{TELLING}|(?:said|says|whispered|whispers|shouted|shouts|wrote|writes|confided|confides)\s+to)"
_ONE_TOLD = r"(?:(?:his|her|their|a|an|the)\s+[a-z]+\s*,\s*)?"  # "told his friend, Lin Aung"
# "“…,” he told Lin Aung.", "“…,” a man told Lin Aung.", "“…,” he told his friend, Lin Aung."
_TOLD_AFTER = re.compile(rf"\s*[,.!?]?\s*[^,.;:!?“”\"]{{1,40}}?\s{_TELLING}\s+{_ONE_TOLD}{NAME}")
# "A man told Lin Aung:", "Someone warned Lin Aung,"
_TOLD_BEFORE = re.compile(rf"(?:^|[.;!?,]\s*)[^.;!?,“”\"]{{0,60}}?\b{_TELLING}\s+{_ONE_TOLD}{NAME}(?:\s+[a-z]+){{0,3}}"
                          r"\s*[:,]?\s*$")
# "Lin Aung heard him say:", "Lin Aung listened as he said:", "Lin Aung remembers someone telling him:"
_HEARD_BEFORE = re.compile(rf"{NAME}\s+{_HEARD}")
# "“…,” he said, while X nodded.": X, beside a speaker named by a pronoun, is not the one who says it
# (or "…,” a soldier said as his brother X listened.", "…, with Capt. X at his side.")
_SOMEONE = r"(?:he|she|they|(?:a|an|one|another|the|his|her|their)\s+[a-z]+)"
_LOOKED_ON = re.compile(rf"\s*[,.!?]?\s*(?:{_SOMEONE}\s+[^,.;:“”\"]{{0,40}}?|(?:{VERB})\s+{_SOMEONE})"
                        rf"(?:,?\s+(?:while|as|and|when|with)|\s*[;—–]|,)\s+(?:(?:his|her|their|whose)\s+[a-z]+\s+)?"
                        rf"(?:(?:{'|'.join(TITLES)})\.?\s+)?{NAME}(?:\s*,[^,“”\"]{{1,40}},)?\s+(?!(?:{VERB})\b)(?:[a-z]+ed|"
                        r"[a-z]+ing|looked\s+on|sat|stood|watched|listened|nodded|smiled|wept|at\s+(?:his|her|their)\s+side|"
                        r"beside|next\s+to|by\s+(?:his|her|their)\s+side)\b")
# "“…,” he told reporters, flanked by X."
_FLANKED = re.compile(rf"\s*[,.!?]?\s*(?:{_SOMEONE}\s+[^,.;:“”\"]{{0,40}}?|(?:{VERB})\s+{_SOMEONE}),\s+(?:flanked|accompanied|"
                      rf"joined|surrounded|watched|backed)\s+by\s+(?:(?:his|her|their)\s+[a-z]+\s+)?{NAME}")
# "“…,” said the soldier, whose brother X had enlisted.", "…, said a man, a friend of X.", "…, said the soldier, X’s
# brother.", "…, said the soldier, who enlisted with X.", "…, said the soldier who, like X, stayed.": X only describes the
# one who speaks (not "…, whose name is X", "…, who asked to be called X")
_RELATIVE = r"(?:who|whom|whose)\b(?:(?!\s(?:name|named|called|known|identified|goes\s+by|introduced)\b)[^.;:!?“”\"]){0,60}?"
_ONE = r"(?:some|any)?(?:one|body)\b"  # "said one who knew X", "said someone close to X"
# "said the man X trained", "said a private X once commanded": X the subject of a clause without "whom"
_PAST = (r"(?:(?:once|had|later|first)\s+)?(?:[a-z]+ed|knew|knows|taught|led|met|meets|saw|brought|fought|hired|made|sent|"
         r"took|kept|found|had|has|trusts|misses|loves|admires|grew|lost|left|fled|shares|shared|owes)\b")
DESCRIBED = re.compile(rf"\s*[,.!?]?\s*(?:{_SOMEONE}(?:\s+[a-z]+)?\s+(?:{VERB})|(?:{VERB})\s+(?:{_ONE}|{_SOMEONE}(?:\s+[a-z]+)?))"
                       rf"(?:(?:\s*,\s*|\s+)(?:{_RELATIVE}(?<![A-Za-z])|(?:a|an|the)\s+(?:[a-z]+\s+){{1,2}}?(?:of|to|for)\s+|"
                       rf"(?:close|near|loyal|related)\s+to\s+|{BESIDE}\s+|(?={NAME}['’]s\s+[a-z]))(?:(?:{'|'.join(TITLES)})\.?\s+)?"
                       rf"{NAME}|"
                       rf"\s+(?:(?:{'|'.join(TITLES)})\.?\s+)?{NAME}\s+{_PAST})")
# "The cousin X grew up with said:", "A man X met in Thailand said:", "The man with whom X fled said:", "The man who
# recruited X told reporters:", "One close to X said:": one a clause about X describes, not X; and after the quotation
# ("“…,” one close to X told me.")
_DESCRIBING = (rf"(?:(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?[a-z-]+,?\s+|"
               rf"(?:[Oo]ne|[Ss]ome(?:one|body))\s+(?:[a-z-]+\s+){{0,2}})"
               rf"(?:(?:close|near|loyal|related)\s+to\s+{NAME}|(?:with|for|to|from|under)\s+whom\s+{NAME}|"
               rf"who\s+(?:[a-z]+\s+){{1,2}}?{NAME}|{NAME}\s+{_PAST}|,?\s*whose\s+[a-z-]+\s+(?:is|was)\s+{NAME})"
               rf"(?:\s+[\w’'-]+){{0,4}}?(?:\s*,[^,“”\"]{{1,30}},|\s*,)?\s+"
               rf"{ADVERB}(?:{VERB})")  # (a linking word before the verb: "…, however, told me:")
MET_BEFORE = re.compile(rf"(?:^|[.;!?]\s+){_DESCRIBING}{TAIL}\s*[:,]?\s*$")
MET_AFTER = re.compile(rf"\s*[,.!?]?\s*{_DESCRIBING}\b")
# "X met a soldier who told him:", "X sat beside his friend, who said:", "X lives with two men, one of whom said:", "X,
# whose friend told me “…”": one X meets or owns says them, not X
_ANOTHER_WHO = (rf"(?:(?<![A-Za-z])(?:a|an|the|his|her|their|two|three|four|five|several|some)\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+"
                rf"\s*,?\s*(?:who|that)|(?<![A-Za-z])(?:one|some|two|three|all|each|none)\s+of\s+whom|"
                rf",\s*whose\s+(?:[a-z-]+\s+){{0,2}}?[a-z-]+)"
                rf"\s+(?:[a-z]+\s+){{0,2}}?{ADVERB}(?:{VERB}){TAIL}\s*[:,]?\s*$")
ANOTHER_WHO = re.compile(_ANOTHER_WHO)
_MET_ANOTHER = re.compile(rf"{NAME}(?:['’]s)?\b[^.;:!?“”\"]{{0,80}}?{_ANOTHER_WHO}")
_VOICE_NOUNS = (r"(?:spokes(?:man|woman|person)|representatives?|officials?|head|leaders?|chair(?:man|woman)?|director|"
                r"founder|president|minister|members?|staff|volunteers?|words|statement|voice)")
# "The roommate of X said:": X's roommate, not X
_RELATION_OF = re.compile(rf"(?:^|[.;!?]\s+)(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z]+\s+)?(?!{_VOICE_NOUNS}\b)[a-z-]+\s+"
                          rf"(?:of|{BESIDE})\s+{NAME}\s+{ADVERB}(?:{VERB}){TAIL}\s*[:,]?\s*$")  # (any but its voice)
# "“…,” his mother said of X.": the one spoken of; "Asked about X, his friend said:"
_SAID_OF = re.compile(rf"\s*[,.!?]?\s*(?:he|she|they|(?:a|an|one|another|the|his|her|their)\s+[a-z]+)\s+(?:{VERB})\s+"
                      rf"(?:of|about)\s+{NAME}")
ASKED_ABOUT = re.compile(rf"(?:^|(?<=[.;!?]))\s*(?:(?i:(?:asked|questioned|speaking|talking|writing)\s+(?:about|of)|as\s+for|"
                         rf"on\s+the\s+subject\s+of|of|about|on|regarding|concerning)\s+{NAME}|"  # "Of X, his friend said:"
                         # "Asked why X left,", "When asked about X,"
                         rf"(?:When\s+|After\s+being\s+)?(?i:asked|questioned)\s+(?i:about|why|how|whether|if|what|when|"
                         rf"where)\s+(?:[^,“”\"A-Z]{{0,40}}\s)?{NAME}(?:\s+[^,“”\"]{{1,40}})?|"
                         # "Describing X,", "Mourning X,", "In defence of X,", "With X in mind," (not "Quoting X,")
                         rf"(?!(?:According|Quoting|Citing|Reading|Echoing|Paraphrasing|Repeating|Mimicking|Imitating|"
                         rf"Parroting|Translating|Interpreting|Channell?ing|Voicing)\b)[A-Z][a-z]+ing\s+(?:[a-z]+\s+){{0,2}}{NAME}"
                         rf"(?![’'])(?:\s+[a-z]+){{0,3}}|In\s+(?:defen[cs]e|memory|praise|honou?r|support)\s+of\s+{NAME}|"
                         rf"With\s+{NAME}\s+in\s+mind)\s*,")
_ASKED_ABOUT = re.compile(rf"{ASKED_ABOUT.pattern}\s*(?:he|she|they|(?:a|an|one|another|the|his|her|their)\s+[a-z]+)\s+"
                          rf"(?:(?:{VERB})|(?:was|is|were)\s+[a-z]+){TAIL}\s*[:,]?\s*$")
