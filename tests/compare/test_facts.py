"""Facts from aligned statement groups (written examples)."""

from __future__ import annotations

from dataclasses import replace

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


STATEMENT = "We have closed the weir for now. If the river rises again, nobody should be surprised."
HERALD = f'"{STATEMENT}" Vell Dam Authority spokesperson Ida Morrow said in a statement.'
POST = f'Authority spokesperson Ida Morrow posted on Tuesday: "{STATEMENT}"'


def _reports(texts: list[str], outlets: list[str]) -> tuple[list[Article], list[Analysis]]:
    from storyline.model import MetaValue

    pairs = enumerate(zip(texts, outlets, strict=True))
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=o)) for i, (t, o) in pairs]
    return articles, [Analysis(article=a.id, version="t") for a in articles]


def _statement_facts() -> list[tuple[str, int, str | None]]:
    """The authority's statement quoted whole by two outlets, each of which got it firsthand."""
    articles, analyses = _reports([HERALD, POST], ["Harbour Herald", "Valley Post"])
    units = []
    for i, a in enumerate(articles):
        start = a.text.index(STATEMENT)
        unit = _unit(a.id, a.text, i, start, start + len(STATEMENT), kind="quote")
        units.append(replace(unit, worded=True, speakers=frozenset({"E1"})))
    facts = build_facts(articles, analyses, units, [[0, 1]], names={"E1": ("Ida Morrow", "PERSON")})
    return [(f.status, f.independent_sources, f.origin) for f in facts]


def test_facts_one_statement_quoted_by_two_outlets_is_one_source() -> None:
    """Two outlets printing what one spokesperson said confirm the words were said, not what they say."""
    assert _statement_facts() == [("single", 1, "Ida Morrow")]


def test_facts_a_paraphrase_beside_a_quoted_statement_still_counts() -> None:
    """Only the quotes are one source: a report that tells the same in its own words is another."""
    own = "The weir was shut for now, the Valley Post learned, and the river may rise again."
    articles, analyses = _reports([HERALD, POST, own], ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = []
    for i, a in enumerate(articles[:2]):
        start = a.text.index(STATEMENT)
        units.append(replace(_unit(a.id, a.text, i, start, start + len(STATEMENT), kind="quote"), worded=True))
    units.append(_unit("r2", own, 2, 0, len(own) - 1))
    facts = build_facts(articles, analyses, units, [[0, 1, 2]])
    assert [(f.status, f.independent_sources) for f in facts] == [("corroborated", 2)]


def test_facts_words_lifted_from_a_quoted_statement_join_it() -> None:
    """A report quoting a few words of a statement it also quotes whole repeats it: one fact, shown whole."""
    lead = 'Officials say "nobody should be surprised" if the river rises again. ' + HERALD
    articles, analyses = _reports([lead, POST], ["Harbour Herald", "Valley Post"])
    part = lead.index("nobody should be surprised")
    units = [replace(_unit("r0", lead, 0, part, part + len("nobody should be surprised"), kind="quote"), worded=True)]
    for i, a in enumerate(articles):
        start = a.text.index(STATEMENT)
        units.append(replace(_unit(a.id, a.text, i, start, start + len(STATEMENT), kind="quote"), worded=True))
    facts = build_facts(articles, analyses, units, [[0], [1, 2]])
    assert [(f.text, len(f.support), f.independent_sources) for f in facts] == [(STATEMENT, 3, 1)]


def _count_facts(texts: list[str], groups: list[list[int]]) -> list[tuple[str, str]]:
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post"])
    units = [_unit(a.id, a.text, i, 0, len(a.text) - 1) for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, groups)
    return [(f.status, f.text) for f in facts]


WAGONS_A = "Seven wagons overturned, the fire service said."
WAGONS_B = "Eight wagons and two tankers overturned, the operator said, leaving the main line blocked for a day."


def test_facts_a_count_in_loosely_worded_statements_still_conflicts() -> None:
    """Aligned statements that share few words but give one count (the same noun, the same verb) differently
    disagree: "seven wagons overturned" is no corroboration of "eight wagons and two tankers overturned"."""
    assert [s for s, _ in _count_facts([WAGONS_A, WAGONS_B], [[0, 1]])] == ["conflict", "conflict"]


def test_facts_single_source_counts_that_disagree_are_set_against_each_other() -> None:
    """Two statements alignment left apart, each of one report, that count the same thing differently."""
    aboard_a = "The ferry was carrying about 207 passengers and crew members when it struck the pier at dawn."
    aboard_b = "It had 243 passengers and 12 crew on board, its operator said."
    assert [s for s, _ in _count_facts([aboard_a, aboard_b], [[0], [1]])] == ["conflict", "conflict"]
    # the same noun counted for another act stays apart
    other = "Police arrested 12 passengers after the ferry docked."
    assert [s for s, _ in _count_facts([aboard_a, other], [[0], [1]])] == ["single", "single"]


def _said_facts(speakers: list[str]) -> list[tuple[str, int, str | None]]:
    """One claim told in reported speech by two outlets, each credited to the given speaker."""
    texts = [
        "Ida Morrow said the weir would stay shut until Friday.",
        "The weir will stay shut until Friday, authority spokesperson Ida Morrow told reporters.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post"])
    units = [
        replace(_unit(a.id, a.text, i, 0, len(a.text) - 1), speakers=frozenset({who}))
        for i, (a, who) in enumerate(zip(articles, speakers, strict=True))
    ]
    names = {"E1": ("Ida Morrow", "PERSON"), "E2": ("Tom Reed", "PERSON")}
    facts = build_facts(articles, analyses, units, [[0, 1]], names=names)
    return [(f.status, f.independent_sources, f.origin) for f in facts]


