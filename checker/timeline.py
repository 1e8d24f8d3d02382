"""Everything the store says over time, beyond findings: every compared claim with its
effective bounds and date, the sources and their articles (`build_timeline`), and each metric's
chart data (`chart_data`: a mark per claim, dated or undated, and the axes' scales). Pure data,
no HTML: checker/report/chart.py draws it, checker/report/html.py lays out the page.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.check import run_check
from checker.compare import comparable_claims
from checker.config import Config
from checker.model import CheckResult, Claim, Finding, Verdict
from checker.taxonomy import Metric, Taxonomy
from checker.validate import ArticleFinder, Validation, published_dates, text_folders


@dataclass(frozen=True)
class SourceInfo:
    source: str
    outlet: str = ""
    published: str = ""
    lang: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        return f"{self.outlet} ({self.source})" if self.outlet else self.source


@dataclass(frozen=True)
class Timeline:
    """Every compared claim (sorted by date, undated last), the check's findings, the sources'
    details and the article texts found: what the HTML report draws."""

    result: CheckResult
    claims: tuple[Claim, ...]
    taxonomy: Taxonomy
    sources: tuple[SourceInfo, ...]
    articles: Mapping[str, str]  # source -> article text, for the articles found


def _source_infos(validation: Validation, claims: Iterable[Claim]) -> tuple[SourceInfo, ...]:
    table = validation.store.sources
    known: dict[str, SourceInfo] = {}
    if table is not None:
        for row in table.to_dict("records"):
            fields = {
                k: str(row.get(k, "")).strip()
                for k in ("source", "outlet", "published", "lang", "url")
            }
            known[fields["source"]] = SourceInfo(**fields)
    used = sorted({c.source for c in claims})
    return tuple(known.get(s, SourceInfo(s)) for s in used)


def build_timeline(
    paths: Iterable[str | Path], config: Config
) -> tuple[Validation, Timeline | None]:
    """Check the claims and gather every claim, source and article; None when validation failed."""
    paths = list(paths) or list(config.claims)
    validation, result = run_check(paths, config)
    if not validation.ok:
        return validation, None
    store = validation.store
    claims = comparable_claims(store.frame, validation.taxonomy, config, published_dates(store))
    sources = _source_infos(validation, claims)
    finder = ArticleFinder(text_folders(paths, config))
    articles = {s.source: text for s in sources if (text := finder.text(s.source)) is not None}
    return validation, Timeline(result, claims, validation.taxonomy, sources, articles)


# --- quotes in articles ----------------------------------------------------------------------

_FOLD = {"'": "['\u2018\u2019]", "\u2019": "['\u2018\u2019]", "\u2018": "['\u2018\u2019]"}
_FOLD.update({'"': '["\u201c\u201d]', "\u201c": '["\u201c\u201d]', "\u201d": '["\u201c\u201d]'})
_FOLD.update({"-": "[-\u2013\u2014]", "\u2013": "[-\u2013\u2014]", "\u2014": "[-\u2013\u2014]"})


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where the quote stands in the article, ignoring whitespace, case and typographic marks."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join("".join(_FOLD.get(ch, re.escape(ch)) for ch in word) for word in words)
    match = re.search(pattern, text, re.IGNORECASE)
    return (match.start(), match.end()) if match else None


# --- chart data ------------------------------------------------------------------------------

#: How a metric may move over time, as a chart reads it.
DIRECTION_LABELS = {
    "non_increasing": "may only fall over time",
    "non_decreasing": "may only rise over time",
    "free": "may rise or fall over time",
}
#: Months as axis labels (fixed English names: output must not depend on the locale).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Days added each side of a single dated claim, so it does not sit on the axis edge.
SINGLE_DATE_PAD_DAYS = 30
#: At most this many ticks on either axis.
MAX_TICKS = 6
#: Candidate date tick steps, finest first: (days, months).
DATE_STEPS = ((1, 0), (7, 0), (14, 0), (0, 1), (0, 2), (0, 3), (0, 6), (0, 12), (0, 24), (0, 60))
SHARE_PANEL = "share"
COUNT_PANEL = "value"

ClaimKey = tuple[str, int]


def claim_key(claim: Claim) -> ClaimKey:
    """What identifies a stored claim on the page: its file and line."""
    return (claim.file, claim.line)


@dataclass(frozen=True)
class Highlight:
    """The most severe verdict of the findings holding a claim."""

    verdict: Verdict
    acknowledged: bool  # every finding with that verdict holding the claim is acknowledged


def highlights(findings: Iterable[Finding]) -> dict[ClaimKey, Highlight]:
    """claim -> its most severe verdict (acknowledged only if all such findings are)."""
    best: dict[ClaimKey, Highlight] = {}
    for finding in findings:
        for claim in finding.claims:
            key, seen = claim_key(claim), best.get(claim_key(claim))
            if seen is None or finding.verdict.rank > seen.verdict.rank:
                best[key] = Highlight(finding.verdict, finding.acknowledged)
            elif finding.verdict is seen.verdict and not finding.acknowledged:
                best[key] = Highlight(seen.verdict, False)
    return best


@dataclass(frozen=True)
class Mark:
    """One claim on a chart: y and its bounds in the panel's unit (None = open end)."""

    claim: Claim
    x: str  # ISO date, or "" for the undated strip
    dodge: float  # offset among marks sharing x, in mark widths, centred on 0
    y: float
    lo: float | None
    hi: float | None
    highlight: Highlight | None = None

    @property
    def source(self) -> str:
        return self.claim.source

    @property
    def conflict(self) -> bool:
        return self.highlight is not None and self.highlight.verdict is Verdict.CONFLICT


