"""Shares of two rounds of one vote, and turnouts (QA round S): Solih's 39% of "the first round" is no other figure
of his 46% in the run-off, and "About 85 per cent of ... eligible voters turned up" / "representing 87% of the
eligible voters" disagree on the turnout. Fictional texts."""

from __future__ import annotations

import pytest

from storyline.compare.align import Unit
from storyline.compare.counts import count_disagreement
from storyline.compare.facts import build_facts
from storyline.compare.shares import agree, shares, turnouts
from storyline.model import Analysis, Article, MetaValue, Span

NAMES = {"E1": ("Dara Venn", "PERSON"), "E2": ("Tomas Okafor", "PERSON")}


def _conflicts(texts: list[str], cut: dict[int, int] | None = None) -> list[str]:
    """The reasons of the conflicts among one-statement reports; ``cut``: report -> where its statement is cut
    into a sentence and a clause, as the claim splitter cuts a sentence at a clause set off by commas."""
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = []
    for i, a in enumerate(articles):
        at = (cut or {}).get(i)
        if at is None:
            units.append(Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i))
            continue
        head, rest = a.text[:at].rstrip(" ,"), a.text.index("is", at)
        units.append(Unit.make(span=Span(article=a.id, start=0, end=len(head)), text=head, report=i))
        units.append(Unit.make(span=Span(article=a.id, start=rest, end=len(a.text)), text=a.text[rest:],
                               report=i, kind="clause"))

    def mentions(span: Span) -> list[tuple[int, int, str]]:
        text = articles[int(span.article[1:])].text
        return [(text.index(n), text.index(n) + len(n), e) for e, (n, _) in NAMES.items() if n in text]

    groups = [[n] for n in range(len(units))]
    facts = build_facts(articles, analyses, units, groups, names=NAMES, mentions=mentions)
    return sorted({f.why for f in facts if f.status == "conflict"})


def test_a_share_of_the_first_round_is_no_other_figure_of_the_run_off() -> None:
    assert _conflicts([
        "The electoral board said Dara Venn had received 54 per cent of the ballots in Sunday's vote, with 46 per "
        "cent for Okafor.",
        "Dara Venn led the first round as well, garnering 46% of the votes, followed by Mayor Tomas Okafor with 39%.",
    ]) == []


def test_a_share_of_one_round_still_disagrees_with_another_figure_of_that_round() -> None:
    assert _conflicts([
        "In the first round, Mayor Tomas Okafor won 39% of the votes.",
        "Dara Venn led the first round, followed by Mayor Tomas Okafor with 36%.",
    ]) == ["Okafor (first round): 39 vs 36 percent"]


@pytest.mark.parametrize(
    ("text", "vote"),
    [
        ("Venn won 46%, the first round's best.", ""),
        ("In the first round, Venn won 46%.", "first round"),
        ("Venn led the first round as well, followed by Okafor with 39%.", "first round"),
        ("Venn, who led with 46% of the votes in the first round, took 54%.", ""),
        ("In 2019, Okafor won 58% of the vote.", "2019"),
        ("In the previous election, Okafor took 51%.", "previous"),
        ("In the runoff, Venn won 54%.", ""),
    ],
)
def test_vote_of_a_share(text: str, vote: str) -> None:
    assert shares(text)[-1].vote == vote


def test_aligned_figures_of_two_holders_or_two_rounds_are_no_disagreement() -> None:
    first = "Venn led the first round as well, garnering 46% of the votes, followed by Mayor Okafor with 39%."
    assert count_disagreement("Venn was leading the count with 54% of the vote against 46% won by Okafor.",
                              first) is None
    assert count_disagreement("No candidate won more than 50 percent of votes in the first round on May 4, "
                              "during which Venn secured more than 46 percent of the votes.", first) is None
    # one holder's figures of one round still disagree
    assert count_disagreement("Venn took 54% of the vote.", "Venn took 58% of the vote.") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 85 per cent of 310,000 eligible voters turned up at polling stations.", ["About 85"]),
        ("The runoff saw a higher turnout with 245,100 people casting their votes, representing 87% of the "
         "eligible voters.", ["87"]),
        ("Turnout stood at 71 percent, officials said.", ["71"]),
        ("Officials reported an 87 percent voter turnout.", ["87"]),
        ("Turnout in the first round was 79%.", ["79"]),
        # a change, or a share of the voters given to a candidate, is no turnout
        ("Turnout fell 5% from the last vote.", []),
        ("Some 54% of registered voters voted for Venn.", []),
        ("Some 40% of the population lives in poverty.", []),
    ],
)
def test_turnouts_read_table(text: str, expected: list[str]) -> None:
    assert [(s.holder, s.written) for s in turnouts(text)] == [("turnout", w) for w in expected]


def test_turnouts_that_differ_past_their_rounding_conflict_as_approximate_figures() -> None:
    assert _conflicts([
        "About 85 per cent of 310,000 eligible voters turned up at polling stations.",
        "The runoff saw a higher turnout with 245,100 people casting their votes, representing 87% of the "
        "eligible voters.",
    ]) == ["Turnout: about 85 vs 87 percent (approximate figures: may be one)"]


def test_a_turnout_whose_verb_a_clause_cut_off_is_still_read() -> None:
    text = ("About 85 per cent of 310,000 eligible voters in the republic, which is known for its salt lakes, "
            "turned up at more than 400 polling stations.")
    assert _conflicts([text, "Turnout stood at 78 percent, the electoral board said."],
                      cut={0: text.index(", which") + 1}) == ["Turnout: about 85 vs 78 percent"]


def test_a_whole_percent_is_its_rounding_or_its_cut() -> None:
    (whole,) = shares("Venn took 55 percent.")
    (exact,) = shares("Venn took 55.75 percent.")
    (two_more,) = shares("Venn took 57 percent.")
    assert agree(whole, exact)
    assert not agree(whole, two_more)
