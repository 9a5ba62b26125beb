"""Settings of the hostile-input suite: reproducible (derandomized, no example database written),
and timed by processor time per input rather than hypothesis's wall-clock deadline, which a busy
two-core machine would trip on its own (the deadline stays, generous, as a guard)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings

from core.names import nlp

settings.register_profile(
    "hostile",
    derandomize=True,
    database=None,
    deadline=timedelta(seconds=20),
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def no_spacy() -> Iterator[None]:
    """Names are not looked for (no spaCy model loaded); every other step of extraction runs."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nlp, "pipeline", lambda _lang: None)
        yield
