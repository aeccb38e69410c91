"""A fire's place written as two capitalized words ("San Arveno", "Port Kelsing") is keyed by its whole name, not
its first word: two fires in two towns that share a first word ("San Arveno", "San Teodoro") are two places.
Fictional reports: the towns, the island and the people are invented.
"""

from __future__ import annotations

import pytest

from storyline.stories.places import local_place, place_event

SAN_ARVENO = (
    "Blaze in San Arveno destroys 40 homes\n\n"
    "A wildfire in San Arveno destroyed 40 homes overnight, the fire service said on Tuesday. Residents of San "
    "Arveno were told to leave as the blaze spread toward the hills. Mayor Edna Falk said San Arveno had never "
    "seen a fire like it."
)
SAN_TEODORO = (
    "Wildfire forces hundreds from San Teodoro\n\n"
    "A wildfire near San Teodoro forced hundreds of people from their homes on Tuesday. Crews fought the blaze "
    "through the night outside San Teodoro, and no one was hurt, the county said."
)
PORT_KELSING = (
    "A blaze tore through the harbour town of Port Kelsing on Friday, killing two people. Port Kelsing's mayor said "
    "the fire started in a warehouse on the docks. Ferries to Port Kelsing were halted."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SAN_ARVENO, "san arveno"),
        (SAN_TEODORO, "san teodoro"),
        (PORT_KELSING, "port kelsing"),
        # a place noun, an event word or a person's name ends the name
        ("The wildfire on Corwick spread. Corwick County crews and Corwick Fire chiefs fought the blaze.", "corwick"),
        ("A blaze in Tamberin Josh Green called the worst in years razed the Tamberin village.", "tamberin"),
        # a Title Case headline does not say where a name ends; the report's own lines do
        ("Blaze In San Arveno Kills Four\n\nA blaze in San Arveno killed four people on Monday.", "san arveno"),
    ],
)
def test_place_names_a_place_of_two_words_is_keyed_by_its_whole_name(text: str, expected: str) -> None:
    assert local_place(text) == expected


def test_place_names_two_towns_that_share_a_first_word_are_two_fires() -> None:
    assert place_event(SAN_ARVENO) == "fire|san arveno"
    assert place_event(SAN_TEODORO) == "fire|san teodoro"


# a fire told only as "the fire" or "a fire", never as a blaze or a wildfire
WAREHOUSE_FIRE = (
    "Fire destroys warehouse in Port Kelsing\n\n"
    "A fire broke out at a timber warehouse in Port Kelsing late on Sunday, and crews fought the fire until dawn. "
    "No one was hurt, the harbour master said. The fire is thought to have started in a forklift charger."
)


@pytest.mark.parametrize(
    "text",
    [
        # gunfire, a sacking, a kiln: "fire" as a verb or a thing that is no fire that broke out
        "Police in Port Kelsing opened fire on a car that rammed a checkpoint. Officers fired twice, and the driver "
        "came under fire again near the docks, the police in Port Kelsing said.",
        "The board of Kelsing Timber voted to fire the chief executive on Monday, and shareholders in Port Kelsing "
        "said the board would fire more managers. He was fired after a fire sale of assets.",
    ],
)
def test_place_names_fire_as_a_verb_is_no_fire(text: str) -> None:
    assert place_event(text) is None


def test_place_names_a_fire_told_as_the_fire_is_keyed_by_its_town() -> None:
    assert place_event(WAREHOUSE_FIRE) == "fire|port kelsing"
