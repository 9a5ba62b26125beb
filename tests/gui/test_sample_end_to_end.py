"""The sample article through the real core: read, extracted by spaCy in the model's process,
stored by the worker, painted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from gui.app import build
from gui.settings import Preferences

# Loading the French model and extracting take seconds on a slow machine; the test waits on the
# window's own signal, this is only the point where it gives up.
GIVE_UP_MS = 180_000


@pytest.mark.slow
def test_the_sample_article_opens_end_to_end(
    qtbot: Any, tmp_path: Path, settings: QSettings
) -> None:
    reader = build(Preferences(settings), str(tmp_path / "store.sqlite"))
    qtbot.addWidget(reader.window)
    reader.window.show()
    assert reader.sample is not None, "the sample article ships with Liseuse"
    try:
        with qtbot.waitSignal(reader.window.highlightsApplied, timeout=GIVE_UP_MS):
            reader.reading.start(reader.sample, warm_up=False)
        window = reader.window
        extraction = window.article.extraction
        assert extraction is not None
        assert window.article.text.document().toPlainText() == extraction.text
        people = [e for e in extraction.entities if e.kind == "PER"]
        assert people
        assert extraction.events
        assert window.entities_proxy.rowCount() == len(people)
        assert window.events_proxy.rowCount() == len(extraction.events)
        mentions = sum(len(e.mentions) for e in extraction.entities) + len(extraction.dates)
        assert len(window.article.text.marks) == mentions
        assert window.article.messages.text() == ""
        assert reader.preferences.last_source() == reader.sample
    finally:
        reader.close()