@dataclass(frozen=True)
class LinearScale:
    lo: float
    hi: float
    ticks: tuple[float, ...]

    def fraction(self, value: float) -> float:
        """0 at the bottom of the domain, 1 at the top."""
        return (value - self.lo) / (self.hi - self.lo)


@dataclass(frozen=True)
class DateScale:
    start: str
    end: str
    ticks: tuple[tuple[str, str], ...]  # (ISO date, label)

    def fraction(self, day: str) -> float:
        start, end = dt.date.fromisoformat(self.start), dt.date.fromisoformat(self.end)
        return (dt.date.fromisoformat(day) - start).days / max((end - start).days, 1)


@dataclass(frozen=True)
class Panel:
    """Claims sharing a y axis: the metric's own unit, or shares (in percent)."""

    kind: str  # COUNT_PANEL or SHARE_PANEL
    unit: str
    y: LinearScale
    marks: tuple[Mark, ...]


@dataclass(frozen=True)
class Chart:
    metric: str
    description: str
    direction: str
    direction_label: str
    x: DateScale | None  # None when no claim is dated
    undated: bool  # whether an undated strip is drawn
    panels: tuple[Panel, ...]

    @property
    def marks(self) -> tuple[Mark, ...]:
        return tuple(m for p in self.panels for m in p.marks)


def nice_step(span: float, count: int = MAX_TICKS - 1) -> float:
    """A step of 1, 2, 2.5 or 5 times a power of ten giving at most ``count`` intervals."""
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def linear_scale(values: Sequence[float], open_low: bool, open_high: bool) -> LinearScale:
    """A domain padded round the values (more room on a side an arrow points to), on ticks;
    whole-number steps when every value is a whole number (people, phases)."""
    low, high = min(values), max(values)
    if high == low:
        half = max(abs(high) * 0.1, 1.0)
        low, high = low - half, high + half
    span = high - low
    low -= span * (0.3 if open_low else 0.1)
    high += span * (0.3 if open_high else 0.1)
    if min(values) >= 0 > low:
        low = 0.0  # counts do not go below zero
    step = nice_step(high - low)
    if all(float(v).is_integer() for v in values):
        step = max(step, 1.0)
    first, last = math.floor(low / step), math.ceil(high / step)
    ticks = tuple(round(i * step, 10) for i in range(first, last + 1))
    return LinearScale(ticks[0], ticks[-1], ticks)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _date_label(day: dt.date, months: int, with_year: bool) -> str:
    """ "4 Aug", "Aug", "2024"; the year is added to the first tick and where it changes."""
    if months >= 12:
        return str(day.year)
    text = MONTHS[day.month - 1] if months else f"{day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _date_ticks(start: dt.date, end: dt.date, days: int, months: int) -> list[tuple[str, str]]:
    if days:
        day, step = start + dt.timedelta(days=(-start.toordinal()) % days), dt.timedelta(days=days)
    else:
        day = _add_months(start, 0 if start.day == 1 else 1)
        day = _add_months(day, (-(day.year * 12 + day.month - 1)) % months)
    out: list[tuple[str, str]] = []
    year = None
    while day <= end:
        out.append((day.isoformat(), _date_label(day, months, day.year != year)))
        year = day.year
        day = day + step if days else _add_months(day, months)
    return out


