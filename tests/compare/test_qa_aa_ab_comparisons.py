"""Comparisons of QA rounds AA and AB: counts of two named groups and two measures of one deal are no rival
figures, different sentences of one statement are no rival wordings, a statement given to an outlet names no other
report after it, a tally brought to a new total is a toll, and a figure in one unit is not told by the same figure
in another. Fictional texts."""

from __future__ import annotations

from compare_helpers import compare_texts, quotes_of, sentence_facts

from storyline.compare import compare_story
from storyline.compare.counts import count_disagreement, toll_counts
from storyline.compare.facts import states
from storyline.compare.provenance import named_by_credit
from storyline.extract.citations import extract_citations
from storyline.model import Analysis, Article, MetaValue


def test_counts_of_two_named_groups_are_two_quantities() -> None:
    # QA AB #1: "three Senegalese citizens died" / "11 Iranian citizens were also among the dead"
    velmish = "Three Velmish sailors died when the ferry sank, the coast guard said."
    orrenian = "At least 20 crew had died, while the port authority said 11 Orrenian sailors were also among the dead."
    assert count_disagreement(velmish, orrenian) is None
    assert [f.why for f in sentence_facts([[velmish], [orrenian]]) if f.status == "conflict"] == []


def test_counts_of_one_named_group_still_disagree() -> None:
    found = count_disagreement("Three Velmish sailors died when the ferry sank.",
                               "Eleven Velmish sailors died when the ferry sank.")
    assert found is not None
    assert found.figures == ("3", "11")


def test_an_amount_in_cash_and_an_amount_with_debt_are_two_measures_of_one_deal() -> None:
    # QA AB #1: "$14.1 billion in cash" / "a $14.9 billion-dollar deal" ("$14.9 billion, including debt")
    cash = "Harlow Mills has agreed to buy Dunmore Steel for $3.1 billion in cash, ending months of talks."
    deal = "Dunmore Steel will be acquired by Harlow Mills under a $3.6 billion deal announced this morning."
    debt = "Harlow Mills said it would buy Dunmore Steel for about $3.6 billion, including debt."
    from storyline.compare.money import basis_of

    assert (basis_of(cash, cash.index(" in cash")), basis_of(debt, debt.index(", including"))) == ("cash", "debt")
    assert count_disagreement(cash, deal) is None
    assert count_disagreement(cash, debt) is None
    facts = sentence_facts([[cash], [deal], [debt]])
    assert [f.why for f in facts if f.status == "conflict"] == []


def test_two_amounts_in_cash_still_disagree() -> None:
    found = count_disagreement("Harlow Mills agreed to buy Dunmore Steel for $3.1 billion in cash.",
                               "Harlow Mills will pay $4.2 billion in cash for Dunmore Steel.")
    assert found is not None
    assert found.why == "$3.1bn vs $4.2bn in cash"


def test_different_sentences_of_one_statement_are_no_rival_wordings() -> None:
    # QA AA #2: two outlets quote one statement's first sentence and then each another of its sentences, which
    # share a few of the story's words ("leaders", "Arab states") and say different things
    radio = (
        "The harbour board answered the strike call.\n"
        '"The harbour must stay open. Many fishing families in Tollbridge depend on the winter catch and cannot '
        'wait for the council to decide," the harbour board said.'
    )
    post = (
        "The fishing crews welcomed the ruling.\n"
        '"The harbour must stay open. Hundreds of fishing families await a ruling from the council after the '
        'storm damaged the pier," said the harbour board.'
    )
    articles = [Article(id="r", text=radio, outlet=MetaValue(value="Harbour Radio")),
                Article(id="p", text=post, outlet=MetaValue(value="Coast Post"))]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a, "harbour board")) for a in articles]
    facts = compare_story(articles, analyses).facts
    assert [f.why for f in facts if f.status == "conflict"] == []


def _reports(*reports: tuple[str, str, str | None]) -> tuple[list[Article], list[Analysis]]:
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in reports]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a), citations=extract_citations(a, None, ()))
                for a in articles]
    return articles, analyses


STATEMENT = "The continued closure of the harbour is a blow to every family in Tollbridge"
GIVEN = (
    "Fishing crews in Tollbridge welcomed the ruling on Friday.\n"
    f'"{STATEMENT}," said a statement to the Lakeside Courier from the Tollbridge Fishers Forum.'
)
CARRIED = (
    "The Tollbridge Fishers Forum answered the ruling.\n"
    f'"{STATEMENT}," a statement by the forum said.\n'
    "The harbour has been shut since the storm of early March."
)


def test_a_statement_given_to_an_outlet_names_no_other_report() -> None:
    # QA AA #4: a report quoting the statement the other says was given to CNN was named "CNN" in every fact
    assert [c.kind for c in extract_citations(Article(id="g", text=GIVEN), None, ())] == ["statement"]
    articles, analyses = _reports(("g", GIVEN, "Metro Wire"), ("c", CARRIED, None))
    assert named_by_credit(articles, analyses) == {}
    comparison = compare_story(articles, analyses)
    quoted = next(f for f in comparison.facts if {s.article for s in f.support} == {"g", "c"})
    assert (quoted.independent_sources, quoted.origin) == (1, "Lakeside Courier")
    own = next(f for f in comparison.facts if f.text.startswith("The harbour has been shut"))
    assert "Lakeside Courier" not in own.outlets


def test_a_tally_brought_to_a_new_total_is_a_toll() -> None:
    # QA AB #2: "bring the total ... to 577, according to an AFP tally" / "brought the total death count to 922"
    earlier = "The new deaths bring the total reported so far by several provinces to 57, according to a Courier tally."
    later = "This figure brought the total death count to 92, based on a Courier tally of provincial reports."
    assert [(about, q.value) for about, q in toll_counts(earlier)] == [("people died", 57.0)]
    assert [(about, q.value) for about, q in toll_counts(later)] == [("people died", 92.0)]
    facts = compare_texts(("a", earlier, "Harbour Radio"), ("b", later, "Coast Post"))[1].facts
    conflicts = [f for f in facts if f.status == "conflict"]
    assert len(conflicts) == 2
    assert all(f.may_be_update for f in conflicts)


def test_a_figure_in_one_unit_is_not_told_by_the_figure_in_another() -> None:
    # QA AB #2: "a 0.4% temperature increase per decade" was "corroborated" by "0.4 degrees Celsius every decade"
    line = "A study published last month found a 0.3% temperature increase per decade in the valley."
    other = ("According to a study published last month, temperatures in the valley were rising by 0.3 degrees "
             "Celsius every decade.")
    assert not states(line, other)
    assert states(line, "A study published last month found a 0.3% temperature increase per decade there.")
