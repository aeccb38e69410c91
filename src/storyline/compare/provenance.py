"""Provenance: which report credits which outlet for what, and where a statement first came from.

Edges come from the citations the extractor found (``Analysis.citations``): a report of outlet A that says
"told B", "B reported", "according to B" ... gives ``A -> B`` with the citation as evidence and the credited
clause. A report's credit to its own outlet ("told CNN" in CNN, "CNN reached out to NATO") is no edge: it says
the outlet obtained the content itself, which is what ``origin_of`` reports for it.

A statement's origin is the outlet a citation in (or crediting) it names, else the report's own outlet.
Within a fact, origins are followed through the story: when a report credits outlet B and B's own report of
the same fact credits C, the origin is C. The count of distinct origins is the fact's number of independent
sources.

Does NOT infer unstated copying from wording alone: a syndicated copy counts once only when it says so (a
wire dateline, "This X report was edited for ..."); the clustering stage's ``duplicate_of`` is not seen here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storyline.model import Analysis, Article, Citation, ProvenanceEdge, Span


def outlet_of(article: Article, analysis: Analysis | None = None) -> str:
    """The outlet's name; when it is unknown, the outlet the report names in its own acts ("CNN reached out
    to"), else a stand-in naming the report."""
    if article.outlet.value:
        return article.outlet.value
    if analysis is not None:
        own = [c.cites for c in analysis.citations if c.kind == "self"]
        if own:
            return own[0]
    return f"report {article.id}"


def _norm(name: str) -> str:
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


def same_outlet(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)


def provenance_edges(articles: Sequence[Article], analyses: Sequence[Analysis]) -> tuple[ProvenanceEdge, ...]:
    """One edge per citation of another outlet, in story then text order; duplicates of a pair kept as evidence."""
    edges = []
    for article, analysis in zip(articles, analyses, strict=True):
        source = outlet_of(article, analysis)
        for c in analysis.citations:
            if c.kind == "self" or same_outlet(c.cites, source):
                continue
            edges.append(ProvenanceEdge(source=source, target=c.cites, evidence=c.span, credited=c.credited))
    return tuple(edges)


def _touches(c: Citation, span: Span) -> bool:
    if c.span.overlaps(span):
        return True
    return c.credited is not None and c.credited.overlaps(span) and _share(c.credited, span) > 0.3


def _share(a: Span, b: Span) -> float:
    """How much of ``b`` lies in ``a``."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(b.end - b.start, 1)


def origin_of(span: Span, article: Article, analysis: Analysis, *, sentence: Span | None = None) -> str:
    """Where the statement at ``span`` comes from: the outlet a citation touching it names, else its own outlet.

    ``sentence``, when given, is the sentence holding the statement: a citation in the same sentence counts
    (a quote credited by "told CNN" after it).
    """
    own = outlet_of(article, analysis)
    hits = [c for c in analysis.citations if c.kind != "self" and _touches(c, span)]
    if not hits and sentence is not None:
        hits = [c for c in analysis.citations if c.kind != "self" and c.span.overlaps(sentence)]
    if not hits:
        return own
    # a credit to another outlet outweighs the report's own ("told CNN" inside a Newsweek sentence)
    others = [c for c in hits if not same_outlet(c.cites, own)]
    chosen = others or hits
    chosen.sort(key=lambda c: abs(c.span.start - span.start))
    return chosen[0].cites if others else own


def follow(origins: Mapping[str, str], start: str) -> str:
    """Follow ``outlet -> outlet it credits`` links from ``start`` to the first outlet that credits no other."""
    seen = {_norm(start)}
    at = start
    while True:
        nxt = next((v for k, v in origins.items() if same_outlet(k, at)), None)
        if nxt is None or same_outlet(nxt, at) or _norm(nxt) in seen:
            return at
        seen.add(_norm(nxt))
        at = nxt


def resolve(origins: Sequence[tuple[str, str]]) -> list[str]:
    """Final origins of ``(report outlet, stated origin)`` pairs, following credits through the same fact."""
    by_outlet = {outlet: origin for outlet, origin in origins if not same_outlet(outlet, origin)}
    return [follow(by_outlet, origin) for _, origin in origins]


def distinct(names: Sequence[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(same_outlet(n, m) for m in out):
            out.append(n)
    return out
