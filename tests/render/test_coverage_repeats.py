"""Coverage never calls a fact "only here" while the fact list shows it under two outlets (QA round AJ #22).

An outlet alone is the origin of a fact another report repeats (a copy, or a rewrite crediting it): compare lists
the fact as the outlet's own (``only_here``), and the fact list names both outlets. Every format now shows such
facts apart, with who repeats them; JSON keeps its contract (``only_here`` still lists them).

The reports are written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

import json

from storyline.model import Article, Brief, Coverage, Fact, MetaValue, Span, StoryBrief
from storyline.render.html import render_html
from storyline.render.json import dumps
from storyline.render.markdown import render_markdown
from storyline.render.view import story_view

ORIGINAL = "The Velm ferry was withdrawn on Friday. Its owner blamed a cracked hull. Divers found the crack in May."
REPEAT = "The Velm ferry was withdrawn on Friday, the Velm Courier reported. Its owner blamed a cracked hull."
OTHER = "Passengers waited at the Velm pier for a replacement boat on Saturday."


def _brief() -> Brief:
    arts = (
        Article(id="courier-1", text=ORIGINAL, outlet=MetaValue(value="Velm Courier")),
        Article(id="post-1", text=REPEAT, outlet=MetaValue(value="Orrin Post")),
        Article(id="radio-1", text=OTHER, outlet=MetaValue(value="Bay Radio")),
    )
    withdrawn = ORIGINAL.index("Its")
    story = StoryBrief(
        id="s1", title="Velm ferry withdrawn", articles=tuple(a.id for a in arts),
        facts=(
            Fact(id="f1", text="The Velm ferry was withdrawn on Friday", status="single",
                 support=(Span(article="courier-1", start=0, end=38), Span(article="post-1", start=0, end=38)),
                 independent_sources=1, origin="Velm Courier", outlets=("Velm Courier", "Orrin Post")),
            Fact(id="f2", text="Its owner blamed a cracked hull", status="single",
                 support=(Span(article="courier-1", start=withdrawn, end=withdrawn + 31),
                          Span(article="post-1", start=REPEAT.index("Its"), end=REPEAT.index("Its") + 31)),
                 independent_sources=1, origin="Velm Courier", outlets=("Velm Courier", "Orrin Post")),
            Fact(id="f3", text="Divers found the crack in May", status="single",
                 support=(Span(article="courier-1", start=ORIGINAL.index("Divers"), end=len(ORIGINAL) - 1),),
                 independent_sources=1, origin="Velm Courier", outlets=("Velm Courier",)),
            Fact(id="f4", text="Passengers waited at the Velm pier for a replacement boat on Saturday",
                 status="single", support=(Span(article="radio-1", start=0, end=len(OTHER) - 1),),
                 independent_sources=1, origin="Bay Radio", outlets=("Bay Radio",)),
        ),
        coverage=(
            Coverage(outlet="Velm Courier", only_here=("f1", "f2", "f3")),
            Coverage(outlet="Orrin Post", only_here=()),
            Coverage(outlet="Bay Radio", only_here=("f4",)),
        ),
    )
    return Brief(articles=arts, stories=(story,))


def test_view_sets_repeated_facts_apart_from_those_only_here() -> None:
    brief = _brief()
    courier, post, radio = story_view(brief.stories[0], brief).coverage
    assert courier.only_here == (("f3", "Divers found the crack in May"),)
    assert courier.repeated == (
        (("Orrin Post",),
         (("f1", "The Velm ferry was withdrawn on Friday"), ("f2", "Its owner blamed a cracked hull"))),
    )
    assert post.only_here == post.repeated == ()
    assert radio.only_here == (("f4", "Passengers waited at the Velm pier for a replacement boat on Saturday"),)
    assert radio.repeated == ()


def test_markdown_says_who_repeats_an_outlets_own_facts() -> None:
    md = render_markdown(_brief())
    assert "- **Velm Courier**: only here: f3 Divers found the crack in May\n" in md
    assert (
        "  - its own, repeated by Orrin Post: f1 The Velm ferry was withdrawn on Friday; "
        "f2 Its owner blamed a cracked hull\n"
    ) in md
    assert "- **Orrin Post**: only here: nothing\n" in md
    assert "- **Bay Radio**: only here: f4 Passengers waited" in md


def test_markdown_an_outlet_whose_facts_are_all_repeated_has_nothing_else_only_here() -> None:
    brief = _brief()
    story = brief.stories[0]
    story = StoryBrief(id=story.id, title=story.title, articles=story.articles, facts=story.facts,
                       coverage=(Coverage(outlet="Velm Courier", only_here=("f1",)),))
    md = render_markdown(Brief(articles=brief.articles, stories=(story,)))
    assert "- **Velm Courier**: only here: nothing else\n  - its own, repeated by Orrin Post: f1 " in md


def test_html_says_who_repeats_an_outlets_own_facts() -> None:
    html = render_html(_brief())
    line = html[html.index("<strong>Velm Courier</strong> only:"):]
    line = line[: line.index("</li>")]
    assert "f3</a> Divers found the crack in May" in line
    assert line.index("f3</a>") < line.index("its own, repeated by Orrin Post:") < line.index("f1</a>")
    assert "f2</a> Its owner blamed a cracked hull" in line


def test_json_keeps_only_here_as_the_contract_has_it() -> None:
    story = json.loads(dumps(_brief()))["stories"][0]
    assert story["coverage"][0]["outlet"] == "Velm Courier"
    assert story["coverage"][0]["only_here"] == ["f1", "f2", "f3"]
