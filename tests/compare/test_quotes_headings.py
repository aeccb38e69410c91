"""Who said what keeps out a headline's speech (unless the body carries its words) and a deed told inside another's
statement. Fictional texts."""

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


LILLY = "Orvane Pharma said on Tuesday that the Velm Drug Board had endorsed its sleep drug, which goes on sale soon.\n"


def _said(words: str, cue: str) -> Quote:
    start = LILLY.index(words)
    at = LILLY.index(cue)
    return Quote(span=Span(article="b", start=start, end=start + len(words)), text=words, kind="indirect",
                 cue_span=Span(article="b", start=at, end=at + len(cue)))


def test_a_deed_told_inside_someone_elses_statement_is_no_statement_of_the_doer() -> None:
    outer = _said("the Velm Drug Board had endorsed its sleep drug, which goes on sale soon", "said")
    inner = _said("its sleep drug, which goes on sale soon", "endorsed")
    merged = merge_quotes([Analysis(article="b", version="t", quotes=(outer, inner))], [], texts={"b": LILLY})
    assert [q.text for q in merged] == [outer.text]


def test_a_deed_told_by_the_report_itself_stays() -> None:
    text = "The Velm Drug Board endorsed the sleep drug on Tuesday.\n"
    start = text.index("the sleep drug")
    at = text.index("endorsed")
    quote = Quote(span=Span(article="c", start=start, end=start + 14), text="the sleep drug", kind="indirect",
                  cue_span=Span(article="c", start=at, end=at + 8))
    merged = merge_quotes([Analysis(article="c", version="t", quotes=(quote,))], [], texts={"c": text})
    assert [q.text for q in merged] == ["the sleep drug"]
