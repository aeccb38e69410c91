"""Versions of one wire story, and reports named by another's credit (written examples, no spaCy)."""

from __future__ import annotations

from compare_helpers import fact_with as _fact_with

from storyline.compare import compare_story
from storyline.compare.copies import find_kin
from storyline.compare.provenance import named_by_credit
from storyline.extract.citations import extract_citations
from storyline.model import Analysis, Article, MetaValue, Quote, Span

# an early and a later version of one agency story, run by two papers: three long passages word for word,
# the rest rewritten or new, so that few whole statements are twins
EARLY = (
    "Flood barriers failed in the river town of Marsh Elling on Tuesday, a radio report said.\n"
    "The failure was a fresh blow to the county council as it struggles to finish the repairs it promised "
    "last winter.\n"
    "Council leader Oren Pask ordered an inquiry after a meeting with engineers at the town hall on Tuesday "
    "evening.\n"
    "Two schools in the lower town were closed and the main road to Dunmore was shut by the police.\n"
    "Residents of the lower town were told to move their cars to the car park beside the old mill.\n"
    "A pumping station near the quay had also stopped working because its power supply was cut by the water."
)
LATER = (
    "Flood barriers gave way in Marsh Elling today and water ran into the lower town.\n"
    "The failure was a fresh blow to the county council as it struggles to finish the repairs it promised "
    "last winter.\n"
    "Volunteers filled sandbags through the night at the fire station on Quay Street.\n"
    "Council leader Oren Pask ordered an inquiry after a meeting with engineers at the town hall on Tuesday "
    "evening.\n"
    "The army sent two lorries of pumps from the depot at Fallow Cross.\n"
    "A pumping station near the quay had also stopped working because its power supply was cut by the water.\n"
    "Forecasters expect more rain on Thursday."
)
# another paper that attended the same news conference: the leader's words, word for word, and nothing else
PRESS = "The barriers were built to hold a flood like this one and they did not, and I want to know why"
HILL = (
    f'"{PRESS}," council leader Oren Pask told reporters in Marsh Elling.\n'
    "The Hill Times counted forty homes with water in their ground floors."
)
VALE = f'Speaking at the town hall, Oren Pask said: "{PRESS}."\nThe Vale Post saw boats in the high street.'


def _quotes(article: Article) -> tuple[Quote, ...]:
    text = article.text
    out = []
    start = text.find('"') + 1
    while start:
        end = text.find('"', start)
        out.append(Quote(span=Span(article=article.id, start=start, end=end), text=text[start:end], kind="direct"))
        start = text.find('"', end + 1) + 1
    return tuple(out)


def _reports(*reports: tuple[str, str, str | None]) -> tuple[list[Article], list[Analysis]]:
    articles = [Article(id=i, text=t, outlet=MetaValue(value=o)) for i, t, o in reports]
    analyses = [
        Analysis(article=a.id, version="t", quotes=_quotes(a), citations=extract_citations(a, None, ()))
        for a in articles
    ]
    return articles, analyses


def test_copies_versions_of_one_wire_story_are_kin() -> None:
    articles, analyses = _reports(("e", EARLY, "Lakeside Gazette"), ("l", LATER, "Orchard Echo"))
    assert find_kin(articles, analyses) == {1: 0}  # neither credits the other: the first stands for both


def test_copies_a_shared_quote_alone_makes_no_kin() -> None:
    """Two papers at one news conference print the same words; that is no copy."""
    articles, analyses = _reports(("h", HILL, "Hill Times"), ("v", VALE, "Vale Post"))
    assert find_kin(articles, analyses) == {}


def test_copies_wire_versions_count_once_and_are_linked() -> None:
    articles, analyses = _reports(("e", EARLY, "Lakeside Gazette"), ("l", LATER, "Orchard Echo"))
    comparison = compare_story(articles, analyses)
    fact = _fact_with(comparison, articles, (0, "ordered an inquiry"), (1, "ordered an inquiry"))
    assert fact is not None
    assert (fact.independent_sources, fact.origin) == (1, "Lakeside Gazette")
    edges = [(e.source, e.target, e.kind) for e in comparison.provenance]
    assert edges == [("Orchard Echo", "Lakeside Gazette", "copy")]
    evidence = next(e.evidence for e in comparison.provenance)
    assert LATER[evidence.start : evidence.end] in EARLY  # the evidence is a passage both carry


