"""A thing's nickname in single marks inside reported speech ("saying the ‘grey screen of doom’ was caused by a
bug") is the writer's name for it, not words the speaker is quoted as saying."""

from __future__ import annotations

from quote_helpers import run


def test_a_single_quoted_nickname_after_the_is_no_partial_quote() -> None:
    text = (
        "The software firm's chief, Odile Marchetti, spoke on Monday in Port Averly, saying the "
        "'grey screen of doom' was caused by a faulty update."
    )
    quotes = run(text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].speaker == "Odile Marchetti"
