"""Numbers and dates that disagree, and the many ways they only seem to."""

from __future__ import annotations

import pytest

from storyline.compare.conflicts import date_conflict, name_conflict, number_conflict, quantities


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Water entered 41 homes on the lane.", "Floodwater reached 14 homes on the lane.", True),
        ("13 people were treated for injuries.", "More than a dozen people were treated.", False),
        ("About 1,200 people were evacuated.", "Some 1,180 people were evacuated.", False),
        ("Repairs will cost $2.3 million.", "Repairs could cost about $2.3 million.", False),
        ("Repairs will cost $2.3 million.", "Repairs will cost $4 million.", True),
        ("Turnout was 40 percent.", "Turnout was 48%.", True),
        ("Two bombers flew for seven hours.", "The bombers flew for seven hours.", False),
        ("The toll rose to 15 people.", "Twelve people died.", True),  # a marked update still differs
        ("The dam was built in 1962.", "The dam was finished in 1964.", False),  # years are dates
        ("The world became more unstable.", "The world is less stable.", False),
        ("The repair bill came to 12% of the budget.", "The repair bill came to 12 percent of the budget.", False),
        ("Turnout was 40%.", "Turnout was 4 percent.", True),
        ("The toll was 13 people.", "The toll was revised to 15 people.", True),  # marked as an update: flagged
        ("Some 1,180 people left.", "About 1,200 people left.", False),  # rounding
        ("Losses reached $2 million.", "Losses reached €2 million.", False),  # different currencies: no common unit
        # a clock time is no count (issue: "1:42 p.m. ET (1742 GMT)" read as 1742 of something)
        ("The ferry left at 9:15 a.m. local time (13:15 GMT).", "The ferry left at 10:15 a.m. ET (1415 GMT).", False),
        # the counted noun is the one the number modifies, not the verb after it
        ("Six wagons overturned.", "Six wagons and two tankers overturned.", False),
        ("14 sheds along Quarry Row were damaged.", "41 sheds along Quarry Row were damaged.", True),
        # a small count written as a word is exact
        ("Seven boats capsized in the storm.", "Eight boats capsized in the storm.", True),
        ("Seven boats capsized in the storm.", "7 boats capsized in the storm.", False),
        ("A dozen crew were aboard.", "13 crew were aboard.", False),  # "a dozen" is round
        # a hedged figure given to the unit allows less than a round one
        ("About 207 passengers were aboard.", "Approximately 243 passengers were aboard.", True),
        # two bounds of one count that give different figures: both may hold, yet the reports differ
        ("More than 40 patients were treated.", "At least 50 patients were treated.", True),
    ],
)
def test_conflicts_numbers_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict


@pytest.mark.parametrize(
    "text",
    ["It docked at 17:42 GMT (1742 GMT), or 12:42pm local time.", "The alarm sounded at 0600 hours GMT.",
     "The gate closed at 6.05pm and reopened at 7 a.m."],
)
def test_conflicts_clock_times_are_no_counts(text: str) -> None:
    assert quantities(text) == []


def test_conflicts_the_counted_noun_is_the_one_the_number_modifies() -> None:
    assert number_conflict("Seven wagons overturned.", "Eight wagons and two tankers overturned.") == "7 vs 8 wagon"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one count, said with one verb, in sentences that share little else
        (
            "Seven wagons overturned, the fire service said.",
            "Eight wagons and two tankers overturned, the operator said, leaving the line blocked for a day.",
            True,
        ),
        # who was on board, told in other words
        (
            "The ferry was carrying about 207 passengers and crew when it struck the pier.",
            "The ferry had 243 passengers and 12 crew on board, the operator said.",
            True,
        ),
        # the same noun counted for another act
        ("Police arrested 12 people at the march.", "Five people were hurt at the march.", False),
        # hedged counts that may both hold
        ("More than 40 patients were treated overnight.", "Doctors treated at least 50 patients overnight.", False),
        # one count, killed and died
        ("The blast killed three workers.", "Four workers died in the blast.", True),
    ],
)
def test_conflicts_same_verb_table(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b, same_verb=True) is not None) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (["2023-05-03"], ["2023-05-04"], True),
        (["2023-05"], ["2023-05-03"], False),
        (["2023-W18"], ["2023-05-03"], False),
        (["2023-05-03", "2023-05-10"], ["2023-05-04"], False),  # several dates: several events
        (["PRESENT_REF"], ["2023-05-04"], False),
        ([], ["2023-05-04"], False),
        (["2025-03"], ["2025-03-04"], False),  # "March" and "March 4"
        (["2025-03-04"], ["2025-04-03"], True),
        (["XXXX-01-12"], ["2025-01-15"], True),  # "until January 12" / "until Jan. 15, 2025"
        (["XXXX-01-12"], ["XXXX-01-15"], True),
        (["XXXX-01-12"], ["2025-01"], False),  # "January 12" may be of January 2025
        (["XXXX-01"], ["XXXX-01-15"], False),
    ],
)
def test_conflicts_dates_table(a: list[str], b: list[str], conflict: bool) -> None:
    assert (date_conflict(a, b) is not None) is conflict


