"""The outlet a page names at its foot (QA round AN): its copyright notice with the year ("©2025 Harbour Media
Group", a publisher's name that no outlet's word ends) and a "Read at <site>" pointer to the page the text is an
excerpt of (the table's name for a known host, else the host). A copyright in a sentence names no one.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.ingest.meta import infer_outlet
from storyline.model import Article

_BODY = ("Velmar Oil said on Monday it would buy Corran Fields for $4 billion in stock.\n\n"
         "The companies expect the deal to close next spring, pending approval by regulators.\n\n")


def _outlet(text: str) -> str | None:
    return infer_outlet(Article(id="a", text=text)).outlet.value


def test_meta_qa_an_a_copyright_notice_with_its_year_names_the_publisher() -> None:
    assert _outlet(_BODY + "©2025 Harbour Media Group") == "Harbour Media Group"


def test_meta_qa_an_a_read_at_line_names_the_site() -> None:
    assert _outlet(_BODY + "Read at www.harbourledger.com") == "harbourledger.com"


def test_meta_qa_an_a_read_at_line_of_a_known_host_names_its_outlet() -> None:
    assert _outlet(_BODY + "Read at www.reuters.com") == "Reuters"


def test_meta_qa_an_a_copyright_inside_a_sentence_names_no_one() -> None:
    text = _BODY + "The songs, © 2019 Harbour Records Group, were played at the launch, the company said."
    assert _outlet(text) is None


def test_meta_qa_an_a_read_more_pointer_names_no_outlet() -> None:
    assert _outlet(_BODY + "Read more at www.velmharbour.gov") is None
