"""One sentence as the cue layer reads it: its words, the cues matched in them, its clauses,
where its figures sit, and each figure's own windows (the words right after and before it).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from mypy_extensions import mypyc_attr

from checker.extract.lexicon import WORD, WORD_PLAIN, Lexicon, Match
from checker.extract.numbers import NumberMention
from checker.extract.segment import Segmenter

#: Kinds of figure that can be a claim; years, dates, times, ages, money, ordinals never are.
CLAIM_KINDS = frozenset({"count", "vague", "share", "percent"})

#: Tiers of closeness, tightest first.
OWN, BEFORE, CLAUSE, SENTENCE, NEIGHBOUR, ASSUMED = range(6)
TIER_NAMES = ("phrase", "before", "clause", "sentence", "neighbour", "assumed")

#: Characters that end a sentence, and closing marks that may follow them.
_FINAL = ".!?…"
_CLOSING = "\"'”’»)]"

#: Characters between two words that end a figure's own phrase.
_PHRASE_STOPS = frozenset(',;:()[]"“”!?.–—')

_PUNCTUATION = re.compile("[" + re.escape("".join(sorted(_PHRASE_STOPS))) + "]")


#: Facts of a match's tags, kept by tag set (the lexicon's phrases have few): a dict read
#: inline costs less than a call through lru_cache, and matching makes many matches.
_MEMO_LIMIT = 4096
_FAMILIES: dict[frozenset[str], frozenset[str]] = {}
_CONCEPTS: dict[frozenset[str], tuple[str, ...]] = {}


def _families_of(tags: frozenset[str]) -> frozenset[str]:
    """The families among a match's tags ("c:hostage", "s:event" -> "c:", "s:")."""
    found = _FAMILIES.get(tags)
    if found is None:
        if len(_FAMILIES) >= _MEMO_LIMIT:
            _FAMILIES.clear()
        found = _FAMILIES[tags] = frozenset(tag[:2] for tag in tags)
    return found


def _concepts_of(tags: frozenset[str]) -> tuple[str, ...]:
    """The concepts among a match's tags ("c:hostage" -> "hostage")."""
    found = _CONCEPTS.get(tags)
    if found is None:
        if len(_CONCEPTS) >= _MEMO_LIMIT:
            _CONCEPTS.clear()
        found = _CONCEPTS[tags] = tuple(sorted(tag[2:] for tag in tags if tag.startswith("c:")))
    return found


def _is_period(mention: NumberMention) -> bool:
    """A year, or a month with its year and no day (a date's value is its day when it has one,
    else its year)."""
    return mention.kind == "year" or (mention.kind == "date" and mention.value > 31)


_GROUP = re.Match.group  # a match's text, mapped over many without a Python call each
_START = re.Match.start


