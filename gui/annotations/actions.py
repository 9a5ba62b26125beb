"""The annotation actions of the window: colours on keys 1–8, undo/redo, delete, exports.

They are added to the window's existing menus (found by title) and to its table of actions, so
Help ▸ Keyboard shortcuts lists them with the others.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar

from core.annotations.colors import COLORS
from gui.annotations.panel import colour_icon

StdKey = QKeySequence.StandardKey


def colour_actions(window: QMainWindow) -> dict[str, QAction]:
    actions = {}
    for i, name in enumerate(COLORS, start=1):
        action = QAction(colour_icon(name), f"Highlight in {name}", window)
        action.setObjectName(f"highlight_{name}")
        action.setShortcut(QKeySequence(str(i)))
        action.setToolTip(f"Highlight the selection in {name} ({i}), or recolour the chosen one")
        actions[name] = action
    return actions


def plain_action(window: QMainWindow, name: str, text: str, *keys: str | StdKey) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts([QKeySequence(k) for k in keys])
    return action


def find_menu(window: QMainWindow, title: str) -> QMenu:
    """The window's menu called ``title`` (made if the window has none).

    Found among the menu bar's children, not through ``QAction.menu()``: on PySide6 6.9.0 the
    menu that call returns dies with the action's Python wrapper ("already deleted")."""
    bar = window.menuBar()
    for menu in bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if menu.title() == title:
            return menu
    return bar.addMenu(title)


def insert_before(menu: QMenu, name: str, actions: list[QAction | None]) -> None:
    """Put ``actions`` (None: a separator) before the action called ``name``, else at the end."""
    anchor = next((a for a in menu.actions() if a.objectName() == name), None)
    for action in actions:
        if action is None:
            if anchor is not None:
                menu.insertSeparator(anchor)
            else:
                menu.addSeparator()
        elif anchor is not None:
            menu.insertAction(anchor, action)
        else:
            menu.addAction(action)


def colour_toolbar(window: QMainWindow, actions: dict[str, QAction]) -> QToolBar:
    bar = QToolBar("Highlight", window)
    bar.setObjectName("highlightToolBar")
    bar.setMovable(False)
    label = QLabel("Highlight ", bar)
    label.setToolTip("Select a passage, then a colour (keys 1–8)")
    bar.addWidget(label)
    bar.addActions(list(actions.values()))
    window.addToolBar(bar)
    return bar
