"""The wheel and the bundle ship every resource the desktop integration reads."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from gui import desktop_integration as di

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"


def _package_data_patterns() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert any(fnmatch("resources", p) for p in setuptools["packages"]["find"]["include"])
    patterns: list[str] = setuptools["package-data"]["resources"]
    return patterns


def _shipped(name: str, patterns: list[str]) -> bool:
    return any(fnmatch(name, pattern) for pattern in patterns)


def test_every_resource_the_installer_reads_is_package_data() -> None:
    patterns = _package_data_patterns()
    needed = list(di.installed_files(Path("/")))

    assert len(needed) == len(di.ICON_SIZES) + 3
    for name in needed:
        assert (RESOURCES / name).is_file(), name
        assert _shipped(name, patterns), name


def test_every_data_file_in_resources_is_shipped() -> None:
    patterns = _package_data_patterns()
    data_files = [
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"}
    ]

    assert data_files
    assert [name for name in data_files if not _shipped(name, patterns)] == []


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_is_valid_appstream() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(RESOURCES / f"{di.APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
