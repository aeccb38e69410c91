"""The merged timeline of a story whose one weekday-and-date pair is a day the news has lasted since ("held since
Saturday, October 7"): the weekdays are not counted back from it, and the dated day comes first (QA round AA:
the release was placed before the kidnapping).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _report(
    article: str, text: str, found: tuple[tuple[str, str], ...], published: str | None = None
) -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase), text=phrase, type="DATE", value=value) for phrase, value in found
    )
    meta = MetaValue(value=published) if published else MetaValue()
    return Article(id=article, text=text, published=meta), Analysis(article=article, version="t", timexes=timexes)


def _values(*reports: tuple[Article, Analysis]) -> list[str]:
    return [e.value for e in build_timeline([r[0] for r in reports], [r[1] for r in reports])]


_FREED = _report(
    "f",
    "The climbers were freed on Friday by the Orvan militia, officials said.",
    (("Friday", "XXXX-WXX-5"),),
)


def test_timeline_qa_aa_since_day_counts_no_weekday_back() -> None:
    held = _report(
        "h",
        "The climbers, held by the Orvan militia since Saturday, October 7, were seized near Lake Orvan.",
        (("Saturday, October 7", "XXXX-10-07"),),
    )
    assert _values(held, _FREED) == ["XXXX-10-07", "XXXX-WXX-5"]


def test_timeline_qa_aa_since_day_with_its_year_counts_no_weekday_back() -> None:
    held = _report(
        "h",
        "The climbers, held by the Orvan militia since Saturday, October 7, 2051, were seized near Lake Orvan.",
        (("Saturday, October 7, 2051", "2051-10-07"),),
    )
    values = _values(held, _FREED)
    assert "2051-10-06" not in values
    assert values[0] == "2051-10-07"
