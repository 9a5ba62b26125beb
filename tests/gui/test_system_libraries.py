"""Before Qt starts, the launcher names the system libraries the window lacks, in one line with
the commands that install them, instead of Qt's abort and core dump."""

from __future__ import annotations

import builtins
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gui import launch
from gui import system_libraries as sl

X_DESKTOP = {"DISPLAY": ":0", "HOME": "/home/someone"}


def lacking(*sonames: str) -> Any:
    return lambda soname: soname not in sonames


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (X_DESKTOP, True),
        ({**X_DESKTOP, "QT_QPA_PLATFORM": "xcb"}, True),
        ({**X_DESKTOP, "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
        ({**X_DESKTOP, "QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({**X_DESKTOP, "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
        ({**X_DESKTOP, "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "x11"}, True),
        ({}, False),
    ],
)
def test_xcb_is_expected_when_qt_would_choose_it(environ: dict[str, str], expected: bool) -> None:
    assert sl.uses_xcb(environ) is expected


def test_a_complete_system_has_no_problem() -> None:
    assert sl.window_problem(X_DESKTOP, platform="linux", loads=lambda _: True) is None


def test_missing_x_libraries_are_named_with_the_packages_that_install_them() -> None:
    problem = sl.window_problem(
        X_DESKTOP, platform="linux", loads=lacking("libxcb-icccm.so.4", "libxcb-cursor.so.0")
    )
    assert problem is not None
    assert "\n" not in problem
    assert "libxcb-icccm.so.4" in problem
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 (Debian, Ubuntu)" in problem
    assert "sudo dnf install xcb-util-cursor xcb-util-wm (Fedora)" in problem


def test_the_x_libraries_do_not_matter_offscreen() -> None:
    environ = {**X_DESKTOP, "QT_QPA_PLATFORM": "offscreen"}
    assert sl.window_problem(environ, platform="linux", loads=lacking("libxcb-icccm.so.4")) is None
    problem = sl.window_problem(environ, platform="linux", loads=lacking("libEGL.so.1"))
    assert problem is not None
    assert "libegl1" in problem


def test_no_display_is_said_in_one_line() -> None:
    problem = sl.window_problem({"HOME": "/root"}, platform="linux", loads=lambda _: True)
    assert problem is not None
    assert "DISPLAY" in problem
    assert "--screenshot" in problem


@pytest.mark.parametrize(
    ("platform", "frozen"), [("win32", False), ("darwin", False), ("linux", True)]
)
def test_only_linux_outside_the_bundle_is_checked(platform: str, frozen: bool) -> None:
    assert sl.window_problem({}, platform=platform, frozen=frozen, loads=lambda _: False) is None


def test_the_loader_tells_present_from_absent() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux sonames")
    assert sl._loads("libc.so.6")
    assert not sl._loads("libsurely-not-a-library.so.42")


def _needed(path: Path) -> set[str]:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {
        line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines() if "(NEEDED)" in line
    }


@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs readelf (binutils)")
def test_the_tables_cover_what_the_installed_qt_links() -> None:
    """Every system library that PySide6's QtGui and its xcb plugin link is in the tables (the
    C library and the C++ runtime aside, and Qt's own libraries, which the wheel carries)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("no xcb plugin in this PySide6")
    base = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}
    base |= {"libz.so.1", "libzstd.so.1", "libdl.so.2", "libpthread.so.0", "librt.so.1"}
    linked = set()
    for path in (
        plugin,
        qt / "lib" / "libQt6XcbQpa.so.6",
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
        qt / "lib" / "libQt6DBus.so.6",
    ):
        linked |= _needed(path)
    system = {
        name
        for name in linked - base
        if not name.startswith(("libQt6", "libicu", "ld-linux")) and "pyside" not in name
    }
    assert system
    assert system - set(sl.QT_LIBRARIES) - set(sl.XCB_LIBRARIES) == set()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checked on Linux only")
def test_the_launcher_stops_before_qt_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sl, "_loads", lacking("libxcb-randr.so.0"))
    started: list[Any] = []
    monkeypatch.setattr("gui.app.main", lambda *a: started.append(a) or 0)

    assert launch.main([]) == 1
    assert started == []
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("liseuse: the window needs system libraries")
    assert "(libxcb-randr.so.0); install them with: sudo apt install libxcb-randr0 " in err


def test_a_screenshot_runs_offscreen_and_needs_no_x_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(sl, "_loads", lacking("libxcb-keysyms.so.1"))
    started: list[Any] = []
    monkeypatch.setattr("gui.app.main", lambda args: started.append(args) or 0)

    assert launch.main(["--screenshot", "x.png"]) == 0
    assert started == [["--screenshot", "x.png"]]


def _failing_import(monkeypatch: pytest.MonkeyPatch, error: ImportError) -> None:
    real = builtins.__import__

    def fake(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "gui.app":
            raise error
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(sl, "_loads", lambda _: True)


def test_a_qt_library_that_fails_to_load_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_import(
        monkeypatch, ImportError("libEGL.so.1: cannot open shared object file: No such file")
    )
    assert launch.window_main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "libEGL.so.1" in err
    assert "sudo apt install libegl1" in err


def test_a_missing_pyside6_says_how_to_reinstall_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_import(monkeypatch, ModuleNotFoundError("No module named 'PySide6'", name="PySide6"))
    assert launch.window_main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pip install --force-reinstall 'PySide6-Essentials" in err


def test_any_other_import_error_is_a_bug_and_shows_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_import(monkeypatch, ImportError("cannot import name 'x' from 'gui.worker'"))
    with pytest.raises(ImportError):
        launch.window_main([])
