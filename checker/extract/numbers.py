"""The number reader: every figure in running text, with its value, hedge, range, unit and kind.

All words and conventions come from a language pack's [numbers], [qualifiers] and [units]
sections (checker/data/lang/*.toml); `compile_reader(pack)` turns them into a NumberReader whose
`find(text)` lists NumberMentions and whose `parse(s)` reads one figure's surface.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from checker.errors import DataError
from checker.lang import LanguagePack

#: What a figure is; `find` tags figures rather than dropping them, the caller decides what counts.
KINDS = (
    "count", "vague", "share", "percent", "ordinal",
    "year", "date", "time", "age", "money", "other",
)  # fmt: skip
#: How words bound a figure ("nearly": below it, but close; the caller decides how close).
QUALIFIERS = ("exact", "approx", "nearly", "more_than", "less_than", "at_least", "at_most", "range")
_LOWER = ("more_than", "at_least")
_UPPER = ("less_than", "at_most")
#: Kinds that may be the ends of a range ("5 to 10 million", "10-20%").
_RANGEABLE = ("count", "percent", "money", "share", "age")
#: How far before a figure its hedge, currency or cue words may start (characters).
_PRE_WINDOW = 48
#: A fraction joined by "and" after a scale at least this big is a fraction of that scale
#: ("one million and a half" = 1.5 million, but "one hundred and a half" = 100.5).
_FRACTION_OF_SCALE = 1000
#: At most this many digit groups make one figure (bounds the work on long digit chains).
_MAX_GROUPS = 12
#: A fraction word this many tokens after "and" still takes it ("and fifty-four hundredths").
_FRACTION_REACH = 6
#: At most this many number words glued into one are read ("zwei|hundert|dreißig"): a word
#: that splits two ways at each part ("dreizehn" = drei + zehn) costs 2^parts to try.
_MAX_GLUED = 8

_HS = r"[^\S\n]"  # horizontal space: figures and their words never span a line break
_DIGITS = "0123456789"


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


def _new_mention(**fields: Any) -> NumberMention:
    """NumberMention(**fields), about three times as fast: a frozen dataclass's __init__ sets
    each of its 13 fields through object.__setattr__, and the reader makes one per figure.
    This fills a new instance's __dict__ at once (as claimtable does for Claim); the result
    is the same (equal, hashable, frozen) instance. ``fields`` must name every field."""
    mention = object.__new__(NumberMention)
    mention.__dict__.update(fields)
    return mention


# ---------------------------------------------------------------------------------------------
# The pack's words, checked and indexed


@dataclass(frozen=True)
class _Word:
    """Every role a number word can play; the reader picks one from its neighbours."""

    num: float | None = None  # "seven"
    scale: float | None = None  # "hundred", "dozen"
    plural: bool = False  # "hundreds", "fifths": a plural form
    vague: float | None = None  # "dozens": floor of a vague quantity
    ordinal: int | None = None  # "fifth", "ketujuh"
    denom: int | None = None  # "fifth", "half", "pertiga": a fraction's denominator
    alone: bool = False  # a fraction even without a numerator ("half", "quarter")
    share: float | None = None  # "setengah": a fraction on its own
    unit: str | None = None  # "sepekan": one of a unit
    approx: bool = False  # "centaine": about its value ([numbers.approximate])


@dataclass(frozen=True)
class _Lexicon:
    words: Mapping[str, _Word]
    suffixes: Mapping[str, float]
    money_suffixes: Mapping[str, float]
    months: Mapping[str, int]
    joins: Mapping[str, str]  # joiner word -> "and" | "point" | "ratio"
    minus_words: frozenset[str]
    articles: frozenset[str]
    pronoun: frozenset[str]
    qual_before: Mapping[str, str]
    qual_after: Mapping[str, str]  # includes inclusive phrases -> "inclusive"
    units: Mapping[str, str]
    range_templates: tuple[tuple[str, str], ...]  # (prefix, middle)
    cues: Mapping[str, Mapping[str, str]]  # before / after phrase -> kind
    article_units: frozenset[str]  # unit keys an article may count ("a week")
    numeric_dates: tuple[str, ...]  # "{d}/{m}/{y}"
    clitics: tuple[str, ...]  # endings glued to a number word ("seperempatnya")
    glued: bool = False  # number words may be written as one word ("zweihundertdreißig")
    ordinal_marks: tuple[str, ...] = ()  # after digits, before a unit word: "2. Phase"


_NUMBER_KEYS = {
    "decimal": str, "group": list, "indian_grouping": bool, "minus": list, "minus_words": list,
    "decimal_words": list, "joiners": list, "articles": list, "ratio": list,
    "ordinal_suffixes": list, "ordinal_prefixes": list, "plural_suffixes": list,
    "decade_suffixes": list, "year_range": list, "pronoun": list, "pronoun_after": list,
    "unit_prefixes": list, "article_units": list, "clitics": list, "glued_words": bool,
    "ordinal_marks": list,
    "words": dict, "scales": dict, "approximate": dict, "suffixes": dict, "vague": dict,
    "ordinals": dict, "fractions": dict, "shares": dict, "dates": dict, "times": dict,
    "ages": dict, "money": dict,
}  # fmt: skip
_QUALIFIER_KEYS = {
    "inclusive": list,
    "ranges": list,
    "combine": list,
    "before": dict,
    "after": dict,
    "not_after": list,
}
_CUE_KEYS = {
    "before": list, "after": list, "months": dict, "day_joiners": list, "numeric": list,
    "suffixes": dict,
}  # fmt: skip
#: The parts of a numeric date template ("{d}/{m}/{y}") and what they match.
_DATE_PARTS = {"d": "[0-9]{1,2}", "m": "[0-9]{1,2}", "y": "(?:[0-9]{4}|[0-9]{2})"}


def _norm(phrase: str) -> str:
    """Lookup key of a phrase: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def _check_keys(
    section: Mapping[str, Any], allowed: Mapping[str, type], where: str, path: str
) -> None:
    for key, value in section.items():
        if key not in allowed:
            raise DataError(
                f"unknown key {key!r} in {where}", path=path, hint=f"keys are {', '.join(allowed)}"
            )
        if not isinstance(value, allowed[key]):
            raise DataError(f"{where}.{key} should be a {allowed[key].__name__}", path=path)


