"""The HTML report: chart data from checker.timeline (bounds, open ends, undated strip,
conflicts, direction), the SVG drawn from it, quote highlighting, escaping, self-containment,
and the `report` command."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.config import Config, load_config
from checker.model import CheckResult, Claim, Finding, Verdict
from checker.report import RenderOptions
from checker.report.chart import LEFT, RIGHT, WIDTH, chart_svg, claim_anchor, source_styles
from checker.report.html import highlight_quotes, render_html, safe_url
from checker.taxonomy import load_taxonomy
from checker.timeline import (
    DIRECTION_LABELS,
    MAX_TICKS,
    SHARE_PANEL,
    Highlight,
    SourceInfo,
    Timeline,
    build_timeline,
    chart_data,
    date_scale,
    find_quote,
    highlights,
    linear_scale,
)
from tests.conftest import claim_row, write_store

TAXONOMY = load_taxonomy()
SCRIPT = "<script>alert(1)</script>"


def claim(
    source="a", value=130.0, low=None, high=None, *, metric="hostages.held", line=2, **fields
) -> Claim:
    low = value if low is None and "open_low" not in fields else low
    high = value if high is None and "open_high" not in fields else high
    fields.pop("open_low", None), fields.pop("open_high", None)
    base = dict(
        qualifier="exact",
        unit="people",
        modality="reported",
        as_of="2024-03-28",
        quote=f"{source} {value}",
    )
    base.update(fields)
    return Claim(
        source=source,
        metric=metric,
        value=value,
        low=low,
        high=high,
        file=f"claims/{source}.csv",
        line=line,
        **base,
    )


def chart_of(claims, metric="hostages.held", marked=None):
    return chart_data(TAXONOMY.metrics[metric], claims, TAXONOMY, marked)


def finding(verdict: Verdict, claims, acknowledged=False, fid="F1") -> Finding:
    return Finding(
        fid, claims[0].metric, verdict, "explained", tuple(claims), acknowledged=acknowledged
    )


# --- chart data --------------------------------------------------------------------------------


def test_a_mark_carries_the_claim_value_and_bounds():
    (mark,) = chart_of([claim(value=130, low=117, high=143, qualifier="approx")]).marks
    assert (mark.x, mark.y, mark.lo, mark.hi) == ("2024-03-28", 130, 117, 143)


def test_bounds_are_converted_to_the_metric_unit():
    weeks = claim(
        metric="ceasefire.phase1.days", value=6, low=5.4, high=6.6, unit="weeks", qualifier="approx"
    )
    (mark,) = chart_of([weeks], "ceasefire.phase1.days").marks
    assert (mark.y, mark.lo, mark.hi) == pytest.approx((42, 37.8, 46.2))


def test_open_bounds_are_none_and_drawn_as_arrows():
    more = claim("a", 120, 120, None, qualifier="more_than", open_high=True)
    less = claim("b", 90, None, 90, qualifier="less_than", open_low=True, line=3)
    chart = chart_of([more, less])
    marks = {m.source: m for m in chart.marks}
    assert marks["a"].hi is None and marks["a"].lo == 120
    assert marks["b"].lo is None and marks["b"].hi == 90
    svg = chart_svg(chart, source_styles(["a", "b"]))
    assert svg.count('data-open="high"') == 1 and svg.count('data-open="low"') == 1
    assert chart.panels[0].y.hi > 120 and chart.panels[0].y.lo < 90  # room for the arrows


def test_undated_claims_go_to_the_undated_strip():
    dated, undated = claim("a", 130), claim("b", 120, as_of="", line=3)
    chart = chart_of([dated, undated])
    assert chart.undated and chart.x is not None
    assert {m.source: m.x for m in chart.marks} == {"a": "2024-03-28", "b": ""}
    assert ">undated</text>" in chart_svg(chart, source_styles(["a", "b"]))


def test_only_undated_claims_have_no_date_axis_and_only_dated_no_strip():
    assert chart_of([claim(as_of="")]).x is None
    only_dated = chart_of([claim()])
    assert not only_dated.undated and ">undated</text>" not in chart_svg(only_dated, {})


def test_marks_on_the_same_date_are_spread_side_by_side():
    chart = chart_of(
        [claim("b", 130), claim("a", 120, line=3), claim("c", 110, as_of="2024-05-01")]
    )
    dodges = {m.source: m.dodge for m in chart.marks}
    assert dodges == {"a": -0.5, "b": 0.5, "c": 0.0}


def test_shares_get_their_own_panel_in_percent_in_the_same_chart():
    count = claim("a", 60, metric="hostages.held.dead")
    share = claim(
        "b",
        0.25,
        0.225,
        0.275,
        metric="hostages.held.dead",
        unit="share",
        qualifier="approx",
        line=3,
    )
    chart = chart_of([count, share], "hostages.held.dead")
    assert [p.kind for p in chart.panels] == ["value", SHARE_PANEL]
    assert chart.panels[1].marks[0].y == pytest.approx(25)
    svg = chart_svg(chart, {})
    assert svg.count("<svg") == 1 and svg.count('class="plot"') == 2


def test_claims_of_other_metrics_are_left_out():
    chart = chart_of([claim(), claim(metric="deaths.gaza", line=3)])
    assert [m.claim.metric for m in chart.marks] == ["hostages.held"]


def test_conflicts_are_highlighted_and_acknowledged_ones_dashed():
    a, b, c = claim("a", 33), claim("b", 40, line=3), claim("c", 35, line=4)
    marked = highlights(
        [finding(Verdict.COMPATIBLE, [a, c]), finding(Verdict.CONFLICT, [a, b], acknowledged=True)]
    )
    assert marked[(a.file, a.line)] == Highlight(Verdict.CONFLICT, True)
    assert marked[(c.file, c.line)] == Highlight(Verdict.COMPATIBLE, False)
    chart = chart_of([a, b, c], marked=marked)
    assert {m.source for m in chart.marks if m.conflict} == {"a", "b"}
    svg = chart_svg(chart, source_styles("abc"))
    assert svg.count('class="conflict"') == 2 and svg.count("stroke-dasharray") == 2
    assert 'data-source="a" data-verdict="conflict"' in svg


def test_an_open_conflict_outweighs_an_acknowledged_one():
    a, b = claim("a", 33), claim("b", 40, line=3)
    marked = highlights(
        [
            finding(Verdict.CONFLICT, [a, b], True, "F1"),
            finding(Verdict.CONFLICT, [a, b], False, "F2"),
        ]
    )
    assert marked[(a.file, a.line)] == Highlight(Verdict.CONFLICT, False)
    svg = chart_svg(chart_of([a, b], marked=marked), {})
    assert svg.count('class="conflict"') == 2 and "stroke-dasharray" not in svg


def test_many_marks_on_one_date_or_undated_stay_inside_the_plot():
    crowd = [claim(f"s{i:02}", 100 + i, line=i) for i in range(25)]
    crowd += [claim(f"u{i:02}", 100 + i, as_of="", line=100 + i) for i in range(40)]
    svg = chart_svg(chart_of(crowd), source_styles(c.source for c in crowd))
    xs = [float(x) for x in re.findall(r'<line class="bar" x1="([\d.]+)"', svg)]
    assert len(xs) == 65 and all(LEFT <= x <= WIDTH - RIGHT for x in xs)
    assert len(set(xs)) == 65  # still side by side, only closer


def test_a_store_without_claims_still_makes_a_page():
    empty = Timeline(CheckResult(findings=()), (), TAXONOMY, (), {})
    page = render_html(empty, RenderOptions())
    assert (
        "No claims to chart." in page and "The sources agree" in page and "<svg class" not in page
    )


@pytest.mark.parametrize(
    "metric, direction",
    [
        ("hostages.held", "non_increasing"),
        ("deaths.gaza", "non_decreasing"),
        ("hostages.taken", "free"),
    ],
)
def test_the_allowed_direction_is_shown(metric, direction):
    chart = chart_of([claim(metric=metric)], metric)
    assert chart.direction == direction and chart.direction_label == DIRECTION_LABELS[direction]
    svg = chart_svg(chart, {})
    assert f'data-direction="{direction}"' in svg and DIRECTION_LABELS[direction] in svg


def test_linear_scale_covers_the_values_on_whole_steps_for_counts():
    scale = linear_scale([117, 143, 100], open_low=False, open_high=True)
    assert (
        scale.lo <= 100
        and scale.hi >= 143
        and scale.ticks[0] == scale.lo
        and scale.ticks[-1] == scale.hi
    )
    assert all(float(t).is_integer() for t in scale.ticks) and len(scale.ticks) <= MAX_TICKS + 2
    assert linear_scale([3], False, False).ticks == (1, 2, 3, 4, 5)  # a lone figure sits mid-axis
    assert linear_scale([0.25], False, False).lo >= 0


def test_date_scale_pads_a_single_date_and_labels_the_year_once():
    scale = date_scale(["2024-08-23"])
    assert scale.start < "2024-08-23" < scale.end
    assert 2 <= len(scale.ticks) <= MAX_TICKS
    labels = [label for _, label in scale.ticks]
    assert labels[0].endswith("2024") and not any(label.endswith("2024") for label in labels[1:])


def test_date_scale_over_years_uses_month_or_year_ticks():
    scale = date_scale(["2023-10-07", "2025-02-15"])
    assert len(scale.ticks) <= MAX_TICKS
    assert all(day[8:] == "01" for day, _ in scale.ticks)
    assert 0 < scale.fraction("2024-06-01") < 1


# --- quotes and escaping ---------------------------------------------------------------------


def test_quotes_are_found_ignoring_whitespace_case_and_typography():
    text = "Officials said\n  the ceasefire's first phase would last 42 days \u2013 maybe."
    start = text.index("the ceasefire")
    assert find_quote(text, "The ceasefire's first  phase") == (
        start,
        start + len("the ceasefire's first phase"),
    )
    assert find_quote(text, "last 42 days - maybe") is not None
    assert find_quote(text, "43 days") is None and find_quote(text, "  ") is None


def test_overlapping_quotes_share_one_highlight_with_both_anchors():
    a = claim("a", 33, quote="release 33 hostages")
    b = claim("a", 700, quote="33 hostages for 700 prisoners", line=3)
    body, placed = highlight_quotes(
        "They agreed to release 33 hostages for 700 prisoners & more.", [a, b]
    )
    assert placed == {claim_anchor(a), claim_anchor(b)}
    assert body.count("<mark ") == 1 and "&amp; more" in body
    assert f'id="{claim_anchor(a)}"' in body and f'id="{claim_anchor(b)}"' in body


def test_only_web_links_are_clickable():
    assert safe_url("https://example.org/a?b=c") and not safe_url("javascript:alert(1)")
    assert not safe_url('https://x.org/"onmouseover=alert(1)')


def hostile_report() -> Timeline:
    a = claim("a", 33, quote=SCRIPT, note=SCRIPT)
    b = claim("b", 40, line=3, quote="40 <b>hostages</b>")
    evil = Claim(**{**a.__dict__, "source": '"><img src=x onerror=alert(1)>', "line": 4})
    result = CheckResult(findings=(finding(Verdict.CONFLICT, [a, b, evil]),), claims=3, sources=3)
    articles = {"a": f"Before {SCRIPT} after.", "b": "The deal frees 40 <b>hostages</b>."}
    sources = (
        SourceInfo("a", outlet="<i>Outlet</i>", url="javascript:alert(1)"),
        SourceInfo("b"),
        SourceInfo(evil.source),
    )
    return Timeline(result, (a, b, evil), TAXONOMY, sources, articles)


def test_everything_from_claims_and_articles_is_escaped():
    page = render_html(hostile_report(), RenderOptions())
    assert (
        "<script" not in page.lower()
        and "<img" not in page
        and "<b>hostages" not in page
        and "<i>Outlet" not in page
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page
    assert page.count("<mark ") == 2  # the hostile quote is found and highlighted as text


class Tags(HTMLParser):
    """Every tag and attribute of a page, as the browser's parser sees them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_page_is_self_contained():
    page = render_html(hostile_report(), RenderOptions())
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page and "url(" not in page
    tags = Tags(page).tags
    assert not {t for t, _ in tags} & {
        "script",
        "link",
        "img",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
    }
    assert not [
        a
        for _, attrs in tags
        for a in attrs
        if a in ("src", "srcset", "data", "background") or a.startswith("on")
    ]
    assert all(attrs["href"].startswith("#") for t, attrs in tags if t == "a")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


