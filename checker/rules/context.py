"""What every rule sees: the claims (as strings, with file and line) and their surroundings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from checker import columns
from checker.model import Problem
from checker.taxonomy import Taxonomy


@dataclass(frozen=True)
class RuleContext:
    frame: pd.DataFrame  # claim columns as stripped strings + file, line
    taxonomy: Taxonomy
    sources: pd.DataFrame | None  # sources.csv, when there is one
    #: source id -> article text (None when no text is found for it)
    article: Callable[[str], str | None]
    #: source id -> language code of the article ("" when unknown)
    language: Callable[[str], str]
    #: source id -> False when it surely has no article (no file read); None: ask ``article``
    may_have_article: Callable[[str], bool] | None = None
    #: column -> its numbers, parsed once for every rule (see ``number``)
    parsed: dict[str, np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def number(self, column: str) -> np.ndarray:
        """``numeric(frame[column])``, parsed once however many rules ask."""
        if column not in self.parsed:
            self.parsed[column] = numeric(self.frame[column])
        return self.parsed[column]


def numeric(series: pd.Series) -> np.ndarray:
    """Strings -> floats; empty -> nan; unparseable -> nan (rules tell the two apart)."""
    return columns.numbers(series)


def problems_at(
    frame: pd.DataFrame,
    mask: np.ndarray | pd.Series,
    rule: str,
    message: Callable[[pd.Series], str],
    hint: str = "",
) -> Iterator[Problem]:
    """One Problem per masked row, located at its file and line."""
    for _, row in frame[np.asarray(mask, dtype=bool)].iterrows():
        yield Problem(row["file"], int(row["line"]), message(row), rule, hint=hint)