def _number(value: Any, where: str, path: str) -> float:
    """A lexicon value: a number, or a fraction written "n/d"."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise DataError(f"{where} should be a number", path=path)
    if isinstance(value, str):
        top, _, bottom = value.partition("/")
        try:
            return float(top) / float(bottom or 1)
        except (ValueError, ZeroDivisionError):
            raise DataError(
                f"{where} = {value!r} is not a number or fraction",
                path=path,
                hint='write 0.5 or "1/2"',
            ) from None
    return float(value)


def _table(section: Mapping[str, Any], key: str, path: str) -> dict[str, float]:
    return {
        _norm(k): _number(v, f"[numbers.{key}] {k}", path) for k, v in section.get(key, {}).items()
    }


def _strings(section: Mapping[str, Any], key: str, where: str, path: str) -> list[str]:
    items = section.get(key, [])
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise DataError(f"{where}.{key} should list non-empty strings", path=path)
    return list(items)


def _build_words(num: Mapping[str, Any], units: Mapping[str, str], path: str) -> dict[str, _Word]:
    """Index every number word by its lookup key, with all the roles it can play."""
    roles: dict[str, dict[str, Any]] = {}
    plurals = [_norm(s) for s in _strings(num, "plural_suffixes", "[numbers]", path)]

    def add(word: str, **role: Any) -> None:
        roles.setdefault(word, {}).update(role)

    for word, value in _table(num, "words", path).items():
        add(word, num=value)
    for word, value in _table(num, "scales", path).items():
        add(word, scale=value)
        for ending in plurals:
            add(word + ending, scale=value, plural=True)
    for word, value in _table(num, "approximate", path).items():  # "une centaine": about 100
        add(word, scale=value, approx=True)
        for ending in plurals:
            add(word + ending, scale=value, plural=True, approx=True)
    for word, value in _table(num, "vague", path).items():
        add(word, vague=value)
    ordinals = _table(num, "ordinals", path)
    for prefix in _strings(num, "ordinal_prefixes", "[numbers]", path):
        for word, value in _table(num, "words", path).items():
            if value >= 1 and value == int(value):
                ordinals.setdefault(_norm(prefix) + word, value)
    for word, value in ordinals.items():
        add(word, ordinal=int(value))
        for ending in plurals:
            add(word + ending, ordinal=int(value), plural=True)
    fractions = _table(num, "fractions", path)
    for word, value in fractions.items():
        alone = word not in ordinals
        add(word, denom=int(value), alone=alone)
        for ending in plurals:
            if word + ending not in fractions:
                add(word + ending, denom=int(value), alone=alone, plural=True)
    for word, value in _table(num, "shares", path).items():
        add(word, share=value)
    for prefix in _strings(num, "unit_prefixes", "[numbers]", path):
        for word, key in units.items():
            if _is_word_char(word[0]):
                add(_norm(prefix) + word, num=1.0, unit=key)
    return {word: _Word(**role) for word, role in roles.items()}


def _build_lexicon(pack: LanguagePack) -> _Lexicon:
    path = pack.path
    num, qual, units = pack.section("numbers"), pack.section("qualifiers"), pack.section("units")
    _check_keys(num, _NUMBER_KEYS, "[numbers]", path)
    _check_keys(qual, _QUALIFIER_KEYS, "[qualifiers]", path)
    cues = _cue_phrases(num, path)
    joins = {_norm(w): "and" for w in _strings(num, "joiners", "[numbers]", path)}
    joins.update({_norm(w): "point" for w in _strings(num, "decimal_words", "[numbers]", path)})
    joins.update({_norm(w): "ratio" for w in _strings(num, "ratio", "[numbers]", path)})
    qual_before = _qualifier_phrases(qual.get("before", {}), "before", path)
    qual_after = _qualifier_phrases(qual.get("after", {}), "after", path)
    for phrase in _strings(qual, "inclusive", "[qualifiers]", path):
        _claim(qual_after, _norm(phrase), "inclusive", "[qualifiers] inclusive and after", path)
    unit_words = _unit_words(units, path)
    dates = num.get("dates", {})
    return _Lexicon(
        words=_build_words(num, unit_words, path),
        suffixes={
            k: _number(v, f"[numbers.suffixes] {k}", path)
            for k, v in num.get("suffixes", {}).items()
        },
        money_suffixes={
            k: _number(v, "[numbers.money] suffixes", path)
            for k, v in num.get("money", {}).get("suffixes", {}).items()
        },
        months={
            k: int(_number(v, f"[numbers.dates] {k}", path))
            for k, v in dates.get("months", {}).items()
        },
        joins=joins,
        minus_words=frozenset(_norm(w) for w in _strings(num, "minus_words", "[numbers]", path)),
        articles=frozenset(_norm(w) for w in _strings(num, "articles", "[numbers]", path)),
        pronoun=frozenset(_norm(w) for w in _strings(num, "pronoun", "[numbers]", path)),
        qual_before=qual_before,
        qual_after=qual_after,
        units=unit_words,
        range_templates=tuple(
            _range_template(t, path) for t in _strings(qual, "ranges", "[qualifiers]", path)
        ),
        cues=cues,
        article_units=frozenset(_strings(num, "article_units", "[numbers]", path)),
        clitics=tuple(_norm(c) for c in _strings(num, "clitics", "[numbers]", path)),
        glued=bool(num.get("glued_words", False)),
        ordinal_marks=tuple(_strings(num, "ordinal_marks", "[numbers]", path)),
        numeric_dates=tuple(
            _date_template(t, path) for t in _strings(dates, "numeric", "[numbers.dates]", path)
        ),
    )


def _cue_phrases(num: Mapping[str, Any], path: str) -> dict[str, dict[str, str]]:
    """Words before / after a figure that make it a date, time, age or money: phrase -> kind."""
    cues: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for kind, key in (("date", "dates"), ("time", "times"), ("age", "ages"), ("money", "money")):
        _check_keys(num.get(key, {}), _CUE_KEYS, f"[numbers.{key}]", path)
        for side in ("before", "after"):
            for phrase in _strings(num.get(key, {}), side, f"[numbers.{key}]", path):
                _claim(cues[side], _norm(phrase), kind, f"[numbers] {side} words", path)
    return cues


def _unit_words(units: Mapping[str, Any], path: str) -> dict[str, str]:
    """Unit word -> unit key."""
    words: dict[str, str] = {}
    for key, phrases in units.items():
        if not isinstance(phrases, list):
            raise DataError(f"[units].{key} should list words", path=path)
        for phrase in _strings(units, key, "[units]", path):
            _claim(words, _norm(phrase), key, "[units]", path)
    return words


def _qualifier_phrases(table: Mapping[str, Any], side: str, path: str) -> dict[str, str]:
    phrases: dict[str, str] = {}
    for qualifier in table:
        if qualifier not in QUALIFIERS or qualifier == "range":
            raise DataError(
                f"unknown qualifier {qualifier!r} in [qualifiers.{side}]",
                path=path,
                hint=f"use one of {', '.join(QUALIFIERS[:-1])}",
            )
        for phrase in _strings(table, qualifier, f"[qualifiers.{side}]", path):
            _claim(phrases, _norm(phrase), qualifier, f"[qualifiers.{side}]", path)
    return phrases


def _claim(table: dict[str, str], phrase: str, meaning: str, where: str, path: str) -> None:
    """Give a phrase its one meaning; a phrase listed with two meanings is an error."""
    if table.get(phrase, meaning) != meaning:
        raise DataError(
            f"{phrase!r} is listed as both {table[phrase]} and {meaning} in {where}",
            path=path,
            hint="a phrase may have one meaning; remove one of them",
        )
    table[phrase] = meaning


def _date_template(template: str, path: str) -> str:
    """Check a numeric date template: literal text and the parts {d}, {m}, {y}."""
    fields = re.findall(r"\{(\w*)\}", template)
    if "d" not in fields or not set(fields) <= set(_DATE_PARTS) or len(fields) != len(set(fields)):
        raise DataError(
            f"date template {template!r} needs {{d}} and may use {{m}} and {{y}} once each",
            path=path,
        )
    return template


def _date_regex(template: str, named: bool) -> str:
    """'({d}/{m})' -> a regex, its parts as named groups (for reading) or plain (for the scan)."""
    out = []
    for literal, field in re.findall(r"([^{]*)(?:\{(\w)\})?", template):
        out.append(re.escape(literal))
        if field:
            out.append(f"(?P<{field}>{_DATE_PARTS[field]})" if named else _DATE_PARTS[field])
    return "".join(out)


def _range_template(template: str, path: str) -> tuple[str, str]:
    """'between {a} and {b}' -> ('between', 'and')."""
    head, sep_a, rest = template.partition("{a}")
    middle, sep_b, tail = rest.partition("{b}")
    if not (sep_a and sep_b) or tail.strip():
        raise DataError(
            f"range template {template!r} must read '<words> {{a}} <words> {{b}}'", path=path
        )
    if not middle.strip():
        raise DataError(
            f"range template {template!r} needs words between {{a}} and {{b}}", path=path
        )
    return _norm(head), _norm(middle)


# ---------------------------------------------------------------------------------------------
# Regular expressions built from the lexicon


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _trie(phrases: Iterable[str]) -> str:
    """One alternation for many phrases, factored by common prefixes so matching stays fast."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: Mapping[str, dict]) -> str:
    branches = [
        (_HS + "+" if char == " " else re.escape(char)) + _emit(node[char])
        for char in sorted(c for c in node if c)
    ]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def _cases(phrase: str) -> set[str]:
    """How a lower-case phrase is capitalised in print ("more than", "More than", "MORE THAN")."""
    return {phrase, phrase[:1].upper() + phrase[1:], phrase.title(), phrase.upper()}


