"""A caption's day dates its picture, not the news (blind review AP, #1): a file photo's "Tuesday, May 14, 2030"
does not anchor the weekdays of the story's undated reports ("late Sunday" is not May 12).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.model import Article
from storyline.pipeline import analyze, prepare

CAPTIONED = (
    "Harbour Grill files for bankruptcy\n\n"
    "FILE - Signs for a Harbour Grill restaurant are shown in Velm, Norland, Tuesday, May 14, 2030. "
    "(HP Photo/Jane Roe, File)\n\n"
    "The seafood chain says it has debts of up to $1 billion.\n"
)
FILED = "Harbour Grill files for bankruptcy\n\nThe seafood chain filed late Sunday, after closing ten sites.\n"


def test_timeline_a_caption_s_day_does_not_date_the_story_s_weekdays() -> None:
    articles = [prepare(Article(id=f"r{n}", text=text)) for n, text in enumerate((CAPTIONED, FILED))]
    entries = build_timeline(articles, [analyze(a) for a in articles])
    sunday = [e for e in entries if "late Sunday" in e.text]
    assert sunday
    assert all(e.value != "2030-05-12" for e in sunday)
