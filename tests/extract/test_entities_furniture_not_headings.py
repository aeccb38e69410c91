"""Furniture that is no heading reads no name the heading's way: a lead-in ("According to the blog of Quell Mara:")
and a transcript's marker ("[Sound bite: Quell Mara]") are passed over by the entity stage, not scanned as a
headline is for a person named surname first ("Quell Mara" for the "Mara Quell" of the text).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.model import Article

_BODY = ("Mara Quell, the harbour master, closed the port on Tuesday after the ransomware attack.\n\n"
         "Quell said the ferries would run again on Friday.\n\n")
_BELOW = "The attackers asked for a ransom in a note left on the port's servers.\n"


@pytest.mark.parametrize("line", ["According to the blog of Quell Mara:", "[Sound bite: Quell Mara]"])
def test_entities_no_name_read_inside_a_lead_in_or_a_marker(nlp, line: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Port hit by ransomware\n\n{_BODY}{line}\n\n{_BELOW}"
    article = Article(id="t", text=text)
    doc = nlp(text)
    furniture = find_furniture(article, doc)
    start = text.index(line)
    assert any(f.span.start == start for f in furniture if f.kind in ("lead-in", "marker"))
    mentions = [m for e in extract_entities(article, doc, furniture=furniture) for m in e.mentions]
    assert not any(start <= m.start < start + len(line) for m in mentions)