def _phrases(
    phrases: Iterable[str], *, cases: bool = False, reverse: bool = False, open_end: bool = False
) -> str:
    """Alternation of phrases, each kept whole: a word never matches inside a longer word.

    ``cases`` lists the capitalisations instead of relying on re.I (the scan over the whole text
    stays on sre's fast literal path); ``reverse`` builds the pattern for reversed text;
    ``open_end`` lets a phrase run straight into what follows ("Rp10").
    """
    buckets: dict[tuple[bool, bool], set[str]] = {}
    for phrase in phrases:
        if phrase:
            key = (_is_word_char(phrase[0]), _is_word_char(phrase[-1]))
            buckets.setdefault(key, set()).update(_cases(phrase) if cases else {phrase})
    parts = []
    for (word_start, word_end), items in sorted(buckets.items(), reverse=True):
        head = r"(?<!\w)" if word_start else r"(?<![<>=!])"
        tail = r"(?!\w)" if word_end and not open_end else ""
        if reverse:
            body = _trie(p[::-1] for p in items)
            head, tail = tail.replace("?!", "?<!"), head.replace("?<", "?")
        else:
            body = _trie(items)
        parts.append(f"{head}(?:{body}){tail}")
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _guard(starts: Iterable[str]) -> str:
    """A one-character look-ahead, so an alternative is tried only where it can start: most
    word starts in a text then cost one test per alternative (the scan is the hot loop)."""
    chars = {start[0] for start in starts if start}
    return f"(?={_chars(sorted(chars))})" if chars else "(?!)"


