"""The number reader: every figure in running text, with its value, hedge, range, unit and kind.

All words and conventions come from a language pack's [numbers], [qualifiers] and [units]
sections (checker/data/lang/*.toml); `compile_reader(pack)` turns them into a NumberReader whose
`find(text)` lists NumberMentions and whose `parse(s)` reads one figure's surface.

Three modules, each importing only the ones before it: checker.extract.numlexicon checks and
indexes the pack's words, checker.extract.numpatterns builds the regular expressions from
them, and this module reads figures with them (tokens, figures, context, ranges) and keeps
one reader per pack.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from checker.errors import DataError
from checker.extract.numlexicon import (
    QUALIFIERS,
    _build_lexicon,
    _is_word_char,
    _Lexicon,
    _norm,
    _Word,
)
from checker.extract.numpatterns import _compile
from checker.lang import LanguagePack

__all__ = ["KINDS", "QUALIFIERS", "NumberMention", "NumberReader", "compile_reader"]

#: What a figure is; `find` tags figures rather than dropping them, the caller decides what counts.
KINDS = (
    "count", "vague", "share", "percent", "ordinal",
    "year", "date", "time", "age", "money", "other",
)  # fmt: skip
_LOWER = ("more_than", "at_least")
_UPPER = ("less_than", "at_most")
#: Kinds that may be the ends of a range ("5 to 10 million", "10-20%").
_RANGEABLE = ("count", "percent", "money", "share", "age")
#: How far before a figure its hedge, currency or cue words may start (characters).
_PRE_WINDOW = 48

#: The main pattern's groups a figure in digits reads, in the order _digit_tokens unpacks them.
_DIGIT_GROUPS = ("dcur", "dsign", "dsci", "dslash", "dsuf", "dord", "dpre", "ddec")
#: A fraction joined by "and" after a scale at least this big is a fraction of that scale
#: ("one million and a half" = 1.5 million, but "one hundred and a half" = 100.5).
_FRACTION_OF_SCALE = 1000
#: At most this many digit groups make one figure (bounds the work on long digit chains).
_MAX_GROUPS = 12
#: A fraction word this many tokens after "and" still takes it ("and fifty-four hundredths").
_FRACTION_REACH = 6


#: Whether this module runs compiled (mypyc; see checker/extract/__init__.py).
COMPILED = not __file__.endswith(".py")


@dataclass(frozen=True)
class NumberMention:
    """One figure found in a text.

    start, end   character offsets in the text, covering hedge, currency and unit words too;
                 ``text == source[start:end]``
    number_text  the figure alone ("700" in "up to 700 prisoners"; "20 and 30" in a range)
    value        the stated figure; a range's midpoint; a vague quantity's floor; a share as a
                 fraction (0.25); a date's day of month (else its year); a time in hours (10.5)
    low, high    the bounds the words alone imply, None where open ended: exact and approx
                 give (value, value) (the caller widens approx by its tolerance), more_than and
                 at_least (value, None), less_than, at_most and nearly (None, value), range its
                 ends, vague (floor, None)
    low_open, high_open  whether that bound itself is excluded ("more than 20": low_open)
    qualifier    one of QUALIFIERS
    unit         a key of units.toml (days, weeks, months, years, phases, percent, share) or None
    kind         one of KINDS
    hedge        the hedge words as written ("more than", "or more"); two hedges are joined by
                 " … " ("between … and", "more than … fewer than"); "" when there is none
    """

    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    low_open: bool
    high_open: bool
    qualifier: str
    unit: str | None
    kind: str
    hedge: str
    number_text: str

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        value: float,
        low: float | None,
        high: float | None,
        low_open: bool,
        high_open: bool,
        qualifier: str,
        unit: str | None,
        kind: str,
        hedge: str,
        number_text: str,
    ) -> None:
        # Written out (@dataclass keeps an __init__ of the class's own): compiled, these are
        # plain stores, where the generated one stays interpreted (mypyc compiles no generated
        # code) and sets each field through object.__setattr__, dozens of times slower; the
        # reader makes one mention per figure. From source a frozen instance's __dict__ is
        # filled at once. Either way the instance stays frozen, equal, hashable.
        if not COMPILED:
            self.__dict__.update(
                start=start, end=end, text=text, value=value, low=low, high=high,
                low_open=low_open, high_open=high_open, qualifier=qualifier, unit=unit,
                kind=kind, hedge=hedge, number_text=number_text,
            )  # fmt: skip
            return
        self.start, self.end, self.text, self.value = start, end, text, value  # type: ignore[misc]
        self.low, self.high = low, high  # type: ignore[misc]
        self.low_open, self.high_open = low_open, high_open  # type: ignore[misc]
        self.qualifier, self.unit, self.kind = qualifier, unit, kind  # type: ignore[misc]
        self.hedge, self.number_text = hedge, number_text  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Tokens and the figures they make


@dataclass(slots=True)
class _Tok:
    """One piece of a figure: digits, a number word, an article or a minus word."""

    cls: str  # "digit" | "word" | "article" | "minus"
    start: int
    end: int
    word: _Word | None = None
    key: str = ""  # words: the lookup key
    value: float = 0.0  # digits: the value read (with sign, exponent, suffix)
    join: str | None = None  # the joiner before it in its group: "and", "point", "ratio"
    scale: float = 1.0  # digits: a scale suffix ("10k")
    integer: bool = False  # digits: plain digits without marks (a year candidate)
    ndigits: int = 0
    slash: bool = False  # digits: a slash fraction below one ("3/4")
    ordinal: bool = False
    decade: bool = False
    other: bool = False  # digits: one part of a code ("192.168.1.2", "22,24,26")

    # Written out, as in _Item and _Fig: compiled, an __init__ of our own is a few stores,
    # while the one @dataclass generates stays interpreted (mypyc compiles no generated code)
    # and costs some twenty times as much; the reader makes a token per word it reads.
    def __init__(
        self,
        cls: str,
        start: int,
        end: int,
        word: _Word | None = None,
        key: str = "",
        value: float = 0.0,
        integer: bool = False,
        ndigits: int = 0,
        other: bool = False,
    ) -> None:
        self.cls, self.start, self.end, self.word, self.key = cls, start, end, word, key
        self.value, self.integer, self.ndigits, self.other = value, integer, ndigits, other
        self.join, self.scale = None, 1.0
        self.slash = self.ordinal = self.decade = False


@dataclass(slots=True)
class _Item:
    """A partial sum while reading a figure word by word ("two hundred" + "and" + "six")."""

    value: float
    first: int  # token index where it starts
    after_and: bool = False
    scale: float = 1.0
    fraction: bool = False
    digits: bool = False  # written in digits: any scale may follow ("322 hundred")

    def __init__(
        self,
        value: float,
        first: int,
        after_and: bool = False,
        scale: float = 1.0,
        fraction: bool = False,
        digits: bool = False,
    ) -> None:
        self.value, self.first, self.after_and = value, first, after_and
        self.scale, self.fraction, self.digits = scale, fraction, digits


@dataclass(slots=True)
class _Fig:
    """A figure being read; the context pass fills in hedge, unit and kind."""

    num_start: int
    num_end: int
    value: float
    kind: str = "count"
    scale: float = 1.0
    ratio_join: bool = False
    pronoun: bool = False
    ordinal: int = 0  # "a third": the ordinal it is when a unit follows ("a third phase")
    start: int = 0
    end: int = 0
    uend: int = 0  # end with unit / cue words, before an after-qualifier
    lead: int = 0  # start of currency / cue words before the figure (after any hedge)
    approx: bool = False  # read from a word worth about its value ("une centaine")
    unit: str | None = None
    cue: str | None = None
    pre_q: str | None = None
    pre_hedge: str = ""
    hedge_start: int = -1
    post_q: str | None = None
    post_hedge: str = ""
    post_start: int = -1
    rng: str = ""
    rng_start: int = -1
    qualifier: str = "exact"
    hedge: str = ""
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False

    def __init__(
        self,
        num_start: int,
        num_end: int,
        value: float,
        kind: str = "count",
        scale: float = 1.0,
        ratio_join: bool = False,
    ) -> None:
        self.num_start, self.num_end, self.value = num_start, num_end, value
        self.kind, self.scale, self.ratio_join = kind, scale, ratio_join
        self.pronoun = self.approx = self.low_open = self.high_open = False
        self.ordinal = self.start = self.end = self.uend = self.lead = 0
        self.hedge_start = self.post_start = self.rng_start = -1
        self.unit = self.cue = self.pre_q = self.post_q = None
        self.pre_hedge = self.post_hedge = self.rng = self.hedge = ""
        self.qualifier = "exact"
        self.low = self.high = None


def _place(item: _Item) -> int:
    """The largest power of ten dividing a whole item: what may be added ("twenty" + "one")."""
    if item.fraction or item.value <= 0 or item.value != int(item.value) or item.value > 1e18:
        return 0
    whole, place = int(item.value), 1
    while whole % (place * 10) == 0:
        place *= 10
    return place


def _is_tens(word: _Word | None) -> bool:
    return word is not None and word.num is not None and 20 <= word.num <= 90 and word.num % 10 == 0


def _unit_part(word: _Word | None) -> int:
    """1..9 for an ordinal or denominator that can close a compound ("twenty-fifth")."""
    if word is None:
        return 0
    part = word.denom or word.ordinal or 0
    return part if 1 <= part <= 9 else 0


def _compound_ordinal(toks: list[_Tok], i: int) -> float:
    """'twenty-first' -> 21.0; 0.0 when the tokens at i do not make one."""
    word, nxt = toks[i].word, toks[i + 1] if i + 1 < len(toks) else None
    if not _is_tens(word) or nxt is None or nxt.join or nxt.word is None:
        return 0.0
    if not nxt.word.ordinal or nxt.word.plural or word is None or word.num is None:
        return 0.0
    part = _unit_part(nxt.word)
    return word.num + part if part else 0.0


def _bounds(qualifier: str, value: float) -> tuple[float | None, float | None, bool, bool]:
    if qualifier == "more_than":
        return value, None, True, False
    if qualifier == "at_least":
        return value, None, False, False
    if qualifier == "less_than":
        return None, value, False, True
    if qualifier in ("at_most", "nearly"):
        return None, value, False, False
    return value, value, False, False


_TIGHTER = {"more_than": "at_least", "less_than": "at_most"}
_CLOCK = re.compile(r"([0-9]{1,2})[.:]([0-9]{2})")


def _mixed_forms(text: str, a: _Fig, b: _Fig) -> bool:
    """One figure in digits, the other spelled out: a dash between them joins no range."""
    return _has_digit(text, a) != _has_digit(text, b)


def _has_digit(text: str, fig: _Fig) -> bool:
    return any(c.isdigit() for c in text[fig.num_start : fig.num_end])


def _pre_ends(lex: _Lexicon) -> frozenset[str] | None:
    """The ASCII characters a before-phrase (currency, cue, hedge, range opener) can end with,
    in either case: every part of the pre pattern is horizontal space then such a phrase read
    backwards, so when the first other character before a figure is ASCII and not one of
    these, the pattern matches nothing and need not run. A non-ASCII last character adds its
    ASCII case relatives (re.I matches the Kelvin sign to "k"); None (always run the pattern)
    when a phrase ends in space."""
    phrases = [*lex.cues["before"], *lex.qual_before, *(h for h, _ in lex.range_templates if h)]
    return _ascii_ends(phrases, first=False)


def _post_starts(lex: _Lexicon) -> frozenset[str] | None:
    """The ASCII characters an after-phrase (cue, unit, qualifier) can start with, in either
    case, and "-" (a cue or unit may follow a hyphen): every part of the post pattern is
    horizontal space, maybe a hyphen, then such a phrase, so when the first other character
    after a figure is ASCII and not one of these, the pattern matches nothing. Case relatives
    and None as in _pre_ends."""
    return _ascii_ends([*lex.cues["after"], *lex.units, *lex.qual_after], first=True, extra="-")


def _past_space(text: str, pos: int, limit: int) -> int:
    """The first position from ``pos`` (before ``limit``) that is not horizontal space: what
    the pre and post patterns' [^\\S\\n] runs step over."""
    while pos < limit and text[pos] != "\n" and text[pos].isspace():
        pos += 1
    return pos


