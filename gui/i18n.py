"""The interface's language: Qt's translations (``.ts`` sources compiled to ``.qm``)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` where it is written; translated where it is
    shown, with ``QCoreApplication.translate(context, text)``."""
    return text
