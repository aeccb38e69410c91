"""A dateline whose date has its year, closed by a dash, dates its report ("WASHINGTON, May 3, 2023 -").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract import dateline
from storyline.extract.dating import infer_published
from storyline.extract.furniture import find_furniture
from storyline.extract.lines import paragraphs
from storyline.extract.timex import extract_timexes
from storyline.model import Article

BODY = "The ferry sank on Monday, April 24, and rescuers found the hull the next day, officials said.\n"


@pytest.mark.parametrize(
    "head",
    [
        "PORT ALDER, May 3, 2023 - ",
        "PORT ALDER, May 3, 2023 — ",
        "PORT ALDER, May 3, 2023 – ",
        "PORT ALDER, May 3, 2023 -- ",
        "PORT ALDER (May 3, 2023) — ",
        "May 3, 2023 — ",
        "PORT ALDER, Wednesday, May 3, 2023 — ",
        "PORT ALDER, Wed May 3, 2023 — ",
        "PORT ALDER, Ore., May 3, 2023 — ",
        "PORT ALDER, 3 May 2023 - ",
        "KELSO, May 3, 2023 (AP) — ",
    ],
)
def test_a_dated_dateline_dates_its_report(head: str) -> None:
    text = head + BODY
    found = dateline.in_lede(text, paragraphs(text))
    assert found is not None
    assert text[found.start : found.end] == head.rstrip()
    meta = infer_published(Article(id="a", text=text))
    assert (meta.value, meta.method) == ("2023-05-03", "dateline")
    assert ("dateline", head.rstrip()) in [
        (f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))
    ]


def test_a_dated_dateline_names_its_agency() -> None:
    text = "KELSO, Aug. 23, 2023 (AP) — " + BODY
    found = dateline.in_lede(text, paragraphs(text))
    assert found is not None
    assert found.agency == "AP"


def test_the_report_dated_by_its_dateline_anchors_its_relative_days() -> None:
    text = "PORT ALDER, May 3, 2023 - The ferry sank on Monday. The next day, rescuers found the hull."
    meta = infer_published(Article(id="a", text=text))
    assert meta.value == "2023-05-03"
    found = [(t.text, t.value) for t in extract_timexes(Article(id="a", text=text, published=meta))]
    assert found == [("May 3, 2023", "2023-05-03"), ("Monday", "2023-05-01"), ("The next day", "2023-05-02")]


@pytest.mark.parametrize(
    "head",
    [
        "Updated 10:31 AM EDT, Wed May 3, 2023\n\nPORT ALDER (AP) — ",
        "Updated 10:31 AM EDT, Wed May 3, 2023\nPORT ALDER (AP) — ",
        # the stamp at the head of the lede's own line
        "Updated 10:31 AM EDT, Wed May 3, 2023 PORT ALDER (AP) — ",
        "Published 9:02 a.m. ET May 3, 2023 PORT ALDER (AP) — ",
    ],
)
def test_a_publication_stamp_dates_its_report(head: str) -> None:
    meta = infer_published(Article(id="a", text=head + BODY))
    assert (meta.value, meta.method) == ("2023-05-03", "stamp")


@pytest.mark.parametrize(
    "text",
    [
        # words between the stamp word and the date: a sentence, not a stamp
        "Updated figures published on May 3, 2023 show that the ferry was late, officials said on Monday.",
        # no year: a dateline still, but it does not date the report on its own
        "PORT ALDER, May 3 - The ferry sank on Monday, April 24, and rescuers found the hull, officials said.",
        # a dash inside a sentence is no dateline
        "Port Alder - not Kelso - decides on May 3, 2023 whether the ferry sails again, officials said.",
    ],
)
def test_no_stamp_and_no_dated_dateline(text: str) -> None:
    meta = infer_published(Article(id="a", text=text))
    assert meta.method not in ("stamp", "dateline")


def test_the_lede_passes_over_page_furniture_and_an_update_tagged_summary() -> None:
    text = (
        "This is AI generated summarization, which may have errors. For context, always refer to the full article.\n\n"
        "A ferry burns at the pier of Velm on Tuesday. (Photo: Jan Holm/Velm Post)\n\n"
        "(2nd UPDATE) The harbour police say the fire started in the engine room of a ferry that was bound for the"
        " islands with supplies for the families hit by the floods\n\n"
        "VELM, Norland – All 212 passengers of the ferry escaped on Tuesday, the harbour police said.\n"
    )
    found = dateline.in_lede(text, paragraphs(text))
    assert found is not None
    assert text[found.start : found.end] == "VELM, Norland –"
