"""QA AC #1: support that does not say the line. Two statements sharing only the place they name ("in local
hospitals" / "at a local hospital") tell of one place, not one thing; and the words of a count a conflict settles
("one person is still missing") are that conflict's, not a claim another statement may state by naming a missing
person again. Invented texts."""

from __future__ import annotations

from storyline.compare.facts import states


def test_sharing_only_a_place_states_nothing() -> None:
    line = "The injured were treated directly at the site or in local hospitals"
    other = ("A second worker, who had earlier been reported as missing, has since been found at a local hospital "
             "where he was receiving care")
    assert not states(line, other)
    assert not states(other, line)
    # the same act at the same place is still stated
    assert states("Two workers were taken to a local hospital with burns",
                  "Two workers were taken to a local hospital, the police said")


def test_the_words_of_a_settled_count_are_the_conflicts() -> None:
    line = "one person is still missing, said Korvane board member Ilse Marrow"
    other = "A second person, who earlier in the day had also been reported as missing, has since been identified"
    settled = [(0, len("one person is still missing"))]
    assert not states(line, other, settled=settled)
    # the rest of a line is still stated when a conflict settles its count
    toll = "The death toll has risen to 48, with more than 6,000 people displaced"
    assert states(toll, "The death toll has risen to 48", settled=[(toll.index("with"), len(toll))])
