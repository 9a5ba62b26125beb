"""Where the window finds the files it ships with, from a checkout or an installed wheel.

The sample article lives in the repository's top-level ``seeds/`` folder; a wheel installs it as
data under ``<prefix>/share/liseuse/seeds`` (see ``[tool.setuptools.data-files]``).
"""

from __future__ import annotations

import site
import sys
import sysconfig
from pathlib import Path

SAMPLE_NAME = "musk-altman-fr.txt"


def _candidates() -> list[Path]:
    checkout = Path(__file__).resolve().parents[1] / "seeds"
    prefixes = [sysconfig.get_path("data"), sys.prefix, getattr(site, "USER_BASE", None)]
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks data here
    shared = [Path(p) / "share" / "liseuse" / "seeds" for p in prefixes if p]
    return [checkout, *shared, *([Path(frozen) / "seeds"] if frozen else [])]


def sample_article() -> Path | None:
    """The sample article shipped with Liseuse, or None if this installation lacks it."""
    return next((c / SAMPLE_NAME for c in _candidates() if (c / SAMPLE_NAME).is_file()), None)


def icon_paths() -> list[Path]:
    """The application icon in every size shipped (``resources/icons/<n>x<n>/``), or none."""
    from importlib import resources

    try:
        icons = resources.files("resources") / "icons"
        sizes = [d for d in icons.iterdir() if d.is_dir()]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        return []
    return [Path(str(f)) for d in sizes for f in d.iterdir() if f.name.endswith(".png")]
