"""Files that survive a crash: fsync a file and the folder that names it; writes that leave
either the old file or the new one, never half of one; file names made from titles that stay
inside the chosen folder."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from core.errors import LiseuseError

MAX_NAME = 120
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


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


class FileExists(LiseuseError):
    """The target exists and overwriting it was not asked for."""


class UnsafePath(LiseuseError):
    """A file name that would land outside the chosen folder."""


def write_atomic(path: Path, data: str | bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsynced, then
    renamed over it. An existing file is only replaced when ``overwrite`` is true."""
    if path.is_dir():
        raise FileExists(f"{path} is a folder")
    if path.exists() and not overwrite:
        raise FileExists(f"{path} exists; use --force to replace it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise LiseuseError(f"cannot write in {folder}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise LiseuseError(f"cannot write {path}: {exc.strerror}") from exc
    fsync_folder(folder)
    return path


def safe_filename(title: str, suffix: str, *, fallback: str = "annotations") -> str:
    """A portable file name from a title: no separators, control or reserved characters, no
    leading dots, no reserved Windows names, at most ``MAX_NAME`` characters before ``suffix``."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    name = name[:MAX_NAME].rstrip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"{fallback}-{name}" if name else fallback
    return name + suffix


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refused unless it resolves to a file directly inside ``folder``."""
    base = folder.resolve()
    target = (base / name).resolve()
    if target.parent != base:
        raise UnsafePath(f"{name!r} would not be written inside {base}")
    return target
