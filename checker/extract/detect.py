"""Which language an article is in: the pack whose [language].detect words occur most often
in a sample of the text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from checker.extract.lexicon import WORD

#: How much of an article is read to detect its language (characters).
DETECT_SAMPLE = 5000


def detect_language(
    text: str, packs: Mapping[str, Any], *, default: str = "en", sample: int = DETECT_SAMPLE
) -> str:
    """The code of the pack with most detect-word hits in the first ``sample`` characters.

    Ties go to the code that sorts first; with no hits at all, ``default`` (if it is one of
    ``packs``, else the first code).
    """
    counts = Counter(word.lower() for word in WORD.findall(text[:sample]))
    best, best_hits = "", 0
    for code in sorted(packs):
        words = {str(w).lower() for w in packs[code].section("language").get("detect", ())}
        hits = sum(counts[w] for w in words)
        if hits > best_hits:
            best, best_hits = code, hits
    if best:
        return best
    return default if default in packs else min(packs, default=default)
