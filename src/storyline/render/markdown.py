"""The brief as Markdown that reads well in a terminal as it is (no renderer needed).

Per story: title, summary, timeline, who said what, facts, provenance, coverage, then a numbered Sources
list; ``[n]`` in the text points at source ``n``, which gives the outlet and the quoted passage. Source
text is shown as is (whitespace folded), not Markdown-escaped: the reader sees the reports' own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.model import Brief
from storyline.render.view import ArticleView, Cite, FactView, Line, StoryView, brief_view

_STATUS = {"corroborated": "corroborated", "single": "single source", "conflict": "CONFLICT"}


def _refs(cites: Sequence[Cite]) -> str:
    return "".join(f"[{c.n}]" for c in cites)


def _fewer(fact: FactView) -> str:
    """Why a fact carried by more outlets counts fewer independent sources: some repeat another's report or one
    speaker ("3 outlets, 2 independent sources")."""
    if len(fact.outlets) <= fact.independent_sources or not fact.independent_sources:
        return ""
    return f" among {len(fact.outlets)} outlets, some repeating another's report or speaker"


def _sources(n: int) -> str:
    return f"{n} independent source" + ("" if n == 1 else "s")


def render_markdown(brief: Brief) -> str:
    """The whole brief as one Markdown document."""
    views = brief_view(brief, with_sources=False)
    parts: list[str] = []
    if len(views) != 1:
        parts.append(f"# storyline brief: {len(views)} stories from {len(brief.articles)} reports\n")
    for view in views:
        parts.append(_story(view, level=1 if len(views) == 1 else 2))
    if not views:
        parts.append("_No stories: no readable reports were given._\n")
    return "\n".join(parts).rstrip() + "\n"


def _story(v: StoryView, *, level: int) -> str:
    h = "#" * level
    out: list[str] = [f"{h} {v.title}", ""]
    reports = "; ".join(
        f"{a.outlet}{' (inferred)' if a.outlet_inferred else ''}"
        + (f", {a.published}{_date_note(a)}" if a.published else "")
        for a in v.articles
    )
    out += [f"Story {v.id}: {len(v.articles)} report(s): {reports}", ""]

    out += [f"{h}# Summary", ""]
    out += [f"- {line.text} {_refs(line.cites)} ({_sources(line.sources)})" for line in v.summary] or ["- (none)"]
    out.append("")

    out += [f"{h}# Timeline", ""]
    out += [
        f"- **{t.when or t.value}**{_value_note(t)}: {t.text} {_refs(t.cites)}"
        + (f" (another date given in {_refs(t.disputed)})" if t.disputed else "")
        for t in v.timeline
    ] or ["- (no dated events)"]
    out.append("")

    out += [f"{h}# Who said what", ""]
    for sp in v.ledger:
        out.append(f"- **{sp.name}**" + (f", {sp.role}" if sp.role else ""))
        for q in sp.quotes:
            # reported speech with its verb: "_declined_ to comment on the figure", "_warned_ that ..."
            mark = f"“{q.text}”" if q.kind != "indirect" else (f"_{q.cue}_ {q.text}" if q.cue else q.text)
            also = "".join(f"; {a}" for a in q.also)
            out.append(f"  - {mark} ({q.kind}; {', '.join(q.outlets)}{also}) {_refs(q.cites)}")
    if not v.ledger:
        out.append("- (no quotes)")
    out.append("")

    out += [f"{h}# Facts", ""]
    for f in v.facts:
        extra = f"; origin: {f.origin}" if f.origin else ""
        if f.conflicts_with:
            extra += f"; conflicts with {', '.join(f.conflicts_with)}"
            extra += f": {f.why}" if f.why else ""
            extra += " (may be successive updates)" if f.may_be_update else ""
        out.append(
            f"- {f.id} [{_STATUS.get(f.status, f.status)}, {_sources(f.independent_sources)}{_fewer(f)}; "
            f"{', '.join(f.outlets)}{extra}]: {f.text} {_refs(f.cites)}"
        )
    if not v.facts:
        out.append("- (no facts)")
    out.append("")

    out += [f"{h}# Provenance", ""]
    out += [f"- {e.source} {e.verb} {e.target} {_refs(e.cites)}" for e in v.provenance] or [
        "- (no report credits another outlet)"
    ]
    out.append("")

    out += [f"{h}# Coverage", ""]
    for c in v.coverage:
        only = "; ".join(f"{fid} {text}" for fid, text in c.only_here) or ("nothing else" if c.repeated else "nothing")
        out.append(f"- **{c.outlet}**: only here: {only}")
        # facts it alone is the origin of, which the fact list shows under the reports that repeat them too
        for who, repeated in c.repeated:
            facts = "; ".join(f"{fid} {text}" for fid, text in repeated)
            out.append(f"  - its own, repeated by {', '.join(who)}: {facts}")
        if c.quoted:
            out.append(f"  - quotes: {', '.join(c.quoted)}")
    if not v.coverage:
        out.append("- (no coverage data)")
    out.append("")

    out += [f"{h}# Sources", ""]
    for src in v.sources:
        where = f"{src.span.article} {src.span.start}-{src.span.end}"
        out.append(f"[{src.n}] {src.outlet} ({where}): “{src.passage}”")
    out.append("")
    return "\n".join(out)


def _date_note(a: ArticleView) -> str:
    """How a report's date was come by, after it: "(inferred)", or where the story lent it to a report that names
    no day, "(inferred from the other reports)"."""
    if not a.published_inferred:
        return ""
    return " (inferred from the other reports)" if a.published_lent else " (inferred)"


def _value_note(line: Line) -> str:
    """The TIMEX3 value beside its words, and the note on it: " (XXXX-WXX-2; year unknown, place approximate)"."""
    parts = [line.value] if line.when and line.when != line.value else []
    parts += [line.note] if line.note else []
    return f" ({'; '.join(parts)})" if parts else ""
