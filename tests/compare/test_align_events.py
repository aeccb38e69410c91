"""One act told in other words ("has won the run-off" / "beat Brannik in Sunday's vote") is one claim when the
reports name one principal participant (fictional text)."""

from __future__ import annotations

import pytest
from compare_helpers import fact_with

from storyline.compare import compare_story
from storyline.compare.align import Unit, events_of, same_event
from storyline.model import Article, MetaValue, Span
from storyline.pipeline import analyze


def _unit(text: str, report: int, names: dict[str, str]) -> Unit:
    """A statement whose ``names`` (words to entity ids) are the entity mentions."""
    mentions = [(text.index(w), text.index(w) + len(w), eid) for w, eid in names.items() if w in text]
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                     mentions=mentions)


NAMES = {"Marta Kolvey": "k", "Kolvey": "k", "Teodor Brannik": "b", "Brannik": "b", "Orlan Tesk": "t"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Marta Kolvey has won the run-off for the presidency.", "Kolvey beat Brannik in Sunday's vote.", True),
        ("Marta Kolvey will become the next president after easily defeating Teodor Brannik.",
         "Kolvey won the second round of the election.", True),
        ("Teodor Brannik conceded defeat late on Sunday.", "Brannik admitted his defeat in a short speech.", True),
        # a concession is no win, though it says "defeat"
        ("Teodor Brannik admitted his defeat.", "Marta Kolvey easily defeating Brannik.", False),
        # two matches: each names another loser right after the predicate
        ("Kolvey beat Brannik in the semi-final.", "Kolvey beat Orlan Tesk in the final.", False),
        # a denied act is no act
        ("Brannik did not concede on Sunday.", "Brannik conceded on Sunday.", False),
        # one who won a round and one who resigned: two acts
        ("Kolvey won the run-off.", "Kolvey resigned from the party.", False),
        # two figures of one vote: aligning them would hide the difference
        ("Kolvey won with 52% of the vote.", "Kolvey beat Brannik with 55% of the vote.", False),
    ],
)
def test_align_one_act_with_one_participant_is_one_claim(a: str, b: str, same: bool) -> None:
    assert same_event(_unit(a, 0, NAMES), _unit(b, 1, NAMES)) is same


def test_align_an_owner_is_no_party_to_the_act() -> None:
    """"Brannik's campaign chief resigned": Brannik did not resign."""
    assert not events_of("Brannik's campaign chief resigned on Monday.", [(0, 7, "b")])
    assert ("resign", "@b", "before") in events_of("Brannik resigned on Monday.", [(0, 7, "b")])


def test_align_a_name_the_entity_stage_missed_is_a_party() -> None:
    """A capitalized word no mention covers still names a party ("Kolvey beat Brannik")."""
    assert {("win", "kolvey", "before"), ("win", "brannik", "after")} <= events_of("Kolvey beat Brannik.", [])


REPORTS = [
    ("a", "Marta Kolvey has won the run-off for the presidency of Ostravia, the electoral commission said on Monday. "
          "Her rival, Teodor Brannik, conceded defeat and congratulated Kolvey late on Sunday.", "Vell Times"),
    ("b", "Marta Kolvey will become the next president of Ostravia after easily defeating Teodor Brannik in Sunday's "
          "vote. Brannik called her to concede, his spokesman said.", "Harbour Post"),
    ("c", "Ostravian opposition leader Marta Kolvey won the second round of the presidential election, according to "
          "preliminary results. Brannik admitted his defeat in a short speech in Drovna.", "Drovna Radio"),
    ("d", "Kolvey beat Brannik in Sunday's vote, the commission said, ending twelve years of rule by his party.",
     "North Wire"),
]


def test_align_a_win_and_a_concession_told_in_other_words_are_corroborated() -> None:
    """Four wordings of one win are one fact, and three of one concession another (each was a single-source
    fact)."""
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in REPORTS]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    won = fact_with(comparison, articles, (0, "has won the run-off"), (1, "easily defeating"),
                    (2, "won the second round"), (3, "beat Brannik"))
    conceded = fact_with(comparison, articles, (0, "conceded defeat"), (1, "called her to concede"),
                         (2, "admitted his defeat"))
    assert won is not None
    assert won.status == "corroborated"
    assert conceded is not None
    assert conceded.status == "corroborated"


def test_align_one_act_with_two_figures_is_no_corroboration() -> None:
    """Two shares of one vote never become one corroborated fact."""
    texts = [("a", "Marta Kolvey won the run-off with 52% of the vote.", "Vell Times"),
             ("b", "Kolvey beat Teodor Brannik, taking 58% of the vote.", "Harbour Post")]
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in texts]
    comparison = compare_story(articles, [analyze(a) for a in articles])
    assert not any(f.status == "corroborated" for f in comparison.facts)


def test_align_units_without_mentions_keep_no_events() -> None:
    """A statement with neither mentions nor capitalized names tells no act with a participant."""
    assert not events_of("the ferry sank and two crew members died", [])
