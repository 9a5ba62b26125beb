"""``liseuse --install-desktop``: put Liseuse in the desktop's menus and "Open with" lists.

Pure Python, no Qt: it copies the launcher, the icons and the AppStream file shipped in the
``resources`` data package into the user's XDG data folder, points the launcher's ``Exec`` at the
``liseuse`` program actually installed, and lists the launcher under ``[Added Associations]`` of
the user's ``mimeapps.list`` for the text types it reads. Defaults stay the user's choice: no
``[Default Applications]`` entry is written. ``--uninstall-desktop`` undoes all of it.

The resources are read through :mod:`importlib.resources`, so this works the same from a
checkout, an installed wheel or a frozen bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from core.errors import LiseuseError
from gui.mimeapps import add_associations, remove_associations

APP_ID = "io.github.liseuse.Liseuse"
DESKTOP_ID = f"{APP_ID}.desktop"
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPES: tuple[str, ...] = ("text/plain", "text/html", "text/markdown")
RESOURCE_PACKAGE = "resources"
PROGRAM = "liseuse"

# Characters that force a desktop-entry Exec argument into double quotes, and those that must
# then be escaped inside the quotes (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class DesktopIntegrationError(LiseuseError):
    """The launcher could not be installed or removed."""


# --- where things go -------------------------------------------------------------------------


def data_home(prefix: Path | None = None) -> Path:
    """``prefix`` if given, else ``$XDG_DATA_HOME``, else ``~/.local/share``."""
    if prefix is not None:
        return prefix
    return _xdg_dir("XDG_DATA_HOME", Path(".local", "share"))


def mimeapps_path() -> Path:
    """The user's ``mimeapps.list``: ``$XDG_CONFIG_HOME/mimeapps.list`` (``~/.config``)."""
    return _xdg_dir("XDG_CONFIG_HOME", Path(".config")) / "mimeapps.list"


