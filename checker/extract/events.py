"""Whether a figure counts one event rather than a running total.

Running-total metrics (``non_decreasing``: releases so far, the death toll) take figures
such as "18 so far" or "the toll since October 7", not one day's handover ("on Saturday"),
one night's strikes ("overnight"), one more exchange ("three more hostages", "another 200",
Indonesian "kembali", "lagi"), one numbered exchange ("in the sixth exchange", "pertukaran
keenam": an ordinal next to what a running total counts besides its head) or a past period
("in November 2023", "in 2014").

In the figure's clause the nearest marker decides: an event marker ([stop] event, a month or
a year) against a running-total marker ([stop] cumulative); a tie goes to the total. A
clause with neither takes its sentence's ("On Thursday, Hamas freed three hostages, and
Israel released 110 prisoners"), unless the sentence is a headline (a list of phrases); a
marker past a semicolon or a dash after the figure dates the statement there, not the figure.

A day right after or before a verb of saying ([stop] reporting: "the ministry said on
Saturday that 7,703 people had been killed", "pada Minggu (15/10) mencatat"), or before a
verb of saying that comes before the figure ("On Monday, the ministry said 45,000 ..."),
dates the report, not the count: it is no event marker. A month or year right after a
running-total marker ("since January 2025") or a [stop] period_openers word ("the war that
began in October 2023") is where the total starts, not an event.

An increment word at the figure ([stop] increment_before in the words right before it;
increment_after in its own phrase when that names what it counts: "three more hostages",
not "the remains of eight more") always marks an event, and so does a next clause that
opens with a [stop] new_total word and gives a figure of the same kind ("Israel freed 110
prisoners, bringing the total to 400": 110 is what was added). A headline that reports an
exact number of people freed, with no running-total marker and no "already" ("Three
hostages freed in Khan Younis"), is the day's news: one event.
"""

from __future__ import annotations

from collections.abc import Sequence

from checker.extract.lexicon import Match
from checker.extract.sentence import BEFORE, CLAUSE, OWN, Place, Sentence, distance

#: Dimensions a single-day event marker acts on: "50 killed overnight" is one night's count,
#: while "five months of war, the UN said this week" is still the war's length.
EVENT_DIMENSIONS = ("count", "share")

_NO_TAGS: frozenset[str] = frozenset()

#: A date with a day marks one event only where it opens its clause, after at most this many
#: words ("On Feb. 1, ...", "Pada 1 Februari, ..."); later in a clause it is as often the
#: date of something else ("the first phase, which expired on 1 March, saw 25 ...").
DAY_OPENING = 1

#: Tags of markers that make a figure one event, for ``event_cue``.
_EVENT_TAGS = frozenset({"s:event", "s:increment_before", "s:increment_after"})

#: Tags of the markers read here (a sentence with none of them holds no event).
_MARKERS = frozenset(
    {"s:event", "s:cumulative", "s:increment_before", "s:increment_after", "s:new_total"}
)

#: Fewer words than this stand between a verb of saying and the day it dates ("said on
#: Saturday", "mengatakan pada Sabtu"; the words of a date do not count).
REPORT_GAP = 3

#: How many words a running-total marker may stand before a month or year it opens
#: ("since January 2025", "sejak Oktober 2023", "since the start of 2024").
PERIOD_OPENER_GAP = 3

#: How many words an as_of word may stand before the day it opens ("hasta el sábado").
AS_OF_GAP = 2

#: How many words before a figure's own window a running-total noun may stand and still be
#: its subject ("the death toll in Gaza has climbed to 45,200").
SUBJECT_GAP = 2


def single_event(
    sentence: Sentence,
    place: Place,
    named: bool,
    nouns: frozenset[str] = frozenset(),
    kinds: Sequence[str] = (),
    reported: bool = True,
) -> bool:
    """Whether the figure at ``place`` counts one event, not a running total (``named``: its
    own phrase names what it counts; ``nouns``: concepts an ordinal next to makes one event;
    ``kinds``: the dimension of each figure of the sentence, by index; ``reported``: no plan
    speaks of it, so "by Saturday" is the day a total stands at, not a deadline)."""
    if not (sentence.periods or sentence.ordinals or sentence.days or sentence.tags & _MARKERS):
        return _entry_day(sentence, place)  # "Feb. 27, 2025 — ... Israel frees 600 prisoners."
    clause = place.clause
    if kinds and _topped_up(sentence, place, kinds):
        return True
    matches = sentence.marks(clause, "s:")
    for match in matches:
        if "s:increment_before" in match.tags and _before(match, place):
            if named or not _rest_of_split(sentence, place, kinds):
                return True
        if (
            named
            and "s:increment_after" in match.tags
            and place.last <= match.start < place.after_end
        ):
            return True
    found = _markers(sentence, place, matches, nouns, clause, clause, reported)
    if found is None and not sentence.headline:  # the sentence's ("On Thursday, ..., and")
        joined = _joined_clauses(sentence, clause)
        found = _markers(
            sentence,
            place,
            [m for m in sentence.marks(None, "s:") if sentence.clause_of[m.start] <= joined],
            nouns,
            0,
            joined,
            reported,
        )
    if found is None:
        return _entry_day(sentence, place)
    return found