# --- the bundled data and the command ---------------------------------------------------------


@pytest.fixture
def bundled(root, monkeypatch) -> Timeline:
    monkeypatch.chdir(root)
    validation, report = build_timeline([], load_config(root))
    assert report is not None, [p.render() for p in validation.problems]
    return report


def test_every_metric_with_claims_has_one_chart_naming_it(bundled):
    page = render_html(bundled, RenderOptions())
    metrics = {c.metric for c in bundled.claims}
    charted = re.findall(r'<svg class="chart" data-metric="([^"]+)" data-marks="(\d+)"', page)
    assert sorted(m for m, _ in charted) == sorted(metrics)
    assert sum(int(n) for _, n in charted) == len(bundled.claims) == bundled.result.claims


def test_every_quote_of_the_bundled_claims_is_highlighted_and_linked(bundled):
    page = render_html(bundled, RenderOptions())
    for c in bundled.claims:
        assert f'id="{claim_anchor(c)}"' in page, (c.file, c.line)
        assert f'href="#{claim_anchor(c)}"' in page
    assert "not found in the article text" not in page and "article text not available" not in page


def test_the_page_is_deterministic_and_holds_no_absolute_path(bundled, root):
    first, second = render_html(bundled, RenderOptions()), render_html(bundled, RenderOptions())
    assert first == second
    assert str(root) not in first


