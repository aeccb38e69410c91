"""Reported speech from QA rounds AD and AE: a belief told inside another's closing attribution, an identity
confirmed, and a "that" clause the parse hung on the setting of a verb of saying."""

from __future__ import annotations

from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def cued(text: str, cue: str) -> list[str]:
    """The texts of the items whose cue is ``cue``."""
    return [q.text for q in run(text) if q.cue_span is not None and text[q.cue_span.start : q.cue_span.end] == cue]


def test_a_belief_inside_a_closing_attribution_is_the_tellers_account() -> None:
    text = (
        "The deputy thought he was holding his radio but held his baton instead, striking the fence once, "
        "Sheriff Ada Quill said.\n"
    )
    assert cued(text, "thought") == []
    assert len(cued(text, "said")) == 1


def test_a_belief_of_ones_own_still_reports() -> None:
    text = "Sheriff Ada Quill thought the deputy was holding his radio.\n"
    assert cued(text, "thought") == ["the deputy was holding his radio"]


def test_confirming_someones_identity_reports_no_words() -> None:
    text = "His sister, Mira Holt, confirmed his identity to neighbours later that day, the Dunmore Gazette reported.\n"
    assert cued(text, "confirmed") == []


def test_confirming_a_clause_still_reports() -> None:
    text = "His sister, Mira Holt, confirmed that he had left the village on Friday.\n"
    assert cued(text, "confirmed") == ["he had left the village on Friday"]


def test_a_that_clause_hung_on_the_hearing_is_what_was_said() -> None:
    text = "Osk said early Friday morning during a Harbour Board hearing that she is watching the ferries closely.\n"
    assert cued(text, "said") == ["she is watching the ferries closely"]


def test_a_that_clause_of_a_noun_pointed_to_stays_with_the_noun() -> None:
    text = "Osk pointed to reports that Holm called the ferry plan a folly as proof of his contempt.\n"
    assert cued(text, "pointed") == ["reports that Holm called the ferry plan a folly as proof of his contempt"]


def test_a_that_clause_of_a_topic_stays_with_the_topic() -> None:
    text = "The college declined to comment Tuesday on reports that Osk had been fired.\n"
    assert "Osk had been fired" not in cued(text, "comment")


def test_a_belief_in_a_relative_clause_under_according_to_still_reports() -> None:
    text = "Osk did well among harbour voters who believe that the ferry is a boon, according to exit polls.\n"
    assert cued(text, "believe") != []
