"""Amounts of money that are parts of one award or one bill: what each part is for, and the whole they make up.

A verdict, a settlement or a budget is told as a total and as its parts ("more than $148 million total in damages";
"$75 million in punitive damages"; "$16,998,000 for Moss on defamation"; "$20 million to each of them for emotional
suffering"). Two amounts told for two named purposes are two parts, not two figures of one amount, and a part
named for its purpose is no figure of the total it is part of: a reader must never be shown "$75m vs $148m" or
"$16.998m vs $20m" as a disagreement.

Does NOT parse: the purpose is read from the words right after the figure ("in punitive damages", "on
defamation", "for emotional suffering") or right before it ("compensatory damages of $16.2 million"); a name
("for Moss") is whom the amount goes to, no purpose. The total is marked by its own word ("total", "in all",
"combined", "verdict", damages of no kind) next to the figure.
"""

from __future__ import annotations

import re
from typing import Protocol


class _Amount(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> float: ...


# the words after a figure up to the clause's end ("in punitive damages to both plaintiffs")
# ("$7 million to Ms. Ruiz on libel": a title's point ends no clause)
_AFTER = re.compile(r"(?P<words>(?:\b(?:Mr|Ms|Mrs|Dr)\.|[^,;:.!?()\"“”]){0,80})")
_FIGURE_TAIL = re.compile(r"\s*(?:[\d.,]+\s*)?(?:million|billion|thousand|mn|bn|m|b|k)?\b", re.I)
# a purpose: "in punitive damages", "on defamation", "for emotional suffering" (what follows up to the next
# preposition or conjunction)
_PURPOSE = re.compile(r"\b(?:in|on|for)\s+(?P<what>(?:(?!(?:to|for|on|in|and|as|of|from|with|by)\b)[\w’'-]+\s*){1,4})")
# "compensatory damages of $16.2 million": the kind of damages named right before the figure
_KIND_BEFORE = re.compile(r"\b(?P<what>[a-z][\w-]*)\s+(?:damages|fines?|awards?)\s+(?:of|totall?ing|worth)\s+"
                          r"(?:(?:more\s+than|over|about|nearly|almost|some|roughly)\s+)?$")
# words that name no purpose of their own: an amount's generic heads, determiners, pronouns
_GENERIC = frozenset({
    "damages", "damage", "total", "totals", "all", "combined", "altogether", "overall", "compensation", "payment",
    "payments", "award", "awards", "money", "cash", "sum", "sums", "amount", "amounts", "the", "a", "an", "each",
    "both", "them", "him", "her", "his", "their", "its", "it", "us", "me",
})
# a verdict's or a judgment's amount ("their $148 million verdict") and damages of no kind ("$148 million in
# damages") are the whole award too
_TOTAL_AFTER = re.compile(r"\s*(?:(?:in\s+)?total\b|in\s+all\b|combined\b|altogether\b|all\s+told\b"
                          r"|(?:civil\s+)?(?:verdict|judge?ment)s?\b|in\s+damages\b)", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:a\s+total\s+of|total(?:ing|ling)?|combined|overall)\s+(?:(?:more\s+than|over|about|"
                           r"nearly|almost|some|roughly)\s+)?$", re.I)
_TOTAL_WORD = re.compile(r"\b(?:total|in\s+all|combined|altogether|verdict|judge?ment)\b", re.I)
_BEFORE_REACH = 40


def purpose_of(text: str, q: _Amount) -> frozenset[str]:
    """The words that name what an amount is for ("punitive", "defamation", "emotional suffering"), lower case;
    empty when its sentence names none."""
    tail = _FIGURE_TAIL.match(text, q.end)
    after = _AFTER.match(text, tail.end() if tail else q.end)
    words: set[str] = set()
    if after is not None:
        for m in _PURPOSE.finditer(after.group("words")):
            words |= {w.lower() for w in m.group("what").split() if not w[:1].isupper()}
    if kind := _KIND_BEFORE.search(text[max(0, q.start - _BEFORE_REACH) : q.start]):
        words.add(kind.group("what").lower())
    return frozenset(words - _GENERIC)


def is_total(text: str, q: _Amount) -> bool:
    """Whether an amount is told as the total of its parts ("more than $148 million total in damages", "a total
    of $148 million")."""
    if _TOTAL_WORD.search(text, q.start, q.end):
        return True  # the figure's own words may take the word in ("more than $148 million total")
    tail = _FIGURE_TAIL.match(text, q.end)
    return bool(_TOTAL_AFTER.match(text, tail.end() if tail else q.end)) or bool(
        _TOTAL_BEFORE.search(text[max(0, q.start - _BEFORE_REACH) : q.start])
    )


def two_parts(a: str, x: _Amount, b: str, y: _Amount) -> bool:
    """Whether two amounts are no figures of one amount: each is named for its own purpose and the purposes share
    no word ("on defamation" / "for emotional suffering"), or one is the total and the other a smaller part named
    for a purpose the total is not told for ("more than $148 million total" / "$75 million in punitive damages");
    "$4 billion for the site" / "a total of $5 billion for the site" still disagree."""
    px, py = purpose_of(a, x), purpose_of(b, y)
    if px and py and not px & py:
        return True
    # "a combined $75 million in punitive damages" is the whole of one kind, still a part of the whole award
    return (is_total(a, x) and bool(py - px) and y.value < x.value) or (
        is_total(b, y) and bool(px - py) and x.value < y.value
    )
