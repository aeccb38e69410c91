"""build_story on small fictional reports: cited summary, merged timeline, cleaned ledger and facts."""

from __future__ import annotations

from brief.fixtures import COAST, HARBOUR, analyses, articles, brief, comparison, span
from storyline.brief.build import build_story
from storyline.model import Analysis, Article, Comparison, MetaValue

TEXTS = {"herald-1": HARBOUR, "coast-1": COAST}


def test_build_every_cited_span_is_real_text() -> None:
    story = brief().stories[0]
    spans = [s for item in story.summary for s in item.support]
    spans += [s for t in story.timeline for s in t.support]
    spans += [s for f in story.facts for s in f.support]
    spans += [q.span for q in story.quotes] + [s for q in story.quotes for s in q.same_as]
    spans += [p.evidence for p in story.provenance]
    assert spans
    for s in spans:
        assert 0 <= s.start < s.end <= len(TEXTS[s.article])


def test_build_summary_lines_are_source_text_of_first_support() -> None:
    story = brief().stories[0]
    assert 1 <= len(story.summary) <= 6
    for item in story.summary:
        first = item.support[0]
        assert item.text == TEXTS[first.article][first.start : first.end]


def test_build_summary_leads_with_the_corroborated_fact() -> None:
    top = brief().stories[0].summary[0]
    assert top.independent_sources == 2
    assert "stay shut until June" in top.text
    assert {s.article for s in top.support} == {"herald-1", "coast-1"}


def test_build_summary_skips_furniture_and_boilerplate() -> None:
    text = " ".join(i.text for i in brief().stories[0].summary)
    assert "Photo:" not in text
    assert "for comment" not in text


def test_build_summary_respects_the_length_option() -> None:
    story = build_story("s1", articles(), analyses(), comparison(), sentences=2)
    assert len(story.summary) == 2
    assert build_story("s1", articles(), analyses(), comparison(), sentences=0).summary == ()


def test_build_summary_falls_back_to_lead_sentences() -> None:
    story = build_story("s1", articles(), analyses(), Comparison(), sentences=3)
    assert len(story.summary) == 3
    assert story.summary[0].text.startswith("The Port Alder harbour bridge")


def test_build_title_prefers_the_given_title() -> None:
    arts = articles()
    from dataclasses import replace

    arts[0] = replace(arts[0], title=MetaValue(value="Bridge shut  until June"))
    assert build_story("s1", arts, analyses(), comparison()).title == "Bridge shut until June"


def test_build_title_is_another_reports_when_the_first_has_none() -> None:
    from dataclasses import replace

    arts = articles()
    arts[1] = replace(arts[1], title=MetaValue(value="Cables cracked, bridge closed", inferred=True))
    assert build_story("s1", arts, analyses(), comparison()).title == "Cables cracked, bridge closed"
    arts[0] = replace(arts[0], title=MetaValue(value="Harbour news", inferred=True))
    arts[1] = replace(arts[1], title=MetaValue(value="Bridge shut until June"))
    assert build_story("s1", arts, analyses(), comparison()).title == "Bridge shut until June"  # a given one first


def test_build_title_without_one_is_a_source_phrase() -> None:
    title = brief().stories[0].title
    assert title
    assert title in HARBOUR + COAST


def test_build_quotes_are_re_read_from_the_source() -> None:
    q = brief().stories[0].quotes[0]
    assert q.text == "We found cracks in two of the main cables,"
    assert q.same_as == (span(COAST, "coast-1", "We found cracks in two of the main cables,"),)


def test_build_drops_facts_without_valid_support_and_their_coverage() -> None:
    story = brief().stories[0]
    assert "f9" not in {f.id for f in story.facts}
    coast = next(c for c in story.coverage if c.outlet == "Coast Daily")
    assert coast.only_here == ("f3",)


def test_build_title_and_summary_leave_out_list_bullets() -> None:
    """A report opening with bulleted key points: the bullet is layout, not a word of the title or summary."""
    text = "  \u2022 The Port Alder harbour bridge will stay shut until June after cracks were found.\n\n" + HARBOUR
    arts = [Article(id="bullets-1", text=text, source="bullets.txt")]
    story = build_story("s1", arts, [Analysis(article="bullets-1", version="t")], Comparison())
    assert story.title.startswith("The Port Alder harbour bridge")
    assert all(not item.text.startswith(("\u2022", " ")) for item in story.summary)