def test_summary_counts_verdicts_and_acknowledgements(bundled):
    page = render_html(bundled, RenderOptions())
    stale = replace(bundled, result=replace(bundled.result, stale=()))
    assert (
        f"<b>{bundled.result.claims}</b> claims" in page
        and f"<b>{bundled.result.sources}</b> sources" in page
    )
    acknowledged = sum(f.acknowledged for f in bundled.result.findings)
    assert f"<b>{acknowledged}</b> acknowledged" in page
    assert "Stale acknowledgements" not in render_html(stale, RenderOptions())


def test_a_quote_missing_from_its_article_links_to_the_article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(
        tmp_path / "claims",
        [claim_row("s1", "hostages.held", "120", quote="120 hostages remain")],
        published={"s1": "2024-01-01"},
    )
    (tmp_path / "claims" / "s1.txt").write_text(
        "Officials said 120 hostages remain.", encoding="utf-8"
    )
    _, report = build_timeline(["claims"], Config())
    assert report is not None
    missing = replace(report, articles={"s1": "An unrelated text."})
    page = render_html(missing, RenderOptions())
    assert 'href="#article-s1"' in page and "not found in the article text" in page


def test_report_command_writes_the_page(tmp_path, root, monkeypatch):
    monkeypatch.chdir(root)
    out = tmp_path / "out" / "report.html"
    result = CliRunner().invoke(cli, ["report", "--html", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "21 claims from 5 sources" in result.output or "claims from" in result.output


def test_report_command_exits_2_on_bad_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_store(tmp_path / "claims", [claim_row("s1", "no.such.metric", "twelve")])
    result = CliRunner().invoke(cli, ["report", "claims", "--html", "r.html"])
    assert result.exit_code == 2
    assert "claims/s1.csv:2" in result.output and not (tmp_path / "r.html").exists()
    assert CliRunner().invoke(cli, ["report"]).exit_code == 2  # --html is required
