"""One act told by several reports on one day, in other words and at clock times of it, is one timeline line:
"launched Thursday", "lifted off at 3:12 a.m. Thursday", "The liftoff on Thursday ..." and "blasted off at 3:13
a.m. Thursday" are one launch, though "launch" is a word of the whole story (its scrubbed attempts are told on
other days). Year-less clock times are filed too. A scrub, a plan and another act of the day stay apart.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.brief.timeline import build_timeline
from storyline.brief.timeline_acts import act_of
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue, Span, TimelineEntry


def _timeline(*texts: str) -> tuple[TimelineEntry, ...]:
    """The timeline of undated reports, their time expressions read by the time stage."""
    arts = [Article(id=f"r{i}", text=t, published=MetaValue()) for i, t in enumerate(texts)]
    return build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])


def _reports(entry: TimelineEntry) -> set[str]:
    return {s.article for s in entry.support}


SCRUB = "The Orvan Space Agency scrubbed the launch of the Kestrel rocket in March because of a valve fault."
SCRUB_2 = "A second launch attempt in April was called off after a fuel leak."
SCRUB_3 = "The agency delayed the launch again in May as a storm neared the Pell Island pad."
LAUNCHED = "The Orvan Space Agency launched its Kestrel rocket and crew capsule Thursday on a trip around the moon."
LIFTED = "After two scrubbed attempts, the Kestrel finally lifted off at 3:12 a.m. Thursday from Pell Island."
LIFTOFF = "The liftoff on Thursday comes after the first unsuccessful launch of the Kestrel in March."
TOOK_OFF = "The Kestrel, the most powerful booster the agency has built, took off at 3:12 a.m. from Pell Island."
BLASTED = "The huge Kestrel rocket blasted off at 3:13 a.m. Thursday."
BUDGET = "Agency chief Mira Tolsen said on Thursday that the programme's budget would grow by a fifth."


def _story() -> tuple[TimelineEntry, ...]:
    return _timeline(
        f"{LAUNCHED} {BLASTED} {BUDGET}",
        f"{LIFTED} {SCRUB}",
        f"{TOOK_OFF} It went up on Thursday. {LIFTOFF} {SCRUB_2}",
        f"{LIFTED.replace('After two scrubbed attempts, the', 'The')} {SCRUB_3}",
    )


def test_timeline_one_launch_told_many_ways_is_one_line() -> None:
    entries = _story()
    launch = [e for e in entries if any(w in e.text for w in ("launched its", "lifted off", "took off", "liftoff"))]
    assert len(launch) == 1
    assert launch[0].value.endswith("T03:12")
    assert _reports(launch[0]) == {"r0", "r1", "r2", "r3"}


def test_timeline_one_launch_another_minute_disputes_it() -> None:
    (launch,) = [e for e in _story() if e.value.endswith("T03:12")]
    assert [(s.article, "3:13" in BLASTED) for s in launch.disputed] == [("r0", True)]
    assert all(e.value != launch.value.replace("03:12", "03:13") for e in _story())


def test_timeline_scrubs_and_other_acts_of_the_day_are_not_folded_into_the_launch() -> None:
    entries = _story()
    (launch,) = [e for e in entries if e.value.endswith("T03:12")]
    texts = {e.text for e in entries}
    assert BUDGET in texts
    assert BUDGET not in launch.text
    for scrub in (SCRUB, SCRUB_2, SCRUB_3):
        assert scrub in texts
    # the launch's sentences are filed under no month of the scrubs
    months = [e for e in entries if e.value in ("XXXX-03", "XXXX-04", "XXXX-05")]
    assert len(months) == 3
    launch_texts = {e.text for e in entries if e.value.endswith("T03:12")}
    assert all(e.text not in launch_texts and LAUNCHED not in e.text for e in months)


def test_timeline_as_many_reports_at_two_times_stay_two_entries() -> None:
    entries = _timeline(LIFTED, LIFTED.replace("finally", "at last"), BLASTED, BLASTED.replace("huge", "giant"))
    times = sorted(e.value[-5:] for e in entries if "T" in e.value)
    assert times == ["03:12", "03:13"]
    # nothing tells which time is right: each entry shows the other's reports as disputing it (QA AR #4)
    assert all({s.article for s in e.disputed} == ({"r2", "r3"} if e.value.endswith("03:12") else {"r0", "r1"})
               for e in entries if "T" in e.value)


def test_timeline_a_yearless_clock_time_is_filed() -> None:
    docked = "The Merrow ferry docked at Tallin Quay at 4:30 p.m. on June 3 after the storm."
    entries = _timeline(docked)
    assert [(e.value, e.text) for e in entries] == [("XXXX-06-03T16:30", docked)]


def _act(sentence: str, date: str) -> tuple[str, bool]:
    at = sentence.index(date)
    whole, told = Span(article="r", start=0, end=len(sentence)), Span(article="r", start=at, end=at + len(date))
    return act_of(sentence, whole, told)


def test_act_of_reads_the_act_a_date_is_given_for() -> None:
    assert _act(LIFTED, "3:12 a.m.") == ("launch", True)
    assert _act(LIFTOFF, "Thursday") == ("launch", True)
    assert _act("The pilots were aboard when the grounding happened at 7:45 am.", "7:45 am") == ("aground", False)
    assert _act("Fans packed the stands for Thursday's launch of the Kestrel.", "Thursday") == ("launch", True)
    assert _act("Crowds cheered Thursday’s historic liftoff of the Kestrel.", "Thursday") == ("launch", True)


def test_act_of_reads_no_act_failed_planned_or_said() -> None:
    assert _act(LIFTOFF, "March")[0] == ""  # "the first unsuccessful launch ... in March"
    assert _act(SCRUB, "March")[0] == ""
    assert _act("The Kestrel is set to launch again on Friday.", "Friday")[0] == ""
    assert _act("The minister resigned, Premier Alva Rusk said on Tuesday.", "Tuesday")[0] == ""


def test_timeline_one_act_of_two_things_on_one_day_is_two_lines() -> None:
    bus = "A Tarvel Lines bus crashed near Orsk on Monday, injuring four passengers and blocking the northbound road."
    van = "Separately, a delivery van crashed into a bakery shopfront in Dunmere on Monday, smashing its glass window."
    entries = _timeline(bus, van)
    assert sorted(len(e.support) for e in entries) == [1, 1]


def test_timeline_a_yearless_clock_time_to_come_goes_after_the_weekdays() -> None:
    """As its day would: "will reopen on December 11 at 3 p.m." in a story told by weekdays lies after them."""
    entries = _timeline(
        "The Orsk council voted on Tuesday to close the Velm bridge. The bridge will reopen on December 11 at 3 p.m.",
        "Councillors voted on Tuesday to shut the Velm bridge for repairs.",
    )
    assert [e.value for e in entries] == ["XXXX-WXX-2", "XXXX-12-11T15:00"]


def test_timeline_one_act_of_another_thing_keeps_its_own_day_and_time() -> None:
    """A bus crash at 3 p.m. told by two reports takes no van crash of the same day into its time, nor disputes it."""
    bus = "A Tarvel Lines bus crashed near Orsk at 3 p.m. on Monday, injuring four passengers on the northbound road."
    bus_2 = "Four passengers were hurt when a Tarvel Lines coach crashed near Orsk at 3 p.m. Monday."
    van = "Separately, a delivery van crashed into a bakery shopfront in Dunmere on Monday, smashing its glass window."
    van_2 = "A grocer's lorry crashed into a Dunmere post box at 3:20 p.m. Monday, bending the steel frame."
    entries = _timeline(f"{bus} {van}", bus_2, van_2)
    by_text = {e.text: e for e in entries}
    assert by_text[van].value == "XXXX-WXX-1"
    assert by_text[van_2].value == "XXXX-WXX-1T15:20"
    assert all(not e.disputed for e in entries)
