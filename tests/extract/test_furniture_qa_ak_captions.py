"""Photo captions that no credit closes (QA round AK, #18): a caption line beside a credit alone on its line, a
participial caption, a top caption that puts the report's day in the present, and a last-line caption that
introduces afresh a person the report already quoted. A report's own short paragraphs stay text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _captions(text: str) -> list[str]:
    return [text[f.span.start : f.span.end] for f in find_furniture(Article(id="a", text=text)) if f.kind == "caption"]


_TITLE = "Harbour minister quits over ferry contracts\n\n"
_LEDE = ("Orla Venn has resigned as harbour minister after weeks of questions about ferry contracts, saying she was "
         "“a distraction for the council”.\n\n")


def test_furniture_qa_ak_a_participial_caption_above_a_credit_alone() -> None:
    text = (_TITLE + "Venn says she will clear her name.\n\n"
            "Orla Venn arriving for the council's spring meeting at the Velm Assembly Rooms in Norport.\n\n"
            "Tam Berro via Harbour Wire/Coast Images\n\n" + _LEDE + "The council meets again in May.\n")
    assert _captions(text) == [
        "Orla Venn arriving for the council's spring meeting at the Velm Assembly Rooms in Norport."
    ]


def test_furniture_qa_ak_a_caption_below_a_credit_alone() -> None:
    text = (_TITLE + _LEDE + "“It is over,” Venn said on Monday.\n\nTam Berro/Reuters.\n\n"
            "Orla Venn stands outside the assembly rooms in Norport on Monday.\n\n"
            "Her deputy, Piet Moss, takes over the ministry until a vote in May, officials said.\n")
    assert _captions(text) == ["Orla Venn stands outside the assembly rooms in Norport on Monday."]


def test_furniture_qa_ak_the_lede_under_a_lead_picture_credit_stays_text() -> None:
    text = (_TITLE + "Photo: Coast Images\n\n"
            "Orla Venn resigned as harbour minister on Monday after weeks of questions about ferry contracts.\n\n"
            "She denies any wrongdoing.\n")
    assert _captions(text) == []


def test_furniture_qa_ak_a_top_caption_in_the_present_of_the_reports_day() -> None:
    text = ("Velm's Lark II rocket heads for the moon after a clean launch\n\n"
            "After two delays, the Lark II rocket launched Thursday and is on its way to the moon.\n\n"
            "Dana Orrel\n\n"
            "Lark II launches Thursday from the Velm Space Port in Norport, Harbourland.\n\n"
            "“Liftoff,” shouted Ivo Pash, the port's commentator.\n\n"
            "The rocket lifted off at 2:10 a.m. Thursday, after two scrubbed attempts in March.\n")
    assert _captions(text) == ["Lark II launches Thursday from the Velm Space Port in Norport, Harbourland."]


def test_furniture_qa_ak_a_last_line_caption_introducing_a_quoted_person_afresh() -> None:
    text = ("Lark II heads for the moon\n\n"
            "The Lark II rocket lifted off at 2:10 a.m. Thursday from the Velm Space Port.\n\n"
            "Painter Mira Coll, a guest of the port, travelled twice to see the launch.\n\n"
            "“It was worth every mile,” Coll said.\n\n"
            "Painter Mira Coll, a guest of the port, watched Thursday’s launch of the Lark II rocket.\n")
    assert _captions(text) == [
        "Painter Mira Coll, a guest of the port, watched Thursday’s launch of the Lark II rocket."
    ]


@pytest.mark.parametrize(
    "last",
    [
        "Mira Coll plans to see the next launch in June.",  # no fresh introduction: a report's closing line
        "Ivo Pash, the port's commentator, called the next launch for June.",  # introduced only here
    ],
)
def test_furniture_qa_ak_a_closing_line_naming_a_person_stays_text(last: str) -> None:
    text = ("Lark II heads for the moon\n\n"
            "The Lark II rocket lifted off at 2:10 a.m. Thursday, and painter Mira Coll travelled twice to see it.\n\n"
            "“It was worth every mile,” Coll said.\n\n" + last + "\n")
    assert _captions(text) == []


def test_furniture_qa_ak_a_present_tense_day_in_the_body_stays_text() -> None:
    text = ("Lark II heads for the moon\n\nDana Orrel\n\n"
            "The Lark II rocket lifted off at 2:10 a.m. Thursday from the Velm Space Port.\n\n"
            "Lark II returns Sunday to a splashdown off Norport.\n\n"
            "The crew capsule carries no people.\n")
    assert _captions(text) == []