def news_line(sentence: Sentence, place: Place) -> bool:
    """A headline that reports something done, in the present or as a bare participle, to an
    exact number of people it names, with no running-total marker and no cue of a count done
    so far ("Three hostages freed in Khan Younis", "Hamás libera a tres rehenes"): the day's
    news, one event (the caller asks only for such a figure). "More than a dozen hostages
    already free" stays a total."""
    if not sentence.headline:
        return False
    return not any(
        "s:cumulative" in m.tags or "s:so_far" in m.tags for m in sentence.marks(place.clause, "s:")
    ) and not any("m:reported" in m.tags for m in sentence.marks(place.clause, "m:"))


#: Marks that join two statements of their own in one sentence: a marker after one tells of
#: the statement after it.
_STATEMENT_BREAKS = (";", "\u2013", "\u2014")


def _joined_clauses(sentence: Sentence, clause: int) -> int:
    """The last of the clauses of the sentence up to clause ``clause`` and those after it up
    to the next semicolon or dash (they are clauses 0 to it): what follows one is a statement
    of its own, whose day is not the figure's ("cifra en 46.913 los muertos; el miércoles, el
    balance era de 46.707"), while what comes before may set the scene ("Of today's 369, 36
    were ...; 333 had been ...")."""
    spans = sentence.clauses
    high = clause
    while high + 1 < len(spans) and not any(
        mark in sentence.text[spans[high][1] : spans[high + 1][0]] for mark in _STATEMENT_BREAKS
    ):
        high += 1
    return high


def _entry_day(sentence: Sentence, place: Place) -> bool:
    """A timeline entry's sentence with no marker of its own tells of the entry's day, unless
    a verb of saying in the figure's clause makes that day the report's ("7 octobre 2024 - Le
    ministère fait état d'au moins 41 800 morts")."""
    return sentence.entry and not any(
        "s:reporting" in m.tags for m in sentence.marks(place.clause, "s:")
    )


def _markers(
    sentence: Sentence,
    place: Place,
    matches: Sequence[Match],
    nouns: frozenset[str],
    low: int,
    high: int,
    reported: bool = True,
) -> bool | None:
    """Among ``matches`` (and the periods and ordinals at tokens in clauses ``low`` to
    ``high``; two ints, where a predicate would be a generic Python call under mypyc): True
    when an event marker is nearer the figure than any running-total marker, False when a
    running-total marker is, None when there is neither."""
    totals: list[Match] = []
    as_of: list[Match] = []
    openers: list[Match] = []
    reports: list[Match] = []
    for m in matches:  # one pass that sorts them, not four comprehensions
        tags = m.tags
        cumulative, stands = "s:cumulative" in tags, "s:as_of" in tags
        if cumulative:
            totals.append(m)
        if stands and reported:
            as_of.append(m)
        if cumulative or stands or "s:period_openers" in tags:
            openers.append(m)
        if "s:reporting" in tags:
            reports.append(m)
    total_nouns = _total_nouns(sentence, place, totals)
    earlier = _earlier_value(sentence, place)
    events = [
        distance(place, m.start, m.end)
        for m in matches
        if "s:event" in m.tags
        and not any(_dates(sentence, m, v, place) for v in reports)
        and not _stands_at(sentence, m, as_of)
        and not (earlier is not None and m.start >= earlier)
        and not _apposed(sentence, m)
        and not _added_day(sentence, m, place)
        and not (m.end - m.start == 1 and _total_day(m, total_nouns, place))
    ]
    for first in sentence.periods:
        if low <= sentence.clause_of[first] <= high and not _opened(first, openers):
            events.append(distance(place, first, first + 1))
    for first, last in sentence.days:  # "On Feb. 1, Hamas freed three hostages"
        day = Match(first, last, _NO_TAGS)
        if (
            low <= sentence.clause_of[first] <= high
            and first - sentence.clause_start(sentence.clause_of[first]) <= DAY_OPENING
            and not _opened(first, openers)
            and not _stands_at(sentence, day, as_of)
            and not any(_dates(sentence, day, v, place) for v in reports)
            and not _total_day(day, total_nouns, place)
        ):
            events.append(distance(place, first, last))
    for first, last in sentence.ordinals:
        if low <= sentence.clause_of[first] <= high and _numbered(sentence, first, last, nouns):
            events.append(distance(place, first, last))
    # the nearest total and event in loops: min() of a generator, with default=, is a
    # generic call (mypyc)
    nearest_total: int | None = None
    for m in totals:
        far = distance(place, m.start, m.end)
        if nearest_total is None or far < nearest_total:
            nearest_total = far
    if not events:
        return None if nearest_total is None else False
    if _subject_total(place, total_nouns) and not _event_before(sentence, place, matches):
        return False  # "the toll rose to 45,200 on Friday": the total as of that day
    if nearest_total is None:
        return True
    nearest = events[0]
    for far in events:
        if far < nearest:
            nearest = far
    return nearest < nearest_total


