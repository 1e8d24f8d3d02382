"""One regular expression for many phrases, factored by common prefixes (a trie), so the
engine tests the next character once instead of once per phrase."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def trie_pattern(
    phrases: Iterable[str], escape: Callable[[str], str] = re.escape, *, ignore_case: bool = False
) -> str | None:
    """The alternation of ``phrases`` as a trie; ``escape`` writes one character. With
    ``ignore_case``, None when two branches part at letters that match each other ignoring
    case ("s" and "ſ"): the trie would then not keep the longest phrase at a place."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str | None:
        chars = sorted(c for c in node if c)
        if ignore_case:
            for i, a in enumerate(chars):
                if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for b in chars[i + 1 :]):
                    return None
        branches = []
        for char in chars:
            rest = emit(node[char])
            if rest is None:
                return None
            branches.append(escape(char) + rest)
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return emit(root)
