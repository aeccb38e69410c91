"""Acts a verb of saying names that state nothing: a company reporting its accounts, a body calling a meeting, a
negated disclosure of details, a gerund of means or of what a cue says, a stance in a condition, and a claim that
is the object of a denial. None of them is a speech item."""

from __future__ import annotations

from quote_helpers import run


def cues(text: str) -> list[str]:
    return [text[q.cue_span.start : q.cue_span.end] for q in run(text) if q.cue_span is not None]


def test_a_company_reporting_profits_or_earnings_is_no_speech() -> None:
    text = (
        "Workers at Corvan Foods walked out on Tuesday.\n\n"
        "The union criticised a company that reported $4 billion in profits last year alone.\n\n"
        "Corvan is set to report earnings for the three months through March 31 next week.\n"
    )
    found = cues(text)
    assert "reported" not in found
    assert "report" not in found


def test_calling_a_meeting_is_no_speech() -> None:
    text = (
        "The Ardena Health Council called a meeting of experts on Thursday.\n\n"
        "The regional agency called the press conference in Velmont.\n"
    )
    assert "called" not in cues(text)


def test_a_negated_reveal_of_details_is_no_speech() -> None:
    text = "Corvan didn't reveal more specifics about the cuts.\n"
    assert "reveal" not in cues(text)


def test_a_gerund_opening_what_was_said_is_not_a_declaration() -> None:
    text = "Dr. Lena Morrow said declaring these fever outbreaks in Ostland an emergency is warranted.\n"
    assert "declaring" not in cues(text)


def test_claims_fronted_before_a_denial_are_no_cue() -> None:
    text = "Hackers tried to disrupt the Velmont games last year – claims Ardena denies.\n"
    assert "claims" not in cues(text)
