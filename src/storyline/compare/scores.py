"""Scorelines: the final score of a match, as reports give it ("a 2-0 victory over Harbour Town", "were beaten
3-0 at Rovers", "Rovers 3-0 Harbour Town", "a 0-3 loss to Rovers").

A scoreline is two figures of one or two digits joined by a hyphen or a dash, in a statement that tells a result
("win", "victory", "beaten", "defeat", "loss", "draw", ...) or written between two names (a headline's "Rovers
3-0 Harbour Town"). It is read without its order: "0-3 loss" from the loser's side and "3-0 defeat" are one
score, and so are "won 2-1" and "lost 1-2"; two scorelines of one match that differ as sets of figures disagree.

One match: the names written next to each scoreline (up to ``_NEAR`` words away, in its clause) must each be
found in the other statement, and the two statements must name at least two sides between them that both
write: two matches of one club against different opponents ("a 4-0 win over Brentford" / "beaten 3-0 at
Fulham") are never compared. A statement that gives more than one scoreline (a half-time score, an aggregate),
a score of a past meeting ("last season") or a vote ("a 6-3 ruling") gives no final score here.

Does NOT tell who won: two reports swapping the winner at one score are not found.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2})\s?[-–—]\s?(\d{1,2})(?![\w,:/%-]|\.\d)")
# words that tell a result, one of which must be in a statement for its "N-M" to be a score (or the headline form)
_RESULT = re.compile(
    r"\b(?:win|wins|won|winning|winner|victory|victories|defeat|defeats|defeated|loss|losses|lost|lose|losing|"
    r"beat|beats|beaten|beating|draw|draws|drew|drawn|thrash\w*|rout\w*|triumph\w*|hammer\w*|scoreline|"
    r"sealed|clinched|edged)\b",
    re.I,
)
# a score that is not the final one of this match: a half-time score, an aggregate, a past meeting, a vote
_NOT_FINAL = re.compile(
    r"\b(?:half[- ]?time|at the break|interval|led|leading|trailing|trailed|aggregate|first leg|second leg|"
    r"penalties|shoot-?out|last season|last year|previous|reverse fixture|last time|last met|"
    r"vote|votes|voted|ruling|majority|decision|verdict|margin|ratio|odds)\b",
    re.I,
)
# how many words from a scoreline a side's name may stand
_NEAR = 5
# capitalised words that name no side: competitions, days, months, words that open a sentence
_NO_SIDE_WORDS = (
    "the a an his her their its our this that these those he she they it we premier league cup championship "
    "final division serie liga bundesliga ligue champions europa conference fa uefa fifa monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december after before following but and in on at"
)
_NO_SIDE = frozenset(_NO_SIDE_WORDS.split())
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_CLAUSE = re.compile(r"[,;:.!?()\"“”]|\s[—–]\s")


@dataclass(frozen=True, slots=True)
class Score:
    figures: tuple[int, int]  # the two figures, larger first
    written: str  # as the statement writes it
    sides: tuple[str, ...]  # the names written next to it


def _names(words: list[str]) -> list[str]:
    """The runs of capitalised words in ``words`` that may name a side ("Aston Villa's" -> "Aston Villa")."""
    out: list[str] = []
    run: list[str] = []
    for w in [*words, ""]:
        bare = re.sub(r"['’]s$", "", w).strip("'’")
        if bare and _NAME_WORD.fullmatch(bare) and bare.lower() not in _NO_SIDE:
            run.append(bare)
            if bare != w:  # a possessive ends the name
                out.append(" ".join(run))
                run = []
            continue
        if run:
            out.append(" ".join(run))
            run = []
    return out


def _near(text: str, start: int, end: int) -> tuple[str, ...]:
    before = _CLAUSE.split(text[:start])[-1].split()[-_NEAR:]
    after = _CLAUSE.split(text[end:])[0].split()[:_NEAR]
    return tuple(dict.fromkeys(_names(before) + _names(after)))


@functools.lru_cache(maxsize=1 << 14)
def final_score(text: str) -> Score | None:
    """The one final score a statement gives, with the names written next to it; None when it gives none, or
    more than one scoreline (see the module docstring)."""
    found = list(_SCORE.finditer(text))
    if len(found) != 1 or _NOT_FINAL.search(text):
        return None
    m = found[0]
    sides = _near(text, m.start(), m.end())
    headline = bool(_names(text[: m.start()].split()[-2:])) and bool(_names(text[m.end() :].split()[:2]))
    if not sides or not (_RESULT.search(text) or headline):
        return None
    x, y = int(m.group(1)), int(m.group(2))
    return Score(figures=(max(x, y), min(x, y)), written=m.group(0), sides=sides)


def _writes(text: str, name: str) -> bool:
    """Whether ``text`` names the side ``name``: one of its words of three letters or more ("Villa" for "Aston
    Villa"), as a word."""
    return any(
        re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in name.split() if len(w) >= 3
    )


def same_match(a: str, b: str) -> bool:
    """Whether two statements each give a final score (``final_score``) of one match (see the module
    docstring)."""
    sa, sb = final_score(a), final_score(b)
    if sa is None or sb is None:
        return False
    if not all(_writes(b, n) for n in sa.sides) or not all(_writes(a, n) for n in sb.sides):
        return False
    sides: list[str] = []
    for n in (*sa.sides, *sb.sides):
        if not any(_writes(n, m) or _writes(m, n) for m in sides):
            sides.append(n)
    return len(sides) >= 2


def score_conflict(a: str, b: str) -> str | None:
    """Why two statements disagree on the final score of one match ("2-0 vs 3-0 score"), or None."""
    if not same_match(a, b):
        return None
    sa, sb = final_score(a), final_score(b)
    assert sa is not None
    assert sb is not None
    if sa.figures == sb.figures:
        return None
    return f"{sa.written} vs {sb.written} score"
