"""Timeline dates of QA rounds AQ and AR: a day the news has lasted since gives no year to the story's year-less
months; a part of the day told ("Wednesday afternoon") keeps its sentence off a clock time of another part; a
sentence that tells two acts or the stretch between them is no support of one act's clock time; a clock time
that names when a thing starts ("a 10 p.m. curfew") is no time of the sentence's event.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    """The timeline of undated reports, their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


HELD = ("The Velmar militia freed the sailor Ostin Rade on Monday evening. Rade was seized by the militia on "
        "June 3, 2031. He had been held captive in the hills since June 3, 2031. The governor, who took office in "
        "January, will visit the coast between April 20 and 22.")


def test_timeline_a_day_lasted_since_gives_no_year_to_yearless_months() -> None:
    by_value = {e.value: e for e in _timeline(HELD)}
    assert "2031-06-03" in by_value
    assert "XXXX-01" in by_value
    assert "XXXX-04-20" in by_value
    assert not any(v.startswith(("2031-01", "2032-01", "2031-04", "2032-04")) for v in by_value)


WRITTEN = ("Rescuers searched the Orsk mine on October 28, 2030. The mine's owner bought it in August, "
           "officials said.")


def test_timeline_a_written_news_day_still_gives_its_year() -> None:
    assert "2030-08" in [e.value for e in _timeline(WRITTEN)]


NIGHT = "An explosion rocked the Dunmere refinery at about 2 a.m. Tuesday, injuring two workers."
AFTERNOON = "Another explosion Tuesday afternoon rocked the Dunmere refinery, where a fire still burns."
MORNING = "The Dunmere refinery exploded in the middle of the night on Tuesday, injuring workers."


def test_timeline_an_afternoon_sentence_does_not_support_a_night_clock_time() -> None:
    entries = _timeline(NIGHT, AFTERNOON, MORNING)
    clock = next(e for e in entries if e.value == "XXXX-WXX-2T02:00")
    assert "r1" not in {s.article for s in clock.support}
    assert "r2" in {s.article for s in clock.support}
    assert any(e.value == "XXXX-WXX-2" and {s.article for s in e.support} == {"r1"} for e in entries)


BOTH = "The Dunmere refinery exploded twice over a span of 11 hours on Tuesday, injuring workers."


def test_timeline_a_sentence_of_two_explosions_does_not_support_one_clock_time() -> None:
    entries = _timeline(NIGHT, MORNING, BOTH)
    clock = next(e for e in entries if e.value == "XXXX-WXX-2T02:00")
    assert "r2" not in {s.article for s in clock.support}


CURFEW = ("Two blasts rocked the Dunmere refinery on Tuesday, prompting evacuations and a 9 p.m. curfew enforced "
          "by state police.")
CURFEW_ALONE = "Sheriff Alma Tay said on Wednesday the evacuation order and a 9 p.m. curfew order remain in effect."


def test_timeline_a_curfew_hour_is_no_time_of_the_sentence() -> None:
    entries = _timeline(CURFEW, CURFEW_ALONE)
    assert not any("T21:00" in e.value for e in entries)
    assert {e.value for e in entries} == {"XXXX-WXX-2", "XXXX-WXX-3"}


AT_NINE = "Police imposed a curfew at 9 p.m. on Tuesday."


def test_timeline_a_clock_time_told_after_at_stays() -> None:
    assert [e.value for e in _timeline(AT_NINE)] == ["XXXX-WXX-2T21:00"]


STARTED_SUNDAY = ("Some 30 barges were stuck outside the Velmar docks by Wednesday, up from two before the strike "
                  "began on Sunday, a shipping tracker said.")
STARTED_TUESDAY = "The strike started on Tuesday after talks between the Velmar dockers and the port board failed."


def test_timeline_a_start_told_on_two_days_is_disputed_both_ways() -> None:
    entries = _timeline(STARTED_SUNDAY, STARTED_TUESDAY)
    sunday = next(e for e in entries if e.value == "XXXX-WXX-7")
    tuesday = next(e for e in entries if e.value == "XXXX-WXX-2")
    assert {s.article for s in sunday.disputed} == {"r1"}
    assert {s.article for s in tuesday.disputed} == {"r0"}


