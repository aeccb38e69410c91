"""A clock time written with its weekday and a part of the day: "at 11:46 Friday night" is one TIME expression
(QA round N: "11:46" was lost to "Friday night", and without "p.m." the night puts it after noon)."""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The quake shook Dravel at 11:46 Friday night.", "11:46 Friday night", "XXXX-WXX-5T23:46"),
        ("The quake shook Dravel at 9:46 Friday night.", "9:46 Friday night", "XXXX-WXX-5T21:46"),
        ("The dam gave way at 4:10 Sunday afternoon.", "4:10 Sunday afternoon", "XXXX-WXX-7T16:10"),
        ("The dam gave way at 11:10 p.m. Sunday night.", "11:10 p.m. Sunday night", "XXXX-WXX-7T23:10"),
        ("The market opened at 9:30 Monday morning.", "9:30 Monday morning", "XXXX-WXX-1T09:30"),
        # the small hours of a night belong to the day after it: "2:30 Friday night" is Saturday 02:30
        ("The barn at Oakvale burned at 2:30 Friday night.", "2:30 Friday night", "XXXX-WXX-6T02:30"),
        ("The barn at Oakvale burned at 2:30 a.m. Friday night.", "2:30 a.m. Friday night", "XXXX-WXX-6T02:30"),
        ("The barn at Oakvale burned at 12:15 Saturday night.", "12:15 Saturday night", "XXXX-WXX-7T00:15"),
        ("The barn at Oakvale burned at 1:05 Sunday night.", "1:05 Sunday night", "XXXX-WXX-1T01:05"),
    ],
)
def test_timex_clock_with_weekday_and_part_of_day(text: str, expr: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in extract_timexes(Article(id="a", text=text, published=MetaValue()))}
    assert found[expr] == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Harbour fire live updates: two crew missing, search to resume Wednesday", "2031-05-14"),
        ("Talks to restart on Wednesday", "2031-05-14"),
        ("The envoy agreed to resign on Wednesday.", "2031-05-07"),
    ],
)
def test_timex_headline_infinitive_names_a_day_to_come(text: str, value: str) -> None:
    # the report is of Friday 2031-05-09: a plan written as a headline's bare infinitive is the coming Wednesday
    art = Article(id="a", text=text, published=MetaValue(value="2031-05-09"))
    assert [t.value for t in extract_timexes(art) if t.text.endswith("Wednesday")] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The barn at Oakvale burned at 2:30 Friday night, police said.", "2:30 Friday night", "2031-03-08T02:30"),
        ("The barn at Oakvale burned Friday night at 2:30 a.m.", "Friday night at 2:30 a.m.", "2031-03-08T02:30"),
        ("The barn at Oakvale burned late Friday night, around 1:30 a.m.", "late Friday night, around 1:30 a.m.",
         "2031-03-08T01:30"),
        ("The barn at Oakvale burned early Saturday, around 1:30 a.m.", "early Saturday, around 1:30 a.m.",
         "2031-03-08T01:30"),
        ("The first call came at 11:46 Friday night.", "11:46 Friday night", "2031-03-07T23:46"),
        ("The first call came Friday night at 11:46 p.m.", "Friday night at 11:46 p.m.", "2031-03-07T23:46"),
    ],
)
def test_timex_small_hours_of_a_night_are_the_next_day(text: str, expr: str, value: str) -> None:
    published = MetaValue(value="2031-03-10")  # a Monday
    found = {t.text: (t.type, t.value) for t in extract_timexes(Article(id="a", text=text, published=published))}
    assert found[expr] == ("TIME", value)
