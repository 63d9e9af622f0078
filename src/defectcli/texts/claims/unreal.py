"""Words that make a claim no act or no real saying, for negation.py: a mind, talk or readiness about
an act ("was afraid to defect", "talked of enlisting"), and a quotation set in fiction or taken back
("said in a movie", "words he has since walked back")."""

from __future__ import annotations

from ...text import words_of
from .cancelled import cancelled
from .denials import corrected, taken_back, takes_back

# Verbs of what a claim dates or counts, as "rather than" may set them aside.
ACTS = frozenset(("enlist", "join", "defect", "desert", "serve", "fight", "flee", "stay", "remain", "quit", "leave",
                  "surrender", "go"))


# A state of mind, talk or readiness about an act, which is not the act: "was afraid to defect", "talked of
# enlisting", "was contemplating defection", "in the process of enlisting".
_MIND_TO = frozenset(words_of("""frightened scared afraid reluctant unwilling hesitant loath loth preparing prepares itched
    itching itches minded inclined nervous ready poised likely unlikely tempted hesitated hesitating started starting"""))
_MIND_OF = frozenset(words_of("""thought thinking thinks spoke speaking speaks talked talking talks wrote writing writes
    dreamed dreamt dreaming nervous afraid scared frightened worried worrying contemplating considering fantasised
    fantasized fantasising fantasizing joked joking process idea prospect possibility notion"""))
_WEIGHING = frozenset(words_of("""contemplating contemplated contemplates considering considered considers mulling mulled
    weighing weighed pondering pondered discussing discussed debating debated"""))
_ACT_NOUNS = frozenset(words_of("defection desertion enlistment enlisting joining defecting deserting quitting leaving"))


def minded(words: list[str], k: int) -> bool:
    """Whether words[k] says a mind, talk or readiness about an act that follows it, not the act."""
    w, nxt = words[k], words[k + 1:k + 2]
    after = words[k + 2] if k + 2 < len(words) else ""
    act = after in ACTS or after in _ACT_NOUNS or (after.endswith("ing") and len(after) > 5)
    if w in _MIND_TO and nxt == ["to"] and (after in ACTS or after in ("enter", "sign", "take", "switch")):
        return True
    if w in _MIND_OF and nxt in (["of"], ["about"]) and act:
        return True
    return w in _WEIGHING and nxt != [] and (nxt[0] in _ACT_NOUNS or nxt[0] in ("to", "whether"))


def unreal_after(words: list[str], k: int) -> bool:
    """Whether what follows a quotation (from words[k] to the sentence's end) sets it in fiction or a game
    ("said in a movie", "in a staged interview", "in an April Fool's piece") or takes it back anywhere
    ("…, words he has since walked back", "…, though he now says he was misquoted", "…, the junta claims
    falsely"). A real setting stays: "in an interview", "in a statement", "in a video"."""
    end = next((j for j in range(k, len(words)) if words[j] in (".", "!", "?", "“", "\"")), len(words))
    after, sentence = words[k:end], words[:end]  # fiction said before it too: "In a movie, Lin Aung said: “…”"
    for j, w in enumerate(sentence):
        if w in ("in", "during", "for") and sentence[j + 1:j + 2] in (["a"], ["an"], ["the"], ["his"], ["her"]) and \
                (set(sentence[j + 2:j + 5]) & _FICTION or sentence[j + 2:j + 4] == ["short", "story"]):
            return True
    return any((w in RETRACTED or taken_back(after, j) or corrected(after, j)) and not cancelled(after, j) and
               takes_back(after[j + 1:next((x for x in range(j, len(after)) if after[x] in _MARKS), len(after))])
               for j, w in enumerate(after))  # (not "he has since retracted his claim that he was paid", nor
    # "words he has never retracted")


_MARKS = frozenset((",", ";", ":", "(", ")", "—", "–"))
# What a quotation may be said in that is no one's real word: "in a movie", "in a staged interview".
_FICTION = frozenset(words_of("""movie movies film cartoon novel fable play sketch skit sitcom drama comedy satire parody
    spoof rap song poem comic joke dream nightmare hypothetical simulation game rehearsal reenactment roleplay role
    thought fiction fantasy prank meme mockumentary musical opera script scripted staged mock edited fictionalised
    fictionalized imagined imaginary satirical fake fabricated invented doctored april spoof scene screenplay teleplay
    screenwriter storyboard novella miniseries soap docudrama animation animated puppet tale fairy cartoonist comedian
    hypothetically imitation impression impersonation"""))
# What says, after a quotation, that it was taken back or never so: "a remark he has since walked back".
RETRACTED = frozenset(words_of("""misquoted misattributed wrongly falsely retracted retracts retracting withdrawn
    withdrew withdrawing recanted recants disowned disavowed fabricated rescinded rescinds backtracked backtracks
    backpedalled backpedaled"""))
