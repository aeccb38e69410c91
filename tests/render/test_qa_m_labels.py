"""Reports of unknown outlet are named so a reader can tell them apart (blind QA round M, #11): by the id a
JSON Lines record gives, not the file's name every record shares; by the file name, not a content hash.

The reports are written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.model import Article, Brief, Coverage, Fact, MetaValue, ProvenanceEdge, Span, StoryBrief
from storyline.render.markdown import render_markdown
from storyline.render.view import outlet_name, reader_name

FIRST = "A ferry sank off Velm on Friday with forty people on board, the Velm Courier reported."
SECOND = "Forty people were on board the ferry that sank off Velm on Friday, the coast guard said."
THIRD = "The ferry that sank off Velm on Friday had failed an inspection in May."


def _articles() -> tuple[Article, ...]:
    return (
        Article(id="velm-1", text=FIRST, source="reports/in.jsonl", format="jsonl"),
        Article(id="velm-2", text=SECOND, source="reports/in.jsonl", format="jsonl"),
        Article(id="9f3c0a7d5e2b4c11", text=THIRD, source="reports/ferry.txt"),
        Article(id="velm-4", text=THIRD, source="reports/in.jsonl", format="jsonl",
                outlet=MetaValue(value="Velm Courier", inferred=False)),
    )


def _brief() -> Brief:
    arts = _articles()
    story = StoryBrief(
        id="s1", title="Ferry sinks off Velm", articles=tuple(a.id for a in arts),
        facts=(
            Fact(id="f1", text="Forty people were on board.", status="corroborated",
                 support=(Span(article="velm-1", start=0, end=60), Span(article="velm-2", start=0, end=40)),
                 independent_sources=2, origin="report velm-2", outlets=("report velm-1", "report velm-2")),
            Fact(id="f2", text="The ferry had failed an inspection in May.", status="single",
                 support=(Span(article="9f3c0a7d5e2b4c11", start=0, end=40),), independent_sources=1,
                 outlets=("report 9f3c0a7d5e2b4c11",)),
        ),
        provenance=(ProvenanceEdge(source="report velm-1", target="Velm Courier",
                                   evidence=Span(article="velm-1", start=62, end=87)),),
        coverage=(Coverage(outlet="report 9f3c0a7d5e2b4c11", only_here=("f2",)),),
    )
    return Brief(articles=arts, stories=(story,))


def test_outlet_name_of_a_record_is_its_id_not_the_shared_file() -> None:
    arts = _articles()
    assert [outlet_name(a) for a in arts] == ["velm-1", "velm-2", "ferry.txt", "Velm Courier"]


def test_reader_name_replaces_the_stand_in_of_an_unknown_outlet() -> None:
    arts = {a.id: a for a in _articles()}
    assert reader_name("report 9f3c0a7d5e2b4c11", arts) == "ferry.txt"
    assert reader_name("report velm-2", arts) == "velm-2"
    assert reader_name("report of the coast guard", arts) == "report of the coast guard"


def test_markdown_names_reports_by_id_and_file_not_by_input_file_or_hash() -> None:
    md = render_markdown(_brief())
    assert "in.jsonl" not in md
    assert "report 9f3c0a7d5e2b4c11" not in md
    assert "report velm-" not in md
    assert "2 independent sources; velm-1, velm-2; origin: velm-2]" in md
    assert "- velm-1 credits Velm Courier" in md
    assert "- **ferry.txt**: only here: f2" in md


def test_markdown_one_provenance_line_per_outlet_pair_and_a_picture_reads_as_one() -> None:
    text = "A view of the harbour. Velm TV/Handout via REUTERS\n\nA view of the pier. Velm TV/Handout via REUTERS"
    art = Article(id="velm-5", text=text, source="in.jsonl", format="jsonl")
    first, second = (Span(article="velm-5", start=i, end=i + 7) for i in (43, text.rindex("REUTERS")))
    story = StoryBrief(
        id="s1", title="Ferry sinks off Velm", articles=("velm-5",),
        provenance=(
            ProvenanceEdge(source="report velm-5", target="Reuters", evidence=first, kind="picture"),
            ProvenanceEdge(source="report velm-5", target="Reuters", evidence=second, kind="picture"),
        ),
    )
    md = render_markdown(Brief(articles=(art,), stories=(story,)))
    assert text[43:50] == "REUTERS"
    assert md.count("credits a picture to Reuters") == 1
    assert "- velm-5 credits a picture to Reuters [1][2]" in md
