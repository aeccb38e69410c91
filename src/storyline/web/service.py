"""What the API and the pages do with the store, in one place: add reports, build and fetch briefs.

New reports are assigned to stories by the store's incremental story index, the same one ``storyline
ingest`` keeps, so story ids (and so page addresses) stay stable as reports arrive. A story's brief is
rebuilt when a report joins it, and built on first request for stories ingested elsewhere; analyses are
cached in the store, so a rebuild re-parses nothing already parsed. A stored report is never replaced here:
another text under a stored id is refused (``storyline ingest`` is where a report is updated).

Adding can be stopped (``stop``, asked between reports and between briefs: the API asks whether its client has
gone). Each report is parsed and stored with its analysis before the next is started, and the reports stored
are always given their stories, so a stopped request leaves whole reports behind, never half of one; the reports
not reached are not stored, and a brief not rebuilt is built on its first request.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.model import Article, Assignment, Brief
from storyline.store import Store, StoryRow

# a list names a story untitled by its reports by its first report's opening words, cut at a word boundary
OPENING_CHARS = 90
# one request adds its reports at a time: the pipeline is CPU work anyway, and the story index is read, changed and
# written back whole, so two requests adding at once would each lose the other's assignments
_ADDING = threading.Lock()


@dataclass(frozen=True, slots=True, kw_only=True)
class Added:
    """The outcome of adding reports: their assignments, the stories whose briefs were rebuilt, the reports
    refused because their id is taken by another text (in the store or earlier in the batch), and, when the
    work was stopped, how many reports were not reached and which touched stories' briefs were not rebuilt."""

    assignments: tuple[Assignment, ...]
    stories: tuple[str, ...]
    refused: tuple[str, ...] = ()
    stopped: bool = False
    not_reached: int = 0
    briefs_left: tuple[str, ...] = ()


def _never() -> bool:
    return False


def add_articles(
    store: Store, articles: Sequence[Article], *, sentences: int = 6, stop: Callable[[], bool] = _never
) -> Added:
    """Prepare, parse, store and assign ``articles`` to stories; rebuild the brief of every story they touch.

    Never replaces a stored report: an article whose id is stored (or given earlier in the batch) with
    another text is refused and named in ``Added.refused``; the others go on. The same id with the same
    text is the same report again and is accepted (its story does not change).

    ``stop`` is asked before each report and before each brief; once it says yes, the reports not reached are
    left out (not stored) and the briefs not rebuilt are left to be built on request (``Added.stopped``). The
    reports already stored are assigned to their stories all the same, in one step, as a batch is.
    """
    from storyline.pipeline import analyze_many, prepare
    from storyline.stories.stored import assign_stored

    unique, repeats = _first_of_each_id(articles)
    with _ADDING:
        kept: list[Article] = []
        taken: list[str] = []
        done = 0
        try:
            for article in unique:
                if stop():
                    break
                done += 1
                prepared = prepare(article)
                if store.add_articles([prepared]):
                    taken.append(prepared.id)
                    continue
                kept.append(prepared)  # stored: it is given its story below, whatever happens next
                # parsed now, one report at a time, so a stop comes between reports; the briefs reuse the analysis
                analyze_many([prepared], store=store)
        finally:
            assignments = assign_stored(store, kept) if kept else []
        stopped = done < len(unique)
        touched = list(dict.fromkeys(a.story for a in assignments))
        built: list[str] = []
        for story_id in touched:
            if stop():
                stopped = True
                break
            build_brief(store, story_id, sentences=sentences)
            built.append(story_id)
    refused = tuple(dict.fromkeys([*taken, *repeats]))
    return Added(
        assignments=tuple(assignments), stories=tuple(built), refused=refused, stopped=stopped,
        not_reached=len(unique) - done, briefs_left=tuple(touched[len(built):]),
    )


