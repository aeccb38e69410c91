"""Scale-out: the per-article work on a Dask cluster, with results identical to the local run.

Needs the ``scale`` extra (``dask``, ``distributed``), imported only when a function is called.
"""

from __future__ import annotations

from storyline.scale.dask import brief_distributed, read_distributed

__all__ = ["brief_distributed", "read_distributed"]
