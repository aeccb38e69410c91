"""QA rounds AN and AL: who repeats whom among reports that credit outlets.

- A rewrite that credits an outlet clause after clause ("..., the Harbor Times reported.") and an unnamed report
  that prints those clauses bare are two versions of one text; the unnamed one is the credited outlet's text,
  and the rewrite repeats it, however many other outlets the rewrite also credits. The unnamed report is named
  after that outlet: several of its clauses credited to it are no chance.
- A sentence one report credits to an outlet no report of the story is known to be ("..., according to the Velm
  Courier") and the same sentence bare in an unnamed report are one source, the credited outlet, not two.
- A report crediting an outlet no report is known to be, that shares with an unnamed report only a phrase of names
  inside a longer sentence of its own, does not repeat that report.

Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import fact_with

from storyline.compare import compare_story
from storyline.compare.copies import find_kin
from storyline.compare.provenance import named_by_credit
from storyline.model import Article, Comparison, MetaValue
from storyline.pipeline import analyze

_TIMES = (
    "Hackers took the records of two million Dovecote Telecom customers, the company said on Monday.\n\n"
    "The stolen records of names, home addresses and dates of birth were the second large breach at the "
    "carrier in three years.\n\n"
    "The company said the intruder first began copying records on March 3 through a billing tool that "
    "partners use to check accounts.\n\n"
    "Outside security experts helped the company close the gap in the billing tool the following day.\n\n"
    "Dovecote has notified the national data regulator and is writing to every customer whose records were "
    "taken.\n\n"
    "The carrier paid a fine of four million crowns after the earlier breach in the spring of last year."
)
_REWRITE = (
    "Dovecote Telecom says two million customers hit by hack\n\n"
    "The stolen records of names, home addresses and dates of birth were the second large breach at the "
    "carrier in three years, the Harbor Times reported.\n\n"
    "Bank details were not taken, the Velm Courier reported.\n\n"
    "The company said the intruder first began copying records on March 3 through a billing tool that "
    "partners use to check accounts, the Harbor Times reported.\n\n"
    "Customers in Norport told of letters that warned them of fraud weeks before the carrier said anything.\n\n"
    "One shop owner in the old market said her phone had rung all morning with calls from worried clients.\n\n"
    "No passwords were stolen, according to the Lakeside Ledger.\n\n"
    "Consumer groups in the capital asked the regulator to open an inquiry into the carrier before the summer.\n\n"
    "The carrier paid a fine of four million crowns after the earlier breach in the spring of last year, "
    "the Harbor Times reported."
)
_OTHER = (
    "Dovecote Telecom said on Monday that an intruder copied customer records through a billing tool.\n\n"
    "Shares of the carrier fell three percent in early trading in Norport.\n\n"
    "Analysts said the breach would test the patience of the regulator."
)


def _compare(*texts: tuple[str, str]) -> tuple[list[Article], Comparison]:
    articles = [Article(id=i, text=t) for i, t in texts]
    return articles, compare_story(articles, [analyze(a) for a in articles])


def test_the_report_printing_a_rewrites_credited_clauses_bare_heads_their_family() -> None:
    articles = [Article(id="times", text=_TIMES), Article(id="rewrite", text=_REWRITE)]
    analyses = [analyze(a) for a in articles]
    assert find_kin(articles, analyses) == {1: 0}


def test_the_rewrite_repeats_the_report_whose_clauses_it_credits() -> None:
    _, comparison = _compare(("times", _TIMES), ("rewrite", _REWRITE), ("other", _OTHER))
    copies = {(e.source, e.target) for e in comparison.provenance if e.kind == "copy"}
    assert copies == {("report rewrite", "Harbor Times")}


def test_the_report_printing_a_rewrites_credited_clauses_bare_is_named_after_the_credited_outlet() -> None:
    articles, comparison = _compare(("times", _TIMES), ("rewrite", _REWRITE), ("other", _OTHER))
    fact = fact_with(comparison, articles, (0, "paid a fine of four million"), (1, "paid a fine of four million"))
    assert fact is not None
    assert (fact.independent_sources, fact.origin) == (1, "Harbor Times")
    assert named_by_credit(articles, [analyze(a) for a in articles]) == {0: "Harbor Times"}


_CREDITING = (
    "Dovecote Telecom said on Monday that hackers took the records of two million customers.\n\n"
    "Dovecote has more than nine million customers across the three provinces, according to the Velm Courier.\n\n"
    "The carrier said it would write to every customer whose records were taken."
)
_UNNAMED = (
    "Dovecote Telecom disclosed a breach of customer records in a filing to the Norport exchange.\n\n"
    "Dovecote has more than nine million customers across the three provinces.\n\n"
    "Shares of the carrier fell three percent in early trading."
)


def test_a_sentence_credited_to_an_outlet_and_printed_bare_by_an_unnamed_report_is_one_source() -> None:
    articles = [Article(id="harbor", text=_CREDITING, outlet=MetaValue(value="Harbor Post")),
                Article(id="unnamed", text=_UNNAMED)]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    fact = fact_with(comparison, articles, (0, "nine million customers"), (1, "nine million customers"))
    assert fact is not None
    assert (fact.independent_sources, fact.origin) == (1, "Velm Courier")


def test_an_unnamed_report_that_prints_only_part_of_a_credited_sentence_stays_its_own_source() -> None:
    """Seven words in a row in common ("Dovecote has more than nine million customers") are anybody's."""
    unnamed = _UNNAMED.replace("customers across the three provinces", "customers, most of them in the three provinces")
    articles = [Article(id="harbor", text=_CREDITING, outlet=MetaValue(value="Harbor Post")),
                Article(id="unnamed", text=unnamed)]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    fact = fact_with(comparison, articles, (0, "nine million customers"), (1, "nine million customers"))
    assert fact is not None
    assert fact.independent_sources == 2


_ERUPTION = (
    "Lava poured from the Monte Velo volcano on Sunday.\n\n"
    "Two hours later, with lava edging down the slope, the island council ordered the evacuation of four villages, "
    "including Elm Cove and Los Pinos de Arriba.\n\n"
    "Scientists had recorded thousands of small quakes in the week before the eruption."
)
_CREDITING_ERUPTION = (
    "Monte Velo erupts for the first time in fifty years\n\n"
    "The volcano began erupting on Sunday afternoon, Harbour Radio reported.\n\n"
    "Nobody was hurt. There were evacuation orders for four villages, including Elm Cove and Los Pinos de Arriba, "
    "and the army set up tents at the football ground.\n\n"
    "Flights to the island were not affected."
)


def test_a_shared_phrase_of_names_makes_no_repeat() -> None:
    """QA round AL #15: ten words in common inside a longer sentence ("four villages, including ...") are the
    event's wording, not a repeat of the other report."""
    _, comparison = _compare(("lava", _ERUPTION), ("radio", _CREDITING_ERUPTION), ("other", _OTHER))
    assert ("report radio", "Harbour Radio", "credit") in {(e.source, e.target, e.kind) for e in comparison.provenance}
    assert not [e for e in comparison.provenance if e.kind == "copy"]
