"""A whole quoted sentence right after its cue, no comma between ('Ruiz said “Velm deserves ...”'), is direct
speech; a few quoted words, or a clause after "that", stay partial. All text is invented."""

from __future__ import annotations

from quote_helpers import run


def _kinds(text: str, words: str) -> list[str]:
    """The kinds of the quotes of ``text`` that start with ``words`` (the quoted words, not a clause around them)."""
    return [q.kind for q in run(text) if q.text.startswith(words)]


def test_quotes_a_whole_sentence_after_its_cue_is_direct() -> None:
    text = ("Harbour press secretary Ines Ruiz said \u201cVelm deserves a port that is open to every angler.\u201d "
            "The ruling was welcomed.")
    assert _kinds(text, "Velm deserves") == ["direct"]


def test_quotes_a_few_words_or_a_that_clause_stay_partial() -> None:
    words = "Ines Ruiz called the ruling \u201ca fair day\u201d for the port, officials said."
    assert _kinds(words, "a fair day") == ["partial"]
    clause = "Ines Ruiz said that \u201cVelm deserves a port that is open to every angler.\u201d The ruling stands."
    assert _kinds(clause, "Velm deserves") != ["direct"]
