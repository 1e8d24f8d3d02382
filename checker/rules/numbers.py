"""Rules on value, low and high: numbers, and bounds that make sense together."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from checker.model import Problem
from checker.rules.context import RuleContext, problems_at

_OPEN_LOW = ("less_than", "at_most")
_OPEN_HIGH = ("more_than", "at_least")


def _hint(text: str) -> str:
    """Suggest the plain form of a number written with separators ("1,900" -> 1900)."""
    digits = text.replace(",", "").replace(".", "").replace(" ", "")
    if digits.isdigit():
        parts = text.replace(" ", "").replace(".", ",").split(",")
        if len(parts) == 2 and len(parts[1]) != 3:  # one decimal separator: 12,5
            return f"write {parts[0]}.{parts[1]} (a dot for decimals)"
        return f"write {digits} (digits only, no thousands separators)"
    return "write a plain number such as 1900 or 12.5"


def check_numbers(ctx: RuleContext) -> Iterator[Problem]:
    frame = ctx.frame
    for column in ("value", "low", "high"):
        text = frame[column]
        parsed = ctx.number(column)
        bad = np.isnan(parsed) & (text != "").to_numpy()
        if column == "value":
            yield from problems_at(
                frame,
                (text == "").to_numpy(),
                "number",
                lambda r: "value is empty",
                "fill in the figure",
            )
        for _, row in frame[bad].iterrows():
            yield Problem(
                row["file"],
                int(row["line"]),
                f"{column} {row[column]!r} is not a number",
                "number",
                hint=_hint(row[column]),
            )
        inf = np.isinf(parsed)
        yield from problems_at(
            frame,
            inf,
            "number",
            lambda r, c=column: f"{c} must be finite",
            "leave the cell empty for an open bound",
        )


def check_bounds(ctx: RuleContext) -> Iterator[Problem]:
    """low <= value <= high; a range needs both ends; open qualifiers keep one end open."""
    frame = ctx.frame
    value, low, high = ctx.number("value"), ctx.number("low"), ctx.number("high")
    with np.errstate(invalid="ignore"):
        crossed = low > high
        below = value < low
        above = value > high
    yield from problems_at(
        frame, crossed, "bounds", lambda r: f"low {r['low']} is above high {r['high']}", "swap them"
    )
    yield from problems_at(
        frame,
        below & ~crossed,
        "bounds",
        lambda r: f"value {r['value']} is below low {r['low']}",
        "the value must lie within its bounds",
    )
    yield from problems_at(
        frame,
        above & ~crossed,
        "bounds",
        lambda r: f"value {r['value']} is above high {r['high']}",
        "the value must lie within its bounds",
    )
    q = frame["qualifier"]
    rng = (q == "range").to_numpy() & (np.isnan(low) | np.isnan(high))
    yield from problems_at(
        frame, rng, "bounds", lambda r: "a range needs both low and high", "fill in both ends"
    )
    open_low = q.isin(_OPEN_LOW).to_numpy() & ~np.isnan(low) & (q == "less_than").to_numpy()
    yield from problems_at(
        frame, open_low, "bounds", lambda r: "less_than leaves low open", "empty the low cell"
    )
    open_high = q.isin(_OPEN_HIGH).to_numpy() & ~np.isnan(high)
    yield from problems_at(
        frame,
        open_high,
        "bounds",
        lambda r: f"{r['qualifier']} leaves high open",
        "empty the high cell",
    )
