"""Rule: the same claim stated twice (same source, metric, value, qualifier, unit, modality, as_of)."""

from __future__ import annotations

from collections.abc import Iterator

from checker.model import Problem
from checker.rules.context import RuleContext

KEY = ["source", "metric", "value", "qualifier", "unit", "modality", "as_of"]


def check_duplicates(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    live = frame[frame["status"] != "deprecated"]
    repeated = live.duplicated(KEY, keep="first")
    if not repeated.any():
        return
    first = live[~repeated].set_index(KEY)[["file", "line"]]
    for _, row in live[repeated].iterrows():
        origin = first.loc[tuple(row[k] for k in KEY)]
        if hasattr(origin, "iloc") and getattr(origin, "ndim", 1) > 1:
            origin = origin.iloc[0]
        yield Problem(
            row["file"], int(row["line"]), "duplicate claim", "duplicate",
            hint=f"the same claim is at {origin['file']}:{origin['line']}; delete one",
        )
