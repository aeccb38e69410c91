"""Reported speech that is none, and contents and speakers read right (QA rounds X, Y and Z).

- a headline's belief or perception verb ("Rescuers race to find 12 missing") reports nothing; its "says" does;
- a noun the parse took for a verb ("the mayday call") is no cue;
- a clause of time hung on a cue ("... a disaster area Sunday after a plane crashed") is no reported clause;
- a lead-in closed by a dash before the cue ("When asked if ... — video shows ... — the official said this was
  likely not a factor") is not what was said: the clause after the cue is;
- a quotation told by someone "according to a statement" keeps its teller: a document speaks for no one;
- "said in a video posted on X that ..." is one report, the speaker's, not a second one of "posted" (QA X #10);
- quoted words that a closing "according to fire officials" credits are the officials' (QA Y #4);
- a hyphened word the parse split ("the data cross-checked from ...") does not cut the reported clause (QA Z #4);
- a quotation left open at a paragraph's end runs on into the next paragraph that closes it, when the copy lost that
  paragraph's opening mark (QA Z #9).

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.extract.entities import extract_entities
from storyline.extract.furniture import find_furniture
from storyline.extract.quotes import extract_quotes
from storyline.model import Article, Quote
from storyline.nlp.pipeline import parse


def _quotes(text: str) -> tuple[Quote, ...]:
    doc = parse(text)
    article = Article(id="a", text=text)
    furniture = find_furniture(article, doc)
    return extract_quotes(article, doc, extract_entities(article, doc, furniture=furniture), furniture)


def _contents(text: str) -> list[str]:
    return [text[q.span.start : q.span.end] for q in _quotes(text)]


def test_quotes_qa_y_a_headlines_finding_is_no_report_but_its_says_is() -> None:
    text = "Rescuers race to find 12 missing after eruption\n\nThe volcano erupted on Sunday, the agency said.\n"
    assert "12 missing" not in _contents(text)
    said = "Mayor Says Calder Bridge Will Reopen In May\n\nThe bridge closed on Sunday, the agency said.\n"
    assert any(c.startswith("Calder Bridge Will Reopen") for c in _contents(said))


def test_quotes_qa_y_a_noun_taken_for_a_verb_is_no_cue() -> None:
    text = (
        "Plane crash\n\nAfter the mayday call the control tower gave the captain clearance to land on the runway "
        "in the opposite direction, the ministry said.\n"
    )
    contents = _contents(text)
    assert "the control tower" not in contents
    assert any(c.startswith("After the mayday call") for c in contents)


def test_quotes_qa_y_a_clause_of_time_is_no_reported_clause() -> None:
    text = (
        "Plane crash\n\nActing President Han Do-yun declared Hwasun County, South Jeolla, a special disaster area "
        "Sunday after a Varn Air passenger plane crashed at Hwasun International Airport that morning, killing "
        "almost everyone on board.\n"
    )
    assert _contents(text) == []


def test_quotes_qa_y_the_answer_after_a_dashed_lead_in_is_what_was_said() -> None:
    text = (
        "Plane crash\n\nWhen asked if the crash happened because the runway was too short — video shows the jet "
        "leaving the tarmac and hitting a wall — the official said this was likely not a factor.\n"
    )
    assert _contents(text) == ["this was likely not a factor"]


def test_quotes_qa_y_a_statement_carrying_a_quotation_does_not_speak_it() -> None:
    text = (
        "Bus crash\n\n\"Passengers were thrown from the bus after it hit the wall,\" a local fire official told "
        "families at a briefing, according to a statement released by the fire brigade.\n"
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker is not None
    assert "official" in direct[0].speaker


def test_quotes_qa_x_a_medium_posted_in_the_attribution_reports_nothing_again() -> None:
    text = (
        "Tunnel rescue\n\nNira Velt, the country’s minister of road transport, said in a video posted on the social "
        "media platform X that she was “completely relieved and happy” after all of the workers were rescued from "
        "the Calder tunnel.\n"
    )
    indirect = [q for q in _quotes(text) if q.kind == "indirect"]
    assert [q.speaker for q in indirect] == ["Nira Velt"]


def test_quotes_qa_y_quoted_words_closed_by_a_credit_are_the_credited_sources() -> None:
    text = (
        "Ferry sinks off Calder\n\nA storm surge was cited by authorities as the likely cause of the sinking -- the "
        "worst ever maritime disaster on Varnish soil -- which threw passengers into the sea and left the ferry "
        "\"almost completely destroyed\", according to fire officials.\n"
    )
    quotes = _quotes(text)
    assert quotes
    assert all(q.speaker == "fire officials" for q in quotes)


def test_quotes_qa_z_a_hyphened_word_does_not_cut_the_reported_clause() -> None:
    text = (
        "Stadium crush\n\nEast Java Deputy governor Emil Darno said the data cross-checked from 10 hospitals in the "
        "area showed there were 125 fatalities.\n"
    )
    assert _contents(text) == [
        "the data cross-checked from 10 hospitals in the area showed there were 125 fatalities"
    ]


def test_quotes_qa_z_a_quotation_run_on_into_a_paragraph_that_lost_its_opening_mark() -> None:
    text = (
        "Lander update\n\n"
        "On its page, Orbit Works said, \"The lander is alive and well. Controllers are talking to it. The craft "
        "has good telemetry and solar charging.\n\n"
        "We continue to learn more about the craft's position, overall health and attitude. Our chief executive "
        "will take part in a press conference later today. Details will be published shortly.\"\n"
    )
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [text[q.span.start : q.span.end][:14] for q in direct] == ["The lander is ", "We continue to"]
    assert {q.speaker for q in direct} == {"Orbit Works"}
