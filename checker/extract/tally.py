"""Bookkeeping for an extraction run: counts, merged results, sources seen (for the summary)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # merge loads pandas (the claims store): only --into needs it
    from checker.extract.pipeline import ExtractResult
    from checker.merge import MergeResult, StaleClaim


@dataclass
class ExtractTally:
    articles: int = 0
    claims: int = 0
    added: int = 0
    unchanged: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    stale: list[StaleClaim] = field(default_factory=list)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)

    def count(self, result: ExtractResult) -> None:
        self.articles += 1
        self.claims += len(result.claims)
        # ExtractResult.reasons() without its own Counter: Counter.update from a Mapping
        # is a Python loop, from a list one C call (same counts, keys met in the same order)
        self.skipped.update([s.reason.split(" (")[0] for s in result.skipped])
        self.sources[result.source] = {"published": result.published, "lang": result.lang}

    def merged(self, merge: MergeResult) -> None:
        self.added += merge.added
        self.unchanged += merge.unchanged
        self.stale.extend(merge.stale)

    def summary(self, merged: bool) -> str:
        left_out = sum(self.skipped.values())
        text = f"{self.claims} claims from {self.articles} article(s); {left_out} figure(s) fit no metric"
        if left_out:
            text += " (--verbose lists them)"
        if merged:
            text += f"; added {self.added}, unchanged {self.unchanged}, stale {len(self.stale)}"
        return text
