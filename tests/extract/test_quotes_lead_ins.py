"""Reported clauses and partial quotes whose parse puts a writer's lead-in or a nested stance in the way."""

from __future__ import annotations

from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def run(text: str) -> tuple[Quote, ...]:
    return extract_quotes(Article(id="t", text=text), parse(text), ())


def test_a_colon_lead_in_is_no_content_of_the_cue() -> None:
    text = (
        "An appeal seems likely: In a statement, defense attorney Mark Cohen said Bankman respects the "
        'jury\'s decision but maintains his innocence and will continue to "vigorously fight the charges."\n'
    )
    indirect = [q for q in run(text) if q.kind == "indirect" and q.text.startswith("Bankman respects")]
    assert [q.speaker for q in indirect] == ["Mark Cohen"]
    assert not any(q.text.startswith("An appeal") for q in run(text))


def test_quoted_words_inside_a_stance_told_in_the_present_are_the_tellers() -> None:
    text = (
        "Lawyer Ines Marlow said Tobin accepts the verdict but maintains his innocence and will "
        '"keep fighting every count."\n'
    )
    partial = [q for q in run(text) if q.kind == "partial"]
    assert [q.text for q in partial] == ["keep fighting every count."]
    assert (partial[0].speaker or "").endswith("Ines Marlow")  # the teller, not Tobin


def test_a_narrative_clause_before_a_cue_that_opens_a_quotation_is_not_reported() -> None:
    text = (
        "Interestingly, the trial of Berg-Lamont went on for about a month, and at 6:12 p.m. ET Friday, "
        "the clerk said, “the panel has reached a decision.” Reporters waited outside.\n"
    )
    quotes = run(text)
    assert [q.text for q in quotes] == ["the panel has reached a decision."]
    assert not any("trial" in q.text for q in quotes)


def test_a_quoted_subhead_continues_nobodys_words() -> None:
    text = (
        "“We are very disappointed with the result,” stated Ana Brill, the lawyer representing Tobin.\n"
        "‘One of the Largest Thefts in the History of Valdor’\n"
        "On the other hand, Chief Prosecutor Ruth Amsel said Tobin lied to everyone.\n"
    )
    head = [q for q in run(text) if q.text.startswith("One of the Largest")]
    assert [(q.kind, q.speaker) for q in head] == [("direct", None)]


def test_a_quoted_paragraph_in_plain_sentence_case_still_continues_its_speaker() -> None:
    text = (
        "“We are very disappointed with the result,” stated Ana Brill, the lawyer representing Tobin.\n"
        "“We will appeal, and we expect to win it.”\n"
    )
    later = [q for q in run(text) if q.text.startswith("We will appeal")]
    assert [q.speaker for q in later] == ["Ana Brill"]


def _indirect(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, text[q.cue_span.start : q.cue_span.end] if q.cue_span else "") for q in run(text)
            if q.kind == "indirect"]


def test_a_hearsay_passive_closed_by_its_agent_speaks_for_the_agent() -> None:
    text = "The storm hit the coast. It was reported to have a wind speed of 180 km/h by Valdor’s weather office.\n"
    assert _indirect(text) == [
        ("It was reported to have a wind speed of 180 km/h", "Valdor’s weather office", "reported")
    ]


def test_an_estimate_of_a_thing_at_a_figure_is_reported() -> None:
    text = "However, the National Hurricane Center estimated the storm’s wind speed at 160 km/h.\n"
    assert _indirect(text) == [("the storm’s wind speed at 160 km/h", "National Hurricane Center", "estimated")]


def test_as_per_a_statement_from_someone_speaks_for_its_author() -> None:
    text = "Most damage occurred in low-lying towns, as per an earlier statement from a local official.\n"
    assert _indirect(text) == [("Most damage occurred in low-lying towns", "local official", "as per")]