def _earlier_value(sentence: Sentence, place: Place) -> int | None:
    """Where the first [text] previous_value phrase of the figure's clause ends ("up from
    22,400 when the year began on Monday", "naik dari 229 pekan lalu"): a day after it dates
    the earlier value, a running total as it then stood, not one day's event."""
    if "t:previous_value" not in sentence.tags:
        return None
    ends = [m.end for m in sentence.clause_matches(place.clause) if "t:previous_value" in m.tags]
    return min(ends, default=None)


def _stands_at(sentence: Sentence, day: Match, as_of: Sequence[Match]) -> bool:
    """A [stop] as_of word opens the day ("by Saturday", "as of Monday", "hasta el sábado",
    "bis Samstag"): the day a total stands at, not one day's event; not a day's own thing
    ("by Saturday's strikes")."""
    if day.end < len(sentence.words) and sentence.words[day.end] == "s":
        return False
    return any(0 <= day.start - m.end < AS_OF_GAP for m in as_of)


def _total_day(day: Match, totals: Sequence[tuple[int, int]], place: Place) -> bool:
    """A day right after a running-total noun (a [stop] cumulative marker that is one of
    [text] anaphoric_nouns), both before the figure, is the day the total is given for ("gab
    die Zahl der Toten am Dienstag mit 34.700 an", "put the death toll on Tuesday at 34,700",
    "a fixé le bilan mardi à 34 700"), not one day's event; not after "since" ("desde el
    domingo"). Single-day markers are taken only when one word long (a weekday, not "the
    toll from the strikes")."""
    return day.end <= place.first and any(0 <= day.start - end < AS_OF_GAP for _, end in totals)


def _total_nouns(
    sentence: Sentence, place: Place, totals: Sequence[Match]
) -> list[tuple[int, int]]:
    """The running-total nouns of the figure's clause: a [stop] cumulative marker overlapping
    one of [text] anaphoric_nouns ("die Zahl der Toten", "le bilan", "the toll"), as where
    the noun starts and where the marker ends, one pair for each overlap."""
    if not totals:
        return []
    nouns = [m for m in sentence.clause_matches(place.clause) if "t:anaphoric_nouns" in m.tags]
    return [(n.start, t.end) for n in nouns for t in totals if t.start < n.end and n.start < t.end]


def _subject_total(place: Place, total_nouns: Sequence[tuple[int, int]]) -> bool:
    """A running-total noun (see ``_total_nouns``: "the toll", "the tally") starts among the
    words right before the figure: the figure is what the total stands at."""
    low = place.before_start - SUBJECT_GAP
    return any(low <= start < place.first for start, _ in total_nouns)


def _event_before(sentence: Sentence, place: Place, matches: Sequence[Match]) -> bool:
    """A single-day marker stands before the figure in its clause ("On Friday, the toll
    ...")."""
    return any("s:event" in m.tags and m.end <= place.first for m in matches) or any(
        first < place.first and sentence.clause_of[first] == place.clause
        for first in sentence.periods
    )


