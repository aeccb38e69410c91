"""Two ledes of one announcement are one fact: the statement shown is the one more reports state, when the first
differs from it only by a detail set after a comma (QA round AH #11)."""

from __future__ import annotations

from compare_helpers import sentence_reports

from storyline.compare.facts import build_facts


def _support(reports: list[list[str]]) -> list[tuple[str, list[str]]]:
    articles, analyses, units = sentence_reports(reports)
    facts = build_facts(articles, analyses, units, [list(range(len(units)))])
    return [(f.status, sorted({s.article for s in f.support})) for f in facts]


def test_two_ledes_differing_by_a_detail_are_one_fact() -> None:
    assert _support(
        [
            ["Orvale Air parent Tarnco is eliminating about 1,200 jobs, or 6% of its workforce, the company said "
             "Friday, in the latest cuts to shake the airline sector."],
            ["Orvale Air is cutting 1,200 jobs to ride out hard times, the company said Friday."],
        ]
    ) == [("corroborated", ["r0", "r1"])]


def test_a_count_in_the_main_clause_still_keeps_two_facts() -> None:
    assert _support(
        [
            ["The tribunal gave its ruling after sitting for less than six hours."],
            ["The tribunal swiftly gave its ruling after breaking for lunch."],
        ]
    ) == [("single", ["r0"]), ("single", ["r1"])]
