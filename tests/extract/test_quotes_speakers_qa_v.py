"""Speakers of blind QA round V, each case in invented text: "he" after a person the small model left untagged
("Billionaire Elon Vask congratulated ..."), a statement that speaks for who made it ("..., the statement read"),
a company description read for the company a report names as one ("Zephyrix's CEO"), and a title written out
for the one person the report gives it abbreviated ("The state's governor" of "Gov. Ilse Varga")."""

from __future__ import annotations

import pytest

from extract.quote_helpers import run, speakers
from storyline.extract.entities import extract_entities
from storyline.model import Article
from storyline.nlp.pipeline import parse

LAUNCH = (
    "How Elon Vask reacted after the Zephyrix rocket blast\n\n"
    "Billionaire Elon Vask congratulated the Zephyrix team on a bold test flight of Skylark. He said that the team"
    " learned a lot for the next flight in a few months. The Skylark broke apart during its first flight on Friday,"
    " despite being the largest rocket ever built by Zephyrix.\n"
)


def test_he_after_an_untagged_person_goes_to_that_person_not_the_company() -> None:
    assert speakers(LAUNCH, "the team learned a lot") == ["Elon Vask"]


def test_a_person_described_before_the_name_is_named_without_the_description() -> None:
    text = LAUNCH.replace("Elon Vask", "Tovan Reske")
    doc = parse(text)
    names = {e.name for e in extract_entities(Article(id="t", text=text), doc) if e.type == "PERSON"}
    assert "Tovan Reske" in names
    assert not any(n.startswith("Billionaire") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Zephyrix said in a statement that its crews would keep reviewing data. “With a test like this, success comes"
        " from what we learn,” the statement read.",
        "In a statement, Zephyrix said its crews would keep reviewing data.\n\n“With a test like this, success comes"
        " from what we learn,” the statement said.",
    ],
)
def test_the_statement_speaks_for_who_made_it(text: str) -> None:
    assert speakers(text, "success comes from what we learn") == ["Zephyrix"]


def test_a_statement_no_one_is_said_to_have_made_stays_the_speaker() -> None:
    text = "“The harbour will reopen on Monday,” the statement read."
    assert speakers(text, "The harbour will reopen") == ["statement"]


def test_the_company_is_the_one_the_report_names_a_ceo_of() -> None:
    text = (
        "Zephyrix is going back to the drawing board.\n\n"
        "During a test flight on May 3, the company's Skylark rocket broke apart minutes after launch. “Teams will"
        " keep reviewing data,” Zephyrix said in a message posted online.\n\n"
        "“With a test like this, success comes from what we learn,” the company's note continued.\n\n"
        "Zephyrix's CEO Orla Brenn was on site for the launch.\n"
    )
    assert speakers(text, "success comes from what we learn") == ["Zephyrix"]


def test_a_title_written_out_is_the_one_person_given_it_abbreviated() -> None:
    text = (
        "A wildfire on the island of Kestria killed at least 40 people, officials said Saturday.\n\n"
        "The state's governor predicted more bodies will be found.\n\n"
        "“It will be the worst disaster the island has faced,” Gov. Ilse Varga said Saturday.\n"
    )
    assert speakers(text, "more bodies will be found") == ["Ilse Varga"]


def test_a_title_held_by_no_one_named_stays_the_description() -> None:
    text = "The state's governor predicted more bodies will be found. Mayor Ilse Varga visited the shelters."
    assert [q.speaker for q in run(text) if "more bodies" in q.text] == ["state's governor"]
