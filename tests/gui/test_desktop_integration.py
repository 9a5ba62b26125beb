"""``liseuse --install-desktop``: launcher, icons and "Open with" associations in XDG folders."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gui import desktop_integration as di
from gui.mimeapps import associations

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the XDG data and config folders into ``tmp_path``; return the data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "data"


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "bin dir" / "liseuse"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def _exec_argv(value: str) -> list[str]:
    """Undo the desktop-entry string escaping, then split the command line as the spec says:
    arguments apart on spaces; in double quotes, a backslash escapes ``"`$\\``."""
    line = value.replace("\\\\", "\\")
    argv: list[str] = []
    current: list[str] | None = None
    quoted = escaped = False
    for char in line:
        if escaped:
            current = [*(current or []), char]
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            current = current or []
        elif char == " " and not quoted:
            if current is not None:
                argv.append("".join(current))
            current = None
        else:
            current = [*(current or []), char]
    assert not quoted
    assert not escaped
    if current is not None:
        argv.append("".join(current))
    return argv


def test_install_writes_launcher_icons_and_metainfo(xdg: Path, program: Path) -> None:
    written = di.install_desktop(executable=program)

    desktop = xdg / "applications" / di.DESKTOP_ID
    assert desktop in written
    assert all(path.is_file() for path in written)
    for size in di.ICON_SIZES:
        icon = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{di.APP_ID}.png"
        assert icon in written
        assert _png_size(icon) == (size, size)
    svg = xdg / "icons" / "hicolor" / "scalable" / "apps" / f"{di.APP_ID}.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (xdg / "metainfo" / f"{di.APP_ID}.metainfo.xml").is_file()
    assert not list(xdg.rglob(".*.tmp"))


def test_launcher_runs_the_installed_program(xdg: Path, program: Path) -> None:
    di.install_desktop(executable=program)

    entry = _entry(xdg / "applications" / di.DESKTOP_ID)
    assert _exec_argv(entry["Exec"]) == [str(program), "%U"]
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == di.APP_ID
    assert set(di.MIME_TYPES) <= set(entry["MimeType"].split(";"))


@pytest.mark.parametrize("name", ["plain", "with space", 'quote"dollar$', "back\\slash", "100%"])
def test_exec_line_quotes_awkward_paths(name: str) -> None:
    path = Path("/opt") / name / "liseuse"
    argv = _exec_argv(di.exec_line(path))
    assert [arg.replace("%%", "%") for arg in argv] == [str(path), "%U"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_installed_launcher_passes_desktop_file_validate(xdg: Path, program: Path) -> None:
    di.install_desktop(executable=program)

    for path in (xdg / "applications" / di.DESKTOP_ID, _shipped(di.DESKTOP_ID)):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("update-desktop-database") is None, reason="needs the tool")
