"""A figure two statements share counts for alignment only when both count one thing (QA round AJ #4).

"Tuesday marked 38 days since the walkout began, making it the longest strike at <maker> in 22 years" and "the
agreement calls for a 22% wage increase" share the bare figure 22, once years and once a percentage: the strike's
length was grouped with the wage rise and cited for it. Fictional reports.
"""

from __future__ import annotations

from compare_helpers import compare_texts, fact_with
from test_align import _units

from storyline.compare.align import align, counted_nouns, score_pairs, shared_words

_YEARS = "Tuesday marked 38 days since the walkout began, making it the longest strike at Tessaro Motors in 22 years."
_WAGE = "The agreement includes wage increases of 22%, up from the initial 20% increase."
_GUILD = "The Harbour Workers Guild said the agreement calls for a 22% wage increase over four years."


def test_a_percentage_counts_percent() -> None:
    assert ("22", "percent") in counted_nouns("The agreement includes wage increases of 22%, up from 20%")
    assert ("22", "percent") in counted_nouns("a 22 per cent rise")
    assert ("22", "percent") in counted_nouns("a 22 percent rise")
    # a percentage sign with nothing after it still tells what the figure counts
    assert ("22", "percent") in counted_nouns("The raise totals 22%.")


def test_years_and_a_percentage_are_no_shared_figure() -> None:
    years, guild = _units([_YEARS], [_GUILD])
    # "year" is the one word they share; 22 years and 22% are two figures
    assert shared_words(years, guild) == 1
    one, other = _units(["Wages rise 22% under the deal."], ["The deal lifts wages by 22%, the guild said."])
    assert shared_words(one, other) >= 3  # wage, deal and the figure


def test_a_figure_counting_two_things_adds_nothing_to_the_score() -> None:
    """Without the shared-word floor (as on ECB+) the figure must not lift the pair either: 22 years and 22% are
    scored as two statements with no figure in common."""
    years, guild = _units([_YEARS], [_GUILD])
    lifted = score_pairs([years, guild]).get((0, 1), 0.0)
    # the same pair with two figures that differ scores about as much (the words' weights move a little with
    # the story's vocabulary): the bare 22 of each adds nothing
    plain, other = _units([_YEARS.replace("22 years", "23 years")], [_GUILD])
    assert abs(lifted - score_pairs([plain, other]).get((0, 1), 0.0)) < 0.01
    assert align([years, guild], threshold=0.22, cohesion=0.7, min_shared=2, complete=True) == [[0], [1]]


def test_a_strike_length_is_not_cited_for_a_wage_rise() -> None:
    articles, comparison = compare_texts(
        ("a", f"This comes after nearly six weeks on strike against the Big Three carmakers. {_YEARS} {_WAGE}",
         "Lakeside TV"),
        ("b", _GUILD, "Valley Post"),
        ("c", "The tentative agreement includes a 9% wage increase the first year and totals 22% over a 4½-year "
              "contract, plus a $4,000 ratification bonus.", "Metro Ledger"),
    )
    strike = fact_with(comparison, articles, (0, "38 days"))
    assert strike is not None
    assert fact_with(comparison, articles, (0, "38 days"), (0, "wage increases of 22%")) is None
    assert fact_with(comparison, articles, (0, "38 days"), (1, "22% wage increase")) is None
    assert {s.article for s in strike.support} == {"a"}
