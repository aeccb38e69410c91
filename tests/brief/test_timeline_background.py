"""Background in the merged timeline: dates well before the story's own days are marked as what led up to it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr
from storyline.render.json import from_json, render_json
from storyline.render.markdown import render_markdown
from storyline.render.when import readable

_DATED = (
    "The ferry ran aground on March 4, the coast guard said. Its pier was built in 1998. "
    "The operator was fined in 2025. A new pier is planned by 2031."
)
_UNDATED = "The Rovers won the cup on Saturday, adding to titles in 1995 and 2019. The final was on March 9."


def _analysis(text: str, art: str, found: tuple[tuple[str, str], ...]) -> Analysis:
    timexes = tuple(TimeExpr(span=span(text, art, p), text=p, type="DATE", value=v) for p, v in found)
    return Analysis(article=art, version="t", timexes=timexes)


def test_timeline_marks_dates_a_year_before_the_report_as_background() -> None:
    art = Article(id="d", text=_DATED, published=MetaValue(value="2026-03-05"))
    ana = _analysis(_DATED, "d", (("March 4", "2026-03-04"), ("1998", "1998"), ("2025", "2025"), ("2031", "2031")))
    marks = {e.value: e.background for e in build_timeline([art], [ana])}
    # 2025 ends within a year of the report; a year to come is no background
    assert marks == {"1998": True, "2025": False, "2026-03-04": False, "2031": False}


def test_timeline_in_a_story_told_without_a_year_a_bare_year_is_background() -> None:
    art = Article(id="u", text=_UNDATED)
    ana = _analysis(
        _UNDATED, "u", (("Saturday", "XXXX-WXX-6"), ("1995", "1995"), ("2019", "2019"), ("March 9", "XXXX-03-09"))
    )
    marks = {e.value: e.background for e in build_timeline([art], [ana])}
    assert marks == {"1995": True, "2019": True, "XXXX-03-09": False, "XXXX-WXX-6": False}


def test_background_is_shown_and_kept_in_every_format() -> None:
    from dataclasses import replace

    from brief.fixtures import brief

    b = brief()
    story = b.stories[0]
    first = replace(story.timeline[0], background=True)
    b = replace(b, stories=(replace(story, timeline=(first, *story.timeline[1:])), *b.stories[1:]))
    assert f"**{readable(first.value)}** ({first.value}; background" in render_markdown(b)
    doc = render_json(b)
    assert doc["stories"][0]["timeline"][0]["background"] is True
    assert from_json(doc, b.articles).stories[0].timeline[0].background
