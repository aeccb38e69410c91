"""Linking: a role a speaker gives someone in their own quoted words is not the role the story shows for them."""

from __future__ import annotations

from compare_helpers import link as _link


def test_a_role_inside_a_quotation_is_not_the_story_role(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": "Singer Mara Quill has died at 81.\n\nGuitarist Teo Brand paid tribute.\n\n"
        "“God bless you Mara Quill, the Queen Of Harbour Soul and a dear friend to our family,” he wrote.",
        "y": "Mara Quill died at home on Wednesday, her family said.",
    }
    ents = _link(nlp, texts)
    quill = [e for e in ents if e.name == "Mara Quill"]
    assert quill, [(e.name, e.role) for e in ents]
    assert quill[0].role is None or "friend" not in quill[0].role


def test_a_role_inside_a_statement_running_on_is_not_the_story_role(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = {
        "x": 'Her agent said in a statement: "Mara Quill, the Duchess of Harbour Soul, has died at home.\n\n'
        '"With her, the world loses a great voice."',
        "y": "Mara Quill died at home on Wednesday, her family said.",
    }
    ents = _link(nlp, texts)
    quill = [e for e in ents if e.name == "Mara Quill"]
    assert quill, [(e.name, e.role) for e in ents]
    assert quill[0].role is None or "Duchess" not in quill[0].role