def _dates(sentence: Sentence, day: Match, verb: Match, place: Place) -> bool:
    """The day marker dates the verb of saying: it stands right after or right before it
    ("said on Saturday", "said, on Saturday,", "pada Minggu (15/10) mencatat": words of a
    date between do not count, and no punctuation but a comma right after the verb stands
    between), or the verb stands between it and the
    figure ("On Monday, the ministry said 45,000 people had been killed"). A [stop] own_day
    marker ("Today alone, officials reported 62 deaths") is the count's day, never the
    report's."""
    if "s:own_day" in day.tags:
        return False
    if day.end <= verb.start and verb.end <= place.first:
        return True
    if day.start >= verb.end:
        a, b = verb.end, day.start
    elif verb.start >= day.end:
        a, b = day.end, verb.start
    else:
        return False
    words = sum(1 for t in range(a, b) if not sentence.blocked[t])
    if words >= REPORT_GAP:
        return False
    # "said, on Thursday": the verb's comma; "katanya kepada Tempo, Senin": the comma of the
    # day after a verb and its addressee
    comma_ok: tuple[int, ...] = ()
    if day.start >= verb.end:
        comma_ok = (a,) if _day_between(sentence, a, b) else (a, b)
    return not any(
        sentence.gap[t]
        and not (t in comma_ok and t not in sentence.gap.hard)
        and not (sentence.blocked[t] or sentence.blocked[t - 1])
        for t in range(a, b + 1)
    )


def _day_between(sentence: Sentence, a: int, b: int) -> bool:
    """A single-day marker stands among tokens [a, b) ("said on Thursday, on a day when"): the
    verb's day is that one."""
    return any("s:event" in m.tags and a <= m.start < b for m in sentence.matches)


def _numbered(sentence: Sentence, first: int, last: int, nouns: frozenset[str]) -> bool:
    """An ordinal at tokens [first, last) stands right next to a cue of ``nouns`` ("the sixth
    exchange", "pertukaran keenam"): it numbers one event among several."""
    for start, end, concepts in sentence.concept_matches:
        if (end == first or start == last) and not nouns.isdisjoint(concepts):
            return True
    return False


def _topped_up(sentence: Sentence, place: Place, kinds: Sequence[str]) -> bool:
    """The next clause opens with a [stop] new_total word and holds a figure of the same
    kind: "Israel freed 110 prisoners, bringing the total to 400" (110 is what was added)."""
    nxt = place.clause + 1
    if "s:new_total" not in sentence.tags or nxt >= len(sentence.clauses):
        return False
    if place.first >= len(sentence.figure):
        return False
    start = sentence.clause_start(nxt)
    if start >= len(sentence.words) or "s:new_total" not in sentence.tags_at.get(start, ()):
        return False
    own = kinds[sentence.figure[place.first]]
    return any(
        f >= 0 and sentence.clause_of[t] == nxt and kinds[f] == own
        for t, f in enumerate(sentence.figure)
    )


def _rest_of_split(sentence: Sentence, place: Place, kinds: Sequence[str]) -> bool:
    """An increment word before a figure with no noun of its own, after a figure of the same
    kind earlier in the sentence ("25 came back alive and the bodies of another eight", "25
    volvieron con vida y los cuerpos de otros ocho"): the rest of a total split in two, not
    one more event."""
    if not kinds or place.first >= len(sentence.figure):
        return False
    here = sentence.figure[place.first]
    own = kinds[here]
    return any(f >= 0 and f != here and kinds[f] == own for f in sentence.figure[: place.first])


def _before(match: Match, place: Place) -> bool:
    return match.end <= place.first and match.end > place.before_start


def _apposed(sentence: Sentence, marker: Match) -> bool:
    """The event marker stands in apposition right after a day that a running-total marker
    opens ("since January 19, the first day of the truce", "sejak 19 Januari, hari pertama
    gencatan senjata"): it names the day the period starts, not one day's event."""
    days = [first for first, last in sentence.days if 0 <= marker.start - last <= 1]
    if not days:
        return False
    openers = _period_openers(sentence.marks(None, "s:"))
    return any(_opened(first, openers) for first in days)


def _added_day(sentence: Sentence, marker: Match, place: Place) -> bool:
    """The event marker closes a phrase set off by a comma before the figure that opens with
    a [stop] added_with word and counts another figure ("With the three freed today, 21
    hostages have come home", "Dengan tiga orang yang dibebaskan hari ini, sudah 18 sandera
    ..."): the day of what was added, not of the figure, a total."""
    if "s:added_with" not in sentence.tags or marker.end > place.first:
        return False
    if not any(sentence.gap[t] for t in range(marker.end, place.first + 1)):
        return False
    start = marker.start
    while start > 0 and not sentence.gap[start]:
        start -= 1
    own = sentence.figure[place.first]
    if not any(sentence.figure[t] not in (-1, own) for t in range(start, marker.start)):
        return False
    marks = sentence.marks(None, "s:")
    if _opened(marker.start, _period_openers(marks)):
        return False  # "since Sunday, when ...": a period, whose day the next clause names
    return any("s:added_with" in m.tags and start <= m.start <= start + 1 for m in marks)


