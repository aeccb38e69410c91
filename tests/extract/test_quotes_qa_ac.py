"""Quotes of blind QA rounds AB and AC: a bare day after the cue is no part of what was said ("said Tuesday two
firefighters had died"), a clause goes on over "and couldn't say whether", a document a report cites is its
source and not its words ("reported, citing a joint statement"), and no item comes of an effect told ("prompting
the firm to urge ..."), of backing sides in a conflict, of an announcement awaited in a clause of time that the
parse ran into the next clause, or of a stance inside the clause its own speaker's cue reports.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest
from quote_helpers import run


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in run(text)]


def test_quotes_qa_ac_bare_day_after_the_cue_is_no_content() -> None:
    text = "Plant fire\n\nCorvan Steel said Tuesday two firefighters had died.\n"
    assert [t for _, t in _items(text)] == ["two firefighters had died"]


def test_quotes_qa_ac_day_as_subject_stays_content() -> None:
    text = "Deadline\n\nAna Ruiz said Tuesday was the last day for the bids.\n"
    assert [t for _, t in _items(text)] == ["Tuesday was the last day for the bids"]


def test_quotes_qa_ac_clause_runs_over_could_not_say_whether() -> None:
    text = (
        "Plant fire\n\nThe company hasn't yet assessed the cost of the fire and couldn't say whether losses were "
        "covered by insurance, Ana Ruiz said.\n"
    )
    said = [t for s, t in _items(text) if s == "Ana Ruiz"]
    assert said == [
        "The company hasn't yet assessed the cost of the fire and couldn't say whether losses were covered by "
        "insurance"
    ]


def test_quotes_qa_ac_citing_a_statement_is_a_source() -> None:
    text = (
        "Talks\n\nThe decision came after talks that ran from March 6 through March 10 in Velmar, the Corvan "
        "news agency CNA reported citing a trilateral statement issued by the three states.\n"
    )
    items = _items(text)
    assert not any("trilateral statement" in t for _, t in items)
    assert any(t.startswith("The decision came after talks that ran from March 6") for _, t in items)


@pytest.mark.parametrize(
    "text",
    [
        "Plant fire\n\nA fire sent up plumes of smoke for hours, prompting Corvan Chemicals and the city of Velmar "
        "to urge residents to keep their windows shut.\n",
        "Takeover\n\nThe deal is a premium to the share price on the last trading day before it announced the "
        "review and Ardent Mining revealed it had made a bid.\n",
    ],
)
def test_quotes_qa_ac_no_item_without_words_said(text: str) -> None:
    assert not any(t.startswith(("residents", "the review")) for _, t in _items(text))


def test_quotes_qa_ac_bidder_after_the_and_speaks() -> None:
    text = (
        "Takeover\n\nThe deal is a premium to the share price on the last trading day before it announced the "
        "review and Ardent Mining revealed it had made a bid.\n"
    )
    assert [s for s, t in _items(text) if t == "it had made a bid"] == ["Ardent Mining"]


def test_quotes_qa_ac_backing_sides_is_no_stance() -> None:
    text = "Region\n\nArdena and Corvan support rival sides in several conflicts across the region.\n"
    assert _items(text) == []


def test_quotes_qa_ac_stance_inside_its_speakers_report_is_one_item() -> None:
    text = "Accord\n\nThe United States said on Friday that it cautiously welcomed the new deal.\n"
    assert [t for _, t in _items(text)] == ["it cautiously welcomed the new deal"]
