"""Which language an article is in: the pack whose [language].detect words occur most often
in a sample of the text."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from checker.extract.cues import PackKey
from checker.extract.lexicon import WORD

#: How much of an article is read to detect its language (characters).
DETECT_SAMPLE = 5000

#: The first stretch read (characters, cut at a space): when one pack's hits there lead
#: clearly (at least twice the runner-up's and DECISIVE_LEAD more), the rest is not read.
#: Close languages (Indonesian and Malay share most detect words) never lead so; they are
#: told apart on the whole sample.
DETECT_FIRST = 1000
DECISIVE_LEAD = 10


def detect_language(
    text: str, packs: Mapping[str, Any], *, default: str = "en", sample: int = DETECT_SAMPLE
) -> str:
    """The code of the pack with most detect-word hits in the first ``sample`` characters
    (or in the first DETECT_FIRST, when one pack leads there by far).

    Ties go to the code that sorts first; with no hits at all, ``default`` (if it is one of
    ``packs``, else the first code).
    """
    head = text[:sample]
    codes = sorted(packs)
    table = _detect_table(tuple(PackKey(packs[code]) for code in codes))
    hits = [0] * len(codes)
    cut = head.rfind(" ", 0, DETECT_FIRST) if len(head) > DETECT_FIRST else -1
    if cut > 0:  # words never straddle a space: the two stretches give the sample's words
        _count(_words(head[:cut]), table, hits)
        ranked = sorted(hits, reverse=True)
        if len(ranked) > 1 and ranked[0] >= 2 * ranked[1] + DECISIVE_LEAD:
            return codes[hits.index(ranked[0])]
        head = head[cut:]
    _count(_words(head), table, hits)
    best, best_hits = "", 0
    for code, count in zip(codes, hits, strict=True):
        if count > best_hits:
            best, best_hits = code, count
    if best:
        return best
    return default if default in packs else min(packs, default=default)


def _words(head: str) -> list[str]:
    """WORD's words of ``head``, lower case."""
    lowered = head.lower()
    if len(lowered) == len(head):  # one lowering, then cut (the same words)
        return lowered.translate(_SPACES).split()
    return [word.lower() for word in WORD.findall(head)]  # "İ" lowers to two: each word


def _count(words: list[str], table: dict[str, tuple[int, ...]], hits: list[int]) -> None:
    """Add each word's detect hits to ``hits`` (indexed as the table's packs). ``table`` is
    typed a dict, not a Mapping: compiled, ``get`` is then a direct dict lookup, not a
    method call per word."""
    for word in words:
        packs_of = table.get(word)
        if packs_of is not None:
            for index in packs_of:
                hits[index] += 1


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
def _detect_table(keys: tuple[PackKey, ...]) -> dict[str, tuple[int, ...]]:
    """Each detect word -> the indexes (in ``keys``) of the packs that list it."""
    table: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        for word in _detect_words(key):
            table.setdefault(word, []).append(index)
    return {word: tuple(found) for word, found in table.items()}


@lru_cache(maxsize=32)
def _detect_words(key: PackKey) -> frozenset[str]:
    """A pack's [language].detect words, lower case."""
    return frozenset(str(w).lower() for w in key.pack.section("language").get("detect", ()))
