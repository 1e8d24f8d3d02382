"""The number reader's vocabulary: a language pack's [numbers], [qualifiers] and [units]
sections, checked key by key and indexed into a `_Lexicon` (number words with every role they
can play, qualifier, unit and cue phrases, range and numeric date templates).

Errors name the pack file and the key. Used by checker.extract.numpatterns (the regexes built
from the lexicon) and checker.extract.numbers (the reader).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from checker.errors import DataError
from checker.lang import LanguagePack

#: How words bound a figure ("nearly": below it, but close; the caller decides how close).
QUALIFIERS = ("exact", "approx", "nearly", "more_than", "less_than", "at_least", "at_most", "range")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


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
    ratio_max_whole: float = float("inf")  # the largest whole of a ratio read as a share
    half_after_unit: tuple[str, ...] = ()  # after a unit word, half more: "a year and a half"


_NUMBER_KEYS = {
    "decimal": str, "group": list, "indian_grouping": bool, "minus": list, "minus_words": list,
    "decimal_words": list, "joiners": list, "articles": list, "ratio": list,
    "ordinal_suffixes": list, "ordinal_prefixes": list, "plural_suffixes": list,
    "decade_suffixes": list, "year_range": list, "pronoun": list, "pronoun_after": list,
    "unit_prefixes": list, "article_units": list, "clitics": list, "glued_words": bool,
    "ordinal_marks": list, "ratio_max_whole": int, "half_after_unit": list,
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
    "particles": list,
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


def _ratio_max_whole(num: Mapping[str, Any], path: str) -> float:
    """[numbers] ratio_max_whole: a whole number of at least 2 (no limit when absent)."""
    value = num.get("ratio_max_whole")
    if value is None:
        return float("inf")
    if isinstance(value, bool) or not isinstance(value, int) or value < 2:
        raise DataError(
            f"[numbers].ratio_max_whole = {value!r} should be a whole number of at least 2",
            path=path,
            hint="the largest whole of a share such as 'one in five' (5), or leave it out",
        )
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
        ratio_max_whole=_ratio_max_whole(num, path),
        half_after_unit=tuple(
            _norm(w) for w in _strings(num, "half_after_unit", "[numbers]", path)
        ),
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