def test_a_clause_quoted_over_two_sentences_before_its_attribution_is_reported_whole() -> None:
    text = (
        "The people of Dunmore “deserve someone who is with them. That is Ana Ruiz,” said the man who built "
        "his career in the town.\n"
    )
    quotes = run(text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["The people of Dunmore “deserve someone who is with them. That is Ana Ruiz"]
    assert [q.text for q in quotes if q.kind == "partial"] == ["deserve someone who is with them. That is Ana Ruiz,"]
    assert indirect[0].cue_span is not None
    assert text[indirect[0].cue_span.start : indirect[0].cue_span.end] == "said"


def test_a_subject_between_the_closing_mark_and_the_cue_still_attributes_the_clause() -> None:
    text = (
        "Instead, Dana Wells “is taking a shortcut to the council. Sadly, the race has hit a pothole,” "
        "Schroeder wrote.\n"
    )
    indirect = [q for q in run(text) if q.kind == "indirect"]
    assert [(q.text, q.speaker) for q in indirect] == [
        ("Dana Wells “is taking a shortcut to the council. Sadly, the race has hit a pothole", "Schroeder")
    ]


def test_quoted_words_of_one_sentence_before_a_clause_of_the_writer_are_not_a_lead_clause() -> None:
    text = 'Someone called it a "quiet storm," and I agree with that.\n'
    assert not [q for q in run(text) if q.kind == "indirect" and q.text.startswith("Someone")]


def test_quoted_words_opening_a_sentence_the_reporter_goes_on_make_one_clause() -> None:
    text = "“We are shaken and horrified” by the fire at the depot, Nefzi said. He left.\n"
    quotes = run(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "“We are shaken and horrified” by the fire at the depot"),
        ("partial", "We are shaken and horrified"),
    ]
    assert {q.speaker for q in quotes} == {"Nefzi"}


def test_a_tail_that_holds_the_speaker_is_no_clause() -> None:
    text = '"From day one, I made the river my priority," the bespectacled, 71-year-old mayor said.\n'
    assert [q.kind for q in run(text)] == ["direct"]


def test_a_clause_stops_before_a_second_cue_joined_on_that_opens_a_quotation() -> None:
    text = (
        "Mayor Ana Ruiz said she welcomed the audit of the harbour and added, \"I'll answer every question.\"\n"
    )
    quotes = run(text)
    assert "she welcomed the audit of the harbour" in [q.text for q in quotes if q.kind == "indirect"]
    assert not [q for q in quotes if q.kind == "indirect" and "added" in q.text]
    assert "I'll answer every question." in [q.text for q in quotes if q.kind == "direct"]


def test_characterizing_or_portraying_something_as_quoted_words_is_a_cue() -> None:
    text = "Ruiz characterized the new budget as “a little desperate, a plan that fixes nothing.”\n"
    quotes = run(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "the new budget as “a little desperate, a plan that fixes nothing.”"),
        ("partial", "a little desperate, a plan that fixes nothing."),
    ]
    assert {q.speaker for q in quotes} == {"Ruiz"}
    portrayed = run("Ruiz portrayed Dale as “a man who would sell the pier.”\n")
    assert [(q.kind, q.speaker) for q in portrayed] == [("indirect", "Ruiz"), ("partial", "Ruiz")]


def test_blaming_something_on_quoted_words_is_a_cue() -> None:
    quotes = run("Ana Ruiz blamed the flooding on “a decade of neglect by the harbour board.”\n")
    assert [(q.kind, q.text) for q in quotes] == [
        ("indirect", "the flooding on “a decade of neglect by the harbour board.”"),
        ("partial", "a decade of neglect by the harbour board."),
    ]


def test_a_reported_clause_never_ends_on_a_hanging_subordinator_but_a_quotation_keeps_its_words() -> None:
    text = (
        "Tarvella official Ana Ruiz told reporters that at least 34 people had been killed in her district while in "
        "neighbouring Deen district, police official Tom Bale said at least 35 deaths had been reported.\n"
    )
    ruiz = [q.text for q in run(text) if q.speaker == "Ana Ruiz"]
    assert ruiz == ["at least 34 people had been killed in her district"]
    kept = run("Ana Ruiz joked that she likes a “quiet protest every once in a while” after work.\n")
    assert "quiet protest every once in a while" in [q.text for q in kept if q.kind == "partial"]
