"""The reader's corrections of the extractor: each is one committed write through the runner,
after which the worker reads the document again (corrections applied) and digests it, so the
marks, the people, the counts and the timeline change at once (``Changes.shown``). Corrections
share the undo history with highlights."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from core.model import Correction, CorrectionAction
from gui.digest import digest
from gui.operations.changes import Changes
from gui.operations.runner import Runner
from gui.operations.undo import History

if TYPE_CHECKING:
    from core.library import Library


class CorrectionOps(QObject):
    listed = Signal(object)  # the corrections that apply to the open document, and the rules

    def __init__(self, runner: Runner, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.history = history
        self.document_id: int | None = None

    def add(
        self,
        action: CorrectionAction,
        subject: str,
        message: str,
        *,
        everywhere: bool = False,
        span: tuple[int, int] | None = None,
        anchor_span: tuple[int, int] | None = None,
        **payload: Any,
    ) -> None:
        """Correct the open document (or every article); undoable."""
        document_id = self.document_id
        if document_id is None:
            return
        held: list[Correction] = []

        def make(lib: Library) -> Changes:
            made = lib.corrections.add(
                action,
                subject,
                document_id=None if everywhere else document_id,
                span=span,
                anchor_span=anchor_span,
                **payload,
            )
            held[:] = [made]
            return _shown(lib, document_id, message)

        def undo(lib: Library) -> Changes:
            held[:] = [lib.corrections.remove(held[0].uuid)]
            return _shown(lib, document_id, f"Undone: {message}")

        def redo(lib: Library) -> Changes:
            held[:] = [lib.corrections.restore(held[0])]
            return _shown(lib, document_id, message)

        self.runner.write(make, lambda _c: self.history.push(message, undo, redo))

    def remove(self, correction: Correction, message: str) -> None:
        """Take a correction back (the extractor's word is shown again); undoable."""
        document_id = self.document_id
        if document_id is None:
            return
        held = [correction]

        def gone(lib: Library) -> Changes:
            held[:] = [lib.corrections.remove(held[0].uuid)]
            return _shown(lib, document_id, message)

        def back(lib: Library) -> Changes:
            held[:] = [lib.corrections.restore(held[0])]
            return _shown(lib, document_id, f"Undone: {message}")

        self.runner.write(gone, lambda _c: self.history.push(message, back, gone))

    def remove_by_uuid(self, uuid: str, message: str) -> None:
        """The correction named by ``uuid`` (from an amendment), taken back."""
        document_id = self.document_id
        if document_id is None:
            return

        def find(lib: Library) -> Correction:
            return next(c for c in lib.corrections.listed() if c.uuid == uuid)

        self.runner.run(find, lambda found: self.remove(found, message))

    def list(self) -> None:
        """Ask for the corrections of the open document and the rules (``listed``)."""
        document_id = self.document_id
        self.runner.run(
            lambda lib: _listing(lib, document_id), self.listed.emit, key="corrections-list"
        )


def _shown(lib: Library, document_id: int, message: str) -> Changes:
    return Changes(document_id, message=message, shown=digest(lib.document(document_id)))


def _listing(lib: Library, document_id: int | None) -> tuple[list[Correction], set[str]]:
    """Every rule, and the open document's own corrections with those that no longer apply."""
    rules = [c for c in lib.corrections.listed() if c.scope == "everywhere"]
    if document_id is None:
        return rules, set()
    own = [c for c in lib.corrections.of_document(document_id) if c.scope == "article"]
    unapplied = {c.uuid for c in lib.document(document_id).unapplied}
    return [*rules, *own], unapplied


Listing = tuple[list[Correction], set[str]]
Describe = Callable[[Correction], str]
