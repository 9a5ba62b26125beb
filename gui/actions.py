"""Every action of the window, with its menu and its shortcuts, in one table.

The window builds its menus from this table and Help ▸ Keyboard shortcuts lists it, so a
shortcut cannot exist without being listed, nor an action be added to a menu from outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from core.annotations.colors import COLORS
from gui.palette import KIND_NAMES, MARK_KINDS

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


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("open", "&Open…", "&File", StdKey.Open),
    ActionSpec("open_url", "Open &URL…", "&File", "Ctrl+L"),
    ActionSpec("open_sample", "Open the &sample article", "&File", "Ctrl+Shift+S"),
    ActionSpec("add_folder", "Add a &folder to the library…", "&File", "Ctrl+Shift+O"),
    ActionSpec("add_addresses", "Add articles from a&ddresses…", "&File", "Ctrl+Shift+U"),
    ActionSpec("export_highlights", "&Export highlights…", "&File", "Ctrl+E"),
    ActionSpec("export_timeline", "Export the &timeline…", "&File", "Ctrl+Shift+E"),
    ActionSpec("import_annotations", "&Import annotations…", "&File", "Ctrl+I"),
    ActionSpec("cancel", "&Cancel reading", "&File", "Ctrl+."),
    ActionSpec("quit", "&Quit", "&File", "Ctrl+Q"),
    ActionSpec("undo", "&Undo", "&Edit", StdKey.Undo),
    ActionSpec("redo", "&Redo", "&Edit", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("copy", "&Copy", "&Edit", StdKey.Copy),
    ActionSpec("corrections", "Co&rrections…", "&Edit", "Ctrl+K"),
    ActionSpec("find", "&Find in the article…", "&Edit", StdKey.Find),
    ActionSpec("find_next", "Find &next / next mention", "&Edit", "F3"),
    ActionSpec("find_previous", "Find &previous / previous mention", "&Edit", "Shift+F3"),
    ActionSpec("clear_focus", "C&lear the chosen person", "&Edit", "Ctrl+Shift+A"),
    *(
        ActionSpec(
            f"highlight_{name}",
            f"Highlight in {name}",
            "&Highlight",
            str(i),
            tip=f"Highlight the selection in {name} ({i}), or recolour the chosen one",
        )
        for i, name in enumerate(COLORS, start=1)
    ),
    ActionSpec("delete_highlight", "&Delete the highlight", "&Highlight", "Del"),
    ActionSpec("zoom_in", "Zoom &in", "&View", "Ctrl++"),
    ActionSpec("zoom_out", "Zoom &out", "&View", "Ctrl+-"),
    ActionSpec("zoom_reset", "&Normal size", "&View", "Ctrl+0"),
    ActionSpec("show_library", "The &library", "&View", "Ctrl+Shift+L"),
    ActionSpec("show_people_across", "People across a&rticles", "&View", "Ctrl+Shift+Y"),
    ActionSpec("show_story", "The &story's timeline", "&View", "Ctrl+Shift+K"),
    ActionSpec("show_aside", "Show passages set &aside", "&View", "Ctrl+Shift+H", True),
    *(
        ActionSpec(f"kind_{kind}", f"Show {KIND_NAMES[kind].lower()}", "&View", f"Alt+{i}", True)
        for i, kind in enumerate(MARK_KINDS, start=1)
    ),
    ActionSpec("story_of_chosen", "&Timeline of the chosen articles", "&Library", "Ctrl+Shift+J"),
    ActionSpec("trash_chosen", "Move to the &trash", "&Library", "Ctrl+Del"),
    ActionSpec("restore_chosen", "&Restore from the trash", "&Library", "Ctrl+Shift+R"),
    ActionSpec("empty_trash", "&Empty the trash…", "&Library", "Ctrl+Shift+Del"),
    ActionSpec("reextract_chosen", "Extract the chosen articles &again", "&Library", "Ctrl+R"),
    ActionSpec("reextract_all", "Extract e&very article again", "&Library", "Ctrl+Shift+X"),
    ActionSpec(
        "export_selection", "Export the chosen articles' &highlights…", "&Library", "Ctrl+Alt+H"
    ),
    ActionSpec("export_story", "Export the story's time&line…", "&Library", "Ctrl+Alt+T"),
    ActionSpec("cancel_batch", "&Cancel adding articles", "&Library", "Ctrl+Alt+C"),
    ActionSpec("go_article", "Go to the &article", "&Go", "Ctrl+1"),
    ActionSpec("go_timeline", "Go to the &timeline", "&Go", "Ctrl+2"),
    ActionSpec("go_people", "Go to the &people", "&Go", "Ctrl+3"),
    ActionSpec("go_annotations", "Go to the &annotations", "&Go", "Ctrl+4"),
    ActionSpec("search_people", "&Search people", "&Go", "Ctrl+Shift+F"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "&Help", "F1"),
    ActionSpec("about", "&About Liseuse", "&Help", "Ctrl+F1"),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        keys = spec.keys if isinstance(spec.keys, tuple) else (spec.keys,)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
        actions[spec.name] = action
    return actions
