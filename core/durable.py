"""Making a write survive a power cut: fsync a file, and the folder that names it."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """After a rename, the folder's entry must reach the disk too (POSIX only)."""
    if os.name == "posix":
        fsync_file(folder)
