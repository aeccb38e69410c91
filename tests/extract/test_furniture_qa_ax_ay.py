"""Captions, credits and a transcript's marker the blind reviews AX (#10) and AY (#18) found taken as facts: a
caption telling its picture in the present tense and closing on its place and day ("Jane Roe visits the scene in
Velm, Norland, Sunday, Oct. 30, 2022."), one pointing at its picture ("In this photo released by ..."), a copyright
sign opening a caption's credit ("... © Jane Roe / HARBOUR IMAGES / Velm Images via AFP"), who released the picture
through an agency in brackets ("(Norland Coast Guard Press Office via AP)"), and a broadcast's "[Sound bite: ...]"
marker, whose speaker ``bite_speaker`` reads.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.furniture import bite_speaker, find_furniture
from storyline.model import Article

_LEDE = "A crowd crush in the Velm harbour district killed 40 people on Saturday night, officials said."
_AFTER = "Rescue teams worked through the night to reach the injured."


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.span.start : f.span.end]) for f in find_furniture(Article(id="a", text=text))]


@pytest.mark.parametrize(
    "caption",
    [
        "Norland President Orla Venn visits the scene in Velm, Norland, Sunday, Oct. 30, 2022.",
        "One of the sailors who were rescued after two days adrift in the strait is carried ashore upon landing at the "
        "coast guard base in Port Alder on June 10, 2023.",
    ],
)
def test_furniture_qa_ax_a_present_tense_caption_closing_on_place_and_day(caption: str) -> None:
    text = f"Crowd crush in Velm\n\n{_LEDE}\n\n{caption}\n\n{_AFTER}\n"
    assert ("caption", caption) in _kinds(text)


@pytest.mark.parametrize(
    "line",
    [
        # the report's own past tense
        "Norland President Orla Venn visited the scene in Velm, Norland, on Sunday, Oct. 30, 2022.",
        # what is still to come
        "The inquiry is scheduled to open in Velm, Norland, on Monday, Nov. 7, 2022.",
        "The harbour master will visit the scene in Velm on Oct. 31, 2022.",
        # no place before the day
        "Norland President Orla Venn visits the families on Oct. 30, 2022.",
        # an attribution
        "Orla Venn says the port reopens in Velm on Oct. 31, 2022.",
    ],
)
def test_furniture_qa_ax_no_caption_without_the_present_or_the_place(line: str) -> None:
    text = f"Crowd crush in Velm\n\n{_LEDE}\n\n{line}\n\n{_AFTER}\n"
    assert not any(line in part for _, part in _kinds(text))


def test_furniture_qa_ay_a_caption_pointing_at_its_picture() -> None:
    caption = ("In this photo released by the Norland Coast Guard, divers and fishermen tend to the four rescued "
               "sailors on a beach near Port Alder.")
    text = f"Sailors found alive\n\n{caption}\n\n{_LEDE}\n"
    assert ("caption", caption) in _kinds(text)


def test_furniture_qa_ay_a_report_s_own_photo_is_no_caption() -> None:
    line = "In a photo posted online, the four sailors are seen waving from the rocks."
    text = f"Sailors found alive\n\n{_LEDE}\n\n{line}\n\n{_AFTER}\n"
    assert not any(line in part for _, part in _kinds(text))


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Orla Venn has been ordered to pay the two port workers.",
         "© Jane Roe / HARBOUR IMAGES NORLAND / Velm Images via AFP"),
        ("Divers tend to the rescued sailors near Port Alder, Friday, June 9, 2023.",
         "(Norland's Coast Guard Press Office via AP)"),
    ],
)
def test_furniture_qa_ay_credits_closing_a_caption(caption: str, credit: str) -> None:
    line = f"{caption} {credit}"
    text = f"Sailors found alive\n\n{_LEDE}\n\n{line}\n\n{_AFTER}\n"
    assert ("caption", line) in _kinds(text)
    assert ("credit", credit) in _kinds(text)


def test_furniture_qa_ay_a_bracketed_aside_through_no_agency_is_no_credit() -> None:
    line = "The harbour reopened on Monday. (The port thanked the crews for Velm Council)"
    text = f"Sailors found alive\n\n{_LEDE}\n\n{line}\n\n{_AFTER}\n"
    assert not any(kind == "credit" for kind, _ in _kinds(text))


def test_furniture_qa_ax_a_sound_bite_marker_is_furniture_and_names_its_speaker() -> None:
    marker = "[Sound bite: President Orla Venn (Norlandic-English)]"
    text = (f"Venn declares mourning\n\n{_LEDE}\n\n{marker}\n\"I express my condolences to the families.\"\n\n"
            f"{_AFTER}\n")
    assert ("marker", marker) in _kinds(text)
    start = text.index(marker)
    who = bite_speaker(text, start, start + len(marker))
    assert who is not None
    assert text[who[0] : who[1]] == "President Orla Venn"


def test_furniture_qa_ax_a_marker_without_a_clip_names_no_speaker() -> None:
    text = "[Applause]"
    assert _kinds(f"Venn speaks\n\n{_LEDE}\n\n{text}\n\n{_AFTER}\n")[-1] == ("marker", text)
    assert bite_speaker(text, 0, len(text)) is None
