"""The JSON brief names a report of unknown outlet as the Markdown brief does (blind QA round O, #14): by its
file name, not compare's stand-in "report <content hash>"; two such reports that share a file name keep their
ids apart, so their facts and credits are not merged under one name.

The reports are written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.model import Article, Brief, Coverage, Fact, MetaValue, ProvenanceEdge, Span, StoryBrief
from storyline.render.json import render_json
from storyline.render.markdown import render_markdown

FIRST = "A ferry sank off Velm on Friday with forty people on board, according to the Velm Courier."
SECOND = "Forty people were on board the ferry that sank off Velm on Friday, the coast guard said."
THIRD = "The ferry that sank off Velm on Friday had failed an inspection in May."
FOURTH = "The Velm ferry had failed an inspection in May, the harbour office said on Saturday."


def _brief() -> Brief:
    arts = (
        Article(id="aa11", text=FIRST, source="monday/article.txt"),
        Article(id="bb22", text=SECOND, source="tuesday/article.txt"),
        Article(id="cc33", text=THIRD, source="reports/ferry.txt"),
        Article(id="dd44", text=FOURTH, source="reports/harbour.txt",
                outlet=MetaValue(value="Velm Courier", inferred=False)),
    )
    story = StoryBrief(
        id="s1", title="Ferry sinks off Velm", articles=tuple(a.id for a in arts),
        facts=(
            Fact(id="f1", text="Forty people were on board.", status="corroborated",
                 support=(Span(article="aa11", start=0, end=60), Span(article="bb22", start=0, end=40)),
                 independent_sources=2, origin="report bb22", outlets=("report aa11", "report bb22")),
            Fact(id="f2", text="The ferry had failed an inspection in May.", status="corroborated",
                 support=(Span(article="cc33", start=0, end=40), Span(article="dd44", start=0, end=40)),
                 independent_sources=2, origin="report cc33", outlets=("report cc33", "Velm Courier")),
        ),
        provenance=(ProvenanceEdge(source="report aa11", target="Velm Courier",
                                   evidence=Span(article="aa11", start=62, end=91)),),
        coverage=(Coverage(outlet="report aa11", only_here=()), Coverage(outlet="report bb22", only_here=()),
                  Coverage(outlet="report cc33", only_here=()), Coverage(outlet="Velm Courier", only_here=())),
    )
    return Brief(articles=arts, stories=(story,))


def test_json_report_labels_match_the_markdown_names() -> None:
    (story,) = render_json(_brief())["stories"]
    assert [(p["from"], p["to"]) for p in story["provenance"]] == [("article.txt (aa11)", "Velm Courier")]
    assert [f["origin"] for f in story["facts"]] == ["article.txt (bb22)", "ferry.txt"]
    assert story["facts"][1]["outlets"] == ["ferry.txt", "Velm Courier"]
    markdown = render_markdown(_brief())
    assert "ferry.txt" in markdown
    assert "report cc33" not in markdown
    assert "report cc33" not in str(story)


def test_json_report_labels_keep_two_reports_of_one_file_name_apart() -> None:
    (story,) = render_json(_brief())["stories"]
    outlets = [c["outlet"] for c in story["coverage"]]
    assert outlets == ["article.txt (aa11)", "article.txt (bb22)", "ferry.txt", "Velm Courier"]
    assert story["facts"][0]["outlets"] == ["article.txt (aa11)", "article.txt (bb22)"]
