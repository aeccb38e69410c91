"""What the blind QA rounds "az" and "ba" found in the quote ledger, on fictional texts: acts and states filed as
speech (a duty a law lays on people, an unknown), a
reported finding cut short by a misparsed participle, and a remark made with a light verb ("made the caveat
that ...") left out."""

from __future__ import annotations

from quote_helpers import run


def _cues(text: str) -> list[str]:
    return [text[q.cue_span.start : q.cue_span.end] for q in run(text) if q.cue_span is not None]


def test_an_unknown_is_no_belief() -> None:
    text = "Officials did not know how many people were in the Harrow tower when it fell.\n"
    assert "know" not in _cues(text)


def test_finding_runs_past_a_misparsed_participle() -> None:
    text = (
        "Five justices upheld an appeal court ruling that found the deal struck between Vell and Dorna was "
        "unlawful because Vell could not be considered a safe country.\n"
    )
    found = [q.text for q in run(text) if q.kind == "indirect"]
    assert found == [
        "the deal struck between Vell and Dorna was unlawful because Vell could not be considered a safe country"
    ]


def test_caveat_made_is_a_statement() -> None:
    text = (
        "The judge made the caveat that while proper checks may be put in place in the future, “they have not "
        "been shown to be in place now.”\n"
    )
    assert any("they have not been shown" in q.text and q.speaker == "judge" for q in run(text))
