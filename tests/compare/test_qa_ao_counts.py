"""Blind QA round AO, counts: a crowd counted by a government and by a monitoring group, tolls told of miners and
workers, and the part of a fronted whole brought out of a mine ("Of the 252 miners ..., 205 were brought to the
surface"). Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import compare_texts

from storyline.compare.counts import toll_counts
from storyline.compare.disputes import source_of
from storyline.compare.quantities import quantities


def _conflicts(*reports: tuple[str, str, str]) -> list[tuple[str, str]]:
    _, comparison = compare_texts(*reports)
    return [(f.text, f.why) for f in comparison.facts if f.status == "conflict"]


_BOTH = ("While the Orsk city hall reported that 40,000 people participated in the march, independent monitoring "
         "group the Crowd Tally Office estimated that as many as 115,000 people were present.")


def test_source_after_a_comma_with_a_name_in_apposition() -> None:
    assert source_of(_BOTH, _BOTH.index("40,000")) == ("Orsk city hall", "hall")
    assert source_of(_BOTH, _BOTH.index("115,000")) == ("Crowd Tally Office", "office")
    # the head of a name with "of" is the word before it
    text = "According to the Office of Crowd Tallies, it numbered around 110,000 people."
    assert source_of(text, text.index("110,000")) == ("Office of Crowd Tallies", "office")
    # a clause's words are no source: "an estimated" is no verb of saying
    text = "A student movement in Orsk rallied an estimated 115,000 people on Saturday."
    assert source_of(text, text.index("115,000")) is None


def test_two_estimators_of_one_crowd_in_one_sentence() -> None:
    found = _conflicts(
        ("a", _BOTH + " The march ended peacefully.", "X"),
        ("b", "According to the Office of Crowd Tallies, it numbered around 110,000 people. The march ended "
              "peacefully.", "Y"),
    )
    whys = {why for _, why in found}
    assert whys == {"40,000 (Orsk city hall) vs 115,000 (Crowd Tally Office), around 110,000 (Office of Crowd "
                    "Tallies) people"}
    # each side is the clause that tells its figure, not the one sentence twice
    texts = {text for text, _ in found}
    assert "While the Orsk city hall reported that 40,000 people participated in the march" in texts


def test_tolls_of_miners_and_workers_are_tolls_of_people() -> None:
    assert [(a, q.value) for a, q in toll_counts("Twelve miners still missing.")] == [("people missing", 12.0)]
    assert [(a, q.value) for a, q in toll_counts("The blast killed at least 9 workers.")] == [("people died", 9.0)]
    # the toll of a part of everyone stays apart, and so do workers another count adds to
    assert toll_counts("Three children died in the blast.") == []
    assert toll_counts("Two employees and a contractor were hurt in the blast.") == []


def test_part_of_a_fronted_whole() -> None:
    text = "Of the 140 miners present at the time of the blast, 97 were brought to the surface."
    found = {q.value: q for q in quantities(text)}
    assert found[140.0].unit == "miner"  # "miners present": miners, not "present"
    assert (found[97.0].unit, found[97.0].whole, "evacuat" in found[97.0].verbs) == ("miner", 140.0, True)
    assert [(a, q.value) for a, q in toll_counts(text)] == [("people evacuated of 140", 97.0)]
    other = "Of the 140 people working at the Dravo pit, 98 had been evacuated, the operator said."
    assert [(a, q.value) for a, q in toll_counts(other)] == [("people evacuated of 140", 98.0)]
    # evacuations told of no whole are often told place by place: no toll
    assert toll_counts("3,000 people were evacuated from Corran.") == []


def test_evacuated_of_one_whole_disagree_across_reports() -> None:
    found = _conflicts(
        ("a", "A fire broke out at the Dravo pit on Friday. Of the 140 miners present at the time of the blast, 97 "
              "were brought to the surface.", "X"),
        ("b", "Rescuers worked through the night at the Dravo pit. Of the 140 people working at the Dravo pit, 98 "
              "had been evacuated.", "Y"),
    )
    assert {why for _, why in found} == {"98 vs 97 people evacuated of 140"}
