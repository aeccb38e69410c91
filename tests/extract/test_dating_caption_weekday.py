"""A current photo's caption lends its dated day when the report's own text names that weekday (blind review AX):
"... visits the scene in Norport, Westland, Sunday, Oct. 30, 2022." over a report that tells what the mayor did
"on Sunday" is a picture of the report's Sunday, and the caption is the only place its year is written. A file
photo lends nothing (``test_dating_qa_ap``).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.model import Article

_CAPTION = "Mayor Ana Velt visits the flooded quay in Norport, Westland, Sunday, Oct. 30, 2022.\n\n"


def _text(body: str) -> str:
    return "Norport mourns after quay collapse\n\n" + _CAPTION + body


def test_a_caption_s_day_of_the_report_s_own_weekday_gives_the_year() -> None:
    meta = infer_published(Article(id="a", text=_text("The mayor toured the quay on Sunday, officials said.\n")))
    assert meta.value is not None
    assert meta.value.startswith("2022-10")


def test_a_caption_s_day_of_another_weekday_gives_nothing() -> None:
    meta = infer_published(Article(id="a", text=_text("The mayor toured the quay on Friday, officials said.\n")))
    assert meta.value is None
