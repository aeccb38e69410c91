"""One speaker's one short quoted line carried by several reports is one fact (blind review: a speaker's "we have
failed" in four reports was four facts). A sentence that says more than the line keeps its own fact and lends
the line alone; another speaker's line, or other words, stay apart."""

from __future__ import annotations

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.model import Analysis, Article, Fact, MetaValue, Quote, Span


def _facts(texts: list[str], speakers: list[str]) -> tuple[Fact, ...]:
    """Facts of one-sentence reports, each its own group, each quoting its text's double-quoted words as said by
    its speaker."""
    articles, analyses, units = [], [], []
    for i, (text, speaker) in enumerate(zip(texts, speakers, strict=True)):
        aid = f"r{i}"
        articles.append(Article(id=aid, text=text, outlet=MetaValue(value=f"Outlet {i}")))
        start = text.index("“") + 1
        end = text.index("”", start)
        said = text[start:end].rstrip(",.")
        span = Span(article=aid, start=start, end=start + len(said))
        at = text.index(speaker)
        quote = Quote(span=span, text=said, kind="direct", speaker=speaker,
                      speaker_span=Span(article=aid, start=at, end=at + len(speaker)))
        analyses.append(Analysis(article=aid, version="t", quotes=(quote,)))
        units.append(Unit.make(span=Span(article=aid, start=0, end=len(text)), text=text, report=i,
                               speakers=frozenset({speaker.split()[-1].lower()}), worded=True))
    return build_facts(articles, analyses, units, [[n] for n in range(len(units))])


def test_one_line_told_by_three_reports_is_one_fact() -> None:
    facts = _facts(
        [
            "“We have failed,” Mira Tollan said at a briefing.",
            "Mira Tollan admitted on Thursday: “We have failed.”",
            "“We have failed,” Mira Tollan told reporters, adding that vaccine supplies were short in Kessby.",
        ],
        ["Mira Tollan", "Mira Tollan", "Mira Tollan"],
    )
    line = next(f for f in facts if {s.article for s in f.support} == {"r0", "r1", "r2"})
    assert "Tollan" in line.text
    # the sentence that tells more keeps its own fact: the shortage is told by one report only
    shortage = next(f for f in facts if "vaccine" in f.text)
    assert [s.article for s in shortage.support] == ["r2"]
    assert len(facts) == 2


def test_another_speakers_line_stays_apart() -> None:
    facts = _facts(
        ["“We have failed,” Mira Tollan said at a briefing.", "“We have failed,” Oren Dask said at a rally."],
        ["Mira Tollan", "Oren Dask"],
    )
    assert len(facts) == 2


def test_other_words_stay_apart() -> None:
    facts = _facts(
        ["“We have failed,” Mira Tollan said at a briefing.", "“We have not failed,” Mira Tollan said at a rally."],
        ["Mira Tollan", "Mira Tollan"],
    )
    assert len(facts) == 2


def test_no_join_when_every_sentence_says_more_than_the_line() -> None:
    """The joined fact must read as who said the line: with no sentence that says little else, nothing is joined."""
    facts = _facts(
        [
            "“We have failed,” Mira Tollan told reporters, adding that vaccine supplies were short in Kessby.",
            "Speaking after the vote in Velmar, Mira Tollan said “we have failed” as protests spread to Orvale.",
        ],
        ["Mira Tollan", "Mira Tollan"],
    )
    assert len(facts) == 2
    assert all(len(f.support) == 1 for f in facts)