def test_install_refreshes_the_desktop_database(xdg: Path, program: Path) -> None:
    di.install_desktop(executable=program)

    cache = (xdg / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"text/markdown={di.DESKTOP_ID};" in cache


def test_associations_are_added_without_stealing_defaults(xdg: Path, program: Path) -> None:
    mimeapps = xdg.parent / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    original = (
        "# my settings\n"
        "[Default Applications]\n"
        "text/plain=editor.desktop\n"
        "\n"
        "[Added Associations]\n"
        "text/plain=editor.desktop;\n"
        "image/png=viewer.desktop;\n"
    )
    mimeapps.write_text(original, encoding="utf-8")

    di.install_desktop(executable=program)
    di.install_desktop(executable=program)  # a second run changes nothing more

    text = mimeapps.read_text(encoding="utf-8")
    assert text.startswith("# my settings\n[Default Applications]\ntext/plain=editor.desktop\n")
    assert associations(text) == {
        "text/plain": ["editor.desktop", di.DESKTOP_ID],
        "image/png": ["viewer.desktop"],
        "text/html": [di.DESKTOP_ID],
        "text/markdown": [di.DESKTOP_ID],
    }

    di.uninstall_desktop()
    assert mimeapps.read_text(encoding="utf-8") == original


def test_a_linked_mimeapps_list_stays_a_link(xdg: Path, program: Path, tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "mimeapps.list"
    real.parent.mkdir()
    real.write_text("[Default Applications]\ntext/plain=editor.desktop\n", encoding="utf-8")
    link = tmp_path / "config" / "mimeapps.list"
    link.parent.mkdir()
    link.symlink_to(real)

    di.install_desktop(executable=program)

    assert link.is_symlink()
    assert associations(real.read_text(encoding="utf-8"))["text/html"] == [di.DESKTOP_ID]


def test_uninstall_removes_everything_it_installed(xdg: Path, program: Path) -> None:
    written = di.install_desktop(executable=program)
    keep = xdg / "applications" / "other.desktop"
    keep.write_text("[Desktop Entry]\n", encoding="utf-8")

    removed = di.uninstall_desktop()

    mimeapps = xdg.parent / "config" / "mimeapps.list"
    assert set(removed) == set(written)
    assert not any(path.exists() for path in written if path != mimeapps)
    assert mimeapps.read_text(encoding="utf-8") == ""
    assert keep.is_file()
    assert di.uninstall_desktop() == []


def test_prefix_replaces_the_data_folder(xdg: Path, program: Path, tmp_path: Path) -> None:
    staging = tmp_path / "staging"
    written = di.install_desktop(staging, executable=program)

    assert (staging / "applications" / di.DESKTOP_ID) in written
    assert not xdg.exists()
    assert not (tmp_path / "config").exists()  # the user's mimeapps.list is left alone

    mimeapps = tmp_path / "m.list"
    di.install_desktop(staging, executable=program, mimeapps=mimeapps)
    assert di.MIME_TYPES[0] in associations(mimeapps.read_text(encoding="utf-8"))
    assert set(di.uninstall_desktop(staging)) == set(written)
    assert associations(mimeapps.read_text(encoding="utf-8")) != {}


def test_frozen_bundle_points_at_its_own_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/liseuse/liseuse")

    assert di.find_executable() == Path("/opt/liseuse/liseuse")


def test_running_script_is_preferred(monkeypatch: pytest.MonkeyPatch, program: Path) -> None:
    monkeypatch.setattr(sys, "argv", [str(program), "--install-desktop"])

    assert di.find_executable() == program


def test_missing_program_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: Path
) -> None:
    monkeypatch.setattr(sys, "argv", ["python"])
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(di.DesktopIntegrationError, match="cannot find the installed"):
        di.install_desktop()
    assert not xdg.exists()


def test_main_reports_files_and_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    program: Path,
    tmp_path: Path,
    xdg: Path,
) -> None:
    monkeypatch.setattr(sys, "argv", [str(program), "--install-desktop"])
    assert di.main_install_desktop() == 0
    assert f"installed {xdg / 'applications' / di.DESKTOP_ID}" in capsys.readouterr().out

    assert di.main_uninstall_desktop() == 0
    assert "removed " in capsys.readouterr().out

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert di.main_install_desktop() == 1
    error = capsys.readouterr().err
    assert error.startswith("liseuse: cannot write ")
    assert error.count("\n") == 1


def _shipped(name: str) -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / name


def test_shipped_icons_have_the_size_in_their_folder_name() -> None:
    for size in di.ICON_SIZES:
        assert _png_size(_shipped(f"icons/{size}x{size}/{di.APP_ID}.png")) == (size, size)


def test_icon_files_are_every_size_smallest_first() -> None:
    files = di.icon_files()

    assert [_png_size(path) for path in files] == [(s, s) for s in di.ICON_SIZES]


def test_desktop_flags_are_recognised_and_others_left_alone(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    program: Path,
    xdg: Path,
) -> None:
    monkeypatch.setattr(sys, "argv", [str(program), "--install-desktop"])

    assert di.run_desktop_flag(["article.txt"]) is None
    assert di.run_desktop_flag([]) is None
    assert di.run_desktop_flag(["--install-desktop"]) == 0
    assert (xdg / "applications" / di.DESKTOP_ID).is_file()
    assert di.run_desktop_flag(["--uninstall-desktop"]) == 0
    assert not (xdg / "applications" / di.DESKTOP_ID).exists()
    capsys.readouterr()

    assert di.run_desktop_flag(["--install-desktop", "extra"]) == 2
    assert capsys.readouterr().err == "liseuse: --install-desktop takes no other argument\n"