OTHER_START = "The Velmar fair began on Sunday with a parade through the old town."


def test_timeline_starts_of_two_things_are_no_dispute() -> None:
    assert not any(e.disputed for e in _timeline(OTHER_START, STARTED_TUESDAY))


UNTIL_12 = ("Velmar dockers promised to renew their expired labour contract with the port board until "
            "March 12, 2031.")
UNTIL_15 = "The two sides agreed to extend their master contract until March 15, 2031, the port board said."


def test_timeline_one_deadline_told_two_days_is_disputed() -> None:
    entries = _timeline(UNTIL_12, UNTIL_15)
    assert {e.value: {s.article for s in e.disputed} for e in entries} == {"2031-03-12": {"r1"}, "2031-03-15": {"r0"}}


UNTIL_OTHER = "The Velmar museum stays closed until March 15, 2031, for repairs to its roof."


def test_timeline_deadlines_of_two_things_are_no_dispute() -> None:
    assert not any(e.disputed for e in _timeline(UNTIL_12, UNTIL_OTHER))


YEARLESS_15 = ("The Velmar dockers walked out on Tuesday. They will stay on the job until March 15 to give the talks "
               "more time.")
DATED_15 = "The sides agreed to extend the master contract until March 15, 2031."


def test_timeline_a_yearless_day_joins_the_one_dated_entry_of_that_day() -> None:
    entries = _timeline(YEARLESS_15, DATED_15)
    assert {e.value for e in entries} == {"2031-03-15", "XXXX-WXX-2"}
    assert {s.article for e in entries if e.value == "2031-03-15" for s in e.support} == {"r0", "r1"}


EARLIER = ("A blast rocked the Dunmere refinery on Wednesday, injuring three workers. It follows a string of "
           "accidents in the region. A fire at a Korvel depot in March left one worker dead.")
PLANNED = "A blast rocked the Dunmere refinery on Wednesday. The owner will reopen the site in March."


def test_timeline_a_past_month_in_a_story_told_by_weekdays_is_background() -> None:
    marks = {e.value: e.background for e in _timeline(EARLIER)}
    assert marks == {"XXXX-03": True, "XXXX-WXX-3": False}


def test_timeline_a_month_to_come_is_no_background() -> None:
    assert not any(e.background for e in _timeline(PLANNED))


DAY_AFTER = ("Some 9,000 people in Dunmere remained under an evacuation order Thursday as a fire burned at the "
             "refinery, one day after two explosions there.\n\n"
             "Sheriff Alma Tay told a radio station on Thursday that the order stays in place.\n\n"
             "The Wednesday blasts, 11 hours apart, blew out windows of nearby homes.\n\n"
             "At a Thursday evening news conference, officials said the fire would burn for another day.\n\n"
             "The initial explosion at the refinery occurred about 3 a.m. It sent smoke for miles.\n\n"
             "The second blast ripped through the plant about 2 p.m., throwing a tower into the air.")


def test_timeline_a_clock_time_of_an_act_goes_on_the_day_the_report_gives_the_act() -> None:
    values = {e.value for e in _timeline(DAY_AFTER)}
    assert {"XXXX-WXX-3T03:00", "XXXX-WXX-3T14:00"} <= values
    assert not any(v.startswith("XXXX-WXX-4T") for v in values)


ASSUMED = "The Velmar council met on March 15 to set the budget, its clerk said."
OTHER_15 = "The judge ruled on cases tied to the March 15 riots in Orsk."


def test_timeline_an_assumed_year_is_not_spread_to_another_event_of_the_day() -> None:
    # the first report's date is told by its text, its year not settled: its "March 15" has an assumed year
    told = MetaValue(value="2031-03-20", inferred=True, method="text-dates", low="2031-03-20")
    arts = [Article(id="r0", text=ASSUMED, published=told), Article(id="r1", text=OTHER_15, published=MetaValue())]
    entries = build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])
    riots = [e for e in entries if "riots" in e.text]
    assert [e.value for e in riots] == ["XXXX-03-15"]
