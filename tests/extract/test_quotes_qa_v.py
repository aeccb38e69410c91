"""Speech read wrongly in blind QA round V, each case in invented text."""

from __future__ import annotations

import pytest
from quote_helpers import run

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article, MetaValue, Quote
from storyline.nlp.pipeline import parse

# ---- a quotation in a headline -------------------------------------------------------------------------------


def run_titled(text: str) -> tuple[Quote, ...]:
    """The quotes of ``text`` read as a saved page is: its first line is the title, so it is furniture."""
    article = Article(id="t", text=text, title=MetaValue(value=text.split("\n", 1)[0]))
    doc = parse(text)
    furniture = find_furniture(article, doc)
    return extract_quotes(article, doc, extract_entities(article, doc, furniture=furniture), furniture)


def test_a_headline_quotation_goes_to_the_name_before_a_title_cased_verb_of_speech() -> None:
    text = (
        "‘Bold Step,’ Larkin Hails Port Elwin Harbor Deal\n\n"
        "Governor Amos Larkin signed the harbor deal on Monday in Port Elwin, where crews had waited for a year."
    )
    assert [q.speaker for q in run_titled(text) if "Bold Step" in q.text] == ["Amos Larkin"]


@pytest.mark.parametrize(
    "headline",
    ["‘Bold Step,’ Port Elwin Harbor Deal Signed After Long Wait", "“A New Dawn”: Port Elwin Harbor Deal Is Signed"],
)
def test_a_headline_quotation_that_no_one_is_said_to_speak_is_no_speech(headline: str) -> None:
    text = headline + (
        "\n\nGovernor Amos Larkin signed the harbor deal on Monday in Port Elwin, where crews had waited for a year."
    )
    assert [q for q in run_titled(text) if q.span.end <= len(headline)] == []


# ---- what is not speech --------------------------------------------------------------------------------------


def test_what_a_thing_is_meant_to_warn_of_is_no_warning() -> None:
    text = "Sirens placed along the Marrow coast – intended to warn of coming storms – never sounded on Tuesday."
    assert [q.text for q in run(text)] == []


# ---- speech the parse left without a clause ------------------------------------------------------------------


def test_noted_with_a_clause_the_parse_read_as_objects() -> None:
    text = (
        "Mayor Dana Oyelaran noted the fatality count so far only accounts for those found dead outside and warned"
        " that it will likely increase in the coming days."
    )
    items = [q.text for q in run(text) if q.speaker == "Dana Oyelaran"]
    assert "the fatality count so far only accounts for those found dead outside" in items


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "A landslide killed at least 14 people in the hills above Tarrow, authorities said Saturday.",
            "A landslide killed at least 14 people in the hills above Tarrow",
        ),
        (
            "A landslide that buried a village above Tarrow this past week killed at least 14 people, authorities"
            " said Saturday, making it the deadliest slide in the region in decades.",
            "A landslide that buried a village above Tarrow this past week killed at least 14 people",
        ),
    ],
)
def test_a_closing_attribution_with_its_day_after_the_verb(text: str, said: str) -> None:
    assert (said, "authorities") in [(q.text, q.speaker) for q in run(text)]


def test_gave_odds_that_reports_a_forecast() -> None:
    text = "In the weeks before the flight, Orlan Petrov gave 50-50 odds that the capsule would reach orbit."
    items = [(q.text, q.speaker) for q in run(text)]
    assert items == [("the capsule would reach orbit", "Orlan Petrov")]
