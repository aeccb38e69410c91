"""A report's statements from QA round T: a frame that only introduces the quote after it is no statement, and a
statement reads as a sentence or a clause with its own subject (no fragment cut at an embedded which-clause, at
the first dash of an aside, or out of a sentence as a lower-case quoted phrase)."""

from __future__ import annotations

import pytest

from storyline.compare.units import report_units
from storyline.model import Analysis, Article, Quote, QuoteKind, Span


def _span(text: str, part: str) -> Span:
    at = text.index(part)
    return Span(article="a", start=at, end=at + len(part))


def _quote(text: str, words: str, speaker: str | None, cue: str, kind: QuoteKind = "direct") -> Quote:
    return Quote(
        span=_span(text, words),
        text=words,
        kind=kind,
        speaker=speaker,
        speaker_span=_span(text, speaker) if speaker else None,
        cue_span=_span(text, cue),
    )


def _units(text: str, quotes: tuple[Quote, ...] = (), sentences: tuple[tuple[int, int], ...] = ()) -> list[str]:
    spans = tuple(Span(article="a", start=s, end=e) for s, e in sentences)
    analysis = Analysis(article="a", version="t", quotes=quotes, sentences=spans)
    return [u.text for u in report_units(Article(id="a", text=text), analysis, 0, lambda span: [])]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue", "kind"),
    [
        ("Taking to social media, he wrote: \u201cAfter what the board did today, I am leaving the harbour.\u201d",
         "After what the board did today, I am leaving the harbour.", "he", "wrote", "direct"),
        # the extractor calls a quotation that opens in lower case partial
        ("In a message to the ferry crews, Halden said \u201cafter what the board did today, I am leaving.\u201d",
         "after what the board did today, I am leaving.", "Halden", "said", "partial"),
    ],
)
def test_units_a_fronted_frame_before_its_quote_is_no_statement(
    text: str, words: str, speaker: str, cue: str, kind: QuoteKind
) -> None:
    units = _units(text, (_quote(text, words, speaker, cue, kind),))
    assert units == [words.rstrip(".")]


def test_units_a_participle_that_frames_the_quote_is_cut_off_its_clause() -> None:
    text = ("Halden turned down the offer to stay on the harbour board, sending a message to all crews stating: "
            "\u2018after what the board did today, i am leaving.\u2019")
    words = "after what the board did today, i am leaving."
    units = _units(text, (_quote(text, words, None, "stating"),))
    assert "Halden turned down the offer to stay on the harbour board" in units
    assert not any(u.endswith("stating") for u in units)


def test_units_an_embedded_which_clause_before_a_time_phrase_and_the_verb_is_no_split() -> None:
    text = ("The board of Velm Ferries, which is backed by Halden Bank, on Friday announced that its captain "
            "will leave the company.")
    assert _units(text) == [text.rstrip(".")]


def test_units_a_sentence_cut_at_the_first_dash_of_an_aside_is_joined_back() -> None:
    text = "Velm Ferries \u2013 the operator of the harbour's night boats \u2013 has sacked its captain on Friday."
    cut = text.index("\u2013")
    units = _units(text, sentences=((0, cut - 1), (cut, len(text))))
    assert units == [text.rstrip(".")]


def test_units_a_lower_case_quoted_phrase_inside_a_sentence_is_no_statement() -> None:
    text = ("Halden said on Saturday that he and the captain were \u201cstill trying to figure out\u201d what the "
            "board had done to them.")
    assert "still trying to figure out" not in _units(text)


def test_units_a_closing_which_clause_that_tells_something_still_splits() -> None:
    # the seeds' "..., which has previously warned against such a move" stays a statement of its own
    text = ("The new office would draw sharp criticism from the harbour council, which has previously warned "
            "against such a move.")
    assert "which has previously warned against such a move" not in " ".join(_units(text))
    assert "has previously warned against such a move" in _units(text)


def test_units_the_speaker_and_cue_after_a_mixed_quote_are_no_statement() -> None:
    # QA U #10: 'The pact “was made possible by ...,” a guild email to members stated' left the frame as a fact
    words = "was made possible by the solidarity of the ferry crews who stood on the picket lines for 146 days"
    text = f"The pact \u201c{words},\u201d a union email to members stated."
    quotes = (
        _quote(text, f"The pact \u201c{words}", "union email", "stated", "indirect"),
        _quote(text, words, "union email", "stated", "partial"),
    )
    assert not any("stated" in u for u in _units(text, quotes))
