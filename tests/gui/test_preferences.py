"""What the window remembers: recent files (those still there), the text's size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from gui.settings import Preferences
from tests.gui.conftest import launch_window


def test_recent_files_drop_the_ones_no_longer_there(tmp_path: Path, settings: QSettings) -> None:
    kept, gone = tmp_path / "kept.txt", tmp_path / "gone.txt"
    for path in (kept, gone):
        path.write_text("Un texte.", encoding="utf-8")
    preferences = Preferences(settings)
    for source in (str(gone), "https://example.org/article", str(kept)):
        preferences.remember(source)
    gone.unlink()
    assert preferences.recent() == [str(kept), "https://example.org/article"]


def test_the_recent_menu_is_read_again_when_it_opens(
    tmp_path: Path, reader: Any, settings: QSettings
) -> None:
    article = tmp_path / "read-before.txt"
    article.write_text("Un texte.", encoding="utf-8")
    reader.preferences.remember(str(article))
    reader.window.set_recent(reader.preferences.recent())
    assert [a.text() for a in reader.window.recent_menu.actions()] == ["read-before.txt"]
    article.unlink()
    reader.window.recent_menu.aboutToShow.emit()
    assert reader.window.recent_menu.actions() == []
    assert not reader.window.recent_menu.isEnabled()


def test_the_text_size_is_remembered_for_the_next_window(
    qtbot: Any, fakes: Any, settings: QSettings, db: str
) -> None:
    first = launch_window(qtbot, fakes, settings, db)
    text = first.window.article.text
    default = text.font().pointSizeF()
    first.window.actions_by_name["zoom_in"].trigger()
    first.window.actions_by_name["zoom_in"].trigger()
    first.close()
    second = launch_window(qtbot, fakes, settings, db)
    try:
        assert second.window.article.text.font().pointSizeF() == default + 2
        second.window.actions_by_name["zoom_reset"].trigger()
        assert Preferences(settings).zoom() == default
    finally:
        second.close()


def test_a_strange_remembered_size_is_ignored(settings: QSettings) -> None:
    settings.setValue("zoom", "huge")
    assert Preferences(settings).zoom() is None
    settings.setValue("zoom", 500)
    assert Preferences(settings).zoom() is None