def _chars(marks: Iterable[str]) -> str:
    return "[" + "".join(re.escape(m) for m in marks) + "]" if marks else "(?!)"


@dataclass(frozen=True)
class _Patterns:
    main: re.Pattern[str]  # the one scan over the text: dates, clock times, digits, words
    sep: re.Pattern[str]  # what may stand between the pieces of one figure
    pre: re.Pattern[str]  # words before a figure, matched on the reversed text
    post: re.Pattern[str]  # words after a figure
    pronoun_before: re.Pattern[str]
    valid: re.Pattern[str]  # digits written in the pack's convention
    foreign: re.Pattern[str]  # ... or with the marks swapped
    combine: re.Pattern[str]
    middles: tuple[tuple[str, re.Pattern[str]], ...]
    numeric_dates: tuple[re.Pattern[str], ...]
    not_after: re.Pattern[str]  # words that make a hedge after them part of a verb


def _digit_token(num: Mapping[str, Any], lex: _Lexicon) -> str:
    """A figure in digits, with sign, exponent, slash fraction, scale suffix or ordinal ending."""
    decimal = num.get("decimal", ".")
    marks = {".", ","} | set(num.get("group", [])) | {decimal}
    suffixes = _trie(lex.suffixes) if lex.suffixes else "(?!)"
    ordinal = _trie(_norm(s) for s in num.get("ordinal_suffixes", [])) or "(?!)"
    decade = _trie(num.get("decade_suffixes", [])) or "(?!)"
    prefixes = _trie(_norm(p) for p in num.get("ordinal_prefixes", [])) or "(?!)"
    money = list(num.get("money", {}).get("before", []))
    money += [m.upper() for m in money]  # as written or in capitals: "Rp10", "RP10", "USD5"
    glued = _phrases(money, open_end=True)
    minus = _chars(num.get("minus", []))
    starts = _chars([_DIGITS, decimal, *num.get("minus", [])])
    guard = _guard(
        [*_DIGITS, decimal, *num.get("minus", []), *money, *_cased(num, "ordinal_prefixes")]
    )
    power = r"[-+]?[0-9]{1,3}"  # 1e10, 1.3x10^6, 1.1^23
    sci = rf"[eE]{power}(?!\w)|{_HS}*[x\u00d7]{_HS}*10\^{power}|\^{power}"
    return (
        rf"{guard}(?:(?P<dcur>{glued})(?=[0-9])|(?<![\w.,]))(?={starts}|(?i:{prefixes}))"
        rf"(?P<dpre>(?i:{prefixes}))?(?P<dsign>{minus}(?=[.,]?[0-9]))?"
        rf"(?P<dnum>[0-9]+(?:{_chars(marks)}[0-9]+)*|{re.escape(decimal)}[0-9]+)"
        rf"(?P<dsci>{sci})?"
        rf"(?P<dslash>/[0-9]+)?"
        rf"(?:{_HS}*(?P<dsuf>{suffixes})(?![^\W\d_]))?"
        rf"(?P<dord>(?i:{ordinal})(?!\w))?(?P<ddec>(?i:{decade})(?![^\W\d_]))?"
    )


