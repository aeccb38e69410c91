"""The thing whose start a timeline sentence dates: "the strike began on Sunday", "The strike started on
Tuesday", "after the fighting broke out Friday"; and the words of what a sentence says lasts until its date
("extend the master contract until January 15").

A thing starts once: two reports (or one report in two places) that date the start of one thing on two days of
one week disagree, however few of their other words the sentences share (a clause about ships held outside the
ports "before the strike began on Sunday" shares almost none with "The strike started on Tuesday after talks
failed"). ``timeline_groups`` marks such entries as disputed by each other. The thing is read as the noun right
before the start verb ("strike" of "the strike began"), after a determiner; a start told as one to come ("the
strike will begin on Sunday") or of a thing not named by a noun ("it started on Monday") dates nothing here.
Crude: the noun's word, not what it refers to ("the strike" of two unions in one story is one strike here).

A thing told to last until a day ends then: "renew the contract ... until January 12" in one report and "extend
the master contract until Jan. 15" in others give one deadline two days (``end_words``: the words of the clause
before "until", of which two such sentences must share one).
"""

from __future__ import annotations

import re

from storyline.brief.text import content_words
from storyline.extract.timex_tense import tense_direction
from storyline.model import Span

__all__ = ["end_words", "start_of"]

# a determiner, up to two describing words, the noun, a start verb in the past, and what may stand between it and
# the date: "the strike began on", "the three-day walkout started early on", "the fighting broke out late"
_STARTED = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z-]{2,})\s+"
    r"(?:began|started|broke\s+out|kicked\s+off|got\s+under\s*way)\s+(?:(?:early|late)\s+)?(?:on\s+)?$",
    re.I,
)
# how far before its date the start's words may stand
_REACH = 80


def start_of(text: str, sent: Span, at: Span) -> str:
    """The noun of the thing whose start the date at ``at`` is given for in its sentence ``sent`` ("strike"), in
    lower case; "" when the date gives no start, or a start to come."""
    if tense_direction(text, at.start, at.end) > 0:
        return ""
    found = _STARTED.search(text, max(sent.start, at.start - _REACH), at.start)
    return found.group("noun").lower() if found else ""


# "until" (or "through") right before the date: what the clause before it tells lasts until that day
_UNTIL = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+)?$", re.I)
# the clause's opening: a stop, a semicolon, a dash or a comma before the words told to last
_CLAUSE_OPEN = re.compile(r"[.;:!?—–,(]\s*(?=[^.;:!?—–,(]*$)")
# how many of the clause's last words tell what lasts
_END_WORDS = 10


def end_words(text: str, sent: Span, at: Span) -> frozenset[str]:
    """The content words of what the sentence ``sent`` says lasts until the date at ``at`` ("extend the master
    contract until Jan. 15": master, contract, extend), its last ``_END_WORDS`` words before "until"; none when
    the date does not follow "until" or "through"."""
    until = _UNTIL.search(text, max(sent.start, at.start - 20), at.start)
    if until is None:
        return frozenset()
    lead = text[sent.start : until.start()]
    words = " ".join(lead.split()[-_END_WORDS:])
    return content_words(words)
