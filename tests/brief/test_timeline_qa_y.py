"""QA round Y: a sentence that tells a stretch of clock times on one day is one timeline entry, at its start.

"observed five eruptions from midnight to 8 am local time (0100 GMT)" is the night from midnight (``T00:00``, the
day's first minute), not three entries at T00:00, T01:00 (8 am told again in GMT) and T08:00, nor one at T24:00.
Sentences of their own keep their own clock times.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(text: str, published: str | None = None) -> tuple[TimelineEntry, ...]:
    """The timeline of one report, its time expressions read by the time stage."""
    art = Article(id="k", text=text, published=MetaValue(value=published))
    return build_timeline([art], [Analysis(article="k", version="t", timexes=extract_timexes(art))])


ERUPTIONS = (
    "Dara Velk, head of the Mount Oskar post, told the Norland wire on Tuesday it had observed five eruptions from "
    "midnight to 8 am local time (0100 GMT)."
)


def test_timeline_qa_y_one_sentence_of_clock_times_is_one_entry_at_its_start() -> None:
    assert [(e.value, e.text) for e in _timeline(ERUPTIONS)] == [("XXXX-WXX-2T00:00", ERUPTIONS)]


def test_timeline_qa_y_dated_report_files_the_stretch_once() -> None:
    assert [(e.value, e.text) for e in _timeline(ERUPTIONS, "2031-03-05")] == [("2031-03-04T00:00", ERUPTIONS)]


def test_timeline_qa_y_sentences_of_their_own_keep_their_clock_times() -> None:
    first = "The Mount Oskar post saw the first eruption at 2 am on Tuesday."
    second = "Ash reached Velk at 9 am on Tuesday, the post said."
    entries = _timeline(f"{first} {second}")
    assert [(e.value, e.text) for e in entries] == [("XXXX-WXX-2T02:00", first), ("XXXX-WXX-2T09:00", second)]


ARRESTS = "Four crewmen were arrested on Thursday by the Velk coast guard over a shipwreck off Orsk a day earlier."
MOURNING = "A day of mourning for the Orsk victims began on Wednesday evening."


def test_timeline_qa_x_a_day_counted_from_the_sentence_s_day_files_no_second_entry() -> None:
    entries = _timeline(f"{MOURNING} {ARRESTS}", "2031-03-07")
    assert [(e.value, e.text) for e in entries] == [("2031-03-05", MOURNING), ("2031-03-06", ARRESTS)]


def test_timeline_qa_x_undated_day_counted_from_the_sentence_s_day_files_no_second_entry() -> None:
    entries = _timeline(f"{MOURNING} {ARRESTS}")
    assert [(e.value, e.text) for e in entries] == [("XXXX-WXX-3", MOURNING), ("XXXX-WXX-4", ARRESTS)]


def test_timeline_qa_x_a_day_counted_in_a_sentence_of_its_own_is_filed() -> None:
    quake = "The Orsk dam cracked on Monday."
    flood = "Two days later, the Velk valley was flooded."
    entries = _timeline(f"{quake} {flood}")
    assert [(e.value, e.text) for e in entries] == [("XXXX-WXX-1", quake), ("XXXX-WXX-3", flood)]
