"""One fact told in other words by reports that alignment left in different groups is one fact: the two shown
statements state each other and tell one act (QA round AG #7)."""

from __future__ import annotations

from compare_helpers import sentence_reports

from storyline.compare.facts import build_facts


def test_one_closure_told_three_ways_is_one_fact() -> None:
    articles, analyses, units = sentence_reports(
        [
            ["A day after a daring raid on the Orvale Museum, the city's most-visited gallery will remain closed on "
             "Monday."],
            ["The Orvale Museum was closed for a second day on Monday as police continued their hunt for the gang."],
            ["Thieves used a crane to reach the second floor."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0], [1], [2]])
    assert [(f.status, sorted(s.article for s in f.support)) for f in facts] == [
        ("corroborated", ["r0", "r1"]),
        ("single", ["r2"]),
    ]


def test_two_acts_of_one_thing_stay_apart() -> None:
    articles, analyses, units = sentence_reports(
        [
            ["The suit had accused Harbor Radio of knowingly airing false ballot claims."],
            ["The case said Harbor Radio aired lies about counting machines and ballot claims."],
        ]
    )
    facts = build_facts(articles, analyses, units, [[0], [1]])
    assert [f.status for f in facts] == ["single", "single"]
