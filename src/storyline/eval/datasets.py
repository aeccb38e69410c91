"""Readers for the public evaluation data in ``../shared/data`` (never copied into the repository).

The data root is ``$STORYLINE_DATA`` when set, else the first ``shared/data`` found beside the working
directory or the package's checkout (``../shared/data`` from the project root).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.errors import EvalError


def data_root() -> Path:
    env = os.environ.get("STORYLINE_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *Path.cwd().parents, *here.parents):
        cand = base / "shared" / "data"
        if cand.is_dir():
            return cand
        cand = base.parent / "shared" / "data"
        if cand.is_dir():
            return cand
    raise EvalError("cannot find shared/data: set STORYLINE_DATA or run from the project root")


def dataset_path(name: str, split: str) -> Path:
    """``name`` is a folder of the data root (polnear, tempeval3, ecbplus); ``split`` a file stem prefix."""
    folder = data_root() / name
    for cand in (folder / f"{split}.jsonl", *sorted(folder.glob(f"{split}*.jsonl"))):
        if cand.is_file():
            return cand
    raise EvalError(f"no split {split!r} in {folder} (have: {sorted(p.name for p in folder.glob('*.jsonl'))})")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines file; a malformed line is an ``EvalError`` naming the file and line."""
    if not path.is_file():
        raise EvalError(f"no such data file: {path}")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"malformed JSON: {exc.msg}", source=str(path), line=n) from exc
