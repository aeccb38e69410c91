"""QA round N #5: a next-day follow-up that names the story's event ("the Harrow Bridge collapse") joins the
story, in batch and as reports arrive, while another event at the same bridge stays apart.

All reports here are fictional, written for these tests.
"""

from __future__ import annotations

import json

import pytest

from storyline.stories.events import EventIndex, main_event, named_events
from storyline.stories.incremental import StoryIndex

from ._reports import ARREST_ONE, QUAKE_JAPAN, article, stories_batch, stories_stream

# three first-day reports; the wire copy names no event ("The Harrow Bridge in Calder collapsed")
COURIER = (
    "Harrow Bridge collapse: six road workers missing after cargo ship strikes span\n\n"
    "A cargo ship, the Orla Star, struck a pier of the Harrow Bridge in Calder at about 2:10 a.m. on Monday, "
    "and the 2.1-mile span fell into the Vell River within seconds. Six road workers who were patching potholes "
    "on the deck are missing, Calder fire chief Dana Morrow said. Two other workers were pulled from the water, "
    "one of them in critical condition. The ship's crew sent a mayday after losing power, harbour officials said, "
    "which gave police time to stop traffic onto the bridge."
)
GAZETTE = (
    "Divers search the Vell River after the Harrow Bridge collapse\n\n"
    "Rescue divers searched the cold Vell River through Monday for six workers who fell when the Orla Star, a "
    "container ship leaving the port of Calder, hit a support of the Harrow Bridge at 2:10 a.m. The crew had "
    "warned of a power failure minutes earlier. Fire chief Dana Morrow said the water was 14 metres deep and "
    "7 degrees, and that hopes of finding the workers alive were fading. Two workers were rescued."
)
WIRE = (
    "CALDER (Northport Wire) - The Harrow Bridge in Calder collapsed early on Monday after the cargo ship Orla "
    "Star lost power and struck one of its piers, sending vehicles and a crew of road workers into the Vell "
    "River. Six workers are missing and presumed dead, fire chief Dana Morrow said on Monday evening, as the "
    "coast guard called off the search. The 2.1-mile bridge carried 30,000 vehicles a day and the port of "
    "Calder was closed to shipping."
)
# the next day's live blog: the recovery, a minister, army engineers; it shares the event's name, few words
FOLLOW_UP = (
    "Harrow Bridge collapse live updates: recovery of the victims begins\n\n"
    "The remains of two of the workers who were killed when the Harrow Bridge collapsed yesterday have been "
    "recovered, and four others are presumed dead. The victims had been repairing the road surface when the "
    "span was struck.\n\n"
    "Transport Minister Elena Varga told reporters today that investigators had retrieved the voyage data "
    "recorder, and that a review of the electrical system would begin this week. Freight companies from the "
    "coast to the interior warned of months of costly detours after the collapse of the bridge.\n\n"
    "About 900 army engineers are helping to clear the channel of steel and concrete, the defence ministry said "
    'in a statement. "We will rebuild it, and we will rebuild it fast," Prime Minister Tomas Reyl said.'
)
# another event at the same bridge, which recalls the collapse once
REOPENING = (
    "Harrow Bridge reopens to traffic\n\n"
    "Cyclists and a brass band led the first crossing of the rebuilt span as it reopened on Saturday, after "
    "Mayor Ines Patel cut a ribbon at the north toll plaza. The new piers sit on concrete islands meant to stop "
    "any vessel that drifts off course. A wreath recalled the Harrow Bridge collapse, and tolls will be waived "
    "until the end of the month, the highway authority said."
)
FIRST_DAY = [("courier", COURIER), ("gazette", GAZETTE), ("wire", WIRE)]
OTHERS = [("japan", QUAKE_JAPAN), ("arrest", ARREST_ONE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers searched the river after the Harrow Bridge collapse on Monday.", "harow bridge|collapse"),
        ("Two workers died when the Harrow Bridge collapsed.", "harow bridge|collapse"),
        ("It was the worst day since the collapse of the Harrow Bridge in Calder.", "harow bridge|collapse"),
        ("Harrow Bridge Collapse Live Updates\n\nDivers are back in the water.", "harow bridge|collapse"),
        (
            "Smoke rose from the Mill Tower fire.\nThe Mill Tower fire spread after the Mill Tower explosion.",
            "mil tower|fire",
        ),
        ("The Harrow Bridge fell into the river.", None),  # no event noun
        ("Officials in Calder said the bridge collapse killed six.", None),  # no name of two words
        ("The Calder Fire Department sent three boats.", None),  # "Fire" opens an organization's name
    ],
)
def test_events_main_event_of_a_text(text: str, expected: str | None) -> None:
    assert main_event(text) == expected