def _xdg_dir(variable: str, fallback: Path) -> Path:
    value = os.environ.get(variable, "")
    # The spec says a relative value is invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def installed_files(base: Path) -> dict[str, Path]:
    """Resource name (relative to the ``resources`` package) → its place under ``base``."""
    icons = base / "icons" / "hicolor"
    targets = {
        DESKTOP_ID: base / "applications" / DESKTOP_ID,
        f"{APP_ID}.svg": icons / "scalable" / "apps" / f"{APP_ID}.svg",
        f"{APP_ID}.metainfo.xml": base / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    for size in ICON_SIZES:
        folder = f"{size}x{size}"
        targets[f"icons/{folder}/{APP_ID}.png"] = icons / folder / "apps" / f"{APP_ID}.png"
    return targets


# --- the program the launcher runs -----------------------------------------------------------


def find_executable() -> Path:
    """The installed ``liseuse`` program: the frozen bundle's binary, the script that runs us,
    or the one on ``PATH``."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.stem == PROGRAM and argv0.is_file():
        return argv0.absolute()
    found = shutil.which(PROGRAM)
    if found:
        return Path(found).absolute()
    raise DesktopIntegrationError(
        "cannot find the installed 'liseuse' program; install Liseuse (pip install .) and "
        "run 'liseuse --install-desktop' again"
    )


def exec_line(executable: Path) -> str:
    """The ``Exec`` value that runs ``executable`` on the files or URLs given (``%U``)."""
    return f"{_escape_string(_quote_exec_argument(str(executable)))} %U"


def _quote_exec_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")
    if not any(char in _EXEC_RESERVED for char in argument):
        return argument
    escaped = "".join(f"\\{c}" if c in _EXEC_ESCAPED_IN_QUOTES else c for c in argument)
    return f'"{escaped}"'


def _escape_string(value: str) -> str:
    """General escaping of a desktop-entry string value."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def desktop_entry(template: str, executable: Path) -> str:
    """The shipped launcher with ``Exec`` and ``TryExec`` pointing at ``executable``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_line(executable)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={_escape_string(str(executable))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


# --- install / uninstall ---------------------------------------------------------------------


def resource_files() -> Traversable:
    """The ``resources`` data package: launcher, icons, AppStream file."""
    try:
        return resources.files(RESOURCE_PACKAGE)
    except ModuleNotFoundError as exc:
        raise DesktopIntegrationError(
            "the Liseuse resources are missing from this installation"
        ) from exc


def icon_files() -> list[Path]:
    """The PNG sizes of the application icon, smallest first, for ``QIcon.addFile``."""
    package = resource_files()
    found = []
    for size in ICON_SIZES:
        node = package / "icons" / f"{size}x{size}" / f"{APP_ID}.png"
        if isinstance(node, Path) and node.is_file():
            found.append(node)
    return found


def _read(package: Traversable, name: str) -> bytes:
    node = package
    for part in name.split("/"):
        node = node.joinpath(part)
    try:
        return node.read_bytes()
    except OSError as exc:
        raise DesktopIntegrationError(f"missing resource {name!r}: {exc.strerror}") from exc


def install_desktop(
    prefix: Path | None = None,
    *,
    executable: Path | None = None,
    mimeapps: Path | None = None,
) -> list[Path]:
    """Install the launcher, icons and file associations; return the files written.

    ``prefix`` replaces the XDG data folder, ``executable`` the program found by
    :func:`find_executable`, ``mimeapps`` the user's ``mimeapps.list`` (left alone when only
    ``prefix`` is given: a staging folder is no reason to touch the user's settings).
    """
    program = executable if executable is not None else find_executable()
    package = resource_files()
    base = data_home(prefix)
    written: list[Path] = []
    for name, target in installed_files(base).items():
        content = _read(package, name)
        if name == DESKTOP_ID:
            content = desktop_entry(content.decode("utf-8"), program).encode("utf-8")
        _write(target, content)
        written.append(target)
    mimeapps = _mimeapps_for(prefix, mimeapps)
    if mimeapps is not None:
        _edit(mimeapps, lambda text: add_associations(text, DESKTOP_ID, MIME_TYPES))
        written.append(mimeapps)
    _refresh_caches(base)
    return written


def uninstall_desktop(prefix: Path | None = None, *, mimeapps: Path | None = None) -> list[Path]:
    """Remove what :func:`install_desktop` wrote; return the files removed (or edited)."""
    base = data_home(prefix)
    removed: list[Path] = []
    for target in installed_files(base).values():
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DesktopIntegrationError(f"cannot remove {target}: {exc.strerror}") from exc
        removed.append(target)
    mimeapps = _mimeapps_for(prefix, mimeapps)
    if (
        mimeapps is not None
        and mimeapps.is_file()
        and _edit(mimeapps, lambda text: remove_associations(text, DESKTOP_ID))
    ):
        removed.append(mimeapps)
    _refresh_caches(base)
    return removed


def _mimeapps_for(prefix: Path | None, mimeapps: Path | None) -> Path | None:
    if mimeapps is not None:
        return mimeapps
    return mimeapps_path() if prefix is None else None


def _write(target: Path, content: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(content)
        temporary.replace(target)
    except OSError as exc:
        raise DesktopIntegrationError(f"cannot write {target}: {exc.strerror}") from exc


def _edit(path: Path, change: Callable[[str], str]) -> bool:
    """Apply ``change`` to the text of ``path`` (empty if absent); True if it changed.

    A symbolic link (a dotfiles folder) is followed, so the link itself stays in place."""
    path = path.resolve() if path.is_symlink() else path
    try:
        before = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise DesktopIntegrationError(f"cannot read {path}: {exc}") from exc
    after = change(before)
    if after == before:
        return False
    _write(path, after.encode("utf-8"))
    return True


def _refresh_caches(base: Path) -> None:
    """Run the desktop's cache tools where they exist; their absence or failure is harmless."""
    commands = (
        ("update-desktop-database", "-q", str(base / "applications")),
        ("gtk-update-icon-cache", "-q", "-t", "-f", str(base / "icons" / "hicolor")),
    )
    for tool, *arguments in commands:
        found = shutil.which(tool)
        if found is None or not Path(arguments[-1]).is_dir():
            continue
        try:
            subprocess.run([found, *arguments], check=False, capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            continue


# --- command-line entry points ---------------------------------------------------------------


def _report(verb: str, paths: list[Path]) -> None:
    for path in paths:
        print(f"{verb} {path}")


def main_install_desktop() -> int:
    """``liseuse --install-desktop``: install, print each file written, exit status."""
    try:
        _report("installed", install_desktop())
    except DesktopIntegrationError as exc:
        print(f"liseuse: {exc}", file=sys.stderr)
        return 1
    return 0


def main_uninstall_desktop() -> int:
    """``liseuse --uninstall-desktop``: remove, print each file removed, exit status."""
    try:
        removed = uninstall_desktop()
    except DesktopIntegrationError as exc:
        print(f"liseuse: {exc}", file=sys.stderr)
        return 1
    _report("removed", removed)
    if not removed:
        print("liseuse: nothing to remove: the launcher was not installed")
    return 0


DESKTOP_FLAGS: dict[str, Callable[[], int]] = {
    "--install-desktop": main_install_desktop,
    "--uninstall-desktop": main_uninstall_desktop,
}


def run_desktop_flag(argv: Sequence[str]) -> int | None:
    """Run ``--install-desktop`` / ``--uninstall-desktop`` when ``argv`` starts with one and
    return the exit status; None when ``argv`` is for someone else."""
    if not argv or argv[0] not in DESKTOP_FLAGS:
        return None
    if len(argv) > 1:
        print(f"liseuse: {argv[0]} takes no other argument", file=sys.stderr)
        return 2
    return DESKTOP_FLAGS[argv[0]]()
