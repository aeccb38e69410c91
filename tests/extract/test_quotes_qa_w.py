"""Speech read wrongly in blind QA round W, each case in invented text."""

from __future__ import annotations

from quote_helpers import run
from test_quotes_qa_v import run_titled

# ---- a headline's act and what it says ------------------------------------------------------------------------


def test_a_headline_act_then_says_gives_the_act_s_subject_and_what_follows() -> None:
    text = (
        "Vantora CEO apologizes for tech outage, says systems should be recovering -WKN\n\n"
        "Vantora chief executive Dana Pike apologized on Friday for a failure that grounded flights in Marlow."
    )
    headline = [(q.speaker, q.text) for q in run_titled(text) if q.span.end <= text.index("\n")]
    # the resolver may name the company the chief speaks for; the words are the second clause's, no outlet tag
    assert [(speaker is not None and "Vantora" in speaker, said) for speaker, said in headline] == [
        (True, "systems should be recovering")
    ]


# ---- who speaks -----------------------------------------------------------------------------------------------


def test_a_closing_name_and_role_without_a_comma_before_said() -> None:
    text = (
        "At least 46 people were reported dead in the eastern town of Kell, Abdel-Karim Marsh, head of the town's"
        " main medical center said."
    )
    assert [(q.speaker, q.text) for q in run(text)] == [
        ("Abdel-Karim Marsh", "At least 46 people were reported dead in the eastern town of Kell")
    ]


def test_a_credit_closing_a_speaker_s_clause_is_no_part_of_it() -> None:
    text = (
        "German insurer Valdor said the outage prevented employees from logging into their computers,"
        " according to Orbit News."
    )
    said = [q.text for q in run(text) if q.speaker == "Valdor"]
    assert said == ["the outage prevented employees from logging into their computers"]


# ---- what is not speech, and what is ------------------------------------------------------------------------------


def test_a_place_that_found_itself_cut_off_reports_nothing() -> None:
    text = 'The town of Kell, in particular, found itself "completely cut off" from the world after two dams broke.'
    assert [q.text for q in run(text) if q.kind == "indirect"] == []


def test_what_a_problem_related_to_is_no_one_s_telling() -> None:
    text = "The problem related to how Vantora, running at the “kernel” level, interacts with the system."
    assert list(run(text)) == []


def test_a_warning_given_to_someone_about_something_keeps_both() -> None:
    text = (
        "Officials in eastern Marland warned the public about the coming storm, and on Sunday, they ordered"
        " residents to evacuate coastal areas."
    )
    warned = [q.text for q in run(text) if q.speaker == "officials in eastern Marland"]
    assert warned == ["the public about the coming storm"]
