"""Blind QA rounds AL, AM, AN: a statement supports a fact only when it says the fact, not a word of its relative
clause, apposition or opening clause of time, nor its manner; a figure two speakers give is shown as the figure,
not in one speaker's mouth; a speaker's words alone in one report, a clause cut from its sentence and a writer's
aside are no facts. Every text here is written for these tests."""

from __future__ import annotations

from compare_helpers import sentence_facts

from storyline.compare.across import Draft
from storyline.compare.align import Unit
from storyline.compare.facts import _tells_act, _whole_sentences, build_facts, same_event, states
from storyline.model import Analysis, Article, MetaValue, Span


def test_a_relative_clause_is_not_the_line_s_act() -> None:
    line = ("Orlov's 20-year prison sentence was finally commuted by Governor Pell, who also directly traded Mara"
            " for Orlov")
    assert not states(line, "She was traded for Ivan Orlov, 51, who was serving a 20-year sentence in a Vell prison")
    assert states(line, "Governor Pell commuted Orlov's 20-year prison sentence on Friday, the governor's office said")


def test_a_word_of_another_s_apposition_is_no_support() -> None:
    line = "Former Sergeant Tomas Brekk, another Vellish detained in Ostrava, was not included in the swap"
    assert not states(line, "Dancer Mara Quell, who Vell claimed had been wrongfully detained in Ostrava over alleged"
                            " smuggling, was released on Friday and was heading home via Arlen, the premier said")


def test_an_adverb_is_no_act() -> None:
    line = ("Several pension funds have snapped up more of Corvane's shares following a surge in copper prices,"
            " keeping its stock performing more strongly than that of most other miners")
    assert not states(line, "The miner's share price has recovered strongly since its early 2020 tumble to about $9"
                            " when copper prices collapsed")


def test_an_opening_clause_of_time_is_background() -> None:
    line = ("As the eruptions continued, at least two open vents spewed bright red ash into the air that then drifted"
            " in thin streams down the ridge")
    assert not states(line, "The ash continued to drift on Monday in two streams through a mostly empty valley and"
                            " is heading towards the coast")


def _units(article: Article, parts: list[tuple[str, str, frozenset[str]]], report: int) -> list[Unit]:
    out = []
    for text, kind, speakers in parts:
        start = article.text.index(text)
        out.append(Unit.make(span=Span(article=article.id, start=start, end=start + len(text)), text=text,
                             report=report, kind=kind, speakers=speakers, worded=kind == "quote"))
    return out


def _facts(reports: list[list[tuple[str, str, frozenset[str]]]], groups: list[list[int]]) -> list[str]:
    articles = [Article(id=f"r{i}", text=" ".join(t for t, _, _ in parts), outlet=MetaValue(value=f"Outlet {i}"))
                for i, parts in enumerate(reports)]
    units = [u for i, (a, parts) in enumerate(zip(articles, reports, strict=True)) for u in _units(a, parts, i)]
    analyses = [Analysis(article=a.id, version="t") for a in articles]
    return [f.text for f in build_facts(articles, analyses, units, groups)]


def test_a_figure_two_speakers_give_is_shown_without_either() -> None:
    told = "Governor Ada Rusk, head of the Vell islands, said that around 3,000 people had been evacuated from homes"
    texts = _facts(
        [[(told, "sentence", frozenset({"E1"}))],
         [("At present we have evacuated 3,000 people from their homes", "quote", frozenset({"E2"}))]],
        [[0, 1]],
    )
    assert texts == ["around 3,000 people had been evacuated from homes"]


def test_one_speaker_s_claim_keeps_its_speaker() -> None:
    told = "Governor Ada Rusk, head of the Vell islands, said that around 3,000 people had been evacuated from homes"
    texts = _facts(
        [[(told, "sentence", frozenset({"E1"}))],
         [("Rusk said about 3,000 people had been evacuated from their homes", "sentence", frozenset({"E1"}))]],
        [[0, 1]],
    )
    assert texts == [told]


def test_a_speaker_s_words_alone_in_one_report_stay_that_report_s_fact() -> None:
    """What an outlet alone carries, a speaker's words included, is its own coverage."""
    texts = _facts(
        [[("She's relieved to finally be heading home.", "quote", frozenset({"E1"})),
          ("The plane landed in Arlen on Friday.", "sentence", frozenset())]],
        [[0], [1]],
    )
    assert "The plane landed in Arlen on Friday." in texts
    assert len(texts) == 2


def test_a_cut_clause_and_an_aside_are_no_facts() -> None:
    facts = sentence_facts([["Of course, there's a catch.", "The kicker is that this rock is very old.",
                             "it could be the most exciting find yet.", "The Orlan rover drilled a core in July."]])
    assert [f.text for f in facts] == ["The Orlan rover drilled a core in July."]


def test_a_quotation_cut_at_one_end_takes_its_single_mark() -> None:
    text = ("'It's in the harbour,' Mayor Quell is heard telling Ada Rusk. Rusk was freed in exchange for a smuggler"
            " known as the 'Night Broker.'")
    article = Article(id="r0", text=text, outlet=MetaValue(value="Outlet 0"))
    first = "It's in the harbour,' Mayor Quell is heard telling Ada Rusk"
    second = "Rusk was freed in exchange for a smuggler known as the 'Night Broker"
    units = [Unit.make(span=Span(article="r0", start=text.index(t), end=text.index(t) + len(t)), text=t, report=0)
             for t in (first, second)]
    facts = build_facts([article], [Analysis(article="r0", version="t")], units, [[0], [1]])
    assert [f.text for f in facts] == ["'" + first, second + ".'"]


def test_a_clause_cut_from_its_sentence_is_shown_whole() -> None:
    text = "As Vell Radio reports, the core was pulled from Tarn Ridge, and it's rich in minerals like ferrite."
    article = Article(id="r0", text=text, outlet=MetaValue(value="Outlet 0"))
    cut = text.index("and it's")
    units = [Unit.make(span=Span(article="r0", start=0, end=cut - 2), text=text[: cut - 2], report=0),
             Unit.make(span=Span(article="r0", start=cut + 4, end=len(text) - 1), text=text[cut + 4 : -1], report=0,
                       kind="clause")]
    drafts = _whole_sentences([Draft(units=(units[0],)), Draft(units=(units[1],))], [article], [[(0, len(text))]])
    assert [[u.text for u in d.units] for d in drafts] == [[text[:-1]]]


def test_one_act_told_only_in_asides_is_no_support() -> None:
    def unit(text: str, report: int) -> Unit:
        at = text.index("Ostrava")
        return Unit.make(span=Span(article=f"r{report}", start=0, end=len(text)), text=text, report=report,
                         mentions=[(at, at + 7, "E1")])

    line = unit("Former Sergeant Tomas Brekk, another Vellish citizen detained in Ostrava, was not included in the"
                " swap", 0)
    other = unit("Dancer Mara Quell, who Vell claimed had been wrongfully detained in Ostrava over alleged smuggling,"
                 " was released on Friday and was heading home via Arlen, the premier said", 1)
    assert same_event(line, other)
    assert not _tells_act(line, other, [])