@pytest.mark.parametrize(
    ("a", "b", "a_names", "b_names", "conflict"),
    [
        # a different place for the same event
        (
            "The blaze began in Dunmore late on Sunday.",
            "The blaze began in Keswick late on Sunday.",
            [("Dunmore", "GPE")],
            [("Keswick", "GPE")],
            True,
        ),
        # a different person doing the same act
        (
            "Mayor Ann Cole opened the new bridge on Friday.",
            "Deputy mayor Tom Reed opened the new bridge on Friday.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            True,
        ),
        # a surname and the full name
        (
            "Cole opened the new bridge on Friday.",
            "Mayor Ann Cole opened the new bridge on Friday.",
            [("Cole", "PERSON")],
            [("Ann Cole", "PERSON")],
            False,
        ),
        # an acronym and the name it stands for
        (
            "The WVWA closed the spillway gates overnight.",
            "The Wend Valley Water Authority closed the spillway gates overnight.",
            [("WVWA", "ORG")],
            [("Wend Valley Water Authority", "ORG")],
            False,
        ),
        # a town in its country
        (
            "The blaze began in Dunmore late on Sunday.",
            "The blaze began in France late on Sunday.",
            [("Dunmore", "GPE")],
            [("France", "GPE")],
            False,
        ),
        # a town and a river: places of different kinds are granularity, not disagreement
        (
            "Floodwater reached Ashby Vale before dawn.",
            "Floodwater reached the Wend River before dawn.",
            [("Ashby Vale", "GPE")],
            [("Wend River", "LOC")],
            False,
        ),
        # different things said about different people
        (
            "Ann Cole praised the firefighters for their speed.",
            "Tom Reed asked why the siren sounded so late.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            False,
        ),
        # the other statement writes the same name: whatever the entity stage called each, one referent
        (
            "The third rescue was made by HMS Osprey in the strait.",
            "The third rescue was made by HMS Osprey in the strait, the navy said.",
            [("HMS Osprey", "ORG")],
            [("Patrol ship Osprey", "ORG")],
            False,
        ),
        # a marked update
        (
            "The inquiry is led by Ann Cole.",
            "The inquiry is now led by Tom Reed, who was later appointed.",
            [("Ann Cole", "PERSON")],
            [("Tom Reed", "PERSON")],
            False,
        ),
    ],
)
def test_conflicts_names_table(
    a: str, b: str, a_names: list[tuple[str, str]], b_names: list[tuple[str, str]], conflict: bool
) -> None:
    assert (name_conflict(a, b, a_names, b_names) is not None) is conflict


