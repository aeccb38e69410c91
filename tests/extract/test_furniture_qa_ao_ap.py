"""Photo captions of blind reviews AO (#6) and AP (#2): an agency's file photo closed by its bracketed credit
("(HP Photo/Jane Roe, File)"), and a caption the page split in two, its first paragraph ending on the picture's
day above the paragraph its credit closes. A report's own sentences stay text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


_FILE_CAPTION = ("FILE - Signs for a Harbour Grill restaurant are shown in Velm, Norland, Tuesday, May 14, 2024. "
                 "(HP Photo/Jane Roe, File)")


def test_furniture_qa_ap_a_file_photo_caption_with_its_bracketed_agency_credit() -> None:
    text = ("Harbour Grill files for bankruptcy protection\n\n" + _FILE_CAPTION + "\n\n"
            "(Harbour Press) – Harbour Grill has filed for bankruptcy protection.\n\n"
            "The chain made the filing late Sunday, days after closing a dozen restaurants.\n")
    found = _kinds(text)
    assert ("caption", _FILE_CAPTION) in found
    assert ("credit", "(HP Photo/Jane Roe, File)") in found
    assert not any(kind == "dateline" and part.startswith("FILE") for kind, part in found)


def test_furniture_qa_ap_a_bracketed_photo_credit_without_a_file_mark() -> None:
    line = "Workers clear the quay in Velm on Monday. (Harbour Wire Photo/Tam Berro)"
    text = "Storm closes Velm port\n\nThe port of Velm stayed shut on Monday after the storm.\n\n" + line + "\n"
    assert ("caption", line) in _kinds(text)


def test_furniture_qa_ap_a_report_sentence_in_brackets_is_no_credit() -> None:
    line = "The port reopened on Tuesday. (The council had ordered it shut.)"
    text = "Storm closes Velm port\n\nThe port of Velm stayed shut on Monday after the storm.\n\n" + line + "\n"
    assert not any(kind in ("caption", "credit") for kind, _ in _kinds(text))


_SPLIT_FIRST = ("Relatives of miners wait at the Dorn mine building as a rescue goes on after a fire in Karst, "
                "northern Norland, on October 28, 2023.")
_SPLIT_SECOND = ("Norland said on October 28, 2023 that 12 miners died in a fire at a Velmsteel mine. "
                 "(Photo by STRINGER / HNA)")


def test_furniture_qa_ao_a_caption_split_over_two_paragraphs_above_its_credit() -> None:
    text = ("Miners dead in Norland mine fire\n\n" + _SPLIT_FIRST + "\n\n" + _SPLIT_SECOND + "\n\n"
            "Norland said Sunday that 20 bodies were found at the mine, with two miners still missing.\n")
    captions = [part for kind, part in _kinds(text) if kind == "caption"]
    assert captions == [_SPLIT_FIRST, _SPLIT_SECOND]


def test_furniture_qa_ao_a_report_paragraph_above_a_caption_needs_the_picture_day() -> None:
    lede = "Rescuers at the Dorn mine in Karst searched through the night for the missing miners."
    text = ("Miners dead in Norland mine fire\n\n" + lede + "\n\n" + _SPLIT_SECOND + "\n\n"
            "Norland said Sunday that 20 bodies were found at the mine, with two miners still missing.\n")
    captions = [part for kind, part in _kinds(text) if kind == "caption"]
    assert captions == [_SPLIT_SECOND]


def test_furniture_qa_ap_a_file_photo_caption_without_a_credit() -> None:
    line = "FILE - Signs for a Harbour Grill restaurant are shown in Velm, Norland, May 14, 2023."
    text = ("Harbour Grill files for bankruptcy protection\n\n" + line + "\n\n"
            "Harbour Grill has filed for bankruptcy protection, the chain said on Sunday.\n")
    found = _kinds(text)
    assert ("caption", line) in found
    assert not any(kind == "dateline" for kind, _ in found)
