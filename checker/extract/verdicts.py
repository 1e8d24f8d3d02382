"""Claims a fact-check rates false: no claims of the article.

A fact-check quotes a claim and rates it on the next line ("CLAIM: ... / VERDICT: FALSE",
"AFIRMACIÓN 2: «...» / CALIFICACIÓN: FALSO"). A line that is only a [text] verdict_labels
word, a colon and a [text] verdict_false rating marks the non-empty line before it as
debunked: its figures are what the article refutes, not what it reports. A claim rated
accurate keeps its figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from checker.extract.assign import Choice

#: The reason given for a figure in a claim rated false.
RATED_FALSE = "in a claim rated false"


@lru_cache(maxsize=32)
def _pattern(labels: tuple[str, ...], ratings: tuple[str, ...]) -> re.Pattern[str] | None:
    """A verdict line after a line break (a verdict on the first line rates no line). The
    pattern opens with the literal "\n" and so skips quickly to where a line starts; one
    opening with "^" would be tried at every character."""
    if not labels or not ratings:
        return None
    label = "|".join(sorted(map(re.escape, labels), key=len, reverse=True))
    rating = "|".join(sorted(map(re.escape, ratings), key=len, reverse=True))
    return re.compile(
        rf"\n[ \t]*(?:{label})[ \t]*:[ \t]*(?:{rating})[ \t]*[.!]?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def rated_false_spans(text: str, pack: Any) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` a verdict line right after it rates false."""
    section = pack.section("text")
    pattern = _pattern(
        tuple(str(w) for w in section.get("verdict_labels", ())),
        tuple(str(w) for w in section.get("verdict_false", ())),
    )
    if pattern is None:
        return []
    spans = []
    for found in pattern.finditer(text):
        end = found.start()  # the line break before the verdict line
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)  # skip blank lines between claim and verdict
        if end <= 0:
            continue
        spans.append((text.rfind("\n", 0, end) + 1, end))
    return spans


def drop_rated_false(
    choices: Sequence[Choice], mentions: Sequence[Any], text: str, pack: Any
) -> list[Choice]:
    """``choices`` with every figure on a line rated false made no claim."""
    spans = rated_false_spans(text, pack)
    if not spans:
        return list(choices)
    return [
        Choice(None, choice.modality, RATED_FALSE)
        if choice.metric is not None and any(a <= m.start < b for a, b in spans)
        else choice
        for choice, m in zip(choices, mentions, strict=True)
    ]
