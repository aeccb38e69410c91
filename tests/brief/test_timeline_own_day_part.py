"""QA round AB: "early this morning" in a report with no date is told of the report's own day: where the story's
reports tell one news day ("Orlan Mills said Monday" of Monday, Dec. 4), it files its sentence there, with no
year. A report that tells a day of its own, or a story of more than one news day, keeps it off the timeline.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, TimeExpr

_ANCHORED = (
    "HALDEN, Dec. 4 (Norvik Wire)--Orlan Mills said Monday that it will buy Brackwater Iron.",
    (("Dec. 4", "DATE", "XXXX-12-04"), ("Monday", "DATE", "XXXX-12-04")),
)
_MORNING = (
    "Brackwater Iron will be bought by Orlan Mills under a deal announced early this morning.",
    (("early this morning", "TIME", "XXXX-XX-XXTMO"),),
)


def _filed(*reports: tuple[str, tuple[tuple[str, str, str], ...]]) -> list[tuple[str, str]]:
    """(value, first words) of each sentence the timeline files, the reports read as one story."""
    arts, analyses = [], []
    for n, (text, found) in enumerate(reports):
        article = f"r{n}"
        timexes = tuple(TimeExpr(span=span(text, article, p), text=p, type=k, value=v) for p, k, v in found)
        arts.append(Article(id=article, text=text))
        analyses.append(Analysis(article=article, version="t", timexes=timexes))
    texts = {a.id: a.text for a in arts}
    return [(e.value, texts[s.article][s.start : s.start + 12]) for e in build_timeline(arts, analyses)
            for s in e.support]


def test_timeline_this_morning_of_an_undated_report_is_the_story_news_day() -> None:
    assert ("XXXX-12-04", "Brackwater I") in _filed(_ANCHORED, _MORNING)


def test_timeline_this_morning_of_a_report_telling_its_own_weekday_stays_off() -> None:
    own = (
        "Brackwater Iron will be bought by Orlan Mills under a deal announced early this morning. Its board "
        "met on Sunday.",
        (("early this morning", "TIME", "XXXX-XX-XXTMO"), ("Sunday", "DATE", "XXXX-WXX-7")),
    )
    assert not any(words == "Brackwater I" for _, words in _filed(_ANCHORED, own))


def test_timeline_this_morning_in_a_story_of_two_news_days_stays_off() -> None:
    later = (
        "HALDEN, Dec. 6 (Norvik Wire)--Brackwater Iron's union said Wednesday it would fight the sale.",
        (("Dec. 6", "DATE", "XXXX-12-06"), ("Wednesday", "DATE", "XXXX-12-06")),
    )
    assert not any(words == "Brackwater I" for _, words in _filed(_ANCHORED, later, _MORNING))