def _ascii_ends(phrases: list[str], *, first: bool, extra: str = "") -> frozenset[str] | None:
    """The ASCII characters (both cases) the phrases start (``first``) or end with, plus
    ``extra``; a non-ASCII one adds its ASCII case relatives (re.I matches the Kelvin sign
    to "k"). None when a phrase starts or ends in space."""
    ends: set[str] = set(extra)
    for phrase in phrases:
        if not phrase:
            continue
        edge = phrase[0] if first else phrase[-1]
        if edge.isspace():
            return None
        for variant in (edge, edge.lower(), edge.upper(), edge.casefold()):
            for char in variant:
                if char < "\x80":
                    ends.update((char, char.lower(), char.upper()))
    return frozenset(ends)


class NumberReader:
    """Finds and reads figures for one language pack. Build it with `compile_reader(pack)`."""

    def __init__(self, pack: LanguagePack) -> None:
        num = pack.section("numbers")
        self.code = pack.code
        self._lex = _build_lexicon(pack)
        self._re = _compile(pack, self._lex)
        self._pre_ends = _pre_ends(self._lex)
        self._post_starts = _post_starts(self._lex)
        self._decimal = num.get("decimal", ".")
        self._groups = "".join(g for g in num.get("group", []) if g != self._decimal)
        years = num.get("year_range", [1900, 2100])
        if len(years) != 2 or not all(isinstance(y, int) for y in years):
            raise DataError("[numbers] year_range should be [first, last]", path=pack.path)
        self._years = (int(years[0]), int(years[1]))

    # -- public API ---------------------------------------------------------------------------

    @property
    def unit_words(self) -> Mapping[str, str]:
        """The pack's [units] words (lower case, single spaces) -> their unit key."""
        return self._lex.units

    def find(self, text: str) -> list[NumberMention]:
        """Every figure in ``text``, sorted by position, never overlapping."""
        rev = text[::-1]  # words before a figure are matched backwards from it
        figs = [f for f in self._figures(text) if self._attach_after(text, rev, f)]
        # a figure inside the unit words of the one before is part of them: "half" in "a year
        # and a half" (the comprehension reads the list as it was before this line)
        figs = [f for i, f in enumerate(figs) if not i or f.num_start >= figs[i - 1].uend]
        figs = self._join_ratios(figs)
        kept: list[_Fig] = []
        for fig in figs:
            self._attach_before(text, rev, fig, kept[-1].uend if kept else 0)
            if not (
                fig.pronoun
                and not fig.pre_q
                and self._re.pronoun_before.search(text, max(0, fig.num_start - 16), fig.num_start)
            ):
                kept.append(fig)
        for fig, nxt in zip(kept, kept[1:], strict=False):
            self._settle_after(text, fig, nxt)
        for fig in kept:
            self._resolve(text, fig)
        self._age_lists(text, kept)
        kept = self._join_pairs(text, kept, ranges=True)
        kept = self._join_pairs(text, kept, ranges=False)
        return [self._mention(text, f) for f in kept]

    def parse(self, s: str) -> float | None:
        """The value of one figure's surface ("1,234.5", "two-thirds", "about 40"), else None."""
        stripped = s.strip()
        found = self.find(stripped)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(stripped)):
            return found[0].value
        return None

    # -- tokens -------------------------------------------------------------------------------

    def _figures(self, text: str) -> Iterator[_Fig]:
        """Figures in order: dates and clock times as they are, the rest read group by group."""
        group: list[_Tok] = []
        for match in self._re.main.finditer(text):
            if match.lastgroup in ("date", "clock"):
                if group:
                    yield from self._read_groups(group)
                    group = []
                yield self._calendar(match)
                continue
            for tok in self._tokens(match):
                if self._lex.glued and group and group[-1].end == tok.start:
                    group.append(tok)  # the parts of one glued word
                    continue
                sep = self._re.sep.fullmatch(text, group[-1].end, tok.start) if group else None
                if sep is None:
                    if group:
                        yield from self._read_groups(group)
                        group = []
                elif sep.group("join"):
                    tok.join = self._lex.joins.get(_norm(sep.group("join")))
                group.append(tok)
        yield from self._read_groups(group)

    def _calendar(self, match: re.Match[str]) -> _Fig:
        surface = match.group()
        if match.lastgroup == "clock":
            hours, minutes = re.split(r"\s*[:h]\s*", surface)[:2]
            return _Fig(match.start(), match.end(), int(hours) + int(minutes) / 60, kind="time")
        return _Fig(match.start(), match.end(), float(self._day(surface)), kind="date")

    def _day(self, surface: str) -> int:
        """A date's day: from the first numeric template it fits ("5/17/2018": m/d/y), else the
        day next to a month name, else its year ("May 31", "January 2024")."""
        for template in self._re.numeric_dates:
            parts = template.fullmatch(surface)
            if (
                parts
                and 1 <= int(parts["d"]) <= 31
                and ("m" not in parts.re.groupindex or 1 <= int(parts["m"]) <= 12)
            ):
                return int(parts["d"])
        digits = re.findall(r"[0-9]+", surface)
        return int(next((d for d in digits if len(d) <= 2), digits[0]))

    def _tokens(self, match: re.Match[str]) -> list[_Tok]:
        kind = match.lastgroup
        if kind == "word":
            key = _norm(match.group("word"))
            glued = self._lex.glued and key not in self._lex.words
            parts = self._glued_parts(key) if glued else None
            if parts and len(key) == match.end("word") - match.start("word"):
                at, toks = match.start(), []
                for part in parts:
                    word = self._lex.words[part]
                    toks.append(_Tok("word", at, at + len(part), word=word, key=part))
                    at += len(part)
                toks[-1].end = match.end()
                return toks
            return [
                _Tok("word", match.start(), match.end(), word=self._lex.words.get(key), key=key)
            ]
        if kind in ("art", "minus"):
            return [_Tok("article" if kind == "art" else "minus", match.start(), match.end())]
        toks = self._digit_tokens(match)
        for tok in toks:
            if not math.isfinite(tok.value):  # beyond a float ("1e999"): kept, tagged, unread
                tok.value, tok.other = math.inf, True
        return toks

    def _glued_parts(self, key: str) -> list[str] | None:
        """'zweihundertdreißig' -> ['zwei', 'hundert', 'dreißig']: longest parts first."""
        if not key:
            return []
        for size in range(len(key), 0, -1):
            head = key[:size]
            if head in self._lex.words and head not in self._lex.articles and " " not in head:
                rest = self._glued_parts(key[size:])
                if rest is not None:
                    return [head, *rest]
        return None

    def _digit_tokens(self, match: re.Match[str]) -> list[_Tok]:
        raw, at = match.group("dnum"), match.start("dnum")
        pieces = self._read_chain(raw)
        if len(pieces) != 1:
            return [
                _Tok("digit", at + s, at + e, value=v, other=o, integer=not o, ndigits=e - s)
                for v, s, e, o in pieces
            ]
        value = pieces[0][0]
        # every group read below, in one call (a call per group costs more than the tuple)
        cur, sign, sci, slash, suf, ordinal, prefix, decade = match.group(*_DIGIT_GROUPS)
        start = match.end("dcur") if cur else match.start()
        tok = _Tok("digit", start, match.end(), value=value)
        tok.integer = raw.isdigit() and not (sign or sci or slash or suf)
        tok.ndigits = len(raw)
        tok.value = self._exponent(value, sci)
        if sign:
            tok.value = -tok.value
        if slash:
            denominator = float(slash[1:])
            if not 0 < abs(tok.value) < denominator:  # "2222/2222" is two figures
                tok.end = match.start("dslash")
                rest = _Tok(
                    "digit",
                    match.start("dslash") + 1,
                    match.end("dslash"),
                    value=denominator,
                    integer=True,
                )
                return [tok, rest]
            tok.value, tok.slash = tok.value / denominator, True
        if suf:
            tok.scale = self._lex.suffixes[suf]
            tok.value *= tok.scale
        tok.ordinal = bool(ordinal or prefix)
        tok.decade = bool(decade)
        return [tok]

    @staticmethod
    def _exponent(value: float, sci: str | None) -> float:
        if not sci:
            return value
        digits = re.search(r"[-+]?[0-9]+$", sci)
        power = int(digits.group()) if digits else 0
        try:
            return value**power if sci.startswith("^") else value * 10.0**power
        except (OverflowError, ZeroDivisionError):
            return math.nan

    def _read_chain(self, raw: str) -> list[tuple[float, int, int, bool]]:
        """Digits with marks -> (value, start, end, is_code_part) for each figure they make."""
        if raw[0] == self._decimal:
            return [(float("0." + raw[1:]), 0, len(raw), False)]
        if self._re.valid.fullmatch(raw):
            return [(self._to_float(raw, self._groups, self._decimal), 0, len(raw), False)]
        if not any(c.isspace() for c in raw) and self._re.foreign.fullmatch(raw):
            return [
                (
                    self._to_float(raw, self._decimal, "," if self._decimal == "." else "."),
                    0,
                    len(raw),
                    False,
                )
            ]
        parts = list(re.finditer(r"[0-9]+", raw))
        marks = {raw[a.end() : b.start()] for a, b in zip(parts, parts[1:], strict=False)}
        if len(parts) >= 3 and len(marks) == 1 and not marks.pop().isspace():  # a code: 192.168.1.2
            return [(float(p.group()), p.start(), p.end(), True) for p in parts]
        pieces, i = [], 0
        while i < len(parts):  # the longest readable figure first: "2023 1,218" -> 2023, 1218
            j = next(
                j
                for j in range(min(len(parts) - 1, i + _MAX_GROUPS), i - 1, -1)
                if self._re.valid.fullmatch(raw, parts[i].start(), parts[j].end())
            )
            surface = raw[parts[i].start() : parts[j].end()]
            pieces.append(
                (
                    self._to_float(surface, self._groups, self._decimal),
                    parts[i].start(),
                    parts[j].end(),
                    False,
                )
            )
            i = j + 1
        return pieces

    @staticmethod
    def _to_float(surface: str, groups: str, decimal: str) -> float:
        for mark in groups:  # each group mark dropped
            surface = surface.replace(mark, "")
        return float(surface.replace(decimal, "."))

    # -- reading a group of tokens ------------------------------------------------------------

    def _read_groups(self, toks: list[_Tok]) -> Iterator[_Fig]:
        i = 0
        while i < len(toks):
            fig, nxt = self._read_figure(toks, i)
            if fig is not None:
                yield fig
            i = max(nxt, i + 1)

    def _read_figure(self, toks: list[_Tok], i: int) -> tuple[_Fig | None, int]:
        """Read one figure starting at token i; return it and the index after it."""
        first, sign = i, 1.0
        if toks[i].cls == "minus":
            if i + 1 >= len(toks) or toks[i + 1].join or toks[i + 1].cls == "minus":
                return None, i + 1
            i, sign = i + 1, -1.0
        ordinal = _compound_ordinal(toks, i)
        if ordinal:
            return self._finish(toks, first, i + 2, [], sign, (ordinal, "ordinal")), i + 2
        single = self._single(toks, i)
        if single is not None:
            return self._finish(toks, first, i + 1, [], sign, single), i + 1
        items = self._start_items(toks[i], i)
        if items is None:
            return None, i + 1
        k = i + 1
        while k < len(toks) and toks[k].join != "ratio" and toks[k].cls != "minus":
            step = self._extend(toks, k, items)
            if step < 0:  # a scale that does not fit: the figure ends before the item it popped
                items[:] = [item for item in items if item.first < -step]
                return self._finish(toks, first, -step, items, sign), -step
            if step == k:
                break
            k = step
        return self._finish(toks, first, k, items, sign), k

    def _single(self, toks: list[_Tok], i: int) -> tuple[float, str] | None:
        """Figures that stand alone: ordinals, vague quantities, decades, parts of codes."""
        tok = toks[i]
        if tok.cls == "digit":
            if tok.ordinal:
                return tok.value, "ordinal"
            if tok.decade:  # "1990s"
                first, last = self._years
                return tok.value, "year" if first <= tok.value <= last else "other"
            return (tok.value, "other") if tok.other else None
        word = tok.word
        if word is None or tok.cls != "word" or word.num is not None or word.share is not None:
            return None
        if word.vague is not None and (word.scale is None or word.plural):
            return word.vague, "vague"
        if word.ordinal is not None and not word.plural and not (word.denom and word.alone):
            return float(word.ordinal), "ordinal"
        return None

    def _start_items(self, tok: _Tok, i: int) -> list[_Item] | None:
        if tok.cls == "digit":
            return [_Item(tok.value, i, scale=tok.scale, fraction=tok.slash, digits=True)]
        if tok.cls == "article":
            return [_Item(1.0, i)]
        word = tok.word
        if word is None:
            return None
        if word.num is not None:
            return [_Item(word.num, i)]
        if word.share is not None:
            return [_Item(word.share, i, fraction=True)]
        if word.denom and word.alone and not word.plural:
            return [_Item(1.0 / word.denom, i, fraction=True)]
        if word.scale is not None and not word.plural:
            return [_Item(word.scale, i, scale=word.scale)]
        return None

    def _extend(self, toks: list[_Tok], k: int, items: list[_Item]) -> int:
        """Add token k to the figure; return the next index, k to stop, or -index to split."""
        tok, prev = toks[k], toks[k - 1]
        if tok.join == "point":
            return self._decimals(toks, k, items)
        if tok.cls == "digit":
            return self._extend_digit(tok, prev, k, items)
        if tok.cls == "article":
            if tok.join == "and":
                items.append(_Item(1.0, k, after_and=True))
                return k + 1
            return k + 1 if items[-1].fraction else k
        word = tok.word
        if word is None:
            return k
        if self._compound_fraction(toks, k, items):  # "one twenty-fifth"
            return k + 2
        if word.num is not None and word.num > 0 and prev.cls != "digit":
            opens_fraction = tok.join == "and" and self._fraction_ahead(toks, k)
            joins = (
                tok.join is None
                or opens_fraction
                or (prev.word is not None and prev.word.scale is not None)
            )
            if joins and (opens_fraction or word.num < _place(items[-1])):
                items.append(_Item(word.num, k, after_and=tok.join == "and"))
                return k + 1
            return k
        if word.scale is not None and tok.join is None:
            return self._scale(items, word.scale, k)
        if word.denom and prev.cls in ("article", "digit", "word") and not items[-1].fraction:
            if prev.cls != "word" or (
                prev.word is not None and (prev.word.num is not None or prev.word.scale is not None)
            ):
                return k + 1 if self._fraction(items, word.denom) else k
        if word.share is not None:
            items.append(_Item(word.share, k, after_and=tok.join == "and", fraction=True))
            return k + 1
        if word.denom and word.alone and tok.join == "and":
            items.append(_Item(1.0 / word.denom, k, after_and=True, fraction=True))
            return k + 1
        return k

    def _extend_digit(self, tok: _Tok, prev: _Tok, k: int, items: list[_Item]) -> int:
        if (
            tok.slash
            and prev.cls == "digit"
            and len(items) == 1
            and not items[0].fraction
            and tok.join is None
        ):
            items.append(_Item(abs(tok.value), k, fraction=True))  # "2 1/4"
            return k + 1
        after_scale = prev.word is not None and prev.word.scale is not None
        if (
            after_scale
            and not tok.slash
            and tok.join in (None, "and")
            and 0 < tok.value < _place(items[-1])
        ):
            items.append(_Item(tok.value, k, after_and=tok.join == "and", scale=tok.scale))
            return k + 1
        return k

    def _compound_fraction(self, toks: list[_Tok], k: int, items: list[_Item]) -> bool:
        """A tens word and a unit ordinal after a numerator: one denominator (1/25, 100/35)."""
        word = toks[k].word
        if not (_is_tens(word) and items and toks[k].join is None and k + 1 < len(toks)):
            return False
        part = _unit_part(toks[k + 1].word) if toks[k + 1].join is None else 0
        return bool(part) and word is not None and self._fraction(items, int(word.num or 0) + part)

    @staticmethod
    def _fraction_ahead(toks: list[_Tok], k: int) -> bool:
        for tok in toks[k : k + _FRACTION_REACH]:
            if tok.join == "ratio" or tok.cls in ("digit", "minus"):
                return False
            if tok.cls == "article":
                continue
            word = tok.word
            if word is None:
                return False
            if word.denom or word.share is not None:
                return True
            if word.num is None:
                return False
        return False

    @staticmethod
    def _fraction(items: list[_Item], denom: int) -> bool:
        """Turn the trailing items (since the last "and") into numerator/denom."""
        start = len(items) - 1
        while start > 0 and not items[start].after_and:
            start -= 1
        numerator = items[start:]
        if not numerator or any(item.fraction for item in numerator):
            return False
        value = sum(item.value for item in numerator) / denom
        items[start:] = [
            _Item(value, numerator[0].first, after_and=numerator[0].after_and, fraction=True)
        ]
        return True

    @staticmethod
    def _scale(items: list[_Item], scale: float, k: int) -> int:
        """Multiply the trailing items smaller than the scale ("two hundred and two thousand")."""
        j = len(items)
        while j > 0 and items[j - 1].value < scale:
            j -= 1
        if j == len(items) == 1 and items[0].digits and not items[0].fraction:
            j = 0  # "322 hundred", "2.5 thousand"
        if j == len(items):
            return k
        product = sum(item.value for item in items[j:]) * scale
        if j > 0 and not product < _place(items[j - 1]):
            return -items[j].first  # "3 hundred and 2 hundred" is two figures
        items[j:] = [_Item(product, items[j].first, after_and=items[j].after_and, scale=scale)]
        return k + 1

    @staticmethod
    def _decimals(toks: list[_Tok], k: int, items: list[_Item]) -> int:
        """'point' then words read digit by digit: "two point zero five", "point seventy-one"."""
        digits, j = "", k
        while j < len(toks) and toks[j].word is not None and (j == k or toks[j].join is None):
            value = toks[j].word.num  # type: ignore[union-attr]
            if value is None or value >= 100 or value != int(value):
                break
            nxt = toks[j + 1].word if j + 1 < len(toks) and toks[j + 1].join is None else None
            if (
                _is_tens(toks[j].word)
                and nxt is not None
                and nxt.num is not None
                and 0 < nxt.num < 10
            ):
                digits, j = digits + str(int(value + nxt.num)), j + 2
            else:
                digits, j = digits + str(int(value)), j + 1
        if not digits or any(item.fraction for item in items):
            return k
        items[:] = [_Item(sum(item.value for item in items) + float("0." + digits), items[0].first)]
        return j

    def _finish(
        self,
        toks: list[_Tok],
        first: int,
        end: int,
        items: list[_Item],
        sign: float,
        single: tuple[float, str] | None = None,
    ) -> _Fig:
        """Sum the items into a figure spanning toks[first:end]."""
        start_tok = toks[first]
        body = toks[first + 1 if start_tok.cls == "minus" else first]
        last = toks[end - 1]
        if single is not None:
            value, kind = single
            return _Fig(
                start_tok.start, last.end, sign * value, kind=kind, ratio_join=body.join == "ratio"
            )
        if (
            len(items) >= 2
            and items[-1].fraction
            and items[-1].after_and
            and items[-2].scale >= _FRACTION_OF_SCALE
        ):
            items[-1].value *= items[-2].scale  # "one million and a half"
        value = sign * sum(item.value for item in items)
        kind = "share" if len(items) == 1 and items[0].fraction else "count"
        if (
            end - first == 1
            and body.integer
            and body.ndigits == 4
            and self._years[0] <= value <= self._years[1]
        ):
            kind = "year"
        fig = _Fig(
            start_tok.start, last.end, value, kind=kind, scale=items[-1].scale if items else 1.0
        )
        fig.ratio_join = body.join == "ratio"
        fig.pronoun = end - first == 1 and body.cls == "word" and body.key in self._lex.pronoun
        if end - first == 1 and body.word is not None:
            fig.unit = body.word.unit  # "sepekan": one week
        if kind == "share" and end - first == 2 and body.cls == "article" and last.word:
            fig.ordinal = last.word.ordinal or 0
        fig.approx = any(tok.word is not None and tok.word.approx for tok in toks[first:end])
        return fig

    # -- context: the words after and before a figure -----------------------------------------

    def _attach_after(self, text: str, rev: str, fig: _Fig) -> bool:
        """Unit, cue and after-qualifier words; False when the figure is glued to a word (29km)."""
        glued = fig.num_end < len(text) and text[fig.num_end].isalpha()
        if glued and fig.kind != "date" and not self._money_suffix(text, rev, fig):
            match = self._re.post.match(text, fig.num_end)
            if not (match and (match.group("cue") or (self._lex.glued and match["unitg"]))):
                return False
        fig.start, fig.end, fig.uend, fig.lead = (
            fig.num_start,
            fig.num_end,
            fig.num_end,
            fig.num_start,
        )
        if fig.kind == "count" and (_in_name(text, fig.num_start) or _list_mark(text, fig)):
            fig.kind = "other"
        if fig.kind == "date":
            return True
        if self._ordinal_mark(text, fig):
            return True
        starts = self._post_starts
        if starts is not None:  # many figures: no after-phrase can start at the next word
            size = len(text)
            pos = _past_space(text, fig.num_end, size)
            if pos >= size or (text[pos] < "\x80" and text[pos] not in starts):
                return True  # the pattern would match nothing (fig.end is already fig.uend)
        match = self._re.post.match(text, fig.num_end)
        if match is None or match.end() == fig.num_end:  # most figures: no cue, unit or qualifier
            return True  # (every group empty; fig.end is already fig.uend)
        cue, unit_group, qual = match.group("cue", "unit", "qual")  # one call for the three
        if cue:
            fig.cue = self._lex.cues["after"].get(_norm(match.group("cuew")))
            fig.uend = match.end("cue")
            fig.unit = "years" if fig.cue == "age" else fig.unit
        elif unit_group:
            unit = match.group("unitw") or match.group("unitm")
            fig.unit = self._lex.units.get(_norm(unit or match["unitg"]))
            fig.uend = match.end("unit")
            if fig.ordinal and match.group("unitw"):  # "a third phase" is no share
                fig.kind, fig.value = "ordinal", float(fig.ordinal)
            half = self._re.half
            if half and fig.kind == "count" and fig.unit and fig.unit != "percent":
                more = half.match(text, fig.uend)  # "a year and a half", "un año y medio"
                if more and float(fig.value).is_integer():
                    fig.value += 0.5
                    fig.uend = more.end()
        fig.end = fig.uend
        if qual:
            fig.post_q = self._lex.qual_after.get(_norm(match.group("qualw")))
            fig.post_hedge, fig.post_start, fig.end = (
                match.group("qualw"),
                match.start("qualw"),
                match.end("qual"),
            )
        return True

    def _ordinal_mark(self, text: str, fig: _Fig) -> bool:
        """'2. Phase': digits, an ordinal mark and a unit word make an ordinal."""
        if fig.kind != "count" or not text[fig.num_end - 1].isdigit():
            return False
        for mark in self._lex.ordinal_marks:
            if text.startswith(mark, fig.num_end):
                match = self._re.post.match(text, fig.num_end + len(mark))
                if match and match.group("unitw"):
                    fig.kind = "ordinal"
                    fig.unit = self._lex.units.get(_norm(match.group("unitw")))
                    fig.end = fig.uend = match.end("unit")
                    return True
        return False

    def _money_suffix(self, text: str, rev: str, fig: _Fig) -> bool:
        """'$5m': a scale glued to a figure only after a currency mark."""
        letters = re.match(r"[^\W\d_]+", text[fig.num_end : fig.num_end + 8])
        if not letters or letters.group() not in self._lex.money_suffixes:
            return False
        if "money" not in self._words_before(rev, fig.num_start, 0):
            return False
        fig.value *= self._lex.money_suffixes[letters.group()]
        fig.scale = self._lex.money_suffixes[letters.group()]
        fig.num_end += len(letters.group())
        return True

    def _join_ratios(self, figs: list[_Fig]) -> list[_Fig]:
        """'one in five', '2 out of 3': a share, when the first figure is the smaller and the
        whole is at most the pack's ``ratio_max_whole`` (Indonesian "59 dari 251 sandera" is a
        part of a count, two figures)."""
        out: list[_Fig] = []
        for fig in figs:
            prev = out[-1] if out else None
            if (
                fig.ratio_join and prev is not None and prev.kind == fig.kind == "count"
                and 0 < abs(prev.value) < fig.value <= self._lex.ratio_max_whole
                and prev.unit is None and fig.unit is None
                and prev.post_q is None and prev.cue is None and fig.cue is None
            ):  # fmt: skip
                prev.value, prev.kind = prev.value / fig.value, "share"
                prev.num_end, prev.uend, prev.end = fig.num_end, fig.uend, fig.end
                prev.post_q, prev.post_hedge, prev.post_start = (
                    fig.post_q,
                    fig.post_hedge,
                    fig.post_start,
                )
                continue
            out.append(fig)
        return out

    def _words_before(self, rev: str, start: int, lower: int) -> dict[str, tuple[int, int, str]]:
        """Range opener, hedge, cue and currency right before ``start``: name -> (start, end, text).

        Matched on the reversed text (``rev``), anchored at the figure: one attempt per figure.
        """
        size = len(rev)
        found: dict[str, tuple[int, int, str]] = {}
        pos, limit = size - start, size - max(lower, start - _PRE_WINDOW)
        ends = self._pre_ends
        if ends is not None:  # most figures: no before-phrase can end at the word before them
            pos = _past_space(rev, pos, limit)
            if pos >= limit or (rev[pos] < "\x80" and rev[pos] not in ends):
                return found
            pos = size - start
        match = self._re.pre.match(rev, pos, limit)
        if match is None:
            return found
        whole = match.span()  # one call for both ends
        if whole[1] > whole[0]:
            for name in ("money", "cue", "hedge", "rng"):
                begin, end = match.span(name)  # (-1, -1) when the group did not take part
                if begin < end:
                    found[name] = (size - end, size - begin, rev[begin:end][::-1])
        return found

    def _attach_before(self, text: str, rev: str, fig: _Fig, lower: int) -> None:
        """Hedge, range opener, currency and cue words right before the figure."""
        found = self._words_before(rev, fig.num_start, lower)
        if not found:  # most figures: nothing before them to attach
            fig.start = fig.hedge_start if fig.hedge_start >= 0 else fig.lead
            return
        hedge = found.get("hedge")
        particle = hedge and (not self._re.particles or _norm(hedge[2]) in self._re.particles)
        if (
            hedge is not None
            and particle
            and self._re.not_after.search(text, max(lower, hedge[0] - _PRE_WINDOW), hedge[0])
        ):
            found = {k: v for k, v in found.items() if k in ("money", "cue")}  # "handed over 25"
        if "money" in found:
            fig.cue, fig.lead = "money", found["money"][0]
        if "cue" in found:
            fig.cue = fig.cue or self._lex.cues["before"].get(_norm(found["cue"][2]))
            fig.lead = found["cue"][0]
        if "hedge" in found:
            fig.hedge_start, _, fig.pre_hedge = found["hedge"]
            fig.pre_q = self._lex.qual_before.get(_norm(fig.pre_hedge))
        if "rng" in found:  # part of the figure's span only if a range forms
            fig.rng_start, _, fig.rng = found["rng"]
        fig.start = fig.hedge_start if fig.hedge_start >= 0 else fig.lead

    @staticmethod
    def _settle_after(text: str, fig: _Fig, nxt: _Fig) -> None:
        """'200 or greater than 190': an after-qualifier leading into the next figure is none."""
        start = nxt.hedge_start if nxt.hedge_start >= 0 else nxt.start
        if fig.post_q is not None and (start < fig.end or not text[fig.end : nxt.start].strip()):
            fig.post_q, fig.post_hedge, fig.end = None, "", fig.uend

    def _resolve(self, text: str, fig: _Fig) -> None:
        """Settle kind, unit, qualifier and bounds from the words found around the figure."""
        if fig.kind in ("count", "year", "share", "vague"):
            if fig.cue in ("money", "age") or (fig.cue == "time" and fig.kind != "vague"):
                fig.kind = fig.cue  # a vague quantity is no clock time ("um Dutzende Geiseln")
            elif fig.unit == "percent":
                fig.kind = "percent"
            elif fig.kind == "year" and (fig.pre_q or fig.post_q or fig.unit):
                fig.kind = "count"
        if fig.kind in ("date", "time") and fig.pre_q not in (None, "approx", "nearly"):
            fig.pre_q, fig.pre_hedge, fig.start = None, "", fig.lead  # "until 1 March": no bound
        if fig.kind == "share" and fig.unit is None:
            fig.unit = "share"
        if fig.kind == "age":
            fig.unit = fig.unit or "years"  # "berusia sembilan bulan": months
        if fig.kind == "time":
            clock = _CLOCK.fullmatch(text, fig.num_start, fig.num_end)
            if clock:
                fig.value = int(clock.group(1)) + int(clock.group(2)) / 60
        qualifier = fig.pre_q or ("approx" if fig.approx else "exact")
        if fig.post_q == "inclusive":
            qualifier = _TIGHTER.get(qualifier, qualifier)
        elif fig.post_q:
            qualifier = fig.post_q
        if fig.kind == "vague" and qualifier in ("exact", "approx"):
            qualifier = "at_least"  # "dozens": at least the floor
        fig.qualifier = qualifier
        fig.low, fig.high, fig.low_open, fig.high_open = _bounds(qualifier, fig.value)
        fig.hedge = " … ".join(h for h in (fig.pre_hedge, fig.post_hedge) if h)

    # -- pairs: ranges and joined bounds ------------------------------------------------------

    def _age_lists(self, text: str, figs: list[_Fig]) -> None:
        """'aged 29, 36 and 46', 'im Alter von 29, 36 und 46 Jahren': bare figures listed
        (comma, "and") after an age cue before a figure are ages too."""
        listed = False
        for prev, fig in zip(figs, figs[1:], strict=False):
            opened = prev.kind == "age" and (listed or prev.lead < prev.num_start)
            listed = (
                opened
                and fig.kind == "count"
                and fig.unit in (None, "years")
                and fig.cue is None
                and fig.pre_q is None
                and self._re.combine.fullmatch(text, prev.end, fig.start) is not None
            )
            if listed:
                fig.kind, fig.unit = "age", "years"

    def _join_pairs(self, text: str, figs: list[_Fig], *, ranges: bool) -> list[_Fig]:
        """Neighbours joined into one figure: by _range (``ranges``), else by _combine.
        (A flag, not the bound method: compiled, a direct call costs less than a generic one.)"""
        out: list[_Fig] = []
        i = 0
        while i < len(figs):
            merged = None
            if i + 1 < len(figs) and ranges:
                merged = self._range(text, figs[i], figs[i + 1])
            elif i + 1 < len(figs):
                merged = self._combine(text, figs[i], figs[i + 1])
            out.append(merged or figs[i])
            i += 2 if merged else 1
        return out

    def _range(self, text: str, a: _Fig, b: _Fig) -> _Fig | None:
        """'between 20 and 30', '6 to 8 weeks', '5-10 million', '10-20%'."""
        if a.post_q or a.pre_q not in (None, "approx") or not _compatible(a, b):
            return None
        if self._re.any_middle.fullmatch(text, a.uend, b.lead) is None:
            return None  # (most pairs: no middle fits, one test instead of one per template)
        rng = _norm(a.rng)
        for head, middle in self._re.middles:
            if head and rng != head:
                continue
            gap = middle.fullmatch(text, a.uend, b.lead)
            mark = gap is not None and not _is_word_char(gap.group().strip()[0])
            if mark and _mixed_forms(text, a, b):
                continue  # "UPDATE 2-Three hostages": a mark between digits and a word
            if gap and not (mark and _code_like(text, a, b)):
                return self._range_of(
                    a, b, " … ".join(h for h in (a.rng, a.pre_hedge, gap.group().strip()) if h)
                )
        return None

    @staticmethod
    def _range_of(a: _Fig, b: _Fig, hedge: str) -> _Fig | None:
        low, high = a.value, b.value
        if b.scale > 1 and a.scale == 1 and 0 < low * b.scale < high:
            low *= b.scale  # "5 to 10 million"
        if not low < high:
            return None
        fig = _Fig(
            a.num_start, b.num_end, (low + high) / 2, kind=b.kind if b.kind != "count" else a.kind
        )
        fig.start = a.rng_start if a.rng_start >= 0 else a.start
        fig.end, fig.uend = b.uend, b.uend
        fig.unit = b.unit or a.unit
        fig.qualifier, fig.hedge, fig.low, fig.high = "range", hedge, low, high
        return fig

    def _combine(self, text: str, a: _Fig, b: _Fig) -> _Fig | None:
        """'more than 20 and less than 35' -> one interval (20, 35)."""
        if a.qualifier in _LOWER and b.qualifier in _UPPER:
            lower, upper = a, b
        elif a.qualifier in _UPPER and b.qualifier in _LOWER:
            lower, upper = b, a
        else:
            return None
        if not (
            _compatible(a, b)
            and lower.value < upper.value
            and self._re.combine.fullmatch(text, a.end, b.start)
        ):
            return None
        fig = _Fig(
            a.num_start,
            b.num_end,
            (lower.value + upper.value) / 2,
            kind=b.kind if b.kind != "count" else a.kind,
        )
        fig.start, fig.end, fig.uend, fig.unit = a.start, b.end, b.end, b.unit or a.unit
        fig.qualifier, fig.hedge = "range", f"{a.hedge} … {b.hedge}"
        fig.low, fig.low_open, fig.high, fig.high_open = (
            lower.value,
            lower.low_open,
            upper.value,
            upper.high_open,
        )
        return fig

    @staticmethod
    def _mention(text: str, fig: _Fig) -> NumberMention:
        return NumberMention(
            start=fig.start, end=fig.end, text=text[fig.start : fig.end], value=fig.value,
            low=fig.low, high=fig.high, low_open=fig.low_open, high_open=fig.high_open,
            qualifier=fig.qualifier, unit=fig.unit, kind=fig.kind, hedge=fig.hedge,
            number_text=text[fig.num_start : fig.num_end],
        )  # fmt: skip