# Compiled with mypyc, _lazy stays an ordinary Python class: it keeps what it computes in an
# instance's __dict__.
@mypyc_attr(native_class=False)
class _lazy:
    """A cached property without cached_property's lock (Python 3.11 takes one on each first
    read): a sentence is read by one thread, and many sentences are made."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute = compute
        self.name = ""
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


class _Gaps:
    """Whether punctuation stands between token i-1 and token i: ``gap[i]`` (any int may be
    asked). A plain class, not a frozenset subclass: compiled, making one needs no instance
    dict, and ``gap[i]`` from compiled readers is a direct call instead of a slot lookup."""

    def __init__(self, text: str, span: tuple[int, int], starts: list[int]) -> None:
        self._source = (text, span, starts)
        self._hard: frozenset[int] | None = None
        self._before = _marked(text, span, starts, commas=True)

    def __getitem__(self, t: int) -> bool:
        return t in self._before

    @property
    def hard(self) -> frozenset[int]:
        """Gaps made by a mark other than a comma ("said, on Thursday," is one stretch)."""
        found = self._hard
        if found is None:
            found = self._hard = _marked(*self._source, commas=False)
        return found


def _marked(text: str, span: tuple[int, int], starts: list[int], commas: bool) -> frozenset[int]:
    """The tokens a punctuation mark in ``span`` stands before (each mark's count of word
    starts up to it), leaving out commas unless ``commas``. Marks come in text order: a
    pointer walks the starts instead of a bisect per mark."""
    before: list[int] = []
    t, size = 0, len(starts)
    for m in _PUNCTUATION.finditer(text, *span):
        if not commas and m.group() == ",":
            continue
        at = m.start()
        while t < size and starts[t] <= at:
            t += 1
        before.append(t)
    return frozenset(before)


class Sentence:
    """One sentence, tokenised and matched, with where its figures sit."""

    def __init__(
        self,
        lexicon: Lexicon,
        segmenter: Segmenter,
        text: str,
        span: tuple[int, int],
        mentions: Sequence[NumberMention],
        lowered: str | None = None,
    ) -> None:
        """``mentions``: typed with their class, so compiled code reads their fields directly
        instead of by generic attribute lookup. ``lowered``: ``text.lower()`` when each letter lowers to one, the same in context
        and alone (no capital sigma), read by every sentence instead of lowering each again."""
        self.span = span
        self.text = text  # the whole article (offsets in starts and mentions index it)
        stripped = text[span[0] : span[1]].rstrip().rstrip(_CLOSING)
        #: a headline: a line without final punctuation (checker/extract/headlines.py)
        self.headline = bool(stripped) and stripped[-1] not in _FINAL
        if lowered is not None:  # the same words at the same offsets as in a lowered slice
            pattern = WORD if lowered.find("_", *span) >= 0 else WORD_PLAIN
            found = list(pattern.finditer(lowered, *span))
            self.words = list(map(_GROUP, found))
            self.starts = list(map(_START, found))
        elif len(lowered := text[span[0] : span[1]].lower()) == span[1] - span[0]:
            # words found in the lowered slice (a letter and its one-letter lower case are
            # both word characters or both not: the same words at the same offsets)
            base = span[0]
            found = list(WORD.finditer(lowered))
            self.words = [m.group() for m in found]
            self.starts = [m.start() + base for m in found]
        else:  # a letter whose lower case is longer ("İ"): lower each word
            found = list(WORD.finditer(text, *span))
            self.words = [m.group().lower() for m in found]
            self.starts = [m.start() for m in found]
        self._segmenter = segmenter
        # gaps and clauses: computed when first asked (a sentence read only as a neighbour
        # of another's figure often never asks; see the properties below)
        self._gap: _Gaps | None = None
        self._clauses: list[tuple[int, int]] | None = None
        self._clause_of: list[int] | None = None
        self.figure = [-1] * len(found)  # index into mentions of a claim-capable figure
        self.blocked = [False] * len(found)  # inside a date, time, year...
        skippable = [False] * len(found)  # tokens of figures: a cue phrase may skip them
        self.tokens: dict[int, tuple[int, int]] = {}
        self.periods: list[int] = []  # first tokens of a month or a year ("November 2023")
        self.period_years: dict[int, int] = {}  # the year of each, by first token
        self.ordinals: list[tuple[int, int]] = []  # token ranges of bare ordinals ("sixth")
        self.days: list[tuple[int, int]] = []  # token ranges of dates with a day ("Feb. 1")
        #: in a timeline entry: a line that opens with a date (extract/when.py)
        self.entry = False
        for index, mention in enumerate(mentions):
            first = bisect_right(self.starts, mention.start - 1)
            last = bisect_right(self.starts, mention.end - 1)
            self.tokens[index] = (first, max(first, last))
            if _is_period(mention):
                self.periods.append(first)
                self.period_years[first] = int(mention.value)
            elif mention.kind == "ordinal" and not mention.unit:
                # an ordinal with its own unit word numbers that ("the first stage provides
                # for 33 hostages"), not an event named next to it ("the sixth exchange")
                self.ordinals.append((first, max(first + 1, last)))
            elif mention.kind == "date":
                self.days.append((first, max(first + 1, last)))
            if mention.kind in CLAIM_KINDS:
                for t in range(first, last):
                    self.figure[t] = index
                    skippable[t] = True
            else:
                for t in range(first, last):
                    self.blocked[t] = True
        self.matches = lexicon.match(self.words, skippable)
        self.at: dict[int, list[Match]] = {}
        self.tags_at: dict[int, frozenset[str]] = {}  # a match's own tags when it is alone
        self.concept_matches: list[tuple[int, int, tuple[str, ...]]] = []
        self._by_clause: dict[int, list[Match]] = {}
        self._marks: dict[tuple[int | None, str], list[Match]] = {}
        #: facts other readers derive once per sentence or clause (the same for each figure)
        self.memo: dict[tuple[Any, ...], Any] = {}
        # derived views, computed when first asked (see the properties below)
        self._covered: frozenset[int] | None = None
        self._first_cues: dict[str, int] | None = None
        self._ending: dict[int, list[Match]] | None = None
        self._tags: frozenset[str] | None = None
        at, tags_at, concept_matches = self.at, self.tags_at, self.concept_matches
        concepts_of = _CONCEPTS.get
        for match in self.matches:
            start, _, tags = match
            concepts = concepts_of(tags)
            if concepts is None:
                concepts = _concepts_of(tags)
            if concepts:
                concept_matches.append((start, match.end, concepts))
            if start in at:
                at[start].append(match)
                tags_at[start] = tags_at[start] | tags
            else:
                at[start] = [match]
                tags_at[start] = tags

    def add_cue(self, start: int, end: int, tags: frozenset[str]) -> None:
        """Read tokens [start, end) as a cue tagged ``tags`` as well (before any question
        about the sentence is asked: its derived views are not updated)."""
        match = Match(start, end, tags)
        self.matches = sorted([*self.matches, match], key=lambda m: (m.start, m.end))
        concepts = _concepts_of(tags)
        if concepts:
            self.concept_matches = sorted([*self.concept_matches, (start, end, concepts)])
        self.at.setdefault(start, []).append(match)
        self.tags_at[start] = self.tags_at.get(start, frozenset()) | tags

    @property
    def gap(self) -> _Gaps:
        """Whether punctuation stands before token i: ``gap[i]``."""
        found = self._gap
        if found is None:
            found = self._gap = _Gaps(self.text, self.span, self.starts)
        return found

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses (character spans)."""
        found = self._clauses
        if found is None:
            span = self.span
            found = self._clauses = self._segmenter.clauses(
                self.text, *span, headline=self.headline
            )
        return found

    @property
    def clause_of(self) -> list[int]:
        """The clause of each token."""
        found = self._clause_of
        if found is None:
            clauses, starts = self.clauses, self.starts
            size = len(starts)
            found = [0] * size
            for index in range(1, len(clauses)):  # tokens from a clause's start on are its
                first = bisect_left(starts, clauses[index][0])
                found[first:] = [index] * (size - first)
            self._clause_of = found
        return found

    @property
    def covered(self) -> frozenset[int]:
        """Tokens inside some cue."""
        if self._covered is not None:
            return self._covered
        found = frozenset(t for m in self.matches for t in range(m.start, m.end))
        self._covered = found
        return found

    @property
    def first_cues(self) -> dict[str, int]:
        """Each concept cued in the sentence -> the first token of its first cue (in the
        order concepts are first cued): what a figure in a neighbour sentence reads."""
        if self._first_cues is not None:
            return self._first_cues
        found: dict[str, int] = {}
        for start, _, concepts in self.concept_matches:
            for concept in concepts:
                if concept not in found or start < found[concept]:
                    found[concept] = start
        self._first_cues = found
        return found

    @property
    def ending(self) -> dict[int, list[Match]]:
        """Matches by the token they end before."""
        if self._ending is not None:
            return self._ending
        found: dict[int, list[Match]] = {}
        for match in self.matches:  # get and store, not setdefault (slow compiled)
            end = match[1]
            same = found.get(end)
            if same is None:
                found[end] = [match]
            else:
                same.append(match)
        self._ending = found
        return found

    @property
    def tags(self) -> frozenset[str]:
        """Every tag matched anywhere in the sentence."""
        if self._tags is not None:
            return self._tags
        found = frozenset().union(*self.tags_at.values())
        self._tags = found
        return found

    def tagged(self, t: int, tag: str) -> bool:
        return tag in self.tags_at.get(t, ())

    def ends_with(self, t: int, tag: str) -> Match | None:
        """A match tagged ``tag`` that ends right before token ``t``."""
        for match in self.ending.get(t, ()):
            if tag in match.tags:
                return match
        return None

    def marks(self, clause: int | None, family: str) -> list[Match]:
        """The matches of a clause (``None``: of the sentence) with a tag of ``family`` ("s:",
        "m:"); kept, since every figure of the clause asks."""
        key = (clause, family)
        found = self._marks.get(key)
        if found is None:
            pool = self.matches if clause is None else self.clause_matches(clause)
            # _FAMILIES.get read in place: compiled, a direct dict read, where a bound
            # method kept in a local is a generic call per match
            found = []
            for m in pool:
                tags = m[2]
                families = _FAMILIES.get(tags)
                if families is None:
                    families = _families_of(tags)
                if family in families:
                    found.append(m)
            self._marks[key] = found
        return found

    def clause_matches(self, clause: int) -> list[Match]:
        found = self._by_clause.get(clause)
        if found is None:
            clause_of = self.clause_of  # the property read once, not per match
            found = [m for m in self.matches if clause_of[m[0]] == clause]
            self._by_clause[clause] = found
        return found

    def clause_start(self, clause: int) -> int:
        """The first token of ``clause``."""
        if clause <= 0:
            return 0
        return bisect_left(self.starts, self.clauses[clause][0])

    def opens_with(self, tag: str) -> bool:
        return self.tagged(0, tag)


