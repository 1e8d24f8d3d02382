"""Claim objects for the rows of the comparison's prepared table, built column by column.

At a million claims, building each Claim from a pandas row (itertuples, a strftime and a
frozen dataclass __init__ per claim) costs more than the comparison itself. Here each field
is worked out once per column (per distinct value where values repeat), and the claims of
a finding are cut out by position.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from checker.model import CLAIM_COLUMNS, Claim, claim_constructor

#: The fields a stored claim fills, in Claim's order (start and end stay None).
FIELDS = (*CLAIM_COLUMNS, "file", "line")
#: The fields that make a claim's fingerprint, in its order (see compare.claim_fingerprint).
FINGERPRINT_FIELDS = (
    "source",
    "metric",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "modality",
    "as_of",
)


def finite(x: float) -> float | None:
    """None for NaN and infinities; else the number to 12 significant digits (130 * 0.9
    prints as 117, not 117.00000000000001)."""
    return None if np.isnan(x) or np.isinf(x) else float(f"{x:.12g}")


def objects(values: list) -> np.ndarray:
    """A 1-d object array of the given Python objects."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _per_distinct_float(
    x: np.ndarray, function: Callable[[float], object]
) -> tuple[np.ndarray, np.ndarray]:
    """``function`` of each float and its repr(), computed once per distinct value (by bit
    pattern, so that -0.0 and 0.0 stay apart) and shared by the rows holding it."""
    inverse, bits = pd.factorize(np.ascontiguousarray(x, dtype=np.float64).view(np.int64))
    values = [function(b) for b in bits.view(np.float64).tolist()]
    return objects(values)[inverse], objects([repr(v) for v in values])[inverse]


def _bounds(x: np.ndarray, usable: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``finite`` of each bound (None where not ``usable``) and its repr()."""
    out, text = np.full(len(x), None, dtype=object), np.full(len(x), "None", dtype=object)
    keep = usable & np.isfinite(x)
    if keep.any():
        out[keep], text[keep] = _per_distinct_float(x[keep], finite)
    return out, text


def listing_rank(
    prepared: pd.DataFrame,
    files: pd.Series | np.ndarray | None = None,
    sources: pd.Series | np.ndarray | None = None,
) -> np.ndarray:
    """Each row's place in the order findings list claims: as_of (undated last), source,
    value, file, line. ``files`` and ``sources`` (stripped) are taken from ``prepared`` when
    not given."""
    files = prepared["file"] if files is None else files
    sources = prepared["source"] if sources is None else sources
    line = prepared["line"].to_numpy()
    date = prepared["date"]
    line = line if line.dtype.kind in "iu" else np.asarray([int(x) for x in line])
    # as_of text sorts as its date does, and "" (undated) sorts as "9999": last
    day = pd.factorize(date.to_numpy(), sort=True)[0]  # NaT -> -1
    day = np.where(day < 0, day.max(initial=0) + 1, day)
    keys = [  # two small codes make one key: fewer keys, a faster sort
        _side_by_side(_sorted_codes(files), line),
        prepared["value_num"].to_numpy(float),
        _side_by_side(day, _sorted_codes(sources)),
    ]
    rank = np.empty(len(prepared), dtype=np.int64)
    rank[np.lexsort(keys)] = np.arange(len(prepared))
    return rank


def _side_by_side(major: np.ndarray, minor: np.ndarray) -> np.ndarray:
    """One int64 per row that sorts as (major, minor) do, for non-negative integers."""
    width = int(minor.max(initial=0)) + 1
    return major.astype(np.int64) * width + minor.astype(np.int64)


def _sorted_codes(values: pd.Series | np.ndarray) -> np.ndarray:
    """Integers that order as the (stripped) strings do; a categorical column's codes are
    renumbered in the order of its categories, without looking at every row's string."""
    if isinstance(values, pd.Series) and isinstance(values.dtype, pd.CategoricalDtype):
        categories = np.array([c.strip() for c in values.cat.categories], dtype=object)
        order = pd.factorize(categories, sort=True)[0]
        return order[values.cat.codes.to_numpy()]
    if isinstance(values, pd.Series):
        values = objects(_stripped(values))
    return pd.factorize(values, sort=True)[0]


def _stripped(series: pd.Series) -> list[str]:
    return [x.strip() for x in series.to_numpy(object)]


class ClaimTable:
    """The claim fields of every prepared row as columns of Python objects.

    ``prepared`` is compare.prepare's table with ``value_num`` (the value as stated) and
    ``unit_default`` (the metric's unit) added. ``rank`` orders rows the way a finding lists
    its claims (``listing_rank``).
    """

    def __init__(self, prepared: pd.DataFrame) -> None:
        value = prepared["value_num"].to_numpy(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            scale = np.where(value != 0, prepared["v"].to_numpy(float) / value, 1.0)
            low = prepared["lo_stated"].to_numpy(float) / scale
            high = prepared["hi_stated"].to_numpy(float) / scale
        codes, days = pd.factorize(prepared["date"])  # NaT -> -1
        as_of = objects([*days.strftime("%Y-%m-%d"), ""])[codes]
        units = zip(_stripped(prepared["unit"]), prepared["unit_default"], strict=True)
        value_objects, value_texts = _per_distinct_float(value, float)
        low_objects, low_texts = _bounds(low, scale != 0)
        high_objects, high_texts = _bounds(high, scale != 0)
        line = prepared["line"].to_numpy()
        lines = line.tolist() if line.dtype.kind in "iu" else [int(x) for x in line]
        columns = {
            "source": objects(_stripped(prepared["source"])),
            "metric": objects(prepared["metric_"].tolist()),
            "value": value_objects,
            "low": low_objects,
            "high": high_objects,
            "qualifier": objects(prepared["qualifier_"].tolist()),
            "unit": objects([unit or default for unit, default in units]),
            "modality": objects(prepared["modality_"].tolist()),
            "as_of": as_of,
            "quote": objects(prepared["quote"].tolist()),
            "status": objects(_stripped(prepared["status"])),
            "note": objects(prepared["note"].tolist()),
            "file": objects(prepared["file"].tolist()),
            "line": objects(lines),
        }
        self.by_name = columns
        self.columns = [columns[name] for name in FIELDS]
        self.texts = {
            **{name: columns[name] for name in FINGERPRINT_FIELDS},
            "value": value_texts,
            "low": low_texts,
            "high": high_texts,
        }
        self.v = prepared["v"].to_numpy(float)
        self.rank = listing_rank(prepared, columns["file"], columns["source"])

    def ordered(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` (positions) in the order their claims are listed."""
        return rows[np.argsort(self.rank[rows], kind="stable")]

    def claims(self, ordered: np.ndarray) -> tuple[Claim, ...]:
        """The claims of rows already ``ordered``."""
        return tuple(map(_make_claim, *(column[ordered] for column in self.columns)))

    def fingerprints(self, rows: np.ndarray) -> set[str]:
        """compare.claim_fingerprint of each row's claim, without making the claims."""
        texts = (self.texts[name][rows] for name in FINGERPRINT_FIELDS)
        return set(map("|".join, zip(*texts, strict=True)))


#: Claim(*values for FIELDS), about twice as fast as calling Claim (model.claim_constructor).
_make_claim = claim_constructor(FIELDS)
