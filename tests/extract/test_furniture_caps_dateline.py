"""A wire's dateline in capitals ("NORPORT –", "CALDER, Ore. —") below a standfirst or two (blind review AV #23): the
lede is then not the first paragraph of the body, and the dateline, kept in the fact's text ("NORPORT – Cleanup
crews cleared ..."), made two facts of one sentence. A place in capitals with its dash opening one of the first
paragraphs is a dateline wherever the lede is; a place in title case there, a headline's kicker in capitals, and a
second dateline after the lede's stay as they were.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract import sentence_spans
from storyline.extract.furniture import find_furniture
from storyline.model import Article

_DECKS = (
    "Norport mayor revises death toll to 12 in harbour fire\n\n"
    "Several survivors were in critical condition and officials warned the toll could rise.\n\n"
    "A faulty heater apparently sparked the fire.\n\n"
)
_LEDE = "Cleanup crews in white suits cleared debris Monday from the harbour block where smoke killed 12 people."


def _datelines(text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in find_furniture(Article(id="a", text=text)) if f.kind == "dateline"]


@pytest.mark.parametrize("dateline", ["NORPORT –", "NORPORT —", "CALDER, Ore. —", "NEW VELMSTAD –"])
def test_furniture_a_dateline_in_capitals_below_the_standfirst_is_furniture(dateline: str) -> None:
    text = f"{_DECKS}{dateline} {_LEDE}\n\nThe fire started on Sunday morning, officials said.\n"
    assert _datelines(text) == [dateline]


def test_furniture_the_lede_below_a_dateline_in_capitals_is_a_sentence_without_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = f"{_DECKS}NORPORT – {_LEDE}\n\nThe fire started on Sunday morning, officials said.\n"
    article = Article(id="a", text=text)
    doc = nlp(text)
    sentences = [text[s.start : s.end] for s in sentence_spans(article, doc, find_furniture(article, doc))]
    assert _LEDE in sentences


@pytest.mark.parametrize(
    "text",
    [
        # a place in title case below the standfirst is as likely a sentence's subject
        f"{_DECKS}Norport – {_LEDE}\n",
        # a kicker in capitals is no place
        f"{_DECKS}BREAKING – {_LEDE}\n",
        # the lede had its dateline: one dateline opens a report
        f"HARBOUR FIRE\n\nVELM – {_LEDE}\n\nNORPORT – The fire started on Sunday morning, officials said.\n",
    ],
)
def test_furniture_no_second_or_title_case_dateline_below_the_standfirst(text: str) -> None:
    assert _datelines(text) in ([], ["VELM –"])
