"""Page furniture the blind reviews of rounds AL, AM and AN found taken as the report's text: an author's sign-off
asking readers to follow them, a "Read at <site>" pointer, a link's words behind arrows (">> Read more ..."), a box
of advice to the reader set into the page, and a picture credit in brackets whose names are joined by slashes.
The report's own sentences of the same words stay text.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_TITLE = "Velmar Oil agrees to buy Corran Fields\n\n"
_LEDE = ("Velmar Oil said on Monday it would buy Corran Fields for $4 billion in stock, the largest deal in the "
         "harbour's oil patch this year.\n\n")
_TAIL = "The companies expect the deal to close next spring, pending approval by regulators.\n"


def _kinds(text: str) -> dict[str, str]:
    return {text[f.span.start : f.span.end]: f.kind for f in find_furniture(Article(id="a", text=text))}


@pytest.mark.parametrize(
    "line",
    [
        "Please follow Mara Quell on X/Twitter at @MQuell_Harbour and Bluesky at @mquell.bsky.social for market "
        "updates and more.",
        "Read at www.harbourledger.com",
        ">> Read more trending news",
        "Follow Tam Berro on Instagram for more stories from the coast.",
    ],
)
def test_furniture_qa_al_an_sign_offs_and_pointers_are_boilerplate(line: str) -> None:
    text = _TITLE + _LEDE + line + "\n\n" + _TAIL
    assert _kinds(text).get(line) == "boilerplate"


def test_furniture_qa_an_a_reader_advice_box_is_boilerplate() -> None:
    box = ("What to do if you are caught in a ferry data leak : There is no sure way to keep your details safe, but "
           "there are steps you can take. Call your bank. Report the theft to the harbour police.")
    text = _TITLE + _LEDE + box + "\n\n" + _TAIL
    assert _kinds(text).get(box) == "boilerplate"


def test_furniture_qa_an_a_report_paragraph_on_what_to_do_stays_text() -> None:
    own = ("What to do next: the council will meet on Friday to decide whether the ferry runs again, its chair "
           "said.")
    text = _TITLE + _LEDE + own + "\n\n" + _TAIL
    assert own not in _kinds(text)


def test_furniture_qa_an_a_slashed_credit_in_brackets_closes_a_caption() -> None:
    caption = "The rover drilled into a pale rock nicknamed “Harrow Ridge” in July. (Space Agency/Velm Lab/MRS)"
    text = _TITLE + _LEDE + caption + "\n\n" + _TAIL
    kinds = _kinds(text)
    assert kinds.get(caption) == "caption"
    assert kinds.get("(Space Agency/Velm Lab/MRS)") == "credit"


def test_furniture_qa_al_following_a_lead_in_a_sentence_stays_text() -> None:
    own = "Investors will follow the talks on Monday closely, analysts at Harbour Capital said."
    text = _TITLE + _LEDE + own + "\n\n" + _TAIL
    assert own not in _kinds(text)
