"""Clock times and the weekdays of an undated story in the merged timeline.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from brief.fixtures import span
from storyline.brief.timeline import build_timeline
from storyline.model import Analysis, Article, MetaValue, TimeExpr


def _report(
    article: str, text: str, found: tuple[tuple[str, str, str], ...], published: str | None = None
) -> tuple[Article, Analysis]:
    timexes = tuple(
        TimeExpr(span=span(text, article, phrase), text=phrase, type=type_, value=value)
        for phrase, type_, value in found
    )
    return (
        Article(id=article, text=text, published=MetaValue(value=published)),
        Analysis(article=article, version="t", timexes=timexes),
    )


def test_timeline_clock_time_of_the_main_event_is_an_entry() -> None:
    text = ("A cargo plane hit a fuel truck at Merrow airfield on Tuesday, officials said. "
            "The collision happened just after landing at 6:15 p.m.")
    art, ana = _report("a", text, (("Tuesday", "DATE", "2031-03-04"), ("6:15 p.m.", "TIME", "2031-03-04T18:15")),
                       "2031-03-04")
    entries = build_timeline([art], [ana])
    assert [(e.value, e.text) for e in entries] == [
        ("2031-03-04", "A cargo plane hit a fuel truck at Merrow airfield on Tuesday, officials said."),
        ("2031-03-04T18:15", "The collision happened just after landing at 6:15 p.m."),
    ]
    assert all(e.year_stated for e in entries)


def test_timeline_day_and_clock_in_one_sentence_tell_it_once() -> None:
    text = "A cargo plane hit a fuel truck at Merrow airfield on Tuesday at 6:15 p.m., officials said."
    art, ana = _report("a", text, (("Tuesday", "DATE", "2031-03-04"), ("6:15 p.m.", "TIME", "2031-03-04T18:15")),
                       "2031-03-04")
    assert [e.value for e in build_timeline([art], [ana])] == ["2031-03-04T18:15"]


def test_timeline_part_of_day_keeps_its_stated_year() -> None:
    text = "Rescuers reached the quarry on Sunday morning."
    art, ana = _report("a", text, (("Sunday morning", "TIME", "2031-03-02TMO"),), "2031-03-03")
    assert [(e.value, e.year_stated) for e in build_timeline([art], [ana])] == [("2031-03-02", True)]


_VOTE = "Lidia Varo won Sunday's run-off in Calvera. Her rival conceded the run-off on Sunday evening."
_MARKETS = ("Calveran bonds rallied after the vote, traders said on Monday. "
            "They held their gains at 1410 GMT. The fund had last peaked on Friday last week.")


def _undated_story() -> tuple[list[Article], list[Analysis]]:
    vote = _report("v", _VOTE, (("Sunday", "DATE", "XXXX-WXX-7"), ("Sunday evening", "DATE", "XXXX-WXX-7TEV")))
    markets = _report("m", _MARKETS, (("Monday", "DATE", "XXXX-WXX-1"), ("1410 GMT", "TIME", "XXXX-WXX-1T14:10"),
                                      ("Friday last week", "DATE", "XXXX-WXX-5")))
    return [vote[0], markets[0]], [vote[1], markets[1]]


def test_timeline_undated_story_tells_its_week_by_weekday() -> None:
    articles, analyses = _undated_story()
    entries = build_timeline(articles, analyses)
    assert [(e.value, e.year_stated) for e in entries] == [
        ("XXXX-WXX-7", False),  # the vote, the day before the markets' Monday
        ("XXXX-WXX-7", False),  # the rival's concession: another act of the vote's report, a line of its own
        ("XXXX-WXX-1", False),
        ("XXXX-WXX-1T14:10", False),  # "1410" is a clock time, not a year written
    ]
    assert {s.article for s in entries[0].support} == {"v"}


def test_timeline_weekdays_of_an_undated_report_stay_out_of_a_dated_story_of_weeks() -> None:
    # dated reports ten days apart: which of their weeks an undated "Sunday" is in is not told
    articles, analyses = _undated_story()
    text = "Lidia Varo will take office on May 1, 2031."
    dated = _report("d", text, (("May 1, 2031", "DATE", "2031-05-01"),), "2031-04-14")
    early = _report("e", "Lidia Varo led the first round.", (), "2031-04-04")
    entries = build_timeline([*articles, dated[0], early[0]], [*analyses, dated[1], early[1]])
    assert [e.value for e in entries] == ["2031-05-01"]


def test_timeline_day_sentence_alike_a_timed_one_stays_on_the_day() -> None:
    text = ("Jon Harrow was convicted on Thursday of fraud at Pell Exchange. "
            "On Thursday the jury in the Jon Harrow fraud case at Pell Exchange sent a note at 3:10 p.m.")
    art, ana = _report("a", text, (("Thursday", "DATE", "2031-03-06"), ("On Thursday", "DATE", "2031-03-06"),
                                   ("3:10 p.m.", "TIME", "2031-03-06T15:10")), "2031-03-07")
    entries = build_timeline([art], [ana])
    assert [(e.value, e.text) for e in entries] == [
        ("2031-03-06", "Jon Harrow was convicted on Thursday of fraud at Pell Exchange."),
        ("2031-03-06T15:10",
         "On Thursday the jury in the Jon Harrow fraud case at Pell Exchange sent a note at 3:10 p.m."),
    ]


def test_timeline_a_time_what_may_happen_waits_for_is_no_entry() -> None:
    text = ("The jury retired on Tuesday at 2:10 p.m. "
            "Clerks said the jurors may go home and not sit until 9 p.m. that night.")
    art, ana = _report("a", text, (("Tuesday", "DATE", "2031-03-04"), ("2:10 p.m.", "TIME", "2031-03-04T14:10"),
                                   ("9 p.m.", "TIME", "2031-03-04T21:00")), "2031-03-04")
    assert [e.value for e in build_timeline([art], [ana])] == ["2031-03-04T14:10"]
