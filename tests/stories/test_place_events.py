"""QA round U #1: reports of one earthquake, one on the rising toll and one on the survivors, share too few words
to meet the clustering line; both name the quake and its country ("Indonesia earthquake"), and a country sees
quakes seldom enough that two reports of one within days tell one event. Fictional reports (the country is real,
its province, towns and people are not)."""

from __future__ import annotations

from storyline.stories.events import main_event, place_event

from ._reports import QUAKE_JAPAN, stories_batch

TOLL = (
    "Indonesia quake toll rises to 412\n\n"
    "The death toll from the powerful earthquake that struck Indonesia's Kerava province late on Friday rose to 412 "
    "on Saturday, the disaster agency said, as crews reached villages cut off by landslides. More than 900 people "
    "were injured. The quake flattened homes in the hill town of Sorumba and damaged the old mosque in Palen. Power "
    "and phone lines were down across the province, and the agency said the toll was likely to rise."
)
TOLL_AGAIN = (
    "Kerava quake: hundreds dead in Indonesia\n\n"
    "At least 412 people died when an earthquake hit Kerava province in Indonesia late on Friday, the disaster "
    "agency said on Saturday. Over 900 were hurt. Landslides cut off villages and rescue crews were still digging in "
    "Sorumba, where homes collapsed, and in Palen, where the old mosque was damaged. The agency warned the toll could "
    "rise."
)
SURVIVORS = (
    "Survivors sleep in the open after Indonesia earthquake\n\n"
    "Families in Marolo spent a second night outdoors, afraid to go back inside cracked houses. \"We heard the walls "
    "shaking and ran with the children,\" said Dewi Antara, a teacher. Volunteers handed out rice and blankets from "
    "a school yard, and a field clinic treated broken arms. Aftershocks kept people awake. In Indonesia, mosques "
    "opened their courtyards to those with nowhere to go, and trucks of water arrived from the coast."
)
SURVIVORS_AGAIN = (
    "After the Indonesia earthquake, Marolo camps in school yards\n\n"
    "In Marolo, families slept outdoors for a second night. Dewi Antara, a teacher, said they ran with the children "
    "when the walls shook. Volunteers gave out rice and blankets and a field clinic set broken arms. Mosques opened "
    "their courtyards in Indonesia and water trucks came from the coast as aftershocks kept people awake."
)


def test_a_quake_is_keyed_by_its_country() -> None:
    assert place_event(TOLL) == "earthquake|indonesia"
    assert main_event(SURVIVORS) == "earthquake|indonesia"
    assert main_event(QUAKE_JAPAN) == "earthquake|japan"
    # a fire or a shooting is keyed by no country: a country sees many
    assert place_event("A fire destroyed a warehouse in Indonesia on Friday, the fire service said.") is None


def test_a_report_of_the_survivors_joins_the_toll_report_of_the_same_quake() -> None:
    stories = stories_batch([("toll", TOLL), ("survivors", SURVIVORS)])
    assert stories["toll"] == stories["survivors"]


def test_two_groups_of_reports_of_one_quake_are_one_story() -> None:
    stories = stories_batch(
        [("toll", TOLL), ("toll2", TOLL_AGAIN), ("survivors", SURVIVORS), ("survivors2", SURVIVORS_AGAIN)]
    )
    assert len(set(stories.values())) == 1


def test_quakes_in_two_countries_stay_apart() -> None:
    stories = stories_batch([("toll", TOLL), ("japan", QUAKE_JAPAN)])
    assert stories["toll"] != stories["japan"]
