"""Reported speech read wrongly in blind QA reviews (evidence taken for speech, the content of "admitted to",
an outlet's own report), each case in invented text."""

from __future__ import annotations

from quote_helpers import run

# ---- happenings that show something: evidence, not speech -----------------------------------------------------


def test_a_count_of_layoffs_that_shows_something_is_evidence_not_speech() -> None:
    assert run("The 4,000 layoffs at Orvex show the sector is cooling.") == ()
    assert run("The 4,000 layoffs at Orvex showed that the sector was cooling.") == ()


def test_closures_and_a_wave_of_cuts_that_suggest_something_are_no_one_s_words() -> None:
    assert run("The three closures suggest that the market is weakening.") == ()
    assert run("A wave of job cuts indicates that the market is weakening.") == ()


def test_polls_that_show_something_stay_attributions() -> None:
    quotes = run("Three polls show that voters favour Tomas Varda.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "voters favour Tomas Varda")]


def test_a_company_that_suggests_something_still_speaks() -> None:
    quotes = run("Orvex suggested that the market is weakening.")
    assert [(q.speaker, q.text) for q in quotes] == [("Orvex", "the market is weakening")]


# ---- "admitted to X": the content is X, without the reporter's aside on a place ---------------------------------


def test_what_is_admitted_to_is_the_noun_phrase_not_the_aside_on_the_place() -> None:
    text = "The culture minister admitted to security failings at the Halden Museum, which houses the Blue Crown."
    assert [(q.kind, q.text) for q in run(text)] == [("indirect", "security failings at the Halden Museum")]


def test_a_confession_to_an_act_is_reported() -> None:
    assert [(q.speaker, q.text) for q in run("Lina Marsh confessed to the theft.")] == [("Lina Marsh", "the theft")]


def test_an_aside_after_a_warning_is_left_out_of_what_was_warned_against() -> None:
    text = "The mayor warned against cuts at the Tarn Library, which voters funded in May."
    assert [q.text for q in run(text)] == ["cuts at the Tarn Library"]


# ---- an outlet's own report -------------------------------------------------------------------------------------


def test_an_outlet_that_also_reports_something_is_the_speaker_of_its_report() -> None:
    text = "The museum reopened on Wednesday. KTV also reports that the robbers used a crane to reach the balcony."
    assert [(q.kind, q.speaker, q.text) for q in run(text)] == [
        ("indirect", "KTV", "the robbers used a crane to reach the balcony")
    ]


def test_a_credit_right_after_that_qualifies_the_reported_clause_not_the_report() -> None:
    text = "The Courier also reports that, according to police, the suspects fled north, and that the road was closed."
    credited = [(q.speaker, q.text) for q in run(text) if q.speaker == "police"]
    assert credited == [("police", "the suspects fled north")]


def test_a_credit_after_that_leaves_the_teller_s_own_quoted_contrast_to_the_teller() -> None:
    text = 'Ruiz said that according to its count, the party has won 80 percent of the vote, but "we are counting."'
    credited = [(q.speaker, q.text) for q in run(text) if q.speaker == "its count"]
    assert credited == [("its count", "the party has won 80 percent of the vote")]


def test_an_aside_on_a_named_place_closing_an_admitted_clause_is_left_out() -> None:
    text = "The minister admitted there were security failings at the Halden Museum, which houses the Blue Crown."
    assert [q.text for q in run(text)] == ["there were security failings at the Halden Museum"]


def test_a_where_clause_on_a_place_stays_in_what_was_said() -> None:
    text = "Ruiz said the fines worked in Tarvia, where the mines were closed."
    assert [q.text for q in run(text)] == ["the fines worked in Tarvia, where the mines were closed"]
