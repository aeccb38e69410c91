"""Facts of QA round AW (fictional examples): a speaker's own public act counts each outlet; a statement
supports a line only when it tells the line's own point."""

from __future__ import annotations

from dataclasses import replace

from storyline.compare.align import Unit
from storyline.compare.facts import build_facts
from storyline.compare.own_acts import tells_own_act
from storyline.model import Analysis, Article, MetaValue, Span


def _reports(texts: list[str], outlets: list[str]) -> tuple[list[Article], list[Analysis]]:
    pairs = enumerate(zip(texts, outlets, strict=True))
    articles = [Article(id=f"r{i}", text=t, outlet=MetaValue(value=o)) for i, (t, o) in pairs]
    return articles, [Analysis(article=a.id, version="t") for a in articles]


def _whole(a: Article, report: int) -> Unit:
    end = len(a.text) - 1 if a.text.endswith(".") else len(a.text)
    return Unit.make(span=Span(article=a.id, start=0, end=end), text=a.text[:end], report=report)


def test_a_speakers_announced_resignation_counts_each_outlet() -> None:
    """That the rector announced her resignation is each outlet's report of a public act, not her claim relayed:
    three outlets telling it are three sources, though each credits the announcement to her."""
    texts = [
        "Vellmark University rector Ilse Tarrow announced her resignation on Friday after weeks of protests.",
        "Rector Ilse Tarrow said she would resign from her post on Friday.",
        "Ilse Tarrow has announced her resignation following the protests.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post", "Coast Daily"])
    units = [replace(_whole(a, i), speakers=frozenset({"E1"})) for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0, 1, 2]], names={"E1": ("Ilse Tarrow", "PERSON")})
    assert [(f.status, f.independent_sources, f.origin) for f in facts] == [("corroborated", 3, None)]


def test_what_a_speaker_said_of_her_resignation_stays_her_claim() -> None:
    """What she said about it is still one speaker's words, however many outlets tell it."""
    texts = [
        "Ilse Tarrow said the decision to leave had been painful.",
        "The decision to leave had been painful, Ilse Tarrow said in a letter.",
    ]
    articles, analyses = _reports(texts, ["Harbour Herald", "Valley Post"])
    units = [replace(_whole(a, i), speakers=frozenset({"E1"})) for i, a in enumerate(articles)]
    facts = build_facts(articles, analyses, units, [[0, 1]], names={"E1": ("Ilse Tarrow", "PERSON")})
    assert [(f.independent_sources, f.origin) for f in facts] == [(1, "Ilse Tarrow")]


def test_tells_own_act() -> None:
    assert tells_own_act("Mayor Oren Falk announced his retirement on Monday")
    assert tells_own_act("The chair said that he is stepping down at the end of the month")
    assert not tells_own_act("Oren Falk said the bridge would reopen in May")
    assert not tells_own_act("Falk said his decision to step down had been hard")


def test_a_statement_naming_not_the_lines_subject_does_not_state_it() -> None:
    """What a line tells is of its subject: "Photographs of the skiff showed ..." is not stated by a sentence on
    what struck the skiff, though the two share "skiff" words; one that names the photographs does state it."""
    from storyline.compare.facts import states

    line = "Photographs of the skiff, which was towed back to the quay, showed what looked like a small oyster skiff"
    assert not states(line, "Port officials said a squall struck the overloaded oyster skiff near the quay")
    assert states(line, "Photographs showed a small oyster skiff towed back to the quay")


def test_a_line_giving_a_cause_is_not_stated_without_it() -> None:
    """Why a thing happened is a claim of its own: "fleeing the coast due to rumours about a flood" is not
    stated by "villagers fled the flood on the coast"; it is by one that gives the rumours."""
    from storyline.compare.facts import states

    line = "Some of the villagers were reportedly fleeing the coast due to rumours about a flood, the governor said"
    assert not states(line, "Panicked, villagers fled the flood on the coast")
    assert states(line, "Villagers fled the coast because of rumours about a coming flood, the governor said")


def test_an_act_in_an_opening_gerund_clause_is_background() -> None:
    """ "In announcing she would step down, Dr. Tarrow ended a turbulent tenure" tells the end of a tenure: a
    statement of her announcing it alone does not state it (QA AW: "... Dr. Gay ... ended a turbulent tenure that
    began last July" was "corroborated" by a report of her letter on stepping down)."""
    from storyline.compare.facts import _tells_act, states

    line = "In announcing she would step down at once, Dr. Tarrow, the first rector from the north, ended her tenure"
    other = "On Friday Tarrow announced she would step down at once."

    def unit(text: str, report: int, name: str) -> Unit:
        at = text.index(name)
        return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                         mentions=[(at, at + len(name), "E1")])

    assert not states(line, other)
    assert not _tells_act(unit(line, 0, "Dr. Tarrow"), unit(other, 1, "Tarrow"), [])


def test_the_subject_of_a_finding_is_read_past_whose_finding_it_is() -> None:
    """ "According to the harbour master, early reports show that a squall struck the oyster skiff" tells of the
    squall: a sentence on the skiff alone does not state it; one that gives the squall does."""
    from storyline.compare.facts import states

    line = "According to the harbour master, early reports show that a squall struck the oyster skiff"
    assert not states(line, "The oyster skiff had been towed back to the quay by noon")
    assert states(line, "A squall struck the oyster skiff, the harbour master said")


def test_a_cause_pointed_back_to_and_a_vehicle_by_another_name_still_state() -> None:
    """A statement that gives the cause as the sentence before it ("That prompted ...") may state a line giving
    it; a craft is not only a boat: "the main craft" is the rocket's stage in other words."""
    from storyline.compare.facts import states

    line = "County Judge Ada Morrow ordered the second evacuation due to the danger of more blasts"
    assert states(line, "That prompted County Judge Ada Morrow to order the evacuation of Tarn and Kessby")
    craft = "The main craft climbed toward orbit but later a company host said control had lost contact with it"
    assert states(craft, "The upper Vela stage climbed toward orbit but a company host said control lost contact")