def _cased(num: Mapping[str, Any], key: str) -> list[str]:
    return [c for phrase in num.get(key, []) for c in _cases(_norm(phrase))]


def _word_token(lex: _Lexicon) -> str:
    words = [w for w in lex.words if w not in lex.articles]
    takes_article = [w for w, info in lex.words.items() if info.scale or info.denom or info.vague]
    takes_article += [u for u, key in lex.units.items() if key in lex.article_units]  # "a week"
    article = minus = ""
    if lex.articles:
        then = _phrases(takes_article, cases=True)
        cased = [c for a in lex.articles for c in _cases(a)]
        article = rf"|{_guard(cased)}(?P<art>{_phrases(lex.articles, cases=True)})(?={_HS}+{then})"
    if lex.minus_words:
        cased = [c for m in lex.minus_words for c in _cases(m)]
        minus = (
            rf"|{_guard(cased)}(?P<minus>{_phrases(lex.minus_words, cases=True)})(?={_HS}+[\w.])"
        )
    clitic = f"(?:(?i:{_trie(lex.clitics)}))?" if lex.clitics else ""
    glued = ""
    end = r"(?!\w)"
    if lex.glued:  # "zweihundertdreißig": more number words glued to the first, maybe a unit
        parts = _trie(w for w in words if " " not in w)
        glued = f"(?:(?i:{parts})){{0,{_MAX_GLUED - 1}}}"
        end = rf"(?:(?!\w)|(?=(?i:{_trie(u for u in lex.units if ' ' not in u)})))"
    word = rf"(?P<word>{_phrases(words, cases=True, open_end=True)}{glued}){clitic}{end}"
    return f"{word}{article}{minus}"


