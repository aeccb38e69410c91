"""Frames, fragments and cut quotation marks are no facts (QA round V #10): "Pelletier said" alone, "Governor Josh
Green described the fires as", "he said, referring to the ...", "and warned that ...", a quote's closing mark
without its opening one. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.units import report_units
from storyline.model import Analysis, Article, MetaValue, Span
from storyline.pipeline import analyze


def _read(text: str) -> tuple[list[str], list[str]]:
    """The statements and the facts of one report of ``text``."""
    article = Article(id="r0", text=f"Flood at Velm\n\n{text}\n", outlet=MetaValue(value="Velm Courier"))
    analysis = analyze(article)
    units = [u.text for u in report_units(article, analysis, 0, lambda span: [])]
    return units, [f.text for f in compare_story([article], [analysis]).facts]


def test_a_sentence_that_only_names_the_speaker_is_no_statement() -> None:
    units, facts = _read("“We have cleared the ridge and we have 40 homes standing so far.” Ranger Tomas Ekberg said.")
    assert "Ranger Tomas Ekberg said" not in units
    assert facts == ["We have cleared the ridge and we have 40 homes standing so far"]


def test_a_quote_that_is_what_its_sentence_calls_something_stays_in_the_sentence() -> None:
    units, _ = _read("Mayor Ilsa Brandt described the flood as “the worst the valley has ever seen” and warned that"
                     " more rain was coming.")
    assert "Mayor Ilsa Brandt described the flood as" not in units
    assert not any(u.startswith("and warned") for u in units)
    assert "Mayor Ilsa Brandt described the flood as “the worst the valley has ever seen” and warned that more rain" \
           " was coming" in units


def test_a_speakers_gloss_of_a_word_of_the_quote_is_no_statement() -> None:
    units, facts = _read("Mayor Ilsa Brandt spoke on Friday.\n\n“We are waiting for the HVA to help with the pumps as"
                         " they are equipped for the mud,” she said, referring to the Harbour Valley Authority.")
    assert not any("referring to" in u for u in units)
    assert not any("referring to" in f for f in facts)


def test_a_quote_run_on_past_its_sentence_is_told_whole_with_its_marks() -> None:
    _, facts = _read("The pumps failed on Friday. Orr, in a post, called it “a proud day for the harbour crews!"
                     " Learned a lot for the next storm in a few weeks.”")
    assert "Orr, in a post, called it “a proud day for the harbour crews! Learned a lot for the next storm in a few" \
           " weeks.”" in facts
    assert all(f.count("“") == f.count("”") for f in facts)


def test_a_quote_joined_with_its_credit_keeps_its_opening_mark() -> None:
    _, facts = _read("“I think that number could still go up,” Velm mayor Ilsa Brandt told Radio Kesk early on Friday.")
    assert facts == ["“I think that number could still go up,” Velm mayor Ilsa Brandt told Radio Kesk early on Friday"]


def test_a_fact_is_shown_by_a_statement_with_its_subject() -> None:
    """A clause cut after its sentence's "and" has no subject: another report's whole sentence shows the fact."""
    texts = ["and warned that the death toll in Velm would rise as the search goes on",
             "Governor Odo Lin warned on Saturday that the death toll in Velm would rise as the search goes on"]
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [Unit.make(span=Span(article=a.id, start=0, end=len(a.text)), text=a.text, report=i)
             for i, a in enumerate(articles)]
    (fact,) = build_facts(articles, analyses, units, [[0, 1]])
    assert fact.text == texts[1]
