"""Which figures of one toll a brief sets against each other, once they are sorted into sides that agree
(``storyline.compare.across.tolls_across``).

A toll told across a story's reports is often a string of bulletins: "at least 11 dead" in the first news, "16" an
hour later, "21" by evening and "42 bodies found" the next day. Each bulletin is a side, and the reader should see
them all in one conflict, marked as possible successive updates, not the two highest alone. A figure far below the
largest may also be a part of the toll (five from one family) or another toll; it is kept only when other figures
link it to the largest, each at most ``far`` times the next (a string of updates), and a count of the missing is
kept however low it has fallen (the missing are found, dead or alive, and their count falls: "25 unaccounted
for", then "four still missing").

A report on two sides is mostly a misreading (a headline rounding its own figure), and then nothing is set
against anything; but a report that tells an earlier figure and marks another as the latest ("Local officials
reported 11 dead ... According to the latest report, 16 miners died") tells two bulletins itself.

Does NOT order the sides by time: the reports' dates are not known here; ``across.set_against`` orders figures
by size, which is the order of a rising toll's bulletins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from storyline.calendar_words import MONTHS, month_spellings
from storyline.compare.align import Unit
from storyline.compare.conflicts import FAR, Quantity, agree
from storyline.compare.quantities import within_rounding
from storyline.compare.updates import UPDATE, superseded_figure

Side = Sequence[tuple[Quantity, Unit]]

# the tolls a disaster's bulletins revise upward through the day ("at least 296" in the morning, "at least 632"
# by noon, "around 1,305" at night): each figure more than twice the last is still the same toll; the missing fall
# as they are found
GROWING = frozenset({"people died", "people hurt"})
FALLING = frozenset({"people missing"})
# how far apart two large figures of a growing toll may be and still be one toll updated, not a part and the
# whole; a part of a toll is told small ("five from one family") or with a marker (``Quantity.part``)
TOLL_FAR = 5.0
_LARGE_TOLL = 50


def toll_far(x: float, y: float) -> float:
    """How many times apart two figures of a growing toll may be and still be one toll's."""
    return TOLL_FAR if min(x, y) >= _LARGE_TOLL else FAR


def toll_agree(x: Quantity, y: Quantity) -> bool:
    """Whether two figures of a growing toll are one bulletin's: as ``agree``, and a lower bound ("at least 296")
    is that bulletin's count, so it differs from a figure past its rounding ("632"), though both may hold; however
    far below the figure it is ("at least 9" is no bulletin of 36: ``kept_sides`` tells whether it is a part)."""
    if not agree(x, y, toll_far(x.value, y.value)):
        return False
    one_lower = (x.bound == "lower") != (y.bound == "lower")
    if not one_lower or not (x.exact and y.exact):
        return True
    return within_rounding(x, y)


def far_of(about: str, figure: float) -> float:
    """How many times below another figure of a toll a figure may be and still be the same toll's."""
    return toll_far(figure, figure) if about in GROWING else FAR


def bulletins(about: str, found: Sequence[tuple[Quantity, Unit]]) -> list[Side]:
    """The sides of a toll (``about``: "people died") to set against each other, from its figures across a
    story's statements (``toll_sides``, ``kept_sides``); none when fewer than two, or when a report is on two
    sides without telling so (``one_report_each``)."""
    same = toll_agree if about in GROWING else agree
    split: list[Side] = list(toll_sides(found, same))
    if about in GROWING | FALLING:
        split += _told_alone(found, split, same)
    sides = kept_sides(about, split)
    if len(sides) < 2 or not one_report_each(about, sides):
        return []
    sides = _superseded_dropped(sides)
    return _parts_told(sides) if len(sides) > 1 else []