def test_facts_one_speaker_told_by_two_outlets_is_one_source() -> None:
    """What one spokesperson said, reported in other words by two outlets, has one source: the spokesperson."""
    assert _said_facts(["E1", "E1"]) == [("single", 1, "Ida Morrow")]
    assert _said_facts(["E1", "E2"]) == [("corroborated", 2, None)]


def test_facts_a_conflicting_statement_still_supports_what_else_it_says() -> None:
    """A sentence that gives a disputed count and tells more ("... 412 passengers ... as it sailed north from
    Alder to Brill") goes to the conflict, and still corroborates the rest of its group (QA A: the "eastbound
    from Los Angeles to Chicago" pair was lost to the count conflict)."""
    sailing = "It said the ferry was sailing north from Alder to Brill when it struck the pier."
    count = "Approximately 412 passengers and 9 crew were on board."
    texts = [
        f"{sailing} {count}",
        "The ferry with 412 passengers and nine crew on board hit the pier as it sailed north from Alder to Brill.",
        "The ferry was carrying about 207 passengers and crew when it hit the pier.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = [
        _unit("r0", texts[0], 0, 0, len(sailing) - 1),
        _unit("r0", texts[0], 0, len(sailing) + 1, len(texts[0]) - 1),
        _unit("r1", texts[1], 1, 0, len(texts[1]) - 1),
        _unit("r2", texts[2], 2, 0, len(texts[2]) - 1),
    ]
    facts = build_facts(articles, analyses, units, [[0, 1, 2], [3]])
    assert sorted(f.status for f in facts) == ["conflict", "conflict", "corroborated"]
    (rest,) = [f for f in facts if f.status == "corroborated"]
    assert [s.article for s in rest.support] == ["r0", "r1"]


def test_facts_one_speakers_quote_and_reported_words_are_one_source() -> None:
    """A statement two outlets quote word for word and a third tells in reported speech, all from one speaker,
    has one source: the quotes' carriers already point at the speaker, and so does the paraphrase."""
    told = "Ida Morrow said the weir was closed and nobody should be surprised if the river rose."
    articles, analyses = _reports([HERALD, POST, told], ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = []
    for i, a in enumerate(articles[:2]):
        start = a.text.index(STATEMENT)
        unit = _unit(a.id, a.text, i, start, start + len(STATEMENT), kind="quote")
        units.append(replace(unit, worded=True, speakers=frozenset({"E1"})))
    units.append(replace(_unit("r2", told, 2, 0, len(told) - 1), speakers=frozenset({"E1"})))
    facts = build_facts(articles, analyses, units, [[0, 1, 2]], names={"E1": ("Ida Morrow", "PERSON")})
    assert [(f.status, f.independent_sources, f.origin) for f in facts] == [("single", 1, "Ida Morrow")]


def test_facts_one_statement_credited_differently_comes_from_its_speaker() -> None:
    """A statement three outlets print word for word, credited to "a board spokesman", to "the board" and to
    the board by name, comes from the board (the one speaker named by a proper name), not from whichever
    report carried it first."""
    texts = [
        f'A board spokesman said: "{STATEMENT}"',
        f'"{STATEMENT}" the board said in a short statement.',
        f'"{STATEMENT}" Harbour Board said on Friday.',
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = []
    for i, (a, who) in enumerate(zip(articles, ["E1", "~the board", "E2"], strict=True)):
        start = a.text.index(STATEMENT)
        unit = _unit(a.id, a.text, i, start, start + len(STATEMENT), kind="quote")
        units.append(replace(unit, worded=True, speakers=frozenset({who})))
    names = {"E1": ("board spokesman", "PERSON"), "E2": ("Harbour Board", "ORG")}
    facts = build_facts(articles, analyses, units, [[0, 1, 2]], names=names)
    assert [(f.status, f.independent_sources, f.origin) for f in facts] == [("single", 1, "Harbour Board")]
    # known only by descriptions, the speaker is still the origin: the first report's
    facts = build_facts(articles[:2], analyses[:2], units[:2], [[0, 1]], names=names)
    assert [f.origin for f in facts] == ["board spokesman"]
