"""Whole-column helpers for claims held as strings, fast at a million rows.

Columns of claims repeat a few values (metrics, units, dates, figures), so work that pandas
would do row by row in Python (strip, parse, a regex) is done once per distinct value here.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd


def each_distinct(series: pd.Series, function: Callable[[pd.Series], Any]) -> pd.Series:
    """``function(series)`` for an elementwise ``function``, applied to the distinct values
    only and spread back to every row (NaN rows get NaN, or NaT, or None)."""
    codes, uniques = pd.factorize(series)
    distinct = pd.Series(uniques, dtype=series.dtype)
    result = pd.Series(function(distinct), index=distinct.index)
    values = result.array.take(codes, allow_fill=True)
    return pd.Series(values, index=series.index, name=series.name)


def coded(series: pd.Series) -> pd.Series:
    """``series.str.strip()`` as a categorical column (NaN as ""): each distinct string once
    (stripped once), and every row a small integer code. Comparing, grouping and mapping such
    a column work on its few distinct values, so a million claims cost a factorize, once.

    A categorical column is taken as coded already (its categories as a factorize of its
    values finds them, as csvsplit reads them): only its categories are stripped, and a
    column stripped already comes back as it is."""
    categorical = isinstance(series.dtype, pd.CategoricalDtype)
    if categorical:
        codes, uniques = series.cat.codes.to_numpy(), series.cat.categories.to_numpy(object)
    else:
        codes, uniques = pd.factorize(series.to_numpy(object))
    if (codes < 0).any():  # NaN or None reads as ""
        uniques = np.append(uniques, "")
        codes = np.where(codes < 0, len(uniques) - 1, codes)
    elif categorical and all(value == value.strip() for value in uniques):
        return series
    stripped = pd.Index([value.strip() for value in uniques], dtype=object)
    if not stripped.is_unique:  # " a" and "a": one category
        merged, stripped = pd.factorize(stripped)
        codes = merged[codes]
    values = pd.Categorical.from_codes(codes, categories=pd.Index(stripped, dtype=object))
    return pd.Series(values, index=series.index, name=series.name)


def distinct(series: pd.Series) -> list:
    """The distinct values of a column (a categorical column's categories in use)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        categories = series.cat.categories
        return categories[used_codes(series.cat.codes.to_numpy()[series.notna()])[0]].tolist()
    return pd.unique(series.to_numpy(object)).tolist()


def used_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(codes, return_inverse=True)`` for non-negative integer codes, in linear
    time (a table as long as the largest code, no sort)."""
    present = np.zeros(int(codes.max(initial=-1)) + 1, dtype=bool)
    present[codes] = True
    used = np.flatnonzero(present)
    renumber = np.zeros(len(present), dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return used, renumber[codes]


def per_value(series: pd.Series, function: Callable[[Any], Any]) -> pd.Series:
    """``function`` of each value, called once per distinct value (NaN rows get NaN)."""
    return each_distinct(
        series,
        lambda distinct: pd.array([function(v) for v in distinct.to_numpy(object)], dtype=object),
    )


def strip(series: pd.Series) -> pd.Series:
    """``series.str.strip()``, the same column back when no value needed stripping."""
    values = series.to_numpy(object)
    try:
        stripped = [value.strip() for value in values]
    except (AttributeError, TypeError):  # NaN and other non-strings: pandas' own way
        return series.str.strip()
    if not any(map(operator.is_not, stripped, values)):  # str.strip returns an unchanged str
        return series
    return pd.Series(pd.array(stripped, dtype=series.dtype), index=series.index, name=series.name)


def numbers(series: pd.Series, strip_first: bool = False) -> np.ndarray:
    """``pd.to_numeric`` of the (optionally stripped) strings, "" as NaN, unparseable as NaN.

    The distinct strings go to pd.to_numeric together, so the same values come back.
    """

    def parse(text: pd.Series) -> pd.Series:
        if strip_first:
            text = text.str.strip()
        return pd.to_numeric(text.replace("", np.nan), errors="coerce").astype(float)

    return each_distinct(series, parse).to_numpy(float)


def key_codes(keys: list[pd.Series]) -> np.ndarray:
    """One integer per row, equal exactly when the rows are equal in every key (NaN equal to
    NaN, as in DataFrame.duplicated)."""
    code = np.zeros(len(keys[0]) if keys else 0, dtype=np.int64)
    size = 1  # code < size
    for key in keys:
        codes, uniques = pd.factorize(key)  # NaN -> -1
        if size * (len(uniques) + 1) >= 2**62:  # numbered afresh, to stay within int64
            code = pd.factorize(code)[0]
            size = int(code.max(initial=-1)) + 1
        code = code * (len(uniques) + 1) + (codes + 1)
        size *= len(uniques) + 1
    return code
