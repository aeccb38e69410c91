"""A syndicated copy that adds paragraphs to its original, and rewords one sentence of it (blind review AV #19):
the original is nearly all inside the copy, though the copy is some 40% longer, so their Jaccard is under 0.6
(the line of a light edit). It is still a copy; two outlets' own write-ups of the event are not.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.stories.dedup import find_duplicates

_ORIGINAL = (
    "Several electric heaters were running inside the flat where the deadly Velm tower fire started, harbour fire "
    "service sources said Tuesday.\n\n"
    "Investigators found three heaters in the flat on the third floor, and the one that sparked the fire may have "
    "been left on for days, the sources said.\n\n"
    "The fire killed eleven people, among them four children, and sent thirty more to hospital with smoke injuries, "
    "most of them in serious condition.\n\n"
    "The door of the flat was left open when the family fled, letting the smoke spread through the stairwells of the "
    "nineteen-storey tower within minutes.\n\n"
    "The self-closing doors of the tower did not close as they should have, the fire chief of Velm told reporters at "
    "a briefing outside the building on Monday night.\n\n"
    "Residents said the smoke alarms had gone off so often in recent weeks that many of them ignored the sound at "
    "first, thinking it was another false alarm.\n\n"
    "The mayor of Velm called the fire one of the worst the city has seen in decades and promised a full inquiry into "
    "the state of the tower and its doors.\n"
)
_ADDED = (
    "\n\nInvestigators from the Norland safety board also arrived at the tower to look at the doors, which the "
    "landlord said had been checked in the spring.\n\n"
    "The consumer safety office of Norland warned residents across the country not to leave heaters running while "
    "they sleep or while they are out of the house.\n\n"
    "A fund for the families of the victims had raised more than a hundred thousand crowns by Tuesday evening, its "
    "organisers said.\n"
)
_COPY = _ORIGINAL.replace(
    "and the one that sparked the fire may have been left on for days, the sources said.",
    "and all of them, including the one that sparked the fire, had been left on for days, the Velm fire service "
    "sources said.",
) + _ADDED
_OWN_WORDS = (
    "A fire that tore through a tower block in Velm on Monday was most likely started by a faulty heater, officials "
    "believe.\n\n"
    "Eleven residents died in the blaze, four of them children, and some thirty were treated in hospital for the "
    "effects of the smoke.\n\n"
    "According to the city's fire chief, an open door allowed the smoke to race up the stairwells of the building, "
    "which has nineteen floors.\n\n"
    "Neighbours described hearing alarms that they had learned to ignore, after weeks of false alarms in the block."
    "\n\nThe mayor promised an inquiry into the building's safety and into the self-closing doors, which failed.\n"
)


def test_dedup_qa_av_a_copy_that_adds_paragraphs_is_a_copy() -> None:
    assert find_duplicates([("original", _ORIGINAL), ("copy", _COPY)]) == {"copy": "original"}
    assert find_duplicates([("copy", _COPY), ("original", _ORIGINAL)]) == {"original": "copy"}


def test_dedup_qa_av_a_write_up_in_its_own_words_is_no_copy() -> None:
    assert find_duplicates([("original", _ORIGINAL), ("own", _OWN_WORDS)]) == {}
    assert find_duplicates([("copy", _COPY), ("own", _OWN_WORDS)]) == {}
