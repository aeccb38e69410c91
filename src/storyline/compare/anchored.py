"""One act told by reports in other words, joined by what pins it down: a find on one day ("first discovered the
breach on Jan. 5" / "first identified the malicious activity on Jan. 5"), a paper in one journal ("published today
in the journal Nature" / "a paper published the same day in Nature"), a payment of one sum ("has agreed to pay at
least $10.3 billion to settle lawsuits" / "announced a $10.3 billion national settlement").

``storyline.compare.facts.join_deeds`` joins statements whose doer and act it reads plainly; these are often told
as what a speaker said ("T-Mobile said it first discovered ..."), by a description ("The company said ...") or in
the passive ("The findings were published ..."), and left as one single-source fact per report. A shallow
reading, no parse.

WHY so narrow: a join claims that reports tell one thing. Only a few acts are joined, each only by the anchor that
tells one such act from another: an exact day of a month for a find, the journal's name for a paper, the sum for
a payment; never when the two give other figures apart, name no common story entity where both name one, or share
a report, and never a conflict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from storyline.calendar_words import MONTH_ABBREVIATIONS, MONTHS, alternation
from storyline.compare.across import Draft, joined_clusters
from storyline.compare.align import Unit

_MONTH = alternation(MONTHS + MONTH_ABBREVIATIONS)
# a day of a month written out ("Jan. 5", "January 5", "5 January")
_DAY = re.compile(rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})\b|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\b)")
# a journal a paper is published in, named after "in" ("in the journal Nature", "in Science Advances")
_JOURNAL = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:peer-reviewed\s+|scientific\s+)?journal\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)"
)
# a sum of money ("$10.3 billion", "$59.5bn")
_SUM = re.compile(r"(?:US)?\$\s?(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>billion|bn|million|mn|m|trillion)?\b",
                  re.IGNORECASE)
_SCALE = {"bn": "billion", "mn": "million", "m": "million"}
# the acts joined, each told by any of its verbs
_FIND = re.compile(r"\b(?:discover(?:ed|s)?|identif(?:ied|ies|y)|uncover(?:ed|s)?)\b", re.IGNORECASE)
_PUBLISH = re.compile(r"\bpublish(?:ed|es)?\b", re.IGNORECASE)
# (a payment told by its settlement only when one is announced, reached or agreed: "the largest settlement 3M has
# made" tells what the payment is, not that it was agreed)
_PAY = re.compile(
    r"\b(?:(?:agree[sd]?|agreeing)\s+to\s+pay|(?:will|to)\s+pay|paid|pays|(?:announc|reach|agree|strik)\w*\s+"
    r"(?:a|an|the)\s+(?:(?!\.\s)[^;:]){0,60}?settlement)\b",
    re.IGNORECASE,
)
# a verb told as not done, or as what may yet be done: no act to join
_NOT_DONE = re.compile(r"\b(?:not|never|no|yet\s+to|could|may|might|would)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _done(verb: re.Pattern[str], text: str) -> bool:
    return any(not _NOT_DONE.search(text[: m.start()]) for m in verb.finditer(text))


def _days(text: str) -> set[str]:
    out = set()
    for m in _DAY.finditer(text):
        month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        out.add(f"{month[:3].lower()}-{int(day)}")
    return out


def _journals(text: str) -> set[str]:
    return {m.group("name").lower() for p in _PUBLISH.finditer(text) for m in _JOURNAL.finditer(text, p.end())}


def _sums(text: str) -> set[str]:
    out = set()
    for m in _SUM.finditer(text):
        scale = (m.group("scale") or "").lower()
        out.add(f"{m.group('figure').replace(',', '')} {_SCALE.get(scale, scale)}".strip())
    return out


# each act: its verbs and what pins one such act down
_ACTS: tuple[tuple[re.Pattern[str], Callable[[str], set[str]]], ...] = (
    (_FIND, _days),
    (_PUBLISH, _journals),
    (_PAY, _sums),
)


def anchors(text: str) -> set[tuple[int, str]]:
    """``(act, anchor)`` for each act of ``_ACTS`` a statement tells as done, with what pins it down: "first
    discovered the breach on Jan. 5" gives the find of ``jan-5``."""
    return {(n, a) for n, (verb, of) in enumerate(_ACTS) if _done(verb, text) for a in of(text)}


# a figure standing as a word of its own: not part of a name ("3M", "F-35")
_FIGURE = re.compile(r"(?<![\w.-])\d[\d,]*(?:\.\d+)?(?![\w-])")


def _figures(draft: Draft) -> set[str]:
    """The plain figures of a draft's statements, but for days of a month (the anchor of a find) and figures in
    names ("3M")."""
    out = set()
    for u in draft.units:
        days = [(m.start(), m.end()) for m in _DAY.finditer(u.text)]
        out |= {m.group(0).replace(",", "") for m in _FIGURE.finditer(u.text)
                if not any(a <= m.start() < b for a, b in days)}
    return out


def _named(draft: Draft) -> frozenset[str]:
    return frozenset(e for u in draft.units for e in u.named)


def _unit_anchors(u: Unit) -> set[tuple[int, str]]:
    return anchors(u.text)


def join_anchored(drafts: list[Draft]) -> list[Draft]:
    """Join facts of different reports telling one act of ``_ACTS`` with one anchor (``anchors``): the same day
    of a find, the same journal of a paper, the same sum paid. Not when the two give other figures apart ("agreed
    to pay $10.3 billion over 13 years" is not told by "announced a $10.3 billion settlement"), when each names
    story entities and none in common, when they share a report, nor a conflict."""
    found = {n: set().union(*(_unit_anchors(u) for u in d.units)) for n, d in enumerate(drafts) if not d.rivals}
    cluster = list(range(len(drafts)))
    members: dict[int, list[int]] = {n: [n] for n in range(len(drafts))}
    for n, m in itertools.combinations(sorted(found), 2):
        cn, cm = cluster[n], cluster[m]
        if cn == cm or not found[n] & found[m]:
            continue
        a, b = members[cn], members[cm]
        if {u.report for k in a for u in drafts[k].units} & {u.report for k in b for u in drafts[k].units}:
            continue
        if set().union(*(_figures(drafts[k]) for k in a)) != set().union(*(_figures(drafts[k]) for k in b)):
            continue
        named_a = frozenset().union(*(_named(drafts[k]) for k in a))
        named_b = frozenset().union(*(_named(drafts[k]) for k in b))
        if named_a and named_b and not named_a & named_b:
            continue
        members[cn].extend(members.pop(cm))
        for k in members[cn]:
            cluster[k] = cn
    if len(members) == len(drafts):
        return drafts
    return joined_clusters(drafts, members, cluster)
