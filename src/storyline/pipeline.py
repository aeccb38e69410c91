"""The whole flow, stage by stage: ingest -> nlp -> extract -> stories -> compare -> brief.

Each stage is a plain function of the earlier stages' values; nothing is mutated in place. The store, when
given, caches articles, analyses and story assignments so that a second run on the same input reuses them.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.model import Analysis, Article, Assignment, Brief, StoryBrief

if TYPE_CHECKING:
    from spacy.tokens import Doc

ProgressFn = Callable[[Iterable[Article]], Iterable[Article]]


def _no_progress(items: Iterable[Article]) -> Iterable[Article]:
    return items


@functools.cache
def pipeline_version() -> str:
    """The cache key of analyses: the package, the model and a digest of the extractors' own source, so that a
    store never serves analyses made by older extraction code (the package version alone does not move when
    the code does between releases)."""
    from storyline import __version__
    from storyline.nlp.pipeline import model_version

    root = Path(__file__).parent
    digest = hashlib.sha1(usedforsecurity=False)
    for path in sorted([*root.joinpath("extract").glob("*.py"), *root.joinpath("nlp").glob("*.py")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"storyline-{__version__}+{model_version()}+{digest.hexdigest()[:10]}"


@functools.cache
def brief_version() -> str:
    """The cache key of stored briefs: the analyses' key and a digest of the whole package's source, so that a
    server never serves a brief that older comparison or briefing code built (a stored brief made before an
    upgrade is built again on its first request)."""
    root = Path(__file__).parent
    digest = hashlib.sha1(usedforsecurity=False)
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return f"{pipeline_version()}+{digest.hexdigest()[:10]}"


def prepare(article: Article) -> Article:
    """Infer what metadata can be told from the text alone (outlet, date, a headline line as the title),
    keeping what was given."""
    from storyline.extract.dating import infer_published
    from storyline.ingest.meta import infer_outlet, infer_title

    article = infer_title(infer_outlet(article))
    if not article.published.known:
        article = replace(article, published=infer_published(article))
    return article


def analyze(article: Article, *, doc: Doc | None = None) -> Analysis:
    """Parse one article (unless ``doc`` is given) and run every extractor on it."""
    from storyline.extract import analyze_doc
    from storyline.nlp.pipeline import parse

    if doc is None:
        doc = parse(article.text)
    return analyze_doc(article, doc, version=pipeline_version())


def analyze_many(
    articles: Sequence[Article], *, store: object | None = None, progress: ProgressFn = _no_progress
) -> list[Analysis]:
    """Analyses for many articles, in order; reuses and fills the store's cache when one is given."""
    from storyline.extract import analyze_doc
    from storyline.nlp.pipeline import parse_many

    version = pipeline_version()
    cached: dict[str, Analysis] = {}
    if store is not None:
        cached = store.load_analyses([a.id for a in articles], version=version)  # type: ignore[attr-defined]
    todo = [a for a in articles if a.id not in cached]
    fresh: dict[str, Analysis] = {}
    docs = parse_many(a.text for a in todo)
    for article, doc in zip(progress(todo), docs, strict=True):
        fresh[article.id] = analyze_doc(article, doc, version=version)
    if store is not None and fresh:
        store.save_analyses(list(fresh.values()))  # type: ignore[attr-defined]
    return [fresh[a.id] if a.id in fresh else reanchored(a, cached[a.id]) for a in articles]


def reanchored(article: Article, analysis: Analysis) -> Analysis:
    """A cached analysis with its time expressions resolved against the article's date as it is now.

    The cache is keyed by article id and pipeline version; the date (given or inferred) can change between
    runs, and time values depend on it. Resolving them again is cheap (the time stage needs no parse).
    """
    from storyline.extract.timex import extract_timexes

    return replace(analysis, timexes=extract_timexes(article))


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """Articles (metadata completed), their analyses and story assignments, all in input order."""

    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]
    assignments: tuple[Assignment, ...]

    def stories(self) -> dict[str, list[int]]:
        """Story id -> indexes of its articles, in input order."""
        groups: dict[str, list[int]] = {}
        for i, asg in enumerate(self.assignments):
            groups.setdefault(asg.story, []).append(i)
        return groups


def read(
    articles: Sequence[Article],
    *,
    store: object | None = None,
    progress: ProgressFn = _no_progress,
    embed: bool = False,
    threshold: float | None = None,
) -> Reading:
    """Prepare, analyze and cluster ``articles``; then settle dates story by story (see ``settle``).

    ``embed``: add sentence embeddings to the story signals (needs the ``embed`` extra). ``threshold``: the
    story clustering's threshold (None: its tuned default; see ``storyline.stories.cluster``).
    """
    prepared = [prepare(a) for a in articles]
    if store is not None:
        store.save_articles(prepared)  # type: ignore[attr-defined]
    analyses = analyze_many(prepared, store=store, progress=progress)
    return settle(prepared, analyses, store=store, embed=embed, threshold=threshold)


def settle(
    prepared: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    store: object | None = None,
    embed: bool = False,
    threshold: float | None = None,
) -> Reading:
    """Group analysed articles into stories, then settle dates story by story.

    A report with no absolute date of its own takes its date from the story's other reports
    (``storyline.extract.dating.refine_story``), and its time expressions are resolved again. Shared by
    ``read`` and the distributed run (``storyline.scale``), so both give the same result.
    """
    from storyline.extract.dating import refine_story
    from storyline.stories.cluster import cluster

    embedder = None
    if embed:
        from storyline.stories.embed import Embedder

        embedder = Embedder()
    assignments = tuple(cluster(list(prepared), threshold=threshold, embedder=embedder))
    if store is not None:
        # the store lists stories by its own lasting index; this batch's grouping is the brief's
        from storyline.stories.stored import assign_stored

        assign_stored(store, prepared)
    final_articles = list(prepared)
    final_analyses = list(analyses)
    reading = Reading(articles=tuple(prepared), analyses=tuple(analyses), assignments=assignments)
    for idx in reading.stories().values():
        arts, anas = refine_story([final_articles[i] for i in idx], [final_analyses[i] for i in idx])
        for i, art, ana in zip(idx, arts, anas, strict=True):
            final_articles[i], final_analyses[i] = art, ana
    return Reading(articles=tuple(final_articles), analyses=tuple(final_analyses), assignments=assignments)


def brief_of(reading: Reading, *, sentences: int = 6) -> Brief:
    """Compare the reports of each story and build its brief."""
    from storyline.brief.build import build_story
    from storyline.compare import compare_story

    stories: list[StoryBrief] = []
    for story_id, idx in reading.stories().items():
        arts = [reading.articles[i] for i in idx]
        anas = [reading.analyses[i] for i in idx]
        duplicates = {
            reading.assignments[i].article: dup for i in idx if (dup := reading.assignments[i].duplicate_of)
        }
        comparison = compare_story(arts, anas, duplicates=duplicates)
        stories.append(build_story(story_id, arts, anas, comparison, sentences=sentences))
    return Brief(articles=reading.articles, stories=tuple(stories))
