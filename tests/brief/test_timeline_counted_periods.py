"""Rounds AF and AH: "last year", "next year", "the prior year", "next month" in a report with no date of its own
are counted from the story's news day when another report gives that day with its year ("held on May 15, 2030"
/ "voted on Wednesday"), as extraction counts them from a report's own date; no year is made up for a story
whose days have none, and a value that a report written a few days later would read otherwise is left out.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


def _values(texts: tuple[str, ...], words: str) -> set[str]:
    """The values of the entries one of whose sentences holds ``words``."""
    return {
        entry.value
        for entry in _timeline(*texts)
        if any(words in texts[int(s.article[1:])][s.start : s.end] for s in entry.support)
    }


FULL = "The council vote on the Orsk dam was held in a special session on May 15, 2030."
VOTE = "The Orsk council on Wednesday voted for the dam in a special session."
PERIODS = (
    "The dam's builder, Velmar Works, lost money last year. "
    "Its chief said the first turbines would turn next year. "
    "Work on the access road begins next month. "
    "Costs had doubled from the prior year, the council said."
)


def test_periods_of_an_undated_report_are_counted_from_the_story_day() -> None:
    texts = (FULL, f"{VOTE} {PERIODS}")
    assert _values(texts, "lost money last year") == {"2029"}
    assert _values(texts, "would turn next year") == {"2031"}
    assert _values(texts, "begins next month") == {"2030-06"}
    assert _values(texts, "from the prior year") == {"2029"}


def test_no_year_is_made_up_when_the_story_day_has_none() -> None:
    dated = "The council vote on the Orsk dam was held in a special session on May 15."
    texts = (dated, f"{VOTE} {PERIODS}")
    assert _values(texts, "lost money last year") == set()
    assert _values(texts, "begins next month") == set()


def test_a_period_a_later_report_would_read_otherwise_is_left_out() -> None:
    full = "The council vote on the Orsk dam was held in a special session on May 28, 2030."
    vote = "The Orsk council on Tuesday voted for the dam in a special session."
    texts = (full, f"{vote} {PERIODS}")
    assert _values(texts, "begins next month") == set()
    assert _values(texts, "lost money last year") == {"2029"}
