"""Rounds AI and AJ: office hours are no timeline day; a day a condition hangs on is no event; one event given two
neighbouring weekdays by two reports is one entry, the other day disputed; a line of a date cites one event.

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


HOURS = "Shoppers with questions may call (555) 010-4477 8 AM to 5 PM EST Monday through Friday."
HOURS_2 = "The Velmar help line is open Monday-Friday, 9 a.m.-6 p.m. local time."
TAKEN = "Velmar Foods took its Crunchy Oat bars off the shelves on Friday."


def test_timeline_office_hours_are_no_entry() -> None:
    entries = _timeline(f"{TAKEN} {HOURS}", f"{TAKEN} {HOURS_2}")
    assert [e.text for e in entries] == [TAKEN]


def test_timeline_a_stretch_of_weekdays_without_hours_stays() -> None:
    talks = "Negotiators met from Monday through Friday in Orsk."
    assert [e.text for e in _timeline(talks)] != []


THREAT = '"Dalmark knew what was coming for them on Wednesday if we did not reach a deal," he said.'
DEAL = "The Orsk Metalworkers union reached a tentative agreement with Dalmark Motors on Wednesday."


def test_timeline_a_day_a_condition_hangs_on_is_no_event() -> None:
    entries = _timeline(f"{DEAL} {THREAT}")
    assert [e.text for e in entries] == [DEAL]
    assert [len(e.support) for e in entries] == [1]


THREAT_2 = '"Dalmark knew what was coming to them if we did not reach an agreement by Wednesday.'


def test_timeline_a_day_inside_a_condition_is_no_event() -> None:
    entries = _timeline(f"{DEAL} {THREAT_2}")
    assert [len(e.support) for e in entries] == [1]


APOLOGY = "The tanker's Norvish owner offered a written apology to operators of the ships Thursday."
IDLED = "The stranded tanker blocked the Velm Strait Thursday as at least 90 other ships idled at anchor."
IDLED_2 = "With 90 other ships idled at anchor, the stranded tanker still blocked the Velm Strait on Thursday."
DAY_1 = "The tanker ran aground on Tuesday, stopping ships in the Velm Strait."
DAY_2 = "Tugs failed to move the tanker on Wednesday as ships waited."


def test_timeline_a_line_cites_one_act_not_the_story_words_of_its_day() -> None:
    entries = _timeline(f"{DAY_1} {DAY_2} {IDLED} {APOLOGY}", f"{IDLED_2}")
    thursday = [e for e in entries if e.value == "XXXX-WXX-4"]
    assert sorted(len(e.support) for e in thursday) == [1, 2]
    assert [e.text for e in thursday if len(e.support) == 1] == [APOLOGY]


def test_timeline_a_sentence_joins_a_line_by_its_first_sentence_not_by_a_chain() -> None:
    first = "Orsk council closed the Marn bridge on Friday after cracks were found."
    second = "Engineers found cracks in the Marn bridge piers on Friday, the council said."
    third = "Engineers from Velm also inspected the Orsk ferry pier on Friday."
    entries = _timeline(first, second, third)
    assert sorted(len(e.support) for e in entries) == [1, 2]


def test_timeline_one_word_of_the_company_ties_no_two_acts() -> None:
    down = "The company's website went down Monday evening, leaving hotel guests without keys."
    fault = "A network fault shut the company's hotel booking systems, an official reported Monday."
    entries = _timeline(down, fault)
    assert [len(e.support) for e in entries] == [1, 1]


ISSUED_SAT = "Velmar Foods issued a voluntary recall on Saturday over its Crunchy Oat bars sold in Orsk."
ISSUED_FRI = "The recall, issued Friday, included lot codes 4410 to 4490."
RELEASE = "ORSK, May 14, 2032 /Norvik Wire/ -- Velmar Foods has taken Crunchy Oat bars off the shelves."


def test_timeline_one_act_on_two_neighbouring_weekdays_is_one_entry_disputed() -> None:
    entries = _timeline(ISSUED_SAT, ISSUED_FRI)
    issued = [e for e in entries if e.text in (ISSUED_SAT, ISSUED_FRI)]
    # nothing tells which day is right: both stay, each disputed by the other
    assert [len(e.disputed) for e in issued] == [1, 1]


def test_timeline_a_dated_day_of_the_story_picks_the_weekday_of_one_act() -> None:
    entries = _timeline(RELEASE, ISSUED_SAT, ISSUED_FRI)  # May 14, 2032 is a Friday
    issued = [e for e in entries if e.text in (ISSUED_SAT, ISSUED_FRI)]
    assert [(e.value, e.text) for e in issued] == [("XXXX-WXX-5", ISSUED_FRI)]
    assert [s.article for s in issued[0].disputed] == ["r1"]


def test_timeline_a_state_told_on_two_days_is_no_dispute() -> None:
    wed = "The tanker remained stuck in the Velm Strait on Wednesday, blocking ships."
    thu = "The tanker remained stuck in the Velm Strait on Thursday, blocking ships."
    entries = _timeline(wed, thu)
    assert [len(e.disputed) for e in entries] == [0, 0]


def test_timeline_a_weekday_counted_a_week_back_still_meets_its_act() -> None:
    release = Article(id="pr", text="Velmar Foods is taking Crunchy Oat bars off the shelves in Orsk.",
                      published=MetaValue(value="2032-05-14"))  # a Friday
    arts = [release, Article(id="s", text=ISSUED_SAT, published=MetaValue()),
            Article(id="f", text=ISSUED_FRI, published=MetaValue())]
    entries = build_timeline(arts, [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts])
    assert [(e.value, e.text) for e in entries] == [("2032-05-14", ISSUED_FRI)]
    assert [s.article for s in entries[0].disputed] == ["s"]


def test_timeline_three_shared_words_of_the_story_still_tell_one_event() -> None:
    tue = "The Tarn dam gate failed on Tuesday, and its hoist chain snapped despite an inspection."
    wed = "Engineers propped the Tarn dam gate on Wednesday and ordered a hoist chain inspection."
    fri = "The gate hoist chain inspection ended on Friday."
    one = "The water board said the hoist chains on all four gates had passed an inspection in February."
    two = "Kell said the hoist chains on every gate had been checked in a routine inspection in February."
    entries = _timeline(f"{tue} {wed} {fri} {one}", two)
    assert [len(e.support) for e in entries if e.value.endswith("-02")] == [2]


def test_timeline_a_pair_of_days_files_its_sentence_at_its_end() -> None:
    pair = "Following an all-night session Tuesday and Wednesday, a tentative pay deal was announced just after 8 p.m."
    entries = _timeline(f"Talks between Dalmark Motors and its union resumed on Monday. {pair}")
    assert [e.value for e in entries if e.text == pair] == ["XXXX-WXX-3"]


def test_timeline_a_short_sentence_s_one_word_joins_even_if_story_wide() -> None:
    aug = "The Orla ferry first crossed to Tarn Point in August."
    sep = "A second Orla crossing followed in September."
    nov = "Velm Lines finally crossed to Tarn Point with the refitted Orla ferry and its new crew on November 16."
    short = "The Orla crossed November 16."
    entries = _timeline(f"{aug} {sep} {nov}", short)
    assert [len(e.support) for e in entries if e.value.endswith("-11-16")] == [2]


def test_timeline_a_sentence_retelling_the_first_joins_despite_its_report() -> None:
    board = "The Tarn water board said the hoist chains on all four gates passed an inspection in February."
    asked = "Velm Radio has asked for a copy of the February inspection report."
    checked = "Kell said the hoist chains on all four gates had been checked during a routine inspection in February."
    entries = _timeline(board, f"{asked} {checked}")
    assert [[s.article for s in e.support] for e in entries] == [["r0", "r1", "r1"]]


def test_timeline_a_quoted_term_and_a_title_word_retell_no_statement() -> None:
    lead = ("A “network incident” led to the shutdown of some hotel computer systems at Orla Resorts, an official "
            "said Monday.")
    said = "Orla Resorts said Monday that its booking systems were hit by a “network incident” that disrupted guests."
    expert = ("Ana Kell, a professor of information systems, said Monday that a “network incident” usually means "
              "an attack.")
    entries = _timeline(lead, f"{said} {expert}")
    assert sorted(len(e.support) for e in entries) == [1, 2]


def test_timeline_a_stretch_through_the_next_day_is_still_filed() -> None:
    stretch = "Dalmark Motors closed its Orsk plant from Monday through Tuesday for repairs."
    assert [e.text for e in _timeline(stretch)] == [stretch]
