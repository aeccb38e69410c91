"""Since when someone has held a post, and reports that disagree on it.

"Altman ... has led the firm that launched ChatGPT a year ago ... since 2019" and "Altman had been CEO since
founding OpenAI in 2015" say when one man's time at the head of one company began, in different years. Such
statements rarely align (their other words differ), so ``tenures_across`` sets them against each other wherever
alignment put them, as ``storyline.compare.across`` does for tolls and shares.

A tenure is read from one statement: a person the story knows (the first one named before "since"), a post
(``_POSTS``: leading, in any of its words, is one post; "president" and "board member" are posts of their
own), and the year after "since" ("since 2019", "since founding OpenAI in 2015", "since taking over in
2021"). A statement of a change ("was named CEO in 2019", "took over") gives no "since" and is not read.

Does NOT read a tenure given by a span ("for four years"), an end ("until 2019"), or one told of a body
("the party has ruled since 1994"); two posts in one statement give none (which one "since" tells is not
said).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.compare.across import Draft, MentionsFn, set_against, worded
from storyline.compare.align import Unit
from storyline.compare.quantities import Quantity

# what a disagreement on a tenure is on, before the holder and the post ("tenure:sam altman:lead")
_TENURE = "tenure:"

# posts by the words that tell them; every way of saying one is at the head of something is one post, "lead"
_POSTS: dict[str, str] = {
    "led": "lead", "leads": "lead", "headed": "lead", "heads": "lead", "run": "lead", "ran": "lead",
    "runs": "lead", "helmed": "lead", "ceo": "lead", "chief executive": "lead", "chief executive officer": "lead",
    "leader": "lead", "head": "lead", "boss": "lead",
    "president": "president", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
    "prime minister": "prime minister", "minister": "minister", "governor": "governor", "mayor": "mayor",
    "coach": "coach", "manager": "manager", "director": "director", "board member": "board member",
    "editor": "editor", "captain": "captain",
}  # fmt: skip
_POST = re.compile(r"\b(?:" + "|".join(sorted((re.escape(k) for k in _POSTS), key=len, reverse=True)) + r")\b", re.I)
# "since 2019", "since founding OpenAI in 2015", "since taking over the club in 2021", "since its founding in 2015"
_SINCE = re.compile(
    r"\bsince\s+(?:(?:its|the|his|her|their)\s+)?(?:(?:co-?)?found(?:ing|ed)|joining|taking\s+over|"
    r"creation|inception|launch(?:ing)?)?(?:\s+[\w’'.-]+){0,4}?\s*(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|\bsince\s+(?P<bare>(?:19|20)\d\d)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Tenure:
    holder: str  # the person's name as the story knows it
    post: str  # the post's class ("lead", "president")
    year: int
    written: str  # "since 2019", "since founding OpenAI in 2015"
    start: int  # where in the statement the tenure is told, post included
    end: int


def tenures(text: str, people: Sequence[tuple[int, int, str]]) -> list[Tenure]:
    """The tenure a statement tells, if one: ``people`` are the person mentions in it (offsets in ``text``,
    name). Empty when it names no person before "since", tells no post or two, or tells no year after "since".

    >>> tenures("Altman had been CEO since founding OpenAI in 2015.", [(0, 6, "Sam Altman")])[0].year
    2015
    """
    found = list(_SINCE.finditer(text))
    if len(found) != 1:
        return []
    since = found[0]
    holders = [p for p in people if p[1] <= since.start()]
    posts = {_POSTS[m.group(0).lower()] for m in _POST.finditer(text, 0, since.start())}
    if not holders or len(posts) != 1:
        return []
    holder = holders[0]
    post_at = min(m.start() for m in _POST.finditer(text, 0, since.start()))
    year = int(since.group("year") or since.group("bare"))
    written = " ".join(since.group(0).split())
    return [Tenure(holder[2], posts.pop(), year, written, min(holder[0], post_at), since.end())]


def tenures_across(
    drafts: list[Draft], mentions: MentionsFn | None, names: Mapping[str, tuple[str, str]]
) -> list[Draft]:
    """Drafts where the reports' different first years of one person's post stand against each other, wherever
    alignment put them (see the module docstring). A speaker's own words are left out, and one report on two
    sides is none (refuse to guess)."""
    told: dict[tuple[str, str], list[tuple[Tenure, Unit]]] = {}
    for draft in drafts:
        for u in draft.units:
            if worded(u) or mentions is None:
                continue
            people = [
                (s - u.span.start, e - u.span.start, names[k][0])
                for s, e, k in mentions(u.span)
                if k in names and names[k][1] == "PERSON"
            ]
            for t in tenures(u.text, people):
                told.setdefault((t.holder, t.post), []).append((t, u))
    out = list(drafts)
    for (holder, post), found in told.items():
        years = sorted({t.year for t, _ in found})
        if len(years) < 2:
            continue
        sides = [[(t, u) for t, u in found if t.year == y] for y in years]
        reports = [{u.report for _, u in side} for side in sides]
        if sum(len(r) for r in reports) != len(set().union(*reports)):
            continue
        held = "at the head" if post == "lead" else f"as {post}"
        why = f"{holder} {held} " + " vs ".join(f"since {y}" for y in years)
        as_counts = [[(_placed(t), u) for t, u in side] for side in sides]
        out = set_against(out, f"{_TENURE}{holder.lower()}:{post}", as_counts, why=why, update=False)
    return out


def _placed(t: Tenure) -> Quantity:
    """A tenure as a figure placed in its statement, for ``across.clause`` to cut its clause out."""
    return Quantity(value=t.year, unit="year", low=t.year, high=t.year, written=t.written, start=t.start, end=t.end)
