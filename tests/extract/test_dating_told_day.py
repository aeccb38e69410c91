"""A report is not older than a day it tells of as gone by: a story does not date "the ferry sank on
Tuesday, March 4" on the Monday before.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from dating_helpers import refined

from storyline.model import Article, MetaValue

# 2031-03-04 is a Tuesday; the storm of the Monday before is the story's other day
GIVEN = (
    "A ferry sank off Port Alder on Tuesday, a day after a storm swept the coast on Monday.\n"
    "The harbour master said on Tuesday that divers would search the wreck."
)
UNDATED = (
    "The ferry Marisol sank near Port Alder on Tuesday, March 4.\n"
    "The storm that struck on Monday had closed the harbour, officials said."
)


def _story(*articles: Article) -> list[Article]:
    return refined(*articles)[0]


def test_dating_story_never_dates_a_report_before_a_day_it_tells_as_past() -> None:
    given = Article(id="a", text=GIVEN, published=MetaValue(value="2031-03-04", inferred=False))
    undated = Article(id="b", text=UNDATED)
    dated = _story(given, undated)[1].published
    assert dated.method == "story"
    assert dated.value == "2031-03-04"
    assert dated.low == "2031-03-04"
