"""A statement whose point is a denial ("there was no warning about the levee failing") is stated only by one that
denies the same thing, in any words ("residents were never warned"); one that tells only the thing denied about
("the levee failed") states neither it nor is stated by it (QA round W #5). Fictional texts."""

from __future__ import annotations

import pytest

from storyline.compare import compare_story
from storyline.compare.facts import states
from storyline.compare.polarity import denied_words, denies_alike
from storyline.model import Article, MetaValue
from storyline.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("But there was no warning about the levee failing.", [{"warn"}]),
        ("Officials did not immediately warn residents.", [{"warn", "resident"}]),
        ("Nobody warned the farmers along the Osk.", [{"warn", "farmer", "osk"}]),
        ("No one was injured in the blast.", [{"injur", "blast"}]),
        ("There was no official warning.", [{"official", "warn"}]),
        # a bound, "not only" and "no longer" deny nothing
        ("No more than 20 homes were flooded.", []),
        ("The levee not only failed but collapsed.", []),
        ("The mill is no longer working.", []),
        ("Osk was left with no choice but to rethink its defence.", []),
        # a denial of saying is no denial of what follows it
        ("The mayor didn't say why the levee failed.", []),
    ],
)
def test_denied_words(text: str, denied: list[set[str]]) -> None:
    assert denied_words(text) == [frozenset(d) for d in denied]


@pytest.mark.parametrize(
    ("line", "other", "stated"),
    [
        # a denial is not stated by the thing denied about, nor states it
        ("But there was no warning about the levee failing.", "Two levees in the hills above Varna failed.", False),
        ("Two levees in the hills above Varna failed.", "But there was no warning about the levee failing.", False),
        # the same denial in other words states it
        ("There was no warning about the levee failing.", "Residents were never warned that the levee could fail.",
         True),
        ("No one was injured in the blast at the Osk mill.", "There were no injuries in the Osk mill blast.", True),
        # one denial of two is told alike: the other denial is beside what they share
        ("We don't know what else to say. But we never foresaw that the levee would fail.",
         "But we never foresaw that the levee would fail.", True),
        # one denial told with the verb or with its object
        ("The fire was not caused by arson or a gas leak, Chief Orla Venn stressed.",
         "Chief Orla Venn said the fire was not arson or a gas leak.", True),
        # a denial beside what the line says is no part of the line's claim
        ("The storm killed 20 people in Varna.", "The storm killed 20 people in Varna; no warning had been issued.",
         True),
    ],
)
def test_states_asks_a_denial_for_the_same_denial(line: str, other: str, stated: bool) -> None:
    assert states(line, other) is stated


def test_denies_alike_in_other_words() -> None:
    assert denies_alike("There was no warning about the flood.", "Residents were not warned of the flood.")
    assert not denies_alike("There was no warning about the flood.", "The flood struck at night.")


def test_a_denial_is_not_corroborated_by_the_thing_denied_about() -> None:
    articles = [
        Article(id="r0", text="Flood in Varna\n\nOfficials in Varna warned the public about the coming storm. "
                "But there was no warning about the levees collapsing.\n", outlet=MetaValue(value="Varna Post")),
        Article(id="r1", text="Varna flood toll rises\n\nThe flood toll in Varna could reach 300, the mayor said. "
                "Two levees in the hills above Varna collapsed.\n", outlet=MetaValue(value="Osk Herald")),
    ]
    facts = compare_story(articles, [analyze(a) for a in articles]).facts
    denial = next(f for f in facts if "no warning" in f.text)
    assert denial.status != "corroborated"
    assert len({s.article for s in denial.support}) == 1
