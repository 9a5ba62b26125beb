"""The interface's language: Qt's own translations, ``.ts`` sources compiled to ``.qm`` with
``pyside6-lrelease`` (both in ``gui/translations``, kept current by ``python -m gui.i18n``),
loaded with ``QTranslator`` at launch: French when the system speaks French, English otherwise,
or what the reader chose in Edit ▸ Preferences. Dates and numbers follow the same locale.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []  # the translators in use (kept alive, removed on a change)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` where it is written; translated where it is
    shown, with ``QCoreApplication.translate(context, text)``."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under a name lupdate knows, for modules without a class."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def interface_language() -> str:
    """ "fr" or "en": the language the interface speaks (its default locale's)."""
    from PySide6.QtCore import QLocale

    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def system_language() -> str:
    from PySide6.QtCore import QLocale

    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def chosen_language(preference: str | None) -> str:
    """The reader's choice ("fr", "en"), else the system's language if it is French, else
    English."""
    return preference if preference in LANGUAGES else system_language()


def translations_folder() -> Path:
    return Path(str(resources.files("gui") / "translations"))


def install(language: str) -> bool:
    """Speak ``language`` from now on: Liseuse's translations and Qt's own (its dialogs'
    buttons), and its locale for dates and numbers. False when Liseuse's are missing."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_locale(language))
    ours = False
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"liseuse_{language}", None)):
        translator = QTranslator(app)
        where = folder if folder is not None else str(translations_folder())
        if translator.load(name, where):
            app.installTranslator(translator)
            _installed.append(translator)
            ours = ours or folder is None
    return ours


def _locale(language: str) -> QLocale:
    from PySide6.QtCore import QLocale

    system = QLocale.system()
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    country = QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom
    return QLocale(wanted, country)


# -- keeping the translations current -----------------------------------------------------------
def sources() -> list[Path]:
    """Every Python module of the window."""
    root = Path(__file__).resolve().parent
    return sorted(root.rglob("*.py"))


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``, beside this interpreter first."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(beside) if beside.exists() else f"pyside6-{name}"


def update(folder: Path | None = None) -> None:
    """Read the strings to translate from the sources into the ``.ts`` files (translations
    kept, those no longer used dropped), then compile the ``.qm`` files."""
    folder = folder or translations_folder()
    root = Path(__file__).resolve().parents[1]
    files = [str(p.relative_to(root)) for p in sources()]
    for language in LANGUAGES:
        ts = folder / f"liseuse_{language}.ts"
        subprocess.run(
            [tool("lupdate"), *files, "-ts", str(ts), "-locations", "none", "-no-obsolete",
             "-source-language", "en", "-target-language", language],
            cwd=root, check=True, capture_output=True,
        )  # fmt: skip
        release(ts, ts.with_suffix(".qm"))


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


if __name__ == "__main__":
    update()
