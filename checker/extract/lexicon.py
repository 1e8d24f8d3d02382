"""Word and phrase lexicons compiled from language-pack lists, matched over tokenised text.

A cue is a phrase of one or more words; a word ending in "*" matches any word it starts.
Matching skips figures inside a phrase ("initial six-week phase" matches "initial phase") and
keeps the longest match at each place. Near-misses are found with rapidfuzz, on demand only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz, process

#: A word: letters and digits (so "Gaza's" is "gaza" + "s", "six-week" is "six" + "week").
WORD = re.compile(r"[^\W_]+")
#: WORD's words in a text without "_" (\w is a letter, a digit or "_"): the category test
#: alone, without the class's exception, reads about a third faster.
WORD_PLAIN = re.compile(r"\w+")

#: Fuzzy matching (only for words next to a figure that match nothing exactly): the least
#: rapidfuzz ratio that counts as the same word, and the shortest word worth trying.
FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_LENGTH = 6

#: Per-lexicon memos of word -> matching elements (and phrases it starts) are cleared past
#: this many words.
MEMO_LIMIT = 200_000


class Match(NamedTuple):
    """One cue found in a run of tokens: token indices [start, end) and what it cues. (A
    named tuple: sentences make many, and a tuple is made faster than a frozen dataclass.)"""

    start: int
    end: int
    tags: frozenset[str]


def words(text: str) -> list[str]:
    """The lower-case words of a cue or of a piece of text."""
    return [w.lower() for w in WORD.findall(text)]


class Lexicon:
    """Cues by tag (e.g. "c:hostage" -> ["hostage*", "captives"]), compiled for matching.

    Holds a memo of words already looked up; one Lexicon serves one language pack.
    """

    def __init__(self, cues: Mapping[str, Iterable[str]], not_typos: Iterable[str] = ()) -> None:
        #: real words one letter away from a cue word ("talking", "taking"): never a typo
        self._not_typos = frozenset(w.lower() for w in not_typos)
        self._exact: dict[str, int] = {}
        self._prefix: dict[str, int] = {}
        self._phrases: list[tuple[tuple[int, ...], frozenset[str]]] = []
        self._by_first: dict[int, list[int]] = {}
        self._memo: dict[str, frozenset[int]] = {}
        self._fuzzy_memo: dict[str, frozenset[str]] = {}
        self._starts: dict[str, tuple[frozenset[int], tuple[_Start, ...]]] = {}
        self._entries: dict[str, _Entry] = {}
        #: one-word matches by tags, indexed by token: Match(i, i + 1, tags) (see ``_shared``)
        self._ones: dict[frozenset[str], list[Match]] = {}
        #: two-word matches likewise: Match(i, i + 2, tags)
        self._twos: dict[frozenset[str], list[Match]] = {}
        grouped: dict[tuple[int, ...], set[str]] = {}
        for tag, phrases in cues.items():
            for phrase in phrases:
                elements = self._compile_phrase(phrase)
                if elements:
                    grouped.setdefault(elements, set()).add(tag)
        for elements, tags in grouped.items():
            self._by_first.setdefault(elements[0], []).append(len(self._phrases))
            self._phrases.append((elements, frozenset(tags)))
        self._min_prefix = min((len(p) for p in self._prefix), default=1)
        singles = {e for (els, _) in self._phrases for e in els[:1] if len(els) == 1}
        self._fuzzy_choices = {
            word: eid for word, eid in {**self._exact, **self._prefix}.items() if eid in singles
        }
        self._fuzzy_words = list(self._fuzzy_choices)
        self._fuzzy_by_length: dict[int, list[str]] = {}
        self._single_tags: dict[int, frozenset[str]] = {}
        for phrase_ids, phrase_tags in self._phrases:
            if len(phrase_ids) == 1:
                self._single_tags[phrase_ids[0]] = (
                    self._single_tags.get(phrase_ids[0], frozenset()) | phrase_tags
                )

    def _compile_phrase(self, phrase: str) -> tuple[int, ...]:
        elements = []
        for part in phrase.lower().split():
            prefix = part.endswith("*")
            for j, word in enumerate(words(part)):
                table = self._prefix if prefix and j == len(words(part)) - 1 else self._exact
                elements.append(table.setdefault(word, len(self._exact) + len(self._prefix)))
        return tuple(elements)

    def elements(self, word: str) -> frozenset[int]:
        """Element ids a (lower-case) word matches, exactly or by prefix."""
        found = self._memo.get(word)
        if found is None:
            ids = set()
            if word in self._exact:
                ids.add(self._exact[word])
            for size in range(self._min_prefix, len(word) + 1):
                eid = self._prefix.get(word[:size])
                if eid is not None:
                    ids.add(eid)
            found = frozenset(ids)
            if len(self._memo) > MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found

    def fuzzy_tags(self, word: str) -> frozenset[str]:
        """Tags of single-word cues a word nearly matches (a typo: "hostges" -> hostage)."""
        tags = self._fuzzy_memo.get(word)
        if tags is None:
            tags = frozenset()
            if (
                len(word) >= FUZZY_MIN_LENGTH
                and word not in self._not_typos
                and not self.elements(word)
            ):
                best = process.extractOne(
                    word,
                    self._fuzzy_near(len(word)),
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_MIN_SCORE,
                )
                if best:
                    tags = self._single_tags[self._fuzzy_choices[best[0]]]
            if len(self._fuzzy_memo) > MEMO_LIMIT:
                self._fuzzy_memo.clear()
            self._fuzzy_memo[word] = tags
        return tags

    def _fuzzy_near(self, size: int) -> list[str]:
        """The single-word cues whose length lets a word of ``size`` letters reach the fuzzy
        score, in their order: ratio is 100 * (1 - distance / total length) and the distance
        is at least the difference in length, so the others can never score enough (and the
        best match and its ties come out as from the whole list, three times faster)."""
        near = self._fuzzy_by_length.get(size)
        if near is None:
            share = 1 - FUZZY_MIN_SCORE / 100  # the largest distance / total length allowed
            near = [
                w for w in self._fuzzy_words if abs(len(w) - size) <= share * (len(w) + size) + 1e-9
            ]
            self._fuzzy_by_length[size] = near
        return near

    def starts(self, word: str) -> tuple[frozenset[int], tuple[_Start, ...]]:
        """A word's element ids and the phrases that may start with it (first word matched),
        in the order the phrases were compiled."""
        found = self._starts.get(word)
        if found is None:
            found = self._entry(word)[:2]
        return found

    def _entry(self, word: str) -> _Entry:
        """What ``match`` needs of a word, memoised: its element ids, the phrases it may
        start, the tags of those of one word (in order), and the second elements of the
        longer ones (when the next token has none of them, only the one-word cues match)."""
        found = self._entries.get(word)
        if found is None:
            ids = self.elements(word)
            starts = tuple(
                _Start(*self._phrases[index])
                for eid in ids
                for index in self._by_first.get(eid, ())
            )
            found = _Entry(
                ids,
                starts,
                tuple(s.tags for s in starts if len(s.phrase) == 1),
                frozenset(s.phrase[1] for s in starts if len(s.phrase) > 1),
            )
            if len(self._entries) > MEMO_LIMIT:
                self._entries.clear()
                self._starts.clear()
            self._entries[word] = found
            self._starts[word] = found[:2]
        return found

    def match(self, tokens: Sequence[str], skippable: Sequence[bool] = ()) -> list[Match]:
        """Every cue in ``tokens``; tokens flagged in ``skippable`` may sit inside a phrase."""
        found: list[Match] = []
        ones, twos = self._ones, self._twos
        # read as a list (what Sentence passes): compiled, a list's items are read directly
        # instead of through the generic sequence protocol
        skip: list[bool] = skippable if isinstance(skippable, list) else list(skippable)
        # one compiled pass over the words (no intermediate lists of lookups): each word's
        # entry, its element ids, and the words that start cues
        table = self._entries
        entries: list[_Entry] = []
        elements: list[frozenset[int]] = []
        openers: list[int] = []
        for token in tokens:
            entry = table.get(token)
            if entry is None:  # a word not seen before
                entry = self._entry(token)
            if entry[1]:  # its starts (read by index: compiled, a tuple item read)
                openers.append(len(entries))
            entries.append(entry)
            elements.append(entry[0])  # its ids
        last = len(elements) - 1
        for i in openers:
            _, starts, singles, seconds = entries[i]
            if (
                not seconds
                or i == last
                or (seconds.isdisjoint(elements[i + 1]) and not (skip and skip[i + 1]))
            ):  # the usual case: no longer phrase goes on, only the one-word cues match
                for tags in singles:
                    found.append(self._shared(ones, tags, i, 1))
                continue
            following = elements[i + 1]
            skip_next = skip and skip[i + 1]
            third = i + 2 <= last and not (skip and skip[i + 2])
            for phrase, tags in starts:
                size = len(phrase)
                if size == 1:
                    found.append(self._shared(ones, tags, i, 1))
                    continue
                if phrase[1] in following:  # the second word right after the first
                    if size == 2:
                        found.append(self._shared(twos, tags, i, 2))
                        continue
                    if i + 2 > last or (third and phrase[2] not in elements[i + 2]):
                        continue  # the third word neither there nor skippable
                elif not skip_next:
                    continue  # the usual case, decided without a call
                end = _rest(elements, skip, i + 1, phrase)
                if end is not None:
                    found.append(_new_match(Match, (i, end, tags)))
        return _longest(found, skip)

    def _shared(
        self, table: dict[frozenset[str], list[Match]], tags: frozenset[str], i: int, width: int
    ) -> Match:
        """Match(i, i + width, tags), kept in ``table`` by tags and start: most matches are of
        one or two words, and a match is an immutable tuple, so sentences share them instead
        of each making its own (making a tuple subclass costs several times a dict and a list
        read). A row is filled at least 64 starts at a time."""
        row = table.get(tags)
        if row is None:
            if len(table) > MEMO_LIMIT:
                table.clear()
            row = table[tags] = []
        if len(row) <= i:
            row.extend(
                _new_match(Match, (t, t + width, tags)) for t in range(len(row), max(i + 1, 64))
            )
        return row[i]


#: Match(start, end, tags) without the call through namedtuple's __new__ (matching makes many).
_new_match = tuple.__new__


class _Start(NamedTuple):
    """A phrase (element ids) and its tags, listed under the words it may start with."""

    phrase: tuple[int, ...]
    tags: frozenset[str]


class _Entry(NamedTuple):
    """A word as ``Lexicon.match`` reads it (see ``Lexicon._entry``)."""

    ids: frozenset[int]
    starts: tuple[_Start, ...]
    singles: tuple[frozenset[str], ...]
    seconds: frozenset[int]


def _rest(
    elements: list[frozenset[int]], skippable: list[bool], at: int, phrase: tuple[int, ...]
) -> int | None:
    """Where the phrase ends when its first word matched just before ``at`` (or None)."""
    size = len(elements)
    for k in range(1, len(phrase)):  # by index: no slice of the phrase made
        eid = phrase[k]
        while at < size and eid not in elements[at]:
            if not (skippable and skippable[at]):
                return None
            at += 1
        if at >= size:
            return None
        at += 1
    return at


def _longest(found: list[Match], skippable: Sequence[bool] = ()) -> list[Match]:
    """Drop a cue lying strictly inside a longer cue of the same family (the part of a tag
    before ":"): "palestinian prisoners" hides "palestinian*", but a modality phrase such as
    "has released" does not hide the concept cue "release*", and a phrase does not hide a
    cue in the figure it skips (German "sieht drei Phasen vor": "Phasen" still cues)."""
    longer = [m for m in found if m.end - m.start > 1]
    if not longer:
        return found
    inside = {t for m in longer for t in range(m.start, m.end)}
    kept = []
    for match in found:
        start, end = match.start, match.end
        if end - start == 1 and start not in inside:
            kept.append(match)  # a one-word cue no longer cue spans
            continue
        size = end - start
        hiding = [
            other
            for other in longer
            if other.end - other.start > size and other.start <= start < other.end
            and end <= other.end
        ]  # fmt: skip
        if not hiding or (skippable and all(skippable[t] for t in range(start, end))):
            kept.append(match)  # the usual case: no longer cue around it
            continue
        tags = match.tags
        for other in hiding:
            tags = _unhidden(tags, other.tags)
        if tags:
            kept.append(match if len(tags) == len(match.tags) else Match(start, end, tags))
    return kept


#: ``_unhidden``'s answers by (tags, hiding tags): a lexicon has few tag sets, so few pairs.
_UNHIDDEN: dict[tuple[frozenset[str], frozenset[str]], frozenset[str]] = {}


def _unhidden(tags: frozenset[str], hiding: frozenset[str]) -> frozenset[str]:
    """The tags of a cue not hidden by a longer cue tagged ``hiding``: those of a family
    (the part before ":") the longer cue has no tag of."""
    found = _UNHIDDEN.get((tags, hiding))
    if found is None:
        if len(_UNHIDDEN) > MEMO_LIMIT:
            _UNHIDDEN.clear()
        families = {tag.split(":", 1)[0] for tag in hiding}
        found = frozenset(tag for tag in tags if tag.split(":", 1)[0] not in families)
        _UNHIDDEN[tags, hiding] = found
    return found