SHOP = "The water took the bridge and my shop with it, and I have nothing left but the keys"
WIRE = (
    "Floods cut the Tollbridge road on Wednesday.\n"
    f'"{SHOP}," a shopkeeper in Tollbridge told the Lakeside Courier.\n'
    "The Courier said the shop had stood beside the bridge for forty years."
)
COURIER = (
    f'"{SHOP}," said Mira Holt, standing in the mud outside her door.\n'
    "Her shop had stood beside the bridge for forty years, she said."
)


def test_copies_an_unnamed_report_is_named_by_the_outlet_another_credits() -> None:
    # the report names the outlet itself (QA AE #2: one that never names it is no report of it)
    articles, analyses = _reports(("w", WIRE, "Metro Wire"), ("c", COURIER + "\nCopyright Lakeside Courier.", None))
    assert named_by_credit(articles, analyses) == {1: "Lakeside Courier"}
    comparison = compare_story(articles, analyses)
    fact = _fact_with(comparison, articles, (0, "forty years"), (1, "forty years"))
    assert fact is not None
    assert (fact.independent_sources, fact.origin) == (1, "Lakeside Courier")


def test_copies_words_every_report_carries_name_nobody() -> None:
    """The shopkeeper's words in two unnamed reports: either may have them from the Courier, or neither."""
    wire = "\n".join(WIRE.split("\n")[:2])  # the credited quote only
    other = f'"{SHOP}," the shopkeeper said on Wednesday.'
    articles, analyses = _reports(("w", wire, "Metro Wire"), ("c", COURIER, None), ("o", other, None))
    assert named_by_credit(articles, analyses) == {}


def test_copies_a_copy_quoting_a_speaker_leaves_the_speaker_one_source() -> None:
    """A speaker's words in a later version of a story (the first lacked them) and in a report that heard them
    too: one source, the speaker, not the first version's outlet and the speaker."""
    from dataclasses import replace

    from storyline.compare.align import Unit
    from storyline.compare.facts import build_facts

    articles, analyses = _reports(("e", EARLY, "Lakeside Gazette"), ("h", HILL, "Hill Times"), ("v", VALE, "Vale Post"))
    units = []
    for i, a in enumerate(articles[1:], 1):
        start = a.text.index(PRESS)
        span = Span(article=a.id, start=start, end=start + len(PRESS))
        unit = Unit.make(span=span, text=PRESS, report=i, kind="quote")
        units.append(replace(unit, worded=True, speakers=frozenset({"E1"})))
    facts = build_facts(articles, analyses, units, [[0, 1]], copy_of={1: 0}, names={"E1": ("Oren Pask", "PERSON")})
    assert [(f.independent_sources, f.origin) for f in facts] == [(1, "Oren Pask")]


AGENCY_LEAD = (
    "The quake struck late on Friday night, killing hundreds of people and damaging homes from the hill villages to"
    " the old port of Velmora."
)
PAPER_LEAD = (
    "The quake struck late Friday night, killing hundreds of people and damaging homes from the hill villages to"
    " the old port of Velmorah."
)


def test_copies_a_wire_sentence_reused_without_credit_is_the_agencys() -> None:
    # QA U #9: a paper reusing AP copy (a house spelling changed) counted as a second source, or as the origin
    from storyline.compare.align import Unit
    from storyline.compare.facts import build_facts

    texts = [f"Rescuers dug through rubble on Saturday. {PAPER_LEAD}", f"RABAT (AP) — {AGENCY_LEAD}"]
    articles = [Article(id="p", text=texts[0], outlet=MetaValue(value="Harbour Herald")),
                Article(id="w", text=texts[1], outlet=MetaValue(value="AP"))]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    units = []
    for i, (a, lead) in enumerate(zip(articles, (PAPER_LEAD, AGENCY_LEAD), strict=True)):
        start = a.text.index(lead)
        units.append(Unit.make(span=Span(article=a.id, start=start, end=start + len(lead)), text=lead, report=i))
    [fact] = build_facts(articles, analyses, units, [[0, 1]])
    assert (fact.independent_sources, fact.origin) == (1, "AP")


def test_copies_a_family_holding_a_copy_is_headed_by_its_original() -> None:
    """QA round AI: a station's copy of a release whose outlet is unknown. Kinship alone would make the station
    (outlet known) stand for both, while ``find_copies`` tells the station copies the release; given the copy,
    the family is headed the way it points, so the two do not name each other as their origin."""
    articles, analyses = _reports(("r", EARLY, None), ("s", LATER, "WKRL"))
    assert find_kin(articles, analyses) == {0: 1}  # the known outlet stands for both
    assert find_kin(articles, analyses, copies={1: 0}) == {1: 0}
