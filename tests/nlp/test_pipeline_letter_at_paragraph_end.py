"""A capital letter and its period at a paragraph's end ("a statement on X.") end the sentence; an initial inside
a sentence ("Ana F. Ruiz") stays one token with its name (QA round W #9)."""

from __future__ import annotations

from storyline.nlp.pipeline import parse


def test_a_letter_ending_a_paragraph_leaves_the_next_paragraph_one_sentence() -> None:
    text = ("Velm Air said in a statement on X.\n\n"
            "Norair and Velm Air had resumed flights as of noon Friday but warned of delays.")
    sentences = [s.text.strip() for s in parse(text).sents]
    assert sentences == ["Velm Air said in a statement on X.",
                         "Norair and Velm Air had resumed flights as of noon Friday but warned of delays."]


def test_an_initial_inside_a_sentence_stays_whole() -> None:
    doc = parse("Mayor Ana F. Ruiz opened the bridge at Velm on Friday.")
    assert "F." in [tok.text for tok in doc]
    assert len(list(doc.sents)) == 1


def test_a_letter_ending_the_text_is_split_from_its_period() -> None:
    doc = parse("The guild posted its offer on X.")
    assert [tok.text for tok in doc][-2:] == ["X", "."]
