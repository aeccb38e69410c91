"""The incremental index's shared-lead step: a wire copy padded with unrelated text joins its lead's story.

All reports here are fictional, written for these tests.
"""

from __future__ import annotations

import json

from storyline.stories.incremental import StoryIndex

from ._reports import ARREST_ONE, QUAKE_JAPAN, article

# the agency's lead: two long sentences that every outlet carrying the wire keeps word for word
WIRE_LEAD = (
    "A passenger ferry caught fire off the island of Varrick on Thursday night, forcing more than 300 people into "
    "lifeboats before the coast guard towed the burning ship into the harbour at Dunmere, officials said. Nine "
    "passengers were taken to hospital with smoke injuries and two crew members are still missing, according to "
    "the Marrel Shipping Company, which operates the vessel Sea Lantern on the overnight route.\n\n"
)
WIRE = WIRE_LEAD + (
    "Captain Odile Ferrante said the fire broke out in the engine room shortly after ten and spread to the car "
    "deck within minutes. Fishing boats from Dunmere joined the rescue and picked up dozens of people from the "
    'water. "The crew kept everyone calm," passenger Teodor Vass told reporters on the quay. Investigators from '
    "the maritime safety board will board the ship on Friday."
)
QUAY_REPORT = (
    "Survivors of the Sea Lantern ferry fire huddled in blankets on the quay at Dunmere on Friday morning as the "
    "blackened hull of the ship smouldered in the harbour. Marrel Shipping said two crew members remained missing "
    "and nine people were treated for smoke. Captain Odile Ferrante praised the fishing crews of Dunmere who "
    "pulled passengers from the sea near Varrick."
)
INQUIRY_REPORT = (
    "The maritime safety board opened an inquiry into the fire aboard the Marrel Shipping ferry Sea Lantern, "
    "which burned off Varrick with more than 300 people aboard. Investigators will examine the engine room, where "
    "Captain Odile Ferrante said the blaze began. The coast guard searched overnight for two missing crew "
    "members, and the ferry was towed to Dunmere."
)
# the wire lead word for word, then a long column of the outlet's own on other matters, names and figures
# that dilute the whole-report score below the line
PADDED_COPY = WIRE_LEAD + (
    "Meanwhile, the Grand Duke of Hesmark sent a message of sympathy to President Aldo Kerensi, and Prime "
    "Minister Yuna Petrova of Castellane said her government stood ready to help. The Halvard regional council "
    "voted on Thursday to extend the summer opening hours of the Halvard Public Library and approved a grant of"
    " 40,000 crowns for the restoration of the Mill Street clock tower. Councillor Brenna Oake proposed a "
    "bicycle lane along the Tolland Canal, and Mayor Ivo Castell sent the plan to the planning office. At the "
    "weekend the Halvard Rovers beat the Cresswick Wanderers 3-1 before a record crowd of 12,400 at Linden "
    "Park, with two goals from striker Emil Rask. The Ostria Festival of Song gave second prize to the Halvard "
    "Town Choir under conductor Margit Solberg. The Chamber of Trade said the autumn market will move to "
    "Riverside Meadow on October 14, and the Museum of Local History opens an exhibition of antique maps by the"
    " cartographer Pieter Vandermolen on Saturday. The Halvard School Board confirmed that the new sports hall "
    "on Birch Avenue, built for 6.2 million crowns by Norrland Construction, will be ready for the winter term,"
    " board chairman Oskar Lindqvist said.\n\n"
    "In business news, the Kestral Savings Bank reported a quarterly profit of 18 million crowns, up from 11 "
    "million a year earlier, and chief executive Lena Haraldsen said the bank would open branches in Moorby and"
    " Eskdale. The Tolland Brewery announced a new lager named Copper Gate, and the Vinter Hotel group bought "
    "the Grand Pavilion on Harbour Row for 9 million crowns. The weather office forecast a dry and mild week "
    "with winds from the south, and the Ferrow Valley Railway said its steam trains will run on Sundays until "
    "the end of November.\n\n"
    "Tickets for the Winter Lights parade go on sale at the Halvard Tourist Office on Monday, priced at 12 "
    "crowns for adults, and organiser Signe Dalby promised floats from Brennick, Uppsund and the twin town of "
    "Sorel-les-Vignes."
)


def _stories(order: list[tuple[str, str]], dates: dict[str, str] | None = None) -> dict[str, str]:
    index = StoryIndex()
    for aid, text in order:
        index.add(article(aid, text, (dates or {}).get(aid)))
    return {a.article: a.story for a in index.assignments()}


def test_incremental_a_padded_wire_copy_after_its_lead_joins_the_story() -> None:
    story = _stories(
        [
            ("wire", WIRE),
            ("quay", QUAY_REPORT),
            ("inquiry", INQUIRY_REPORT),
            ("arrest", ARREST_ONE),
            ("copy", PADDED_COPY),
            ("japan", QUAKE_JAPAN),
        ]
    )
    assert story["copy"] == story["wire"] == story["quay"] == story["inquiry"]
    assert len({story["wire"], story["arrest"], story["japan"]}) == 3


def test_incremental_a_padded_wire_copy_before_its_lead_is_folded_in_when_the_lead_comes() -> None:
    order = [
        ("quay", QUAY_REPORT),
        ("copy", PADDED_COPY),
        ("arrest", ARREST_ONE),
        ("inquiry", INQUIRY_REPORT),
        ("wire", WIRE),
        ("japan", QUAKE_JAPAN),
    ]
    index = StoryIndex()
    opened = {aid: index.add(article(aid, text)).story for aid, text in order}
    assert opened["copy"] != opened["quay"]  # nothing to share a lead with yet: a story of its own
    story = {a.article: a.story for a in index.assignments()}
    assert story["copy"] == story["wire"] == story["quay"] == story["inquiry"]
    assert len({story["wire"], story["arrest"], story["japan"]}) == 3
    assert index.resolve(opened["copy"]) == story["wire"]  # its first id now names the whole story


def test_incremental_a_wire_lead_reused_two_months_later_does_not_join() -> None:
    dates = {"wire": "2031-03-06", "quay": "2031-03-07", "inquiry": "2031-03-07", "copy": "2031-05-12"}
    story = _stories([("wire", WIRE), ("quay", QUAY_REPORT), ("inquiry", INQUIRY_REPORT), ("copy", PADDED_COPY)], dates)
    assert story["copy"] != story["wire"]


def test_incremental_a_saved_index_keeps_the_leads_it_holds() -> None:
    index = StoryIndex()
    index.add_many([article("wire", WIRE), article("quay", QUAY_REPORT), article("arrest", ARREST_ONE)])
    resumed = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    copy = resumed.add(article("copy", PADDED_COPY))
    assert copy == resumed.assignment("copy")
    assert {copy.story} == {a.story for a in index.assignments() if a.article in ("wire", "quay")}


def test_incremental_loads_a_version_2_state_without_leads() -> None:
    index = StoryIndex()
    expected = index.add_many([article("wire", WIRE), article("quay", QUAY_REPORT), article("arrest", ARREST_ONE)])
    state = json.loads(json.dumps(index.to_state()))
    state["version"] = 2
    del state["leads"], state["lead_of"], state["links"]  # as a version 2 state: no leads, no kept links
    resumed = StoryIndex.from_state(state)
    assert resumed.assignments() == expected
    assert resumed.add(article("copy", PADDED_COPY)).story not in {a.story for a in expected}  # no lead held
