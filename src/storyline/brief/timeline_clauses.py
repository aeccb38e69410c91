"""The clause of a sentence a date belongs to, when the sentence joins two acts of their own subjects.

"Senators Vell and Orsk crossed the floor against the bill and MP Dana Kory also broke with her party in the
lower house on Wednesday": the Wednesday is Kory's vote, told in a second clause with a subject of its own; the
senators' vote, in the first clause, is not dated by it (the reports put it on Thursday). Filed whole under
Wednesday, the line would tell two days' acts as one; filed as its clause, it tells only the act of its day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.model import Span, TimeExpr

# "and" opening a clause with a subject of its own: a capitalised name or title (up to five words) and then a verb
# with a tense, maybe after an adverb: "and Liberal MP Dana Kory also broke", "and Mayor Orsk voted"
_NEW_SUBJECT = re.compile(
    r",?\s+and\s+(?=(?:[A-Z][\w’'.-]*\s+){1,5}(?:(?:also|later|then|too|earlier)\s+)?"
    r"(?:\w{3,}ed|broke|went|took|made|won|lost|gave|held|told|said|sent|spoke|wrote|ran|met|left|began)\b)"
)
# a verb with a tense in the first clause, so that it tells an act of its own: "crossed", "voted"
_FIRST_VERB = re.compile(r"\b(?:\w{3,}ed|broke|went|took|made|won|lost|gave|held|told|said|sent|spoke|wrote|ran)\b")


def own_clause(text: str, sent: Span, tx: TimeExpr, timexes: Sequence[TimeExpr]) -> Span:
    """The part of ``sent`` the date ``tx`` dates: the last clause with a subject of its own that holds it, when
    the clauses before it tell an act and no date of theirs; else the whole sentence."""
    joins = list(_NEW_SUBJECT.finditer(text, sent.start, tx.span.start))
    if not joins:
        return sent
    join = joins[-1]
    if _FIRST_VERB.search(text, sent.start, join.start()) is None:
        return sent
    if any(t is not tx and t.type in ("DATE", "TIME") and sent.start <= t.span.start < join.start() for t in timexes):
        return sent  # the first clause has a date of its own: the sentence is filed under each
    start = join.end()
    return Span(article=sent.article, start=start, end=sent.end)
