"""QA round W #2: the reports of a flood, Monday's on the first toll and Friday's on the higher one, and the reports of
a global computer outage, some on the chief executive's apology and some on the grounded flights, fell into two
stories each in a batch. Their people are the officials who count the dead or the executive who apologizes, and each
report quotes others; what they all name is where the flood struck, or whose systems failed. A flood (a dam that
burst is one) is keyed by its town, as a fire is; an outage or a cyberattack by the company a report names most.
Fictional reports: the towns, the country, the companies and the people are invented.
"""

from __future__ import annotations

import pytest

from storyline.stories.events import company, event_counts, local_place, main_event

from ._reports import stories_batch, stories_stream

FLOOD_MONDAY = (
    "Floods devastate eastern Ostrania as two dams burst\n\n"
    "More than 900 people are feared dead after floods swept through the port town of Halvek in eastern "
    "Ostrania, a regional minister said on Monday.\n\n"
    "Minister Oren Basch told a television station that whole streets of Halvek had been washed into the sea "
    "when two dams above the town collapsed overnight. Rescue teams could not reach the town because the coast "
    "road was cut, and the health office put the confirmed toll at 38, a count that did not include Halvek. "
    "In the hill town of Sarbo, 12 people died in the flooding."
)
FLOOD_FRIDAY = (
    "Halvek flood death toll rises to 4,100\n\n"
    "The number of dead in the Ostranian town of Halvek has risen to 4,100, the Ostranian Red Cross said on "
    "Friday, and more than 6,000 people are still missing.\n\n"
    "The mayor of Halvek, Ilse Varga, warned that the count could reach 9,000 once the mud is cleared from the "
    "lower districts. Floodwaters tore through the centre of Halvek after the collapse of the reservoirs "
    'upstream. "Families were taken in their sleep," Varga said. Aid agencies flew tents and water pumps into '
    "Halvek, and engineers from abroad began to survey what was left of the walls."
)
# a flood the same week in another town of the same country
FLOOD_OTHER_TOWN = (
    "Floods cut off the river town of Meskel in northern Ostrania on Thursday, forcing 3,000 people from their "
    "homes, the civil protection office said. No deaths were reported. Boats carried families from the flooding "
    "to the school in Meskel, and the river is expected to fall by Sunday."
)

OUTAGE_APOLOGY = (
    "Brightwall chief apologizes for global outage, says fix is on the way\n\n"
    "Brightwall chief executive Daniel Osei apologized for the outage that froze machines around the world, "
    "saying a faulty change to the company's security software was to blame.\n\n"
    '"We are deeply sorry for the trouble we have caused our customers," Osei told the Morning Hour programme. '
    "Osei said Brightwall had found the fault and sent a fix, but some machines would have to be repaired by "
    'hand. "It may take some time for every system to come back," he said.'
)
OUTAGE_FLIGHTS = (
    "Brightwall outage grounds flights and shuts bank counters\n\n"
    "Airlines grounded hundreds of flights on Friday after a Brightwall update crashed office computers "
    "worldwide. Corvane Air held its whole fleet for three hours, and Lindqvist Airways cancelled 220 flights. "
    "Tessel Bank closed its branches for the morning.\n\n"
    "Security firm Brightwall said in a statement that the outage was not a cyberattack. The glitch hit only "
    "machines running its software; screens at the Halden stock market stayed dark until noon. Travelers in "
    "Wenmark waited in long lines as agents wrote boarding passes by hand."
)
# an outage at another company the same day
OUTAGE_OTHER_COMPANY = (
    "Parcel tracking down for hours in Marlow Post outage\n\n"
    "Customers of Marlow Post could not track parcels for six hours on Friday after an outage at the company's "
    "data centre, a spokeswoman said. Marlow Post said no parcels were lost and its drivers kept delivering."
)


