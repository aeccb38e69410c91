"""A report's own date before the story's guesses (QA round O): a weekday with its month and day states no year
that the text does not write, and a dateline's month and day wins over where the story would put the report."""

from __future__ import annotations

import dataclasses

from storyline.extract.dating import infer_published, refine_story
from storyline.extract.timex import extract_timexes
from storyline.model import Analysis, Article, MetaValue

# Oct. 25 is a Wednesday in 2017, 2023 and 2028; the text names 2015 only
LANDFALL = (
    "Hurricane Kestrel strikes Portvale\n\n"
    "On Wednesday, Oct. 25, Hurricane Kestrel made landfall near Portvale at 1:25 a.m.\n\n"
    "The last storm of that strength, Hurricane Marla, came ashore in 2015."
)
# filed Oct 30, a Monday when Oct. 25 is a Wednesday; "due to" reads ahead, so the tense does not tell that the
# dateline's day is gone by
FILED = (
    "Toll rises in Portvale\n\n"
    "PORTVALE, Oct 30 (Wirepress) - The number of people missing due to Hurricane Kestrel has risen to 45, "
    "officials said on Monday.\n\n"
    "Kestrel battered the port on Wednesday. The mayor had said on Sunday morning the toll stood at 43."
)
AFTER = "Hurricane Kestrel killed 27 people after it hit Portvale late Wednesday, the minister said on Thursday."


def _article(name: str, text: str, published: MetaValue | None = None) -> Article:
    art = Article(id=name, text=text, published=published or MetaValue())
    return art if published is not None else dataclasses.replace(art, published=infer_published(art))


def _story(*arts: Article) -> tuple[list[Article], list[Analysis]]:
    analyses = [Analysis(article=a.id, version="t", timexes=extract_timexes(a)) for a in arts]
    return refine_story(list(arts), analyses)


def _values(analysis: Analysis) -> dict[str, str | None]:
    return {t.text: t.value for t in analysis.timexes}


def test_dating_weekday_with_month_day_states_no_year_the_text_does_not_write() -> None:
    # was 2017-10-25: the first year after 2015 in which Oct. 25 is a Wednesday
    meta = infer_published(Article(id="n", text=LANDFALL))
    assert meta.value is None
    values = _values(Analysis(article="n", version="t", timexes=extract_timexes(_article("n", LANDFALL))))
    assert values["Wednesday, Oct. 25"] == "XXXX-10-25"


def test_dating_story_keeps_a_dateline_month_day_in_the_story_year() -> None:
    # Oct. 26, 2028 is a Thursday: the report filed "Oct 30" is from Monday, Oct. 30, 2028
    given = _article("given", AFTER, MetaValue(value="2028-10-26", inferred=False))
    filed = _article("filed", FILED)
    arts, anas = _story(given, filed)
    # was 2028-10-25, the day its "Wednesday" shares with the story: its Monday and Sunday fell before the storm
    assert arts[1].published.value == "2028-10-30"
    assert arts[1].published.inferred
    values = _values(anas[1])
    assert values["Monday"] == "2028-10-30"
    assert values["Sunday morning"] == "2028-10-29TMO"
    assert values["Wednesday"] == "2028-10-25"
    assert arts[0].published == given.published


def test_dating_year_less_story_anchors_a_dateline_report_on_its_own_day() -> None:
    arts, anas = _story(_article("landfall", LANDFALL), _article("filed", FILED), _article("after", AFTER))
    assert all(a.published.value is None for a in arts)
    values = _values(anas[1])
    # the story's "Wednesday, Oct. 25" makes Oct 30 a Monday, as the dateline's own sentence says
    assert values["Monday"] == "XXXX-10-30"
    assert values["Sunday morning"] == "XXXX-10-29TMO"
    assert values["Wednesday"] == "XXXX-10-25"


def test_undated_dateline_takes_the_weekday_of_its_own_sentence() -> None:
    # the lede's second sentence is background: Oct 30 is the Monday of the first, not the later Wednesday
    text = (
        "PORTVALE, Oct 30 (Wirepress) - The toll rose to 45, officials said on Monday. The storm hit on Wednesday."
    )
    values = _values(Analysis(article="y", version="t", timexes=extract_timexes(_article("y", text))))
    assert values["Monday"] == "XXXX-10-30"
    assert values["Wednesday"] == "XXXX-10-25"


def test_timex_going_from_one_state_to_another_tells_no_plan() -> None:
    text = "Kestrel had strengthened, going from a tropical storm to a hurricane in 12 hours on Tuesday."
    values = _values(
        Analysis(article="g", version="t", timexes=extract_timexes(_article("g", text, MetaValue(value="2031-10-25"))))
    )
    assert values["Tuesday"] == "2031-10-21"
    plan = "The council is going to vote on Tuesday."
    values = _values(
        Analysis(article="p", version="t", timexes=extract_timexes(_article("p", plan, MetaValue(value="2031-10-25"))))
    )
    assert values["Tuesday"] == "2031-10-28"


def test_timex_per_hour_of_a_measured_rate_is_no_set() -> None:
    text = "Winds reached 165 miles per hour (266 km per hour) at Portvale. Ferries sail three times per day."
    found = extract_timexes(_article("r", text, MetaValue(value="2031-10-25")))
    assert [(t.text, t.type, t.value) for t in found] == [("per day", "SET", "P1D")]