def _in_name(text: str, start: int) -> bool:
    """'F-16', 'COVID-19': digits hyphenated to a word are part of a name."""
    if (
        start < 2
        or text[start - 1] != "-"
        or not text[start - 2].isalpha()
        or not text[start].isdigit()
    ):
        return False
    word = re.search(r"[^\W\d_]{1,24}-\Z", text[max(0, start - 26) : start])
    before = start - len(word.group()) - 1 if word else -1
    return before < 0 or not text[before].isdigit()  # "5k-20k" is a range, not a name


def _list_mark(text: str, fig: _Fig) -> bool:
    """'1. Divided into three phases': a number opening a line, then "." or ")", marks an item."""
    after = text[fig.num_end : fig.num_end + 2]
    if not (len(after) == 2 and after[0] in ".)" and after[1].isspace()):
        return False  # (before looking back for the line's start: most figures stop here)
    line = text.rfind("\n", 0, fig.num_start) + 1
    return not text[line : fig.num_start].strip()


def _compatible(a: _Fig, b: _Fig) -> bool:
    """Two figures can bound one interval: rangeable kinds that agree, units that agree."""
    if a.kind not in _RANGEABLE or b.kind not in _RANGEABLE:
        return False
    if a.kind != b.kind and "count" not in (a.kind, b.kind):
        return False
    return not (a.unit and b.unit and a.unit != b.unit)