@pytest.mark.parametrize("text", [FLOOD_MONDAY, FLOOD_FRIDAY])
def test_every_report_of_the_flood_is_keyed_by_its_town(text: str) -> None:
    assert main_event(text) == "flood|halvek"


def test_another_towns_flood_has_another_key() -> None:
    assert main_event(FLOOD_OTHER_TOWN) == "flood|meskel"


def test_a_dam_that_collapsed_is_a_flood() -> None:
    text = "Two dams collapsed above Halvek on Sunday night. The collapse of the dams was heard for miles."
    assert event_counts(text) == {"flood": 2}
    # a building's collapse stays a collapse
    assert event_counts("The roof of the Halvek market collapsed on Sunday.") == {"collapse": 1}


def test_a_place_written_after_a_compass_word_is_a_region_not_a_town() -> None:
    # "Ostrania" is named more often than "Halvek", but "eastern Ostrania" says it is the wider land
    text = "Floods hit eastern Ostrania. Rain fell across Ostrania. Ostrania's army went to the town of Halvek."
    assert local_place(text) == "halvek"


def test_an_island_written_once_after_a_compass_word_is_still_the_place() -> None:
    # "western Corwick" once, besides "on Corwick" and "the island of Corwick": the island, not a region
    text = (
        "Fires tore through western Corwick and the town of Tallowan. "
        "The blaze on Corwick spread to the island of Corwick."
    )
    assert local_place(text) == "corwick"


def test_a_flood_of_complaints_is_no_flood() -> None:
    text = "A flood of complaints reached the office of Mayor Ilse Varga in Halvek after the fare rise on Monday."
    assert main_event(text) is None


@pytest.mark.parametrize("text", [OUTAGE_APOLOGY, OUTAGE_FLIGHTS])
def test_every_report_of_the_outage_is_keyed_by_its_company(text: str) -> None:
    assert main_event(text) == "outage|brightwal"  # folded as story names are: a doubled letter once


def test_another_companys_outage_has_another_key() -> None:
    assert main_event(OUTAGE_OTHER_COMPANY) == "outage|marlow"


def test_the_company_is_no_person_outlet_country_title_or_first_word() -> None:
    text = (
        "Airports reported delays. Brightwall said its CEO Daniel Osei would speak to CNN. Osei said Osei was "
        "sorry. The CEO and the CEO's staff flew to the United States and United States officials met Brightwall."
    )
    assert company(text) == "brightwal"


def test_an_outage_named_by_two_companies_is_keyed_by_the_company_named_most() -> None:
    text = (
        "The global Corvane Brightwall outage, explained\n\n"
        "An update from Brightwall took down machines running Corvane software. Brightwall said it was sorry."
    )
    assert main_event(text) == "outage|brightwal"


def test_cluster_the_monday_and_friday_reports_of_one_flood_are_one_story() -> None:
    stories = stories_batch([("mon", FLOOD_MONDAY), ("fri", FLOOD_FRIDAY)])
    assert stories["mon"] == stories["fri"]


def test_cluster_the_apology_and_the_flights_are_one_story_of_the_outage() -> None:
    stories = stories_batch([("apology", OUTAGE_APOLOGY), ("flights", OUTAGE_FLIGHTS)])
    assert stories["apology"] == stories["flights"]


def test_cluster_and_incremental_agree_and_keep_the_other_events_apart() -> None:
    reports = [
        ("mon", FLOOD_MONDAY),
        ("apology", OUTAGE_APOLOGY),
        ("fri", FLOOD_FRIDAY),
        ("flights", OUTAGE_FLIGHTS),
        ("meskel", FLOOD_OTHER_TOWN),
        ("marlow", OUTAGE_OTHER_COMPANY),
    ]
    for stories in (stories_batch(reports), stories_stream(reports)):
        assert stories["mon"] == stories["fri"]
        assert stories["apology"] == stories["flights"]
        assert len({stories["mon"], stories["apology"], stories["meskel"], stories["marlow"]}) == 4
