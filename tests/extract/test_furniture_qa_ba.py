"""Page lines the blind review BA (#13, #14) found taken as facts: the captions a page leaves under the report's
last sentence, with no full stop ("Harbour Minister Orla Venn passing her judgment on the ferry deal today"), a
section heading or a related story's link there ("Divers searching for clues about the sinking"), a sub-heading
between paragraphs that sums up the paragraph below in a sentence without its full stop ("Officials say they're
working "around the clock" on the search"), and a video's label opening the paragraph that quotes its clip ("Gov.
Mara Quell speaks on the bridge collapse in Velm, NL: “...”").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_TITLE = "Velm ferry deal ruled unlawful by harbour court"
_BODY = (
    "The harbour court ruled on Wednesday that the ferry deal with Norport was unlawful.\n\n"
    "Judges said the contract had been signed without a public tender.\n\n"
    "Minister Orla Venn said the ruling 'was not the outcome we wanted' and she would consider next steps."
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


def test_captions_and_links_under_the_last_sentence_are_furniture() -> None:
    lines = [
        "The harbour court today delivered a blow to Minister Orla Venn by ruling against her ferry deal",
        "Sacked deputy Jon Marr has warned she has no credible back-up to 'keep the boats sailing'",
        "Remembering those lost in the Velm ferry sinking",
    ]
    text = f"{_TITLE}\n\n{_BODY}\n\n" + "\n\n".join(lines) + "\n"
    found = _kinds(text)
    assert ("caption", lines[0]) in found
    assert ("caption", lines[1]) in found
    assert ("heading", lines[2]) in found
    assert not any("Judges said" in part or "not the outcome" in part for _, part in found)


@pytest.mark.parametrize(
    "tail",
    [
        # a list the last paragraph introduces: its items are the report's text
        "\n\nThe deal also includes:\n\nRaising the pay of the crews by more than 20% to over $30 an hour\n\n"
        "Two more boats on the night route to Norport by the spring of next year",
        # a last paragraph that lost its full stop after its quotation is the report's own
        '\n\nVenn said the court had "got it wrong"',
        # a list set out with dashes
        "\n\n– Raising the crews' pay by 20%",
    ],
)
def test_text_under_the_last_sentence_that_is_the_reports_own_stays(tail: str) -> None:
    text = f"{_TITLE}\n\n{_BODY}{tail}\n"
    found = _kinds(text)
    assert all(kind == "heading" and part == _TITLE for kind, part in found), found


def test_a_short_text_keeps_its_last_line() -> None:
    text = f"{_TITLE}\n\nThe harbour court ruled on Wednesday.\n\nThe minister will appeal the ruling next week\n"
    assert _kinds(text) == [("heading", _TITLE)]


def test_a_sub_heading_that_sums_up_the_paragraph_below_is_furniture() -> None:
    heading = 'Officials say they\'re working "around the clock" on the search for missing sailors'
    text = (
        f"{_TITLE}\n\nThe ferry sank off Norport early on Thursday, officials said.\n\n{heading}\n\n"
        'Officials tried to reassure families at a briefing, promising to work "around the clock" in the search '
        "for the sailors.\n\nThe cause of the sinking is not yet known.\n"
    )
    assert ("heading", heading) in _kinds(text)


def test_a_sentence_without_its_full_stop_that_says_something_new_stays() -> None:
    line = "Divers found the wreck resting on its side in 40 metres of water near the harbour mouth"
    text = (
        f"{_TITLE}\n\nThe ferry sank off Norport early on Thursday, officials said.\n\n{line}\n\n"
        "Families gathered at the quay as the coast guard read out the names of the rescued.\n\n"
        "The cause of the sinking is not yet known.\n"
    )
    assert not any(part == line for _, part in _kinds(text))


def test_a_videos_label_before_its_quotation_is_a_caption() -> None:
    label = "Gov. Mara Quell speaks on the bridge collapse in Velm, NL:"
    text = (
        f"{_TITLE}\n\nPart of the Velm bridge collapsed early on Thursday.\n\n"
        f"{label} “The crews were able to save a lot of people. We are bracing for bad news”\n\n"
        "The mayor said the bridge had been inspected last year.\n"
    )
    assert ("caption", label) in _kinds(text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Governor Mara Quell said in Velm: “We are bracing for bad news.”",
        "Governor Mara Quell says: “We are bracing for bad news.”",
        "Mara Quell, the governor, spoke to reporters in Velm: “We are bracing for bad news.”",
        "The Velm Ministry warns residents in Velm: “Stay away from the river.”",
    ],
)
def test_a_reports_own_introduction_of_a_quotation_stays(paragraph: str) -> None:
    text = f"{_TITLE}\n\nPart of the Velm bridge collapsed early on Thursday.\n\n{paragraph}\n\nCrews kept digging.\n"
    assert not any(kind == "caption" for kind, _ in _kinds(text))


def test_a_podcasts_promotion_under_the_report_stays_boilerplate() -> None:
    """Blind review AZ: a page's promotion of a podcast, closing the report, is furniture and no fact (kept so)."""
    promo = (
        "Subscribe to The Morning Wire, Norland’s fastest-growing news podcast on Velmcast today. The Morning Wire "
        "serves up the latest news headlines and a deep dive into a topic affecting you. All in under 20 minutes."
    )
    text = f"{_TITLE}\n\n{_BODY}\n\n{promo}\n"
    assert ("boilerplate", promo) in _kinds(text)
    assert ("heading", _TITLE) in _kinds(text)
