"""The brief as the versioned JSON document of ``../shared/CONTRACT.md`` (schema ``storyline.brief/1``).

This is a public interface: field names and meanings only ever grow. Spans are ``{"article", "start",
"end"}``; a dict that also has ``"text"`` (quotes) holds exactly ``article.text[start:end]``. A few fields
beyond the contract are added where a reader needs them (``speaker_name``, ``cue`` and ``also_attributed``
on quotes, ``outlets`` on facts, ``quoted`` on coverage, ``independent_sources`` on summary lines).

``from_json`` reads such a document back into model values (given the articles' texts, which the document
does not hold), so that pages served from the store render through the same code as the CLI's brief.
"""

from __future__ import annotations

import json as _json
from collections.abc import Iterable, Mapping
from typing import Any

from storyline.model import (
    SCHEMA,
    Article,
    Brief,
    Coverage,
    Fact,
    MetaValue,
    ProvenanceEdge,
    Span,
    StoryBrief,
    StoryEntity,
    StoryQuote,
    SummaryItem,
    TimelineEntry,
)
from storyline.render.view import reader_name, report_labels

Json = dict[str, Any]


def span_json(span: Span) -> Json:
    return {"article": span.article, "start": span.start, "end": span.end}


def _spans(spans: Iterable[Span]) -> list[Json]:
    return [span_json(s) for s in spans]


def meta_json(meta: MetaValue) -> Json:
    """A metadata value as the contract writes it: the value and whether it was inferred, then how it was come by
    (``method``: given, feed, html-meta, dateline, stamp, text-dates, story, ...), the bounds of an inferred date,
    and the spans of the report's text that it was inferred from, so a reader can check an inferred outlet or date
    as any other line of the brief.

    A value that could not be inferred is null and not marked inferred: the contract's flag tells how a value
    was come by, and there is none (``method`` and the bounds still say what was tried).
    """
    out: Json = {"value": meta.value, "inferred": meta.inferred and meta.value is not None}
    if meta.low or meta.high:
        out["low"], out["high"] = meta.low, meta.high
    if meta.method:
        out["method"] = meta.method
    if meta.evidence:
        out["evidence"] = _spans(meta.evidence)
    return out


def article_json(article: Article) -> Json:
    """An article's metadata as the contract lists it (its text is not part of the brief)."""
    return {
        "id": article.id,
        "source": article.source,
        "outlet": meta_json(article.outlet),
        "published": meta_json(article.published),
        "title": article.title.value,
        "url": article.url.value,
    }


def story_json(story: StoryBrief, articles: Mapping[str, Article]) -> Json:
    """One story of the brief; ``articles`` supplies the text that quotes are re-read from, and the names of
    reports of unknown outlet: compare's stand-in "report <id>" in a provenance edge, a coverage line or a
    fact's origin reads as the report's file name (its record's id), as in the Markdown brief."""
    names = {e.id: e.name for e in story.entities}
    labels = report_labels(articles.values())

    def shown(name: str) -> str:
        return reader_name(name, articles, labels)

    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "entities": [
            {"id": e.id, "name": e.name, "type": e.type, "role": e.role, "mentions": _spans(e.mentions)}
            for e in story.entities
        ],
        "quotes": [
            {
                **span_json(q.span),
                # re-read from the source: the contract promises text == article text at the offsets
                "text": _source(q.span, articles, q.text),
                "kind": q.kind,
                "speaker": q.speaker,
                "speaker_name": names.get(q.speaker) if q.speaker else q.speaker_name,
                "same_as": _spans(q.same_as),
                "cue": q.cue,
                # carriers that give the words to someone else
                "also_attributed": [
                    {**span_json(at), "speaker": who, "speaker_name": names.get(who, who)}
                    for at, who in q.also_attributed
                ],
            }
            for q in story.quotes
        ],
        "timeline": [
            {
                "value": t.value, "text": t.text, "support": _spans(t.support), "year_stated": t.year_stated,
                # other reports' sentences that give this event another year: they dispute the date
                "disputed": _spans(t.disputed),
                # a date well before the story's own days: what led up to it
                "background": t.background,
            }
            for t in story.timeline
        ],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "status": f.status,
                "support": _spans(f.support),
                "independent_sources": f.independent_sources,
                "origin": shown(f.origin) if f.origin else f.origin,
                "conflicts_with": list(f.conflicts_with),
                "outlets": list(dict.fromkeys(shown(o) for o in f.outlets)),
                "why": f.why or None,
                "may_be_update": f.may_be_update,
            }
            for f in story.facts
        ],
        "provenance": [
            {
                "from": shown(p.source),
                "to": shown(p.target),
                "evidence": span_json(p.evidence),
                **({"credited": span_json(p.credited)} if p.credited else {}),
                "kind": p.kind,
            }
            for p in story.provenance
        ],
        "coverage": [
            {"outlet": shown(c.outlet), "only_here": list(c.only_here), "quoted": list(c.quoted)}
            for c in story.coverage
        ],
        "summary": [
            {"text": s.text, "support": _spans(s.support), "independent_sources": s.independent_sources}
            for s in story.summary
        ],
    }


