"""A report supports a fact only when its statement states what the fact says: its counts, and what it says of
whom it names, not merely the same people and topic (QA round O, problem 8)."""

from __future__ import annotations

import pytest

from storyline.brief.summary import summarize
from storyline.compare.align import Unit
from storyline.compare.facts import build_facts, states
from storyline.model import Analysis, Article, MetaValue, Span


def _reports(texts: list[str]) -> tuple[list[Article], list[Analysis], list[Unit]]:
    """One report of one statement each, numbered in order."""
    articles, units = [], []
    for i, text in enumerate(texts):
        articles.append(Article(id=f"r{i}", text=text, outlet=MetaValue(value=f"Outlet {i}")))
        units.append(Unit.make(span=Span(article=f"r{i}", start=0, end=len(text) - 1), text=text[:-1], report=i))
    return articles, [Analysis(article=a.id, version="t") for a in articles], units


@pytest.mark.parametrize(
    ("line", "other", "stated"),
    [
        # the count is the claim: a statement without it states the topic only
        ("The tribunal gave its ruling after sitting for less than six hours",
         "The tribunal swiftly gave its ruling after breaking for lunch", False),
        ("Storm Hesper caused at least 31 deaths as it lashed the port of Varnholm",
         "Storm Hesper slammed into the coast near Varnholm, bringing heavy rain and winds", False),
        ("Corvin Ashe was convicted on two counts of bribery, two counts of forgery and one count of perjury",
         "Corvin Ashe was found guilty of all eight counts against him, including bribery and forgery", False),
        # the same people, not what is said of them
        ("As soon as her son left the room, Ilse Marrow burst into tears",
         "Ilse Marrow and Teodor Vane sat in the second row, behind the sketch artists", False),
        # a small part of a long line
        ("Mayor Obel Tarn arrived at the scene late Friday, after his convoy found roads blocked by mudslides and "
         "fallen trees, forcing officials to walk",
         "Velmish Mayor Obel Tarn personally joined an official convoy heading for the harbour town by road", False),
        # the same count said of the same thing, in other words
        ("The prosecutors charged him with nine counts of fraud and bribery",
         "Corvin Ashe was found guilty on nine counts of fraud", True),
        ("According to the fire service, 13 people were treated for minor injuries",
         "More than a dozen people were treated for cold and minor injuries", True),
        ("The bridge will stay shut until June, city engineers said on Monday",
         "The repairs will keep the bridge closed until June", True),
    ],
)
def test_states_asks_for_the_line_not_its_topic(line: str, other: str, stated: bool) -> None:
    assert states(line, other) is stated


def test_fact_support_without_the_count_is_a_fact_of_its_own() -> None:
    """A report that aligned with a fact by its topic does not corroborate it: it stands apart."""
    articles, analyses, units = _reports(
        [
            "The tribunal gave its ruling after sitting for less than six hours.",
            "The tribunal swiftly gave its ruling after breaking for lunch.",
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1]])
    assert [(f.status, f.independent_sources, [s.article for s in f.support]) for f in facts] == [
        ("single", 1, ["r0"]),
        ("single", 1, ["r1"]),
    ]


def test_fact_support_split_off_may_corroborate_itself() -> None:
    """What a fact's statement does not state is set apart as one fact when its statements state each other."""
    articles, analyses, units = _reports(
        [
            "The tribunal gave its ruling after sitting for less than six hours.",
            "Ilse Marrow and Teodor Vane sat in the second row behind the sketch artists.",
            "Ilse Marrow and Teodor Vane sat in the second row, just behind the sketch artists.",
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [(f.status, [s.article for s in f.support]) for f in facts] == [
        ("single", ["r0"]),
        ("corroborated", ["r1", "r2"]),
    ]


def test_fact_support_and_its_summary_line_count_the_same_sources() -> None:
    """A summary line cites the reports its fact cites, and counts as many sources."""
    articles, analyses, units = _reports(
        [
            "Videos from hotel guests in Varnholm showed blinding horizontal rain and howling winds.",
            "Current reports and images from Varnholm show severe damage to hotels and downed trees.",
            "Hesper battered Varnholm with winds of 150 miles per hour, flooding the hotels.",
        ]
    )
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    (line, *_) = summarize(articles, analyses, facts, sentences=3)
    fact = next(f for f in facts if f.support[0].article == "r0")
    assert (fact.independent_sources, line.independent_sources) == (1, 1)
    assert [s.article for s in line.support] == [s.article for s in fact.support] == ["r0"]


def test_a_statement_that_stops_what_the_line_sets_going_does_not_state_it() -> None:
    # QA T #9: "will resume searching" was supported by "was calling off the search-and-rescue mission"
    line = "Authorities will resume searching Wednesday for six missing ferry workers in the Velm River."
    stopped = "The authorities said it was calling off the search-and-rescue mission for the six ferry workers."
    assert not states(line, stopped)
    assert not states(line, "The search for the six missing ferry workers in the Velm River was called off.")
    # the same act told again still states it
    assert states(line, "Authorities will resume searching on Wednesday for the six missing ferry workers.")
