"""A mixed clause ends at the closing mark of quoted words that end with a comma when the reporter's own words
follow: a participle ("“...,” raising hopes"), a relative clause or a contrast ("“...,” which is ..."). A
participle that goes on with what it follows ("including") and a second quotation keep the clause whole. It ends
before the medium the words were said in too ("“...” in a statement after the vote")."""

from __future__ import annotations

import pytest
from quote_helpers import run


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'Ilse Varga said the harbour would reopen "within weeks, not months," raising hopes among the fishing '
            "crews of Dunmore.",
            'the harbour would reopen "within weeks, not months,"',
        ),
        (
            'Tobin Reeve chanted "Dunmore first, Averly next," linking to a video of the rally in Port Selby.',
            '"Dunmore first, Averly next,"',
        ),
        (
            'Ilse Varga said the council should end "the parking tax," which is like a gift to the mall owners.',
            'the council should end "the parking tax,"',
        ),
        (
            'Tobin Reeve refused to say the words "budget cut," another moment seized upon by his rivals.',
            'the words "budget cut,"',
        ),
        (
            'Ilse Varga said the bill was "a fair compromise," including new money for the harbour schools.',
            'the bill was "a fair compromise," including new money for the harbour schools',
        ),
        (
            'Ilse Varga said the towns of Dunmore and Averly "have a long history," while "Port Selby is a '
            'newcomer."',
            'the towns of Dunmore and Averly "have a long history," while "Port Selby is a newcomer."',
        ),
    ],
)
def test_quotes_mixed_clause_ends_before_the_reporters_tail(text: str, clause: str) -> None:
    assert [q.text for q in run(text) if q.kind == "indirect"] == [clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            'Mayor Ilse Varga called for a return to a "quiet harbour policy" in a statement after the vote.',
            'a return to a "quiet harbour policy"',
        ),
        (
            'Ilse Varga said the ferry toll was "in reference to a letter" from the Averly council.',
            'the ferry toll was "in reference to a letter" from the Averly council',
        ),
    ],
)
def test_quotes_mixed_clause_ends_before_the_medium_it_was_said_in(text: str, clause: str) -> None:
    assert [q.text for q in run(text) if q.kind == "indirect"] == [clause]
