"""The one-time act a timeline sentence tells on its date: "the rocket launched Wednesday", "lifted off at 1:47
a.m.", "The liftoff on Wednesday comes after ...", "blasted off ... at 1:48 a.m." all tell one launch.

Word overlap (``timeline_lines``) cannot join such retellings when the act's word is the story's own ("launch"
in a story that also tells two scrubbed launch attempts, on other days: ``common_words``) and the reports word
it differently ("liftoff", "blasted off"). The act is read here from a short list of one-time acts, each with
the words that name it (``_ACTS``), and only as the act the date is given for: the nearest act word before the
date in its sentence, with no reporting verb between ("Sunak said on Tuesday he had accepted the resignation"
gives Tuesday to the saying, not to the resignation), or the act a date names as its own ("Wednesday's launch",
"The Wednesday blasts").

No act is read for a date told as one to come ("is set to launch on Friday"), nor for an act told as failed or
put off ("the first unsuccessful launch ... in August", "scrubbed the launch", "launch attempts"): those are
other events of the same word. Crude: a word list, not a parse; an act not in the list is told by no act.
"""

from __future__ import annotations

import re

from storyline.extract.timex_tense import tense_direction
from storyline.model import Span

__all__ = ["act_of", "many_acts"]

# one-time acts, each with the lower-case words that name it (a capitalised "Launch" is a name's: "Space Launch
# System")
_ACTS: dict[str, str] = {
    "launch": r"launch(?:ed|es|ing)?|lift(?:ed|s|ing)?[\s-]?off|blast(?:ed|s|ing)?[\s-]?off|took\s+off|takeoff"
    r"|set\s+off\s+on|embark(?:ed|s)?\s+on",
    "resign": r"resign(?:ed|s|ation)|stepped\s+down",
    "arrest": r"arrest(?:ed|s)?",
    "land": r"land(?:ed|ing)|touch(?:ed|es)?\s+down|touchdown|splash(?:ed|es)?\s*down|splashdown"
    r"|parachut(?:ed|es|ing)\s+(?:in|into|onto|down)",
    "crash": r"crash(?:ed|es)?|collided|collision",
    "aground": r"ran\s+aground|grounding",
    "derail": r"derail(?:ed|ment)",
    "erupt": r"erupt(?:ed|ion|s)",
    "explode": r"explo(?:ded|sion)|blasts?",
}
_ACT = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{name}>{forms})" for name, forms in _ACTS.items()) + r")(?![\w-])")
# a reporting verb: a date after it is the saying's ("NASA said Wednesday the launch ...")
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|announced|confirmed|reported|added|wrote|tweeted|posted|stated|explained)\b"
    r"|[;:]",
    re.I,
)
# an act told as failed, put off or only tried: in the words just before it ("first unsuccessful launch", "scrubbed
# the launch", "the planned launch") or just after ("launch attempts", "launch was scrubbed")
_UNDONE = re.compile(
    r"(?i:\b(?:unsuccessful|failed|failure|scrub\w*|abort\w*|delay\w*|postpon\w*|cancel\w*|halt\w*|attempt\w*|"
    r"planned|scheduled|expected|called\s+off|try|tried|trying|no|not|never|rehearsal)\b)"
)
_WORDS_AFTER = re.compile(r"^(?:\s+\S+){0,2}")
# a date that names its act as its own: "Wednesday's launch", "Wednesday’s historic liftoff"
_OWN_ACT = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}?(?=" + _ACT.pattern + ")")
# ... or a date set before its act's word as its modifier, after an article: "The Wednesday blasts", "a Friday launch"
_MODIFIED_ACT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?=" + _ACT.pattern + ")")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
# a clause of time or a relative clause the act's word opens: "when the grounding happened", "which took off"
_SUBORDINATE = re.compile(r"\b(?:when|while|as|after|before|once|until|since|which|that|who)\s+(?:\S+\s+){0,2}$", re.I)
# how far before its date an act's word may stand in its sentence
_REACH = 120


def act_of(text: str, sent: Span, at: Span) -> tuple[str, bool]:
    """The act ("launch", "resign", ...) the date at ``at`` is given for in its sentence ``sent``, or "" (see the
    module docstring); and whether the sentence tells it in its own main clause, not in a clause of time or a
    relative one ("the ship had two pilots aboard when the grounding happened around 7:45 am"), which tells the act
    less plainly."""
    if tense_direction(text, at.start, at.end) > 0:
        return "", False
    start = max(sent.start, at.start - _REACH)
    said = list(_SAYING.finditer(text, start, at.start))
    start = said[-1].end() if said else start
    found = list(_ACT.finditer(text, start, at.start))
    own = _OWN_ACT.match(text, at.end)
    if own is None and _ARTICLE_BEFORE.search(text, max(0, at.start - 5), at.start):
        own = _MODIFIED_ACT.match(text, at.end)
    if own is not None:
        after = _ACT.match(text, own.end(), sent.end)
        found = [after] if after is not None else found
    if not found:
        return "", False
    act = found[-1]
    if _undone(text, sent, act):
        return "", False
    name = next(name for name, word in act.groupdict().items() if word)
    return name, _SUBORDINATE.search(text, sent.start, act.start()) is None


def _undone(text: str, sent: Span, act: re.Match[str]) -> bool:
    """Whether the act is told as failed, put off or only tried, in the words around it (``_UNDONE``)."""
    lead = text[sent.start : act.start()]
    # the last three words before the act, when whitespace parts them from it (split, not a regex: a regex
    # anchored at the end backtracks over every position of a long unbroken run)
    before = " ".join(lead.split()[-3:]) if lead[-1:].isspace() else ""
    after = _WORDS_AFTER.match(text, act.end(), sent.end)
    near = before + " " + (after.group() if after else "")
    return _UNDONE.search(near) is not None


# an act's noun in the plural ("Two explosions", "The Wednesday blasts"), and the words of a stretch between two
# acts ("13 hours apart", "over a span of 13 hours")
_PLURAL_ACT = re.compile(
    r"^(?:explosion|blast|launche|crashe|collision|eruption|landing|arrest|derailment|resignation|grounding)s$"
)
_STRETCH = frozenset({"apart", "span"})


def many_acts(words: frozenset[str]) -> bool:
    """Whether a sentence's content words tell more than one act, or the stretch between two: "Two explosions
    over a span of 13 hours rocked the plant on Wednesday" tells neither at one clock time."""
    return bool(words & _STRETCH) or any(_PLURAL_ACT.match(w) for w in words)
