"""Blind QA round AG #8: a report of unknown outlet is not named after an outlet it quotes from. Two reports
credit one radio station for one minister's interview; the one that names the station as the place the minister
spoke ("Speaking on Radio Velm radio") is no report of it. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.provenance import named_by_credit
from storyline.model import Article, MetaValue
from storyline.pipeline import analyze

_CREDITING = (
    "The Orvena gallery stayed shut on Monday after the theft.\n\n"
    '"What is certain is that we have failed, since thieves could climb a ladder in the middle of the day,"'
    " Culture Minister Tomas Keel told national broadcaster Radio Velm."
)


def _carrier(naming: str) -> str:
    return (
        "The Orvena gallery remained closed on Monday, a day after the raid.\n\n"
        f'{naming} Culture Minister Tomas Keel said: "We cannot guard every room, but what is certain is that we'
        ' have failed, since thieves could climb a ladder in the middle of the day."'
    )


def _named(carrier: str) -> dict[int, str]:
    articles = [Article(id="a", text=_CREDITING, outlet=MetaValue(value="Metro Wire")), Article(id="b", text=carrier)]
    return named_by_credit(articles, [analyze(a) for a in articles])


def test_a_report_quoting_an_interview_on_an_outlet_is_not_named_after_it() -> None:
    assert _named(_carrier("Speaking on Radio Velm radio on Monday morning,")) == {}
    assert _named(_carrier("In an interview with Radio Velm on Monday,")) == {}


def test_a_report_that_names_the_outlet_otherwise_is_still_named_after_it() -> None:
    assert _named(_carrier("On Monday morning,") + "\n\nThis story was first broadcast by Radio Velm.") == {
        1: "Radio Velm"
    }
