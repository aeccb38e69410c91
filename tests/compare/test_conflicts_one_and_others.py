""""The aunt and two other adults" counts three adults: the one named is one of them."""

from storyline.compare.conflicts import count_disagreement
from storyline.compare.quantities import quantities


def test_one_named_and_others_count_together():
    a = "The aunt and two other adults aboard were killed when the ferry capsized"
    b = "Divers found the bodies of the three adults aboard the ferry"
    assert count_disagreement(a, b) is None


def test_a_plural_before_the_others_is_left_as_it_is():
    (q,) = quantities("The cousins and two other adults aboard were killed")
    assert q.value == 2


def test_the_whole_is_still_compared():
    a = "The aunt and two other adults aboard were killed when the ferry capsized"
    b = "Divers found the bodies of the five adults aboard the ferry"
    assert count_disagreement(a, b) is not None
