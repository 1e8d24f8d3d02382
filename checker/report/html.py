"""The HTML report: one self-contained page (summary, a timeline chart per metric, findings with
their quotes side by side, the articles with the quotes highlighted). No script, no network:
everything taken from claims or articles is escaped, and a Content-Security-Policy forbids loads.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape

from checker import __version__
from checker.explain import describe
from checker.model import Claim, Finding, Verdict
from checker.report.chart import (
    LEGEND,
    SourceStyle,
    chart_svg,
    claim_anchor,
    source_styles,
    symbol_svg,
)
from checker.report.common import RenderOptions, state
from checker.timeline import SourceInfo, Timeline, chart_data, claim_key, find_quote, highlights

#: Shown beside each verdict's name, so verdicts are told apart without colour.
VERDICT_ICONS = {"conflict": "≠", "changed": "→", "compatible": "≈", "agree": "="}
#: Forbids every load (scripts, styles from files, images, fonts, frames): the page is all there is.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


# --- helpers ---------------------------------------------------------------------------------


def anchor(prefix: str, text: str) -> str:
    """A readable, unique HTML id: the text when it is safe, else a hash of it."""
    if re.fullmatch(r"[A-Za-z0-9._-]+", text):
        return f"{prefix}-{text}"
    return f"{prefix}-{hashlib.blake2b(text.encode(), digest_size=5).hexdigest()}"


def badge(verdict: Verdict) -> str:
    name = verdict.value
    return f'<span class="badge v-{name}"><span aria-hidden="true">{VERDICT_ICONS[name]}</span> {name}</span>'


def safe_url(url: str) -> str:
    """Only http(s) links are made clickable (never javascript: and the like)."""
    return url if re.match(r"https?://[^\s\"'<>]+$", url) else ""


def highlight_quotes(
    text: str, claims: Iterable[Claim], label: Callable[[Claim], str] = lambda c: c.metric
) -> tuple[str, set[str]]:
    """The article as escaped HTML with each claim's quote in a <mark> (titled with the claims'
    labels) after its anchor(s); and the anchors placed (a quote not found gets none)."""
    spans = []
    for claim in claims:
        where = find_quote(text, claim.quote)
        if where:
            spans.append((*where, claim_anchor(claim), label(claim)))
    merged: list[tuple[int, int, list[str], list[str]]] = []
    for start, end, name, title in sorted(spans):
        if merged and start < merged[-1][1]:
            first, last, names, titles = merged[-1]
            merged[-1] = (first, max(last, end), [*names, name], [*titles, title])
        else:
            merged.append((start, end, [name], [title]))
    out, cursor = [], 0
    for start, end, names, titles in merged:
        anchors = "".join(f'<span class="anchor" id="{n}"></span>' for n in dict.fromkeys(names))
        title = escape("; ".join(dict.fromkeys(titles)))
        out.append(
            f'{escape(text[cursor:start])}{anchors}<mark title="{title}">{escape(text[start:end])}</mark>'
        )
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out), {n for _, _, names, _ in merged for n in names}


# --- sections --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    report: Timeline
    options: RenderOptions
    styles: Mapping[str, SourceStyle]
    infos: Mapping[str, SourceInfo]
    articles: Mapping[str, str]  # source -> rendered article body
    placed: frozenset[str]  # claim anchors present in the articles

    def who(self, source: str) -> str:
        info = self.infos.get(source)
        return info.label if info else source

    def quote_link(self, claim: Claim) -> str:
        quote = escape(" ".join(claim.quote.split()))
        if claim_anchor(claim) in self.placed:
            return f'<a href="#{claim_anchor(claim)}">“{quote}”</a>'
        if claim.source in self.articles:
            note = '<span class="note"> (not found in the article text)</span>'
            return f'<a href="#{anchor("article", claim.source)}">“{quote}”</a>{note}'
        return f'“{quote}”<span class="note"> (article text not available)</span>'

    def style(self, source: str) -> SourceStyle:
        return self.styles[source]


def _headline(page: _Page) -> str:
    """The one sentence an editor reads first."""
    findings, options = page.report.result.findings, page.options
    failing = [f for f in findings if f.id in options.failing_ids]
    if failing:
        text = f"{len(failing)} finding(s) need a decision (fail-on {options.fail_on}): see the ✖ failing ones below."
    elif not findings:
        text = "The sources agree: no figures differ."
    else:
        text = f"Nothing is failing (fail-on {options.fail_on})"
        acknowledged = sum(f.acknowledged for f in findings)
        text += (
            f"; {acknowledged} of {len(findings)} findings are acknowledged with a reason."
            if acknowledged
            else "."
        )
    return f'<p class="headline">{escape(text)}</p>'


def _summary(page: _Page) -> str:
    result = page.report.result
    verdicts = Counter(f.verdict for f in result.findings)
    stats = [
        (result.sources, "sources"),
        (result.claims, "claims"),
        (len(result.findings), "findings"),
        (sum(f.acknowledged for f in result.findings), "acknowledged"),
        (len(page.options.failing_ids), f"failing (fail-on {page.options.fail_on})"),
        (len(result.stale), "stale acknowledgements"),
    ]
    cells = "".join(f'<div class="stat"><b>{n}</b> {escape(label)}</div>' for n, label in stats)
    by_verdict = "".join(
        f"<li>{badge(v)} <b>{verdicts.get(v, 0)}</b></li>"
        for v in sorted(Verdict, key=lambda v: -v.rank)
    )
    stale = "".join(
        f"<li><code>{escape(s.id)}</code> ({escape(s.file)}:{s.line}): {escape(s.reason)}; "
        "it no longer matches any finding, remove the line</li>"
        for s in result.stale
    )
    stale_list = f'<h3>Stale acknowledgements</h3><ul class="stale">{stale}</ul>' if stale else ""
    return (
        f'<section id="summary"><h2>Summary</h2>{_headline(page)}<div class="stats">{cells}</div>'
        f'<ul class="verdicts" aria-label="findings by verdict">{by_verdict}</ul>{stale_list}</section>'
    )


def _sources(page: _Page) -> str:
    counts = Counter(c.source for c in page.report.claims)
    rows = []
    for info in page.report.sources:
        article = (
            f'<a href="#{anchor("article", info.source)}">text</a>'
            if info.source in page.articles
            else "not found"
        )
        url = safe_url(info.url)
        link = f' <a href="{escape(url)}" rel="noreferrer">original</a>' if url else ""
        rows.append(
            f"<tr><td>{symbol_svg(page.style(info.source))}</td><td><code>{escape(info.source)}</code></td>"
            f"<td>{escape(info.outlet)}</td><td>{escape(info.published) or 'unknown'}</td>"
            f"<td>{escape(info.lang)}</td><td>{counts[info.source]}</td><td>{article}{link}</td></tr>"
        )
    head = "<tr><th>mark</th><th>source</th><th>outlet</th><th>published</th><th>lang</th><th>claims</th><th>article</th></tr>"
    return (
        '<section id="sources"><h2>Sources</h2><div class="table-wrap"><table>'
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div></section>"
    )


def _claim_title(page: _Page, claim: Claim) -> str:
    figure = describe(claim, page.report.taxonomy)
    quote = " ".join(claim.quote.split())
    return f"{page.who(claim.source)}, {claim.as_of or 'undated'}: {figure} ({claim.modality}) “{quote}”"


def _claims_list(page: _Page, claims: list[Claim]) -> str:
    rows = "".join(
        f"<tr><td>{symbol_svg(page.style(c.source), c.modality == 'proposed')} {escape(page.who(c.source))}</td>"
        f"<td>{escape(c.as_of or 'undated')}</td><td>{escape(describe(c, page.report.taxonomy))}</td>"
        f"<td>{page.quote_link(c)}</td></tr>"
        for c in claims
    )
    return (
        f'<details class="claims-list"><summary>{len(claims)} claim(s) in this chart</summary>'
        f'<div class="table-wrap"><table><tbody>{rows}</tbody></table></div></details>'
    )


def _key(page: _Page, claims: list[Claim]) -> str:
    """The sources in one chart, with their marks."""
    sources = sorted({c.source for c in claims})
    items = "".join(f"<li>{symbol_svg(page.style(s))} {escape(page.who(s))}</li>" for s in sources)
    return f'<ul class="key">{items}</ul>'


def _chart_figure(page: _Page, metric_key: str, claims: list[Claim], marked: Mapping) -> str:
    metric = page.report.taxonomy.metrics[metric_key]
    chart = chart_data(metric, claims, page.report.taxonomy, marked)
    titles = {claim_key(c): _claim_title(page, c) for c in claims}
    findings = [f for f in page.report.result.findings if f.metric == metric_key]
    links = " ".join(
        f'<a href="#{anchor("finding", f.id)}">{badge(f.verdict)}</a>' for f in findings
    )
    return (
        f'<figure class="metric" id="{anchor("metric", metric_key)}"><figcaption>'
        f"<h3>{escape(metric.description or metric_key)}</h3><p><code>{escape(metric_key)}</code>, in {escape(metric.unit)}</p>"
        f"{f'<p>{links}</p>' if links else ''}</figcaption>"
        f"{chart_svg(chart, page.styles, titles)}{_key(page, claims)}{_claims_list(page, claims)}</figure>"
    )


def _chart_order(page: _Page, by_metric: Mapping[str, list[Claim]]) -> list[str]:
    """Metrics with the most severe findings first, then those with most claims, then by key."""
    worst: dict[str, int] = {}
    for finding in page.report.result.findings:
        worst[finding.metric] = max(worst.get(finding.metric, -1), finding.verdict.rank)
    return sorted(by_metric, key=lambda k: (-worst.get(k, -1), -len(by_metric[k]), k))


def _charts(page: _Page) -> str:
    by_metric: dict[str, list[Claim]] = {}
    for claim in page.report.claims:
        if claim.metric in page.report.taxonomy.metrics:
            by_metric.setdefault(claim.metric, []).append(claim)
    if not by_metric:
        return '<section id="charts"><h2>Figures over time</h2><p>No claims to chart.</p></section>'
    marked = highlights(page.report.result.findings)
    figures = "".join(
        _chart_figure(page, key, by_metric[key], marked) for key in _chart_order(page, by_metric)
    )
    return f'<section id="charts"><h2>Figures over time</h2>{LEGEND}<div class="charts">{figures}</div></section>'


def _state(finding: Finding, options: RenderOptions) -> str:
    flag = state(finding, options)
    if flag == "FAIL":
        return '<span class="state fail">✖ failing</span>'
    return '<span class="state ack">✔ acknowledged</span>' if flag else ""


def _overview(page: _Page) -> str:
    rows = "".join(
        f"<tr><td>{badge(f.verdict)}</td><td>{escape(f.metric)}</td><td>{escape(f.explanation)}</td>"
        f'<td>{_state(f, page.options)}</td><td><a href="#{anchor("finding", f.id)}"><code>{escape(f.id)}</code></a></td></tr>'
        for f in page.report.result.findings
    )
    head = "<tr><th>verdict</th><th>metric</th><th>explanation</th><th>state</th><th>id</th></tr>"
    return f'<div class="table-wrap"><table class="overview"><thead>{head}</thead><tbody>{rows}</tbody></table></div>'


def _claim_card(page: _Page, claim: Claim) -> str:
    info = page.infos.get(claim.source)
    published = f", published {escape(info.published)}" if info and info.published else ""
    return (
        f'<div class="claim"><div class="who">{symbol_svg(page.style(claim.source), claim.modality == "proposed")} '
        f"<b>{escape(page.who(claim.source))}</b></div>"
        f'<div class="figure">{escape(describe(claim, page.report.taxonomy))}</div>'
        f'<div class="meta">{escape(claim.modality)}, as of {escape(claim.as_of or "unknown (undated)")}{published}</div>'
        f"<blockquote>{page.quote_link(claim)}</blockquote>"
        f'<div class="where">{escape(claim.file)}:{claim.line}</div></div>'
    )


def _finding(page: _Page, finding: Finding) -> str:
    reason = (
        f'<p class="reason"><b>Acknowledged:</b> {escape(finding.reason)}</p>'
        if finding.acknowledged
        else ""
    )
    cards = "".join(_claim_card(page, c) for c in finding.claims)
    scope = "across time" if finding.scope == "timeline" else "same moment"
    return (
        f'<article class="finding" data-verdict="{finding.verdict.value}" id="{anchor("finding", finding.id)}">'
        f"<h3>{badge(finding.verdict)} "
        f'<a href="#{anchor("metric", finding.metric)}">{escape(finding.metric)}</a> {_state(finding, page.options)}</h3>'
        f'<p class="explanation">{escape(finding.explanation)}</p>{reason}'
        f'<div class="claims">{cards}</div>'
        f'<p class="where">{escape(finding.id)} · {scope}</p></article>'
    )


def _findings(page: _Page) -> str:
    findings = page.report.result.findings
    if not findings:
        return '<section id="findings"><h2>Findings</h2><p>No findings: the sources agree.</p></section>'
    cards = "".join(_finding(page, f) for f in findings)
    return f'<section id="findings"><h2>Findings</h2>{_overview(page)}{cards}</section>'


def _articles(page: _Page) -> str:
    parts = []
    for info in page.report.sources:
        if info.source not in page.articles:
            continue
        title = escape(info.outlet or info.source)
        meta = ", ".join(
            escape(x)
            for x in (info.source if info.outlet else "", info.published or "undated")
            if x
        )
        lang = (
            f' lang="{escape(info.lang)}"'
            if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]+)*", info.lang)
            else ""
        )
        parts.append(
            f'<article class="article" id="{anchor("article", info.source)}">'
            f'<h3>{symbol_svg(page.style(info.source))} {title} <span class="meta">{meta}</span></h3>'
            f'<div class="text"{lang}>{page.articles[info.source]}</div></article>'
        )
    if not parts:
        return ""
    return f'<section id="articles"><h2>Articles</h2><p>The quotes are highlighted.</p>{"".join(parts)}</section>'


def _page(report: Timeline, options: RenderOptions) -> _Page:
    by_source: dict[str, list[Claim]] = {}
    for claim in (*report.claims, *(c for f in report.result.findings for c in f.claims)):
        by_source.setdefault(claim.source, []).append(claim)
    rendered, placed = {}, set()

    def label(claim: Claim) -> str:
        return f"{claim.metric}: {describe(claim, report.taxonomy)}"

    for source, text in report.articles.items():
        rendered[source], found = highlight_quotes(text, by_source.get(source, []), label)
        placed |= found
    infos = {s.source: s for s in report.sources}
    styles = source_styles(by_source, {s: infos[s].label for s in infos})
    return _Page(report, options, styles, infos, rendered, frozenset(placed))


def render_html(report: Timeline, options: RenderOptions) -> str:
    """The whole page as one string (deterministic: no dates, no absolute paths added)."""
    page = _page(report, options)
    result = report.result
    lead = f"{result.claims} claims from {result.sources} sources, {len(result.findings)} findings"
    nav = "".join(
        f'<a href="#{name}">{name.capitalize()}</a>'
        for name in ("summary", "charts", "findings", "sources", "articles")
    )
    body = _summary(page) + _charts(page) + _findings(page) + _sources(page) + _articles(page)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>claimcheck report</title><style>{CSS}</style></head>"
        f'<body><div class="page"><header class="top"><h1>claimcheck report</h1><p class="lead">{lead}</p>'
        f'<nav aria-label="sections">{nav}</nav></header><main>{body}</main>'
        f"<footer>Made by claimcheck {__version__}. Figures are the sources' own words; "
        "bounds follow their wording (see README, &ldquo;Verdicts&rdquo;).</footer></div></body></html>\n"
    )


CSS = """
:root{--ink:#1b1b1b;--muted:#595959;--line:#d4d4d4;--soft:#f4f4f1;--conflict:#D55E00;--changed:#CC79A7;
--compatible:#56B4E9;--agree:#009E73;--link:#005a8c}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
.page{max-width:1180px;margin:0 auto;padding:0 16px 40px}
a{color:var(--link)} code{font-size:.9em}
h1{font-size:1.7rem;margin:.7em 0 0} h2{font-size:1.3rem;margin:1.8em 0 .6em;padding-bottom:.2em;border-bottom:2px solid var(--ink)}
h3{font-size:1.05rem;margin:0 0 .3em;overflow-wrap:anywhere}
.lead{margin:.2em 0;color:var(--muted)} nav{display:flex;flex-wrap:wrap;gap:.4em 1.2em;padding:.4em 0;border-bottom:1px solid var(--line)}
.headline{font-size:1.1rem;font-weight:600;margin:0 0 .8em}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px}
.stat{border:1px solid var(--line);border-radius:6px;padding:8px 12px;color:var(--muted)}
.stat b{display:block;font-size:1.7rem;line-height:1.15;color:var(--ink)}
.verdicts{list-style:none;display:flex;flex-wrap:wrap;gap:8px 22px;padding:0;margin:14px 0 0}
.badge{display:inline-block;padding:0 .5em;border:2px solid;border-radius:4px;font-size:.8rem;font-weight:700;
letter-spacing:.04em;text-transform:uppercase;white-space:nowrap;line-height:1.6;vertical-align:middle;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.badge span{font-size:1.1em}
.v-conflict{border-color:var(--conflict);color:#8f3700;background:repeating-linear-gradient(135deg,#fbe0cf 0 3px,#fff 3px 7px)}
.v-changed{border-color:#b0568a;color:#7b2d5b;background:#f8e6f0}
.v-compatible{border-color:#3a93c8;color:#0c4d75;background:#e4f2fa}
.v-agree{border-color:var(--agree);color:#00573f;background:#e1f3ec}
.state{font-size:.85rem;color:var(--muted);white-space:nowrap;font-weight:400}
.state.fail{color:#8f3700;font-weight:700} .state.ack{color:#00573f}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:6px 10px;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
th{background:var(--soft)} tbody tr:last-child td{border-bottom:0}
.overview td:nth-child(3){min-width:22em}
.sym{width:1.1em;height:1.1em;vertical-align:-.18em}
.legend{font-size:.88rem;color:var(--muted);padding-left:1.1em;margin:0 0 12px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,470px),1fr));gap:14px}
figure.metric{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid}
figcaption p{margin:0 0 .3em;font-size:.88rem;color:var(--muted)} figcaption a{text-decoration:none}
svg.chart{display:block;width:100%;height:auto;margin-top:4px;font-size:12px}
svg .plot{fill:#fff;stroke:#b9b9b9} svg .strip{fill:#ececea} svg .grid{stroke:#e4e4e4}
svg .tick{fill:#4d4d4d;font-size:11px} svg .undated{font-style:italic} svg .unit{fill:#4d4d4d;font-size:11px}
svg .direction path{fill:none;stroke:#222;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
svg .direction text{fill:#222;font-size:12px;font-weight:600}
svg .bar,svg .cap{stroke-width:2} svg .conflict{fill:none;stroke-width:2.5}
svg a.mark:hover .bar,svg a.mark:focus .bar{stroke-width:3.5}
.key{list-style:none;display:flex;flex-wrap:wrap;gap:2px 14px;padding:0;margin:4px 0 0;font-size:.82rem;color:var(--muted)}
.claims-list{margin-top:6px;font-size:.88rem} .claims-list summary{cursor:pointer;color:var(--muted)}
.finding{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:6px;padding:12px 14px;margin:14px 0}
.finding[data-verdict=conflict]{border-left:6px double var(--conflict)} .finding[data-verdict=changed]{border-left-color:var(--changed)}
.finding[data-verdict=compatible]{border-left-color:var(--compatible)} .finding[data-verdict=agree]{border-left-color:var(--agree)}
.explanation{margin:.2em 0 .5em} .reason{margin:0 0 .6em;padding:.3em .6em;background:#eef6f2;border-radius:4px;font-size:.92rem}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,250px),1fr));gap:10px}
.claim{background:var(--soft);border-radius:6px;padding:8px 12px}
.claim .figure{font-size:1.2rem;font-weight:700} .meta,.where,.note{font-size:.82rem;color:var(--muted);font-weight:400}
.where{overflow-wrap:anywhere;margin:.3em 0 0}
blockquote{margin:.4em 0;padding-left:.7em;border-left:3px solid #9a9a9a;font-family:Georgia,"DejaVu Serif",serif}
.article{border-top:1px solid var(--line);padding-top:.8em;margin-top:1.2em}
.article .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",serif;max-width:72ch;line-height:1.6}
mark{background:#fff0b3;color:inherit;padding:0 .1em;border-bottom:2px solid #8a6d00}
.anchor{scroll-margin-top:30vh} .anchor:target~mark{outline:3px solid #0072B2;outline-offset:2px}
footer{margin-top:3em;padding-top:.6em;border-top:1px solid var(--line);font-size:.82rem;color:var(--muted)}
@media (max-width:600px){body{font-size:15px} .page{padding:0 10px 30px} .stat b{font-size:1.35rem}
h1{font-size:1.4rem} svg .alt{display:none} svg .tick,svg .unit{font-size:14.5px} svg .direction text{font-size:15.5px}
.overview thead{display:none} .overview,.overview tbody,.overview tr,.overview td{display:block}
.overview tr{padding:6px 0;border-bottom:1px solid var(--line)} .overview td{border:0;padding:2px 10px;min-width:0}
.overview td:nth-child(3){min-width:0}}
@media print{nav,.claims-list{display:none} body{font-size:10pt} .page{max-width:none;padding:0}
.charts{grid-template-columns:1fr 1fr} .finding,.claim,.stat,figure.metric{break-inside:avoid} h2,h3{break-after:avoid}
.table-wrap{overflow:visible;border:0} .overview tr>:last-child{display:none} a{color:inherit;text-decoration:none} #articles{break-before:page}
.article .text{max-width:none}}
"""
