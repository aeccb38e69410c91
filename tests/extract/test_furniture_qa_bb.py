"""Page lines the blind review BB (#6, #12, #14, #15) found taken as facts: a video's caption closed by its
bracketed list of labelled credits ("... (Video: Jane Roe, Tom Ash/Velm Gazette, Photo: Ana Ruiz/Velm Gazette)"), a
caption whose credit is glued to its last word ("... in Velm, Norland Photograph:(Harbour Wire)"), a related story's
headline standing over a picture's caption, a live blog's invitation to follow its coverage ("Follow Velm Gazette's
live coverage of budget day below ...") and its own turn to a recap ("Let's recap the main points from her
address:").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_TITLE = "Velm ferry levy approved by harbour board"
_LEDE = "The Norland harbour board approved a new ferry levy on Tuesday, a day after a heated public meeting."
_BODY = (
    "The levy will raise 40 million crowns a year, the board said.\n\n"
    "Chair Orla Venn said the money would go to new ships.\n\n"
    "Ferry operators said they would pass the cost on to passengers."
)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


def test_a_video_caption_closed_by_labelled_credits_in_brackets() -> None:
    line = ("Velm residents gathered at the quay to mourn the ferry's crew. (Video: Jane Roe, Tom Ash/Velm Gazette, "
            "Photo: Ana Ruiz/Velm Gazette)")
    text = f"{_TITLE}\n\n{line}\n\n{_LEDE}\n\n{_BODY}\n"
    found = _kinds(text)
    assert ("caption", line) in found
    assert ("credit", "(Video: Jane Roe, Tom Ash/Velm Gazette, Photo: Ana Ruiz/Velm Gazette)") in found


def test_a_caption_whose_credit_is_glued_to_its_last_word() -> None:
    line = "Harbour police stand at the quay where the ferry sank in Velm, Norland Photograph:(Harbour Wire)"
    text = f"{_TITLE}\n\n{_LEDE}\n\n{line}\n\n{_BODY}\n"
    found = _kinds(text)
    assert ("caption", line) in found
    assert ("credit", "Photograph:(Harbour Wire)") in found


def test_a_related_story_s_headline_over_a_picture_s_caption() -> None:
    link = "12 passengers hurt in Velm ferry crash range in age from 8 to 70"
    caption = "A passenger waits at the quay in Velm on Tuesday. (Jane Roe/Harbour Wire)"
    text = f"{_TITLE}\n\n{_LEDE}\n\n{link}\n\n{caption}\n\n{_BODY}\n"
    assert ("heading", link) in _kinds(text)


def test_a_sentence_closed_by_its_full_stop_over_a_caption_stays_text() -> None:
    line = "Twelve passengers were hurt in the ferry crash last year."
    caption = "A passenger waits at the quay in Velm on Tuesday. (Jane Roe/Harbour Wire)"
    text = f"{_TITLE}\n\n{_LEDE}\n\n{line}\n\n{caption}\n\n{_BODY}\n"
    assert not [k for k in _kinds(text) if k[1] == line]


def test_a_live_blog_s_invitation_and_its_turn_to_a_recap() -> None:
    follow = ("Follow Velm Gazette’s live coverage of budget day below and join in the conversation in our comments "
              "section")
    recap = "Let’s recap the main points from her address:"
    text = (f"{_TITLE}\n\n{follow}\n\n{_LEDE}\n\n{recap}\n\n"
            "The levy will raise 40 million crowns a year.\n\n" + _BODY + "\n")
    found = _kinds(text)
    assert any(k[1] == follow for k in found)
    assert ("lead-in", recap) in found