def _date_token(num: Mapping[str, Any], lex: _Lexicon) -> str:
    """Dates: numeric templates from the pack, and month names (as written) with a day or year."""
    dates = num.get("dates", {})
    ordinal = _trie(_norm(s) for s in num.get("ordinal_suffixes", []))
    day = rf"[0-9]{{1,2}}(?:(?i:{ordinal}))?(?!\w)" if ordinal else r"[0-9]{1,2}(?!\w)"
    year = r"[0-9]{4}(?!\w)"
    joiners = _trie(_norm(j) for j in dates.get("day_joiners", []))
    join = rf"(?:(?i:{joiners}){_HS}+)?" if joiners else ""
    forms = [rf"{_date_regex(t, named=False)}(?![\w/-])" for t in lex.numeric_dates]
    if lex.months:
        month = f"(?:{_trie(lex.months)})"  # a final "." only when a day or year follows
        forms += [
            rf"{month}\.?{_HS}+{day}(?:,?{_HS}+{year})?",
            rf"{day}{_HS}*{join}{month}(?:\.?,?{_HS}+{year}|(?!\w))",  # "7. Oktober"
            rf"{month}\.?{_HS}+{year}",
        ]
    guard = _guard([*_DIGITS, *lex.months, *(t.lstrip("{") for t in lex.numeric_dates)])
    return rf"{guard}(?<![\w/.-])(?P<date>{'|'.join(forms) or '(?!)'})"


def _main_pattern(num: Mapping[str, Any], lex: _Lexicon) -> str:
    # Every figure starts a word: one cheap test skips the inside of words before the
    # alternatives are tried (the scan is the reader's hottest loop).
    clock = r"(?=[0-9])(?<![\w.,:])(?P<clock>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?![\w:])"
    return (
        rf"(?<!\w)(?:{_date_token(num, lex)}|{clock}|{_digit_token(num, lex)}|{_word_token(lex)})"
    )


def _pre_pattern(lex: _Lexicon) -> str:
    """Range opener, hedge, cue and currency before a figure, read backwards from it."""
    before = lex.cues["before"]
    prefixes = [head for head, _ in lex.range_templates if head]
    cues = [p for p, k in before.items() if k != "money"]
    money = [p for p, k in before.items() if k == "money"]
    return (
        rf"(?:{_HS}*(?P<money>{_phrases(money, reverse=True, open_end=True)}))?"
        rf"(?:{_HS}+(?P<cue>{_phrases(cues, reverse=True)}))?"
        rf"(?:{_HS}*(?P<hedge>{_phrases(lex.qual_before, reverse=True)}))?"
        rf"(?:{_HS}+(?P<rng>{_phrases(prefixes, reverse=True)}))?"
    )


def _post_pattern(lex: _Lexicon) -> str:
    """Cue (age, time, money), unit and after-qualifier words right after a figure."""
    word_units = _phrases([u for u in lex.units if _is_word_char(u[0])])
    mark_units = _phrases([u for u in lex.units if not _is_word_char(u[0])])
    glued = ""  # "sechswöchige": a unit glued to a number word
    if lex.glued:
        glued = rf"|(?P<unitg>{_trie(u for u in lex.units if ' ' not in u)})(?!\w)"
    return (
        rf"(?:(?P<cue>(?:{_HS}*-{_HS}*|{_HS}*)(?P<cuew>{_phrases(lex.cues['after'])}))"
        rf"|(?P<unit>(?:{_HS}+|{_HS}*-{_HS}*)(?P<unitw>{word_units})|{_HS}*(?P<unitm>{mark_units})"
        rf"{glued}))?"
        rf"(?P<qual>(?:{_HS}+|{_HS}*(?=[^\w\s]))(?P<qualw>{_phrases(lex.qual_after)}))?"
    )


