"""Imported once by the batch's fork server (``core.batch``): one BLAS thread, then the French
pipeline loaded, so that every worker forked from it starts with the model already in memory
(shared, copy-on-write) instead of loading its own (~3 s of processor time each)."""

from __future__ import annotations

import os

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from core import extractor  # noqa: E402  (after the thread limits: numpy reads them at import)
from core.names.nlp import pipeline  # noqa: E402

pipeline("fr")

__all__ = ["extractor"]
