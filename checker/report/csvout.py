"""CSV: one row per claim of each finding. Cells that a spreadsheet would run as a formula
(starting with = + - @, tab or CR) are neutralised with a leading apostrophe."""

from __future__ import annotations

import csv
import io

from checker.model import CheckResult
from checker.report.common import RenderOptions
from checker.report.jsonout import CLAIM_KEYS

HEADER = ("finding", "metric", "verdict", "acknowledged", "failing", "explanation", *CLAIM_KEYS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection); numbers we print are left alone."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def plain(x: float | None) -> str:
    """A number as a claims file writes it: 42, 0.25, empty for an open bound."""
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(x)


def render(result: CheckResult, options: RenderOptions) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for f in result.findings:
        for c in f.claims:
            raw = [
                f.id,
                f.metric,
                f.verdict.value,
                str(f.acknowledged).lower(),
                str(f.id in options.failing_ids).lower(),
                f.explanation,
                c.source,
                plain(c.value),
                plain(c.low),
                plain(c.high),
                c.qualifier,
                c.unit,
                c.modality,
                c.as_of,
                c.quote,
                c.file,
                str(c.line),
            ]
            writer.writerow([safe_cell(x) if i not in (7, 8, 9) else x for i, x in enumerate(raw)])
    return buffer.getvalue()
