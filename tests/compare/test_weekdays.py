"""Two reports that give one event different weekdays disagree on its day."""

from __future__ import annotations

from compare_helpers import compare_texts, conflicting

from storyline.compare.conflicts import weekday_conflict, weekdays

SEASON_A = (
    "Harwick open their league season away to Corbridge on Sunday, with Ossory keen for his future to be settled.\n"
    "The club have not commented on the reports."
)
SEASON_B = (
    "Ossory wants his future resolved before Harwick's first league game of the season against Corbridge on Saturday.\n"
    "He missed the friendly in Lisvane on Tuesday."
)


def test_weekdays_different_days_of_one_game_are_a_conflict() -> None:
    articles, cmp = compare_texts(("a", SEASON_A, "Harwick Echo"), ("b", SEASON_B, "City Radio"))
    sunday, _ = conflicting(cmp, articles, (0, "Corbridge on Sunday"), (1, "Corbridge on Saturday"))
    assert sunday.why == "Sunday vs Saturday"


def test_weekdays_the_day_words_were_said_is_no_day_of_the_event() -> None:
    """"said on Tuesday" tells when the words were said; another report may tell them a day later."""
    one = weekdays("The coach said on Tuesday the game against Corbridge would go ahead.")
    other = weekdays("The game against Corbridge will go ahead, the coach said Wednesday.")
    assert weekday_conflict(one, other, close=True) is None


def test_weekdays_one_resolved_date_is_no_conflict() -> None:
    """Two names that resolve to one date (a report's error in the name, or the time stage's) are left alone."""
    a, b = "the game against Corbridge on Sunday", "the game against Corbridge on Saturday"
    one = weekdays(a, [(a.index("Sunday"), len(a), "2031-08-13")])
    other = weekdays(b, [(b.index("Saturday"), len(b), "2031-08-13")])
    assert weekday_conflict(one, other) is None
    assert weekday_conflict(weekdays(a), weekdays(b)) == "Sunday vs Saturday"


def test_weekdays_of_alike_statements_with_other_neighbours_are_two_events() -> None:
    """QA N: "Friday's quake" and "had reached the area only early on Saturday" are the quake and the arrival."""
    one = weekdays("Officials feared the death toll in Friday's quake could rise as they could not reach the area.")
    other = weekdays(
        "Officials fear the death toll could rise as first responders had reached the area only early on Saturday."
    )
    assert weekday_conflict(one, other, close=True) is None
    same = weekdays("The agency on Saturday approved a new drug for the virus.")
    assert weekday_conflict(weekdays("The agency on Friday approved a new drug for the virus."), same, close=True)
