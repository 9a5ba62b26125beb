"""What the window remembers between launches (QSettings): the last article, recent files, zoom."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings("liseuse", "liseuse")

    def last_source(self) -> str | None:
        value = self._settings.value("last_source", "")
        return str(value) if value else None

    def recent(self) -> list[str]:
        value = self._settings.value("recent", [])
        if isinstance(value, str):  # QSettings hands back a one-item list as a string
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, source: str) -> None:
        """``source`` opened well: it is the last article and first of the recent ones."""
        recent = [source, *(s for s in self.recent() if s != source)][:MAX_RECENT]
        self._settings.setValue("recent", recent)
        self._settings.setValue("last_source", source)

    def forget(self, source: str) -> None:
        """``source`` could not be read: drop it from the recent list and as last article."""
        self._settings.setValue("recent", [s for s in self.recent() if s != source])
        if self.last_source() == source:
            self._settings.remove("last_source")

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
