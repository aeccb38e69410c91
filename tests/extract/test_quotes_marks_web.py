"""Quotation marks as copy pasted from the web sets them: glued to words, the wrong curly glyph, invisible
direction marks before them."""

from __future__ import annotations

from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def test_a_mark_glued_to_the_cue_and_its_comma_still_opens_a_quotation() -> None:
    text = "Ana Ruiz said,“Look, the flyers have no place in the race. They were taken down.”\n"
    assert [(q.text, q.speaker) for q in run(text)] == [
        ("Look, the flyers have no place in the race. They were taken down.", "Ana Ruiz")
    ]


def test_the_tokenizer_splits_marks_glued_on_either_side() -> None:
    tokens = [t.text for t in parse("He said:“Fine.”Then she added,\"No way.\"")]
    assert tokens[:5] == ["He", "said", ":", "“", "Fine"]
    assert tokens[tokens.index("added") : tokens.index("added") + 4] == ["added", ",", '"', "No"]


def test_an_opening_glyph_typed_for_the_closing_one_closes() -> None:
    text = "“The reality is, if she loses the state, that could hurt her here,“ said Jo Clyde, a councillor.\n"
    quotes = run(text)
    assert [q.text for q in quotes] == ["The reality is, if she loses the state, that could hurt her here,"]
    assert quotes[0].speaker == "Jo Clyde"


def test_a_closing_glyph_opening_a_paragraph_before_an_ellipsis_opens_the_quotation() -> None:
    text = (
        "Mayor Lena Osk spoke about the ferry again.\n"
        "” … what I heard from the families on the pier is that the boats come late every winter,” she said.\n"
    )
    quotes = run(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("… what I heard from the families on the pier is that the boats come late every winter,", "Lena Osk")
    ]


def test_a_direction_mark_before_a_quotation_does_not_hide_its_opening() -> None:
    text = "\u202a”This is why the dam has to be fixed. It is old,” said Pete Kross.\n"
    quotes = run(text)
    assert [(q.text, q.speaker) for q in quotes] == [("This is why the dam has to be fixed. It is old,", "Pete Kross")]


def test_a_work_named_after_its_kind_and_a_comma_is_a_title_not_speech() -> None:
    text = (
        'The group is spending $40,000 on the web. One ad, "Quiet Harbour," stars a ferryman who promises '
        'that Dana Wells won\'t "sell the pier."\n'
    )
    quotes = run(text)
    assert "Quiet Harbour," not in [q.text for q in quotes]
    assert "sell the pier." in [q.text for q in quotes]


def test_a_work_a_cue_made_or_a_drama_named_by_its_title_is_not_speech() -> None:
    text = (
        'Writer Dale Simmons, who set his TV crime drama "The Harbour" in the city, warned online that dock '
        "workers will suffer the most.\n\nThe bridge, named after the poet who wrote “The Marsh Song,” spans the "
        'river.\n\nIt was named for the man who wrote the poem that became "The Marsh Song."\n'
    )
    quotes = run(text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "dock workers will suffer the most")]
