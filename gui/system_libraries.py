"""Before Qt starts: are the system libraries the window needs installed? If not, say which and
how to install them, in one line, instead of Qt's abort ("Could not load the Qt platform plugin
"xcb"") and its core dump.

PySide6's wheels carry Qt itself but not the libraries of the desktop underneath it: on Linux, Qt's
X11 platform plugin (``xcb``, the one used when ``DISPLAY`` is set) links a dozen X libraries
that a plain Debian or Fedora install may lack. Each is looked for by its file name with the
system's own loader (``ctypes.CDLL``), as Qt will do a moment later. Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Library:
    soname: str
    debian: str  # the Debian/Ubuntu package that installs it
    fedora: str  # the Fedora package


def _table(rows: str) -> dict[str, Library]:
    found = {}
    for row in rows.strip().splitlines():
        soname, debian, fedora = row.split()
        found[soname] = Library(soname, debian, fedora)
    return found


# What PySide6's Qt libraries themselves link (QtCore, QtGui, QtWidgets, QtDBus): without these
# even importing PySide6.QtGui fails, whatever the platform.
QT_LIBRARIES = _table(
    """
    libGL.so.1             libgl1             libglvnd-glx
    libEGL.so.1            libegl1            libglvnd-egl
    libfontconfig.so.1     libfontconfig1     fontconfig
    libfreetype.so.6       libfreetype6       freetype
    libxkbcommon.so.0      libxkbcommon0      libxkbcommon
    libX11.so.6            libx11-6           libX11
    libglib-2.0.so.0       libglib2.0-0       glib2
    libgthread-2.0.so.0    libglib2.0-0       glib2
    libdbus-1.so.3         libdbus-1-3        dbus-libs
    """
)

# What Qt's xcb platform plugin (plugins/platforms/libqxcb.so and libQt6XcbQpa) links besides
# those. tests/gui/test_system_libraries.py reads the installed plugin and checks this list.
XCB_LIBRARIES = _table(
    """
    libxcb.so.1              libxcb1              libxcb
    libX11-xcb.so.1          libx11-xcb1          libX11-xcb
    libxkbcommon-x11.so.0    libxkbcommon-x11-0   libxkbcommon-x11
    libxcb-cursor.so.0       libxcb-cursor0       xcb-util-cursor
    libxcb-icccm.so.4        libxcb-icccm4        xcb-util-wm
    libxcb-image.so.0        libxcb-image0        xcb-util-image
    libxcb-keysyms.so.1      libxcb-keysyms1      xcb-util-keysyms
    libxcb-render-util.so.0  libxcb-render-util0  xcb-util-renderutil
    libxcb-util.so.1         libxcb-util1         xcb-util
    libxcb-randr.so.0        libxcb-randr0        libxcb
    libxcb-render.so.0       libxcb-render0       libxcb
    libxcb-shape.so.0        libxcb-shape0        libxcb
    libxcb-shm.so.0          libxcb-shm0          libxcb
    libxcb-sync.so.1         libxcb-sync1         libxcb
    libxcb-xfixes.so.0       libxcb-xfixes0       libxcb
    libxcb-xkb.so.1          libxcb-xkb1          libxcb
    """
)


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing(
    libraries: Iterable[Library], loads: Callable[[str], bool] | None = None
) -> list[Library]:
    loads = loads or _loads
    return [library for library in libraries if not loads(library.soname)]


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 plugin: asked for by name, or left to choose with an X display
    and no Wayland session (where Qt tries Wayland first)."""
    asked = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if asked:
        return asked == "xcb"
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


def install_line(libraries: Iterable[Library]) -> str:
    """The commands that install ``libraries``: Debian/Ubuntu's, then Fedora's."""
    libraries = list(libraries)
    debian = " ".join(dict.fromkeys(library.debian for library in libraries))
    fedora = " ".join(dict.fromkeys(library.fedora for library in libraries))
    return f"sudo apt install {debian} (Debian, Ubuntu) or sudo dnf install {fedora} (Fedora)"


def window_problem(
    environ: Mapping[str, str],
    *,
    platform: str | None = None,
    frozen: bool | None = None,
    loads: Callable[[str], bool] | None = None,
) -> str | None:
    """Why the window cannot start here, in one line, or None when nothing is known to stop it.

    Only on Linux, and not in the standalone bundle (which carries its own copies)."""
    platform = sys.platform if platform is None else platform
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if not platform.startswith("linux") or frozen:
        return None
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if not asked and not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start it from a desktop session, or use 'liseuse --screenshot OUT.png' or a "
            "subcommand ('liseuse -h')"
        )
    needed = list(QT_LIBRARIES.values())
    if uses_xcb(environ):
        needed += XCB_LIBRARIES.values()
    absent = missing(needed, loads)
    if not absent:
        return None
    names = ", ".join(library.soname for library in absent)
    return (
        f"the window needs system libraries that are not installed ({names}); "
        f"install them with: {install_line(absent)}"
    )
