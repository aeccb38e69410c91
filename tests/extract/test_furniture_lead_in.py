"""An attribution alone on its line and closed by a colon ("According to the harbour news site, Velm Wire:") that
introduces the paragraph below it (blind review AV #15): the words it credits are in that paragraph, and the line
itself says nothing; kept as text, it became a fact of its own ("According to the harbour news site, Velm Wire").
It is furniture of kind ``lead-in``; the paragraph it introduces stays text, and the credit stays readable.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_BELOW = ("This malware is not spread through e-mail but through other means, which could include hacked remote "
          "desktops.")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    "line",
    ["According to the harbour news site, Velm Wire:", "According to Velm Wire:", "according to the port's own log:"],
)
def test_furniture_an_attribution_line_closed_by_a_colon_is_a_lead_in(line: str) -> None:
    text = f"The port's network was hit by ransomware on Tuesday.\n\n{line}\n\n{_BELOW}\n"
    assert ("lead-in", line) in _kinds(text)
    assert not any(_BELOW in part for _, part in _kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        # the report's last line: nothing below it to introduce
        "The port's network was hit by ransomware on Tuesday.\n\nAccording to the harbour news site, Velm Wire:\n",
        # the credit and its words on one line
        f"The port's network was hit on Tuesday.\n\nAccording to the harbour news site, Velm Wire: {_BELOW}\n",
        # a sentence with its own verb before the colon is no lead-in
        f"The port's network was hit on Tuesday.\n\nAccording to Velm Wire, the attackers left a note:\n\n{_BELOW}\n",
    ],
)
def test_furniture_no_lead_in_without_a_paragraph_below_or_with_a_clause(text: str) -> None:
    assert not any(kind == "lead-in" for kind, _ in _kinds(text))