def _told_alone(
    found: Sequence[tuple[Quantity, Unit]], sides: Sequence[Side], agree: Callable[[Quantity, Quantity], bool]
) -> list[list[tuple[Quantity, Unit]]]:
    """Sides of the figures of a disputed toll that several sides allow and that ``toll_sides`` leaves out, each
    of a report that gives no figure of any side and that is itself in the dispute: it disagrees with a side
    ("nearly 100" beside "more than 100", "94" and "96") or bounds the toll at another figure than a side does
    ("at least 90" beside "more than 100"). Left out, such a report's toll reads as an undisputed fact, or as
    agreeing with a side it does not say. A figure of the same value and bound joins it.
    A bound that only rounds the sides' figures ("more than 100" beside "105" and "101") says what they say and
    stays out, and so does a figure of a report that is on a side already (a headline rounding its count)."""
    if len(sides) < 2:
        return []
    placed = {id(q) for side in sides for q, _ in side}
    on_sides = {u.report for side in sides for _, u in side}
    alone: list[list[tuple[Quantity, Unit]]] = []
    for q, u in sorted(found, key=lambda m: (m[0].high - m[0].low, m[1].report, m[1].span.start)):
        if id(q) in placed or u.report in on_sides or not _disputes(q, sides, agree):
            continue
        same = next((side for side in alone if all((o.value, o.bound) == (q.value, q.bound) for o, _ in side)), None)
        if same is None:
            alone.append([(q, u)])
        else:
            same.append((q, u))
    return alone


def _disputes(q: Quantity, sides: Sequence[Side], agree: Callable[[Quantity, Quantity], bool]) -> bool:
    """Whether a figure that several sides allow is in their dispute itself (``_told_alone``): it disagrees with a
    figure of a side, or it and a side's figure bound the toll from below at two figures ("at least 90" / "more
    than 100": both may hold, yet the reports do not say the same), or it tells the toll as just short of a figure
    a side's bound passes ("nearly 100" / "more than 100")."""
    return any(
        not agree(q, o) or _two_floors(q, o) or _short_of(q, o) or _short_of(o, q) for side in sides for o, _ in side
    )


def _two_floors(x: Quantity, y: Quantity) -> bool:
    return x.bound == y.bound == "lower" and x.value != y.value


# a figure told as just short of its value ("nearly 100", "almost 15,000")
_SHORT_OF = re.compile(r"(?:nearly|almost|just\s+(?:under|below|short\s+of))\s", re.I)


def _short_of(x: Quantity, y: Quantity) -> bool:
    """Whether ``x`` is told as just short of a figure that ``y`` bounds from below at or past it."""
    return bool(_SHORT_OF.match(x.written)) and y.bound == "lower" and y.value >= x.value


def _parts_told(sides: Sequence[Side]) -> list[Side]:
    """The sides with the part each names of its toll (``Quantity.including``: "including eight children") kept
    where two sides name different parts, one each ("17, including eight children" / "at least 19, including nine
    children"), and first in their side, so the conflict shows them; dropped everywhere else, where the part
    tells the reader nothing the figures do not."""
    named = [{q.including for q, _ in side if q.including} for side in sides]
    told = [n for n in named if n]
    if len(told) < 2 or any(len(n) > 1 for n in told) or len(set().union(*told)) < 2:
        return [[(replace(q, including=""), u) for q, u in side] for side in sides]
    return [sorted(side, key=lambda m: not m[0].including) for side in sides]


def _superseded_dropped(sides: Sequence[Side]) -> list[Side]:
    """The sides without the figures a report itself updates: a report on several sides marks one of its statements
    there as the update (``one_report_each``), and its other figures are the ones it supersedes, so it stands on the
    update's side alone and is never its own rival ("at least 43 ... By Saturday the toll had risen to 48" beside
    another report's 43: 48 against the other report's 43)."""
    updated: dict[int, int] = {}  # report index -> the side of its update
    earlier: dict[int, set[int]] = {}  # report index -> the sides of the figures it marks as superseded
    for i, side in enumerate(sides):
        for q, u in side:
            if superseded_figure(u.text, q.end):
                earlier.setdefault(u.report, set()).add(i)
            elif UPDATE.search(u.text):
                updated.setdefault(u.report, i)
    kept = [
        [(q, u) for q, u in side if updated.get(u.report, i) == i and not _superseded(u.report, i, sides, earlier)]
        for i, side in enumerate(sides)
    ]
    return [side for side in kept if side]


def _superseded(report: int, side: int, sides: Sequence[Side], earlier: dict[int, set[int]]) -> bool:
    """Whether a report's figure on ``side`` is one it marks as superseded while it tells another figure on
    another side ("had initially put the death toll at 19" beside its "killed 17 people")."""
    marked = earlier.get(report, set())
    if side not in marked:
        return False
    return any(report in {u.report for _, u in other} for j, other in enumerate(sides) if j not in marked)


def _figure(side: Side) -> float:
    return min(q.value for q, _ in side)


