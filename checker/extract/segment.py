"""Sentences and clauses: character spans of an article, from a language pack's [text] rules.

Sentences end at ".", "!" or "?" followed by space (unless the word before is a listed
abbreviation or an initial, or the next word starts in lower case) and at every line break,
so headlines and headings stand alone. Clauses are split at the pack's clause_breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checker.extract.trie import trie_pattern

_WORD = re.compile(r"[^\W_]+")

#: A piece between two clause breaks needs two words to be a clause of its own; one this
#: long or longer surely has them.
_ASIDE_CHARS = 40

#: A sentence end: final marks, closing marks and space, or a line break and the spaces after
#: it (the spaces before it are trimmed off the sentence). Written to open with one character
#: class (a mark or a line break; a look-behind then says which) so the scan skips quickly to
#: where one may start: the same sentences as "[.!?]+[closing]*\s+|[ \t]*\n\s*".
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’»)\]]*\s+|(?<=\n)\s*)")
_OPENERS = "\"'“‘«([ "


@dataclass(frozen=True)
class Segmenter:
    """Compiled [text] rules of one language pack."""

    abbreviations: frozenset[str]
    clause_break: re.Pattern[str] | None
    #: a headline's breaks: the clause breaks and commas ("Hamas frees 3, Israel 183")
    headline_break: re.Pattern[str] | None = None

    @classmethod
    def compile(cls, abbreviations: Iterable[str], clause_breaks: Iterable[str]) -> Segmenter:
        parts = sorted({b.lower() for b in clause_breaks if b}, key=len, reverse=True)
        pattern = re.compile(_alternation(parts), re.IGNORECASE) if parts else None
        headline = re.compile(_alternation([*parts, ", "]), re.IGNORECASE)
        return cls(frozenset(a.lower().rstrip(".") for a in abbreviations), pattern, headline)

    def sentences(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Spans (start, end) of the sentences of ``text[start:end]``, trimmed of spaces."""
        end = len(text) if end is None else end
        spans = []
        begin = start
        for found in _CANDIDATE.finditer(text, start, end):
            at, after = found.span()  # one call; the mark is then a slice of the text
            mark = text[at:after]
            if "\n" not in mark and not self._ends_sentence(text, at, after, end):
                continue
            cut = at + len(mark.rstrip())
            spans.append(_trim(text, begin, cut))
            begin = after
        spans.append(_trim(text, begin, end))
        return [span for span in spans if span[1] > span[0]]

    def _ends_sentence(self, text: str, at: int, after: int, limit: int) -> bool:
        """Whether the mark at text[at:after] ends a sentence (not an abbreviation's dot, nor
        followed by a lower-case word)."""
        if text[at] == ".":
            word_start = text.rfind(" ", 0, at) + 1
            word = text[word_start:at].lstrip(_OPENERS).lower()
            if word in self.abbreviations or (len(word) == 1 and word.isalpha()):
                return False
        following = text[after : min(limit, after + 2)].lstrip(_OPENERS)
        return not (following[:1].islower())

    def clauses(
        self, text: str, start: int, end: int, *, headline: bool = False
    ) -> list[tuple[int, int]]:
        """Spans of the clauses of the sentence ``text[start:end]``; a headline's commas part
        clauses too (a headline lists its phrases). A piece of one word between two breaks is
        an aside ("half of them — 24 — are alive"), not a clause: it stays in the clause
        around it."""
        breaks = self.headline_break if headline else self.clause_break
        if breaks is None:
            return [(start, end)]
        first = breaks.search(text, start, end)
        if first is None:  # most sentences: one clause
            span = _trim(text, start, end)
            return [span] if span[1] > span[0] else []
        spans = []
        begin = start
        # the scan goes on from the first break (the pattern looks at nothing before it)
        for found in breaks.finditer(text, first.start(), end):
            spans.append(_trim(text, begin, found.start()))
            begin = found.start() + _lead(found.group())
        spans.append(_trim(text, begin, end))
        spans = [span for span in spans if span[1] > span[0]]
        merged: list[tuple[int, int]] = []
        glue = False  # the piece before was an aside: this one joins it
        for span in spans:
            aside = span[1] - span[0] < _ASIDE_CHARS and len(_WORD.findall(text, *span)) < 2
            if merged and (glue or aside):
                merged[-1] = (merged[-1][0], span[1])
            else:
                merged.append(span)
            glue = aside
        return merged


def _alternation(phrases: list[str]) -> str:
    """The longest of ``phrases`` (lower case) at a place, as a trie ("(?:;| (?:but |while )|,
    (?:and |as ))"): a break is tried at every space, and a trie tests the next character once
    instead of once per phrase. Plain alternatives longest first, which match the same, when
    two phrases part at letters that match each other ignoring case ("s" and "ſ")."""
    trie = trie_pattern(phrases, ignore_case=True)
    if trie is None:
        ordered = sorted(set(phrases), key=len, reverse=True)
        return "|".join(map(re.escape, ordered))
    return trie


def _lead(separator: str) -> int:
    """Where the next clause starts inside a separator: after its punctuation, so that
    ", and the rest" starts the next clause at "and"."""
    stripped = separator.lstrip(" ,;:–—-")
    return len(separator) - len(stripped)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces at its ends (str.strip's spaces are str.isspace's)."""
    piece = text[start:end]
    left = piece.lstrip()
    return start + len(piece) - len(left), end - len(left) + len(left.rstrip())
