"""Quotes, headings and credits of blind QA round AA: a headline closing on a quoted phrase is a heading, a
closing "..., CEO of X Ana Ruiz said" keeps its clause, "expressed to" reports words and credits an outlet, a
host's outlet after "interview with X on" is credited, and clauses that are no one's words give no speaker
(a participle after a carrier of words, quoted words said of the subject clause, a duty under "must").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from quote_helpers import run

from storyline.extract.citations import extract_citations
from storyline.extract.furniture import find_furniture
from storyline.model import Article
from storyline.nlp.pipeline import parse

_HEADED = (
    "Harbour Lawyers And Mayor Talk About $40 Million Settlement Of Ferry Case: “The Truth Matters, Lies Cost”\n\n"
    "About ten minutes after the surprise settlement with the ferry line on Monday, the town's lead lawyer Mara "
    "Quist stood before a crowd of reporters outside the court.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text)
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(article, parse(text))]


def _cited(text: str) -> list[str]:
    return [c.cites for c in extract_citations(Article(id="t", text=text), parse(text))]


def test_quotes_qa_aa_headline_closing_on_a_quoted_phrase_is_a_heading() -> None:
    assert _kinds(_HEADED)[:1] == [("heading", _HEADED.split("\n")[0])]
    # a headline's quoted words that no one is said to have spoken are the outlet's display: no speakerless quote
    assert not [q for q in run(_HEADED) if "Truth Matters" in q.text and q.speaker is None]


def test_quotes_qa_aa_short_headline_closing_on_a_quoted_phrase() -> None:
    text = "Harbour Lawyers Talk About Ferry Case: “The Truth Matters”\n\nMara Quist stood before reporters today.\n"
    assert _kinds(text)[:1] == [("heading", "Harbour Lawyers Talk About Ferry Case: “The Truth Matters”")]


def test_quotes_qa_aa_quoted_sentence_line_stays_text() -> None:
    text = "The ferry sank on Monday.\n\nShe said it was “over.”\n\nDivers went down on Tuesday.\n"
    assert not [k for k, _ in _kinds(text) if k == "heading"]


def test_quotes_qa_aa_closing_title_before_the_name() -> None:
    text = (
        "Ferry ruling\n\n"
        "The ruling against the ferry line amounted to a warning for other operators that may cut corners, "
        "chief executive of Harbour Lines Ilse Varga said on Tuesday in an interview, her first since the ruling.\n"
    )
    found = [(q.speaker or "", q.text) for q in run(text) if q.kind == "indirect"]
    assert [t for _, t in found] == [
        "The ruling against the ferry line amounted to a warning for other operators that may cut corners"
    ]
    assert found[0][0].endswith("Varga")


def test_quotes_qa_aa_expressed_to_an_outlet() -> None:
    text = (
        "Sailors freed\n\n"
        "“We’re relieved and grateful,” Tomas Brill, the sailor’s brother, expressed to Coast Radio. He thanked "
        "the port council.\n"
    )
    assert [(q.speaker, q.kind) for q in run(text) if "relieved" in q.text] == [("Tomas Brill", "direct")]
    assert _cited(text) == ["Coast Radio"]


def test_quotes_qa_aa_expressed_concern_stays_a_stance() -> None:
    text = "Ferry ruling\n\nThe mayor expressed concern that the ferry would stop running.\n"
    assert [q.text for q in run(text) if q.kind == "direct"] == []


def test_quotes_qa_aa_interview_with_a_host_on_an_outlet() -> None:
    text = (
        "Ferry ruling\n\n"
        "In an interview with Lena Marsh on Harbour TV's Morning Hour, Varga said, \"It was never about the money.\"\n"
    )
    assert _cited(text) == ["Harbour TV"]


def test_quotes_qa_aa_told_a_host_on_a_day_credits_nothing() -> None:
    text = "Ferry ruling\n\nVarga told Lena Marsh on Tuesday that the line would appeal.\n"
    assert _cited(text) == []


def test_quotes_qa_aa_participle_after_a_carrier() -> None:
    text = (
        "Ferry ruling\n\n"
        "The payment of more than $40 million by Harbour Lines to the town and the company’s statement "
        "acknowledging that its ferries were unsafe was “a strong message of accountability” and a victory for "
        "the families, Quist said.\n"
    )
    quotes = run(text)
    assert not [q for q in quotes if q.speaker == "payment"]
    assert [q.text for q in quotes if q.text.startswith("its ferries")] == ["its ferries were unsafe"]


def test_quotes_qa_aa_a_duty_under_must_is_no_statement() -> None:
    text = (
        "Ferry ruling\n\n"
        "While the ruling does not require that the company’s captains must acknowledge the faults in public, "
        "Quist said it was an important outcome for the town.\n"
    )
    assert [q.text for q in run(text) if "faults" in q.text] == []


def test_quotes_qa_aa_quotation_after_a_closing_attribution() -> None:
    text = (
        "Ferry ruling\n\n"
        "The logs and emails that emerged during the trial from inside the ferry line were valuable, Quist said. "
        "“And what today has shown is that you pay a price for cutting corners.”\n"
    )
    assert [q.speaker for q in run(text) if q.kind == "direct"] == ["Quist"]


def test_quotes_qa_aa_mixed_clause_opening_on_its_quotation_keeps_the_mark() -> None:
    text = "Ferry ruling\n\nThe mayor said “we feel we got” accountability in the deal.\n"
    assert [q.text for q in run(text) if q.kind == "indirect"] == ["“we feel we got” accountability in the deal"]