def _digit_patterns(num: Mapping[str, Any]) -> tuple[str, str]:
    """Digits in the pack's convention, and with decimal and group marks swapped."""
    decimal = num.get("decimal", ".")
    group = _chars(g for g in num.get("group", []) if g != decimal)
    indian = ""
    if num.get("indian_grouping"):
        indian = rf"|[0-9]{{1,2}}(?P<h>{group})[0-9]{{2}}(?:(?P=h)[0-9]{{2}})*(?P=h)[0-9]{{3}}"
    western = rf"[0-9]{{1,3}}(?P<g>{group})[0-9]{{3}}(?:(?P=g)[0-9]{{3}})*"
    valid = rf"(?:{western}{indian}|[0-9]+)(?:{re.escape(decimal)}[0-9]+)?"
    other = "," if decimal == "." else "."
    foreign = (
        rf"(?:[0-9]{{1,3}}(?:{re.escape(decimal)}[0-9]{{3}})+|[0-9]+)(?:{re.escape(other)}[0-9]+)?"
    )
    return valid, foreign


def _compile(pack: LanguagePack, lex: _Lexicon) -> _Patterns:
    num = pack.section("numbers")
    valid, foreign = _digit_patterns(num)
    sep = rf"(?:{_HS}*[-\u2010]{_HS}*|{_HS}+)(?:(?P<join>{_phrases(lex.joins)}){_HS}+)?"
    combine = _phrases(_norm(c) for c in pack.section("qualifiers").get("combine", []))
    pronoun_after = _phrases(_norm(p) for p in num.get("pronoun_after", []))
    not_after = _phrases(_norm(w) for w in pack.section("qualifiers").get("not_after", []))
    return _Patterns(
        main=re.compile(_main_pattern(num, lex)),
        sep=re.compile(sep, re.I),
        pre=re.compile(_pre_pattern(lex), re.I),
        post=re.compile(_post_pattern(lex), re.I),
        pronoun_before=re.compile(rf"{pronoun_after}{_HS}+\Z", re.I),
        valid=re.compile(valid),
        foreign=re.compile(foreign),
        combine=re.compile(rf"{_HS}*{combine}{_HS}*|{_HS}*,{_HS}*", re.I),
        numeric_dates=tuple(re.compile(_date_regex(t, named=True)) for t in lex.numeric_dates),
        not_after=re.compile(rf"{not_after}{_HS}+\Z", re.I),
        middles=tuple(
            (head, re.compile(_middle(middle), re.I)) for head, middle in lex.range_templates
        ),
    )


def _middle(middle: str) -> str:
    """The words between a range's ends; symbols may be spaced or not ("1000 - 5000")."""
    body = _trie([middle])
    if _is_word_char(middle[0]) or _is_word_char(middle[-1]):
        return rf"{_HS}+{body}{_HS}+"
    return rf"{_HS}*{body}{_HS}*"


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


@dataclass(slots=True)
class _Item:
    """A partial sum while reading a figure word by word ("two hundred" + "and" + "six")."""

    value: float
    first: int  # token index where it starts
    after_and: bool = False
    scale: float = 1.0
    fraction: bool = False
    digits: bool = False  # written in digits: any scale may follow ("322 hundred")


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


