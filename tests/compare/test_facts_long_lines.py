"""Blind QA rounds AQ and AR: a long line telling several things is not stated by a statement holding a small part
of its words ("... reached a provisional deal that will end a four-day walkout that halted crossings ... and had
threatened to cost millions" / "... agreed to suspend their walkout due to a provisional deal"), and a few words cut
from their sentence ("to settle the other open issues, they said") are not the statement a fact shows when another
report tells it in a sentence of its own. Every text here is written for these tests."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import _shown, states
from storyline.model import Span


def test_a_long_line_is_not_stated_by_a_small_part_of_it() -> None:
    line = ("Tarnby ferry crews and harbour owners have reached a provisional deal that will end a four-day walkout"
            " that halted crossings on the north and west coasts of Vell and had threatened to cost millions of"
            " crowns in lost trade")
    assert not states(line, "Ferry crews represented by the Harbour Workers Union have agreed to suspend their"
                            " walkout until March due to a provisional deal reached with the Orvik Shipping Group")
    assert states(line, "A provisional deal between ferry crews and harbour owners will end a four-day walkout that"
                        " halted crossings on the north and west coasts and threatened to cost millions in lost"
                        " trade")


def test_what_a_thing_is_used_for_does_not_state_what_a_firm_makes() -> None:
    line = "The firm makes resin and compounds used in marine paints, sealants, floor coatings, adhesives and varnishes"
    assert not states(line, "Resin is used to make marine paints that are used for hulls and decks, according to Orvik")


def test_a_short_line_is_still_stated_in_other_words() -> None:
    # a line saying few words keeps the rule for a statement that says little else
    assert states("The bridge will stay shut until June, city engineers said on Monday",
                  "The repairs will keep the bridge closed until June")


def _unit(text: str, report: int) -> Unit:
    return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report)


def test_a_fact_is_shown_by_a_whole_sentence_not_a_few_words_cut_from_one() -> None:
    cut = _unit("to settle the other open issues, they said", 0)
    whole = _unit("The crews say they will return to talks in March to settle all the other open issues", 1)
    assert _shown([cut, whole]) is whole
    # a clause alone is shown as it is, and so is a longer clause that tells a claim of its own
    assert _shown([cut]) is cut
    told = _unit("adding that the town had no choice but to rebuild its harbour wall after the winter storms", 0)
    assert _shown([told, _unit("Mayor Lund cited the winter storms as the reason the town must rebuild the harbour"
                                     " wall before the ferry season", 1)]) is told
