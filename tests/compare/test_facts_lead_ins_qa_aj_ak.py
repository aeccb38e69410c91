"""Statements that tell no fact of their own beside a conflict or a list (fictional examples): a lead-in ending on
a verb whose object is the list after its colon (QA AJ: "The union said the tentative agreement also includes:"),
and a quoted sentence shown again as a single-source fact beside the "quoted words differ" conflict that holds it
(QA AK)."""

from __future__ import annotations

from compare_helpers import quotes_of

from storyline.compare import compare_story
from storyline.compare.align import Unit
from storyline.compare.facts import _lead_in
from storyline.model import Analysis, Article, MetaValue, Span


def _unit(text: str, start: int = 0) -> Unit:
    return Unit(span=Span(article="a", start=start, end=start + len(text)), text=text, tokens=(), report=0)


def test_a_lead_in_to_a_list_after_a_colon_is_no_fact() -> None:
    lead = "The dockers' guild said the draft settlement also includes"
    body = lead + ":\nRaising the night shift rate by 12%\nAdding two paid rest days"
    assert _lead_in(_unit(lead), body)
    assert _lead_in(_unit(lead + ":"), body)


def test_a_claim_ending_on_such_a_verb_without_a_colon_is_a_fact() -> None:
    claim = "The dockers' guild said the draft settlement also includes"
    assert not _lead_in(_unit(claim), claim + " a rise for night shifts.")
    full = "The dockers' guild said the draft settlement includes a rise for night shifts"
    assert not _lead_in(_unit(full), full + ": 12% from March.")


SPEAKER = "Lena Ostrova"


def _facts(*texts: str) -> list[tuple[str, str]]:
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=f"Outlet {i}")) for i, t in enumerate(texts)]
    analyses = [Analysis(article=a.id, version="t", quotes=quotes_of(a, SPEAKER)) for a in articles]
    return [(f.status, f.text) for f in compare_story(articles, analyses).facts]


def test_a_sentence_of_a_worded_conflict_is_no_single_source_fact_beside_it() -> None:
    gazette = ('Ostrova accepted the resignation of the ferry board chair on Friday.\nIn her reply, she wrote: "I '
               'respect your choice to leave the board and understand why you have made it ... I thank you for your '
               'loyal service to the harbour."')
    herald = ('Ferry board chair quits.\nOstrova accepted the resignation with regret, adding: "I respect your choice '
              'to leave the board and understand why it was taken."')
    facts = _facts(gazette, herald)
    # the disputed sentence only in the conflict; the rest of the quotation still a fact of its own
    assert [(status, text) for status, text in facts if "I " in text] == [
        ("single", "I thank you for your loyal service to the harbour"),
        ("conflict", "I respect your choice to leave the board and understand why you have made it"),
        ("conflict", "I respect your choice to leave the board and understand why it was taken"),
    ]