def _source(span: Span, articles: Mapping[str, Article], fallback: str) -> str:
    art = articles.get(span.article)
    return art.text[span.start : span.end] if art is not None else fallback


def render_json(brief: Brief) -> Json:
    """The whole brief as the contract's JSON-able dict."""
    by_id = {a.id: a for a in brief.articles}
    return {
        "schema": brief.schema or SCHEMA,
        "articles": [article_json(a) for a in brief.articles],
        "stories": [story_json(s, by_id) for s in brief.stories],
    }


def dumps(brief: Brief, *, indent: int | None = 2) -> str:
    """``render_json`` as text (UTF-8 friendly: non-ASCII kept as is)."""
    return _json.dumps(render_json(brief), ensure_ascii=False, indent=indent)


# ---- back from JSON -----------------------------------------------------------------------------------------


def _span(d: Mapping[str, Any]) -> Span:
    return Span(article=str(d["article"]), start=int(d["start"]), end=int(d["end"]))


def _span_list(items: Iterable[Mapping[str, Any]] | None) -> tuple[Span, ...]:
    return tuple(_span(d) for d in items or ())


def story_from_json(d: Mapping[str, Any]) -> StoryBrief:
    """One contract story back as a ``StoryBrief`` (unknown fields ignored)."""
    return StoryBrief(
        id=str(d["id"]),
        title=str(d.get("title") or ""),
        articles=tuple(d.get("articles") or ()),
        entities=tuple(
            StoryEntity(
                id=e["id"], name=e["name"], type=e.get("type") or "", role=e.get("role"),
                mentions=_span_list(e.get("mentions")),
            )
            for e in d.get("entities") or ()
        ),
        quotes=tuple(
            StoryQuote(
                span=_span(q), text=q.get("text") or "", kind=q.get("kind") or "direct",
                speaker=q.get("speaker"), same_as=_span_list(q.get("same_as")), cue=q.get("cue"),
                speaker_name=None if q.get("speaker") else q.get("speaker_name"),
                also_attributed=tuple((_span(a), a.get("speaker") or "") for a in q.get("also_attributed") or ()),
            )
            for q in d.get("quotes") or ()
        ),
        timeline=tuple(
            TimelineEntry(
                value=t["value"], text=t.get("text") or "", support=_span_list(t.get("support")),
                year_stated=t.get("year_stated", True) is not False, disputed=_span_list(t.get("disputed")),
                background=t.get("background") is True,
            )
            for t in d.get("timeline") or ()
        ),
        facts=tuple(
            Fact(
                id=f["id"], text=f.get("text") or "", status=f.get("status") or "single",
                support=_span_list(f.get("support")), independent_sources=int(f.get("independent_sources") or 1),
                origin=f.get("origin"), conflicts_with=tuple(f.get("conflicts_with") or ()),
                outlets=tuple(f.get("outlets") or ()), why=f.get("why") or "",
                may_be_update=f.get("may_be_update") is True,
            )
            for f in d.get("facts") or ()
        ),
        provenance=tuple(
            ProvenanceEdge(
                source=p["from"], target=p["to"], evidence=_span(p["evidence"]),
                credited=_span(p["credited"]) if p.get("credited") else None, kind=p.get("kind") or "credit",
            )
            for p in d.get("provenance") or ()
        ),
        coverage=tuple(
            Coverage(outlet=c["outlet"], only_here=tuple(c.get("only_here") or ()), quoted=tuple(c.get("quoted") or ()))
            for c in d.get("coverage") or ()
        ),
        summary=tuple(
            SummaryItem(
                text=s.get("text") or "", support=_span_list(s.get("support")),
                independent_sources=int(s.get("independent_sources") or 1),
            )
            for s in d.get("summary") or ()
        ),
    )


def from_json(payload: Mapping[str, Any], articles: Iterable[Article]) -> Brief:
    """A contract document back as a ``Brief``; ``articles`` (with their texts) replace the listed metadata.

    Articles listed in the document but not given keep their metadata with an empty text, so a page can
    still name them; their spans then cite nothing.
    """
    given = {a.id: a for a in articles}
    out: list[Article] = []
    for d in payload.get("articles") or ():
        art = given.get(d["id"])
        if art is None:
            art = Article(
                id=d["id"], text="", source=d.get("source") or "",
                outlet=_meta_back(d.get("outlet")), published=_meta_back(d.get("published")),
                title=_meta_back(d.get("title")),
            )
        out.append(art)
    return Brief(
        articles=tuple(out),
        stories=tuple(story_from_json(s) for s in payload.get("stories") or ()),
        schema=str(payload.get("schema") or SCHEMA),
    )


def _meta_back(d: Any) -> MetaValue:
    if isinstance(d, Mapping):
        return MetaValue(
            value=d.get("value"),
            inferred=bool(d.get("inferred")),
            evidence=_span_list(d.get("evidence")),
            low=d.get("low"),
            high=d.get("high"),
            method=str(d.get("method") or ""),
        )
    return MetaValue(value=d if isinstance(d, str) else None)
