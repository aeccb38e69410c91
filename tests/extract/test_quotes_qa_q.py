"""Speech read where there was none in blind QA round Q, each case in invented text: what was not said, an act
asked about, and "deny" in the sense of keeping something from someone."""

from __future__ import annotations

import pytest

from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def reported(text: str) -> list[str]:
    return [q.text for q in run(text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        # a question left unanswered is no stance of the one who did not answer it
        (
            "Lindmark Mayor Ida Brunner said she would resign on Tuesday. Brunner did not say when she plans to"
            " formally step down but she described the decision as “painful beyond words.”",
            "to formally step down",
        ),
        # "did not provide ... or announce ...": the announcement was not made either
        (
            "Although the council email did not provide a timeline or announce the formation of a search"
            " committee, members said a vote would come soon.",
            "the formation of a search committee",
        ),
        # an act asked about ("whether calling for ...") is no one's call
        ("She was asked whether calling for the closure of the harbor would violate city rules.", "the closure of"),
        # "deny" as keeping something from someone: a passive with its object, a team denied, a chance denied
        ("Winger Tom Brask was denied a try for an earlier knock-on.", "a try for an earlier knock-on"),
        (
            "Lindmark did just enough to deny 14-man Ostby, and denied the Rovers their own chance to win a title.",
            "14-man Ostby",
        ),
        (
            "Lindmark did just enough to deny 14-man Ostby, and denied the Rovers their own chance to win a title.",
            "the Rovers their own chance",
        ),
    ],
)
def test_nothing_said_is_no_reported_speech(text: str, unsaid: str) -> None:
    assert not any(content.startswith(unsaid) for content in reported(text)), reported(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The club denied the allegations of match fixing on Monday.", "the allegations of match fixing"),
        ("Brask denied that he had touched the ball.", "he had touched the ball"),
        ("Brunner said when she was asked that the harbor would stay open.", "the harbor would stay open"),
    ],
)
def test_denials_and_answers_still_speak(text: str, said: str) -> None:
    assert any(said in content for content in reported(text)), reported(text)


def test_the_infinitive_of_an_adjective_speaks_with_its_subject() -> None:
    # "have been reluctant to reveal": the strategists, of whom "reluctant" is said, would reveal it
    text = "Her strategists have been reluctant to reveal too much of their playbook publicly."
    found = [(q.text, q.speaker) for q in run(text) if q.kind == "indirect"]
    assert found == [("too much of their playbook", "Her strategists")]
