"""Final scores of one match, as reports give them (fictional clubs)."""

from __future__ import annotations

from storyline.compare.scores import final_score, same_match, score_conflict

WON = "Harbour Town sealed a 2-0 victory over Millbrook Rovers on Saturday"
BEATEN = "Dale Fenwick was sacked after his Millbrook Rovers side were beaten 3-0 at Harbour Town."
LOSS = "Millbrook Rovers dismissed Dale Fenwick on Sunday morning following the 0-3 league loss to Harbour Town."
HEADLINE = "Harbour Town 3-0 Millbrook Rovers"
OTHER_MATCH = "Millbrook Rovers' 4-0 win over Castlegate in August was their best of the season"


def test_scores_read_without_their_order() -> None:
    score = final_score(LOSS)
    assert score is not None
    assert score.figures == (3, 0)
    assert score_conflict(BEATEN, LOSS) is None  # "0-3 loss" from the loser's side is the same score
    assert score_conflict(HEADLINE, BEATEN) is None


def test_scores_of_one_match_that_differ_conflict() -> None:
    assert score_conflict(WON, BEATEN) == "2-0 vs 3-0 score"
    assert score_conflict(WON, LOSS) == "2-0 vs 0-3 score"
    assert score_conflict(WON, HEADLINE) == "2-0 vs 3-0 score"


def test_scores_of_different_matches_are_not_compared() -> None:
    assert not same_match(OTHER_MATCH, BEATEN)
    assert score_conflict(OTHER_MATCH, WON) is None


def test_scores_that_are_no_final_score() -> None:
    assert final_score("The court ruled 6-3 that Harbour Town must pay") is None  # a vote
    assert final_score("Harbour Town led 1-0 at half-time before Millbrook Rovers won 2-1") is None
    assert final_score("Rovers won 2-1 against Harbour Town last season") is None
    assert final_score("a dismal start to the 2022-23 campaign with two wins") is None  # a season
    assert final_score("between 10-15 people were hurt") is None  # no result told, no sides
