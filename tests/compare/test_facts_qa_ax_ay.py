"""Support must tell the line's own act, and one speaker's words have one origin (QA AX, AY; fictional)."""

from storyline.compare.facts import states


def test_a_statement_of_how_the_subject_came_about_does_not_state_the_line_s_act() -> None:
    line = "A curfew declared in Valdria before Monday midnight was lifted on Tuesday afternoon"
    assert not states(line, "The mayor was set to chair a council meeting on Tuesday, as efforts continued to "
                            "restore calm after a curfew was declared on Monday")
    assert states(line, "The curfew declared on Monday was lifted on Tuesday afternoon, officials said")
