"""Every action of the window, with its menu and its shortcuts, in one table.

The window builds its menus from this table and Help ▸ Keyboard shortcuts lists it, so a
shortcut cannot exist without being listed, nor an action be added to a menu from outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from core.annotations.colors import COLORS
from gui.i18n import QT_TRANSLATE_NOOP
from gui.palette import MARK_KINDS, colour_name

StdKey = QKeySequence.StandardKey
Keys = str | StdKey | tuple[str | StdKey, ...]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    menu: str
    keys: Keys
    checkable: bool = False
    tip: str = ""
    colour: str = ""  # a highlight colour's name, for "{colour}" in the texts


_FILE, _EDIT, _HIGHLIGHT, _VIEW, _GO, _HELP = (
    QT_TRANSLATE_NOOP("Menus", "&File"),
    QT_TRANSLATE_NOOP("Menus", "&Edit"),
    QT_TRANSLATE_NOOP("Menus", "&Highlight"),
    QT_TRANSLATE_NOOP("Menus", "&View"),
    QT_TRANSLATE_NOOP("Menus", "&Go"),
    QT_TRANSLATE_NOOP("Menus", "&Help"),
)
_LIBRARY = QT_TRANSLATE_NOOP("Menus", "&Library")
_SHOW_KIND = {
    "PER": QT_TRANSLATE_NOOP("Actions", "Show people"),
    "ORG": QT_TRANSLATE_NOOP("Actions", "Show organisations"),
    "LOC": QT_TRANSLATE_NOOP("Actions", "Show places"),
    "MISC": QT_TRANSLATE_NOOP("Actions", "Show other names"),
    "DATE": QT_TRANSLATE_NOOP("Actions", "Show dates"),
}

SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), _FILE, StdKey.Open),
    ActionSpec("open_url", QT_TRANSLATE_NOOP("Actions", "Open &URL…"), _FILE, "Ctrl+L"),
    ActionSpec(
        "open_sample",
        QT_TRANSLATE_NOOP("Actions", "Open the &sample article"),
        _FILE,
        "Ctrl+Shift+S",
    ),
    ActionSpec(
        "add_folder",
        QT_TRANSLATE_NOOP("Actions", "Add a &folder to the library…"),
        _FILE,
        "Ctrl+Shift+O",
    ),
    ActionSpec(
        "add_addresses",
        QT_TRANSLATE_NOOP("Actions", "Add articles from a&ddresses…"),
        _FILE,
        "Ctrl+Shift+U",
    ),
    ActionSpec(
        "export_highlights", QT_TRANSLATE_NOOP("Actions", "&Export highlights…"), _FILE, "Ctrl+E"
    ),
    ActionSpec(
        "export_timeline",
        QT_TRANSLATE_NOOP("Actions", "Export the &timeline…"),
        _FILE,
        "Ctrl+Shift+E",
    ),
    ActionSpec(
        "import_annotations", QT_TRANSLATE_NOOP("Actions", "&Import annotations…"), _FILE, "Ctrl+I"
    ),
    ActionSpec("cancel", QT_TRANSLATE_NOOP("Actions", "&Cancel reading"), _FILE, "Ctrl+."),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), _FILE, "Ctrl+Q"),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), _EDIT, StdKey.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), _EDIT, ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), _EDIT, StdKey.Copy),
    ActionSpec("corrections", QT_TRANSLATE_NOOP("Actions", "Co&rrections…"), _EDIT, "Ctrl+K"),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in the article…"), _EDIT, StdKey.Find),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &next / next mention"), _EDIT, "F3"),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find &previous / previous mention"),
        _EDIT,
        "Shift+F3",
    ),
    ActionSpec(
        "clear_focus",
        QT_TRANSLATE_NOOP("Actions", "C&lear the chosen person"),
        _EDIT,
        "Ctrl+Shift+A",
    ),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), _EDIT, "Ctrl+,"),
    *(
        ActionSpec(
            f"highlight_{name}",
            QT_TRANSLATE_NOOP("Actions", "Highlight in {colour}"),
            _HIGHLIGHT,
            str(i),
            tip=QT_TRANSLATE_NOOP(
                "Actions", "Highlight the selection in {colour} ({key}), or recolour it"
            ),
            colour=name,
        )
        for i, name in enumerate(COLORS, start=1)
    ),
    ActionSpec(
        "delete_highlight", QT_TRANSLATE_NOOP("Actions", "&Delete the highlight"), _HIGHLIGHT, "Del"
    ),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), _VIEW, "Ctrl++"),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), _VIEW, "Ctrl+-"),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normal size"), _VIEW, "Ctrl+0"),
    ActionSpec("show_library", QT_TRANSLATE_NOOP("Actions", "The &library"), _VIEW, "Ctrl+Shift+L"),
    ActionSpec(
        "show_people_across",
        QT_TRANSLATE_NOOP("Actions", "People across a&rticles"),
        _VIEW,
        "Ctrl+Shift+Y",
    ),
    ActionSpec(
        "show_story", QT_TRANSLATE_NOOP("Actions", "The &story's timeline"), _VIEW, "Ctrl+Shift+K"
    ),
    ActionSpec(
        "show_aside",
        QT_TRANSLATE_NOOP("Actions", "Show passages set &aside"),
        _VIEW,
        "Ctrl+Shift+H",
        True,
    ),
    *(
        ActionSpec(f"kind_{kind}", _SHOW_KIND[kind], _VIEW, f"Alt+{i}", True)
        for i, kind in enumerate(MARK_KINDS, start=1)
    ),
    ActionSpec(
        "story_of_chosen",
        QT_TRANSLATE_NOOP("Actions", "&Timeline of the chosen articles"),
        _LIBRARY,
        "Ctrl+Shift+J",
    ),
    ActionSpec(
        "trash_chosen", QT_TRANSLATE_NOOP("Actions", "Move to the &trash"), _LIBRARY, "Ctrl+Del"
    ),
    ActionSpec(
        "restore_chosen",
        QT_TRANSLATE_NOOP("Actions", "&Restore from the trash"),
        _LIBRARY,
        "Ctrl+Shift+R",
    ),
    ActionSpec(
        "empty_trash", QT_TRANSLATE_NOOP("Actions", "&Empty the trash…"), _LIBRARY, "Ctrl+Shift+Del"
    ),
    ActionSpec(
        "reextract_chosen",
        QT_TRANSLATE_NOOP("Actions", "Extract the chosen articles &again"),
        _LIBRARY,
        "Ctrl+R",
    ),
    ActionSpec(
        "reextract_all",
        QT_TRANSLATE_NOOP("Actions", "Extract e&very article again"),
        _LIBRARY,
        "Ctrl+Shift+X",
    ),
    ActionSpec(
        "export_selection",
        QT_TRANSLATE_NOOP("Actions", "Export the chosen articles' &highlights…"),
        _LIBRARY,
        "Ctrl+Alt+H",
    ),
    ActionSpec(
        "export_story",
        QT_TRANSLATE_NOOP("Actions", "Export the story's time&line…"),
        _LIBRARY,
        "Ctrl+Alt+T",
    ),
    ActionSpec(
        "cancel_batch",
        QT_TRANSLATE_NOOP("Actions", "&Cancel adding articles"),
        _LIBRARY,
        "Ctrl+Alt+C",
    ),
    ActionSpec("go_article", QT_TRANSLATE_NOOP("Actions", "Go to the &article"), _GO, "Ctrl+1"),
    ActionSpec("go_timeline", QT_TRANSLATE_NOOP("Actions", "Go to the &timeline"), _GO, "Ctrl+2"),
    ActionSpec("go_people", QT_TRANSLATE_NOOP("Actions", "Go to the &people"), _GO, "Ctrl+3"),
    ActionSpec(
        "go_annotations", QT_TRANSLATE_NOOP("Actions", "Go to the &annotations"), _GO, "Ctrl+4"
    ),
    ActionSpec(
        "search_people", QT_TRANSLATE_NOOP("Actions", "&Search people"), _GO, "Ctrl+Shift+F"
    ),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), _HELP, "F1"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Liseuse"), _HELP, "Ctrl+F1"),
)


def menu_title(menu: str) -> str:
    """A menu's title in the interface's language."""
    return QCoreApplication.translate("Menus", menu)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        words = {"colour": colour_name(spec.colour), "key": spec.keys} if spec.colour else {}
        text = QCoreApplication.translate("Actions", spec.text).format(**words)
        action = QAction(text, parent)
        action.setObjectName(spec.name)
        keys = spec.keys if isinstance(spec.keys, tuple) else (spec.keys,)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(QCoreApplication.translate("Actions", spec.tip).format(**words))
        actions[spec.name] = action
    return actions
