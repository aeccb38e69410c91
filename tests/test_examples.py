"""The bundled example corpus agrees with its designed reading, ``examples/expected.json``.

These tests check the corpus itself, not storyline: every phrase the reading names is really in the named
report, dates are real calendar dates, the JSONL copy says what the files say, the syndicated copy is a
near-duplicate and the other reports are not. End-to-end checks of storyline against the same reading live
with the end-to-end tests.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXPECTED: dict[str, Any] = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
MAIN = EXPECTED["stories"][0]["articles"]
OTHER: dict[str, str] = EXPECTED["stories"][1]["files"]
DUPLICATES = {d["article"] for d in EXPECTED["duplicates"]}

# TIMEX3 values used in the reading: a date (any granularity), an ISO week, a date with a time, a decade
# or a duration. Anything else is a typo in expected.json.
TIMEX_VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}|\d{3}|P\d+[YMWD]|PT\d+[HM])$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OPENING_MARKS = ('"', "“")


def file_of(article: str) -> Path:
    if article in EXPECTED["articles"]:
        return EXAMPLES / EXPECTED["articles"][article]["file"]
    return EXAMPLES / OTHER[article]


def text_of(article: str) -> str:
    return file_of(article).read_text(encoding="utf-8")


def words(article: str) -> int:
    return len(text_of(article).split())


def phrases(node: Any) -> list[tuple[str, str]]:
    """Every ``{"article": ..., "text": ...}`` pair anywhere in the reading."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("article"), str) and isinstance(node.get("text"), str):
            found.append((node["article"], node["text"]))
        for value in node.values():
            found.extend(phrases(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(phrases(value))
    return found


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    tokens = text.lower().split()
    return {tuple(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


def jaccard(a: str, b: str) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def parse_date(value: str) -> date:
    return date.fromisoformat(value[:10])


def test_examples_every_file_is_named_once() -> None:
    on_disk = {p.relative_to(EXAMPLES).as_posix() for p in EXAMPLES.rglob("*.txt")}
    named = [EXPECTED["articles"][a]["file"] for a in MAIN] + list(OTHER.values())
    assert sorted(named) == sorted(on_disk)
    assert set(MAIN).isdisjoint(OTHER)


@pytest.mark.parametrize("article", [a for a in EXPECTED["articles"] if a not in DUPLICATES])
def test_examples_report_length(article: str) -> None:
    assert 350 <= words(article) <= 700


@pytest.mark.parametrize("article", list(OTHER))
def test_examples_other_story_is_short(article: str) -> None:
    assert 150 <= words(article) <= 260


@pytest.mark.parametrize(("article", "phrase"), phrases(EXPECTED))
def test_examples_phrase_occurs_in_its_article(article: str, phrase: str) -> None:
    assert phrase in text_of(article), f"{phrase!r} not in {article}"


@pytest.mark.parametrize(
    "quote", [q for q in EXPECTED["quotes"] if q["kind"] in ("direct", "partial")], ids=lambda q: q["text"][:30]
)
def test_examples_direct_quote_opens_with_a_mark(quote: dict[str, Any]) -> None:
    text = text_of(quote["article"])
    starts = [m.start() for m in re.finditer(re.escape(quote["text"]), text)]
    assert any(s > 0 and text[s - 1] in OPENING_MARKS for s in starts)
    # the mark style the reading claims is the one the report uses
    mark = text[starts[0] - 1]
    assert (mark == '"') == (quote["marks"] == "straight")


def test_examples_quote_continued_over_two_paragraphs() -> None:
    # the first paragraph of a continued quote has no closing mark; the next one opens again
    first, second = (q["text"] for q in EXPECTED["quotes"] if "continued" in q.get("note", ""))
    text = text_of("riverline-radio")
    assert f'"{first}\n"{second}"' in text


def test_examples_titles_in_quotes_are_not_speech() -> None:
    for item in EXPECTED["not_quotes"]:
        text = text_of(item["article"])
        at = text.index(item["text"])
        assert text[at - 1] in OPENING_MARKS
        assert not any(q["text"] == item["text"] for q in EXPECTED["quotes"])


@pytest.mark.parametrize("article", list(EXPECTED["articles"]))
def test_examples_publication_dates_are_real(article: str) -> None:
    meta = EXPECTED["articles"][article]
    parse_date(meta["published"])
    # the report's own words point at its outlet
    name_words = {w for w in meta["outlet"].split() if len(w) >= 5}
    assert any(name_words & set(re.findall(r"\w+", ev)) for ev in meta["outlet_evidence"])


@pytest.mark.parametrize("item", EXPECTED["timex"], ids=lambda t: f"{t['article']}:{t['text']}")
def test_examples_timex_values(item: dict[str, Any]) -> None:
    value = item["value"]
    assert TIMEX_VALUE.match(value), value
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        day = parse_date(value)
        named = [d for d in WEEKDAYS if d in item["text"]]
        if named:
            assert day.strftime("%A") == named[0]
        # a date written out in full ("March 4") means that day
        if re.search(r"[A-Z][a-z]+ \d{1,2}", item["text"]):
            assert day.strftime("%B ") + str(day.day) in item["text"]
        published = parse_date(EXPECTED["articles"][item["article"]]["published"])
        assert abs((day - published).days) < 90
    elif value.startswith("20") and "-W" in value:
        year, week = value.split("-W")
        date.fromisocalendar(int(year), int(week), 1)


def test_examples_same_event_is_dated_differently() -> None:
    dating = next(n for n in EXPECTED["non_conflicts"] if n["kind"] == "dating")
    forms = {s["text"] for s in dating["statements"]}
    assert len(forms) == len(dating["statements"]) >= 2
    event = next(t for t in EXPECTED["timeline"] if t["value"] == "2025-03-04")
    assert {s["article"] for s in event["support"]} == {s["article"] for s in dating["statements"]}


def test_examples_timeline_is_sorted_and_real() -> None:
    values = [t["value"] for t in EXPECTED["timeline"]]
    assert values == sorted(values)
    for value in values:
        date.fromisoformat(value if len(value) == 10 else value + "-01")


def test_examples_jsonl_matches_the_files() -> None:
    lines = [json.loads(line) for line in (EXAMPLES / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == MAIN
    with_meta = []
    for record in lines:
        meta = EXPECTED["articles"][record["id"]]
        assert record["text"] == text_of(record["id"])
        assert ("outlet" in record) == meta["outlet_in_jsonl"]
        assert ("published" in record) == meta["published_in_jsonl"]
        if "outlet" in record:
            assert record["outlet"] == meta["outlet"]
            assert parse_date(record["published"]) == parse_date(meta["published"])
            assert {"title", "url"} <= set(record)
            if record["id"] not in DUPLICATES:
                with_meta.append(record["id"])
    # two of the four original reports carry metadata and two must have it inferred
    assert len(with_meta) == 2
    assert len([a for a in MAIN if a not in DUPLICATES]) == 4


def test_examples_reports_without_metadata_name_their_outlet() -> None:
    for article, meta in EXPECTED["articles"].items():
        if not meta["outlet_in_jsonl"]:
            assert meta["outlet"] in text_of(article)


def test_examples_duplicate_is_near_and_the_rest_are_not() -> None:
    for dup in EXPECTED["duplicates"]:
        assert jaccard(text_of(dup["article"]), text_of(dup["duplicate_of"])) >= 0.6
    pairs = [(a, b) for a in MAIN for b in MAIN if a < b]
    for a, b in pairs:
        if {a, b} not in [{d["article"], d["duplicate_of"]} for d in EXPECTED["duplicates"]]:
            assert jaccard(text_of(a), text_of(b)) < 0.2, (a, b)


def test_examples_other_story_shares_no_names() -> None:
    # the second story is a look-alike event; it must not borrow the first story's people or places
    names = {"Hollin", "Ashby", "Wend", "Castagna", "Morrow", "Lendholm", "WVWA"}
    for article in OTHER:
        assert not any(n in text_of(article) for n in names)


def test_examples_conflicts_differ_and_non_conflicts_do_not() -> None:
    for conflict in EXPECTED["conflicts"]:
        assert conflict["a"]["value"] != conflict["b"]["value"]
        assert conflict["a"]["article"] != conflict["b"]["article"]
        assert conflict["a"]["value"] in conflict["a"]["text"]
        assert conflict["b"]["value"] in conflict["b"]["text"]
    kinds = {n["kind"] for n in EXPECTED["non_conflicts"]}
    assert {"bounds", "rounding", "paraphrase", "granularity"} <= kinds


def test_examples_provenance_evidence_names_the_credited_outlet() -> None:
    outlets = {m["outlet"] for m in EXPECTED["articles"].values()}
    targets = set()
    for edge in EXPECTED["provenance"]:
        assert edge["to"] in edge["evidence"]
        assert edge["from"] == EXPECTED["articles"][edge["article"]]["outlet"]
        assert edge["to"] in outlets
        targets.add((edge["from"], edge["to"]))
    # one report repeats another outlet's interview; two outlets credit the wire agency
    assert ("Northfield Daily Post", "Riverline Radio") in targets
    assert len({f for f, t in targets if t == "Orrin Press" and f != "Hillcrest Tribune"}) == 2


def test_examples_facts_are_supported_by_the_outlets_claimed() -> None:
    for fact in EXPECTED["facts"]["corroborated"]:
        independent = {s["article"] for s in fact["support"]} - DUPLICATES
        assert len(independent) >= fact["independent_sources"] >= 2
    for fact in EXPECTED["facts"]["single_source_repeated"]:
        assert fact["independent_sources"] == 1
        assert len({s["article"] for s in fact["support"]}) >= 2
    for article, items in EXPECTED["facts"]["only_in"].items():
        for item in items:
            assert item in text_of(article)
            others = [a for a in MAIN if a != article and a not in DUPLICATES]
            assert not any(item in text_of(o) for o in others)
