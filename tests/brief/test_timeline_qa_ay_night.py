"""Timeline dates of QA round AY (a report written during the night it tells of) and AX (one line under two days).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.dating import refine_story
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry

RESCUE = "Rescuers found the nine miners alive on Friday, June 10, 2033, and flew them to Velm early Saturday."
THAT_NIGHT = (
    '"They showed what courage is," the regent said at a briefing on Friday night. The miners will be moved to '
    'the Velm clinic tomorrow, the statement said. "We share the joy that we have known tonight," the minister said.'
)


def _refined(*texts: str) -> tuple[list[Article], list[Analysis]]:
    arts = [Article(id=f"r{i}", text=t, published=MetaValue(value=None)) for i, t in enumerate(texts)]
    anas = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    return refine_story(arts, anas)


def _values_of(entries: tuple[TimelineEntry, ...], words: str) -> set[str]:
    return {e.value for e in entries if words in e.text}


def test_dating_a_report_telling_tonight_and_tomorrow_is_of_the_night_it_tells() -> None:
    arts, _anas = _refined(RESCUE, THAT_NIGHT)
    assert arts[1].published.value == "2033-06-10"


def test_timeline_tomorrow_of_a_report_written_that_night_is_the_next_day() -> None:
    entries = build_timeline(*_refined(RESCUE.replace(", 2033", ""), THAT_NIGHT))
    assert _values_of(entries, "clinic tomorrow") == {"XXXX-06-11"}
    assert _values_of(entries, "known tonight") == {"XXXX-06-10"}
    assert _values_of(entries, "briefing on Friday night") == {"XXXX-06-10"}


def test_dating_a_tonight_only_inside_a_quotation_keeps_the_night_gone_by() -> None:
    quoted = '"We share the joy that we have known tonight," the minister said at a briefing on Friday night.'
    arts, _anas = _refined(RESCUE, quoted)
    assert arts[1].published.value != "2033-06-10"


def _story(text: str, day: str) -> tuple[TimelineEntry, ...]:
    arts = [Article(id="r0", text=text, published=MetaValue(value=day))]
    anas = [Analysis(article="r0", version="t", timexes=extract_timexes(arts[0]))]
    return build_timeline(arts, anas)


def test_timeline_a_day_in_a_participle_phrase_on_the_subject_files_no_second_entry() -> None:
    text = "A curfew imposed in Velm before Friday midnight was lifted on Saturday afternoon."
    assert _values_of(_story(text, "2033-06-12"), "curfew imposed") == {"2033-06-11"}


def test_timeline_a_participle_phrase_with_no_later_date_keeps_its_day() -> None:
    text = "A curfew imposed in Velm before Friday midnight was lifted."
    assert _values_of(_story(text, "2033-06-12"), "curfew imposed") == {"2033-06-10T24:00"}


def test_timeline_a_year_less_month_of_a_count_joins_the_dated_month_of_that_count() -> None:
    dated = "A ferry sank off Velm on Sunday. Since March 2031, Norland has reported 4,200 cases and 12 deaths."
    year_less = ("A ferry sank off Velm on Sunday. Since March, the northern country has recorded about 5,000 cases "
                 "of measles, a viral disease, and 15 deaths, according to government data.")
    entries = build_timeline(*_refined(dated, year_less))
    assert not [e for e in entries if e.value == "XXXX-03"]
    assert {s.article for e in entries if e.value == "2031-03" for s in e.support} == {"r0", "r1"}


def test_timeline_a_year_less_month_of_another_thing_stays_apart() -> None:
    dated = "A ferry sank off Velm on Sunday. Since March 2031, Norland has reported 4,200 cases and 12 deaths."
    other = "A ferry sank off Velm on Sunday. The ferry's owner bought it in March from a shipyard in Orsk."
    entries = build_timeline(*_refined(dated, other))
    assert [e for e in entries if e.value == "XXXX-03"]


def _bounded(voted: str, later: str) -> list[Article]:
    """Two undated reports, the first bounded below by a day after the rescue (its page writes it with its year)."""
    arts = [Article(id="r0", text=voted, published=MetaValue(value=None, low="2031-06-14", method="text-dates")),
            Article(id="r1", text=later, published=MetaValue(value=None))]
    anas = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    return refine_story(arts, anas)[0]


def test_dating_last_weekday_with_month_and_day_bounds_a_report_in_the_story_s_year() -> None:
    voted = "The Velm council voted to close the old mine, its chair said, after the rescue."
    later = "More details emerged about the rescue of the nine miners last Friday, June 13, after 40 days underground."
    arts = _bounded(voted, later)
    assert arts[1].published.value is None
    assert arts[1].published.low == "2031-06-14"


def test_dating_a_weekday_with_month_and_day_that_fits_no_year_of_the_story_bounds_nothing() -> None:
    voted = "The Velm council voted to close the old mine, its chair said, after the rescue."
    later = "More details emerged about the rescue of the nine miners last Monday, June 13, after 40 days underground."
    assert _bounded(voted, later)[1].published.low is None
