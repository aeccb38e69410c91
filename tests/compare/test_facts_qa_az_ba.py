"""Support must tell the whole line, and one deed told in other words is one fact (QA AZ, BA; fictional)."""

from storyline.compare.facts import states


def test_a_statement_telling_one_side_of_a_line_does_not_state_it() -> None:
    line = "many boats were smashed beyond repair and sunk inside the harbour, while others had been thrown onto the quay"
    assert not states(line, "Many boats still lay sunk inside the harbour.")
    # one that tells both sides does
    assert states(line, "Many boats sank in the harbour and others were thrown onto the quay")
    # a line of one side only is stated as before
    assert states("many boats were smashed beyond repair and sunk inside the harbour",
                  "Many boats still lay sunk inside the harbour.")
