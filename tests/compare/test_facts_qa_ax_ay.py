"""Support must tell the line's own act, and one speaker's words have one origin (QA AX, AY; fictional)."""

from storyline.compare.facts import states


def test_a_statement_of_how_the_subject_came_about_does_not_state_the_line_s_act() -> None:
    line = "A curfew declared in Valdria before Monday midnight was lifted on Tuesday afternoon"
    assert not states(line, "The mayor was set to chair a council meeting on Tuesday, as efforts continued to "
                            "restore calm after a curfew was declared on Monday")
    assert states(line, "The curfew declared on Monday was lifted on Tuesday afternoon, officials said")


def test_one_act_in_two_places_is_two_facts() -> None:
    line = "Many commuters were left stranded in the tram systems of Orvale and Kessby, with cars stuck in tunnels"
    assert not states(line, "Hundreds of travelers found themselves stranded overnight in coach stations, with "
                            "commuters on a dozen cars also delayed late into the night")
    assert states(line, "Many commuters were stranded inside tram tunnels in Orvale and Kessby")
