"""How far the story's vehicle fell, told in different units and words: "plummeted approximately 200 feet" against
"plunged 50 meters (164 feet)" and "plunged 165 feet" (QA AZ #3). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.falls import falls


def _conflicts(*reports: tuple[str, str, str]) -> set[str]:
    _, comparison = compare_texts(*reports)
    return {f.why for f in comparison.facts if f.status == "conflict"}


def test_a_fall_is_read_in_metres_with_its_hedge() -> None:
    (rough,) = falls("The coach veered off the road and plummeted approximately 130 feet near Tarrow.")
    assert round(rough.figure.low, 1) == round(130 * 0.3048 * 0.85, 1)
    (exact,) = falls("The coach fell onto rocks some 40 metres [131 feet] below the bridge.")
    assert exact.figure.value == 40.0
    assert falls("The river level fell 2 metres overnight at Tarrow.") == []


def test_two_heights_of_one_fall_conflict() -> None:
    found = _conflicts(
        ("a", "A coach carrying pilgrims veered off the Tarrow bridge and plummeted approximately 130 feet on "
              "Friday, officials said.", "X"),
        ("b", "The regional government said the coach left the Tarrow bridge and plunged 30 meters (98 feet) into "
              "a gorge before catching fire.", "Y"),
        ("c", "A coach with 30 pilgrims plunged 99 feet from a bridge into a gorge near Tarrow.", "Z"),
    )
    assert any("approximately 130 feet" in why and ("30 meters" in why or "99 feet" in why) for why in found)


def test_heights_of_one_fall_told_in_sentences_that_do_not_align_conflict() -> None:
    found = _conflicts(
        ("a", "A sad accident occurred on Friday when a coach carrying pilgrims to a spring festival veered off a "
              "bridge and plummeted approximately 130 feet in Tarrow province.", "X"),
        ("b", "The regional government said the vehicle left the Kessel crossing in the north and plunged 30 meters "
              "(98 feet) into a ravine before bursting into flames.", "Y"),
    )
    assert any("approximately 130 feet" in why and "30 meters" in why for why in found)


def test_one_height_in_two_units_is_no_conflict() -> None:
    found = _conflicts(
        ("a", "The regional government said the coach left the Tarrow bridge and plunged 30 meters (98 feet) into "
              "a gorge before catching fire.", "X"),
        ("b", "A coach with 30 pilgrims plunged 99 feet from a bridge into a gorge near Tarrow.", "Y"),
        ("c", "The coach plummeted about 100 feet into the Tarrow gorge, police said.", "Z"),
    )
    assert not any(why.startswith("how far") for why in found)
