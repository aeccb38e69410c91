import sqlite3
import threading
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.model import (
    Analysis,
    Article,
    Assignment,
    Citation,
    Entity,
    MetaValue,
    Quote,
    Span,
    TimeExpr,
)
from storyline.store import Store, StoryRow


def _article(i: int, text: str | None = None, **meta: MetaValue) -> Article:
    body = text or f"Report number {i} about the harbour bridge.\r\n"
    return Article(id=f"a{i}", text=body, source=f"f{i}.txt", **meta)


def _analysis(article: Article, version: str = "v1") -> Analysis:
    span = Span(article=article.id, start=0, end=6)
    return Analysis(
        article=article.id,
        version=version,
        sentences=(span,),
        entities=(Entity(id="e1", name="Report", type="ORG", mentions=(span,), role="r", role_span=span),),
        quotes=(Quote(span=span, text="Report", kind="direct", speaker=None, cue_span=span),),
        timexes=(TimeExpr(span=span, text="Report", type="DATE", value="2024-03-05"),),
        citations=(Citation(span=span, text="Report", cites="Reuters", kind="reported", credited=None),),
    )


@pytest.fixture
def store() -> Store:
    with Store(":memory:") as s:
        yield s


def test_repo_articles_round_trip_text_and_metadata_exactly(store: Store) -> None:
    outlet = MetaValue(value="CNN", inferred=True, evidence=(Span(article="a1", start=1, end=4),), method="self")
    dated = MetaValue(value="2024-03-05", low="2024-03-01", high="2024-03-06")
    tricky = "\ufeff  Zoë’s “café”\r\n\tnull\\0 and 𝔘nicode \u2028 end  \n"
    articles = [
        _article(1, tricky, outlet=outlet, published=dated),
        _article(2, title=MetaValue(value="A title", method="given"), url=MetaValue(value="https://x.example/2")),
    ]
    store.save_articles(articles)
    assert store.load_articles() == articles
    assert store.load_articles(["a2", "missing", "a1"]) == [articles[1], articles[0]]
    assert store.load_articles(["a1"])[0].text == tricky


def test_repo_upsert_keeps_insertion_order(store: Store) -> None:
    store.save_articles([_article(1), _article(2), _article(3)])
    changed = Article(id="a1", text="Rewritten text of the first report.")
    store.save_articles([changed])
    assert store.article_ids() == ["a1", "a2", "a3"]
    assert store.load_articles(["a1"]) == [changed]


def test_repo_analyses_keyed_by_article_and_version(store: Store) -> None:
    a1, a2 = _article(1), _article(2)
    store.save_articles([a1, a2])
    store.save_analyses([_analysis(a1, "v1"), _analysis(a2, "v1"), _analysis(a1, "v2")])
    got = store.load_analyses(["a1", "a2", "a9"], version="v1")
    assert set(got) == {"a1", "a2"}
    assert got["a1"] == _analysis(a1, "v1")
    assert set(store.load_analyses(["a1", "a2"], version="v2")) == {"a1"}
    assert store.load_analyses(["a1"], version="v3") == {}


def test_repo_analysis_of_unknown_article_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.save_analyses([_analysis(_article(5))])


def test_repo_assignments_and_stories(store: Store) -> None:
    store.save_articles(
        [
            _article(1, outlet=MetaValue(value="CNN"), published=MetaValue(value="2023-05-10")),
            _article(2, outlet=MetaValue(value="Newsweek"), published=MetaValue(value="2023-05-12T08:00:00Z")),
            _article(3, outlet=MetaValue(value="CNN")),
            _article(4),
        ]
    )
    store.save_assignments(
        [
            Assignment(article="a1", story="s1"),
            Assignment(article="a2", story="s1", duplicate_of="a1"),
            Assignment(article="a3", story="s2"),
        ]
    )
    store.save_assignments([Assignment(article="a4", story="s2")])
    assert [(a.article, a.story, a.duplicate_of) for a in store.load_assignments()] == [
        ("a1", "s1", None),
        ("a2", "s1", "a1"),
        ("a3", "s2", None),
        ("a4", "s2", None),
    ]
    assert store.stories() == [
        StoryRow(
            id="s1",
            count=2,
            article_ids=("a1", "a2"),
            outlets=("CNN", "Newsweek"),
            first_published="2023-05-10",
            last_published="2023-05-12",
            opening="Report number 1 about the harbour bridge.\r\n",
        ),
        StoryRow(
            id="s2", count=2, article_ids=("a3", "a4"), outlets=("CNN",), first_published=None, last_published=None,
            opening="Report number 3 about the harbour bridge.\r\n",
        ),
    ]


