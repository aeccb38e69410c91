"""QA round V #2: reports of one wildfire, Friday's on the first toll and Saturday's on the higher one, fell into
two stories in a batch. They name no fire of two words ("the Corwick wildfires", "fires that razed the Corwick
village of Tallowan"), their people are the officials who count the dead, and each quotes others; what they all
name is where the fire struck. A fire is keyed by that place, the island or town a report names most often, not
by its country (a country sees many fires). Fictional reports: the island, its towns and its people are invented.
"""

from __future__ import annotations

import pytest

from storyline.stories.events import local_place, main_event, named_events, place_event

from ._reports import stories_batch, stories_stream

FRIDAY_FIRST = (
    "Corwick fires death toll expected to rise as homes are searched\n\n"
    "The loss of life from fires that razed the Corwick village of Tallowan is expected to rise well above "
    "Friday morning's official tally of 31 dead, an official has warned.\n\n"
    '"I think that number will go up," Corwick county mayor Edna Falk told the Harbour Post early on Friday. She '
    "said that so far victims had been found outside buildings hit by the fast-moving blazes on the island.\n\n"
    '"We have not yet searched inside the houses," she said. Residents said no sirens sounded before the flames '
    "reached the harbour. Ferries carried hundreds of people to the mainland overnight."
)
FRIDAY_SECOND = (
    "Corwick fires: Tallowan death toll climbs\n\n"
    "The death toll from the wildfires sweeping across Corwick kept rising on Friday as crews fought the flames "
    "into a third day.\n\n"
    "At least 31 people have been killed, and thousands more have fled. The blaze that tore through Tallowan is "
    "already the island's deadliest disaster in living memory. Mayor Edna Falk warned that the count covered only "
    "the dead found in the streets. \"We have not yet searched inside the houses,\" she told the Harbour Post. "
    "Sirens on Corwick never sounded, residents said."
)
SATURDAY_FIRST = (
    "Death toll from Corwick wildfire reaches 58\n\n"
    "TALLOWAN, Corwick - A wildfire that swept through a harbour town on the island of Corwick this week killed at "
    "least 58 people, authorities said Saturday, making it the worst fire the region has known.\n\n"
    "Governor Ruth Amsel toured the ruins and predicted more bodies would be found. Search teams with cadaver dogs "
    "had covered only a tenth of the burned area. Owners of boats in the harbour said they jumped into the sea "
    "to escape the smoke."
)
SATURDAY_SECOND = (
    "Corwick wildfire deadliest on record as toll hits 61\n\n"
    "The death toll from the Corwick wildfires reached 61 on Saturday, according to the county's website, with the "
    "total likely to rise as cadaver dogs search the ruins of Tallowan on Corwick.\n\n"
    "The damage came into focus four days after the fast-moving blaze levelled the old harbour town. Rebuilding "
    "will cost at least 900 million dollars, officials estimated. Police chief Tobias Venn said 1,400 buildings "
    'were destroyed. "We have a large area to cover," Venn said. Attorney general Hanna Roos opened a review of '
    "the response."
)
# another island's fire, the same week
OTHER_ISLAND = (
    "Wildfire on Saltmere forces 2,000 to flee\n\n"
    "A wildfire on the island of Saltmere forced about 2,000 people from their homes on Saturday, the Saltmere "
    "fire service said. No one was hurt. Fire chief Oskar Lind said crews had stopped the blaze a mile from the "
    "port town of Brenn, and aircraft dropped water on the hills above Saltmere through the night."
)


@pytest.mark.parametrize("text", [FRIDAY_FIRST, FRIDAY_SECOND, SATURDAY_FIRST, SATURDAY_SECOND])
def test_every_report_of_the_fire_is_keyed_by_the_island_it_names_most(text: str) -> None:
    assert main_event(text) == "fire|corwick"


def test_another_islands_fire_has_another_key() -> None:
    assert main_event(OTHER_ISLAND) == "fire|saltmere"


def test_a_death_toll_and_a_fire_named_with_a_country_are_no_named_events() -> None:
    # the "death" of a "death toll" is the fire's toll; "Corwick Wildfires" is a place and a kind, no name
    assert not named_events("Corwick Wildfires Death Toll Rises To 58\n\nThe toll rose on Saturday.")
    assert not named_events("Tallowan: Corwick Harbour death toll climbs to 31.")
    # "in the United States" says where the fire was, not which fire
    assert not named_events("It is the second deadliest wildfire in the United States in a century.")
    # a name that only opens with an event word is still a name
    assert named_events("Crews fought the fire in Death Valley on Monday.") == {"death valey|fire": 1}


def test_the_place_is_no_person_and_no_country() -> None:
    text = "Governor Ruth Amsel said Amsel would visit. Amsel toured the town of Tallowan in Canada, where it burned."
    assert local_place(text) == "talowan"  # folded as story names are: a doubled letter once
    assert place_event("A fire destroyed a warehouse in Indonesia on Friday, the fire service said.") is None


def test_a_board_that_fires_its_chief_is_no_fire() -> None:
    text = (
        "Board of Hallam Labs fires chief executive Mara Quinn\n\n"
        "The board of Hallam Labs in Brenton fired Mara Quinn on Friday. Investors at Hallam said they were "
        "stunned, and Quinn's deputy Ivo Marsh resigned."
    )
    assert not (main_event(text) or "").startswith("fire|")


def test_cluster_the_friday_and_saturday_reports_of_one_fire_are_one_story() -> None:
    stories = stories_batch(
        [("fri1", FRIDAY_FIRST), ("fri2", FRIDAY_SECOND), ("sat1", SATURDAY_FIRST), ("sat2", SATURDAY_SECOND)]
    )
    assert len(set(stories.values())) == 1


def test_cluster_a_friday_report_and_a_saturday_report_are_one_story() -> None:
    stories = stories_batch([("fri", FRIDAY_FIRST), ("sat", SATURDAY_FIRST)])
    assert stories["fri"] == stories["sat"]


def test_cluster_and_incremental_agree_on_the_fire() -> None:
    reports = [("fri1", FRIDAY_FIRST), ("sat1", SATURDAY_FIRST), ("fri2", FRIDAY_SECOND), ("sat2", SATURDAY_SECOND)]
    assert len(set(stories_batch(reports).values())) == 1
    assert len(set(stories_stream(reports).values())) == 1


def test_cluster_and_incremental_keep_another_islands_fire_apart() -> None:
    reports = [("fri", FRIDAY_FIRST), ("sat", SATURDAY_FIRST), ("other", OTHER_ISLAND)]
    for stories in (stories_batch(reports), stories_stream(reports)):
        assert stories["other"] not in {stories["fri"], stories["sat"]}