def _none(side: Side) -> bool:
    return all(q.value == 0 for q, _ in side)


def kept_sides(about: str, sides: Sequence[Side]) -> list[Side]:
    """The sides of a toll to set against each other, largest figure first: for a growing toll (``GROWING``),
    those that a string of figures links to the largest, each at most ``far_of`` times below the next kept
    one ("11, 16, 21, 42": all; "5, 42": 42 alone); for the missing (``FALLING``), all; for anything else, those
    at most ``FAR`` times below the largest, as a part or another count is far below. A side of none ("no one was
    hurt") is always kept."""
    counted = sorted((s for s in sides if not _none(s)), key=_figure, reverse=True)
    if not counted:
        return list(sides)
    kept: list[Side] = [counted[0]]
    for side in counted[1:]:
        figure = _figure(side)
        # a growing toll's figure is linked to the next larger one kept; any other figure to the largest
        linked_to = _figure(kept[-1]) if about in GROWING else _figure(counted[0])
        if about in FALLING or figure * far_of(about, figure) >= linked_to:
            kept.append(side)
    return [s for s in sides if any(s is k for k in kept) or _none(s)]


def toll_sides(
    found: Sequence[tuple[Quantity, Unit]], agree: Callable[[Quantity, Quantity], bool]
) -> list[list[tuple[Quantity, Unit]]]:
    """Figures of one toll in sides, the most exact first, as ``across`` sorts them: a figure that every figure of
    one side allows and that disagrees with some figure of each other side joins that side; one that disagrees
    with every side starts its own. A bound that several sides allow joins the one whose figures its rounding
    allows ("At least 16 people have died" beside "16 miners died", not beside "42 bodies were found": a lower
    bound is its bulletin's own count); any other figure that two sides allow joins none."""
    sides: list[list[tuple[Quantity, Unit]]] = []
    for q, u in sorted(found, key=lambda m: (m[0].high - m[0].low, m[1].report, m[1].span.start)):
        fits = [side for side in sides if all(agree(q, o) for o, _ in side)]
        clashes = sum(not all(agree(q, o) for o, _ in side) for side in sides)
        own = [side for side in fits if q.bound and all(within_rounding(q, o) for o, _ in side)]
        if clashes == len(sides):
            sides.append([(q, u)])
        elif len(fits) == 1 and clashes == len(sides) - 1:
            fits[0].append((q, u))
        elif len(own) == 1:
            own[0].append((q, u))
    return sides


def one_report_each(about: str, sides: Sequence[Side]) -> bool:
    """Whether the sides may be set against each other as far as their reports go: no report on two sides, or
    each report that is on several tells a toll and marks one of its statements there as an update ("According to
    the latest report ..., 16 miners died" beside its "At least 11 people have died": ``updates.UPDATE``), among
    other reports' figures; a report that alone tells the figures and its update of them disagrees with no one."""
    reports = [{u.report for _, u in side} for side in sides]
    if len(set().union(*reports)) < 2:
        return False  # one report updating its own figure ("Officials later said at least 48"): no conflict
    for report in set().union(*reports):
        on = [side for side, rs in zip(sides, reports, strict=True) if report in rs]
        if len(on) < 2:
            continue
        if about not in GROWING | FALLING:
            return False
        if not any(UPDATE.search(u.text) for side in on for _, u in side if u.report == report):
            return False
    return True


# a statement placed in a month of its own, no day ("In August, four miners were killed", "after five miners were
# killed in an accident in August"): it tells of an earlier event, whose toll only a statement of the same month
# gives (May only with "in": "may" is mostly a verb)
_IN_MONTH = re.compile(
    r"\b[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>" + month_spellings(may=True) + r")\b(?!\.?\s*\d)"
)


def month_placed(text: str) -> str:
    """The month a statement places what it tells in, as a name ("August"), when it names one month and no day of
    it ("In August, four miners were killed"); "" otherwise. Two reports' tolls of one earlier month are
    figures of that month's event ("five" / "four miners were killed in August"), no bulletins of the story's own
    toll, which they are never set against."""
    found = {_month(m.group("month")) for m in _IN_MONTH.finditer(text)}
    return found.pop() if len(found) == 1 else ""


def _month(written: str) -> str:
    return next(m for m in MONTHS if m.lower().startswith(written[:3].lower()))
