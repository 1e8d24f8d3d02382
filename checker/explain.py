"""One-line, neutral explanations of findings, with absolute and relative differences."""

from __future__ import annotations

from checker.model import Claim, Verdict
from checker.taxonomy import Taxonomy

QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "at_most": "at most ",
    "range": "",
}


def format_number(x: float) -> str:
    """1900 -> "1,900"; 0.25 -> "0.25"; 42.0 -> "42"."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def normalised(claim: Claim, taxonomy: Taxonomy) -> float:
    """The claim's value in its metric's unit (shares stay shares)."""
    metric = taxonomy.metrics[claim.metric]
    unit = taxonomy.unit_for(claim.unit or metric.unit)
    own = taxonomy.units[metric.unit]
    if unit is None or unit.dimension != own.dimension:
        return claim.value * (unit.factor if unit else 1.0)
    return claim.value * unit.factor / own.factor


def describe(claim: Claim, taxonomy: Taxonomy) -> str:
    """How a claim reads: "more than 120", "about 6 weeks (42 days)", "30-40"."""
    metric = taxonomy.metrics[claim.metric]
    unit = claim.unit or metric.unit
    if claim.qualifier == "range" and claim.low is not None and claim.high is not None:
        figure = f"{format_number(claim.low)}-{format_number(claim.high)}"
    else:
        figure = f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{format_number(claim.value)}"
    if unit in ("people", "person"):
        return figure
    text = f"{figure} {unit[:-1] if claim.value == 1 and unit.endswith('s') else unit}"
    own = taxonomy.unit_for(unit)
    if own and own.key != metric.unit and own.dimension == taxonomy.units[metric.unit].dimension:
        text += f" (= {format_number(round(normalised(claim, taxonomy), 2))} {metric.unit})"
    return text


def _difference(a: float, b: float) -> str:
    diff = b - a
    base = max(abs(a), abs(b))
    rel = f", {abs(diff) / base:.0%}" if base else ""
    return f"{format_number(round(abs(diff), 4))}{rel}"


def _who(claim: Claim) -> str:
    when = claim.as_of or "undated"
    return f"{claim.source}, {when}"


def explain(verdict: Verdict, scope: str, claims: tuple[Claim, ...], taxonomy: Taxonomy) -> str:
    """A sentence a reviewer reads first: which figures, how far apart, and why this verdict."""
    ordered = sorted(claims, key=lambda c: normalised(c, taxonomy))
    low, high = ordered[0], ordered[-1]
    a = f"{describe(low, taxonomy)} ({_who(low)})"
    b = f"{describe(high, taxonomy)} ({_who(high)})"
    gap = _difference(normalised(low, taxonomy), normalised(high, taxonomy))
    metric = taxonomy.metrics[low.metric]
    if verdict is Verdict.AGREE:
        shown = sorted({describe(c, taxonomy) for c in claims})
        return f"the same figure after normalisation: {' = '.join(shown)}"
    if verdict is Verdict.COMPATIBLE:
        return f"{a} vs {b}: differ by {gap}, but both can be true (their bounds overlap)"
    modalities = {c.modality for c in claims}
    if verdict is Verdict.CHANGED and scope == "moment" and len(modalities) > 1:
        return f"{a} vs {b}: differ by {gap}; a proposed figure may differ from the reported one"
    if verdict is Verdict.CHANGED:
        first, last = sorted((low, high), key=lambda c: c.as_of)
        way = "rose" if normalised(last, taxonomy) > normalised(first, taxonomy) else "fell"
        return (
            f"{way} from {describe(first, taxonomy)} ({_who(first)}) to "
            f"{describe(last, taxonomy)} ({_who(last)}): {gap}; {metric.key} may move this way"
        )
    if scope == "timeline" and all(c.as_of for c in claims):
        first, last = sorted((low, high), key=lambda c: c.as_of)
        way = "rose" if normalised(last, taxonomy) > normalised(first, taxonomy) else "fell"
        return (
            f"{way} from {describe(first, taxonomy)} ({_who(first)}) to "
            f"{describe(last, taxonomy)} ({_who(last)}): {gap}; "
            f"but {metric.key} is {metric.direction.replace('_', '-')}"
        )
    why = "the bounds do not overlap"
    if any(not c.as_of for c in claims):
        why += " and a date is unknown, so it cannot be a change over time"
    else:
        why += " within the same time window"
    if len({c.source for c in claims}) == 1:
        why += "; one source gives both"
    return f"{a} vs {b}: differ by {gap}; {why}"
