"""Files that survive a crash: fsync a file and the folder that names it; writes that leave
either the old file or the new one, never half of one; file names made from titles that stay
inside the chosen folder."""

from __future__ import annotations

import contextlib
import os
import re
import stat
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


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_umask()  # what open() would give a new file (read once, at import)


def _refuse_unless_regular(path: Path, info: os.stat_result) -> None:
    """Only a regular file is ever replaced: a folder, a link, a pipe or a device is not."""
    mode = info.st_mode
    if stat.S_ISDIR(mode):
        raise FileExists(f"{path} is a folder")
    if stat.S_ISLNK(mode):
        raise FileExists(f"{path} is a symbolic link; it is not replaced (name a file instead)")
    if stat.S_ISFIFO(mode):
        raise FileExists(f"{path} is a named pipe (FIFO); only a regular file can be replaced")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise FileExists(f"{path} is a device; only a regular file can be replaced")
    if not stat.S_ISREG(mode):
        raise FileExists(f"{path} is not a regular file; only a regular file can be replaced")


def write_atomic(path: Path, data: str | bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsynced, then
    renamed over it. An existing file is only replaced when ``overwrite`` is true, and only a
    regular file (never a link, pipe or device, even with ``overwrite``); it keeps its mode,
    and its owner where this process may give it. A new file gets the umask's usual mode."""
    try:
        existing: os.stat_result | None = os.lstat(path)
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise LiseuseError(f"cannot write {path}: {exc.strerror}") from exc
    if existing is not None:
        _refuse_unless_regular(path, existing)
        if not overwrite:
            raise FileExists(f"{path} exists; use --force to replace it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise LiseuseError(f"cannot write in {folder}: {exc.strerror}") from exc
    try:
        _same_mode_and_owner(handle, existing)
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


def _same_mode_and_owner(handle: int, existing: os.stat_result | None) -> None:
    if existing is None:
        os.fchmod(handle, _NEW_FILE_MODE)
        return
    if hasattr(os, "fchown"):  # only root gives a file away; a user's own file stays theirs
        with contextlib.suppress(PermissionError):
            os.fchown(handle, existing.st_uid, existing.st_gid)
    os.fchmod(handle, stat.S_IMODE(existing.st_mode))


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


def write_many(
    folder: Path, files: list[tuple[str, str]], *, overwrite: bool = False
) -> list[Path]:
    """Write each ``(name, text)`` into ``folder`` (atomically, each name made safe and kept
    inside it). Every target is checked before the first is written, so an existing file
    (without ``overwrite``) stops the whole export rather than half of it."""
    targets = [inside(folder, name) for name, _text in files]
    if not overwrite:
        there = [t.name for t in targets if t.exists()]
        if there:
            shown = ", ".join(there[:3]) + (" …" if len(there) > 3 else "")
            raise FileExists(f"{len(there)} files exist already in {folder} ({shown})")
    return [
        write_atomic(t, text, overwrite=overwrite)
        for t, (_n, text) in zip(targets, files, strict=True)
    ]
