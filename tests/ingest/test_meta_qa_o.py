"""Outlet inference, QA O: a request for comment or questions the report's own newsroom sent name its outlet
("did not respond to a BBC request for comment"); a government body's request names none."""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_outlet
from storyline.model import Article


def _outlet(text: str) -> str | None:
    return infer_outlet(Article(id="t", text=text)).outlet.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury in Portville found Ada Brook guilty on Thursday. A spokesperson for Brook did not immediately "
            "respond to a BBC request for comment on whether she planned to appeal.",
            "BBC",
        ),
        (
            "The ferry company did not reply to a Harbor Gazette request for comment. The pier stays closed.",
            "Harbor Gazette",
        ),
        (
            "The council said the pier would reopen. Mayor Tom Vell did not respond to Valley News's questions "
            "about the cost.",
            "Valley News",
        ),
    ],
)
def test_meta_qa_o_request_names_own_outlet(text: str, expected: str) -> None:
    assert _outlet(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a public consultation, not a newsroom's request
        "The firm did not respond to a DOJ request for comment on the proposed rule.",
        # a person's questions, not a newsroom's
        "Brook did not reply to Vell's questions at the debate.",
    ],
)
def test_meta_qa_o_other_requests_name_no_outlet(text: str) -> None:
    assert _outlet(text) is None
