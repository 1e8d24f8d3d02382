"""Which language an article is in: the pack whose [language].detect words occur most often
in a sample of the text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from checker.extract.cues import PackKey
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
    head = text[:sample]
    lowered = head.lower()
    if len(lowered) == len(head):  # one lowering, then cut (the same words)
        counts = Counter(lowered.translate(_SPACES).split())
    else:  # a letter whose lower case is longer ("İ"): lower each word
        counts = Counter(word.lower() for word in WORD.findall(head))
    best, best_hits = "", 0
    for code in sorted(packs):
        hits = sum(counts[w] for w in counts.keys() & _detect_words(PackKey(packs[code])))
        if hits > best_hits:
            best, best_hits = code, hits
    if best:
        return best
    return default if default in packs else min(packs, default=default)


class _Spaces(dict[int, int]):
    r"""A str.translate table turning every character that is not a letter or a digit into a
    space, filled as characters are met: split() then gives exactly WORD's words ([^\W_]+:
    letters and digits, str.isalnum; no space is one), without a regular expression."""

    def __missing__(self, code: int) -> int:
        value = code if chr(code).isalnum() else 32
        self[code] = value
        return value


_SPACES = _Spaces()


@lru_cache(maxsize=32)
def _detect_words(key: PackKey) -> frozenset[str]:
    """A pack's [language].detect words, lower case."""
    return frozenset(str(w).lower() for w in key.pack.section("language").get("detect", ()))
