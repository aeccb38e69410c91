"""A statement supports another only when it tells the same act of the same round (blind QA round S #7: Shahid's
congratulation "supported" by a line that Muizzu won, Solih's quoted congratulation "corroborated" by Nasheed's,
a run-off share by a first-round one, a ministry's confirmation of the swap by a denial of mediation). Fictional
text."""

from __future__ import annotations

import importlib

import pytest

from storyline.compare.align import Unit, content_tokens, events_of, same_event
from storyline.compare.claims import other_rounds
from storyline.model import Span

align_module = importlib.import_module("storyline.compare.align")


def _unit(text: str, report: int, names: dict[str, str], **kw: object) -> Unit:
    mentions = [(text.index(w), text.index(w) + len(w), eid) for w, eid in names.items() if w in text]
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                     mentions=mentions, **kw)  # type: ignore[arg-type]


NAMES = {"Marta Kolvey": "k", "Kolvey": "k", "Teodor Brannik": "b", "Orlan Tesk": "t", "Ida Varro": "v"}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ida Varro also congratulated Marta Kolvey for winning the elections.",
        "Orlan Tesk also congratulated Kolvey on his second-round victory.",
        "I thank Marta Kolvey for her victory and the people for their calm.",
    ],
)
def test_support_a_win_one_is_congratulated_on_is_no_report_of_the_win(text: str) -> None:
    assert not events_of(text, [])
    won = _unit("Kolvey has won with more than 53 per cent of the vote, local media reported.", 1, NAMES)
    assert not same_event(_unit(text, 0, NAMES), won)


def test_support_the_win_itself_is_still_one_act() -> None:
    a = _unit("Marta Kolvey has won the run-off for the presidency.", 0, NAMES)
    b = _unit("Kolvey beat Teodor Brannik in Sunday's vote.", 1, NAMES)
    assert same_event(a, b)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("Kolvey had received 54 per cent of the ballots in Sunday's vote, with 46 per cent for Brannik.",
         "No candidate won more than 50 percent in the first round, during which Kolvey secured 46 percent.", True),
        ("Kolvey led the first round as well, with 46% of the votes.",
         "Kolvey had emerged as the frontrunner in the first round with around 46 per cent.", False),
        ("This was the second round after no candidate won the first round.",
         "Kolvey emerged as the winner in the run-off.", False),
    ],
)
def test_support_two_rounds_of_one_vote(a: str, b: str, apart: bool) -> None:
    assert other_rounds(a, b) is apart


def test_support_a_first_round_share_does_not_align_with_the_run_off_share() -> None:
    units = [
        _unit("With most votes counted, the commission said Kolvey had received 54 per cent of the ballots in "
              "Sunday's vote, with 46 per cent for Brannik.", 0, NAMES),
        _unit("No candidate won more than 50 percent of votes in the first round on May 9, during which Kolvey "
              "secured more than 46 percent of the ballots.", 1, NAMES),
    ]
    assert align_module.score_pairs(units, min_shared=2) == {}


def test_support_a_subject_no_denies_its_verb() -> None:
    """"no mediation had taken place" says the act did not take place: its "taken" is no "taken"."""
    assert "taken~not" in content_tokens("However, the palace insisted that no mediation had taken place")
    assert "taken" in content_tokens("The ministry said the exchange had taken place at Kestow airport")
    units = [
        _unit("Velmia's foreign ministry confirmed the exchange and said it had taken place at Kestow airport.", 0,
              NAMES),
        _unit("However, the palace insisted that no mediation had taken place.", 1, NAMES),
    ]
    assert align_module.score_pairs(units, min_shared=2) == {}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a description set off by commas between the winner and the predicate
        ("Marta Kolvey, Ostravia's opposition candidate, has won the country's presidential election.",
         "Kolvey won the run-off for the presidency on Sunday."),
        # "the winner", and a name after the predicate's determiner that qualifies the contest, not a loser
        ("Marta Kolvey, candidate of the coalition of the Green League and the Farmers' Union, emerged as the "
         "winner in the run-off.", "Party candidate Marta Kolvey, won the Ostravian presidential elections."),
    ],
)
def test_support_one_win_told_around_a_description(a: str, b: str) -> None:
    names = {**NAMES, "Ostravian": "o", "Ostravia": "o"}
    assert same_event(_unit(a, 0, names), _unit(b, 1, names))
