"""Facts from aligned statement groups (written examples)."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, Span

QUOTE = "“I heard the siren and thought it was a test. Then I looked out and the lane was a river.”"
TEXT_A = QUOTE + " said Hana Brisk."
TEXT_B = "Hana Brisk said she heard the siren and thought it was a test."


def _unit(article: str, text: str, report: int, start: int, end: int, kind: str = "sentence") -> Unit:
    return Unit.make(span=Span(article=article, start=start, end=end), text=text[start:end], report=report, kind=kind)


def _facts(groups: list[list[int]]) -> list[tuple[str, tuple[str, ...]]]:
    articles = [Article(id="a", text=TEXT_A), Article(id="b", text=TEXT_B)]
    analyses = [Analysis(article="a", version="t"), Analysis(article="b", version="t")]
    first = TEXT_A.index("Then") - 1
    units = [
        _unit("a", TEXT_A, 0, 1, len(QUOTE) - 1, kind="quote"),  # the whole quote
        _unit("a", TEXT_A, 0, 1, first),  # its first sentence
        _unit("a", TEXT_A, 0, first + 1, len(QUOTE) - 1),  # its second sentence
        _unit("b", TEXT_B, 1, 0, len(TEXT_B)),
    ]
    facts = build_facts(articles, analyses, units, groups)
    return [(f.text, tuple(s.article for s in f.support)) for f in facts]


def test_facts_pieces_of_a_fact_held_whole_are_folded() -> None:
    facts = _facts([[0], [1], [2], [3]])
    assert [f[0] for f in facts] == [QUOTE[1:-1], TEXT_B]


def test_facts_a_piece_aligned_with_another_report_stays() -> None:
    facts = _facts([[0], [1, 3], [2]])
    assert [f[1] for f in facts] == [("a",), ("a", "b")]


def test_facts_unaligned_pieces_of_one_sentence_are_one_fact_again() -> None:
    text = "He urged people to stay off the valley road, which remained partly closed last night."
    cut = text.index(", which")
    articles = [Article(id="a", text=text)]
    analyses = [Analysis(article="a", version="t")]
    units = [_unit("a", text, 0, 0, cut), _unit("a", text, 0, cut + 2, len(text) - 1, kind="clause")]
    facts = build_facts(articles, analyses, units, [[0], [1]])
    assert [f.text for f in facts] == [text[:-1]]


def test_facts_a_long_sentence_repeated_word_for_word_is_one_source() -> None:
    from storyline.model import MetaValue

    copied = "The ferry company said on Monday that all crossings would stop until the harbour wall is repaired."
    own = "All ferry crossings will stop until the harbour wall has been repaired, the company said on Monday."
    texts = [copied, copied, own]
    outlets = ["Harbour Herald", "Coast Daily", "Valley Post"]
    pairs = enumerate(zip(texts, outlets, strict=True))
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=o)) for i, (t, o) in pairs]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = [_unit(a.id, a.text, i, 0, len(a.text) - 1) for i, a in enumerate(articles)]
    two = build_facts(articles[:2], analyses[:2], units[:2], [[0, 1]])
    assert [f.independent_sources for f in two] == [1]
    three = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [f.independent_sources for f in three] == [2]
