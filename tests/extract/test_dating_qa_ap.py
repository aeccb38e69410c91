"""A photo's caption is no date of the report (blind review AP, #1): a file photo's "Tuesday, May 14, 2024" beside
the report's own "on Tuesday" does not date the report on that Tuesday.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.dating import infer_published
from storyline.model import Article


def test_dating_qa_ap_a_file_photo_caption_dates_no_report() -> None:
    text = ("Harbour Grill files for bankruptcy protection\n\n"
            "FILE - Signs for a Harbour Grill restaurant are shown in Velm, Norland, Tuesday, May 14, 2024. "
            "(HP Photo/Jane Roe, File)\n\n"
            "Harbour Grill said on Tuesday that it had filed for bankruptcy protection.\n\n"
            "The chain closed a dozen restaurants last week.\n")
    meta = infer_published(Article(id="a", text=text))
    assert meta.value is None
    assert meta.low is None


def test_dating_qa_ap_the_same_day_in_the_report_text_still_dates_it() -> None:
    text = ("Harbour Grill files for bankruptcy protection\n\n"
            "Harbour Grill said on Tuesday that it had filed for bankruptcy protection. The filing, made on "
            "Tuesday, May 14, 2024, lists a dozen closed restaurants.\n")
    assert infer_published(Article(id="a", text=text)).value == "2024-05-14"


def test_dating_qa_ap_a_file_photo_lends_no_year_to_the_report_s_own_day() -> None:
    # the file photo's day is the same month and day as the report's own "on May 14", a year before: no year is lent
    text = ("Harbour Grill files for bankruptcy protection\n\n"
            "FILE - Signs for a Harbour Grill restaurant are shown in Velm, Norland, May 14, 2023.\n\n"
            "Harbour Grill said on May 14 that it had filed for bankruptcy protection. The chain said on Tuesday "
            "that a dozen restaurants had closed.\n")
    assert infer_published(Article(id="a", text=text)).low is None