class Place(NamedTuple):
    """A figure's token range and its own windows (a named tuple: one per figure)."""

    first: int
    last: int  # exclusive
    after_end: int
    before_start: int
    clause: int


def new_place(first: int, last: int, after_end: int, before_start: int, clause: int) -> Place:
    """``Place(...)`` without the named tuple's ``__new__`` (Python code run for each figure):
    ``tuple.__new__`` on the fields in order is one C call."""
    return tuple.__new__(Place, (first, last, after_end, before_start, clause))


def place_of(
    sentence: Sentence, index: int, phrase_after: int, phrase_before: int, span: bool = False
) -> Place:
    """The token range of figure ``index`` and its own windows: up to ``phrase_after`` words
    after it and ``phrase_before`` before it, within its clause and up to punctuation. A
    phrase end word ("since") ends the phrase, unless the figure is a time ``span`` and the
    word opens a cue: "nine months since October 7" is measured from what follows."""
    first, last = sentence.tokens[index]
    size = len(sentence.words)
    # the window loops read each token's facts inline (one call and a property read per
    # token otherwise): a token stays in the phrase unless it is another figure's, in
    # another clause, a phrase break, or has a mark before the window's next token
    figure, clause_of, tags_at = sentence.figure, sentence.clause_of, sentence.tags_at
    clause = clause_of[first] if first < size else 0
    after = last
    limit = min(size, last + phrase_after)
    if after < limit:
        gap = sentence.gap
        while after < limit:
            other = figure[after]
            if (other >= 0 and other != index) or clause_of[after] != clause or gap[after]:
                break
            tags = tags_at.get(after, ())
            if "t:phrase_breaks" in tags:
                break
            if "t:phrase_ends" in tags and not (span and any(t.startswith("c:") for t in tags)):
                break
            after += 1
    before = first
    limit = max(0, first - phrase_before)
    if before > limit:
        gap = sentence.gap
        while before > limit:
            prev = before - 1
            other = figure[prev]
            if (other >= 0 and other != index) or clause_of[prev] != clause or gap[before]:
                break
            if "t:phrase_breaks" in tags_at.get(prev, ()):
                break
            before = prev
    return new_place(first, last, after, before, clause)


def distance(place: Place, start: int, end: int) -> int:
    """Words between tokens [start, end) and the figure at ``place`` (0 when they overlap)."""
    if end <= place.first:
        return place.first - end + 1
    if start >= place.last:
        return start - place.last + 1
    return 0
