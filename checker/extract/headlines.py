"""Headlines: a line without final punctuation ("Hamas frees three hostages as truce holds").

A headline is terse: no day, no "would", no "so far", so a figure in it is read poorly on
its own. When the body repeats the figure (same value, same dimension and unit, counting the
same thing), the headline figure takes the body's reading: a one-day handover stays no
running total, a term of a draft stays proposed. A headline figure the body does not repeat
keeps its own reading, and so does one whose own words name another thing than the body
figure counts ("Korban tewas di Gaza lampaui 1.300 orang" over 1,300 killed in Israel).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from checker.extract.assign import Choice
from checker.extract.cues import Evidence


def defer_headlines(
    evidences: Sequence[Evidence], mentions: Sequence[Any], choices: Sequence[Choice]
) -> list[Choice]:
    """The choices with each headline figure the body repeats read as the body reads it."""
    body: dict[tuple[str, str, float], list[int]] = {}
    for index, (evidence, mention) in enumerate(zip(evidences, mentions, strict=True)):
        if not evidence.headline and not evidence.stop:
            body.setdefault(_key(evidence, mention), []).append(index)
    out = list(choices)
    for index, (evidence, mention) in enumerate(zip(evidences, mentions, strict=True)):
        if not evidence.headline or evidence.stop:
            continue
        same = [
            j
            for j in body.get(_key(evidence, mention), ())
            if _same_thing(evidence, j, evidences, choices)
        ]
        if not same and choices[index].metric is None:
            same = _rounded(index, evidences, mentions, choices)
        if not same:
            continue
        claimed = [j for j in same if choices[j].metric is not None]
        body_index = claimed[0] if claimed else same[0]
        reading = choices[body_index]
        if _names_another(evidence, evidences[body_index], choices[index].metric, reading.metric):
            continue  # "Korban tewas di Gaza lampaui 1.300" over 1,300 killed in Israel
        if reading.metric is None:
            reason = f"headline repeats a figure the body does not claim ({reading.reason})"
            out[index] = Choice(None, reading.modality, reason)
        else:
            out[index] = Choice(reading.metric, reading.modality)
    return out


#: which side of a rounded headline figure the body's figure lies on, by its qualifier
_SIDE = {"more_than": 1, "at_least": 1, "nearly": -1, "less_than": -1, "at_most": -1, "approx": 0}


def _rounded(
    index: int, evidences: Sequence[Evidence], mentions: Sequence[Any], choices: Sequence[Choice]
) -> list[int]:
    """The body figure a headline figure with no reading of its own rounds, the nearest
    claimed one within its metric's tolerance on the side the headline's qualifier says
    ("Nearly 35,000 killed" over 34,654 deaths, "Toll passes 49,500" over 49,547)."""
    mention = mentions[index]
    side = _SIDE.get(mention.qualifier)
    value = float(mention.value)
    if side is None or value <= 0:
        return []
    key = _key(evidences[index], mention)[:2]
    near: list[tuple[float, int]] = []
    for j, (evidence, other) in enumerate(zip(evidences, mentions, strict=True)):
        metric = choices[j].metric
        if metric is None or evidence.headline or evidence.stop or _key(evidence, other)[:2] != key:
            continue
        gap = float(other.value) - value
        if gap * side >= 0 and abs(gap) <= metric.tolerance * value:
            if _same_thing(evidences[index], j, evidences, choices):
                near.append((abs(gap), j))
    return [min(near)[1]] if near else []


def _key(evidence: Evidence, mention: Any) -> tuple[str, str, float]:
    value = float(mention.value)
    # a whole number rounds to itself: most figures skip the call to round()
    return evidence.dimension, mention.unit or "", value if value.is_integer() else round(value, 6)


def _same_thing(
    headline: Evidence, index: int, evidences: Sequence[Evidence], choices: Sequence[Choice]
) -> bool:
    """The body figure at ``index`` counts what the headline figure's own phrase names (any
    thing when that names nothing)."""
    heads = headline.own_heads
    if not heads:
        return True
    metric = choices[index].metric
    return bool(evidences[index].own_heads & heads) or (
        metric is not None and bool(metric.concepts) and metric.concepts[0] in heads
    )


def _names_another(headline: Evidence, figure: Evidence, own: Any, body: Any) -> bool:
    """The headline cues all that sets its own metric apart from the body figure's, and
    nothing that sets the body's apart, and the body figure cues none of the headline's: the
    same value counts another thing ("deaths in Gaza" in the headline, 1,300 killed in
    Israel in the body)."""
    if own is None or body is None:
        return False
    mine = set(own.concepts) - set(body.concepts)
    theirs = set(body.concepts) - set(own.concepts)
    cued = headline.concepts.keys()
    return bool(mine) and mine <= cued and not theirs & cued and not mine & figure.concepts.keys()
