"""Page furniture: the labels that open the paragraphs of a live blog or an explainer ("Ruling upheld: ...")."""

from __future__ import annotations

import pytest

from storyline.extract.furniture import find_furniture
from storyline.model import Article

_TITLE = "Harbour tunnel vote\n\n"


def _labels(text: str, nlp=None) -> list[str]:  # type: ignore[no-untyped-def]
    article = Article(id="t", text=text)
    found = find_furniture(article, nlp(text) if nlp is not None else None)
    return [text[f.span.start : f.span.end] for f in found if f.kind == "label"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two labels or more: each label with its colon, not its paragraph
        (
            _TITLE + "Motion denied: The council’s lawyer Nora Vell asked for a recount. The chair refused.\n\n"
            "Next vote: The council meets again on May 3.\n\n"
            "Vell’s reaction: Vell left the hall without a word.",
            ["Motion denied:", "Next vote:", "Vell’s reaction:"],
        ),
        # a single one is as likely a sentence ("The plan was simple: ...")
        (_TITLE + "Motion denied: The council’s lawyer asked for a recount.\n\nThe chair refused.", []),
        # a colon before a quotation, a first person or a clause of saying is someone speaking
        (
            _TITLE + "Motion denied: The chair refused a recount.\n\n"
            "Dana Ruiz said: The tunnel will be built.\n\n"
            "Ruiz: “We will build it.”\n\n"
            "Holt: We will fight it.\n\n"
            "Next vote: The council meets again on May 3.",
            ["Motion denied:", "Next vote:"],
        ),
        # an interview's turns recur, or stand in capitals: speakers, not labels
        (
            _TITLE + "Q: Will the tunnel be built?\n\nA: Yes. Work starts in May.\n\n"
            "Q: Who pays?\n\nA: The port does.\n\n"
            "HOLT: It will not be built.\n\nMORAN: It will.\n\n"
            "Voter: Nobody asked us.\n\nVoter: Nobody asked us either.",
            [],
        ),
        # the first line is the title ("Poll: ..."), whatever its shape
        ("Poll: Voters back the tunnel\n\nNext vote: The council meets on May 3.\n\nThe chair said little.", []),
        # a clause is no label ("It is simple: ...")
        (
            _TITLE + "It is simple: The port pays.\n\nHere is the catch: Nobody knows the cost.\n\n"
            "Next vote: The council meets on May 3.\n\nCost so far: The study cost $2 million.",
            ["Next vote:", "Cost so far:"],
        ),
    ],
)
def test_label_furniture(text: str, expected: list[str]) -> None:
    assert _labels(text) == expected


def test_label_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # a section named for a person the report names ("Sanders: Win in a walk.") is no label of its own
    text = (
        _TITLE + "Mayor Dana Ruiz and Councillor Tom Okafor face a vote on the tunnel on Monday.\n\n"
        "Ruiz: The mayor needs nine votes to pass the plan.\n\n"
        "Okafor: The councillor has promised to vote against it.\n\n"
        "Next vote: The council meets again on May 3.\n\nCost so far: The study cost $2 million."
    )
    assert _labels(text) == ["Ruiz:", "Okafor:", "Next vote:", "Cost so far:"]
    assert _labels(text, nlp) == ["Next vote:", "Cost so far:"]


def test_label_is_cut_off_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    from storyline.extract import sentence_spans

    text = (
        _TITLE
        + "Motion denied: The council’s lawyer Nora Vell asked for a recount of the votes. The chair refused.\n\n"
        "Next vote: The council meets again on May 3 to vote on the tunnel."
    )
    article = Article(id="t", text=text)
    doc = nlp(text)
    sentences = [text[s.start : s.end] for s in sentence_spans(article, doc, find_furniture(article, doc))]
    assert "The council’s lawyer Nora Vell asked for a recount of the votes." in sentences
    assert "The council meets again on May 3 to vote on the tunnel." in sentences
    assert "Motion denied:" in sentences
