"""The acknowledged baseline (claims/acknowledged.csv): findings people have looked at."""

from __future__ import annotations

from pathlib import Path

from checker.errors import InputError
from checker.model import Finding
from checker.store import ACK_COLUMNS, atomic_write_text, csv_lines, decode_text, read_bytes


def acknowledge(path: Path, finding: Finding, reason: str) -> bool:
    """Add ``finding`` with ``reason`` to the baseline file; False if it is already there.

    Existing lines are kept byte for byte; the file is rewritten atomically.
    """
    if not reason.strip():
        raise InputError("a reason is required", hint='add --reason "why this is acceptable"')
    old = decode_text(read_bytes(path), str(path)) if path.exists() else ""
    if old.strip():
        header = old.splitlines()[0].split(",")
        if header[:1] != ["id"]:
            raise InputError(
                "not an acknowledged.csv (first column must be id)", path=str(path), line=1
            )
        if any(line.split(",", 1)[0].strip() == finding.id for line in old.splitlines()[1:]):
            return False
    else:
        old = csv_lines([], ACK_COLUMNS, header=True)
    if not old.endswith("\n"):
        old += "\n"
    row = {"id": finding.id, "metric": finding.metric, "reason": " ".join(reason.split())}
    atomic_write_text(path, old + csv_lines([row], ACK_COLUMNS, header=False))
    return True
