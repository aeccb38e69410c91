"""Page furniture: captions with credits, headings, bylines, boilerplate."""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="t", text=text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers met on Friday.\n\n"
            "The minister with envoys in Oslo, on May 2, 2021. JANE ROE/AFP/Getty Images"
            "\n\nTalks went on.",
            [
                ("caption", "The minister with envoys in Oslo, on May 2, 2021. JANE ROE/AFP/Getty Images"),
                ("credit", "JANE ROE/AFP/Getty Images"),
            ],
        ),
        ("Talks began.\nTrade worries grow\nThe ministers met again.", [("heading", "Trade worries grow")]),
        ("By Ann Lee, Reuters\nTalks began on Monday.", [("byline", "By Ann Lee, Reuters")]),
        (
            "Talks began.\nRead more: the summit in pictures\nThey ended.",
            [("boilerplate", "Read more: the summit in pictures")],
        ),
        (
            "Talks began.\nSign up for our morning newsletter.\nThey ended.",
            [("boilerplate", "Sign up for our morning newsletter.")],
        ),
        ("Talks began on Monday.\nThe ministers said they would meet again.", []),
        (
            "The ferry sank.\n\nHere's a guide to what we know.\n\nThis post will be updated as news comes in.\n\n"
            "Divers went down.",
            [
                ("boilerplate", "Here's a guide to what we know."),
                ("boilerplate", "This post will be updated as news comes in."),
            ],
        ),
        (
            "The ferry sank.\n\nWhat do we know about the wreck?\n\nDivers found it at dawn.",
            [("heading", "What do we know about the wreck?")],
        ),
        (
            "The ferry sank.\n\nFerry down off the cape, all crew safe pic.twitter.com/ab12Cd\n"
            "— Harbour Radio (@harbourradio) March 3, 2024\n\nDivers went down.",
            [
                ("embed", "Ferry down off the cape, all crew safe pic.twitter.com/ab12Cd"),
                ("embed", "— Harbour Radio (@harbourradio) March 3, 2024"),
            ],
        ),
        # a question in the running text, with more around it, is no heading
        ("The ferry sank.\n\nWhy did the captain turn back, she asked, when the sea was calm?\n\nNo one knew.", []),
    ],
)
def test_furniture_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_furniture_heading_needs_text_after() -> None:
    # a short last line is a sign-off or a fragment, not a section heading
    assert _found("Talks began on Monday.\nMore soon") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP style: a place and its state, a dash, at the start of the lede
        (
            "Ferry sinks off the cape\n\nHOLLOWAY, Ore. — A ferry carrying 40 people sank off the cape on Monday.",
            [("heading", "Ferry sinks off the cape"), ("dateline", "HOLLOWAY, Ore. —")],
        ),
        # a city in title case and a hyphen between spaces
        (
            "Bristow Falls - The council confirmed Tuesday that the bridge would stay closed.",
            [("dateline", "Bristow Falls -")],
        ),
        # a place, then the agency after a comma
        (
            "Harbor talks set\n\nNew Carden, IRNA – The envoy has said the harbor talks will go ahead on Friday.",
            [("heading", "Harbor talks set"), ("dateline", "New Carden, IRNA –")],
        ),
        # a place, a date and a bracketed agency; a bracketed one may open any paragraph
        (
            "LORVIK, Aug. 3 (Xinhua) -- Exports from the port rose in July, data showed.\n\n"
            "The port is the largest in the region.\n\n"
            "VESTA (Reuters) - A second storm reached the coast on Friday night.",
            [("dateline", "LORVIK, Aug. 3 (Xinhua) --"), ("dateline", "VESTA (Reuters) -")],
        ),
        ("CALDER—The council voted on Tuesday to close the old bridge for good.", [("dateline", "CALDER—")]),
        # no dateline: what follows the dash is no sentence start, or the first words open a sentence
        ("Calder - not Vesta - decides where the new bridge will stand, the mayor said.", []),
        ("The bridge - and the road - will close on Monday, the council said in a statement.", []),
        # a headline's kicker is no place
        ("EXCLUSIVE – Jane Holt, the harbour pilot, says the port will close for good this winter.", []),
        # a place and a dash in a later paragraph is no dateline unless it names its agency in brackets
        (
            "The council met on Monday and voted to close the bridge.\n\n"
            "Calder, Ore. — The town's other bridge stays open, officials said on Monday.",
            [],
        ),
    ],
)
def test_furniture_datelines(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_furniture_dateline_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Maria Olsen - The mayor said on Monday that the bridge would stay closed all winter."
    assert find_furniture(Article(id="t", text=text), nlp(text)) == ()


@pytest.mark.parametrize(
    ("text", "lede"),
    [
        (
            "Ferry sinks\n\nHolloway Bay - A ferry carrying 40 people sank off the cape on Monday, officials said.",
            "A ferry carrying 40 people sank off the cape on Monday, officials said.",
        ),
        (
            "Harbor talks set\n\nNew Carden, IRNA – The envoy has said the harbor talks will go ahead on Friday.",
            "The envoy has said the harbor talks will go ahead on Friday.",
        ),
    ],
)
def test_furniture_dateline_is_a_sentence_of_its_own(nlp, text: str, lede: str) -> None:  # type: ignore[no-untyped-def]
    # the small model runs these datelines into the lede; the pipeline parses the dateline as a sentence of its
    # own, and the stages that skip furniture keep the lede whole
    from storyline.extract import sentence_spans

    article = Article(id="t", text=text)
    doc = nlp(text)
    assert lede in [s.text.strip() for s in doc.sents]
    sentences = [text[s.start : s.end] for s in sentence_spans(article, doc, find_furniture(article, doc))]
    assert lede in sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question sub-heading after a conjunction reads as one without it
        (
            "The jury found him guilty.\n\nSo, when will he be sentenced?\n\nThe judge set a date in July.",
            [("heading", "So, when will he be sentenced?")],
        ),
        (
            "The jury found him guilty.\n\nAnd who pays for the bridge?\n\nThe council will.",
            [("heading", "And who pays for the bridge?")],
        ),
        # a question with a quotation, or with a clause set off by commas, is running text
        ("The jury found him guilty.\n\nSo, why did she say “no” to the plan?\n\nNo one knew.", []),
        ("The jury found him guilty.\n\nSo, when the tide turned, what did the crew do?\n\nNo one knew.", []),
        # a word that only starts like a conjunction ("Sometimes") is no lead-in
        ("The jury found him guilty.\n\nSometimes who wins matters less?\n\nNo one knew.", []),
    ],
)
def test_furniture_question_heading_after_a_conjunction(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake shook Velmora late on Friday.\n\nResidents ran into the streets.\n\nEFE", [("byline", "EFE")]),
        ("The quake shook Velmora late on Friday.\n\n— Reuters", [("byline", "— Reuters")]),
        # a last line that is no agency's name stays text
        ("The quake shook Velmora late on Friday.\n\nMore soon", []),
    ],
)
def test_furniture_wire_sign_off_is_a_byline(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_furniture_a_quoted_phrase_alone_on_its_line_is_a_heading() -> None:
    text = (
        "The ferry minister resigned on Monday after a week in office.\n\n"
        "'Thorough vetting'\n\n"
        "The harbour office said candidates had been vetted with great care.\n\n"
        '"We will rebuild it."\n\n'
        "That was all the mayor would say.\n"
    )
    assert ("heading", "'Thorough vetting'") in _found(text)
    assert not any(t.startswith('"We will') for _, t in _found(text))
