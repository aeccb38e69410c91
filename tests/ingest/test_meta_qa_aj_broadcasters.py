"""Outlet inference, QA AJ #23: a local broadcaster names itself by its call letters or its network and channel
("confirmed to NBC9 that ...", "the resort's media team sent WKRA-TV in a statement"): its name's shape makes it an
outlet's, as an outlet word does ("... Gazette"). A word in capitals is no broadcaster. Every text here is written
for these tests."""

from __future__ import annotations

import pytest

from storyline.ingest.meta import infer_outlet
from storyline.model import Article


def _outlet(text: str) -> str | None:
    return infer_outlet(Article(id="t", text=text)).outlet.value


@pytest.mark.parametrize("station", ["NBC9", "WKRA-TV", "KVEL"])
def test_meta_qa_aj_a_broadcaster_named_by_its_shape(station: str) -> None:
    text = (
        "Resort systems down after attack\n\n"
        f"The Lakeside Resort in Port Alder confirmed to {station} that its rooms are open to guests.\n\n"
        f"“We are working around the clock,” the resort's media team sent {station} in a statement.\n"
    )
    assert _outlet(text) == station


def test_meta_qa_aj_a_word_in_capitals_is_no_broadcaster() -> None:
    text = (
        "Resort systems down after attack\n\n"
        "The resort confirmed to WHAT that its rooms are open.\n\n"
        "The media team sent WHAT in a statement a note on the outage.\n"
    )
    assert _outlet(text) is None


def test_meta_qa_aj_one_weak_cue_names_no_broadcaster() -> None:
    text = "Resort systems down\n\nThe Lakeside Resort confirmed to KVEL that its rooms are open to guests.\n"
    assert _outlet(text) is None
