"""QA round P #6: a next-day follow-up that names the story's event and its two principal people in full (a
run-off's winner and loser) joins the story, in batch and as reports arrive, while a later announcement by the
same president and a rematch years later stay apart.

All reports here are fictional, written for these tests.
"""

from __future__ import annotations

import pytest

from storyline.stories.events import main_event, people_event, principal_people

from ._reports import ARREST_ONE, QUAKE_JAPAN, stories_batch, stories_stream

# three reports on the night of the vote; no event is named by a name of two words ("Valdoria's run-off")
HERALD = (
    "Marco Ferrante wins Valdoria's presidential election\n\n"
    "The populist economist Marco Ferrante has won Valdoria's presidential election, provisional results showed, "
    "after a campaign fought over inflation of 140% a year. His rival, Finance Minister Julia Castell, conceded "
    "the run-off on Sunday night before the count was complete. With 96% of ballots counted, Ferrante had 56.1% "
    "and Castell 43.9%, the electoral board said. Ferrante thanked voters in Port Alder and promised to cut the "
    "cabinet to eight ministries. Castell said she had called Ferrante to congratulate him."
)
COURANT = (
    "Ferrante beats Castell in Valdoria run-off\n\n"
    "Marco Ferrante will be Valdoria's next president after beating Julia Castell in Sunday's election run-off, "
    "taking 56.1% of the vote with 96% counted. Castell, the finance minister, admitted defeat in a short speech "
    "at her party's headquarters. Ferrante, who campaigned with a sledgehammer and promised to close the central "
    "bank, told cheering supporters in Port Alder that the country's decline was over. Turnout was 77%, the "
    "electoral board said, and the result was wider than any poll had predicted."
)
LEDGER = (
    "Valdoria elects Ferrante as president\n\n"
    "Voters in Valdoria chose the outsider Marco Ferrante as president in Sunday's election, rejecting Finance "
    "Minister Julia Castell after a year of soaring prices. Ferrante won 56.1% with almost all ballots counted. "
    "Castell conceded and wished Ferrante well. Ferrante's inauguration is set for December 10, and he has said "
    "he will name his cabinet within days. The sledgehammer he carried at rallies became the symbol of his vow "
    "to cut public spending, the electoral board figures showed a record turnout."
)
# the next day's markets report: bonds, the currency, analysts; it names the election and both people in full
MARKETS = (
    "Valdorian bonds surge after the election\n\n"
    "Valdorian government bonds and shares rallied on Monday while the alder currency slipped, investors said, "
    "after Marco Ferrante's strong win in Valdoria's presidential election. The outsider, who has vowed to float "
    "the alder and sell state firms, beat Julia Castell in Sunday's vote. Dollar bonds due "
    "2035 gained five cents and the main stock index rose 19% in early trading. Fund manager Pia Lund of Greyhaven "
    "Capital said investors wanted to see the new cabinet before buying more. The alder lost 4% against the dollar "
    "on the parallel market, traders at Norberg Securities said."
)
# a week later, an announcement by the same president; the election and his rival are recalled once
DEVALUATION = (
    "Alder halved as the new government freezes fuel prices\n\n"
    "The government of President Marco Ferrante devalued the alder by half on Tuesday and froze fuel prices for "
    "90 days, in the first measure of his term. Economy Minister Peter Ruud told reporters the mint would stop "
    "printing money for the treasury. Ruud said wages in the public sector would be frozen for six months, and "
    "Ruud added that the treasury would sell its stake in the national airline. Unions called a march for "
    "Friday. The president, who beat Julia Castell in last month's election, called it a shock the country "
    "needed."
)
# four years later the same two people meet again in another election
REMATCH = (
    "Castell ousts Ferrante in Valdoria's presidential election\n\n"
    "Julia Castell has won Valdoria's presidential election at her second attempt, beating the sitting "
    "president Marco Ferrante in Sunday's run-off with 53.4% of the vote. Ferrante conceded and said the "
    "country had chosen to turn back. Castell promised to restore the central bank's independence and to "
    "reopen the ministries Ferrante closed. Turnout was 71%, the electoral board said."
)
NIGHT = [("herald", HERALD), ("courant", COURANT), ("ledger", LEDGER)]
OTHERS = [("japan", QUAKE_JAPAN), ("arrest", ARREST_ONE)]




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MARKETS, ("marco ferante", "julia castel")),  # Ferrante thrice, Castell once
        (DEVALUATION, ("peter rud", "marco ferante")),  # the minister is named most, the rival once
        ("Hurricane Otis hit Acapulco. Otis then weakened. Mayor Ines Vale said Otis had passed.", ("ines vale",)),
        ("Banks such as Victoria Argentina and Banco Lisboa rose.", ()),  # a place is no surname
    ],
)
def test_events_principal_people(text: str, expected: tuple[str, ...]) -> None:
    assert principal_people(text) == expected


def test_events_people_event_keys_the_event_noun_and_the_two_people() -> None:
    assert people_event(MARKETS) == "election|julia castel+marco ferante"
    assert main_event(COURANT) == main_event(HERALD) == people_event(MARKETS)
    assert people_event("Marco Ferrante and Julia Castell met for lunch in Port Alder.") is None  # no event
    assert people_event("The election in Port Alder was won by Marco Ferrante.") is None  # one person
    # a name of two words wins over the people: "the Harrow Bridge collapse" is the event
    assert main_event("Marco Ferrante and Julia Castell visited the Harrow Bridge collapse site.") == (
        "harow bridge|collapse"
    )


def test_cluster_a_next_day_follow_up_naming_the_event_and_its_people_joins_its_story() -> None:
    story = stories_batch([*NIGHT, ("markets", MARKETS), *OTHERS])
    assert story["markets"] == story["herald"] == story["courant"] == story["ledger"]
    assert len({story["herald"], story["japan"], story["arrest"]}) == 3


@pytest.mark.parametrize("follow_at", [0, 1, 3])  # first (a story folded in later), in the middle, last
def test_incremental_a_next_day_follow_up_naming_the_event_and_its_people_joins_its_story(follow_at: int) -> None:
    reports = list(NIGHT)
    reports.insert(follow_at, ("markets", MARKETS))
    story = stories_stream([*reports, *OTHERS])
    assert story["markets"] == story["herald"] == story["courant"] == story["ledger"]
    assert len({story["herald"], story["japan"], story["arrest"]}) == 3


def test_cluster_and_incremental_a_later_announcement_by_the_same_president_stays_apart() -> None:
    reports = [*NIGHT, ("devalue", DEVALUATION), *OTHERS]
    for story in (stories_batch(reports), stories_stream(reports)):
        assert story["devalue"] != story["herald"]
        assert story["herald"] == story["courant"] == story["ledger"]


def test_cluster_and_incremental_a_rematch_years_later_stays_apart() -> None:
    night = {"herald": "2031-11-20", "courant": "2031-11-20", "ledger": "2031-11-20"}
    reports = [*NIGHT, ("markets", MARKETS), ("rematch", REMATCH)]
    dates = {**night, "markets": "2031-11-21", "rematch": "2035-11-19"}
    for story in (stories_batch(reports, dates), stories_stream(reports, dates)):
        assert story["markets"] == story["herald"]
        assert story["rematch"] != story["herald"]
