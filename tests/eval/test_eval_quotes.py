"""The PolNeAR quote scorer: unit mapping and matching on small hand-made records (no data needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.eval.quotes import Unit, _match, evaluate, gold_units, normalize, predicted_units, speaker_right
from storyline.model import Quote, Span


def test_eval_quotes_normalize_strips_marks_and_that() -> None:
    text = 'He said that "the plan works," and left.'
    s = text.index("that")
    e = text.index(",") + 2
    a, b = normalize(text, s, e)
    assert text[a:b] == "the plan works"


def _at(text: str, part: str, *, last: bool = False) -> Span:
    s = text.rindex(part) if last else text.index(part)
    return Span(article="x", start=s, end=s + len(part))


def _quoting(text: str):  # type: ignore[no-untyped-def]
    def q(part: str, kind: str, c: Span) -> Quote:
        return Quote(span=_at(text, part), text=part, kind=kind, cue_span=c)  # type: ignore[arg-type]

    return q


def test_eval_quotes_groups_resumed_quote_and_absorbs_partial() -> None:
    text = '"One," he said. "Two." Ann said the deal was "done."'
    cue, cue2 = _at(text, "said"), _at(text, "said", last=True)
    q = _quoting(text)
    quotes = (q("One,", "direct", cue), q("Two.", "direct", cue), q('the deal was "done.', "indirect", cue2))
    quotes += (q("done.", "partial", cue2),)
    quotes = tuple(sorted(quotes, key=lambda x: x.span.start))
    units = predicted_units(text, quotes)
    assert [text[u.start : u.end] for u in units] == ['One," he said. "Two.', 'the deal was "done.']


def test_eval_quotes_an_aside_clause_does_not_break_a_quotation_in_two() -> None:
    # "“A,” X said when asked about Y. “B”": A and B are one attribution; the aside is one of its own
    text = '"One," he said when asked about the ferry. "Two."'
    cue, asked = _at(text, "said"), _at(text, "asked")
    q = _quoting(text)
    quotes = (q("One,", "direct", cue), q("about the ferry", "indirect", asked), q("Two.", "direct", cue))
    units = predicted_units(text, quotes)
    assert sorted(text[u.start : u.end] for u in units) == ['One," he said when asked about the ferry. "Two.',
                                                           "about the ferry"]


def test_eval_quotes_overlap_is_one_to_one() -> None:
    gold = [Unit(0, 10, False), Unit(20, 30, False)]
    pred = [Unit(5, 25, False)]
    assert len(_match("x" * 40, gold, pred, exact=False)) == 1


def test_eval_quotes_speaker_by_span_or_name() -> None:
    gold = Unit(0, 5, True, ((10, 13),), "Ms. Lund")
    assert speaker_right(gold, Unit(0, 5, True, ((11, 12),), "", "x"))
    assert speaker_right(gold, Unit(0, 5, True, (), "", "Eva Lund"))
    assert not speaker_right(gold, Unit(0, 5, True, (), "", None))


def test_eval_quotes_on_a_tiny_file(tmp_path: Path) -> None:
    text = "“The road is closed,” said Jo Abel. Abel said that repairs start soon."
    c1 = text.index("The road")
    c2 = text.index("that repairs")
    src = text.index("Jo Abel")
    record = {
        "id": "r1",
        "is_primary": True,
        "text": text,
        "attributions": [
            {
                "source": [{"fragments": [[src, src + 7]], "text": "Jo Abel"}],
                "content": [{"fragments": [[c1 - 1, c1 + 21]]}],
            },
            {"source": [{"fragments": [[36, 40]], "text": "Abel"}], "content": [{"fragments": [[c2, len(text) - 1]]}]},
        ],
    }
    assert len(gold_units(record)) == 2
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    scores = evaluate(data=path)
    assert scores["all_exact_f1"] == pytest.approx(1.0)
    assert scores["quoted_exact_speaker_acc"] == pytest.approx(1.0)


def test_eval_quotes_normalize_strips_any_whitespace() -> None:
    # a no-break space after "that" is whitespace like any other
    text = "She said that\xa0“the fare stays.”"
    a, b = normalize(text, text.index("that"), len(text))
    assert text[a:b] == "the fare stays"


def test_eval_quotes_overlap_ignores_quotation_marks() -> None:
    # a mixed clause running over the next quotation's marks must not take it from that quotation's own unit
    text = 'Ann said it was "done" and asked, "Why wait?"'
    gold = [Unit(text.index("done"), text.index('" and'), True), Unit(text.index('"Why'), len(text), True)]
    pred = [Unit(text.index("it was"), len(text), True), Unit(text.index("Why"), len(text) - 1, True)]
    assert sorted(_match(text, gold, pred, exact=False)) == [(0, 0), (1, 1)]


def test_eval_quotes_a_mixed_clause_and_the_quotation_after_its_attribution_are_one_unit() -> None:
    # 'The ferry was a "good thing," she said. "We need it back."': PolNeAR spans it as one attribution
    text = 'The ferry was a "good thing," she said. "We need it back."'
    cue = _at(text, "said")
    q = _quoting(text)
    quotes = (q('The ferry was a "good thing,"', "indirect", cue), q("good thing,", "partial", cue))
    quotes += (q("We need it back.", "direct", cue),)
    units = predicted_units(text, tuple(sorted(quotes, key=lambda x: x.span.start)))
    assert [text[u.start : u.end] for u in units] == ['The ferry was a "good thing," she said. "We need it back.']


def test_eval_quotes_a_carried_quotation_spans_its_tellers_attribution() -> None:
    # PolNeAR's content of '"...," Ruiz said, according to Lee' is Lee's report: the quotation and "Ruiz said"
    text = 'Lee recalled the call. "I will run," Ruiz said, according to Lee.'
    q = _quoting(text)
    units = predicted_units(text, (q("I will run,", "direct", _at(text, "according")),))
    assert [text[u.start : u.end] for u in units] == ['I will run," Ruiz said']
    told = predicted_units(text, (q("I will run,", "direct", _at(text, "said")),))
    assert [text[u.start : u.end] for u in told] == ["I will run,"]