def test_repo_reassigning_an_article_moves_it(store: Store) -> None:
    store.save_articles([_article(1)])
    store.save_assignments([Assignment(article="a1", story="s1")])
    store.save_assignments([Assignment(article="a1", story="s9")])
    assert [s.id for s in store.stories()] == ["s9"]


def test_repo_state_and_briefs(store: Store) -> None:
    assert store.load_state("index") is None
    store.save_state("index", {"bands": [[1, 2], [3]], "note": "ünïcode"})
    store.save_state("index", {"bands": [[4]]})
    assert store.load_state("index") == {"bands": [[4]]}
    assert store.load_brief("s1") is None
    store.save_brief("s1", {"schema": "storyline.brief/1", "stories": []})
    assert store.load_brief("s1") == {"schema": "storyline.brief/1", "stories": []}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("liaison office", ["a1"]),
        ("LIAISON", ["a1"]),
        ("cafe", ["a2"]),  # accents are folded
        ("ferry", ["a2", "a3"]),
        ('"unbalanced AND OR (', []),  # FTS syntax is not interpreted, and does not fail
        ("", []),
        ("nothing-matches-this", []),
    ],
)
def test_repo_search(store: Store, query: str, expected: list[str]) -> None:
    store.save_articles(
        [
            _article(1, "NATO plans a liaison office in Tokyo, officials said."),
            _article(2, "The café by the ferry pier reopened."),
            _article(3, "Ferry fares rise in May; the ferry operator blamed fuel costs."),
        ]
    )
    hits = store.search(query)
    assert sorted(h[0] for h in hits) == sorted(expected)
    for _, snippet in hits:
        assert "[" in snippet


def test_repo_search_follows_updates(store: Store) -> None:
    store.save_articles([_article(1, "An old text about lighthouses.")])
    store.save_articles([_article(1, "A new text about windmills.")])
    assert store.search("lighthouses") == []
    assert [h[0] for h in store.search("windmills")] == ["a1"]


def test_repo_failed_batch_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    first = [_article(1), _article(2)]
    with Store(path) as store:
        store.save_articles(first)
        store.save_assignments([Assignment(article="a1", story="s1")])
        # The second article of this batch breaks the NOT NULL constraint after the first was written.
        bad_batch = [_article(3), Article(id="a4", text=None)]  # type: ignore[arg-type]
        with pytest.raises(StoreError):
            store.save_articles(bad_batch)
        # An assignment batch that fails on its last item (unknown article) changes nothing either.
        with pytest.raises(StoreError):
            store.save_assignments([Assignment(article="a2", story="s1"), Assignment(article="zz", story="s1")])
    with Store(path) as store:
        assert store.load_articles() == first
        assert [a.article for a in store.load_assignments()] == ["a1"]
        assert sorted(h[0] for h in store.search("harbour")) == ["a1", "a2"]


def test_repo_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store(tmp_path / "nested" / "s.db") as store:
        assert store.pragma("journal_mode") == "wal"
        assert store.pragma("foreign_keys") == 1
    with Store(":memory:") as store:
        assert store.pragma("journal_mode") == "memory"
        assert store.in_memory


def test_repo_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not an sqlite file at all" * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "junk.db" in str(info.value)


