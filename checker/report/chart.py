"""Timeline charts drawn as inline SVG from the chart data of checker.timeline: a mark per
claim (shape and colour per source), its bounds as an error bar, arrows for open bounds,
a ring round claims in a conflict, the undated strip, and the metric's allowed direction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from checker.model import Claim
from checker.timeline import Chart, ClaimKey, Mark, Panel, claim_key


def claim_anchor(claim: Claim) -> str:
    """A stable HTML id for a claim (its quote in the article), safe whatever the path holds."""
    digest = hashlib.blake2b(f"{claim.file}\n{claim.line}".encode(), digest_size=5).hexdigest()
    return f"c{digest}"


#: Okabe-Ito colours for sources (vermillion is kept for conflicts, yellow is too light on white).
SOURCE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#000000")
SHAPES = ("circle", "square", "triangle", "diamond", "triangle-down")
CONFLICT_COLOUR = "#D55E00"
WIDTH, LEFT, RIGHT, ROW, PLOT_HEIGHT, BOTTOM = 480, 50, 10, 26, 150, 26
UNDATED_WIDTH, STRIP_GAP, DODGE_PX, SYMBOL_R = 86, 10, 14, 5.5
#: The undated strip takes at most this share of the plot; marks sharing a date spread at most
#: this many pixels (both squeeze the marks closer together when many share one x).
MAX_STRIP_SHARE, MAX_DATED_SPREAD = 0.4, 120


@dataclass(frozen=True)
class SourceStyle:
    colour: str
    shape: str
    label: str


def source_styles(
    sources: Iterable[str], labels: Mapping[str, str] | None = None
) -> dict[str, SourceStyle]:
    """A colour and a shape per source (in sorted order), the same in every chart."""
    labels = labels or {}
    return {
        s: SourceStyle(
            SOURCE_COLOURS[i % len(SOURCE_COLOURS)], SHAPES[i % len(SHAPES)], labels.get(s, s)
        )
        for i, s in enumerate(sorted(set(sources)))
    }


def _f(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def symbol(shape: str, x: float, y: float, r: float, fill: str, stroke: str) -> str:
    """One marker shape centred on (x, y)."""
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="2"'
    if shape == "circle":
        return f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}" {paint}/>'
    if shape == "square":
        return f'<rect x="{_f(x - r)}" y="{_f(y - r)}" width="{_f(2 * r)}" height="{_f(2 * r)}" {paint}/>'
    k = r * 1.3
    points = {
        "triangle": [(x, y - k), (x + k, y + k * 0.8), (x - k, y + k * 0.8)],
        "triangle-down": [(x, y + k), (x + k, y - k * 0.8), (x - k, y - k * 0.8)],
        "diamond": [(x, y - k), (x + k, y), (x, y + k), (x - k, y)],
    }[shape]
    return f'<polygon points="{" ".join(f"{_f(a)},{_f(b)}" for a, b in points)}" {paint}/>'


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@dataclass(frozen=True)
class _Frame:
    """Where things go: the dated area, the undated strip, the panels' tops, and how far apart
    marks sharing an x are spread (narrower when many share one)."""

    dated: tuple[float, float] | None
    strip: tuple[float, float] | None
    tops: tuple[float, ...]
    height: float
    step_dated: float = DODGE_PX
    step_undated: float = DODGE_PX

    def x(self, chart: Chart, mark: Mark) -> float:
        if not mark.x and self.strip:
            x = (self.strip[0] + self.strip[1]) / 2 + mark.dodge * self.step_undated
        else:
            assert self.dated is not None and chart.x is not None
            left, right = self.dated
            x = left + chart.x.fraction(mark.x) * (right - left) + mark.dodge * self.step_dated
        return min(max(x, LEFT + SYMBOL_R), WIDTH - RIGHT - SYMBOL_R)


def _spread(chart: Chart, dated: bool) -> float:
    """How many mark widths the widest group of marks sharing an x spans."""
    return max((abs(m.dodge) * 2 for m in chart.marks if bool(m.x) == dated), default=0.0)


def _frame(chart: Chart) -> _Frame:
    right, plot = WIDTH - RIGHT, WIDTH - RIGHT - LEFT
    n_undated, n_dated = _spread(chart, False), _spread(chart, True)
    if chart.x and chart.undated:
        width = min(max(UNDATED_WIDTH, (n_undated + 2) * DODGE_PX), plot * MAX_STRIP_SHARE)
        dated, strip = (
            (LEFT + DODGE_PX, right - width - STRIP_GAP - DODGE_PX),
            (right - width, right),
        )
    elif chart.x:
        dated, strip = (LEFT + DODGE_PX, right - DODGE_PX), None
    else:
        dated, strip = None, (LEFT, right)
    step_undated = DODGE_PX
    if strip and n_undated:
        step_undated = min(DODGE_PX, (strip[1] - strip[0] - 2 * SYMBOL_R - 4) / n_undated)
    step_dated = min(DODGE_PX, MAX_DATED_SPREAD / n_dated) if n_dated else DODGE_PX
    tops = tuple(ROW + i * (PLOT_HEIGHT + ROW) for i in range(len(chart.panels)))
    height = tops[-1] + PLOT_HEIGHT + BOTTOM if tops else ROW + BOTTOM
    return _Frame(dated, strip, tops, height, step_dated, step_undated)


def _y(panel: Panel, top: float, value: float) -> float:
    return top + (1 - panel.y.fraction(value)) * PLOT_HEIGHT


def _axes(chart: Chart, frame: _Frame, panel: Panel, top: float) -> list[str]:
    """Grid, tick labels and the undated strip of one panel."""
    left, right, bottom = LEFT, WIDTH - RIGHT, top + PLOT_HEIGHT
    out = [
        f'<rect class="plot" x="{left}" y="{_f(top)}" width="{right - left}" height="{PLOT_HEIGHT}"/>'
    ]
    if frame.strip and frame.dated:
        a, b = frame.strip
        out.append(
            f'<rect class="strip" x="{_f(a)}" y="{_f(top)}" width="{_f(b - a)}" height="{PLOT_HEIGHT}"/>'
        )
    for tick in panel.y.ticks:
        y = _y(panel, top, tick)
        out.append(f'<line class="grid" x1="{left}" x2="{right}" y1="{_f(y)}" y2="{_f(y)}"/>')
        out.append(
            f'<text class="tick" x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">{_number(tick)}</text>'
        )
    if chart.x and frame.dated:
        for day, _label in chart.x.ticks:
            x = frame.dated[0] + chart.x.fraction(day) * (frame.dated[1] - frame.dated[0])
            out.append(
                f'<line class="grid" x1="{_f(x)}" x2="{_f(x)}" y1="{_f(top)}" y2="{_f(bottom)}"/>'
            )
    out.append(
        f'<text class="unit" x="{right}" y="{_f(top - 7)}" text-anchor="end">{_escape(panel.unit)}</text>'
    )
    return out


def _x_labels(chart: Chart, frame: _Frame) -> list[str]:
    y = frame.height - BOTTOM + 17
    out = []
    if chart.x and frame.dated:
        for i, (day, label) in enumerate(chart.x.ticks):
            x = frame.dated[0] + chart.x.fraction(day) * (frame.dated[1] - frame.dated[0])
            alt = " alt" if i % 2 else ""  # every other label, hidden where the chart is narrow
            out.append(
                f'<text class="tick{alt}" x="{_f(x)}" y="{_f(y)}" text-anchor="middle">{_escape(label)}</text>'
            )
    if frame.strip:
        x = (frame.strip[0] + frame.strip[1]) / 2
        out.append(
            f'<text class="tick undated" x="{_f(x)}" y="{_f(y)}" text-anchor="middle">undated</text>'
        )
    return out


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.4g}"


def _direction(chart: Chart) -> str:
    """The allowed direction, drawn as an arrow (or a two-way arrow) and words."""
    paths = {
        "non_increasing": "M2 4 L16 14 M10 14 L16 14 L16 8",
        "non_decreasing": "M2 14 L16 4 M10 4 L16 4 L16 10",
        "free": "M2 9 L16 9 M5 6 L2 9 L5 12 M13 6 L16 9 L13 12",
    }
    path = paths.get(chart.direction, paths["free"])
    return (
        f'<g class="direction" data-direction="{_escape(chart.direction)}">'
        f'<path d="{path}" transform="translate({LEFT - 2},2)"/>'
        f'<text x="{LEFT + 20}" y="15">{_escape(chart.direction_label)}</text></g>'
    )


def _bar(mark: Mark, x: float, panel: Panel, top: float, colour: str) -> list[str]:
    """The error bar: caps on closed bounds, arrowheads at the plot edge on open ones."""
    y_lo = _y(panel, top, mark.lo) if mark.lo is not None else top + PLOT_HEIGHT
    y_hi = _y(panel, top, mark.hi) if mark.hi is not None else top
    out = [
        f'<line class="bar" x1="{_f(x)}" x2="{_f(x)}" y1="{_f(y_lo)}" y2="{_f(y_hi)}" stroke="{colour}"/>'
    ]
    for bound, y, way in ((mark.lo, y_lo, 1), (mark.hi, y_hi, -1)):
        if bound is None:
            tip = f"{_f(x)},{_f(y)} {_f(x - 5)},{_f(y - 8 * way)} {_f(x + 5)},{_f(y - 8 * way)}"
            out.append(
                f'<polygon class="open" data-open="{"low" if way == 1 else "high"}" points="{tip}" fill="{colour}"/>'
            )
        elif abs(y_lo - y_hi) > 0.5:
            out.append(
                f'<line class="cap" x1="{_f(x - 4)}" x2="{_f(x + 4)}" y1="{_f(y)}" y2="{_f(y)}" stroke="{colour}"/>'
            )
    return out


def _mark(
    mark: Mark, x: float, panel: Panel, top: float, style: SourceStyle, anchor: str, title: str
) -> str:
    y = _y(panel, top, mark.y)
    proposed = mark.claim.modality == "proposed"
    parts = _bar(mark, x, panel, top, style.colour)
    parts.append(
        symbol(style.shape, x, y, SYMBOL_R, "#ffffff" if proposed else style.colour, style.colour)
    )
    if mark.conflict:
        acknowledged = mark.highlight is not None and mark.highlight.acknowledged
        dash = ' stroke-dasharray="3 2.5"' if acknowledged else ""
        parts.append(
            f'<circle class="conflict" cx="{_f(x)}" cy="{_f(y)}" r="11" stroke="{CONFLICT_COLOUR}"{dash}/>'
        )
    verdict = mark.highlight.verdict.value if mark.highlight else ""
    return (
        f'<a class="mark" href="#{_escape(anchor)}" data-source="{_escape(mark.source)}" data-verdict="{verdict}">'
        f"<title>{_escape(title)}</title>{''.join(parts)}</a>"
    )


def chart_svg(
    chart: Chart,
    styles: Mapping[str, SourceStyle],
    titles: Mapping[ClaimKey, str] | None = None,
) -> str:
    """The chart as an inline <svg> (scales with its container; styled by the page's CSS)."""
    titles = titles or {}
    frame = _frame(chart)
    body = [_direction(chart)]
    for panel, top in zip(chart.panels, frame.tops, strict=True):
        body += _axes(chart, frame, panel, top)
    for panel, top in zip(chart.panels, frame.tops, strict=True):
        for mark in panel.marks:
            style = styles.get(mark.source) or SourceStyle(
                SOURCE_COLOURS[-1], SHAPES[0], mark.source
            )
            title = titles.get(claim_key(mark.claim), mark.source)
            body.append(
                _mark(
                    mark, frame.x(chart, mark), panel, top, style, claim_anchor(mark.claim), title
                )
            )
    body += _x_labels(chart, frame)
    label = f"{chart.metric}: {len(chart.marks)} claim(s); {chart.direction_label}"
    return (
        f'<svg class="chart" data-metric="{_escape(chart.metric)}" data-marks="{len(chart.marks)}" '
        f'viewBox="0 0 {WIDTH} {_f(frame.height)}">'
        f"<title>{_escape(label)}</title>{''.join(body)}</svg>"
    )


def symbol_svg(style: SourceStyle, proposed: bool = False) -> str:
    fill = "#ffffff" if proposed else style.colour
    return f'<svg class="sym" viewBox="0 0 18 18" aria-hidden="true">{symbol(style.shape, 9, 9, 5.5, fill, style.colour)}</svg>'


#: How to read the charts, shown once above them.
LEGEND = (
    '<ul class="legend" aria-label="how to read the charts">'
    '<li><svg class="sym" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="5.5" fill="#444" stroke="#444" stroke-width="2"/></svg> reported figure'
    ' <svg class="sym" viewBox="0 0 18 18" aria-hidden="true"><circle cx="9" cy="9" r="5.5" fill="#fff" stroke="#444" stroke-width="2"/></svg> proposed figure;'
    " one shape and colour per source</li>"
    "<li>vertical bar: the bounds the wording allows (&ldquo;about&rdquo;, a range); an arrow: no bound that way (&ldquo;more than&rdquo;)</li>"
    '<li><svg class="sym" viewBox="0 0 26 26" aria-hidden="true"><circle cx="13" cy="13" r="10" fill="none" stroke="#D55E00" stroke-width="2.5"/></svg> in a conflict'
    ' <svg class="sym" viewBox="0 0 26 26" aria-hidden="true"><circle cx="13" cy="13" r="10" fill="none" stroke="#D55E00" stroke-width="2.5" stroke-dasharray="3 2.5"/></svg> in an acknowledged conflict</li>'
    "<li>claims without a date (none in the claim, none published) sit in the grey <i>undated</i> strip; "
    "the arrow at the top says how the figure may move over time</li></ul>"
)
