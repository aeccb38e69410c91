"""A candidate's share of a vote, given differently by reports whose sentences do not align (QA round K: "44.24
percent" in one report, "44.7%" in another)."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.shares import agree, shares
from storyline.model import Analysis, Article, MetaValue, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor, the former mayor, took 52.36 percent of the vote (1,204,551) with 97 percent counted.",
         [("okafor", "52.36")]),
        ("Early results show Okafor with over 52% of votes with more than 90% of votes counted.",
         [("okafor", "over 52")]),
        ("Okafor won about 52% of the vote, while Venn won just over 47%.", [("okafor", "about 52"),
                                                                             ("venn", "over 47")]),
        ("He lost narrowly, with 48.5% for Venn in the capital.", [("venn", "48.5")]),
        ("The runoff ended with Venn's 47.6% against Okafor's 52.4%.", [("venn", "47.6"), ("okafor", "52.4")]),
        # a share of something else, or of what was counted, is nobody's
        ("Some 40% of the population lives in poverty.", []),
        ("Turnout reached 71 percent, officials said.", []),
        # a figure told with another round's victory is not tied to the holder by the rules
        ("Despite Venn's victory in the first round with 41% of the votes, the runoff went to Okafor.", []),
    ],
)
def test_shares_read_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.holder, s.written) for s in shares(text)] == expected


def test_shares_rounding_agrees_and_a_typo_does_not() -> None:
    (exact,) = shares("Venn took 47.62 percent.")
    (rounded,) = shares("Venn took 47.6 percent.")
    (whole,) = shares("Venn took 48 percent.")
    (other,) = shares("Venn took 47.1 percent.")
    assert agree(exact, rounded)
    assert agree(exact, whole)
    assert not agree(exact, other)


def test_shares_a_pronoun_is_the_one_person_named_before_it() -> None:
    text = "Despite Dara Venn's lead in the first round, in the runoff she just obtained the 47.1%."
    people = [(text.index("Dara Venn"), text.index("Dara Venn") + len("Dara Venn"), "Dara Venn")]
    assert [(s.holder, s.written) for s in shares(text, people)] == [("venn", "47.1")]
    assert shares(text) == []  # nobody named by a full name before it: nobody's


TEXTS = [
    "Okafor, the former mayor, took 52.36 percent of the vote, with rival Dara Venn taking 47.62 percent.",
    "Despite Dara Venn's strong start in the first round with 41% of the votes, in the runoff she just obtained "
    "the 47.1% against Okafor's 52.4%.",
    "Okafor won about 52% of the vote, while Venn won just over 47%.",
]


def test_shares_of_one_candidate_are_compared_across_unaligned_reports() -> None:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(TEXTS)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    names = {"E1": ("Dara Venn", "PERSON"), "E2": ("Okafor", "PERSON")}

    def mentions(span: Span) -> list[tuple[int, int, str]]:
        text = articles[int(span.article[1:])].text
        return [(text.index(n), text.index(n) + len(n), e) for e, (n, _) in names.items() if n in text]

    facts = build_facts(articles, analyses, units, [[0], [1], [2]], names=names, mentions=mentions)
    conflicts = [f for f in facts if f.status == "conflict"]
    assert [f.why for f in conflicts] == ["Venn: 47.62 vs 47.1 percent"] * 2
    assert {s.article for f in conflicts for s in f.support} == {"r0", "r1"}
    assert not any(f.may_be_update for f in conflicts)
