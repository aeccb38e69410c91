"""QA round AF problem 9: a quote is a summary line only with a speaker the reader has met. Not a quotation
credited to a pronoun ('"God bless you, Varna," he wrote.'), not the second half of a quote in single marks
('She helped me so much ... forget her.\\''), not a sentence that opens a quote in single marks and ends inside it
("She revealed: 'Tarn wanted to sing ..."), and not a quote whose own words hold "he said". Fictional texts."""

from __future__ import annotations

from brief.fixtures import summary_lines
from storyline.brief.summary import _with_speaker
from storyline.model import Span

_TEXT = (
    "The singer Varna Oske died on Tuesday at her home in Velm at the age of 81.\n"
    "“God bless you Varna, the queen of the valley and a dear friend to our family,” he wrote.\n"
    "She helped me so much when I was young and I will never forget her.'\n"
    "She revealed: 'Tarn wanted to sing — and I was a singer — but he never gave me the credit!\n"
    "Tributes came from across the valley of Velm and beyond on Wednesday morning.\n"
)


def test_quotes_without_a_named_speaker_are_no_lines() -> None:
    lines = summary_lines(_TEXT)
    assert lines[0].startswith("The singer Varna Oske died")
    assert any(line.startswith("Tributes came") for line in lines)
    assert not any("God bless" in line or "helped me" in line or "Tarn wanted" in line for line in lines)


def test_a_said_inside_the_quote_is_no_attribution() -> None:
    text = "She revealed: 'Tarn wanted to sing! He said his mother taught him how.' Then she left the stage."
    start = text.index("Tarn")
    span = Span(article="a", start=start, end=text.index("how") + 3)
    assert _with_speaker(text, span) is None
    text = "‘Tarn wanted to sing and dance with the band,’ Varna Oske said. Then she left the stage."
    span = Span(article="a", start=1, end=text.index(",’"))
    shown = _with_speaker(text, span)
    assert shown is not None
    assert text[shown.start : shown.end].endswith("Varna Oske said.")
