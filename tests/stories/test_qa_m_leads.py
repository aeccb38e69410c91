"""QA round M #6: an agency copy whose lead is the wire's but whose second half is local joins its story.

All reports here are fictional, written for these tests.
"""

from __future__ import annotations

import numpy as np

from storyline.stories.cluster import cluster, join_copy_stories
from storyline.stories.passages import MIN_SHARED, lead_shingles, shared_pairs

from ._reports import ARREST_ONE, ARREST_TWO, QUAKE_JAPAN, article

# the wire lead: two long sentences, the toll later updated by the outlets that carry it
WIRE_LEAD = (
    "A landslide in the hill district of Orvanne has killed {toll} people, rescue officials said Sunday, as soldiers "
    "and volunteers dug through mud to reach hamlets that remain cut off from the valley road. The slope gave way "
    "late Saturday above the village of Tesk, 40 kilometres north of the provincial capital Brenlo, the national "
    "geology office reported.\n\n"
)
AGENCY = WIRE_LEAD.format(toll="at least 52") + (
    "Heavy rain had soaked the hills for a week, and forecasters warned of more storms on Monday. Governor Ilse "
    "Marrow said field hospitals were set up in Brenlo and that families from Tesk were sheltering in schools. "
    '"We are racing the weather," Marrow said. Roads into Orvanne were closed to all but rescue convoys.\n\n'
    "Engineers from the geology office flew over the slope by drone and counted three fresh cracks above the "
    "neighbouring hamlet of Vessel, which was evacuated before dark. Farmer Joran Pell, 63, said he heard a roar "
    'like a train and saw the church tower of Tesk disappear. "The whole hill simply walked down," Pell said. The '
    "army sent two heavy-lift helicopters from the Kestrel air base, and the Brenlo hospital called in off-duty "
    "surgeons after 117 injured people were brought in overnight."
)
LOCAL_RESCUE = (
    "Rescue teams in Orvanne pulled two children alive from the mud at Tesk on Sunday, a day after the hillside "
    "collapsed onto the village. Governor Ilse Marrow said the toll had passed fifty and that the valley road "
    "stayed closed. Soldiers from Brenlo brought diggers, while families sheltered in schools as more rain was "
    "forecast for Monday."
)
FIELD_REPORT = (
    "The mud that buried much of Tesk came down in seconds, survivors told reporters in Brenlo on Sunday. Officials "
    "in Orvanne said 52 people were dead and dozens missing after the slope above the village gave way in heavy "
    "rain on Saturday night. Governor Ilse Marrow asked for patience as convoys crept up the valley road."
)
# the wire lead with an updated toll, then half a page on something else: messages of condolence
CONDOLENCE_COPY = WIRE_LEAD.format(toll="more than 60") + (
    "Meanwhile, the Emir of Qarsaba sent a cable of condolences to the President of the Republic, expressing his "
    "sincere sympathy with the families of the victims and wishing the injured a speedy recovery. The Crown Prince "
    "and the Prime Minister sent similar cables, as did the Speaker of the National Assembly, who voiced the "
    "solidarity of the Qarsaban people. The Foreign Ministry said in a statement that the embassy was following "
    "the situation of Qarsaban nationals closely and urged citizens to contact its emergency hotline. The Chamber "
    "of Commerce also announced a donation drive among member companies, and the Red Crescent society said its "
    "volunteers stood ready to send tents, blankets and medical supplies on the first available flight. In a "
    "separate cable, the Emir congratulated the King of Sardova on his country's national day, wishing its people "
    "further progress and prosperity. The Cabinet, at its weekly session chaired by the Prime Minister, reviewed a "
    "draft budget for the coming fiscal year, approved a plan to expand the northern desalination plant and "
    "discussed preparations for the regional summit to be hosted in the capital next spring."
)