def date_scale(dates: Sequence[str]) -> DateScale:
    """A padded date domain with at most MAX_TICKS ticks on days, weeks or month starts."""
    first, last = dt.date.fromisoformat(min(dates)), dt.date.fromisoformat(max(dates))
    pad = max((last - first).days * 0.08, 7) if last > first else SINGLE_DATE_PAD_DAYS
    start, end = first - dt.timedelta(days=round(pad)), last + dt.timedelta(days=round(pad))
    ticks: list[tuple[str, str]] = []
    for days, months in DATE_STEPS:
        ticks = _date_ticks(start, end, days, months)
        if len(ticks) <= MAX_TICKS:
            break
    return DateScale(start.isoformat(), end.isoformat(), tuple(ticks))


def _panel_of(claim: Claim, metric: Metric, taxonomy: Taxonomy) -> tuple[str, float] | None:
    """Which panel a claim belongs to, and the factor to that panel's unit."""
    unit = taxonomy.unit_for(claim.unit or metric.unit)
    own = taxonomy.units[metric.unit]
    if unit is None:
        return None
    if unit.dimension == own.dimension:
        return COUNT_PANEL, unit.factor / own.factor
    if unit.dimension == "share":
        return SHARE_PANEL, unit.factor * 100
    return None


def _dodged(marks: list[Mark]) -> list[Mark]:
    """Spread marks sharing an x side by side, in source order."""
    groups: dict[str, list[Mark]] = {}
    for mark in sorted(marks, key=lambda m: (m.x, m.source, m.y, m.claim.file, m.claim.line)):
        groups.setdefault(mark.x, []).append(mark)
    out = []
    for group in groups.values():
        middle = (len(group) - 1) / 2
        out += [_replace_dodge(m, i - middle) for i, m in enumerate(group)]
    return out


def _replace_dodge(mark: Mark, dodge: float) -> Mark:
    return Mark(mark.claim, mark.x, dodge, mark.y, mark.lo, mark.hi, mark.highlight)


def _panel(kind: str, unit: str, marks: list[Mark]) -> Panel:
    values = [v for m in marks for v in (m.y, m.lo, m.hi) if v is not None]
    scale = linear_scale(values, any(m.lo is None for m in marks), any(m.hi is None for m in marks))
    return Panel(kind, unit, scale, tuple(_dodged(marks)))


def chart_data(
    metric: Metric,
    claims: Iterable[Claim],
    taxonomy: Taxonomy,
    marked: Mapping[ClaimKey, Highlight] | None = None,
) -> Chart:
    """The chart of one metric: every claim a mark, dated or in the undated strip."""
    marked = marked or {}
    by_panel: dict[str, list[Mark]] = {}
    for claim in claims:
        where = _panel_of(claim, metric, taxonomy)
        if claim.metric != metric.key or where is None:
            continue
        kind, factor = where
        lo = None if claim.low is None else claim.low * factor
        hi = None if claim.high is None else claim.high * factor
        mark = Mark(
            claim, claim.as_of, 0.0, claim.value * factor, lo, hi, marked.get(claim_key(claim))
        )
        by_panel.setdefault(kind, []).append(mark)
    units = {COUNT_PANEL: metric.unit, SHARE_PANEL: "% (share)"}
    panels = tuple(
        _panel(k, units[k], by_panel[k]) for k in (COUNT_PANEL, SHARE_PANEL) if k in by_panel
    )
    dates = [m.x for p in panels for m in p.marks if m.x]
    return Chart(
        metric=metric.key,
        description=metric.description,
        direction=metric.direction,
        direction_label=DIRECTION_LABELS.get(metric.direction, metric.direction),
        x=date_scale(dates) if dates else None,
        undated=any(not m.x for p in panels for m in p.marks),
        panels=panels,
    )
