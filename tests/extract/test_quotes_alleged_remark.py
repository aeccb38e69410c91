"""A remark someone "is alleged to have told" another is the accused one's, alleged: the passive subject of
"alleged"/"said"/"reported" before a verb of telling speaks. Fictional texts."""

from __future__ import annotations

from quote_helpers import speakers


def test_an_alleged_remark_is_the_accused_ones() -> None:
    text = (
        "Minister quits\n\n"
        "Defence minister Tobias Renwick resigned on Monday after complaints about his conduct.\n\n"
        "Renwick is alleged to have told a senior official to \u201cstay out of my way\u201d during a meeting.\n"
    )
    assert set(speakers(text, "stay out of my way")) == {"Tobias Renwick"}

