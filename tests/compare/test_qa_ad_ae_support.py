"""Blind QA rounds AD and AE: support that does not say the line, and conflicts missed or made up. A quote's
speaker tag with where, when, of what or to whom the words were spoken ("Chief Relling said of the crash on
Sunday ...", "Mayor Daske told councillors during a hearing Friday") is no statement, so it supports no line.
Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.units import report_units
from storyline.model import Article, MetaValue
from storyline.pipeline import analyze


def _units(text: str) -> list[str]:
    article = Article(id="r0", text=f"Ferry halted at Velm\n\n{text}\n", outlet=MetaValue(value="Velm Courier"))
    return [u.text for u in report_units(article, analyze(article), 0, lambda span: [])]


def test_a_speaker_tag_told_to_someone_at_a_hearing_is_no_statement() -> None:
    units = _units("“There are recent developments at the harbour that I am watching very carefully,” Mayor Oren"
                   " Daske told councillors during a committee hearing Friday.")
    assert not any(u.startswith("Mayor Oren Daske told") for u in units)
    units = _units("“There are recent developments at the harbour that I am watching very carefully,” Mayor Oren"
                   " Daske told councillors Friday.")
    assert not any(u.startswith("Mayor Oren Daske told") for u in units)


def test_a_speaker_tag_saying_what_the_words_were_of_is_no_statement() -> None:
    units = _units("“It is my belief that the captain meant to slow down, but instead struck the pier,” Chief Tova"
                   " Relling of the Marnefield Harbour Police said of the crash on Sunday of the ferry Adela, during a"
                   " night crossing.")
    assert not any("said of the crash" in u for u in units)


def test_what_a_speaker_told_someone_is_still_a_statement() -> None:
    units = _units("“We will rebuild the pier,” Mayor Oren Daske told councillors the harbour would reopen on Friday.")
    assert "Mayor Oren Daske told councillors the harbour would reopen on Friday" in units


def test_an_amount_the_other_statement_also_gives_is_no_conflict() -> None:
    from storyline.compare.counts import count_disagreement

    line = "In a release by Velcor, it was revealed that the price of the tablet will be $14,200 in Ostravia."
    other = ("While we estimate the yearly value of the tablet to Ostravian patients to be $19,900, Velcor decided to"
             " price it below quantified value at the wholesale cost of $14,200 per year")
    assert count_disagreement(line, other) is None
    # an amount the other statement does not give still disagrees
    assert count_disagreement(line.replace("14,200", "12,900"), other) is not None


def test_a_report_that_never_names_the_credited_outlet_is_not_named_after_it() -> None:
    """QA AE #2: a report of unknown outlet that shares a sentence another report credits to a wire ("The KNA
    reported ...") is no report of that wire unless it names it."""
    from storyline.compare.provenance import named_by_credit

    crediting = ("Regulators shut Orvale Savings on Friday.\n"
                 "The KNA reported Orvale Savings is the largest lender to fail since the collapse of Marrow Trust"
                 " in the height of the 2008 crisis.")
    carrier = ("Orvale Savings collapsed on Friday after a run on deposits.\n"
               "Orvale Savings is the largest lender to fail since the collapse of Marrow Trust in the height of the"
               " 2008 crisis, and the second largest ever.")
    articles = [Article(id="a", text=crediting, outlet=MetaValue(value="Metro Wire")), Article(id="b", text=carrier)]
    analyses = [analyze(a) for a in articles]
    assert [c.cites for c in analyses[0].citations] == ["KNA"]
    assert named_by_credit(articles, analyses) == {}
    signed = Article(id="b", text=carrier + "\nThis story draws on reporting by the KNA.")
    assert named_by_credit([articles[0], signed], [analyses[0], analyze(signed)]) == {1: "KNA"}


def test_a_main_clause_told_by_its_speaker_is_stated_only_by_what_it_claims() -> None:
    """QA AD #1: "When police tried to arrest Orrin, police say he tried to get back into his van" is not stated by
    a report that tells only the arrest attempt: the two share "police" and "arrest", which the frame and the
    opening clause hold."""
    from storyline.compare.facts import states

    line = "When police tried to arrest Orrin, police say he tried to get back into his van"
    other = "When police discovered he had an outstanding arrest warrant, he said, the officers attempted arrest"
    assert not states(line, other)
    assert states(line, "Police said Orrin tried to get back into his van before he was stopped")


def test_an_act_in_the_opening_clause_is_no_act_the_line_tells() -> None:
    """The arrest attempt of "When police tried to arrest Orrin, ..." is the line's background: a report of the
    arrest attempt tells the same act but not what the line says."""
    from storyline.compare.align import Unit
    from storyline.compare.facts import _tells_act
    from storyline.model import Span

    def unit(text: str, report: int) -> Unit:
        return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)

    line = unit("When police tried to arrest Orrin, police say he tried to get back into his van", 0)
    other = unit("Police arrested Orrin after a short chase on Sunday, officers said", 1)
    assert not _tells_act(line, other, [])
    assert _tells_act(unit("Police arrested Orrin on Sunday near the harbour", 0), other, [])
