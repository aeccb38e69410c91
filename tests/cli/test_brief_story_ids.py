"""Two folders briefed one after the other over one store (QA rounds AL, AM, AN: both briefs opened on "Story
s1"): the second brief names its story by the store's lasting id, not the first brief's; a fresh store numbers as
the batch does, and briefing the first folder again gives its first id back.

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from pathlib import Path

from storyline.cli.brief_cmd import make_brief

_FERRY = (
    "Ferry Marisol sinks off Port Elsby\n\n"
    "The ferry Marisol sank off Port Elsby on Monday after a fire in its engine room, the harbour master said. "
    "All 40 passengers were rescued by fishing boats, the coast guard said."
)
_FERRY_2 = (
    "Passengers rescued as ferry sinks near Port Elsby\n\n"
    "Fishing boats rescued 40 passengers after the ferry Marisol caught fire and sank off Port Elsby on Monday, "
    "the coast guard said. The harbour master said the fire began in the engine room."
)
_VOTE = (
    "Velm council votes to close the old bridge\n\n"
    "The Velm town council voted 7-2 on Tuesday to close the old stone bridge over the Arn to cars, its mayor said. "
    "Engineers had warned that the bridge's piers were cracked."
)
_VOTE_2 = (
    "Old Arn bridge to close to cars\n\n"
    "Velm's council on Tuesday backed closing the old stone bridge over the Arn to traffic by seven votes to two, "
    "the mayor said, after engineers found cracks in its piers."
)


def _folder(root: Path, name: str, *texts: str) -> str:
    folder = root / name
    folder.mkdir()
    for n, text in enumerate(texts, 1):
        (folder / f"0{n}.txt").write_text(text, encoding="utf-8")
    return str(folder)


def test_brief_story_ids_differ_across_folders_over_one_store(tmp_path: Path) -> None:
    ferry = _folder(tmp_path, "a", _FERRY, _FERRY_2)
    vote = _folder(tmp_path, "b", _VOTE, _VOTE_2)
    db = str(tmp_path / "store.db")
    first = make_brief([ferry], db=db, sentences=3).stories[0].id
    second = make_brief([vote], db=db, sentences=3).stories[0].id
    again = make_brief([ferry], db=db, sentences=3).stories[0].id
    assert first == "s1"
    assert second != first
    assert again == first


def test_brief_story_ids_of_a_fresh_store_are_the_batchs(tmp_path: Path) -> None:
    vote = _folder(tmp_path, "b", _VOTE, _VOTE_2)
    assert make_brief([vote], db=":memory:", sentences=3).stories[0].id == "s1"
