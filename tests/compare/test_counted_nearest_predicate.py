"""A count's own word is the one nearest it: "left 40 people dead and 12 others injured" tells 40 dead, not hurt."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.quantities import quantities


def test_the_dead_are_not_the_hurt():
    first, second = quantities("the blaze that left at least 40 people dead and 12 others injured")
    assert "hurt" not in first.verbs
    assert "hurt" in second.verbs


def test_the_hurt_agree_across_reports():
    a = "Officials said the blaze left at least 40 people dead and 12 others injured"
    b = "Many residents fell on the stairs, injuring at least 12, the fire chief said"
    assert count_disagreement(a, b) is None


def test_two_counted_subjects_still_share_their_verb():
    cars, engines, _both = quantities("eight cars and two locomotives derailed")
    assert cars.verbs == engines.verbs == {"derail"}
