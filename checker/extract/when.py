"""The latest day a figure can describe, for metrics that only exist from a date on.

Some metrics count something that began on a known day: the taxonomy's ``since`` (the
releases "under the ceasefire deal so far" begin when the deal took effect). A figure can
only count it when what it describes reaches that day. What it describes ends, at the
latest, on the article's date, or earlier at the end of a month or a year that dates it in
its clause: "In November, Hamas freed 105 hostages" in an article of February 2025 is about
November 2024; "during the truce in November 2023" about that month. A month named without a
year is the latest such month up to the article's date; without an article date it dates
nothing. A month or a year that opens a running total ("since January 2025") or sits behind
a [stop] period_openers word dates where a count starts, not the count (extract/events.py).

A timeline entry (a line that opens with a date and a mark: "Feb. 27, 2025 — ...", "Sábado 25
de enero. ...", "24 novembre 2023 : ...") is dated by that date: every sentence of the line
describes that day at the latest (``entry_days``).

Months are the language pack's [numbers.dates] months, matched as written ("May", not
"may"). Days are compared as ISO text (YYYY-MM-DD); a month ends on its day 31, which sorts
after every real day of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from checker.extract.events import periods_of
from checker.extract.sentence import Place, Sentence

#: A year as a date or a period writes it.
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_WORD = re.compile(r"\w+")
#: The mark after a timeline entry's date.
_ENTRY_MARK = re.compile(r"[ \t]*(?:[.:|]|[-\u2013\u2014]\s)")
#: Characters from a line's start a timeline entry's date may begin at (a weekday before it).
ENTRY_REACH = 16


def time_refs(
    sentence: Sentence, mentions: Sequence[Any], months: Mapping[str, int]
) -> list[tuple[int, int, int]]:
    """The months and years of a sentence, as (first token, year or 0, month or 0): those of
    its dates and years, and month names standing alone ("In November, ...")."""
    refs: list[tuple[int, int, int]] = []
    inside: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.kind not in ("year", "date"):
            continue
        first, last = sentence.tokens[index]
        inside.update(range(first, last))
        year, month = _year_month(mention.text, months)
        if year or month:
            refs.append((first, year, month))
    names = _lowered_names(months) if months else None
    # most sentences name no month: one C set test over their words skips the loop
    if months and (names is None or not names.isdisjoint(sentence.words)):
        text, starts = sentence.text, sentence.starts
        for token, word in enumerate(sentence.words):
            if token not in inside and (names is None or word in names):
                month = months.get(text[starts[token] : starts[token] + len(word)], 0)
                if month:
                    refs.append((token, 0, month))
    return refs


#: per months table (by identity, the table kept to check it), its names lowered
_LOWERED: dict[int, tuple[Mapping[str, int], frozenset[str] | None]] = {}


def _lowered_names(months: Mapping[str, int]) -> frozenset[str] | None:
    """The names of ``months`` lowered, or None when one is no single word that lowers letter
    for letter. A sentence's words are lowered, so a word written as a month name is one of
    these: the others skip the slice of the text and the lookup (most words of a sentence)."""
    found = _LOWERED.get(id(months))
    if found is None or found[0] is not months:
        plain = all(_WORD.fullmatch(k) and len(k.lower()) == len(k) for k in months)
        found = (months, frozenset(k.lower() for k in months) if plain else None)
        _LOWERED[id(months)] = found
    return found[1]


def _year_month(text: str, months: Mapping[str, int]) -> tuple[int, int]:
    """The year and the month a date's words name (0 for either it does not name)."""
    year = _YEAR.search(text)
    month = next((months[w] for w in _WORD.findall(text) if w in months), 0)
    return (int(year.group()) if year else 0), month


def latest_day(
    sentence: Sentence,
    place: Place,
    refs: Sequence[tuple[int, int, int]],
    published: str,
    low: int = 0,
    high: int | None = None,
) -> str:
    """The latest day (YYYY-MM-DD) the figure at ``place`` can describe: the article's date
    ``published`` or the end of a month or a year dating it in its clause among tokens
    [low, high), whichever is earlier; "" when neither is known."""
    latest = published
    by_first = {first: (year, month) for first, year, month in refs}
    for first in periods_of(sentence, place, list(by_first), low, high):
        end = _end(*by_first[first], published)
        if end and (not latest or end < latest):
            latest = end
    return latest


def _end(year: int, month: int, published: str) -> str:
    """The last day of a month or a year, as ISO text; a month without a year is the latest
    one up to ``published``."""
    if not year:
        if not month or not published[:4].isdigit():
            return ""
        year = int(published[:4])
        if month > int(published[5:7] or 12):
            year -= 1
    return f"{year:04d}-{month or 12:02d}-31"


def entry_days(
    text: str, mentions: Sequence[Any], months: Mapping[str, int], published: str
) -> dict[int, str]:
    """Timeline entries: the start offset of each line that opens with a date and a mark,
    and that date's day (YYYY-MM-DD, or its month's end when it has no day; "" when neither
    it nor the article names the year)."""
    found: dict[int, str] = {}
    for mention in mentions:
        if mention.kind != "date":
            continue
        line = text.rfind("\n", 0, mention.start) + 1
        head = text[line : mention.start]
        if (
            line in found
            or mention.start - line > ENTRY_REACH
            or any(c.isdigit() for c in head)
            or len(head.split()) > 1
            or not _ENTRY_MARK.match(text, mention.end)
        ):
            continue
        found[line] = _day(mention, months, published)
    return found


def _day(mention: Any, months: Mapping[str, int], published: str) -> str:
    """A date mention's day as ISO text (its month's end without a day); "" when its month,
    or its year and the article's, are unknown."""
    year, month = _year_month(mention.text, months)
    if not month:
        return ""
    end = _end(year, month, published)
    if not end:
        return ""
    day = int(mention.value) if mention.value <= 31 else 0
    return f"{end[:8]}{day:02d}" if day else end
