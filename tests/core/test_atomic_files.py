"""Files written whole or not at all, never over an existing one unasked; safe names."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import LiseuseError
from core.files import FileExists, UnsafePath, inside, safe_filename, write_atomic


def test_write_creates_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_atomic(target, "é 🚀\n")
    assert target.read_text(encoding="utf-8") == "é 🚀\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_existing_file_is_kept_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("ancien", encoding="utf-8")
    with pytest.raises(FileExists, match="--force"):
        write_atomic(target, "nouveau")
    assert target.read_text(encoding="utf-8") == "ancien"
    write_atomic(target, b"nouveau", overwrite=True)
    assert target.read_text(encoding="utf-8") == "nouveau"
    with pytest.raises(FileExists):
        write_atomic(tmp_path, "x", overwrite=True)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LiseuseError, match="cannot write"):
        write_atomic(tmp_path / "absent" / "x.md", "x")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Le conflit Musk/Altman : « ressentiment »", "Le conflit Musk Altman « ressentiment ».md"),
        ("../../etc/passwd", "etc passwd.md"),
        ("..", "annotations.md"),
        ("", "annotations.md"),
        ("CON", "annotations-CON.md"),
        ("a\x00b\nc\td", "a b c d.md"),
        ("x" * 300, "x" * 120 + ".md"),
    ],
)
def test_safe_filename(title: str, expected: str) -> None:
    assert safe_filename(title, ".md") == expected


def test_inside_refuses_names_that_leave_the_folder(tmp_path: Path) -> None:
    assert inside(tmp_path, "a.md") == (tmp_path / "a.md").resolve()
    for name in ("../a.md", "sub/a.md", "/etc/passwd"):
        with pytest.raises(UnsafePath):
            inside(tmp_path, name)