def _first_of_each_id(articles: Sequence[Article]) -> tuple[list[Article], list[str]]:
    """The batch with each id kept once, and the ids repeated with another text (those repeats are refused).

    A repeat with the same text is the same report given twice and is dropped quietly, as ``ingest.load``
    does with two input files holding one report.
    """
    first: dict[str, Article] = {}
    repeats: list[str] = []
    for article in articles:
        seen = first.setdefault(article.id, article)
        if seen.text != article.text:
            repeats.append(article.id)
    return list(first.values()), repeats


def story_title(store: Store, row: StoryRow) -> str:
    """What a list calls a story, from the moment it is stored: its reports' title (known at ingest, the rule
    the brief's title follows first), else its built brief's title, else its first report's opening words.

    The brief's last resort is a report id ("j2"), which says less than the report's own opening words.
    """
    if row.title:
        return row.title
    brief = store.load_brief(row.id)
    built = next((s.get("title") for s in (brief or {}).get("stories") or ()), None)
    if built and built not in row.article_ids:
        return str(built)
    opening = " ".join(row.opening.split())
    if len(opening) > OPENING_CHARS:
        opening = opening[:OPENING_CHARS].rsplit(" ", 1)[0] + " …"
    return opening or row.id


def current_id(store: Store, story_id: str) -> str:
    """The id that stands for ``story_id`` now (an older story's, once a merge folded it in)."""
    from storyline.stories.stored import resolve_story

    return resolve_story(store, story_id)


def story_row(store: Store, story_id: str) -> StoryRow | None:
    return next((r for r in store.stories() if r.id == story_id), None)


def build_brief(store: Store, story_id: str, *, sentences: int = 6) -> dict[str, Any] | None:
    """Compare the stored reports of one story, build its brief, keep and return it (contract JSON).

    None when the store has no such story.
    """
    row = story_row(store, story_id)
    if row is None:
        return None
    # imported here: the comparison stage loads language resources that an unknown id should not wait for
    from storyline.extract.dating import refine_story
    from storyline.pipeline import Reading, analyze_many, brief_of, brief_version
    from storyline.render.json import render_json

    articles = store.load_articles(list(row.article_ids))
    analyses = analyze_many(articles, store=store)
    articles, analyses = refine_story(articles, analyses)
    stored = {a.article: a for a in store.load_assignments()}
    assignments = tuple(
        Assignment(article=a.id, story=story_id, duplicate_of=getattr(stored.get(a.id), "duplicate_of", None))
        for a in articles
    )
    reading = Reading(articles=tuple(articles), analyses=tuple(analyses), assignments=assignments)
    payload = render_json(brief_of(reading, sentences=sentences))
    store.save_brief(story_id, payload, version=brief_version())
    return payload


def brief_payload(store: Store, story_id: str) -> dict[str, Any] | None:
    """The stored brief of a story, built now if the story has none yet or older code built it; None for an
    unknown story."""
    from storyline.pipeline import brief_version

    payload = store.load_brief(story_id, version=brief_version())
    if payload is None:
        payload = build_brief(store, story_id)
    return payload


BRIEF_FORMATS = ("json", "md", "html")


def rendered_brief(store: Store, story_id: str, fmt: str) -> str | None:
    """The story's brief as Markdown (``md``) or one self-contained HTML file (``html``), as ``storyline
    brief --format`` writes them; None for an unknown story. JSON is ``brief_payload``."""
    from storyline.render.html import render_html
    from storyline.render.markdown import render_markdown

    brief = brief_of_story(store, story_id)
    if brief is None:
        return None
    return render_markdown(brief) if fmt == "md" else render_html(brief)


def brief_of_story(store: Store, story_id: str) -> Brief | None:
    """The story's brief as model values, with its reports' texts (for the pages' source view)."""
    from storyline.render.json import from_json

    payload = brief_payload(store, story_id)
    if payload is None:
        return None
    ids = [a["id"] for a in payload.get("articles") or ()]
    return from_json(payload, store.load_articles(ids))


def story_of_article(store: Store, article_id: str) -> str | None:
    return next((a.story for a in store.load_assignments() if a.article == article_id), None)
