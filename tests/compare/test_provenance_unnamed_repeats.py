"""Blind QA round AK #9: a report that credits an outlet no report of the story is known to be ("..., Harbour News
reports") and prints a long run of another report's words, that report's outlet unknown, repeats it: a ``copy``
edge to it ("repeats"). The unknown report is not named after the credited outlet. Every text here is written for
these tests."""

from __future__ import annotations

from storyline.compare import compare_story
from storyline.model import Article, Comparison, MetaValue
from storyline.pipeline import analyze

_ORIGINAL = (
    "Velm launches its Lark II rocket\n\n"
    "Forty years after the last Lark flight, the Velm Space Agency has taken a first step back to the moon.\n\n"
    "\"For the next crews, this is for you,\" flight director Ana Ruiz, the agency's first woman in the post, said "
    "before she gave the order for liftoff.\n\n"
    "The rocket lifted off from the Norport pad at 2:10 a.m. on Thursday."
)
_REWRITE = (
    "Velm finally launches Lark II\n\n"
    "The Velm Space Agency launched its Lark II rocket from Norport early on Thursday, Harbour News reports.\n\n"
    "\"For the next crews, this is for you,\" flight director Ana Ruiz, the agency's first woman in the post, said "
    "ahead of the launch.\n\n"
    "The flight is a test for crewed missions planned for later in the decade."
)
_OTHER = (
    "Lark II is on its way\n\n"
    "Crowds cheered along the Norport shore as the Lark II rocket rose into the night sky on Thursday.\n\n"
    "Officials said the capsule would circle the moon before returning in three weeks."
)


def _compare(rewrite: str) -> Comparison:
    articles = [
        Article(id="orig", text=_ORIGINAL),
        Article(id="rewrite", text=rewrite),
        Article(id="other", text=_OTHER, outlet=MetaValue(value="Coast Post")),
    ]
    return compare_story(articles, [analyze(a) for a in articles])


def test_a_report_crediting_an_outlet_repeats_the_unnamed_report_it_prints() -> None:
    edges = {(e.source, e.target, e.kind) for e in _compare(_REWRITE).provenance}
    assert ("report rewrite", "Harbour News", "credit") in edges
    assert ("report rewrite", "report orig", "copy") in edges
    assert not any(e.target == "Harbour News" and e.source == "report orig" for e in _compare(_REWRITE).provenance)


def test_without_a_credit_the_shared_run_is_no_repeat() -> None:
    uncredited = _REWRITE.replace(", Harbour News reports.", ".")
    edges = {(e.source, e.target, e.kind) for e in _compare(uncredited).provenance}
    assert ("report rewrite", "report orig", "copy") not in edges


def test_a_wire_repeat_crediting_unnamed_agencies_repeats_the_agency_report() -> None:
    title = "Velm launches its Lark II rocket\n\n"
    agency = _ORIGINAL.replace(title, title + "NORPORT (AP) — ")
    wire_repeat = _OTHER + (
        "\n\nForty years after the last Lark flight, the Velm Space Agency has taken a first step back to the moon."
        "\n\nSource: agencies"
    )
    articles = [
        Article(id="ap", text=agency, outlet=MetaValue(value="AP")),
        Article(id="repeat", text=wire_repeat),
        Article(id="post", text=_REWRITE.replace(", Harbour News reports.", "."), outlet=MetaValue(value="Coast Post")),
    ]
    edges = {(e.source, e.target, e.kind) for e in compare_story(articles, [analyze(a) for a in articles]).provenance}
    assert ("report repeat", "AP", "copy") in edges
