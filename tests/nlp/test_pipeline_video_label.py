"""A video's label opening the paragraph that quotes its clip ("Gov. Mara Quell speaks on the bridge collapse in
Velm, NL: “...”", blind review BA #14) is a sentence of its own: the label is page furniture, and left in the
quotation's sentence it came back as a fact ("Gov. Mara Quell speaks on the bridge collapse in Velm, NL").

Every text here is written for these tests; no sentence comes from a real report.
"""

from __future__ import annotations

from storyline.nlp.pipeline import parse

_TEXT = (
    "Velm bridge partly collapses\n\nPart of the Velm bridge collapsed early on Thursday.\n\n"
    "Gov. Mara Quell speaks on the bridge collapse in Velm, NL: “The crews were able to save a lot of people. We "
    "are bracing for bad news”\n\nThe mayor said the bridge had been inspected last year.\n"
)


def test_pipeline_a_videos_label_is_a_sentence_of_its_own() -> None:
    label = "Gov. Mara Quell speaks on the bridge collapse in Velm, NL:"
    sentences = [s.text.strip() for s in parse(_TEXT).sents]
    assert label in sentences
    assert any(s.startswith("“The crews were able") for s in sentences)


def test_pipeline_a_reports_own_introduction_stays_in_its_sentence() -> None:
    text = _TEXT.replace("speaks on the bridge collapse in Velm, NL:", "said on Thursday:")
    sentences = [s.text.strip() for s in parse(text).sents]
    assert "Gov. Mara Quell said on Thursday:" not in sentences
