"""A headline's speech is the outlet's summing up, kept out of who said what unless the body carries its words."""

from __future__ import annotations

from storyline.compare.quotes import merge_quotes
from storyline.model import Analysis, Furniture, Quote, Span

TEXT = (
    "‘Rough water’: Port of Velm says ferries halted for two days\n\n"
    "The Port of Velm said on Monday that ferries would stop for two days because of “rough water” at the harbour "
    "mouth, and that the crossing would reopen on Wednesday.\n"
)
HEADING = Span(article="a", start=0, end=TEXT.index("\n"))


def _quote(words: str, kind: str) -> Quote:
    start = TEXT.index(words)
    return Quote(span=Span(article="a", start=start, end=start + len(words)), text=words, kind=kind,
                 speaker="Port of Velm")


def _merged(*quotes: Quote) -> list[str]:
    analysis = Analysis(article="a", version="t", quotes=quotes, furniture=(Furniture(span=HEADING, kind="heading"),))
    return [f"{q.text}@{q.span.start}" for q in merge_quotes([analysis], [], texts={"a": TEXT})]


def test_a_headlines_reported_speech_is_left_out() -> None:
    body = _quote("ferries would stop for two days", "indirect")
    assert _merged(_quote("ferries halted for two days", "indirect"), body) == [
        f"ferries would stop for two days@{body.span.start}"
    ]


def test_a_headlines_quoted_words_held_by_a_body_quote_are_left_out() -> None:
    body = _quote("rough water", "partial")
    assert _merged(_quote("Rough water", "direct"), body) == [f"rough water@{body.span.start}"]


def test_a_headlines_quoted_words_the_body_carries_outside_a_quote_get_the_bodys_span() -> None:
    at = TEXT.index("rough water", HEADING.end)
    assert _merged(_quote("Rough water", "direct")) == [f"rough water@{at}"]


def test_a_body_quote_is_kept_where_the_report_has_no_heading() -> None:
    body = _quote("ferries would stop for two days", "indirect")
    merged = merge_quotes([Analysis(article="a", version="t", quotes=(body,))], [], texts={"a": TEXT})
    assert [q.text for q in merged] == ["ferries would stop for two days"]
