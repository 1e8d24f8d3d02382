"""Rule: the same claim stated twice (same source, metric, value, qualifier, unit, modality, as_of)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from checker import columns
from checker.model import Problem
from checker.rules.context import RuleContext

KEY = ["source", "metric", "value", "qualifier", "unit", "modality", "as_of"]


def check_duplicates(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    live = frame[frame["status"] != "deprecated"]
    key = columns.key_codes([live[column] for column in KEY])
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    origin = first[inverse]  # each row's first occurrence
    repeated = np.flatnonzero(origin != np.arange(len(live)))
    if not len(repeated):
        return
    files, lines = live["file"].to_numpy(), live["line"].to_numpy()
    for row in repeated.tolist():
        yield Problem(
            files[row],
            int(lines[row]),
            "duplicate claim",
            "duplicate",
            hint=f"the same claim is at {files[origin[row]]}:{lines[origin[row]]}; delete one",
        )