def _code_like(text: str, a: _Fig, b: _Fig) -> bool:
    """'+1-222-2222', '1995-01-02': digits chained by marks are a code, not a range."""
    before, after = text[max(0, a.num_start - 2) : a.num_start], text[b.num_end : b.num_end + 2]
    return bool(re.match(r"[-/\u2013][0-9]", after) or re.search(r"(?:\w[-/\u2013]|\+)$", before))


# ---------------------------------------------------------------------------------------------
# One reader per pack


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return tuple((key, _freeze(item)) for key, item in value.items())
    if isinstance(value, list):
        return ("__list__", tuple(_freeze(item) for item in value))
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple) and value[:1] == ("__list__",):
        return [_thaw(item) for item in value[1]]
    if isinstance(value, tuple):
        return {key: _thaw(item) for key, item in value}
    return value


_SECTIONS = ("numbers", "qualifiers", "units")


@lru_cache(maxsize=32)
def _cached_reader(code: str, name: str, path: str, sections: Any) -> NumberReader:
    return NumberReader(LanguagePack(code=code, name=name, path=path, sections=_thaw(sections)))


def compile_reader(pack: LanguagePack) -> NumberReader:
    """The reader for a pack: regexes are compiled once per pack content and then reused.

    The memo is keyed by the content of the pack's [numbers], [qualifiers] and [units] sections,
    so an edited pack file gets a new reader and equal packs share one.
    """
    sections = _freeze({name: pack.section(name) for name in _SECTIONS})
    return _cached_reader(pack.code, pack.name, pack.path, sections)
