"""Thanksgiving: the United States' (fourth Thursday of November) or Canada's (second Monday of October), by the
country the text names; no value when it names both.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import pytest

from storyline.extract.timex import extract_timexes
from storyline.model import Article, MetaValue


def _thanksgiving(text: str, published: str) -> str | None:
    article = Article(id="t", text=text, published=MetaValue(value=published, inferred=False))
    return next(t.value for t in extract_timexes(article) if t.text.startswith("Thanksgiving"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Canadian story: Canada's Thanksgiving, 2031-10-13
        ("The Canadian premier of Velmont spoke in Ottawa during a Thanksgiving Monday news conference.", "2031-10-13"),
        # no country named: the usual one, 2031-11-27
        ("Mayor Dela Orsk carved the turkey on Thanksgiving.", "2031-11-27"),
        # an American story
        ("Americans crowded the roads of Tarnfield before Thanksgiving.", "2031-11-27"),
        # both named: no guess
        ("Families in Canada and the United States gathered for Thanksgiving.", None),
    ],
)
def test_timex_thanksgiving_follows_the_country_the_text_names(text: str, value: str | None) -> None:
    assert _thanksgiving(text, "2031-12-01") == value
