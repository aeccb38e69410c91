"""Page notices that the blind review AT (#14) found taken as facts: a pointer to the page's video player run into
a paragraph ("... at 8:31 p.m. Watch live coverage in the video player above."), a long newsletter sign-up ("Never
miss a story — sign up for ...'s free daily newsletter ...") and "This article may be updated."; and a known outlet
after a spaced hyphen closing the text (AU #23), which signs it.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="t", text=text))]


def test_furniture_qa_at_a_pointer_to_the_video_player_run_into_a_paragraph() -> None:
    text = ("Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night, the coast guard said. It went down at 8:31 "
            "p.m. Watch live coverage in the video player above.\n\nRescuers searched the water until dawn.\n")
    assert ("boilerplate", "Watch live coverage in the video player above.") in _found(text)


def test_furniture_qa_at_a_sentence_about_watching_a_match_is_no_pointer() -> None:
    text = ("Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night. Watch crews worked above the deck all "
            "night, the coast guard said.\n\nRescuers searched the water until dawn.\n")
    assert not any(kind == "boilerplate" for kind, _ in _found(text))


def test_furniture_qa_at_a_long_newsletter_sign_up_is_boilerplate() -> None:
    line = ("Never miss a story — sign up for VELMWEEK's free daily newsletter to stay up-to-date on the best of "
            "what VELMWEEK has to offer, from harbour news to compelling stories of the coast.")
    text = f"Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night.\n\n{line}\n\nRescuers searched all night.\n"
    assert ("boilerplate", line) in _found(text)


def test_furniture_qa_at_residents_urged_to_sign_up_for_a_newsletter_is_a_fact() -> None:
    line = ("The Velm harbour council urged residents to sign up for its weekly newsletter, which will carry the "
            "ferry timetable and the names of the rescued crew members as they become known.")
    text = f"Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night.\n\n{line}\n\nRescuers searched all night.\n"
    assert not any(kind == "boilerplate" for kind, _ in _found(text))


def test_furniture_qa_at_this_article_may_be_updated() -> None:
    text = ("Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night.\n\nThis article may be updated.\n\n"
            "Rescuers searched the water until dawn.\n")
    assert ("boilerplate", "This article may be updated.") in _found(text)


def test_furniture_qa_au_a_known_outlet_after_a_spaced_hyphen_closing_the_text_is_its_byline() -> None:
    text = ("Velm ferry sinks\n\nThe ferry sank off Velm on Tuesday night.\n\n"
            "“We searched all night,” the coast guard chief said. - Guardian\n")
    assert ("byline", "- Guardian") in _found(text)
