"""Markdown and HTML come from the same Brief as the JSON and carry the same facts; HTML escapes sources."""

from __future__ import annotations

import html
import re

from brief.fixtures import brief
from storyline.model import Brief
from storyline.render.html import render_html
from storyline.render.json import render_json
from storyline.render.markdown import render_markdown
from storyline.render.when import readable


def _plain_html(doc: str) -> str:
    """Visible text of the HTML brief, whitespace folded (tags dropped, entities decoded)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", doc)).split())


def _fold(text: str) -> str:
    return " ".join(text.split())


def test_formats_carry_the_same_facts_as_json() -> None:
    b = brief()
    doc = render_json(b)
    md, page = _fold(render_markdown(b)), _plain_html(render_html(b))
    facts = [f for s in doc["stories"] for f in s["facts"]]
    assert facts
    for f in facts:
        assert f"{f['id']} " in md
        assert _fold(f["text"]) in md
        assert _fold(f["text"]) in page
        assert f"{f['id']}-" in render_html(b) or f["id"] in page
    for s in doc["stories"]:
        for item in (*s["summary"], *s["timeline"]):
            assert _fold(item["text"]) in md
            assert _fold(item["text"]) in page
        for q in s["quotes"]:
            assert _fold(q["text"]) in md
            assert _fold(q["text"]) in page


def test_markdown_citations_resolve_to_sources() -> None:
    md = render_markdown(brief())
    used = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("## Sources")[0])}
    listed = {int(n) for n in re.findall(r"^\[(\d+)\] ", md.split("## Sources")[1], flags=re.M)}
    assert used
    assert used == listed
    assert "Coast Daily credits Harbour Herald" in md
    assert "## Timeline" in md
    assert "**Mira Osei**, chief engineer" in md
    # one report per item: its outlet and date stay together, reports are set apart by semicolons
    assert "Harbour Herald (inferred), 2024-03-11; Coast Daily, 2024-03-12 (inferred)" in md


def test_html_is_self_contained_and_escapes_article_text() -> None:
    page = render_html(brief())
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<b>during</b>" not in page
    assert "&lt;b&gt;during&lt;/b&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page
    assert "url(http" not in page
    assert page.count("<svg") == 2


def test_html_and_markdown_of_an_empty_brief() -> None:
    empty = Brief(articles=(), stories=())
    assert "No stories" in render_markdown(empty)
    assert "No stories" in render_html(empty)
    assert render_json(empty) == {"schema": "storyline.brief/1", "articles": [], "stories": []}


def test_reported_speech_shows_its_verb_in_every_format() -> None:
    from storyline.render.json import from_json

    b = brief()
    md = render_markdown(b)
    assert "_said_ Ferry fares will be waived" in md
    page = render_html(b)
    assert '<em class="cue">said</em> Ferry fares will be waived' in page
    doc = render_json(b)
    assert [q.get("cue") for q in doc["stories"][0]["quotes"]] == [None, "said"]
    assert [q.cue for q in from_json(doc, b.articles).stories[0].quotes] == [None, "said"]


def test_formats_flag_a_timeline_year_no_report_states() -> None:
    from dataclasses import replace

    b = brief()
    story = b.stories[0]
    assert story.timeline
    first = replace(story.timeline[0], year_stated=False)
    b = replace(b, stories=(replace(story, timeline=(first, *story.timeline[1:])), *b.stories[1:]))
    assert f"**{readable(first.value)}** ({first.value}; year assumed)" in render_markdown(b)
    assert f"{first.value} (year assumed)" in _plain_html(render_html(b))
    doc = render_json(b)
    assert doc["stories"][0]["timeline"][0]["year_stated"] is False


def test_formats_show_a_carrier_that_gives_a_quote_to_someone_else() -> None:
    from dataclasses import replace

    from storyline.render.json import from_json

    b = brief()
    story = b.stories[0]
    first = story.quotes[0]
    disputed = replace(first, also_attributed=((first.same_as[0], "E2"),))
    b = replace(b, stories=(replace(story, quotes=(disputed, *story.quotes[1:])), *b.stories[1:]))
    assert "Coast Daily gives it to Tomas Lind" in render_markdown(b)
    assert "Coast Daily gives it to Tomas Lind" in _plain_html(render_html(b))
    doc = render_json(b)
    (entry,) = doc["stories"][0]["quotes"][0]["also_attributed"]
    assert (entry["article"], entry["speaker"], entry["speaker_name"]) == ("coast-1", "E2", "Tomas Lind")
    assert from_json(doc, b.articles).stories[0].quotes[0].also_attributed == ((first.same_as[0], "E2"),)


def test_formats_cite_a_sentence_that_disputes_a_timeline_date_apart_from_its_support() -> None:
    from dataclasses import replace

    from storyline.render.json import from_json

    b = brief()
    story = b.stories[0]
    assert len(story.timeline) >= 2
    first, other = story.timeline[0], story.timeline[1]
    disputed = replace(first, disputed=other.support[:1])
    b = replace(b, stories=(replace(story, timeline=(disputed, *story.timeline[1:])), *b.stories[1:]))
    line = next(line for line in render_markdown(b).splitlines() if line.startswith(f"- **{readable(first.value)}**"))
    assert "(another date given in [" in line
    assert "another date given in" in _plain_html(render_html(b))
    doc = render_json(b)
    assert doc["stories"][0]["timeline"][0]["disputed"] == [
        {"article": s.article, "start": s.start, "end": s.end} for s in other.support[:1]
    ]
    assert from_json(doc, b.articles).stories[0].timeline[0].disputed == other.support[:1]


def test_formats_call_a_year_less_date_year_unknown_not_assumed() -> None:
    from dataclasses import replace

    b = brief()
    story = b.stories[0]
    first = replace(story.timeline[0], value="XXXX-11-03", year_stated=False)
    b = replace(b, stories=(replace(story, timeline=(first, *story.timeline[1:])), *b.stories[1:]))
    assert "**3 November** (XXXX-11-03; year unknown)" in render_markdown(b)


def test_formats_say_a_weekday_of_no_known_week_is_placed_approximately() -> None:
    from dataclasses import replace

    b = brief()
    story = b.stories[0]
    first = replace(story.timeline[0], value="XXXX-WXX-2", year_stated=False)
    b = replace(b, stories=(replace(story, timeline=(first, *story.timeline[1:])), *b.stories[1:]))
    assert "**Tuesday** (XXXX-WXX-2; year unknown, place approximate)" in render_markdown(b)
    assert "place approximate" in _plain_html(render_html(b))


def test_markdown_says_why_a_fact_counts_fewer_sources_than_outlets() -> None:
    from dataclasses import replace

    b = brief()
    story = b.stories[0]
    fact = story.facts[0]
    fewer = replace(fact, independent_sources=1, outlets=("Harbour Herald", "Coast Daily"))
    b = replace(b, stories=(replace(story, facts=(fewer, *story.facts[1:])), *b.stories[1:]))
    line = next(x for x in render_markdown(b).splitlines() if x.startswith(f"- {fact.id} ["))
    assert "1 independent source among 2 outlets, some repeating another's report or speaker" in line