def test_events_the_headline_wins_a_tie_and_every_mention_is_counted() -> None:
    assert named_events(REOPENING) == {"harow bridge|reopening": 1, "harow bridge|collapse": 1}
    assert main_event(REOPENING) == "harow bridge|reopening"
    assert named_events(FOLLOW_UP)["harow bridge|collapse"] == 2




def test_cluster_a_next_day_follow_up_naming_the_event_joins_its_story() -> None:
    story = stories_batch([*FIRST_DAY, ("follow", FOLLOW_UP), *OTHERS])
    assert story["follow"] == story["courier"] == story["gazette"] == story["wire"]
    assert len({story["courier"], story["japan"], story["arrest"]}) == 3


@pytest.mark.parametrize("follow_at", [0, 1, 3])  # first (a story folded in later), in the middle, last
def test_incremental_a_next_day_follow_up_naming_the_event_joins_its_story(follow_at: int) -> None:
    reports = list(FIRST_DAY)
    reports.insert(follow_at, ("follow", FOLLOW_UP))
    story = stories_stream([*reports, *OTHERS])
    assert story["follow"] == story["courier"] == story["gazette"] == story["wire"]
    assert len({story["courier"], story["japan"], story["arrest"]}) == 3


def test_cluster_and_incremental_another_event_at_the_same_bridge_stays_apart() -> None:
    # the reopening names "the Harrow Bridge collapse" once, and scores between half the threshold and it: only
    # its main event, the reopening, keeps it out of the collapse story
    reports = [*FIRST_DAY, ("reopen", REOPENING)]
    for story in (stories_batch(reports), stories_stream(reports)):
        assert story["reopen"] != story["courier"]
        assert story["courier"] == story["gazette"] == story["wire"]


def test_cluster_and_incremental_the_follow_up_joins_a_day_later_but_not_a_year_later() -> None:
    first = {"courier": "2031-04-07", "gazette": "2031-04-07", "wire": "2031-04-07"}
    reports = [*FIRST_DAY, ("follow", FOLLOW_UP)]
    for run in (stories_batch, stories_stream):
        assert run(reports, {**first, "follow": "2031-04-08"})["follow"] == run(reports, first)["courier"]
        late = run(reports, {**first, "follow": "2032-04-08"})  # an anniversary piece: another story
        assert late["follow"] != late["courier"]


def test_incremental_a_saved_index_keeps_the_events_it_holds() -> None:
    index = StoryIndex()
    index.add_many([article(aid, text) for aid, text in [*FIRST_DAY, *OTHERS]])
    resumed = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    follow = resumed.add(article("follow", FOLLOW_UP))
    assert follow.story == resumed.assignment("courier").story  # type: ignore[union-attr]


def test_incremental_loads_a_version_3_state_without_events() -> None:
    index = StoryIndex()
    expected = index.add_many([article(aid, text) for aid, text in [*FIRST_DAY, *OTHERS]])
    state = json.loads(json.dumps(index.to_state()))
    state["version"] = 3
    del state["events"], state["event_of"]
    resumed = StoryIndex.from_state(state)
    assert resumed.assignments() == expected
    assert resumed.add(article("follow", FOLLOW_UP)).story not in {a.story for a in expected}  # no event held


def test_event_index_forgets_reports_past_its_window() -> None:
    index = EventIndex(window=2)
    assert [index.add(key) for key in ("a|fire", "b|crash", "a|fire")] == [0, 1, 2]
    assert index.holders("a|fire") == [2]
    assert index.holders("b|crash") == [1]
    restored = EventIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert restored.holders("a|fire") == [2]
    assert restored.add("b|crash") == 3
    with pytest.raises(ValueError, match="window"):
        EventIndex(window=0)
