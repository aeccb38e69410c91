"""QA round AU: a report that rewrote the wire text another report credits is no second source.

One report credits a wire for its opening clause ("..., the Velm Wire reports."); another, crediting no one,
prints a long run of that clause as its own and shares shorter runs with the first in other sentences. The two
are one text edited twice: what they share comes from one origin, and the rewrite repeats the crediting report.
Two reports that print the same statement of a speaker and a few of the same names stay apart.

Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import fact_with

from storyline.compare import compare_story
from storyline.compare.copies import find_kin
from storyline.model import Article
from storyline.pipeline import analyze

_CREDITING = (
    "Mayor of Norport dismisses her deputy\n\n"
    "Mayor Tessa Quill of Norport said on Tuesday she had dismissed her deputy, Arlo Venn, who had been accused "
    "of selling permits for the harbour dredging contract and hiding the payments from the city auditors, the "
    "Velm Wire reports.\n\n"
    "\"I asked my deputy to leave today. The harbour belongs to the people of Norport,\" she said in a statement "
    "released by the city hall.\n\n"
    "The council had said repeatedly that the mayor would not dismiss or suspend her deputy, a former shipping "
    "clerk who became a target of opposition councillors, including party leader Ines Drabb.\n\n"
    "Venn said on Tuesday evening that he would fight the decision in court."
)
_REWRITE = (
    "Norport mayor fires deputy over permits\n\n"
    "Mayor Tessa Quill announced Tuesday that she dismissed her deputy, Arlo Venn, who faced accusations of "
    "selling permits for the harbour dredging contract and hiding the payments from the city auditors.\n\n"
    "\"I asked my deputy to leave today,\" Quill stated.\n\n"
    "The council had previously maintained that the mayor would not dismiss or suspend her deputy. Opposition "
    "councillors, including party leader Ines Drabb, had criticized Venn, a former shipping clerk, for months.\n\n"
    "The decision was taken over the weekend at the mayor's summer house in Keld."
)
# its own words throughout; it prints the mayor's statement and the same names
_OWN = (
    "Norport deputy mayor out\n\n"
    "Arlo Venn is no longer deputy mayor of Norport. Mayor Tessa Quill removed him on Tuesday after weeks of "
    "questions about the harbour dredging contract.\n\n"
    "\"I asked my deputy to leave today. The harbour belongs to the people of Norport,\" Quill said in a "
    "statement.\n\n"
    "Opposition councillors, including party leader Ines Drabb, welcomed the step.\n\n"
    "Venn, who denies wrongdoing, told reporters he would go to court."
)


def _read(*texts: tuple[str, str]) -> tuple[list[Article], list]:
    articles = [Article(id=i, text=t) for i, t in texts]
    return articles, [analyze(a) for a in articles]


def test_a_rewrite_of_the_credited_wire_text_is_kin_of_the_crediting_report_which_heads_it() -> None:
    articles, analyses = _read(("rewrite", _REWRITE), ("crediting", _CREDITING), ("own", _OWN))
    assert find_kin(articles, analyses) == {0: 1}


def test_a_report_sharing_a_quote_and_names_only_is_no_kin() -> None:
    articles, analyses = _read(("own", _OWN), ("crediting", _CREDITING))
    assert find_kin(articles, analyses) == {}


def test_the_rewrite_adds_no_source_for_what_it_shares_with_the_crediting_report() -> None:
    articles, analyses = _read(("rewrite", _REWRITE), ("crediting", _CREDITING), ("own", _OWN))
    comparison = compare_story(articles, analyses)
    copies = {(e.source, e.target) for e in comparison.provenance if e.kind == "copy"}
    assert copies == {("report rewrite", "report crediting")}
    # the sentence the rewrite kept from the wire text is the crediting report's, not a source of its own
    fact = fact_with(comparison, articles, (0, "would not dismiss or suspend"))
    assert fact is not None
    assert (fact.independent_sources, fact.origin) == (1, "report crediting")
