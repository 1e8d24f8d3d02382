"""Reading text files safely: regular files only, inside the folders given, UTF-8 or a
clear error. Kept apart from the claims store (checker/store.py) so that reading articles
does not load pandas."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from checker.errors import InputError

#: A claims file larger than this is refused (a hint to split it), to keep memory bounded.
MAX_CLAIMS_FILE_BYTES = 2 * 1024**3

_UTF16_32_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (a BOM is tolerated) or an InputError that says how to fix it."""
    check_not_utf16_or_binary(data, path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            "not UTF-8 text", path=path, line=line, hint="re-save the file as UTF-8"
        ) from None


def check_not_utf16_or_binary(data: bytes, path: str) -> None:
    for bom, name in _UTF16_32_BOMS:
        if data.startswith(bom):
            raise InputError(
                f"file is {name} text, not UTF-8", path=path, line=1, hint="re-save it as UTF-8"
            )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise InputError(
            "file holds NUL bytes (binary or UTF-16?)",
            path=path,
            line=line,
            hint="save it as UTF-8 text",
        )


def read_bytes(path: Path | str, limit: int = MAX_CLAIMS_FILE_BYTES) -> bytes:
    """A regular file's bytes (never a pipe or device, which could block or never end).

    One open, then the checks on what was opened: opening without blocking keeps a pipe from
    waiting for a writer, and the file checked is the file read."""
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError:
        raise InputError("file not found", path=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file", path=str(path))
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file", path=str(path), hint="give a plain file")
        if info.st_size > limit:
            raise InputError(
                f"file is larger than {limit // 1024**2} MB", path=str(path), hint="split it"
            )
        with open(fd, "rb", closefd=False) as stream:
            return stream.read()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    finally:
        os.close(fd)


#: Read-only, without blocking on a pipe or a device (no effect on a regular file's reads),
#: not inherited by child processes.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def confine(path: Path, folder: Path, resolved: Path | None = None) -> None:
    """An InputError unless ``path`` stays inside ``folder`` once links are followed
    (``resolved``: ``folder.resolve()``, when the caller checks many files in one folder).

    The tool reads and writes only inside the folders it is given: a link in claims/ to
    /etc/passwd is refused, as are symlink loops and links to nowhere.
    """
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        if path.is_symlink():
            raise InputError(
                "symlink loop or link to nowhere", path=str(path), hint="remove the link"
            ) from None
        raise InputError("file not found", path=str(path)) from None
    if not target.is_relative_to(folder.resolve() if resolved is None else resolved):
        raise InputError(
            f"links outside {folder}",
            path=str(path),
            hint="claimcheck reads only inside the folders it is given; copy the file in",
        )