def test_conflicts_speakers_and_pronouns_name_no_one() -> None:
    """Two sources telling one thing differ in who says it, not in who did it: a name in the attribution
    (masked) or a pronoun resolved to someone ("his") is no disagreement on who."""
    from storyline.compare.align import Unit
    from storyline.compare.facts import build_facts
    from storyline.model import Analysis, Article, Span

    a_text = "A witness told the Tidewater Star that the boy had no knife in his hand."
    b_text = "Pell says the boy had no knife in his hand."
    articles = [Article(id="a", text=a_text), Article(id="b", text=b_text)]
    analyses = [Analysis(article="a", version="t"), Analysis(article="b", version="t")]
    his_a, his_b = a_text.index("his"), b_text.index("his")
    units = [
        Unit.make(
            span=Span(article="a", start=0, end=len(a_text)),
            text=a_text,
            report=0,
            mentions=[(0, 9, "w"), (his_a, his_a + 3, "w")],
            mask=[(0, 38)],
        ),
        Unit.make(
            span=Span(article="b", start=0, end=len(b_text)),
            text=b_text,
            report=1,
            mentions=[(0, 4, "p"), (his_b, his_b + 3, "p")],
            mask=[(0, 4)],
        ),
    ]
    names = {"w": ("witness", "PERSON"), "p": ("Dana Pell", "PERSON")}
    facts = build_facts(articles, analyses, units, [[0, 1]], names=names)
    assert [f.status for f in facts] == ["corroborated"]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a day of a month is a date, no count of days
        (
            "The judge set the hearing for Oct 14, just days before the party congress opens.",
            "The hearing is scheduled for three days before the start of the party congress.",
            False,
        ),
        ("The vote moved to 9 March, days before the summit.", "The vote comes five days before the summit.", False),
        # "and a half" is part of the figure
        ("The panel deliberated for six and a half hours.", "The panel deliberated for nearly 9 hours.", True),
        ("The panel deliberated for six and a half hours.", "The panel deliberated for 6.5 hours.", False),
        # a quake's strength, however it is written
        ("The 5.9-magnitude quake struck the valley.", "A magnitude 6.4 earthquake shook the valley.", True),
        ("A magnitude-6.1 tremor hit the valley.", "The 6.1 magnitude quake struck the valley.", False),
        # one distance in two systems; a direction after it is no counted noun
        ("The epicentre lay 40 kilometres north of Tarvel.", "The epicentre lay 25 miles north of Tarvel.", False),
        ("The epicentre lay 40 kilometres north of Tarvel.", "The epicentre was located 55 kilometers north.", True),
        # a bound still softens the comparison
        ("The flood killed at least 420 people.", "The flood killed more than 400 people.", False),
    ],
)
def test_conflicts_days_of_months_fractions_magnitudes_distances(a: str, b: str, conflict: bool) -> None:
    assert (number_conflict(a, b) is not None) is conflict, number_conflict(a, b)


def test_conflicts_a_magnitude_needs_no_shared_verb() -> None:
    # two reports of one quake give its strength with other verbs: the same_verb reading still compares them
    a, b = "The 5.9-magnitude quake struck the valley at dawn.", "A magnitude 6.4 earthquake shook the region."
    assert number_conflict(a, b, same_verb=True) == "5.9 vs 6.4 magnitude"


def test_a_known_place_opening_a_name_locates_it_and_names_nothing_else() -> None:
    """QA N: "Baltimore Key Bridge" (a headline's) and "Francis Scott Key Bridge" are one bridge."""
    a = "Six workers missing in Francis Scott Key Bridge collapse presumed dead"
    b = "Baltimore Key Bridge collapse: six missing workers presumed dead"
    facility = "FAC"
    assert name_conflict(a, b, [("Francis Scott Key Bridge", facility)], [("Baltimore Key Bridge", facility)]) is None
    assert name_conflict(a, b, [("Francis Scott Key Bridge", facility)], [("Baltimore Harbor Tunnel", facility)])


def test_the_first_count_of_a_breakdown_by_place_is_no_figure_for_the_whole() -> None:
    """QA N: "105 people in Tarvella, 85 in Deen, five in Oskerin ... have been injured" gives no total to set
    against "85 people were injured in Deen and 55 in Tarvella" (140)."""
    a = "At least 85 people were injured in Deen and 55 in Tarvella, an official said."
    b = "Police said that 105 people in Tarvella, 85 in Deen, five in Oskerin and one in Brim have been injured."
    assert number_conflict(a, b) is None
    assert number_conflict("At least 140 people were injured, an official said.", "Police said 96 people were injured.")