class NumberReader:
    """Finds and reads figures for one language pack. Build it with `compile_reader(pack)`."""

    def __init__(self, pack: LanguagePack) -> None:
        num = pack.section("numbers")
        self.code = pack.code
        self._lex = _build_lexicon(pack)
        self._re = _compile(pack, self._lex)
        self._decimal = num.get("decimal", ".")
        self._groups = "".join(g for g in num.get("group", []) if g != self._decimal)
        years = num.get("year_range", [1900, 2100])
        if len(years) != 2 or not all(isinstance(y, int) for y in years):
            raise DataError("[numbers] year_range should be [first, last]", path=pack.path)
        self._years = (int(years[0]), int(years[1]))

    # -- public API ---------------------------------------------------------------------------

    def find(self, text: str) -> list[NumberMention]:
        """Every figure in ``text``, sorted by position, never overlapping."""
        rev = text[::-1]  # words before a figure are matched backwards from it
        figs = [f for f in self._figures(text) if self._attach_after(text, rev, f)]
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
        kept = self._join_pairs(text, kept, self._range)
        kept = self._join_pairs(text, kept, self._combine)
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
                    yield from self._read_groups(group)
                    group = []
                elif sep.group("join"):
                    tok.join = self._lex.joins.get(_norm(sep.group("join")))
                group.append(tok)
        yield from self._read_groups(group)

    def _calendar(self, match: re.Match[str]) -> _Fig:
        surface = match.group()
        if match.lastgroup == "clock":
            hours, minutes = surface.split(":")[:2]
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
        start = match.end("dcur") if match.group("dcur") else match.start()
        tok = _Tok("digit", start, match.end(), value=value)
        tok.integer = raw.isdigit() and not any(
            match.group(g) for g in ("dsign", "dsci", "dslash", "dsuf")
        )
        tok.ndigits = len(raw)
        tok.value = self._exponent(value, match.group("dsci"))
        if match.group("dsign"):
            tok.value = -tok.value
        if match.group("dslash"):
            denominator = float(match.group("dslash")[1:])
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
        if match.group("dsuf"):
            tok.scale = self._lex.suffixes[match.group("dsuf")]
            tok.value *= tok.scale
        tok.ordinal = bool(match.group("dord") or match.group("dpre"))
        tok.decade = bool(match.group("ddec"))
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
        cleaned = "".join(c for c in surface if c not in groups)
        return float(cleaned.replace(decimal, "."))

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
        match = self._re.post.match(text, fig.num_end)
        if match is None:  # pragma: no cover - every part of the pattern is optional
            return True
        if match.group("cue"):
            fig.cue = self._lex.cues["after"].get(_norm(match.group("cuew")))
            fig.uend = match.end("cue")
            fig.unit = "years" if fig.cue == "age" else fig.unit
        elif match.group("unit"):
            unit = match.group("unitw") or match.group("unitm")
            fig.unit = self._lex.units.get(_norm(unit or match["unitg"]))
            fig.uend = match.end("unit")
            if fig.ordinal and match.group("unitw"):  # "a third phase" is no share
                fig.kind, fig.value = "ordinal", float(fig.ordinal)
        fig.end = fig.uend
        if match.group("qual"):
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
        """'one in five', '2 out of 3': a share, when the first figure is the smaller."""
        out: list[_Fig] = []
        for fig in figs:
            prev = out[-1] if out else None
            if (
                fig.ratio_join and prev is not None and prev.kind == fig.kind == "count"
                and 0 < abs(prev.value) < fig.value and prev.unit is None and fig.unit is None
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
        match = self._re.pre.match(rev, size - start, size - max(lower, start - _PRE_WINDOW))
        found: dict[str, tuple[int, int, str]] = {}
        if match and match.end() > match.start():
            for name in ("money", "cue", "hedge", "rng"):
                if match.group(name):
                    begin, end = match.span(name)
                    found[name] = (size - end, size - begin, match.group(name)[::-1])
        return found

    def _attach_before(self, text: str, rev: str, fig: _Fig, lower: int) -> None:
        """Hedge, range opener, currency and cue words right before the figure."""
        found = self._words_before(rev, fig.num_start, lower)
        hedge = found.get("hedge")
        if hedge and self._re.not_after.search(text, max(lower, hedge[0] - _PRE_WINDOW), hedge[0]):
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
            if fig.cue in ("money", "age", "time"):
                fig.kind = fig.cue
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

    @staticmethod
    def _join_pairs(text: str, figs: list[_Fig], join: Any) -> list[_Fig]:
        out: list[_Fig] = []
        i = 0
        while i < len(figs):
            merged = join(text, figs[i], figs[i + 1]) if i + 1 < len(figs) else None
            out.append(merged or figs[i])
            i += 2 if merged else 1
        return out

    def _range(self, text: str, a: _Fig, b: _Fig) -> _Fig | None:
        """'between 20 and 30', '6 to 8 weeks', '5-10 million', '10-20%'."""
        if a.post_q or a.pre_q not in (None, "approx") or not _compatible(a, b):
            return None
        for head, middle in self._re.middles:
            if head and _norm(a.rng) != head:
                continue
            gap = middle.fullmatch(text, a.uend, b.lead)
            if gap and not (not _is_word_char(gap.group().strip()[0]) and _code_like(text, a, b)):
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
        return _new_mention(
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
    line = text.rfind("\n", 0, fig.num_start) + 1
    after = text[fig.num_end : fig.num_end + 2]
    return (
        len(after) == 2
        and after[0] in ".)"
        and after[1].isspace()
        and not text[line : fig.num_start].strip()
    )


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
