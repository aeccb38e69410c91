"""A question a report asks in its own voice, as a subhead ("How is the strike affecting ferries?"), and a line
that points on to what follows ("Here's a look at where things stand") are no statements: no fact, no support of
one (QA round W #14, #5). Fictional texts."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.compare.units import report_units
from storyline.model import Article, MetaValue
from storyline.pipeline import analyze


def _units(text: str) -> list[str]:
    article = Article(id="r0", text=f"Strike at Velm\n\n{text}\n", outlet=MetaValue(value="Velm Courier"))
    return [u.text for u in report_units(article, analyze(article), 0, lambda span: [])]


def test_a_question_subhead_is_no_statement() -> None:
    units = _units("How is the dock strike affecting ferries? Ferry lines around Velm reported long delays on Friday.")
    assert not any("How is the dock strike" in u for u in units)
    assert any("Ferry lines around Velm reported long delays" in u for u in units)


def test_a_signpost_line_is_no_statement() -> None:
    units = _units(
        "Dockworkers in Velm walked out on Friday over pay.\n\nHere's a look at where things stand:\n\n"
        "Here’s a close look at the ferry lines and ports affected by the strike.\n\n"
        "Ferry lines around Velm reported long delays on Friday."
    )
    assert not any(u.startswith("Here") for u in units)
    assert any("Dockworkers in Velm walked out" in u for u in units)


def test_a_quoted_question_is_still_its_speakers() -> None:
    units = _units("“Why is there no backup crew for the ferries?” the union leader Ines Varga asked on Friday.")
    assert any("no backup crew" in u for u in units)


def test_a_signpost_supports_no_fact() -> None:
    articles = [
        Article(id="r0", text="Strike at Velm\n\nThe strike hit ferry lines, ports and freight yards on the coast.\n",
                outlet=MetaValue(value="Velm Courier")),
        Article(id="r1", text="Velm strike\n\nHere’s a close look at the ferry lines and ports hit by the strike.\n",
                outlet=MetaValue(value="Tarn Daily")),
    ]
    facts = compare_story(articles, [analyze(a) for a in articles]).facts
    assert all(f.status != "corroborated" for f in facts)
    assert not any(f.text.startswith("Here") for f in facts)