def _period_openers(marks: Sequence[Match]) -> list[Match]:
    """The running-total markers and [stop] period_openers words among ``marks``."""
    return [m for m in marks if "s:cumulative" in m.tags or "s:period_openers" in m.tags]


def _opened(first: int, openers: list[Match]) -> bool:
    """A running-total marker or a [stop] period_openers word opens the period starting at
    token ``first`` ("since January 2025", "the war that began in October 2023")."""
    return any(0 <= first - m.end < PERIOD_OPENER_GAP for m in openers)


def event_cue(sentence: Sentence, place: Place) -> tuple[int, int] | None:
    """(tier, distance) of the nearest single-day marker or increment in the figure's clause
    (a day that dates a report aside), for the pseudo-concept ``event``; None without one."""
    reports = [m for m in sentence.marks(place.clause, "s:") if "s:reporting" in m.tags]
    best: tuple[int, int] | None = None
    for m in sentence.marks(place.clause, "s:"):
        if not _EVENT_TAGS.intersection(m.tags):
            continue
        if "s:event" in m.tags and any(_dates(sentence, m, v, place) for v in reports):
            continue
        if place.first <= m.start < place.after_end:
            tier = OWN
        elif m.start < place.first and m.end > place.before_start:
            tier = BEFORE
        else:
            tier = CLAUSE
        cue = (tier, distance(place, m.start, m.end))
        best = cue if best is None or cue < best else best
    return best


def so_far(sentence: Sentence, place: Place, low: int, high: int) -> bool:
    """A [stop] so_far marker ("so far", "since", "sejauh ini") in the figure's clause between
    the figures of its kind before and after it (tokens [low, high)): a count so far. Not one
    before a plan's cue that stands before the figure: "Under the deal in force since last
    month, Hamas must hand over 33 hostages" (the marker dates the deal)."""
    found = [
        m
        for m in sentence.marks(place.clause, "s:")
        if "s:so_far" in m.tags and low <= m.start < high
    ]
    if not found:
        return False
    last = found[-1].end
    if last > place.first:
        return True  # the marker is not before the figure: no plan's cue can stand between
    return not any(
        last <= m.start
        and m.end <= place.first
        and ("m:proposed" in m.tags or "m:scheduled" in m.tags)
        for m in sentence.marks(place.clause, "m:")
    )


def past_period(
    sentence: Sentence, place: Place, before: int, low: int = 0, high: int | None = None
) -> bool:
    """A month or a year before the year ``before``, in the figure's clause, that no
    running-total marker or [stop] period_openers word opens or stands between ("the 11-day
    conflict in May 2021", "In 2014, after a 51-day war"): a time span there is the length of
    something then, not of the war or truce now. Only periods among tokens [low, high),
    nearer this figure than its neighbours of its kind, count."""
    if not sentence.periods:
        return False
    return any(
        sentence.period_years.get(first, before) < before
        for first in periods_of(sentence, place, sentence.periods, low, high)
    )


def periods_of(
    sentence: Sentence, place: Place, firsts: Sequence[int], low: int = 0, high: int | None = None
) -> list[int]:
    """Those of the time references starting at tokens ``firsts`` that date the figure: in its
    clause, among tokens [low, high) (nearer it than its neighbours of its kind), and neither
    opened by a running-total marker or a [stop] period_openers word nor with one between
    ("since January 2025", "the war that began in October 2023": where a total starts)."""
    openers = _period_openers(sentence.marks(place.clause, "s:"))
    end = len(sentence.words) if high is None else high
    return [
        first
        for first in firsts
        if sentence.clause_of[first] == place.clause
        and low <= first < end
        and not _opened(first, openers)
        and not any(_between(m, place, first) for m in openers)
    ]


def _between(marker: Match, place: Place, first: int) -> bool:
    """A marker stands between the figure and the period at token ``first`` ("the 15-month
    war ... since a brief truce in November 2023": the period belongs to "since")."""
    if first >= place.last:
        return place.last <= marker.start < first
    return first < marker.start < place.first
