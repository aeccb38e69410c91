"""Credits the blind reviews AU (#23) and AV (#3) found missing: a known outlet after a spaced hyphen closing the
text ("... the chair said. - Guardian") signs the whole text, and "(via VELM TODAY)" after a statement credits that
outlet for the clause it closes.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.citations import extract_citations
from storyline.model import Article, MetaValue


def _cites(text: str, own: str | None = None) -> list[tuple[str, str, str]]:
    article = Article(id="a", text=text, outlet=MetaValue(value=own))
    return [(c.cites, c.kind, text[c.credited.start : c.credited.end] if c.credited else "")
            for c in extract_citations(article, None, ())]


def test_citations_qa_au_a_known_outlet_after_a_hyphen_closing_the_text_is_credited_for_all_of_it() -> None:
    text = ("Velm ferry sinks\n\nA ferry sank off Velm late on Friday with forty people on board.\n\n"
            "“We searched all night,” the coast guard chief said. - Guardian\n")
    found = _cites(text)
    assert [(cites, kind) for cites, kind, _ in found] == [("The Guardian", "reported")]
    assert found[0][2].startswith("Velm ferry sinks")


def test_citations_qa_au_the_closing_outlet_of_its_own_copy_is_its_signature() -> None:
    text = ("Velm ferry sinks\n\nA ferry sank off Velm late on Friday with forty people on board.\n\n"
            "Twelve people were rescued. — AFP\n")
    assert [(cites, kind) for cites, kind, _ in _cites(text, own="AFP")] == [("AFP", "self")]


def test_citations_qa_av_via_a_known_outlet_in_brackets_credits_it() -> None:
    text = ("Velm ferry sinks\n\nAs the harbour master Ana Ruiz explained (via USA Today), the ferry's bow door was "
            "left open, letting the water in.\n\nTwelve people were rescued.\n")
    found = _cites(text)
    assert [(cites, kind) for cites, kind, _ in found] == [("USA Today", "according_to")]
    assert "bow door was left open" in found[0][2]


def test_citations_qa_av_via_a_platform_is_no_outlet_s_credit() -> None:
    text = ("Velm ferry sinks\n\nThe harbour master Ana Ruiz said (via Twitter) the ferry's bow door was left open."
            "\n\nTwelve people were rescued.\n")
    assert _cites(text) == []