def test_cluster_a_wire_lead_copy_with_an_unrelated_half_joins_its_story() -> None:
    arts = [
        article("agency", AGENCY),
        article("copy", CONDOLENCE_COPY),
        article("rescue", LOCAL_RESCUE),
        article("field", FIELD_REPORT),
        article("arrest1", ARREST_ONE),
        article("japan", QUAKE_JAPAN),
        article("arrest2", ARREST_TWO),
    ]
    story = {a.article: a.story for a in cluster(arts)}
    assert story["copy"] == story["agency"] == story["rescue"] == story["field"]
    assert story["agency"] not in {story["arrest1"], story["japan"], story["arrest2"]}
    assert len(set(story.values())) == 4


def test_cluster_a_wire_lead_reused_two_months_later_does_not_rejoin() -> None:
    arts = [
        article("agency", AGENCY, "2031-04-06"),
        article("rescue", LOCAL_RESCUE, "2031-04-06"),
        article("field", FIELD_REPORT, "2031-04-07"),
        article("copy", CONDOLENCE_COPY, "2031-06-10"),
    ]
    story = {a.article: a.story for a in cluster(arts)}
    assert story["copy"] != story["agency"]


SITE_FOOTER = (
    "\n\nThe Orvanne Courier is an independent newspaper funded by its readers. To support our reporting, "
    "subscribe to the print edition or sign up for the morning newsletter, which brings the day's headlines to "
    "your inbox before breakfast, every day of the week including holidays.\n"
)


def test_passages_two_events_with_one_site_footer_share_no_lead() -> None:
    # the footer alone is a run of 40 words that both reports carry, but it is no part of either lead
    first = ARREST_ONE + " " + QUAKE_JAPAN + " " + FIELD_REPORT + SITE_FOOTER
    second = ARREST_TWO + " " + LOCAL_RESCUE + " " + AGENCY + SITE_FOOTER
    assert shared_pairs([lead_shingles(first), lead_shingles(second)]) == {}


def test_passages_a_shared_lead_is_found_and_a_menu_builds_no_shingles() -> None:
    got = shared_pairs([lead_shingles(AGENCY), lead_shingles(CONDOLENCE_COPY), lead_shingles(FIELD_REPORT)])
    assert list(got) == [(0, 1)]
    assert got[(0, 1)] >= MIN_SHARED
    menu = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nOpinion\nVideo\nPodcasts\nWeather | Contact | About us"
    assert lead_shingles(menu) == frozenset()


def _sim(pairs: dict[tuple[int, int], float], n: int) -> np.ndarray:
    sim = np.eye(n)
    for (i, j), v in pairs.items():
        sim[i, j] = sim[j, i] = v
    return sim


def test_join_copy_stories_places_a_pair_of_wire_copies_by_its_nearer_member() -> None:
    # reports 0-2 are one story; 3 and 4 share a wire lead and paired off: 3 alone sits above the threshold
    # with the story (mean 0.25), 4 (diluted by a local half) below it, and the pair's mean too (0.175)
    sim = _sim({(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (3, 4): 0.7, (0, 3): 0.25, (1, 3): 0.25, (2, 3): 0.25,
                (0, 4): 0.1, (1, 4): 0.1, (2, 4): 0.1}, 5)
    partners = {3: {4: 34}, 4: {3: 34}}
    assert join_copy_stories([1, 1, 1, 2, 2], sim, partners, 0.18) == [1, 1, 1, 1, 1]


def test_join_copy_stories_leaves_a_pair_far_from_every_story_and_a_pair_without_a_shared_lead() -> None:
    sim = _sim({(0, 1): 0.5, (3, 4): 0.7, (0, 3): 0.12, (1, 3): 0.12, (2, 3): 0.12}, 5)
    assert join_copy_stories([1, 1, 1, 2, 2], sim, {3: {4: 34}, 4: {3: 34}}, 0.18) == [1, 1, 1, 2, 2]
    near = _sim({(0, 3): 0.3, (1, 3): 0.3, (2, 3): 0.3, (3, 4): 0.7}, 5)
    assert join_copy_stories([1, 1, 1, 2, 2], near, {}, 0.18) == [1, 1, 1, 2, 2]
