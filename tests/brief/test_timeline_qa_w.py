"""QA round W: a sentence whose stretch of time runs into a second day is one entry, and the weekdays of an
undated story keep their order when a flood "swept" a town (an irregular past verb).

"The glitch on Thursday that left the clinics offline overnight and into Friday" tells Thursday's glitch; the
Friday it runs into files no second entry showing the same sentence. "The flood swept away the pier on Monday"
is told in the past, so Monday lies before the Friday a statement is dated by.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, TimelineEntry


def _timeline(text: str) -> tuple[TimelineEntry, ...]:
    """The timeline of one undated report, its time expressions read by the time stage."""
    art = Article(id="k", text=text)
    return build_timeline([art], [Analysis(article="k", version="t", timexes=extract_timexes(art))])


def test_timeline_stretch_into_a_second_day_files_one_entry() -> None:
    glitch = "The Velnet glitch on Thursday left the Orvell clinics offline overnight and into Friday."
    closed = "Two Orvell schools stayed closed on Friday."
    entries = _timeline(f"{glitch} {closed}")
    assert [(e.value, e.text) for e in entries] == [("XXXX-WXX-4", glitch), ("XXXX-WXX-5", closed)]


def test_timeline_stretch_day_alone_still_files_its_sentence() -> None:
    text = "The Orvell clinics stayed offline into Friday."
    assert [e.text for e in _timeline(text)] == [text]


def test_timeline_irregular_past_verb_keeps_the_week_in_order() -> None:
    swept = "The flood swept away families in Kessary on Monday."
    said = "A relief official said Friday that the dam had been neglected."
    ordered = "On Sunday, officials ordered residents to leave."
    assert [e.text for e in _timeline(f"{swept} {said} {ordered}")] == [ordered, swept, said]