def test_repo_threads_can_share_a_store(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        errors: list[BaseException] = []

        def work(n: int) -> None:
            try:
                store.save_articles([_article(n)])
                store.load_articles()
            except BaseException as exc:  # collected for the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert sorted(store.article_ids()) == sorted(f"a{n}" for n in range(8))


def test_repo_second_connection_reads_committed_rows(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as writer:
        writer.save_articles([_article(1)])
        reader = sqlite3.connect(path)
        try:
            assert reader.execute("SELECT id FROM articles").fetchall() == [("a1",)]
        finally:
            reader.close()


def test_repo_changed_text_drops_stale_analyses(store: Store) -> None:
    a1, a2 = _article(1), _article(2)
    store.save_articles([a1, a2])
    store.save_analyses([_analysis(a1), _analysis(a2)])
    store.save_articles([a1, a2])  # saved again unchanged: analyses kept
    assert set(store.load_analyses(["a1", "a2"], version="v1")) == {"a1", "a2"}
    store.save_articles([Article(id="a1", text="An edited text under the same id.")])
    assert set(store.load_analyses(["a1", "a2"], version="v1")) == {"a2"}
    assert [h[0] for h in store.search("edited")] == ["a1"]


def test_repo_add_articles_never_replaces_a_stored_text(store: Store) -> None:
    store.save_articles([_article(1), _article(2)])
    moved = _article(2, outlet=MetaValue(value="Harbour Herald"))  # the same text, metadata added
    refused = store.add_articles([_article(1, "A different text under the id a1."), moved, _article(3)])
    assert refused == ("a1",)
    assert store.texts(["a1", "a3", "a9"]) == {"a1": _article(1).text, "a3": _article(3).text}
    assert store.load_articles(["a2"]) == [moved]
    assert store.article_ids() == ["a1", "a2", "a3"]


def test_repo_stories_name_their_title_and_opening(store: Store) -> None:
    store.save_articles(
        [
            _article(1, "Untitled first report of the ferry strike.", title=MetaValue(value="  ", inferred=True)),
            _article(2, title=MetaValue(value="Ferry strike talks go on", inferred=True)),
            _article(3, title=MetaValue(value="Ferry strike ends, union says", inferred=False)),
            _article(4, "A report of the Vantley flood, with no title."),
        ]
    )
    store.save_assignments([Assignment(article=f"a{i}", story="s1" if i < 4 else "s2") for i in range(1, 5)])
    first, second = store.stories()
    assert first.title == "Ferry strike ends, union says"  # a given title before an inferred one
    assert first.opening == "Untitled first report of the ferry strike."
    assert second.title is None
    assert second.opening == "A report of the Vantley flood, with no title."


def test_repo_brief_is_dropped_when_its_story_changes(store: Store) -> None:
    store.save_articles([_article(1), _article(2), _article(3)])
    store.save_assignments([Assignment(article="a1", story="s1"), Assignment(article="a3", story="s2")])
    for story in ("s1", "s2"):
        store.save_brief(story, {"stories": [{"title": story}]})
    store.save_assignments([Assignment(article="a1", story="s1")])  # the same assignment again: kept
    assert store.load_brief("s1") is not None
    store.save_assignments([Assignment(article="a2", story="s1")])  # a report joins s1
    assert store.load_brief("s1") is None
    assert store.load_brief("s2") is not None
    store.save_articles([_article(3, "The third report, rewritten under its id by a later ingest.")])
    assert store.load_brief("s2") is None


def test_a_brief_built_by_other_code_is_not_served_as_current(tmp_path: Path) -> None:
    # a stored brief keeps the version of the code that built it; asked for with another version it is stale
    with Store(tmp_path / "s.db") as store:
        store.save_brief("s1", {"stories": [{"title": "old"}]}, version="v1")
        assert store.load_brief("s1", version="v1") == {"stories": [{"title": "old"}]}
        assert store.load_brief("s1", version="v2") is None
        assert store.load_brief("s1") is not None  # no version asked: whatever is stored
