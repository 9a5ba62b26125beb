"""What the window remembers between launches (QSettings): the last article, recent files, the
text's size, the interface language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


def still_there(source: str) -> bool:
    """A web address is kept (it cannot be checked offline); a file only while it exists."""
    return "://" in source or Path(source).is_file()


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings("liseuse", "liseuse")

    def last_source(self) -> str | None:
        value = self._settings.value("last_source", "")
        return str(value) if value else None

    def recent(self) -> list[str]:
        """The recent articles, newest first, without the files that are no longer there."""
        return [source for source in self._remembered() if still_there(source)]

    def has_read(self) -> bool:
        """Whether an article was ever read (gone since or not): not the first launch."""
        return bool(self._remembered())

    def _remembered(self) -> list[str]:
        value = self._settings.value("recent", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a string
            value = [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, source: str) -> None:
        """``source`` opened well: it is the last article and first of the recent ones."""
        recent = [source, *(s for s in self.recent() if s != source)][:MAX_RECENT]
        self._settings.setValue("recent", recent)
        self._settings.setValue("last_source", source)

    def forget(self, source: str) -> None:
        """``source`` could not be read: drop it from the recent list and as last article."""
        self._settings.setValue("recent", [s for s in self._remembered() if s != source])
        if self.last_source() == source:
            self._settings.remove("last_source")

    def zoom(self) -> float | None:
        """The article's text size in points, as the reader last left it (None: the default)."""
        value = self._settings.value("zoom")
        try:
            points = float(value) if value is not None else None
        except (TypeError, ValueError):
            return None
        return points if points is not None and 6.0 <= points <= 72.0 else None

    def set_zoom(self, points: float) -> None:
        self._settings.setValue("zoom", round(points, 2))

    def language(self) -> str | None:
        """The interface's language the reader chose ("fr", "en"), or None: the system's."""
        value = self._settings.value("language", "")
        return str(value) if value in ("fr", "en") else None

    def set_language(self, language: str | None) -> None:
        self._settings.setValue("language", language or "")

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def sync(self) -> None:
        self._settings.sync()
