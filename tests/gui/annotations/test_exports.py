"""File ▸ Export highlights / timeline and Import annotations, through patched file dialogs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.model import Extraction
from gui.annotations.dialogs import ExportDialog, ImportDialog, suggested_path


def answer(monkeypatch: pytest.MonkeyPatch, dialog: Any, value: Any) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def ask(cls: Any, *args: Any) -> Any:
        asked.append(args)
        return value

    monkeypatch.setattr(dialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def highlighted(qtbot: Any, launch: Any, extraction: Extraction) -> Any:
    reader = launch(extraction)
    ops = reader.highlights
    start = extraction.text.index("Sam Altman a écrit")
    with qtbot.waitSignal(ops.created, timeout=5000):
        ops.create(start, start + len("Sam Altman a écrit"), "red")
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        ops.edit(ops_model_first(reader), "Une **menace**", ("IA",))
    return reader


def ops_model_first(reader: Any) -> Any:
    return reader.window.highlights.annotations()[0]


@pytest.mark.parametrize("fmt", ["md", "json", "csv", "html"])
def test_export_highlights_writes_the_file(
    qtbot: Any, highlighted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"out.{fmt}"
    target.write_text("an older export")
    asked = answer(monkeypatch, ExportDialog, (target, fmt))
    with qtbot.waitSignal(highlighted.highlights.exported, timeout=5000):
        highlighted.window.actions_by_name["export_highlights"].trigger()
    written = target.read_text(encoding="utf-8")
    assert "Sam Altman a écrit" in written
    assert "menace" in written
    assert asked[0][2].name.startswith("La rivalité d'Elon Musk et de Sam Altman")
    if fmt == "json":
        assert json.loads(written)["total"] == 1
    assert [p.name for p in folder.iterdir()] == [target.name]  # replaced, no temporary left


def test_export_timeline_as_timelinejs(
    qtbot: Any, highlighted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "timeline.json"
    answer(monkeypatch, ExportDialog, (target, "json"))
    with qtbot.waitSignal(highlighted.highlights.exported, timeout=5000):
        highlighted.window.actions_by_name["export_timeline"].trigger()
    events = json.loads(target.read_text(encoding="utf-8"))["events"]
    assert [e["start_date"]["year"] for e in events][:2] == [2015, 2015]


def test_import_merges_an_exported_file_back(
    qtbot: Any, highlighted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ops, actions = highlighted.highlights, highlighted.window.actions_by_name
    target = tmp_path / "w3c.json"
    answer(monkeypatch, ExportDialog, (target, "json"))
    with qtbot.waitSignal(ops.exported, timeout=5000):
        actions["export_highlights"].trigger()
    first = ops_model_first(highlighted)
    with qtbot.waitSignal(highlighted.runner.changed, timeout=5000):
        ops.delete(first)
    answer(monkeypatch, ImportDialog, target)
    with qtbot.waitSignal(ops.loaded, timeout=5000):
        actions["import_annotations"].trigger()
    (back,) = highlighted.window.highlights.annotations()
    assert (back.uuid, back.note, back.tags) == (first.uuid, "Une **menace**", ("IA",))
    assert "1 highlight imported" in highlighted.window.statusBar().currentMessage()


def test_a_bad_import_file_is_a_message_not_a_crash(
    qtbot: Any, highlighted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    answer(monkeypatch, ImportDialog, bad)
    with qtbot.waitSignal(highlighted.runner.failed, timeout=5000):
        highlighted.window.actions_by_name["import_annotations"].trigger()
    assert highlighted.window.article.messages.text().startswith("Nothing was imported")


def test_an_unwritable_place_is_a_message(
    qtbot: Any, highlighted: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, ExportDialog, (tmp_path / "missing-folder" / "x.md", "md"))
    with qtbot.waitSignal(highlighted.runner.failed, timeout=5000):
        highlighted.window.actions_by_name["export_highlights"].trigger()
    assert highlighted.window.article.messages.text().startswith("Nothing was exported")


def test_the_suggested_name_is_safe() -> None:
    path = suggested_path("../../etc/passwd: a/b\\c", ".md", what="highlights")
    assert path.parent.is_dir()
    assert "/" not in path.name
    assert "\\" not in path.name
    assert path.suffix == ".md"
